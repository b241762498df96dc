"""Re-open every file independently of the generators and check its key."""
import csv, hashlib, json, os, re, sys, zipfile, unicodedata
import openpyxl
from xml.etree import ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUS = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}

agencies = {r["id"]: [r["name"]] + [a for a in r["aliases"].split(";") if a]
            for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
communes = {r["code"]: r["name"] for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8"))
            if r["province_code"] == "79"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def text_of(path):
    if path.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
        out = []
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "br", W + "tab"):
                    buf.append(" ")
            out.append("".join(buf))
        return "\n".join(out)
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def variants(n):
    n = int(n)
    g = f"{n:,}".replace(",", ".")
    v = {str(n), g, f"{n:,}".replace(",", " ")}
    if n < 10:
        v.add(f"{n:02d}")
    for unit, div in (("triệu", 10**6), ("tỷ", 10**9)):
        if n >= div and n % (div // 100) == 0:
            x = n / div
            s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            v.add(f"{s} {unit}")
    return v


def has_number(text, n):
    for v in variants(n):
        if re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    fails = 0
    keys = sorted(os.listdir(os.path.join(ROOT, "truth")))
    files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)))
    if sorted(k[:-5] for k in keys) != files:
        print("FAIL: files and keys differ", set(files) ^ {k[:-5] for k in keys}); fails += 1
    for k in keys:
        key = json.load(open(os.path.join(ROOT, "truth", k), encoding="utf-8"))
        path = os.path.join(ROOT, key["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256")
        raw = text_of(path); t = norm(raw)
        u = key["unit"]
        if u:
            names = agencies.get(u["id"]) or ([communes[u["id"]]] if u["id"] in communes else None)
            if not names:
                errs.append(f"unknown unit id {u['id']}")
            elif not any(norm(n) in t for n in names):
                errs.append(f"unit name not in file {names}")
        doc = key["document"]
        if doc["number"] and norm("Số: " + doc["number"]) not in t:
            errs.append("number " + doc["number"])
        if doc["date"]:
            y, m, d = doc["date"].split("-")
            pats = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}"]
            if not any(p in t for p in pats):
                errs.append("date " + doc["date"])
        if key["status"] not in ("extracted", "rejected"):
            errs.append("status")
        if key["status"] == "rejected" and (key["entries"] or not key["reason"]):
            errs.append("rejected key with entries / no reason")
        seen = set()
        for e in key["entries"]:
            if e["task"] not in TASKS: errs.append("task " + e["task"])
            if e["task"] in seen: errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUS: errs.append("entry status " + e["status"])
            for i, v in e["indicators"].items():
                if i not in IND: errs.append("indicator " + i)
                if not has_number(raw, v): errs.append(f"figure {e['task']} {i}={v} not in file")
        for x in key["difficulties"] + key["proposals"]:
            if norm(x) not in t:
                errs.append("text not in file: " + x[:50])
        print(("FAIL " if errs else "ok   ") + key["file"] + ("  " + "; ".join(errs) if errs else ""))
        fails += bool(errs)
    print(f"{len(keys)} keys, {fails} failing")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
