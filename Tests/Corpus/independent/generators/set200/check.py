# -*- coding: utf-8 -*-
"""Independent checker for set200: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, every keyed figure, difficulties, proposals."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
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
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)


def dotted(n):
    return '{:,}'.format(n).replace(',', '.')


def candidates(v):
    v = int(v)
    c = {str(v), '%02d' % v, dotted(v)}
    for div, word in ((1_000_000, 'triệu'), (1_000_000_000, 'tỷ')):
        if v >= div and v % (div // 10) == 0:
            x = v / div
            s = ('%.1f' % x).rstrip('0').rstrip('.').replace('.', ',')
            c.add(s + ' ' + word)
    return c


def has_number(text, v):
    for cand in candidates(v):
        if re.search(r'(?<![\d.,])' + re.escape(cand) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def names_for(unit):
    names = {unit['name']}
    with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
        for r in csv.DictReader(fh):
            if r['id'] == unit['id']:
                names.add(r['name'])
                names.update(a for a in (r['aliases'] or '').split(';') if a)
    return names


def ws(s):
    return re.sub(r'\s+', ' ', nfc(s)).strip()


fails = 0
files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
for tf in files:
    k = json.load(open(tf, encoding='utf-8'))
    path = os.path.join(HERE, k['file'])
    errs = []
    if not os.path.exists(path):
        errs.append('missing file')
    else:
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        text = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        text = nfc(text)
        flat = ws(text)
        low = flat.casefold()
        if k['unit'] and not any(ws(n).casefold() in low for n in names_for(k['unit'])):
            errs.append('unit name not found: %s' % k['unit']['name'])
        y, m, d = map(int, k['document']['date'].split('-'))
        if not re.search(r'ngày 0?%d tháng 0?%d năm %d' % (d, m, y), flat):
            errs.append('date not found')
        if k['document']['number'] and k['document']['number'] not in flat:
            errs.append('number not found')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(flat, v):
                    errs.append('figure %s %s=%s not found' % (e['task'], ind, v))
        for item in k['difficulties'] + k['proposals']:
            if ws(item) not in flat:
                errs.append('item not found: ' + item[:50])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key must have reason and no entries')
    print(('FAIL ' if errs else 'ok   ') + k['file'], '; '.join(errs))
    fails += bool(errs)
n_files = len([f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))])
if n_files != len(files):
    print('file/key count mismatch', n_files, len(files)); fails += 1
print('PASS' if not fails else 'FAILED (%d)' % fails)
sys.exit(1 if fails else 0)
