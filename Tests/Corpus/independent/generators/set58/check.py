# -*- coding: utf-8 -*-
"""Independent check of set58: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, hashlib, zipfile, re, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
IND = set('training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd'.split())
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}

ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        ALIASES[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]
with open('/work/shared/data/communes-2025.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        ALIASES.setdefault(r['code'], [r['name']])


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ')
    s = s.replace('–', '-').replace('—', '-')
    return re.sub(r'\s+', ' ', s).strip().casefold()


def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + 'p'):
                    t = ''.join((x.text or '') if x.tag == W + 't' else '\t' if x.tag == W + 'tab' else ''
                                for x in para.iter() if x.tag in (W + 't', W + 'tab'))
                    out.append(t)
    return '\n'.join(out), set()


def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False)
    out, nums = [], set()
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                out.append(str(v))
    return '\n'.join(out), nums


def forms(v):
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.'), f'{v:,}', f'{v:,}'.replace(',', ' ')}
    for div, word in ((10**6, 'triệu'), (10**9, 'tỷ')):
        if v >= div and v % (div // 100) == 0:
            x = v / div
            s = ('%g' % x).replace('.', ',')
            f.add(f'{s} {word}'); f.add(f'{s}{word}')
    return f


def has_number(text, v, nums):
    if float(v) in nums: return True
    for s in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(s.casefold()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f'ngày {dd} tháng {mm} năm {y}'); out.add(f'{dd}/{mm}/{y}')
    return out


errors = 0
files = sorted(os.listdir(TRUTH))
n = dict(docx=0, xlsx=0, rejected=0)
for tf in files:
    k = json.load(open(os.path.join(TRUTH, tf), encoding='utf-8'))
    fname = k['file']
    assert tf == fname + '.json', tf
    p = os.path.join(HERE, fname)
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256 mismatch')
    ext = fname.rsplit('.', 1)[1]
    n[ext] += 1
    raw, nums = docx_text(p) if ext == 'docx' else xlsx_text(p)
    text = norm(raw)
    if k['status'] == 'rejected':
        n['rejected'] += 1
        if not k.get('reason'): errs.append('rejected without reason')
    else:
        assert k['status'] == 'extracted'
    u = k['unit']
    if u and u['id']:
        if not any(norm(a) in text for a in ALIASES[u['id']]):
            errs.append('unit name not found: ' + u['name'])
    doc = k['document']
    if doc['date'] and not any(norm(x) in text for x in date_forms(doc['date'])):
        errs.append('date not found ' + doc['date'])
    if doc['number'] and norm(doc['number']) not in text:
        errs.append('number not found ' + doc['number'])
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
        if e['task'] in seen: errs.append('duplicate task ' + e['task'])
        seen.add(e['task'])
        if e['status'] not in STAT: errs.append('bad status ' + e['status'])
        for iid, v in e['indicators'].items():
            if iid not in IND: errs.append('bad indicator ' + iid)
            if not isinstance(v, int): errs.append(f'non-int {iid}')
            elif not has_number(text, v, nums):
                errs.append(f'{e["task"]} {iid}={v} not found')
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in text:
            errs.append('text not found: ' + s[:60])
    if errs:
        errors += 1
        print('FAIL', fname); [print('   ', x) for x in errs]
    else:
        print('ok  ', fname, k['status'], len(k['entries']), 'entries')
print(n)
print('ALL PASS' if not errors else f'{errors} files failed')
sys.exit(1 if errors else 0)
