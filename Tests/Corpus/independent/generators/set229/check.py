# -*- coding: utf-8 -*-
"""Reopen each file independently (zip+XML for DOCX, openpyxl for XLSX) and verify the key."""
import json, os, sys, re, hashlib, zipfile, csv, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")):
    if r["province_code"] == "79":
        ALIASES[r["code"]] = [r["name"].split(" ", 1)[1]]  # bare place name

def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path); xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml); xml = re.sub(r"<w:tab/>", "\t", xml)
        t = re.sub(r"<[^>]+>", "", xml)
        import html; t = html.unescape(t)
    else:
        wb = openpyxl.load_workbook(path); parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts += [str(v) for v in row if v is not None]
        t = "\n".join(parts)
    return unicodedata.normalize("NFC", t)

def dotted(n): return f"{n:,}".replace(",", ".")
def forms(ind, v):
    f = {str(v), f"{v:02d}", f"{v:03d}", dotted(v)}
    if ind.endswith("_vnd"):
        for scale, words in ((1_000_000, ["triệu", "tr"]), (1_000_000_000, ["tỷ"])):
            x = v / scale
            s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            for w in words: f |= {f"{s} {w}", f"{s}{w}"}
        f.add(dotted(v) + " đ"); f.add(dotted(v) + " đồng")
    return f

def num_present(text, s):
    return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text) is not None

bad = 0
for fn in sorted(os.listdir(os.path.join(HERE, "truth"))):
    k = json.load(open(os.path.join(HERE, "truth", fn), encoding="utf-8"))
    path = os.path.join(HERE, k["file"]); errs = []
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    t = text_of(path); low = t.lower()
    if not any(a.lower() in low for a in ALIASES[k["unit"]["id"]]): errs.append("unit name")
    y, m, d = k["document"]["date"].split("-")
    if not re.search(rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", t): errs.append("date")
    if k["document"]["number"] not in t: errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not any(num_present(t, s) for s in forms(ind, v)): errs.append(f"{e['task']} {ind}={v}")
    for x in k["difficulties"] + k["proposals"]:
        if x not in t: errs.append("text: " + x[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected shape")
    print(("OK  " if not errs else "BAD ") + k["file"], "; ".join(errs))
    bad += bool(errs)
print("ALL PASS" if not bad else f"{bad} FAILED")
sys.exit(1 if bad else 0)
