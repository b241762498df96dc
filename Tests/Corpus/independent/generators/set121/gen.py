# Generator for set121: builds the files then re-saves two through LibreOffice, then writes the keys.
import os, shutil, subprocess, tempfile, glob
from common import write_truth
import gen_h1, gen_h2, gen_h3, gen_h4
FOLDER = os.path.dirname(os.path.abspath(__file__))
RESAVE = {"VPS_BC phoi hop KH CT38 2026.docx": "docx", "TTPTTN_Bieu so lieu kem BC 214.xlsx": "xlsx"}

def resave(fn, ext):
    src = os.path.join(FOLDER, fn)
    with tempfile.TemporaryDirectory() as td:
        tmp_in = os.path.join(td, "in"); os.makedirs(tmp_in)
        shutil.copy(src, os.path.join(tmp_in, fn))
        out = os.path.join(td, "out")
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + td + "/prof",
                        "--convert-to", ext, "--outdir", out, os.path.join(tmp_in, fn)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copy(os.path.join(out, fn), src)

def main():
    for old in glob.glob(os.path.join(FOLDER, "*.docx")) + glob.glob(os.path.join(FOLDER, "*.xlsx")):
        os.remove(old)
    keys = []
    for mod in (gen_h1, gen_h2, gen_h3, gen_h4):
        for f in mod.FILES:
            keys.append(f(FOLDER))
    for fn, ext in RESAVE.items():
        resave(fn, ext)
    shutil.rmtree(os.path.join(FOLDER, "truth"), ignore_errors=True)
    for fn, key in keys:
        write_truth(FOLDER, fn, key)
    print(len(keys), "files")

if __name__ == "__main__":
    main()
