# Independent check: reopens every final file (zip+XML for DOCX, openpyxl for XLSX),
# never imports gen.py. Verifies sha256, unit name, date, every keyed figure in some
# written form, every difficulty and proposal.
import datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n)]
    out = []
    for n in parts:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            t = "".join((x.text or "") if x.tag == W + "t" else ("\t" if x.tag == W + "tab" else "")
                        for x in p.iter() if x.tag in (W + "t", W + "tab"))
            out.append(t)
    return "\n".join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    out.append(str(int(v)) if float(v).is_integer() else str(v))
                elif isinstance(v, (datetime.datetime, datetime.date)):
                    out.append(v.strftime("%d/%m/%Y"))
                else:
                    out.append(str(v))
    return "\n".join(out), nums


def dotted(n):
    return f"{n:,}".replace(",", ".")


WORDS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def forms(n, money):
    fs = {str(n), f"{n:02d}", dotted(n), f"{n:,}".replace(",", " ")}
    if not money and n in WORDS:
        fs.add(WORDS[n] + " người"); fs.add(WORDS[n] + " cuộc"); fs.add(WORDS[n] + " cơ sở")
    if money:
        for scale, words in ((1_000_000, ["triệu", "tr"]), (1_000_000_000, ["tỷ", "tỉ"])):
            if n % (scale // 1000) == 0 and n >= scale:
                v = n / scale
                s = (f"{v:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                for w in words:
                    fs.add(f"{s} {w}"); fs.add(f"{s}{w}")
    return fs


def has_number(text, nums, n, money):
    if any(isinstance(x, (int, float)) and x == n for x in nums):
        return True
    t = norm(text)
    for f in forms(n, money):
        f = norm(f)
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", t):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split("-")
    yi, mi, di = int(y), int(m), int(d)
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}",
            f"{d}/{m}/{y}", f"{di}/{mi}/{y}"}


def main():
    errors = 0
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if len(truths) != len(files):
        print("MISMATCH: %d files vs %d keys" % (len(files), len(truths))); errors += 1
    for tp in truths:
        k = json.load(open(tp))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); errors += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256 differs")
        text, nums = (docx_text(path) if path.endswith(".docx") else xlsx_text(path))
        t = norm(text)
        if k["unit"] and k["unit"]["name"] and norm(k["unit"]["name"]) not in t:
            errs.append("unit name not found: " + k["unit"]["name"])
        d = k["document"]
        if d.get("date") and not any(norm(f) in t for f in date_forms(d["date"])):
            errs.append("date not found: " + d["date"])
        if d.get("number") and norm(d["number"]) not in t:
            errs.append("number not found: " + d["number"])
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not has_number(text, nums, v, ind.endswith("_vnd")):
                    errs.append(f"figure {e['task']} {ind}={v} not found")
            if norm(e["text"])[:20] and norm(e["text"])[:20] not in t:
                errs.append(f"entry text of {e['task']} not found")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in t:
                errs.append("item not found: " + x[:60])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key must have reason and no entries")
        print(("OK  " if not errs else "FAIL") + " " + k["file"])
        for e in errs: print("     -", e)
        errors += len(errs)
    print("errors:", errors)
    sys.exit(1 if errors else 0)


main()
