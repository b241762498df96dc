# -*- coding: utf-8 -*-
"""Independent check of set171: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__)); T = os.path.join(D, 'truth')
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STAT = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
IND = set("training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd".split())
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(p):
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for para in root.iter(W + 'p'):
                    s = ''
                    for el in para.iter():
                        if el.tag == W + 't' and el.text: s += el.text
                        elif el.tag in (W + 'br', W + 'cr'): s += '\n'
                        elif el.tag == W + 'tab': s += '\t'
                    out.append(s)
    return '\n'.join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def forms(n, money):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(',', '.')}
    if money:
        for scale, word in ((1_000_000, 'triệu'), (1_000_000_000, 'tỷ')):
            if n % (scale // 100) == 0 and n >= scale:
                x = n / scale
                s = (f"{x:.2f}".rstrip('0').rstrip('.')).replace('.', ',')
                f.add(f"{s} {word}")
    return f

def has(text, form):
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None

def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().casefold()

fails = 0; files = sorted(f for f in os.listdir(D) if f.endswith(('.docx', '.xlsx')))
keys = sorted(os.listdir(T))
assert len(keys) == len(files) and all(f + '.json' in keys for f in files), "file/key mismatch"
for f in files:
    k = json.load(open(os.path.join(T, f + '.json'), encoding='utf-8'))
    p = os.path.join(D, f); errs = []
    if k['file'] != f: errs.append('file field')
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    text = docx_text(p) if f.endswith('.docx') else xlsx_text(p)
    nt = norm(text)
    name = k['unit']['name']; short = re.sub(r'^(Phường|Xã|Đặc khu) ', '', name)
    if norm(name) not in nt and norm(short) not in nt: errs.append('unit name ' + name)
    y, m, d = k['document']['date'].split('-')
    if not re.search(rf'ngày 0?{int(d)} tháng 0?{int(m)} năm {y}', text): errs.append('date')
    if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
    if k['status'] == 'rejected':
        if k['entries'] or not k['reason']: errs.append('rejected shape')
    else:
        if not (3 <= len(k['entries']) <= 10): errs.append('entry count')
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('task ' + e['task'])
            if e['task'] in seen: errs.append('dup task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STAT: errs.append('status ' + e['status'])
            for i, v in e['indicators'].items():
                if i not in IND: errs.append('indicator id ' + i)
                if not any(has(text, x) for x in forms(v, i.endswith('_vnd'))):
                    errs.append(f'figure {e["task"]} {i}={v}')
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in nt: errs.append('kk/dx: ' + s[:40])
    print(('OK   ' if not errs else 'FAIL ') + f + ('' if not errs else '  ' + '; '.join(errs)))
    fails += bool(errs)
print(f"{len(files)} files, {fails} failing"); sys.exit(1 if fails else 0)
