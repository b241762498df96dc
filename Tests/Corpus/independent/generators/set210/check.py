# -*- coding: utf-8 -*-
"""Independent check of set 210: reopens every file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, glob, hashlib, zipfile, re, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                continue
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
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    out.append(str(v))
    return "\n".join(out)


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def dots(n):
    return f"{n:,}".replace(",", ".")


def forms(key, v):
    f = {str(v), f"{v:02d}", dots(v)}
    if key.endswith("_vnd"):
        f.add(dots(v) + " đồng")
        tr = v / 1_000_000
        s = (f"{tr:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + " tr.đ", s + " tr"}
        ty = v / 1_000_000_000
        s2 = (f"{ty:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(s2 + " tỷ")
        f = {x for x in f if not re.fullmatch(r"\d+", x) or len(x) > 6}
    return f


def has(text, form):
    # the figure must not be glued to other digits
    pat = r"(?<![\d.,])" + re.escape(form.casefold()) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("count mismatch", len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        if norm(k["unit"]["name"]) not in t:
            errs.append("unit name " + k["unit"]["name"])
        y, m, d = k["document"]["date"].split("-")
        if not (f"ngày {d} tháng {m} năm {y}" in t or f"ngày {d}/{m}/{y}" in t):
            errs.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in t:
            errs.append("number")
        for e in k["entries"]:
            for key, v in e["indicators"].items():
                if not any(has(t, fm) for fm in forms(key, v)):
                    errs.append(f"figure {e['task']} {key}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t:
                errs.append("text: " + s[:40])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key shape")
        print(("OK   " if not errs else "FAIL ") + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("PASS" if not bad else f"{bad} problem(s)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
