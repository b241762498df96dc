# -*- coding: utf-8 -*-
"""Re-save two files through LibreOffice (as offices do), then write the answer keys."""
import json, os, hashlib, subprocess, tempfile, shutil
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["SYT_bieu kem BC CT38.xlsx", "ConDao_BC_CT38.docx"]
for fn in RESAVE:
    ext = fn.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, os.path.join(OUT, fn)],
                   check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)
reps = json.load(open(os.path.join(OUT, ".reports.json")))
os.makedirs(os.path.join(OUT, "truth"), exist_ok=True)
for r in reps:
    sha = hashlib.sha256(open(os.path.join(OUT, r["file"]), "rb").read()).hexdigest()
    rej = r["rejected"]
    k = {"file": r["file"], "sha256": sha, "status": "rejected" if rej else "extracted",
         "reason": rej, "unit": r["unit"], "document": r["document"],
         "entries": r["entries"], "findings": [], "difficulties": r["difficulties"],
         "proposals": r["proposals"]}
    json.dump(k, open(os.path.join(OUT, "truth", r["file"] + ".json"), "w"), ensure_ascii=False, indent=2)
print(len(reps), "keys written")
