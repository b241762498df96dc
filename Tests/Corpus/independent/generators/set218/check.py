# Reopens each final file independently (zip+XML for DOCX, openpyxl for XLSX) and checks its key.
import json, hashlib, os, re, sys, zipfile, glob, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def docx_text(p):
    z = zipfile.ZipFile(p); x = z.read('word/document.xml').decode('utf8')
    x = re.sub(r'</w:p>|<w:br/>|</w:tc>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
    return re.sub(r'<[^>]+>', '', x).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for r in ws.iter_rows():
            for c in r:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)
def dots(n): return f'{n:,}'.replace(',', '.')
def forms(ind, v):
    f = {str(v), f'{v:02d}', dots(v)}
    if ind.endswith('_vnd'):
        f.add(str(v // 1000)); f.add(dots(v // 1000))
        m = v / 1e6; f.add((f'{m:.1f}' if m != int(m) else str(int(m))).replace('.', ',') + ' triệu')
        b = v / 1e9; f.add(f'{b:.2f}'.rstrip('0').rstrip('.').replace('.', ',') + ' tỷ')
    return f
def has(text, s):
    return re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text) is not None
bad = 0; n = 0
for k in sorted(glob.glob(os.path.join(D, 'truth', '*.json'))):
    t = json.load(open(k)); p = os.path.join(D, t['file']); n += 1
    err = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']: err.append('sha256')
    txt = unicodedata.normalize('NFC', docx_text(p) if p.endswith('.docx') else xlsx_text(p))
    low = txt.lower()
    if t['unit']['name'].lower() not in low and t['unit']['name'].lower().replace('phường ', '').replace('xã ', '') not in low: err.append('unit')
    y, m, d = t['document']['date'].split('-')
    if f'ngày {d} tháng {m} năm {y}' not in txt: err.append('date')
    if t['document']['number'] and t['document']['number'] not in txt: err.append('number')
    for e in t['entries']:
        for ind, v in e['indicators'].items():
            if not any(has(txt, s) for s in forms(ind, v)): err.append(f"{e['task']} {ind}={v}")
    for s in t['difficulties'] + t['proposals']:
        if s not in txt: err.append('dp: ' + s[:30])
    if t['status'] == 'rejected' and t['entries']: err.append('rejected with entries')
    print(('OK  ' if not err else 'FAIL') + ' ' + t['file'] + (' ' + '; '.join(err) if err else ''))
    bad += bool(err)
print(f'{n} files, {bad} failing'); sys.exit(1 if bad else 0)
