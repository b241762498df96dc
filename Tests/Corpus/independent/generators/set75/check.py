# -*- coding: utf-8 -*-
"""Independent checker for set75: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, every keyed figure, difficulties, proposals."""
import hashlib, json, os, re, sys, zipfile, unicodedata, datetime
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
VALID_TASKS = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h',
               'II.2.i', 'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b',
               'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b'}
VALID_IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
             'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
             'standards_reviewed', 'budget_spent_vnd'}
VALID_ST = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'header' in n or 'footer' in n or 'footnotes' in n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    parts.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(parts), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.append(c.value)
                if isinstance(c.value, (datetime.date, datetime.datetime)):
                    parts.append(c.value.strftime('%d/%m/%Y'))
                parts.append(str(c.value))
    return '\n'.join(parts), nums


def forms(v):
    v = int(v)
    out = {str(v), f'{v:02d}', f'{v:03d}', f'{v:,}'.replace(',', '.'), f'{v:,}'.replace(',', ' ')}
    if v >= 1000000:
        m = v / 1000000
        s = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        out |= {s + ' triệu', s + 'tr'}
        if v >= 1000000000:
            b = (f'{v/1e9:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
            out.add(b + ' tỷ')
    return out


def has_num(text, nums, v):
    if any(abs(n - v) < 1e-9 for n in nums):
        return True
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = map(int, iso.split('-'))
    return [f'ngày {d:02d} tháng {m:02d} năm {y}', f'ngày {d} tháng {m} năm {y}', f'ngày {d:02d} tháng {m} năm {y}',
            f'ngày {d} tháng {m:02d} năm {y}', f'{d:02d}/{m:02d}/{y}', f'{d}/{m}/{y}']


def main():
    bad = 0
    tdir = os.path.join(HERE, 'truth')
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keys = sorted(os.listdir(tdir))
    if sorted(f + '.json' for f in files) != keys:
        print('MISMATCH files/keys'); bad += 1
    for f in files:
        path = os.path.join(HERE, f)
        k = json.load(open(os.path.join(tdir, f + '.json'), encoding='utf-8'))
        errs = []
        if k['file'] != f: errs.append('file field')
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        text, nums = docx_text(path) if f.endswith('.docx') else xlsx_text(path)
        text = nfc(text); low = text.lower()
        if k['status'] not in ('extracted', 'rejected'): errs.append('status')
        if k['status'] == 'rejected' and not k['reason']: errs.append('reason')
        name = k['unit']['name'] if k['unit'] else None
        if name:
            bare = nfc(name.split(' ', 1)[1]).lower()
            if bare not in low: errs.append('unit name ' + name)
        if k['document']['date']:
            if not any(df in text for df in date_forms(k['document']['date'])): errs.append('date')
        if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
        seen = set()
        for e in k['entries']:
            if e['task'] not in VALID_TASKS: errs.append('task ' + e['task'])
            if e['task'] in seen: errs.append('dup task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in VALID_ST: errs.append('status ' + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in VALID_IND: errs.append('ind ' + ind)
                if not has_num(text, nums, v): errs.append(f'figure {e["task"]} {ind}={v}')
        for x in k['difficulties'] + k['proposals']:
            if nfc(x) not in text: errs.append('text missing: ' + x[:40])
        if k['status'] == 'rejected' and k['entries']: errs.append('rejected with entries')
        print(('OK  ' if not errs else 'FAIL') + ' ' + f + ('' if not errs else ' :: ' + '; '.join(errs)))
        bad += bool(errs)
    print('PASS' if not bad else f'{bad} FAILED')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
