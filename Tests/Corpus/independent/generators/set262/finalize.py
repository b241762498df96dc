# -*- coding: utf-8 -*-
"""Run after gen.py: re-save two files through LibreOffice (as an office would), then write truth/*.json with sha256 of the FINAL files."""
import json, os, hashlib, shutil, subprocess, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = [('bc-kq-ct38-chicuc-tdc.docx', 'docx'), ('TTPT_BC CT38_T10.2026.xlsx', 'xlsx')]
for name, fmt in RESAVE:
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'in.' + fmt)
    shutil.copy(os.path.join(OUT, name), src)
    od = os.path.join(tmp, 'out')
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof',
                    '--convert-to', fmt, '--outdir', od, src], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(od, 'in.' + fmt), os.path.join(OUT, name))
    shutil.rmtree(tmp)
keys = json.load(open(os.path.join(OUT, '_keys_draft.json'), encoding='utf-8'))
for k in keys:
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, k['file']), 'rb').read()).hexdigest()
    with open(os.path.join(OUT, 'truth', k['file'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, '_keys_draft.json'))
print('wrote', len(keys), 'keys')
