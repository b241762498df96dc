# -*- coding: utf-8 -*-
"""Independent check of set148: reopens every final file (zip+XML for DOCX, openpyxl
for XLSX) and verifies each key: sha256, unit name, date, every keyed figure in some
written form, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def N(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", N(s)).strip().casefold()


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
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
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
                    if float(v).is_integer():
                        nums.add(int(v))
                    out.append(str(v))
                else:
                    out.append(str(v))
    return "\n".join(out), nums


def forms(n):
    f = {str(n), "%02d" % n}
    s = "{:,}".format(n)
    f |= {s.replace(",", "."), s.replace(",", " "), s}
    for div, word in ((10 ** 9, "tỷ"), (10 ** 6, "triệu")):
        if n >= div and n % (div // 100) == 0:
            x = n / div
            t = ("%.2f" % x).rstrip("0").rstrip(".").replace(".", ",")
            f.add(t + " " + word)
    if n in WORDS:
        f.add(WORDS[n])
    return f


def has_number(text, nums, n):
    if n in nums:
        return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def unit_names(uid, name):
    names = {name}
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["id"] == uid:
                names.add(r["name"])
                names |= {a for a in r["aliases"].split(";") if a}
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["code"] == uid:
                assert r["province_code"] == "79", uid
                names.add(r["name"])
    return names


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add("ngày %s tháng %s năm %s" % (dd, mm, y))
            out.add("%s/%s/%s" % (dd, mm, y))
    return out


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errs = []
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errs.append("files and keys differ")
    stats = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        f = k["file"]
        path = os.path.join(HERE, f)
        e = lambda m: errs.append(f + ": " + m)
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        stats[f.rsplit(".", 1)[1]] += 1
        text, nums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        if not any(norm(n) in nt for n in unit_names(k["unit"]["id"], k["unit"]["name"])):
            e("unit name not found")
        if k["document"]["date"] and not any(norm(x) in nt for x in date_forms(k["document"]["date"])):
            e("date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            e("number not found")
        if k["status"] == "rejected":
            stats["rejected"] += 1
            if k["entries"] or not k["reason"]:
                e("rejected key must have reason and no entries")
            continue
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS:
                e("bad task " + en["task"])
            if en["task"] in seen:
                e("duplicate task " + en["task"])
            seen.add(en["task"])
            if en["status"] not in STATUSES:
                e("bad status " + en["status"])
            for ind, v in en["indicators"].items():
                if ind not in INDS:
                    e("bad indicator " + ind)
                if not isinstance(v, int) or not has_number(text, nums, v):
                    e("figure %s=%s of %s not found" % (ind, v, en["task"]))
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in nt:
                e("text not found: " + item[:60])
    for x in errs:
        print("FAIL", x)
    print("files: %d (docx %d, xlsx %d, rejected %d)" % (len(keys), stats["docx"], stats["xlsx"], stats["rejected"]))
    print("OK" if not errs else "FAILED (%d)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
