# -*- coding: utf-8 -*-
"""Independent check of set111: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, keyed figures, difficulties and proposals."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MONEY = {"fines_vnd", "budget_spent_vnd"}


def nfc(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.add(float(c.value))
                out.append(str(c.value))
    return "\n".join(out), nums


def dots(v):
    return f"{v:,}".replace(",", ".")


def forms(v, money):
    f = {str(v), dots(v)}
    if v < 100:
        f.add(f"{v:02d}")
    if money:
        for scale, words in ((10**6, ["triệu", "trđ", "tr"]), (10**9, ["tỷ"])):
            x = v / scale
            if x >= 0.1:
                s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                for w in words:
                    f.add(s + " " + w)
    return f


def has_figure(text, nums, v, money):
    if float(v) in nums or (money and (v / 10**6 in nums or v / 1000 in nums)):
        return True
    for fm in forms(v, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text, flags=re.I):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    D, M = str(int(d)), str(int(m))
    out = []
    for dd in {d, D}:
        for mm in {m, M}:
            out.append(f"ngày {dd} tháng {mm} năm {y}")
            out.append(f"{dd}/{mm}/{y}")
    return out


def main():
    aliases = {}
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            aliases[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path):
            print("MISSING", fn); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        low = nfc(text).lower()
        names = [k["unit"]["name"]] + aliases.get(k["unit"]["id"], [])
        if not any(nfc(n).lower() in low for n in names):
            errs.append("unit name not found")
        if k["document"]["date"] and not any(df.lower() in low for df in date_forms(k["document"]["date"])):
            errs.append("date not found")
        if k["document"]["number"] and k["document"]["number"].lower() not in low:
            errs.append("number not found")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_figure(nfc(text), nums, v, ind in MONEY):
                    errs.append(f"{e['task']} {ind}={v} not found")
        for x in k["difficulties"] + k["proposals"]:
            if nfc(x).lower() not in low:
                errs.append("text not found: " + x[:50])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key malformed")
        print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(keys)} keys, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
