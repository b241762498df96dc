# -*- coding: utf-8 -*-
"""Generator for set141: builds all report files, re-saves one through LibreOffice, writes keys."""
import os, json, hashlib, subprocess, shutil, tempfile, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_a import FILES_A, build_a
from gen_b import FILES_B, build_b
from gen_c import FILES_C, build_c
from gen_xl import FILES_D, build_d, FILES_E, build_e

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
LO_RESAVE = {'TTPT_bao_cao_CT38.docx'}

REJECT_REASON = {
 'SDL_BC_9thang_2026.docx': 'Không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: Sở Du lịch gửi nhầm báo cáo kết quả chuyển đổi số ngành du lịch 9 tháng năm 2026.',
 'BinhChau_BC_9thang.xlsx': 'Không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW: xã gửi nhầm báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026.',
}

def lo_resave(path):
    td = tempfile.mkdtemp()
    ext = path.rsplit('.', 1)[1]
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + td + '/prof', '--convert-to', ext, '--outdir', td + '/o', path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(td, 'o', os.path.basename(path)), path)
    shutil.rmtree(td)

def main():
    os.makedirs(TRUTH, exist_ok=True)
    jobs = [(s, build_a) for s in FILES_A] + [(s, build_b) for s in FILES_B] + [(s, build_c) for s in FILES_C] + \
           [(s, build_d) for s in FILES_D] + [(s, build_e) for s in FILES_E]
    for spec, fn in jobs:
        path = os.path.join(OUT, spec['fname'])
        entries = fn(spec, path)
        if spec['fname'] in LO_RESAVE:
            lo_resave(path)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        rej = spec['fname'] in REJECT_REASON
        key = {
            'file': spec['fname'], 'sha256': sha,
            'status': 'rejected' if rej else 'extracted',
            'reason': REJECT_REASON.get(spec['fname']),
            'unit': {'id': spec['uid'], 'name': spec['uname']},
            'document': {'number': spec['number'], 'date': spec['date']},
            'entries': [] if rej else entries,
            'findings': [],
            'difficulties': [] if rej else spec['diffs'],
            'proposals': [] if rej else spec['props'],
        }
        with open(os.path.join(TRUTH, spec['fname'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
        print('built', spec['fname'], 'rejected' if rej else len(entries))

if __name__ == '__main__':
    main()
