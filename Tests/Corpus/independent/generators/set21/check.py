#!/usr/bin/env python3
"""Independent checker: reopens every file in set21 (zip+XML for docx, openpyxl for xlsx) and checks its key."""
import csv, datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d "
            "II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
        "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}

units = {}
for row in csv.reader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
    if len(row) >= 4 and row[3] == "79": units[row[0]] = [row[1]]
for row in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
    units[row["id"]] = [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a]

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("–", "-")
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                t = []
                for el in p.iter():
                    if el.tag == W + "t": t.append(el.text or "")
                    elif el.tag == W + "tab": t.append("\t")
                    elif el.tag in (W + "br", W + "cr"): t.append("\n")
                out.append("".join(t))
    return "\n".join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, datetime.datetime):
                    out.append(v.strftime("%Y-%m-%d")); out.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, (int, float)):
                    nums.append(v); out.append(str(v))
                else: out.append(str(v))
    return "\n".join(out), nums

def grouped(n): return f"{n:,}".replace(",", ".")

def forms(ind, n):
    f = {str(n), f"{n:02d}", grouped(n)}
    if ind.endswith("_vnd"):
        m = n / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr", s + " tr"}
    return f

def has_number(text, nums, ind, n):
    if n in nums: return True
    t = norm(text)
    for f in forms(ind, n):
        if re.search(r"(?<![\d.,])" + re.escape(f.lower()) + r"(?![\d]|[.,]\d)", t): return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); mi, di = int(m), int(d)
    out = set()
    for dd in (d, str(di)):
        for mm in (m, str(mi)):
            out |= {f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}", f"{y}-{m}-{d}"}
    return {norm(x) for x in out}

def main():
    errs, n_ok = [], 0
    files = sorted(f for f in os.listdir(ROOT) if f.endswith((".docx", ".xlsx")))
    keys = sorted(os.path.basename(k)[:-5] for k in glob.glob(os.path.join(ROOT, "truth", "*.json")))
    if files != keys: errs.append(f"files/keys mismatch: {set(files) ^ set(keys)}")
    for f in files:
        e = []
        kp = os.path.join(ROOT, "truth", f + ".json")
        if not os.path.exists(kp): continue
        k = json.load(open(kp, encoding="utf-8"))
        p = os.path.join(ROOT, f)
        if k["file"] != f: e.append("file field")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: e.append("sha256")
        text, nums = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
        nt = norm(text)
        if k["status"] == "rejected":
            if not k.get("reason"): e.append("rejected without reason")
            if k["entries"]: e.append("rejected with entries")
        else:
            if k["status"] != "extracted": e.append("bad status")
            uid = k["unit"]["id"]
            if uid not in units: e.append(f"unknown unit {uid}")
            else:
                names = units[uid] + [k["unit"]["name"]]
                short = [re.sub(r"^(phường|xã|đặc khu) ", "", norm(x)) for x in names]
                if not any(norm(x) in nt for x in names) and not any(s in nt for s in short):
                    e.append(f"unit name not in text: {names}")
            num = k["document"]["number"]
            if num and norm(num) not in nt: e.append(f"number {num} not in text")
            dt = k["document"]["date"]
            if dt and not any(x in nt for x in date_forms(dt)): e.append(f"date {dt} not in text")
            seen = set()
            for en in k["entries"]:
                if en["task"] not in TASKS: e.append(f"bad task {en['task']}")
                if en["task"] in seen: e.append(f"dup task {en['task']}")
                seen.add(en["task"])
                if en["status"] not in STAT: e.append(f"bad status {en['status']}")
                for ind, v in en["indicators"].items():
                    if ind not in INDS: e.append(f"bad indicator {ind}")
                    if not isinstance(v, (int, float)) or isinstance(v, bool): e.append(f"non-number {ind}")
                    elif not has_number(text, nums, ind, v): e.append(f"{en['task']} {ind}={v} not in text")
            for x in k["difficulties"] + k["proposals"]:
                if norm(x) not in nt: e.append(f"item not in text: {x[:60]}")
        if e: errs.append(f"{f}: " + "; ".join(e))
        else: n_ok += 1
    for x in errs: print("FAIL", x)
    print(f"{n_ok}/{len(files)} files OK")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
