"""Independent checker: reopens every file in set14 (zip+XML for docx, openpyxl data_only for
xlsx) and verifies each key in truth/."""
import hashlib, json, os, re, sys, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = 'II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split()
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
       'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}


def N(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()


def text_of(path):
    if path.endswith('.docx'):
        z = zipfile.ZipFile(path)
        root = ET.fromstring(z.read('word/document.xml'))
        paras = [''.join(t.text or '' for t in p.iter(W + 't')) for p in root.iter(W + 'p')]
        return '\n'.join(paras), []
    wb = openpyxl.load_workbook(path, data_only=True)
    lines, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, str) and v.startswith('='):
                    raise AssertionError('formula without cached value')
                if isinstance(v, (int, float)):
                    nums.append(v)
                lines.append(str(v))
    return '\n'.join(lines), nums


def forms(n):
    f = {str(n), f'{n:,}'.replace(',', '.')}
    if n < 10:
        f.add(f'{n:02d}')
    if n >= 100000:
        tr = n / 1e6
        s = (f'{tr:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f.add(s + ' triệu'); f.add(s)  # '3,5 triệu' or a 'triệu đồng' column
    return f


def has_num(text, nums, n):
    if any(isinstance(x, (int, float)) and x == n for x in nums):
        return True
    for fm in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def main():
    keys = sorted(os.listdir(os.path.join(ROOT, 'truth')))
    files = sorted(f for f in os.listdir(ROOT) if os.path.isfile(os.path.join(ROOT, f)))
    errs = []
    assert len(keys) == len(files), (len(keys), len(files))
    units = {}
    import csv
    for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
        units[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]
    for r in csv.reader(open('/work/shared/data/communes-2025.csv', encoding='utf-8')):
        if len(r) > 3 and r[3] == '79':
            units[r[0]] = [r[1]]
    for k in keys:
        key = json.load(open(os.path.join(ROOT, 'truth', k), encoding='utf-8'))
        fn = key['file']; p = os.path.join(ROOT, fn)
        e = lambda m: errs.append(f'{fn}: {m}')
        if not os.path.exists(p):
            e('missing'); continue
        if k != fn + '.json':
            e('key name')
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != key['sha256']:
            e('sha256')
        try:
            text, nums = text_of(p)
        except Exception as ex:
            e(f'cannot open: {ex}'); continue
        T = N(text)
        if key['unit']:
            uid = key['unit']['id']
            if uid not in units:
                e('unknown unit id')
            else:
                names = units[uid] + [re.sub(r'^(Phường|Xã) ', '', units[uid][0])]
                short = [N(x).replace(' thành phố hồ chí minh', '') for x in names]
                if not any(s in T or s.replace('–', '-') in T.replace('–', '-') for s in short):
                    e(f'unit name not found {uid}')
        if key['status'] == 'rejected':
            if key['entries'] or not key['reason']:
                e('rejected key shape')
            if 'chỉ thị số 38' in T and 'kế hoạch triển khai' in T:
                e('rejected file mentions the plan')
            continue
        num, date = key['document']['number'], key['document']['date']
        if num and N(num) not in T:
            e(f'number {num} not found')
        if date:
            y, m, d = date.split('-')
            pats = [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'ngày {d} tháng {int(m)} năm {y}']
            if not any(x in T for x in pats):
                e(f'date {date} not found')
        seen = set()
        for en in key['entries']:
            if en['task'] not in TASKS: e(f'bad task {en["task"]}')
            if en['task'] in seen: e('dup task')
            seen.add(en['task'])
            if en['status'] not in STAT: e('bad status')
            for ind, v in en['indicators'].items():
                if ind not in IND: e(f'bad indicator {ind}')
                if not isinstance(v, int): e(f'non-int {ind}')
                if not has_num(text, nums, v):
                    e(f'{en["task"]} {ind}={v} not found in any written form')
        for x in key['difficulties'] + key['proposals']:
            if N(x) not in T:
                e(f'KK/DX not found: {x[:50]}')
    n_rej = sum(json.load(open(os.path.join(ROOT, 'truth', k)))['status'] == 'rejected' for k in keys)
    print(f'{len(keys)} keys checked ({n_rej} rejected); {len(errs)} problems')
    for x in errs:
        print('  ' + x)
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
