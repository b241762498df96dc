# -*- coding: utf-8 -*-
"""Builds set143: runs the five hands, re-saves two files through LibreOffice, writes the keys."""
import os, shutil, subprocess, tempfile, glob
import gen_common as C
import gen_a, gen_b, gen_c, gen_d, gen_e

RESAVE = ['BinhGia_baocao_CT38_nam2026.docx', 'SXD_BC7804_TDC.xlsx']

def main():
    for f in glob.glob(os.path.join(C.OUT, '*.docx')) + glob.glob(os.path.join(C.OUT, '*.xlsx')) + glob.glob(os.path.join(C.TRUTH, '*.json')):
        os.remove(f)
    files = []
    for m in (gen_a, gen_b, gen_c, gen_d, gen_e):
        files += m.build()
    for fn in RESAVE:
        ext = fn.rsplit('.', 1)[1]
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, HOME=td)
            subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', td, os.path.join(C.OUT, fn)],
                           check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            shutil.move(os.path.join(td, fn), os.path.join(C.OUT, fn))
    for (fn, uid, uname, num, date, entries, diffs, props, rej) in files:
        C.write_truth(fn, uid, uname, num, date, entries, diffs, props, rejected=rej)
    print(len(files), 'files')

if __name__ == '__main__':
    main()
