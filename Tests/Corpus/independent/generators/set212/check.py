"""Reopen each final file independently (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def nfc(s): return unicodedata.normalize("NFC", s)
def docx_text(p):
    x = zipfile.ZipFile(p).read("word/document.xml").decode()
    out = []
    for para in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    import html
    return html.unescape("\n".join(out))
def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True); out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible": continue
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)
def forms(v):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    return f
bad = 0; n = 0
for tp in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
    k = json.load(open(tp)); p = os.path.join(D, k["file"]); n += 1; errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    t = nfc(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
    if k["unit"]["name"] not in t and k["unit"]["name"].upper() not in t.upper(): errs.append("unit name")
    y, m, d = map(int, k["document"]["date"].split("-"))
    if not re.search(rf"ngày 0?{d} tháng 0?{m} năm {y}", t): errs.append("date")
    if k["document"]["number"] not in t: errs.append("number")
    for e in k["entries"]:
        for iid, v in e["indicators"].items():
            if not any(re.search(rf"(?<![\d.,]){re.escape(f)}(?![\d]|[.,]\d)", t) for f in forms(v)):
                errs.append(f"figure {e['task']} {iid}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if nfc(s) not in t: errs.append("text: " + s[:40])
    if k["status"] == "rejected" and ("38" in t and "Chỉ thị" in t): errs.append("mistaken file mentions CT38")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " " + "; ".join(errs)))
    bad += bool(errs)
files = [f for f in os.listdir(D) if f.endswith((".docx", ".xlsx"))]
if len(files) != n: print("file/key count mismatch", len(files), n); bad += 1
print("PASS" if not bad else f"{bad} FAILED"); sys.exit(1 if bad else 0)
