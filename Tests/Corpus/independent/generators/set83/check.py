# Independent checker: reopens every final file (zip+XML for DOCX, openpyxl for XLSX) and verifies the keys.
import json, os, re, sys, hashlib, zipfile, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []; nums = set()
    for n in z.namelist():
        if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out), nums

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False); out = []; nums = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool): nums.add(float(v)); out.append(str(v))
                elif isinstance(v, datetime.datetime): out.append(v.strftime("%d/%m/%Y"))
                else: out.append(str(v))
    return "\n".join(out), nums

def forms(n):
    n = int(n); f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}"}
    if n >= 100000:
        m = n / 1e6; s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + " tr"}
    return f

def has_num(text, nums, n):
    if float(n) in nums: return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); di, mi = int(d), int(m)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out |= {f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"}
    return out

fails = 0; cnt = {"docx": 0, "xlsx": 0, "rejected": 0}
tdir = os.path.join(HERE, "truth")
for tf in sorted(os.listdir(tdir)):
    t = json.load(open(os.path.join(tdir, tf)))
    p = os.path.join(HERE, t["file"]); errs = []
    if not os.path.exists(p): print("MISSING", t["file"]); fails += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
    ext = p.rsplit(".", 1)[1]; cnt[ext] += 1
    if t["status"] == "rejected": cnt["rejected"] += 1
    text, nums = docx_text(p) if ext == "docx" else xlsx_text(p)
    nt = norm(text)
    name = t["unit"]["name"]; bare = name.split(" ", 1)[1]
    if norm(bare) not in nt: errs.append("unit name " + name)
    if t["document"]["date"] and not any(norm(x) in nt for x in date_forms(t["document"]["date"])): errs.append("date")
    if t["document"]["number"] and norm(t["document"]["number"]) not in nt: errs.append("number")
    for e in t["entries"]:
        for k, v in e["indicators"].items():
            if not has_num(text, nums, v): errs.append(f"{e['task']} {k}={v}")
        if e["text"] and norm(e["text"]) not in nt: errs.append("text " + e["task"])
    for x in t["difficulties"] + t["proposals"]:
        if norm(x) not in nt: errs.append("dk/kn: " + x[:40])
    if t["status"] == "extracted" and "38" not in text: errs.append("no CT38 mention")
    if t["status"] == "rejected" and "38-CT/TW" in text: errs.append("mistaken file mentions CT38")
    print(("OK   " if not errs else "FAIL ") + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print(cnt, "failures:", fails)
sys.exit(1 if fails else 0)
