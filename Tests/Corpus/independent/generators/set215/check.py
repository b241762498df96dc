# Independent checker: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
import json, os, sys, zipfile, re, hashlib, glob, unicodedata
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read('word/document.xml').decode('utf8')
    xml = re.sub(r'</w:p>', '\n', xml)
    xml = re.sub(r'<w:tab/>', '\t', xml)
    xml = re.sub(r'</w:tc>', ' | ', xml)
    return re.sub(r'<[^>]+>', '', xml).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def forms(v):
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.')}
    if v >= 1000000:
        m = v / 1e6
        f.add(('%g' % m).replace('.', ',') + ' triệu')
        f.add(('%g' % m).replace('.', ',') + ' tr')
    if v >= 100000000:
        f.add(('%g' % (v / 1e9)).replace('.', ',') + ' tỷ')
    return f

def has_num(text, v):
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d])', text):
            return True
    return False

bad = 0
keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
for kp in keys:
    k = json.load(open(kp))
    p = os.path.join(HERE, k['file'])
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        errs.append('sha256')
    t = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    t = unicodedata.normalize('NFC', t)
    tl = t.lower()
    if k['unit']['name'].lower() not in tl:
        errs.append('unit name')
    y, m, d = k['document']['date'].split('-')
    if f'ngày {d} tháng {m} năm {y}' not in t:
        errs.append('date')
    if k['document']['number'] not in t:
        errs.append('number')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, v):
                errs.append(f"figure {e['task']} {ind}={v}")
    for x in k['difficulties'] + k['proposals']:
        if x not in t:
            errs.append('text: ' + x[:40])
    if k['status'] == 'rejected' and k['entries']:
        errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
n = len(keys)
files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
if len(files) != n:
    print('file/key count mismatch', len(files), n); bad += 1
print('PASS' if not bad else f'{bad} FAILED', n, 'files')
sys.exit(1 if bad else 0)
