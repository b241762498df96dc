# -*- coding: utf-8 -*-
"""Re-save two files through LibreOffice (as real offices do), then write sha256 into the keys."""
import hashlib, json, os, shutil, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
RESAVE = ["UBND_P.BinhDuong_BC_TDC_2026.xlsx", "TangNhonPhu_BC_TDC_nam2026.docx"]
tmp = tempfile.mkdtemp()
for f in RESAVE:
    ext = f.rsplit(".", 1)[1]
    subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to", ext, "--outdir", tmp, os.path.join(HERE, f)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, f), os.path.join(HERE, f))
for k in os.listdir(os.path.join(HERE, "truth")):
    p = os.path.join(HERE, "truth", k)
    t = json.load(open(p, encoding="utf-8"))
    t["sha256"] = hashlib.sha256(open(os.path.join(HERE, t["file"]), "rb").read()).hexdigest()
    json.dump(t, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
shutil.rmtree(tmp, ignore_errors=True)
print("finalized")
