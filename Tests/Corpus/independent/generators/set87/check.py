# -*- coding: utf-8 -*-
"""Independent check of set87: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import json, os, re, sys, glob, hashlib, zipfile, unicodedata, datetime
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n)]
        out = []
        for n in parts:
            xml = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
                t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                out.append(t)
    return "\n".join(out), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(round(v, 3))
                elif isinstance(v, datetime.datetime):
                    out.append(v.strftime("%d/%m/%Y"))
                else:
                    out.append(str(v))
    return "\n".join(out), nums


def numbers_in(text):
    s = set()
    for m in re.finditer(r"(\d+(?:[.,]\d+)*)\s*(tỷ|triệu|nghìn)?", text):
        raw, scale = m.group(1), m.group(2)
        mult = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 10**3}.get(scale, 1)
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
            s.add(int(raw.replace(".", "")) * mult)
        elif re.fullmatch(r"\d+,\d+", raw):
            s.add(round(float(raw.replace(",", ".")) * mult, 3))
        elif raw.isdigit():
            s.add(int(raw) * mult)
        for piece in re.split(r"[.,]", raw):
            if piece.isdigit():
                s.add(int(piece))
    return s


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    return [f"ngày {d.day} tháng {d.month} năm {d.year}", f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}",
            f"ngày {d.day:02d} tháng {d.month} năm {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"]


fails = 0
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
for kp in keys:
    k = json.load(open(kp))
    path = os.path.join(HERE, k["file"])
    errs = []
    if not os.path.exists(path):
        print("MISSING", k["file"]); fails += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    nt = norm(text)
    if k["unit"] and norm(k["unit"]["name"]) not in nt:
        errs.append("unit name " + k["unit"]["name"])
    if k["document"]["date"] and not any(norm(f) in nt for f in date_forms(k["document"]["date"])):
        errs.append("date " + k["document"]["date"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
        errs.append("number " + k["document"]["number"])
    allnums = numbers_in(text) | nums
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if v not in allnums:
                errs.append(f"figure {e['task']} {ind}={v}")
    for t in k["difficulties"] + k["proposals"]:
        if norm(t) not in nt:
            errs.append("text missing: " + t[:50])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
        errs.append("rejected key malformed")
    print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
    fails += bool(errs)
n_docx = sum(f.endswith(".docx") for f in os.listdir(HERE)); n_xlsx = sum(f.endswith(".xlsx") for f in os.listdir(HERE))
print(f"{len(keys)} keys, {n_docx} DOCX, {n_xlsx} XLSX, {fails} failing")
sys.exit(1 if fails else 0)
