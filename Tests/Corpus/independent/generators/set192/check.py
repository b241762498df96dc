# -*- coding: utf-8 -*-
"""Independent check of set192: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, csv, unicodedata
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
aliases = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    aliases[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path)
        out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:(br|tab|p)\b[^>]*/?>", " \n", x)
                x = re.sub(r"</w:p>", "\n", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        import html
        return html.unescape("\n".join(out))
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def forms(v, ind):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    if ind.endswith("_vnd"):
        for div, w in ((1_000_000, "tr"), (1_000_000_000, "tỷ")):
            q = v / div
            if q >= 1:
                s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(s)
    return f


def has_num(txt, s):
    return re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", txt) is not None


bad = 0
files = sorted(f for f in os.listdir(D) if f.endswith((".docx", ".xlsx")))
truths = sorted(f[:-5] for f in os.listdir(os.path.join(D, "truth")))
if files != truths:
    print("file/truth mismatch", set(files) ^ set(truths)); bad += 1
for fn in files:
    k = json.load(open(os.path.join(D, "truth", fn + ".json"), encoding="utf-8"))
    p = os.path.join(D, fn)
    errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    if k["file"] != fn:
        errs.append("file field")
    t = text_of(p); nt = norm(t)
    names = [k["unit"]["name"]] + aliases.get(k["unit"]["id"], [])
    if not any(norm(n) in nt for n in names):
        errs.append("unit name")
    y, m, d = k["document"]["date"].split("-")
    dforms = [f"ngày {int(d)} tháng {int(m)} năm {y}", f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
    if not any(norm(x) in nt for x in dforms):
        errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
        errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not any(has_num(t, s) for s in forms(v, ind)):
                errs.append(f"figure {e['task']} {ind}={v}")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in nt:
            errs.append("text: " + x[:40])
    if k["status"] == "rejected" and k["entries"]:
        errs.append("rejected with entries")
    print(("OK  " if not errs else "BAD ") + fn, "; ".join(errs))
    bad += bool(errs)
print("PASS" if not bad else f"FAIL ({bad})")
sys.exit(1 if bad else 0)
