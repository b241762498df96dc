# Independent checker: reopens every final file (zip+XML for DOCX, openpyxl for XLSX) and verifies its key.
import json, os, re, sys, hashlib, zipfile, csv, unicodedata, datetime
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
for row in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8")):
    AG[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                    out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    import html
    return norm(html.unescape("\n".join(out)))

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, datetime.datetime): v = v.strftime("%d/%m/%Y")
                out.append(str(v))
    return norm("\n".join(out))

WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}
def forms(n):
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " "), f"{n:02d}"}
    for word, m in (("triệu", 10**6), ("tỷ", 10**9)):
        if n >= m and n % (m // 1000) == 0:
            v = n / m
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(s + " " + word)
    return f

def has_number(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    if n in WORDS and re.search(r"\b" + WORDS[n] + r"\b", text.lower()):
        return True
    return False

def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    out = []
    for dd in {str(d), f"{d:02d}"}:
        for mm in {str(m), f"{m:02d}"}:
            out += [f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"]
    return out

fails = 0
truth = os.path.join(HERE, "truth")
files = sorted(f for f in os.listdir(truth) if f.endswith(".json"))
for jf in files:
    k = json.load(open(os.path.join(truth, jf), encoding="utf-8"))
    path = os.path.join(HERE, k["file"])
    errs = []
    if not os.path.exists(path):
        print("MISSING", k["file"]); fails += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256 mismatch")
    text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    low = text.casefold()
    uid, uname = k["unit"]["id"], k["unit"]["name"]
    names = AG.get(uid, [uname])
    if not any(norm(nm).casefold() in low for nm in names):
        errs.append(f"unit name not found: {uname}")
    if k["document"]["number"] and k["document"]["number"] not in text:
        errs.append("number not found")
    if not any(df in text for df in date_forms(k["document"]["date"])):
        errs.append("date not found")
    if k["status"] == "extracted":
        if not k["entries"]: errs.append("no entries")
        for e in k["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
            assert re.fullmatch(r"II\.[1-6]\.(a|b|c|d|đ|e|g|h|i)", e["task"]), e["task"]
            for ind, v in e["indicators"].items():
                assert isinstance(v, int)
                if not has_number(text, v):
                    errs.append(f"{e['task']} {ind}={v} not found")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)): errs.append("duplicate task entries")
    else:
        if k["entries"]: errs.append("rejected file has entries")
    for s in k["difficulties"] + k["proposals"]:
        if norm(s) not in text:
            errs.append(f"text not found: {s[:50]}")
    print(("OK  " if not errs else "FAIL"), k["file"], "; ".join(errs))
    fails += bool(errs)
print(f"{len(files)} keys checked, {fails} failing")
sys.exit(1 if fails else 0)
