# -*- coding: utf-8 -*-
"""Independent check of set43: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, unicodedata, datetime
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text: buf.append(el.text)
                        elif el.tag == W + "tab": buf.append("\t")
                        elif el.tag in (W + "br", W + "cr"): buf.append("\n")
                    out.append("".join(buf))
    return "\n".join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v); out.append(str(v))
                elif isinstance(v, (datetime.date, datetime.datetime)):
                    out.append(v.strftime("%d/%m/%Y"))
                else:
                    out.append(str(v))
    return "\n".join(out), nums

def forms(n, money=False):
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if n < 100: f |= {f"{n:02d}", f"{n:03d}"}
    if money:
        for div, word in ((10**6, "triệu"), (10**9, "tỷ"), (10**3, "nghìn")):
            q = n / div
            if q >= 1 and abs(q * 1000 - round(q * 1000)) < 1e-6:
                s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(f"{s} {word}"); f.add(f"{s}{word}")
                if "." not in s and "," not in s and len(s) > 3:
                    f.add(f"{int(q):,}".replace(",", ".") + " " + word)
    return f

def has_number(text, n, nums, money):
    if n in nums or float(n) in nums: return True
    t = norm(text)
    for s in forms(n, money):
        s = s.lower()
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", t):
            return True
    if money and n % 10**6 == 0:
        # value written in a "triệu đồng" column
        q = n // 10**6
        if "triệu đồng" in t and re.search(r"(?<![\d.,])%d(?![\d]|[.,]\d)" % q, t): return True
    return False

def date_ok(text, iso):
    y, m, d = iso.split("-")
    t = norm(text)
    cands = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}",
             f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
    return any(c in t for c in cands)

def main():
    fails = 0
    keys = sorted(os.listdir(os.path.join(HERE, "truth")))
    for k in keys:
        key = json.load(open(os.path.join(HERE, "truth", k), encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", key["file"]); fails += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256 mismatch")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(text)
        if key["unit"] and norm(key["unit"]["name"]) not in t:
            errs.append("unit name not found: " + key["unit"]["name"])
        doc = key["document"]
        if doc["date"] and not date_ok(text, doc["date"]):
            errs.append("date not found: " + doc["date"])
        if doc["number"] and norm(doc["number"]) not in t:
            errs.append("number not found: " + doc["number"])
        for e in key["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(text, v, nums, ind.endswith("_vnd")):
                    errs.append(f"figure {e['task']} {ind}={v} not found")
            if norm(e["text"])[:40] and norm(e["text"])[:40] not in t:
                # entry text may be assembled from several cells/runs; check each part
                parts = [p for p in re.split(r"(?<=[.:])\s+", e["text"]) if len(p) > 8]
                miss = [p for p in parts if norm(p).rstrip(".") not in t]
                if miss: errs.append(f"entry text not found {e['task']}: {miss[0][:50]}")
        for item in key["difficulties"] + key["proposals"]:
            if norm(item) not in t:
                errs.append("item not found: " + item[:60])
        if key["status"] == "rejected":
            if not key["reason"] or key["entries"]:
                errs.append("rejected key must have reason and no entries")
        print(("FAIL " if errs else "ok   ") + key["file"])
        for e in errs: print("     -", e)
        fails += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != len(keys):
        print("file/key count mismatch", len(files), len(keys)); fails += 1
    print("PASS" if not fails else f"{fails} FAILED")
    return 1 if fails else 0

if __name__ == "__main__":
    sys.exit(main())
