# -*- coding: utf-8 -*-
"""Independent check of set 85: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it. Does not import the generator."""
import os, sys, json, re, zipfile, hashlib, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c "
            "II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    parts.append(str(v))
                elif isinstance(v, datetime.datetime):
                    parts.append(v.strftime("%d/%m/%Y"))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums

def forms(v):
    v = int(v)
    f = {str(v), "%02d" % v, "{:,}".format(v).replace(",", ".")}
    if v >= 1000000:
        m = v / 1000000
        s = ("%.3f" % m).rstrip("0").rstrip(".").replace(".", ",")
        f |= {s + " triệu", s + "tr"}
    return f

def figure_present(v, text, nums):
    if any(abs(n - v) < 1e-9 for n in nums):
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add("ngày %s tháng %s năm %s" % (dd, mm, y))
            out.add("%s/%s/%s" % (dd, mm, y))
    return out

def main():
    errors, n_docx, n_xlsx, n_rej = [], 0, 0, 0
    keys = sorted(f for f in os.listdir(os.path.join(HERE, "truth")) if f.endswith(".json"))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(k[:-5] for k in keys) != files:
        errors.append("files and truth keys differ")
    for k in keys:
        t = json.load(open(os.path.join(HERE, "truth", k), encoding="utf-8"))
        fn = t["file"]
        path = os.path.join(HERE, fn)
        e = lambda msg: errors.append("%s: %s" % (fn, msg))
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
            e("sha256 mismatch")
        if fn.endswith(".docx"):
            n_docx += 1
            text, nums = docx_text(path)
        else:
            n_xlsx += 1
            text, nums = xlsx_text(path)
        text = norm(text)
        low = text.lower()
        for key in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"):
            if key not in t:
                e("missing key " + key)
        if t["status"] == "rejected":
            n_rej += 1
            if not t["reason"] or t["entries"]:
                e("rejected key needs a reason and no entries")
        if t["unit"] and t["unit"]["name"].lower() not in low:
            e("unit name not found: " + t["unit"]["name"])
        if t["document"]["date"] and not any(f in text for f in date_forms(t["document"]["date"])):
            e("date not found")
        if t["document"]["number"] and t["document"]["number"] not in text:
            e("number not found")
        seen = set()
        for en in t["entries"]:
            if en["task"] not in TASKS:
                e("bad task " + en["task"])
            if en["task"] in seen:
                e("duplicate task " + en["task"])
            seen.add(en["task"])
            if en["status"] not in STATUSES:
                e("bad status " + en["status"])
            for iid, v in en["indicators"].items():
                if iid not in IDS:
                    e("bad indicator " + iid)
                if not figure_present(v, text, nums):
                    e("figure %s=%s (%s) not found" % (iid, v, en["task"]))
        for d in t["difficulties"] + t["proposals"]:
            if norm(d) not in text:
                e("difficulty/proposal not found: " + d[:50])
    for x in errors:
        print("FAIL", x)
    print("files: %d (DOCX %d, XLSX %d, mistaken %d)" % (n_docx + n_xlsx, n_docx, n_xlsx, n_rej))
    print("check.py: %s" % ("PASS" if not errors else "%d problems" % len(errors)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
