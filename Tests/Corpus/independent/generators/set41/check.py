# -*- coding: utf-8 -*-
"""Reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {"II.1.a","II.1.b","II.2.a","II.2.b","II.2.c","II.2.d","II.2.đ","II.2.e","II.2.g","II.2.h","II.2.i",
         "II.3.a","II.3.b","II.3.c","II.3.d","II.4.a","II.4.b","II.4.c","II.5.a","II.5.b","II.5.c","II.5.d","II.6.a","II.6.b"}
STAT = {"completed","in_progress","not_started","not_applicable","unknown"}
IND = {"training_courses","participants","communications","enterprises_supported","inspections","establishments_inspected",
       "violations","fines_vnd","samples_tested","instruments_verified","standards_reviewed","budget_spent_vnd"}

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    z = zipfile.ZipFile(path); parts = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)
                parts.append("".join(ts))
    import html
    return html.unescape("\n".join(parts)), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True); parts = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.append(c.value)
                parts.append(str(c.value))
    return "\n".join(parts), nums

def variants(n, money=False):
    v = set()
    n = int(n)
    v.add(str(n)); v.add(f"{n:02d}")
    v.add(f"{n:,}".replace(",", ".")); v.add(f"{n:,}".replace(",", " "))
    if money and n % 100000 == 0:
        t = n / 1_000_000
        s = (f"{t:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
        v.add(s + " triệu"); v.add(s + " tr")
    return v

def has_num(text, n, money, nums):
    if money and (n in nums or n / 1_000_000 in nums or n / 1000 in nums): return True
    if not money and n in nums: return True
    for s in variants(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text): return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-"); di, mi = int(d), int(m)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f"{dd}/{mm}/{y}"); out.add(f"ngày {dd} tháng {mm} năm {y}")
    return {norm(x) for x in out}

def main():
    fails = 0; files = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    for tf in files:
        k = json.load(open(tf, encoding="utf-8"))
        path = os.path.join(HERE, k["file"]); errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); fails += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        ext = path.rsplit(".", 1)[1]; counts[ext] += 1
        raw, nums = docx_text(path) if ext == "docx" else xlsx_text(path)
        t = norm(raw)
        if k["status"] == "rejected": counts["rejected"] += 1
        core = norm(re.sub(r"^(Phường|Xã|Đặc khu)\s+", "", k["unit"]["name"]))
        if core not in t: errs.append("unit name " + core)
        if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
        if k["document"]["date"] and not any(f in t for f in date_forms(k["document"]["date"])): errs.append("date")
        for e in k["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["status"] not in STAT: errs.append("status " + e["status"])
            for iid, val in e["indicators"].items():
                if iid not in IND: errs.append("indicator id " + iid)
                if not has_num(t, val, iid.endswith("_vnd"), nums): errs.append(f"{e['task']} {iid}={val}")
            if norm(e["text"])[:60] not in t: errs.append("text " + e["task"])
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append("duplicate task")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in t: errs.append("dk/prop " + d[:40])
        if errs:
            fails += 1; print("FAIL", k["file"], errs)
        else:
            print("ok  ", k["file"], len(k["entries"]), "entries")
    print(counts, "files:", len(files))
    if fails: print(fails, "failing"); sys.exit(1)
    print("ALL PASS")

main()
