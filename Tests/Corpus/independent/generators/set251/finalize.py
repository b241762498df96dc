# -*- coding: utf-8 -*-
"""Re-save two files through LibreOffice (as real offices do), then write each key's sha256 (last step)."""
import hashlib, json, os, shutil, subprocess, sys
OUT = os.path.dirname(os.path.abspath(__file__))
TMP = '/tmp/lo_set251'
RESAVE = [('NgaiGiao_BC KH38 2026.xlsx', 'xlsx'), ('BauBang_BC CT38.docx', 'docx')]
if '--no-resave' not in sys.argv:
    os.makedirs(TMP, exist_ok=True)
    for fn, ext in RESAVE:
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file:///tmp/lo_set251_profile',
                        '--convert-to', ext, '--outdir', TMP, os.path.join(OUT, fn)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(os.path.join(TMP, fn), os.path.join(OUT, fn))
for fn in sorted(os.listdir(os.path.join(OUT, 'truth'))):
    p = os.path.join(OUT, 'truth', fn)
    k = json.load(open(p, encoding='utf-8'))
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, k['file']), 'rb').read()).hexdigest()
    json.dump(k, open(p, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('done')
