# -*- coding: utf-8 -*-
"""Independent check of set 236: reopens each final file (zip+XML / openpyxl) and compares with truth."""
import hashlib, json, os, re, sys, zipfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                t = "".join((x.text or "") for x in p.iter() if x.tag in (W + "t",))
                # soft breaks inside runs
                out.append(t)
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def variants(n, money):
    v = {str(n), f"{n:02d}", dotted(n)}
    if money:
        m = n / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        v |= {s + " triệu", s + "tr"}
    return v


def has_num(text, v):
    return re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)", text) is not None


def main():
    bad = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    for f in files:
        path = os.path.join(HERE, f)
        key = json.load(open(os.path.join(HERE, "truth", f + ".json")))
        errs = []
        if key["file"] != f: errs.append("file name")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: errs.append("sha256")
        text = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        text = unicodedata.normalize("NFC", text)
        low = text.lower()
        name = key["unit"]["name"]
        short = name.split(" ", 1)[1] if name.startswith(("Phường", "Xã")) else name
        if name.lower() not in low and short.lower() not in low:
            errs.append("unit name " + name)
        y, m, d = key["document"]["date"].split("-")
        if not (f"ngày {d} tháng {m} năm {y}" in text or f"{d}/{m}/{y}" in text):
            errs.append("date")
        if key["document"]["number"] and key["document"]["number"] not in text:
            errs.append("number")
        for e in key["entries"]:
            for ind, val in e["indicators"].items():
                if not any(has_num(text, v) for v in variants(val, ind.endswith("_vnd"))):
                    errs.append(f"figure {e['task']} {ind}={val}")
        for s in key["difficulties"] + key["proposals"]:
            if s not in text:
                errs.append("item missing: " + s[:40])
        if key["status"] == "rejected" and (key["entries"] or not key["reason"]):
            errs.append("rejected key shape")
        print(("OK  " if not errs else "BAD ") + f + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    n_truth = len(os.listdir(os.path.join(HERE, "truth")))
    if n_truth != len(files):
        print("truth count mismatch", n_truth, len(files)); bad += 1
    print("PASS" if not bad else f"FAIL ({bad})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
