# -*- coding: utf-8 -*-
"""Independent check of set86: reopens every file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
for line in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    p = line.split(',')
    ALIASES[p[0]] = [p[1]] + [a for a in p[3].split(';') if a]

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).strip().lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', name):
                xml = z.read(name).decode('utf-8')
                for para in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
                    para = re.sub(r'<w:(br|cr)/>', '<w:t> </w:t>', para)
                    para = re.sub(r'<w:tab/>', '<w:t>\t</w:t>', para)
                    ts = re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para)
                    out.append(''.join(ts))
    import html
    return html.unescape('\n'.join(out))

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    out.append(str(v))
    return '\n'.join(out)

def dec(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s.replace('.', ',')

def forms(ind, v):
    f = set()
    dots = '{:,}'.format(v).replace(',', '.')
    f |= {str(v), dots, '{:,}'.format(v).replace(',', ' ')}
    if v < 100:
        f.add('%02d' % v)
    if ind.endswith('_vnd'):
        f |= {dec(v / 1e6) + ' trđ', dec(v / 1e6) + ' triệu', dec(v / 1e9) + ' tỷ'}
    return f

def found(text, form):
    pat = r'(?<![\d.,])' + re.escape(form.lower()) + r'(?![\d]|[.,]\d)'
    return re.search(pat, text) is not None

def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add('ngày %s tháng %s năm %s' % (dd, mm, y))
            out.add('%s/%s/%s' % (dd, mm, y))
    return out

errors = []
files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
for kf in files:
    k = json.load(open(kf, encoding='utf-8'))
    path = os.path.join(HERE, k['file'])
    err = lambda m: errors.append('%s: %s' % (k['file'], m))
    if not os.path.exists(path):
        err('missing file'); continue
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
        err('sha256 mismatch')
    raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
    text = norm(raw)
    if k['unit'] and k['unit']['id']:
        if not any(norm(a) in text for a in ALIASES[k['unit']['id']]):
            err('unit name not found')
    if k['document']['date'] and not any(norm(f) in text for f in date_forms(k['document']['date'])):
        err('date not found')
    if k['document']['number'] and norm(k['document']['number']) not in text:
        err('number not found')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not any(found(text, norm(f)) for f in forms(ind, v)):
                err('%s %s=%s not found' % (e['task'], ind, v))
        if norm(e['text'])[:60] not in text:
            err('%s entry text not found' % e['task'])
    for d in k['difficulties'] + k['proposals']:
        if norm(d) not in text:
            err('item not found: ' + d[:50])
    if k['status'] == 'rejected' and k['entries']:
        err('rejected file with entries')

n = len(files)
docx = sum(f.endswith('.docx.json') for f in files)
rej = sum(json.load(open(f))['status'] == 'rejected' for f in files)
print('%d files: %d DOCX, %d XLSX, %d mistaken' % (n, docx, n - docx, rej))
if errors:
    print('\n'.join(errors)); print('FAIL'); sys.exit(1)
print('check.py: all checks passed')
