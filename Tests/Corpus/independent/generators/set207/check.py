# -*- coding: utf-8 -*-
"""Re-opens each final file independently of the generator and checks it against truth/."""
import os, sys, json, glob, hashlib, re, zipfile, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return unicodedata.normalize("NFC", s).casefold()

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is not None:
                    if isinstance(v, float) and v == int(v):
                        v = int(v)
                    parts.append(str(v))
                if c.comment is not None:
                    parts.append(c.comment.text)
    return "\n".join(parts)

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:br/>|<w:tab/>", " ", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    import html
    return html.unescape("\n".join(out))

def forms(key, v):
    f = {str(v)}
    if v < 100:
        f.add(f"{v:02d}")
    f.add(f"{v:,}".replace(",", ".")); f.add(f"{v:,}")
    if v >= 1_000_000:
        for div, word in ((1e6, "triệu"), (1e9, "tỷ")):
            x = v / div
            s = (f"{x:.3f}".rstrip("0").rstrip("."))
            f.add(s); f.add(s.replace(".", ","))
    return f

def has_num(text, v, key):
    for fm in forms(key, v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d])", text):
            return True
    return False

fails = 0
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
for kp in keys:
    k = json.load(open(kp, encoding="utf-8"))
    p = os.path.join(HERE, k["file"])
    errs = []
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    text = xlsx_text(p) if p.endswith(".xlsx") else docx_text(p)
    nt = norm(text)
    if norm(k["unit"]["name"]) not in nt:
        errs.append("unit name " + k["unit"]["name"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
        errs.append("number")
    y, m, d = k["document"]["date"].split("-")
    if not (f"ngày {d} tháng {m} năm {y}" in text or f"{d}/{m}/{y}" in text):
        errs.append("date")
    for e in k["entries"]:
        for ik, v in e["indicators"].items():
            if not has_num(text, v, ik):
                errs.append(f"figure {e['task']} {ik}={v}")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in nt:
            errs.append("text: " + s[:40])
    if k["status"] == "rejected" and k["entries"]:
        errs.append("rejected with entries")
    print(("FAIL " if errs else "ok   ") + k["file"], "; ".join(errs))
    fails += bool(errs)
print(f"{len(keys)} files, {fails} failing")
sys.exit(1 if fails else 0)
