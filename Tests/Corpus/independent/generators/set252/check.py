# -*- coding: utf-8 -*-
"""Reopen every final file of set252 independently of the generator (zip + XML for DOCX,
openpyxl for XLSX) and verify each key: sha256, unit name, date, every keyed figure in some
written form, every difficulty and proposal, each entry's text (whitespace-normalised)."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd",
                                         4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
        out, nums = [], []
        for n in parts:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + "p"):
                out.append("".join((t.text or "") for t in p.iter() if t.tag in (W + "t",)) )
    return "\n".join(out), nums


def xlsx_rows(path):
    """[(row text, [numeric cell values])] for every non-empty row of every sheet."""
    wb = openpyxl.load_workbook(path, data_only=False)
    rows = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            txt, nums = [], []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    txt.append(str(int(v)) if float(v).is_integer() else str(v))
                elif hasattr(v, "strftime"):
                    txt.append(v.strftime("%d/%m/%Y"))
                else:
                    txt.append(str(v))
            if txt:
                rows.append((norm(" | ".join(txt)), nums))
    return rows


def xlsx_text(path):
    rows = xlsx_rows(path)
    return "\n".join(r[0] for r in rows), [n for r in rows for n in r[1]]


def xlsx_scope(rows, entry, others):
    """The rows an entry speaks from: the one row holding all pieces of its text (summary rows),
    else from the row holding its first piece down to the next row holding another entry's first piece."""
    pieces = [norm(p) for p in re.split(r" — | ; ", entry["text"])]
    for t, n in rows:
        if all(p in t for p in pieces):
            return t, n
    start = next((i for i, (t, _) in enumerate(rows) if pieces[0] in t), None)
    if start is None:
        return "", []
    end = len(rows)
    for j in range(start + 1, len(rows)):
        if any(o and o in rows[j][0] for o in others):
            end = j
            break
    sel = rows[start:end]
    return "\n".join(t for t, _ in sel), [x for _, n in sel for x in n]


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", dotted(v)}
    if v >= 1_000_000:
        for scale, word in ((1_000_000_000, "tỷ"), (1_000_000, "triệu")):
            if v % (scale // 1000) == 0 and v >= scale:
                x = v / scale
                s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                f.update({s + " " + word, s + word, s + " tr", s + "tr"})
    return f


def has_num(text, nums, v):
    if any(isinstance(n, (int, float)) and float(n) == float(v) for n in nums):
        return True
    for fm in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    di, mi = int(d), int(m)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}", f"{d}/{m}/{y}", f"{di}/{mi}/{y}",
            f"ngày {d} tháng {mi} năm {y}"}


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("FAIL: files and keys differ"); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        low = nt.lower()
        if k["unit"]["name"].lower() not in low:
            errs.append("unit name " + k["unit"]["name"])
        if k["document"]["number"] and k["document"]["number"] not in nt:
            errs.append("number " + k["document"]["number"])
        if k["document"]["date"] and not any(df in nt for df in date_forms(k["document"]["date"])):
            errs.append("date " + k["document"]["date"])
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                errs.append("rejected key with entries / no reason")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS:
                errs.append("task code " + e["task"])
            if e["task"] in seen:
                errs.append("duplicate task " + e["task"])
            seen.add(e["task"])
            if e["status"] not in STATUSES:
                errs.append("status " + e["status"])
            if fn.endswith(".xlsx"):
                others = [norm(re.split(r" — | ; ", o["text"])[0]) for o in k["entries"] if o is not e]
                st, sn = xlsx_scope(xlsx_rows(path), e, others)
            else:
                st, sn = norm(e["text"]), []
            for i, v in e["indicators"].items():
                if i not in IND:
                    errs.append("indicator id " + i)
                if not has_num(st, sn, v):
                    errs.append(f"figure {e['task']} {i}={v}")
            # entry text: every piece (split on ' — ' / ' ; ' for table-built texts) must be in the file
            for piece in re.split(r" — | ; ", e["text"]):
                if norm(piece) not in nt:
                    errs.append(f"text {e['task']}: {piece[:50]}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in nt:
                errs.append("kk/dx: " + s[:60])
        print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "  " + " | ".join(errs)))
        bad += bool(errs)
    print("check.py:", "PASS" if not bad else f"{bad} file(s) failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
