#!/usr/bin/env python3
"""Re-open every file of set11 independently of the generator (zip + XML only) and check its key."""
import json, os, re, sys, zipfile, hashlib, csv, unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DATA = "/work/shared/data"
WN = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
       "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}

def nfc(s): return unicodedata.normalize("NFC", s)
def norm(s): return re.sub(r"\s+", " ", nfc(s)).strip().lower()

def docx_text(p):
    z = zipfile.ZipFile(p); root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for para in root.iter(WN + "p"):
        buf = []
        for el in para.iter():
            if el.tag == WN + "t": buf.append(el.text or "")
            elif el.tag == WN + "br": buf.append("\n")
            elif el.tag == WN + "tab": buf.append("\t")
        out.append("".join(buf))
    return "\n".join(out)

def xlsx_text(p):
    z = zipfile.ZipFile(p); names = z.namelist(); out = []
    ss = []
    if "xl/sharedStrings.xml" in names:
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(SN + "si"):
            ss.append("".join(t.text or "" for t in si.iter(SN + "t")))
    for n in sorted(names):
        if n.startswith("xl/worksheets/sheet") and n.endswith(".xml"):
            for c in ET.fromstring(z.read(n)).iter(SN + "c"):
                t = c.get("t"); v = c.find(SN + "v")
                if t == "s" and v is not None: out.append(ss[int(v.text)])
                elif t == "inlineStr": out.append("".join(x.text or "" for x in c.iter(SN + "t")))
                elif v is not None and v.text: out.append(v.text)
    return "\n".join(out)

def forms(ind, n):
    f = set()
    f.add(str(n)); f.add("%02d" % n)
    if n >= 1000: f.add("{:,}".format(n).replace(",", "."))
    if ind.endswith("_vnd"):
        for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
            if n % (div // 1000) == 0 and n >= div:
                x = n / div
                s = ("%g" % x).replace(".", ",")
                f.add(s + " " + unit); f.add(s + unit)
    return f

def has_number(text, form):
    # form must stand alone (not part of a longer number)
    pat = r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None

def main():
    communes = {r["code"]: r for r in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8"))}
    agencies = {r["id"]: r for r in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8"))}
    files = sorted(f for f in os.listdir(ROOT) if f.endswith((".docx", ".xlsx")))
    keys = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "truth")))
    errs = []
    if files != keys: errs.append("file/key mismatch: %s vs %s" % (files, keys))
    for f in files:
        k = json.load(open(os.path.join(ROOT, "truth", f + ".json"), encoding="utf-8"))
        p = os.path.join(ROOT, f)
        e = lambda m: errs.append("%s: %s" % (f, m))
        if k["file"] != f: e("file field")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: e("sha256")
        raw = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
        text = nfc(raw); low = norm(raw)
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "difficulties", "proposals", "findings"):
            if fld not in k: e("missing field " + fld)
        # unit
        u = k["unit"]
        if u:
            if u["id"] in communes:
                c = communes[u["id"]]
                if c["province_code"] != "79" or c["name"] != u["name"]: e("commune row mismatch")
                short = c["name"].split(" ", 1)[1] if not c["name"].startswith("Đặc khu") else c["name"].split(" ", 2)[2]
                if norm(short) not in low: e("unit name not in file: " + short)
            elif u["id"] in agencies:
                a = agencies[u["id"]]
                names = [a["name"]] + [x for x in a["aliases"].split(";") if x]
                if not any(norm(x) in low or norm(x).replace("–", "-") in low.replace("–", "-") for x in names): e("agency name not in file")
            else: e("unknown unit id")
        # document
        d = k["document"]
        if d["number"] and not re.search(r"Số:\s*" + re.escape(d["number"]), text): e("number not found " + d["number"])
        if d["date"]:
            y, m, dd = d["date"].split("-")
            if not re.search(r"ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%s" % (int(dd), int(m), y), text): e("date not found")
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]: e("rejected key malformed")
            if re.search(r"38-CT/TW|Chỉ thị 38", text): e("rejected file mentions CT38")
            continue
        if k["status"] != "extracted": e("bad status")
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS: e("bad task " + en["task"])
            if en["task"] in seen: e("duplicate task " + en["task"])
            seen.add(en["task"])
            if en["status"] not in STAT: e("bad status " + en["status"])
            for ind, val in en["indicators"].items():
                if ind not in IND: e("bad indicator " + ind)
                if not isinstance(val, int) or val <= 0: e("bad value %s=%r" % (ind, val))
                if not any(has_number(text, fm) for fm in forms(ind, val)): e("figure %s=%s (%s) not found" % (ind, val, en["task"]))
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in low: e("item not found: " + item[:50])
    n = len(files)
    if errs:
        print("\n".join(errs)); print("FAIL: %d problem(s) in %d files" % (len(errs), n)); sys.exit(1)
    print("OK: %d files, %d keys checked (sha256, unit, number, date, figures, difficulties, proposals)" % (n, len(keys)))

main()
