# -*- coding: utf-8 -*-
"""Independent check of set251: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key: sha256, unit name, date, number, every keyed figure in some written form,
each entry's text excerpt, every difficulty and proposal. Exit 1 on any failure."""
import csv, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d '
            'II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
        for n in parts:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't' and el.text:
                        buf.append(el.text)
                    elif el.tag == W + 'tab':
                        buf.append('\t')
                    elif el.tag in (W + 'br', W + 'cr'):
                        buf.append('\n')
                out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    wb = load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return '\n'.join(out)

def forms(n):
    f = {str(n), '%02d' % n, '%03d' % n, format(n, ',').replace(',', '.'), format(n, ','), format(n, ',').replace(',', ' ')}
    if n >= 100000:
        m = n / 1e6
        ms = ('%g' % m).replace('.', ',')
        f |= {ms + ' triệu', ms + 'tr', ms + ' tr'}
    return f

def has_number(text, n):
    for fm in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-')
    di, mi = int(d), int(m)
    return {'ngày %s tháng %s năm %s' % (a, b, y) for a in {d, str(di)} for b in {m, str(mi)}} | \
           {'%s/%s/%s' % (a, b, y) for a in {d, str(di)} for b in {m, str(mi)}}

def unit_names(uid, name):
    names = {name}
    with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
        for r in csv.DictReader(fh):
            if r['id'] == uid:
                names |= {r['name']} | {a for a in r['aliases'].split(';') if a}
    return names

fails = 0
keys = sorted(os.listdir(os.path.join(HERE, 'truth')))
for kf in keys:
    k = json.load(open(os.path.join(HERE, 'truth', kf), encoding='utf-8'))
    path = os.path.join(HERE, k['file'])
    errs = []
    if kf != k['file'] + '.json':
        errs.append('key file name')
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256 mismatch')
    text = norm(docx_text(path) if path.endswith('.docx') else xlsx_text(path))
    low = text.casefold()
    if k['status'] not in ('extracted', 'rejected'):
        errs.append('status')
    if k['status'] == 'rejected' and (not k['reason'] or k['entries']):
        errs.append('rejected key must have reason and no entries')
    if k['unit'] and not any(norm(n).casefold() in low for n in unit_names(k['unit']['id'], k['unit']['name'])):
        errs.append('unit name not found: %s' % k['unit']['name'])
    if k['document']['date'] and not any(f in text for f in date_forms(k['document']['date'])):
        errs.append('date not found: %s' % k['document']['date'])
    if k['document']['number'] and k['document']['number'] not in text:
        errs.append('number not found: %s' % k['document']['number'])
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS: errs.append('bad task %s' % e['task'])
        if e['task'] in seen: errs.append('duplicate task %s' % e['task'])
        seen.add(e['task'])
        if e['status'] not in STATUSES: errs.append('bad status %s' % e['status'])
        if norm(e['text']) not in text: errs.append('entry text not found: %s' % e['text'][:50])
        for ind, v in e['indicators'].items():
            if ind not in INDS: errs.append('bad indicator %s' % ind)
            if not isinstance(v, int): errs.append('non-int %s' % ind)
            elif not has_number(text, v): errs.append('%s %s=%s not found' % (e['task'], ind, v))
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in text:
            errs.append('KK/DX not found: %s' % x[:60])
    if errs:
        fails += 1
        print('FAIL', k['file']); [print('   ', e) for e in errs]
    else:
        print('ok  ', k['file'], '(%s, %d entries)' % (k['status'], len(k['entries'])))
files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
if sorted(f + '.json' for f in files) != keys:
    print('FAIL: files and keys differ'); fails += 1
print('%d files, %d failing' % (len(files), fails))
sys.exit(1 if fails else 0)
