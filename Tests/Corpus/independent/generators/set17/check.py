"""Reopen every file of set17 independently of the generators and check its answer key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASKS = ('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b '
         'II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b').split()
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

names = {}
for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    names[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]
for r in csv.DictReader(open('/work/shared/data/communes-2025.csv', encoding='utf-8')):
    if r['province_code'] == '79':
        names[r['code']] = [r['name']]


def norm(s):
    s = unicodedata.normalize('NFC', str(s)).lower()
    return re.sub(r'\s+', ' ', s.replace('–', '-')).strip()


def read(path):
    nums = []
    if path.endswith('.docx'):
        z = zipfile.ZipFile(path)
        parts = [n for n in z.namelist() if re.match(r'word/(document|footnotes|header\d*|footer\d*)\.xml$', n)]
        paras = []
        for n in parts:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                paras.append(''.join(t.text or '' for t in p.iter(W + 't')))
        return norm(' \n '.join(paras)), nums
    wb = openpyxl.load_workbook(path, data_only=True)
    cells = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append(float(v))
                cells.append(str(v))
    return norm(' \n '.join(cells)), nums


def forms(v):
    v = int(v)
    f = {str(v), f'{v:,}'.replace(',', '.'), f'{v:,}'.replace(',', ' ')}
    if v < 10:
        f.add(f'{v:02d}')
    if v >= 100000:
        m = v / 1e6
        ms = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        for suf in (' tr', 'tr', ' triệu'):
            f.add(ms + suf)
        if v % 1000000 == 0:
            f.add(f'{v // 1000000:,}'.replace(',', '.') + ' triệu')
    return f


def check(keyf):
    errs = []
    k = json.load(open(keyf, encoding='utf-8'))
    path = os.path.join(ROOT, k['file'])
    if os.path.basename(keyf) != k['file'] + '.json':
        errs.append('key name mismatch')
    if not os.path.exists(path):
        return ['missing file']
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256 mismatch')
    text, nums = read(path)
    if k['unit']:
        uid = k['unit']['id']
        if uid not in names:
            errs.append(f'unknown unit id {uid}')
        elif not any(norm(n) in text for n in names[uid]):
            errs.append(f'unit {uid} name not in file')
    d = k['document']
    if d['number'] and norm(d['number']) not in text:
        errs.append(f"number {d['number']} not in file")
    if d['date']:
        y, m, dd = d['date'].split('-')
        cands = [f'ngày {dd} tháng {m} năm {y}', f'ngày {int(dd)} tháng {int(m)} năm {y}', f'{dd}/{m}/{y}',
                 f'{int(dd)}/{int(m)}/{y}']
        if not any(c in text for c in cands):
            errs.append(f"date {d['date']} not in file")
    if k['status'] == 'rejected':
        if not k['reason'] or k['entries']:
            errs.append('rejected key must have reason and no entries')
        return errs
    if k['status'] != 'extracted':
        errs.append('bad status')
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS:
            errs.append(f"bad task {e['task']}")
        if e['task'] in seen:
            errs.append(f"duplicate task {e['task']}")
        seen.add(e['task'])
        if e['status'] not in STATUSES:
            errs.append(f"bad status {e['status']}")
        for ind, v in e['indicators'].items():
            if ind not in INDS:
                errs.append(f'bad indicator {ind}')
            ok = any(f in text for f in forms(v)) or any(abs(n - v) < 1e-6 or abs(n * 1e6 - v) < 1e-3 for n in nums)
            if not ok:
                errs.append(f"{e['task']} {ind}={v} not found")
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in text:
            errs.append(f'text not found: {s[:50]}')
    return errs


def main():
    keys = sorted(glob.glob(os.path.join(ROOT, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(('.docx', '.xlsx')))
    bad = 0
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print('FAIL: keys and files differ')
        bad += 1
    for kf in keys:
        errs = check(kf)
        print(('PASS ' if not errs else 'FAIL ') + os.path.basename(kf)[:-5] + ('' if not errs else ': ' + '; '.join(errs)))
        bad += bool(errs)
    print(f'{len(keys) - bad}/{len(keys)} passed')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
