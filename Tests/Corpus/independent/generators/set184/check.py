# -*- coding: utf-8 -*-
"""Independent checker: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, glob, hashlib, zipfile, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def norm(s): return unicodedata.normalize("NFC", s).lower()
def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml); xml = re.sub(r"<w:tab/>", "\t", xml); xml = re.sub(r"<w:br/>", "\n", xml)
    t = re.sub(r"<[^>]+>", "", xml)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)
def dec(x):
    s = ("%.3f" % x).rstrip("0").rstrip("."); return s.replace(".", ",")
def forms(n):
    f = {str(n), "%02d" % n, f"{n:,}".replace(",", ".")}
    if n >= 1000000: f.add(dec(n / 1e6) + " triệu"); f.add(dec(n / 1e6) + "tr")
    if n >= 1000000000: f.add(dec(n / 1e9) + " tỷ")
    return f
def has_num(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text): return True
    return False
bad = 0
tfiles = sorted(glob.glob(os.path.join(D, "truth", "*.json")))
for tf in tfiles:
    t = json.load(open(tf, encoding="utf-8")); p = os.path.join(D, t["file"]); errs = []
    if not os.path.exists(p): print("MISSING", p); bad += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
    text = norm(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
    if norm(t["unit"]["name"]) not in text: errs.append("unit name")
    y, m, d = t["document"]["date"].split("-")
    if not any(x in text for x in [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}"]): errs.append("date")
    if t["document"]["number"] and norm(t["document"]["number"]) not in text: errs.append("number")
    for e in t["entries"]:
        for k, v in e["indicators"].items():
            if not has_num(text, v): errs.append(f"figure {e['task']} {k}={v}")
        if norm(e["text"])[:40] not in text: errs.append(f"text {e['task']}")
    for s in t["difficulties"] + t["proposals"]:
        if norm(s) not in text: errs.append("diff/prop: " + s[:40])
    print(("OK  " if not errs else "ERR ") + t["file"], "; ".join(errs)); bad += bool(errs)
files = [f for f in os.listdir(D) if f.endswith((".docx", ".xlsx"))]
if len(files) != len(tfiles): print("file/truth count mismatch", len(files), len(tfiles)); bad += 1
print("PASS" if not bad else f"FAIL ({bad})")
