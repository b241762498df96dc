# Independent checker: reopens each final file (zip+XML for DOCX, openpyxl for XLSX).
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()
def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", n):
            x = z.read(n).decode("utf8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, re.S):
                para = re.sub(r"<w:(br|cr|tab)/>", "<w:t> </w:t>", para)
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    import html
    return html.unescape("\n".join(out)), []
def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums
def forms(v):
    v = int(v); f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    if v >= 1_000_000:
        t = v / 1_000_000
        s = f"{t:.3f}".rstrip("0").rstrip(".")
        f |= {s.replace(".", ",") + " triệu", f"{int(t):,}".replace(",", ".") + " triệu" if t == int(t) else "@@"}
    return f
def has_num(text, v):
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text): return True
    return False
fails = 0; n = 0
for kp in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
    k = json.load(open(kp)); p = os.path.join(D, k["file"]); n += 1
    errs = []
    if not os.path.exists(p): print("MISSING", k["file"]); fails += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    text, nums = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    T = norm(text)
    if k["unit"] and norm(k["unit"]["name"]) not in T: errs.append("unit name")
    y, m, d = k["document"]["date"].split("-")
    if not any(s in T for s in [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}"]): errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in T: errs.append("number")
    for e in k["entries"]:
        for iid, v in e["indicators"].items():
            if not (has_num(T, v) or v in nums): errs.append(f"figure {e['task']} {iid}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in T: errs.append("dk/dx: " + s[:40])
    if k["status"] == "rejected" and k["entries"]: errs.append("rejected with entries")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print(f"{n} keys, {fails} failing"); sys.exit(1 if fails else 0)
