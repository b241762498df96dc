# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify its answer key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a]
with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        if row["province_code"] == "79":
            ALIASES[row["code"]] = [row["name"], row["name"].split(" ", 1)[1] if not row["name"].startswith("Đặc khu") else row["name"][8:]]


def N(s):
    return unicodedata.normalize("NFC", s).lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t": buf.append(el.text or "")
            elif el.tag == W + "br": buf.append("\n")
            elif el.tag == W + "tab": buf.append("\t")
        out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool): nums.append(v)
                parts.append(str(v))
    return "\n".join(parts), nums


def forms(n):
    n = int(n)
    fs = {str(n), f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if n < 10: fs.add(f"{n:02d}")
    if n >= 1_000_000:
        for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
            if n % (div // 100) == 0:
                x = n / div
                s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                fs.add(f"{s} {word}")
    return fs


def has_number(text, nums, n):
    if any(abs(v - n) < 1e-9 for v in nums): return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text): return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-"); im, idd = int(m), int(d)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {idd} tháng {im} năm {y}", f"{d}/{m}/{y}", f"{idd}/{im}/{y}"}


def main():
    files = sorted(f for f in glob.glob(os.path.join(HERE, "*")) if f.endswith((".docx", ".xlsx")))
    errs = []
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    if len(keys) != len(files): errs.append(f"{len(files)} files but {len(keys)} keys")
    for path in files:
        fn = os.path.basename(path)
        kp = os.path.join(HERE, "truth", fn + ".json")
        if not os.path.exists(kp): errs.append(f"{fn}: no key"); continue
        k = json.load(open(kp, encoding="utf-8"))
        E = lambda m: errs.append(f"{fn}: {m}")
        if k["file"] != fn: E("file field")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: E("sha256 mismatch")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        T = N(text)
        if k["status"] not in ("extracted", "rejected"): E("bad status")
        if k["status"] == "rejected" and not k["reason"]: E("rejected without reason")
        u = k["unit"]
        if u:
            if u["id"] not in ALIASES: E(f"unknown unit id {u['id']}")
            elif not any(N(a) in T for a in ALIASES[u["id"]]): E(f"unit name not found {u}")
        doc = k["document"]
        if doc["date"] and not any(N(f) in T for f in date_forms(doc["date"])): E(f"date not found {doc['date']}")
        if doc["number"] and N(doc["number"]) not in T: E(f"number not found {doc['number']}")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: E(f"bad task {e['task']}")
            if e["task"] in seen: E(f"duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STATUSES: E(f"bad status {e['status']}")
            for iid, v in e["indicators"].items():
                if iid not in INDS: E(f"bad indicator {iid}")
                if not isinstance(v, int): E(f"non-integer {iid}={v}")
                if not has_number(text, nums, v): E(f"{e['task']} {iid}={v} not found")
        if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10): E(f"{len(k['entries'])} entries")
        for x in k["difficulties"] + k["proposals"]:
            if N(x) not in T: E(f"item not found: {x[:50]}")
    for e in errs: print("FAIL", e)
    print(f"{len(files)} files checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
