# -*- coding: utf-8 -*-
"""Independent check of set249: reopens every file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, keyed figures, difficulties and proposals."""
import os, re, sys, json, glob, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, bool): out.append(str(v)); continue
                if isinstance(v, (int, float)):
                    nums.add(round(float(v), 3))
                out.append(str(v))
    return "\n".join(out), nums

def numbers_in(text):
    found = set()
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        tok = m.group(0)
        tail = text[m.end():m.end() + 8].strip().lower()
        mult = 1
        if tail.startswith("triệu") or tail.startswith("tr"): mult = 1_000_000
        if tail.startswith("tỷ"): mult = 1_000_000_000
        cands = set()
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok) or re.fullmatch(r"\d{1,3}(?:,\d{3})+", tok):
            cands.add(float(re.sub(r"[.,]", "", tok)))
        if re.fullmatch(r"\d+,\d+", tok): cands.add(float(tok.replace(",", ".")))
        if re.fullmatch(r"\d+\.\d+", tok): cands.add(float(tok))
        if re.fullmatch(r"\d+", tok): cands.add(float(tok))
        for c in cands:
            found.add(round(c, 3)); found.add(round(c * mult, 3))
    return found

UNITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
def words(d):
    if d < 10: return [UNITS[d]]
    if d == 10: return ["mười"]
    t, r = divmod(d, 10)
    head = "mười" if t == 1 else UNITS[t] + " mươi"
    if r == 0: return [head]
    opts = {1: ["một", "mốt"], 4: ["bốn", "tư"], 5: ["năm", "lăm"]}.get(r, [UNITS[r]])
    return [head + " " + o for o in opts]
MONTHW = {1: ["giêng", "một"], 2: ["hai"], 3: ["ba"], 4: ["tư", "bốn"], 5: ["năm"], 6: ["sáu"], 7: ["bảy"],
          8: ["tám"], 9: ["chín"], 10: ["mười"], 11: ["mười một"], 12: ["mười hai", "chạp"]}

def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    f = set()
    for dd in (str(d), f"{d:02d}"):
        for mm in (str(m), f"{m:02d}"):
            f.add(f"ngày {dd} tháng {mm} năm {y}"); f.add(f"{dd}/{mm}/{y}")
    for dw in words(d):
        for mw in MONTHW[m]:
            f.add(f"ngày {dw} tháng {mw} năm {y}")
    return {norm(x) for x in f}

def main():
    fails = 0; n = 0
    for tf in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        key = json.load(open(tf, encoding="utf-8"))
        path = os.path.join(HERE, key["file"]); n += 1
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256 mismatch")
        text, cellnums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        nums = numbers_in(text) | cellnums
        if key["unit"] and key["unit"]["name"] and norm(key["unit"]["name"]) not in nt:
            errs.append("unit name missing: " + key["unit"]["name"])
        if key["document"]["date"] and not any(f in nt for f in date_forms(key["document"]["date"])):
            errs.append("date missing: " + key["document"]["date"])
        if key["document"]["number"] and norm(key["document"]["number"]) not in nt:
            errs.append("number missing: " + key["document"]["number"])
        for e in key["entries"]:
            for iid, v in e["indicators"].items():
                if round(float(v), 3) not in nums:
                    errs.append(f"figure missing: {e['task']} {iid}={v}")
        for s in key["difficulties"] + key["proposals"]:
            if norm(s) not in nt:
                errs.append("text missing: " + s[:60])
        if key["status"] == "rejected" and key["entries"]:
            errs.append("rejected file with entries")
        print(("OK   " if not errs else "FAIL ") + key["file"])
        for e in errs: print("     " + e)
        fails += bool(errs)
    print(f"{n - fails} passed, {fails} failed")
    sys.exit(1 if fails else 0)

if __name__ == "__main__":
    main()
