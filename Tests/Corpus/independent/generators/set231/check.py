# -*- coding: utf-8 -*-
"""Re-open every file of set231 independently (zip+XML for DOCX, openpyxl for XLSX) and verify the keys."""
import json, os, re, sys, zipfile, hashlib, csv, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:(br|tab|cr)\b[^>]*/>", " ", x)
            x = re.sub(r"</w:p>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def forms(v):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    for unit, word in ((10**9, "tỷ"), (10**6, "triệu"), (10**6, "tr")):
        if v >= unit and v % (unit // 1000) == 0:
            q = v / unit
            s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word); f.add(s + word)
    return f

def has_num(text, v):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

fails = 0; n = 0
for fn in sorted(os.listdir(os.path.join(D, "truth"))):
    k = json.load(open(os.path.join(D, "truth", fn), encoding="utf-8"))
    p = os.path.join(D, k["file"]); n += 1
    def bad(m):
        global fails; fails += 1; print("FAIL", k["file"], m)
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: bad("sha256")
    t = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    t = unicodedata.normalize("NFC", t); tl = t.lower()
    names = ALIASES.get(k["unit"]["id"], [k["unit"]["name"]])
    if not any(nm.lower() in tl for nm in names): bad("unit name " + k["unit"]["name"])
    y, m, d = k["document"]["date"].split("-")
    if not (f"ngày {d} tháng {m} năm {y}" in t or f"{d}/{m}/{y}" in t): bad("date")
    if k["document"]["number"] and k["document"]["number"] not in t: bad("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_num(t, v): bad(f"{e['task']} {ind}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if s not in t: bad("text: " + s)
    if k["status"] == "extracted" and not k["entries"]: bad("no entries")
print(f"{n} files checked, {fails} failures")
sys.exit(1 if fails else 0)
