# -*- coding: utf-8 -*-
"""Independent checker for set38: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, unicodedata, csv
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
N = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()

aliases = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        aliases[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]

def docx_text(path):
    z = zipfile.ZipFile(path)
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"<w:br[^>]*/>", " ", xml)
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab[^>]*/>", "\t", xml)
    parts = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\n)", xml)
    txt = "".join(a or b for a, b in parts)
    import html
    return html.unescape(txt), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    strs, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.append(c.value); strs.append(str(c.value))
                else:
                    strs.append(str(c.value))
    return "\n".join(strs), nums

def forms(n, money):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if money and n % 100000 == 0:
        m = n / 1_000_000
        s = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + " tr"}
    return f

def has_num(text, nums, n, money):
    if n in nums: return True
    for fm in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

bad = 0
truths = sorted(os.listdir(os.path.join(HERE, "truth")))
files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
assert len(truths) == len(files), (len(truths), len(files))
for tf in truths:
    k = json.load(open(os.path.join(HERE, "truth", tf), encoding="utf-8"))
    path = os.path.join(HERE, k["file"])
    errs = []
    if not os.path.exists(path):
        print("MISSING", k["file"]); bad += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256 mismatch")
    text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    T = N(text)
    names = aliases.get(k["unit"]["id"], [k["unit"]["name"]])
    if not any(N(x) in T for x in names):
        errs.append("unit name not found: %s" % k["unit"]["name"])
    if k["document"]["number"] and N(k["document"]["number"]) not in T:
        errs.append("number not found")
    y, m, d = k["document"]["date"].split("-")
    if not re.search(r"ngày 0?%d tháng 0?%d năm %s" % (int(d), int(m), y), T):
        errs.append("date not found")
    if k["status"] == "rejected" and k["entries"]:
        errs.append("rejected with entries")
    for e in k["entries"]:
        for iid, v in e["indicators"].items():
            if not has_num(text, nums, v, iid.endswith("_vnd")):
                errs.append(f"{e['task']} {iid}={v} not in file")
    for x in k["difficulties"] + k["proposals"]:
        if N(x) not in T:
            errs.append("text not found: " + x[:50])
    print(("OK  " if not errs else "FAIL") + " " + k["file"], "; ".join(errs))
    bad += bool(errs)
print("PASS" if not bad else f"{bad} file(s) failed")
sys.exit(1 if bad else 0)
