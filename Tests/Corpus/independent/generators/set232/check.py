"""Independent checker: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
AL = {}
for r in csv.DictReader(open('/work/shared/data/agencies.csv')):
    AL[r['id']] = [r['name']] + [a for a in (r['aliases'] or '').split(';') if a]
def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()
def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)
def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)
def forms(v):
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.')}
    if v >= 1000000:
        m = v / 1e6; s = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' triệu', s + 'tr'}
    if v >= 1000000000:
        b = v / 1e9; f.add((f'{b:.3f}'.rstrip('0').rstrip('.')).replace('.', ',') + ' tỷ')
    return f
def has_num(text, v):
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f.lower()) + r'(?![\d]|[.,]\d)', text): return True
    return False
bad = 0; n = 0
for fn in sorted(os.listdir(os.path.join(D, 'truth'))):
    k = json.load(open(os.path.join(D, 'truth', fn))); p = os.path.join(D, k['file']); n += 1
    err = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: err.append('sha256')
    t = norm(docx_text(p) if p.endswith('.docx') else xlsx_text(p))
    names = AL.get(k['unit']['id'], [k['unit']['name']])
    if not any(norm(x) in t for x in names): err.append('unit name')
    y, m, d = k['document']['date'].split('-')
    if f'ngày {d} tháng {m} năm {y}' not in t: err.append('date')
    if k['document']['number'] and norm(k['document']['number']) not in t: err.append('number')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, v): err.append(f'{e["task"]} {ind}={v}')
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in t: err.append('text: ' + s[:40])
    if k['status'] == 'extracted' and not k['entries']: err.append('no entries')
    print(('OK  ' if not err else 'FAIL') + ' ' + k['file'] + ('' if not err else ' ' + '; '.join(err)))
    bad += bool(err)
print(f'{n} files, {bad} failing'); sys.exit(1 if bad else 0)
