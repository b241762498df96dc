# -*- coding: utf-8 -*-
"""Re-save two files through LibreOffice (as an office would), then write truth/*.json with the final sha256."""
import hashlib, json, os, shutil, subprocess, tempfile
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESAVE = ["26566_LongHuong_BC CT38 nam 2026.docx", "26732_ConDao_BC CT38 2026.xlsx"]
tmp = tempfile.mkdtemp()
for f in RESAVE:
    ext = f.rsplit(".", 1)[1]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/prof", "--convert-to", ext,
                    "--outdir", tmp + "/out", os.path.join(OUT, f)], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, "out", f), os.path.join(OUT, f))
keys = json.load(open(os.path.join(OUT, ".build", "_keys.json"), encoding="utf-8"))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for fname, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", fname + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print("truth written", len(keys))
