# -*- coding: utf-8 -*-
"""Independent checker for set 52: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies the keys in truth/. Does not import gen.py."""
import json, os, re, sys, csv, glob, hashlib, zipfile, unicodedata, datetime
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
nfc = lambda s: unicodedata.normalize('NFC', s)
norm = lambda s: re.sub(r'\s+', ' ', nfc(s)).strip().casefold()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)

def xlsx_text(path):
    wb = load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)

WORDS = {0: 'không', 1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười'}
def forms(v):
    f = {str(v), f'{v:02d}', f'{v:03d}', f'{v:,}'.replace(',', '.'), f'{v:,}', f'{v:,}'.replace(',', ' ')}
    for unit, div in (('triệu', 10**6), ('tỷ', 10**9)):
        if v >= div and v % (div // 1000) == 0:
            x = v / div
            s = (f'{x:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
            f.add(s + ' ' + unit)
    return f

def has_number(text, v):
    for fm in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    if v in WORDS and re.search(r'\b' + WORDS[v] + r'\b', text): return True
    return False

def agency_names():
    m = {}
    for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
        m[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]
    return m

def main():
    ag = agency_names(); bad = 0; n = 0
    for kp in sorted(glob.glob(os.path.join(HERE, 'truth', '*.json'))):
        k = json.load(open(kp, encoding='utf-8')); n += 1
        fn = k['file']; path = os.path.join(HERE, fn); errs = []
        if not os.path.exists(path): print('MISSING', fn); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        text = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        T = norm(text)
        if k.get('unit'):
            names = ag.get(k['unit']['id'], [k['unit']['name']])
            if not any(norm(x) in T for x in names): errs.append('unit name not found')
        d = k['document']
        if d.get('number') and norm(d['number']) not in T: errs.append('number ' + d['number'])
        if d.get('date'):
            dt = datetime.date.fromisoformat(d['date'])
            cands = [f'ngày {dt.day:02d} tháng {dt.month:02d} năm {dt.year}', f'ngày {dt.day} tháng {dt.month} năm {dt.year}',
                     f'{dt.day:02d}/{dt.month:02d}/{dt.year}', f'{dt.day}/{dt.month}/{dt.year}', dt.isoformat()]
            if not any(norm(c) in T for c in cands): errs.append('date ' + d['date'])
        if k['status'] == 'rejected':
            if k['entries']: errs.append('rejected with entries')
        else:
            if not k['entries']: errs.append('no entries')
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): errs.append('status ' + e['status'])
            for ind, v in e['indicators'].items():
                if not isinstance(v, int): errs.append(f'{e["task"]} {ind} not int')
                elif not has_number(T, v): errs.append(f'{e["task"]} {ind}={v} not in file')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in T: errs.append('item not found: ' + x[:50])
        if errs: bad += 1; print('FAIL', fn, errs)
        else: print('ok  ', fn, k['status'], len(k['entries']), 'entries')
    print(f'{n} keys, {bad} failing'); sys.exit(1 if bad else 0)

if __name__ == '__main__': main()
