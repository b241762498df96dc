# -*- coding: utf-8 -*-
"""Independent check of set197: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, glob, hashlib, zipfile, re, unicodedata
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).lower()

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf8')
            x = re.sub(r'<w:(p|br|tab)\b[^>]*/?>', '\n', x)
            x = re.sub(r'<[^>]+>', '', x)
            out.append(x.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))
    return '\n'.join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def forms(n):
    n = int(n)
    f = {str(n), f"{n:,}".replace(',', '.')}
    if n < 10: f.add(f"{n:02d}")
    return f

def has_num(text, n):
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

bad = 0
keys = sorted(glob.glob(os.path.join(D, 'truth', '*.json')))
for k in keys:
    t = json.load(open(k))
    p = os.path.join(D, t['file'])
    errs = []
    if not os.path.exists(p):
        print('MISSING', t['file']); bad += 1; continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']:
        errs.append('sha256')
    txt = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    nt = norm(txt)
    if t['unit']['name'] and norm(t['unit']['name']) not in nt:
        errs.append('unit name')
    y, m, d = t['document']['date'].split('-')
    if f"ngày {d} tháng {m} năm {y}" not in nt:
        errs.append('date')
    if t['document']['number'] and norm(t['document']['number']) not in nt:
        errs.append('number')
    for e in t['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(txt, v):
                errs.append(f"{e['task']} {ind}={v}")
    for s in t['difficulties'] + t['proposals']:
        if norm(s) not in nt:
            errs.append('text: ' + s[:40])
    if t['status'] == 'rejected' and (t['entries'] or not t['reason']):
        errs.append('rejected key shape')
    print(('OK  ' if not errs else 'FAIL') + ' ' + t['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
files = [f for f in os.listdir(D) if f.endswith(('.docx', '.xlsx'))]
if len(files) != len(keys):
    print('file/key count mismatch', len(files), len(keys)); bad += 1
print('PASS' if not bad else f'{bad} problem(s)')
sys.exit(1 if bad else 0)
