# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify its key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from html import unescape
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"<w:tab/>", "\t", xml)
            xml = re.sub(r"<w:br/>", "\n", xml)
            xml = re.sub(r"</w:tc>", " \t ", xml)
            parts.append(unescape(re.sub(r"<[^>]+>", "", xml)))
    return "\n".join(parts)


def xlsx_text(path):
    out = []
    for data_only in (True, False):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    if hasattr(v, "strftime"):
                        out.append(v.strftime("%d/%m/%Y"))
                    elif isinstance(v, float) and v.is_integer():
                        out.append(str(int(v)))
                    else:
                        out.append(str(v))
    return "\n".join(out)


def dotted(v):
    return f"{v:,}".replace(",", ".")


def forms(v):
    f = {str(v), f"{v:02d}", dotted(v)}
    if v >= 1000000:
        m = v / 1e6
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(s + " triệu")
        if v >= 1e9:
            b = (f"{v/1e9:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(b + " tỷ")
    return f


def num_present(v, text):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


fails = 0
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
files = [p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx"))]
assert len(keys) == len(files), (len(keys), len(files))
for kp in keys:
    k = json.load(open(kp, encoding="utf-8"))
    path = os.path.join(HERE, k["file"])
    errs = []
    if os.path.basename(kp) != k["file"] + ".json": errs.append("key name")
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    t = norm(raw)
    names = ALIASES.get(k["unit"]["id"], [k["unit"]["name"]])
    if not any(norm(n) in t for n in names): errs.append("unit name")
    if k["unit"]["id"].isdigit():
        if norm(k["unit"]["name"]) not in t: errs.append("commune name")
    y, m, d = k["document"]["date"].split("-")
    if not (f"ngày {d} tháng {m} năm {y}" in t or f"{d}/{m}/{y}" in t): errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not num_present(v, raw): errs.append(f"figure {e['task']} {ind}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in t: errs.append("text: " + s[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected shape")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
print("files:", len(keys), "failures:", fails)
sys.exit(1 if fails else 0)
