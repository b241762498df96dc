# -*- coding: utf-8 -*-
"""Independent check of set49: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, keyed figures, difficulties and proposals."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().casefold()


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
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


NUM = re.compile(r"(?<![\d])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(tỷ|triệu|tr|nghìn|ngàn))?", re.I)
MULT = {"tỷ": 10**9, "triệu": 10**6, "tr": 10**6, "nghìn": 1000, "ngàn": 1000}


def numbers(text):
    vals = set()
    for m in NUM.finditer(text):
        ip = int(m.group(1).replace(".", ""))
        frac = m.group(2)
        v = float(str(ip) + ("." + frac if frac else ""))
        vals.add(v)
        if m.group(3):
            vals.add(round(v * MULT[m.group(3).lower()]))
    return vals


def date_forms(iso):
    y, m, d = iso.split("-")
    forms = set()
    for dd in (d, str(int(d))):
        for mm in (m, str(int(m))):
            forms.add("ngày %s tháng %s năm %s" % (dd, mm, y))
            forms.add("%s/%s/%s" % (dd, mm, y))
    return {norm(f) for f in forms}


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != k["sha256"]:
            errs.append("sha256 mismatch")
        text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        uname = norm(k["unit"]["name"]) if k.get("unit") else None
        if uname:
            short = re.sub(r"^(phường|xã|đặc khu) ", "", uname)
            if uname not in nt and not (short != uname and short in nt):
                errs.append("unit name not found: " + k["unit"]["name"])
        if k["document"]["date"] and not any(f in nt for f in date_forms(k["document"]["date"])):
            errs.append("date not found: " + k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number not found: " + k["document"]["number"])
        nums = numbers(text)
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if float(v) not in nums:
                    errs.append("figure %s=%s (%s) not found" % (ind, v, e["task"]))
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in nt:
                errs.append("item not found: " + d[:60])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected file has entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + "  (%d entries)" % len(k["entries"]))
        for x in errs:
            print("     - " + x)
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != len(keys):
        print("file/key count differs", len(files), len(keys)); bad += 1
    print("PASS" if not bad else "FAILED: %d" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
