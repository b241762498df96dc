# -*- coding: utf-8 -*-
"""Independent check of set105: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies each truth key against what is written."""
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h',
         'II.2.i', 'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b',
         'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}


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
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return '\n'.join(out)


def forms(n):
    n = int(n)
    f = {str(n), '%02d' % n}
    if n >= 1000:
        f.add('{:,}'.format(n).replace(',', '.'))
        f.add('{:,}'.format(n))
        f.add('{:,}'.format(n).replace(',', ' '))
    if n >= 100000:
        m = n / 1e6
        s = ('%g' % m).replace('.', ',')
        f |= {s + ' triệu', s + ' tr', s + 'tr'}
    return f


def has_number(text, n):
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add('ngày %s tháng %s năm %s' % (dd, mm, y))
            out.add('%s/%s/%s' % (dd, mm, y))
    return out


def main():
    errors = 0
    files = sorted(f for f in os.listdir(TRUTH) if f.endswith('.json'))
    for tf in files:
        k = json.load(open(os.path.join(TRUTH, tf), encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); errors += 1; continue
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if sha != k['sha256']:
            errs.append('sha256 mismatch')
        text = nfc(docx_text(path) if path.endswith('.docx') else xlsx_text(path))
        flat = re.sub(r'\s+', ' ', text)
        if k['status'] not in ('extracted', 'rejected'):
            errs.append('bad status')
        if k['status'] == 'rejected' and not k.get('reason'):
            errs.append('rejected without reason')
        if k['unit'] and k['unit'].get('name'):
            if nfc(k['unit']['name']).lower() not in flat.lower():
                errs.append('unit name not found: ' + k['unit']['name'])
        if k['document']['date'] and not any(df in flat for df in date_forms(k['document']['date'])):
            errs.append('date not found ' + k['document']['date'])
        if k['document']['number'] and k['document']['number'] not in flat:
            errs.append('number not found ' + k['document']['number'])
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
            if e['task'] in seen: errs.append('duplicate task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append('bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in INDS: errs.append('bad indicator ' + ind)
                if not isinstance(v, int): errs.append('non-int %s' % ind)
                if not has_number(flat, v): errs.append('figure not found %s %s=%s' % (e['task'], ind, v))
        for x in k['difficulties'] + k['proposals']:
            if re.sub(r'\s+', ' ', nfc(x)) not in flat:
                errs.append('text not found: ' + x[:60])
        if k['status'] == 'rejected' and k['entries']:
            errs.append('rejected file with entries')
        print(('OK   ' if not errs else 'FAIL ') + k['file'] + ('' if not errs else '\n    ' + '\n    '.join(errs)))
        errors += len(errs)
    n_files = len([f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))])
    if n_files != len(files):
        print('file/key count mismatch', n_files, len(files)); errors += 1
    print('errors:', errors)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
