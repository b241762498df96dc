# -*- coding: utf-8 -*-
"""Re-open every final file (zip+XML for DOCX, openpyxl for XLSX) and check it against its truth key."""
import json, os, re, sys, glob, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(p):
    wb = load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    out.append(str(v))
        for hf in (ws.oddHeader, ws.oddFooter):
            for part in (hf.left, hf.center, hf.right):
                if part.text: out.append(part.text)
    return "\n".join(out)

def forms(v, money=False):
    f = {str(v), f"{v:02d}"}
    if v >= 1000:
        f.add(f"{v:,}".replace(",", ".")); f.add(f"{v:,}".replace(",", " "))
    if money and v >= 100000:
        m = v / 1e6
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr", s + " tr"}
    return f

def has_number(text, v, money=False):
    for fm in forms(v, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_ok(text, iso):
    y, m, d = iso.split("-"); m, d = int(m), int(d)
    pats = [rf"ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}", rf"(?<!\d)0?{d}/0?{m}/{y}"]
    return any(re.search(p, text) for p in pats)

fails = 0
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
for k in keys:
    t = json.load(open(k, encoding="utf-8"))
    p = os.path.join(HERE, t["file"]); errs = []
    if not os.path.exists(p):
        print("MISSING", t["file"]); fails += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]:
        errs.append("sha256")
    text = norm(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
    low = text.casefold()
    if t["unit"]["name"].casefold() not in low: errs.append("unit name")
    if t["document"]["date"] and not date_ok(text, t["document"]["date"]): errs.append("date")
    if t["document"]["number"] and t["document"]["number"] not in text: errs.append("number")
    for e in t["entries"]:
        for ind, v in e["indicators"].items():
            if not has_number(text, v, money=ind.endswith("_vnd")):
                errs.append(f"{e['task']} {ind}={v}")
    for s in t["difficulties"] + t["proposals"]:
        if norm(s) not in text: errs.append("kk/dx: " + s[:40])
    if t["status"] == "rejected" and (t["entries"] or not t["reason"]): errs.append("rejected key shape")
    print(("OK  " if not errs else "FAIL") + " " + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
if len(files) != len(keys):
    print("file/key count mismatch", len(files), len(keys)); fails += 1
print("PASS" if not fails else f"{fails} FAILED"); sys.exit(1 if fails else 0)
