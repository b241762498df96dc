# -*- coding: utf-8 -*-
"""Reopen every file of set153 independently of gen.py (zip+XML for DOCX, openpyxl for
XLSX) and verify it against truth/<file>.json: sha256, unit name, date, every keyed
figure in some written form, every difficulty and proposal, key shape."""
import os, re, sys, json, glob, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
         "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join((t.text or "") for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), dotted(n), f"{n:,}".replace(",", " ")}
    if n < 100:
        f.add(f"{n:02d}")
    if n >= 1_000_000 and n % 100_000 == 0:
        m, r = divmod(n, 1_000_000)
        dec = str(r // 100_000) if r else ""
        base = f"{m},{dec}" if dec else f"{m}"
        f |= {base + " triệu", base + "tr", base + " tr", base + " trđ"}
        if dec:
            f.add(f"{m}tr{dec}")
    return f


def has_number(text, n):
    for fm in forms(n):
        pat = r"(?<![\d.,])" + re.escape(fm.lower()) + r"(?![\d]|[.,]\d)"
        if re.search(pat, text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    dd, mm = int(d), int(m)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {dd} tháng {mm} năm {y}", f"{d}/{m}/{y}", f"{dd}/{mm}/{y}", f"{d}-{m}-{y}"}


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    errs = []
    if len(keys) != len(files):
        errs.append(f"{len(keys)} keys for {len(files)} files")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        f = k["file"]
        p = os.path.join(HERE, f)
        E = lambda m: errs.append(f"{f}: {m}")
        if not os.path.exists(p):
            E("missing file")
            continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
            E("sha256 mismatch")
        text = norm(docx_text(p) if f.endswith(".docx") else xlsx_text(p))
        if k["status"] not in ("extracted", "rejected"):
            E("bad status")
        if k["status"] == "rejected" and not k["reason"]:
            E("rejected without reason")
        if k["unit"]["name"] and norm(k["unit"]["name"]) not in text:
            # header may say "UBND XÃ ..." – accept the name without its kind word only if kind also present
            E("unit name not found: " + k["unit"]["name"])
        if k["document"]["date"] and not any(norm(x) in text for x in date_forms(k["document"]["date"])):
            E("date not found " + k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            E("number not found " + k["document"]["number"])
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                E("bad task " + e["task"])
            if e["task"] in seen:
                E("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                E("bad entry status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS:
                    E("bad indicator " + ind)
                if not isinstance(v, int):
                    E(f"non-int {ind}")
                if not has_number(text, v):
                    E(f"{e['task']} {ind}={v} not found")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text:
                E("text not found: " + x[:60])
        if k["status"] == "extracted" and not k["entries"]:
            E("no entries")
    n_docx = sum(f.endswith(".docx") for f in files)
    n_rej = sum(json.load(open(kp, encoding="utf-8"))["status"] == "rejected" for kp in keys)
    print(f"{len(files)} files: {n_docx} DOCX, {len(files) - n_docx} XLSX, {n_rej} mistaken")
    if errs:
        print("\n".join(errs))
        print("FAIL")
        sys.exit(1)
    print("check.py: all keys pass")


if __name__ == "__main__":
    main()
