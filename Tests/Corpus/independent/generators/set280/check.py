# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py (zip+XML for DOCX, openpyxl for XLSX) and verify the keys."""
import hashlib, html, json, os, re, sys, unicodedata, zipfile
import openpyxl

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASKS = {f"II.{g}.{l}" for g, ls in {1: "a b", 2: "a b c d đ e g h i", 3: "a b c d", 4: "a b c", 5: "a b c d", 6: "a b"}.items() for l in ls.split()}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections", "establishments_inspected",
       "violations", "fines_vnd", "samples_tested", "instruments_verified", "standards_reviewed", "budget_spent_vnd"}
N = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
    out = []
    for n in parts:
        xml = z.read(n).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            out.append(html.unescape(t))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.append(c.value)
                elif c.value is not None:
                    texts.append(str(c.value))
    return "\n".join(texts), nums


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if n >= 1_000_000:
        m = n / 1_000_000
        f.add(("%g" % m).replace(".", ",") + " triệu")
        if n >= 1_000_000_000:
            f.add(("%g" % (n / 1e9)).replace(".", ",") + " tỷ")
    return f


def has_num(text, n):
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


errors = []
files = sorted(f for f in os.listdir(OUT) if f.endswith((".docx", ".xlsx")))
truths = sorted(f[:-5] for f in os.listdir(os.path.join(OUT, "truth")) if f.endswith(".json"))
if files != truths:
    errors.append(f"file/truth mismatch: {set(files) ^ set(truths)}")
for f in files:
    k = json.load(open(os.path.join(OUT, "truth", f + ".json"), encoding="utf-8"))
    err = lambda m: errors.append(f"{f}: {m}")
    path = os.path.join(OUT, f)
    if k["file"] != f:
        err("file field")
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        err("sha256 differs")
    text, nums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
    nt = N(text)
    if k["unit"] and k["unit"]["name"] and N(k["unit"]["name"]) not in nt:
        err("unit name not found: " + k["unit"]["name"])
    d = k["document"]
    if d["number"] and N(d["number"]) not in nt:
        err("number not found")
    if d["date"]:
        y, m, dd = d["date"].split("-")
        pats = [rf"ngày 0?{int(dd)} tháng 0?{int(m)} năm {y}", rf"0?{int(dd)}/0?{int(m)}/{y}"]
        if not any(re.search(p, nt) for p in pats):
            err("date not found " + d["date"])
    if k["status"] == "rejected":
        if not k["reason"] or k["entries"]:
            err("rejected key must have reason and no entries")
        continue
    if k["status"] != "extracted":
        err("bad status")
    seen = set()
    for e in k["entries"]:
        if e["task"] not in TASKS: err("bad task " + e["task"])
        if e["task"] in seen: err("duplicate task " + e["task"])
        seen.add(e["task"])
        if e["status"] not in STAT: err("bad status " + e["status"])
        for i, v in e["indicators"].items():
            if i not in IND: err("bad indicator " + i)
            if not isinstance(v, int): err(f"non-int {i}")
            if not (has_num(text, v) or v in nums):
                err(f"{e['task']} {i}={v} not found in file")
        if f.endswith(".docx") and N(e["text"]) not in nt:
            err(f"{e['task']} text not verbatim in file")
    for x in k["difficulties"] + k["proposals"]:
        if N(x) not in nt:
            err("difficulty/proposal not found: " + x[:50])
print("\n".join(errors) if errors else f"OK: {len(files)} files checked")
sys.exit(1 if errors else 0)
