# -*- coding: utf-8 -*-
"""Independent check of set157: reopens every file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, keyed figures, difficulties and proposals."""
import hashlib, json, os, re, sys, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "br", W + "tab"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                parts.append(str(v))
    return "\n".join(parts), nums


def forms(n):
    n = int(n)
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n:,}"}
    for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
        if n >= div and n % (div // 1000) == 0:
            x = n / div
            s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            out.add(s + " " + word)
    return out


def has_number(text, nums, n):
    t = norm(text)
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f.lower()) + r"(?![\d])", t):
            return True
    for scale in (1, 1_000_000, 1000):
        if float(n) / scale in nums:
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    im, idd = int(m), int(d)
    out = set()
    for dd in {d, str(idd)}:
        for mm in {m, str(im)}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    bad = 0
    tdir = os.path.join(HERE, "truth")
    files = sorted(f for f in os.listdir(tdir) if f.endswith(".json"))
    for tf in files:
        t = json.load(open(os.path.join(tdir, tf), encoding="utf-8"))
        path = os.path.join(HERE, t["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        if t["unit"] and t["unit"]["name"] and norm(t["unit"]["name"]) not in nt:
            errs.append("unit name " + t["unit"]["name"])
        if t["document"]["date"] and not any(norm(f) in nt for f in date_forms(t["document"]["date"])):
            errs.append("date " + t["document"]["date"])
        if t["document"]["number"] and norm(t["document"]["number"]) not in nt:
            errs.append("number " + t["document"]["number"])
        for e in t["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
            for k, v in e["indicators"].items():
                if not has_number(text, nums, v):
                    errs.append(f"figure {e['task']} {k}={v}")
        for x in t["difficulties"] + t["proposals"]:
            if norm(x) not in nt:
                errs.append("text: " + x[:50])
        if t["status"] == "rejected" and t["entries"]:
            errs.append("rejected with entries")
        print(("OK   " if not errs else "FAIL ") + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(files)} files, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
