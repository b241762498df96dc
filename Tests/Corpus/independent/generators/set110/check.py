# -*- coding: utf-8 -*-
"""Reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import hashlib, json, os, re, sys, unicodedata, zipfile, datetime
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d "
         "II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported",
        "inspections", "establishments_inspected", "violations", "fines_vnd",
        "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    return unicodedata.normalize("NFC", s).casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    v = v.strftime("%d/%m/%Y")
                out.append(str(v))
    return "\n".join(out)


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}"}
    if n >= 1000:
        f.add(f"{n:,}".replace(",", "."))
        f.add(f"{n:,}".replace(",", " "))
        f.add(f"{n:,}")
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        s = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(s + " triệu")
    return f


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    return [f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}",
            f"{d}/{m}/{y}", f"{di}/{mi}/{y}"]


def main():
    bad = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(f[:-5] for f in os.listdir(TRUTH) if f.endswith(".json"))
    if files != keys:
        print("file/key mismatch", set(files) ^ set(keys)); bad += 1
    for f in files:
        errs = []
        k = json.load(open(os.path.join(TRUTH, f + ".json"), encoding="utf-8"))
        path = os.path.join(HERE, f)
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if k["file"] != f: errs.append("file field")
        if k["sha256"] != sha: errs.append("sha256")
        for fld in ("status", "reason", "unit", "document", "entries", "findings",
                    "difficulties", "proposals"):
            if fld not in k: errs.append("missing " + fld)
        raw = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if k["status"] == "rejected" and not k["reason"]:
            errs.append("rejected without reason")
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in text:
            errs.append("unit name not in file: " + k["unit"]["name"])
        doc = k["document"] or {}
        if doc.get("date") and not any(norm(x) in text for x in date_forms(doc["date"])):
            errs.append("date not found " + doc["date"])
        if doc.get("number") and norm(doc["number"]) not in text:
            errs.append("number not found " + doc["number"])
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("bad task " + e["task"])
            if e["task"] in seen: errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES: errs.append("bad status " + e["status"])
            for i, v in e["indicators"].items():
                if i not in INDS: errs.append("bad indicator " + i)
                if not isinstance(v, int): errs.append(f"non-int {i}")
                if not has_number(text, v):
                    errs.append(f"{e['task']} {i}={v} not written in file")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text:
                errs.append("text not found: " + x[:60])
        print(("OK   " if not errs else "FAIL ") + f)
        for e in errs:
            print("     ", e)
        bad += bool(errs)
    print("all passed" if not bad else f"{bad} file(s) failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
