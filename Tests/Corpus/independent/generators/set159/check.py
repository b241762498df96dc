# -*- coding: utf-8 -*-
"""Independent check of set 159: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and compares with truth/*.json. Does not import gen.py or data.py."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười",
         12: "mười hai", 15: "mười lăm", 20: "hai mươi"}


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}"}
    dotted = f"{n:,}".replace(",", ".")
    f.add(dotted); f.add(f"{n:,}".replace(",", " "))
    for unit, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= unit and n % (unit // 100) == 0:
            v = n / unit
            s = (f"{v:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {word}")
    if n in WORDS: f.add(WORDS[n])
    return f


def has_number(text, n):
    for form in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(form.lower()) + r"(?![\d])", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errors = []
    assert len(keys) == len(files), (len(keys), len(files))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        if not os.path.exists(path):
            errors.append(f"{k['file']}: missing"); continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != k["sha256"]:
            errors.append(f"{k['file']}: sha256 mismatch")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if norm(k["unit"]["name"]) not in text:
            errors.append(f"{k['file']}: unit name not found: {k['unit']['name']}")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errors.append(f"{k['file']}: number not found")
        if not any(df in text for df in date_forms(k["document"]["date"])):
            errors.append(f"{k['file']}: date not found")
        for e in k["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown"), e
            for ind, v in e["indicators"].items():
                if not has_number(text, v):
                    errors.append(f"{k['file']}: {e['task']} {ind}={v} not found")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in text:
                errors.append(f"{k['file']}: text not found: {d[:60]}")
        if k["status"] == "rejected" and k["entries"]:
            errors.append(f"{k['file']}: rejected with entries")
    n_docx = sum(f.endswith(".docx") for f in files)
    n_rej = sum(json.load(open(p, encoding='utf-8'))["status"] == "rejected" for p in keys)
    print(f"{len(files)} files: {n_docx} DOCX, {len(files)-n_docx} XLSX, {n_rej} rejected")
    for e in errors: print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)})")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
