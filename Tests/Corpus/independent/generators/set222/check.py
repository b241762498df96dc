# -*- coding: utf-8 -*-
"""Independent check of set 222: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies it against truth/<file>.json. Does not import gen.py or data.py."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d "
            "II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def names():
    out = {}
    for row in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
        out[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
    for row in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
        if row["province_code"] == "79":
            out[row["code"]] = [row["name"]]
    return out


def docx_content(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return norm("\n".join(paras)), []


def xlsx_content(path):
    wb = openpyxl.load_workbook(path)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool) and c.column > 1:
                    nums.append(v)  # column A holds STT numbers, not figures
                texts.append(str(v))
    return norm("\n".join(texts)), nums


def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:03d}", f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " "), f"{v:,}"}
    if v >= 1_000_000 and v % 100_000 == 0:
        m = v / 1_000_000
        s = (f"{m:.1f}" if m != int(m) else str(int(m))).replace(".", ",")
        f |= {s + " triệu", s + " tr"}
    if v >= 1_000_000_000 and v % 10_000_000 == 0:
        b = v / 1_000_000_000
        s = (("%.2f" % b).rstrip("0").rstrip(".") if b != int(b) else str(int(b))).replace(".", ",")
        f.add(s + " tỷ")
    return f


def has_figure(text, nums, v):
    if any(abs(n - v) < 1e-6 for n in nums):
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def has_date(text, iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    pats = [rf"ngày 0?{di} tháng 0?{mi} năm {y}", rf"ngày 0?{di} tháng {MONTHS[mi-1]} năm {y}",
            rf"0?{di}/0?{mi}/{y}"]
    return any(re.search(p, text) for p in pats)


def main():
    nm = names()
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errs = []
    if sorted(os.path.basename(t)[:-5] for t in truths) != files:
        errs.append("truth files and report files differ")
    for t in truths:
        k = json.load(open(t, encoding="utf-8"))
        fn = k["file"]; path = os.path.join(HERE, fn)
        e = lambda msg: errs.append(f"{fn}: {msg}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        text, nums = docx_content(path) if fn.endswith(".docx") else xlsx_content(path)
        low = text.casefold()
        uid = k["unit"]["id"]
        if uid not in nm:
            e(f"unknown unit id {uid}")
        elif k["unit"]["name"] != nm[uid][0]:
            e("unit name is not the official name")
        elif not any(norm(a).casefold() in low for a in nm[uid]):
            e("unit name not found in file")
        if not has_date(text, k["document"]["date"]):
            e("date not found")
        if k["document"]["number"] and k["document"]["number"] not in text:
            e("number not found")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                e("rejected file must have no entries and a reason")
            continue
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS: e(f"bad task {en['task']}")
            if en["task"] in seen: e(f"duplicate task {en['task']}")
            seen.add(en["task"])
            if en["status"] not in STATUSES: e(f"bad status {en['status']}")
            for ind, v in en["indicators"].items():
                if ind not in INDS: e(f"bad indicator {ind}")
                if not has_figure(text, nums, v): e(f"{en['task']} {ind}={v} not found")
        if not 3 <= len(k["entries"]) <= 10:
            e("entries count out of 3..10")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in text:
                e(f"difficulty/proposal not found: {d[:50]}")
    for x in errs:
        print("FAIL", x)
    print(f"{len(truths)} keys checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
