# -*- coding: utf-8 -*-
"""Reopens every file of set 112 on its own (zip+XML for DOCX, openpyxl for XLSX) and
checks it against its key in truth/. Run: python3 check.py"""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd",
                                       4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
IDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        out = []
        for n in parts:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def forms(v):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    if v >= 100000:
        m = v / 1e6
        f.add(f"{m:g}".replace(".", ",") + " triệu")
    return f


def has_number(text, v):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?!\d|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    errs = []
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if len(files) != len(keys):
        errs.append(f"{len(files)} files but {len(keys)} keys")
    nd = nx = nrej = 0
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        name = k["file"]
        if not os.path.exists(path):
            errs.append(f"{name}: missing")
            continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append(f"{name}: sha256 differs")
        if name.endswith(".docx"):
            nd += 1
            text = docx_text(path)
        else:
            nx += 1
            text = xlsx_text(path)
        text = norm(text)
        low = text.lower()
        if k["status"] == "rejected":
            nrej += 1
            if not k.get("reason"):
                errs.append(f"{name}: rejected without reason")
        elif k["status"] != "extracted":
            errs.append(f"{name}: bad status")
        if k["unit"]["name"].lower() not in low:
            errs.append(f"{name}: unit name not found")
        if not any(f in text for f in date_forms(k["document"]["date"])):
            errs.append(f"{name}: date not found")
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append(f"{name}: number not found")
        for e in k["entries"]:
            if e["task"] not in TASKS:
                errs.append(f"{name}: bad task {e['task']}")
            if e["status"] not in STAT:
                errs.append(f"{name}: bad status {e['status']}")
            for i, v in e["indicators"].items():
                if i not in IDS or not isinstance(v, int):
                    errs.append(f"{name}: bad indicator {i}={v!r}")
                elif not has_number(text, v):
                    errs.append(f"{name}: {e['task']} {i}={v} not found")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in text:
                errs.append(f"{name}: not found: {d[:60]}")
    print(f"{len(keys)} keys: {nd} DOCX, {nx} XLSX, {nrej} rejected")
    for e in errs:
        print("FAIL", e)
    print("check: " + ("PASS" if not errs else f"{len(errs)} problem(s)"))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
