# -*- coding: utf-8 -*-
"""Independent check of set 114: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join((t.text or "") for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    out = []
    for data_only in (False, True):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n, money):
    f = {str(n), f"{n:02d}", dotted(n)}
    if money:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        for u in ("triệu", "tr", "trđ"):
            f.add(f"{ms} {u}"); f.add(f"{ms}{u}")
    return f


def has_number(text, n, money):
    for f in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errs = []
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errs.append("files and keys differ")
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kp in keys:
        K = json.load(open(kp, encoding="utf-8"))
        fn = K["file"]; path = os.path.join(HERE, fn)
        ext = fn.rsplit(".", 1)[1]; counts[ext] += 1
        def bad(msg):
            errs.append(f"{fn}: {msg}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != K["sha256"]:
            bad("sha256 mismatch")
        raw = docx_text(path) if ext == "docx" else xlsx_text(path)
        text = norm(raw)
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"):
            if fld not in K:
                bad("missing field " + fld)
        if K["status"] == "rejected":
            counts["rejected"] += 1
            if not K["reason"]:
                bad("rejected without reason")
        elif K["status"] != "extracted":
            bad("bad status")
        if norm(K["unit"]["name"]) not in text:
            bad("unit name not found: " + K["unit"]["name"])
        if K["document"]["number"] and norm(K["document"]["number"]) not in text:
            bad("number not found")
        if not any(norm(f) in text for f in date_forms(K["document"]["date"])):
            bad("date not found")
        seen = set()
        for e in K["entries"]:
            if e["task"] not in TASKS: bad("bad task " + e["task"])
            if e["task"] in seen: bad("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES: bad("bad status " + e["status"])
            for iid, v in e["indicators"].items():
                if iid not in IND: bad("bad indicator " + iid)
                if not isinstance(v, int): bad(f"non-integer {iid}")
                if not has_number(text, v, iid.endswith("_vnd")):
                    bad(f"{e['task']} {iid}={v} not found in any written form")
        for item in K["difficulties"] + K["proposals"]:
            if norm(item) not in text:
                bad("difficulty/proposal not found: " + item[:60])
    for e in errs:
        print("FAIL", e)
    print(f"{len(keys)} files: {counts['docx']} DOCX, {counts['xlsx']} XLSX, {counts['rejected']} mistaken")
    print("check: " + ("FAILED" if errs else "PASSED"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
