# -*- coding: utf-8 -*-
"""Independent checker for set178: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, hashlib, zipfile, unicodedata, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(HERE, 'truth')

def norm(s):
    return unicodedata.normalize('NFC', s)

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
    wb = openpyxl.load_workbook(p, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def forms(v):
    f = {str(v), f"{v:,}".replace(',', '.'), f"{v:02d}"}
    if v >= 1_000_000 and v % 100_000 == 0:
        t = v / 1_000_000
        f.add((f"{t:.3f}".rstrip('0').rstrip('.')).replace('.', ',') + ' triệu')
    if v >= 1_000_000_000 and v % 10_000_000 == 0:
        t = v / 1_000_000_000
        f.add((f"{t:.3f}".rstrip('0').rstrip('.')).replace('.', ',') + ' tỷ')
    return f

def has_num(text, form):
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None

bad = 0
keys = sorted(os.listdir(TR))
n_docx = n_xlsx = n_rej = 0
for k in keys:
    t = json.load(open(os.path.join(TR, k), encoding='utf-8'))
    p = os.path.join(HERE, t['file'])
    errs = []
    if not os.path.exists(p):
        print('MISSING', t['file']); bad += 1; continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']:
        errs.append('sha256')
    if p.endswith('.docx'):
        text = norm(docx_text(p)); n_docx += 1
    else:
        text = norm(xlsx_text(p)); n_xlsx += 1
    if t['status'] == 'rejected': n_rej += 1
    low = text.lower()
    if norm(t['unit']['name']).lower() not in low and not (t['unit']['name'].upper() in text):
        errs.append('unit name')
    y, m, d = map(int, t['document']['date'].split('-'))
    if not re.search(rf'ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}', text):
        errs.append('date')
    if t['document']['number'] and t['document']['number'] not in text:
        errs.append('number')
    for e in t['entries']:
        for ind, v in e['indicators'].items():
            if not any(has_num(text, f) for f in forms(v)):
                errs.append(f"{e['task']} {ind}={v}")
    for s in t['difficulties'] + t['proposals']:
        if norm(s) not in text:
            errs.append('text: ' + s[:40])
    print(('OK  ' if not errs else 'FAIL') + ' ' + t['file'] + ('' if not errs else '  ' + '; '.join(errs)))
    bad += bool(errs)
print(f"files: {len(keys)} (docx {n_docx}, xlsx {n_xlsx}, rejected {n_rej})")
print('PASS' if bad == 0 else f'{bad} FAILED')
sys.exit(1 if bad else 0)
