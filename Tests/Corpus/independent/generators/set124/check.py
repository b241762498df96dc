# -*- coding: utf-8 -*-
"""Independent check of set124: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies the truth keys against what is really written."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/shared/data'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i '
            'II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d '
            'II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}


def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    return re.sub(r'\s+', ' ', s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join((t.text or '') for t in p.iter() if t.tag in (W + 't',)) )
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)


def units():
    u = {}
    for r in csv.DictReader(open(os.path.join(DATA, 'communes-2025.csv'), encoding='utf-8')):
        if r['province_code'] == '79':
            u[r['code']] = [r['name']]
    for r in csv.DictReader(open(os.path.join(DATA, 'agencies.csv'), encoding='utf-8')):
        u[r['id']] = [r['name']] + [a for a in (r['aliases'] or '').split(';') if a]
    return u


def dotted(n):
    return f'{n:,}'.replace(',', '.')


def forms(n):
    f = {str(n), f'{n:02d}', f'{n:03d}', dotted(n), f'{n:,}', f'{n:,}'.replace(',', ' ')}
    for unit, word, short in ((10**6, 'triệu', 'tr'), (10**9, 'tỷ', None)):
        if n >= unit and n % (unit // 100) == 0:
            v = n / unit
            s = (f'{v:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
            f |= {f'{s} {word}', f'{s}{word}'}
            if short:
                f |= {f'{s}{short}', f'{s} {short}'}
                if '.' in f'{v}' and n % unit:
                    a, b = f'{v:.2f}'.rstrip('0').split('.')
                    f.add(f'{a}{short}{b}')
    return f


def has_number(text, form):
    # the form must not be glued to other digits
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None


def main():
    U = units()
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for tj in files:
        k = json.load(open(tj, encoding='utf-8'))
        fn = k['file']; path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path):
            print('MISSING', fn); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        raw = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        t = norm(raw)
        uid = k['unit']['id']
        if uid not in U:
            errs.append(f'unknown unit id {uid}')
        elif not any(norm(nm) in t for nm in U[uid]):
            errs.append(f'unit name not found: {U[uid][0]}')
        if k['unit']['name'] != U.get(uid, [None])[0]:
            errs.append('unit.name differs from data')
        date = k['document']['date']
        if date:
            y, m, d = map(int, date.split('-'))
            dforms = [f'ngày {d} tháng {m} năm {y}', f'ngày {d:02d} tháng {m:02d} năm {y}',
                      f'ngày {d} tháng {m:02d} năm {y}', f'{d}/{m}/{y}', f'{d:02d}/{m:02d}/{y}']
            if not any(norm(x) in t for x in dforms):
                errs.append('date not found ' + date)
        num = k['document']['number']
        if num and norm(num) not in t:
            errs.append('number not found ' + num)
        if k['status'] == 'rejected':
            if not k['reason'] or k['entries']:
                errs.append('rejected key must have reason and no entries')
        else:
            seen = set()
            for e in k['entries']:
                if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
                if e['task'] in seen: errs.append('duplicate task ' + e['task'])
                seen.add(e['task'])
                if e['status'] not in STATUSES: errs.append('bad status ' + e['status'])
                if norm(e['text']) not in t: errs.append('entry text not in file: ' + e['text'][:40])
                for ind, v in e['indicators'].items():
                    if ind not in INDS: errs.append('bad indicator ' + ind)
                    if not isinstance(v, int): errs.append(f'{ind} not int')
                    if not any(has_number(t, norm(f)) for f in forms(v)):
                        errs.append(f'{e["task"]} {ind}={v} not written')
            for x in k['difficulties'] + k['proposals']:
                if norm(x) not in t:
                    errs.append('difficulty/proposal not found: ' + x[:50])
        print(('FAIL ' if errs else 'ok   ') + fn)
        for e in errs:
            print('     ', e)
        bad += bool(errs)
    print(f'{len(files)} keys, {bad} failing')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
