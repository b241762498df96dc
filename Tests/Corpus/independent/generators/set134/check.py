# -*- coding: utf-8 -*-
"""Reopen every final file of set134 (zip+XML for DOCX, openpyxl for XLSX), independently of
gen.py, and verify each key in truth/: sha256, unit name, date, every keyed figure in some
written form, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ["II.1.a", "II.1.b"] + [f"II.2.{x}" for x in "a b c d đ e g h i".split()] + \
        [f"II.3.{x}" for x in "abcd"] + [f"II.4.{x}" for x in "abc"] + [f"II.5.{x}" for x in "abcd"] + ["II.6.a", "II.6.b"]
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def nfc(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    out, nums = [], set()
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "br", W + "tab"):
                        buf.append(" ")
                out.append("".join(buf))
    return nfc("\n".join(out)), nums


def xlsx_text(path):
    out, nums = [], set()
    wb = load_workbook(path, data_only=False)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                out.append(str(v))
    return nfc("\n".join(out)), nums


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), dotted(n), f"{n:02d}", f"{n:,}".replace(",", " ")}
    for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
        if n >= div // 10 and n % (div // 1000) == 0:
            v = n / div
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {word}")
            f.add(f"{s}{word}")
    return f


def appears(n, text, nums):
    if float(n) in nums:
        return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", text):
            return True
        if " " in s or not s[-1].isdigit():
            if s in text:
                return True
    return False


def unit_names(uid, name):
    names = {name}
    if re.fullmatch(r"\d{5}", uid or ""):
        for row in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
            if row["code"] == uid:
                names.add(row["name"])
                names.add(row["name"].split(" ", 1)[1])  # without Phường/Xã
    else:
        for row in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
            if row["id"] == uid:
                names.add(row["name"])
                names.update(a for a in row["aliases"].split(";") if a)
    return names


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if len(keys) != len(files):
        print("key/file count mismatch", len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        errs = []
        if os.path.basename(kp) != fn + ".json":
            errs.append("key name")
        if not os.path.exists(path):
            print(fn, "MISSING"); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        low = text.lower()
        if not any(nfc(n).lower() in low for n in unit_names(k["unit"]["id"], k["unit"]["name"])):
            errs.append("unit name not found")
        if k["document"]["number"] and nfc(k["document"]["number"]) not in text:
            errs.append("number not found")
        if not any(df in text for df in date_forms(k["document"]["date"])):
            errs.append("date not found")
        if k["status"] not in ("extracted", "rejected"):
            errs.append("status")
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key shape")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                errs.append("task " + e["task"])
            if e["task"] in seen:
                errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                errs.append("entry status " + e["status"])
            if nfc(e["text"]) not in text:
                errs.append("entry text not found: " + e["text"][:40])
            for ind, v in e["indicators"].items():
                if ind not in INDS:
                    errs.append("indicator id " + ind)
                if not isinstance(v, int):
                    errs.append("indicator not int " + ind)
                elif not appears(v, text, nums):
                    errs.append(f"figure {e['task']} {ind}={v} not found")
        for x in k["difficulties"] + k["proposals"]:
            if nfc(x) not in text:
                errs.append("diff/prop not found: " + x[:40])
        print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("PASS" if not bad else f"{bad} problem(s)")
    sys.exit(1 if bad else 0)


main()
