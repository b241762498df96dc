# -*- coding: utf-8 -*-
"""Independent checker for set219: reopens every file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
import openpyxl, html
HERE = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for para in paras:
        para = re.sub(r"<w:br/>", "\n", para)
        out.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer(): v = int(v)
                    out.append(str(v))
    return "\n".join(out)

def forms(n):
    n = int(n); f = {str(n), "%02d" % n, f"{n:,}".replace(",", ".")}
    if n >= 1000000:
        t = n / 1e6
        s = ("%.2f" % t).rstrip("0").rstrip(".").replace(".", ",")
        f |= {s + " triệu", s + "tr"}
    return f

def has_num(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def has_date(text, iso):
    y, m, d = iso.split("-"); m, d = int(m), int(d)
    pats = [rf"ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}", rf"\b0?{d}/0?{m}/{y}\b"]
    return any(re.search(p, text) for p in pats)

fails = 0; n = 0
for tf in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
    k = json.load(open(tf, encoding="utf-8")); fn = os.path.join(HERE, k["file"]); n += 1
    errs = []
    if hashlib.sha256(open(fn, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    text = docx_text(fn) if fn.endswith(".docx") else xlsx_text(fn)
    text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if k["unit"]["name"].lower() not in low: errs.append("unit name")
    if k["document"]["date"] and not has_date(text, k["document"]["date"]): errs.append("date")
    if k["document"]["number"] and k["document"]["number"] not in text: errs.append("number")
    if k["status"] == "extracted":
        assert k["entries"], "no entries"
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_num(text, v): errs.append(f"{e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if s not in text: errs.append("dp: " + s[:40])
    else:
        assert k["reason"] and not k["entries"]
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print(f"{n} files, {fails} failing")
sys.exit(1 if fails else 0)
