# -*- coding: utf-8 -*-
"""Reopen every final file (zip+XML for DOCX, openpyxl for XLSX) independently of gen.py and verify the keys."""
import json, os, re, sys, zipfile, hashlib, unicodedata, csv
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
AG = {r['id']: [r['name']] + [a for a in r['aliases'].split(';') if a] for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}
CM = {r['code']: [r['name']] for r in csv.DictReader(open('/work/shared/data/communes-2025.csv', encoding='utf-8')) if r['province_code'] == '79'}
TASKS = ['II.1.a', 'II.1.b'] + [f'II.2.{x}' for x in 'a b c d đ e g h i'.split()] + [f'II.3.{x}' for x in 'abcd'] + \
        [f'II.4.{x}' for x in 'abc'] + [f'II.5.{x}' for x in 'abcd'] + ['II.6.a', 'II.6.b']
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
       'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:tab/>', '\t', x)
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'<[^>]+>', '', x)
            x = x.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
            out.append(x)
    return '\n'.join(out), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    texts, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                texts.append(str(v))
    return '\n'.join(texts), nums

def forms(n, money):
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}'.replace(',', ' ')}
    if money:
        m = n / 1_000_000
        ms = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {ms + ' triệu', ms + ' tr', ms + 'tr'}
    return f

def has_number(text, nums, n, money):
    for fm in forms(n, money):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    for v in nums:
        if abs(v - n) < 1e-6 or (money and (abs(v * 1e6 - n) < 0.5 or abs(v * 1e3 - n) < 0.5)):
            return True
    return False

def main():
    errs = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    tfiles = sorted(f[:-5] for f in os.listdir(TRUTH) if f.endswith('.json'))
    if files != tfiles:
        print('MISMATCH files/truth', set(files) ^ set(tfiles)); errs += 1
    stats = {'docx': 0, 'xlsx': 0, 'rejected': 0}
    for fn in files:
        path = os.path.join(HERE, fn)
        k = json.load(open(os.path.join(TRUTH, fn + '.json'), encoding='utf-8'))
        bad = []
        stats[fn.rsplit('.', 1)[1]] += 1
        if k['file'] != unicodedata.normalize('NFC', fn): bad.append('file field')
        if k['sha256'] != hashlib.sha256(open(path, 'rb').read()).hexdigest(): bad.append('sha256')
        text, nums = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        text = norm(text); low = text.lower()
        # unit
        u = k['unit']
        names = AG.get(u['id']) or CM.get(u['id'])
        if not names: bad.append(f"unknown unit id {u['id']}")
        elif u['name'] != names[0]: bad.append(f"unit name {u['name']} not the listed name")
        else:
            core = [re.sub(r'^(Phường|Xã|Đặc khu) ', '', x) for x in names]
            if not any(x.lower() in low for x in names + core): bad.append('unit name not in file')
        # date / number
        d = k['document']['date']
        if d:
            y, m, dd = d.split('-')
            pats = [f'ngày {dd} tháng {m} năm {y}', f'ngày {int(dd)} tháng {int(m)} năm {y}', f'{dd}/{m}/{y}']
            if not any(p in text for p in pats): bad.append(f'date {d} not found')
        num = k['document']['number']
        if num and num not in text: bad.append(f'number {num} not found')
        if k['status'] == 'rejected':
            stats['rejected'] += 1
            if k['entries'] or not k['reason']: bad.append('rejected key shape')
        else:
            seen = set()
            for e in k['entries']:
                if e['task'] not in TASKS: bad.append(f"bad task {e['task']}")
                if e['task'] in seen: bad.append(f"duplicate task {e['task']}")
                seen.add(e['task'])
                if e['status'] not in STAT: bad.append(f"bad status {e['status']}")
                for i, v in e['indicators'].items():
                    if i not in IND: bad.append(f'bad indicator {i}')
                    if not isinstance(v, int): bad.append(f'non-int {i}')
                    if not has_number(text, nums, v, i.endswith('_vnd')):
                        bad.append(f"{e['task']} {i}={v} not found in file")
            for s in k['difficulties'] + k['proposals']:
                if norm(s) not in text: bad.append(f'diff/prop not found: {s[:50]}')
        if bad:
            errs += 1
            print('FAIL', fn, bad)
        else:
            print('ok  ', fn, len(k['entries']), 'entries')
    print(stats)
    print('PASS' if not errs else f'{errs} FAILED')
    return errs

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
