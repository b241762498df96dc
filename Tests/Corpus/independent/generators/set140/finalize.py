# Re-save two files through LibreOffice (as offices do), then write the keys with sha256 of the final files.
import json, os, subprocess, hashlib, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = {"ttpttn_bc452_ct38.docx": "docx", "25822_baubang_ct38_bc178.xlsx": "xlsx"}
for fn, fmt in RESAVE.items():
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)
keys = json.load(open(os.path.join(OUT, "truth", "_keys.tmp.json"), encoding="utf-8"))
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "truth", "_keys.tmp.json"))
print("keys written:", len(keys))
