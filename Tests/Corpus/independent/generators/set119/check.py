# -*- coding: utf-8 -*-
"""Independent check of set119: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies the truth keys against what is really written."""
import json, os, re, sys, zipfile, hashlib, glob, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_text(path):
    from xml.etree import ElementTree as ET
    out, nums = [], []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out), nums


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                out.append(str(v))
    return '\n'.join(out), nums


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().casefold()


def forms(n):
    n = int(n)
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}'.replace(',', ' ')}
    if n >= 1_000_000 and n % 100_000 == 0:
        m = n / 1_000_000
        ms = (f'{m:.1f}' if m != int(m) else str(int(m))).replace('.', ',')
        f |= {ms + ' triệu', ms + ' tr'}
    return f


def has_number(text, nums, n):
    if any(isinstance(x, (int, float)) and x == n for x in nums):
        return True
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split('-'))
    out = set()
    for dd in {str(d), f'{d:02d}'}:
        for mm in {str(m), f'{m:02d}'}:
            out.add(f'ngày {dd} tháng {mm} năm {y}')
            out.add(f'{dd}/{mm}/{y}')
    return out


def main():
    bad = 0
    truths = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(os.path.basename(t)[:-5] for t in truths) != files:
        print('MISMATCH between files and truth'); bad += 1
    for tp in truths:
        k = json.load(open(tp, encoding='utf-8'))
        fn = k['file']; path = os.path.join(HERE, fn)
        errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        text, nums = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        nt = norm(text)
        if k['unit'] and k['unit']['name'] and norm(k['unit']['name']) not in nt:
            errs.append('unit name ' + k['unit']['name'])
        if k['document']['date'] and not any(norm(f) in nt for f in date_forms(k['document']['date'])):
            errs.append('date ' + k['document']['date'])
        if k['document']['number'] and k['document']['number'].replace(' ', '') not in text.replace(' ', ''):
            errs.append('number ' + k['document']['number'])
        if k['status'] == 'rejected' and k['entries']:
            errs.append('rejected file with entries')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, nums, v):
                    errs.append(f'{e["task"]} {ind}={v} not written')
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in nt:
                errs.append('missing text: ' + s[:50])
        print(('OK  ' if not errs else 'FAIL') + ' ' + fn + ('' if not errs else '  ' + '; '.join(errs)))
        bad += bool(errs)
    print('all passed' if not bad else f'{bad} failing')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
