# -*- coding: utf-8 -*-
"""Re-save two files through LibreOffice (as an office would), then write truth/*.json with sha256 of the FINAL files."""
import json, os, hashlib, subprocess, shutil, tempfile
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # scripts live in setN/.build
RESAVE = {'26956-ThanhMyTay-BC-CT38.docx': 'docx', '27418_ChanhHung_BC_CT38_T11.xlsx': 'xlsx'}
tmp = tempfile.mkdtemp()
for f, ext in RESAVE.items():
    src = os.path.join(OUT, f)
    sub = os.path.join(tmp, 'in'); os.makedirs(sub, exist_ok=True)
    shutil.copy(src, os.path.join(sub, f))
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmp + '/prof',
                    '--convert-to', ext, '--outdir', os.path.join(tmp, 'out'), os.path.join(sub, f)],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, 'out', f), src)
keys = json.load(open(os.path.join(OUT, '.keys_draft.json'), encoding='utf-8'))
for f, k in keys.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
    with open(os.path.join(OUT, 'truth', f + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, '.keys_draft.json'))
shutil.rmtree(tmp)
print('finalized', len(keys))
