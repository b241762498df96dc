# -*- coding: utf-8 -*-
"""Independent check of set149: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, sys, json, glob, hashlib, zipfile, csv, unicodedata
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}

names = {}
for r in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
    if r["province_code"] == "79":
        names[r["code"]] = [r["name"]]
for r in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
    names[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]

def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("–", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(x)
    import html
    return html.unescape("\n".join(out))

def xlsx_text(p):
    wb = load_workbook(p)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)

def num_forms(n, money=False):
    f = set()
    s = str(n)
    f.add(s)
    if n < 10: f.add("0" + s)
    if n >= 1000:
        f.add(f"{n:,}".replace(",", ".")); f.add(f"{n:,}".replace(",", " "))
    if money:
        for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
            if n % (div // 1000) == 0 and n >= div:
                v = n / div
                t = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(t + " " + word)
    return f

def has_num(text, n, money):
    for form in num_forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_ok(text, iso):
    y, m, d = iso.split("-")
    pats = [rf"ngày\s*0?{int(d)}\s*tháng\s*0?{int(m)}\s*năm\s*{y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
    return any(re.search(p, text) for p in pats)

errors = 0
def err(f, msg):
    global errors
    errors += 1
    print(f"FAIL {f}: {msg}")

files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
present = sorted(x for x in os.listdir(HERE) if x.endswith((".docx", ".xlsx")))
if sorted(os.path.basename(f)[:-5] for f in files) != present:
    err("*", "truth files and report files do not match")
for jf in files:
    k = json.load(open(jf, encoding="utf-8"))
    f = k["file"]; p = os.path.join(HERE, f)
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
        err(f, "sha256 mismatch")
    raw = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
    t = norm(raw)
    if k["status"] not in ("extracted", "rejected"): err(f, "bad status")
    if k["status"] == "rejected" and not k["reason"]: err(f, "rejected without reason")
    u = k["unit"]
    if u and u.get("id"):
        cands = names.get(u["id"])
        if not cands: err(f, f"unknown unit id {u['id']}")
        elif not any(norm(c) in t for c in cands): err(f, f"unit name not found {cands}")
    if k["document"]["date"] and not date_ok(t, k["document"]["date"]):
        err(f, f"date not found {k['document']['date']}")
    if k["document"]["number"] and norm(k["document"]["number"]) not in t:
        err(f, f"number not found {k['document']['number']}")
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS: err(f, f"bad task {e['task']}")
        if e["task"] in seen: err(f, f"duplicate task {e['task']}")
        seen.add(e["task"])
        if e["status"] not in STAT: err(f, f"bad status {e['status']}")
        for i, v in e["indicators"].items():
            if i not in IND: err(f, f"bad indicator {i}")
            if not isinstance(v, int): err(f, f"non-int {i}")
            if not has_num(t, v, i.endswith("_vnd")): err(f, f"figure {e['task']} {i}={v} not found")
    if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10):
        err(f, f"{len(k['entries'])} entries")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in t: err(f, f"text not found: {x[:60]}")
    print(("ok   " if True else "") + f, k["status"], len(k["entries"]), "entries")
print("ERRORS:", errors)
sys.exit(1 if errors else 0)
