# Reopens every final file (zip+XML for DOCX, openpyxl for XLSX) and checks it against its key.
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
        "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def groups(n, sep):
    s = str(n); parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def dec(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s.replace(".", ",")


def forms(n, money):
    f = {str(n), "%02d" % n, groups(n, "."), groups(n, " "), groups(n, ",")}
    if money:
        for div, words in ((1e6, ["triệu", "tr"]), (1e9, ["tỷ"])):
            if n >= div:
                for w in words:
                    f.add(dec(n / div) + " " + w)
    return f


def has_number(text, n, money):
    for form in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    m_, d_ = int(m), int(d)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {d_} tháng {m_} năm {y}", f"ngày {d_} tháng {m} năm {y}",
            f"ngày {d} tháng {m_} năm {y}", f"{d}/{m}/{y}", f"{d_}/{m_}/{y}"}


fails = 0
keys = sorted(f for f in os.listdir(os.path.join(HERE, "truth")) if f.endswith(".json"))
for kf in keys:
    k = json.load(open(os.path.join(HERE, "truth", kf), encoding="utf-8"))
    fn = k["file"]; path = os.path.join(HERE, fn); errs = []
    if kf != fn + ".json" or not os.path.exists(path):
        errs.append("file missing / key name mismatch")
    else:
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        text = norm(docx_text(path) if fn.endswith(".docx") else xlsx_text(path))
        low = text.casefold()
        if k["status"] not in ("extracted", "rejected"):
            errs.append("bad status")
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key must have reason and no entries")
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]).casefold() not in low:
            errs.append("unit name not found: " + k["unit"]["name"])
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append("number not found")
        if k["document"]["date"] and not any(df in text for df in date_forms(k["document"]["date"])):
            errs.append("date not found")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("bad task " + e["task"])
            if e["task"] in seen: errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES: errs.append("bad status " + e["status"])
            if norm(e["text"]) not in text: errs.append("entry text not in file: " + e["task"])
            for ind, v in e["indicators"].items():
                if ind not in INDS: errs.append("bad indicator " + ind)
                if not isinstance(v, int): errs.append("non-integer " + ind)
                elif not has_number(text, v, ind.endswith("_vnd")):
                    errs.append(f"figure not found {e['task']} {ind}={v}")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text:
                errs.append("difficulty/proposal not found: " + x[:50])
    print(("OK   " if not errs else "FAIL ") + fn)
    for er in errs:
        print("     -", er)
    fails += bool(errs)
print(f"{len(keys)} keys, {fails} failing")
sys.exit(1 if fails else 0)
