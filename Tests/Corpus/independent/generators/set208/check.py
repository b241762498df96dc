# -*- coding: utf-8 -*-
"""Independent check: reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W + "p"):
        s = "".join((t.text or "") if t.tag == W + "t" else ("\t" if t.tag == W + "tab" else "\n")
                    for t in p.iter() if t.tag in (W + "t", W + "tab", W + "br"))
        lines.append(s)
    return "\n".join(lines)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), f"{n:02d}", dotted(n)}
    if n >= 1_000_000:
        m = n / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr"}
    if n >= 1_000_000_000:
        b = n / 1_000_000_000
        s = (f"{b:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " tỷ", s + "/"}
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out |= {f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"}
    return out


def main():
    bad = 0
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(t)[:-5] for t in truths) != files:
        print("FAIL: truth files and report files differ"); bad += 1
    for t in truths:
        k = json.load(open(t, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        text = unicodedata.normalize("NFC", text)
        low = text.lower()
        if k["unit"] and k["unit"]["name"].lower() not in low:
            errs.append("unit name " + k["unit"]["name"])
        if k["document"]["number"] and k["document"]["number"] not in text:
            errs.append("number")
        if k["document"]["date"] and not any(df in text for df in date_forms(k["document"]["date"])):
            errs.append("date")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(text, v):
                    errs.append(f"{e['task']} {ind}={v}")
            if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"):
                errs.append("bad status " + e["status"])
        for s in k["difficulties"] + k["proposals"]:
            if s not in text:
                errs.append("missing item: " + s[:40])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key malformed")
        tasks = [e["task"] for e in k["entries"]]
        if len(tasks) != len(set(tasks)):
            errs.append("duplicate task")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} FAILED")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
