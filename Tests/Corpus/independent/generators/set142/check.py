"""Independent checker for set142: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key in truth/: sha256, unit name (or a registered alias), date, every keyed
figure in some written form, every difficulty and proposal as written."""
import json, os, re, sys, zipfile, hashlib, unicodedata, csv
import openpyxl
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
    for row in csv.DictReader(fh):
        ALIASES[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).strip().casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith('word/') and name.endswith('.xml') and ('document' in name or 'header' in name or 'footer' in name or 'footnotes' in name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
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


def dotted(n):
    return f'{n:,}'.replace(',', '.')


def forms(n, money=False):
    f = {str(n), dotted(n), f'{n:02d}', f'{n:03d}'}
    if money:
        for div, words in ((10**6, ('triệu đồng', 'triệu', 'tr')), (10**9, ('tỷ đồng', 'tỷ'))):
            if n >= div and (n * 100) % div == 0:
                m = ('%g' % (n / div)).replace('.', ',')
                for w in words:
                    f.add(m + ' ' + w); f.add(m + w)
                if div == 10**6 and n % (div // 10) == 0 and n % div:
                    f.add('%dtr%d' % (n // div, (n % div) // (div // 10)))
    return f


def has_number(text, n, money):
    for fm in forms(n, money):
        if re.search(r'(?<![\d.,])' + re.escape(norm(fm)) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def main():
    fails = 0
    keys = sorted(f for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
    for kf in keys:
        k = json.load(open(os.path.join(HERE, 'truth', kf), encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        text = norm(raw)
        if k['unit'] and k['unit']['id']:
            names = ALIASES.get(k['unit']['id'], [k['unit']['name']])
            if not any(norm(n) in text for n in names):
                errs.append('unit name not found: ' + k['unit']['name'])
        if k['document']['number'] and norm(k['document']['number']) not in text:
            errs.append('number not found: ' + k['document']['number'])
        if k['document']['date']:
            y, m, d = k['document']['date'].split('-')
            pats = [r'ngày 0?%d tháng 0?%d năm %s' % (int(d), int(m), y), r'0?%d/0?%d/%s' % (int(d), int(m), y)]
            if not any(re.search(p, text) for p in pats):
                errs.append('date not found: ' + k['document']['date'])
        for e in k['entries']:
            for ind, val in e['indicators'].items():
                if not has_number(text, int(val), ind.endswith('_vnd')):
                    errs.append('figure not found: %s %s=%s' % (e['task'], ind, val))
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in text:
                errs.append('text not found: ' + s[:60])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key must have reason and no entries')
        print(('OK   ' if not errs else 'FAIL ') + k['file'])
        for x in errs:
            print('     - ' + x)
        fails += bool(errs)
    print('%d files, %d failing' % (len(keys), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
