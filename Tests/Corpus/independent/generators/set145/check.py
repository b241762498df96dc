#!/usr/bin/env python3
"""Reopen every final file in set145 independently of the generator and verify the keys."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], set()
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                out.append(str(v))
    return "\n".join(out), nums

def group3(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)

def dec(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return [s.replace(".", ","), s]

def forms(ind, v):
    f = {str(v), "%02d" % v, group3(v, "."), group3(v, " ")}
    nums = {float(v)}
    if ind.endswith("_vnd"):
        if v >= 1_000_000:
            for s in dec(v / 1e6):
                f |= {s + " triệu", s + " tr"}
            nums.add(v / 1e6)
        if v >= 1_000_000_000:
            for s in dec(v / 1e9):
                f |= {s + " tỷ"}
            nums.add(v / 1e9)
    return f, nums

def found(text, tok):
    return re.search(r"(?<![\d.,])" + re.escape(norm(tok)) + r"(?![\d]|[.,]\d)", text) is not None

def load_units():
    names = {}
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            names[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["province_code"] == "79":
                names[r["code"]] = [r["name"]]
    return names

def main():
    units = load_units()
    errors, nfiles = [], 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errors.append("truth files do not match report files")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; path = os.path.join(HERE, fn); nfiles += 1
        err = lambda m: errors.append(f"{fn}: {m}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            err("sha256 mismatch")
        raw, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        uid = k["unit"]["id"]
        if uid not in units:
            err("unknown unit id " + str(uid))
        elif not any(norm(n) in text for n in units[uid]):
            err("unit name not found")
        if k["unit"]["name"] != units.get(uid, [None])[0]:
            err("unit name differs from reference list")
        y, m, d = map(int, k["document"]["date"].split("-"))
        dforms = [f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d} tháng {m} năm {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"]
        if not any(norm(x) in text for x in dforms):
            err("date not found")
        if k["document"]["number"] and norm("Số: " + k["document"]["number"]) not in text:
            err("document number not found")
        if k["status"] not in ("extracted", "rejected"):
            err("bad status")
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                err("rejected key must have a reason and no entries")
            continue
        if not (3 <= len(k["entries"]) <= 10):
            err("entry count out of 3-10")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: err("bad task " + e["task"])
            if e["task"] in seen: err("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES: err("bad entry status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS: err("bad indicator " + ind); continue
                if not isinstance(v, int): err(f"{ind} not an integer"); continue
                fs, ns = forms(ind, v)
                ok = any(found(text, t) for t in fs) or any(abs(n - x) < 1e-6 for n in ns for x in nums)
                if v == 0:
                    ok = ok or "chưa phát hiện vi phạm" in text or "không phát hiện vi phạm" in text
                if not ok:
                    err(f"{e['task']} {ind}={v} not found in file")
        for lab in ("difficulties", "proposals"):
            for x in k[lab]:
                if norm(x) not in text:
                    err(f"{lab} item not found: {x[:50]}")
    for e in errors:
        print("FAIL", e)
    print(f"checked {nfiles} files, {len(errors)} errors")
    print("PASS" if not errors else "FAILED")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
