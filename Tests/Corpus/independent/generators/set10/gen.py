import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h1_narrative, h2_subunits, h3_codes, h4_letters, h5_form
for m in (h1_narrative, h2_subunits, h3_codes, h4_letters, h5_form):
    m.run()
from common import KEYS
print(len(KEYS), 'files')

# Some users re-save through LibreOffice: do it for two files, then refresh their keys' sha256.
import subprocess, tempfile, shutil, json
from common import ROOT, sha
for fn, flt in (('BC 38 SNNMT nam 2026 (gui SKHCN).docx', 'docx:MS Word 2007 XML'),
                ('ChanhHiep_BC_CT38_thang10.xlsx', 'xlsx:Calc MS Excel 2007 XML')):
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmp}/prof', '--convert-to', flt,
                    '--outdir', tmp + '/out', os.path.join(ROOT, fn)], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, 'out', fn), os.path.join(ROOT, fn)); shutil.rmtree(tmp)
    kp = os.path.join(ROOT, 'truth', fn + '.json'); k = json.load(open(kp, encoding='utf-8'))
    k['sha256'] = sha(os.path.join(ROOT, fn)); json.dump(k, open(kp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('resaved 2 files via LibreOffice')
