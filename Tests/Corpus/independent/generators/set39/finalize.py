# Re-save two files through LibreOffice (as an office would), then write truth/*.json with sha256.
import json, os, hashlib, subprocess, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["cctdc-phong-hcth-bc-ct38.docx", "ttcntt-bc-ct38.xlsx"]
keys = json.load(open(os.path.join(OUT, "keys.raw.json"), encoding="utf-8"))
tmp = tempfile.mkdtemp()
for f in RESAVE:
    ext = f.rsplit(".", 1)[1]
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, f)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for f, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, "truth", f + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "keys.raw.json"))
print("finalized", len(keys))
