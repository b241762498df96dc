# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify it against its key."""
import hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + "p"):
                    s = "".join((t.text or "") if t.tag == W + "t" else ("\t" if t.tag == W + "tab" else "\n")
                                for t in para.iter() if t.tag in (W + "t", W + "tab", W + "br"))
                    out.append(s)
    return "\n".join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" \t ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def forms(v):
    v = int(v)
    f = {str(v), "%02d" % v, "{:,}".format(v).replace(",", ".")}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1000000
        ms = ("%d" % m) if m == int(m) else ("%.1f" % m).replace(".", ",")
        f |= {ms + " triệu", ms + "tr", ms + " tr"}
    return f


def has_num(text, v):
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return {"ngày %s tháng %s năm %s" % (d, m, y), "ngày %d tháng %d năm %s" % (int(d), int(m), y),
            "%s/%s/%s" % (d, m, y), "%d/%d/%s" % (int(d), int(m), y)}


def main():
    bad = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "truth")) if f.endswith(".json"))
    if files != keys:
        print("file/key mismatch", set(files) ^ set(keys)); bad += 1
    for f in files:
        k = json.load(open(os.path.join(HERE, "truth", f + ".json"), encoding="utf-8"))
        p = os.path.join(HERE, f)
        errs = []
        if k["file"] != f: errs.append("file field")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        raw = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
        t = norm(raw)
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in t: errs.append("unit name")
        if k["document"]["date"] and not any(norm(x) in t for x in date_forms(k["document"]["date"])): errs.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]: errs.append("rejected key shape")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["task"] in seen: errs.append("dup task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STAT: errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in IND: errs.append("indicator " + ind)
                if not has_num(t, v): errs.append("figure %s=%s (%s)" % (ind, v, e["task"]))
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in t: errs.append("text missing: " + x[:50])
        print(("OK  " if not errs else "BAD ") + f + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("FAIL" if bad else "PASS", len(files), "files")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
