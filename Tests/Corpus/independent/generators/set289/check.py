# -*- coding: utf-8 -*-
"""Independent check for set289: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each key in truth/."""
import hashlib, json, os, re, sys, zipfile, unicodedata, datetime
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).casefold()

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        out = []
        for n in parts:
            xml = z.read(n).decode("utf-8")
            xml = re.sub(r"</w:p>", "\n", xml)
            xml = re.sub(r"<w:tab/>", "\t", xml)
            xml = re.sub(r"<w:br/>", "\n", xml)
            txt = re.sub(r"<[^>]+>", "", xml)
            for a, b in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
                txt = txt.replace(a, b)
            out.append(txt)
        return "\n".join(out), []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out, dates = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    dates.append(v.strftime("%Y-%m-%d"))
                out.append(str(v))
    return "\n".join(out), dates

def num_forms(n, money=False):
    f = {str(n), "%02d" % n, "{:,}".format(n).replace(",", ".")}
    if money:
        for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
            if n % (div // 1000) == 0 and n >= div // 10:
                v = n / div
                s = ("%g" % v).replace(".", ",")
                f.add(s + " " + unit)
    return f

def has_num(text, n, money=False):
    for form in num_forms(n, money):
        if " " in form or "," in form:
            if norm(form) in norm(text): return True
        elif re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    return {"ngày %s tháng %s năm %s" % (d, m, y), "ngày %d tháng %d năm %s" % (int(d), int(m), y),
            "%s/%s/%s" % (d, m, y)}

bad = 0; n = 0
for kf in sorted(os.listdir(TRUTH)):
    key = json.load(open(os.path.join(TRUTH, kf), encoding="utf-8"))
    p = os.path.join(HERE, key["file"]); n += 1
    errs = []
    if not os.path.exists(p):
        print("MISSING", key["file"]); bad += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != key["sha256"]:
        errs.append("sha256")
    text, dates = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    nt = norm(text)
    if key.get("unit") and key["unit"].get("name") and norm(key["unit"]["name"]) not in nt:
        errs.append("unit name " + key["unit"]["name"])
    doc = key.get("document") or {}
    if doc.get("date"):
        if not any(norm(f) in nt for f in date_forms(doc["date"])) and doc["date"] not in dates:
            errs.append("date " + doc["date"])
    if doc.get("number") and norm(doc["number"]) not in nt:
        errs.append("number " + doc["number"])
    if key["status"] == "rejected":
        if key["entries"]: errs.append("rejected with entries")
        if not key.get("reason"): errs.append("rejected without reason")
    for e in key["entries"]:
        for k, v in e["indicators"].items():
            if not isinstance(v, int): errs.append("non-int %s %s" % (e["task"], k)); continue
            if not has_num(text, v, money=k.endswith("_vnd")):
                errs.append("figure %s %s=%s" % (e["task"], k, v))
        if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
            errs.append("bad status " + e["status"])
    for x in key["difficulties"] + key["proposals"]:
        if norm(x) not in nt: errs.append("text missing: " + x[:50])
    tasks = [e["task"] for e in key["entries"]]
    if len(tasks) != len(set(tasks)): errs.append("duplicate task")
    if errs:
        bad += 1; print("FAIL", key["file"], errs)
    else:
        print("ok  ", key["file"], len(key["entries"]), "entries")
print("%d files, %d failing" % (n, bad))
sys.exit(1 if bad else 0)
