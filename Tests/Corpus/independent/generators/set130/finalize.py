# -*- coding: utf-8 -*-
"""Run gen.py, re-save two files through LibreOffice, then write truth/*.json with final sha256."""
import json, os, subprocess, hashlib, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
subprocess.run(["python3", os.path.join(OUT, "gen.py")], check=True)
RESAVE = {"27169-dien-hong-kh38.docx": "docx", "26944-gia-dinh-kh38.xlsx": "xlsx"}
for fn, ext in RESAVE.items():
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
keys = json.load(open(os.path.join(OUT, "keys.pre.json"), encoding="utf-8"))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for k in keys:
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, k["file"]), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "keys.pre.json"))
print("wrote", len(keys), "keys")
