# -*- coding: utf-8 -*-
"""Independent check of set 62: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies the keys against it. Does not import the generator."""
import os, sys, json, glob, hashlib, re, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                parts.append(str(v))
    return "\n".join(parts), nums


def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    if v == 0:
        f |= {"không"}
    if v >= 1_000_000:
        for unit, div in (("triệu", 1_000_000), ("tỷ", 1_000_000_000)):
            x = v / div
            if x >= 1 and abs(round(x, 3) - x) < 1e-9:
                s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(f"{s} {unit}")
    return f


def has_number(text, nums, v):
    if any(abs(n - v) < 1e-6 for n in nums):
        return True
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    assert len(keys) == len(files), (len(keys), len(files))
    for kp in keys:
        k = json.load(open(kp))
        path = os.path.join(HERE, k["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(text)
        tl = t.lower()
        name = k["unit"]["name"]
        cands = {name.lower(), name.replace(" Thành phố Hồ Chí Minh", "").lower(),
                 re.sub(r"^(phường|xã) ", "", name.lower())}
        if not any(c in tl for c in cands):
            errs.append("unit name")
        y, m, d = k["document"]["date"].split("-")
        if not re.search(rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", t):
            errs.append("date")
        if k["document"]["number"] and k["document"]["number"] not in t:
            errs.append("number")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(t, nums, v):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t:
                errs.append("text: " + s[:40])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected with entries")
        print(("OK  " if not errs else "BAD ") + k["file"], "; ".join(errs))
        bad += bool(errs)
    print("files:", len(keys), "bad:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
