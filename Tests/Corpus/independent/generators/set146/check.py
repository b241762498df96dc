# -*- coding: utf-8 -*-
"""Reopen every final file of set146 independently of gen.py and verify its key."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []


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


SCALE = {"tỷ": 1e9, "ty": 1e9, "triệu": 1e6, "trđ": 1e6, "tr": 1e6, "nghìn": 1e3, "ngàn": 1e3, "k": 1e3}
NUM = re.compile(r"(?<![\d])(\d+(?:[.,]\d+)*)(?:\s*(tỷ|triệu|trđ|tr|nghìn|ngàn|k)(?![a-zà-ỹ]))?")


def interpretations(tok):
    vals = set()
    if re.fullmatch(r"\d+", tok):
        vals.add(float(tok))
        return vals
    if re.fullmatch(r"\d{1,3}([.,\s]\d{3})+", tok):
        vals.add(float(re.sub(r"[.,]", "", tok)))
    # vi: '.' thousands, ',' decimal
    t = tok.replace(".", "").replace(",", ".")
    try:
        vals.add(float(t))
    except ValueError:
        pass
    # en: ',' thousands, '.' decimal
    t = tok.replace(",", "")
    try:
        vals.add(float(t))
    except ValueError:
        pass
    return vals


def values_in(text, nums):
    vals = set()
    for m in NUM.finditer(text):
        tok, sc = m.group(1), m.group(2)
        mult = SCALE.get(sc, 1)
        for v in interpretations(tok):
            vals.add(round(v * mult, 3))
            vals.add(round(v, 3))
    for n in nums:
        vals.add(round(float(n), 3))
    return vals


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    forms = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            forms.add("ngày %s tháng %s năm %s" % (dd, mm, y))
            forms.add("%s/%s/%s" % (dd, mm, y))
            forms.add("%s-%s-%s" % (dd, mm, y))
    forms.add(iso)
    return forms


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(f[:-5] for f in os.listdir(TRUTH) if f.endswith(".json"))
    if files != keys:
        errors.append("file/key mismatch: %s vs %s" % (files, keys))
    n_rej = 0
    for f in files:
        kp = os.path.join(TRUTH, f + ".json")
        if not os.path.exists(kp):
            continue
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, f)
        def err(msg):
            errors.append("%s: %s" % (f, msg))
        if k["file"] != f:
            err("file field")
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            err("sha256 mismatch")
        text, nums = docx_text(path) if f.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        if k["status"] not in ("extracted", "rejected"):
            err("bad status")
        if k["status"] == "rejected":
            n_rej += 1
            if not k.get("reason"):
                err("rejected without reason")
            if k["entries"]:
                err("rejected with entries")
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in nt:
            err("unit name not found: " + k["unit"]["name"])
        doc = k["document"]
        if doc["date"] and not any(norm(x) in nt for x in date_forms(doc["date"])):
            err("date not found: " + doc["date"])
        if doc["number"] and norm(doc["number"]) not in nt:
            err("number not found: " + doc["number"])
        vals = values_in(nt, nums)
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                err("bad task " + e["task"])
            if e["task"] in seen:
                err("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                err("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS:
                    err("bad indicator " + ind)
                if not isinstance(v, int):
                    err("indicator not int %s=%r" % (ind, v))
                if round(float(v), 3) not in vals:
                    err("figure not found %s %s=%s" % (e["task"], ind, v))
                # tie the figure to its passage: it must be in the entry's text excerpt too
                if round(float(v), 3) not in values_in(norm(e["text"]), []):
                    err("figure not in entry text %s %s=%s" % (e["task"], ind, v))
            # every number written in the excerpt must be in the file
            for m in NUM.finditer(norm(e["text"])):
                if m.group(1) not in nt:
                    err("excerpt number not in file: %s %s" % (e["task"], m.group(1)))
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in nt:
                err("text not found: " + x[:60])
    print("files:", len(files), "docx:", sum(f.endswith(".docx") for f in files),
          "xlsx:", sum(f.endswith(".xlsx") for f in files), "rejected:", n_rej)
    if errors:
        print("\n".join(errors))
        print("FAIL")
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
