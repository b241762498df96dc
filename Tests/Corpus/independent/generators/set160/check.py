# -*- coding: utf-8 -*-
"""Independent check of set160: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, sys, json, glob, hashlib, zipfile, csv, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}
TASKS = {f'II.1.{x}' for x in 'ab'} | {f'II.2.{x}' for x in ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i']} | \
        {f'II.3.{x}' for x in 'abcd'} | {f'II.4.{x}' for x in 'abc'} | {f'II.5.{x}' for x in 'abcd'} | {f'II.6.{x}' for x in 'ab'}


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).strip().lower()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        paras.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(paras)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)


def forms(n):
    n = int(n)
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}'.replace(',', ' ')}
    for unit, word in [(10**6, 'triệu'), (10**9, 'tỷ')]:
        if n >= unit and n % (unit // 100) == 0:
            v = n / unit
            s = ('%g' % v).replace('.', ',')
            f.add(f'{s} {word}')
    return f


def has_number(text, n):
    for fm in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(fm.lower()) + r'(?![\d]|[.,]\d)', text):
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
    aliases = {}
    with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
        for row in csv.DictReader(fh):
            aliases[row['id']] = [row['name']] + [a for a in (row['aliases'] or '').split(';') if a]
    errors = 0
    files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    kinds = {'docx': 0, 'xlsx': 0, 'rejected': 0}
    for tp in files:
        k = json.load(open(tp, encoding='utf-8'))
        fn = k['file']; path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path):
            print('MISSING', fn); errors += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        ext = fn.rsplit('.', 1)[1]
        kinds[ext] += 1
        raw = docx_text(path) if ext == 'docx' else xlsx_text(path)
        text = norm(raw)
        if k['status'] == 'rejected':
            kinds['rejected'] += 1
            if not k.get('reason'): errs.append('rejected without reason')
        uid = k['unit']['id']
        names = [k['unit']['name']] + aliases.get(uid, [])
        if not any(norm(nm) in text for nm in names):
            errs.append('unit name not found: ' + k['unit']['name'])
        if k['document']['date'] and not any(df in text for df in date_forms(k['document']['date'])):
            errs.append('date not found ' + k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in text:
            errs.append('number not found ' + k['document']['number'])
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
            if e['task'] in seen: errs.append('duplicate task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append('bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in INDS: errs.append('bad indicator ' + ind)
                if not has_number(text, v): errs.append(f'{e["task"]} {ind}={v} not found')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text: errs.append('text not found: ' + x[:60])
        if errs:
            errors += 1
            print('FAIL', fn); [print('   ', e) for e in errs]
        else:
            print('ok  ', fn)
    print(f"{len(files)} files: {kinds['docx']} docx, {kinds['xlsx']} xlsx, {kinds['rejected']} rejected")
    print('PASS' if errors == 0 else f'{errors} FAILED')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
