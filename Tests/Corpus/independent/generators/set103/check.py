# -*- coding: utf-8 -*-
"""Independent check of set 103: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def docx_content(path):
    import xml.etree.ElementTree as ET
    texts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    texts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(texts), []


def xlsx_content(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                texts.append(str(v))
    return "\n".join(texts), nums


def forms(v):
    v = int(v)
    out = {str(v), "%02d" % v, "{:,}".format(v).replace(",", ".")}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1000000
        s = ("%g" % m).replace(".", ",")
        out |= {s + " triệu", s + " tr"}
    words = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}
    if v in words:
        out.add(words[v])
    return out


def figure_present(v, text, nums):
    if any(abs(n - v) < 1e-9 for n in nums):
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_present(iso, text):
    y, m, d = iso.split("-")
    pats = [r"ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%s" % (int(d), int(m), y),
            r"0?%d/0?%d/%s" % (int(d), int(m), y)]
    return any(re.search(p, text, re.I) for p in pats)


def main():
    bad = 0
    files = sorted(f for f in os.listdir(TRUTH) if f.endswith(".json"))
    for tf in files:
        t = json.load(open(os.path.join(TRUTH, tf), encoding="utf-8"))
        path = os.path.join(HERE, t["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", t["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
            errs.append("sha256")
        text, nums = docx_content(path) if path.endswith(".docx") else xlsx_content(path)
        ntext = norm(text)
        if t["unit"] and norm(t["unit"]["name"]) not in ntext:
            errs.append("unit name %r" % t["unit"]["name"])
        if t["document"]["date"] and not date_present(t["document"]["date"], ntext):
            errs.append("date %s" % t["document"]["date"])
        if t["document"]["number"] and norm(t["document"]["number"]) not in ntext:
            errs.append("number %s" % t["document"]["number"])
        for e in t["entries"]:
            for k, v in e["indicators"].items():
                if not figure_present(v, ntext, nums):
                    errs.append("figure %s %s=%s" % (e["task"], k, v))
        for x in t["difficulties"] + t["proposals"]:
            if norm(x) not in ntext:
                errs.append("text missing: %s" % x[:50])
        if t["status"] == "rejected" and (t["entries"] or not t["reason"]):
            errs.append("rejected key malformed")
        print(("OK  " if not errs else "FAIL"), t["file"], "; ".join(errs))
        bad += bool(errs)
    n_docx = sum(1 for f in files if f.endswith(".docx.json"))
    n_rej = sum(1 for f in files if json.load(open(os.path.join(TRUTH, f)))["status"] == "rejected")
    print("%d files (%d DOCX, %d XLSX, %d rejected); %d failing" % (len(files), n_docx, len(files) - n_docx, n_rej, bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
