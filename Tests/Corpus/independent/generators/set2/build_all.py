"""Build every set2 report, re-save a few through LibreOffice, then write the truth files."""
import glob, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
from common import OUT, nfc

for p in glob.glob(os.path.join(OUT, '*.docx')) + glob.glob(os.path.join(OUT, '*.xlsx')) + glob.glob(os.path.join(OUT, 'truth', '*.json')):
    os.remove(p)

import h1_departments, h2_chicuc, h3_phong, h4_excel, mistaken
resave = []
for m in (h1_departments, h2_chicuc, h3_phong, h4_excel, mistaken):
    resave += m.build() or []

# an officer opening the draft in LibreOffice Writer and saving it as .docx again
prof = tempfile.mkdtemp(prefix='lo_profile_')
for fn in resave:
    src = os.path.join(OUT, nfc(fn))
    tmp = tempfile.mkdtemp(prefix='lo_out_')
    subprocess.run(['soffice', f'-env:UserInstallation=file://{prof}', '--headless', '--convert-to', 'docx',
                    '--outdir', tmp, src], check=True, capture_output=True, timeout=180)
    out = os.path.join(tmp, os.path.basename(src))
    assert os.path.exists(out), out
    shutil.move(out, src)
    print('re-saved via LibreOffice:', fn)

common.write_truths()
print(len(common.TRUTHS), 'files')
