# -*- coding: utf-8 -*-
"""Independent check: reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify the key."""
import hashlib, json, os, re, sys, zipfile, unicodedata, csv, datetime
from xml.etree import ElementTree as ET
import openpyxl

OUT = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ALIASES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        ALIASES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for name in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                buf = []
                for el in p.iter():
                    if el.tag == W + "t" and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + "br", W + "tab", W + "cr"):
                        buf.append(" \n ")
                parts.append("".join(buf))
    return "\n".join(parts), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, bool):
                    continue
                if isinstance(v, (int, float)):
                    nums.add(float(v))
                    parts.append(str(v))
                elif isinstance(v, (datetime.date, datetime.datetime)):
                    parts.append(v.strftime("%d/%m/%Y %Y-%m-%d"))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums


SCALE = {"tỷ": 1e9, "tỉ": 1e9, "triệu": 1e6, "tr": 1e6, "nghìn": 1e3, "ngàn": 1e3}
NUM = re.compile(r"(?<![\d])(\d{1,3}(?:[.  ]\d{3})+|\d+(?:,\d+)?)(?:\s*(tỷ|tỉ|triệu|tr|nghìn|ngàn)(?![a-zà-ỹ]))?", re.I)


def numbers_in(text):
    vals = set()
    for m in NUM.finditer(unicodedata.normalize("NFC", text)):
        raw, sc = m.group(1), m.group(2)
        if re.search(r"[.  ]\d{3}$", raw) and "," not in raw:
            v = float(re.sub(r"[.  ]", "", raw))
        else:
            v = float(raw.replace(",", "."))
        if sc:
            v = v * SCALE[sc.lower()]
        vals.add(round(v, 3))
        # plain integer reading of digits too (e.g. '1.284' also as 1284 above)
    return vals


def date_found(text, iso):
    y, m, d = iso.split("-")
    m_, d_ = int(m), int(d)
    pats = [rf"ngày\s+0?{d_}\s+tháng\s+0?{m_}\s+năm\s+{y}", rf"(?<!\d)0?{d_}/0?{m_}/{y}", re.escape(iso)]
    t = unicodedata.normalize("NFC", text)
    return any(re.search(p, t, re.I) for p in pats)


def main():
    errors = 0
    files = 0
    for kf in sorted(os.listdir(os.path.join(OUT, "truth"))):
        k = json.load(open(os.path.join(OUT, "truth", kf), encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(OUT, fn)
        files += 1
        errs = []
        if kf != fn + ".json":
            errs.append("key name mismatch")
        if not os.path.exists(path):
            print("MISSING", fn)
            errors += 1
            continue
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != k["sha256"]:
            errs.append("sha256 mismatch")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        # unit
        u = k.get("unit") or {}
        names = ALIASES.get(u.get("id"), [u.get("name", "")])
        if not any(norm(n) in nt for n in names if n):
            # communes: name with/without kind word
            if not (u.get("name") and norm(u["name"].split(" ", 1)[1]) in nt):
                errs.append("unit name not found: %s" % u.get("name"))
        # date / number
        doc = k.get("document") or {}
        if doc.get("date") and not date_found(text, doc["date"]):
            errs.append("date not found: %s" % doc["date"])
        if doc.get("number") and norm("Số: " + doc["number"]) not in nt:
            errs.append("number not found: %s" % doc["number"])
        if not doc.get("number") and re.search(r"số:\s*\d", nt):
            errs.append("number keyed null but a 'Số:' with digits is present")
        # figures
        allnums = numbers_in(text) | {round(x, 3) for x in nums}
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    errs.append("non-numeric %s %s" % (e["task"], ind))
                elif round(float(v), 3) not in allnums:
                    errs.append("figure not found: %s %s=%s" % (e["task"], ind, v))
            if e.get("text") and norm(e["text"]) not in nt:
                errs.append("entry text not found: %s" % e["task"])
        for lst in ("difficulties", "proposals"):
            for x in k[lst]:
                if norm(x) not in nt:
                    errs.append("%s item not found: %s" % (lst, x[:50]))
        if k["status"] == "rejected" and k["entries"]:
            errs.append("rejected file with entries")
        print(("OK  " if not errs else "FAIL") + " " + fn + "".join("\n     - " + e for e in errs))
        errors += len(errs)
    print("%d files, %d errors" % (files, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
