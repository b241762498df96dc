#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Re-open every report of set4 from disk, independently of the generators (plain unzip +
regex over the XML, NFC), and verify its truth key: sha256, unit name, date, document
number, every difficulty/proposal item, every indicator figure (in some written form),
cached values for formulas; rejected files must not speak of Chỉ thị 38."""
import datetime, hashlib, html, json, os, re, sys, unicodedata, zipfile

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TR = os.path.join(SET, "truth")

def nfc(s): return unicodedata.normalize("NFC", s)
def norm(s): return re.sub(r"\s+", " ", nfc(s).replace("\u00a0", " ")).strip()

TOK = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|<w:t\s*/>|(<w:br\b[^>]*/>|<w:cr\s*/>|<w:tab\s*/>)|(</w:p>)|(</w:tc>)")

def docx_text(z):
    out = []
    for name in z.namelist():
        if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", name):
            xml = z.read(name).decode("utf-8")
            for m in TOK.finditer(xml):
                if m.group(1) is not None:
                    out.append(html.unescape(m.group(1)))
                elif m.group(2):
                    out.append(" ")
                elif m.group(3) or m.group(4):
                    out.append("\n")
    return "".join(out)

def xlsx_text(z):
    out, dates, problems = [], [], []
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        xml = z.read("xl/sharedStrings.xml").decode("utf-8")
        for si in re.findall(r"<si>(.*?)</si>", xml, re.S):
            shared.append("".join(html.unescape(t) for t in re.findall(r"<t(?:\s[^>]*)?>([^<]*)</t>", si)))
    for name in sorted(z.namelist()):
        if not re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
            continue
        xml = z.read(name).decode("utf-8")
        for m in re.finditer(r"<c\b([^>]*?)(?:/>|>(.*?)</c>)", xml, re.S):
            attrs, inner = m.group(1), m.group(2) or ""
            tm = re.search(r'\bt="(\w+)"', attrs)
            typ = tm.group(1) if tm else "n"
            v = re.search(r"<v>([^<]*)</v>", inner)
            if "<f" in inner and not v:
                problems.append(f"{name}: formula without cached value in {attrs}")
            if typ == "s" and v:
                out.append(shared[int(v.group(1))])
            elif typ == "inlineStr":
                out.append("".join(html.unescape(t) for t in re.findall(r"<t(?:\s[^>]*)?>([^<]*)</t>", inner)))
            elif v:
                val = html.unescape(v.group(1))
                out.append(val)
                try:
                    f = float(val)
                    if 45000 < f < 48000 and f == int(f):
                        dates.append(datetime.date(1899, 12, 30) + datetime.timedelta(days=int(f)))
                except ValueError:
                    pass
            out.append("\n")
    return "\n".join(out), dates, problems

def extract(path):
    z = zipfile.ZipFile(path)
    if path.endswith(".docx"):
        return norm(docx_text(z)), [], []
    t, d, p = xlsx_text(z)
    return norm(t), d, p

DIG = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
def words(n):
    if n < 10: return [DIG[n]]
    if n < 20:
        u = n % 10
        return ["mười"] if u == 0 else ["mười " + ("lăm" if u == 5 else DIG[u])]
    if n < 100:
        t, u = divmod(n, 10)
        s = DIG[t] + " mươi"
        if u == 0: return [s]
        alts = {1: ["mốt", "một"], 4: ["tư", "bốn"], 5: ["lăm", "năm"]}.get(u, [DIG[u]])
        return [s + " " + a for a in alts]
    return []

def grouped(n):
    s = f"{n:,}"
    return {s, s.replace(",", "."), s.replace(",", " "), s.replace(",", "\u00a0")}

def forms(ind, n):
    n = int(n)
    f = {str(n), f"{n:02d}"} | grouped(n)
    if ind.endswith("_vnd"):
        for unit, div in (("triệu", 10**6), ("tr", 10**6), ("tỷ", 10**9)):
            if n % (div // 100) == 0 and n >= div // 10:
                q = n / div
                s = f"{q:.2f}".rstrip("0").rstrip(".")
                for sep in (",", "."):
                    num = s.replace(".", sep)
                    f |= {f"{num} {unit}", f"{num}{unit}"}
                if unit == "tr" and n % 10**6 and n % 10**5 == 0:     # 7tr5
                    f.add(f"{n // 10**6}tr{(n % 10**6) // 10**5}")
    words_f = words(n) if not ind.endswith("_vnd") else []
    return f, words_f

def has_figure(text, ind, n):
    fs, ws = forms(ind, n)
    for x in sorted(fs, key=len, reverse=True):
        if re.search(r"(?<![\d.,])" + re.escape(x) + r"(?![.,]?\d)", text):
            return x
    low = text.casefold()
    for w in ws:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", low):
            return w
    return None

def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    out = set()
    for dd in {f"{d:02d}", str(d)}:
        for mm in {f"{m:02d}", str(m)}:
            out |= {f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}", f"{dd}-{mm}-{y}", f"{dd}.{mm}.{y}"}
    return out

def main():
    errors, n_files = [], 0
    files = sorted(f for f in os.listdir(SET) if os.path.isfile(os.path.join(SET, f)) and not f.startswith("."))
    truths = {f[:-5] for f in os.listdir(TR) if f.endswith(".json")}
    for f in set(truths) - set(files):
        errors.append(f"truth without file: {f}")
    kinds = {"docx": 0, "xlsx": 0}
    for fn in files:
        n_files += 1
        kinds[fn.rsplit(".", 1)[1]] = kinds.get(fn.rsplit(".", 1)[1], 0) + 1
        p = os.path.join(SET, fn)
        tp = os.path.join(TR, fn + ".json")
        if not os.path.exists(tp):
            errors.append(f"{fn}: no truth"); continue
        t = json.load(open(tp, encoding="utf-8"))
        E = lambda msg: errors.append(f"{fn}: {msg}")
        if t["file"] != fn: E("file field differs")
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != t["sha256"]: E("sha256 mismatch")
        text, xdates, problems = extract(p)
        for pr in problems: E(pr)
        low = text.casefold()
        if t["status"] == "rejected":
            if t["entries"] or t["unit"] is not None: E("rejected with unit/entries")
            if re.search(r"38-CT/TW|Chỉ thị\s*(số\s*)?38", text): E("rejected file mentions Chỉ thị 38")
            continue
        name = t["unit"]["name"]
        if nfc(name).casefold() not in low: E(f"unit name {name!r} not found")
        date = t["document"]["date"]
        if date:
            if not any(df.casefold() in low for df in date_forms(date)) and \
               date not in {x.isoformat() for x in xdates}:
                E(f"date {date} not found")
        num = t["document"]["number"]
        if num is not None:
            if not re.search(r"Số(\s*báo cáo)?\s*:?\s*" + re.escape(nfc(num)), text): E(f"number {num!r} not found after 'Số'")
        elif re.search(r"Số\s*:\s*\d", text):
            E("number null but a 'Số: <digits>' line exists")
        for key in ("difficulties", "proposals"):
            for it in t[key]:
                if norm(it) not in text: E(f"{key} item not found: {it[:70]!r}")
        for e in t["entries"]:
            for ind, v in e["indicators"].items():
                if not has_figure(text, ind, v): E(f"{e['task']} {ind}={v} not found in any written form")
    print(f"files: {n_files} ({kinds}); truth files: {len(truths)}")
    for e in errors: print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
