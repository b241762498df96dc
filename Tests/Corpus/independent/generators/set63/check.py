# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify it against its key."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {"II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h",
         "II.2.i", "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b",
         "II.5.c", "II.5.d", "II.6.a", "II.6.b"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"<w:tab/>", "\t", xml)
                xml = re.sub(r"<w:br[^>]*/>", "\n", xml)
                xml = re.sub(r"</w:p>", "\n", xml)
                parts.append(re.sub(r"<[^>]+>", "", xml))
    import html
    return html.unescape("\n".join(parts))


def xlsx_text(path):
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


def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:03d}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")}
    if n >= 1000000:
        m = n / 1000000
        f.add(f"{m:g}".replace(".", ",") + " triệu")
        f.add(f"{m:g}".replace(".", ",") + "tr")
    return f


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}",
            f"{int(d)}/{int(m)}/{y}"]


errors = 0
files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
if len(keys) != len(files):
    print("key count mismatch", len(keys), len(files)); errors += 1
for fname in files:
    path = os.path.join(HERE, fname)
    kp = os.path.join(HERE, "truth", fname + ".json")
    if not os.path.exists(kp):
        print("NO KEY", fname); errors += 1; continue
    k = json.load(open(kp, encoding="utf-8"))
    bad = []
    if k["file"] != fname:
        bad.append("file field")
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        bad.append("sha256")
    text = docx_text(path) if fname.endswith(".docx") else xlsx_text(path)
    nt = norm(text)
    if norm(k["unit"]["name"]) not in nt:
        bad.append("unit name")
    if k["document"]["date"] and not any(norm(x) in nt for x in date_forms(k["document"]["date"])):
        bad.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
        bad.append("number")
    if k["status"] == "rejected":
        if k["entries"] or not k["reason"]:
            bad.append("rejected shape")
    else:
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS or e["task"] in seen:
                bad.append("task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STAT:
                bad.append("status " + e["status"])
            for ind, v in e["indicators"].items():
                if ind not in INDS or not isinstance(v, int):
                    bad.append("indicator id " + ind)
                elif not has_number(text, v):
                    bad.append(f"figure {e['task']} {ind}={v}")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in nt:
                bad.append("item: " + d[:40])
    if bad:
        errors += 1
        print("FAIL", fname, bad)
    else:
        print("ok  ", fname, k["status"], len(k["entries"]), "entries")
print("ALL OK" if not errors else f"{errors} problem(s)")
sys.exit(1 if errors else 0)
