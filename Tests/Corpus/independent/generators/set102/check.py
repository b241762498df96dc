# -*- coding: utf-8 -*-
"""Independent check of set102: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, re, sys, json, glob, zipfile, hashlib, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

WORDS = {1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười'}


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + 'p'):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + 't' and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + 'tab',):
                            buf.append('\t')
                        elif el.tag in (W + 'br', W + 'cr'):
                            buf.append('\n')
                    out.append(''.join(buf))
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    out.append(str(v))
    return '\n'.join(out)


def forms(n):
    n = int(n)
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.'), '{:,}'.format(n)}
    if n >= 1000000:
        m = n / 1000000
        s = ('%g' % m)
        f |= {s.replace('.', ',') + ' triệu', s + ' triệu', s.replace('.', ',') + 'tr'}
    if n in WORDS:
        f.add(WORDS[n])
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text, re.I):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    return ['ngày %s tháng %s năm %s' % (d, m, y), 'ngày %d tháng %d năm %s' % (int(d), int(m), y),
            '%s/%s/%s' % (d, m, y), '%d/%d/%s' % (int(d), int(m), y), '%s.%s.%s' % (d, m, y)]


def ws(s):
    return re.sub(r'\s+', ' ', nfc(s)).strip()


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(keys) != len(files):
        print('MISMATCH: %d keys vs %d files' % (len(keys), len(files)))
        bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        text = nfc(docx_text(path) if path.endswith('.docx') else xlsx_text(path))
        flat = ws(text)
        low = flat.lower()
        if k['unit'] and k['unit']['name']:
            name = nfc(k['unit']['name']).lower()
            alt = name.replace('–', '-')
            short = re.sub(r' thành phố hồ chí minh$', '', name)
            if not any(x in low for x in (name, alt, short, short.replace('–', '-'))):
                errs.append('unit name %r' % k['unit']['name'])
        doc = k['document'] or {}
        if doc.get('date') and not any(df.lower() in low for df in date_forms(doc['date'])):
            errs.append('date %s' % doc['date'])
        if doc.get('number') and nfc(doc['number']) not in flat:
            errs.append('number %s' % doc['number'])
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(flat, v):
                    errs.append('%s %s=%s' % (e['task'], ind, v))
            if e['text'] and ws(e['text']) not in flat:
                errs.append('entry text not found: %s' % e['text'][:40])
        for x in k['difficulties'] + k['proposals']:
            if ws(x) not in flat:
                errs.append('item not found: %s' % x[:50])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key malformed')
        print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' -> ' + '; '.join(errs)))
        bad += bool(errs)
    print('PASS' if not bad else 'FAILURES: %d' % bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
