# Independent re-check of every file against its key (zip+XML for DOCX, openpyxl for XLSX)
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf8")
            x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>", "\n", x)
            x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"</w:tc>", " | ", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)

def forms(n, money):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if money:
        v = n / 1e6
        f.add(f"{v:g}".replace(".", ","))
    return f

def has_num(text, n, money):
    for s in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

ok = True
for tf in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
    t = json.load(open(tf)); fn = t["file"]; p = os.path.join(D, fn); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
    text = unicodedata.normalize("NFC", docx_text(p) if fn.endswith(".docx") else xlsx_text(p))
    low = text.lower()
    if t["unit"]["name"].lower() not in low: errs.append("unit name")
    y, m, d = t["document"]["date"].split("-")
    if not re.search(rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", text): errs.append("date")
    if t["document"]["number"] and t["document"]["number"] not in text: errs.append("number")
    for e in t["entries"]:
        for k, v in e["indicators"].items():
            if not has_num(text, v, k.endswith("_vnd")): errs.append(f"{e['task']} {k}={v}")
    for s in t["difficulties"] + t["proposals"]:
        if s not in text: errs.append("text: " + s[:40])
    print(("OK  " if not errs else "FAIL") + " " + fn + ("" if not errs else " " + "; ".join(errs)))
    ok = ok and not errs
print("PASS" if ok else "FAILED"); sys.exit(0 if ok else 1)
