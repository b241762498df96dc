# -*- coding: utf-8 -*-
"""Reopen every final file in this folder independently of gen.py (zip+XML for DOCX,
openpyxl for XLSX) and verify each truth/<file>.json against it."""
import csv, datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDICATORS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
              "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
              "standards_reviewed", "budget_spent_vnd"}

def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()

def docx_content(path):
    z = zipfile.ZipFile(path)
    paras = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "br", W + "tab", W + "cr"):
                        buf.append(" ")
                paras.append("".join(buf))
    return "\n".join(paras), [], []

def xlsx_content(path):
    wb = openpyxl.load_workbook(path)
    texts, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.date() if isinstance(v, datetime.datetime) else v)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                    texts.append(str(v))
                else:
                    texts.append(str(v))
    return "\n".join(texts), nums, dates

def dec_vn(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s.replace(".", ",")

def dotted(n):
    return "{:,}".format(n).replace(",", ".")

def forms(n, ind):
    f = {str(n), dotted(n), "%02d" % n}
    if ind in ("fines_vnd", "budget_spent_vnd"):
        if n >= 1_000_000:
            f.add(dec_vn(n / 1e6) + " triệu")
        if n >= 1_000_000_000:
            f.add(dec_vn(n / 1e9) + " tỷ")
    return f

def figure_present(n, ind, text, nums):
    t = norm(text)
    for fm in forms(n, ind):
        if re.search(r"(?<![\d.,])" + re.escape(norm(fm)) + r"(?![\d]|[.,]\d)", t):
            return True
    for v in nums:
        if abs(v - n) < 1e-6:
            return True
        if ind in ("fines_vnd", "budget_spent_vnd") and (abs(v * 1e6 - n) < 0.5 or abs(v * 1e9 - n) < 0.5):
            return True
    return False

def date_present(iso, text, dates):
    y, m, d = iso.split("-")
    t = norm(text)
    cands = ["ngày %s tháng %s năm %s" % (dd, mm, y) for dd in {d, str(int(d))} for mm in {m, str(int(m))}]
    cands += ["%s/%s/%s" % (dd, mm, y) for dd in {d, str(int(d))} for mm in {m, str(int(m))}]
    if any(c in t for c in cands):
        return True
    return datetime.date(int(y), int(m), int(d)) in dates

def unit_names(uid):
    names = []
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["id"] == uid:
                names = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["code"] == uid:
                names = [r["name"]]
                assert r["province_code"] == "79", uid
    return names

def main():
    errors = []
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(t)[:-5] for t in truths) != files:
        errors.append("truth files and report files differ")
    for tp in truths:
        k = json.load(open(tp, encoding="utf-8"))
        name = k["file"]
        path = os.path.join(HERE, name)
        E = lambda msg: errors.append("%s: %s" % (name, msg))
        if os.path.basename(tp) != name + ".json":
            E("truth file name mismatch")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            E("sha256 mismatch")
        text, nums, dates = docx_content(path) if name.endswith(".docx") else xlsx_content(path)
        nt = norm(text)
        if k["status"] not in ("extracted", "rejected"):
            E("bad status")
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                E("rejected file needs a reason and no entries")
        if k.get("unit"):
            names = unit_names(k["unit"]["id"])
            if not names:
                E("unknown unit id %s" % k["unit"]["id"])
            if norm(k["unit"]["name"]) != norm(names[0]) if names else True:
                E("unit name is not the canonical one")
            if not any(norm(n) in nt for n in names):
                E("unit name not found in file")
        elif k["status"] == "extracted":
            E("extracted file without unit")
        doc = k["document"]
        if doc["date"] and not date_present(doc["date"], text, dates):
            E("date %s not found" % doc["date"])
        if doc["number"] and norm(doc["number"]) not in nt:
            E("number %s not found" % doc["number"])
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                E("bad task %s" % e["task"])
            if e["task"] in seen:
                E("duplicate task %s" % e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                E("bad status %s" % e["status"])
            if norm(e["text"]) not in nt:
                E("entry text not found: %s" % e["text"][:60])
            for ind, v in e["indicators"].items():
                if ind not in INDICATORS:
                    E("bad indicator %s" % ind)
                if not isinstance(v, int):
                    E("indicator %s not an integer" % ind)
                elif not figure_present(v, ind, text, nums):
                    E("figure %s=%s (%s) not found" % (ind, v, e["task"]))
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in nt:
                E("difficulty/proposal not found: %s" % x[:60])
    n_docx = sum(f.endswith(".docx") for f in files)
    n_rej = sum(json.load(open(t, encoding="utf-8"))["status"] == "rejected" for t in truths)
    print("files: %d (DOCX %d, XLSX %d, rejected %d)" % (len(files), n_docx, len(files) - n_docx, n_rej))
    for e in errors:
        print("ERROR", e)
    print("check: %s" % ("PASS" if not errors else "FAIL (%d)" % len(errors)))
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
