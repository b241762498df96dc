# -*- coding: utf-8 -*-
"""Independent check: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(p):
    z = zipfile.ZipFile(p)
    root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for para in root.iter(W + 'p'):
        # accepted view: w:t counts (incl. inside w:ins), w:delText does not
        out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float):
                        out.append(('%g' % v).replace('.', ','))
                    out.append(str(v))
    return '\n'.join(out)

def norm(s):
    s = unicodedata.normalize('NFC', s).lower().replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s)

def dec(x):
    s = ('%.6f' % x).rstrip('0').rstrip('.')
    return s.replace('.', ',')

def forms(ind, v):
    f = [r'(?<![\d.,])0*%d(?![\d])' % v, re.escape('{:,}'.format(v).replace(',', '.'))]
    if ind.endswith('_vnd'):
        f.append(re.escape(dec(v / 1e6)) + r'\s*(triệu|tr)')
        f.append(re.escape(dec(v / 1e9)) + r'\s*tỷ')
        f.append(r'(?<![\d,])' + re.escape(dec(v / 1e6)) + r'(?![\d])')   # value in a "triệu đồng" column
        f.append(r'(?<![\d,])' + re.escape(dec(v / 1e9)) + r'(?![\d])')   # value in a "tỷ đồng" column
    return f

def date_forms(iso):
    y, m, d = iso.split('-')
    return [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'{d}/{m}/{y}', f'{int(d)}/{int(m)}/{y}']

import csv
ALIASES = {}
for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    ALIASES[r['id']] = [norm(a) for a in r['aliases'].split(';') if a]
errs = 0
files = sorted(f for f in os.listdir(D) if f.endswith(('.docx', '.xlsx')))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(D, 'truth')))
if files != keys:
    print('file/key mismatch', files, keys); errs += 1
for f in files:
    k = json.load(open(os.path.join(D, 'truth', f + '.json'), encoding='utf-8'))
    p = os.path.join(D, f)
    bad = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: bad.append('sha256')
    if k['file'] != f: bad.append('file field')
    txt = norm(docx_text(p) if f.endswith('.docx') else xlsx_text(p))
    u = k['unit']['name']
    short = norm(u).replace('thành phố hồ chí minh', '').strip()
    names = [norm(u), short] + ALIASES.get(k['unit']['id'], [])
    if not any(n and n in txt for n in names): bad.append('unit ' + u)
    if k['document']['number'] and norm(k['document']['number']) not in txt: bad.append('number')
    if not any(norm(x) in txt for x in date_forms(k['document']['date'])): bad.append('date')
    if k['status'] == 'rejected':
        if k['entries'] or not k['reason']: bad.append('rejected key shape')
    tasks = [e['task'] for e in k['entries']]
    if len(tasks) != len(set(tasks)): bad.append('duplicate task')
    for e in k['entries']:
        if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): bad.append('status ' + e['status'])
        for ind, v in e['indicators'].items():
            if not isinstance(v, int): bad.append(f'{ind} not int')
            if not any(re.search(x, txt) for x in forms(ind, v)): bad.append(f'{e["task"]} {ind}={v} not found')
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in txt: bad.append('item not found: ' + x[:50])
    print(('OK  ' if not bad else 'FAIL') + ' ' + f + ('' if not bad else ' :: ' + '; '.join(bad)))
    errs += bool(bad)
print('ALL PASS' if not errs else f'{errs} FAILED')
sys.exit(1 if errs else 0)
