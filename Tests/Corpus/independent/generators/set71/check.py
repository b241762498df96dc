# -*- coding: utf-8 -*-
"""Independent check of set71: reopens every file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
N = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml") and any(k in n for k in ("document", "header", "footer", "footnotes")):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"<w:tab/>", "\t", x)
                x = re.sub(r"<w:br/>", "\n", x)
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                x = x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                out.append(x)
    return N("\n".join(out)), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.add(float(v))
                    if float(v).is_integer():
                        parts.append(str(int(v)))
                parts.append(str(v))
    return N("\n".join(parts)), nums


def forms(v):
    v = int(v)
    f = {str(v), "%02d" % v, "{:,}".format(v).replace(",", ".")}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1e6
        f.add(("%g" % m).replace(".", ",") + " triệu")
    return f


def has_num(text, nums, v):
    if float(v) in nums:
        return True
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return ["ngày %s tháng %s năm %s" % (d, m, y), "%s/%s/%s" % (d, m, y), "ngày %d tháng %d năm %s" % (int(d), int(m), y)]


def main():
    errs, n = [], 0
    for jf in sorted(os.listdir(os.path.join(HERE, "truth"))):
        k = json.load(open(os.path.join(HERE, "truth", jf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        n += 1
        if jf != k["file"] + ".json":
            errs.append("%s: truth name mismatch" % jf)
        if not os.path.exists(path):
            errs.append("%s: missing" % k["file"]); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("%s: sha256" % k["file"])
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        low = text.lower()
        if k["unit"] and k["unit"]["name"].lower() not in low:
            errs.append("%s: unit name %s" % (k["file"], k["unit"]["name"]))
        if k["document"]["date"] and not any(f in text for f in date_forms(k["document"]["date"])):
            errs.append("%s: date" % k["file"])
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append("%s: number" % k["file"])
        if k["status"] == "rejected":
            if k["entries"]:
                errs.append("%s: rejected with entries" % k["file"])
            continue
        for e in k["entries"]:
            for iid, v in e["indicators"].items():
                if not has_num(text, nums, v):
                    errs.append("%s: %s %s=%s not found" % (k["file"], e["task"], iid, v))
        for x in k["difficulties"] + k["proposals"]:
            if N(x) not in text:
                errs.append("%s: text not found: %s" % (k["file"], x[:50]))
    for e in errs:
        print("FAIL", e)
    print("%d files checked, %d problems" % (n, len(errs)))
    sys.exit(1 if errs else 0)


main()
