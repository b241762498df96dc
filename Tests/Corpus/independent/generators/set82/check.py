# -*- coding: utf-8 -*-
"""Independent check of set82: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, every keyed figure, difficulties, proposals."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCIES = {r["id"]: [r["name"]] + [a for a in r["aliases"].split(";") if a]
            for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out, nums = [], []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                out.append(str(v))
    return "\n".join(out), nums


def forms(v):
    v = int(v)
    f = {str(v), "%02d" % v, "{:,}".format(v).replace(",", "."), "{:,}".format(v).replace(",", " "), "{:,}".format(v)}
    if v >= 1000000:
        m = v / 1e6
        s = ("%.3f" % m).rstrip("0").rstrip(".").replace(".", ",")
        f |= {s + " triệu", s + "tr", s + " tr"}
    if v >= 1000000000:
        b = v / 1e9
        s = ("%.3f" % b).rstrip("0").rstrip(".").replace(".", ",")
        f |= {s + " tỷ"}
    return f


def has_figure(text, nums, v):
    if any(float(n) == float(v) for n in nums):
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return ["ngày %s tháng %s năm %s" % (d, m, y), "ngày %d tháng %d năm %s" % (int(d), int(m), y),
            "%s/%s/%s" % (d, m, y)]


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    errors, nd, nx, nrej = [], 0, 0, 0
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        if not os.path.exists(path):
            errors.append(k["file"] + ": missing"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errors.append(k["file"] + ": sha256 mismatch")
        if path.endswith(".docx"):
            raw, nums = docx_text(path); nd += 1
        else:
            raw, nums = xlsx_text(path); nx += 1
        text = norm(raw)
        if k["status"] == "rejected":
            nrej += 1
        uid, uname = k["unit"]["id"], k["unit"]["name"]
        names = AGENCIES.get(uid, [uname]) + [uname]
        if not any(norm(n) in text for n in names):
            errors.append(k["file"] + ": unit name not found")
        if k["document"]["date"] and not any(norm(f) in text for f in date_forms(k["document"]["date"])):
            errors.append(k["file"] + ": date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errors.append(k["file"] + ": number not found")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_figure(text, nums, v):
                    errors.append("%s: %s %s=%s not found" % (k["file"], e["task"], ind, v))
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text:
                errors.append(k["file"] + ": item not found: " + s[:50])
    print("files: %d (DOCX %d, XLSX %d, rejected %d)" % (len(keys), nd, nx, nrej))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "FAILED (%d)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
