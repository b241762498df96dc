# -*- coding: utf-8 -*-
"""Independent check of set36: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, zipfile, hashlib, unicodedata, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'header' in n or 'footer' in n or 'footnotes' in n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + 't' and el.text: buf.append(el.text)
                        elif el.tag in (W + 'tab',): buf.append('\t')
                        elif el.tag in (W + 'br',): buf.append(' ')
                    out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)  # formulas as written
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, datetime.datetime): v = v.strftime('%d/%m/%Y')
                elif isinstance(v, float) and v.is_integer(): v = str(int(v))
                out.append(str(v))
    return '\n'.join(out)

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().lower()

WORDS = {0: 'không', 1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười',
         11: 'mười một', 12: 'mười hai', 13: 'mười ba', 14: 'mười bốn', 15: 'mười lăm'}

def forms(n):
    n = int(n); f = {str(n)}
    if n < 10: f.add('0%d' % n)
    if n >= 1000:
        f.add('{:,}'.format(n)); f.add('{:,}'.format(n).replace(',', '.')); f.add('{:,}'.format(n).replace(',', ' '))
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1e6
        s = ('%g' % m).replace('.', ',')
        f.add(s + ' triệu'); f.add(s + 'tr')
    return f

def has_number(text, n):
    t = norm(text)
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f.lower()) + r'(?![\d])', t): return True
    if n in WORDS and re.search(r'(?<!\w)' + WORDS[n] + r'(?!\w)', t): return True
    if n == 0 and re.search(r'(?<![\d.,])0(?!\d)', t): return True
    return False

def date_ok(text, iso):
    y, m, d = iso.split('-'); t = norm(text)
    pats = [r'ngày 0?%d tháng 0?%d năm %s' % (int(d), int(m), y), r'0?%d/0?%d/%s' % (int(d), int(m), y)]
    return any(re.search(p, t) for p in pats)

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    bad = 0
    for f in files:
        errs = []
        kp = os.path.join(HERE, 'truth', f + '.json')
        if not os.path.exists(kp): print('NO KEY', f); bad += 1; continue
        k = json.load(open(kp, encoding='utf-8'))
        p = os.path.join(HERE, f)
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        if k['file'] != f: errs.append('file field')
        text = docx_text(p) if f.endswith('.docx') else xlsx_text(p)
        nt = norm(text)
        if k['unit'] and k['unit']['name']:
            if norm(k['unit']['name']) not in nt: errs.append('unit name ' + k['unit']['name'])
        if k['document']['date'] and not date_ok(text, k['document']['date']): errs.append('date ' + k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in nt: errs.append('number ' + k['document']['number'])
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, v): errs.append('figure %s %s=%s' % (e['task'], ind, v))
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in nt: errs.append('item missing: ' + x[:50])
        if k['status'] == 'rejected' and k['entries']: errs.append('rejected with entries')
        print(('OK  ' if not errs else 'FAIL') + ' ' + f + ('' if not errs else ' :: ' + '; '.join(errs)))
        bad += bool(errs)
    keys = set(os.listdir(os.path.join(HERE, 'truth')))
    extra = keys - {f + '.json' for f in files}
    if extra: print('keys without file:', extra); bad += 1
    print('files:', len(files), 'docx:', sum(f.endswith('.docx') for f in files), 'xlsx:', sum(f.endswith('.xlsx') for f in files),
          'rejected:', sum(json.load(open(os.path.join(HERE, 'truth', f + '.json')))['status'] == 'rejected' for f in files))
    print('PASS' if not bad else 'FAILED (%d)' % bad)
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
