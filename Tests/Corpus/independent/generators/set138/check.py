# -*- coding: utf-8 -*-
"""Independent check of set 138: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each key in truth/ against what is really written in the file."""
import os, sys, json, re, zipfile, hashlib, unicodedata, csv, datetime
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u00a0', ' ')
    return re.sub(r'[ \t]+', ' ', s).lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', name):
                continue
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't' and el.text: buf.append(el.text)
                    elif el.tag == W + 'tab': buf.append('\t')
                    elif el.tag in (W + 'br', W + 'cr'): buf.append('\n')
                out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    out.append('%02d/%02d/%d %d/%d/%d %s' % (v.day, v.month, v.year, v.day, v.month, v.year, v.strftime('%Y-%m-%d')))
                else:
                    out.append(str(v))
    return '\n'.join(out)

# ---- Vietnamese number words (own implementation, not the generator's)
DIG = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
def _three(n, full):
    h, t, u = n // 100, n // 10 % 10, n % 10
    w = []
    if h or full: w += [DIG[h], 'trăm']
    if t == 0:
        if u:
            if h or full: w += ['lẻ']
            w += [DIG[u]]
    elif t == 1:
        w += ['mười'] + ([('lăm' if u == 5 else DIG[u])] if u else [])
    else:
        w += [DIG[t], 'mươi']
        if u: w += [{1: 'mốt', 4: 'tư', 5: 'lăm'}.get(u, DIG[u])]
    return w

def vn_words(n):
    if n == 0: return ['không']
    groups = []
    while n: groups.append(n % 1000); n //= 1000
    names = ['', 'nghìn', 'triệu', 'tỷ']
    w = []; started = False
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g == 0: continue
        w += _three(g, started)
        if names[i]: w.append(names[i])
        started = True
    return w

ALT = {'mốt': '(?:mốt|một)', 'một': '(?:một|mốt)', 'lăm': '(?:lăm|năm|nhăm)', 'năm': '(?:năm|lăm)',
       'tư': '(?:tư|bốn)', 'bốn': '(?:bốn|tư)', 'lẻ': '(?:lẻ|linh)', 'nghìn': '(?:nghìn|ngàn)', 'tỷ': '(?:tỷ|tỉ)',
       'bảy': '(?:bảy|bẩy)'}

def words_regex(n):
    toks = vn_words(n)
    return r'(?<![\wà-ỹ])' + r'\s+'.join(ALT.get(t, re.escape(t)) for t in toks) + r'(?![\wà-ỹ])'

def digit_forms(n):
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.'), '{:,}'.format(n).replace(',', ' '), '{:,}'.format(n)}
    if n >= 100000:
        for div, name in ((10**6, 'triệu'), (10**9, 'tỷ')):
            v = n / div
            if v >= 1 and abs(round(v, 3) - v) < 1e-9:
                s = ('%g' % v).replace('.', ',')
                f |= {s + ' ' + name, s + name}
    return f

def figure_present(n, text):
    for s in digit_forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![.,]?\d)', text):
            return True
    return re.search(words_regex(n), text) is not None

def agency_aliases():
    al = {}
    with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
        for row in csv.DictReader(f):
            al[row['id']] = [row['name']] + [a for a in (row['aliases'] or '').split(';') if a]
    return al

def main():
    al = agency_aliases(); errors = []; n = 0
    for kf in sorted(os.listdir(TRUTH)):
        k = json.load(open(os.path.join(TRUTH, kf), encoding='utf-8'))
        path = os.path.join(HERE, k['file']); n += 1
        def err(m): errors.append('%s: %s' % (k['file'], m))
        if not os.path.exists(path): err('missing file'); continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: err('sha256 mismatch')
        text = norm(docx_text(path) if path.endswith('.docx') else xlsx_text(path))
        flat = re.sub(r'\s+', ' ', text)
        names = [k['unit']['name']] + al.get(k['unit']['id'], [])
        if not any(norm(x) in flat for x in names): err('unit name not found')
        y, m, d = map(int, k['document']['date'].split('-'))
        dforms = ['ngày %02d tháng %02d năm %d' % (d, m, y), 'ngày %d tháng %d năm %d' % (d, m, y),
                  'ngày %02d tháng %d năm %d' % (d, m, y), 'ngày %d tháng %02d năm %d' % (d, m, y),
                  '%02d/%02d/%d' % (d, m, y), '%d/%d/%d' % (d, m, y)]
        if not any(x in flat for x in dforms): err('date not found')
        if k['document']['number'] and norm(k['document']['number']) not in flat: err('number not found')
        if k['status'] == 'rejected':
            if k['entries'] or not k['reason']: err('rejected key with entries / no reason')
            continue
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: err('bad task ' + e['task'])
            if e['task'] in seen: err('duplicate task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: err('bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in INDS: err('bad indicator ' + ind)
                if not isinstance(v, int) or v <= 0: err('bad value %s=%r' % (ind, v))
                elif not figure_present(v, flat): err('figure %s=%s (%s) not found' % (ind, v, e['task']))
        for x in k['difficulties'] + k['proposals']:
            if re.sub(r'\s+', ' ', norm(x)) not in flat: err('text not found: ' + x[:60])
    for e in errors: print('FAIL', e)
    print('%d files checked, %d problems' % (n, len(errors)))
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
