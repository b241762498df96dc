# -*- coding: utf-8 -*-
"""Independent check of set108: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, sys, json, glob, hashlib, zipfile, re, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                parts.append(str(v))
    return "\n".join(parts), nums


def forms(n):
    n = int(n)
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if n >= 1_000_000:
        m = n / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        out |= {s + " triệu", s + "tr"}
    return out


def has_number(text, nums, n):
    if float(n) in nums: return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}", f"ngày {int(d)} tháng {int(m)} năm {y}"]


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    bad = 0
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        if path.endswith(".docx"):
            text, nums = docx_text(path)
        else:
            text, nums = xlsx_text(path)
        nt = norm(text)
        if k.get("unit") and k["unit"].get("name"):
            if norm(k["unit"]["name"]) not in nt:
                errs.append("unit name " + k["unit"]["name"])
        dte = (k.get("document") or {}).get("date")
        if dte and not any(norm(f) in nt for f in date_forms(dte)):
            errs.append("date " + dte)
        num = (k.get("document") or {}).get("number")
        if num and norm(num) not in nt:
            errs.append("number " + num)
        for e in k.get("entries") or []:
            for iid, v in e["indicators"].items():
                if not has_number(text, nums, v):
                    errs.append(f"figure {e['task']} {iid}={v}")
        for s in (k.get("difficulties") or []) + (k.get("proposals") or []):
            if norm(s) not in nt:
                errs.append("text: " + s[:50])
        if k["status"] == "rejected" and k.get("entries"):
            errs.append("rejected with entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print(f"{len(keys)} keys, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
