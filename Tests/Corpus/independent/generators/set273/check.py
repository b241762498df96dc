# Independent check: reopens each final file (zip+XML for DOCX, openpyxl for XLSX) and verifies the key.
import json, glob, os, re, zipfile, hashlib, unicodedata, datetime, sys, csv
import openpyxl
OUT = os.path.dirname(os.path.abspath(__file__))
AG = {r['id']: [r['name']] + [a for a in r['aliases'].split(';') if a]
      for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}
TASKS = 'II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split()
IND = 'training_courses participants communications enterprises_supported inspections establishments_inspected violations fines_vnd samples_tested instruments_verified standards_reviewed budget_spent_vnd'.split()
ST = 'completed in_progress not_started not_applicable unknown'.split()

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()

def read(path):
    nums, dates = [], []
    if path.endswith('.docx'):
        z = zipfile.ZipFile(path)
        parts = []
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf-8')
                for p in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
                    t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p))
                    t = t.replace('&amp;', '&').replace('&quot;', '"').replace('&lt;', '<').replace('&gt;', '>').replace('&apos;', "'")
                    parts.append(t)
        text = '\n'.join(parts)
    else:
        wb = openpyxl.load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    if isinstance(v, (datetime.datetime, datetime.date)):
                        dates.append(v.strftime('%Y-%m-%d'))
                    elif isinstance(v, (int, float)):
                        nums.append(v)
                    parts.append(str(v))
        text = '\n'.join(parts)
    return text, nums, dates

def forms(v):
    out = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.'), f'{v:,}'.replace(',', ' ')}
    for base, words in ((10**6, ['triệu', 'tr']), (10**9, ['tỷ'])):
        if v >= base and v % (base // 1000) == 0:
            q = v / base
            s = (f'{q:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
            s2 = f'{q:,.3f}'.rstrip('0').rstrip('.') if q >= 1000 else s
            for w in words:
                out.add(s + ' ' + w); out.add(s + w)
                if q >= 1000:
                    t = f'{int(q):,}'.replace(',', '.')
                    out.add(t + ' ' + w)
    return out

def has_num(text, v):
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f.lower()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

errs = 0
def bad(f, m):
    global errs; errs += 1; print('FAIL', f, m)

files = sorted(f for f in os.listdir(OUT) if f.endswith(('.docx', '.xlsx')))
keys = sorted(glob.glob(os.path.join(OUT, 'truth', '*.json')))
if len(keys) != len(files): bad('-', 'key count %d != file count %d' % (len(keys), len(files)))
for kf in keys:
    k = json.load(open(kf, encoding='utf-8'))
    f = k['file']; p = os.path.join(OUT, f)
    if os.path.basename(kf) != f + '.json': bad(f, 'key name')
    if not os.path.exists(p): bad(f, 'missing file'); continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: bad(f, 'sha256')
    text, nums, dates = read(p)
    t = norm(text)
    names = [k['unit']['name']] + AG.get(k['unit']['id'], [])
    if not any(norm(n) in t for n in names): bad(f, 'unit name not found')
    if k['unit']['id'] in AG and k['unit']['name'] != AG[k['unit']['id']][0]: bad(f, 'unit name not canonical')
    d = datetime.date.fromisoformat(k['document']['date'])
    dforms = [f'ngày {d.day:02d} tháng {d.month:02d} năm {d.year}', f'ngày {d.day} tháng {d.month} năm {d.year}',
              f'{d.day:02d}/{d.month:02d}/{d.year}', f'{d.day}/{d.month}/{d.year}']
    if not (any(x in t for x in dforms) or d.isoformat() in dates): bad(f, 'date not found')
    if k['document']['number'] and norm(k['document']['number']) not in t: bad(f, 'number not found')
    if k['status'] not in ('extracted', 'rejected'): bad(f, 'status')
    if k['status'] == 'rejected' and (not k['reason'] or k['entries']): bad(f, 'rejected shape')
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS: bad(f, 'task ' + e['task'])
        if e['task'] in seen: bad(f, 'dup task ' + e['task'])
        seen.add(e['task'])
        if e['status'] not in ST: bad(f, 'status ' + e['status'])
        if norm(e['text']) not in t: bad(f, 'entry text not in file: ' + e['task'])
        for i, v in e['indicators'].items():
            if i not in IND: bad(f, 'indicator ' + i)
            if not isinstance(v, int): bad(f, 'non-int ' + i)
            if not (has_num(t, v) or v in nums): bad(f, f'{e["task"]} {i}={v} not found')
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in t: bad(f, 'diff/prop not found: ' + x[:40])
print('checked', len(keys), 'keys;', 'OK' if errs == 0 else f'{errs} errors')
sys.exit(1 if errs else 0)
