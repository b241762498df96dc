# -*- coding: utf-8 -*-
"""Independent check of set95: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import csv, glob, hashlib, json, os, re, sys, zipfile, datetime, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        AG[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<[^>]+>", "", x)
            out.append(x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'"))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    parts.append("%02d/%02d/%d" % (v.day, v.month, v.year))
                elif isinstance(v, (int, float)):
                    nums.append(float(v))
                    parts.append(str(v))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums


NUM = re.compile(r"(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(tỷ|triệu|tr\.đ|trđ)?", re.I)


def values_in(text, nums):
    vals = set()
    for m in NUM.finditer(text):
        ip = m.group(1).replace(".", "")
        frac = m.group(2)
        v = float(ip + ("." + frac if frac else ""))
        mult = {"tỷ": 1e9, "triệu": 1e6, "tr.đ": 1e6, "trđ": 1e6}.get((m.group(3) or "").lower(), 1)
        vals.add(round(v * mult))
        vals.add(round(v))
    for n in nums:
        vals.add(round(n)); vals.add(round(n * 1e6))
    return vals


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("key/file count mismatch", len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        names = AG.get(k["unit"]["id"], []) + [k["unit"]["name"]]
        if not any(norm(n) in nt for n in names if n):
            errs.append("unit name")
        if k["document"]["date"]:
            d = datetime.date.fromisoformat(k["document"]["date"])
            forms = ["ngày %02d tháng %02d năm %d" % (d.day, d.month, d.year), "ngày %d tháng %d năm %d" % (d.day, d.month, d.year),
                     "%02d/%02d/%d" % (d.day, d.month, d.year)]
            if not any(norm(f) in nt for f in forms):
                errs.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number")
        vals = values_in(text, nums)
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if round(v) not in vals:
                    errs.append("figure %s %s=%s" % (e["task"], ind, v))
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in nt:
                errs.append("text missing: " + x[:40])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected with entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else "%d FAILED" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
