# -*- coding: utf-8 -*-
"""Re-opens every final file independently of gen.py and checks its key."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
bad = 0


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'<w:tab/>', '\t', x)
            x = re.sub(r'<w:br/>', '\n', x)
            out.append(re.sub(r'<[^>]+>', '', x))
    return '\n'.join(out)


def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return '\n'.join(out)


def forms(n):
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.')}
    if n >= 1000000:
        m = n / 1000000
        s = ('%g' % m).replace('.', ',')
        f |= {s + ' triệu', s + ' tr'}
    return f


def has_num(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


for fn in sorted(os.listdir(os.path.join(D, 'truth'))):
    k = json.load(open(os.path.join(D, 'truth', fn), encoding='utf-8'))
    p = os.path.join(D, k['file'])
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256')
    t = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    t = unicodedata.normalize('NFC', t)
    tl = t.lower()
    name = k['unit']['name']
    short = name.split(' ', 1)[1]
    if name.lower() not in tl and short.lower() not in tl:
        errs.append('unit name ' + name)
    y, m, d = k['document']['date'].split('-')
    if not re.search(r'ngày 0?%d tháng 0?%d năm %s' % (int(d), int(m), y), t):
        errs.append('date')
    if k['document']['number'] and k['document']['number'] not in t:
        errs.append('number')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, v):
                errs.append('figure %s %s=%s' % (e['task'], ind, v))
    for s in k['difficulties'] + k['proposals']:
        if s not in t:
            errs.append('text: ' + s[:40])
    if k['status'] == 'rejected' and k['entries']:
        errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
print('files:', len(os.listdir(os.path.join(D, 'truth'))), 'failures:', bad)
sys.exit(1 if bad else 0)
