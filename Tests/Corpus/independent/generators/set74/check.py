# -*- coding: utf-8 -*-
"""Re-open every final file of set74 independently of gen.py and verify it against its key."""
import os, sys, json, glob, hashlib, re, zipfile, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]

def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\xa0", " ")
    return re.sub(r"\s+", " ", s)

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for para in root.iter(W + "p"):
                buf = []
                for el in para.iter():
                    if el.tag == W + "t" and el.text: buf.append(el.text)
                    elif el.tag in (W + "br", W + "tab"): buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)

def xlsx_text(p):
    out = []
    for data_only in (False, True):
        wb = openpyxl.load_workbook(p, data_only=data_only)
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    if isinstance(v, datetime.datetime):
                        out.append(v.strftime("%d/%m/%Y"))
                    elif isinstance(v, float) and v.is_integer():
                        out.append(str(int(v)))
                    else:
                        out.append(str(v))
    return "\n".join(out)

def forms(n):
    n = int(n); f = {str(n), f"{n:02d}", f"{n:03d}"}
    if n >= 1000:
        f |= {f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n:,}"}
    if n >= 100000:
        for unit, div in (("triệu", 10**6), ("tỷ", 10**9), ("tr", 10**6)):
            v = n / div
            if v >= 1:
                s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(s + " " + unit); f.add(s + unit)
    if n <= 10: f.add(WORDS[n])
    return f

def has_num(text, n):
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(norm(s)) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    bad = 0; keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("count mismatch", len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp)); p = os.path.join(HERE, k["file"]); errs = []
        if not os.path.exists(p):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        raw = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
        t = norm(raw)
        if k["unit"] and norm(k["unit"]["name"]) not in t: errs.append("unit name " + k["unit"]["name"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
        if k["document"]["date"]:
            y, m, d = map(int, k["document"]["date"].split("-"))
            cands = [f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d} tháng {m} năm {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"]
            if not any(c in t for c in cands): errs.append("date")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_num(t, v): errs.append(f"{e['task']} {ind}={v}")
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"): errs.append("status")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t: errs.append("text: " + s[:40])
        if k["status"] == "rejected" and not k["reason"]: errs.append("reason")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} problem(s)")
    sys.exit(1 if bad else 0)

main()
