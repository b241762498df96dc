# Reopens every final file independently (zip+XML for DOCX, openpyxl for XLSX) and checks the keys.
import json, os, re, sys, hashlib, zipfile, unicodedata
from openpyxl import load_workbook
D = os.path.dirname(os.path.abspath(__file__)); T = os.path.join(D, 'truth')
def nfc(s): return unicodedata.normalize('NFC', s)
def docx_text(p):
    z = zipfile.ZipFile(p); x = z.read('word/document.xml').decode('utf-8')
    x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x); x = re.sub(r'<w:br/>', '\n', x)
    x = re.sub(r'<[^>]+>', '', x)
    return nfc(x.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))
def xlsx_text(p):
    wb = load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None: out.append(str(v))
    return nfc('\n'.join(out))
WORDS = {1:'một',2:'hai',3:'ba',4:'bốn',5:'năm',6:'sáu',7:'bảy',8:'tám',9:'chín',10:'mười'}
def forms(v):
    f = {str(v), f'{v:,}'.replace(',', '.'), f'{v:02d}'}
    if v >= 100000:
        t = f'{v/1e6:.3f}'.rstrip('0').rstrip('.').replace('.', ',')
        f |= {t + ' triệu', t + 'tr', t + ' trđ'}
    if v in WORDS: f.add(WORDS[v])
    return f
def hasnum(text, s):
    return re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', text) is not None
bad = 0; n = 0
for k in sorted(os.listdir(T)):
    key = json.load(open(os.path.join(T, k), encoding='utf-8')); fn = key['file']; p = os.path.join(D, fn); n += 1
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != key['sha256']: errs.append('sha256')
    text = docx_text(p) if fn.endswith('.docx') else xlsx_text(p)
    low = text.lower()
    name = key['unit']['name']; short = re.sub(r'^(Phường|Xã|Đặc khu|Sở) ', '', name)
    if name.lower() not in low and short.lower() not in low: errs.append('unit ' + name)
    if key['document']['number'] and key['document']['number'] not in text: errs.append('number')
    y, m, d = key['document']['date'].split('-')
    if not any(s in text for s in [f'ngày {d} tháng {m} năm {y}', f'{d}/{m}/{y}']): errs.append('date')
    for e in key['entries']:
        for iid, v in e['indicators'].items():
            if not any(hasnum(text, s) for s in forms(v)): errs.append(f"{e['task']} {iid}={v}")
        if e['text'] and nfc(e['text'][:40]) not in text: errs.append('text ' + e['task'])
    for s in key['difficulties'] + key['proposals']:
        if nfc(s) not in text: errs.append('item ' + s[:30])
    if key['status'] == 'rejected' and key['entries']: errs.append('rejected with entries')
    if errs: bad += 1; print('FAIL', fn, errs)
print(f'{n} files, {bad} failing'); sys.exit(1 if bad else 0)
