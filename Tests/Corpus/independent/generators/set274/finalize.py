# -*- coding: utf-8 -*-
"""Re-save the files marked libre=True through LibreOffice (as a real office would), then write sha256 into truth."""
import hashlib, json, os, shutil, subprocess, tempfile
from data import FILES
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # files live in set274/, scripts in set274/src/
for f in FILES:
    p = os.path.join(OUT, f["file"])
    if f.get("libre"):
        tmp = tempfile.mkdtemp()
        ext = f["kind"]
        subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, p], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, os.listdir(tmp)[0]), p)
        shutil.rmtree(tmp)
    tp = os.path.join(OUT, "truth", f["file"] + ".json")
    t = json.load(open(tp, encoding="utf-8"))
    t["sha256"] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    json.dump(t, open(tp, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
    print(t["sha256"][:12], f["file"])
