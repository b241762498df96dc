# -*- coding: utf-8 -*-
"""Independent checker for set243: reopens each file (zip+XML for DOCX, openpyxl for XLSX)."""
import csv, datetime, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
CODES = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h',
         'II.2.i', 'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b',
         'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
       'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
       'standards_reviewed', 'budget_spent_vnd'}


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out), []


def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                if isinstance(v, datetime.datetime):
                    out.append(v.strftime('%d/%m/%Y'))
                out.append(str(v))
    return '\n'.join(out), nums


def dotted(n):
    return f'{n:,}'.replace(',', '.')


def fmt_dec(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s.replace('.', ',')


def forms(v, money):
    f = {str(v), dotted(v), f'{v:02d}', f'{v:03d}'}
    if money:
        for div in (1_000_000, 1_000_000_000, 1000):
            if v % (div // 1000 if div > 1000 else 1) == 0:
                f.add(fmt_dec(v / div))
                f.add(dotted(int(v / div)) if v % div == 0 else fmt_dec(v / div))
    return f


def found(text, nums, v, money):
    for s in forms(v, money):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    for x in nums:
        for mult in ((1, 1_000_000, 1_000_000_000, 1000) if money else (1,)):
            if abs(x * mult - v) < 0.5:
                return True
    return False


def main():
    agencies = {r['id']: r for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}
    errors = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keys = sorted(os.listdir(os.path.join(HERE, 'truth')))
    if sorted(k[:-5] for k in keys) != files:
        print('MISMATCH files/keys'); errors += 1
    for fn in files:
        p = os.path.join(HERE, fn)
        k = json.load(open(os.path.join(HERE, 'truth', fn + '.json'), encoding='utf-8'))
        errs = []
        if k['file'] != fn: errs.append('file field')
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        text, nums = docx_text(p) if fn.endswith('.docx') else xlsx_text(p)
        text = norm(text); low = text.casefold()
        u = k['unit']
        names = [u['name']] + [a for a in agencies[u['id']]['aliases'].split(';') if a]
        if not any(norm(n).casefold() in low for n in names): errs.append('unit name')
        dt = k['document']['date']
        y, m, d = dt.split('-')
        cands = [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'{d}/{m}/{y}']
        if not any(c in text for c in cands): errs.append('date ' + dt)
        if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
        if k['status'] not in ('extracted', 'rejected'): errs.append('status')
        if k['status'] == 'rejected' and not k['reason']: errs.append('reason')
        seen = set()
        for e in k['entries']:
            if e['task'] not in CODES: errs.append('task ' + e['task'])
            if e['task'] in seen: errs.append('dup task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append('status ' + e['status'])
            for i, v in e['indicators'].items():
                if i not in IDS: errs.append('id ' + i)
                if not isinstance(v, int): errs.append('non-int ' + i)
                elif not found(text, nums, v, i.endswith('_vnd')):
                    errs.append(f'figure {e["task"]} {i}={v}')
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in text: errs.append('kk/kn: ' + s[:40])
        print(('OK   ' if not errs else 'FAIL ') + fn + ('' if not errs else '  ' + '; '.join(errs)))
        errors += bool(errs)
    n = len(files)
    nd = sum(f.endswith('.docx') for f in files)
    rej = sum(json.load(open(os.path.join(HERE, 'truth', f + '.json')))['status'] == 'rejected' for f in files)
    print(f'{n} files: {nd} DOCX, {n - nd} XLSX, {rej} mistaken; errors: {errors}')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
