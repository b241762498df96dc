# -*- coding: utf-8 -*-
"""Independent check of set163: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, every keyed figure, difficulties, proposals."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
ALIASES = {}
with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if row["province_code"] == "79":
            ALIASES[row["code"]] = [row["name"]]

VALID_TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
               "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
               "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
VALID_STATUS = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
VALID_IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
             "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
             "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                    t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
                    parts.append(t)
    return "\n".join(parts), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.add(float(c.value))
                parts.append(str(c.value))
    return "\n".join(parts), nums


def forms(n):
    n = int(n)
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
        if n >= div and n % (div // 1000) == 0:
            v = n / div
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            out.add(s + " " + word)
    return out


def has_number(text, nums, n):
    if float(n) in nums:
        return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("MISMATCH between files and keys"); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; path = os.path.join(HERE, fn)
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        if k["unit"] and k["unit"]["id"]:
            names = ALIASES.get(k["unit"]["id"], [])
            if k["unit"]["name"] not in names:
                errs.append("unit name not canonical")
            if not any(norm(a) in nt or norm(a.replace("Phường ", "").replace("Xã ", "")) in nt and
                       ("phường" in nt or "xã" in nt) for a in names):
                errs.append("unit name absent")
        if k["document"]["date"] and not any(norm(f) in nt for f in date_forms(k["document"]["date"])):
            errs.append("date absent")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number absent")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key malformed")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in VALID_TASKS: errs.append("bad task " + e["task"])
            if e["task"] in seen: errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in VALID_STATUS: errs.append("bad status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in VALID_IND: errs.append("bad indicator " + ind)
                if not isinstance(v, int): errs.append(f"non-int {ind}")
                if not has_number(text, nums, v):
                    errs.append(f"figure {e['task']} {ind}={v} not found")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in nt:
                errs.append("text absent: " + s[:50])
        print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} FAILED")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
