# -*- coding: utf-8 -*-
"""Independent check of set 47: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d "
         "II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
       "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag == W + "tab":
                buf.append("\t")
        out.append("".join(buf))
    return nfc("\n".join(out)), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                texts.append(str(v))
    return nfc("\n".join(texts)), nums


def forms(n):
    n = int(n)
    f = {str(n), "%02d" % n, "{:,}".format(n).replace(",", "."), "{:,}".format(n)}
    for div, word in ((1000000, "triệu"), (1000000000, "tỷ")):
        if n >= div and n % (div // 1000) == 0:
            v = n / div
            s = ("%g" % v).replace(".", ",")
            f.add(s + " " + word)
    return f


def has_number(text, nums, n):
    if any(float(x) == float(n) for x in nums):
        return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    return ["ngày %02d tháng %02d năm %d" % (d, m, y), "ngày %d tháng %d năm %d" % (d, m, y),
            "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y)]


def main():
    tdir = os.path.join(HERE, "truth")
    keys = sorted(os.listdir(tdir))
    bad = 0
    nd = nx = nrej = 0
    for k in keys:
        key = json.load(open(os.path.join(tdir, k), encoding="utf-8"))
        fn = key["file"]
        path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path):
            print("MISSING", fn); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256 mismatch")
        if fn.endswith(".docx"):
            text, nums = docx_text(path); nd += 1
        else:
            text, nums = xlsx_text(path); nx += 1
        low = text.lower()
        if key["status"] == "rejected":
            nrej += 1
            if not key.get("reason"):
                errs.append("rejected without reason")
        un = key["unit"]["name"] if key.get("unit") else None
        if un:
            short = un.replace("Phường ", "").replace("Xã ", "")
            if un.lower() not in low and short.upper() not in text:
                errs.append("unit name not found: " + un)
        doc = key.get("document") or {}
        if doc.get("date") and not any(x in text for x in date_forms(doc["date"])):
            errs.append("date not found: " + doc["date"])
        if doc.get("number") and doc["number"] not in text:
            errs.append("number not found: " + doc["number"])
        seen = set()
        for e in key["entries"]:
            if e["task"] not in TASKS:
                errs.append("bad task " + e["task"])
            if e["task"] in seen:
                errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STAT:
                errs.append("bad status " + e["status"])
            for iid, v in e["indicators"].items():
                if iid not in IND:
                    errs.append("bad indicator " + iid)
                if not has_number(text, nums, v):
                    errs.append("figure %s=%s (%s) not found" % (iid, v, e["task"]))
        for x in key["difficulties"] + key["proposals"]:
            if nfc(x) not in text:
                errs.append("item not found: " + x[:60])
        if errs:
            bad += 1
            print("FAIL", fn)
            for e in errs:
                print("   ", e)
        else:
            print("ok  ", fn, "(%d entries)" % len(key["entries"]))
    print("files: %d (docx %d, xlsx %d, rejected %d)" % (len(keys), nd, nx, nrej))
    print("PASS" if bad == 0 else "FAILED: %d" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
