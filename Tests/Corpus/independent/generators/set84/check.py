# -*- coding: utf-8 -*-
"""Independent check of set84: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
for line in open("/work/shared/data/agencies.csv", encoding="utf-8").read().splitlines()[1:]:
    parts = line.split(",")
    ALIASES[parts[0]] = [parts[1]] + [a for a in parts[3].split(";") if a]
EXTRA = {"SKHCN-TTPTTN": ["Trung tâm Dịch vụ Phân tích thí nghiệm"],
         "SKHCN-TTCNTT": ["Trung tâm Công nghệ thông tin và Địa không gian"]}


def norm(s):
    return unicodedata.normalize("NFC", s).lower().replace("–", "-")


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            x = re.sub(r"</w:p>", "\n", x)
            x = re.sub(r"<w:br/>|<w:tab/>", " ", x)
            out.append(re.sub(r"<[^>]+>", "", x))
    t = "\n".join(out)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    vals, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                vals.append(str(c.value))
                if isinstance(c.value, (int, float)): nums.append(c.value)
    return "\n".join(vals), nums


def forms(n):
    f = {str(n), f"{n:02d}"}
    if n >= 1000:
        f.add(f"{n:,}".replace(",", "."))
        f.add(f"{n:,}".replace(",", " "))
    for div, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if n >= div and n % (div // 1000) == 0:
            v = n / div
            s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f.add(f"{s} {word}")
    return f


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    assert len(keys) == len(files), (len(keys), len(files))
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        if path.endswith(".docx"):
            text, nums = docx_text(path), []
        else:
            text, nums = xlsx_text(path)
        nt = norm(re.sub(r"\s+", " ", text))
        uid = k["unit"]["id"]
        names = ALIASES.get(uid, []) + EXTRA.get(uid, []) + [k["unit"]["name"]]
        if not any(norm(a) in nt for a in names):
            errs.append("unit name")
        y, m, d = k["document"]["date"].split("-")
        dpat = rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}|0?{int(d)}/0?{int(m)}/{y}"
        if not re.search(dpat, nt):
            errs.append("date")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            errs.append("number")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not (has_number(text, v) or v in nums):
                    errs.append(f"{e['task']} {ind}={v}")
        for x in k["difficulties"] + k["proposals"]:
            if norm(re.sub(r"\s+", " ", x)) not in nt:
                errs.append("dp: " + x[:40])
        if k["status"] == "rejected" and not k["reason"]:
            errs.append("reason")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " " + "; ".join(errs)))
        bad += bool(errs)
    print("files:", len(keys), "failures:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
