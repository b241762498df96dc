# -*- coding: utf-8 -*-
"""Independent checker for set137: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each truth key against the file's own content."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
MONEY = {"fines_vnd", "budget_spent_vnd"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag == W + "tab" and el is not p:
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(path):
    wb = load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append("#sheet " + ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n, money=False):
    f = {str(n), dotted(n)}
    if 0 <= n < 10:
        f.add("%02d" % n)
    if money:
        for unit, div in (("triệu", 10**6), ("tỷ", 10**9), ("tr", 10**6), ("nghìn", 10**3), ("ngàn", 10**3)):
            if n % (div // 1000 or 1) == 0 and n >= div:
                v = n / div
                s = ("%.3f" % v).rstrip("0").rstrip(".").replace(".", ",")
                f.add(s + " " + unit)
                f.add(s + unit)
    return f


def has_number(text, n, money=False):
    for fm in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def squash(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().casefold()


def main():
    errors = []
    tdir = os.path.join(HERE, "truth")
    keys = sorted(os.listdir(tdir))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(k[:-5] for k in keys) != files:
        errors.append("files and keys differ: %s vs %s" % (files, keys))
    for kf in keys:
        k = json.load(open(os.path.join(tdir, kf), encoding="utf-8"))
        fname = k["file"]
        path = os.path.join(HERE, fname)
        err = lambda m: errors.append(f"{fname}: {m}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            err("sha256 mismatch")
        raw = docx_text(path) if fname.endswith(".docx") else xlsx_text(path)
        text = nfc(raw)
        low = squash(text)
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings",
                    "difficulties", "proposals"):
            if fld not in k:
                err("missing field " + fld)
        if k["unit"]["name"] and squash(k["unit"]["name"]) not in low:
            err("unit name not found: " + k["unit"]["name"])
        if k["document"]["date"] and not any(squash(f) in low for f in date_forms(k["document"]["date"])):
            err("date not found: " + k["document"]["date"])
        if k["document"]["number"] and k["document"]["number"].casefold() not in low:
            err("number not found: " + k["document"]["number"])
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                err("rejected key must have reason and no entries")
            continue
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                err("bad task " + e["task"])
            if e["task"] in seen:
                err("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                err("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS:
                    err("bad indicator " + ind)
                if not isinstance(v, int):
                    err(f"non-integer {ind}={v}")
                elif not has_number(text, v, ind in MONEY):
                    err(f"{e['task']} {ind}={v} not found in any written form")
        for lst in ("difficulties", "proposals"):
            for item in k[lst]:
                if squash(item) not in low:
                    err(f"{lst} item not found: {item[:60]}")
    if errors:
        print("\n".join(errors))
        print("FAIL:", len(errors), "problems")
        sys.exit(1)
    print("OK:", len(keys), "files checked")


if __name__ == "__main__":
    main()
