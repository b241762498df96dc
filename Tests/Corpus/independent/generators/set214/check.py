# -*- coding: utf-8 -*-
"""Reopen every final file independently (zip+XML for DOCX, openpyxl for XLSX) and check it against its key."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import xml.etree.ElementTree as ET
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                s = "".join((t.text or "") if t.tag == W + "t" else "\t" for t in para.iter() if t.tag in (W + "t", W + "tab"))
                out.append(s)
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)

def forms(n, money=False):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if money:
        for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
            v = n / div
            if v >= 1 and abs(v * 1000 - round(v * 1000)) < 1e-9:
                s = (("%.3f" % v).rstrip("0").rstrip(".")).replace(".", ",")
                f.add(s + " " + unit); f.add(s + "tr")
    return f

def has_num(text, n, money=False):
    for fm in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text): return True
    return False

bad = 0; files = 0
for k in sorted(os.listdir(os.path.join(D, "truth"))):
    key = json.load(open(os.path.join(D, "truth", k))); p = os.path.join(D, key["file"]); files += 1
    errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != key["sha256"]: errs.append("sha256")
    text = unicodedata.normalize("NFC", docx_text(p) if p.endswith(".docx") else xlsx_text(p))
    low = text.casefold()
    if key["unit"]["name"].casefold() not in low: errs.append("unit name")
    y, m, d = key["document"]["date"].split("-")
    dforms = [f"ngày {int(d)} tháng {int(m)} năm {y}", f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}"]
    if not any(x.casefold() in low for x in dforms): errs.append("date")
    if key["document"]["number"] and key["document"]["number"] not in text: errs.append("number")
    for e in key["entries"]:
        for ind, v in e["indicators"].items():
            if not has_num(text, v, ind.endswith("_vnd")): errs.append(f"{e['task']} {ind}={v}")
    for s in key["difficulties"] + key["proposals"]:
        if s not in text: errs.append("missing: " + s[:40])
    if key["status"] == "rejected" and key["entries"]: errs.append("rejected with entries")
    print(("OK  " if not errs else "FAIL") + " " + key["file"] + ("" if not errs else "  " + "; ".join(errs)))
    bad += bool(errs)
print(f"{files} files, {bad} failing"); sys.exit(1 if bad else 0)
