# Re-opens every final file independently of gen.py and checks it against its key.
import json, hashlib, os, re, sys, zipfile, unicodedata, html
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'header' in n or 'footer' in n or 'footnotes' in n):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:br[^>]*/>', '\n', x); x = re.sub(r'<w:tab[^>]*/>', '\t', x)
            x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<[^>]+>', '', x)
            out.append(html.unescape(x))
    return '\n'.join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)

def forms(v):
    f = {str(v), '%02d' % v, '{:,}'.format(v).replace(',', '.'), '{:,}'.format(v)}
    if v >= 100000:
        m = v / 1e6
        s = ('%.3f' % m).rstrip('0').rstrip('.').replace('.', ',')
        f |= {s + ' triệu', s + ' tr', s + 'tr'}
    return f

def has_num(text, v):
    for fm in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text): return True
    return False

def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()

bad = 0; n = 0
for k in sorted(os.listdir(os.path.join(D, 'truth'))):
    t = json.load(open(os.path.join(D, 'truth', k))); fn = t['file']; p = os.path.join(D, fn); n += 1
    errs = []
    if not os.path.exists(p): print('MISSING', fn); bad += 1; continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']: errs.append('sha256')
    txt = docx_text(p) if fn.endswith('.docx') else xlsx_text(p)
    nt = norm(txt)
    u = t['unit']['name']
    if norm(u) not in nt: errs.append('unit name ' + u)
    y, m, d = t['document']['date'].split('-')
    if not any(norm(x) in nt for x in ['ngày %s tháng %s năm %s' % (d, m, y), '%s/%s/%s' % (d, m, y)]): errs.append('date')
    if t['document']['number'] and norm(t['document']['number']) not in nt: errs.append('number')
    for e in t['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(txt, v): errs.append('figure %s %s=%s' % (e['task'], ind, v))
    for s in t['difficulties'] + t['proposals']:
        if norm(s) not in nt: errs.append('text: ' + s[:50])
    if t['status'] == 'rejected' and t['entries']: errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + fn + ('' if not errs else ' :: ' + '; '.join(errs)))
    bad += bool(errs)
print('%d files, %d failing' % (n, bad)); sys.exit(1 if bad else 0)
