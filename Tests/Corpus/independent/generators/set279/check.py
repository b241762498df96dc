# -*- coding: utf-8 -*-
"""Independent check of set279: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies the key against it. Does not import gen.py."""
import os, sys, json, glob, hashlib, re, zipfile, unicodedata, csv
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCIES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        AGENCIES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if not re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            continue
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "br", W + "tab"):
                    buf.append(" ")
            out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                out.append(str(v))
    return "\n".join(out), nums


def dotted(n):
    return "{:,}".format(n).replace(",", ".")


def forms(n):
    n = int(n)
    f = {str(n), "%02d" % n, dotted(n)}
    if n >= 100000:
        for scale, word in ((10 ** 9, "tỷ"), (10 ** 6, "triệu")):
            if n % (scale // 1000) == 0 and n >= scale:
                x = n / scale
                s = ("%.3f" % x).rstrip("0").rstrip(".").replace(".", ",")
                f.add(s + " " + word)
    return f


def has_number(text, nums, n):
    if any(isinstance(v, (int, float)) and float(v) == float(n) for v in nums):
        return True
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.lower().endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("ERR count keys %d files %d" % (len(keys), len(files))); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        errs = []
        if os.path.basename(kp) != fn + ".json":
            errs.append("key name")
        if not os.path.exists(path):
            print("ERR missing", fn); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        u = k["unit"]
        names = [u["name"]] + AGENCIES.get(u["id"], [])
        names += [re.sub(r"^(Xã|Phường|Đặc khu)\s+", "", u["name"])]
        if not any(norm(x) in nt for x in names):
            errs.append("unit name %s" % u["name"])
        d = k["document"]["date"]
        if d:
            y, m, dd = d.split("-")
            pat = r"ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%s" % (int(dd), int(m), y)
            if not re.search(pat, nfc(text)):
                errs.append("date %s" % d)
        num = k["document"]["number"]
        if num and not re.search(r"Số:\s*" + re.escape(num), nfc(text)):
            errs.append("number %s" % num)
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key shape")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)):
            errs.append("duplicate task")
        for e in k["entries"]:
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                errs.append("status value %s" % e["status"])
            for iid, v in e["indicators"].items():
                if not has_number(text, nums, v):
                    errs.append("figure %s %s=%s" % (e["task"], iid, v))
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in nt:
                errs.append("text missing: %s" % x[:50])
        if errs:
            errors += len(errs)
            print("FAIL", fn, errs)
        else:
            print("ok  ", fn, "(%d entries, %d figures)" % (len(k["entries"]),
                                                          sum(len(e["indicators"]) for e in k["entries"])))
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
