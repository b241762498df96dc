# -*- coding: utf-8 -*-
"""Independent check of set126: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each truth key against it."""
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c "
            "II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
INDS = set("training_courses participants communications enterprises_supported inspections establishments_inspected "
           "violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    out.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    out.append(str(v))
    return "\n".join(out), nums


def forms(n):
    f = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", ".")}
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        s = (f"{m:.1f}".replace(".", ",")).replace(",0", "")
        f |= {s + " triệu", s + " tr"}
    return f


def has_number(text, nums, n):
    if any(float(x) == n for x in nums):
        return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().casefold()


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out |= {f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}", f"{dd}-{mm}-{y}", f"{dd}.{mm}.{y}"}
    return out


fails = 0
files = sorted(f for f in os.listdir(TRUTH) if f.endswith(".json"))
for jf in files:
    k = json.load(open(os.path.join(TRUTH, jf), encoding="utf-8"))
    fn = k["file"]; path = os.path.join(HERE, fn)
    errs = []
    if jf != fn + ".json":
        errs.append("truth name mismatch")
    if not os.path.exists(path):
        print("MISSING", fn); fails += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256 mismatch")
    text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
    T = norm(text)
    if k["status"] not in ("extracted", "rejected"):
        errs.append("bad status")
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
        errs.append("rejected key must have reason and no entries")
    if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in T:
        errs.append("unit name not found: " + k["unit"]["name"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in T:
        errs.append("number not found")
    if k["document"]["date"] and not any(norm(x) in T for x in date_forms(k["document"]["date"])):
        errs.append("date not found " + k["document"]["date"])
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS: errs.append("bad task " + e["task"])
        if e["task"] in seen: errs.append("duplicate task " + e["task"])
        seen.add(e["task"])
        if e["status"] not in STAT: errs.append("bad entry status")
        for ind, v in e["indicators"].items():
            if ind not in INDS: errs.append("bad indicator " + ind)
            if not isinstance(v, int): errs.append("non-int " + ind)
            if not has_number(nfc(text), nums, v):
                errs.append(f"figure not found {e['task']} {ind}={v}")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in T:
            errs.append("text not found: " + x[:50])
    if errs:
        fails += 1
        print("FAIL", fn); [print("   ", e) for e in errs]
    else:
        print("ok  ", fn)
print(f"{len(files)} keys, {fails} failing")
sys.exit(1 if fails else 0)
