# -*- coding: utf-8 -*-
"""Re-open every final file in set32 independently of gen.py and verify it against its key:
sha256, unit name, document number and date, every keyed figure in some written form,
every difficulty and proposal verbatim."""
import datetime as dt
import glob
import hashlib
import html
import json
import os
import re
import sys
import unicodedata
import zipfile

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        p = re.sub(r"<w:tab/>", "\t", p)
        p = re.sub(r"<w:br/>", "\n", p)
        parts = re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>|(\t)|(\n)", p, flags=re.S)
        paras.append("".join(a or b or c for a, b, c in parts))
    return nfc(html.unescape("\n".join(paras))), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    vals, cells = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells.append(c.value)
                    vals.append(str(c.value))
    return nfc("\n".join(vals)), cells


def forms(v):
    out = {str(v), f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    if 0 <= v < 10:
        out.add(f"0{v}")
    if v >= 1_000_000:
        m = v / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip("."))
        out.add(s.replace(".", ",") + " triệu")
        out.add(s + " triệu")
    return out


def has_number(text, cells, v):
    for c in cells:
        if isinstance(c, (int, float)) and not isinstance(c, bool) and c == v:
            return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def has_date(text, cells, iso):
    d = dt.date.fromisoformat(iso)
    for c in cells:
        if isinstance(c, dt.datetime) and c.date() == d:
            return True
    pats = [f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"ngày {d.day} tháng {d.month} năm {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"]
    return any(p in text for p in pats)


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("MISMATCH: %d keys for %d files" % (len(keys), len(files)))
        bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"])
            bad += 1
            continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, cells = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        low = text.lower()
        if k["status"] not in ("extracted", "rejected"):
            errs.append("status value")
        if k["status"] == "rejected" and (not k["reason"] or k["entries"]):
            errs.append("rejected key shape")
        if k["unit"] and k["unit"]["name"].lower() not in low:
            errs.append("unit name " + k["unit"]["name"])
        doc = k["document"]
        if doc["number"] and doc["number"] not in text:
            errs.append("number " + doc["number"])
        if doc["date"] and not has_date(text, cells, doc["date"]):
            errs.append("date " + doc["date"])
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                errs.append("task code " + e["task"])
            if e["task"] in seen:
                errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                errs.append("status " + e["status"])
            for iid, v in e["indicators"].items():
                if iid not in IND:
                    errs.append("indicator id " + iid)
                if not has_number(text, cells, v):
                    errs.append(f"figure {e['task']} {iid}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if nfc(s) not in text:
                errs.append("item not found: " + s[:50])
        if errs:
            bad += 1
            print("FAIL", k["file"], errs)
        else:
            print("ok  ", k["file"], k["status"], len(k["entries"]), "entries")
    print("PASS" if not bad else f"{bad} FAILED")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
