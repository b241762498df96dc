# Independent re-check of set68: reopens each final file (zip+XML for DOCX, openpyxl for XLSX).
import json, os, re, sys, zipfile, hashlib, csv, unicodedata
from xml.etree import ElementTree as ET
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALIASES = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out), set()

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True); out = []; nums = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool): nums.add(float(v))
                out.append(str(v))
    return "\n".join(out), nums

def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if n >= 1000000:
        m = n / 1e6
        f.add(f"{m:g}".replace(".", ",") + " triệu")
        if n >= 1e9: f.add(f"{n/1e9:g}".replace(".", ",") + " tỷ")
    return f

def has_num(text, n, nums):
    if float(n) in nums: return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); mi, di = int(m), int(d)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f"ngày {dd} tháng {mm} năm {y}"); out.add(f"{dd}/{mm}/{y}")
    return out

fails = 0; n = 0
for kf in sorted(os.listdir(os.path.join(D, "truth"))):
    k = json.load(open(os.path.join(D, "truth", kf), encoding="utf-8")); f = k["file"]; p = os.path.join(D, f); n += 1
    errs = []
    if kf != f + ".json": errs.append("key name")
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    text, nums = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
    t = norm(text)
    u = k["unit"]
    names = [u["name"]] + ALIASES.get(u["id"], [])
    if not any(norm(x) in t for x in names): errs.append("unit name " + u["name"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
    if not any(norm(x) in t for x in date_forms(k["document"]["date"])): errs.append("date")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_num(t, v, nums): errs.append(f"figure {e['task']} {ind}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in t: errs.append("text: " + s[:50])
    if k["status"] == "extracted" and not k["entries"]: errs.append("no entries")
    if k["status"] == "rejected" and not k["reason"]: errs.append("no reason")
    print(("OK  " if not errs else "FAIL") + " " + f + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print(f"{n} files, {fails} failing")
sys.exit(1 if fails else 0)
