# -*- coding: utf-8 -*-
"""Independent check of set 162: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, number, every keyed figure, difficulties and proposals."""
import os, re, json, hashlib, zipfile, unicodedata, datetime, csv, sys
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
nfc = lambda s: unicodedata.normalize("NFC", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag == W + "tab":
                        buf.append("\t")
                    elif el.tag in (W + "br", W + "cr"):
                        buf.append("\n")
                out.append("".join(buf))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                if isinstance(v, datetime.datetime):
                    nums.append(v)
                out.append(str(v))
    return "\n".join(out), nums


def fmt_dot(n):
    return f"{n:,}".replace(",", ".")


def variants(ind, v):
    vs = {str(v), f"{v:02d}", fmt_dot(v), f"{v:,}".replace(",", " ")}
    if ind.endswith("_vnd"):
        for scale, word in ((1e6, "triệu"), (1e9, "tỷ"), (1e3, "nghìn")):
            x = v / scale
            if x >= 1 and abs(round(x, 3) - x) < 1e-9:
                ip = int(x)
                frac = round(x - ip, 3)
                s = fmt_dot(ip) + (("," + f"{frac:.3f}"[2:].rstrip("0")) if frac else "")
                vs.add(s + " " + word)
                vs.add(s + "tr" if word == "triệu" else s + " " + word)
    return vs


def has_fig(text, nums, ind, v):
    for s in variants(ind, v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    for n in nums:
        if isinstance(n, float) and (abs(n - v) < 1e-6 or (ind.endswith("_vnd") and abs(n * 1e6 - v) < 0.5)):
            return True
    return False


def date_ok(text, nums, iso):
    y, m, d = (int(x) for x in iso.split("-"))
    pats = [rf"ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}", rf"(?<!\d)0?{d}/0?{m}/{y}"]
    if any(re.search(p, text, re.I) for p in pats):
        return True
    return any(isinstance(n, datetime.datetime) and n.date() == datetime.date(y, m, d) for n in nums)


def unit_names(uid, name):
    names = {name}
    with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["id"] == uid:
                names |= {r["name"]} | {a for a in r["aliases"].split(";") if a}
    return names


def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().casefold()


def main():
    errs, n = [], 0
    tdir = os.path.join(HERE, "truth")
    for jf in sorted(os.listdir(tdir)):
        k = json.load(open(os.path.join(tdir, jf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        n += 1
        e = lambda msg: errs.append(f"{k['file']}: {msg}")
        if not os.path.exists(path):
            e("missing file"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = nfc(text)
        nt = norm(text)
        if k["unit"]["id"] and not any(norm(x) in nt for x in unit_names(k["unit"]["id"], k["unit"]["name"])):
            e("unit name not found")
        if k["document"]["date"] and not date_ok(text, nums, k["document"]["date"]):
            e("date not found")
        if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
            e("number not found")
        if k["status"] == "rejected":
            if k["entries"]:
                e("rejected with entries")
            if "38" in (k["reason"] or "") and "Kế hoạch" not in (k["reason"] or ""):
                pass
        for en in k["entries"]:
            for ind, v in en["indicators"].items():
                if not has_fig(text, nums, ind, v):
                    e(f"{en['task']} {ind}={v} not found")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in nt:
                e("text not found: " + s[:60])
    for x in errs:
        print("FAIL", x)
    print(f"{n} keys checked, {len(errs)} problems")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
