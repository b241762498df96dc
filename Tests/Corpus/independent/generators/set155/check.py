# Reopens every final file independently of the generator and checks it against truth/*.json
import os, sys, json, re, csv, zipfile, hashlib, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
AG = {r["id"]: [r["name"]] + [a for a in r["aliases"].split(";") if a] for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("–", "-")
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(p):
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in para.iter(W + "t")))
    return "\n".join(out), set()

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)):
                    if float(v).is_integer(): nums.add(int(v))
                    out.append(str(v))
                else:
                    out.append(str(v))
    return "\n".join(out), nums

def numbers_in(text):
    nums = set()
    for m in re.finditer(r"(?<![\d,])(\d{1,3}(?:[. ]\d{3})+|\d+)(?![\d])", text):
        nums.add(int(re.sub(r"[. ]", "", m.group(1))))
    for m in re.finditer(r"(\d+(?:,\d+)?)\s*(triệu|tỷ)", text):
        v = float(m.group(1).replace(",", ".")) * (1e6 if m.group(2) == "triệu" else 1e9)
        nums.add(int(round(v)))
    return nums

def main():
    bad = 0
    tdir = os.path.join(HERE, "truth")
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(f[:-5] for f in os.listdir(tdir) if f.endswith(".json"))
    if files != keys:
        print("file/truth mismatch", set(files) ^ set(keys)); bad += 1
    for f in files:
        errs = []
        t = json.load(open(os.path.join(tdir, f + ".json"), encoding="utf-8"))
        p = os.path.join(HERE, f)
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: errs.append("sha256")
        text, cellnums = (docx_text if f.endswith(".docx") else xlsx_text)(p)
        nt = norm(text)
        u = t["unit"]
        names = AG.get(u["id"], [u["name"]])
        if not any(norm(n) in nt for n in names): errs.append(f"unit name {u['name']}")
        y, m, d = t["document"]["date"].split("-")
        forms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"]
        if not any(norm(x) in nt for x in forms): errs.append("date")
        if t["document"]["number"] and norm(t["document"]["number"]) not in nt: errs.append("number")
        nums = numbers_in(text) | cellnums
        for e in t["entries"]:
            for k, v in e["indicators"].items():
                if v not in nums: errs.append(f"{e['task']} {k}={v} not found")
        for x in t["difficulties"] + t["proposals"]:
            if norm(x) not in nt: errs.append(f"text not found: {x[:50]}")
        if t["status"] == "rejected" and (t["entries"] or not t["reason"]): errs.append("rejected key shape")
        print(("OK  " if not errs else "FAIL") + f" {f}  entries={len(t['entries'])}" + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} FAILED")
    sys.exit(1 if bad else 0)
main()
