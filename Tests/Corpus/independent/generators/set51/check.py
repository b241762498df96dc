# -*- coding: utf-8 -*-
"""Independent check of set51: reopens every file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against what is actually written."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATA = "/work/shared/data"
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if n >= 1_000_000:
        m, rest = divmod(n, 1_000_000)
        if rest == 0:
            f |= {f"{m} triệu", f"{m} tr"}
        else:
            dec = f"{n / 1_000_000:.3f}".rstrip("0").replace(".", ",")
            f |= {f"{dec} triệu", f"{dec} tr"}
            if rest == 500_000:
                f.add(f"{m} triệu rưỡi")
            if rest % 1000 == 0:
                f |= {f"{m} triệu {rest // 1000} ngàn", f"{m} triệu {rest // 1000} nghìn"}
    return f


def has_number(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    names = {}
    for row in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8")):
        names[row["code"]] = [row["name"]]
    for row in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8")):
        names[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    if len(keys) != len(files):
        errors.append(f"{len(files)} files but {len(keys)} keys")
    stats = {"docx": 0, "xlsx": 0, "rejected": 0, "entries": 0, "figures": 0}
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        if os.path.basename(kp) != fn + ".json" or not os.path.exists(path):
            errors.append(f"{kp}: key/file name mismatch")
            continue
        stats[fn.rsplit(".", 1)[1]] += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errors.append(f"{fn}: sha256 differs")
        text = norm(docx_text(path) if fn.endswith(".docx") else xlsx_text(path))
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"):
            if fld not in k:
                errors.append(f"{fn}: missing field {fld}")
        if k["status"] == "rejected":
            stats["rejected"] += 1
            if not k["reason"]:
                errors.append(f"{fn}: rejected without reason")
        uid = k["unit"]["id"]
        if uid not in names or names[uid][0] != k["unit"]["name"]:
            errors.append(f"{fn}: unit id/name not in reference data")
        elif not any(norm(nm) in text for nm in names[uid]):
            errors.append(f"{fn}: unit name not written in file")
        num = k["document"]["number"]
        if num and norm(num) not in text:
            errors.append(f"{fn}: number {num} not found")
        y, m, d = k["document"]["date"].split("-")
        dforms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
        if not any(x in text for x in dforms):
            errors.append(f"{fn}: date {k['document']['date']} not found")
        seen = set()
        for e in k["entries"]:
            stats["entries"] += 1
            if e["task"] not in TASKS or e["task"] in seen:
                errors.append(f"{fn}: bad/duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                errors.append(f"{fn}: bad status {e['status']}")
            for ind, v in e["indicators"].items():
                stats["figures"] += 1
                if ind not in INDS or not isinstance(v, int):
                    errors.append(f"{fn}: bad indicator {ind}={v!r}")
                elif not has_number(text, v):
                    errors.append(f"{fn}: {e['task']} {ind}={v} not written in file")
        for lst in ("difficulties", "proposals"):
            for x in k[lst]:
                if norm(x) not in text:
                    errors.append(f"{fn}: {lst[:-1]} not found: {x[:50]}")
    print(stats)
    if errors:
        print("\n".join(errors))
        print("FAIL", len(errors))
        sys.exit(1)
    print("check.py: all", len(keys), "files pass")


if __name__ == "__main__":
    main()
