# -*- coding: utf-8 -*-
"""Independent check of set104: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each key against it.  Does not import gen.py."""
import os, sys, json, hashlib, zipfile, re, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = ['II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g',
         'II.2.h', 'II.2.i', 'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c',
         'II.5.a', 'II.5.b', 'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b']
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
       'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
       'standards_reviewed', 'budget_spent_vnd'}


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append(v)
                out.append(str(v))
    return '\n'.join(out), nums


def forms(n):
    n = int(n)
    f = {str(n)}
    if n < 10:
        f.add('%02d' % n)
    dotted = '{:,}'.format(n).replace(',', '.')
    f.add(dotted)
    f.add('{:,}'.format(n).replace(',', ' '))
    for div, word in ((10 ** 9, 'tỷ'), (10 ** 6, 'triệu')):
        if n >= div and n % (div // 1000) == 0:
            x = n / div
            s = ('%g' % x).replace('.', ',')
            f.add(s + ' ' + word)
    return f


def found(n, text, nums):
    if any(isinstance(x, (int, float)) and x == n for x in nums):
        return True
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', text):
            return True
    if n % 10 ** 6 == 0 and re.search(r'(?<![\d.,])%d(?![\d]) triệu đồng' % (n // 10 ** 6), text):
        return True
    return False


def main():
    tdir = os.path.join(HERE, 'truth')
    keys = sorted(os.listdir(tdir))
    errors = 0
    ndocx = nxlsx = nrej = 0
    for kf in keys:
        k = json.load(open(os.path.join(tdir, kf), encoding='utf-8'))
        fn = k['file']
        path = os.path.join(HERE, fn)
        errs = []
        if kf != fn + '.json':
            errs.append('key name mismatch')
        if not os.path.exists(path):
            print('MISSING', fn); errors += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        if fn.endswith('.docx'):
            text, nums = docx_text(path); ndocx += 1
        else:
            text, nums = xlsx_text(path); nxlsx += 1
        nt = norm(text)
        if k['status'] == 'rejected':
            nrej += 1
            if not k['reason'] or k['entries']:
                errs.append('rejected key shape')
        if norm(k['unit']['name']) not in nt:
            errs.append('unit name not found: ' + k['unit']['name'])
        d = k['document']['date']
        if d:
            y, m, dd = d.split('-')
            pats = ['ngày %s tháng %s năm %s' % (dd, m, y), 'ngày %d tháng %d năm %s' % (int(dd), int(m), y),
                    '%s/%s/%s' % (dd, m, y)]
            if not any(norm(p) in nt for p in pats):
                errs.append('date not found ' + d)
        if k['document']['number'] and norm(k['document']['number']) not in nt:
            errs.append('number not found')
        for e in k['entries']:
            if e['task'] not in TASKS:
                errs.append('bad task ' + e['task'])
            if e['status'] not in STATUSES:
                errs.append('bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in IND:
                    errs.append('bad indicator ' + ind)
                if not found(v, text, nums):
                    errs.append('figure %s=%s (%s) not found' % (ind, v, e['task']))
            if e['text'] and norm(e['text']) not in nt:
                errs.append('entry text not found (%s)' % e['task'])
        tasks = [e['task'] for e in k['entries']]
        if len(tasks) != len(set(tasks)):
            errs.append('duplicate task entries')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in nt:
                errs.append('kk/kn not found: ' + x[:50])
        if errs:
            errors += 1
            print('FAIL', fn)
            for e in errs:
                print('   ', e)
        else:
            print('ok  ', fn)
    print('%d files: %d DOCX, %d XLSX, %d rejected' % (len(keys), ndocx, nxlsx, nrej))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
