# -*- coding: utf-8 -*-
"""Re-open every final file of set80 independently of gen.py and verify it against truth/.
DOCX: zip + XML (word/document.xml, headers/footers); XLSX: openpyxl, every cell of every sheet."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
nfc = lambda s: unicodedata.normalize('NFC', s)
ws_ = lambda s: re.sub(r'\s+', ' ', nfc(s)).strip()

ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        ALIASES[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', name):
                root = ET.fromstring(z.read(name))
                for p in root.iter(W + 'p'):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + 't' and el.text:
                            buf.append(el.text)
                        elif el.tag in (W + 'br', W + 'tab'):
                            buf.append(' ')
                    out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def num_forms(n):
    f = {str(n), f'{n:02d}', f'{n:03d}', f'{n:,}'.replace(',', '.'), f'{n:,}'.replace(',', ' ')}
    if n >= 1_000_000:
        tr, rest = divmod(n, 1_000_000)
        if rest == 0:
            f.add(f'{tr} triệu')
        else:
            if rest % 1000 == 0:
                f.add(f'{tr} triệu {rest // 1000} nghìn')
            f.add(f'{n / 1_000_000:g} triệu'.replace('.', ','))
    if n >= 1_000_000_000:
        f.add(f'{n / 1_000_000_000:g} tỷ'.replace('.', ','))
    return f

def has_num(text, n):
    for form in num_forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def main():
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    bad = 0
    counts = {'docx': 0, 'xlsx': 0, 'rejected': 0}
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keyed = {os.path.basename(k)[:-5] for k in keys}
    if set(files) != keyed:
        print('MISMATCH files vs keys', set(files) ^ keyed); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if sha != k['sha256']:
            errs.append('sha256 differs')
        ext = path.rsplit('.', 1)[1]
        counts[ext] += 1
        text = ws_(docx_text(path) if ext == 'docx' else xlsx_text(path))
        low = text.casefold()
        # unit
        names = [k['unit']['name']] + ALIASES.get(k['unit']['id'], [])
        if not any(ws_(n).casefold() in low for n in names):
            errs.append('unit name not found: ' + k['unit']['name'])
        # date
        y, m, d = map(int, k['document']['date'].split('-'))
        dforms = [f'ngày {d:02d} tháng {m:02d} năm {y}', f'ngày {d} tháng {m} năm {y}', f'{d:02d}/{m:02d}/{y}', f'{d}/{m}/{y}']
        if not any(x in text for x in dforms):
            errs.append('date not found')
        if k['document']['number'] and k['document']['number'] not in text:
            errs.append('number not found')
        if k['status'] == 'rejected':
            counts['rejected'] += 1
            if k['entries']:
                errs.append('rejected file with entries')
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                if not has_num(text, v):
                    errs.append(f'{e["task"]} {ind}={v} not found')
        for x in k['difficulties'] + k['proposals']:
            if ws_(x) not in text:
                errs.append('text not found: ' + x[:50])
        if errs:
            bad += 1
            print('FAIL', k['file'], *errs, sep='\n  ')
        else:
            print('ok  ', k['file'], len(k['entries']), 'entries')
    print(counts)
    print('ALL PASS' if not bad else f'{bad} FAILED')
    sys.exit(1 if bad else 0)

if __name__ == '__main__':
    main()
