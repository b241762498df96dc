# Independent re-check of set67: reopens each final file (zip+XML for DOCX, openpyxl for XLSX).
import json, hashlib, os, re, sys, zipfile, csv, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
AG = {r['id']: [r['name']] + [a for a in r['aliases'].split(';') if a] for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}
N = lambda s: unicodedata.normalize('NFC', s).lower()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            x = z.read(n).decode('utf-8')
            for para in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
                t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para))
                t = t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
                out.append(t)
    return '\n'.join(out), []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True); out = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None: continue
                if isinstance(v, (int, float)): nums.append(v)
                out.append(str(v))
    return '\n'.join(out), nums

def forms(n):
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}'}
    for unit, div in (('triệu', 10**6), ('tỷ', 10**9)):
        if n >= div and n % (div // 100) == 0:
            v = n / div; s = (f'{v:.2f}').rstrip('0').rstrip('.').replace('.', ',')
            f.add(f'{s} {unit}')
    return f

bad = 0; files = 0
for jf in sorted(os.listdir(os.path.join(HERE, 'truth'))):
    k = json.load(open(os.path.join(HERE, 'truth', jf), encoding='utf-8'))
    p = os.path.join(HERE, k['file']); files += 1
    errs = []
    if jf != k['file'] + '.json': errs.append('key name')
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    text, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    T = N(text)
    names = AG.get(k['unit']['id'], [k['unit']['name']])
    if not any(N(a) in T for a in names): errs.append('unit name')
    y, m, d = k['document']['date'].split('-')
    if not (f'ngày {d} tháng {m} năm {y}' in T or f'ngày {int(d)} tháng {int(m)} năm {y}' in T or f'{d}/{m}/{y}' in T): errs.append('date')
    if k['document']['number'] and N(k['document']['number']) not in T: errs.append('number')
    if k['status'] == 'rejected' and not k['reason']: errs.append('reason')
    tasks = set()
    for e in k['entries']:
        if e['task'] in tasks: errs.append('dup task ' + e['task'])
        tasks.add(e['task'])
        if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): errs.append('status')
        if N(e['text']) not in T: errs.append('entry text ' + e['task'])
        for ind, v in e['indicators'].items():
            ok = any(re.search(r'(?<![\d.,])' + re.escape(N(fm)) + r'(?![\d])', T) for fm in forms(v)) or v in nums
            if not ok: errs.append(f'figure {e["task"]} {ind}={v}')
    for s in k['difficulties'] + k['proposals']:
        if N(s) not in T: errs.append('dp: ' + s[:40])
    if errs: bad += 1; print('FAIL', k['file'], errs)
    else: print('ok  ', k['file'], k['status'], len(k['entries']))
print(f'{files} files, {bad} failing'); sys.exit(1 if bad else 0)
