# -*- coding: utf-8 -*-
"""Run after gen.py: re-save two files through LibreOffice, then write truth/<file>.json with sha256 of final files."""
import json, os, hashlib, subprocess, shutil, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
RESAVE = ["267-so-yte-phucdap-kh38.docx", "267-p-hoaloi-bao-cao-tdc.xlsx"]
tmp = tempfile.mkdtemp()
for f in RESAVE:
    ext = f.rsplit(".", 1)[1]
    subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, f)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
keys = json.load(open(os.path.join(OUT, "truth", "_draft.json"), encoding="utf-8"))
for k in keys:
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, k["file"]), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", k["file"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "truth", "_draft.json"))
print("keys written:", len(keys))
