# -*- coding: utf-8 -*-
"""Reopen every final file of set113 independently of gen.py and verify its key:
sha256, unit name (or an alias from agencies.csv), document number and date, every keyed
figure in some written form, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VALID_TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd", 4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
VALID_ST = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
VALID_IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
             "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
             "standards_reviewed", "budget_spent_vnd"}

def N(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if name.startswith("word/") and name.endswith(".xml"):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums

def dec(x):
    s = f"{x:.3f}".rstrip("0").rstrip(".")
    ip, _, fp = s.partition(".")
    ip = f"{int(ip):,}".replace(",", ".")
    return ip + ("," + fp if fp else "")

def forms(n, money):
    f = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if money:
        f |= {dec(n / 1e6) + " triệu", dec(n / 1e9) + " tỷ", dec(n / 1e3) + " nghìn"}
    return f

def found(n, money, text, nums):
    if any(abs(v - n) < 1e-9 for v in nums):
        return True
    for f in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    ag = {}
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ag[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    errs = []
    if len(keys) != len(files):
        errs.append(f"{len(keys)} keys for {len(files)} files")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        if not os.path.exists(path):
            errs.append(f"{k['file']}: missing"); continue
        E = lambda m: errs.append(f"{k['file']}: {m}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            E("sha256 mismatch")
        text, nums = (docx_text if path.endswith(".docx") else xlsx_text)(path)
        T = N(text); TL = T.casefold()
        if k["status"] not in ("extracted", "rejected"): E("bad status")
        if k["status"] == "rejected" and not k.get("reason"): E("rejected without reason")
        u = k["unit"]
        if u and u.get("id"):
            if u["name"] != ag[u["id"]][0]: E("unit name differs from agencies.csv")
            if not any(N(a).casefold() in TL for a in ag[u["id"]]): E(f"unit name not found: {u['name']}")
        doc = k["document"]
        if doc["number"] and N(doc["number"]) not in T: E(f"number not found {doc['number']}")
        if doc["date"]:
            y, m, d = doc["date"].split("-")
            cands = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
            if not any(c.casefold() in TL for c in cands): E(f"date not found {doc['date']}")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in VALID_TASKS: E(f"bad task {e['task']}")
            if e["task"] in seen: E(f"duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in VALID_ST: E(f"bad status {e['status']}")
            for ind, v in e["indicators"].items():
                if ind not in VALID_IND: E(f"bad indicator {ind}")
                if not isinstance(v, int): E(f"non-integer {ind}={v}")
                if not found(v, ind.endswith("_vnd"), T, nums): E(f"{e['task']} {ind}={v} not found")
        for d in k["difficulties"] + k["proposals"]:
            if N(d) not in T: E(f"text not found: {d[:60]}")
        if k["status"] == "rejected" and k["entries"]: E("rejected with entries")
    for e in errs: print("FAIL", e)
    print(f"{len(keys)} keys checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
