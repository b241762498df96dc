# -*- coding: utf-8 -*-
"""Independent check of set241: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each truth key against it."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    out.append("".join(buf))
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def words(n):
    if n < 10:
        return [UNITS[n]]
    if n < 20:
        u = n % 10
        tail = {0: "", 5: " lăm"}.get(u, " " + UNITS[u])
        return ["mười" + tail]
    if n < 100:
        t, u = divmod(n, 10)
        base = UNITS[t] + " mươi"
        if u == 0:
            return [base]
        alts = {1: ["mốt"], 4: ["bốn", "tư"], 5: ["lăm"]}.get(u, [UNITS[u]])
        return [base + " " + a for a in alts]
    if n < 1000:
        h, r = divmod(n, 100)
        base = UNITS[h] + " trăm"
        if r == 0:
            return [base]
        if r < 10:
            return [base + " linh " + UNITS[r], base + " lẻ " + UNITS[r]]
        return [base + " " + w for w in words(r)]
    if n % 1000 == 0 and n < 1000000:
        return [w + " nghìn" for w in words(n // 1000)]
    return []


def dotted(n):
    return "{:,}".format(n).replace(",", ".")


def forms(n, key):
    f = {str(n), dotted(n), "%02d" % n}
    f.update(words(n))
    if key.endswith("_vnd"):
        m = n / 1e6
        if m == int(m):
            f.update({"%d triệu" % m, "%dtr" % m})
        else:
            s = ("%g" % m).replace(".", ",")
            f.update({s + " triệu", s + "tr", s.replace(",", " phẩy ") + " triệu"})
    return f


def found(text, n, key):
    low = text.casefold()
    for fm in forms(n, key):
        fm = fm.casefold()
        if fm[0].isdigit():
            pat = r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)"
        else:
            pat = r"(?<!\w)" + re.escape(fm) + r"(?!\w)"
        if re.search(pat, low):
            return True
    return False


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().casefold()


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add("ngày %s tháng %s năm %s" % (dd, mm, y))
            out.add("%s/%s/%s" % (dd, mm, y))
    return out


def main():
    errors = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("MISMATCH: %d keys, %d files" % (len(keys), len(files))); errors += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        T = norm(text)
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in T:
            errs.append("unit name %s" % k["unit"]["name"])
        if k["document"]["date"] and not any(norm(x) in T for x in date_forms(k["document"]["date"])):
            errs.append("date %s" % k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in T:
            errs.append("number %s" % k["document"]["number"])
        for e in k["entries"]:
            for ik, v in e["indicators"].items():
                if not found(text, v, ik):
                    errs.append("%s %s=%s not found" % (e["task"], ik, v))
            if norm(e["text"][:40]) not in T and not all(norm(p) in T for p in re.split(r" – |; ", e["text"]) if p.strip()):
                errs.append("%s text not found" % e["task"])
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in T:
                errs.append("KK/KN not found: %s" % x[:50])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key malformed")
        print(("OK   " if not errs else "FAIL ") + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        errors += len(errs)
    print("errors:", errors)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
