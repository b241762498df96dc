# -*- coding: utf-8 -*-
"""Independent check of set 158: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies its truth key: sha256, unit name, date, every keyed figure, every
difficulty and proposal, and the key's vocabularies. Does not import the generator."""
import csv, glob, hashlib, json, os, re, sys, zipfile, unicodedata
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i "
         "II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d "
         "II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported",
       "inspections", "establishments_inspected", "violations", "fines_vnd", "samples_tested",
       "instruments_verified", "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"<w:(br|tab|cr)\b[^>]*/>", "<w:t> </w:t>", xml)
                xml = re.sub(r"</w:p>", "\n", xml)
                for para in xml.split("\n"):
                    t = "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", para))
                    if t:
                        out.append(t)
    txt = "\n".join(out)
    return (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
               .replace("&quot;", '"').replace("&apos;", "'")), set()


def xlsx_text(path):
    wb = load_workbook(path)
    parts, nums = [], set()
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(int(v) if float(v).is_integer() else v)
                    parts.append(str(v))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums


def numbers_in(text):
    vals = set()
    for m in re.finditer(r"\d{1,3}(?:\.\d{3})+|\d+", text):
        vals.add(int(m.group().replace(".", "")))
    for m in re.finditer(r"(\d+(?:,\d+)?)\s*(triệu|tr\b|trđ)", text):
        vals.add(round(float(m.group(1).replace(",", ".")) * 1_000_000))
    for m in re.finditer(r"(\d+(?:,\d+)?)\s*tỷ", text):
        vals.add(round(float(m.group(1).replace(",", ".")) * 1_000_000_000))
    return vals


def load_units():
    names = {}
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            al = [r["name"]] + [a for a in (r["aliases"] or "").split(";") if a]
            names[r["id"]] = al
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["province_code"] == "79":
                names[r["code"]] = [r["name"]]
    return names


def date_forms(iso):
    y, m, d = iso.split("-")
    forms = []
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            forms += [f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"]
    return forms


def main():
    units = load_units()
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx")))
    errors = []
    if len(keys) != len(files):
        errors.append(f"{len(files)} files but {len(keys)} keys")
    stats = {"docx": 0, "xlsx": 0, "rejected": 0}
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        E = lambda msg: errors.append(f"{fn}: {msg}")
        if not os.path.exists(path):
            E("file missing"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            E("sha256 mismatch")
        ext = fn.rsplit(".", 1)[1]
        stats[ext] += 1
        text, cellnums = docx_text(path) if ext == "docx" else xlsx_text(path)
        nt = norm(text)
        # unit
        uid = k["unit"]["id"]
        if uid not in units:
            E(f"unknown unit id {uid}")
        elif not any(norm(n) in nt for n in units[uid]):
            E(f"unit name not found ({units[uid][0]})")
        if k["unit"]["name"] != units.get(uid, [None])[0]:
            E(f"unit name differs from reference: {k['unit']['name']}")
        # date / number
        if k["document"]["date"] and not any(norm(f) in nt for f in date_forms(k["document"]["date"])):
            E(f"date {k['document']['date']} not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            E(f"number {k['document']['number']} not found")
        if k["status"] == "rejected":
            stats["rejected"] += 1
            if k["entries"] or not k["reason"]:
                E("rejected key must have a reason and no entries")
            continue
        nums = numbers_in(text) | cellnums
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                E(f"bad task {e['task']}")
            if e["task"] in seen:
                E(f"duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                E(f"bad status {e['status']}")
            for ind, v in e["indicators"].items():
                if ind not in IND:
                    E(f"bad indicator {ind}")
                if not isinstance(v, int) or v <= 0:
                    E(f"indicator {ind} not a positive integer: {v}")
                if v not in nums:
                    E(f"{e['task']} {ind}={v} not found in file")
        if not (3 <= len(k["entries"]) <= 10):
            E(f"{len(k['entries'])} entries (want 3-10)")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in nt:
                E(f"difficulty/proposal not found: {s[:60]}")
    print(f"{len(keys)} keys: {stats['docx']} docx, {stats['xlsx']} xlsx, {stats['rejected']} rejected")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
