# -*- coding: utf-8 -*-
"""Independent check of set244: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies sha256, unit name, date, keyed figures,
difficulties and proposals against truth/*.json."""
import json, os, re, sys, zipfile, hashlib, unicodedata, csv, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        AG[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).strip().lower()

def docx_text(p):
    out, nums = [], []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if not (n.startswith('word/') and n.endswith('.xml')): continue
            x = z.read(n).decode('utf-8')
            for para in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
                para = re.sub(r'<w:(br|tab|cr)\b[^>]*/>', ' ', para)
                t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para))
                out.append(t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"'))
    return '\n'.join(out), nums

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
                    if isinstance(c.value, (int, float)) and not isinstance(c.value, bool): nums.append(c.value)
                if c.comment is not None: out.append(c.comment.text)
    return '\n'.join(out), nums

def forms(n):
    n = int(n); f = {str(n), f'{n:02d}'}
    if n >= 1000:
        f |= {f'{n:,}'.replace(',', '.'), f'{n:,}', f'{n:,}'.replace(',', ' ')}
    for div, words in ((1e6, ('triệu', 'tr')), (1e9, ('tỷ',))):
        if n >= div:
            v = n / div
            s = ('%.3f' % v).rstrip('0').rstrip('.').replace('.', ',')
            for w in words: f.add(s + ' ' + w); f.add(s + w)
    return f

def has_num(text, nums, n):
    if any(abs(x - n) < 1e-6 for x in nums): return True
    for fm in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(fm.lower()) + r'(?![\d]|[.,]\d)', text): return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-'); dd, mm = int(d), int(m)
    out = set()
    for a in (d, str(dd)):
        for b in (m, str(mm)):
            out |= {f'ngày {a} tháng {b} năm {y}', f'{a}/{b}/{y}', f'{a}-{b}-{y}', f'{a}.{b}.{y}'}
    return out

bad = 0
truths = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
if len(truths) != len(files): print('COUNT MISMATCH', len(truths), len(files)); bad += 1
for tp in truths:
    t = json.load(open(tp, encoding='utf-8'))
    p = os.path.join(HERE, t['file']); errs = []
    if not os.path.exists(p): print('MISSING', t['file']); bad += 1; continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']: errs.append('sha256')
    text, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    low = norm(text)
    uid = t['unit']['id']
    names = AG.get(uid, [t['unit']['name']])
    if not any(norm(nm) in low for nm in names): errs.append('unit name ' + t['unit']['name'])
    if t['document']['date'] and not any(norm(df) in low for df in date_forms(t['document']['date'])):
        errs.append('date ' + t['document']['date'])
    if t['document']['number'] and norm(t['document']['number']) not in low: errs.append('number')
    if t['status'] == 'rejected' and (t['entries'] or not t['reason']): errs.append('rejected key')
    for e in t['entries']:
        assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown')
        for k, v in e['indicators'].items():
            if not has_num(low, nums, v): errs.append(f'figure {e["task"]} {k}={v}')
    for x in t['difficulties'] + t['proposals']:
        if norm(x) not in low: errs.append('text: ' + x[:50])
    print(('OK  ' if not errs else 'FAIL') + ' ' + t['file'] + ('' if not errs else ' -> ' + '; '.join(errs)))
    bad += bool(errs)
print('ALL PASS' if not bad else f'{bad} FAILED')
sys.exit(1 if bad else 0)
