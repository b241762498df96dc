# -*- coding: utf-8 -*-
"""Independent check of set 257: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key against it. Does not import the generator."""
import os, sys, json, glob, hashlib, zipfile, re, csv, datetime, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AGENCIES = {}
with open("/work/shared/data/agencies.csv", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        AGENCIES[row["id"]] = [row["name"]] + [a for a in row["aliases"].split(";") if a]
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"], 3: "abcd",
                                       4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
IND = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
       "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
       "standards_reviewed", "budget_spent_vnd"}
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_content(path):
    z = zipfile.ZipFile(path)
    texts, nums, dates = [], set(), set()
    for name in z.namelist():
        if name.startswith("word/") and name.endswith(".xml"):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                texts.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(texts), nums, dates


def xlsx_content(path):
    wb = openpyxl.load_workbook(path)
    texts, nums, dates = [], set(), set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    dates.add(v.date().isoformat())
                elif isinstance(v, (int, float)):
                    nums.add(float(v))
                else:
                    texts.append(str(v))
    return "\n".join(texts), nums, dates


def forms(v, money):
    out = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    if money:
        for scale, words in ((10**6, ("triệu", "tr")), (10**9, ("tỷ",))):
            x = v / scale
            if x >= 1 and round(x, 3) == x:
                s = (f"{x:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
                out |= {f"{s} {w}" for w in words} | {f"{s}{w}" for w in words}
    return out


def num_in_text(v, text, money):
    for f in forms(v, money):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_in(iso, text, dates):
    if iso in dates:
        return True
    y, m, d = iso.split("-")
    cands = [f"ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y}", f"ngày {int(d)} tháng {int(m)} năm {y}"]
    return any(c in text for c in cands)


def main():
    errors, n = [], 0
    counts = {"docx": 0, "xlsx": 0, "rejected": 0}
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errors.append("files and keys do not match one to one")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]; path = os.path.join(HERE, fn); n += 1
        E = lambda m: errors.append(f"{fn}: {m}")
        if not os.path.exists(path):
            E("missing file"); continue
        counts[fn.rsplit(".", 1)[1]] += 1
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            E("sha256 differs")
        text, nums, dates = (docx_content if fn.endswith(".docx") else xlsx_content)(path)
        t = norm(text)
        if k["status"] == "rejected":
            counts["rejected"] += 1
            if not k.get("reason"):
                E("rejected without reason")
        u = k["unit"]
        if u and u["id"]:
            if u["id"] not in AGENCIES:
                E("unknown unit id")
            elif not any(norm(a) in t for a in AGENCIES[u["id"]]):
                E(f"unit name not found ({u['id']})")
        if k["document"]["number"] and k["document"]["number"] not in text:
            E("number not found")
        if k["document"]["date"] and not date_in(k["document"]["date"], text, dates):
            E("date not found")
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: E(f"bad task {e['task']}")
            if e["task"] in seen: E(f"duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STAT: E(f"bad status {e['status']}")
            for iid, v in e["indicators"].items():
                if iid not in IND: E(f"bad indicator {iid}")
                if not isinstance(v, int): E(f"non-integer {iid}")
                money = iid.endswith("_vnd")
                if not (float(v) in nums or num_in_text(v, text, money)):
                    E(f"{e['task']} {iid}={v} not found in file")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in t:
                E(f"difficulty/proposal not found: {d[:50]}")
    for e in errors:
        print("ERROR", e)
    print(f"{n} keys checked: {counts['docx']} DOCX, {counts['xlsx']} XLSX, {counts['rejected']} rejected;",
          "OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
