# -*- coding: utf-8 -*-
"""Independent check of set 53: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each truth key against what is really written in it."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TASKS = {f"II.{g}.{l}" for g, ls in {1: "ab", 2: ["a", "b", "c", "d", "đ", "e", "g", "h", "i"],
                                     3: "abcd", 4: "abc", 5: "abcd", 6: "ab"}.items() for l in ls}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return "\n".join(paras), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums = [], []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                parts.append(str(v))
    return "\n".join(parts), nums


def forms(n):
    """Written forms a figure may take in these files."""
    out = {str(n), f"{n:02d}", f"{n:,}".replace(",", ".")}
    if n >= 1_000_000:
        for div, word in ((1_000_000, "triệu"), (1_000_000_000, "tỷ")):
            if n % (div // 100) == 0 and n >= div:
                v = n / div
                s = (f"{v:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
                out.add(f"{s} {word}")
    return out


def has_number(text, n):
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def vn_date_forms(iso):
    y, m, d = iso.split("-")
    return {f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}"}


def main():
    agencies = {}
    for line in open("/work/shared/data/agencies.csv", encoding="utf-8").read().splitlines()[1:]:
        i, n = line.split(",")[:2]
        agencies[i] = n
    communes = {}
    for line in open("/work/shared/data/communes-2025.csv", encoding="utf-8").read().splitlines()[1:]:
        c = line.split(",")
        if c[3] == "79":
            communes[c[0]] = c[1]
    errs = []
    keys = sorted(glob.glob(os.path.join(HERE, "truth", "*.json")))
    files = sorted(p for p in glob.glob(os.path.join(HERE, "*")) if p.endswith((".docx", ".xlsx")))
    if len(keys) != len(files):
        errs.append(f"{len(keys)} keys for {len(files)} files")
    for kp in keys:
        k = json.load(open(kp, encoding="utf-8"))
        fn = k["file"]
        path = os.path.join(HERE, fn)
        E = lambda m: errs.append(f"{fn}: {m}")
        if os.path.basename(kp) != fn + ".json":
            E("key file name")
        if not os.path.exists(path):
            E("missing file"); continue
        if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
            E("sha256 mismatch")
        text, nums = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
        nt = norm(text)
        uid, uname = k["unit"]["id"], k["unit"]["name"]
        ref = agencies.get(uid) or communes.get(uid)
        if ref != uname:
            E(f"unit {uid} name {uname!r} != reference {ref!r}")
        if norm(uname) not in nt:
            E(f"unit name not in file: {uname}")
        if not any(norm(f) in nt for f in vn_date_forms(k["document"]["date"])):
            E("date not found")
        if k["document"]["number"] and norm("Số: " + k["document"]["number"]) not in nt:
            E("number not found")
        if k["status"] == "rejected":
            if k["entries"] or not k["reason"]:
                E("rejected key must have no entries and a reason")
            if "38" in " ".join(re.findall(r"chỉ thị[^\n]{0,20}", nt)):
                E("mistaken file mentions Chỉ thị 38")
            continue
        seen = set()
        for e in k["entries"]:
            if e["task"] not in TASKS: E(f"bad task {e['task']}")
            if e["task"] in seen: E(f"duplicate task {e['task']}")
            seen.add(e["task"])
            if e["status"] not in STATUSES: E(f"bad status {e['status']}")
            if norm(e["text"]) not in nt: E(f"entry text not in file: {e['text'][:50]}")
            for ind, v in e["indicators"].items():
                if ind not in INDS: E(f"bad indicator {ind}")
                if not isinstance(v, int): E(f"{ind} not int")
                if not (has_number(text, v) or v in nums):
                    E(f"{e['task']} {ind}={v} not written in file")
        for d in k["difficulties"] + k["proposals"]:
            if norm(d) not in nt:
                E(f"difficulty/proposal not in file: {d[:60]}")
        n_ent = len(k["entries"])
        if not 3 <= n_ent <= 11:
            E(f"{n_ent} entries")
    print(f"{len(keys)} keys checked, {len(errs)} problems")
    for e in errs:
        print("  ", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
