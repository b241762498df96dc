# -*- coding: utf-8 -*-
"""Independent check of set199: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, zipfile, hashlib, re, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ALIASES = {}
for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    ALIASES[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for name in z.namelist():
        if name.startswith('word/') and name.endswith('.xml'):
            root = ET.fromstring(z.read(name))
            for para in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    out.append(str(v))
    return '\n'.join(out)


def forms(n):
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.')}
    for div, words in ((10**9, ('ty', 'tỷ')), (10**6, ('triệu', 'tr'))):
        if n >= div and n % (div // 100) == 0:
            v = n / div
            s = (f'{v:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
            for w in words:
                f.add(f'{s} {w}'); f.add(f'{s}{w}')
    return f


def has_num(text, n):
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f.lower()) + r'(?![\d])', text):
            return True
    return False


fails = 0
for fn in sorted(os.listdir(os.path.join(D, 'truth'))):
    t = json.load(open(os.path.join(D, 'truth', fn), encoding='utf-8'))
    path = os.path.join(D, t['file'])
    errs = []
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != t['sha256']:
        errs.append('sha256')
    raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
    text = norm(raw)
    names = [t['unit']['name']] + ALIASES.get(t['unit']['id'], [])
    if not any(norm(x) in text for x in names):
        errs.append('unit name')
    y, m, d = t['document']['date'].split('-')
    if f'ngày {d} tháng {m} năm {y}' not in text and f'{int(d)}/{int(m)}/{y}' not in text:
        errs.append('date')
    if t['document']['number'] and norm(t['document']['number']) not in text:
        errs.append('number')
    for e in t['entries']:
        for k, v in e['indicators'].items():
            if not has_num(text, v):
                errs.append(f'figure {e["task"]} {k}={v}')
    for x in t['difficulties'] + t['proposals']:
        if norm(x) not in text:
            errs.append('dif/pro: ' + x[:40])
    if t['status'] == 'rejected' and (t['entries'] or not t['reason']):
        errs.append('rejected key')
    print(('FAIL ' if errs else 'ok   ') + t['file'], '; '.join(errs))
    fails += bool(errs)
print('PASS' if not fails else f'{fails} FAILED')
sys.exit(1 if fails else 0)
