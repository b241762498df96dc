# -*- coding: utf-8 -*-
"""Independent check of set100: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import json, os, sys, re, zipfile, hashlib, unicodedata, datetime
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCIES = {}
import csv
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    AGENCIES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    parts = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            parts.append(el.text)
                        elif el.tag in (W + "tab",):
                            parts.append("\t")
                        elif el.tag in (W + "br",):
                            parts.append(" ")
                    out.append("".join(parts))
    return "\n".join(out)


def xlsx_text(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    out.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer():
                    out.append(str(int(v)))
                else:
                    out.append(str(v))
    return "\n".join(out)


def number_forms(n):
    f = {str(n), f"{n:02d}", f"{n:03d}"}
    def grp(sep):
        return f"{n:,}".replace(",", sep)
    f |= {grp("."), grp(" "), grp(",")}
    for unit, name in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= unit and n % (unit // 1000) == 0:
            q = n / unit
            s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {name}")
    return f


def has_number(text, n):
    for form in number_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d:02d} tháng {m} năm {y}",
            f"ngày {d} tháng {m:02d} năm {y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}"}


def main():
    bad = 0
    files = sorted(os.listdir(os.path.join(HERE, "truth")))
    for tf in files:
        k = json.load(open(os.path.join(HERE, "truth", tf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        u = k["unit"]
        names = AGENCIES.get(u["id"], [u["name"]])
        if u["name"] not in AGENCIES.get(u["id"], [u["name"]]):
            errs.append(f"unit name not canonical: {u['name']}")
        if not any(norm(nm) in t for nm in names):
            errs.append(f"unit name not found: {u['name']}")
        if k["document"]["date"] and not any(norm(df) in t for df in date_forms(k["document"]["date"])):
            errs.append(f"date not found: {k['document']['date']}")
        if k["document"]["number"] and norm(k["document"]["number"]) not in t:
            errs.append(f"number not found: {k['document']['number']}")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(t, v):
                    errs.append(f"{e['task']} {ind}={v} not written")
            if norm(e["text"].split(" | ")[0])[:60] not in t:
                errs.append(f"{e['task']} text not found")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t:
                errs.append(f"item not found: {s[:50]}")
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key malformed")
        if k["status"] == "extracted" and not k["entries"]:
            errs.append("no entries")
        status = "OK " if not errs else "BAD"
        bad += bool(errs)
        print(f"{status} {k['file']}: {len(k['entries'])} entries" + ("" if not errs else " | " + "; ".join(errs)))
    n = len(files)
    nd = sum(f.endswith(".docx.json") for f in files)
    nrej = sum(json.load(open(os.path.join(HERE, "truth", f), encoding="utf-8"))["status"] == "rejected" for f in files)
    print(f"{n} files ({nd} DOCX, {n - nd} XLSX, {nrej} mistaken); {bad} failing")
    sys.exit(1 if bad else 0)


main()
