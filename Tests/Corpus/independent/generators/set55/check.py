# -*- coding: utf-8 -*-
"""Independent check of set 55: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, sys, json, glob, zipfile, hashlib, unicodedata, html
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
VALID_TASKS = {f"II.{g}.{l}" for g, ls in {1: "a b", 2: "a b c d đ e g h i", 3: "a b c d", 4: "a b c", 5: "a b c d", 6: "a b"}.items() for l in ls.split()}
VALID_ST = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
VALID_IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
             "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).casefold()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:tab/>", "\t", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(html.unescape(x))
    return "\n".join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.firstHeader):
            for part in (hf.left, hf.center, hf.right):
                if part.text: out.append(part.text)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                v = c.value
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def num_forms(v):
    v = int(v); f = {str(v)}
    if v < 10: f.add(f"0{v}")
    f.add(f"{v:,}".replace(",", ".")); f.add(f"{v:,}".replace(",", " "))
    if v >= 1_000_000:
        m = v / 1e6; f.add(f"{m:g}".replace(".", ",") + " triệu")
    if v >= 1_000_000_000:
        b = v / 1e9; f.add(f"{b:g}".replace(".", ",") + " tỷ")
    return f

def has_num(text, v):
    for form in num_forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(form.casefold()) + r"(?!\d|[.,]\d)", text):
            return True
    # table form: value written in "triệu đồng" column
    if v >= 100_000:
        m = f"{v / 1e6:g}".replace(".", ",")
        if re.search(r"(?<![\d.,])" + re.escape(m) + r"(?!\d|[.,]\d)", text) and "triệu đồng" in text:
            return True
    return False

def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d:02d} tháng {m} năm {y}",
            f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"}

def main():
    errors = []; n = 0; counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if len(keys) != len(files): errors.append(f"{len(files)} files but {len(keys)} keys")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; path = os.path.join(HERE, fn); n += 1
        if os.path.basename(kp) != fn + ".json": errors.append(f"{kp}: key name mismatch")
        if not os.path.exists(path): errors.append(f"{fn}: missing"); continue
        counts[fn.rsplit(".", 1)[1]] += 1
        if k["status"] == "rejected": counts["rejected"] += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errors.append(f"{fn}: sha256 mismatch")
        text = norm(docx_text(path) if fn.endswith(".docx") else xlsx_text(path))
        if norm(k["unit"]["name"]) not in text: errors.append(f"{fn}: unit name not found: {k['unit']['name']}")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text: errors.append(f"{fn}: number not found")
        if not any(norm(df) in text for df in date_forms(k["document"]["date"])): errors.append(f"{fn}: date not found")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errors.append(f"{fn}: duplicate task entries")
        for e in k["entries"]:
            if e["task"] not in VALID_TASKS: errors.append(f"{fn}: bad task {e['task']}")
            if e["status"] not in VALID_ST: errors.append(f"{fn}: bad status {e['status']}")
            for iid, v in e["indicators"].items():
                if iid not in VALID_IND: errors.append(f"{fn}: bad indicator {iid}")
                if not has_num(text, v): errors.append(f"{fn}: {e['task']} {iid}={v} not found in file")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text: errors.append(f"{fn}: item not found: {s[:60]}")
        if k["status"] == "extracted" and not (3 <= len(k["entries"]) <= 10): errors.append(f"{fn}: {len(k['entries'])} entries")
    print(f"files: {n} (docx {counts['docx']}, xlsx {counts['xlsx']}, mistaken {counts['rejected']})")
    for e in errors: print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
