# -*- coding: utf-8 -*-
"""Independent check of set57: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, re, sys, json, glob, zipfile, hashlib, unicodedata, datetime, csv
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
    for row in csv.DictReader(fh):
        ALIASES[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]

def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    parts.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(parts)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, datetime.datetime): v = v.strftime('%d/%m/%Y')
                parts.append(str(v))
    return '\n'.join(parts)

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()

def strip_marks(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(ch for ch in s if unicodedata.category(ch) != 'Mn')
    return s.replace('đ', 'd').replace('Đ', 'D')

def number_forms(n, money):
    forms = {str(n), f'{n:,}'.replace(',', '.'), f'{n:,}', f'{n:,}'.replace(',', ' ')}
    if n < 10: forms.add(f'0{n}')
    if money:
        for unit, div in (('tỷ', 10**9), ('triệu', 10**6)):
            if n >= div:
                v = n / div
                s = (f'{v:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
                forms.add(f'{s} {unit}')
    return forms

def has_number(text, n, money):
    for f in number_forms(n, money):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-')
    out = []
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out += [f'ngày {dd} tháng {mm} năm {y}', f'{dd}/{mm}/{y}']
    return out

def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        f = k['file']; path = os.path.join(HERE, f)
        errs = []
        if os.path.basename(kp) != f + '.json': errs.append('key name')
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        raw = docx_text(path) if f.endswith('.docx') else xlsx_text(path)
        t = norm(raw); tp = norm(strip_marks(raw))
        u = k['unit']
        names = ALIASES.get(u['id'], [u['name']])
        if not any(norm(nm) in t for nm in names): errs.append('unit name ' + u['name'])
        if u['id'] in ALIASES and norm(u['name']) != norm(ALIASES[u['id']][0]): errs.append('unit canonical name')
        if not any(norm(df) in t for df in date_forms(k['document']['date'])): errs.append('date')
        if k['document']['number'] and norm(k['document']['number']) not in t: errs.append('number')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(t, v, ind.endswith('_vnd')) and not has_number(tp, v, False):
                    errs.append(f"figure {e['task']} {ind}={v}")
            if norm(e['text'])[:60] not in t: errs.append('entry text ' + e['task'])
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in t: errs.append('item: ' + s[:40])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']): errs.append('rejected key shape')
        print(('OK   ' if not errs else 'FAIL ') + f + ('' if not errs else '  ' + '; '.join(errs)))
        bad += bool(errs)
    n = len(keys)
    nd = sum(1 for k in keys if k.endswith('.docx.json')); nx = n - nd
    nr = sum(1 for k in keys if json.load(open(k, encoding='utf-8'))['status'] == 'rejected')
    print(f'{n} files ({nd} docx, {nx} xlsx, {nr} rejected); failures: {bad}')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
