# -*- coding: utf-8 -*-
"""Independent check: reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    out, nums = [], []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "br", W + "tab"):
                        buf.append("\n" if el.tag == W + "br" else "\t")
                out.append("".join(buf))
    return nfc("\n".join(out)), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.append(c.value)
                out.append(str(c.value))
        out.append(ws.title)
    return nfc("\n".join(out)), nums


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), f"{n:02d}", dotted(n), f"{n:,}"}
    for unit, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= unit and n % (unit // 1000) == 0:
            v = n / unit
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {word}")
    return f


def has_number(text, nums, n):
    if any(abs(x - n) < 1e-9 for x in nums):
        return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = str(int(d)), str(int(m))
    out = set()
    for dd in (d, di):
        for mm in (m, mi):
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    fails = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for kp in keys:
        key = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", key["file"]); fails += 1; continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != key["sha256"]:
            errs.append("sha256 mismatch")
        text, nums = (docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        low = text.casefold()
        if key["unit"]["name"].casefold() not in low:
            errs.append("unit name not found: " + key["unit"]["name"])
        if key["document"]["number"] and key["document"]["number"] not in text:
            errs.append("number not found")
        if key["document"]["date"] and not any(f in text for f in date_forms(key["document"]["date"])):
            errs.append("date not found")
        for e in key["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(text, nums, v):
                    errs.append(f"{e['task']} {ind}={v} not found")
        for s in key["difficulties"] + key["proposals"]:
            if nfc(s) not in text:
                errs.append("item not found: " + s[:50])
        if key["status"] == "rejected" and key["entries"]:
            errs.append("rejected file with entries")
        print(("OK  " if not errs else "FAIL"), key["file"], key["status"], len(key["entries"]), "entries")
        for x in errs:
            print("     -", x)
        fails += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    keyed = {json.load(open(k, encoding="utf-8"))["file"] for k in keys}
    for f in files:
        if f not in keyed:
            print("UNKEYED", f); fails += 1
    print(f"{len(keys)} keys, {fails} failing")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
