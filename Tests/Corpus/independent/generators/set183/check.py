# Reopens each final file independently of gen.py and checks it against its key.
import json, hashlib, os, re, zipfile, unicodedata, csv, sys, html
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
ALIAS = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIAS[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
N = lambda s: unicodedata.normalize("NFC", s).lower()
def text_docx(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    return html.unescape("\n".join(out)), []
def text_xlsx(p):
    wb = openpyxl.load_workbook(p, data_only=False); out = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.append(float(c.value))
                out.append(str(c.value))
    return "\n".join(out), nums
def forms(v):
    f = {str(v), "{:,}".format(v).replace(",", "."), "%02d" % v}
    if v >= 100000:
        m = v / 1e6
        s = ("%.2f" % m).rstrip("0").rstrip(".").replace(".", ",")
        f.add(s)
    return f
def has_num(v, txt, nums):
    if any(abs(n - v) < 1e-6 or (v >= 100000 and abs(n - v / 1e6) < 1e-6) for n in nums): return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", txt): return True
    return False
bad = 0
for kf in sorted(os.listdir(os.path.join(D, "truth"))):
    k = json.load(open(os.path.join(D, "truth", kf), encoding="utf-8")); fn = k["file"]; p = os.path.join(D, fn)
    errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    txt, nums = text_docx(p) if fn.endswith(".docx") else text_xlsx(p)
    t = N(txt)
    names = [k["unit"]["name"]] + ALIAS.get(k["unit"]["id"], [])
    if not any(N(n) in t or N(re.sub(r"^(Phường|Xã) ", "", n)) in t for n in names): errs.append("unit name")
    y, m, d = k["document"]["date"].split("-")
    if "ngày %d tháng %d năm %s" % (int(d), int(m), y) not in t: errs.append("date")
    if k["document"]["number"] and N(k["document"]["number"]) not in t: errs.append("number")
    for e in k["entries"]:
        for iid, v in e["indicators"].items():
            if not has_num(v, txt, nums): errs.append("figure %s %s=%s" % (e["task"], iid, v))
    for s in k["difficulties"] + k["proposals"]:
        if N(s) not in t: errs.append("text: " + s[:40])
    print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "  " + "; ".join(errs)))
    bad += bool(errs)
print("files:", len(os.listdir(os.path.join(D, "truth"))), "failures:", bad)
sys.exit(1 if bad else 0)
