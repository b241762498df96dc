# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py (zip+XML for DOCX, openpyxl for XLSX)
and verify each key: sha256, unit name, date, every keyed figure, every difficulty/proposal.
Usage: python3 check.py            (verify)
       python3 check.py --stamp    (write sha256 of the final files into the keys, then verify)"""
import csv, datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # scripts live in set282/.build/
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCY_ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        AGENCY_ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                out.append(str(v))
    return "\n".join(out), nums


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
        if n >= div and n % (div // 1000) == 0:
            x = f"{n / div:.3f}".rstrip("0").rstrip(".").replace(".", ",")
            f.add(x + " " + unit)
    return f


def has_number(text, nums, n):
    if any(v == n for v in nums):
        return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    out = set()
    for dd in (str(d.day), f"{d.day:02d}"):
        for mm in (str(d.month), f"{d.month:02d}"):
            out.add(f"ngày {dd} tháng {mm} năm {d.year}")
            out.add(f"{dd}/{mm}/{d.year}")
    return out


def main():
    stamp = "--stamp" in sys.argv
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    errors = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("MISMATCH files vs keys"); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if stamp:
            k["sha256"] = sha
            json.dump(k, open(kp, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
        if k["sha256"] != sha:
            errs.append("sha256 differs")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        names = [k["unit"]["name"]] + AGENCY_ALIASES.get(k["unit"]["id"], [])
        if not any(norm(x) in nt for x in names):
            errs.append("unit name missing: " + k["unit"]["name"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number missing")
        if not any(norm(x) in nt for x in date_forms(k["document"]["date"])):
            errs.append("date missing")
        if k["status"] == "extracted":
            seen = set()
            for e in k["entries"]:
                if e["task"] in seen:
                    errs.append("duplicate task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                    errs.append("bad status")
                for iid, v in e["indicators"].items():
                    if not isinstance(v, int) or not has_number(text, nums, v):
                        errs.append(f"figure {e['task']} {iid}={v} not found")
            for x in k["difficulties"] + k["proposals"]:
                if norm(x) not in nt:
                    errs.append("text missing: " + x[:50])
        else:
            if k["entries"]:
                errs.append("rejected file with entries")
        print(("OK   " if not errs else "FAIL ") + k["file"] + ("" if not errs else " :: " + "; ".join(errs)))
        errors += len(errs)
    print("errors:", errors)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
