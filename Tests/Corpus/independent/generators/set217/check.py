# Reopens every final file independently of gen.py and verifies it against truth/*.json
import json, os, re, sys, zipfile, hashlib, glob, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def N(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

def docx_text(p):
    z = zipfile.ZipFile(p); parts = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'header' in n or 'footer' in n or 'footnotes' in n):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:tab/>', '\t', x); x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:br/>', '\n', x)
            parts.append(re.sub(r'<[^>]+>', '', x))
    t = '\n'.join(parts)
    return t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'"), set()

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); parts = []; nums = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
                    nums.add(round(c.value, 6)); nums.add(round(c.value * 1e6))
                parts.append(str(c.value))
    return '\n'.join(parts), nums

def forms(v):
    f = {str(v), f'{v:,}'.replace(',', '.'), f'{v:02d}'}
    if v >= 100000:
        f.add(f'{v/1e6:g}'.replace('.', ',') + ' triệu')
    return f

def numbers_in(text):
    return set(re.findall(r'\d[\d.,]*', text))

bad = 0; files = sorted(glob.glob(os.path.join(D, 'truth', '*.json')))
for tf in files:
    k = json.load(open(tf, encoding='utf-8')); p = os.path.join(D, k['file']); errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    text, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    t = N(text); toks = {x.rstrip('.,') for x in numbers_in(t)}
    if N(k['unit']['name']).lower() not in t.lower(): errs.append('unit name')
    if k['document']['number'] and k['document']['number'] not in t: errs.append('number')
    y, m, d = k['document']['date'].split('-')
    dforms = [f'{d}/{m}/{y}', f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'{int(d)}/{int(m)}/{y}']
    if not any(f in t for f in dforms): errs.append('date')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            ok = any(f in toks or (' ' in f and f in t) for f in forms(v)) or v in nums or round(v / 1e6, 6) in nums
            if not ok: errs.append(f'figure {e["task"]} {ind}={v}')
    for s in k['difficulties'] + k['proposals']:
        if N(s) not in t: errs.append('text: ' + s[:40])
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
print(f'{len(files)} files, {bad} failing'); sys.exit(1 if bad else 0)
