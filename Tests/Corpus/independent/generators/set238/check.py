# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify it against its truth key."""
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
from openpyxl import load_workbook
D = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf8")
        for n in z.namelist():
            if re.match(r"word/(header|footer|footnotes)\d*\.xml", n): xml += z.read(n).decode("utf8")
    xml = re.sub(r"<w:(br|tab|p)\b[^>]*/?>", " ", xml)
    return re.sub(r"<[^>]+>", "", xml)

def xlsx_text(p):
    wb = load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    s = s.replace("&amp;", "&")
    return re.sub(r"\s+", " ", s).lower()

def dots(n): return f"{n:,}".replace(",", ".")
def forms(n):
    f = {str(n), f"{n:02d}", dots(n)}
    if n >= 1000000:
        for scale, w in ((10**9, "tỷ"), (10**6, "triệu")):
            if n >= scale:
                v = n / scale; s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(f"{s} {w}")
    return f

def has_num(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text): return True
    return False

def main():
    bad = 0; files = 0
    for tj in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
        t = json.load(open(tj)); p = os.path.join(D, t["file"]); files += 1
        errs = []
        if not os.path.exists(p): print("MISSING", p); bad += 1; continue
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
        text = norm(docx_text(p) if p.endswith(".docx") else xlsx_text(p))
        if t["unit"]["name"].lower() not in text: errs.append("unit name")
        y, m, d = t["document"]["date"].split("-")
        if f"ngày {d} tháng {m} năm {y}" not in text: errs.append("date")
        if t["document"]["number"].lower() not in text: errs.append("number")
        for e in t["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
            for k, v in e["indicators"].items():
                if not has_num(text, v): errs.append(f"{e['task']} {k}={v}")
        for s in t["difficulties"] + t["proposals"]:
            if norm(s) not in text: errs.append("text: " + s[:40])
        if t["status"] == "rejected" and not t["reason"]: errs.append("reason")
        print(("OK  " if not errs else "FAIL") + " " + t["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{files} files, {bad} failing"); sys.exit(1 if bad else 0)
main()
