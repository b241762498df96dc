# -*- coding: utf-8 -*-
"""Independent checker for set144: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each truth key: sha256, unit name, document number and date, every keyed
figure in some written form, every difficulty and proposal."""
import os, sys, json, hashlib, re, zipfile, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        for n in names:
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


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def num_forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}"}
    if n >= 1000:
        f.add(f"{n:,}".replace(",", "."))
        f.add(f"{n:,}".replace(",", " "))
    if n >= 1_000_000:
        for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
            if n % (div // 1000) == 0 and n >= div:
                v = n / div
                s = (f"{v:.3f}").rstrip("0").rstrip(".").replace(".", ",")
                f.add(f"{s} {word}")
        if n % 1000 == 0:
            f.add(f"{n // 1000:,}".replace(",", ".") + " nghìn")
    return f


def has_number(text, n):
    for form in num_forms(n):
        pat = r"(?<![\d.,])" + re.escape(form.casefold()) + r"(?![\d]|[.,]\d)"
        if re.search(pat, text):
            return True
    return False


def date_ok(text, iso):
    y, m, d = iso.split("-")
    forms = []
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            forms.append(f"ngày {dd} tháng {mm} năm {y}")
            forms.append(f"{dd}/{mm}/{y}")
    return any(f in text for f in forms)


def main():
    bad = 0
    keys = sorted(os.listdir(TRUTH))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(k[:-5] for k in keys) != files:
        print("MISMATCH between files and keys", files, keys)
        bad += 1
    for kf in keys:
        k = json.load(open(os.path.join(TRUTH, kf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != k["sha256"]:
            errs.append("sha256")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        u = k["unit"]
        if u and u.get("id"):
            names = ALIASES.get(u["id"], []) + [u["name"]]
            if not any(norm(n) in t for n in names):
                errs.append("unit name " + u["name"])
        doc = k["document"]
        if doc.get("number") and norm(doc["number"]) not in t:
            errs.append("number " + doc["number"])
        if doc.get("date") and not date_ok(t, doc["date"]):
            errs.append("date " + doc["date"])
        seen = set()
        for e in k["entries"]:
            if (e["task"]) in seen:
                errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                errs.append("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if not has_number(t, v):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for item in k["difficulties"] + k["proposals"]:
            if norm(item) not in t:
                errs.append("text: " + item[:60])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected with entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
