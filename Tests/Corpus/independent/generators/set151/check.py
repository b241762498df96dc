# Reopens every final file (zip+XML for DOCX, openpyxl for XLSX) independently of gen.py and
# verifies each key: sha256, unit name, date, every keyed figure in some written form,
# every difficulty and proposal, entry texts; also that the file set matches the keys.
import json, os, re, sys, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
IND = set("training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd".split())
ST = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for para in root.iter(W + "p"):
                t = "".join((n.text or "") if n.tag == W + "t" else " " for n in para.iter() if n.tag in (W + "t", W + "tab", W + "br"))
                out.append(t)
    return norm("\n".join(out))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return norm("\n".join(out))

def dotted(n):
    return f"{n:,}".replace(",", ".")

def forms(n):
    f = {str(n), dotted(n)}
    if n < 10: f.add(f"{n:02d}")
    for unit, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= unit and n % (unit // 100) == 0:
            v = n / unit
            s = (f"{v:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word)
    return f

def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    files = sorted(x for x in os.listdir(HERE) if x.endswith((".docx", ".xlsx")))
    keys = sorted(x[:-5] for x in os.listdir(os.path.join(HERE, "truth")) if x.endswith(".json"))
    errs = []
    if files != keys: errs.append(f"file set != key set: {set(files) ^ set(keys)}")
    nrej = 0
    for fn in keys:
        k = json.load(open(os.path.join(HERE, "truth", fn + ".json"), encoding="utf-8"))
        p = os.path.join(HERE, fn)
        e = lambda m: errs.append(f"{fn}: {m}")
        if k["file"] != fn: e("file field")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: e("sha256 mismatch")
        text = docx_text(p) if fn.endswith(".docx") else xlsx_text(p)
        low = text.lower()
        if norm(k["unit"]["name"]).lower() not in low: e("unit name not found: " + k["unit"]["name"])
        y, m, d = k["document"]["date"].split("-")
        dates = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
        if not any(x in text for x in dates): e("date not found")
        if k["document"]["number"] and ("Số: " + k["document"]["number"]) not in text: e("number not found")
        if k["status"] == "rejected":
            nrej += 1
            if k["entries"] or not k["reason"]: e("rejected key should have reason and no entries")
            continue
        if k["status"] != "extracted": e("status")
        tasks = [x["task"] for x in k["entries"]]
        if len(tasks) != len(set(tasks)): e("duplicate task")
        if not 3 <= len(tasks) <= 10: e("task count")
        for en in k["entries"]:
            if en["task"] not in TASKS: e("bad task " + en["task"])
            if en["status"] not in ST: e("bad status " + en["status"])
            if norm(en["text"]) not in text: e("entry text not found: " + en["text"][:40])
            for ik, v in en["indicators"].items():
                if ik not in IND: e("bad indicator " + ik)
                if not isinstance(v, int): e("non-int " + ik)
                if not has_number(norm(en["text"]), v) or not has_number(text, v):
                    e(f"figure {en['task']} {ik}={v} not written")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text: e("difficulty/proposal not found: " + s[:50])
    print(f"{len(keys)} keys checked ({sum(f.endswith('.docx') for f in keys)} docx, {sum(f.endswith('.xlsx') for f in keys)} xlsx, {nrej} rejected)")
    if errs:
        print("\n".join(errs)); print("FAIL"); sys.exit(1)
    print("PASS")
main()
