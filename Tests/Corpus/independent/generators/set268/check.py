# -*- coding: utf-8 -*-
"""Independent check of set268: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key in truth/ against it. Does not import gen.py."""
import json, os, re, sys, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"]
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    parts.append("".join(buf))
    return norm("\n".join(parts)), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append(v)
                parts.append(str(v))
    return norm("\n".join(parts)), nums


def forms(n):
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
        if n >= div and n % (div // 1000) == 0:
            v = n / div
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            out.add(s + " " + word)
    return out


def has_number(text, nums, n):
    if n in nums or float(n) in nums:
        return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


errors = 0


def err(f, msg):
    global errors
    errors += 1
    print("FAIL", f, "-", msg)


truth_dir = os.path.join(HERE, "truth")
files = sorted(x for x in os.listdir(HERE) if x.endswith((".docx", ".xlsx")))
keys = sorted(os.listdir(truth_dir))
if sorted(f + ".json" for f in files) != keys:
    err("*", "files and keys differ")
for f in files:
    path = os.path.join(HERE, f)
    k = json.load(open(os.path.join(truth_dir, f + ".json"), encoding="utf-8"))
    if k["file"] != f:
        err(f, "file field")
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        err(f, "sha256 mismatch")
    text, nums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
    low = text.casefold()
    if k["unit"]["name"].casefold() not in low:
        # "Xã X" may be written "UBND XÃ X" / "xã X"
        if k["unit"]["name"].casefold().split(" ", 1)[-1] not in low:
            err(f, "unit name not found: " + k["unit"]["name"])
    if k["document"]["number"] and k["document"]["number"] not in text:
        err(f, "number not found")
    if not any(df in text for df in date_forms(k["document"]["date"])):
        err(f, "date not found")
    if k["status"] == "rejected":
        if k["entries"] or not k["reason"]:
            err(f, "rejected key shape")
        print("ok  ", f, "(rejected)")
        continue
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS or e["status"] not in STAT:
            err(f, "bad task/status " + str(e))
        if e["task"] in seen:
            err(f, "duplicate task " + e["task"])
        seen.add(e["task"])
        for ind, v in e["indicators"].items():
            if ind not in INDS or not isinstance(v, int):
                err(f, f"bad indicator {ind}={v!r}")
            elif not has_number(text, nums, v):
                err(f, f"{e['task']} {ind}={v} not written in file")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in text:
            err(f, "difficulty/proposal not found: " + x[:50])
    nfig = sum(len(e["indicators"]) for e in k["entries"])
    print("ok  " if not errors else "....", f, f"{len(k['entries'])} tasks, {nfig} figures")

print("check.py:", "PASS" if errors == 0 else f"{errors} errors")
sys.exit(1 if errors else 0)
