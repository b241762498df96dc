"""Reopen every final file independently (zip+XML for DOCX, openpyxl for XLSX) and check the keys."""
import html, json, hashlib, os, re, sys, zipfile, unicodedata, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).lower()
def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf8')
                x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x)
                out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
    return '\n'.join(out), []
def xlsx_text(p):
    wb = openpyxl.load_workbook(p, data_only=True); parts = []; nums = []
    for ws in wb.worksheets:
        for hf in (ws.oddHeader, ws.oddFooter):
            for part in (hf.left, hf.center, hf.right):
                if part.text: parts.append(part.text)
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.append(float(c.value))
                parts.append(str(c.value))
    return '\n'.join(parts), nums
def forms(v):
    f = {str(v), '{:,}'.format(v).replace(',', '.'), '{:,}'.format(v)}
    if v < 10: f.add('%02d' % v)
    if v >= 1000000 and v % 100000 == 0:
        f.add(('%g' % (v/1e6)).replace('.', ',') + ' triệu')
    return f
bad = 0; n = 0
for tj in sorted(glob.glob(os.path.join(D, 'truth', '*.json'))):
    k = json.load(open(tj, encoding='utf8')); p = os.path.join(D, k['file']); n += 1
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    text, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    T = norm(text)
    uname = k['unit']['name']; short = re.sub(r'^(Phường|Xã|Đặc khu) ', '', uname)
    if norm(uname) not in T: errs.append('unit name ' + uname)
    if k['document']['number'] and norm(k['document']['number']) not in T: errs.append('number')
    y, m, d = k['document']['date'].split('-')
    if not re.search(r'ngày %s tháng %s năm %s' % (d, m, y), T): errs.append('date')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            ok = any(re.search(r'(?<![\d.,])' + re.escape(norm(f)) + r'(?![\d])', T) for f in forms(v))
            ok = ok or any(abs(x - v) < 1e-6 or abs(x * 1e6 - v) < 1e-3 for x in nums)
            if not ok: errs.append('figure %s %s=%s' % (e['task'], ind, v))
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in T: errs.append('text: ' + s[:40])
    if k['status'] == 'rejected' and k['entries']: errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
print('%d files, %d failing' % (n, bad)); sys.exit(1 if bad else 0)
