# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify its answer key."""
import hashlib, json, os, re, sys, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
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
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1000000
        ms = (f'{m:.1f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {ms + ' triệu', ms + 'tr', ms + ' tr'}
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', text):
            return True
    return False


def squash(s):
    return re.sub(r'\s+', ' ', nfc(s)).strip().lower()


def main():
    bad = 0
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    keys = os.listdir(os.path.join(HERE, 'truth'))
    assert len(files) == len(keys), (len(files), len(keys))
    for f in sorted(files):
        errs = []
        k = json.load(open(os.path.join(HERE, 'truth', f + '.json'), encoding='utf-8'))
        path = os.path.join(HERE, f)
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if sha != k['sha256']:
            errs.append('sha256 mismatch')
        text = nfc(docx_text(path) if f.endswith('.docx') else xlsx_text(path))
        low = squash(text)
        if k['file'] != f:
            errs.append('file field')
        if k['unit']['name'] and squash(k['unit']['name']) not in low:
            errs.append('unit name missing: ' + k['unit']['name'])
        if k['document']['number'] and k['document']['number'].lower() not in low:
            errs.append('number missing')
        y, m, d = k['document']['date'].split('-')
        if not any(s in low for s in [f'ngày {d} tháng {m} năm {y}', f'{d}/{m}/{y}']):
            errs.append('date missing')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, v):
                    errs.append(f'{e["task"]} {ind}={v} not found')
        for t in k['difficulties'] + k['proposals']:
            if squash(t) not in low:
                errs.append('missing text: ' + t[:50])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key malformed')
        print(('OK  ' if not errs else 'FAIL') + ' ' + f + (' ' + '; '.join(errs) if errs else ''))
        bad += bool(errs)
    print('ALL PASS' if not bad else f'{bad} file(s) failed')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
