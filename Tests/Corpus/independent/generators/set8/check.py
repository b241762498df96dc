"""Independent check of set8: reopens every file (zip+XML for docx, openpyxl for xlsx) and verifies
its key. Does not import the generators. Run: python3 check.py"""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
         "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
FIELDS = {"file", "sha256", "status", "reason", "unit", "document", "entries", "difficulties", "proposals", "findings"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        buf = []
        for el in p.iter():
            if el.tag == W + "t" and el.text:
                buf.append(el.text)
            elif el.tag in (W + "tab", W + "br"):
                buf.append(" ")
        paras.append("".join(buf))
    return "\n".join(paras)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, hidden = [], []
    for ws in wb.worksheets:
        hid = {k for k, d in ws.column_dimensions.items() if d.hidden}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                (hidden if c.column_letter in hid else out).append(str(v))
    return "\n".join(out), "\n".join(hidden)


def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if n >= 1_000_000:
        m = n / 1_000_000
        f.add(("%g" % m).replace(".", ",") + " triệu")
    if n >= 1_000_000_000:
        b = n / 1_000_000_000
        f.add(("%g" % b).replace(".", ",") + " tỷ")
    return f


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def units():
    u = {}
    with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["province_code"] == "79":
                u[r["code"]] = [r["name"], r["name"].split(" ", 1)[1] if " " in r["name"] else r["name"]]
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            u[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    return u


def main():
    U = units()
    derived = json.load(open(os.path.join(ROOT, "gen", "derived.json"), encoding="utf-8"))
    keys = sorted(glob.glob(os.path.join(ROOT, "truth", "*.json")))
    files = sorted(f for f in os.listdir(ROOT) if f.endswith((".docx", ".xlsx")))
    errs = []
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errs.append("truth files do not match data files")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        e = lambda m: errs.append(f"{fn}: {m}")
        path = os.path.join(ROOT, fn)
        if set(k) != FIELDS:
            e(f"fields {sorted(set(k) ^ FIELDS)}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        hidden = ""
        if fn.endswith(".docx"):
            text = docx_text(path)
        else:
            text, hidden = xlsx_text(path)
        nt = norm(text)
        # unit
        uid = k["unit"]["id"] if k["unit"] else None
        if uid not in U:
            e(f"unknown unit {uid}")
        elif k["unit"]["name"] != U[uid][0]:
            e("unit name not canonical")
        elif not any(norm(a) in nt for a in U[uid]):
            e(f"unit {uid} not named in file")
        # document
        num, date = k["document"]["number"], k["document"]["date"]
        if num and norm(num) not in nt:
            e(f"number {num} not in file")
        if date:
            y, m, d = date.split("-")
            pats = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}",
                    f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
            if not any(p in nt for p in pats):
                e(f"date {date} not in file")
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                e("rejected key needs a reason and no entries")
            continue
        if k["status"] != "extracted" or k["reason"] is not None:
            e("status/reason")
        seen = set()
        for en in k["entries"]:
            t = en["task"]
            if t not in TASKS or t in seen:
                e(f"bad/duplicate task {t}")
            seen.add(t)
            if en["status"] not in STATUSES:
                e(f"bad status {en['status']}")
            for ind, v in en["indicators"].items():
                if ind not in INDS or not isinstance(v, int):
                    e(f"bad indicator {ind}={v}")
                    continue
                ok = has_number(text, v)
                if not ok:
                    for dv in derived:
                        if dv["file"] == fn and dv["task"] == t and dv["indicator"] == ind:
                            ok = dv["total"] == v == sum(dv["parts"]) and all(has_number(text, p) for p in dv["parts"])
                if not ok:
                    e(f"{t} {ind}={v} not found in file")
            if norm(en["text"])[:30] and not en["source"]:
                e(f"{t} no source")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in nt:
                e(f"item not in file: {x[:50]}")
    # derived entries must be used by a key
    for dv in derived:
        kk = json.load(open(os.path.join(ROOT, "truth", dv["file"] + ".json"), encoding="utf-8"))
        if not any(en["task"] == dv["task"] and en["indicators"].get(dv["indicator"]) == dv["total"]
                   for en in kk["entries"]):
            errs.append(f"{dv['file']}: derived {dv} unused")
    print(f"checked {len(keys)} keys, {len(files)} files")
    for x in errs:
        print("FAIL", x)
    print("ALL PASS" if not errs else f"{len(errs)} failures")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
