# -*- coding: utf-8 -*-
"""Reopen every file independently (zip+XML for DOCX, openpyxl for XLSX) and verify its key."""
import json, os, re, sys, zipfile, hashlib, unicodedata
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
                s = ''.join(t.text or '' for t in para.iter(W + 't'))
                if s: out.append(s)
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
                    nums.append(v)
                out.append(str(v))
    return '\n'.join(out), nums

def values_in(text, nums):
    vals = set()
    for v in nums:
        if float(v).is_integer(): vals.add(int(v))
    for m in re.finditer(r'(\d+(?:[.,]\d+)*)(\s*(triệu|tr|tỷ))?', text):
        tok, scale = m.group(1), m.group(3)
        vals.add(int(re.sub(r'[.,]', '', tok)))
        if scale:
            mul = 10**6 if scale in ('triệu', 'tr') else 10**9
            try:
                vals.add(int(round(float(tok.replace('.', '').replace(',', '.')) * mul)))
            except ValueError:
                pass
    return vals

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().casefold()

bad = 0
files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
for f in files:
    kp = os.path.join(HERE, 'truth', f + '.json')
    if not os.path.exists(kp):
        print('NO KEY', f); bad += 1; continue
    k = json.load(open(kp))
    p = os.path.join(HERE, f)
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256')
    text, nums = docx_text(p) if f.endswith('.docx') else xlsx_text(p)
    nt = norm(text)
    if norm(k['unit']['name']) not in nt:
        errs.append('unit name')
    y, m, d = k['document']['date'].split('-')
    if f'ngày {d} tháng {m} năm {y}' not in text:
        errs.append('date')
    if k['document']['number'] and k['document']['number'] not in text:
        errs.append('number')
    vals = values_in(text, nums)
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if v not in vals:
                errs.append(f'figure {e["task"]} {ind}={v}')
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in nt:
            errs.append('text: ' + s[:40])
    if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
        errs.append('rejected key shape')
    print(('OK  ' if not errs else 'FAIL') + ' ' + f + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
n_docx = sum(f.endswith('.docx') for f in files); n_rej = sum(json.load(open(os.path.join(HERE, 'truth', f + '.json')))['status'] == 'rejected' for f in files)
print(f'{len(files)} files: {n_docx} docx, {len(files)-n_docx} xlsx, {n_rej} rejected; failures: {bad}')
sys.exit(1 if bad else 0)
