# -*- coding: utf-8 -*-
"""Independent check of set81: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import hashlib, json, os, re, sys, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "tab",):
                            buf.append("\t")
                        elif el.tag in (W + "br", W + "cr"):
                            buf.append("\n")
                    out.append("".join(buf))
    return "\n".join(out), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and c.column > 1:   # skip the STT column
                    nums.add(float(v))
                out.append(str(v))
    return "\n".join(out), nums


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    for div, word in ((1_000_000_000, "tỷ"), (1_000_000, "triệu")):
        if n >= div and n % (div // 100) == 0:
            x = n / div
            s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {word}")
    return f


def has_number(text, nums, n):
    if float(n) in nums:
        return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
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
    return out


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


def main():
    errors = 0
    tdir = os.path.join(HERE, "truth")
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(os.listdir(tdir))
    if sorted(f + ".json" for f in files) != keys:
        print("MISMATCH between files and truth"); errors += 1
    for f in files:
        k = json.load(open(os.path.join(tdir, f + ".json"), encoding="utf-8"))
        path = os.path.join(HERE, f)
        probs = []
        if k["file"] != f:
            probs.append("file field")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            probs.append("sha256")
        text, nums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        text = norm(text)
        low = text.lower()
        uname = k["unit"]["name"]
        short = uname.split(" ", 1)[1] if uname.startswith(("Phường ", "Xã ")) else uname
        if uname.lower() not in low and short.upper() not in text:
            probs.append("unit name " + uname)
        if k["document"]["date"] and not any(d in text for d in date_forms(k["document"]["date"])):
            probs.append("date " + k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            probs.append("number " + k["document"]["number"])
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                probs.append("rejected key must have no entries and a reason")
        for e in k["entries"]:
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                probs.append("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if not has_number(text, nums, v):
                    probs.append(f"figure {e['task']} {ind}={v}")
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in text:
                probs.append("missing item: " + item[:50])
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)):
            probs.append("duplicate task entries")
        print(("FAIL " if probs else "ok   ") + f + ("  " + "; ".join(probs) if probs else ""))
        errors += bool(probs)
    print("check.py:", "PASS" if not errors else f"{errors} problem file(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
