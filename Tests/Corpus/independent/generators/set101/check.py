# -*- coding: utf-8 -*-
"""Independent check of set101: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against what is really written in the file."""
import os, sys, json, re, csv, zipfile, hashlib, datetime, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/shared/data'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}

names = {}
for row in csv.DictReader(open(os.path.join(DATA, 'agencies.csv'), encoding='utf-8')):
    names[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]
for row in csv.DictReader(open(os.path.join(DATA, 'communes-2025.csv'), encoding='utf-8')):
    if row['province_code'] == '79':
        names[row['code']] = [row['name']]


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            xml = z.read(n).decode('utf-8')
            for p in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
                p = re.sub(r'<w:(br|cr)/>', '\n', p)
                p = re.sub(r'<w:tab/>', '\t', p)
                txt = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p.replace('\n', '<w:t>\n</w:t>')))
                parts.append(txt)
    t = '\n'.join(parts)
    for a, b in (('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'")):
        t = t.replace(a, b)
    return nfc(t), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    parts, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.strftime('%Y-%m-%d'))
                    parts.append(v.strftime('%d/%m/%Y'))
                elif isinstance(v, (int, float)):
                    nums.append(v)
                    parts.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    parts.append(str(v))
    return nfc('\n'.join(parts)), (nums, dates)


def grp(v, sep):
    s = str(v)
    out = ''
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def forms(v):
    f = {str(v), '%02d' % v, grp(v, '.'), grp(v, ' '), grp(v, ',')}
    for unit, div in (('triệu', 10**6), ('tỷ', 10**9), ('tr', 10**6)):
        if v >= div and (v * 1000) % div == 0:
            x = v / div
            s = ('%g' % x).replace('.', ',')
            f.add(s + ' ' + unit); f.add(s + unit)
    return f


def has_number(text, v):
    for s in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def norm_ws(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def main():
    fails = 0
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
    for tf in files:
        k = json.load(open(os.path.join(HERE, 'truth', tf), encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); fails += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 differs')
        if path.endswith('.docx'):
            text, extra = docx_text(path); nums, dates = [], []
        else:
            text, (nums, dates) = xlsx_text(path)
        low = text.lower()
        flat = norm_ws(text)
        # unit
        uid = k['unit']['id']
        if uid not in names:
            errs.append('unknown unit id ' + uid)
        elif not any(n.lower() in low for n in names[uid]):
            errs.append('unit name not found: ' + uid)
        # number and date
        num = k['document']['number']
        if num and num not in text:
            errs.append('number not found: ' + num)
        dt = k['document']['date']
        if dt:
            y, m, d = dt.split('-')
            cands = ['%s/%s/%s' % (d, m, y), '%d/%d/%s' % (int(d), int(m), y),
                     'ngày %s tháng %s năm %s' % (d, m, y), 'ngày %d tháng %d năm %s' % (int(d), int(m), y)]
            if not (any(c in low for c in cands) or dt in dates):
                errs.append('date not found: ' + dt)
        if k['status'] == 'rejected':
            if k['entries'] or not k['reason']:
                errs.append('rejected key must have reason and no entries')
        else:
            if not k['entries']:
                errs.append('no entries')
            seen = set()
            for e in k['entries']:
                if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
                if e['task'] in seen: errs.append('duplicate task ' + e['task'])
                seen.add(e['task'])
                if e['status'] not in STATUSES: errs.append('bad status ' + e['status'])
                for ind, v in e['indicators'].items():
                    if ind not in INDS: errs.append('bad indicator ' + ind)
                    if not isinstance(v, int): errs.append('non-integer %s' % ind)
                    if not (has_number(text, v) or v in nums):
                        errs.append('figure not found: %s %s=%s' % (e['task'], ind, v))
            for kind in ('difficulties', 'proposals'):
                for s in k[kind]:
                    if norm_ws(nfc(s)) not in flat:
                        errs.append('%s item not found: %s' % (kind, s[:50]))
        print(('OK   ' if not errs else 'FAIL ') + k['file'])
        for e in errs:
            print('     - ' + e)
        fails += bool(errs)
    print('%d files, %d failing' % (len(files), fails))
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
