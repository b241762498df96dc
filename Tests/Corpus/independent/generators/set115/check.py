# -*- coding: utf-8 -*-
"""Reopen every final file of set 115 independently of gen.py and verify its key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
         "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# names and aliases of units, from the shared reference data
ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["province_code"] == "79":
            ALIASES[row["code"]] = [row["name"]]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                parts.append(el.text)
            elif el.tag == W + "tab":
                parts.append(" ")
        paras.append("".join(parts))
    return "\n".join(paras)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return "\n".join(out)


def group(n, sep):
    s = str(n)
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]


def forms(n):
    f = {str(n), group(n, "."), group(n, " "), group(n, ",")}
    if n < 10:
        f.add("0" + str(n))
    if n <= 10:
        f.add(WORDS[n])
    if n >= 1_000_000 and n % 100_000 == 0:
        m = n / 1_000_000
        ms = (str(int(m)) if m.is_integer() else str(m).replace(".", ","))
        f |= {ms + " triệu", ms + "tr", ms + " tr"}
    if n >= 1_000_000_000 and n % 10_000_000 == 0:
        b = n / 1_000_000_000
        f.add((str(int(b)) if b.is_integer() else str(b).replace(".", ",")) + " tỷ")
    return f


def has_number(text, n):
    for fm in forms(n):
        if fm.isalpha():
            if re.search(r"(?<!\w)" + re.escape(fm) + r"(?!\w)", text):
                return True
            continue
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    errors = []
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if len(truths) != len(files):
        errors.append(f"{len(files)} files but {len(truths)} keys")
    for tp in truths:
        k = json.load(open(tp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        e = lambda m: errors.append(f"{fn}: {m}")
        if not os.path.exists(path):
            e("missing file"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        raw = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if k["status"] not in ("extracted", "rejected"):
            e("bad status")
        # unit
        uid = k["unit"]["id"]
        names = ALIASES.get(uid)
        if not names:
            e(f"unknown unit id {uid}")
        elif not any(norm(n) in text for n in names + [k["unit"]["name"]]):
            e(f"unit name not found: {k['unit']['name']}")
        # number and date
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            e("document number not found")
        y, m, d = k["document"]["date"].split("-")
        pat = rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}|0?{int(d)}/0?{int(m)}/{y}"
        if not re.search(pat, text):
            e("date not found")
        # entries
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS:
                e(f"bad task {en['task']}")
            if en["task"] in seen:
                e(f"duplicate task {en['task']}")
            seen.add(en["task"])
            if en["status"] not in STATUSES:
                e(f"bad entry status {en['status']}")
            for iid, val in en["indicators"].items():
                if iid not in INDS:
                    e(f"bad indicator {iid}")
                if not isinstance(val, int):
                    e(f"{iid} not an integer")
                elif not has_number(text, val):
                    e(f"{en['task']} {iid}={val} not written in file")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in text:
                e(f"difficulty/proposal not found: {d[:50]}")
        if k["status"] == "rejected" and k["entries"]:
            e("rejected file with entries")
    for x in errors:
        print("FAIL", x)
    print(f"{len(truths)} keys checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
