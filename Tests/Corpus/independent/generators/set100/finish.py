# -*- coding: utf-8 -*-
"""Post-step: re-save two files through LibreOffice (as an office would), then write the keys
with the sha256 of the final files into truth/."""
import json, os, hashlib, subprocess, tempfile, shutil
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = {"Bao cao CT38 - So NNMT.docx": "docx", "Bieu 02 - So Du lich.xlsx": "xlsx"}
for fn, ext in RESAVE.items():
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in." + ext)
        shutil.copy(os.path.join(OUT, fn), src)
        os.makedirs(os.path.join(td, "o"))
        subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{td}/prof",
                        "--convert-to", ext, "--outdir", os.path.join(td, "o"), src],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(os.path.join(td, "o", "in." + ext), os.path.join(OUT, fn))
keys = json.load(open(os.path.join(OUT, "keys_draft.json"), encoding="utf-8"))
for fn, k in keys.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
    with open(os.path.join(OUT, "truth", fn + ".json"), "w", encoding="utf-8") as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, "keys_draft.json"))
print("wrote", len(keys), "keys")
