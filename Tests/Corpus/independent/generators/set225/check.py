# -*- coding: utf-8 -*-
"""Independent check of set225: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, number, every keyed figure, difficulties and proposals."""
import json, os, re, sys, hashlib, zipfile, unicodedata, csv
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DATA = "/work/shared/data"

WORDS = {0: "không", 1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín",
         10: "mười", 11: "mười một", 12: "mười hai", 13: "mười ba", 14: "mười bốn", 15: "mười lăm", 16: "mười sáu"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + "br", W + "tab"):
                            buf.append(" ")
                    parts.append("".join(buf))
    return "\n".join(parts)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    parts.append(str(v))
    return "\n".join(parts)


def num_forms(n):
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:02d}"}
    if n in WORDS:
        f.add(WORDS[n])
    if n >= 1_000_000:
        m = n / 1_000_000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + "tr", ms + " tr"}
    if n >= 1_000_000_000:
        b = n / 1_000_000_000
        bs = (f"{b:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {bs + " tỷ", bs + " tỉ"}
    return f


def has_num(text, n):
    for form in num_forms(n):
        if form.isalpha() or " " in form and not form[0].isdigit():
            if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                return True
        elif re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def unit_names(uid, name):
    names = {name}
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["id"] == uid:
                names.add(r["name"]); names |= {a for a in r["aliases"].split(";") if a}
    if uid and uid.isdigit():
        names.add(name.split(" ", 1)[1] if not name.startswith("Đặc khu") else name[len("Đặc khu "):])
    return {norm(x) for x in names}


def date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = str(int(m)), str(int(d))
    out = set()
    for dd in {d, di}:
        for mm in {m, mi}:
            out |= {f"{dd}/{mm}/{y}", f"ngày {dd} tháng {mm} năm {y}"}
    return out


def main():
    derived = json.load(open(os.path.join(HERE, "derived.json"), encoding="utf-8"))
    errors = 0; n = 0
    for kf in sorted(os.listdir(TRUTH)):
        k = json.load(open(os.path.join(TRUTH, kf), encoding="utf-8"))
        fname = k["file"]; path = os.path.join(HERE, fname); n += 1
        errs = []
        if not os.path.exists(path):
            print("MISSING", fname); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 mismatch")
        text = norm(docx_text(path) if fname.endswith(".docx") else xlsx_text(path))
        if k["unit"]["id"] and not any(u in text for u in unit_names(k["unit"]["id"], k["unit"]["name"])):
            errs.append("unit name not found: " + k["unit"]["name"])
        if k["document"]["date"] and not any(f in text for f in date_forms(k["document"]["date"])):
            errs.append("date not found: " + k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            errs.append("number not found: " + k["document"]["number"])
        dmap = {(x["task"], x["indicator"]): x["parts"] for x in derived.get(fname, [])}
        for e in k["entries"]:
            assert e["status"] in ("completed", "in_progress", "not_started", "not_applicable", "unknown")
            for ind, v in e["indicators"].items():
                if (e["task"], ind) in dmap:
                    parts = dmap[(e["task"], ind)]
                    if sum(parts) != v:
                        errs.append(f"derived sum mismatch {e['task']} {ind}")
                    for p in parts:
                        if p and not has_num(text, p):
                            errs.append(f"derived part {p} not found ({e['task']} {ind})")
                elif not has_num(text, v):
                    errs.append(f"figure not found: {e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in text:
                errs.append("text not found: " + s[:60])
        if k["status"] == "rejected" and not k["reason"]:
            errs.append("rejected without reason")
        status = "OK " if not errs else "ERR"
        print(status, fname, "" if not errs else errs)
        errors += len(errs)
    print(f"{n} files checked, {errors} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
