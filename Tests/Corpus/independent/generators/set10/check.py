# Reopens every file independently (zip + XML for docx, openpyxl for xlsx) and checks each key.
import hashlib, json, os, re, sys, zipfile, unicodedata
from openpyxl import load_workbook
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
INDS = set('training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd'.split())
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
import csv
UNITS = {r['id']: r['name'] for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}
UNITS.update({r['code']: r['name'] for r in csv.DictReader(open('/work/shared/data/communes-2025.csv', encoding='utf-8')) if r['province_code'] == '79'})

def text_of(path):
    if path.endswith('.docx'):
        xml = zipfile.ZipFile(path).read('word/document.xml').decode('utf-8')
        paras = re.findall(r'<w:p[ >].*?</w:p>', xml, re.S)
        out = [''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p)) for p in paras]
        return '\n'.join(out).replace('&amp;', '&').replace('&quot;', '"').replace('&lt;', '<').replace('&gt;', '>')
    wb = load_workbook(path)
    out = []
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)

def forms(v):
    v = int(v); f = {str(v), f'{v:,}'.replace(',', '.'), f'{v:02d}', f'{v:,}'.replace(',', ' ')}
    for unit, name in ((10**9, 'tỷ'), (10**6, 'triệu')):
        if v >= unit and v % (unit // 100) == 0:
            x = v / unit; s = (f'{x:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
            f.add(f'{s} {name}')
    return f

def has_num(text, v):
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

bad = 0; n = 0
for fn in sorted(os.listdir(os.path.join(ROOT, 'truth'))):
    k = json.load(open(os.path.join(ROOT, 'truth', fn), encoding='utf-8'))
    path = os.path.join(ROOT, k['file']); n += 1
    errs = []
    if not os.path.exists(path): errs.append('missing file')
    else:
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        t = text_of(path); tn = norm(t)
        if k['unit']:
            if k['unit']['id'] not in UNITS: errs.append('unit id unknown')
            elif UNITS[k['unit']['id']] != k['unit']['name']: errs.append('unit name mismatch')
            short = re.sub(r'^(Phường|Xã) ', '', k['unit']['name']).upper()
            if short not in tn.upper() and k['unit']['name'].upper() not in tn.upper() and not (k['unit']['id'] == 'SKHCN-VP' and 'VĂN PHÒNG' in tn):
                if not (k['unit']['id'] == 'SKHCN-TTPTTN' and 'PHÂN TÍCH' in tn): errs.append('unit name not in file')
        num = k['document']['number']
        if num and num not in tn: errs.append('number not in file: ' + num)
        y, m, d = k['document']['date'].split('-')
        if not re.search(rf'ngày 0?{int(d)} tháng 0?{int(m)} năm {y}', tn): errs.append('date not in file')
        if k['status'] == 'rejected':
            if not k['reason'] or k['entries']: errs.append('rejected key malformed')
            if '38' in tn and 'Chỉ thị' in tn: errs.append('mistaken file mentions CT38')
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
            if e['task'] in seen: errs.append('dup task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STAT: errs.append('bad status')
            for ind, v in e['indicators'].items():
                if ind not in INDS: errs.append('bad indicator ' + ind)
                if not has_num(tn, v): errs.append(f'{e["task"]} {ind}={v} not found')
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in tn: errs.append('text not found: ' + s[:40])
    print(('FAIL ' if errs else 'ok   ') + k['file'], '; '.join(errs))
    bad += bool(errs)
print(f'{n - bad}/{n} keys pass')
sys.exit(1 if bad else 0)
