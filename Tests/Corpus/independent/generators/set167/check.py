# -*- coding: utf-8 -*-
"""Independent checker: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies its answer key in truth/."""
import json, hashlib, os, re, sys, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).casefold()

def forms(n):
    n = int(n); f = {str(n), '%02d' % n}
    if n >= 1000: f.add('{:,}'.format(n).replace(',', '.'))
    if n >= 1000000 and n % 100000 == 0:
        f.add(('%g' % (n / 1e6)).replace('.', ',') + ' triệu')
    return f

def has_num(text, n):
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f.casefold()) + r'(?![\d]|[.,]\d)', text): return True
    return False

def main():
    keys = sorted(os.listdir(os.path.join(HERE, 'truth')))
    bad = 0
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(files) != len(keys): print('count mismatch', len(files), len(keys)); bad += 1
    for k in keys:
        key = json.load(open(os.path.join(HERE, 'truth', k)))
        path = os.path.join(HERE, key['file']); errs = []
        if not os.path.exists(path): print('MISSING', key['file']); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != key['sha256']: errs.append('sha256')
        raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        t = norm(raw)
        if norm(key['unit']['name']) not in t: errs.append('unit name')
        if key['document']['number'] and norm(key['document']['number']) not in t: errs.append('number')
        y, m, d = map(int, key['document']['date'].split('-'))
        dforms = ['ngày %d tháng %d năm %d' % (d, m, y), 'ngày %02d tháng %02d năm %d' % (d, m, y), '%02d/%02d/%d' % (d, m, y)]
        if not any(f in t for f in dforms): errs.append('date')
        for e in key['entries']:
            for ind, v in e['indicators'].items():
                if not has_num(t, v): errs.append('figure %s %s=%s' % (e['task'], ind, v))
        for x in key['difficulties'] + key['proposals']:
            if norm(x) not in t: errs.append('text: ' + x[:40])
        if key['status'] == 'rejected' and key['entries']: errs.append('rejected with entries')
        print(('OK   ' if not errs else 'FAIL ') + key['file'] + ('' if not errs else ' ' + '; '.join(errs)))
        bad += bool(errs)
    print('ALL PASS' if not bad else '%d FAILED' % bad)
    sys.exit(1 if bad else 0)
main()
