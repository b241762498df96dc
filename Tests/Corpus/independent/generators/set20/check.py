"""Independent checker: reopens every file in the set (zip + XML for DOCX, openpyxl for XLSX,
no generator code) and checks each truth key against the file's own content."""
import csv, datetime as dt, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c "
            "II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

AG = {r["id"]: r for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
CM = {r["code"]: r for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8"))
      if r["province_code"] == "79"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u2013", "-").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).casefold()


def docx_text(path):
    out, dates = [], []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), dates


def xlsx_text(path):
    out, dates = [], []
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (dt.datetime, dt.date)):
                    dates.append(v.date() if isinstance(v, dt.datetime) else v)
                elif isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out), dates


def num_forms(n):
    n = int(n)
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " "), f"{n:02d}"}
    if n >= 100000 and n % 100000 == 0:
        m = n / 1e6
        ms = (f"{m:.1f}" if not m.is_integer() else str(int(m))).replace(".", ",")
        for suf in ("triệu", "tr", "trđ", "tr.đ"):
            f.add(ms + " " + suf); f.add(ms + suf)
    return f


def present_num(n, text):
    for form in num_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(form.casefold()) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_ok(iso, text, dates):
    d = dt.date.fromisoformat(iso)
    if d in dates:
        return True
    pats = [rf"ngày 0?{d.day} tháng 0?{d.month} năm {d.year}", rf"0?{d.day}/0?{d.month}/{d.year}", iso]
    return any(re.search(p, text) for p in pats)


def unit_ok(uid, name, text):
    if uid in AG:
        names = [AG[uid]["name"]] + [a for a in AG[uid]["aliases"].split(";") if a]
        assert name == AG[uid]["name"], "unit name differs from agencies.csv"
    else:
        assert uid in CM, f"unknown unit {uid}"
        assert name == CM[uid]["name"], "unit name differs from communes csv"
        names = [name, name.split(" ", 1)[1] if name.startswith("Phường") else name[3:]]
    return any(norm(n) in text for n in names)


def check(key):
    errs = []
    path = os.path.join(ROOT, key["file"])
    if not os.path.exists(path):
        return ["missing file"]
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
        errs.append("sha256 mismatch")
    raw, dates = (docx_text if path.endswith(".docx") else xlsx_text)(path)
    text = norm(raw)
    for f in ("file", "sha256", "status", "reason", "unit", "document", "entries", "difficulties", "proposals", "findings"):
        if f not in key:
            errs.append("key lacks " + f)
    u = key["unit"]
    if u and not unit_ok(u["id"], u["name"], text):
        errs.append(f"unit {u} not found in text")
    doc = key["document"]
    if doc["number"] and norm(doc["number"]) not in text:
        errs.append("number not found " + doc["number"])
    if doc["date"] and not date_ok(doc["date"], text, dates):
        errs.append("date not found " + doc["date"])
    if key["status"] == "rejected":
        if not key["reason"]:
            errs.append("rejected without reason")
        if key["entries"]:
            errs.append("rejected with entries")
        if "38" in re.sub(r"\d{39,}", "", text) and "38-ct/tw" in text:
            errs.append("mistaken file mentions CT38")
        return errs
    if key["status"] != "extracted":
        errs.append("bad status")
    seen = set()
    for e in key["entries"]:
        if e["task"] not in TASKS:
            errs.append("bad task " + e["task"])
        if e["task"] in seen:
            errs.append("duplicate task " + e["task"])
        seen.add(e["task"])
        if e["status"] not in STATUSES:
            errs.append("bad status " + e["status"])
        for k, v in e["indicators"].items():
            if k not in INDS:
                errs.append("bad indicator " + k)
            elif not isinstance(v, int) or v <= 0:
                errs.append(f"bad value {k}={v}")
            elif not present_num(v, text):
                errs.append(f"{e['task']} {k}={v} not in text")
    for k in ("difficulties", "proposals"):
        for item in key[k]:
            if norm(item).rstrip(".") not in text:
                errs.append(f"{k} item not found: {item[:50]}")
    return errs


def main():
    keys = sorted(glob.glob(os.path.join(ROOT, "truth", "*.json")))
    files = sorted(f for f in os.listdir(ROOT) if f.endswith((".docx", ".xlsx")))
    bad = 0
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("FAIL: files and keys differ"); bad += 1
    for k in keys:
        key = json.load(open(k, encoding="utf-8"))
        errs = check(key)
        print(("FAIL " if errs else "ok   ") + key["file"] + ("" if not errs else ": " + "; ".join(errs)))
        bad += bool(errs)
    rej = sum(json.load(open(k, encoding="utf-8"))["status"] == "rejected" for k in keys)
    print(f"{len(keys)} keys, {rej} rejected, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
