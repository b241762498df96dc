# -*- coding: utf-8 -*-
"""Independent check of set7: reopens every file (zip + XML for .docx, openpyxl for .xlsx),
never imports the generator, and verifies each truth/*.json against the file."""
import os, re, sys, json, glob, hashlib, zipfile, datetime, unicodedata, csv
import openpyxl

HERE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DATA = "/work/shared/data"
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
         "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDICATORS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
              "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
              "standards_reviewed", "budget_spent_vnd"}
KEYS = ["file", "sha256", "status", "reason", "unit", "document", "entries", "difficulties", "proposals", "findings"]

N = lambda s: unicodedata.normalize("NFC", s)


def units():
    u = {}
    with open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["province_code"] == "79":
                u[r["code"]] = [r["name"]]
    with open(os.path.join(DATA, "agencies.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            u[r["id"]] = [r["name"]] + [a for a in r["aliases"].split(";") if a]
    return u


def docx_lines(path):
    z = zipfile.ZipFile(path)
    x = z.read("word/document.xml").decode("utf-8")
    lines = []
    for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", x, flags=re.S):
        t = re.sub(r"<w:tab/>", "\t", p)
        t = re.sub(r"<w:br/>", "\n", t)
        t = re.sub(r"<w:instrText.*?</w:instrText>", "", t, flags=re.S)
        t = re.sub(r"<[^>]+>", "", t)
        t = t.replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&").replace("&quot;", '"').replace("&apos;", "'")
        lines.extend(t.split("\n"))
    return [N(l) for l in lines], []


def xlsx_lines(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    lines, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    nums.append(("date", v.date()))
                    v = v.strftime("%d/%m/%Y")
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(("num", v))
                    v = str(int(v)) if float(v).is_integer() else str(v)
                vals.append(N(str(v)))
            lines.append("\t".join(vals))
            lines.extend(vals)
    return lines, nums


def flatten(lines):
    """Join printed lines back into running text: a line ending in a word-hyphen joins the next
    without a space (PDF line-end split), others with a space."""
    out = ""
    for l in lines:
        l = l.strip()
        # page furniture a PDF->Word conversion leaves in the body: page numbers, running heads
        if re.fullmatch(r"\d{1,2}", l) or re.search(r" - Báo cáo kết quả thực hiện Kế hoạch CT 38-CT/TW năm 2026$", l):
            continue
        if not l:
            out += "\n"
            continue
        if re.search(r"\S-$", out.rstrip("\n")) and not out.endswith("\n"):
            out += l
        else:
            out += (" " if out and not out.endswith("\n") else "") + l
    return re.sub(r"[ \t]+", " ", out)


def fig_forms(ind, v):
    forms = []
    iv = int(v)
    forms += [str(iv), f"{iv:02d}", f"{iv:,}".replace(",", "."), f"{iv:,}".replace(",", " ")]
    if ind.endswith("_vnd") and iv >= 100000:
        m = iv / 1e6
        ms = (f"{m:.3f}".rstrip("0").rstrip("."))
        forms += [ms.replace(".", ","), ms]
    return forms


def has_figure(flat, cells, ind, v):
    for f in fig_forms(ind, v):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", flat):
            return True
        if f in cells:
            return True
    return False


def date_ok(flat, nums, iso):
    d = datetime.date.fromisoformat(iso)
    pats = [rf"ngày\s+0?{d.day}\s+tháng\s+0?{d.month}\s+năm\s+{d.year}", rf"\b0?{d.day}/0?{d.month}/{d.year}\b"]
    if any(re.search(p, flat, flags=re.I) for p in pats):
        return True
    ser = (d - datetime.date(1899, 12, 30)).days
    return any((k == "num" and v == ser) or (k == "date" and v == d) for k, v in nums)


def main():
    U = units()
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    fails, n_ok = [], 0
    truths = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    if len(truths) != len(files):
        fails.append(f"truth count {len(truths)} != file count {len(files)}")
    for fn in files:
        err = []
        tp = os.path.join(HERE, "truth", fn + ".json")
        if not os.path.exists(tp):
            fails.append(f"{fn}: no truth"); continue
        t = json.load(open(tp, encoding="utf-8"))
        path = os.path.join(HERE, fn)
        if list(t.keys()) != KEYS:
            err.append(f"keys {list(t.keys())}")
        if t["file"] != fn:
            err.append("file field")
        if t["sha256"] != hashlib.sha256(open(path, "rb").read()).hexdigest():
            err.append("sha256 mismatch")
        lines, nums = docx_lines(path) if fn.endswith(".docx") else xlsx_lines(path)
        flat = flatten(lines)
        cells = set(l.strip() for l in lines)
        low = flat.casefold()
        if t["status"] == "rejected":
            if not t["reason"]:
                err.append("rejected without reason")
            if t["entries"]:
                err.append("rejected with entries")
            # off-subject: must not speak of Chỉ thị 38
            if re.search(r"38-CT/TW|CT\s?38|tiêu chuẩn, đo lường, chất lượng", flat):
                err.append("mistaken file mentions the plan")
        else:
            if t["status"] != "extracted":
                err.append("status")
            uid = t["unit"]["id"]
            if uid not in U:
                err.append(f"unknown unit {uid}")
            elif t["unit"]["name"] != U[uid][0]:
                err.append("unit name differs from reference")
            elif not any(N(a).casefold() in low for a in U[uid]):
                err.append("unit not named in file")
            num = t["document"]["number"]
            if num is not None and N(num) not in flat:
                err.append(f"number {num} not in file")
            if num is None and re.search(r"Số:\s*\d+/", flat):
                err.append("file has a Số: but key says null")
            if not date_ok(flat, nums, t["document"]["date"]):
                err.append(f"date {t['document']['date']} not in file")
            seen = set()
            for e in t["entries"]:
                if e["task"] not in TASKS:
                    err.append(f"bad task {e['task']}")
                if e["task"] in seen:
                    err.append(f"duplicate task {e['task']}")
                seen.add(e["task"])
                if e["status"] not in STATUSES:
                    err.append(f"bad status {e['status']}")
                for k, v in e["indicators"].items():
                    if k not in INDICATORS:
                        err.append(f"bad indicator {k}")
                    if not isinstance(v, int):
                        err.append(f"{e['task']} {k} not int")
                    if not has_figure(flat, cells, k, v):
                        err.append(f"{e['task']} {k}={v} not found")
            for k in ("difficulties", "proposals"):
                for s in t[k]:
                    if N(s) not in flat:
                        err.append(f"{k} item not found: {s[:50]}")
        if err:
            fails.append(f"{fn}: " + "; ".join(err))
        else:
            n_ok += 1
    for f in fails:
        print("FAIL", f)
    print(f"{n_ok}/{len(files)} files pass")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
