# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify its answer key."""
import json, os, re, sys, hashlib, zipfile, unicodedata, glob, html
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
WORDS = {1:"một",2:"hai",3:"ba",4:"bốn",5:"năm",6:"sáu",7:"bảy",8:"tám",9:"chín",10:"mười"}

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for name in z.namelist():
        if name.startswith("word/") and name.endswith(".xml"):
            x = z.read(name).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                out.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                v = c.value
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def dotted(n): return f"{n:,}".replace(",", ".")
def forms(n):
    f = {str(n), f"{n:02d}", dotted(n), f"{n:,}"}
    if n in WORDS: f.add(WORDS[n])
    if n >= 1000000:
        for unit, base in (("triệu", 10**6), ("tỷ", 10**9)):
            if n >= base:
                q = n / base
                s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(s + " " + unit); f.add(s + "tr")
    return f

def has_num(text, n):
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()

bad = 0
files = sorted(glob.glob(os.path.join(D, "truth", "*.json")))
for tj in files:
    k = json.load(open(tj)); p = os.path.join(D, k["file"]); errs = []
    if not os.path.exists(p): print("MISSING", k["file"]); bad += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    text = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    T = norm(text)
    if norm(k["unit"]["name"]) not in T: errs.append("unit name " + k["unit"]["name"])
    y, m, d = k["document"]["date"].split("-")
    if norm(f"ngày {d} tháng {m} năm {y}") not in T: errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in T: errs.append("number")
    for e in k["entries"]:
        for iid, v in e["indicators"].items():
            if not has_num(text, v): errs.append(f"{e['task']} {iid}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in T: errs.append("text: " + s[:50])
    if k["status"] == "extracted" and not k["entries"]: errs.append("no entries")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    bad += bool(errs)
n = len(glob.glob(os.path.join(D, "*.docx")) + glob.glob(os.path.join(D, "*.xlsx")))
if n != len(files): print("file/key count mismatch", n, len(files)); bad += 1
print("PASS" if not bad else f"{bad} FAILED"); sys.exit(1 if bad else 0)
