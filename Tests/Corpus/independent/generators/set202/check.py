# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify it against truth/."""
import json, os, sys, zipfile, hashlib, re, unicodedata
from xml.etree import ElementTree as ET
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)

def num_forms(v, key):
    f = {str(v), "%02d" % v, f"{v:,}".replace(",", ".")}
    if key.endswith("_vnd"):
        for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
            if v % (div // 1000) == 0 and v >= div // 10:
                x = v / div
                s = (("%.3f" % x).rstrip("0").rstrip(".")).replace(".", ",")
                f.add(f"{s} {unit}"); f.add(f"{s}tr")
    return f

def date_forms(iso):
    y, m, d = iso.split("-")
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"}

def has_num(text, s):
    return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) is not None

bad = 0; n = 0
for fn in sorted(os.listdir(os.path.join(D, "truth"))):
    t = json.load(open(os.path.join(D, "truth", fn)))
    p = os.path.join(D, t["file"]); n += 1
    errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
    txt = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    txt = unicodedata.normalize("NFC", txt)
    low = txt.lower()
    if t["unit"]["name"].lower() not in low: errs.append("unit name")
    if not any(f in txt for f in date_forms(t["document"]["date"])): errs.append("date")
    if t["document"]["number"] not in txt: errs.append("number")
    for e in t["entries"]:
        for k, v in e["indicators"].items():
            if not any(has_num(txt, s) for s in num_forms(v, k)):
                errs.append(f"figure {e['task']} {k}={v}")
    for s in t["difficulties"] + t["proposals"]:
        if s not in txt: errs.append("text: " + s[:40])
    if t["status"] == "rejected" and t["entries"]: errs.append("rejected with entries")
    if errs: bad += 1; print("FAIL", fn, errs)
print(f"{n} files checked, {bad} failing"); sys.exit(1 if bad else 0)
