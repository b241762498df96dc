# Re-save two files through LibreOffice (as offices do), then write truth/<file>.json with sha256.
import json, os, hashlib, subprocess, shutil, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
RESAVE = ['SoCongThuong_BC_CT38_2026.docx', 'SXD_TongHop_CT38_nam2026.xlsx']
for f in RESAVE:
    tmp = tempfile.mkdtemp()
    ext = f.rsplit('.', 1)[1]
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, os.path.join(OUT, f)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, f), os.path.join(OUT, f))
    shutil.rmtree(tmp)
keys = json.load(open(os.path.join(OUT, 'truth', '_draft_keys.json'), encoding='utf-8'))
for f, k in keys.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, f), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(OUT, 'truth', f + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
os.remove(os.path.join(OUT, 'truth', '_draft_keys.json'))
print('keys written:', len(keys))
