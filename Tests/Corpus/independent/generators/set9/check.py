"""Reopen every file in set9 independently of the generator and check its key."""
import json, hashlib, os, re, sys, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# figures that are sums of several cells/rows in the file: components must all be present and add up
DERIVED = {
 "c1-chicuc-tdc-bc-ct38-2026.docx": {
   ("II.1.a", "training_courses"): [1, 1, 1], ("II.1.a", "participants"): [120, 95, 60],
   ("II.1.a", "budget_spent_vnd"): [28500000, 24000000, 15000000],
   ("II.2.e", "standards_reviewed"): [12, 4], ("II.3.a", "training_courses"): [2, 2],
   ("II.3.a", "participants"): [160, 150], ("II.3.a", "budget_spent_vnd"): [31000000, 31000000],
   ("II.5.a", "inspections"): [5, 3, 2], ("II.5.a", "establishments_inspected"): [38, 27, 19],
   ("II.5.a", "violations"): [6, 4, 2], ("II.5.b", "samples_tested"): [60, 45],
   ("II.5.b", "budget_spent_vnd"): [30000000, 18000000]},
 "c2-ttpttn-bc-ct38.docx": {("II.2.g", "instruments_verified"): [1240, 3560, 415, 890]},
}

import csv
ALIASES = {r["id"]: [r["name"]] + [a for a in r["aliases"].split(";") if a] for r in csv.DictReader(open("/work/shared/data/agencies.csv"))}
# deleted (struck / tracked-deleted) content that must NOT be in the live text
NEGATIVE = {"b1-ktpc-bao-cao-ct38-2026.docx": ["41 cơ sở", "(dự kiến 05 cuộc)", "và 60 mẫu", "Kinh phí thuê thử nghiệm"],
            "b2-vanphongso-ct38.docx": ["980.000.000", "30 học viên", "đã hoàn thành kết nối"],
            "b3-phong-cds-bc-ct38.docx": ["hoàn thành ngày 30/9/2026"],
            "b4-soyte-phoi-hop-ct38.docx": ["03 đoàn", "02 dự thảo TCVN"]}

def docx_text(path):
    z = zipfile.ZipFile(path); root = ET.fromstring(z.read("word/document.xml"))
    out = []
    def walk(el, deleted=False):
        for ch in el:
            if ch.tag == W + "del": continue          # tracked deletion: not part of the report
            if ch.tag == W + "r":
                rpr = ch.find(W + "rPr"); strike = False
                if rpr is not None:
                    s = rpr.find(W + "strike")
                    strike = s is not None and s.get(W + "val", "true") not in ("0", "false")
                if strike: continue                   # struck-through: deleted by the author
                for t in ch.iter(W + "t"): out.append(t.text or "")
                for _ in ch.iter(W + "br"): out.append("\n")
            elif ch.tag in (W + "p",):
                walk(ch); out.append("\n")
            elif ch.tag == W + "tc":
                walk(ch); out.append(" | ")
            else:
                walk(ch)
    walk(root)
    return "".join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
            out.append("\n")
    return " | ".join(out)

def forms(v):
    v = int(v); f = {str(v), f"{v:,}".replace(",", "."), f"{v:02d}"}
    if v >= 1000000:
        m = v / 1e6; s = (f"{m:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + "tr", s + " triệu", s + "tr đ"}
    return f

def present(v, text):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", text): return True
    return False

def main():
    bad = 0; n = 0
    for fn in sorted(os.listdir(os.path.join(ROOT, "truth"))):
        k = json.load(open(os.path.join(ROOT, "truth", fn))); f = k["file"]; p = os.path.join(ROOT, f); n += 1
        errs = []
        if fn != f + ".json": errs.append("key name")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
        text = docx_text(p) if f.endswith(".docx") else xlsx_text(p)
        text = unicodedata.normalize("NFC", text); low = text.lower()
        if k["unit"]:
            nm = re.sub(r"^(Phường|Xã) ", "", k["unit"]["name"])
            names = [nm, k["unit"]["name"].split(" Thành phố")[0]] + ALIASES.get(k["unit"]["id"], [])
            if not any(x.lower() in low for x in names):
                errs.append("unit " + nm)
        num = k["document"]["number"]
        if num and num not in text: errs.append("number " + num)
        dt = k["document"]["date"]
        if dt:
            y, m, d = dt.split("-"); m_, d_ = int(m), int(d)
            cands = [f"ngày {d} tháng {m} năm {y}", f"ngày {d_} tháng {m_} năm {y}", f"{d}/{m}/{y}", f"{d_}/{m_}/{y}", f"{d_}/{m}/{y}", f"{d}/{m_}/{y}"]
            if not any(c in text for c in cands): errs.append("date " + dt)
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]: errs.append("rejected key shape")
            if re.search(r"38-?CT|tiêu chuẩn, đo lường", text, re.I): errs.append("mistaken file mentions CT38")
        for neg in NEGATIVE.get(f, []):
            if neg in text: errs.append("deleted text visible: " + neg)
        der = DERIVED.get(f, {})
        for e in k["entries"]:
            if e["task"] not in text and e["task"][3:] not in text and not re.search(r"(nội dung|nv|nd) ?\d", low):
                pass  # tasks may be named by number/description only
            for ind, v in e["indicators"].items():
                if present(v, text): continue
                comp = der.get((e["task"], ind))
                if comp and sum(comp) == v and all(present(c, text) for c in comp): continue
                errs.append(f"figure {e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if s not in text: errs.append("item missing: " + s[:40])
        print(("OK  " if not errs else "FAIL") + " " + f + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{n - bad}/{n} files pass"); sys.exit(1 if bad else 0)

if __name__ == "__main__": main()
