# -*- coding: utf-8 -*-
"""Re-open every file in set59 independently of gen.py and verify its key."""
import json, os, re, sys, zipfile, hashlib, unicodedata, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).lower()

def docx_text(p):
    parts = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x)
                x = re.sub(r'<w:tab/>', '\t', x)
                parts.append(re.sub(r'<[^>]+>', '', x))
    import html
    return html.unescape('\n'.join(parts))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def dotted(n):
    return f'{n:,}'.replace(',', '.')

def forms(n):
    f = {str(n), f'{n:02d}', dotted(n)}
    if n >= 1_000_000:
        m = n / 1_000_000
        s = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' triệu', s + 'tr'}
    return f

def has_number(text, n):
    for fm in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-')
    di, mi = int(d), int(m)
    out = []
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.append(f'ngày {dd} tháng {mm} năm {y}')
            out.append(f'{dd}/{mm}/{y}')
    return out

errors = 0
files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
for kp in files:
    k = json.load(open(kp, encoding='utf-8'))
    fp = os.path.join(HERE, k['file'])
    errs = []
    if not os.path.exists(fp):
        errs.append('missing file')
    else:
        if hashlib.sha256(open(fp, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        raw = docx_text(fp) if fp.endswith('.docx') else xlsx_text(fp)
        t = norm(raw)
        uname = k['unit']['name']
        if norm(uname) not in t and norm(uname.split(' ', 1)[1]) not in t:
            errs.append('unit name not found: ' + uname)
        if k['document']['date'] and not any(norm(df) in t for df in date_forms(k['document']['date'])):
            errs.append('date not found: ' + k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in t:
            errs.append('number not found: ' + k['document']['number'])
        if k['status'] == 'rejected':
            if k['entries']:
                errs.append('rejected file with entries')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not isinstance(v, int) or not has_number(t, v):
                    errs.append(f"{e['task']} {ind}={v} not found")
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in t:
                errs.append('item not found: ' + s[:60])
        tasks = [e['task'] for e in k['entries']]
        if len(tasks) != len(set(tasks)):
            errs.append('duplicate task entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else '\n    ' + '\n    '.join(errs)))
    errors += bool(errs)
print(f'{len(files)} keys, {errors} failing')
sys.exit(1 if errors else 0)
