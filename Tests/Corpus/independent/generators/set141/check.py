# -*- coding: utf-8 -*-
"""Independent checker for set141: reopens every final file (zip+XML for DOCX, openpyxl + drawing XML
for XLSX) and verifies each key in truth/: sha256, unit name, date, số, every keyed figure in some
written form, every difficulty and proposal, valid task codes / statuses / indicator ids."""
import os, sys, json, re, glob, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h', 'II.2.i',
         'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b', 'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
        'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
WNS = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ANS = '{http://schemas.openxmlformats.org/drawingml/2006/main}'

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'[ \t\u00a0]+', ' ', s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
        for n in parts:
            root = ET.fromstring(z.read(n))
            for p in root.iter(WNS + 'p'):
                # direct text of this paragraph only (not nested text boxes' paragraphs twice is fine)
                t = ''.join(x.text or '' for x in p.iter(WNS + 't') if _owner_p(p, x))
                out.append(t)
    return '\n'.join(out)

def _owner_p(p, x):
    return True

def docx_text_flat(path):
    # paragraph-level text: iterate paragraphs that have no nested paragraphs
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n): continue
            root = ET.fromstring(z.read(n))
            for p in root.iter(WNS + 'p'):
                if any(True for _ in p.iter(WNS + 'txbxContent')):
                    # take only runs outside the text box
                    pass
                out.append(''.join(t.text or '' for t in p.iter(WNS + 't')))
    return '\n'.join(out)

def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path, data_only=False)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = [str(c.value) for c in row if c.value is not None]
            if vals: out.append(' | '.join(vals))
        for hf in (ws.oddHeader, ws.oddFooter):
            for part in (hf.left, hf.center, hf.right):
                if part.text: out.append(part.text)
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('xl/drawings/') and n.endswith('.xml'):
                root = ET.fromstring(z.read(n))
                for p in root.iter(ANS + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(ANS + 't')))
    return '\n'.join(out)

WORDS = {1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười'}

def dec(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s.replace('.', ',')

def forms(n):
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.'), '{:,}'.format(n).replace(',', ' '), '{:,}'.format(n)}
    pats = [re.escape(x) for x in f]
    if n >= 1000000:
        pats.append(re.escape(dec(n / 1e6)) + r'[\s|]*(triệu|tr)')
    if n >= 1000000000:
        pats.append(re.escape(dec(n / 1e9)) + r'[\s|]*tỷ')
    rx = [r'(?<![\d.,])' + p + r'(?![\d]|[.,]\d)' for p in pats]
    if n in WORDS:
        rx.append(r'\b' + WORDS[n] + r'\b')
    return rx

def has_number(text, n):
    return any(re.search(r, text, flags=re.I) for r in forms(n))

def has_date(text, iso):
    y, m, d = iso.split('-')
    m_, d_ = int(m), int(d)
    pats = [r'ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%s' % (d_, m_, y), r'0?%d/0?%d/%s' % (d_, m_, y)]
    return any(re.search(p, text, flags=re.I) for p in pats)

def main():
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    errors = []
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errors.append('key set != file set')
    for k in keys:
        key = json.load(open(k, encoding='utf-8'))
        fn = key['file']; path = os.path.join(HERE, fn)
        e = lambda msg: errors.append('%s: %s' % (fn, msg))
        if not os.path.exists(path): e('missing file'); continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != key['sha256']: e('sha256 mismatch')
        text = norm(docx_text(path) if fn.endswith('.docx') else xlsx_text(path))
        low = text.lower()
        if key['unit'] and key['unit']['name'].lower() not in low: e('unit name not found: ' + key['unit']['name'])
        if key['document']['date'] and not has_date(text, key['document']['date']): e('date not found')
        if key['document']['number'] and key['document']['number'].lower() not in low: e('number not found')
        if key['status'] not in ('extracted', 'rejected'): e('bad status')
        if key['status'] == 'rejected':
            if not key['reason']: e('rejected without reason')
            if key['entries']: e('rejected with entries')
        seen = set()
        for en in key['entries']:
            if en['task'] not in TASKS: e('bad task ' + str(en['task']))
            if en['task'] in seen: e('duplicate task ' + en['task'])
            seen.add(en['task'])
            if en['status'] not in STATUSES: e('bad status ' + en['status'])
            for iid, v in en['indicators'].items():
                if iid not in INDS: e('bad indicator ' + iid)
                if not isinstance(v, int): e('non-int figure %s' % iid)
                if not has_number(text, v): e('figure not found %s=%s (%s)' % (iid, v, en['task']))
        for x in key['difficulties'] + key['proposals']:
            if norm(x).lower() not in low: e('item not found: ' + x[:60])
        if not (3 <= len(key['entries']) <= 10) and key['status'] == 'extracted': e('entries count %d' % len(key['entries']))
    n_docx = sum(f.endswith('.docx') for f in files); n_xlsx = len(files) - n_docx
    n_rej = sum(json.load(open(k, encoding='utf-8'))['status'] == 'rejected' for k in keys)
    print('files: %d (docx %d, xlsx %d, rejected %d)' % (len(files), n_docx, n_xlsx, n_rej))
    if errors:
        print('\n'.join(errors)); print('FAIL'); sys.exit(1)
    print('PASS')

if __name__ == '__main__':
    main()
