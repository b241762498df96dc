# Regenerate everything: python3 run_all.py  (then python3 check.py)
import os, sys, subprocess, tempfile, shutil, json, glob
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import OUT, TRUTH, sha
import gen_h1, gen_h2, gen_h3, gen_h4, gen_h5, gen_mistaken
for f in glob.glob(os.path.join(OUT, '*.docx')) + glob.glob(os.path.join(OUT, '*.xlsx')) + glob.glob(os.path.join(TRUTH, '*.json')):
    os.remove(f)
gen_h1.main(); gen_h2.main(); gen_h3.main(); gen_h4.run(); gen_h5.main(); gen_mistaken.vhtt(); gen_mistaken.stc()

# Two users open and re-save their Word file in LibreOffice before sending.
RESAVE = ['SGDDT_BC_CT38_nam2026.docx', 'SYT_BCTT_CT38_2026.docx']
tmp = tempfile.mkdtemp()
for fn in RESAVE:
    src = os.path.join(OUT, fn)
    subprocess.run(['nice', '-n', '10', 'soffice', '--headless', '-env:UserInstallation=file://%s/prof' % tmp, '--convert-to', 'docx:MS Word 2007 XML',
                    '--outdir', os.path.join(tmp, 'out'), src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, 'out', fn), src)
    kp = os.path.join(TRUTH, os.path.splitext(fn)[0] + '.json')
    k = json.load(open(kp, encoding='utf-8')); k['sha256'] = sha(src)
    json.dump(k, open(kp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
shutil.rmtree(tmp)
print('files:', len(glob.glob(os.path.join(OUT, '*.docx'))), 'docx,', len(glob.glob(os.path.join(OUT, '*.xlsx'))), 'xlsx;', len(glob.glob(os.path.join(TRUTH, '*.json'))), 'keys')
