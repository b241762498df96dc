#!/usr/bin/env python3
"""Independent check of set133: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it."""
import os, re, sys, json, glob, hashlib, zipfile, csv, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = "II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

def nfc(s):
    return unicodedata.normalize("NFC", s)

def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().lower()

agencies = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        agencies[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
communes = {}
with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as fh:
    rd = csv.reader(fh)
    next(rd)
    for row in rd:
        communes[row[0]] = row[1]

def docx_content(path):
    z = zipfile.ZipFile(path)
    texts = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                    elif el.tag == W + "tab":
                        buf.append("\t")
                texts.append("".join(buf))
    return "\n".join(texts), [], []

def xlsx_content(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    wbf = openpyxl.load_workbook(path, data_only=False)
    texts, nums, dates, missing = [], [], [], []
    for ws in wb.worksheets:
        wsf = wbf[ws.title]
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                fv = wsf[c.coordinate].value
                if isinstance(fv, str) and fv.startswith("="):
                    if v is None:
                        missing.append(f"{ws.title}!{c.coordinate}")
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.date() if isinstance(v, datetime.datetime) else v)
                elif isinstance(v, (int, float)):
                    nums.append(float(v))
                else:
                    texts.append(str(v))
    if missing:
        raise SystemExit(f"{path}: formula cells without cached value: {missing[:5]}")
    return "\n".join(texts), nums, dates

def parse_numbers(text):
    out = []
    for tok in re.findall(r"\d[\d\.,]*\d|\d", text):
        t = tok
        try:
            if "," in t:
                out.append(float(t.replace(".", "").replace(",", ".")))
            elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
                out.append(float(t.replace(".", "")))
            elif "." in t:
                out.append(float(t))
                out.append(float(t.replace(".", "")))
            else:
                out.append(float(t))
        except ValueError:
            pass
    return out

def figure_present(v, nums):
    cands = [v, v / 1e3, v / 1e6, v / 1e9]
    return any(abs(c - n) < 1e-6 for c in cands for n in nums)

def date_present(iso, text, dates):
    d = datetime.date.fromisoformat(iso)
    if d in dates:
        return True
    t = norm(text)
    forms = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
             f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"ngày {d.day} tháng {d.month} năm {d.year}",
             f"ngày {d.day:02d} tháng {d.month} năm {d.year}", f"ngày {d.day} tháng {d.month:02d} năm {d.year}"]
    return any(f in t for f in forms)

def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errors = []
    if len(keys) != len(files):
        errors.append(f"{len(files)} files but {len(keys)} keys")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        f = k["file"]
        path = os.path.join(HERE, f)
        e = lambda m: errors.append(f"{f}: {m}")
        if os.path.basename(kp) != f + ".json":
            e("key file name mismatch")
        if not os.path.exists(path):
            e("missing file"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        text, nums, dates = (docx_content if f.endswith(".docx") else xlsx_content)(path)
        nums = nums + parse_numbers(text)
        t = norm(text)
        uid = k["unit"]["id"]
        names = agencies.get(uid) or ([communes[uid]] if uid in communes else None)
        if not names:
            e(f"unknown unit id {uid}")
        elif nfc(k["unit"]["name"]) != nfc(names[0]):
            e(f"unit name {k['unit']['name']} != reference {names[0]}")
        elif not any(norm(n) in t for n in names):
            e(f"unit name not found: {names}")
        if k["document"]["number"] and norm(k["document"]["number"]) not in t:
            e(f"number {k['document']['number']} not found")
        if k["document"]["date"] and not date_present(k["document"]["date"], text, dates):
            e(f"date {k['document']['date']} not found")
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                e("rejected key must have a reason and no entries")
            continue
        if k["status"] != "extracted":
            e("bad status")
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS:
                e(f"bad task {en['task']}")
            if en["task"] in seen:
                e(f"duplicate task {en['task']}")
            seen.add(en["task"])
            if en["status"] not in STATUSES:
                e(f"bad status {en['status']}")
            if not (3 <= len(k["entries"]) <= 10):
                e("entry count out of 3..10")
            for ind, v in en["indicators"].items():
                if ind not in INDS:
                    e(f"bad indicator {ind}")
                if not isinstance(v, int):
                    e(f"{en['task']} {ind} not an integer")
                if not figure_present(v, nums):
                    e(f"{en['task']} {ind}={v} not found in file")
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in t:
                e(f"text not found: {item[:60]}")
    if errors:
        print("\n".join(errors))
        print(f"FAIL ({len(errors)} problems)")
        sys.exit(1)
    print(f"OK: {len(keys)} files checked")

if __name__ == "__main__":
    main()
