# Reopens every final file independently of gen.py and verifies its answer key.
import json, os, re, sys, zipfile, hashlib, csv, datetime, unicodedata
import xml.etree.ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = set("training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd".split())
names = {}
for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    names[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")):
    if r["province_code"] == "79":
        names[r["code"]] = [r["name"]]

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()

def read_docx(p):
    z = zipfile.ZipFile(p)
    out, nums = [], []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out), nums, []

def read_xlsx(p):
    wb = openpyxl.load_workbook(p)
    out, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.strftime("%Y-%m-%d"))
                elif isinstance(v, (int, float)):
                    nums.append(v)
                else:
                    out.append(str(v))
    return "\n".join(out), nums, dates

def numbers_in(text):
    found = set()
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        s = m.group(0)
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", s): found.add(int(s.replace(".", "")))
        elif s.isdigit(): found.add(int(s))
        if re.fullmatch(r"\d+,\d+", s): found.add(float(s.replace(",", ".")))
    for m in re.finditer(r"(\d+) triệu (\d+) nghìn", text):
        found.add(int(m.group(1)) * 10**6 + int(m.group(2)) * 1000)
    for m in re.finditer(r"(\d+(?:,\d+)?) ?(triệu|tỷ|tr)\b", text):
        found.add(round(float(m.group(1).replace(",", ".")) * (10**9 if m.group(2) == "tỷ" else 10**6)))
    return found

errors = 0
def bad(f, msg):
    global errors
    errors += 1
    print("FAIL", f, msg)

files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
truths = sorted(os.listdir(os.path.join(HERE, "truth")))
if [f + ".json" for f in files] != truths:
    bad("*", "files and truth keys differ")
stats = {"docx": 0, "xlsx": 0, "rejected": 0}
for f in files:
    k = json.load(open(os.path.join(HERE, "truth", f + ".json"), encoding="utf-8"))
    p = os.path.join(HERE, f)
    stats[f.rsplit(".", 1)[1]] += 1
    if k["file"] != f: bad(f, "file field")
    if k["sha256"] != hashlib.sha256(open(p, "rb").read()).hexdigest(): bad(f, "sha256")
    text, nums, dates = read_docx(p) if f.endswith(".docx") else read_xlsx(p)
    nt = norm(text)
    uid = k["unit"]["id"]
    if uid not in names or k["unit"]["name"] != names[uid][0]: bad(f, "unit id/name not in reference data")
    if not any(norm(n) in nt for n in names.get(uid, [])): bad(f, "unit name not found in file")
    num = k["document"]["number"]
    if num and norm(num) not in nt: bad(f, "number not found")
    y, m, d = k["document"]["date"].split("-")
    forms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"]
    if not any(norm(x) in nt for x in forms) and k["document"]["date"] not in dates: bad(f, "date not found")
    if k["status"] == "rejected":
        stats["rejected"] += 1
        if k["entries"] or not k["reason"]: bad(f, "rejected key shape")
        continue
    if k["status"] != "extracted": bad(f, "status")
    have = numbers_in(text) | set(nums)
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS: bad(f, "task " + e["task"])
        if e["task"] in seen: bad(f, "duplicate task " + e["task"])
        seen.add(e["task"])
        if e["status"] not in STAT: bad(f, "status " + e["status"])
        for i, v in e["indicators"].items():
            if i not in IND: bad(f, "indicator id " + i)
            if not isinstance(v, int): bad(f, f"{i} not int")
            if v not in have: bad(f, f"{e['task']} {i}={v} not written in file")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in nt: bad(f, "difficulty/proposal not found: " + x[:50])
print(f"{len(files)} files: {stats['docx']} DOCX, {stats['xlsx']} XLSX, {stats['rejected']} mistaken")
print("check.py:", "PASS" if errors == 0 else f"{errors} errors")
sys.exit(1 if errors else 0)
