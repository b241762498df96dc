# -*- coding: utf-8 -*-
"""Re-open every final file of set136 independently of gen.py and verify its key."""
import hashlib, json, os, re, sys, unicodedata, zipfile, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = ("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b "
         "II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b").split()
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def norm(s):
    s = unicodedata.normalize("NFC", s).lower()
    return re.sub(r"\s+", " ", s)


def docx_text(path):
    parts, nums = [], []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x)
                x = re.sub(r"<w:(br|tab)\b[^>]*/>", " ", x)
                t = "".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", re.sub(r"\n", "<w:t>\n</w:t>", x)))
                t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
                parts.append(t)
    return "\n".join(parts), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, (int, float)):
                    nums.append(c.value)
                parts.append(str(c.value))
        for hf in (ws.oddHeader, ws.oddFooter, ws.evenHeader, ws.evenFooter, ws.firstHeader, ws.firstFooter):
            for side in (hf.left, hf.center, hf.right):
                if side.text:
                    parts.append(side.text)
    return "\n".join(parts), nums


def forms(n):
    n = int(n)
    out = {str(n), "%02d" % n}
    g = "{:,}".format(n).replace(",", ".")
    out.add(g)
    out.add("{:,}".format(n).replace(",", " "))
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        out.add(("%g" % m).replace(".", ",") + " triệu")
    return out


def figure_in(n, text, nums):
    if any(isinstance(v, (int, float)) and v == n for v in nums):
        return True
    for f in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def date_in(iso, text):
    y, m, d = iso.split("-")
    cands = []
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            cands += ["ngày %s tháng %s năm %s" % (dd, mm, y), "%s/%s/%s" % (dd, mm, y)]
    return any(c in text for c in cands)


def main():
    errors, n = [], 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith((".docx", ".xlsx")))
    keys = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(HERE, "truth", "*.json")))
    if files != keys:
        errors.append("files/keys differ: %s" % set(files).symmetric_difference(keys))
    for fn in files:
        n += 1
        p = os.path.join(HERE, fn)
        k = json.load(open(os.path.join(HERE, "truth", fn + ".json"), encoding="utf-8"))
        e = lambda msg: errors.append("%s: %s" % (fn, msg))
        if k["file"] != fn:
            e("file field")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]:
            e("sha256 mismatch")
        raw, nums = docx_text(p) if fn.endswith(".docx") else xlsx_text(p)
        text = norm(raw)
        if k["unit"] and norm(k["unit"]["name"]) not in text:
            e("unit name not found: %s" % k["unit"]["name"])
        if k["document"]["date"] and not date_in(k["document"]["date"], text):
            e("date not found: %s" % k["document"]["date"])
        if k["document"]["number"] and norm(k["document"]["number"]) not in text:
            e("number not found: %s" % k["document"]["number"])
        if k["status"] == "rejected":
            if not k["reason"] or k["entries"]:
                e("rejected key must have reason and no entries")
            continue
        if k["status"] != "extracted":
            e("bad status")
        seen = set()
        for ent in k["entries"]:
            if ent["task"] not in TASKS:
                e("bad task %s" % ent["task"])
            if ent["task"] in seen:
                e("duplicate task %s" % ent["task"])
            seen.add(ent["task"])
            if ent["status"] not in STATUSES:
                e("bad status %s" % ent["status"])
            for piece in ent["text"].split(" | "):
                if norm(piece) not in text:
                    e("entry text not found: %s" % piece[:50])
            for ind, v in ent["indicators"].items():
                if ind not in INDS:
                    e("bad indicator %s" % ind)
                if not isinstance(v, int):
                    e("non-integer %s" % ind)
                if not figure_in(v, text, nums):
                    e("figure %s=%s not found" % (ind, v))
        for lst in ("difficulties", "proposals"):
            for x in k[lst]:
                if norm(x) not in text:
                    e("%s item not found: %s" % (lst, x[:50]))
    for x in errors:
        print("FAIL", x)
    print("%d files checked, %d problems" % (n, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
