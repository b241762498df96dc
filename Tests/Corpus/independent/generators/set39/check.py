# -*- coding: utf-8 -*-
"""Independent check of set39: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it. Does not import gen.py."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATA = "/work/shared/data"


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join((t.text or "") if t.tag == W + "t" else ("\n" if t.tag in (W + "br", W + "cr") else "")
                             for t in p.iter() if t.tag in (W + "t", W + "br", W + "cr")))
    return "\n".join(paras), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.add(float(v))
                parts.append(str(v))
    return "\n".join(parts), nums


def forms(n):
    n = int(n)
    out = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", "."), f"{n:,}"}
    if n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        out |= {ms + " triệu", ms + "tr"}
        if n >= 1_000_000_000:
            b = (f"{n / 1e9:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            out.add(b + " tỷ")
    return out


def figure_present(n, text, nums):
    if float(n) in nums:
        return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def unit_names(uid, name):
    names = {name}
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["id"] == uid:
                names.add(row["name"])
                names |= {a for a in (row["aliases"] or "").split(";") if a}
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["code"] == uid:
                assert row["province_code"] == "79", uid
                names.add(row["name"])
    return names


def date_present(iso, text):
    y, m, d = iso.split("-")
    pats = [rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
    return any(re.search(p, text) for p in pats)


def main():
    errors = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    truths = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "truth", "*.json")))
    if files != truths:
        print("MISMATCH files/truth", set(files) ^ set(truths)); errors += 1
    nd = sum(f.endswith(".docx") for f in files); nx = len(files) - nd; nrej = 0
    TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd", 4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
    IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
           "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
           "standards_reviewed", "budget_spent_vnd"}
    STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
    for f in files:
        path = os.path.join(HERE, f)
        k = json.load(open(os.path.join(HERE, "truth", f + ".json"), encoding="utf-8"))
        bad = []
        if k["file"] != f: bad.append("file field")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: bad.append("sha256")
        raw, nums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        if k["status"] == "rejected":
            nrej += 1
            if not k.get("reason"): bad.append("no reason")
            if k["entries"]: bad.append("rejected with entries")
        if k.get("unit") and k["unit"].get("id"):
            if not any(norm(n) in text for n in unit_names(k["unit"]["id"], k["unit"]["name"])):
                bad.append("unit name not found")
        if k["document"]["date"] and not date_present(k["document"]["date"], text): bad.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text: bad.append("number")
        for e in k["entries"]:
            if e["task"] not in TASKS: bad.append("task " + e["task"])
            if e["status"] not in STAT: bad.append("status " + e["status"])
            for i, v in e["indicators"].items():
                if i not in IND: bad.append("indicator id " + i)
                if not figure_present(v, text, nums): bad.append(f"{e['task']} {i}={v} not found")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): bad.append("duplicate task entries")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text: bad.append("item not found: " + s[:40])
        print(("OK  " if not bad else "FAIL") + " " + f + ("" if not bad else "  " + "; ".join(bad)))
        errors += bool(bad)
    print(f"{len(files)} files: {nd} DOCX, {nx} XLSX, {nrej} rejected")
    if not (16 <= len(files) <= 18 and nrej == 2): print("count rule broken"); errors += 1
    print("PASS" if not errors else f"{errors} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
