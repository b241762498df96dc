# -*- coding: utf-8 -*-
"""Reopen each final file independently (zip+XML for DOCX, openpyxl for XLSX) and verify the key."""
import json, hashlib, os, re, sys, zipfile, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def norm(s): return unicodedata.normalize('NFC', s)

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read('word/document.xml').decode('utf8')
    xml = re.sub(r'</w:p>', '\n', xml); xml = re.sub(r'<w:tab/>', '\t', xml); xml = re.sub(r'<w:br/>', '\n', xml)
    t = re.sub(r'<[^>]+>', '', xml)
    return norm(t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True); out = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                out.append(str(c.value))
                if isinstance(c.value, (int, float)): nums.append(c.value)
    return norm('\n'.join(out)), nums

def forms(n):
    n = int(n); f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.')}
    if n >= 1000000:
        m = n / 1e6; s = (f'{m:.3f}').rstrip('0').rstrip('.').replace('.', ',')
        f |= {s + ' triệu', s + 'tr'}
    return f

def has_num(text, nums, n):
    if n in nums: return True
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text): return True
    return False

DATE_RE = lambda iso: (lambda y, m, d: [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}'])(*iso.split('-'))
bad = 0
files = sorted(f for f in os.listdir(D) if f.endswith(('.docx', '.xlsx')))
for fn in files:
    k = json.load(open(os.path.join(D, 'truth', fn + '.json')))
    p = os.path.join(D, fn); errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    if fn.endswith('.docx'): text, nums = docx_text(p), []
    else: text, nums = xlsx_text(p)
    text = re.sub(r'\s+', ' ', text); low = text.lower()
    # unit name: last words of the name (upper/lower case insensitive), or an alias-ish tail
    uname = k['unit']['name'].lower()
    tail = uname.replace('thành phố hồ chí minh', '').strip()
    core = re.sub(r'^(phường|xã|đặc khu|sở|phòng|trung tâm|chi cục|văn phòng)\s+', '', tail)
    if core not in low: errs.append('unit ' + core)
    if k['document']['date'] and not any(d in text for d in DATE_RE(k['document']['date'])): errs.append('date')
    if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
    for e in k['entries']:
        for i, v in e['indicators'].items():
            if not has_num(text, nums, v): errs.append(f"{e['task']} {i}={v}")
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in text: errs.append('kk/dx: ' + x[:40])
    print(('OK  ' if not errs else 'FAIL') + ' ' + fn + ('' if not errs else '  ' + '; '.join(errs)))
    bad += bool(errs)
print('ALL PASS' if not bad else f'{bad} FAILED'); sys.exit(1 if bad else 0)
