# -*- coding: utf-8 -*-
"""Independent check of set92: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def forms(n):
    n = int(n)
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if n < 10:
        f.add(f"{n:02d}")
    if n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(ms + " triệu")
        if m.is_integer():
            f.add(f"{int(m):,}".replace(",", "."))  # value typed in a "triệu đồng" column
    if n >= 1_000_000_000:
        b = n / 1_000_000_000
        f.add((f"{b:.3f}".rstrip("0").rstrip(".")).replace(".", ",") + " tỷ")
    return f


def has_num(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path):
            print("MISSING", fn); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        raw = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        names = [k["unit"]["name"]] + ALIASES.get(k["unit"]["id"] or "", [])
        if not any(norm(nm) in text for nm in names):
            errs.append("unit name not found")
        y, m, d = k["document"]["date"].split("-")
        dforms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"]
        if not any(norm(x) in text for x in dforms):
            errs.append("date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errs.append("number not found")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_num(text, v):
                    errs.append(f"{e['task']} {ind}={v} not found")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in text:
                errs.append("text not found: " + x[:50])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected file with entries")
        print(("OK  " if not errs else "FAIL") + " " + fn + ("" if not errs else " :: " + "; ".join(errs)))
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != len(keys):
        print("file/key count mismatch", len(files), len(keys)); bad += 1
    print(f"{len(keys)} keys checked, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
