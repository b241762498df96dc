"""Independent check of set15 keys: reopens every file (zip+XML for .docx, openpyxl for .xlsx) and
verifies each key against the file. Run: python3 gen/check.py"""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d '
            'II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
       'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
COMM = {r['code']: r for r in csv.DictReader(open('/work/shared/data/communes-2025.csv', encoding='utf-8'))}


def nfc(s):
    return unicodedata.normalize('NFC', s)


def norm(s):
    return re.sub(r'\s+', ' ', nfc(s)).strip().casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    root = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't' and el.text: buf.append(el.text)
            elif el.tag == W + 'tab': buf.append('\t')
        paras.append(''.join(buf))
    return '\n'.join(paras), []


def xlsx_text(path):
    parts, nums = [], []
    cols2026 = {}
    for data_only in (False, True):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if isinstance(v, str):
                        parts.append(v)
                        if re.search(r'2026$', v.strip()) and any(
                                isinstance(x.value, str) and x.value.strip().endswith('2025') and x.column == c.column - 1 for x in row):
                            cols2026[ws.title] = (c.row, c.column)
                    elif isinstance(v, (int, float)) and not isinstance(v, bool):
                        nums.append((ws.title, c.row, c.column, v))
    return '\n'.join(parts), (nums, cols2026)


def forms(v):
    v = int(v)
    out = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.'), f'{v:,}'.replace(',', ' ')}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1e6
        s = (f'{m:.1f}'.rstrip('0').rstrip('.')).replace('.', ',')
        out |= {s + ' triệu', s + 'tr', s + ' tr'}
    return out


def present(v, text, nums, restrict=None):
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?!\d|[.,]\d)', text):
            if restrict is None: return True
    for sh, r, c, n in nums:
        if n == v and (restrict is None or (sh in restrict and c == restrict[sh][1] and r > restrict[sh][0])):
            return True
    return False


def date_present(iso, text):
    y, m, d = (int(x) for x in iso.split('-'))
    pats = [rf'ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}', rf'(?<!\d)0?{d}/0?{m}/{y}']
    return any(re.search(p, text) for p in pats)


fails = 0
keys = sorted(glob.glob(os.path.join(SET, 'truth', '*.json')))
files = sorted(f for f in os.listdir(SET) if f.endswith(('.docx', '.xlsx')))
assert sorted(os.path.basename(k)[:-5] for k in keys) == files, 'truth/files mismatch'
for kp in keys:
    k = json.load(open(kp, encoding='utf-8'))
    errs = []
    path = os.path.join(SET, k['file'])
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    text, extra = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
    nums, col26 = extra if extra else ([], {})
    ntext = norm(text)
    if k['status'] == 'rejected':
        if not k['reason'] or k['entries']: errs.append('rejected key must have reason and no entries')
        if 'chỉ thị' in ntext and '38' in ntext: errs.append('mistaken file mentions CT38?')
    else:
        if k['reason'] is not None: errs.append('reason on extracted')
    u = k['unit']
    if u:
        row = COMM.get(u['id'])
        if not row or row['province_code'] != '79' or row['name'] != u['name']: errs.append('unit id/name not in province 79')
        bare = re.sub(r'^(Phường|Xã|Đặc khu)\s+', '', u['name'])
        if norm(bare) not in ntext: errs.append('unit name not in file: ' + bare)
    num = k['document']['number']
    if num:
        if norm(num) not in ntext: errs.append('number not in file: ' + num)
    else:
        if re.search(r'Số:\s*\d', text): errs.append('number null but file has one')
    if k['document']['date'] and not date_present(k['document']['date'], text): errs.append('date not in file')
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
        if e['task'] in seen: errs.append('dup task ' + e['task'])
        seen.add(e['task'])
        if e['status'] not in STAT: errs.append('bad status')
        if e['text'] and norm(e['text']) not in ntext: errs.append('entry text missing: ' + e['text'])
        for i, v in e['indicators'].items():
            if i not in IND: errs.append('bad indicator ' + i)
            if not isinstance(v, int) or v <= 0: errs.append(f'bad value {i}={v}')
            elif not present(v, text, nums, col26 or None): errs.append(f'{e["task"]} {i}={v} not found (2026 col)' if col26 else f'{e["task"]} {i}={v} not found')
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in ntext: errs.append('item missing: ' + s[:40])
    fails += bool(errs)
    print(('FAIL ' if errs else 'ok   ') + k['file'] + ('' if not errs else ' -> ' + '; '.join(errs)))
print(f'{len(keys) - fails}/{len(keys)} passed')
sys.exit(1 if fails else 0)
