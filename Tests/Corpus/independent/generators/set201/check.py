# -*- coding: utf-8 -*-
"""Independent check: reopens each file (zip+XML for DOCX, openpyxl for XLSX) and verifies its key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALIASES = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)

def norm(s): return unicodedata.normalize("NFC", s).lower().replace("–", "-")

def forms(v):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    if v >= 1_000_000:
        m = v / 1_000_000
        f.add((f"{m:g}".replace(".", ",")) + " triệu")
    if v >= 1_000_000_000:
        b = v / 1_000_000_000
        f.add((f"{b:g}".replace(".", ",")) + " tỷ")
    return f

def has_num(text, v):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

fails = 0
files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
for tp in files:
    t = json.load(open(tp, encoding="utf-8")); p = os.path.join(HERE, t["file"]); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
    text = norm(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
    u = t["unit"]; names = ALIASES.get(u["id"], [u["name"]])
    if not any(norm(n) in text for n in names): errs.append("unit name")
    y, m, d = t["document"]["date"].split("-")
    dforms = [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}"]
    if not any(f in text for f in dforms): errs.append("date")
    if t["document"]["number"] and norm(t["document"]["number"]) not in text: errs.append("number")
    for e in t["entries"]:
        for k, v in e["indicators"].items():
            if not has_num(text, v): errs.append(f"figure {e['task']} {k}={v}")
    for s in t["difficulties"] + t["proposals"]:
        if norm(s) not in text: errs.append("text: " + s[:40])
    if t["status"] == "rejected" and t["entries"]: errs.append("rejected with entries")
    print(("FAIL " if errs else "ok   ") + t["file"], "; ".join(errs)); fails += bool(errs)
print(f"{len(files)} files, {fails} failing"); sys.exit(1 if fails else 0)
