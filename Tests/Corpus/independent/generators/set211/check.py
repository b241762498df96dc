# -*- coding: utf-8 -*-
"""Reopens every final file independently of gen.py and checks it against truth/."""
import json, os, sys, re, zipfile, hashlib, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

D = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(path):
    """text after accepting all tracked changes (w:delText dropped, w:ins kept)."""
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if not re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', name):
            continue
        root = ET.fromstring(z.read(name))
        for p in root.iter(W + 'p'):
            buf = []
            for r in p.iter(W + 'r'):          # runs only (pPr tab stops are not text)
                for el in r:
                    if el.tag == W + 't': buf.append(el.text or '')
                    elif el.tag == W + 'tab': buf.append('\t')
                    elif el.tag in (W + 'br', W + 'cr'): buf.append('\n')
            out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def forms(v):
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.')}
    if v >= 1000000:
        for unit, d in (('triệu', 1e6), ('tỷ', 1e9)):
            x = v / d
            if x >= 1:
                s = (f'{x:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
                f.add(f'{s} {unit}')
    return f

def num_in(text, v):
    for s in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    return [f'ngày {d.day:02d} tháng {d.month:02d} năm {d.year}', f'ngày {d.day} tháng {d.month} năm {d.year}',
            f'{d.day:02d}/{d.month:02d}/{d.year}', f'ngày {d.day:02d} tháng {d.month} năm {d.year}']

bad = 0
files = sorted(f for f in os.listdir(os.path.join(D, 'truth')) if f.endswith('.json'))
for kf in files:
    key = json.load(open(os.path.join(D, 'truth', kf), encoding='utf-8'))
    path = os.path.join(D, key['file'])
    errs = []
    if not os.path.exists(path):
        print('MISSING', key['file']); bad += 1; continue
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != key['sha256']: errs.append('sha256')
    text = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
    text = unicodedata.normalize('NFC', text)
    low = text.lower()
    name = key['unit']['name']
    short = name.split(' Thành phố')[0]
    if name.lower() not in low and short.lower() not in low and short.split(' ', 1)[1].lower() not in low:
        errs.append('unit name')
    if key['document']['number'] and key['document']['number'] not in text: errs.append('number')
    if not any(df in text for df in date_forms(key['document']['date'])): errs.append('date')
    for e in key['entries']:
        for k, v in e['indicators'].items():
            if not num_in(text, v): errs.append(f"{e['task']} {k}={v}")
    for s in key['difficulties'] + key['proposals']:
        if s not in text: errs.append('kk/dx: ' + s[:40])
    if key['status'] == 'rejected' and key['entries']: errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL'), key['file'], '; '.join(errs))
    bad += bool(errs)
print('files:', len(files), 'failed:', bad)
sys.exit(1 if bad else 0)
