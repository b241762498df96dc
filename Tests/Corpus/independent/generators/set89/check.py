# -*- coding: utf-8 -*-
"""Independent check of set89: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, re, sys, json, glob, zipfile, hashlib, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'[ \t]+', ' ', s).casefold()

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
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

def numbers(text):
    """All values written in the text: 04, 4.500.000, 2,5 triệu, 1,2 tỷ, 4.860,5 triệu, 3.750.000đ."""
    vals = set()
    for m in re.finditer(r'(\d[\d\.]*(?:,\d+)?)\s*(triệu|tỷ)?', text):
        tok, mult = m.group(1).rstrip('.'), m.group(2)
        intpart, _, dec = tok.partition(',')
        if re.fullmatch(r'\d{1,3}(\.\d{3})+', intpart):
            intpart = intpart.replace('.', '')
        elif '.' in intpart:
            continue
        try:
            v = float(intpart + ('.' + dec if dec else ''))
        except ValueError:
            continue
        if mult == 'triệu': v *= 1_000_000
        elif mult == 'tỷ': v *= 1_000_000_000
        vals.add(round(v))
    return vals

def date_forms(iso):
    y, m, d = map(int, iso.split('-'))
    return [f'ngày {d} tháng {m} năm {y}', f'ngày {d:02d} tháng {m:02d} năm {y}',
            f'ngày {d:02d} tháng {m} năm {y}', f'ngày {d} tháng {m:02d} năm {y}',
            f'{d}/{m}/{y}', f'{d:02d}/{m:02d}/{y}']

def main():
    errors = 0; n = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print('MISMATCH between files and keys'); errors += 1
    for k in keys:
        key = json.load(open(k, encoding='utf-8'))
        p = os.path.join(HERE, key['file']); n += 1
        errs = []
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != key['sha256']:
            errs.append('sha256')
        raw = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
        t = norm(raw)
        if norm(key['unit']['name']) not in t:
            errs.append('unit name ' + key['unit']['name'])
        if key['document']['number'] and norm(key['document']['number']) not in t:
            errs.append('number')
        if not any(norm(f) in t for f in date_forms(key['document']['date'])):
            errs.append('date ' + key['document']['date'])
        vals = numbers(unicodedata.normalize('NFC', raw))
        for e in key['entries']:
            assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown')
            for ind, v in e['indicators'].items():
                if v not in vals:
                    errs.append(f'figure {e["task"]} {ind}={v}')
        for s in key['difficulties'] + key['proposals']:
            if norm(s) not in t:
                errs.append('text: ' + s[:50])
        if key['status'] == 'rejected' and key['entries']:
            errs.append('rejected with entries')
        print(('OK   ' if not errs else 'FAIL ') + key['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        errors += bool(errs)
    print(f'{n} files, {errors} failing')
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
