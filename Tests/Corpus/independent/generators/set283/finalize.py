# -*- coding: utf-8 -*-
"""Re-save two files through LibreOffice (as offices do), then write sha256 of every FINAL file into its key."""
import hashlib, json, os, shutil, subprocess, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = [("SYT 8841 bao cao CT38.xlsx", "xlsx"), ("BaoCao_CT38_XaBauLam.docx", "docx")]
for fn, ext in RESAVE:
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", tmp + "/o", os.path.join(OUT, fn)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, "o", fn), os.path.join(OUT, fn))
    shutil.rmtree(tmp)
for kf in sorted(os.listdir(os.path.join(OUT, "truth"))):
    p = os.path.join(OUT, "truth", kf)
    k = json.load(open(p, encoding="utf-8"))
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, k["file"]), "rb").read()).hexdigest()
    json.dump(k, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print("ok")
