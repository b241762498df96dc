# -*- coding: utf-8 -*-
"""Generator for set137: builds every report, re-saves two through LibreOffice, writes keys."""
import os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common, gen_a, gen_b, gen_c, gen_d, gen_e

RESAVE = ["26842_TangNhonPhu_BC_CT38.docx", "26596-ChauDuc-bao-cao-CT38.xlsx"]


def lo_resave(fname):
    src = os.path.join(common.OUT, fname)
    ext = fname.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    prof = tempfile.mkdtemp()
    subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", ext,
                    "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)


if __name__ == "__main__":
    for m in (gen_a, gen_b, gen_c, gen_d, gen_e):
        m.build()
    for f in RESAVE:
        lo_resave(f)
    common.write_keys()
    print(len(common.KEYS), "files")
