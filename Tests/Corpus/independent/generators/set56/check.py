# -*- coding: utf-8 -*-
"""Independent check of set56: reopens every file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALIASES = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(parts), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(c.value)
                parts.append(str(c.value))
    return "\n".join(parts), nums


def forms(v):
    v = int(v)
    out = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    for unit, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if v >= unit and v % (unit // 100) == 0:
            x = v / unit
            s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            out.add(s + " " + word)
    return out


def has_number(text, nums, v):
    if any(isinstance(n, (int, float)) and n == v for n in nums):
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    fails = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); fails += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        uid, uname = k["unit"]["id"], k["unit"]["name"]
        names = ALIASES.get(uid, [uname]) + [uname]
        if not any(norm(n) in nt for n in names):
            errs.append("unit name not found: " + uname)
        # date
        y, m, d = k["document"]["date"].split("-")
        dforms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
        if not any(norm(x) in nt for x in dforms):
            errs.append("date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number not found")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key must have no entries and a reason")
        for e in k["entries"]:
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                errs.append("bad status " + e["status"])
            if norm(e["text"]) not in nt:
                errs.append(f"{e['task']}: text not found")
            for iid, v in e["indicators"].items():
                if not has_number(text, nums, v):
                    errs.append(f"{e['task']} {iid}={v} not found")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)):
            errs.append("duplicate task entries")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in nt:
                errs.append("diff/prop not found: " + x[:50])
        if errs:
            fails += 1
            print("FAIL", k["file"]); [print("   ", e) for e in errs]
        else:
            print("ok  ", k["file"], len(k["entries"]), "entries")
    print(f"{len(keys)} keys, {fails} failing")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
