# -*- coding: utf-8 -*-
"""Independent check of set245: reopens each final file (zip+XML for DOCX, openpyxl
for XLSX) and verifies the answer key against the file's own text."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)

def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                v = c.value
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
                if isinstance(v, float): out.append(str(v).replace(".", ","))
    return "\n".join(out)

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).casefold()

def forms(v):
    v = int(v); f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1e6
        ms = (f"{m:.1f}" if m != int(m) else str(int(m))).replace(".", ",")
        f |= {ms + " triệu", ms + " tr"}
    if v >= 1000 and v % 1000 == 0:
        f.add(f"{v//1000:,}".replace(",", ".") + " nghìn")
    return f

def number_present(text, v):
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm.casefold()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    bad = 0; n = 0
    agencies = {}
    import csv
    for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
        agencies[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
    for kp in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        key = json.load(open(kp, encoding="utf-8")); n += 1
        path = os.path.join(HERE, key["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", key["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256 mismatch")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        names = [key["unit"]["name"]] + agencies.get(key["unit"]["id"], [])
        if not any(norm(x) in t for x in names):
            errs.append("unit name not found")
        y, m, d = key["document"]["date"].split("-")
        if norm(f"ngày {d} tháng {m} năm {y}") not in t and f"{d}/{m}/{y}" not in t:
            errs.append("date not found")
        if key["document"]["number"] and norm(key["document"]["number"]) not in t:
            errs.append("number not found")
        for e in key["entries"]:
            for k, v in e["indicators"].items():
                if not number_present(t, v):
                    errs.append(f"{e['task']} {k}={v} not found")
        for s in key["difficulties"] + key["proposals"]:
            if norm(s) not in t:
                errs.append("text not found: " + s[:50])
        if key["status"] == "rejected" and key["entries"]:
            errs.append("rejected file with entries")
        print(("OK  " if not errs else "FAIL") + " " + key["file"] + ("" if not errs else " :: " + "; ".join(errs)))
        bad += bool(errs)
    files = [p for p in os.listdir(HERE) if p.endswith((".docx", ".xlsx"))]
    if len(files) != n:
        print("file/key count differs", len(files), n); bad += 1
    print(f"{n} keys, {bad} failing")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
