# check.py — reopens every final file in set293 independently of gen.py and verifies its key
import json, os, re, sys, zipfile, hashlib, unicodedata, csv
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(HERE, 'truth')
ALIASES = {}
for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    ALIASES[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]

def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = s.replace('–', '-').replace('—', '-')
    return re.sub(r'\s+', ' ', s)

def text_docx(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:tab/>', '\t', x); x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:br/>', '\n', x)
            x = re.sub(r'<[^>]+>', '', x)
            out.append(x.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"'))
    return '\n'.join(out)

def text_xlsx(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)

def forms(n):
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.')}
    if n >= 1_000_000:
        f.add(('%g' % (n / 1e6)).replace('.', ',') + ' triệu')
    return f

def date_forms(iso):
    y, m, d = map(int, iso.split('-'))
    return {f'ngày {d:02d} tháng {m:02d} năm {y}', f'ngày {d} tháng {m} năm {y}', f'{d:02d}/{m:02d}/{y}', f'{d}/{m}/{y}'}

bad = 0
files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
keys = sorted(f[:-5] for f in os.listdir(TR) if f.endswith('.json'))
if files != keys:
    print('FILE/KEY MISMATCH', set(files) ^ set(keys)); bad += 1
for f in files:
    p = os.path.join(HERE, f); k = json.load(open(os.path.join(TR, f + '.json'), encoding='utf-8'))
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    if k['file'] != f: errs.append('file field')
    t = norm(text_docx(p) if f.endswith('.docx') else text_xlsx(p))
    names = [k['unit']['name']] + ALIASES.get(k['unit']['id'], [])
    if not any(norm(n) in t for n in names): errs.append('unit name')
    if k['document']['number'] and norm(k['document']['number']) not in t: errs.append('number')
    if not any(norm(df) in t for df in date_forms(k['document']['date'])): errs.append('date')
    if k['status'] == 'rejected' and (k['entries'] or not k['reason']): errs.append('rejected key shape')
    for e in k['entries']:
        if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): errs.append('status ' + e['task'])
        for ind, v in e['indicators'].items():
            if not any(re.search(r'(?<![\d.,])' + re.escape(norm(x)) + r'(?![\d])', t) for x in forms(v)):
                errs.append(f'figure {e["task"]} {ind}={v}')
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in t: errs.append('kk/dx: ' + s[:40])
    print(('OK   ' if not errs else 'FAIL ') + f, '; '.join(errs)); bad += bool(errs)
print('PASS' if not bad else f'{bad} FAILED'); sys.exit(1 if bad else 0)
