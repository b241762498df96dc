#!/usr/bin/env python3
"""Re-open every file in set16 independently of the generators (zip+XML for .docx,
openpyxl data_only for .xlsx) and verify each truth key against the file."""
import os, sys, re, json, glob, zipfile, hashlib, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
TASKS = 'II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split()
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
       'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

AGENCIES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        AGENCIES[r['id']] = (r['name'], [a for a in r['aliases'].split(';') if a])
COMMUNES = {}
with open('/work/shared/data/communes-2025.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        if r['province_code'] == '79': COMMUNES[r['code']] = r['name']

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't': buf.append(el.text or '')
            elif el.tag in (W + 'tab',): buf.append('\t')
            elif el.tag in (W + 'br', W + 'cr'): buf.append('\n')
        out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out), wb

def grp(n, sep='.'):
    s = str(n); parts = []
    while len(s) > 3: parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s); return sep.join(parts)

def dec(x):  # 96.5 -> "96,5"; 4250.0 -> "4.250"
    if float(x).is_integer(): return [grp(int(x)), str(int(x))]
    s = ('%.3f' % x).rstrip('0'); a, b = s.split('.')
    return [grp(int(a)) + ',' + b, a + ',' + b]

def forms(ind, v, text):
    f = set()
    if ind.endswith('_vnd'):
        f |= {grp(v), str(v), grp(v, ' ')}
        if v % 100000 == 0:
            for s in dec(v / 1e6):
                f.add(s + ' triệu')
                if 'triệu đồng' in text: f.add(s)
        if v % 10000000 == 0:
            for s in dec(v / 1e9): f.add(s + ' tỷ')
    else:
        f |= {str(v), '%02d' % v, grp(v), grp(v, ' ')}
    return f

def present(form, text):
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None

def date_forms(iso):
    y, m, d = iso.split('-'); m, d = int(m), int(d)
    return ['ngày %s tháng %s năm %s' % (dd, mm, y) for dd in {str(d), '%02d' % d} for mm in {str(m), '%02d' % m}] + \
           ['%02d/%02d/%s' % (d, m, y), '%d/%d/%s' % (d, m, y)]

def h4_recount(wb):
    """Inspector workbooks: recompute the year totals from the month sheets."""
    t = dict(cuoc=0, cs=0, vp=0, fine=0, samp=0)
    for ws in wb.worksheets:
        if not re.fullmatch(r'T\d\d', ws.title): continue
        qds = set()
        for row in ws.iter_rows(min_row=7, values_only=True):
            if isinstance(row[0], (int, float)) and row[3]:
                qds.add(row[2]); t['cs'] += 1
                t['vp'] += 1 if row[7] == 'x' else 0
                t['fine'] += int(row[9] or 0); t['samp'] += int(row[6] or 0)
        t['cuoc'] += len(qds)
    return t

def check_one(kp, errs):
    k = json.load(open(kp, encoding='utf-8'))
    fn = k['file']; path = os.path.join(ROOT, fn)
    def err(m): errs.append('%s: %s' % (fn, m))
    if not os.path.exists(path): return err('file missing')
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: err('sha256 mismatch')
    for fld in ('file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'difficulties', 'proposals', 'findings'):
        if fld not in k: err('missing field ' + fld)
    wb = None
    if fn.endswith('.docx'): text = docx_text(path)
    else: text, wb = xlsx_text(path)
    ntext = norm(text); low = ntext.casefold()
    if k['status'] == 'rejected':
        if not k['reason']: err('rejected without reason')
        if k['entries']: err('rejected with entries')
        if 'chỉ thị số 38-ct/tw năm 2026 của sở' in low or 'kế hoạch triển khai chỉ thị' in low: err('rejected file mentions the plan?')
        return k
    if k['status'] != 'extracted': err('bad status')
    uid = k['unit']['id']
    if uid in AGENCIES:
        name, aliases = AGENCIES[uid]
        if k['unit']['name'] != name: err('unit name differs from agencies.csv')
        if not any(n.casefold() in low for n in [name] + aliases): err('unit name/alias not found in file')
    elif uid in COMMUNES:
        if COMMUNES[uid].casefold() not in low: err('commune name not in file')
    else: err('unknown unit id ' + str(uid))
    doc = k['document']
    if doc['number'] and doc['number'] not in ntext: err('number %s not found' % doc['number'])
    if doc['number'] and not re.search(r'(Số:|số)\s*' + re.escape(doc['number']), ntext): err('number not introduced by Số')
    if doc['date'] and not any(f in ntext for f in date_forms(doc['date'])): err('date %s not found' % doc['date'])
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS: err('bad task ' + e['task'])
        if e['task'] in seen: err('duplicate task ' + e['task'])
        seen.add(e['task'])
        if e['status'] not in STAT: err('bad status ' + e['status'])
        if norm(e['text']) not in ntext: err('entry text not in file: ' + e['text'][:50])
        for ind, v in e['indicators'].items():
            if ind not in IND: err('bad indicator ' + ind)
            if not isinstance(v, int) or v < 0: err('bad value %r' % v)
            if not any(present(f, ntext) for f in forms(ind, v, ntext)):
                err('%s %s=%s not found in any written form' % (e['task'], ind, v))
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in ntext: err('difficulty/proposal not in file: ' + x[:60])
    if wb is not None and any(re.fullmatch(r'T\d\d', ws.title) for ws in wb.worksheets):
        t = h4_recount(wb)
        e5a = next(e for e in k['entries'] if e['task'] == 'II.5.a')['indicators']
        want = dict(inspections=t['cuoc'], establishments_inspected=t['cs'], violations=t['vp'], fines_vnd=t['fine'])
        if e5a != want: err('II.5.a totals %s != recount %s' % (e5a, want))
        b = [e for e in k['entries'] if e['task'] == 'II.5.b']
        if b and b[0]['indicators'].get('samples_tested') != t['samp']: err('samples != recount')
    return k

def main():
    errs = []
    keys = sorted(glob.glob(os.path.join(ROOT, 'truth', '*.json')))
    files = sorted(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, '*')) if os.path.isfile(p))
    ks = [check_one(kp, errs) for kp in keys]
    named = sorted(k['file'] for k in ks)
    if named != files: errs.append('files and keys differ: %s vs %s' % (set(files) ^ set(named), ''))
    for k in ks:
        stem = os.path.splitext(k['file'])[0]
        if not os.path.exists(os.path.join(ROOT, 'truth', stem + '.json')): errs.append('key file name mismatch ' + k['file'])
    n_rej = sum(1 for k in ks if k['status'] == 'rejected')
    n_ent = sum(len(k['entries']) for k in ks); n_ind = sum(len(e['indicators']) for k in ks for e in k['entries'])
    print('%d files (%d docx, %d xlsx), %d rejected, %d entries, %d indicator values' % (
        len(ks), sum(f.endswith('.docx') for f in files), sum(f.endswith('.xlsx') for f in files), n_rej, n_ent, n_ind))
    for e in errs: print('FAIL', e)
    print('ALL PASS' if not errs else '%d FAILURES' % len(errs))
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
