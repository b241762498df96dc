# -*- coding: utf-8 -*-
"""Re-save the 'lo' files through LibreOffice (as an office would), then write sha256 into the keys. Run last."""
import hashlib, json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import FILES
OUT = os.path.dirname(os.path.abspath(__file__))
if "--lo" in sys.argv:
    for f in FILES:
        if f.get("lo"):
            ext = f["fname"].rsplit(".", 1)[1]
            tmp = tempfile.mkdtemp()
            for attempt in range(3):
                r = subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp,
                                    os.path.join(OUT, f["fname"])], capture_output=True)
                if r.returncode == 0 and os.path.exists(os.path.join(tmp, f["fname"])):
                    break
            shutil.move(os.path.join(tmp, f["fname"]), os.path.join(OUT, f["fname"]))
            print("re-saved", f["fname"])
for f in FILES:
    p = os.path.join(OUT, "truth", f["fname"] + ".json")
    k = json.load(open(p, encoding="utf-8"))
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f["fname"]), "rb").read()).hexdigest()
    json.dump(k, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("sha256 written")
