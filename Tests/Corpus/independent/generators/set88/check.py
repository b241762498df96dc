# -*- coding: utf-8 -*-
"""Independent check of set88: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import glob, hashlib, html, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd", 4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
        "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>", "\t", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(html.unescape(x))
    return "\n".join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return "\n".join(out)


def forms(ind, n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}"}
    if ind.endswith("_vnd"):
        m = n / 1e6
        ms = (str(int(m)) if m == int(m) else f"{m:g}".replace(".", ","))
        f |= {ms + " tr", ms + " triệu", ms + "tr"}
    return f


def has_num(text, form):
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text) is not None


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("count mismatch", len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; p = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(p):
            print("MISSING", fn); bad += 1; continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        t = docx_text(p) if fn.endswith(".docx") else xlsx_text(p)
        t = unicodedata.normalize("NFC", t)
        tl = t.lower()
        name = k["unit"]["name"]
        short = re.sub(r"^(Phường|Xã|Đặc khu) ", "", name)
        if name.lower() not in tl and short.lower() not in tl:
            errs.append("unit " + name)
        if k["document"]["number"] and k["document"]["number"] not in t:
            errs.append("number")
        y, m, d = k["document"]["date"].split("-")
        if not any(s in t for s in (f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}")):
            errs.append("date")
        if k["status"] == "rejected":
            if k["entries"]:
                errs.append("rejected with entries")
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["status"] not in STATUSES: errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS: errs.append("ind " + ind)
                if not any(has_num(t, f) for f in forms(ind, v)):
                    errs.append(f"figure {e['task']} {ind}={v}")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append("duplicate task")
        flat = re.sub(r"\s+", " ", t)
        for s in k["difficulties"] + k["proposals"]:
            if re.sub(r"\s+", " ", s) not in flat:
                errs.append("text: " + s[:40])
        print(("OK  " if not errs else "ERR ") + fn + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("PASS" if not bad else f"FAIL ({bad})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
