# -*- coding: utf-8 -*-
"""Independent check of set198: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, unicodedata, html
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")

def norm(s):
    return unicodedata.normalize("NFC", s).replace("\u00a0", " ")

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>", "\n", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(html.unescape(x))
    return norm("\n".join(out))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return norm("\n".join(out))

def forms(v):
    v = int(v); f = {str(v), f"{v:02d}", f"{v:03d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    if v >= 1_000_000:
        m = v / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr"}
    return f

def has_num(text, v):
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}", f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}"]

bad = 0
files = sorted(f for f in os.listdir(TRUTH) if f.endswith(".json"))
for jf in files:
    k = json.load(open(os.path.join(TRUTH, jf), encoding="utf-8"))
    p = os.path.join(HERE, k["file"]); errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    t = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    tl = t.lower()
    name = k["unit"]["name"]
    short = re.sub(r"^(Phường|Xã|Đặc khu)\s+", "", name) if k["unit"]["id"] and k["unit"]["id"].isdigit() else name
    if short.lower() not in tl:
        # internal units may use the plan's short name
        alias = name.replace(" Thành phố Hồ Chí Minh", "")
        if alias.lower() not in tl:
            errs.append("unit name " + name)
    if k["document"]["date"] and not any(d in t for d in date_forms(k["document"]["date"])):
        errs.append("date")
    if k["document"]["number"] and k["document"]["number"] not in t:
        errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_num(t, v):
                errs.append(f"figure {e['task']} {ind}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in t:
            errs.append("text: " + s[:40])
    if k["status"] == "extracted" and not k["entries"]:
        errs.append("no entries")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " :: " + "; ".join(errs)))
    bad += bool(errs)
print(f"{len(files)} files, {bad} failing")
sys.exit(1 if bad else 0)
