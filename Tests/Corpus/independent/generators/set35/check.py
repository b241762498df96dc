# -*- coding: utf-8 -*-
"""Independent check of set35: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as fh:
    for row in csv.DictReader(fh):
        ALIASES[row['id']] = [row['name']] + [a for a in (row['aliases'] or '').split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', name):
            root = ET.fromstring(z.read(name))
            for p in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)


def forms(n):
    n = int(n)
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}'}
    for unit, word in ((10**6, 'triệu'), (10**9, 'tỷ')):
        if n >= unit and n % (unit // 100) == 0:
            q = n / unit
            s = ('%g' % q).replace('.', ',')
            f.add(f'{s} {word}')
    return f


def has_number(text, n):
    for v in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(v) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    return [f'ngày {d} tháng {m} năm {y}', f'ngày {int(d)} tháng {int(m)} năm {y}', f'{d}/{m}/{y}', f'{int(d)}/{int(m)}/{y}']


def main():
    fails = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        print('MISMATCH between files and keys'); fails += 1
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        raw = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        t = norm(raw)
        u = k['unit']
        names = ALIASES.get(u['id'], [u['name']]) if u else []
        if u and not any(norm(x) in t for x in names):
            errs.append('unit name ' + u['name'])
        if k['document']['date'] and not any(norm(x) in t for x in date_forms(k['document']['date'])):
            errs.append('date ' + k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in t:
            errs.append('number ' + k['document']['number'])
        for e in k['entries']:
            if norm(e['text']) not in t:
                errs.append(f"text of {e['task']}")
            for iid, v in e['indicators'].items():
                if not has_number(t, v):
                    errs.append(f"{e['task']} {iid}={v}")
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in t:
                errs.append('item: ' + x[:40])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key must have reason and no entries')
        print(('OK   ' if not errs else 'FAIL ') + k['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        fails += bool(errs)
    print('ALL PASS' if not fails else f'{fails} FAILED')
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
