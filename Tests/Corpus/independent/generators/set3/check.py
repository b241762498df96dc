"""Re-open every set3 file from disk, independently of the generators, and check the keys.

For each truth/<file>.json: sha256 of the bytes; for extracted files, that the unit's name
(or an alias from agencies.csv), the date (written, dd/mm/yyyy or as an Excel date serial),
the number, every difficulty/proposal item and every indicator figure (in some written form,
scaled by 10^3/10^6 where the file speaks of nghìn/triệu đồng) really occur in the file's own
XML, and that a word stating each non-unknown status occurs. Standard library only.
"""
import csv
import datetime as dt
import hashlib
import json
import os
import re
import sys
import unicodedata
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = "/work/shared/data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

STATUS_WORDS = {
    "completed": ["hoàn thành", "đã thực hiện xong", "đã tổ chức xong", "đạt"],
    "in_progress": ["đang thực hiện", "đang triển khai", "đang tiếp tục thực hiện", "thường xuyên"],
    "not_started": ["chưa thực hiện", "chưa triển khai", "chưa tổ chức"],
    "not_applicable": ["không phát sinh", "không có nhiệm vụ", "không thuộc chức năng"],
}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def norm(s):
    return re.sub(r"\s+", " ", nfc(s)).strip().casefold()


def docx_text(z):
    out = []
    for name in z.namelist():
        if not re.match(r"word/(document|header\d*|footer\d*)\.xml$", name):
            continue
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t" and el.text:
                    buf.append(el.text)
                elif el.tag in (W + "br", W + "cr"):
                    buf.append("\n")
                elif el.tag == W + "tab":
                    buf.append("\t")
            out.append("".join(buf))
    return out, []


def xlsx_text(z):
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
        for si in root.findall(S + "si"):
            shared.append("".join(t.text or "" for t in si.iter(S + "t")))
    texts, numbers = [], []
    for name in z.namelist():
        if not re.match(r"xl/worksheets/sheet\d+\.xml$", name):
            continue
        root = ET.fromstring(z.read(name))
        for c in root.iter(S + "c"):
            t = c.get("t")
            v = c.find(S + "v")
            if t == "s" and v is not None:
                texts.append(shared[int(v.text)])
            elif t == "inlineStr":
                texts.append("".join(x.text or "" for x in c.iter(S + "t")))
            elif t == "str" and v is not None:
                texts.append(v.text or "")
            elif v is not None and v.text not in (None, ""):
                numbers.append(float(v.text))
    return texts, numbers


def number_values(texts, numbers):
    vals = set(round(x, 6) for x in numbers)
    for t in texts:
        for tok in re.findall(r"\d[\d.,]*\d|\d", t):
            cands = set()
            a = tok.replace(".", "")
            if re.fullmatch(r"\d+", a):
                cands.add(float(a))
            if re.fullmatch(r"\d+(,\d+)?", a):
                cands.add(float(a.replace(",", ".")))
            b = tok.replace(",", "")
            if re.fullmatch(r"\d+(\.\d+)?", b):
                cands.add(float(b))
            vals |= {round(x, 6) for x in cands}
    return vals


def main():
    agencies = {r["id"]: [r["name"]] + [a for a in r["aliases"].split(";") if a]
                for r in csv.DictReader(open(os.path.join(DATA, "agencies.csv"), encoding="utf-8"))}
    communes = {r["code"]: r["name"] for r in csv.DictReader(open(os.path.join(DATA, "communes-2025.csv"), encoding="utf-8"))
                if r["province_code"] == "79"}
    tdir = os.path.join(ROOT, "truth")
    problems, n, n_figs = [], 0, 0
    for tf in sorted(os.listdir(tdir)):
        truth = json.load(open(os.path.join(tdir, tf), encoding="utf-8"))
        fname = truth["file"]
        assert tf == fname + ".json", tf
        path = os.path.join(ROOT, fname)
        if not os.path.exists(path):
            problems.append(f"{fname}: missing file"); continue
        data = open(path, "rb").read()
        n += 1
        if hashlib.sha256(data).hexdigest() != truth["sha256"]:
            problems.append(f"{fname}: sha256 mismatch")
        z = zipfile.ZipFile(path)
        texts, numbers = (docx_text(z) if fname.endswith(".docx") else xlsx_text(z))
        blob = norm("\n".join(texts))
        if truth["status"] == "rejected":
            if truth["entries"] or truth["unit"] is not None:
                problems.append(f"{fname}: rejected truth carries unit/entries")
            if "38-ct/tw" in blob:
                problems.append(f"{fname}: rejected file mentions Chỉ thị 38")
            continue
        # unit
        uid, uname = truth["unit"]["id"], truth["unit"]["name"]
        names = agencies.get(uid) or ([communes[uid]] if uid in communes else None)
        if not names:
            problems.append(f"{fname}: unknown unit id {uid}")
        elif names[0] != uname:
            problems.append(f"{fname}: unit name {uname!r} is not the official {names[0]!r}")
        elif not any(norm(x) in blob for x in names):
            problems.append(f"{fname}: unit name not found in file")
        # date
        y, m, d = map(int, truth["document"]["date"].split("-"))
        forms = [rf"ngày 0?{d} tháng 0?{m} năm {y}", rf"\b0?{d}/0?{m}/{y}\b"]
        serial = (dt.date(y, m, d) - dt.date(1899, 12, 30)).days
        if not any(re.search(f, blob) for f in forms) and float(serial) not in numbers:
            problems.append(f"{fname}: date {truth['document']['date']} not found")
        # number
        num = truth["document"]["number"]
        if num and norm(num) not in blob:
            problems.append(f"{fname}: number {num} not found")
        if num and not re.search(r"số:\s*" + re.escape(norm(num)), blob) and "số:" not in blob:
            problems.append(f"{fname}: no 'Số:' before number")
        # items
        for kind in ("difficulties", "proposals"):
            for it in truth[kind]:
                if norm(it) not in blob:
                    problems.append(f"{fname}: {kind} item not found: {it[:60]}")
        # figures
        vals = number_values(texts, numbers)
        scales = [1]
        if "nghìn đồng" in blob:
            scales.append(1000)
        if "triệu đồng" in blob:
            scales.append(1_000_000)
        for e in truth["entries"]:
            st = e["status"]
            if st != "unknown" and not any(w in blob for w in STATUS_WORDS[st]):
                problems.append(f"{fname}: no word for status {st} of {e['task']}")
            for ind, v in e["indicators"].items():
                n_figs += 1
                if not isinstance(v, (int, float)) or isinstance(v, bool):
                    problems.append(f"{fname}: {e['task']}/{ind} not a number"); continue
                ok = any(round(v / s, 6) in vals for s in scales if ind in ("fines_vnd", "budget_spent_vnd") or s == 1)
                if not ok:
                    problems.append(f"{fname}: figure {e['task']}/{ind}={v} not found")
    for p in problems:
        print("FAIL", p)
    print(f"{n} files checked, {n_figs} figures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
