# -*- coding: utf-8 -*-
"""Independent check of set 78: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies the keys against what is actually written in it."""
import os, sys, json, re, zipfile, hashlib, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "tab",):
                        buf.append("\t")
                    elif el.tag in (W + "br",):
                        buf.append("\n")
                parts.append("".join(buf))
    return "\n".join(parts)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                parts.append(str(v))
    return "\n".join(parts)


WORDS = {0: "không", 1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), f"{n:02d}", dotted(n)}
    if n >= 1000 and n % 1000 == 0:
        f.add(dotted(n // 1000) + "k")
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        s = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(s + " triệu")
    if n in WORDS:
        f.add(WORDS[n])
    return f


def has_number(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d])", text, flags=re.I):
            return True
    return False


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return [f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d} tháng {m} năm {y}",
            f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"]


def main():
    errors = 0
    files = sorted(f for f in os.listdir(TRUTH) if f.endswith(".json"))
    for kf in files:
        key = json.load(open(os.path.join(TRUTH, kf), encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        prob = []
        if not os.path.exists(path):
            print("MISSING", key["file"]); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            prob.append("sha256 differs")
        text = norm(docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        low = text.casefold()
        if key["unit"] and key["unit"]["name"].casefold() not in low:
            prob.append("unit name not found: " + key["unit"]["name"])
        doc = key["document"]
        if doc["date"] and not any(df.casefold() in low for df in date_forms(doc["date"])):
            prob.append("date not found: " + doc["date"])
        if doc["number"] and doc["number"] not in text:
            prob.append("number not found: " + doc["number"])
        for e in key["entries"]:
            for ind, val in e["indicators"].items():
                if not has_number(text, val):
                    prob.append(f"{e['task']} {ind}={val} not found")
        for x in key["difficulties"] + key["proposals"]:
            if norm(x) not in text:
                prob.append("text not found: " + x[:50])
        if key["status"] == "rejected" and key["entries"]:
            prob.append("rejected file has entries")
        status = "OK " if not prob else "ERR"
        print(status, key["file"], f"({len(key['entries'])} entries)")
        for p in prob:
            print("    ", p)
        errors += len(prob)
    print("files checked:", len(files), "problems:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
