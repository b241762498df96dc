# -*- coding: utf-8 -*-
"""Independent checker for set30: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def dotted(n):  return f"{n:,}".replace(",", ".")
def commad(n):  return f"{n:,}"

def forms(n, money=False):
    f = {str(n), dotted(n), commad(n)}
    if n < 10: f.add(f"0{n}")
    if money:
        for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
            if n % (div // 1000) == 0 and n >= div // 10:
                q = n / div
                s = (f"{q:,.3f}".rstrip("0").rstrip(".")).replace(",", " ").replace(".", ",").replace(" ", ".")
                f.add(f"{s} {word}")
    return f

def has_num(text, form):
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text) is not None

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def main():
    bad = 0; n = 0
    for kp in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        key = json.load(open(kp, encoding="utf-8")); n += 1
        path = os.path.join(HERE, key["file"]); errs = []
        if not os.path.exists(path): print("MISSING", key["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: errs.append("sha256")
        text = norm(docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        if key["unit"]["name"] not in text:
            # allow the unit's own heading in capitals
            if key["unit"]["name"].upper() not in text.upper(): errs.append("unit name")
        y, m, d = key["document"]["date"].split("-")
        if not any(x in text for x in (f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}")): errs.append("date")
        if key["document"]["number"] and key["document"]["number"] not in text: errs.append("number")
        for e in key["entries"]:
            for ind, v in e["indicators"].items():
                if not any(has_num(text, f) for f in forms(v, ind.endswith("_vnd"))):
                    errs.append(f"{e['task']} {ind}={v}")
            if norm(e["text"]) not in text: errs.append(f"{e['task']} text")
        for x in key["difficulties"] + key["proposals"]:
            if norm(x) not in text: errs.append("item: " + x[:40])
        if key["status"] == "rejected" and not key.get("reason"): errs.append("reason")
        if errs: bad += 1; print("FAIL", key["file"], errs)
        else: print("ok  ", key["file"])
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != n: print("file/key count mismatch", len(files), n); bad += 1
    print(f"{n} keys, {bad} failing"); sys.exit(1 if bad else 0)

main()
