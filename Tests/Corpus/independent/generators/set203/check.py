# -*- coding: utf-8 -*-
"""Independent check of set203: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, csv, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
AL = {}
for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    AL[row['id']] = [row['name']] + [a for a in (row['aliases'] or '').split(';') if a]

def nf(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s))

def read(path):
    """returns (text, set of numeric cell values)"""
    nums = set()
    if path.endswith('.docx'):
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
                parts.append(re.sub(r'<[^>]+>', '', x))
        import html
        return nf(html.unescape('\n'.join(parts))), nums
    parts = []
    for data_only in (True, False):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            if ws.sheet_state != 'visible':
                continue  # hidden last-year sheets do not count as evidence
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None: continue
                    if isinstance(v, (int, float)) and data_only: nums.add(float(v))
                    parts.append(str(v))
    return nf('\n'.join(parts)), nums

def forms(n):
    n = int(n); out = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}'}
    if n >= 1000000 and n % 100000 == 0:
        out.add((f'{n/1e6:.1f}'.rstrip('0').rstrip('.')).replace('.', ',') + ' triệu')
    return out

def has_num(text, nums, n):
    if float(n) in nums: return True
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text): return True
    return False

fails = 0; count = 0
for jf in sorted(os.listdir(os.path.join(HERE, 'truth'))):
    k = json.load(open(os.path.join(HERE, 'truth', jf), encoding='utf-8'))
    path = os.path.join(HERE, k['file']); count += 1
    err = []
    if not os.path.exists(path): print('MISSING', k['file']); fails += 1; continue
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: err.append('sha256')
    text, nums = read(path)
    u = k['unit']
    if u:
        names = AL.get(u['id'], [u['name']])
        if not any(nf(n).lower() in text.lower() for n in names): err.append('unit name ' + u['name'])
    d = k['document']
    if d['date']:
        y, m, dd = d['date'].split('-')
        pat = rf'ngày 0?{int(dd)} tháng 0?{int(m)} năm {y}'
        if not re.search(pat, text): err.append('date ' + d['date'])
    if d['number'] and d['number'] not in text: err.append('number ' + d['number'])
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(text, nums, v): err.append(f"figure {e['task']} {ind}={v}")
    for s in k['difficulties'] + k['proposals']:
        if nf(s) not in text: err.append('text: ' + s[:50])
    if k['status'] == 'rejected' and k['entries']: err.append('rejected with entries')
    print(('FAIL ' if err else 'ok   ') + k['file'], '; '.join(err))
    fails += bool(err)
print(f'{count} keys, {fails} failing')
sys.exit(1 if fails else 0)
