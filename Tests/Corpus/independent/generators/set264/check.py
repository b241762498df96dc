# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py (zip+XML for DOCX, openpyxl for XLSX)
and check the truth keys: sha256, unit name, date, every keyed figure, every difficulty
and proposal."""
import datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    out.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, float) and v.is_integer():
                    out.append(str(int(v)))
                else:
                    out.append(str(v))
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    n = int(n)
    fs = {str(n), dotted(n)}
    if n < 10:
        fs.add(f"{n:02d}")
    if n >= 1_000_000 and n % 100_000 == 0:
        m = n / 1_000_000
        fs.add((f"{m:g}").replace(".", ",") + " triệu")
    if n >= 1_000_000_000 and n % 10_000_000 == 0:
        b = n / 1_000_000_000
        fs.add((f"{b:g}").replace(".", ",") + " tỷ")
    return fs


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("count mismatch", len(keys), len(files)); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); errors += 1; continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != k["sha256"]:
            errs.append("sha256 differs")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = unicodedata.normalize("NFC", raw)
        nt = norm(text)
        if k.get("unit") and k["unit"].get("name"):
            nm = norm(k["unit"]["name"])
            bare = nm.replace("phường ", "")
            if nm not in nt and bare not in nt:
                errs.append("unit name not found: " + k["unit"]["name"])
        if k.get("document", {}).get("date"):
            if not any(norm(f) in nt for f in date_forms(k["document"]["date"])):
                errs.append("date not found " + k["document"]["date"])
        if k.get("document", {}).get("number"):
            if norm(k["document"]["number"]) not in nt:
                errs.append("number not found " + k["document"]["number"])
        for e in k.get("entries", []):
            for ind, v in e["indicators"].items():
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    errs.append(f"{e['task']} {ind} not a number")
                elif not has_number(text, v):
                    errs.append(f"{e['task']} {ind}={v} not found")
        for d in k.get("difficulties", []) + k.get("proposals", []):
            if norm(d) not in nt:
                errs.append("text not found: " + d[:60])
        if k["status"] == "rejected" and (k.get("entries") or not k.get("reason")):
            errs.append("rejected key must have reason and no entries")
        if errs:
            errors += len(errs)
            print("FAIL", k["file"]); [print("   ", x) for x in errs]
        else:
            print("ok  ", k["file"])
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
