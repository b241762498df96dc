# -*- coding: utf-8 -*-
"""Independent check of set120: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for para in root.iter(W + "p"):
                buf = []
                for el in para.iter():
                    if el.tag == W + "t" and el.text: buf.append(el.text)
                    elif el.tag in (W + "tab", W + "br"): buf.append(" ")
                out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)


def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " ")}
    for div, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if v >= div and v % (div // 10) == 0:
            x = v / div
            s = (str(int(x)) if x.is_integer() else str(x).replace(".", ","))
            f.add(s + " " + word)
    return f


def has_num(text, v):
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_ok(text, iso):
    y, m, d = iso.split("-")
    cands = []
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            cands += [f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"]
    t = norm(text)
    return any(norm(c) in t for c in cands)


def main():
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for tp in files:
        t = json.load(open(tp, encoding="utf-8"))
        p = os.path.join(HERE, t["file"])
        errs = []
        if not os.path.exists(p):
            errs.append("missing file")
        else:
            if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]:
                errs.append("sha256 mismatch")
            text = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
            nt = norm(text)
            if norm(t["unit"]["name"]) not in nt:
                errs.append("unit name not found: " + t["unit"]["name"])
            if not date_ok(text, t["document"]["date"]):
                errs.append("date not found")
            if t["document"]["number"] and norm(t["document"]["number"]) not in nt:
                errs.append("number not found")
            for e in t["entries"]:
                for k, v in e["indicators"].items():
                    if not has_num(text, v):
                        errs.append(f"{e['task']} {k}={v} not written")
            for s in t["difficulties"] + t["proposals"]:
                if norm(s) not in nt:
                    errs.append("text not found: " + s[:50])
            if t["status"] == "rejected" and t["entries"]:
                errs.append("rejected file has entries")
        print(("OK  " if not errs else "FAIL") + " " + t["file"])
        for e in errs:
            print("     " + e)
        bad += bool(errs)
    n_files = len([f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))])
    if n_files != len(files):
        print(f"FAIL: {n_files} report files but {len(files)} keys"); bad += 1
    print(f"{len(files)} keys checked, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
