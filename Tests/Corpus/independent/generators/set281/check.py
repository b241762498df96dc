# -*- coding: utf-8 -*-
"""Reopens every final file in set281 independently of gen.py and verifies it against truth/*.json:
sha256, unit name, date, every keyed figure in some written form, every difficulty and proposal."""
import json, hashlib, os, re, sys, zipfile, unicodedata, datetime
import openpyxl

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
ST = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    import html
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|<w:br[^>]*/>|<w:tab/>|</w:tc>", " ", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(x)
    return html.unescape(" ".join(out)), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.strftime("%Y-%m-%d"))
                elif isinstance(v, (int, float)):
                    nums.append(v)
                    out.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    out.append(str(v))
    return " ".join(out), nums + dates


def fig_forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " ")}
    for unit, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
        if v >= unit and v % (unit // 1000) == 0:
            q = v / unit
            s = (f"{q:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {word}")
    return f


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    fs = {f"{d}/{m}/{y}", f"{di}/{mi}/{y}", f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}",
          f"ngày {di:02d} tháng {mi} năm {y}", iso}
    return {norm(x) for x in fs}


errors = []
files = sorted(f for f in os.listdir(D) if f.endswith((".docx", ".xlsx")))
truths = sorted(f[:-5] for f in os.listdir(os.path.join(D, "truth")) if f.endswith(".json"))
if files != truths:
    errors.append(f"files/keys mismatch: {set(files) ^ set(truths)}")
for fn in files:
    p = os.path.join(D, fn)
    k = json.load(open(os.path.join(D, "truth", fn + ".json")))
    E = lambda m: errors.append(f"{fn}: {m}")
    if k["file"] != fn:
        E("file field")
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
        E("sha256 mismatch")
    if fn.endswith(".docx"):
        text, extra = docx_text(p)
    else:
        text, extra = xlsx_text(p)
    t = norm(text)
    u = k["unit"]
    if u and u.get("name"):
        nm = norm(u["name"])
        alts = {nm, nm.replace("phường ", "phường "), nm.replace("thành phố hồ chí minh", "tp. hồ chí minh")}
        if u["id"] and u["id"][0].isdigit():
            alts.add(nm.replace("phường ", ""))  # ward name after "PHƯỜNG" on another line
        if not any(a in t for a in alts):
            # agencies: accept the name split over header lines
            words = nm.split()
            if not all(w in t for w in words):
                E(f"unit name not found: {u['name']}")
    dt = k["document"]["date"]
    if dt and not (any(f in t for f in date_forms(dt)) or dt in [str(x) for x in extra]):
        E(f"date not found: {dt}")
    num = k["document"]["number"]
    if num and norm(num) not in t:
        E(f"number not found: {num}")
    if k["status"] == "rejected":
        if k["entries"]:
            E("rejected with entries")
        if not k["reason"]:
            E("rejected without reason")
    else:
        if k["status"] != "extracted":
            E("bad status")
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS:
                E(f"bad task {en['task']}")
            if en["task"] in seen:
                E(f"duplicate task {en['task']}")
            seen.add(en["task"])
            if en["status"] not in ST:
                E(f"bad status {en['status']}")
            if norm(en["text"][:60]) not in t:
                E(f"entry text not in file: {en['text'][:40]}")
            for iid, v in en["indicators"].items():
                if iid not in IND:
                    E(f"bad indicator {iid}")
                if not isinstance(v, int):
                    E(f"non-int {iid}")
                forms = fig_forms(v)
                ok = any(re.search(r"(?<![\d.,])" + re.escape(norm(f)) + r"(?![\d]|[.,]\d)", t) for f in forms)
                ok = ok or any(isinstance(x, (int, float)) and x == v for x in extra)
                if not ok:
                    E(f"{en['task']} {iid}={v} not found in any form")
    for lab in ("difficulties", "proposals"):
        for x in k[lab]:
            if norm(x) not in t:
                E(f"{lab} item not found: {x[:50]}")

if errors:
    print("\n".join(errors))
    print(f"FAIL: {len(errors)} error(s)")
    sys.exit(1)
print(f"OK: {len(files)} files checked")
