# -*- coding: utf-8 -*-
"""Independent check of set 99: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each truth key against what is really written."""
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def nfc(s): return unicodedata.normalize("NFC", s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text: buf.append(el.text)
                        elif el.tag in (W + "tab",): buf.append("\t")
                        elif el.tag in (W + "br", W + "cr"): buf.append("\n")
                    out.append("".join(buf))
    return "\n".join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def dotted(n):
    return f"{n:,}".replace(",", ".")

def forms(n):
    n = int(n); s = str(n); f = {s, dotted(n)}
    if n < 10: f.add("0" + s)
    if n >= 1_000_000:
        m = n / 1_000_000
        f.add(("%g" % m).replace(".", ",") + " triệu")
        f.add(("%g" % m) + " triệu")
    if n >= 1000 and n % 1000 == 0:
        f.add(dotted(n // 1000) + " ngàn"); f.add(dotted(n // 1000) + " nghìn")
    return f

def has_number(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def norm_ws(s): return re.sub(r"\s+", " ", nfc(s)).strip().casefold()

def main():
    tdir = os.path.join(HERE, "truth")
    bad = 0; n = 0; stats = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kf in sorted(os.listdir(tdir)):
        k = json.load(open(os.path.join(tdir, kf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"]); n += 1
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        ext = path.rsplit(".", 1)[1]; stats[ext] += 1
        if k["status"] == "rejected": stats["rejected"] += 1
        text = nfc(docx_text(path) if ext == "docx" else xlsx_text(path))
        flat = norm_ws(text)
        if k["unit"] and k["unit"]["name"].casefold() not in flat:
            errs.append("unit name not found: " + k["unit"]["name"])
        d = k["document"]
        if d.get("date"):
            y, m, dd = d["date"].split("-")
            pats = [f"ngày {dd} tháng {m} năm {y}", f"ngày {int(dd)} tháng {int(m)} năm {y}",
                    f"{dd}/{m}/{y}", f"{int(dd)}/{int(m)}/{y}"]
            if not any(p in flat for p in pats): errs.append("date not found " + d["date"])
        if d.get("number") and d["number"].casefold() not in flat:
            errs.append("number not found " + d["number"])
        for e in k["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
            for ind, v in e["indicators"].items():
                if not has_number(text, v): errs.append(f"{e['task']} {ind}={v} not written")
        for x in k["difficulties"] + k["proposals"]:
            if norm_ws(x) not in flat: errs.append("text not found: " + x[:60])
        if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10):
            errs.append("entries count %d" % len(k["entries"]))
        print(("OK  " if not errs else "FAIL") + " " + k["file"])
        for e in errs: print("     ", e)
        bad += bool(errs)
    print(f"{n} keys; {stats}; {bad} failing")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
