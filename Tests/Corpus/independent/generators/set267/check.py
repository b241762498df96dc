# -*- coding: utf-8 -*-
"""Independent check of set 267: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, unicodedata
from openpyxl import load_workbook
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)) and c.column > 1:
                    nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).casefold()


def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:03d}", f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    for unit, word in ((10**6, "triệu"), (10**9, "tỷ")):
        if v >= unit and v % (unit // 1000) == 0:
            x = v / unit
            t = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(t + " " + word)
    return f


def has_num(text, v, nums):
    if v in nums or float(v) in nums:
        return True
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm.casefold()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


errs = 0
keys = sorted(f for f in os.listdir(os.path.join(D, "truth")) if f.endswith(".json"))
for kf in keys:
    k = json.load(open(os.path.join(D, "truth", kf), encoding="utf-8"))
    path = os.path.join(D, k["file"])
    bad = []
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        bad.append("sha256")
    raw, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    t = norm(raw)
    if norm(k["unit"]["name"]) not in t:
        bad.append("unit name " + k["unit"]["name"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in t:
        bad.append("number")
    y, m, d = k["document"]["date"].split("-")
    if not re.search(rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", t):
        bad.append("date")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_num(t, v, nums):
                bad.append(f"{e['task']} {ind}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in t:
            bad.append("text: " + s[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
        bad.append("rejected key shape")
    print(("FAIL " if bad else "ok   ") + k["file"], "; ".join(bad))
    errs += bool(bad)
print("files:", len(keys), "failures:", errs)
sys.exit(1 if errs else 0)
