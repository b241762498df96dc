# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify it against truth/*.json."""
import json, hashlib, os, re, sys, zipfile, unicodedata
from datetime import date
import openpyxl
from lxml import etree

D = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and ("document" in n or "header" in n or "footer" in n or "note" in n):
            root = etree.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                s = "".join(t.text or "" for t in p.iter(W + "t"))
                out.append(s)
    return "\n".join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)):
                    nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums

MULT = {"triệu": 10**6, "tr": 10**6, "trđ": 10**6, "tỷ": 10**9, "nghìn": 10**3, "ngàn": 10**3}
WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

def numbers(text):
    vals = set()
    for m in re.finditer(r"(\d+(?:[.,\s]\d{3})*(?:,\d+)?)\s*(triệu|trđ|tr|tỷ|nghìn|ngàn)?", text):
        s, unit = m.group(1), m.group(2)
        plain = re.sub(r"[.\s]", "", s)
        if "," in plain:
            a, b = plain.split(",", 1)
            if len(b) == 3 and not unit:
                vals.add(int(a + b))
            f = float(a + "." + b)
        else:
            f = float(plain); vals.add(int(plain))
        if unit:
            vals.add(int(round(f * MULT[unit])))
    for w, v in WORDS.items():
        if re.search(r"\b" + w + r"\b", text): vals.add(v)
    return vals

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

def date_forms(iso):
    d = date.fromisoformat(iso)
    f = set()
    for dd in (str(d.day), f"{d.day:02d}"):
        for mm in (str(d.month), f"{d.month:02d}"):
            f.add(f"ngày {dd} tháng {mm} năm {d.year}")
            f.add(f"{dd}/{mm}/{d.year}")
    return f

import csv
ALIASES = {r["id"]: [a for a in r["aliases"].split(";") if a] for r in csv.DictReader(open("/work/shared/data/agencies.csv"))}
fails = 0
keys = sorted(os.listdir(os.path.join(D, "truth")))
files = sorted(f for f in os.listdir(D) if f.endswith((".docx", ".xlsx")))
assert len(keys) == len(files), (len(keys), len(files))
for k in keys:
    t = json.load(open(os.path.join(D, "truth", k)))
    path = os.path.join(D, t["file"])
    errs = []
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
        errs.append("sha256")
    text, cellnums = (docx_text if path.endswith(".docx") else xlsx_text)(path)
    nt = norm(text)
    name = t["unit"]["name"]
    names = [name, name.split(" ", 1)[1]] + ALIASES.get(t["unit"]["id"], [])
    if not any(norm(n) in nt for n in names):
        errs.append("unit name " + name)
    if not any(f in nt for f in date_forms(t["document"]["date"])):
        errs.append("date")
    if t["document"]["number"] and norm(t["document"]["number"]) not in nt:
        errs.append("number")
    found = numbers(text) | {int(v) for v in cellnums}
    for e in t["entries"]:
        for i, v in e["indicators"].items():
            if v not in found:
                errs.append(f"figure {e['task']} {i}={v}")
    for s in t["difficulties"] + t["proposals"]:
        if norm(s) not in nt:
            errs.append("text: " + s[:40])
    if t["status"] == "rejected":
        assert t["reason"] and not t["entries"]
    print(("OK  " if not errs else "FAIL") + " " + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print("files:", len(keys), "failures:", fails)
sys.exit(1 if fails else 0)
