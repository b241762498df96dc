# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify its key."""
import json, os, re, sys, zipfile, hashlib, unicodedata
from openpyxl import load_workbook
D = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf8")
            x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", "\n", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    return "\n".join(out)

def xlsx_text(p):
    out = []
    for wb in (load_workbook(p), load_workbook(p, data_only=True)):
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None:
                        v = c.value
                        if isinstance(v, float) and v.is_integer(): v = int(v)
                        out.append(str(v))
    return "\n".join(out)

def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("&amp;", "&")
    return re.sub(r"\s+", " ", s)

def forms(v, name):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " ")}
    if v >= 1_000_000:
        for div, words in ((1e6, ["triệu", "tr"]), (1e9, ["tỷ"])):
            q = v / div
            if q >= 1 and abs(q * 100 - round(q * 100)) < 1e-6:
                qs = (f"{q:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                for w in words: f.add(f"{qs} {w}"); f.add(f"{qs}{w}")
    return f

def has_num(text, v, name):
    for fm in forms(v, name):
        if re.search(r"(?<![\d.,])" + re.escape(fm.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

bad = 0; n = 0
for fn in sorted(os.listdir(D)):
    if not fn.endswith((".docx", ".xlsx")): continue
    n += 1
    t = json.load(open(os.path.join(D, "truth", fn + ".json")))
    errs = []
    p = os.path.join(D, fn)
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
    if t["file"] != fn: errs.append("file field")
    raw = docx_text(p) if fn.endswith(".docx") else xlsx_text(p)
    text = norm(raw)
    if t["unit"] and norm(t["unit"]["name"]) not in text: errs.append("unit name " + t["unit"]["name"])
    dt = t["document"]["date"]
    if dt:
        y, m, d = dt.split("-")
        pats = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
        if not any(x in text for x in pats): errs.append("date " + dt)
    if t["document"]["number"] and norm(t["document"]["number"]) not in text: errs.append("number")
    if t["status"] == "rejected":
        if t["entries"] or not t["reason"]: errs.append("rejected key shape")
    for e in t["entries"]:
        assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown"), e
        for k, v in e["indicators"].items():
            if not has_num(text, v, k): errs.append(f"{e['task']} {k}={v}")
    for s in t["difficulties"] + t["proposals"]:
        if norm(s) not in text: errs.append("text: " + s[:40])
    if errs: bad += 1; print("FAIL", fn, errs)
    else: print("ok  ", fn)
print(f"{n} files, {bad} failing"); sys.exit(1 if bad else 0)
