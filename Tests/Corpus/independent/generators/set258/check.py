# -*- coding: utf-8 -*-
"""Reopen every final file of set 258 independently of gen.py and verify the keys:
sha256, unit name, date, every keyed figure in some written form, every difficulty and proposal."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def docx_text(path):
    out, nums = [], set()
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return nfc("\n".join(out)), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                    out.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    out.append(str(v))
    return nfc("\n".join(out)), nums


def forms(n, money=False):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}"}
    if money and n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:g}").replace(".", ",")
        f |= {ms + " triệu", ms + "tr", ms + " tr"}
    return f


def has_number(text, nums, n, money=False):
    if float(n) in nums:
        return True
    for s in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    errs = 0
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(t)[:-5] for t in truths) != files:
        print("MISMATCH between files and truth keys"); errs += 1
    for tp in truths:
        k = json.load(open(tp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        bad = []
        with open(path, "rb") as f:
            if hashlib.sha256(f.read()).hexdigest() != k["sha256"]:
                bad.append("sha256")
        text, nums = (docx_text if path.endswith(".docx") else xlsx_text)(path)
        low = text.lower()
        if k["unit"] and k["unit"]["name"].lower() not in low:
            bad.append("unit name " + k["unit"]["name"])
        if k["document"]["number"] and k["document"]["number"] not in text:
            bad.append("number " + k["document"]["number"])
        y, m, d = k["document"]["date"].split("-")
        dpats = [rf"ngày\s+0?{int(d)}\s+tháng\s+0?{int(m)}\s+năm\s+{y}", rf"\b0?{int(d)}/0?{int(m)}/{y}\b"]
        if not any(re.search(p, text) for p in dpats):
            bad.append("date")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                bad.append("rejected key shape")
        else:
            seen = set()
            for e in k["entries"]:
                if e["task"] not in TASKS or e["task"] in seen:
                    bad.append("task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in STATUSES:
                    bad.append("status " + e["status"])
                for ind, v in e["indicators"].items():
                    if ind not in INDS or not isinstance(v, int):
                        bad.append(f"indicator {ind}={v!r}")
                    if not has_number(text, nums, v, money=ind.endswith("_vnd")):
                        bad.append(f"figure {e['task']} {ind}={v} not found")
            for x in k["difficulties"] + k["proposals"]:
                if nfc(x) not in text:
                    bad.append("text missing: " + x[:50])
        print(("OK   " if not bad else "FAIL ") + k["file"] + ("" if not bad else "  " + "; ".join(bad)))
        errs += bool(bad)
    print("errors:", errs)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
