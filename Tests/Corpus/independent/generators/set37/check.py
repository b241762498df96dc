# -*- coding: utf-8 -*-
"""Independent check of set37: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies the key against what is actually written in it."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d "
         "II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported",
        "inspections", "establishments_inspected", "violations", "fines_vnd", "samples_tested",
        "instruments_verified", "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def forms(n):
    f = {str(n), "%02d" % n, "{:,}".format(n).replace(",", ".")}
    if n >= 1000000:
        m = n / 1e6
        f.add(("%g" % m).replace(".", ",") + " triệu")
    return f


def has_num(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}",
            f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]


errors = []
files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
if len(keys) != len(files):
    errors.append(f"{len(files)} files but {len(keys)} keys")
for f in files:
    kp = os.path.join(HERE, "truth", f + ".json")
    if not os.path.exists(kp):
        errors.append(f"{f}: no key"); continue
    k = json.load(open(kp, encoding="utf-8"))
    path = os.path.join(HERE, f)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    if k["file"] != f: errors.append(f"{f}: file field {k['file']}")
    if k["sha256"] != sha: errors.append(f"{f}: sha256 mismatch")
    text = norm(docx_text(path) if f.endswith(".docx") else xlsx_text(path))
    low = text.lower()
    for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings",
                "difficulties", "proposals"):
        if fld not in k: errors.append(f"{f}: missing {fld}")
    core = re.sub(r"^(Phường|Xã|Đặc khu) ", "", k["unit"]["name"]).lower()
    if core not in low: errors.append(f"{f}: unit name '{core}' not found")
    if k["document"]["date"]:
        if not any(df.lower() in low for df in date_forms(k["document"]["date"])):
            errors.append(f"{f}: date {k['document']['date']} not found")
    if k["document"]["number"] and k["document"]["number"].lower() not in low:
        errors.append(f"{f}: number not found")
    if k["status"] == "rejected":
        if not k["reason"] or k["entries"]: errors.append(f"{f}: bad rejected key")
        continue
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS: errors.append(f"{f}: bad task {e['task']}")
        if e["task"] in seen: errors.append(f"{f}: duplicate task {e['task']}")
        seen.add(e["task"])
        if e["status"] not in STATUSES: errors.append(f"{f}: bad status {e['status']}")
        for ind, v in e["indicators"].items():
            if ind not in INDS: errors.append(f"{f}: bad indicator {ind}")
            if not isinstance(v, int): errors.append(f"{f}: non-int {ind}")
            if not has_num(text, v): errors.append(f"{f}: {e['task']} {ind}={v} not written")
        # entry text should come from the file (allowing our ' ' joins of passages)
        for piece in re.split(r"(?<=[.)]) (?=[A-ZĐ])|: ", e["text"]):
            if norm(piece) and norm(piece).lower() not in low:
                errors.append(f"{f}: text piece not found: {piece[:50]}")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x).lower() not in low: errors.append(f"{f}: item not found: {x[:50]}")

docx = sum(f.endswith(".docx") for f in files); xlsx = len(files) - docx
rej = 0
for kp in keys:
    rej += json.load(open(kp, encoding="utf-8"))["status"] == "rejected"
print(f"{len(files)} files: {docx} DOCX, {xlsx} XLSX, {rej} rejected")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("check.py: all passed")
