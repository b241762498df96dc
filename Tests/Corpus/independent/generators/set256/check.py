# -*- coding: utf-8 -*-
"""Independent check: reopen each final file (zip+XML for DOCX, openpyxl for XLSX) and verify
its key: sha256, unit name, date, every keyed figure in some written form, every difficulty/proposal."""
import json, os, re, sys, hashlib, zipfile, unicodedata, datetime, csv
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # scripts live in setN/.build
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
AG = {r['id']: [r['name']] + [a for a in r['aliases'].split(';') if a] for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}
COMM = {r['code']: r['name'] for r in csv.DictReader(open('/work/shared/data/communes-2025.csv', encoding='utf-8'))}


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                t = ''.join((x.text or '') if x.tag == W + 't' else '\t' for x in p.iter() if x.tag in (W + 't', W + 'tab'))
                out.append(t)
    return out, []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    dates.append(v.date())
                elif isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                else:
                    out.append(str(v))
    return out, (nums, dates)


def num_words(n):
    d = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']
    if n < 10:
        return [d[n]]
    if n < 20:
        return ['mười' + ('' if n == 10 else ' ' + ('lăm' if n % 10 == 5 else d[n % 10]))]
    if n < 100:
        t, u = divmod(n, 10)
        tail = '' if u == 0 else ' ' + {1: 'mốt', 5: 'lăm'}.get(u, d[u])
        return [d[t] + ' mươi' + tail]
    return []


def forms(v):
    v = int(v)
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.'), f'{v:,}', f'{v:,}'.replace(',', ' ')}
    for scale, word in ((10**6, 'triệu'), (10**9, 'tỷ')):
        if v >= scale and v % (scale // 1000) == 0:
            x = v / scale
            s = (f'{x:.3f}').rstrip('0').rstrip('.').replace('.', ',')
            f.add(s + ' ' + word)
    return f


def found(v, text, nums):
    if nums and any(abs(n - v) < 1e-9 for n in nums):
        return True
    for fm in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    for w in num_words(int(v)):
        if re.search(r'(?<!\w)' + w + r'(?!\w)', text.lower()):
            return True
    return False


def date_found(iso, text, dates):
    y, m, d = map(int, iso.split('-'))
    if datetime.date(y, m, d) in dates:
        return True
    pats = [rf'ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}', rf'(?<!\d)0?{d}/0?{m}/{y}', rf'(?<!\d)0?{d}-0?{m}-{y}']
    return any(re.search(p, text, re.I) for p in pats)


def main():
    errors = 0
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
    for tf in files:
        k = json.load(open(os.path.join(HERE, 'truth', tf), encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); errors += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        if path.endswith('.docx'):
            lines, extra = docx_text(path); nums, dates = [], []
        else:
            lines, (nums, dates) = xlsx_text(path)
        text = norm('\n'.join(lines))
        low = text.lower()
        u = k['unit']
        names = AG.get(u['id'], []) if u['id'] in AG else [COMM.get(u['id'], '')]
        if u['id'] not in AG and COMM.get(u['id']) != u['name']:
            errs.append('unit id/name mismatch with communes list')
        if u['id'] in AG and u['name'] != AG[u['id']][0]:
            errs.append('unit name differs from agencies.csv')
        if not any(norm(n).lower() in low for n in names if n):
            errs.append('unit name not found: ' + u['name'])
        if k['document']['number'] and norm(k['document']['number']) not in text:
            errs.append('number not found')
        if k['document']['date'] and not date_found(k['document']['date'], text, dates):
            errs.append('date not found')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not found(v, text, nums):
                    errs.append(f"{e['task']} {ind}={v} not found")
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text:
                errs.append('text not found: ' + x[:50])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key must have reason and no entries')
        print(('OK   ' if not errs else 'FAIL ') + k['file'])
        for x in errs:
            print('     ', x)
        errors += len(errs)
    print(len(files), 'keys checked,', errors, 'errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
