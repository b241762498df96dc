# -*- coding: utf-8 -*-
"""Reopen every file of set 64 independently of gen.py and verify its key."""
import os, sys, json, re, glob, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUS = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def docx_text(path):
    out, nums = [], []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return norm("\n".join(out)), nums

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)): nums.append(v)
                parts.append(str(v))
    return norm("\n".join(parts)), nums

def forms(v):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
        if v >= div and v % (div // 1000) == 0:
            x = v / div
            s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word); f.add(s + " tr")
    return f

def has_figure(text, nums, v):
    if any(isinstance(n, (int, float)) and n == v for n in nums):
        return True
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d])", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}"); out.add(f"{dd}/{mm}/{y}")
    return out

def main():
    bad = 0; n = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("MISMATCH between files and keys"); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"]); n += 1
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        low = text.lower()
        if k["unit"]["name"].lower() not in low:
            errs.append("unit name " + k["unit"]["name"])
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append("number")
        if not any(df.lower() in low for df in date_forms(k["document"]["date"])):
            errs.append("date " + k["document"]["date"])
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]: errs.append("rejected key shape")
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["status"] not in STATUS: errs.append("status " + e["status"])
            for ik, iv in e["indicators"].items():
                if ik not in IND: errs.append("indicator id " + ik)
                elif not has_figure(text, nums, iv): errs.append(f"figure {e['task']} {ik}={iv}")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append("duplicate task entries")
        for item in k["difficulties"] + k["proposals"]:
            if norm(item).lower() not in low: errs.append("missing item: " + item[:50])
        print(("OK  " if not errs else "FAIL"), k["file"], "; ".join(errs))
        bad += bool(errs)
    print(f"{n} files, {bad} failing")
    sys.exit(1 if bad else 0)

main()
