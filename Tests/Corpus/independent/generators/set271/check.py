"""Reopen every final file independently of gen.py and verify its key."""
import hashlib, json, os, glob, re, sys, zipfile, unicodedata
import openpyxl
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", n):
            x = z.read(n).decode("utf-8")
            for p in re.findall(r"<w:p[ >].*?</w:p>", x, flags=re.S):
                t = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p))
                t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
                out.append(t)
    return "\n".join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return "\n".join(out)


def forms(n):
    n = int(n)
    f = {str(n), "%02d" % n, "{:,}".format(n).replace(",", "."), "{:,}".format(n)}
    if n >= 1000000:
        m = n / 1e6
        s = ("%g" % m).replace(".", ",")
        f |= {s + " triệu", s + "tr"}
        if n % 1000000:
            f.add("%dtr%s" % (n // 1000000, str(n % 1000000 // 100000)))
    return f


def has_number(text, n):
    for fm in forms(n):
        if re.search(r"(?<![\d.,])" + re.escape(fm) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().lower()


errors = 0
keys = sorted(glob.glob(os.path.join(D, "truth", "*.json")))
files = sorted(f for f in os.listdir(D) if f.endswith((".docx", ".xlsx")))
if sorted(os.path.basename(k)[:-5] for k in keys) != files:
    print("MISMATCH files/keys"); errors += 1
for kp in keys:
    k = json.load(open(kp, encoding="utf-8"))
    fn = k["file"]; path = os.path.join(D, fn)
    errs = []
    if hashlib.sha256(open(path, "rb").read()).hexdigest() != k["sha256"]:
        errs.append("sha256")
    text = docx_text(path) if fn.endswith(".docx") else xlsx_text(path)
    nt = norm(text)
    if k["unit"] and norm(k["unit"]["name"]) not in nt:
        errs.append("unit name not found: " + k["unit"]["name"])
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt:
        errs.append("number not found")
    if k["document"]["date"]:
        y, m, d = k["document"]["date"].split("-")
        pats = ["ngày %s tháng %s năm %s" % (dd, mm, y) for dd in {d, str(int(d))} for mm in {m, str(int(m))}]
        pats += ["%s/%s/%s" % (dd, mm, y) for dd in {d, str(int(d))} for mm in {m, str(int(m))}]
        if not any(p in nt for p in pats):
            errs.append("date not found")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not has_number(text, v):
                errs.append("figure %s %s=%s not found" % (e["task"], ind, v))
    for x in k["difficulties"] + k["proposals"]:
        if norm(x) not in nt:
            errs.append("item not found: " + x[:50])
    if k["status"] == "rejected" and k["entries"]:
        errs.append("rejected with entries")
    print(("OK   " if not errs else "FAIL ") + fn + ("" if not errs else "\n     " + "\n     ".join(errs)))
    errors += len(errs)
print("errors:", errors)
sys.exit(1 if errors else 0)
