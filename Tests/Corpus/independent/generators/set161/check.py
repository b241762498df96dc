# -*- coding: utf-8 -*-
"""Independent check of set161: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                xml = z.read(n).decode("utf-8")
                for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                    ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)
                    out.append("".join(ts))
    t = "\n".join(out)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")


def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path, data_only=True)
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return "\n".join(out)


def num_forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", f"{n:,}".replace(",", "."), f"{n:,}", f"{n:,}".replace(",", " ")}
    if n >= 1000000:
        m = n / 1000000
        ms = (f"{m:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {ms + " triệu", ms + "tr", ms + " tr"}
    return f


def date_forms(iso):
    y, m, d = iso.split("-")
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}",
            f"{int(d)}/{int(m)}/{y}", f"{d}-{m}-{y}", f"{d}.{m}.{y}"}


def has_num(text, n):
    for form in num_forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(form.lower()) + r"(?![\d])", text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print("MISMATCH between files and keys"); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        errs = []
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        raw = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        t = norm(raw)
        uname = norm(k["unit"]["name"])
        short = re.sub(r"^(phường|xã|đặc khu) ", "", uname)
        if uname not in t and not (short != uname and short in t and re.search(r"(phường|xã|đặc khu) " + re.escape(short), t)):
            errs.append("unit name " + k["unit"]["name"])
        if k["document"]["date"] and not any(norm(x) in t for x in date_forms(k["document"]["date"])):
            errs.append("date " + k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in t:
            errs.append("number " + k["document"]["number"])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key shape")
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_num(t, v):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for s in k["difficulties"] + k["proposals"]:
            if norm(s) not in t:
                errs.append("text: " + s[:60])
        print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "  " + "; ".join(errs)))
        bad += bool(errs)
    print("files:", len(files), "keys:", len(keys), "failures:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
