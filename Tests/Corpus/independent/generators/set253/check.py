# -*- coding: utf-8 -*-
"""Independent check of set 253: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies its key in truth/.  Does not import gen.py or
content.py.  Exit 0 when everything passes."""
import csv
import datetime
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCIES = "/work/shared/data/agencies.csv"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g",
         "II.2.h", "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c",
         "II.5.a", "II.5.b", "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    out, dates = [], []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return norm("\n".join(out)), dates


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out, dates = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    d = v.date() if isinstance(v, datetime.datetime) else v
                    dates.append(d)
                    out.append(d.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer():
                    out.append(str(int(v)))
                else:
                    out.append(str(v))
    return norm(" \n ".join(out)), dates


def num_forms(n):
    n = int(n)
    f = {str(n), "{:,}".format(n).replace(",", "."), "{:,}".format(n)}
    if n < 10:
        f.add("%02d" % n)
    if n >= 1000000:
        for unit, word in ((10 ** 9, "tỷ"), (10 ** 6, "triệu")):
            if n >= unit:
                x = n / unit
                s = ("%.3f" % x).rstrip("0").rstrip(".").replace(".", ",")
                f.add(s + " " + word)
                f.add(s + "tr")
    return f


def has_number(text, n):
    for form in num_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_ok(text, dates, iso):
    y, m, d = map(int, iso.split("-"))
    forms = set()
    for dd in ("%d" % d, "%02d" % d):
        for mm in ("%d" % m, "%02d" % m):
            forms.add("ngày %s tháng %s năm %d" % (dd, mm, y))
            forms.add("%s/%s/%d" % (dd, mm, y))
    if any(f in text for f in forms):
        return True
    return datetime.date(y, m, d) in dates


def unit_names(uid, name):
    names = {name}
    with open(AGENCIES, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["id"] == uid:
                names.add(row["name"])
                names.update(a for a in row["aliases"].split(";") if a)
    return names


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("FAIL: %d keys for %d files" % (len(keys), len(files)))
        errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("FAIL missing", k["file"])
            errors += 1
            continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        text, dates = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        low = text.casefold()
        if k["unit"] and not any(norm(n).casefold() in low for n in unit_names(k["unit"]["id"], k["unit"]["name"])):
            errs.append("unit name not found: " + k["unit"]["name"])
        doc = k["document"]
        if doc["date"] and not date_ok(text, dates, doc["date"]):
            errs.append("date not found: " + doc["date"])
        if doc["number"] and doc["number"] not in text:
            errs.append("number not found: " + doc["number"])
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key must have no entries and a reason")
        else:
            seen = set()
            for e in k["entries"]:
                if e["task"] not in TASKS:
                    errs.append("bad task " + e["task"])
                if e["task"] in seen:
                    errs.append("duplicate task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in STATUSES:
                    errs.append("bad status " + e["status"])
                if norm(e["text"]) not in text:
                    errs.append("entry text not found: " + e["text"][:60])
                for ind, v in e["indicators"].items():
                    if ind not in INDS:
                        errs.append("bad indicator " + ind)
                    if not isinstance(v, int):
                        errs.append("non-integer %s" % ind)
                    if not has_number(text, v):
                        errs.append("%s %s=%s not written in file" % (e["task"], ind, v))
            for x in k["difficulties"] + k["proposals"]:
                if norm(x) not in text:
                    errs.append("difficulty/proposal not found: " + x[:60])
        if errs:
            errors += len(errs)
            for e in errs:
                print("FAIL", k["file"], "-", e)
        else:
            print("ok  ", k["file"], "(%s, %d entries)" % (k["status"], len(k["entries"])))
    print("PASS" if errors == 0 else "%d problem(s)" % errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
