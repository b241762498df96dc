# Independent re-check of the final files against truth/*.json (does not import gen.py)
import json, hashlib, os, re, sys, zipfile, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf8')
            x = re.sub(r'<w:tab/>|<w:br/>|</w:p>|</w:tc>', '\n', x)
            out.append(re.sub(r'<[^>]+>', '', x))
    import html; return html.unescape('\n'.join(out))
def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None: out.append(str(v))
    return '\n'.join(out)
def forms(v, money):
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.')}
    if money:
        m = v / 1e6; s = f'{m:.1f}'.rstrip('0').rstrip('.').replace('.', ','); f |= {s + 'tr', s + ' triệu'}
    return f
bad = 0; n = 0
for j in sorted(glob.glob(os.path.join(D, 'truth', '*.json'))):
    k = json.load(open(j)); p = os.path.join(D, k['file']); n += 1
    err = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: err.append('sha256')
    t = unicodedata.normalize('NFC', docx_text(p) if p.endswith('.docx') else xlsx_text(p))
    tl = t.lower()
    name = k['unit']['name']
    if name.lower() not in tl and name.upper() not in t: err.append('unit name')
    y, m, d = k['document']['date'].split('-')
    dforms = [f'ngày {int(d)} tháng {int(m)} năm {y}', f'{d}/{m}/{y}', f'{int(d)}/{int(m)}/{y}']
    if not any(x in t for x in dforms): err.append('date')
    if k['document']['number'] and k['document']['number'] not in t: err.append('number')
    nums = set(re.findall(r'\d[\d.,]*', t))
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            fs = forms(v, ind.endswith('_vnd'))
            if not any(f in t and (f in nums or not f.isdigit() or re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d])', t)) for f in fs):
                err.append(f'figure {e["task"]} {ind}={v}')
    for x in k['difficulties'] + k['proposals']:
        if x not in t: err.append('text: ' + x[:40])
    if k['status'] == 'rejected' and k['entries']: err.append('rejected with entries')
    if err: bad += 1; print('FAIL', k['file'], err)
print(f'{n} files checked, {bad} failing'); sys.exit(1 if bad else 0)
