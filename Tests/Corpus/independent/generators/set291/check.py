# Independent check: reopen every final file (zip+XML for DOCX, openpyxl for XLSX) and verify the keys.
import json, hashlib, os, re, sys, zipfile, unicodedata, html
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__)); TR = os.path.join(HERE, 'truth')
def text_of(path):
    if path.endswith('.docx'):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf8')
                x = re.sub(r'<w:tab/>', '\t', x); x = re.sub(r'<w:br/>|</w:p>', '\n', x)
                out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
        return '\n'.join(out)
    wb = openpyxl.load_workbook(path); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    v = c.value
                    out.append(str(int(v)) if isinstance(v, float) and v == int(v) else str(v))
    return '\n'.join(out)
def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s))
def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(',', '.'), f"{n:,}"}
    if n < 1000000 and n % 1000 == 0: f.add(f"{n//1000} nghìn")
    if n >= 100000:
        v = n / 1e6; f.add((f"{v:.3f}".rstrip('0').rstrip('.')).replace('.', ',') + " triệu")
    return f
def has_num(t, n):
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', t): return True
    return False
bad = 0; files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
keys = sorted(os.listdir(TR))
assert len(keys) == len(files), (len(keys), len(files))
for kf in keys:
    k = json.load(open(os.path.join(TR, kf))); p = os.path.join(HERE, k['file']); errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    t = norm(text_of(p)); tl = t.lower()
    if k['unit']['name'].lower() not in tl and k['unit']['name'].split(' ', 1)[1].lower() not in tl: errs.append('unit')
    if k['document']['number'] and k['document']['number'] not in t: errs.append('number')
    y, m, d = k['document']['date'].split('-')
    if not (f"ngày {d} tháng {m} năm {y}" in t or f"{d}/{m}/{y}" in t): errs.append('date')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, v): errs.append(f"{e['task']} {ind}={v}")
        assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown')
        if norm(e['text'])[:40] not in t: errs.append(f"text {e['task']}")
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in t: errs.append('dp: ' + x[:30])
    if k['status'] == 'rejected' and k['entries']: errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
print('files', len(files), 'docx', sum(f.endswith('.docx') for f in files), 'xlsx', sum(f.endswith('.xlsx') for f in files),
      'rejected', sum(json.load(open(os.path.join(TR, f)))['status'] == 'rejected' for f in keys))
sys.exit(1 if bad else 0)
