# -*- coding: utf-8 -*-
"""Independent check of set22: reopens every file (zip+XML for .docx, openpyxl
for .xlsx) and verifies its truth key. Does not import the generator."""
import os, sys, json, re, csv, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

def nfc(s): return unicodedata.normalize("NFC", s)
def norm(s): return re.sub(r"\s+", " ", nfc(s)).strip().lower()

def units():
    u = {}
    for r in csv.reader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
        if len(r) >= 4 and r[3] == "79": u[r[0]] = [r[1]]
    for r in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
        u[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    return u

def docx_text(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t": buf.append(el.text or "")
            elif el.tag == W + "tab": buf.append("\t")
            elif el.tag in (W + "br", W + "cr"): buf.append("\n")
        paras.append("".join(buf))
    return "\n".join(paras), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool): nums.add(v)
                parts.append(str(v))
    return "\n".join(parts), nums

def forms(v):
    v = int(v)
    out = {str(v), f"{v:,}".replace(",", ".")}
    if v < 10: out.add(f"0{v}")
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1000000
        s = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        out.update({s + " triệu", s + "tr"})
    return out

def has_number(text, v, nums):
    if v in nums: return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text): return True
    return False

def main():
    U = units()
    bad, n = [], 0
    for kf in sorted(os.listdir(os.path.join(ROOT, "truth"))):
        key = json.load(open(os.path.join(ROOT, "truth", kf), encoding="utf-8"))
        path = os.path.join(ROOT, key["file"])
        n += 1
        err = []
        if kf != key["file"] + ".json": err.append("key name mismatch")
        if not os.path.exists(path):
            bad.append((kf, ["file missing"])); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: err.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries",
                    "difficulties", "proposals", "findings"):
            if fld not in key: err.append("missing field " + fld)
        if key["status"] not in ("extracted", "rejected"): err.append("bad status")
        u = key.get("unit")
        if u:
            if u["id"] not in U: err.append("unknown unit id " + u["id"])
            elif nfc(u["name"]) != nfc(U[u["id"]][0]): err.append("unit name differs from reference")
            else:
                names = U[u["id"]]
                short = [re.sub(r" Thành phố Hồ Chí Minh$", "", x) for x in names]
                if not any(norm(x) in nt for x in names + short):
                    err.append("unit name not in file")
        doc = key["document"]
        if doc["number"] and norm(doc["number"]) not in nt: err.append("number not in file")
        if doc["date"]:
            y, m, d = doc["date"].split("-")
            pat = rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}"
            if not re.search(pat, nt): err.append("date not in file")
        if key["status"] == "rejected":
            if not key["reason"]: err.append("rejected without reason")
            if key["entries"]: err.append("rejected with entries")
        else:
            if not key["entries"]: err.append("no entries")
            seen = set()
            for e in key["entries"]:
                if e["task"] not in TASKS: err.append("bad task " + e["task"])
                if e["task"] in seen: err.append("dup task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in STATUSES: err.append("bad entry status")
                if e.get("text") and norm(e["text"]) not in nt: err.append("entry text not in file: " + e["task"])
                for k, v in e["indicators"].items():
                    if k not in INDS: err.append("bad indicator " + k)
                    if not has_number(text, v, nums): err.append(f"figure {e['task']} {k}={v} not in file")
            for lst in ("difficulties", "proposals"):
                for x in key[lst]:
                    if norm(x) not in nt: err.append(f"{lst} item not in file: {x[:40]}")
        if err: bad.append((kf, err))
    for kf, err in bad:
        print("FAIL", kf); [print("   ", e) for e in err]
    print(f"{n} keys checked, {n - len(bad)} pass, {len(bad)} fail")
    files = [f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f))]
    missing = [f for f in files if not os.path.exists(os.path.join(ROOT, "truth", f + ".json"))]
    if missing: print("files without key:", missing)
    sys.exit(1 if bad or missing else 0)

if __name__ == "__main__":
    main()
