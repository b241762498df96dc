# -*- coding: utf-8 -*-
"""Reopen every file in set109 independently (zip+XML for DOCX, openpyxl for XLSX) and verify
its key: sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
IND = set('training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd'.split())
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
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
                    v = c.value
                    if isinstance(v, float) and v.is_integer(): v = int(v)
                    out.append(str(v))
    return '\n'.join(out)

def forms(n, money=False):
    f = {str(n)}
    if n < 100: f.add('%02d' % n)
    if n >= 1000:
        f.add(f'{n:,}'.replace(',', '.')); f.add(f'{n:,}'); f.add(f'{n:,}'.replace(',', ' '))
    if money:
        for unit, div in (('triệu', 10**6), ('tỷ', 10**9), ('tr', 10**6), ('nghìn', 10**3), ('ngàn', 10**3)):
            if n % (div // 1000 if div >= 10**6 else 1) == 0 and n >= div:
                x = n / div
                s = ('%d' % x) if x == int(x) else ('%g' % x).replace('.', ',')
                f.add(s + ' ' + unit); f.add(s + unit)
    return f

def has_number(text, n, money=False):
    for s in forms(n, money):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text, flags=re.I):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-'); yi, mi, di = int(y), int(m), int(d)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out |= {f'ngày {dd} tháng {mm} năm {y}', f'{dd}/{mm}/{y}', f'{dd}-{mm}-{y}', f'{dd}.{mm}.{y}'}
    return out

def main():
    tdir = os.path.join(HERE, 'truth')
    errs = 0; n = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keys = sorted(os.listdir(tdir))
    if sorted(k[:-5] for k in keys) != files:
        print('MISMATCH files/keys', files, keys); errs += 1
    for f in files:
        n += 1
        p = os.path.join(HERE, f)
        k = json.load(open(os.path.join(tdir, f + '.json'), encoding='utf-8'))
        bad = []
        if k['file'] != f: bad.append('file field')
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: bad.append('sha256')
        text = docx_text(p) if f.endswith('.docx') else xlsx_text(p)
        nt = norm(text)
        if k['status'] not in ('extracted', 'rejected'): bad.append('status')
        if k['status'] == 'rejected' and not k.get('reason'): bad.append('no reason')
        u = k['unit']
        if u and u.get('name'):
            name = norm(u['name'])
            short = re.sub(r'^(phường|xã|đặc khu)\s+', '', name)
            if name not in nt and short not in nt and name.replace('–', '-') not in nt:
                bad.append('unit name %r' % u['name'])
        if k['document']['date']:
            if not any(norm(x) in nt for x in date_forms(k['document']['date'])):
                bad.append('date %s' % k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in nt:
            bad.append('number %s' % k['document']['number'])
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: bad.append('task %s' % e['task'])
            if e['task'] in seen: bad.append('dup task %s' % e['task'])
            seen.add(e['task'])
            if e['status'] not in STAT: bad.append('status %s' % e['status'])
            for iid, v in e['indicators'].items():
                if iid not in IND: bad.append('indicator id %s' % iid)
                if not isinstance(v, int): bad.append('non-int %s' % iid)
                if not has_number(text, v, money=iid.endswith('_vnd')):
                    bad.append('%s %s=%s not written' % (e['task'], iid, v))
        for d in k['difficulties'] + k['proposals']:
            if norm(d) not in nt: bad.append('item not found: ' + d[:50])
        print(('OK  ' if not bad else 'FAIL') + ' ' + f + ('' if not bad else '  ' + '; '.join(bad)))
        errs += bool(bad)
    print(f'{n} files, {errs} failing')
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
