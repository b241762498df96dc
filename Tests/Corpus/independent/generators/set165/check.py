# -*- coding: utf-8 -*-
"""Independent check of set165: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each answer key against it."""
import datetime as dt
import glob
import hashlib
import json
import os
import re
import sys
import unicodedata
import zipfile
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
                parts = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        parts.append(el.text)
                    elif el.tag in (W + "tab",):
                        parts.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        parts.append("\n")
                out.append("".join(parts))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (dt.datetime, dt.date)):
                    out.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer():
                    out.append(str(int(v)))
                else:
                    out.append(str(v))
    return "\n".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def num_forms(v):
    v = int(v)
    f = {str(v), f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    if v < 10:
        f.add(f"{v:02d}")
    for scale, words in ((10 ** 6, ("triệu", "tr", "trđ")), (10 ** 9, ("tỷ",))):
        if v >= scale and v % (scale // 10) == 0:
            q = v / scale
            s = (str(int(q)) if q.is_integer() else str(q).replace(".", ","))
            if q.is_integer():
                f.add(f"{int(q):,}".replace(",", "."))
                f.add(str(int(q)))
            for w in words:
                f.add(f"{s} {w}")
    return f


def has_number(text, v):
    for form in sorted(num_forms(v), key=len, reverse=True):
        if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    return [f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"ngày {d.day} tháng {d.month} năm {d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"]


def main():
    agencies = {}
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
        next(fh)
        for line in fh:
            parts = line.rstrip("\n").split(",")
            agencies[parts[0]] = [parts[1]] + [a for a in parts[3].split(";") if a]
    errors = []
    n = 0
    for tp in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        t = json.load(open(tp, encoding="utf-8"))
        path = os.path.join(HERE, t["file"])
        n += 1
        if not os.path.exists(path):
            errors.append(f"{t['file']}: missing"); continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != t["sha256"]:
            errors.append(f"{t['file']}: sha256 mismatch")
        text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        low = nt.casefold()
        names = [t["unit"]["name"]] + agencies.get(t["unit"]["id"], [])[1:]
        if not any(norm(x).casefold() in low for x in names):
            errors.append(f"{t['file']}: unit name not found ({t['unit']['name']})")
        if t["document"]["date"] and not any(df.casefold() in low for df in date_forms(t["document"]["date"])):
            errors.append(f"{t['file']}: date not found {t['document']['date']}")
        if t["document"]["number"] and t["document"]["number"] not in nt:
            errors.append(f"{t['file']}: number not found {t['document']['number']}")
        for e in t["entries"]:
            for k, v in e["indicators"].items():
                if not has_number(nt, v):
                    errors.append(f"{t['file']}: {e['task']} {k}={v} not found")
        for item in t["difficulties"] + t["proposals"]:
            if norm(item) not in nt:
                errors.append(f"{t['file']}: text not found: {item[:60]}")
        if t["status"] == "rejected" and t["entries"]:
            errors.append(f"{t['file']}: rejected file with entries")
    for e in errors:
        print("FAIL", e)
    print(f"{n} keys checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
