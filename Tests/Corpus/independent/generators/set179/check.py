# -*- coding: utf-8 -*-
"""Independent checker for set179: reopens every file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, sys, json, glob, hashlib, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
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
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).casefold()

def forms(v):
    f = [str(v), f"{v:,}".replace(",", "."), ]
    if v >= 1_000_000:
        f.append((f"{v/1e6:g}".replace(".", ",")) + " triệu")
    if v >= 100_000_000:
        f.append((f"{v/1e9:g}".replace(".", ",")) + " tỷ")
    return f

def has_number(text, form):
    return re.search(r"(?<![\d.,])0*" + re.escape(form) + r"(?![\d])", text) is not None

def main():
    bad = 0; n = 0
    for kp in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
        k = json.load(open(kp)); n += 1
        p = os.path.join(D, k["file"])
        errs = []
        if not os.path.exists(p):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text = norm(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
        if norm(k["unit"]["name"]) not in text:
            errs.append("unit " + k["unit"]["name"])
        y, m, d = k["document"]["date"].split("-")
        if norm(f"ngày {int(d)} tháng {int(m)} năm {y}") not in text:
            errs.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errs.append("number")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not any(has_number(text, norm(f)) for f in forms(v)):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text:
                errs.append("item: " + s[:40])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected with entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " :: " + "; ".join(errs)))
        bad += bool(errs)
    files = [f for f in os.listdir(D) if f.endswith((".docx", ".xlsx"))]
    if len(files) != n:
        print("file/key count mismatch", len(files), n); bad += 1
    print(f"{n} files, {bad} failing")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
