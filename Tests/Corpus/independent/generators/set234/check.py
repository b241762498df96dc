# -*- coding: utf-8 -*-
"""Independent checker: reopens every file (zip+XML for DOCX, openpyxl for XLSX) and checks the keys."""
import json, hashlib, os, re, sys, zipfile, csv, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
import xml.etree.ElementTree as ET

ALIASES = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[row["id"]] = [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a]

def docx_text(path):
    z = zipfile.ZipFile(path); out = []; nums = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), nums

def xlsx_text(path):
    wb = openpyxl.load_workbook(path); out = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums

def forms(v):
    v = int(v); s = str(v)
    f = {s, f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1e6
        f.add(("%g" % m).replace(".", ",") + " triệu")
    return f

def has_num(text, nums, v):
    if any(abs(n - v) < 1e-6 for n in nums): return True
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text): return True
    return False

bad = 0; n = 0
for fn in sorted(os.listdir(os.path.join(HERE, "truth"))):
    key = json.load(open(os.path.join(HERE, "truth", fn), encoding="utf-8"))
    path = os.path.join(HERE, key["file"]); n += 1
    errs = []
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: errs.append("sha256")
    text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    text = unicodedata.normalize("NFC", text); low = text.casefold()
    uid = key["unit"]["id"] if key["unit"] else None
    names = [key["unit"]["name"]] + ALIASES.get(uid, [])
    if not any(nm.casefold() in low for nm in names): errs.append("unit name")
    if key["document"]["date"]:
        y, m, d = key["document"]["date"].split("-")
        if not re.search(rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", text): errs.append("date")
    if key["document"]["number"] and key["document"]["number"] not in text: errs.append("number")
    for e in key["entries"]:
        for k, v in e["indicators"].items():
            if not has_num(text, nums, v): errs.append(f"figure {e['task']} {k}={v}")
    for s in key["difficulties"] + key["proposals"]:
        if s not in text: errs.append("text: " + s[:40])
    if key["status"] == "rejected" and key["entries"]: errs.append("rejected with entries")
    if errs: bad += 1; print("FAIL", key["file"], errs)
    else: print("ok  ", key["file"], key["status"], len(key["entries"]))
print(f"{n} files, {bad} failing")
sys.exit(1 if bad else 0)
