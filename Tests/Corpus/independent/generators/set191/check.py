# -*- coding: utf-8 -*-
"""Reopen every file of set191 independently of gen.py and verify it against its key."""
import hashlib, json, os, re, sys, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s))


def dots(n):
    return f'{n:,}'.replace(',', '.')


def forms(n):
    f = {str(n), f'{n:02d}', dots(n)}
    if n >= 1000000:
        for unit, div in (('triệu', 10**6), ('tr', 10**6), ('tỷ', 10**9)):
            v = n / div
            if v >= 0.1 and abs(round(v, 3) - v) < 1e-9:
                s = (f'{v:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
                f.add(s + ' ' + unit); f.add(s + unit)
    return f


def has_number(text, n):
    for fm in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def iso_to_forms(d):
    y, m, dd = d.split('-')
    return [f'ngày {dd} tháng {m} năm {y}', f'{dd}/{m}/{y}', f'ngày {int(dd)} tháng {int(m)} năm {y}']


fails = 0
files = [f for f in sorted(os.listdir(HERE)) if f.endswith(('.docx', '.xlsx'))]
keys = sorted(os.listdir(os.path.join(HERE, 'truth')))
if sorted(k[:-5] for k in keys) != files:
    print('FAIL: key set differs from file set'); fails += 1
for f in files:
    k = json.load(open(os.path.join(HERE, 'truth', f + '.json'), encoding='utf-8'))
    p = os.path.join(HERE, f)
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256')
    if k['file'] != f:
        errs.append('file field')
    text = norm(docx_text(p) if f.endswith('.docx') else xlsx_text(p))
    if k['unit'] and k['unit']['name'].lower() not in text.lower():
        errs.append('unit name missing: ' + k['unit']['name'])
    if k['document']['date'] and not any(x in text for x in iso_to_forms(k['document']['date'])):
        errs.append('date missing ' + k['document']['date'])
    if k['document']['number'] and k['document']['number'] not in text:
        errs.append('number missing')
    for e in k['entries']:
        assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown')
        for ind, v in e['indicators'].items():
            if not isinstance(v, int) or not has_number(text, v):
                errs.append(f'figure {e["task"]} {ind}={v} not found')
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in text:
            errs.append('text missing: ' + x[:50])
    if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
        errs.append('rejected key must have reason and no entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + f + ('' if not errs else ' :: ' + '; '.join(errs)))
    fails += bool(errs)
print('ALL PASS' if not fails else f'{fails} FAILED')
sys.exit(1 if fails else 0)
