#!/usr/bin/env python3
"""Independent checker for set18: reopens every file (zip+XML for DOCX, openpyxl for XLSX) and checks each key."""
import csv, datetime, hashlib, json, os, re, sys, zipfile, html
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"}
STATUS = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
UNITS = {}
with open("/work/shared/data/communes-2025.csv", encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        if r["province_code"] == "79":
            UNITS[r["code"]] = r["name"]

def docx_text(path):
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
        t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
        paras.append(html.unescape(t))
    return "\n".join(paras)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    out.append(v.strftime("%d/%m/%Y")); out.append(v.date().isoformat())
                elif isinstance(v, float) and v.is_integer():
                    out.append(str(int(v)))
                else:
                    out.append(str(v))
    return "\n".join(out)

def grouped(n):
    return f"{n:,}".replace(",", ".")

def forms(v):
    v = int(v)
    fs = {str(v), grouped(v)}
    if 0 <= v < 10:
        fs.add(f"{v:02d}")
    if v >= 1000 and v % 1000 == 0:
        fs.add(grouped(v // 1000)); fs.add(str(v // 1000))
    if v >= 1000000:
        m = v / 1e6
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        fs.add(s + " triệu"); fs.add(s + "tr")
    return fs

def has_num(text, form):
    if "triệu" in form or form.endswith("tr"):
        return form in text
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text) is not None

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def main():
    errors = []
    keys = sorted(os.listdir(os.path.join(ROOT, "truth")))
    files = sorted(x for x in os.listdir(ROOT) if x.endswith((".docx", ".xlsx")))
    if sorted(k[:-5] for k in keys) != files:
        errors.append(f"files/keys mismatch: {set(files) ^ set(k[:-5] for k in keys)}")
    nrej = 0
    for k in keys:
        key = json.load(open(os.path.join(ROOT, "truth", k), encoding="utf-8"))
        fn = key["file"]; path = os.path.join(ROOT, fn)
        E = lambda m: errors.append(f"{fn}: {m}")
        if fn + ".json" != k: E("file field mismatch")
        if not os.path.exists(path): E("missing file"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: E("sha256 mismatch")
        text = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        ntext = norm(text)
        low = ntext.lower()
        u = key["unit"]
        if u["id"] not in UNITS: E(f"unit id {u['id']} not a province-79 commune")
        elif UNITS[u["id"]] != u["name"]: E(f"unit name {u['name']} != {UNITS[u['id']]}")
        bare = re.sub(r"^(Phường|Xã|Đặc khu) ", "", u["name"]).lower()
        if bare not in low: E(f"unit name '{bare}' not in text")
        num = key["document"]["number"]
        if num is not None:
            if num not in ntext: E(f"number {num} not in text")
        elif not re.search(r"Số:\s*/BC", ntext): E("null number but no blank 'Số: /BC' found")
        y, m, d = map(int, key["document"]["date"].split("-"))
        dforms = [f"ngày {d:02d} tháng {m:02d} năm {y}", f"ngày {d} tháng {m} năm {y}", f"ngày {d:02d} tháng {m} năm {y}",
                  f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"]
        if not any(x in ntext for x in dforms): E(f"date {key['document']['date']} not in text")
        if key["status"] == "rejected":
            nrej += 1
            if key["entries"]: E("rejected with entries")
            if not key["reason"]: E("rejected without reason")
            if "38-CT/TW" in ntext or "CT38" in ntext.replace(" ", ""):
                E("mistaken file mentions CT38")
        else:
            if key["reason"] is not None: E("extracted with reason")
        seen = set()
        for e in key["entries"]:
            if e["task"] not in TASKS: E(f"bad task {e['task']}")
            if e["task"] in seen: E(f"duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STATUS: E(f"bad status {e['status']}")
            if norm(e["text"]) not in ntext: E(f"{e['task']} text not found")
            for ik, iv in e["indicators"].items():
                if ik not in IND: E(f"bad indicator {ik}")
                if not isinstance(iv, int): E(f"{ik} not int")
                if not any(has_num(ntext, f) for f in forms(iv)):
                    E(f"{e['task']} {ik}={iv} not found in any form {sorted(forms(iv))}")
        for x in key["difficulties"] + key["proposals"]:
            if norm(x) not in ntext: E(f"item not found: {x[:60]}")
    if nrej != 2: errors.append(f"expected 2 rejected, got {nrej}")
    for e in errors:
        print("FAIL", e)
    print(f"{len(keys)} keys checked, {nrej} rejected, {len(errors)} errors")
    print("PASS" if not errors else "FAILED")
    return 1 if errors else 0

sys.exit(main())
