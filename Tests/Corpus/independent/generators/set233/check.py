# Reopens each final file independently of gen.py and checks it against its truth key.
import json, hashlib, os, re, sys, zipfile, csv, unicodedata
import xml.etree.ElementTree as ET
import openpyxl
HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ALIASES = {}
for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
    ALIASES[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]

def docx_text(p):
    with zipfile.ZipFile(p) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    out = []
    for para in root.iter(W + 'p'):
        out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def dotted(n): return f"{n:,}".replace(',', '.')
def forms(ind, n):
    f = {str(n), dotted(n), f"{n:02d}"}
    if n == 0: f |= {"-", "không", "ko", "chưa phát hiện"}
    if ind.endswith('_vnd') and n:
        for scale, words in ((1_000_000, ("triệu", "tr")), (1_000_000_000, ("tỷ",))):
            v = n / scale
            if v >= 1 or scale == 1_000_000:
                s = (f"{v:.3f}".rstrip('0').rstrip('.')).replace('.', ',')
                for w in words: f |= {f"{s} {w}", f"{s}{w}"}
    return f

def found(text, s):
    if s in ("-",):
        return any(line.strip() == "-" for line in text.split('\n'))
    return re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', text, re.I) is not None

def date_forms(iso):
    y, m, d = iso.split('-'); mi, di = int(m), int(d)
    return [f"{d}/{m}/{y}", f"{di}/{mi}/{y}", f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}"]

bad = 0
keys = sorted(os.listdir(os.path.join(HERE, 'truth')))
for kf in keys:
    k = json.load(open(os.path.join(HERE, 'truth', kf), encoding='utf-8'))
    p = os.path.join(HERE, k['file'])
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
    text = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    text = unicodedata.normalize('NFC', text)
    low = text.casefold()
    names = ALIASES.get(k['unit']['id'], [k['unit']['name']])
    if not any(n.casefold() in low for n in names): errs.append('unit name')
    if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
    if k['document']['date'] and not any(f.casefold() in low for f in date_forms(k['document']['date'])): errs.append('date')
    if k['status'] == 'rejected' and not k['reason']: errs.append('reason')
    for e in k['entries']:
        for ind, n in e['indicators'].items():
            if not any(found(text, f) for f in forms(ind, n)): errs.append(f"{e['task']} {ind}={n}")
    for x in k['difficulties'] + k['proposals']:
        if x not in text: errs.append('text: ' + x[:40])
    print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    bad += bool(errs)
print(f"{len(keys)} keys, {bad} failing")
sys.exit(1 if bad else 0)
