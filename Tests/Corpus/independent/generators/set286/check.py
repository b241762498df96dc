# -*- coding: utf-8 -*-
"""Independent check of set286: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, every keyed figure, difficulty and proposal."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VALID_TASKS = {f"II.{g}.{l}" for g, ls in {1: "a b", 2: "a b c d đ e g h i", 3: "a b c d",
                                           4: "a b c", 5: "a b c d", 6: "a b"}.items() for l in ls.split()}
VALID_ST = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
VALID_IND = {"training_courses", "participants", "communications", "enterprises_supported",
             "inspections", "establishments_inspected", "violations", "fines_vnd", "samples_tested",
             "instruments_verified", "standards_reviewed", "budget_spent_vnd"}

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    parts = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text: parts.append(el.text)
                        elif el.tag in (W + "tab",): parts.append("\t")
                        elif el.tag in (W + "br", W + "cr"): parts.append("\n")
                    out.append("".join(parts))
    return "\n".join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, dates = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.date() if isinstance(v, datetime.datetime) else v)
                    continue
                out.append(str(v))
    return "\n".join(out), dates

MULT = {"triệu": 1_000_000, "nghìn": 1000, "ngàn": 1000, "tỷ": 1_000_000_000}

def numbers(text):
    vals = set()
    for m in re.finditer(r"(\d+(?:[.,]\d+)*)\s*(triệu|nghìn|ngàn|tỷ)?", text):
        tok, unit = m.group(1), m.group(2)
        cands = set()
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", tok):
            cands.add(int(tok.replace(".", "")))
        if re.fullmatch(r"\d{1,3}(,\d{3})+", tok):
            cands.add(int(tok.replace(",", "")))
        if re.fullmatch(r"\d+,\d+", tok):
            cands.add(float(tok.replace(",", ".")))
        if re.fullmatch(r"\d+", tok):
            cands.add(int(tok))
        for c in cands:
            vals.add(c)
            if unit:
                vals.add(round(c * MULT[unit]))
    return vals

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(os.listdir(os.path.join(HERE, "truth")))
    errs = []
    if len(keys) != len(files): errs.append(f"{len(files)} files vs {len(keys)} keys")
    cnt = {"docx": 0, "xlsx": 0, "rejected": 0}
    for f in files:
        kp = os.path.join(HERE, "truth", f + ".json")
        if not os.path.exists(kp):
            errs.append(f"{f}: no key"); continue
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, f)
        cnt[f.rsplit(".", 1)[1]] += 1
        if k["status"] == "rejected": cnt["rejected"] += 1
        if k["file"] != f: errs.append(f"{f}: file field {k['file']}")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append(f"{f}: sha256 mismatch")
        text, dates = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        nt = norm(text); low = nt.lower()
        # unit
        name = k["unit"]["name"]
        bare = re.sub(r"^(Phường|Xã|Đặc khu|Sở)\s+", "", name)
        if name.lower() not in low and bare.upper() not in nt.upper():
            errs.append(f"{f}: unit name {name} not found")
        # date
        d = datetime.date.fromisoformat(k["document"]["date"])
        forms = [f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"ngày {d.day} tháng {d.month} năm {d.year}",
                 f"{d.day:02d}/{d.month:02d}/{d.year}"]
        if not any(x in low for x in forms) and d not in dates:
            errs.append(f"{f}: date {d} not found")
        if k["document"]["number"] and k["document"]["number"] not in nt:
            errs.append(f"{f}: number {k['document']['number']} not found")
        nums = numbers(nt)
        for e in k["entries"]:
            if e["task"] not in VALID_TASKS: errs.append(f"{f}: bad task {e['task']}")
            if e["status"] not in VALID_ST: errs.append(f"{f}: bad status {e['status']}")
            for ind, v in e["indicators"].items():
                if ind not in VALID_IND: errs.append(f"{f}: bad indicator {ind}")
                if v not in nums: errs.append(f"{f}: {e['task']} {ind}={v} not found")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append(f"{f}: duplicate task entries")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in nt: errs.append(f"{f}: text not found: {s[:50]}")
        if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10):
            errs.append(f"{f}: {len(k['entries'])} entries")
    print(f"files: {len(files)} (docx {cnt['docx']}, xlsx {cnt['xlsx']}, rejected {cnt['rejected']})")
    if errs:
        print("\n".join(errs)); print("FAIL"); sys.exit(1)
    print("check.py: all files pass")

if __name__ == "__main__":
    main()
