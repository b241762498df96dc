# Independent re-check of set182 files against truth keys (zip+XML for DOCX, openpyxl for XLSX).
import json, hashlib, os, re, sys, zipfile, glob, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))

def text_of(path):
    if path.endswith(".docx"):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.startswith("word/") and n.endswith(".xml"):
                x = z.read(n).decode("utf8")
                x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:(br|tab)[^>]*/>", " ", x)
                out.append(re.sub(r"<[^>]+>", "", x))
        t = "\n".join(out)
    else:
        wb = openpyxl.load_workbook(path); out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None: continue
                    v = c.value
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        v = int(v) if float(v).is_integer() else v
                        out.append(str(v)); out.append(f"{v:,}".replace(",", "."))
                    else: out.append(str(v))
        t = "\n".join(out)
    t = t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'")
    return unicodedata.normalize("NFC", t)

def forms(n, money):
    f = {str(n), f"{n:,}".replace(",", "."), f"{n:02d}"}
    if money and n % 100000 == 0:
        m = n / 1e6
        f.add((f"{m:g}".replace(".", ",")) + " triệu")
    return f

def nums_in(t):
    return set(re.findall(r"\d[\d.]*(?:,\d+)?(?: triệu)?", t))

def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(D, "truth", "*.json")))
    for k in keys:
        j = json.load(open(k)); p = os.path.join(D, j["file"])
        err = []
        if hashlib.sha256(open(p, "rb").read()).hexdigest() != j["sha256"]: err.append("sha256")
        t = text_of(p); flat = re.sub(r"\s+", " ", t)
        if j["unit"]["name"].upper() not in flat.upper(): err.append("unit name")
        y, m, d = j["document"]["date"].split("-")
        if not (f"ngày {d} tháng {m} năm {y}" in flat or f"{d}/{m}/{y}" in flat): err.append("date")
        if j["document"]["number"] and j["document"]["number"] not in flat: err.append("number")
        toks = nums_in(flat)
        for e in j["entries"]:
            for ind, v in e["indicators"].items():
                if not (forms(v, ind.endswith("_vnd")) & toks): err.append(f"figure {e['task']} {ind}={v}")
        for s in j["difficulties"] + j["proposals"]:
            if re.sub(r"\s+", " ", s) not in flat: err.append("text: " + s[:40])
        if j["status"] == "rejected" and j["entries"]: err.append("rejected with entries")
        print(("OK  " if not err else "BAD ") + j["file"], "; ".join(err)); bad += bool(err)
    n = len([f for f in os.listdir(D) if f.endswith((".docx", ".xlsx"))])
    if n != len(keys): print("file/key count mismatch", n, len(keys)); bad += 1
    print("PASS" if not bad else f"FAIL {bad}"); sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
