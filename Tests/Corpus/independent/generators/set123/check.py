# -*- coding: utf-8 -*-
"""Independent check of set123: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, sys, json, hashlib, zipfile, re, unicodedata, html
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(HERE, "truth")

def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()

def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)
                out.append(html.unescape("".join(ts)))
    return "\n".join(out), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    txt, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.add(float(v))
                    txt.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    txt.append(str(v))
    return "\n".join(txt), nums

def forms(n):
    n = int(n)
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:02d}", f"{n:03d}"}
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        f.add((f"{m:g}").replace(".", ",") + " triệu")
    return f

def has_num(text, nums, n, thousand_ok):
    if float(n) in nums:
        return True
    if thousand_ok and n % 1000 == 0 and float(n // 1000) in nums:
        return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False

def main():
    bad = 0
    files = sorted(f for f in os.listdir(TR) if f.endswith(".json"))
    for jf in files:
        k = json.load(open(os.path.join(TR, jf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = (docx_text if path.endswith(".docx") else xlsx_text)(path)
        nt = norm(text)
        u = k.get("unit") or {}
        if u.get("name") and norm(u["name"]) not in nt:
            errs.append("unit name " + u["name"])
        d = (k.get("document") or {}).get("date")
        if d:
            y, m, dd = d.split("-")
            pats = [f"ngày {int(dd)} tháng {int(m)} năm {y}", f"ngày {dd} tháng {m} năm {y}",
                    f"ngày {int(dd)} tháng {m} năm {y}", f"ngày {dd} tháng {int(m)} năm {y}"]
            if not any(norm(p) in nt for p in pats):
                errs.append("date " + d)
        num = (k.get("document") or {}).get("number")
        if num and norm(num) not in nt:
            errs.append("number " + num)
        thousand_ok = "nghìn đồng" in nt
        for e in k.get("entries", []):
            for ind, v in e["indicators"].items():
                if not has_num(text, nums, v, thousand_ok and ind.endswith("_vnd")):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for s in k.get("difficulties", []) + k.get("proposals", []):
            if norm(s) not in nt:
                errs.append("text: " + s[:50])
        if k["status"] == "extracted" and not k["entries"]:
            errs.append("no entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    n_files = len([f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))])
    if n_files != len(files):
        print("file/key count mismatch", n_files, len(files)); bad += 1
    print("PASS" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
