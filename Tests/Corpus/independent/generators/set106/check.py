#!/usr/bin/env python3
"""Reopen every file in set106 independently (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import json, hashlib, os, re, sys, zipfile, unicodedata, csv
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AG = {r["id"]: [r["name"]] + [a for a in r["aliases"].split(";") if a] for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
CM = {r["code"]: [r["name"]] for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")) if r["province_code"] == "79"}

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").lower()
    return re.sub(r"\s+", " ", s)

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def num_forms(v):
    v = int(v); f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
        if v >= div:
            q = v / div
            s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word)
    return f

def has_num(text, v):
    for form in num_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(form.lower()) + r"(?![\d])", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); yi, mi, di = int(y), int(m), int(d)
    fs = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            fs.add(f"ngày {dd} tháng {mm} năm {y}"); fs.add(f"{dd}/{mm}/{y}"); fs.add(f"{dd}/{mm}/{y[2:]}")
    return fs

def main():
    tdir = os.path.join(HERE, "truth"); bad = 0; n = 0
    for kf in sorted(os.listdir(tdir)):
        k = json.load(open(os.path.join(tdir, kf), encoding="utf-8"))
        p = os.path.join(HERE, k["file"]); errs = []; n += 1
        if not os.path.exists(p): print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        raw = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
        t = norm(raw)
        uid = k["unit"]["id"]
        names = AG.get(uid) or CM.get(uid)
        if not names: errs.append("unknown unit id " + str(uid))
        elif not any(norm(x) in t for x in names): errs.append("unit name not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number not found")
        if k["document"]["date"] and not any(norm(f) in t for f in date_forms(k["document"]["date"])): errs.append("date not found")
        valid = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
        for e in k["entries"]:
            if e["status"] not in valid: errs.append("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if not has_num(t, v): errs.append(f"{e['task']} {ind}={v} not found")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in t: errs.append("KK/KN not found: " + x[:50])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected key malformed")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{n} files, {bad} failing"); sys.exit(1 if bad else 0)

main()
