# -*- coding: utf-8 -*-
"""Independent check: reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import csv, datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALIASES = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    z = zipfile.ZipFile(path); parts = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                parts.append("".join((t.text or "") if t.tag == W + "t" else "\t" for t in p.iter() if t.tag in (W + "t", W + "tab")))
    return "\n".join(parts), []

def xlsx_text(path):
    wb = load_workbook(path, data_only=True); parts = []; vals = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                vals.append(c.value); parts.append(str(c.value))
    return "\n".join(parts), vals

def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= scale and n % (scale // 1000) == 0:
            v = n / scale
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word)
    return f

def has_number(text, vals, n):
    for v in vals:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and v == n: return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f.lower()) + r"(?![\d]|[.,]\d)", text): return True
    return False

def has_date(text, vals, iso):
    d = datetime.date.fromisoformat(iso)
    for v in vals:
        if isinstance(v, datetime.datetime) and v.date() == d: return True
    cands = [f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"ngày {d.day} tháng {d.month} năm {d.year}",
             f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"]
    return any(c in text for c in cands)

errors = 0
truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
if sorted(os.path.basename(t)[:-5] for t in truths) != files:
    print("MISMATCH files vs truth"); errors += 1
for t in truths:
    k = json.load(open(t, encoding="utf-8")); fn = k["file"]; path = os.path.join(HERE, fn); errs = []
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    raw, vals = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
    text = norm(raw)
    names = [k["unit"]["name"]] + ALIASES.get(k["unit"]["id"], [])
    if not any(norm(n) in text for n in names): errs.append("unit name " + k["unit"]["name"])
    if k["document"]["date"] and not has_date(text, vals, k["document"]["date"]): errs.append("date " + k["document"]["date"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in text: errs.append("number " + k["document"]["number"])
    for e in k["entries"]:
        for ind, n in e["indicators"].items():
            if not has_number(text, vals, n): errs.append(f"figure {e['task']} {ind}={n}")
        if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"): errs.append("status " + e["status"])
    for d in k["difficulties"] + k["proposals"]:
        if norm(d) not in text: errs.append("text missing: " + d[:50])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected key shape")
    print(("OK  " if not errs else "ERR ") + fn + ("" if not errs else "  " + "; ".join(errs)))
    errors += len(errs)
print("errors:", errors); sys.exit(1 if errors else 0)
