# -*- coding: utf-8 -*-
"""Independent check of set 196: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, glob, hashlib, zipfile, re, unicodedata
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd", 4: "abc",
                                    5: "abcd", 6: "ab"}.items() for l in ls}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STATUS = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:(br|cr|tab)[^>]*/>", " ", x)
            x = re.sub(r"</w:p>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    t = "\n".join(out)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def xlsx_text(p):
    wb = load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def forms(v):
    """Written forms a figure may take."""
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " ")}
    if v >= 1_000_000:
        for unit, div in (("triệu", 1_000_000), ("tr", 1_000_000), ("tỷ", 1_000_000_000)):
            q = v / div
            if q >= 1:
                s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(s + " " + unit); f.add(s + unit)
        m, rest = divmod(v, 1_000_000)
        if rest and rest % 100_000 == 0:
            f.add(f"{m}tr{rest // 100_000}")
    return f


def norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def main():
    bad = 0
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(truths) != len(files):
        print("count mismatch", len(truths), len(files)); bad += 1
    for tp in truths:
        t = json.load(open(tp, encoding="utf-8"))
        p = os.path.join(HERE, t["file"])
        errs = []
        if not os.path.exists(p):
            print("MISSING", t["file"]); bad += 1; continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]:
            errs.append("sha256")
        txt = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
        n = norm(txt)
        if norm(t["unit"]["name"]) not in n:
            errs.append("unit name " + t["unit"]["name"])
        y, m, d = t["document"]["date"].split("-")
        dforms = [f"{int(d):02d}/{int(m):02d}/{y}", f"ngày {int(d):02d} tháng {int(m)} năm {y}",
                  f"ngày {int(d)} tháng {int(m)} năm {y}"]
        if not any(x in txt for x in dforms):
            errs.append("date")
        if t["document"]["number"] and t["document"]["number"] not in txt:
            errs.append("number")
        if t["status"] == "rejected" and (t["entries"] or not t["reason"]):
            errs.append("rejected shape")
        for e in t["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["status"] not in STATUS: errs.append("status " + e["status"])
            for k, v in e["indicators"].items():
                if k not in IND: errs.append("indicator id " + k)
                # figure must appear as a number token (not inside a longer number)
                ok = any(re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", txt) for fm in forms(v))
                if not ok: errs.append(f"figure {e['task']} {k}={v}")
        for s in t["difficulties"] + t["proposals"]:
            if norm(s) not in n: errs.append("text: " + s[:40])
        print(("OK  " if not errs else "FAIL") + " " + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} problem(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
