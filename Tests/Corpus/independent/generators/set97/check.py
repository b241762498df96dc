# -*- coding: utf-8 -*-
"""Independent check of set97: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import json, os, re, sys, zipfile, hashlib, unicodedata, datetime, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
N = lambda s: re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                xml = re.sub(r"<w:tab/>", "\t", xml)
                xml = re.sub(r"<w:br/>", "\n", xml)
                xml = re.sub(r"</w:p>", "\n", xml)
                txt = re.sub(r"<[^>]+>", "", xml)
                txt = (txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                       .replace("&quot;", '"').replace("&apos;", "'"))
                out.append(txt)
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    parts.append(v.strftime("%d/%m/%Y"))
                elif isinstance(v, (int, float)):
                    nums.append(v)
                    parts.append(str(v))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums


def forms(v):
    v = int(v)
    f = {str(v), f"{v:,}".replace(",", ".")}
    if v < 10:
        f.add(f"{v:02d}")
    if v >= 1_000_000:
        m = v / 1_000_000
        s = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f.update({s + " triệu", s + " tr"})
    return f


def has_number(text, v):
    for s in forms(v):
        if re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = map(int, iso.split("-"))
    out = set()
    for dd in {str(d), f"{d:02d}"}:
        for mm in {str(m), f"{m:02d}"}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


def main():
    fails = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(keys) != len(files):
        print("FAIL: key/file count", len(keys), len(files)); fails += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        T = N(text)
        Tl = T.lower()
        if k.get("unit") and k["unit"].get("name") and N(k["unit"]["name"]).lower() not in Tl:
            errs.append("unit name " + k["unit"]["name"])
        doc = k.get("document") or {}
        if doc.get("date") and not any(N(f).lower() in Tl for f in date_forms(doc["date"])):
            errs.append("date " + doc["date"])
        if doc.get("number") and N(doc["number"]) not in T:
            errs.append("number " + doc["number"])
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not (has_number(T, v) or any(float(x) == float(v) for x in nums)):
                    errs.append(f"figure {e['task']} {ind}={v}")
            if N(e["text"]) not in T:
                errs.append(f"entry text {e['task']}")
        for x in k["difficulties"] + k["proposals"]:
            if N(x) not in T:
                errs.append("dk/kn: " + x[:50])
        print(("OK   " if not errs else "FAIL ") + k["file"] + ("" if not errs else "  " + "; ".join(errs)))
        fails += bool(errs)
    print("all passed" if not fails else f"{fails} failing")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
