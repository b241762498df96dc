# Reopens every final file independently of gen.py (zip+XML for DOCX, openpyxl for XLSX)
# and verifies each key in truth/: sha256, unit name, date, every keyed figure, every difficulty/proposal.
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = ["II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.2.c", "II.2.d", "II.2.đ", "II.2.e", "II.2.g", "II.2.h", "II.2.i",
         "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b", "II.4.c", "II.5.a", "II.5.b", "II.5.c", "II.5.d",
         "II.6.a", "II.6.b"]
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}

ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        ALIASES[row["id"]] = [row["name"]] + [a for a in (row["aliases"] or "").split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    parts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(parts)


def xlsx_text(path):
    parts = []
    for data_only in (False, True):
        wb = load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None:
                        continue
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    parts.append(str(v))
    return "\n".join(parts)


def variants(v, money):
    out = {str(v), f"{v:,}".replace(",", "."), f"{v:,}".replace(",", " "), "%02d" % v}
    if money:
        for div, word in ((10**6, "triệu"), (10**9, "tỷ")):
            x = v / div
            if x >= 1:
                s = ("%.3f" % x).rstrip("0").rstrip(".").replace(".", ",")
                ip, _, dp = s.partition(",")
                ip = f"{int(ip):,}".replace(",", ".")
                s = ip + ("," + dp if dp else "")
                out.add(s + " " + word)
    return out


def has_number(text, v, money):
    for s in variants(v, money):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = []
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out += [f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"]
    return out


errors = []
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
if len(keys) != len(files):
    errors.append(f"{len(files)} files but {len(keys)} keys")
for kp in keys:
    k = json.load(open(kp, encoding="utf-8"))
    fn = k["file"]
    path = os.path.join(HERE, fn)
    e = lambda m: errors.append(f"{fn}: {m}")
    if not os.path.exists(path):
        e("missing file"); continue
    if os.path.basename(kp) != fn + ".json":
        e("key name mismatch")
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        e("sha256 mismatch")
    raw = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
    text = unicodedata.normalize("NFC", raw)
    ntext = norm(text)
    if k["status"] not in ("extracted", "rejected"):
        e("bad status")
    if k["status"] == "rejected" and not k["reason"]:
        e("rejected without reason")
    u = k["unit"]
    if u and u.get("id"):
        names = ALIASES.get(u["id"])
        if names is None:
            e("unknown unit id " + u["id"])
        elif not any(norm(n) in ntext for n in names + [u["name"]]):
            e("unit name not found: " + u["name"])
    d = k["document"]
    if d.get("date") and not any(norm(f) in ntext for f in date_forms(d["date"])):
        e("date not found " + d["date"])
    if d.get("number") and norm(d["number"]) not in ntext:
        e("number not found " + d["number"])
    seen = set()
    for en in k["entries"]:
        if en["task"] not in TASKS: e("bad task " + en["task"])
        if en["task"] in seen: e("duplicate task " + en["task"])
        seen.add(en["task"])
        if en["status"] not in STATUSES: e("bad entry status")
        for ind, v in en["indicators"].items():
            if ind not in INDS: e("bad indicator " + ind)
            if not isinstance(v, int): e(f"non-int {ind}")
            if not has_number(text, v, ind.endswith("_vnd")):
                e(f"{en['task']} {ind}={v} not found")
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in ntext:
            e("text not found: " + x[:60])
    if k["status"] == "extracted" and not k["entries"]:
        e("extracted with no entries")
if errors:
    print("\n".join(errors)); sys.exit(1)
print(f"check.py: {len(keys)} keys OK")
