# -*- coding: utf-8 -*-
"""Reopen every file of set154 independently of gen.py and verify it against truth/.

DOCX: zip + XML (document, headers, footers, footnotes). XLSX: openpyxl (all sheets).
Checks: sha256; unit name present; date present; every keyed figure present in some
written form; every difficulty and proposal present; key shape and vocabularies.
"""
import datetime as dt
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDICATORS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
              "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
              "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_content(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "tab",):
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                texts.append("".join(buf))
    return "\n".join(texts), [], []


def xlsx_content(path):
    wb = load_workbook(path, data_only=False)
    texts, numbers, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (dt.datetime, dt.date)):
                    dates.append(v.date() if isinstance(v, dt.datetime) else v)
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    numbers.append(v)
                    texts.append(str(v))
                else:
                    texts.append(str(v))
    return "\n".join(texts), numbers, dates


def number_forms(n):
    n = int(n)
    forms = {str(n), "%02d" % n, "{:,}".format(n).replace(",", "."), "{:,}".format(n).replace(",", " ")}
    for unit, word in ((10 ** 9, "tỷ"), (10 ** 6, "triệu")):
        if n >= unit and n % (unit // 1000) == 0:
            v = n / unit
            s = ("%.3f" % v).rstrip("0").rstrip(".").replace(".", ",")
            forms.add(s + " " + word)
    return forms


def has_number(text, n, numbers):
    if any(abs(x - n) < 1e-6 for x in numbers):
        return True
    for f in number_forms(n):
        pat = r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)"
        if re.search(pat, text, flags=re.IGNORECASE):
            return True
    return False


def date_forms(d):
    return {"ngày %02d tháng %d năm %d" % (d.day, d.month, d.year),
            "ngày %d tháng %d năm %d" % (d.day, d.month, d.year),
            "ngày %02d tháng %02d năm %d" % (d.day, d.month, d.year),
            "%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year)}


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errors = []
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errors.append("truth files and report files do not match one to one")
    stats = {"docx": 0, "xlsx": 0, "rejected": 0}
    units = set()
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fname = k["file"]
        path = os.path.join(HERE, fname)
        err = lambda m: errors.append("%s: %s" % (fname, m))
        if not os.path.exists(path):
            err("missing file")
            continue
        stats[fname.rsplit(".", 1)[1]] += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            err("sha256 mismatch")
        for f in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"):
            if f not in k:
                err("key lacks " + f)
        if k["status"] == "rejected":
            stats["rejected"] += 1
            if not k["reason"] or k["entries"]:
                err("rejected key needs a reason and no entries")
        elif k["status"] != "extracted":
            err("bad status")
        text, numbers, dates = (docx_content if fname.endswith(".docx") else xlsx_content)(path)
        ntext = norm(text)
        units.add(k["unit"]["id"])
        if norm(k["unit"]["name"]) not in ntext:
            err("unit name not found: " + k["unit"]["name"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in ntext:
            err("number not found: " + k["document"]["number"])
        d = dt.date.fromisoformat(k["document"]["date"])
        if not (d in dates or any(norm(f) in ntext for f in date_forms(d))):
            err("date not found: %s" % d)
        if not (dt.date(2026, 11, 15) <= d <= dt.date(2026, 11, 30)):
            err("date outside 15–30/11/2026")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                err("bad task " + e["task"])
            if e["task"] in seen:
                err("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                err("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDICATORS:
                    err("bad indicator " + ind)
                if not isinstance(v, int):
                    err("indicator not integer %s" % ind)
                if not has_number(text, v, numbers):
                    err("figure not found: %s %s=%s" % (e["task"], ind, v))
        if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10):
            err("entries count %d" % len(k["entries"]))
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in ntext:
                err("text not found: " + x[:60])
        if unicodedata.normalize("NFC", text) != text:
            err("non-NFC text")
    print("files: %d (docx %d, xlsx %d, rejected %d), units %d" %
          (len(keys), stats["docx"], stats["xlsx"], stats["rejected"], len(units)))
    if errors:
        print("\n".join(errors))
        print("FAIL (%d)" % len(errors))
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
