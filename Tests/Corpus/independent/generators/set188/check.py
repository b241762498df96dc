# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify it against its key."""
import os, re, json, sys, zipfile, hashlib, csv, unicodedata, datetime
import openpyxl, html
D = os.path.dirname(os.path.abspath(__file__))
ALIAS = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIAS[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")):
    ALIAS[r["code"]] = [r["name"]]

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()

def text_docx(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                out.append(html.unescape("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))))
    return "\n".join(out), []

def text_xlsx(p):
    wb = openpyxl.load_workbook(p, data_only=True); out = []; nums = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible": continue   # figures must be visible in the report itself
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, (int, float)): nums.append(v)
                out.append(str(v))
    return "\n".join(out), nums

def numbers(text):
    c = set()
    for m in re.finditer(r"(\d[\d.]*(?:,\d+)?)\s*(tỷ|triệu|tr)?", text):
        raw, mult = m.group(1), m.group(2)
        raw = raw.rstrip(".")
        if "," in raw:
            ip, dp = raw.split(",", 1); val = float(ip.replace(".", "") + "." + dp)
        else:
            val = float(raw.replace(".", ""))
        c.add(val)
        if mult: c.add(val * {"tỷ": 1e9, "triệu": 1e6, "tr": 1e6}[mult])
    return c

ok = True
for fn in sorted(os.listdir(os.path.join(D, "truth"))):
    k = json.load(open(os.path.join(D, "truth", fn), encoding="utf-8"))
    p = os.path.join(D, k["file"]); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    txt, nums = text_docx(p) if p.endswith(".docx") else text_xlsx(p)
    nt = norm(txt)
    if not any(norm(a) in nt for a in ALIAS[k["unit"]["id"]]): errs.append("unit name")
    y, m, d = map(int, k["document"]["date"].split("-"))
    if not re.search(rf"ngày 0?{d} tháng 0?{m} năm {y}", nt): errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt: errs.append("number")
    cands = numbers(txt) | {float(x) for x in nums}
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if float(v) not in cands: errs.append(f"figure {e['task']} {ind}={v}")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in nt: errs.append("text: " + x[:40])
    if k["status"] == "rejected" and k["entries"]: errs.append("rejected with entries")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " " + "; ".join(errs)))
    ok &= not errs
print("ALL PASS" if ok else "FAILURES"); sys.exit(0 if ok else 1)
