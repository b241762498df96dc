# -*- coding: utf-8 -*-
"""Re-open every final file of set152 (independently of gen.py) and verify its key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c "
            "II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for hf in (ws.oddHeader, ws.oddFooter):
            for part in (hf.left, hf.center, hf.right):
                if part.text:
                    out.append(part.text)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def dec(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s.replace(".", ",")


def variants(n):
    v = {str(n), "%02d" % n, "%03d" % n}
    if n >= 1000:
        v.add("{:,}".format(n).replace(",", "."))
        v.add("{:,}".format(n).replace(",", " "))
        v.add("{:,}".format(n))
    if n >= 1_000_000:
        m = n / 1_000_000
        v.add(dec(m) + " triệu"); v.add(dec(m) + " tr"); v.add(dec(m) + "tr")
        if m != int(m) and (m * 10) == int(m * 10):
            v.add("%dtr%d" % (int(m), round((m - int(m)) * 10)))
    if n >= 1_000_000_000:
        v.add(dec(n / 1_000_000_000) + " tỷ")
    return v


def has_number(text, n):
    for s in variants(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text, re.I):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    forms = {f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}", f"{d}/{m}/{y}", f"{di}/{mi}/{y}",
             f"{d}-{m}-{y}", f"{d}.{m}.{y}"}
    return forms


def unit_names(key):
    names = {key["unit"]["name"]}
    nm = key["unit"]["name"]
    for pre in ("Phường ", "Xã ", "Đặc khu "):
        if nm.startswith(pre):
            names.add(nm[len(pre):])
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["id"] == key["unit"]["id"]:
                names.add(r["name"])
                names.update(a for a in r["aliases"].split(";") if a)
    return names


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    errs = []
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errs.append("file list and key list differ")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        e = lambda m: errs.append(f"{fn}: {m}")
        if fn + ".json" != os.path.basename(kp):
            e("key name mismatch")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        text = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        t = norm(text)
        tl = t.lower()
        if not any(norm(n).lower() in tl for n in unit_names(k)):
            e("unit name not found: " + k["unit"]["name"])
        if k["document"]["date"] and not any(f in t for f in date_forms(k["document"]["date"])):
            e("date not found " + k["document"]["date"])
        if k["document"]["number"] and k["document"]["number"] not in t:
            e("number not found " + k["document"]["number"])
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                e("rejected key must have reason and no entries")
            continue
        seen = set()
        for en in k["entries"]:
            if en["task"] not in TASKS: e("bad task " + en["task"])
            if en["task"] in seen: e("duplicate task " + en["task"])
            seen.add(en["task"])
            if en["status"] not in STATUSES: e("bad status " + en["status"])
            for ind, val in en["indicators"].items():
                if ind not in INDS: e("bad indicator " + ind)
                if not isinstance(val, int): e(f"non-int {ind}")
                if not has_number(t, val):
                    e(f"{en['task']} {ind}={val} not found")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t:
                e("text not found: " + s[:60])
    for x in errs:
        print("FAIL", x)
    print(f"{len(keys)} keys checked, {len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
