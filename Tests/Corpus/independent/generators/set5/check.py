#!/usr/bin/env python3
"""Independent check of set5: reopens every file (zip+XML for .docx, openpyxl for .xlsx) and checks
its truth key. Does not import the generators."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = '/work/shared/data'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d '
            'II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}
# Figures that are sums of figures written separately (see NOTES.md): value -> components
DERIVED = {('SATTP bc CT38 2026.docx', 'II.2.e', 'standards_reviewed'): [5, 1]}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().casefold()

def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in ('word/document.xml', 'word/footnotes.xml'):
        if name not in z.namelist():
            continue
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + 'p'):
            out.append(''.join((t.text or '') if t.tag == W + 't' else ' '
                               for t in p.iter() if t.tag in (W + 't', W + 'br', W + 'tab')))
    return ' '.join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append(v)
                out.append(str(v))
    return ' '.join(out), nums

def forms(n):
    n = int(n)
    f = {str(n), '{:,}'.format(n).replace(',', '.')}
    if n < 10:
        f.add('%02d' % n)
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1e6
        f.add(('%g' % m).replace('.', ',') + ' triệu')
    if n >= 1000000000 and n % 100000000 == 0:
        b = n / 1e9
        f.add(('%g' % b).replace('.', ',') + ' tỷ')
    return f

def present(n, text, nums):
    if any(abs(x - n) < 1e-6 for x in nums):
        return True
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f.casefold()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def main():
    agencies = {r['id']: r for r in csv.DictReader(open(os.path.join(DATA, 'agencies.csv'), encoding='utf-8'))}
    communes = {r['code']: r for r in csv.DictReader(open(os.path.join(DATA, 'communes-2025.csv'), encoding='utf-8'))
                if r['province_code'] == '79'}
    files = sorted(f for f in os.listdir(ROOT) if f.lower().endswith(('.docx', '.xlsx')))
    keys = sorted(glob.glob(os.path.join(ROOT, 'truth', '*.json')))
    errors = []
    def err(f, m):
        errors.append('%s: %s' % (f, m))
    if len(keys) != len(files):
        errors.append('key count %d != file count %d' % (len(keys), len(files)))
    for f in files:
        kp = os.path.join(ROOT, 'truth', f + '.json')
        if not os.path.exists(kp):
            err(f, 'no key'); continue
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(ROOT, f)
        if k['file'] != f: err(f, 'file field %r' % k['file'])
        if k['sha256'] != hashlib.sha256(open(path, 'rb').read()).hexdigest(): err(f, 'sha256 mismatch')
        raw, nums = docx_text(path) if f.endswith('.docx') else xlsx_text(path)
        text = norm(raw)
        if k['status'] not in ('extracted', 'rejected'): err(f, 'bad status')
        if k['status'] == 'rejected':
            if not k.get('reason'): err(f, 'rejected without reason')
            if k['entries']: err(f, 'rejected with entries')
        u = k.get('unit') or {}
        uid = u.get('id')
        if uid:
            if uid in communes:
                nm = communes[uid]['name']
                if nm != u['name']: err(f, 'unit name %r != %r' % (u['name'], nm))
                bare = nm.split(' ', 1)[1]
                if norm(bare) not in text: err(f, 'unit name not in text')
            elif uid in agencies:
                a = agencies[uid]
                names = [a['name']] + [x for x in a['aliases'].split(';') if x]
                if not any(norm(x) in text or norm(x.replace('–', '-')) in text.replace('–', '-') for x in names):
                    err(f, 'agency name/alias not in text')
            else:
                err(f, 'unknown unit id %s' % uid)
        doc = k.get('document') or {}
        if doc.get('number') and norm(doc['number']) not in text: err(f, 'number %r not in text' % doc['number'])
        if doc.get('date'):
            y, m, d = doc['date'].split('-')
            cands = ['ngày %s tháng %s năm %s' % (dd, mm, y) for dd in {d, str(int(d))} for mm in {m, str(int(m))}]
            cands += ['%s/%s/%s' % (dd, mm, y) for dd in {d, str(int(d))} for mm in {m, str(int(m))}]
            if not any(norm(c) in text for c in cands): err(f, 'date %s not in text' % doc['date'])
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: err(f, 'bad task %s' % e['task'])
            if e['task'] in seen: err(f, 'duplicate task %s' % e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: err(f, 'bad status %s' % e['status'])
            if e['text'] and norm(e['text']) not in text: err(f, 'entry text not found: %s' % e['text'][:50])
            for ind, v in e['indicators'].items():
                if ind not in INDS: err(f, 'bad indicator %s' % ind)
                if not isinstance(v, int): err(f, 'non-integer %s' % ind)
                comp = DERIVED.get((f, e['task'], ind))
                if comp:
                    if sum(comp) != v or not all(present(c, text, nums) for c in comp):
                        err(f, 'derived %s %s wrong' % (e['task'], ind))
                elif not present(v, text, nums):
                    err(f, 'figure %s=%s (%s) not in text' % (ind, v, e['task']))
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text: err(f, 'difficulty/proposal not found: %s' % x[:50])
    print('checked %d files, %d keys' % (len(files), len(keys)))
    if errors:
        print('\n'.join(errors)); print('FAIL (%d problems)' % len(errors)); sys.exit(1)
    print('ALL PASS')

main()
