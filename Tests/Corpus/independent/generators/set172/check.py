# -*- coding: utf-8 -*-
"""Independent check of set172: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, sys, json, glob, hashlib, zipfile, re, csv, unicodedata, datetime
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
    for r in csv.DictReader(fh):
        AG[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]
COMM = {}
with open('/work/shared/data/communes-2025.csv', encoding='utf-8') as fh:
    for r in csv.DictReader(fh):
        COMM[r['code']] = r['name']

def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s)

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'<w:tab/>', '\t', x)
                x = re.sub(r'<w:br[^>]*/>', '\n', x)
                x = re.sub(r'</w:p>', '\n', x)
                x = re.sub(r'<[^>]+>', '', x)
                out.append(x)
    t = '\n'.join(out)
    for a, b in (('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'")):
        t = t.replace(a, b)
    return t, []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    parts, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    dates.append(v.strftime('%Y-%m-%d'))
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                    parts.append(str(v))
                else:
                    parts.append(str(v))
    return '\n'.join(parts), nums, dates

def forms(v):
    v = int(v)
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.'), f'{v:,}'}
    if v >= 1000000:
        m = v / 1e6
        s = f'{m:.3f}'.rstrip('0').rstrip('.')
        f |= {s.replace('.', ',') + ' triệu', s.replace('.', ',')}
        mi, rest = divmod(v, 1000000)
        if not rest:
            f.add(f'{mi:,}'.replace(',', '.') + ' triệu')
        if rest and rest % 1000 == 0:
            f.add(f'{mi} triệu {rest // 1000} nghìn')
        if v >= 1e9:
            b = f'{v / 1e9:.3f}'.rstrip('0').rstrip('.')
            f.add(b.replace('.', ',') + ' tỷ')
    return f

def has_num(text, v):
    t = norm(text)
    for f in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(norm(f)) + r'(?![\d]|[.,]\d)', t):
            return True
    return False

fails = 0
def bad(f, msg):
    global fails
    fails += 1
    print('FAIL', f, msg)

keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
files = sorted(x for x in os.listdir(HERE) if x.endswith(('.docx', '.xlsx')))
if len(keys) != len(files):
    bad('*', f'{len(files)} files but {len(keys)} keys')
for kp in keys:
    k = json.load(open(kp, encoding='utf-8'))
    p = os.path.join(HERE, k['file'])
    if not os.path.exists(p):
        bad(k['file'], 'missing'); continue
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
        bad(k['file'], 'sha256 mismatch')
    if p.endswith('.docx'):
        text, nums = docx_text(p); dates = []
    else:
        text, nums, dates = xlsx_text(p)
    t = norm(text)
    uid = k['unit']['id']
    names = AG.get(uid, []) + ([COMM[uid]] if uid in COMM else []) + [k['unit']['name']]
    if not any(norm(n) in t for n in names):
        bad(k['file'], 'unit name not found')
    d = k['document']['date']
    y, m, dd = d.split('-')
    dforms = [f'ngày {dd} tháng {m} năm {y}', f'ngày {int(dd)} tháng {int(m)} năm {y}', f'{dd}/{m}/{y}']
    if not (any(norm(x) in t for x in dforms) or d in dates):
        bad(k['file'], 'date not found ' + d)
    if k['document']['number'] and norm(k['document']['number']) not in t:
        bad(k['file'], 'number not found')
    for e in k['entries']:
        for ind, v in e['indicators'].items():
            ok = has_num(text, v) or any(abs(n - v) < 1e-6 for n in nums)
            if not ok:
                bad(k['file'], f'{e["task"]} {ind}={v} not found')
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in t:
            bad(k['file'], 'text not found: ' + x[:60])
    if k['status'] == 'rejected' and k['entries']:
        bad(k['file'], 'rejected with entries')
print(f'{len(keys)} keys checked, {fails} failures')
sys.exit(1 if fails else 0)
