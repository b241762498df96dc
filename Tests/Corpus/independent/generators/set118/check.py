# -*- coding: utf-8 -*-
"""Independent check of set 118: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each truth key against it. Does not import gen.py or data.py."""
import os, re, sys, json, csv, glob, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCIES = "/work/shared/data/agencies.csv"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VALID_ST = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
VALID_IND = {"training_courses", "participants", "communications", "enterprises_supported",
             "inspections", "establishments_inspected", "violations", "fines_vnd",
             "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}
TASKS = {f"II.1.{x}" for x in "ab"} | {f"II.2.{x}" for x in ["a", "b", "c", "d", "đ", "e", "g", "h", "i"]} \
    | {f"II.3.{x}" for x in "abcd"} | {f"II.4.{x}" for x in "abc"} | {f"II.5.{x}" for x in "abcd"} \
    | {f"II.6.{x}" for x in "ab"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
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


def dots(n):
    return f"{n:,}".replace(",", ".")


def money_forms(n):
    f = [dots(n), str(n), f"{n:,}".replace(",", " ")]
    for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
        if n % (div // 1000 if div > 10**6 else div // 100) == 0 and n >= div:
            v = n / div
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.append(f"{s} {unit}")
    return f


def count_found(n, text, nums):
    if any(abs(x - n) < 1e-9 for x in nums):
        return True
    pat = r"(?<![\d.,])0*%d(?![\d]|[.,]\d)" % n
    return re.search(pat, text) is not None


def main():
    agencies = {}
    with open(AGENCIES, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            agencies[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
    errors, nfiles = [], 0
    for kp in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        key = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        nfiles += 1
        err = lambda m: errors.append(f"{key['file']}: {m}")
        if not os.path.exists(path):
            err("file missing"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            err("sha256 mismatch")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        # unit
        uid = key["unit"]["id"]
        names = agencies.get(uid, [key["unit"]["name"]])
        if key["unit"]["name"] != names[0]:
            err("unit name differs from agencies.csv")
        if not any(norm(a) in nt for a in names):
            err(f"unit name not found: {names[0]}")
        # number, date
        num = key["document"]["number"]
        if num and norm(num) not in nt:
            err(f"number not found: {num}")
        y, m, d = map(int, key["document"]["date"].split("-"))
        dforms = [f"ngày {dd} tháng {mm} năm {y}" for dd in (str(d), f"{d:02d}") for mm in (str(m), f"{m:02d}")]
        dforms += [f"{dd}/{mm}/{y}" for dd in (str(d), f"{d:02d}") for mm in (str(m), f"{m:02d}")]
        if not any(norm(f) in nt for f in dforms):
            err(f"date not found: {key['document']['date']}")
        # status / entries
        if key["status"] == "rejected":
            if not key["reason"] or key["entries"]:
                err("rejected key needs reason and no entries")
        else:
            seen = set()
            for e in key["entries"]:
                if e["task"] not in TASKS:
                    err(f"bad task {e['task']}")
                if e["task"] in seen:
                    err(f"duplicate task {e['task']}")
                seen.add(e["task"])
                if e["status"] not in VALID_ST:
                    err(f"bad status {e['status']}")
                for ind, v in e["indicators"].items():
                    if ind not in VALID_IND or not isinstance(v, int):
                        err(f"bad indicator {ind}={v!r}")
                        continue
                    if ind.endswith("_vnd"):
                        ok = any(abs(x - v) < 1e-6 for x in nums) or any(norm(f) in nt for f in money_forms(v))
                    else:
                        ok = count_found(v, nt, nums)
                    if not ok:
                        err(f"{e['task']} {ind}={v} not found in file")
            for x in key["difficulties"] + key["proposals"]:
                if norm(x) not in nt:
                    err(f"difficulty/proposal not found: {x[:60]}")
    for e in errors:
        print("FAIL", e)
    print(f"{nfiles} keys checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
