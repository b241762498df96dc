# -*- coding: utf-8 -*-
"""Independent check of set278: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each key in truth/: sha256, unit name, document number and date,
every keyed figure in some written form, every difficulty and proposal."""
import sys, os, re, json, glob, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        for n in parts:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                out.append("".join(buf))
    return "\n".join(out), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], set()
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if float(v).is_integer():
                        nums.add(int(v))
                    out.append(str(v))
                else:
                    out.append(str(v))
    return "\n".join(out), nums


def forms(n):
    f = {str(n), f"{n:02d}", f"{n:03d}"}
    if n >= 1000:
        f.add(f"{n:,}".replace(",", "."))
        f.add(f"{n:,}")
        f.add(f"{n:,}".replace(",", " "))
    if n >= 1_000_000:
        for unit, div in (("triệu", 1_000_000), ("tỷ", 1_000_000_000), ("tr", 1_000_000)):
            if n >= div:
                x = n / div
                s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(s + " " + unit)
                f.add(s + unit)
    return f


def has_number(text, n):
    for fm in forms(n):
        pat = r"(?<![\d.,])" + re.escape(norm(fm)) + r"(?![\d]|[.,]\d)"
        if re.search(pat, text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
            out.add(f"{dd}-{mm}-{y}")
            out.add(f"{dd}.{mm}.{y}")
    return out


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("MISMATCH between files and keys"); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        probs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            probs.append("sha256 differs")
        raw, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if k["unit"]["name"] and norm(k["unit"]["name"]) not in text:
            probs.append("unit name not found: " + k["unit"]["name"])
        num = k["document"]["number"]
        if num and norm(num) not in text:
            probs.append("number not found: " + num)
        if k["document"]["date"] and not any(norm(x) in text for x in date_forms(k["document"]["date"])):
            probs.append("date not found: " + k["document"]["date"])
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                probs.append("rejected key must have a reason and no entries")
        tasks = set()
        for e in k["entries"]:
            if e["task"] in tasks:
                probs.append("duplicate task " + e["task"])
            tasks.add(e["task"])
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                probs.append("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if not isinstance(v, int):
                    probs.append(f"{e['task']} {ind} not an int")
                if not (has_number(text, v) or v in nums):
                    probs.append(f"{e['task']} {ind}={v} not found in file")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text:
                probs.append("text not found: " + x[:60])
        print(("OK   " if not probs else "FAIL ") + fn)
        for p in probs:
            print("     -", p)
        errors += len(probs)
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
