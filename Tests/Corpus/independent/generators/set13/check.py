"""Reopen every file in set13 independently of the generators and verify its key."""
import hashlib, json, os, re, sys, unicodedata, zipfile, csv
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    out.append(str(v))
    return "\n".join(out)


def forms(v, money=False):
    f = {str(v)}
    if v < 10:
        f.add(f"{v:02d}")
    if v >= 1000:
        f.add(f"{v:,}".replace(",", "."))
        f.add(f"{v:,}".replace(",", " "))
    if money and v % 100000 == 0:
        m = v / 1_000_000
        s = (f"{m:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(s + " triệu")
        f.add(s + "tr")
    return f


def has_number(text, v, money):
    for fm in forms(v, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def load_units():
    units = {}
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as f:
        for r in csv.reader(f):
            if len(r) >= 4 and r[3] == "79":
                units[r[0]] = [r[1]]
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            units[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    return units


def main():
    units = load_units()
    fails = 0
    keys = sorted(os.listdir(os.path.join(ROOT, "truth")))
    files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)))
    if sorted(k[:-5] for k in keys) != files:
        print("MISMATCH files/keys", set(files) ^ set(k[:-5] for k in keys)); fails += 1
    for k in keys:
        key = json.load(open(os.path.join(ROOT, "truth", k), encoding="utf-8"))
        fn = key["file"]
        path = os.path.join(ROOT, fn)
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256")
        text = norm(docx_text(path) if fn.endswith(".docx") else xlsx_text(path))
        low = text.lower()
        uid = key["unit"]["id"]
        if uid not in units:
            errs.append(f"unknown unit id {uid}")
        else:
            names = units[uid]
            if units[uid][0] != key["unit"]["name"]:
                errs.append(f"unit name {key['unit']['name']} != {units[uid][0]}")
            bare = [re.sub(r"^(Phường|Xã|Đặc khu) ", "", n).lower() for n in names]
            if not any(b in low for b in bare):
                errs.append("unit name not in text")
        num = key["document"]["number"]
        if num and num not in text:
            errs.append("number not in text")
        dt = key["document"]["date"]
        if dt:
            y, m, d = dt.split("-")
            pat = rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}"
            if not re.search(pat, text):
                errs.append("date not in text")
        if key["status"] == "rejected":
            if not key["reason"] or key["entries"]:
                errs.append("rejected key malformed")
        else:
            seen = set()
            for e in key["entries"]:
                if e["task"] not in TASKS: errs.append("bad task " + e["task"])
                if e["task"] in seen: errs.append("dup task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in STATUSES: errs.append("bad status " + e["status"])
                for ind, v in e["indicators"].items():
                    if ind not in INDS: errs.append("bad indicator " + ind)
                    if not isinstance(v, int): errs.append(f"non-int {ind}")
                    elif not has_number(text, v, ind.endswith("_vnd")):
                        errs.append(f"{e['task']} {ind}={v} not found")
        for item in key["difficulties"] + key["proposals"]:
            if norm(item) not in text:
                errs.append("item not in text: " + item[:40])
        status = "ok" if not errs else "FAIL " + "; ".join(errs)
        if errs: fails += 1
        n_ent = len(key["entries"])
        print(f"{status:6s} {fn}  [{key['status']}, {n_ent} entries]")
    print(f"\n{len(keys)} keys checked, {fails} failing")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
