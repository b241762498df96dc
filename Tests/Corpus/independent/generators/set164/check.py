# -*- coding: utf-8 -*-
"""Reopen every final file of set164 independently of gen.py and verify its key."""
import csv, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
IND = set("training_courses participants communications enterprises_supported inspections "
          "establishments_inspected violations fines_vnd samples_tested instruments_verified "
          "standards_reviewed budget_spent_vnd".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


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
                        elif el.tag == W + "tab":
                            buf.append("\t")
                        elif el.tag in (W + "br", W + "cr"):
                            buf.append("\n")
                    out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)


WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
MULT = {"tỷ": 10 ** 9, "tỉ": 10 ** 9, "triệu": 10 ** 6, "tr": 10 ** 6, "nghìn": 10 ** 3, "ngàn": 10 ** 3}


def numbers(text):
    vals = set()
    t = norm(text)
    for m in re.finditer(r"(?<![\d])(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?\s*(tỷ|tỉ|triệu|tr|nghìn|ngàn)?", t):
        whole, dec, mult = m.group(1), m.group(2), m.group(3)
        if mult:
            x = float(whole.replace(".", "").replace(" ", "") + ("." + dec if dec else ""))
            vals.add(int(round(x * MULT[mult])))
        else:
            vals.add(int(whole.replace(".", "").replace(" ", "")))
            # also the plain token parts (e.g. "3 870" read as 3 and 870)
            for part in re.split(r"[. ]", whole):
                vals.add(int(part))
    for w, v in WORDS.items():
        if re.search(r"(?<!\w)" + w + r"(?!\w)", t):
            vals.add(v)
    return vals


def date_forms(iso):
    y, m, d = iso.split("-")
    dd, mm = int(d), int(m)
    forms = set()
    for D in {str(dd), "%02d" % dd}:
        for M in {str(mm), "%02d" % mm}:
            forms.add("ngày %s tháng %s năm %s" % (D, M, y))
            forms.add("%s/%s/%s" % (D, M, y))
    return forms


def main():
    agencies = {r["id"]: r for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
    communes = {r["code"]: r["name"] for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8"))}
    keys = sorted(os.listdir(TRUTH))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errs = []
    if len(keys) != len(files):
        errs.append("keys %d != files %d" % (len(keys), len(files)))
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kf in keys:
        k = json.load(open(os.path.join(TRUTH, kf), encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        e = lambda m: errs.append("%s: %s" % (fn, m))
        if kf != fn + ".json":
            e("key file name mismatch")
        if not os.path.exists(path):
            e("missing file")
            continue
        counts["docx" if fn.endswith(".docx") else "xlsx"] += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        text = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        if k["status"] == "rejected":
            counts["rejected"] += 1
            if not k["reason"] or k["entries"]:
                e("rejected key needs reason and no entries")
        # unit
        u = k["unit"]
        if u:
            uid = u["id"]
            names = [u["name"]]
            if uid in agencies:
                if agencies[uid]["name"] != u["name"]:
                    e("agency name differs from agencies.csv")
                names += [a for a in agencies[uid]["aliases"].split(";") if a]
            elif communes.get(uid) != u["name"]:
                e("unit id/name not in communes list")
            if not any(norm(n) in nt for n in names):
                e("unit name not found in file")
        # date / number
        dt = k["document"]["date"]
        if dt and not any(norm(f) in nt for f in date_forms(dt)):
            e("date %s not found" % dt)
        no = k["document"]["number"]
        if no and norm(no) not in nt:
            e("number %s not found" % no)
        nums = numbers(text)
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS:
                e("bad task " + en["task"])
            if en["task"] in seen:
                e("duplicate task " + en["task"])
            seen.add(en["task"])
            if en["status"] not in STAT:
                e("bad status " + en["status"])
            for ind, v in en["indicators"].items():
                if ind not in IND:
                    e("bad indicator " + ind)
                if not isinstance(v, int) or v not in nums:
                    e("%s %s=%s not found" % (en["task"], ind, v))
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in nt:
                e("text not found: " + item[:60])
    for x in errs:
        print("FAIL", x)
    print("files: %(docx)d docx, %(xlsx)d xlsx, %(rejected)d rejected" % counts)
    print("check.py: %s" % ("PASS" if not errs else "FAIL (%d)" % len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
