# -*- coding: utf-8 -*-
"""Independent checker for set125: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text: buf.append(el.text)
                    elif el.tag == W + "tab": buf.append(" ")
                    elif el.tag in (W + "br", W + "cr"): buf.append("\n")
                out.append("".join(buf))
    return norm("\n".join(out))

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            vals = [str(v) for v in row if v is not None and str(v).strip() != ""]
            if vals: out.append(" ".join(vals))
    return norm("\n".join(out))

def dec(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s.replace(".", ",")

def forms(n):
    n = int(n); f = {str(n), "%02d" % n}
    if n >= 1000:
        f.add(f"{n:,}".replace(",", ".")); f.add(f"{n:,}".replace(",", " "))
    if n >= 100:
        f.add(dec(n / 1000) + " nghìn"); f.add(dec(n / 1000) + " ngàn")
    if n >= 1_000_000:
        f.add(dec(n / 1e6) + " triệu"); f.add(dec(n / 1e6) + " tr")
    if n >= 10_000_000:
        f.add(dec(n / 1e9) + " tỷ")
    return f

def has_num(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); di, mi = int(d), int(m)
    f = set()
    for dd in {str(di), "%02d" % di}:
        for mm in {str(mi), "%02d" % mi}:
            f.add(f"ngày {dd} tháng {mm} năm {y}"); f.add(f"{dd}/{mm}/{y}")
    return f

def main():
    tdir = os.path.join(HERE, "truth"); bad = 0; n = 0
    for kf in sorted(os.listdir(tdir)):
        k = json.load(open(os.path.join(tdir, kf), encoding="utf-8")); n += 1
        path = os.path.join(HERE, k["file"]); errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        low = text.lower()
        if k["unit"]["name"].lower() not in low: errs.append("unit name " + k["unit"]["name"])
        if k["document"]["date"] and not any(f in text for f in date_forms(k["document"]["date"])):
            errs.append("date " + k["document"]["date"])
        if k["document"]["number"] and k["document"]["number"] not in text: errs.append("number")
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected shape")
        for e in k["entries"]:
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"): errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if not has_num(text, v): errs.append(f"{e['task']} {ind}={v} not written")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text: errs.append("text missing: " + x[:50])
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append("duplicate task")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{n} keys, {bad} failing")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
