# Generator for set117. Run: python3 gen.py
import os, subprocess, shutil, tempfile, glob
from gen_common import OUT, TRUTH, write_truth
from gen_h1_h3_h5 import H1, H3, H5, render_h1, render_h3, render_h5, h3_tasks
from gen_h2_h4 import H2, H4, render_h2, render_h4, h2_tasks

os.makedirs(TRUTH, exist_ok=True)
for f in glob.glob(os.path.join(OUT, '*.docx')) + glob.glob(os.path.join(OUT, '*.xlsx')) + glob.glob(os.path.join(TRUTH, '*.json')):
    os.remove(f)

def lo_resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, 'in.' + ext)
    shutil.copy(path, src)
    outd = os.path.join(tmp, 'out')
    subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', outd, src],
                   check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(outd, 'in.' + ext), path)
    shutil.rmtree(tmp)

# H4 sanity: keyed figures equal the sum of the month cells
SCALE = {'tỷ đồng': 1e9, 'triệu đồng': 1e6}
IND_OF = {'Kinh phí đã giải ngân': 'budget_spent_vnd'}
for rep in H4:
    for t in rep['tasks']:
        tot = [round(sum(m.values()) * SCALE.get(dvt, 1)) for (_, dvt, m, _) in t['rows']]
        for k, v in t['ind'].items():
            assert v in tot, (rep['file'], t['task'], k, v, tot)

jobs = [(r, render_h1, lambda r: r['tasks']) for r in H1] + \
       [(r, render_h2, h2_tasks) for r in H2] + \
       [(r, render_h3, h3_tasks) for r in H3] + \
       [(r, render_h4, lambda r: r['tasks']) for r in H4] + \
       [(r, render_h5, lambda r: r['tasks']) for r in H5]
RESAVE = {'BinhTan-CT38-2026.docx'} | {r['file'] for r in H4}
for rep, fn, tasks in jobs:
    path = os.path.join(OUT, rep['file'])
    fn(rep, path)
    if rep['file'] in RESAVE:
        lo_resave(path)
    rep['tasks'] = tasks(rep)
    write_truth(rep, path)
    print('ok', rep['file'])
