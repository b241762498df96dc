# -*- coding: utf-8 -*-
"""Reopens each final file independently of gen.py and checks it against its truth key."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x)
                x = re.sub(r'<w:tab/>', '\t', x)
                x = re.sub(r'<[^>]+>', '', x)
                for a, b in (('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'"), ('&amp;', '&')):
                    x = x.replace(a, b)
                out.append(x)
    return '\n'.join(out)


def xlsx_text(path):
    out = []
    for data_only in (False, True):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None:
                        continue
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return '\n'.join(out)


def forms(n, money=False):
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.')}
    if money:
        m = n / 1_000_000
        s = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' triệu', s + 'tr', s + ' tr'}
    return f


def has_num(text, forms_):
    for f in forms_:
        if re.search(r'(?<![\d.,])' + re.escape(f.casefold()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f'ngày {dd} tháng {mm} năm {y}')
            out.add(f'{dd}/{mm}/{y}')
    return out


fails = 0
files = sorted(glob.glob(os.path.join(D, 'truth', '*.json')))
for tf in files:
    k = json.load(open(tf, encoding='utf-8'))
    path = os.path.join(D, k['file'])
    errs = []
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256 mismatch')
    text = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
    t = norm(text)
    if k['unit'] and norm(k['unit']['name']) not in t:
        errs.append('unit name missing: ' + k['unit']['name'])
    if k['document']['number'] and norm(k['document']['number']) not in t:
        errs.append('number missing')
    if k['document']['date'] and not any(norm(f) in t for f in date_forms(k['document']['date'])):
        errs.append('date missing')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, forms(v, ind.endswith('_vnd'))):
                errs.append(f'{e["task"]} {ind}={v} not found')
    for d in k['difficulties'] + k['proposals']:
        if norm(d) not in t:
            errs.append('text missing: ' + d[:50])
    if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
        errs.append('rejected key malformed')
    print(('OK   ' if not errs else 'FAIL ') + k['file'] + ('' if not errs else ' :: ' + '; '.join(errs)))
    fails += bool(errs)
n_docx = sum(f.endswith('.docx.json') for f in files)
print(f'{len(files)} files ({n_docx} docx, {len(files)-n_docx} xlsx); {len(files)-fails} passed, {fails} failed')
sys.exit(1 if fails else 0)
