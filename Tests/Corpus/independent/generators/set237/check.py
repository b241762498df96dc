# -*- coding: utf-8 -*-
"""Independent check of set 237: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
WNS = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(WNS + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(WNS + 't')))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def forms(v):
    v = int(v)
    f = {str(v), '{:,}'.format(v).replace(',', '.'), '%02d' % v}
    for scale, word in ((10**6, 'triệu'), (10**9, 'tỷ')):
        if v >= scale // 10 and v % (scale // 1000) == 0:
            x = ('%.3f' % (v / scale)).rstrip('0').rstrip('.').replace('.', ',')
            f.add(x + ' ' + word)
    return f

def has_number(text, v):
    for s in forms(v):
        if re.search(r'(?<![\d\.,])' + re.escape(s) + r'(?![\d]|[\.,]\d)', text):
            return True
    return False

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().casefold()

def main():
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    errs = []
    if len(keys) != len(files):
        errs.append('keys %d vs files %d' % (len(keys), len(files)))
    for k in keys:
        key = json.load(open(k))
        path = os.path.join(HERE, key['file'])
        if not os.path.exists(path):
            errs.append('missing ' + key['file']); continue
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if sha != key['sha256']: errs.append('sha mismatch ' + key['file'])
        text = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        nt = norm(text)
        uname = key['unit']['name']
        short = re.sub(r'^(Phường|Xã|Đặc khu) ', '', uname)
        if norm(uname) not in nt and norm(short) not in nt:
            errs.append('unit name not found ' + key['file'])
        y, m, d = key['document']['date'].split('-')
        dpat = [r'ngày\s*%s\s*tháng\s*%s\s*năm\s*%s' % (d, m, y), '%s/%s/%s' % (d, m, y)]
        if not any(re.search(p, nt) for p in dpat):
            errs.append('date not found ' + key['file'])
        if key['document']['number'] and norm(key['document']['number']) not in nt:
            errs.append('number not found ' + key['file'])
        for e in key['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, v):
                    errs.append('figure %s=%s (%s) not found in %s' % (ind, v, e['task'], key['file']))
        for x in key['difficulties'] + key['proposals']:
            if norm(x) not in nt:
                errs.append('dk/dx not found in %s: %s' % (key['file'], x[:50]))
        if key['status'] == 'rejected' and (key['entries'] or not key['reason']):
            errs.append('rejected key malformed ' + key['file'])
    if errs:
        print('\n'.join(errs)); print('FAIL', len(errs)); sys.exit(1)
    print('check.py: %d files OK' % len(keys))

if __name__ == '__main__':
    main()
