# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify it against its key."""
import os, re, json, sys, zipfile, hashlib, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        out = []
        for n in parts:
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"<w:(tab|br|cr)\b[^>]*/>", " ", xml)
            xml = re.sub(r"</w:p>", "\n", xml)
            out.append(re.sub(r"<[^>]+>", "", xml))
    import html
    return norm(html.unescape("\n".join(out)))

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    vals, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.add(float(c.value))
                vals.append(str(c.value))
    return norm("\n".join(vals)), nums

def variants(n, money=False):
    v = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n:,}"}
    if money:
        for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
            if n % (div // 100) == 0 and n >= div // 10:
                x = n / div
                s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                v.add(f"{s} {word}")
                v.add(f"{s}tr")
    return v

def found(text, n, money):
    for s in variants(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

ok = True
files = sorted(f for f in os.listdir(TRUTH) if f.endswith(".json"))
for kf in files:
    key = json.load(open(os.path.join(TRUTH, kf), encoding="utf-8"))
    path = os.path.join(HERE, key["file"])
    errs = []
    if not os.path.exists(path):
        print("MISSING", key["file"]); ok = False; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
        errs.append("sha256 mismatch")
    if path.endswith(".docx"):
        text, nums = docx_text(path), set()
    else:
        text, nums = xlsx_text(path)
    low = text.lower()
    if key["unit"]["name"].lower() not in low:
        errs.append("unit name not found")
    if key["document"]["number"] and key["document"]["number"] not in text:
        errs.append("number not found")
    y, m, d = key["document"]["date"].split("-")
    if not re.search(rf"ngày {d} tháng {m} năm {y}", text):
        errs.append("date not found")
    for e in key["entries"]:
        for ind, val in e["indicators"].items():
            money = ind.endswith("_vnd")
            if not (found(text, val, money) or float(val) in nums):
                errs.append(f"{e['task']} {ind}={val} not found")
    for item in key["difficulties"] + key["proposals"]:
        if norm(item) not in text:
            errs.append("text not found: " + item[:50])
    if key["status"] == "rejected" and key["entries"]:
        errs.append("rejected key with entries")
    print(("OK  " if not errs else "FAIL") + " " + key["file"] + ("" if not errs else ": " + "; ".join(errs)))
    ok = ok and not errs
print("ALL PASS" if ok else "SOME FAILED")
sys.exit(0 if ok else 1)
