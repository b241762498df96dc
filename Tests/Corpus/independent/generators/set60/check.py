# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify its truth key."""
import os, sys, json, hashlib, re, zipfile, unicodedata, datetime
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(HERE, "truth")
WORDS = {1:"một",2:"hai",3:"ba",4:"bốn",5:"năm",6:"sáu",7:"bảy",8:"tám",9:"chín",10:"mười"}

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    z = zipfile.ZipFile(path); out = []; nums = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            xml = z.read(n).decode("utf8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                out.append(t)
    import html
    return html.unescape("\n".join(out)), nums

def xlsx_text(path):
    wb = openpyxl.load_workbook(path); out = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool): nums.append(v)
                if isinstance(v, (datetime.date, datetime.datetime)): out.append(v.strftime("%d/%m/%Y"))
                out.append(str(v))
    return "\n".join(out), nums

def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if n >= 100000 and n % 100000 == 0:
        m = n / 1e6
        s = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr", s + " tr"}
    return f

def has_num(text, nums, n):
    if any(abs(x - n) < 1e-6 for x in nums): return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text): return True
    if n in WORDS and re.search(r"\b" + WORDS[n] + r"\b", text): return True
    return False

def main():
    bad = 0; files = sorted(os.listdir(TR))
    for kf in files:
        k = json.load(open(os.path.join(TR, kf)))
        path = os.path.join(HERE, k["file"]); errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(text)
        if k["unit"] and norm(k["unit"]["name"]) not in t: errs.append("unit name " + k["unit"]["name"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in t: errs.append("number")
        if k["document"]["date"]:
            y, m, d = k["document"]["date"].split("-")
            cands = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"]
            if not any(c in t for c in cands): errs.append("date")
        if k["status"] == "rejected" and k["entries"]: errs.append("rejected with entries")
        for e in k["entries"]:
            for iid, v in e["indicators"].items():
                if not has_num(t, nums, v): errs.append(f"{e['task']} {iid}={v}")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in t: errs.append("missing item: " + x[:40])
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(files)} keys, {bad} failing")
    sys.exit(1 if bad else 0)

main()
