# Independent check of set90: reopens each final file (zip+XML for DOCX, openpyxl for XLSX).
import os, json, hashlib, zipfile, re, unicodedata, csv, datetime, sys
from openpyxl import load_workbook
D = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    return "\n".join(out)

def xlsx_text(p):
    wb = load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, datetime.datetime): out.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer(): out.append(str(int(v)))
                else: out.append(str(v))
    return "\n".join(out)

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("&amp;", "&")
    return re.sub(r"[ \t]+", " ", s).lower()

def forms(v, money=False):
    f = {str(v), f"{v:02d}", f"{v:03d}", f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    if money and v >= 1000000:
        m = v / 1e6; s = (f"{m:.3f}").rstrip("0").rstrip(".").replace(".", ",")
        f |= {s + " triệu", s + " tr"}
    return f

def has_num(text, v, money=False):
    for fm in forms(v, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm.lower()) + r"(?![\d]|[.,]\d)", text): return True
    return False

fails = 0
for fn in sorted(os.listdir(os.path.join(D, "truth"))):
    k = json.load(open(os.path.join(D, "truth", fn), encoding="utf-8"))
    p = os.path.join(D, k["file"]); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    t = norm(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
    names = ALIASES.get(k["unit"]["id"], [k["unit"]["name"]])
    if not any(norm(n) in t for n in names): errs.append("unit name")
    y, m, dd = k["document"]["date"].split("-")
    dforms = [f"ngày {dd} tháng {m} năm {y}", f"ngày {int(dd)} tháng {int(m)} năm {y}", f"{dd}/{m}/{y}", f"{int(dd)}/{int(m)}/{y}"]
    if not any(x in t for x in dforms): errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_num(t, v, ind.endswith("_vnd")): errs.append(f"{e['task']} {ind}={v}")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in t: errs.append("text: " + x[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected key shape")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print("files:", len(os.listdir(os.path.join(D, "truth"))), "failures:", fails)
sys.exit(1 if fails else 0)
