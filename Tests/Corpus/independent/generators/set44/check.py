# -*- coding: utf-8 -*-
"""Re-open every final file of set 44 independently of gen.py (zip+XML for DOCX, openpyxl for XLSX)
and verify its key: sha256, unit name, date, each keyed figure, each difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out, nums = [], set()
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    for mul in (1, 1000, 10 ** 6, 10 ** 9):
                        nums.add(round(v * mul, 3))
                out.append(str(v))
    return "\n".join(out), nums


MULT = {"tỷ": 10 ** 9, "ty": 10 ** 9, "triệu": 10 ** 6, "tr": 10 ** 6, "nghìn": 1000, "ngàn": 1000}


def text_numbers(text):
    nums = set()
    for m in re.finditer(r"\d+(?:[.,]\d+)*", text):
        tok = m.group(0)
        vals = set()
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", tok):
            vals.add(int(tok.replace(".", "")))
        if re.fullmatch(r"\d+,\d+", tok):
            vals.add(float(tok.replace(",", ".")))
        if re.fullmatch(r"\d+", tok):
            vals.add(int(tok))
        if re.fullmatch(r"\d+\.\d+", tok):
            vals.add(float(tok))
        after = text[m.end():m.end() + 8].strip().lower()
        for w, mul in MULT.items():
            if after.startswith(w):
                vals |= {round(v * mul, 3) for v in list(vals)}
        nums |= {round(float(v), 3) for v in vals}
    return nums


def agency_names():
    names = {}
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            names[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
    return names


def main():
    aliases = agency_names()
    fails = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if len(keys) != len(files):
        print("FAIL: key count", len(keys), "!= file count", len(files)); fails += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("FAIL", k["file"], "missing"); fails += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nums |= text_numbers(text)
        nt = norm(text)
        cands = [k["unit"]["name"]] + aliases.get(k["unit"]["id"], [])
        if not any(norm(c) in nt for c in cands):
            errs.append("unit name")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number")
        y, m, d = k["document"]["date"].split("-")
        pats = [rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
        if not any(re.search(p, nt) for p in pats):
            errs.append("date")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key shape")
        else:
            if not k["entries"]:
                errs.append("no entries")
            for e in k["entries"]:
                if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                    errs.append(f"bad status {e['status']}")
                for iid, v in e["indicators"].items():
                    if round(float(v), 3) not in nums:
                        errs.append(f"figure {e['task']} {iid}={v}")
            tasks = [e["task"] for e in k["entries"]]
            if len(tasks) != len(set(tasks)):
                errs.append("duplicate task")
            for s in k["difficulties"] + k["proposals"]:
                if norm(s) not in nt:
                    errs.append("text: " + s[:50])
        if errs:
            fails += 1
            print("FAIL", k["file"], errs)
        else:
            print("ok  ", k["file"])
    print("PASS" if not fails else f"{fails} failing")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
