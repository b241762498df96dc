# -*- coding: utf-8 -*-
"""Independent check of set266: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key against it. Does not import the generator."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}

ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if row["province_code"] == "79":
            ALIASES[row["code"]] = [row["name"]]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                out.append(str(v))
    return "\n".join(out), nums


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    for scale, word in ((1_000_000_000, "tỷ"), (1_000_000, "triệu")):
        if n >= scale and n % (scale // 100) == 0:
            x = n / scale
            s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word)
    return f


def has_number(text, nums, n):
    if float(n) in nums:
        return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def vdate(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("count mismatch", len(keys), len(files)); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fp = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(fp):
            print("MISSING", k["file"]); errors += 1; continue
        if hashlib.sha256(open(fp, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(fp) if fp.endswith(".docx") else xlsx_text(fp)
        nt = norm(text)
        if not any(norm(a) in nt for a in ALIASES.get(k["unit"]["id"], [])):
            errs.append("unit name not found")
        if k["unit"]["name"] != ALIASES[k["unit"]["id"]][0]:
            errs.append("unit name differs from reference list")
        if norm(vdate(k["document"]["date"])) not in nt:
            errs.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key shape")
        else:
            seen = set()
            for e in k["entries"]:
                if e["task"] not in TASKS: errs.append("task " + e["task"])
                if e["task"] in seen: errs.append("dup task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in STAT: errs.append("status " + e["status"])
                for iid, v in e["indicators"].items():
                    if iid not in IND: errs.append("indicator id " + iid)
                    if not has_number(text, nums, v):
                        errs.append(f"figure {e['task']} {iid}={v} not found")
            for d in k["difficulties"] + k["proposals"]:
                if norm(d) not in nt:
                    errs.append("text not found: " + d[:50])
        if errs:
            errors += 1
            print("FAIL", k["file"], errs)
        else:
            print("ok  ", k["file"])
    print("RESULT:", "PASS" if errors == 0 else f"{errors} files failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
