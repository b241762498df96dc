# -*- coding: utf-8 -*-
"""Independent check of set46: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key in truth/ against it. Does not import gen.py or content.py."""
import hashlib, html, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "truth")
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
            "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if not re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", name):
            continue
        xml = z.read(name).decode("utf-8")
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
            p = re.sub(r"<w:(tab|br)\b[^>]*/>", "<w:t> </w:t>", p)
            t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
            out.append(html.unescape(t))
    return "\n".join(out)


def xlsx_text(path):
    out = []
    for data_only in (True, False):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return "\n".join(out)


def grp(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def forms(v):
    f = {str(v), f"{v:02d}", grp(v, "."), grp(v, ","), grp(v, " ")}
    for div, words in ((10**9, ("tỷ",)), (10**6, ("triệu", "tr"))):
        if v >= div and v % (div // 100) == 0:
            x = v / div
            s = (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            for w in words:
                f.add(f"{s} {w}"); f.add(f"{s}{w}")
    return f


def has_number(text, v):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    return [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]


def main():
    fails = 0
    keys = sorted(os.listdir(TRUTH))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(k[:-5] for k in keys) != files:
        print("FAIL file/key mismatch", files, keys); fails += 1
    for k in keys:
        key = json.load(open(os.path.join(TRUTH, k), encoding="utf-8"))
        path = os.path.join(HERE, key["file"])
        errs = []
        sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if sha != key["sha256"]:
            errs.append("sha256")
        text = norm(docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        low = text.lower()
        if key["unit"]["name"].lower() not in low:
            errs.append("unit name " + key["unit"]["name"])
        if key["document"]["number"] and key["document"]["number"] not in text:
            errs.append("number")
        if not any(df in text for df in date_forms(key["document"]["date"])):
            errs.append("date")
        if key["status"] == "rejected":
            if key["entries"] or not key["reason"]:
                errs.append("rejected key shape")
        else:
            seen = set()
            for e in key["entries"]:
                if e["task"] not in TASKS: errs.append("task " + e["task"])
                if e["task"] in seen: errs.append("dup task " + e["task"])
                seen.add(e["task"])
                if e["status"] not in STAT: errs.append("status " + e["status"])
                for i, v in e["indicators"].items():
                    if i not in IND: errs.append("indicator id " + i)
                    if not isinstance(v, int): errs.append("non-int " + i)
                    if not has_number(text, v): errs.append(f"figure {e['task']} {i}={v}")
            for s in key["difficulties"] + key["proposals"]:
                if norm(s) not in text:
                    errs.append("missing item: " + s[:50])
        print(("OK  " if not errs else "FAIL") + " " + key["file"] + ("" if not errs else " -> " + "; ".join(errs)))
        fails += bool(errs)
    print("ALL PASS" if not fails else f"{fails} FAILED")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
