# -*- coding: utf-8 -*-
"""Independent check of set 98: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key in truth/: sha256, unit name, date, every keyed figure in some written
form, every difficulty and proposal. Does not import the generator."""
import os, sys, json, glob, hashlib, re, zipfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    text = re.sub(r"<[^>]+>", "", xml)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(a, b)
    return nfc(text), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    parts.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    parts.append(str(v))
    return nfc("\n".join(parts)), nums


def forms(n):
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if n >= 1000 and n % 1000 == 0:
        out.add(f"{n // 1000:,}".replace(",", ".") + " ngàn")
    if n >= 100000:
        tr = n / 1_000_000
        s = f"{tr:.3f}".rstrip("0").rstrip(".").replace(".", ",")
        out.add(s + " triệu")
    return out


def has_number(text, nums, n):
    if n in nums:
        return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print(f"FAIL: {len(keys)} keys for {len(files)} files"); errors += 1
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("FAIL missing", k["file"]); errors += 1; continue
        counts[path.rsplit(".", 1)[1]] += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        low = text.lower()
        if k["status"] == "rejected":
            counts["rejected"] += 1
            if not k.get("reason"):
                errs.append("rejected without reason")
        elif k["status"] != "extracted":
            errs.append("bad status")
        name = k["unit"]["name"]
        if name.lower() not in low and name.split(" ", 1)[1].upper() not in text:
            errs.append("unit name " + name)
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append("number")
        y, m, d = k["document"]["date"].split("-")
        if not (f"ngày {d} tháng {m} năm {y}" in text or f"{d}/{m}/{y}" in text):
            errs.append("date")
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["status"] not in STATUSES: errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS: errs.append("indicator id " + ind)
                if not has_number(text, nums, v):
                    errs.append(f"figure {e['task']} {ind}={v}")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append("duplicate task entries")
        for t in k["difficulties"] + k["proposals"]:
            if nfc(t) not in text:
                errs.append("text missing: " + t[:50])
        if errs:
            errors += 1
            print("FAIL", k["file"], errs)
        else:
            print("ok  ", k["file"], len(k["entries"]), "entries")
    print(counts)
    if errors:
        print("check FAILED:", errors); sys.exit(1)
    print("check passed")


if __name__ == "__main__":
    main()
