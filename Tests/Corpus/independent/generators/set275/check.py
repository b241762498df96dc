# Independent check: reopens every final file (zip+XML for DOCX, openpyxl for XLSX) and verifies its key.
import hashlib, json, os, re, sys, zipfile, unicodedata, datetime
import openpyxl
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).lower()

def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", " \n ", x)
            parts.append(re.sub(r"<[^>]+>", "", x))
    t = "\n".join(parts)
    for a, b in (("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        t = t.replace(a, b)
    return t, []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    texts, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    dates.append(v.strftime("%Y-%m-%d")); continue
                if isinstance(v, (int, float)):
                    nums.append(v)
                texts.append(str(v))
    return "\n".join(texts), nums, dates

WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}

def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}", f"{v:,}".replace(",", " ")}
    if v in WORDS:
        f.add(WORDS[v])
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1e6
        ms = (f"{m:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + " tr", ms + "tr", f"{int(m):,}".replace(",", ".") if m == int(m) else ms}
    return f

def num_in_text(v, text, nums, triệu_ok):
    if any(abs(n - v) < 1e-6 for n in nums):
        return True
    if triệu_ok and any(abs(n * 1e6 - v) < 1 for n in nums):
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(norm(f)) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}", f"ngày {di:02d} tháng {mi:02d} năm {y}",
            f"{d}/{m}/{y}", f"{di}/{mi}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}"}

errors = 0
keys = sorted(os.listdir(os.path.join(D, "truth")))
for kf in keys:
    k = json.load(open(os.path.join(D, "truth", kf), encoding="utf-8"))
    path = os.path.join(D, k["file"])
    errs = []
    if not os.path.exists(path):
        print("MISSING", k["file"]); errors += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256 mismatch")
    if path.endswith(".docx"):
        raw, nums = docx_text(path); dates = []
    else:
        raw, nums, dates = xlsx_text(path)
    t = norm(raw)
    if k["unit"]["name"] and norm(k["unit"]["name"]) not in t:
        # the header often writes "UBND PHƯỜNG X" — accept the name with its kind word
        errs.append("unit name not found: " + k["unit"]["name"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in t:
        errs.append("number not found: " + k["document"]["number"])
    if k["document"]["date"]:
        if not (k["document"]["date"] in dates or any(norm(f) in t for f in date_forms(k["document"]["date"]))):
            errs.append("date not found: " + k["document"]["date"])
    triệu_ok = "triệu đồng" in t
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not num_in_text(v, t, nums, triệu_ok and ind.endswith("_vnd")):
                errs.append(f"{e['task']} {ind}={v} not found")
        if norm(e["text"][:40]) not in t and not path.endswith(".xlsx"):
            errs.append(f"{e['task']} text not found")
        assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
        assert re.fullmatch(r"II\.[1-6]\.(a|b|c|d|đ|e|g|h|i)", e["task"]), e["task"]
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in t:
            errs.append("text not found: " + s[:50])
    if k["status"] == "rejected" and not k["reason"]:
        errs.append("rejected without reason")
    print(("OK  " if not errs else "ERR ") + k["file"])
    for e in errs:
        print("     ", e)
    errors += len(errs)
print("files:", len(keys), "errors:", errors)
sys.exit(1 if errors else 0)
