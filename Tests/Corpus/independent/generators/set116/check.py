# -*- coding: utf-8 -*-
"""Independent check of set116: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each answer key against what is actually written in it."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
for line in open("/work/shared/data/agencies.csv", encoding="utf-8").read().splitlines()[1:]:
    parts = line.split(",")
    AG[parts[0]] = [parts[1]] + [a for a in parts[3].split(";") if a]
COMM = {}
for line in open("/work/shared/data/communes-2025.csv", encoding="utf-8").read().splitlines()[1:]:
    p = line.split(",")
    COMM[p[0]] = (p[1], p[3])
VALID_TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd",
                                              4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums


MULT = {"tỷ": 10**9, "triệu": 10**6, "tr": 10**6, "nghìn": 10**3, "ngàn": 10**3}


def numbers_in(text):
    vals = set()
    for m in re.finditer(r"(?<![\d/])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(tỷ|triệu|tr|nghìn|ngàn))?", text):
        whole = int(m.group(1).replace(".", ""))
        frac = m.group(2)
        mult = MULT.get(m.group(3), 1)
        v = float(f"{whole}.{frac}") if frac else whole
        vals.add(round(v * mult))
        if frac is None:
            vals.add(whole)
    return vals


def date_forms(iso):
    y, m, d = iso.split("-")
    forms = {f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}",
             f"{int(d)}/{int(m)}/{y}"}
    return [norm(f) for f in forms]


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    errs = []
    if len(keys) != len(files):
        errs.append(f"{len(files)} files but {len(keys)} keys")
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    units = set()
    for f in files:
        kp = os.path.join(HERE, "truth", f + ".json")
        if not os.path.exists(kp):
            errs.append(f"{f}: no key"); continue
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, f)
        counts[f.rsplit(".", 1)[1]] += 1
        if k["file"] != f:
            errs.append(f"{f}: key file field {k['file']}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append(f"{f}: sha256 mismatch")
        text, cellnums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        # unit
        uid, uname = k["unit"]["id"], k["unit"]["name"]
        units.add(uid)
        if uid in COMM:
            if COMM[uid][0] != uname or COMM[uid][1] != "79":
                errs.append(f"{f}: unit {uid} name/province mismatch")
            names = [uname]
        elif uid in AG:
            if AG[uid][0] != uname:
                errs.append(f"{f}: agency name mismatch")
            names = AG[uid]
        else:
            errs.append(f"{f}: unknown unit id {uid}"); names = [uname]
        if not any(norm(n) in nt for n in names):
            # the header may break a long name over lines; try without spaces
            if not any(norm(n).replace(" ", "") in nt.replace(" ", "") for n in names):
                errs.append(f"{f}: unit name not found")
        # document
        if k["document"]["date"] and not any(df in nt for df in date_forms(k["document"]["date"])):
            errs.append(f"{f}: date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append(f"{f}: number not found")
        if k["status"] == "rejected":
            counts["rejected"] += 1
            if k["entries"] or not k["reason"]:
                errs.append(f"{f}: rejected key must have reason and no entries")
            continue
        if k["status"] != "extracted":
            errs.append(f"{f}: bad status")
        vals = numbers_in(text) | {round(x) for x in cellnums}
        seen = set()
        if not 3 <= len(k["entries"]) <= 10:
            errs.append(f"{f}: {len(k['entries'])} entries")
        for e in k["entries"]:
            if e["task"] not in VALID_TASKS:
                errs.append(f"{f}: bad task {e['task']}")
            if e["task"] in seen:
                errs.append(f"{f}: duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STAT:
                errs.append(f"{f}: bad status {e['status']}")
            for ik, iv in e["indicators"].items():
                if ik not in IND:
                    errs.append(f"{f}: bad indicator {ik}")
                if not isinstance(iv, int):
                    errs.append(f"{f}: {ik} not integer")
                if iv not in vals:
                    errs.append(f"{f}: {e['task']} {ik}={iv} not written in file")
        for t in k["difficulties"] + k["proposals"]:
            if norm(t) not in nt:
                errs.append(f"{f}: item not found: {t[:50]}")
    if len(units) != len(files):
        errs.append("units are not all different")
    print(f"{len(files)} files: {counts['docx']} DOCX, {counts['xlsx']} XLSX, {counts['rejected']} rejected")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
