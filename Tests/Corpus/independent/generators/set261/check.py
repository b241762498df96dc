# Independent check: reopens every final file (zip+XML for DOCX, openpyxl for XLSX) and verifies the key.
import hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
def norm(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + "p"):
                    out.append("".join((t.text or "") if t.tag == W + "t" else "\t" if t.tag == W + "tab" else ""
                                       for t in para.iter() if t.tag in (W + "t", W + "tab")))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return "\n".join(out)

def forms(v):
    v = int(v); f = {str(v)}
    if v < 100: f.add("%02d" % v)
    if v >= 1000: f.add("{:,}".format(v).replace(",", "."))
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1000000; f.add(("%g" % m).replace(".", ",") + " triệu")
    return f

def has_num(text, v):
    for s in forms(v):
        if re.search(r"(?<![\d.,/])" + re.escape(s) + r"(?![\d/]|[.,]\d)", text): return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    return {"ngày %s tháng %s năm %s" % (d, m, y), "ngày %d tháng %d năm %s" % (int(d), int(m), y),
            "%s/%s/%s" % (d, m, y), "%d/%d/%s" % (int(d), int(m), y)}

TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d "
            "II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
IND = set("training_courses participants communications enterprises_supported inspections establishments_inspected "
          "violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
errs = 0; files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
def bad(f, m):
    global errs; errs += 1; print("FAIL", f, m)
for f in sorted(files):
    kp = os.path.join(HERE, "truth", f + ".json")
    if not os.path.exists(kp): bad(f, "no key"); continue
    k = json.load(open(kp, encoding="utf-8"))
    p = os.path.join(HERE, f)
    if k["file"] != f: bad(f, "file field")
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: bad(f, "sha256")
    raw = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
    t = norm(raw)
    u = k["unit"]
    if u and u.get("name"):
        short = norm(re.sub(r"^(Xã|Phường|Đặc khu|Sở)\s+", "", u["name"]))
        if short not in t: bad(f, "unit name %r" % u["name"])
    if k["document"]["date"] and not any(norm(x) in t for x in date_forms(k["document"]["date"])): bad(f, "date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in t: bad(f, "number")
    if k["status"] == "rejected":
        if k["entries"] or not k["reason"]: bad(f, "rejected key shape")
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS or e["task"] in seen: bad(f, "task %s" % e["task"])
        seen.add(e["task"])
        if e["status"] not in STAT: bad(f, "status %s" % e["status"])
        for i, v in e["indicators"].items():
            if i not in IND or not isinstance(v, int): bad(f, "indicator %s" % i)
            elif not has_num(t, v): bad(f, "%s %s=%s not in file" % (e["task"], i, v))
        for part in re.split(r"; (?=[A-ZĐÀ-Ỹ])|(?<=\.) ", e["text"]):
            if norm(part) not in t: bad(f, "text part not found: %r" % part[:60])
    for d in k["difficulties"] + k["proposals"]:
        if norm(d) not in t: bad(f, "item not found: %r" % d[:60])
    print("ok  " if not errs else "    ", f, len(k["entries"]), "entries")
print("FAILURES:", errs) if errs else print("check.py: all", len(files), "files pass")
sys.exit(1 if errs else 0)
