# -*- coding: utf-8 -*-
"""Independent checker: reopens each final file (zip+XML for DOCX, openpyxl for XLSX) and verifies its key."""
import json, os, re, sys, zipfile, hashlib, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
TASKS = {"II.1.a","II.1.b","II.2.a","II.2.b","II.2.c","II.2.d","II.2.đ","II.2.e","II.2.g","II.2.h","II.2.i",
         "II.3.a","II.3.b","II.3.c","II.3.d","II.4.a","II.4.b","II.4.c","II.5.a","II.5.b","II.5.c","II.5.d","II.6.a","II.6.b"}
IDS = {"training_courses","participants","communications","enterprises_supported","inspections","establishments_inspected",
       "violations","fines_vnd","samples_tested","instruments_verified","standards_reviewed","budget_spent_vnd"}
STAT = {"completed","in_progress","not_started","not_applicable","unknown"}

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
                t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
                out.append(t)
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer(): v = int(v)
                    out.append(str(v))
                    if isinstance(v, int):
                        out.append(f"{v:,}".replace(",", "."))
    return "\n".join(out)

def dotted(n): return f"{n:,}".replace(",", ".")

def variants(n):
    v = {str(n), f"{n:02d}", f"{n:03d}", dotted(n), f"{n:,}".replace(",", " ")}
    if n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        for suf in (" tr", "tr", " triệu", " tr.đ"):
            v.add(ms + suf)
    return v

def has_num(text, n):
    for f in variants(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); mi, di = int(m), int(d)
    f = set()
    for dd in (d, str(di)):
        for mm in (m, str(mi)):
            f |= {f"{dd}/{mm}/{y}", f"ngày {dd} tháng {mm} năm {y}", f"{dd}-{mm}-{y}", f"{dd}.{mm}.{y}"}
    return f

fails = 0; n = 0
for kp in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
    k = json.load(open(kp, encoding="utf-8")); n += 1
    fp = os.path.join(D, k["file"]); errs = []
    if not os.path.exists(fp):
        print("MISSING", k["file"]); fails += 1; continue
    if hashlib.sha256(open(fp, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    raw = docx_text(fp) if fp.endswith(".docx") else xlsx_text(fp)
    text = norm(raw); low = text.casefold()
    if k["unit"] and k["unit"]["name"].casefold() not in low: errs.append("unit name " + k["unit"]["name"])
    if k["document"]["date"] and not any(x in text for x in date_forms(k["document"]["date"])): errs.append("date")
    if k["document"]["number"] and k["document"]["number"] not in text: errs.append("number")
    if k["status"] == "rejected":
        if k["entries"] or not k["reason"]: errs.append("rejected key malformed")
    for e in k["entries"]:
        if e["task"] not in TASKS: errs.append("task " + e["task"])
        if e["status"] not in STAT: errs.append("status " + e["status"])
        for i, v in e["indicators"].items():
            if i not in IDS: errs.append("indicator id " + i)
            if not isinstance(v, int) or not has_num(text, v): errs.append(f"figure {e['task']} {i}={v}")
    tasks = [e["task"] for e in k["entries"]]
    if len(tasks) != len(set(tasks)): errs.append("duplicate task")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in text: errs.append("dp: " + s[:40])
    if errs: fails += 1; print("FAIL", k["file"], errs)
    else: print("ok  ", k["file"], len(k["entries"]), "entries")
print(f"{n} keys, {fails} failing"); sys.exit(1 if fails else 0)
