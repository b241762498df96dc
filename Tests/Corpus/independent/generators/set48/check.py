# -*- coding: utf-8 -*-
"""Independent check of set48: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
        'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
AG = {r.split(',')[0]: r.split(',')[1] for r in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]}
CM = {}
for r in open('/work/shared/data/communes-2025.csv', encoding='utf-8').read().splitlines()[1:]:
    p = r.split(',')
    if p[3] == '79':
        CM[p[0]] = p[1]

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        paras.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(paras)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def num_forms(n):
    forms = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.'), '{:,}'.format(n).replace(',', ' ')}
    if n >= 1000000:
        m = n / 1000000
        s = ('%g' % m).replace('.', ',')
        forms |= {s + ' triệu', s + ' tr'}
    return forms

def has_num(text, n):
    for f in num_forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-'); yi, mi, di = int(y), int(m), int(d)
    f = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            f |= {f'ngày {dd} tháng {mm} năm {y}', f'{dd}/{mm}/{y}', f'{dd}-{mm}-{y}', f'{dd}.{mm}.{y}'}
    return f

errors = []
files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
if len(files) != len(keys):
    errors.append(f'{len(files)} files but {len(keys)} keys')
for kp in keys:
    k = json.load(open(kp, encoding='utf-8'))
    f = k['file']
    path = os.path.join(HERE, f)
    if not os.path.exists(path):
        errors.append(f'{kp}: file {f} missing'); continue
    if f + '.json' != os.path.basename(kp):
        errors.append(f'{kp}: key name does not match file')
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    if sha != k['sha256']:
        errors.append(f'{f}: sha256 mismatch')
    text = norm(docx_text(path) if f.endswith('.docx') else xlsx_text(path))
    low = text.casefold()
    # unit
    uid, uname = k['unit']['id'], k['unit']['name']
    official = AG.get(uid) or CM.get(uid)
    if official != uname:
        errors.append(f'{f}: unit name {uname!r} != official {official!r}')
    short = re.sub(r'\s*Thành phố Hồ Chí Minh$', '', uname)
    short = re.sub(r'^Văn phòng Sở.*', 'Văn phòng', short)
    if short.casefold() not in low:
        errors.append(f'{f}: unit name {short!r} not in file')
    # document
    num = k['document']['number']
    if num and num not in text:
        errors.append(f'{f}: number {num} not in file')
    if k['document']['date'] and not any(df.casefold() in low for df in date_forms(k['document']['date'])):
        errors.append(f'{f}: date {k["document"]["date"]} not in file')
    if k['status'] == 'rejected':
        if k['entries'] or not k['reason']:
            errors.append(f'{f}: rejected key must have reason and no entries')
        continue
    if k['status'] != 'extracted':
        errors.append(f'{f}: bad status')
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS:
            errors.append(f'{f}: bad task {e["task"]}')
        if e['task'] in seen:
            errors.append(f'{f}: duplicate task {e["task"]}')
        seen.add(e['task'])
        if e['status'] not in STATUSES:
            errors.append(f'{f}: bad status {e["status"]}')
        for ind, v in e['indicators'].items():
            if ind not in INDS:
                errors.append(f'{f}: bad indicator {ind}')
            if not isinstance(v, int):
                errors.append(f'{f}: indicator {ind} not int')
            elif not has_num(text, v):
                errors.append(f'{f}: {e["task"]} {ind}={v} not found in file')
        # the passage text should be traceable: its first 25 chars appear
        if re.split(r' – |: ', norm(e['text']))[0][:25].casefold() not in low:
            errors.append(f'{f}: entry text for {e["task"]} not found')
    for s in k['difficulties'] + k['proposals']:
        if norm(s).casefold() not in low:
            errors.append(f'{f}: item not found: {s[:60]}')
    print(f'ok  {f}: {len(k["entries"])} entries' if not any(x.startswith(f + ':') for x in errors) else f'ERR {f}')

if errors:
    print('\n'.join(errors)); sys.exit(1)
print(f'check.py: all {len(keys)} files pass')
