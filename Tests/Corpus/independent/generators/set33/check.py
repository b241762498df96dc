# -*- coding: utf-8 -*-
"""Independent checker for set33: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against what is really written in the file."""
import os, re, sys, json, glob, hashlib, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip().casefold()

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, rich_text=True)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v)); parts.append(str(v))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums

def forms(n, money=False):
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if money:
        for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
            if n % (div // 1000) == 0 and n >= div:
                v = n / div
                txt = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                out.add(f"{txt} {word}")
    return out

def has_number(text, nums, n, money):
    if float(n) in nums: return True
    for f in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_ok(text, iso):
    y, m, d = iso.split("-")
    pats = [rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
    return any(re.search(p, text) for p in pats)

def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errs = []
    if len(keys) != len(files): errs.append(f"{len(files)} files but {len(keys)} keys")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        if not os.path.exists(path): errs.append(f"{k['file']}: missing"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append(f"{k['file']}: sha256 mismatch")
        raw, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if norm(k["unit"]["name"]) not in text: errs.append(f"{k['file']}: unit name not found")
        if k["document"]["date"] and not date_ok(text, k["document"]["date"]): errs.append(f"{k['file']}: date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text: errs.append(f"{k['file']}: number not found")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]: errs.append(f"{k['file']}: rejected key malformed")
            if "38-ct/tw" in text: errs.append(f"{k['file']}: mistaken file mentions CT38")
        n_fig = 0
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                n_fig += 1
                if not isinstance(v, int): errs.append(f"{k['file']}: {e['task']} {ind} not int")
                if not has_number(text, nums, v, ind.endswith("_vnd")):
                    errs.append(f"{k['file']}: {e['task']} {ind}={v} not found")
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                errs.append(f"{k['file']}: bad status {e['status']}")
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in text: errs.append(f"{k['file']}: item not found: {item[:50]}")
        print(f"{k['status']:9} {k['file']:42} entries={len(k['entries']):2} figures={n_fig:2} diff={len(k['difficulties'])} prop={len(k['proposals'])}")
    if errs:
        print("\nFAIL"); [print(" -", e) for e in errs]; sys.exit(1)
    print(f"\nPASS: {len(keys)} files")

if __name__ == "__main__":
    main()
