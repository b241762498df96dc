# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify its truth key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile, datetime
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        AG[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]


def norm(s):
    s = unicodedata.normalize("NFC", s).casefold()
    s = s.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf-8")
                for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                    ts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)
                    out.append("".join(ts))
    import html
    return html.unescape("\n".join(out)), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(round(float(v), 6))
                    parts.append(str(v))
                elif isinstance(v, datetime.datetime):
                    parts.append(v.strftime("%d/%m/%Y"))
                else:
                    parts.append(str(v))
    return "\n".join(parts), nums


def dotted(n):
    return f"{n:,}".replace(",", ".")


def forms(n):
    f = {str(n), dotted(n), f"{n:,}".replace(",", " ")}
    if n < 10:
        f.add(f"{n:02d}")
    if n >= 100000 and n % 100000 == 0:
        m = n / 1_000_000
        ms = (f"{m:.1f}" if m != int(m) else str(int(m))).replace(".", ",")
        f |= {ms + " triệu", ms + " tr"}
        if n >= 1_000_000_000:
            b = n / 1e9
            bs = (f"{b:.1f}" if b != int(b) else str(int(b))).replace(".", ",")
            f.add(bs + " tỷ")
    return f


def figure_found(n, text, nums):
    if float(n) in nums or round(n / 1e6, 6) in nums or round(n / 1e3, 6) in nums:
        return True
    t = norm(text)
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(norm(fm)) + r"(?![\d]|[.,]\d)", t):
            return True
    return False


def date_found(iso, text):
    y, m, d = iso.split("-")
    cands = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}",
             f"{int(d)}/{int(m)}/{y}"]
    t = norm(text)
    return any(norm(c) in t for c in cands)


def main():
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    bad = 0
    files = [f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx"))]
    if len(files) != len(keys):
        print("count mismatch", len(files), len(keys)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        path = os.path.join(HERE, k["file"])
        errs = []
        if not os.path.exists(path):
            print("MISSING", k["file"]); bad += 1; continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            errs.append("sha256")
        text, nums = docx_text(path) if path.endswith(".docx") else xlsx_text(path)
        t = norm(text)
        if k.get("unit") and k["unit"].get("id"):
            if not any(norm(a) in t for a in AG[k["unit"]["id"]]):
                errs.append("unit name")
        doc = k.get("document") or {}
        if doc.get("date") and not date_found(doc["date"], text):
            errs.append("date " + doc["date"])
        if doc.get("number") and norm(doc["number"]) not in t:
            errs.append("number " + doc["number"])
        for e in k["entries"]:
            for ind, v in e["indicators"].items():
                if not figure_found(v, text, nums):
                    errs.append(f"figure {e['task']} {ind}={v}")
        for x in k["difficulties"] + k["proposals"]:
            if norm(x) not in t:
                errs.append("text: " + x[:50])
        if k["status"] == "rejected" and (k["entries"] or not k["reason"]):
            errs.append("rejected key malformed")
        print(("OK  " if not errs else "FAIL") + " " + k["file"] + ("" if not errs else " :: " + "; ".join(errs)))
        bad += bool(errs)
    print("ALL PASS" if not bad else f"{bad} file(s) failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
