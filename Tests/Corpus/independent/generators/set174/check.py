# -*- coding: utf-8 -*-
"""Independent check of set174: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
IND = set("training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}

def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return "\n".join(out)

def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + " tr"}
    return f

def has_number(text, n):
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_ok(text, iso):
    y, m, d = iso.split("-")
    pats = [rf"ngày\s+0?{int(d)}\s+tháng\s+0?{int(m)}\s+năm\s+{y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
    return any(re.search(p, text) for p in pats)

import csv
AGENCIES = list(csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")))
fails = 0
files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
present = sorted(x for x in os.listdir(HERE) if x.endswith((".docx", ".xlsx")))
if len(files) != len(present):
    print("MISMATCH truth vs files", len(files), len(present)); fails += 1
for tf in files:
    t = json.load(open(tf, encoding="utf-8"))
    path = os.path.join(HERE, t["file"])
    errs = []
    if not os.path.exists(path):
        print("MISSING", t["file"]); fails += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
        errs.append("sha256")
    raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    text = norm(raw)
    if t["status"] not in ("extracted", "rejected"):
        errs.append("status")
    if t["status"] == "rejected" and not t.get("reason"):
        errs.append("reason")
    uname = norm(t["unit"]["name"])
    short = re.sub(r"^(xã|phường|đặc khu|sở)\s+", "", uname)
    names = {uname, short}
    for row in AGENCIES:
        if row["id"] == t["unit"]["id"]:
            names |= {norm(a) for a in (row["aliases"] or "").split(";") if a}
    if not any(n in text for n in names):
        errs.append("unit name " + t["unit"]["name"])
    if t["document"]["number"] and norm(t["document"]["number"]) not in text:
        errs.append("number")
    if t["document"]["date"] and not date_ok(text, t["document"]["date"]):
        errs.append("date")
    for e in t["entries"]:
        if e["task"] not in TASKS: errs.append("task " + e["task"])
        if e["status"] not in STAT: errs.append("status " + e["status"])
        for k, v in e["indicators"].items():
            if k not in IND: errs.append("indicator id " + k)
            if not isinstance(v, int): errs.append(f"non-int {k}")
            if not has_number(text, v): errs.append(f"figure {e['task']} {k}={v}")
    tasks = [e["task"] for e in t["entries"]]
    if len(tasks) != len(set(tasks)): errs.append("duplicate task")
    for x in t["difficulties"] + t["proposals"]:
        if norm(x) not in text: errs.append("text missing: " + x[:50])
    if errs:
        fails += 1; print("FAIL", t["file"], errs)
    else:
        print("ok  ", t["file"], t["status"], len(t["entries"]), "entries")
print("ALL PASS" if not fails else f"{fails} FAILED")
sys.exit(1 if fails else 0)
