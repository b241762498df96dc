# -*- coding: utf-8 -*-
"""Reopen every file of set76 independently of gen.py and verify it against its key."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AGENCIES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        AGENCIES[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]
COMMUNES = {}
with open('/work/shared/data/communes-2025.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        COMMUNES[row['code']] = row['name']

TASKS = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h', 'II.2.i',
         'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b', 'II.5.c', 'II.5.d',
         'II.6.a', 'II.6.b'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDIC = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
         'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
         'standards_reviewed', 'budget_spent_vnd'}


def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    return re.sub(r'\s+', ' ', s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x)
                x = re.sub(r'<w:tab/>', '\t', x)
                x = re.sub(r'<w:br/>', '\n', x)
                x = re.sub(r'<[^>]+>', '', x)
                for a, b in (('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'"), ('&amp;', '&')):
                    x = x.replace(a, b)
                out.append(x)
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)


def forms(v, money):
    f = {str(v), '%02d' % v, '{:,}'.format(v).replace(',', '.'), '{:,}'.format(v)}
    if money:
        for unit, div in (('triệu', 10 ** 6), ('tỷ', 10 ** 9)):
            if v % (div // 1000) == 0 and v >= div // 10:
                q = v / div
                s = ('%g' % q).replace('.', ',')
                f.add(s + ' ' + unit)
    return f


def has_number(text, v, money):
    for s in forms(v, money):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add('ngày %s tháng %s năm %s' % (dd, mm, y))
            out.add('%s/%s/%s' % (dd, mm, y))
    return out


fails = 0
keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
if len(keys) != len(files):
    print('FAIL count: %d keys, %d files' % (len(keys), len(files))); fails += 1
for kp in keys:
    k = json.load(open(kp, encoding='utf-8'))
    fn = k['file']
    path = os.path.join(HERE, fn)
    errs = []
    if os.path.basename(kp) != fn + '.json':
        errs.append('key name')
    if not os.path.exists(path):
        print('FAIL', fn, 'missing'); fails += 1; continue
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256')
    raw = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
    t = norm(raw)
    u = k['unit']
    if u:
        names = AGENCIES.get(u['id']) or [COMMUNES.get(u['id'])]
        if u['name'] not in names and COMMUNES.get(u['id']) != u['name']:
            errs.append('unit name not canonical')
        if not any(n and norm(n) in t for n in names):
            errs.append('unit name absent')
    doc = k['document']
    if doc['date'] and not any(norm(df) in t for df in date_forms(doc['date'])):
        errs.append('date absent ' + doc['date'])
    if doc['number'] and norm(doc['number']) not in t:
        errs.append('number absent ' + doc['number'])
    if k['status'] == 'rejected':
        if k['entries'] or not k['reason']:
            errs.append('rejected key has entries or no reason')
    else:
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
            if e['task'] in seen: errs.append('dup task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append('bad status')
            for i, v in e['indicators'].items():
                if i not in INDIC: errs.append('bad indicator ' + i)
                if not isinstance(v, int): errs.append('non-int ' + i)
                if not has_number(t, v, i.endswith('_vnd')):
                    errs.append('figure %s=%s absent (%s)' % (i, v, e['task']))
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in t:
            errs.append('text absent: ' + x[:40])
    if errs:
        fails += 1; print('FAIL', fn, errs)
    else:
        print('ok  ', fn)
print('FAILURES:', fails)
sys.exit(1 if fails else 0)
