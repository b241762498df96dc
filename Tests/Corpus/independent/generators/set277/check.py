# -*- coding: utf-8 -*-
"""Reopen every final file (zip+XML for DOCX, openpyxl for XLSX), independently of gen.py,
and verify each key: sha256, unit name, number, date, every figure, every difficulty/proposal."""
import json, os, re, sys, zipfile, hashlib, csv, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
NAMES = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    NAMES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
for row in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")):
    if row["province_code"] == "79":
        NAMES[row["code"]] = [row["name"]]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
    lines, nums = [], []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            lines.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(lines), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    lines, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, bool):
                    lines.append(str(v))
                elif isinstance(v, (int, float)):
                    nums.append(v)
                    lines.append(str(v))
                elif isinstance(v, datetime.datetime):
                    lines.append(v.strftime("%d/%m/%Y"))
                else:
                    lines.append(str(v))
    return "\n".join(lines), nums


SCALE = {"triệu": 10**6, "tr": 10**6, "tỷ": 10**9, "nghìn": 10**3, "ngàn": 10**3}


def numbers_in(text):
    vals = set()
    for m in re.finditer(r"(\d[\d.,]*)\s*(triệu|tỷ|nghìn|ngàn|tr\b)?", text):
        tok, sc = m.group(1).rstrip(".,"), m.group(2)
        cands = []
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
            cands.append(int(tok.replace(".", "")))
        elif re.fullmatch(r"\d{1,3}(,\d{3})+", tok):
            cands.append(int(tok.replace(",", "")))
        if re.fullmatch(r"\d+,\d+", tok):
            cands.append(float(tok.replace(",", ".")))
        if re.fullmatch(r"\d+", tok):
            cands.append(int(tok))
        for c in cands:
            vals.add(c)
            if sc:
                vals.add(round(c * SCALE[sc]))
    return vals


def date_forms(iso):
    y, m, d = iso.split("-")
    pats = [rf"ngày\s+0?{int(d)}\s+tháng\s+0?{int(m)}\s+năm\s+{y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
    return pats


errors = []
files = sorted(f for f in os.listdir(os.path.join(HERE, "truth")) if f.endswith(".json"))
for kf in files:
    k = json.load(open(os.path.join(HERE, "truth", kf), encoding="utf-8"))
    fn = k["file"]
    path = os.path.join(HERE, fn)
    err = lambda m: errors.append(f"{fn}: {m}")
    if kf != fn + ".json":
        err("truth name mismatch")
    if not os.path.exists(path):
        err("missing file"); continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        err("sha256 differs")
    text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
    nt = norm(text)
    uid = k["unit"]["id"]
    if uid not in NAMES:
        err(f"unknown unit id {uid}")
    elif not any(norm(n) in nt for n in NAMES[uid]):
        err(f"unit name not found: {NAMES[uid][0]}")
    if k["unit"]["name"] != NAMES.get(uid, [None])[0]:
        err("unit name differs from reference list")
    if k["document"]["date"] and not any(re.search(p, nt) for p in date_forms(k["document"]["date"])):
        err(f"date not found {k['document']['date']}")
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
        err(f"number not found {k['document']['number']}")
    if k["status"] == "rejected":
        if not k["reason"] or k["entries"]:
            err("rejected key must have reason and no entries")
        continue
    vals = numbers_in(text) | {round(v) for v in nums}
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS: err(f"bad task {e['task']}")
        if e["task"] in seen: err(f"duplicate task {e['task']}")
        seen.add(e["task"])
        if e["status"] not in STATUSES: err(f"bad status {e['status']}")
        for ind, v in e["indicators"].items():
            if ind not in INDS: err(f"bad indicator {ind}")
            if not isinstance(v, int): err(f"non-integer {ind}={v}")
            if v not in vals: err(f"{e['task']} {ind}={v} not found in file")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in nt:
            err(f"text not found: {x[:60]}")
print("\n".join(errors) if errors else f"OK: {len(files)} files checked")
sys.exit(1 if errors else 0)
