# -*- coding: utf-8 -*-
"""Independent re-check of set 72: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()

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
    wb = openpyxl.load_workbook(p, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def dots(v): return f"{v:,}".replace(",", ".")
def forms(v):
    f = {str(v), f"{v:02d}", dots(v), f"{v:,}".replace(",", " ")}
    if v >= 1_000_000:
        m = v / 1_000_000
        s = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr"}
    return f

def has_num(text, v):
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f.casefold()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}", f"{d}/{m}/{y}", f"{di}/{m}/{y}", f"{di}/{mi}/{y}"}

def main():
    bad = 0; n = 0
    for kf in sorted(os.listdir(os.path.join(HERE, "truth"))):
        key = json.load(open(os.path.join(HERE, "truth", kf)))
        p = os.path.join(HERE, key["file"]); n += 1
        errs = []
        if kf != key["file"] + ".json": errs.append("key name")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != key["sha256"]: errs.append("sha256")
        raw = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
        t = norm(raw)
        if norm(key["unit"]["name"]) not in t: errs.append("unit name")
        if key["document"]["number"] and norm(key["document"]["number"]) not in t: errs.append("number")
        if not any(norm(f) in t for f in date_forms(key["document"]["date"])): errs.append("date")
        for e in key["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
            assert re.match(r"II\.[1-6]\.[a-iđ]$", e["task"])
            for ind, v in e["indicators"].items():
                if not has_num(t, v): errs.append(f"figure {e['task']} {ind}={v}")
        for x in key["difficulties"] + key["proposals"]:
            if norm(x) not in t: errs.append("text: " + x[:40])
        if key["status"] == "rejected" and not key["reason"]: errs.append("reason")
        print(("OK  " if not errs else "FAIL") + " " + key["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != n: print("file/key count mismatch", len(files), n); bad += 1
    print(f"{n} files, {bad} failing"); sys.exit(1 if bad else 0)

main()
