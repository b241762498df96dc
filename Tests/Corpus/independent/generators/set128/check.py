# -*- coding: utf-8 -*-
"""Independent check of set128: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key in truth/: sha256, unit name, date, every keyed figure in some written
form, every difficulty and proposal. Does not import gen.py."""
import csv, datetime, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {f"II.{g}.{l}" for g, ls in [(1, "ab"), (2, ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]),
                                      (3, "abcd"), (4, "abc"), (5, "abcd"), (6, "ab")] for l in ls}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                    elif el.tag == W + "tab":
                        buf.append("\t")
                out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, bool):
                    out.append(str(v))
                elif isinstance(v, (int, float)):
                    nums.append(v)
                    out.append(str(v))
                elif isinstance(v, (datetime.date, datetime.datetime)):
                    out.append(v.strftime("%d/%m/%Y"))
                else:
                    out.append(str(v))
    return "\n".join(out), nums


def dec(x):
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def variants(n, money=False):
    v = {str(n), f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n:02d}", f"{n:03d}"}
    if money:
        for div, ws in [(10**6, ["triệu", "tr"]), (10**9, ["tỷ", "tỉ"]), (10**3, ["nghìn", "ngàn", "k"])]:
            q = n / div
            if abs(q * 1000 - round(q * 1000)) < 1e-6 and q >= 0.001:
                for w in ws:
                    v.add(f"{dec(q)} {w}")
                    v.add(f"{dec(q)}{w}")
    return v


def figure_found(n, text, nums, money=False):
    for v in variants(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(v.casefold()) + r"(?![\d]|[.,]\d)", text):
            return True
    if n in WORDS and re.search(r"\b" + WORDS[n] + r"\b", text):
        return True
    for x in nums:
        if abs(x - n) < 1e-6 or (money and any(abs(x * d - n) < 0.5 for d in (10**3, 10**6, 10**9))):
            return True
    return False


def date_found(iso, text):
    y, m, d = iso.split("-")
    ds, ms = {d, str(int(d))}, {m, str(int(m))}
    for a in ds:
        for b in ms:
            for pat in (f"ngày {a} tháng {b} năm {y}", f"{a}/{b}/{y}", f"{a}-{b}-{y}", f"{a}.{b}.{y}"):
                if pat.casefold() in text:
                    return True
    return False


def unit_names(uid):
    names = set()
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["id"] == uid:
                names.add(r["name"])
                names |= {a for a in r["aliases"].split(";") if a}
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["code"] == uid and r["province_code"] == "79":
                names.add(r["name"])
    return {norm(x) for x in names}


def main():
    errors = []
    keys = sorted(f for f in os.listdir(TRUTH) if f.endswith(".json"))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(k[:-5] for k in keys) != files:
        errors.append(f"file/key mismatch: {set(files) ^ set(k[:-5] for k in keys)}")
    for k in keys:
        t = json.load(open(os.path.join(TRUTH, k), encoding="utf-8"))
        fn = t["file"]
        path = os.path.join(HERE, fn)
        e = lambda msg: errors.append(f"{fn}: {msg}")
        if not os.path.exists(path):
            e("missing file")
            continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
            e("sha256 mismatch")
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings",
                    "difficulties", "proposals"):
            if fld not in t:
                e(f"missing field {fld}")
        raw, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        uid, uname = t["unit"]["id"], t["unit"]["name"]
        names = unit_names(uid)
        if not names:
            e(f"unknown unit id {uid}")
        if norm(uname) not in names:
            e(f"unit name {uname!r} is not the id's name/alias")
        if not any(n in text for n in names):
            e(f"unit name for {uid} not found in file")
        if t["document"]["date"] and not date_found(t["document"]["date"], text):
            e(f"date {t['document']['date']} not found")
        if t["document"]["number"] and norm(t["document"]["number"]) not in text:
            e(f"number {t['document']['number']} not found")
        if t["status"] == "rejected":
            if not t["reason"] or t["entries"]:
                e("rejected key needs reason and no entries")
        else:
            if t["status"] != "extracted":
                e("bad status")
            seen = set()
            for en in t["entries"]:
                if en["task"] not in TASKS:
                    e(f"bad task {en['task']}")
                if en["task"] in seen:
                    e(f"duplicate task {en['task']}")
                seen.add(en["task"])
                if en["status"] not in STATUSES:
                    e(f"bad status {en['status']}")
                for ind, val in en["indicators"].items():
                    if ind not in IND:
                        e(f"bad indicator {ind}")
                    if not isinstance(val, int):
                        e(f"{ind} not int")
                    elif not figure_found(val, text, nums, money=ind.endswith("_vnd")):
                        e(f"{en['task']} {ind}={val} not found")
        for s in t["difficulties"] + t["proposals"]:
            if norm(s) not in text:
                e(f"text item not found: {s[:60]}")
    n_docx = sum(f.endswith(".docx") for f in files)
    n_rej = sum(json.load(open(os.path.join(TRUTH, k), encoding="utf-8"))["status"] == "rejected" for k in keys)
    print(f"{len(files)} files ({n_docx} docx, {len(files) - n_docx} xlsx, {n_rej} rejected)")
    if errors:
        print("\n".join(errors))
        print("FAIL")
        sys.exit(1)
    print("check.py: all keys pass")


if __name__ == "__main__":
    main()
