"""Regenerate every file of set6 and its key."""
import os, subprocess, shutil, tempfile, json
import hand_a, hand_b, hand_c, hand_d, hand_e
from common import ROOT, TRUTH, sha

for m in (hand_a, hand_b, hand_c, hand_d, hand_e):
    for name in sorted(dir(m)):
        if name.startswith('build_'):
            getattr(m, name)()

# Sở NN&MT's clerk opens and saves the report in LibreOffice Writer before sending.
fname = 'SoNNMT_KQ_CT38_2026.docx'
tmp = tempfile.mkdtemp()
subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, os.path.join(ROOT, fname)],
               check=True, capture_output=True)
shutil.move(os.path.join(tmp, fname), os.path.join(ROOT, fname))
kp = os.path.join(TRUTH, fname + '.json')
k = json.load(open(kp, encoding='utf-8')); k['sha256'] = sha(os.path.join(ROOT, fname))
json.dump(k, open(kp, 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('done')
