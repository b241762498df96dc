# -*- coding: utf-8 -*-
"""Independent check of set45: reopens each final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies the truth key against it."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "tab", W + "br"):
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def group(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", group(n, "."), group(n, " "), group(n, ",")}
    for base, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= base and n % (base // 1000) == 0:
            v = n / base
            txt = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{txt} {word}")
    return f


def has_number(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm.lower()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_ok(text, iso):
    y, m, d = iso.split("-")
    m_, d_ = int(m), int(d)
    pats = [rf"ngày\s+0?{d_}\s+tháng\s+0?{m_}\s+năm\s+{y}", rf"0?{d_}/0?{m_}/{y}"]
    return any(re.search(p, text) for p in pats)


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.docx")) + glob.glob(os.path.join(HERE, "*.xlsx")))
    errors = []
    nd = nx = nrej = 0
    for path in files:
        name = os.path.basename(path)
        tp = os.path.join(HERE, "truth", name + ".json")
        if not os.path.exists(tp):
            errors.append(f"{name}: no truth")
            continue
        t = json.load(open(tp, encoding="utf-8"))
        e = lambda msg: errors.append(f"{name}: {msg}")
        if t["file"] != name:
            e("file field")
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != t["sha256"]:
            e("sha256 mismatch")
        if path.endswith(".docx"):
            nd += 1
            raw = docx_text(path)
        else:
            nx += 1
            raw = xlsx_text(path)
        text = norm(raw)
        if t["status"] == "rejected":
            nrej += 1
            if not t.get("reason"):
                e("rejected without reason")
            if t["entries"]:
                e("rejected file has entries")
        elif t["status"] != "extracted":
            e("bad status")
        u = t["unit"]
        if u:
            names = ALIASES.get(u["id"], [u["name"]]) + [u["name"]]
            if not any(norm(x) in text for x in names):
                e(f"unit name not found: {u['name']}")
        doc = t["document"]
        if doc["date"] and not date_ok(text, doc["date"]):
            e(f"date not found {doc['date']}")
        if doc["number"] and norm(doc["number"]) not in text:
            e(f"number not found {doc['number']}")
        valid_tasks = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd", 4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
        valid_ind = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
                     "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
                     "standards_reviewed", "budget_spent_vnd"}
        seen = set()
        for en in t["entries"]:
            if en["task"] not in valid_tasks:
                e(f"bad task {en['task']}")
            if en["task"] in seen:
                e(f"duplicate task {en['task']}")
            seen.add(en["task"])
            if en["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                e(f"bad status {en['status']}")
            for k, v in en["indicators"].items():
                if k not in valid_ind:
                    e(f"bad indicator {k}")
                if not has_number(text, v):
                    e(f"{en['task']} {k}={v} not found in any written form")
        for k in ("difficulties", "proposals"):
            for s in t[k]:
                if norm(s) not in text:
                    e(f"{k} item not found: {s[:50]}")
    print(f"{len(files)} files: {nd} DOCX, {nx} XLSX, {nrej} rejected")
    if errors:
        print("\n".join(errors))
        print("FAIL")
        sys.exit(1)
    print("check.py: all checks passed")


if __name__ == "__main__":
    main()
