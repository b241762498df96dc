# -*- coding: utf-8 -*-
"""Reopens every file of set129 independently of gen.py and checks it against truth/*.json."""
import json, os, re, sys, zipfile, hashlib, unicodedata, csv
import openpyxl
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def nfc(s): return unicodedata.normalize('NFC', s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$', n):
                root = etree.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)

def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float):
                    s = repr(v).rstrip('0').rstrip('.') if '.' in repr(v) else repr(v)
                    out.append(s); out.append(s.replace('.', ','))
                else:
                    out.append(str(v))
    return '\n'.join(out)

def dotted(n): return f'{n:,}'.replace(',', '.')

def forms(n, ind):
    f = {str(n), dotted(n), f'{n:02d}'}
    if ind.endswith('_vnd'):
        for div, words in ((1_000_000, ('triệu', '')), (1_000_000_000, ('tỷ',))):
            q = n / div
            if q >= 0.1:
                s = (f'{q:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
                for w in words:
                    f.add((s + ' ' + w).strip())
    return f

def found(text, cand):
    pat = r'(?<![\d])(?<![\d][.,])' + re.escape(cand) + r'(?![\d])(?![.,]\d)'
    return re.search(pat, text) is not None

def names(unit):
    ns = [unit['name']]
    with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if r['id'] == unit['id'] and r['aliases']:
                ns += r['aliases'].split(';')
    return ns

def date_forms(iso):
    y, m, d = iso.split('-')
    return [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'{d}/{m}/{y}', f'{int(d)}/{int(m)}/{y}']

def squash(s): return re.sub(r'\s+', ' ', s).strip()

errors = 0
def bad(f, msg):
    global errors; errors += 1; print('FAIL', f, '-', msg)

truths = sorted(os.listdir(os.path.join(HERE, 'truth')))
files = sorted(x for x in os.listdir(HERE) if x.endswith(('.docx', '.xlsx')))
if sorted(t[:-5] for t in truths) != files: bad('*', 'truth files do not match report files')
for t in truths:
    k = json.load(open(os.path.join(HERE, 'truth', t), encoding='utf-8'))
    f = k['file']; p = os.path.join(HERE, f)
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: bad(f, 'sha256')
    text = nfc(docx_text(p) if f.endswith('.docx') else xlsx_text(p))
    low = squash(text).lower()
    if k['unit'] and k['unit']['name']:
        if not any(nfc(n).lower() in low for n in names(k['unit'])): bad(f, 'unit name not found')
    if k['document']['date'] and not any(df in low for df in date_forms(k['document']['date'])): bad(f, 'date not found')
    if k['document']['number'] and k['document']['number'] not in text: bad(f, 'number not found')
    for e in k['entries']:
        assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown')
        for ind, v in e['indicators'].items():
            if not any(found(text, c) for c in forms(v, ind)): bad(f, f'{e["task"]} {ind}={v} not found')
    for x in k['difficulties'] + k['proposals']:
        if squash(nfc(x)) not in squash(text): bad(f, 'item not found: ' + x[:50])
    if k['status'] == 'rejected' and (k['entries'] or not k['reason']): bad(f, 'rejected key malformed')
print('checked', len(truths), 'files;', 'OK' if not errors else f'{errors} errors')
sys.exit(1 if errors else 0)
