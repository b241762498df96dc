# -*- coding: utf-8 -*-
"""Independent checker for set223: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    parts = []
                    for el in p.iter():
                        if el.tag == W + 't' and el.text: parts.append(el.text)
                        elif el.tag == W + 'tab': parts.append('\t')
                        elif el.tag in (W + 'br', W + 'cr'): parts.append('\n')
                    out.append(''.join(parts))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)

def dots(n):
    return f'{n:,}'.replace(',', '.')

def forms(n, money=False):
    f = {str(n), dots(n)}
    if n < 100: f.add(f'{n:02d}')
    if money:
        for unit, div in (('triệu', 10**6), ('tỷ', 10**9)):
            if n % (div // 1000) == 0 and n >= div:
                v = n / div
                s = (f'{v:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
                f.add(s + ' ' + unit); f.add(s + 'tr')
    return f

def has_num(text, form):
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None

MONTHS = None
def date_forms(iso):
    y, m, d = iso.split('-')
    return [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'{d}/{m}/{y}']

fails = 0
files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
keys = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
if files != keys:
    print('FILE/KEY MISMATCH', set(files) ^ set(keys)); fails += 1
for f in files:
    k = json.load(open(os.path.join(HERE, 'truth', f + '.json'), encoding='utf-8'))
    path = os.path.join(HERE, f)
    errs = []
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    if k['file'] != f: errs.append('file field')
    text = norm(docx_text(path) if f.endswith('.docx') else xlsx_text(path))
    low = text.lower()
    u = k['unit']
    if u and u.get('name'):
        import csv
        names = [u['name']]
        for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
            if row['id'] == u['id']: names += [a for a in row['aliases'].split(';') if a]
        if not any(norm(n).lower() in low for n in names): errs.append('unit name ' + u['name'])
    d = k['document']
    if d.get('date') and not any(x in text for x in date_forms(d['date'])): errs.append('date ' + d['date'])
    if d.get('number') and d['number'] not in text: errs.append('number ' + d['number'])
    if k['status'] == 'extracted':
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): errs.append('status ' + e['status'])
            if norm(e['text'])[:60] not in text: errs.append('entry text ' + e['task'])
            for ind, v in e['indicators'].items():
                if not any(has_num(text, fm) for fm in forms(v, ind.endswith('_vnd'))):
                    errs.append(f'figure {e["task"]} {ind}={v}')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text: errs.append('kk/dx missing: ' + x[:40])
    else:
        if k['entries']: errs.append('rejected with entries')
        if not k.get('reason'): errs.append('rejected without reason')
    print(('OK  ' if not errs else 'FAIL') + ' ' + f + ('' if not errs else ' :: ' + '; '.join(errs)))
    fails += bool(errs)
print('ALL PASS' if not fails else f'{fails} FAILED')
sys.exit(1 if fails else 0)
