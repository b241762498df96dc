# -*- coding: utf-8 -*-
"""Build every file of set252, re-save two through LibreOffice, then write the keys (sha256 last)."""
import os, glob, shutil, subprocess, tempfile
import common, gen_h1, gen_h2, gen_h3, gen_h4, gen_h5

for f in glob.glob(os.path.join(common.OUT, "*.docx")) + glob.glob(os.path.join(common.OUT, "*.xlsx")):
    os.remove(f)
for m in (gen_h1, gen_h2, gen_h3, gen_h4, gen_h5):
    m.build()

# real offices: two files opened and saved again in LibreOffice
LO = [("ChoLon_287-BC-UBND.docx", "docx:MS Word 2007 XML"), ("TanSonNhat_CT38_2026.xlsx", "xlsx:Calc MS Excel 2007 XML")]
for name, filt in LO:
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp}/prof",
                    "--convert-to", filt, "--outdir", tmp + "/out", os.path.join(common.OUT, name)],
                   check=True, capture_output=True, timeout=180)
    shutil.copyfile(os.path.join(tmp, "out", name), os.path.join(common.OUT, name))
    shutil.rmtree(tmp, ignore_errors=True)

common.write_keys()
print(len(common.KEYS), "files")
