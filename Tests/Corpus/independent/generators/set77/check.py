"""Re-open every file of set77 independently of gen.py and verify its key."""
import json, os, re, sys, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return norm("\n".join(out)), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.append(float(c.value))
                parts.append(str(c.value))
    return norm(" | ".join(parts)), nums

def forms(v):
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    if v >= 100000:
        tr = v / 1e6
        s = f"{tr:.3f}".rstrip("0").rstrip(".")
        f |= {s.replace(".", ",") + " triệu", s + " triệu"}
    return f

def has_fig(text, nums, v):
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text): return True
    return any(abs(n - v) < 1e-6 or abs(n * 1e6 - v) < 0.5 or abs(n * 1e3 - v) < 0.5 for n in nums)

def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out |= {f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"}
    return out

errors = 0; n = 0
for kf in sorted(os.listdir(os.path.join(HERE, "truth"))):
    key = json.load(open(os.path.join(HERE, "truth", kf)))
    path = os.path.join(HERE, key["file"]); n += 1
    def bad(msg):
        global errors; errors += 1; print(f"FAIL {key['file']}: {msg}")
    if not os.path.exists(path): bad("missing file"); continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]: bad("sha256")
    text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    low = text.casefold()
    if key["unit"] and key["unit"]["name"].casefold() not in low: bad("unit name " + key["unit"]["name"])
    d = key["document"]
    if d["date"] and not any(f.casefold() in low for f in date_forms(d["date"])): bad("date " + d["date"])
    if d["number"] and d["number"] not in text: bad("number " + d["number"])
    if key["status"] == "rejected":
        if key["entries"]: bad("rejected with entries")
        if not key["reason"]: bad("rejected without reason")
    tasks = [e["task"] for e in key["entries"]]
    if len(tasks) != len(set(tasks)): bad("duplicate task")
    for e in key["entries"]:
        if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"): bad("status " + e["status"])
        for k, v in e["indicators"].items():
            if not isinstance(v, int): bad(f"non-int {k}")
            if not has_fig(text, nums, v): bad(f"{e['task']} {k}={v} not found")
    for x in key["difficulties"] + key["proposals"]:
        if norm(x) not in text: bad("missing item: " + x[:50])
print(f"{n} files checked, {errors} errors")
sys.exit(1 if errors else 0)
