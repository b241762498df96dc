# -*- coding: utf-8 -*-
"""Independent check of set224: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, glob, hashlib, zipfile, unicodedata, sys
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
import csv
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        AG[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'<w:tab/>', '\t', x)
            x = re.sub(r'<w:br/>', '\n', x)
            x = re.sub(r'<[^>]+>', '', x)
            out.append(x)
    import html
    return html.unescape('\n'.join(out)), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    parts, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                parts.append(str(v))
    return '\n'.join(parts), nums


def forms(v):
    v = int(v)
    f = {str(v), f'{v:02d}', f'{v:,}'.replace(',', '.'), f'{v:,}'}
    if v >= 1_000_000:
        m = v / 1_000_000
        ms = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {ms + ' triệu', ms + 'tr', ms + ' tr'}
        if v >= 1_000_000_000:
            b = v / 1_000_000_000
            bs = (f'{b:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
            f |= {bs + ' tỷ'}
    return f


def has_number(text, nums, v):
    if float(v) in nums:
        return True
    for fm in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d])', text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        fn = k['file']
        path = os.path.join(HERE, fn)
        errs = []
        if not os.path.exists(path):
            print('MISSING', fn); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        text, nums = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        nt = norm(text)
        uid, uname = k['unit']['id'], k['unit']['name']
        names = AG.get(uid, [uname])
        short = re.sub(r'^(Phường|Xã|Đặc khu) ', '', uname)
        if not any(norm(n) in nt for n in names + [short]):
            errs.append('unit name')
        d = k['document']['date']
        if d:
            y, m, dd = d.split('-')
            pats = [f'ngày {dd} tháng {m} năm {y}', f'{dd}/{m}/{y}']
            if not any(p in nt for p in pats):
                errs.append('date ' + d)
        num = k['document']['number']
        if num and norm(num) not in nt:
            errs.append('number ' + num)
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, nums, v):
                    errs.append(f'figure {e["task"]} {ind}={v}')
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in nt:
                errs.append('text: ' + s[:40])
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            errs.append('rejected key malformed')
        print(('OK  ' if not errs else 'FAIL') + ' ' + fn + ('' if not errs else ' ' + '; '.join(errs)))
        bad += bool(errs)
    print(f'{len(keys)} keys, {bad} failing')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
