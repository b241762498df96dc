# -*- coding: utf-8 -*-
"""Independent checker for set193: reopens each final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies the key against it."""
import json, hashlib, os, re, sys, zipfile, unicodedata, csv
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(HERE, 'truth')
AG = {}
for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    AG[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).lower()

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'<w:tab/>', '\t', x)
            x = re.sub(r'<w:br/>', '\n', x)
            x = re.sub(r'<[^>]+>', '', x)
            out.append(x)
    import html
    return html.unescape('\n'.join(out))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)

def forms(n, money=False):
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.')}
    if money:
        for unit, div, name in ((1e6, 1000000, 'triệu'), (1e9, 1000000000, 'tỷ')):
            v = n / div
            if v >= 1:
                s = ('%.3f' % v).rstrip('0').rstrip('.').replace('.', ',')
                f.add(s + ' ' + name)
        f = {x for x in f if not (x.isdigit() and len(x) < 7)}  # bare numbers insufficient for money
    return f

def has_num(text, form):
    # form must appear not glued to other digits
    pat = r'(?<![\d.,])' + re.escape(form.lower()) + r'(?![\d]|[.,]\d)'
    return re.search(pat, text) is not None

bad = 0
files = sorted(f for f in os.listdir(TR) if f.endswith('.json'))
for kf in files:
    k = json.load(open(os.path.join(TR, kf), encoding='utf-8'))
    p = os.path.join(HERE, k['file'])
    errs = []
    if not os.path.exists(p):
        print('MISSING', k['file']); bad += 1; continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256')
    raw = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    t = norm(raw)
    uid = k['unit']['id']
    names = AG.get(uid, [k['unit']['name']])
    if not any(norm(n) in t for n in names):
        errs.append('unit name')
    y, m, d = k['document']['date'].split('-')
    dforms = ['ngày %d tháng %d năm %s' % (int(d), int(m), y), 'ngày %s tháng %s năm %s' % (d, m, y),
              '%s/%s/%s' % (d, m, y), '%d/%d/%s' % (int(d), int(m), y)]
    if not any(norm(x) in t for x in dforms):
        errs.append('date')
    if k['document']['number'] and norm(k['document']['number']) not in t:
        errs.append('number')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            fs = forms(v, money=ind.endswith('_vnd'))
            if not any(has_num(t, norm(f)) for f in fs):
                errs.append('figure %s %s=%s' % (e['task'], ind, v))
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in t:
            errs.append('text: ' + x[:40])
    if k['status'] == 'rejected' and not k.get('reason'):
        errs.append('reason')
    print(('OK  ' if not errs else 'FAIL'), k['file'], '; '.join(errs))
    bad += bool(errs)
n_docx = sum(1 for f in files if f.endswith('.docx.json'))
print('%d files (%d docx, %d xlsx), %d failing' % (len(files), n_docx, len(files) - n_docx, bad))
sys.exit(1 if bad else 0)
