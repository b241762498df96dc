"""Independent re-check of set221: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import json, os, re, sys, zipfile, hashlib, datetime, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + "p"):
                    out.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, dates = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    dates.append(v.strftime("%Y-%m-%d"))
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out), dates


def forms(v):
    v = int(v)
    f = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    if v >= 1_000_000 and v % 100_000 == 0:
        m = v / 1_000_000
        ms = (f"{m:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + "tr"}
    return f


def has_num(text, v):
    for f in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def main():
    bad = 0
    truths = sorted(os.listdir(os.path.join(HERE, "truth")))
    for tf in truths:
        t = json.load(open(os.path.join(HERE, "truth", tf), encoding="utf-8"))
        path = os.path.join(HERE, t["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != t["sha256"]:
            errs.append("sha256 mismatch")
        text, dates = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        n = norm(text)
        low = n.casefold()
        if t["unit"] and norm(t["unit"]["name"]).casefold() not in low:
            errs.append("unit name missing: " + t["unit"]["name"])
        d = t["document"]["date"]
        if d:
            y, m, dd = d.split("-")
            pats = [f"ngày {dd} tháng {m} năm {y}", f"ngày {int(dd)} tháng {int(m)} năm {y}", f"{dd}/{m}/{y}"]
            if not any(p in n for p in pats) and d not in dates:
                errs.append("date missing " + d)
        if t["document"]["number"] and t["document"]["number"] not in n:
            errs.append("number missing")
        for e in t["entries"]:
            for k, v in e["indicators"].items():
                if not has_num(n, v):
                    errs.append(f"figure {e['task']} {k}={v} missing")
        for s in t["difficulties"] + t["proposals"]:
            if norm(s) not in n:
                errs.append("text missing: " + s[:50])
        if t["status"] == "rejected" and t["entries"]:
            errs.append("rejected with entries")
        print(("OK  " if not errs else "BAD ") + t["file"] + (" " + "; ".join(errs) if errs else ""))
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != len(truths):
        print("file/truth count mismatch", len(files), len(truths)); bad += 1
    print("PASS" if not bad else f"FAIL ({bad})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
