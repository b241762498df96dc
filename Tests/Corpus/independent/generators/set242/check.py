# -*- coding: utf-8 -*-
"""Independent check of set 242: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import hashlib, json, os, re, sys, unicodedata, zipfile, glob
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$", name):
                xml = z.read(name).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    para = re.sub(r"<w:br/>|<w:tab/>", " ", para)
                    out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    txt = "\n".join(out)
    return txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")

def xlsx_text(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)

def dotted(n):
    return f"{n:,}".replace(",", ".")

def forms(ind, n):
    f = {str(n), f"{n:02d}", dotted(n)}
    if ind.endswith("_vnd"):
        for scale, word in ((10**9, "tỷ"), (10**6, "triệu")):
            if n >= scale:
                v = n / scale
                s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.add(f"{s} {word}")
        f.add(dotted(n) + " đồng"); f.add(dotted(n) + "đ")
    return f

def num_present(text, form):
    # the form must stand as a whole number (not part of a longer number)
    pat = r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)"
    return re.search(pat, text) is not None

def date_present(text, iso):
    y, m, d = iso.split("-")
    cands = [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}", f"ngày {int(d)} tháng {int(m)} năm {y}"]
    return any(c in text for c in cands)

def main():
    ok = True
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    nd = nx = nr = 0
    for tp in truths:
        t = json.load(open(tp, encoding="utf-8"))
        path = os.path.join(HERE, t["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", t["file"]); ok = False; continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != t["sha256"]: errs.append("sha256 mismatch")
        if path.endswith(".docx"):
            raw = docx_text(path); nd += 1
        else:
            raw = xlsx_text(path); nx += 1
        if t["status"] == "rejected": nr += 1
        text = norm(raw)
        if t["unit"] and norm(t["unit"]["name"]) not in text:
            errs.append(f"unit name not found: {t['unit']['name']}")
        if t["document"]["date"] and not date_present(text, t["document"]["date"]):
            errs.append(f"date not found: {t['document']['date']}")
        if t["document"]["number"] and norm(t["document"]["number"]) not in text:
            errs.append(f"number not found: {t['document']['number']}")
        for e in t["entries"]:
            for ind, n in e["indicators"].items():
                if not any(num_present(text, norm(f)) for f in forms(ind, n)):
                    errs.append(f"{e['task']} {ind}={n} not found")
        for x in t["difficulties"] + t["proposals"]:
            if norm(x) not in text:
                errs.append(f"text not found: {x[:60]}")
        if t["status"] == "rejected" and t["entries"]:
            errs.append("rejected file has entries")
        print(("OK   " if not errs else "FAIL ") + t["file"])
        for er in errs: print("     -", er)
        ok = ok and not errs
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != len(truths):
        print("file/truth count mismatch", len(files), len(truths)); ok = False
    print(f"{len(truths)} files: {nd} DOCX, {nx} XLSX, {nr} rejected")
    print("PASS" if ok else "FAILED")
    sys.exit(0 if ok else 1)

if __name__ == "__main__":
    main()
