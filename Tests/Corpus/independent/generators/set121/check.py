#!/usr/bin/env python3
"""Independent check of set121: reopens every file (zip+XML for DOCX, openpyxl for XLSX) and verifies
sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, sys, json, re, zipfile, hashlib, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a]
with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as f:
    for row in csv.reader(f):
        if row and row[0].isdigit(): ALIASES.setdefault(row[0], [row[1]])

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text: buf.append(el.text)
                        elif el.tag in (W + "tab",): buf.append("\t")
                        elif el.tag in (W + "br",): buf.append("\n")
                    out.append("".join(buf))
    return "\n".join(out)

def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path, data_only=False)
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                v = c.value
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def num_forms(n, money=False):
    fs = {str(n), f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if n < 1000: fs |= {f"{n:02d}", f"{n:03d}"}
    if money:
        for div, words in ((10**6, ("triệu", "tr")), (10**9, ("tỷ",))):
            v = n / div
            if v >= 1:
                s = (str(int(v)) if v == int(v) else f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                for w in words: fs.add(f"{s} {w}")
    return fs

def found(text, n, money):
    for f in num_forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    return [f"ngày {d} tháng {m} năm {y}", f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d:02d} tháng {m} năm {y}",
            f"ngày {d} tháng {m:02d} năm {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"]

def main():
    tdir = os.path.join(HERE, "truth")
    errs, n = [], 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(os.listdir(tdir))
    if sorted(k[:-5] for k in keys) != files:
        errs.append("files and keys differ")
    for fn in files:
        n += 1
        path = os.path.join(HERE, fn)
        key = json.load(open(os.path.join(tdir, fn + ".json"), encoding="utf-8"))
        e = lambda m: errs.append(f"{fn}: {m}")
        if key["file"] != fn: e("file field")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: e("sha256 mismatch")
        raw = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        if key.get("unit"):
            names = ALIASES.get(key["unit"]["id"])
            if not names: e("unknown unit id")
            elif key["unit"]["name"] != names[0]: e("unit name is not the canonical name")
            elif not any(norm(a) in t for a in names): e("unit name/alias not in file")
        doc = key.get("document") or {}
        if doc.get("date") and not any(norm(f) in t for f in date_forms(doc["date"])): e("date not found " + doc["date"])
        if doc.get("number") and norm(doc["number"]) not in t: e("number not found")
        if key["status"] == "rejected":
            if key["entries"]: e("rejected with entries")
            if not key.get("reason"): e("rejected without reason")
        for ent in key["entries"]:
            if ent["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"): e("bad status")
            for ind, v in ent["indicators"].items():
                if not isinstance(v, int): e(f"{ent['task']} {ind} not int")
                elif not found(t, v, ind.endswith("_vnd")): e(f"{ent['task']} {ind}={v} not found")
        tasks = [x["task"] for x in key["entries"]]
        if len(tasks) != len(set(tasks)): e("duplicate task")
        for s in key["difficulties"] + key["proposals"]:
            if norm(s) not in t: e("text not found: " + s[:50])
    for x in errs: print("FAIL", x)
    print(f"{n} files checked, {len(errs)} problems")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
