# -*- coding: utf-8 -*-
"""Independent check of set 274: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies the truth key against it. Does not import gen.py or data.py."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set274/
AGENCIES = {}
for line in open("/work/shared/data/agencies.csv", encoding="utf-8").read().splitlines()[1:]:
    parts = line.split(",")
    AGENCIES[parts[0]] = [parts[1]] + [a for a in parts[3].split(";") if a]
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a","b","c","d","đ","e","g","h","i"], 3: "abcd", 4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
IND = {"training_courses","participants","communications","enterprises_supported","inspections","establishments_inspected",
       "violations","fines_vnd","samples_tested","instruments_verified","standards_reviewed","budget_spent_vnd"}
STAT = {"completed","in_progress","not_started","not_applicable","unknown"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).lower()


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for para in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
                t = "".join(ts)
                t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
                out.append(t)
    return "\n".join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(v):
    v = int(v)
    f = {str(v), dotted(v), f"{v:,}", f"{v:02d}"}
    if v >= 1_000_000:
        m = v / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + " tr", ms + "tr"}
        if v % 1_000_000 and v < 1_000_000_000:
            f.add(ms)  # value in a "triệu đồng" column
    if v >= 1_000_000_000:
        b = v / 1_000_000_000
        bs = (f"{b:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {bs + " tỷ"}
    return f


def has_number(text, form):
    # the form must stand as a whole number (not part of a longer digit run)
    return re.search(r"(?<![\d.,/])" + re.escape(form) + r"(?![\d/]|\.\s|\)\s)", text) is not None


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}", f"{d}/{m}/{y}", f"{di}/{mi}/{y}"}


errors = 0
files = sorted(p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx")))
truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
if len(files) != len(truths):
    print("count mismatch", len(files), len(truths)); errors += 1
for p in files:
    name = os.path.basename(p)
    tp = os.path.join(HERE, "truth", name + ".json")
    def bad(msg):
        global errors
        errors += 1
        print(f"FAIL {name}: {msg}")
    if not os.path.exists(tp):
        bad("no truth"); continue
    t = json.load(open(tp, encoding="utf-8"))
    if t["file"] != name: bad("file field")
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: bad("sha256")
    raw = docx_text(p) if name.endswith(".docx") else xlsx_text(p)
    text = norm(raw)
    uid, uname = t["unit"]["id"], t["unit"]["name"]
    names = AGENCIES.get(uid, [uname])
    if uid.isdigit():
        ok_c = any(l.startswith(uid + "," + uname + ",") and ",79," in l for l in open("/work/shared/data/communes-2025.csv", encoding="utf-8"))
        if not ok_c: bad("commune id/name not in province 79 list")
        short = uname.split(" ", 1)[1]
        if norm(uname) not in text and norm(short) not in text: bad("unit name absent")
    else:
        if uname != names[0]: bad("agency name differs from agencies.csv")
        if not any(norm(n) in text for n in names): bad("unit name absent")
    if t["document"]["date"] and not any(norm(df) in text for df in date_forms(t["document"]["date"])): bad("date absent")
    if t["document"]["number"] and norm(t["document"]["number"]) not in text: bad("number absent")
    if t["status"] == "rejected":
        if not t["reason"] or t["entries"]: bad("rejected key shape")
        print(f"ok   {name} (rejected)")
        continue
    seen = set()
    for e in t["entries"]:
        if e["task"] not in TASKS: bad("bad task " + e["task"])
        if e["task"] in seen: bad("duplicate task " + e["task"])
        seen.add(e["task"])
        if e["status"] not in STAT: bad("bad status")
        for k, v in e["indicators"].items():
            if k not in IND: bad("bad indicator " + k)
            if not any(has_number(text, norm(fm)) for fm in forms(v)):
                bad(f"figure {e['task']} {k}={v} not found")
    for d in t["difficulties"] + t["proposals"]:
        if norm(d) not in text: bad("missing item: " + d[:50])
    print(f"ok   {name} ({len(t['entries'])} entries)" if True else "")
print("ERRORS:", errors)
sys.exit(1 if errors else 0)
