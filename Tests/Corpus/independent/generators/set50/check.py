# -*- coding: utf-8 -*-
"""Independent check of set 50: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it. Does not import gen.py or content.py."""
import datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"[ \t]+", " ", s).lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        buf = []
        for r in p.iter(W + "r"):
            for el in r:
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag == W + "tab":
                    buf.append("\t")
        out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    lines, values = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None or (c.column == 1 and isinstance(v, (int, float))):
                    continue  # STT column numbers do not count as figures
                values.append(v)
                if isinstance(v, datetime.datetime):
                    cells.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer():
                    cells.append(str(int(v)))
                else:
                    cells.append(str(v))
            lines.append(" | ".join(cells))
    return "\n".join(lines), values


def num_forms(n, money):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n:,}"}
    if money and n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + " tr", ms + "tr"}
    return f


def has_number(text, values, n, money):
    for v in values:
        if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v) == float(n):
            return True
    for form in num_forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(form.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def has_date(text, values, iso):
    y, m, d = map(int, iso.split("-"))
    for v in values:
        if isinstance(v, datetime.datetime) and v.date() == datetime.date(y, m, d):
            return True
    pats = [rf"ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}", rf"(?<!\d)0?{d}/0?{m}/{y}"]
    return any(re.search(p, text) for p in pats)


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("count mismatch", len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if os.path.basename(kp) != k["file"] + ".json":
            errs.append("key name")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        raw, values = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in text:
            errs.append("unit name " + k["unit"]["name"])
        doc = k.get("document") or {}
        if doc.get("date") and not has_date(text, values, doc["date"]):
            errs.append("date " + doc["date"])
        if doc.get("number") and norm(doc["number"]) not in text:
            errs.append("number " + doc["number"])
        if k["status"] == "rejected":
            if k["entries"]:
                errs.append("rejected with entries")
        seen = set()
        for e in k["entries"]:
            if e["task"] in seen:
                errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                errs.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if not has_number(text, values, v, ind.endswith("_vnd")):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text:
                errs.append("text missing: " + s[:50])
        print(("OK  " if not errs else "BAD ") + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("PASS" if not bad else f"FAIL ({bad})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
