# -*- coding: utf-8 -*-
"""Independent check of set247: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each key against it."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().casefold()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def dotted(n):
    return f'{n:,}'.replace(',', '.')

def forms(n):
    n = int(n)
    f = {str(n), dotted(n), '%02d' % n}
    for scale, words in ((10**6, ('triệu', 'tr')), (10**9, ('tỷ',))):
        if n >= scale // 10 and n % (scale // 1000) == 0:
            x = n / scale
            for dec in (0, 1, 2, 3):
                s = f'{x:.{dec}f}'
                if float(s) == x:
                    f.add(s.replace('.', ','))
    return f

def has_number(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
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

def main():
    fails = 0; n = 0
    for kp in sorted(glob.glob(os.path.join(HERE, 'truth', '*.json'))):
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file']); n += 1
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); fails += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        text = norm(raw)
        if k['unit'] and k['unit']['name'] and norm(k['unit']['name']) not in text:
            errs.append('unit name not found: ' + k['unit']['name'])
        if k['document']['date'] and not any(norm(x) in text for x in date_forms(k['document']['date'])):
            errs.append('date not found: ' + k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in text:
            errs.append('number not found: ' + k['document']['number'])
        if k['status'] == 'rejected':
            if k['entries']: errs.append('rejected file with entries')
        for e in k['entries']:
            for ind, val in e['indicators'].items():
                if not has_number(text, val):
                    errs.append(f"{e['task']} {ind}={val} not found")
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text:
                errs.append('text not found: ' + x[:60])
        if errs:
            fails += 1
            print('FAIL', k['file']); [print('   ', e) for e in errs]
        else:
            print('ok  ', k['file'])
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(files) != n:
        print('file/key count mismatch', len(files), n); fails += 1
    print(f'{n} keys, {fails} failing')
    sys.exit(1 if fails else 0)

if __name__ == '__main__':
    main()
