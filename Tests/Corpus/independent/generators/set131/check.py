# -*- coding: utf-8 -*-
"""Reopen every file of set131 independently of the generator and verify its key:
sha256, unit name (or an alias), report date, document number, every keyed figure in some
written form, every entry text, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

names = {}
for row in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
    names[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
for row in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
    if row["province_code"] == "79":
        names[row["code"]] = [row["name"]]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:tab/>", p)
                out.append("".join(ts))
    import html
    return [html.unescape(t) for t in out], set()


def xlsx_text(path):
    wb = load_workbook(path, data_only=True)
    texts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                    texts.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    texts.append(str(v))
    return texts, nums


WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def forms(n):
    n = int(n)
    f = {str(n), "%02d" % n, "%03d" % n, "{:,}".format(n).replace(",", "."), "{:,}".format(n), "{:,}".format(n).replace(",", " ")}
    if n in WORDS:
        f.add(WORDS[n])
    if n >= 1000000:
        for div, unit in ((1000000, "triệu"), (1000000000, "tỷ")):
            q = n / div
            if q >= 1:
                s = ("%g" % q).replace(".", ",")
                f.add(s + " " + unit)
                f.add(s + " tr")
    return f


def has_number(text, nums, n):
    if float(n) in nums:
        return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add("ngày %s tháng %s năm %s" % (dd, mm, y))
            out.add("%s/%s/%s" % (dd, mm, y))
    return out


fails = 0
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
if len(keys) != len(files):
    print("FAIL: %d keys for %d files" % (len(keys), len(files)))
    fails += 1
for kp in keys:
    k = json.load(open(kp, encoding="utf-8"))
    fn = k["file"]
    path = os.path.join(HERE, fn)
    errs = []
    if not os.path.exists(path):
        print("FAIL", fn, "missing"); fails += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    texts, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
    text = norm("\n".join(texts))
    low = text.lower()
    if k["status"] not in ("extracted", "rejected"):
        errs.append("status value")
    if k["status"] == "rejected" and not k.get("reason"):
        errs.append("rejected without reason")
    u = k["unit"]
    if u and u.get("id"):
        cands = names.get(u["id"])
        if not cands:
            errs.append("unknown unit id " + u["id"])
        elif u["name"] != cands[0]:
            errs.append("unit name differs from reference list")
        elif not any(norm(c).lower() in low for c in cands):
            errs.append("unit name not in file")
    doc = k["document"]
    if doc.get("date") and not any(df in text for df in date_forms(doc["date"])):
        errs.append("date %s not found" % doc["date"])
    if doc.get("number") and norm(doc["number"]) not in text:
        errs.append("number %s not found" % doc["number"])
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS:
            errs.append("bad task " + e["task"])
        if e["task"] in seen:
            errs.append("duplicate task " + e["task"])
        seen.add(e["task"])
        if e["status"] not in STATUSES:
            errs.append("bad status " + e["status"])
        if norm(e["text"]) not in text:
            errs.append("entry text not found: " + e["text"][:50])
        for ind, v in e["indicators"].items():
            if ind not in INDS:
                errs.append("bad indicator " + ind)
            if not isinstance(v, int):
                errs.append("non-integer figure %s" % ind)
            if not has_number(text, nums, v):
                errs.append("figure %s=%s (%s) not found" % (ind, v, e["task"]))
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in text:
            errs.append("item not found: " + s[:60])
    if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10):
        errs.append("entries count %d" % len(k["entries"]))
    if errs:
        fails += 1
        print("FAIL", fn)
        for x in errs:
            print("    ", x)
    else:
        print("ok  ", fn, "(%s, %d entries)" % (k["status"], len(k["entries"])))
print("PASS" if not fails else "%d file(s) failed" % fails)
sys.exit(1 if fails else 0)
