# Re-save two files through LibreOffice (as real offices do), then write sha256 into the keys.
import hashlib, json, os, shutil, subprocess, tempfile
HERE = os.path.dirname(os.path.abspath(__file__))
RESAVE = [("SGDDT_BaoCao_CT38.docx", "docx"), ("STC_theo-doi-KP-nhiem-vu-CT38.xlsx", "xlsx")]
for fn, fmt in RESAVE:
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in_" + fn)
        shutil.copy(os.path.join(HERE, fn), src)
        out = os.path.join(td, "out")
        subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", out, src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(out, "in_" + fn), os.path.join(HERE, fn))
for jf in sorted(os.listdir(os.path.join(HERE, "truth"))):
    p = os.path.join(HERE, "truth", jf)
    k = json.load(open(p, encoding="utf-8"))
    k["sha256"] = hashlib.sha256(open(os.path.join(HERE, k["file"]), "rb").read()).hexdigest()
    json.dump(k, open(p, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok")
