# -*- coding: utf-8 -*-
"""Independent check of set94: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, sys, hashlib, zipfile, re, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                if isinstance(v, (datetime.datetime, datetime.date)):
                    v = v.strftime("%d/%m/%Y")
                out.append(str(v))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def forms(v):
    f = {str(v), "%02d" % v if v < 100 else str(v)}
    if v >= 1000:
        f.add("{:,}".format(v).replace(",", "."))
    if v >= 1000000:
        m = v / 1e6
        s = ("%g" % m).replace(".", ",")
        f.add(s + " triệu"); f.add(s + " tr")
    return f


def has_number(text, v):
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    return ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
            "ngày %d tháng %d năm %d" % (d.day, d.month, d.year), "ngày %02d tháng %02d năm %d" % (d.day, d.month, d.year)]


fails = 0
n = 0
for fn in sorted(os.listdir(os.path.join(HERE, "truth"))):
    k = json.load(open(os.path.join(HERE, "truth", fn), encoding="utf-8"))
    path = os.path.join(HERE, k["file"])
    n += 1
    errs = []
    if not os.path.exists(path):
        print("MISSING", k["file"]); fails += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    t = norm(text)
    if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in t:
        errs.append("unit name")
    doc = k["document"] or {}
    if doc.get("date") and not any(norm(x) in t for x in date_forms(doc["date"])):
        errs.append("date")
    if doc.get("number") and norm(doc["number"]) not in t:
        errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_number(t, v):
                errs.append("figure %s %s=%s" % (e["task"], ind, v))
        if e["text"] and norm(e["text"]).split(". ")[0][:30] not in t:
            errs.append("text of %s" % e["task"])
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in t:
            errs.append("item: " + x[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
        errs.append("rejected key shape")
    if errs:
        fails += 1
        print("FAIL", k["file"], errs)
print("%d files checked, %d failing" % (n, fails))
sys.exit(1 if fails else 0)
