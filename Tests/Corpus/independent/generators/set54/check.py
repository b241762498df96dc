# -*- coding: utf-8 -*-
"""Independent check of set54: reopens every file (zip+XML for DOCX, openpyxl for XLSX)
and verifies its key. Does not import gen.py."""
import os, sys, json, re, glob, hashlib, zipfile, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = {'II.1.a','II.1.b','II.2.a','II.2.b','II.2.c','II.2.d','II.2.đ','II.2.e','II.2.g','II.2.h','II.2.i',
         'II.3.a','II.3.b','II.3.c','II.3.d','II.4.a','II.4.b','II.4.c','II.5.a','II.5.b','II.5.c','II.5.d','II.6.a','II.6.b'}
STATUSES = {'completed','in_progress','not_started','not_applicable','unknown'}
IND = {'training_courses','participants','communications','enterprises_supported','inspections','establishments_inspected',
       'violations','fines_vnd','samples_tested','instruments_verified','standards_reviewed','budget_spent_vnd'}

def nf(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + 'p'):
                    out.append(''.join((t.text or '') for t in para.iter(W + 't')))
    return '\n'.join(out), []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)): nums.append(v)
                out.append(str(v))
    return '\n'.join(out), nums

def forms(v):
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.')}
    if v >= 1_000_000:
        m = v / 1_000_000
        if v % 1_000_000 == 0: f.add(f'{int(m)} triệu')
        elif v % 100_000 == 0: f.add(f'{m:.1f}'.replace('.', ',') + ' triệu')
    return f

def found(v, text, nums):
    if any(isinstance(n, (int, float)) and n == v for n in nums): return True
    for fm in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text): return True
    return False

def main():
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    errs = []
    if len(keys) != len(files): errs.append(f'{len(keys)} keys vs {len(files)} files')
    for k in keys:
        key = json.load(open(k, encoding='utf-8'))
        fn = key['file']; p = os.path.join(HERE, fn)
        if os.path.basename(k) != fn + '.json': errs.append(f'{k}: name mismatch')
        if not os.path.exists(p): errs.append(f'{fn}: missing'); continue
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != key['sha256']: errs.append(f'{fn}: sha256')
        text, nums = docx_text(p) if fn.endswith('.docx') else xlsx_text(p)
        text = unicodedata.normalize('NFC', text); flat = nf(text); low = flat.casefold()
        u = key['unit']
        if u and u['name'] and nf(u['name']).casefold() not in low and nf(u['name']).split(' ', 1)[1].casefold() not in low:
            errs.append(f'{fn}: unit name not found')
        d = key['document']
        if d['date']:
            y, m, dd = d['date'].split('-')
            if f'ngày {dd} tháng {m} năm {y}' not in flat and f'{dd}/{m}/{y}' not in flat:
                errs.append(f'{fn}: date {d["date"]} not found')
        if d['number'] and d['number'] not in flat: errs.append(f'{fn}: number {d["number"]} not found')
        if key['status'] == 'rejected':
            if key['entries']: errs.append(f'{fn}: rejected with entries')
            if not key['reason']: errs.append(f'{fn}: rejected without reason')
            continue
        seen = set()
        for e in key['entries']:
            if e['task'] not in TASKS: errs.append(f'{fn}: bad task {e["task"]}')
            if e['task'] in seen: errs.append(f'{fn}: duplicate task {e["task"]}')
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append(f'{fn}: bad status {e["status"]}')
            for i, v in e['indicators'].items():
                if i not in IND: errs.append(f'{fn}: bad indicator {i}')
                if not isinstance(v, int): errs.append(f'{fn}: non-int {i}')
                if not found(v, text, nums): errs.append(f'{fn}: {e["task"]} {i}={v} not found')
        for d_ in key['difficulties'] + key['proposals']:
            if nf(d_) not in flat: errs.append(f'{fn}: item not found: {d_[:50]}')
    for e in errs: print('FAIL', e)
    print(f'{len(keys)} files checked, {len(errs)} problems')
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
