# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify its key."""
import json, os, re, sys, zipfile, hashlib, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r"word/(document|header\d*|footer\d*|footnotes)\.xml$", n):
                x = z.read(n).decode("utf-8")
                x = re.sub(r"</w:p>", "\n", x); x = re.sub(r"<w:tab/>", "\t", x); x = re.sub(r"<w:br/>", "\n", x)
                x = re.sub(r"<[^>]+>", "", x)
                out.append(x.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'"))
    return "\n".join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return "\n".join(out)

def forms(v, money):
    v = int(v); f = {str(v), f"{v:02d}", f"{v:,}".replace(",", ".")}
    if money:
        if v % 1000000 == 0 or v % 100000 == 0:
            t = v / 1e6; s = (f"{t:.2f}".rstrip("0").rstrip(".")).replace(".", ",")
            f |= {s + " triệu"}
        if v >= 10**9:
            t = v / 1e9; s = (f"{t:.3f}".rstrip("0").rstrip(".")).replace(".", ",")
            f |= {s + " tỷ"}
    return f

def has(text, form):
    return re.search(r"(?<![\d.,])" + re.escape(form) + r"(?![\d])", text) is not None

bad = 0; n = 0
for kp in sorted(glob.glob(os.path.join(D, "truth", "*.json"))):
    k = json.load(open(kp, encoding="utf-8")); p = os.path.join(D, k["file"]); n += 1
    errs = []
    if not os.path.exists(p): errs.append("missing file"); print(k["file"], errs); bad += 1; continue
    if hashlib.sha256(open(p, "rb").read()).hexdigest() != k["sha256"]: errs.append("sha256")
    t = docx_text(p) if p.endswith(".docx") else xlsx_text(p)
    t = unicodedata.normalize("NFC", t); low = t.lower()
    name = k["unit"]["name"]
    short = name.split(" ", 1)[1] if name.split(" ", 1)[0] in ("Phường", "Xã") else name
    if name.lower() not in low and (short.lower() not in low): errs.append("unit name")
    y, m, d = k["document"]["date"].split("-")
    dforms = [f"ngày {d} tháng {m} năm {y}", f"ngày {int(d)} tháng {int(m)} năm {y}", f"{d}/{m}/{y}", f"{int(d)}/{int(m)}/{y}"]
    if not any(x in t for x in dforms): errs.append("date")
    if k["document"]["number"] and k["document"]["number"] not in t: errs.append("number")
    for e in k["entries"]:
        for ind, v in e["indicators"].items():
            if not any(has(t, f) for f in forms(v, ind.endswith("_vnd"))): errs.append(f"{e['task']} {ind}={v}")
        if e["status"] not in ("completed", "in_progress", "not_started", "not_applicable", "unknown"): errs.append("status value")
    for s in k["difficulties"] + k["proposals"]:
        if s not in t: errs.append("text: " + s[:40])
    if k["status"] == "rejected" and (k["entries"] or not k["reason"]): errs.append("rejected shape")
    if errs: bad += 1; print("FAIL", k["file"], errs)
    else: print("ok  ", k["file"])
print(f"{n} keys, {bad} failing"); sys.exit(1 if bad else 0)
