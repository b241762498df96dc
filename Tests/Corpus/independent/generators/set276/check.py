# -*- coding: utf-8 -*-
"""Independent check of set 276: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each truth key against it. Does not import gen.py or content.py."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile, datetime
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDIC = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
         "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
         "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


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
                    elif el.tag in (W + "tab", W + "br"):
                        buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                if isinstance(v, (datetime.date, datetime.datetime)):
                    out.append(v.strftime("%d/%m/%Y"))
                out.append(str(v))
    return "\n".join(out)


def num_forms(n):
    n = int(n)
    forms = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    for unit, word in ((10**6, "triệu"), (10**9, "tỷ")):
        if n >= unit:
            x = n / unit
            s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            forms.add(f"{s} {word}")
    return forms


def has_number(text, n):
    for f in num_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_present(text, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    pats = [rf"ngày 0?{d} tháng 0?{m} năm {y}", rf"0?{d}/0?{m}/{y}", rf"0?{d}-0?{m}-{y}", rf"0?{d}\.0?{m}\.{y}"]
    return any(re.search(p, text) for p in pats)


def aliases(uid, name):
    al = [name]
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["id"] == uid:
                al += [a for a in row["aliases"].split(";") if a]
    return al


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx")))
    if len(keys) != len(files):
        print(f"ERROR: {len(files)} files but {len(keys)} keys"); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        text = norm(docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        low = text.casefold()
        if not any(norm(a).casefold() in low for a in aliases(k["unit"]["id"], k["unit"]["name"])):
            errs.append(f"unit name not found: {k['unit']['name']}")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errs.append(f"number not found: {k['document']['number']}")
        if not date_present(text, k["document"]["date"]):
            errs.append(f"date not found: {k['document']['date']}")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key must have reason and no entries")
        else:
            seen = set()
            for e in k["entries"]:
                if e["task"] not in TASKS: errs.append(f"bad task {e['task']}")
                if e["task"] in seen: errs.append(f"duplicate task {e['task']}")
                seen.add(e["task"])
                if e["status"] not in STATUSES: errs.append(f"bad status {e['status']}")
                for ind, v in e["indicators"].items():
                    if ind not in INDIC: errs.append(f"bad indicator {ind}")
                    if not isinstance(v, int): errs.append(f"non-int {ind}={v}")
                    elif not has_number(text, v): errs.append(f"{e['task']} {ind}={v} not in file")
            for d in k["difficulties"] + k["proposals"]:
                if norm(d) not in text:
                    errs.append(f"difficulty/proposal not found: {d[:60]}")
        for e in errs:
            print(f"FAIL {k['file']}: {e}")
        errors += len(errs)
        if not errs:
            print(f"ok   {k['file']} ({k['status']}, {len(k['entries'])} entries)")
    print("PASS" if not errors else f"{errors} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
