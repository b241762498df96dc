# Reopens each final file independently (zip+XML for DOCX, openpyxl for XLSX) and checks the keys.
import json, hashlib, os, re, sys, zipfile, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def text_of(p):
    if p.endswith(".docx"):
        z = zipfile.ZipFile(p); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf8")
                x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>", "\n", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        t = "\n".join(out)
    else:
        wb = openpyxl.load_workbook(p); t = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    t = t.replace("&amp;","&").replace("&lt;","<").replace("&gt;",">").replace("&quot;",'"').replace("&apos;","'")
    return unicodedata.normalize("NFC", t)
SCALE = {"tỷ":10**9, "triệu":10**6, "tr":10**6, "nghìn":10**3, "ngàn":10**3}
def numbers(t):
    vals = set()
    for m in re.finditer(r"(\d+(?:[.,]\d+)*)\s*(tỷ|triệu|tr|nghìn|ngàn)?", t):
        s, u = m.group(1), m.group(2)
        cands = set()
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", s): cands.add(int(s.replace(".", "")))
        if re.fullmatch(r"\d{1,3}(,\d{3})+", s): cands.add(int(s.replace(",", "")))
        if re.fullmatch(r"\d+", s): cands.add(int(s))
        if re.fullmatch(r"\d+[.,]\d+", s): cands.add(float(s.replace(",", ".")))
        for c in cands:
            vals.add(c)
            if u: vals.add(round(c * SCALE[u]))
    return vals
ok = True
for f in sorted(os.listdir(os.path.join(D, "truth"))):
    k = json.load(open(os.path.join(D, "truth", f))); p = os.path.join(D, k["file"]); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    t = text_of(p); tl = t.lower(); nums = numbers(t)
    if k["unit"]["name"].lower() not in tl: errs.append("unit name")
    y, m, d = k["document"]["date"].split("-")
    if not any(x in t for x in [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}"]): errs.append("date")
    if k["document"]["number"] and k["document"]["number"] not in t: errs.append("number")
    for e in k["entries"]:
        for i, v in e["indicators"].items():
            if v not in nums: errs.append(f"{e['task']} {i}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if unicodedata.normalize("NFC", s) not in t: errs.append("dp: " + s[:40])
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    ok &= not errs
n = [x for x in os.listdir(D) if x.endswith((".docx", ".xlsx"))]
print(len(n), "files;", "PASS" if ok else "FAILED"); sys.exit(0 if ok else 1)
