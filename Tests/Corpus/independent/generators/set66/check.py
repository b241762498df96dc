# -*- coding: utf-8 -*-
"""Reopen every final file of set 66 independently of gen.py and check it against its key."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            out.append("".join((t.text or "") for t in p.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)

def num_forms(n):
    forms = set()
    forms.add(str(n)); forms.add("%02d" % n)
    if n >= 1000:
        forms.add("{:,}".format(n).replace(",", "."))
        forms.add("{:,}".format(n))
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        s = ("%g" % m).replace(".", ",")
        forms.add(s + " triệu"); forms.add(s + "tr")
    return forms

def has_number(text, n):
    for f in num_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    pats = [r"ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%d" % (d, m, y), r"(?<!\d)0?%d/0?%d/%d" % (d, m, y)]
    return pats

def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    errors = 0
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if os.path.basename(kp) != k["file"] + ".json":
            errs.append("key name mismatch")
        if not os.path.exists(path):
            print("MISSING", k["file"]); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        ext = path.rsplit(".", 1)[1]
        counts[ext] += 1
        if k["status"] == "rejected":
            counts["rejected"] += 1
        raw = docx_text(path) if ext == "docx" else xlsx_text(path)
        text = norm(raw)
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in text:
            errs.append("unit name not found: " + k["unit"]["name"])
        doc = k["document"] or {}
        if doc.get("date") and not any(re.search(p, text) for p in date_forms(doc["date"])):
            errs.append("date not found: " + doc["date"])
        if doc.get("number") and norm(doc["number"]) not in text:
            errs.append("number not found: " + doc["number"])
        for e in k["entries"] or []:
            for ind, v in e["indicators"].items():
                if not has_number(text, v):
                    errs.append("figure %s=%s (%s) not found" % (ind, v, e["task"]))
        for x in (k["difficulties"] or []) + (k["proposals"] or []):
            if norm(x) not in text:
                errs.append("item not found: " + x[:60])
        for e in k["entries"] or []:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
        print(("OK   " if not errs else "FAIL ") + k["file"])
        for x in errs:
            print("     ", x)
        errors += len(errs)
    print("files:", len(keys), counts, "errors:", errors)
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
