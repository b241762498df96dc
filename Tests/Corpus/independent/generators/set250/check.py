# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify its answer key."""
import json, os, re, sys, zipfile, hashlib, unicodedata
from openpyxl import load_workbook
HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
# figures keyed as the sum of several passages about one task: the parts must be written in the file
DERIVED = {("TanKhanh - bieu CT38 2026.xlsx", "II.5.c", "establishments_inspected"): [58, 7],
           ("TanKhanh - bieu CT38 2026.xlsx", "II.5.c", "inspections"): [2, 1]}

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()

def docx_text(path):
    z = zipfile.ZipFile(path); parts = []
    for n in sorted(z.namelist()):
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            x = z.read(n).decode("utf8")
            x = re.sub(r"</w:p>|<w:br/>|</w:tc>", "\n", x); x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<[^>]+>", "", x)
            x = x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
            parts.append(x)
    return "\n".join(parts)

def xlsx_text(path):
    wb = load_workbook(path, data_only=False); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)

def forms(n, money=False):
    f = {str(n), "%02d" % n}
    if n >= 1000: f.add(f"{n:,}".replace(",", "."))
    if money or n >= 1000000:
        for scale, word in ((1e6, "triệu"), (1e9, "tỷ")):
            v = n / scale
            if v >= 1:
                s = ("%.3f" % v).rstrip("0").rstrip(".").replace(".", ",")
                f.add(s + " " + word)
    return f

def has_number(text, n, money=False):
    for fm in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    bad = 0; n = 0
    for kf in sorted(os.listdir(os.path.join(HERE, "truth"))):
        t = json.load(open(os.path.join(HERE, "truth", kf))); fn = t["file"]; path = os.path.join(HERE, fn); n += 1
        errs = []
        if kf != fn + ".json": errs.append("key name")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
        raw = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if t["unit"] and norm(t["unit"]["name"]) not in text: errs.append("unit name " + t["unit"]["name"])
        if t["document"]["number"] and norm(t["document"]["number"]) not in text: errs.append("number")
        if t["document"]["date"]:
            y, m, d = t["document"]["date"].split("-")
            if not re.search(r"ngày 0?%d tháng 0?%d năm %s" % (int(d), int(m), y), text): errs.append("date")
        if t["status"] == "rejected":
            if t["entries"] or not t["reason"]: errs.append("rejected key must have reason and no entries")
        for e in t["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["status"] not in STATUSES: errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if not isinstance(v, int): errs.append("non-int %s" % ind)
                parts = DERIVED.get((fn, e["task"], ind))
                if parts:
                    if sum(parts) != v or not all(has_number(text, p) for p in parts): errs.append("derived %s %s" % (ind, v))
                elif not has_number(text, v, ind.endswith("_vnd")):
                    errs.append("figure %s %s=%s not in file" % (e["task"], ind, v))
        for s in t["difficulties"] + t["proposals"]:
            if norm(s) not in text: errs.append("item not found: " + s[:50])
        print(("OK  " if not errs else "BAD ") + fn + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != n: print("BAD: %d files but %d keys" % (len(files), n)); bad += 1
    print("%d files, %d bad" % (n, bad)); sys.exit(1 if bad else 0)
main()
