# independent checker: reopens files (zip+XML for docx, openpyxl for xlsx)
import json, os, re, sys, zipfile, hashlib, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
DG = ["không","một","hai","ba","bốn","năm","sáu","bảy","tám","chín"]
def w99(n):
    if n < 10: return DG[n]
    if n < 20: return "mười" + ("" if n == 10 else " " + ("lăm" if n % 10 == 5 else DG[n % 10]))
    t, u = divmod(n, 10); s = DG[t] + " mươi"
    return s if u == 0 else s + " " + {1: "mốt", 4: "tư", 5: "lăm"}.get(u, DG[u])
def w999(n, full):
    h, r = divmod(n, 100)
    if h == 0 and not full: return w99(r)
    s = DG[h] + " trăm"
    return s if r == 0 else (s + " linh " + DG[r] if r < 10 else s + " " + w99(r))
def words(n):
    if n == 0: return "không"
    out = []
    for v, nm in ((10**9, "tỷ"), (10**6, "triệu"), (1000, "nghìn")):
        q, n = divmod(n, v)
        if q: out.append(w999(q, bool(out)) + " " + nm)
    if n: out.append(w999(n, bool(out)))
    return " ".join(out)
def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path); x = z.read("word/document.xml").decode("utf-8")
        x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:br/>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        import html; return html.unescape(x)
    wb = openpyxl.load_workbook(path)
    return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
def forms(n):
    f = {str(n), "%02d" % n, "{:,}".format(n).replace(",", "."), words(n)}
    if n >= 10**6 and n % 10**5 == 0:
        f.add(("%g" % (n / 1e6)).replace(".", ",") + " triệu")
    return f
def has(t, n):
    for f in forms(n):
        if re.search(r"(?<![\w.,])" + re.escape(f) + r"(?![\w]|[.,]\d)", t): return True
    return False
bad = 0
for k in sorted(os.listdir(os.path.join(D, "truth"))):
    tr = json.load(open(os.path.join(D, "truth", k), encoding="utf-8"))
    p = os.path.join(D, tr["file"]); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != tr["sha256"]: errs.append("sha")
    t = unicodedata.normalize("NFC", text_of(p)); tl = t.lower()
    if tr["unit"]["name"].lower() not in tl: errs.append("unit")
    y, m, d = tr["document"]["date"].split("-")
    if not re.search(r"ngày 0?%d tháng 0?%d năm %s" % (int(d), int(m), y), t): errs.append("date")
    if tr["document"]["number"] and tr["document"]["number"] not in t: errs.append("number")
    for e in tr["entries"]:
        for i, v in e["indicators"].items():
            if not has(tl, v): errs.append("fig %s %s=%s" % (e["task"], i, v))
    for s in tr["difficulties"] + tr["proposals"]:
        if s not in t: errs.append("text: " + s[:40])
    print(("OK  " if not errs else "ERR ") + tr["file"], errs if errs else "")
    bad += bool(errs)
print("PASS" if not bad else "FAIL %d" % bad); sys.exit(bool(bad))
