# -*- coding: utf-8 -*-
"""Independent check of set177: reopens every file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import xml.etree.ElementTree as ET
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
    return '\n'.join(out), []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)):
                    nums.append(float(v))
                out.append(str(v))
    return '\n'.join(out), nums

def forms(v):
    v = int(v)
    f = {str(v), '%02d' % v, '{:,}'.format(v).replace(',', '.'), '{:,}'.format(v).replace(',', ' ')}
    for div, word in ((1_000_000, 'triệu'), (1_000_000_000, 'tỷ')):
        if v >= div:
            t = v / div
            s = ('%.3f' % t).rstrip('0').rstrip('.').replace('.', ',')
            f.add(s + ' ' + word)
    return f

def has_num(text, nums, v):
    if float(v) in nums:
        return True
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d])', text):
            return True
    return False

def norm(s):
    return unicodedata.normalize('NFC', s).casefold()

aliases = {}
import csv
for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    aliases[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]

fails = 0
keys = sorted(os.listdir(os.path.join(HERE, 'truth')))
for k in keys:
    t = json.load(open(os.path.join(HERE, 'truth', k), encoding='utf-8'))
    p = os.path.join(HERE, t['file'])
    errs = []
    if not os.path.exists(p):
        print('MISSING', t['file']); fails += 1; continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']:
        errs.append('sha256')
    text, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    nt = norm(text)
    names = aliases.get(t['unit']['id'], []) + [t['unit']['name']]
    # departments also write the name in capitals in the header; casefold covers that
    if not any(norm(n) in nt for n in names):
        errs.append('unit name')
    y, m, d = t['document']['date'].split('-')
    if ('ngày %s tháng %s năm %s' % (d, m, y)) not in text and ('%s/%s/%s' % (d, m, y)) not in text:
        errs.append('date')
    if t['document']['number'] and t['document']['number'] not in text:
        errs.append('number')
    for e in t['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(text, nums, v):
                errs.append('figure %s %s=%s' % (e['task'], ind, v))
    for x in t['difficulties'] + t['proposals']:
        if norm(x) not in nt:
            errs.append('text: ' + x[:40])
    if t['status'] == 'rejected' and t['entries']:
        errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + t['file'] + ('' if not errs else '  ' + '; '.join(errs)))
    fails += bool(errs)

files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
if len(files) != len(keys):
    print('file/key count mismatch', len(files), len(keys)); fails += 1
print('PASS' if not fails else 'FAILURES: %d' % fails)
sys.exit(1 if fails else 0)
