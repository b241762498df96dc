# Independent re-reader: zip+XML for DOCX, openpyxl for XLSX.
import json, hashlib, os, re, zipfile, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def text_of(p):
    if p.endswith('.docx'):
        z = zipfile.ZipFile(p); out = []
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf8')
                x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x); x = re.sub(r'<w:br/>', '\n', x)
                out.append(re.sub(r'<[^>]+>', '', x))
        t = '\n'.join(out)
    else:
        wb = openpyxl.load_workbook(p); parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    if c.value is not None: parts.append(str(c.value))
        t = '\n'.join(parts)
    import html
    return unicodedata.normalize('NFC', html.unescape(t))
def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(',', '.'), f"{n:,}"}
    for div, w in ((1e6, 'triệu'), (1e9, 'tỷ')):
        v = n / div
        if v >= 1:
            s = str(int(v)) if v == int(v) else f"{v:.2f}".rstrip('0').rstrip('.').replace('.', ',')
            f.add(f"{s} {w}")
    return f
def has_num(t, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', t): return True
    return False
bad = 0; n = 0
for k in sorted(glob.glob(os.path.join(D, 'truth', '*.json'))):
    key = json.load(open(k)); p = os.path.join(D, key['file']); n += 1
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != key['sha256']: errs.append('sha')
    t = text_of(p)
    if key['unit']['name'] not in t and key['unit']['name'].upper() not in t: errs.append('unit')
    y, m, d = key['document']['date'].split('-')
    if not any(s in t for s in [f"ngày {int(d)} tháng {m} năm {y}", f"{d}/{m}/{y}"]): errs.append('date')
    if key['document']['number'] not in t: errs.append('number')
    for e in key['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, v): errs.append(f"fig {e['task']} {ind}={v}")
    for s in key['difficulties'] + key['proposals']:
        if s not in t: errs.append('text: ' + s[:40])
    if errs: bad += 1; print('FAIL', key['file'], errs)
    else: print('ok  ', key['file'], key['status'], len(key['entries']))
print(f"{n} files, {bad} failing"); raise SystemExit(1 if bad else 0)
