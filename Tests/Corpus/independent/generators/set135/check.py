# -*- coding: utf-8 -*-
"""Independent check of set135: reopens every final file (zip+XML for DOCX and drawings, openpyxl for XLSX)
and verifies each key in truth/ against it."""
import os, sys, json, re, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
A = '{http://schemas.openxmlformats.org/drawingml/2006/main}'
TASKS = ['II.1.a', 'II.1.b'] + ['II.2.' + x for x in 'a b c d đ e g h i'.split()] + \
        ['II.3.' + x for x in 'abcd'] + ['II.4.' + x for x in 'abc'] + ['II.5.' + x for x in 'abcd'] + ['II.6.a', 'II.6.b']
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
       'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
       'standards_reviewed', 'budget_spent_vnd'}


def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\xa0', ' ')
    return re.sub(r'\s+', ' ', s)


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for el in root.iter():
                    if el.tag == W + 'p':
                        out.append('\n')
                    elif el.tag == W + 't' and el.text:
                        out.append(el.text)
                    elif el.tag in (W + 'tab', W + 'br'):
                        out.append(' ')
    return ''.join(out)


def xlsx_text(path):
    out = []
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('xl/drawings/') and n.endswith('.xml'):
                root = ET.fromstring(z.read(n))
                for p in root.iter(A + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(A + 't')))
    return '\n'.join(out)


def dotted(n):
    return '{:,}'.format(n).replace(',', '.')


def forms(n):
    f = {str(n), dotted(n)}
    if n < 100:
        f.add('%02d' % n)
    for div, word in ((10 ** 9, 'tỷ'), (10 ** 6, 'triệu')):
        if n >= div and n % (div // 100) == 0:
            v = ('%.2f' % (n / div)).rstrip('0').rstrip('.').replace('.', ',')
            f.add(v + ' ' + word)
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    im, idd = int(m), int(d)
    out = set()
    for dd in {d, str(idd)}:
        for mm in {m, str(im)}:
            out.add('ngày %s tháng %s năm %s' % (dd, mm, y))
            out.add('%s/%s/%s' % (dd, mm, y))
    return out


def main():
    errors = 0
    keys = sorted(f for f in os.listdir(TRUTH) if f.endswith('.json'))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(k[:-5] for k in keys) != files:
        print('MISMATCH between files and keys'); errors += 1
    n_docx = n_xlsx = n_rej = 0
    for kf in keys:
        k = json.load(open(os.path.join(TRUTH, kf), encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        text = norm(raw)
        low = text.casefold()
        n_docx += path.endswith('.docx'); n_xlsx += path.endswith('.xlsx')
        if k['status'] == 'rejected':
            n_rej += 1
            if not k['reason']:
                errs.append('rejected without reason')
        if k['unit']['name'].casefold() not in low:
            errs.append('unit name %r' % k['unit']['name'])
        if k['document']['number'] and k['document']['number'] not in text:
            errs.append('number %r' % k['document']['number'])
        if k['document']['date'] and not any(f in text for f in date_forms(k['document']['date'])):
            errs.append('date %s' % k['document']['date'])
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('task code %s' % e['task'])
            if e['task'] in seen: errs.append('duplicate task %s' % e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append('status %s' % e['status'])
            for iid, v in e['indicators'].items():
                if iid not in IDS: errs.append('indicator id %s' % iid)
                if not isinstance(v, int) or not has_number(text, v):
                    errs.append('%s %s=%r not found' % (e['task'], iid, v))
            head = norm(e['text'])[:40]
            if head not in text:
                errs.append('entry text %r not found' % head)
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text:
                errs.append('kk/kn not found: %r' % x[:50])
        status = 'OK ' if not errs else 'ERR'
        print(status, k['file'], '|', k['status'], len(k['entries']), 'entries', '; '.join(errs))
        errors += len(errs)
    print('files: %d (docx %d, xlsx %d, rejected %d); errors: %d' % (len(keys), n_docx, n_xlsx, n_rej, errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
