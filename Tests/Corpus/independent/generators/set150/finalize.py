# Re-save two files through LibreOffice (as offices do), then write truth/<file>.json with the final sha256.
import json, os, hashlib, subprocess, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["CCTDC_BC1386_CT38_2026.docx", "HoaHiep_CT38_T10.xlsx"]
for fn in RESAVE:
    tmp = tempfile.mkdtemp()
    ext = fn.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/prof", "--convert-to", ext,
                    "--outdir", tmp, os.path.join(OUT, fn)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)
keys = json.load(open(os.path.join(OUT, "truth", "_draft_keys.json"), encoding="utf-8"))
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "truth", "_draft_keys.json"))
print("keys written:", len(keys))
