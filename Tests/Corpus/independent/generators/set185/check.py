# Independent checker: reopens every final file (zip+XML for DOCX, openpyxl for XLSX) and checks the keys.
import json, os, re, sys, zipfile, hashlib, unicodedata
from openpyxl import load_workbook
D = os.path.dirname(os.path.abspath(__file__))
N = lambda s: unicodedata.normalize("NFC", s).lower()
DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
def words(n):
    if n < 10: return [DIG[n]]
    if n < 20: u = n % 10; return ["mười" + ("" if u == 0 else " " + ("lăm" if u == 5 else DIG[u]))]
    if n < 100:
        t, u = divmod(n, 10); h = DIG[t] + " mươi"
        if u == 0: return [h]
        return [h + " " + ({1: "mốt", 5: "lăm", 4: "tư"}.get(u, DIG[u])), h + " " + DIG[u]]
    return []
def dotted(n): return f"{n:,}".replace(",", ".")
def forms(n):
    f = [str(n), "%02d" % n, dotted(n)] + words(n)
    if n >= 1000000:
        for div, names in ((1000000, ["triệu", "tr"]), (1000000000, ["tỷ", "tỉ"])):
            if n % (div // 100) == 0 and n >= div:
                v = n / div; s = ("%g" % v).replace(".", ",")
                f += [s + " " + w for w in names] + [s + w for w in names]
    return f
def text_of(p):
    if p.endswith(".docx"):
        z = zipfile.ZipFile(p); out = []
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                x = z.read(name).decode("utf8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                    out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
        return "\n".join(out)
    wb = load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out += [str(v) for v in row if v is not None]
    return "\n".join(out)
def present(form, T):
    return re.search(r"(?<![\w.,])" + re.escape(N(form)) + r"(?![\w]|[.,]\d)", T) is not None
bad = 0; n = 0
for k in sorted(os.listdir(os.path.join(D, "truth"))):
    key = json.load(open(os.path.join(D, "truth", k))); p = os.path.join(D, key["file"]); n += 1
    errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != key["sha256"]: errs.append("sha256")
    T = N(text_of(p)); T = html = T.replace("&amp;", "&")
    if N(key["unit"]["name"]) not in T and N(key["unit"]["name"].split(" ", 1)[1]) not in T: errs.append("unit")
    y, m, d = key["document"]["date"].split("-")
    if not (f"ngày {int(d)} tháng {int(m)} năm {y}" in T or f"{d}/{m}/{y}" in T): errs.append("date")
    if key["document"]["number"] and N(key["document"]["number"]) not in T: errs.append("number")
    for e in key["entries"]:
        for ind, v in e["indicators"].items():
            if not any(present(f, T) for f in forms(v)): errs.append(f"{e['task']} {ind}={v}")
    for s in key["difficulties"] + key["proposals"]:
        if N(s) not in T: errs.append("text: " + s[:40])
    print(("OK  " if not errs else "FAIL") + " " + key["file"] + ("" if not errs else "  " + "; ".join(errs)))
    bad += bool(errs)
print(f"{n} files, {bad} failing"); sys.exit(1 if bad else 0)
