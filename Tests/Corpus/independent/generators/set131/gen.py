# -*- coding: utf-8 -*-
"""Generator for set131: builds the 16 files, re-saves two through LibreOffice, writes keys."""
import os, subprocess, shutil, glob
import gen_common as C
import gen_h1, gen_h2, gen_h3, gen_h4, gen_h5

for f in glob.glob(os.path.join(C.OUT, "*.docx")) + glob.glob(os.path.join(C.OUT, "*.xlsx")):
    os.remove(f)
for m in (gen_h1, gen_h2, gen_h3, gen_h4, gen_h5):
    m.run()

# real offices: two files opened and saved again in LibreOffice
LO = ["SXD_BaoCao_TK2026.docx", "TTPTTN_so lieu ca nam 2026.xlsx"]
tmp = "/tmp/lo131"
shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
for fn in LO:
    ext = fn.rsplit(".", 1)[1]
    subprocess.run(["/usr/lib/libreoffice/program/soffice", "--headless", "-env:UserInstallation=file:///tmp/lo131_profile",
                    "--convert-to", ext, "--outdir", tmp, os.path.join(C.OUT, fn)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, fn), os.path.join(C.OUT, fn))
C.write_keys()
print(len(C.KEYS), "files keyed")
