# Re-save two files through LibreOffice (as an office would), then write sha256 of the final files into the keys.
import subprocess, os, shutil, hashlib, json, glob, tempfile
OUT = os.path.dirname(os.path.abspath(__file__))
for fn, fmt in [('SO-XD-9033-bc-ket-qua-kh38.docx', 'docx'), ('SO-GDDT-bc-ct38.xlsx', 'xlsx')]:
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, os.path.join(OUT, fn)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fn), os.path.join(OUT, fn))
for kf in glob.glob(os.path.join(OUT, 'truth', '*.json')):
    k = json.load(open(kf, encoding='utf-8'))
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, k['file']), 'rb').read()).hexdigest()
    json.dump(k, open(kf, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('done')
