# -*- coding: utf-8 -*-
"""Reopen every file of set 139 independently of gen.py and verify its key:
sha256, unit name (or an alias from agencies.csv), document number and date, every keyed figure in
some written form (text, or a cell's cached value), every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TASKS = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h', 'II.2.i',
         'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b', 'II.5.c', 'II.5.d',
         'II.6.a', 'II.6.b'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        ALIASES[row['id']] = [row['name']] + [a for a in (row['aliases'] or '').split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).casefold()


def docx_content(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    texts.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(texts), []


def xlsx_content(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                    texts.append(('%.6f' % v).rstrip('0').rstrip('.'))
                else:
                    texts.append(str(v))
    return '\n'.join(texts), nums


def dots(n):
    return '{:,}'.format(int(n)).replace(',', '.')


def dec_forms(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    ip, _, fp = s.partition('.')
    out = set()
    for th in ('.', ',', ''):
        ipf = '{:,}'.format(int(ip)).replace(',', th) if th else ip
        for dc in (',', '.'):
            out.add(ipf + (dc + fp if fp else ''))
    return out


def forms(ind, v):
    f = set()
    if ind.endswith('_vnd'):
        f |= {dots(v), '{:,}'.format(v), str(v)}
        for div in (1e6, 1e9, 1e3):
            q = v / div
            if q >= 0.01:
                f |= dec_forms(q)
    else:
        f |= {str(v), '%02d' % v, '%03d' % v, dots(v), '{:,}'.format(v), '{:,}'.format(v).replace(',', ' ')}
    return f


def num_hit(nums, ind, v):
    cands = [v] + ([v / 1e6, v / 1e9, v / 1e3] if ind.endswith('_vnd') else [])
    return any(abs(n - c) < 1e-9 * max(1, abs(c)) for n in nums for c in cands)


def text_hit(text, fs):
    for s in fs:
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    return ['ngày %s tháng %s năm %s' % (d, m, y), 'ngày %d tháng %d năm %s' % (int(d), int(m), y),
            '%s/%s/%s' % (d, m, y), '%d/%d/%s' % (int(d), int(m), y)]


def main():
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(p for p in glob.glob(os.path.join(HERE, '*')) if p.endswith(('.docx', '.xlsx')))
    errs = []
    if len(keys) != len(files):
        errs.append('keys %d != files %d' % (len(keys), len(files)))
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        tag = k['file']
        if not os.path.exists(path):
            errs.append(tag + ': file missing'); continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append(tag + ': sha256 mismatch')
        text, nums = docx_content(path) if path.endswith('.docx') else xlsx_content(path)
        nt = norm(text)
        names = [k['unit']['name']] + ALIASES.get(k['unit']['id'], [])
        if not any(norm(n) in nt for n in names):
            errs.append(tag + ': unit name not found')
        if k['document']['number'] and norm(k['document']['number']) not in nt:
            errs.append(tag + ': number not found')
        if not any(norm(df) in nt for df in date_forms(k['document']['date'])):
            errs.append(tag + ': date not found')
        if k['status'] == 'rejected':
            if k['entries']:
                errs.append(tag + ': rejected with entries')
            if not k.get('reason'):
                errs.append(tag + ': rejected without reason')
            continue
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append(tag + ': bad task ' + e['task'])
            if e['task'] in seen: errs.append(tag + ': duplicate task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append(tag + ': bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in INDS: errs.append(tag + ': bad indicator ' + ind)
                if not isinstance(v, int): errs.append(tag + ': non-integer %s' % ind)
                if not (text_hit(text, forms(ind, v)) or num_hit(nums, ind, v)):
                    errs.append(tag + ': figure %s %s=%s not found' % (e['task'], ind, v))
        for part in ('difficulties', 'proposals'):
            for s in k[part]:
                if norm(s) not in nt:
                    errs.append(tag + ': %s item not found: %s' % (part, s[:50]))
    for e in errs:
        print('FAIL', e)
    print('checked %d keys, %d files: %s' % (len(keys), len(files), 'OK' if not errs else '%d problems' % len(errs)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
