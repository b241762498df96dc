# -*- coding: utf-8 -*-
"""Independent check of set 42: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = "II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split()
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml") and any(k in n for k in ("document", "footnotes", "endnotes", "header", "footer")):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join((t.text or "") if t.tag == W + "t" else "\t" for t in p.iter() if t.tag in (W + "t", W + "tab")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}"}
    if n >= 1_000_000:
        m = n / 1_000_000
        f.add(f"{m:g}".replace(".", ",") + " triệu")
        f.add(f"{m:g}".replace(".", ",") + "tr")
    if n in WORDS:
        f.add(WORDS[n])
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s.casefold()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    out = set()
    for dd in {str(d), f"{d:02d}"}:
        for mm in {str(m), f"{m:02d}"}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("FAIL: truth files do not match report files"); errors += 1
    for k in keys:
        t = json.load(open(k, encoding="utf-8"))
        path = os.path.join(HERE, t["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
            errs.append("sha256")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if norm(t["unit"]["name"]) not in text:
            errs.append("unit name " + t["unit"]["name"])
        if t["document"]["date"] and not any(df in text for df in date_forms(t["document"]["date"])):
            errs.append("date " + t["document"]["date"])
        if t["document"]["number"] and norm(t["document"]["number"]) not in text:
            errs.append("number")
        if t["status"] not in ("extracted", "rejected"):
            errs.append("status")
        if t["status"] == "rejected" and (t["entries"] or not t["reason"]):
            errs.append("rejected key shape")
        seen = set()
        for e in t["entries"]:
            if e["task"] not in TASKS or e["task"] in seen:
                errs.append("task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STAT:
                errs.append("status " + e["status"])
            for iid, v in e["indicators"].items():
                if iid not in IND or not isinstance(v, int):
                    errs.append(f"indicator id {iid}")
                if not has_number(text, v):
                    errs.append(f"figure {e['task']} {iid}={v} not found")
        for d in t["difficulties"] + t["proposals"]:
            if norm(d) not in text:
                errs.append("text missing: " + d[:50])
        print(("OK   " if not errs else "FAIL ") + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
        errors += bool(errs)
    print(f"{len(keys) - errors} passed, {errors} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
