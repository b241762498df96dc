# Independent check: reopen each final file (zip+XML for DOCX, openpyxl for XLSX) and verify keys.
import json, hashlib, os, re, sys, zipfile, unicodedata, datetime, glob
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
WORDS = {1:'một',2:'hai',3:'ba',4:'bốn',5:'năm',6:'sáu',7:'bảy',8:'tám',9:'chín',10:'mười'}

def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()

def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf8')
            for para in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
                t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para))
                t = t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')
                out.append(t)
    return '\n'.join(out), []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []; dates = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.datetime, datetime.date)):
                    dates.append(v.date() if isinstance(v, datetime.datetime) else v); out.append(v.strftime('%d/%m/%Y'))
                elif isinstance(v, float) and v.is_integer(): out.append(str(int(v)))
                else: out.append(str(v))
    return '\n'.join(out), dates

def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(',', '.')}
    for div, w in ((1_000_000, 'triệu'), (1_000_000_000, 'tỷ')):
        if n >= div and n % (div // 1000) == 0:
            v = (f"{n/div:.3f}".rstrip('0').rstrip('.')).replace('.', ',')
            f.add(v + ' ' + w)
    if n in WORDS: f.add(WORDS[n])
    return f

def has_num(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s.lower()) + r'(?![\d]|[.,]\d)', text): return True
    return False

bad = 0; nd = nx = nrej = 0
for kf in sorted(glob.glob(os.path.join(D, 'truth', '*.json'))):
    k = json.load(open(kf)); p = os.path.join(D, k['file']); errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    if p.endswith('.docx'): text, dates = docx_text(p); nd += 1
    else: text, dates = xlsx_text(p); nx += 1
    if k['status'] == 'rejected': nrej += 1
    t = norm(text)
    if norm(k['unit']['name']) not in t: errs.append('unit name')
    d = datetime.date.fromisoformat(k['document']['date'])
    dforms = [f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", f"ngày {d.day} tháng {d.month} năm {d.year}", d.strftime('%d/%m/%Y')]
    if not (any(x in t for x in dforms) or d in dates): errs.append('date')
    if k['document']['number'] and norm(k['document']['number']) not in t: errs.append('number')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            if not has_num(t, v): errs.append(f"{e['task']} {ind}={v}")
    for s in k['difficulties'] + k['proposals']:
        if norm(s) not in t: errs.append('text: ' + s[:40])
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
print(f"{nd} DOCX, {nx} XLSX, {nrej} rejected; failures: {bad}")
sys.exit(1 if bad else 0)
