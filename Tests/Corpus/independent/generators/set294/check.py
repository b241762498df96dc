# -*- coding: utf-8 -*-
"""Independent check of set294: reopens each final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies the key against it."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paras:
        p = re.sub(r"<w:tab/>", "\t", p)
        p = re.sub(r"<w:br/>", "\n", p)
        toks = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(\t|\n)", p)
        out.append("".join(a or b for a, b in toks))
    return "\n".join(out)


def xlsx_text(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def forms(n):
    f = {str(n), f"{n:02d}"}
    if n >= 1000:
        f.add(f"{n:,}".replace(",", "."))
    if n >= 1000000 and n % 100000 == 0:
        t = n / 1e6
        s = (f"{t:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.add(s + " triệu"); f.add(s + "tr")
    return f


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<!\d)(?<!\d[.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    bad = 0; count = 0
    for kp in sorted(glob.glob(os.path.join(HERE, "truth", "*.json"))):
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        count += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        if k.get("unit") and norm(k["unit"]["name"]) not in t:
            errs.append("unit name " + k["unit"]["name"])
        doc = k.get("document") or {}
        if doc.get("number") and norm(doc["number"]) not in t:
            errs.append("number " + doc["number"])
        if doc.get("date"):
            y, m, d = doc["date"].split("-")
            pat = (rf"ngày\s*0?{int(d)}\s*tháng\s*0?{int(m)}\s*năm\s*{y}|"
                   rf"(?<!\d)0?{int(d)}/0?{int(m)}/{y}")
            if not re.search(pat, t):
                errs.append("date " + doc["date"])
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(t, v):
                    errs.append(f"{e['task']} {ind}={v}")
            if norm(e["text"])[:40] not in t and k["file"].endswith(".docx"):
                errs.append("entry text " + e["task"])
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t:
                errs.append("item " + s[:40])
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected with entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " " + "; ".join(errs)))
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != count:
        print("file/key count mismatch", len(files), count); bad += 1
    print("PASS" if not bad else f"{bad} FAILED", f"({count} files)")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
