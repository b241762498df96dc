# -*- coding: utf-8 -*-
"""Independent check of set284: reopens every final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each key: sha256, unit name, number, date, every keyed figure in some
written form, every difficulty and proposal."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # set284/
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().lower()


def docx_content(path):
    texts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + 't' and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + 'tab',):
                            buf.append('\t')
                        elif el.tag in (W + 'br', W + 'cr'):
                            buf.append(' ')
                    texts.append(''.join(buf))
    return '\n'.join(texts), []


def xlsx_content(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    texts.append(str(int(v)) if float(v).is_integer() else str(v))
                else:
                    texts.append(str(v))
    return '\n'.join(texts), nums


def forms(v):
    v = int(v)
    out = {str(v), '%02d' % v, '{:,}'.format(v).replace(',', '.'), '{:,}'.format(v)}
    if v >= 1000000:
        for div, word in ((1000000, 'triệu'), (1000000000, 'tỷ')):
            q = v / div
            if q >= 1:
                s = ('%.3f' % q).rstrip('0').rstrip('.').replace('.', ',')
                out.add(s + ' ' + word)
    return out


def has_number(text, nums, v):
    if any(abs(n - v) < 1e-9 for n in nums):
        return True
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f.lower()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add('ngày %s tháng %s năm %s' % (dd, mm, y))
            out.add('%s/%s/%s' % (dd, mm, y))
    return out


VALID_ST = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
       'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
       'standards_reviewed', 'budget_spent_vnd'}
TASKS = {'II.1.a', 'II.1.b', 'II.2.a', 'II.2.b', 'II.2.c', 'II.2.d', 'II.2.đ', 'II.2.e', 'II.2.g', 'II.2.h',
         'II.2.i', 'II.3.a', 'II.3.b', 'II.3.c', 'II.3.d', 'II.4.a', 'II.4.b', 'II.4.c', 'II.5.a', 'II.5.b',
         'II.5.c', 'II.5.d', 'II.6.a', 'II.6.b'}

errors = 0
keys = sorted(glob.glob(os.path.join(D, 'truth', '*.json')))
files = sorted(f for f in os.listdir(D) if f.endswith(('.docx', '.xlsx')))
if sorted(json.load(open(k, encoding='utf-8'))['file'] for k in keys) != files:
    print('MISMATCH between files and keys'); errors += 1
for k in keys:
    key = json.load(open(k, encoding='utf-8'))
    f = key['file']; path = os.path.join(D, f)
    errs = []
    if os.path.basename(k) != f + '.json':
        errs.append('key name')
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != key['sha256']:
        errs.append('sha256')
    text, nums = docx_content(path) if f.endswith('.docx') else xlsx_content(path)
    t = norm(text)
    u = key['unit']
    if u and norm(u['name']) not in t:
        errs.append('unit name not found: ' + u['name'])
    doc = key['document']
    if doc['number'] and norm(doc['number']) not in t:
        errs.append('number not found: ' + doc['number'])
    if doc['date'] and not any(df in t for df in date_forms(doc['date'])):
        errs.append('date not found: ' + doc['date'])
    if key['status'] == 'rejected':
        if key['entries'] or not key['reason']:
            errs.append('rejected key must have reason and no entries')
    seen = set()
    for e in key['entries']:
        if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
        if e['task'] in seen: errs.append('duplicate task ' + e['task'])
        seen.add(e['task'])
        if e['status'] not in VALID_ST: errs.append('bad status ' + e['status'])
        for ind, v in e['indicators'].items():
            if ind not in IND: errs.append('bad indicator ' + ind)
            if not has_number(t, nums, v):
                errs.append('figure not found: %s %s=%s' % (e['task'], ind, v))
    for item in key['difficulties'] + key['proposals']:
        if norm(item) not in t:
            errs.append('item not found: ' + item[:60])
    if errs:
        errors += len(errs)
        print('FAIL', f); [print('   ', x) for x in errs]
    else:
        print('ok  ', f, '(%s, %d entries)' % (key['status'], len(key['entries'])))
print('errors:', errors)
sys.exit(1 if errors else 0)
