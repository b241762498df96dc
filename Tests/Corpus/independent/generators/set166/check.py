# -*- coding: utf-8 -*-
"""Reopen every file in set166 independently (zip+XML for DOCX, openpyxl for XLSX)
and verify each truth key against it."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for p in root.iter(W + 'p'):
        s = ''
        for el in p.iter():
            if el.tag == W + 't' and el.text: s += el.text
            elif el.tag in (W + 'br', W + 'cr'): s += '\n'
            elif el.tag == W + 'tab': s += '\t'
        out.append(s)
    return '\n'.join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.append(c.value)
                out.append(str(c.value))
    return '\n'.join(out), nums

def forms(n):
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.')}
    if n >= 100000:
        v = n / 1e6
        f.add(('%.2f' % v).rstrip('0').rstrip('.').replace('.', ',') + ' triệu')
    return f

def has_num(text, nums, n):
    if n in nums: return True
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text): return True
    return False

def norm(s): return unicodedata.normalize('NFC', s)

def main():
    bad = 0
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
    data = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(f[:-5] for f in files) != data:
        print('MISMATCH files/truth'); bad += 1
    for jf in files:
        k = json.load(open(os.path.join(HERE, 'truth', jf), encoding='utf-8'))
        path = os.path.join(HERE, k['file']); errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        text, nums = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        text = norm(text)
        up = text.upper()
        name = k['unit']['name']
        if name.upper() not in up and name.replace('Phường ', '').upper() not in up: errs.append('unit name')
        y, m, d = k['document']['date'].split('-')
        dforms = ['ngày %d tháng %d năm %s' % (int(d), int(m), y), 'ngày %s tháng %s năm %s' % (d, m, y),
                  'ngày %d/%d/%s' % (int(d), int(m), y), 'ngày %s/%s/%s' % (d, m, y)]
        if not any(f in text for f in dforms): errs.append('date')
        if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
        if k['status'] == 'rejected':
            if k['entries']: errs.append('rejected with entries')
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('status ' + e['status'])
            for iid, v in e['indicators'].items():
                if not has_num(text, nums, v): errs.append('figure %s=%s (%s)' % (iid, v, e['task']))
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text: errs.append('text missing: ' + x[:40])
        print(('OK   ' if not errs else 'FAIL ') + k['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        bad += bool(errs)
    print('ALL PASS' if not bad else '%d FAILED' % bad)
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
