# -*- coding: utf-8 -*-
"""Independent check of set 272: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each key against it. Does not import gen.py or data.py."""
import os, re, sys, json, glob, hashlib, zipfile, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set272/
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

def nfc(s):
    return unicodedata.normalize("NFC", s)

def read_docx(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    texts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(texts), set(), set()

def read_xlsx(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    texts, nums, dates = [], set(), set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    dates.add(v.date().isoformat())
                elif isinstance(v, (int, float)):
                    if float(v).is_integer():
                        nums.add(int(v))
                    texts.append(str(v))
                else:
                    texts.append(str(v))
    return "\n".join(texts), nums, dates

def num_forms(n):
    forms = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= scale and n % (scale // 100) == 0:
            x = n / scale
            s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            forms.add(f"{s} {word}")
    return forms

def has_num(text, nums, n):
    if n in nums:
        return True
    for f in num_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_ok(text, dates, iso):
    if iso in dates:
        return True
    y, m, d = iso.split("-")
    cands = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}",
             f"{int(d)}/{int(m)}/{y}"]
    return any(c in text for c in cands)

def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("MISMATCH between files and keys"); errors += 1
    for k in keys:
        key = json.load(open(k, encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256")
        text, nums, dates = read_docx(path) if path.endswith(".docx") else read_xlsx(path)
        text = nfc(text)
        flat = re.sub(r"\s+", " ", text)
        low = flat.casefold()
        if key["unit"] and nfc(key["unit"]["name"]).casefold() not in low:
            errs.append("unit name " + key["unit"]["name"])
        if key["document"]["date"] and not date_ok(flat, dates, key["document"]["date"]):
            errs.append("date " + key["document"]["date"])
        if key["document"]["number"] and key["document"]["number"] not in flat:
            errs.append("number " + key["document"]["number"])
        if key["status"] == "rejected":
            if key["entries"] or not key["reason"]:
                errs.append("rejected key must have reason and no entries")
        seen = set()
        for e in key["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["task"] in seen: errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES: errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS: errs.append("indicator id " + ind)
                if not isinstance(v, int): errs.append(f"{ind} not int")
                elif not has_num(flat, nums, v):
                    errs.append(f"figure {e['task']} {ind}={v} not found")
        for d in key["difficulties"] + key["proposals"]:
            if re.sub(r"\s+", " ", nfc(d)) not in flat:
                errs.append("text not found: " + d[:50])
        print(("OK   " if not errs else "FAIL ") + key["file"] + ("" if not errs else "  " + "; ".join(errs)))
        errors += len(errs)
    print("errors:", errors)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
