# -*- coding: utf-8 -*-
"""Independent check of set91: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}

def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    p = re.sub(r"<w:tab/>", "\t", p)
                    p = re.sub(r"<w:br/>", "\n", p)
                    t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                    out.append(t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"'))
    return "\n".join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.extend(str(v) for v in row if v is not None)
    return "\n".join(out)

def forms(n, money=False):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if n in WORDS: f.add(WORDS[n])
    if money and n >= 100000:
        m = n / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr"}
        if n % 1_000_000:
            whole, rest = divmod(n, 1_000_000)
            f.add(f"{whole}tr{str(rest).rstrip('0')}")
    return f

def has_number(text, n, money=False):
    for s in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text, flags=re.I):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{d}/{m}/{y[2:]}"]

def main():
    errs = 0; n = 0; kinds = {"docx": 0, "xlsx": 0, "rejected": 0}
    for tp in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        t = json.load(open(tp, encoding="utf-8")); n += 1
        path = os.path.join(HERE, t["file"])
        bad = []
        if not os.path.exists(path):
            print("MISSING", t["file"]); errs += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]: bad.append("sha256")
        ext = path.rsplit(".", 1)[1]; kinds[ext] += 1
        if t["status"] == "rejected": kinds["rejected"] += 1
        text = norm(docx_text(path) if ext == "docx" else xlsx_text(path))
        low = text.lower()
        if t["unit"] and norm(t["unit"]["name"]).lower() not in low: bad.append("unit " + t["unit"]["name"])
        if t["document"]["date"] and not any(df.lower() in low for df in date_forms(t["document"]["date"])):
            bad.append("date " + t["document"]["date"])
        if t["document"]["number"] and t["document"]["number"] not in text: bad.append("number")
        for e in t["entries"]:
            for k, v in e["indicators"].items():
                if not has_number(text, v, money=k.endswith("_vnd")): bad.append(f"{e['task']} {k}={v}")
            if e["text"] and norm(e["text"])[:40].lower() not in low: bad.append(f"text {e['task']}")
        for s in t["difficulties"] + t["proposals"]:
            if norm(s).lower() not in low: bad.append("dp: " + s[:40])
        if t["status"] == "rejected" and t["entries"]: bad.append("rejected with entries")
        print(("FAIL " if bad else "ok   ") + t["file"] + ("  " + "; ".join(bad) if bad else ""))
        errs += bool(bad)
    print(f"{n} files: {kinds['docx']} DOCX, {kinds['xlsx']} XLSX, {kinds['rejected']} rejected; {errs} failing")
    sys.exit(1 if errs else 0)

if __name__ == "__main__":
    main()
