# -*- coding: utf-8 -*-
"""Independent check of set70: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each truth key against it."""
import glob, hashlib, json, os, re, sys, zipfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + "p"):
                    parts = []
                    for el in p.iter():
                        if el.tag == W + "t" and el.text:
                            parts.append(el.text)
                        elif el.tag in (W + "br", W + "cr"):
                            parts.append("\n")
                        elif el.tag == W + "tab":
                            parts.append("\t")
                    out.append("".join(parts))
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(c.value)
                out.append(str(c.value))
    return "\n".join(out), nums


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), f"{n:02d}", dotted(n), f"{n:,}".replace(",", " ")}
    if n >= 1000000 and n % 10000 == 0:
        m = n / 1000000
        s = (f"{m:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
        f |= {s + " triệu", s + "tr"}
    return f


def has_number(text, nums, n):
    if n in nums:
        return True
    for v in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f"ngày {dd} tháng {mm} năm {y}")
            out.add(f"{dd}/{mm}/{y}")
    return out


errors = 0
keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
if len(keys) != len(files):
    print("count mismatch", len(keys), len(files)); errors += 1
for kp in keys:
    k = json.load(open(kp, encoding="utf-8"))
    path = os.path.join(HERE, k["file"])
    probs = []
    if not os.path.exists(path):
        print("MISSING", k["file"]); errors += 1; continue
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        probs.append("sha256")
    text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
    text = unicodedata.normalize("NFC", text)
    low = text.lower()
    name = k["unit"]["name"]
    short = re.sub(r"^(Phường|Xã|Đặc khu|Sở)\s+", "", name) if k["unit"]["id"] != "SKHCN-CCTDC" else "Tiêu chuẩn Đo lường Chất lượng"
    if short.lower() not in low:
        probs.append("unit " + name)
    if k["document"]["number"] and k["document"]["number"] not in text:
        probs.append("number")
    if k["document"]["date"] and not any(f in text for f in date_forms(k["document"]["date"])):
        probs.append("date")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_number(text, nums, v):
                probs.append(f"{e['task']} {ind}={v}")
    for x in k["difficulties"] + k["proposals"]:
        if x not in text:
            probs.append("text: " + x[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
        probs.append("rejected key malformed")
    print(("OK  " if not probs else "BAD ") + k["file"] + ("" if not probs else "  " + "; ".join(probs)))
    errors += bool(probs)
print("FAILED" if errors else "ALL PASS", len(keys), "keys")
sys.exit(1 if errors else 0)
