# -*- coding: utf-8 -*-
"""Independent check of set239: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, csv, unicodedata, html
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        AG[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]

def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)

def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"<w:tab/>", "\t", x)
            x = re.sub(r"<w:br/>", "\n", x)
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<[^>]+>", "", x)
            parts.append(html.unescape(x))
    return "\n".join(parts), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    texts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                texts.append(str(v))
    return "\n".join(texts), nums

def forms(v):
    v = int(v)
    out = {str(v), f"{v:02d}", f"{v:,}".replace(",", "."), f"{v:,}"}
    for scale, word in ((1_000_000_000, "tỷ"), (1_000_000, "triệu")):
        if v >= scale and v % (scale // 10) == 0:
            q = v / scale
            s = (f"{q:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
            out.add(f"{s} {word}")
    return out

def num_in_text(v, text):
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    bad = 0; n = 0
    for fn in sorted(os.listdir(os.path.join(HERE, "truth"))):
        key = json.load(open(os.path.join(HERE, "truth", fn), encoding="utf-8"))
        path = os.path.join(HERE, key["file"]); n += 1
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != key["sha256"]:
            errs.append("sha256 mismatch")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        uid = key["unit"]["id"]
        names = AG.get(uid, [key["unit"]["name"]])
        if not any(norm(nm) in nt for nm in names):
            errs.append("unit name missing")
        y, m, d = key["document"]["date"].split("-")
        dforms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
        if not any(norm(df) in nt for df in dforms):
            errs.append("date missing")
        if key["document"]["number"] and norm(key["document"]["number"]) not in nt:
            errs.append("number missing")
        for e in key["entries"]:
            for ind, v in e["indicators"].items():
                if float(v) in nums or num_in_text(v, text):
                    continue
                errs.append(f"figure {e['task']} {ind}={v} not found")
        for t in key["difficulties"] + key["proposals"]:
            if norm(t) not in nt:
                errs.append("text missing: " + t[:50])
        if key["status"] == "rejected" and key["entries"]:
            errs.append("rejected with entries")
        print(("FAIL " if errs else "ok   ") + key["file"] + ("" if not errs else " :: " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{n - bad} passed, {bad} failed")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
