# -*- coding: utf-8 -*-
"""Re-open every file of set96 independently of gen.py and verify it against truth/*.json."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
         "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
         "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    for a, b in TONES.items():
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    out.append(str(v))
    return "\n".join(out)


def forms(n, money=False):
    f = {str(n), "%02d" % n, "{:,}".format(n).replace(",", ".")}
    if money and n >= 100000:
        m = n / 1e6
        g = ("%g" % m)
        f |= {g + " triệu", g.replace(".", ",") + " triệu", g + "tr", g.replace(".", ",") + "tr"}
    return f


def has_number(text, n, money):
    for fm in forms(n, money):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d])", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out |= {"ngày %s tháng %s năm %s" % (dd, mm, y), "%s/%s/%s" % (dd, mm, y), "%s-%s-%s" % (dd, mm, y),
                    "ngày " + "%s/%s/%s" % (dd, mm, y)}
    return out


def main():
    tdir = os.path.join(HERE, "truth")
    errs, n = [], 0
    for jf in sorted(os.listdir(tdir)):
        k = json.load(open(os.path.join(tdir, jf), encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        n += 1
        if not os.path.exists(path):
            errs.append("%s: missing" % k["file"]); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("%s: sha256 mismatch" % k["file"])
        raw = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = norm(raw)
        name = k["unit"]["name"]
        bare = re.sub(r"^(xã|phường|đặc khu)\s+", "", norm(name))
        if norm(name) not in text and ("xã " + bare) not in text:
            errs.append("%s: unit name %r not found" % (k["file"], name))
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errs.append("%s: number %r not found" % (k["file"], k["document"]["number"]))
        if k["document"]["date"] and not any(norm(f) in text for f in date_forms(k["document"]["date"])):
            errs.append("%s: date %s not found" % (k["file"], k["document"]["date"]))
        if k["status"] == "rejected":
            if k["entries"]:
                errs.append("%s: rejected with entries" % k["file"])
            continue
        for e in k["entries"]:
            for ind, val in e["indicators"].items():
                if not has_number(text, val, ind.endswith("_vnd")):
                    errs.append("%s: %s %s=%s not found" % (k["file"], e["task"], ind, val))
        for kind in ("difficulties", "proposals"):
            for item in k[kind]:
                if norm(item) not in text:
                    errs.append("%s: %s item not found: %s" % (k["file"], kind, item[:60]))
    for e in errs:
        print("FAIL", e)
    print("%d files checked, %d problems" % (n, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
