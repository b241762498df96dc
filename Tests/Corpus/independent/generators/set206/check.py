# -*- coding: utf-8 -*-
"""Independent check of set 206: reopens every file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, keyed figures, difficulties and proposals."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def forms(v, money=False):
    f = {str(v), f"{v:02d}", f"{v:03d}", f"{v:,}".replace(",", ".")}
    if money:
        for div, words in ((1_000_000, ("triệu", "tr")), (1_000_000_000, ("tỷ",))):
            q = v / div
            if q >= 1:
                s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                for w in words:
                    f.add(f"{s} {w}"); f.add(f"{s}{w}")
    return f


def has_num(text, form):
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text) is not None


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text = norm(docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        low = text.casefold()
        if norm(k["unit"]["name"]).casefold() not in low:
            errs.append("unit name " + k["unit"]["name"])
        y, m, d = k["document"]["date"].split("-")
        dforms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"]
        if not any(f in text for f in dforms):
            errs.append("date")
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append("number")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                money = ind.endswith("_vnd")
                if not any(has_num(text, f) for f in forms(v, money)):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text:
                errs.append("text: " + x[:50])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected with entries")
        status = "OK " if not errs else "BAD"
        print(status, k["file"], "; ".join(errs))
        bad += bool(errs)
    n = len(keys)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != n:
        print("file/key count mismatch", len(files), n); bad += 1
    print(f"{n} keys checked, {bad} bad")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
