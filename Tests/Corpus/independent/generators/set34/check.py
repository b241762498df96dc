# -*- coding: utf-8 -*-
"""Independent check of set34: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each truth key against it."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCIES = "/work/shared/data/agencies.csv"
COMMUNES = "/work/shared/data/communes-2025.csv"


def norm(s):
    s = unicodedata.normalize("NFC", s or "")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    lines = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    lines.append("".join(buf))
    return lines, []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    lines, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                    lines.append(str(v))
                else:
                    lines.extend(str(v).split("\n"))
    return lines, nums


MULT = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "tr": 1e6, "trđ": 1e6, "nghìn": 1e3, "ngàn": 1e3}


def numbers_in(text):
    vals = set()
    for m in re.finditer(r"(\d[\d.,]*)\s*(tỷ|tỉ|triệu|trđ|tr|nghìn|ngàn)?", text):
        tok, mul = m.group(1).rstrip(".,"), m.group(2)
        try:
            if mul:
                vals.add(round(float(tok.replace(".", "").replace(",", ".")) * MULT[mul]))
            if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
                vals.add(int(tok.replace(".", "")))
            elif re.fullmatch(r"\d+,\d+", tok):
                vals.add(float(tok.replace(",", ".")))
            elif re.fullmatch(r"\d+", tok):
                vals.add(int(tok))
        except ValueError:
            pass
    return vals


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return {norm(x) for x in out}


def unit_names(uid, name):
    names = {name}
    with open(AGENCIES, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["id"] == uid:
                names.add(r["name"])
                names.update(a for a in r["aliases"].split(";") if a)
    with open(COMMUNES, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["code"] == uid:
                assert r["name"] == name and r["province_code"] == "79", (uid, name)
    return {norm(n) for n in names}


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    errors, nfiles = [], 0
    files_on_disk = {os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.docx")) + glob.glob(os.path.join(HERE, "*.xlsx"))}
    keyed = set()
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; keyed.add(fn)
        path = os.path.join(HERE, fn)
        err = lambda m: errors.append(f"{fn}: {m}")
        if os.path.basename(kp) != fn + ".json":
            err("truth file name mismatch")
        if not os.path.exists(path):
            err("missing file"); continue
        nfiles += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            err("sha256 mismatch")
        lines, cellnums = (docx_text if fn.endswith(".docx") else xlsx_text)(path)
        full = norm(" \n ".join(lines))
        nums = set()
        for l in lines:
            nums |= numbers_in(l)
        nums |= {int(v) if float(v).is_integer() else v for v in cellnums}
        # unit
        u = k["unit"]
        if u and u.get("id"):
            if not any(n in full for n in unit_names(u["id"], u["name"])):
                err(f"unit name not found: {u['name']}")
        # document
        doc = k["document"]
        if doc.get("date") and not any(f in full for f in date_forms(doc["date"])):
            err(f"date not found: {doc['date']}")
        if doc.get("number") and norm(doc["number"]) not in full:
            err(f"number not found: {doc['number']}")
        # entries
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                err("rejected key must have reason and no entries")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)):
            err("duplicate task entries")
        valid = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
                 "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
                 "II.6.a", "II.6.b"}
        ids = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
               "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
               "standards_reviewed", "budget_spent_vnd"}
        for e in k["entries"]:
            if e["task"] not in valid:
                err(f"bad task {e['task']}")
            if e["status"] not in {"completed", "in_progress", "not_started", "not_applicable", "unknown"}:
                err(f"bad status {e['status']}")
            for iid, v in e["indicators"].items():
                if iid not in ids:
                    err(f"bad indicator id {iid}")
                if v not in nums:
                    err(f"{e['task']} {iid}={v} not found in file")
                if v not in numbers_in(e["text"]) and v not in cellnums:
                    err(f"{e['task']} {iid}={v} not in entry text")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in full:
                err(f"difficulty/proposal not found: {d[:60]}")
    if files_on_disk - keyed:
        errors.append(f"files without key: {sorted(files_on_disk - keyed)}")
    for e in errors:
        print("FAIL", e)
    print(f"{nfiles} files checked, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
