# -*- coding: utf-8 -*-
"""Independent check of set209: reopens each final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies sha256, unit name, date, every keyed figure,
every difficulty and proposal against truth/*.json."""
import json, os, re, sys, zipfile, hashlib, glob, csv, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

# figures keyed as the sum of per-former-commune parts (no total written)
PARTS = {
    ('26590-BinhGia-BC38.docx', 'II.5.c', 'inspections'): ['02', '01'],
    ('26590-BinhGia-BC38.docx', 'II.5.c', 'establishments_inspected'): ['15', '08'],
    ('27511_NhuanDuc_bao_cao_TDC.docx', 'II.1.a', 'communications'): ['10 tin', '06 tin', '06 tin'],
    ('27511_NhuanDuc_bao_cao_TDC.docx', 'II.2.a', 'enterprises_supported'): ['02 hợp tác xã', '01 hợp tác xã'],
    ('25909_ThuongTan_BC_CT38.xlsx', 'II.5.c', 'establishments_inspected'): ['12 cơ sở', '07 cơ sở', '05 cơ sở'],
}

def nfc(s): return unicodedata.normalize('NFC', s)

def docx_text(path):
    from xml.etree import ElementTree as ET
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)): nums.add(float(c.value))
                out.append(str(c.value))
    return '\n'.join(out), nums

def forms(v):
    v = int(v)
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.')}
    if v >= 1000000 and v % 100000 == 0:
        m = v / 1e6
        s = (f'{m:.1f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' triệu', s + 'tr'}
    return f

def has_num(text, form):
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None

def aliases():
    al = {}
    with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            al[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]
    return al

def main():
    al = aliases()
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for tf in files:
        k = json.load(open(tf, encoding='utf-8'))
        fn = k['file']; path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path): print('MISSING', fn); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        text, nums = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        text = nfc(text); low = text.lower()
        names = [k['unit']['name']] + al.get(k['unit']['id'], [])
        if not any(nfc(n).lower() in low or nfc(n).lower().replace('phường ', '').replace('xã ', '') in low for n in names):
            errs.append('unit name')
        if k['unit']['name'].lower() not in low and not any(n.lower() in low for n in names):
            errs.append('unit name (full)')
        y, m, d = k['document']['date'].split('-')
        if not (f'ngày {d} tháng {m} năm {y}' in text or f'{d}/{m}/{y}' in text): errs.append('date')
        if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                pk = (fn, e['task'], ind)
                if pk in PARTS:
                    parts = PARTS[pk]
                    if not all(p in text for p in parts): errs.append(f'parts {pk}')
                    if sum(int(re.match(r'\d+', p).group()) for p in parts) != v: errs.append(f'sum {pk}')
                    continue
                if float(v) in nums: continue
                if not any(has_num(text, f) for f in forms(v)): errs.append(f'figure {e["task"]} {ind}={v}')
        for x in k['difficulties'] + k['proposals']:
            if nfc(x) not in text: errs.append('dp: ' + x[:40])
        if k['status'] == 'rejected' and k['entries']: errs.append('rejected with entries')
        print(('OK  ' if not errs else 'FAIL') + ' ' + fn + ('' if not errs else ' ' + '; '.join(errs)))
        bad += bool(errs)
    print(f'{len(files)} files, {bad} failing')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
