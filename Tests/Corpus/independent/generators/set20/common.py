import hashlib, json, os, re, zipfile, shutil, subprocess, tempfile, csv

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRUTH = os.path.join(ROOT, "truth")

_AG = {r["id"]: r["name"] for r in csv.DictReader(open("/work/shared/data/agencies.csv", encoding="utf-8"))}
_CM = {}
for r in csv.DictReader(open("/work/shared/data/communes-2025.csv", encoding="utf-8")):
    if r["province_code"] == "79":
        _CM[r["code"]] = r["name"]


def unit_name(uid):
    return _AG.get(uid) or _CM[uid]


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def write_key(fname, uid, number, date, entries, difficulties=(), proposals=(), rejected=None):
    path = os.path.join(ROOT, fname)
    key = {
        "file": fname,
        "sha256": sha(path),
        "status": "rejected" if rejected else "extracted",
        "reason": rejected,
        "unit": {"id": uid, "name": unit_name(uid)} if uid else None,
        "document": {"number": number, "date": date},
        "entries": [] if rejected else [
            {"task": e["task"], "status": e["status"], "indicators": e.get("ind", {}),
             "text": e.get("text", ""), "source": e.get("source", "")} for e in entries],
        "difficulties": list(difficulties) if not rejected else [],
        "proposals": list(proposals) if not rejected else [],
        "findings": [],
    }
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)


def vn(n):
    """1250000 -> '1.250.000'"""
    return f"{n:,}".replace(",", ".")


def patch_zip(path, edits):
    """edits: dict member -> function(str)->str, or member -> str (new content)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        names = zin.namelist()
        for n in names:
            data = zin.read(n)
            if n in edits:
                e = edits[n]
                data = (e(data.decode("utf-8")) if callable(e) else e).encode("utf-8")
            zout.writestr(n, data)
        for n, e in edits.items():
            if n not in names:
                zout.writestr(n, e if isinstance(e, str) else e(""))
    os.replace(tmp, path)


def lo_resave(path, kind):
    """Re-save through LibreOffice as a Calc/Writer user would."""
    d = tempfile.mkdtemp()
    filt = {"xlsx": 'xlsx:Calc MS Excel 2007 XML', "docx": 'docx:MS Word 2007 XML'}[kind]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{d}/prof",
                    "--convert-to", filt, "--outdir", d + "/out", path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(d, "out", os.path.basename(path))
    shutil.move(out, path)
    shutil.rmtree(d, ignore_errors=True)
