# -*- coding: utf-8 -*-
"""Independent check of set147: reopens every file (zip+XML for DOCX, openpyxl for
XLSX) and verifies each key against the file itself."""
import os, re, sys, json, glob, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = ['II.1.a', 'II.1.b'] + ['II.2.' + x for x in ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i']] + \
        ['II.3.' + x for x in 'abcd'] + ['II.4.' + x for x in 'abc'] + ['II.5.' + x for x in 'abcd'] + ['II.6.a', 'II.6.b']
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}

# figures the officer wrote only as parts (former-ward areas / KV codes): the key holds
# the sum; each part must be in the file and the parts must add up.
DERIVED = {
    ('bao cao TDC phuong Ban Co.docx', 'II.1.a', 'communications'): ['02 tin', '01 bài', '03 tin'],
    ('bao cao TDC phuong Ban Co.docx', 'II.5.c', 'inspections'): ['kiểm tra 01 cuộc tại chợ Bàn Cờ', 'kiểm tra 01 cuộc đối với 05'],
    ('bao cao TDC phuong Ban Co.docx', 'II.5.c', 'establishments_inspected'): ['kiểm tra 06 cơ sở', '05 cửa hàng xăng dầu'],
    ('bao cao TDC phuong Ban Co.docx', 'II.5.c', 'instruments_verified'): ['Vận động 21 tiểu thương', 'Vận động 12 hộ'],
    ('BaDiem_ct38_2026.xlsx', 'II.1.a', 'communications'): ['Tin bài — KV1: 2 · KV2: 2 · KV3: 1'],
    ('BaDiem_ct38_2026.xlsx', 'II.5.c', 'inspections'): ['Cuộc KT — KV1: 1 · KV2: 1 · KV3: 1'],
    ('BaDiem_ct38_2026.xlsx', 'II.5.c', 'establishments_inspected'): ['Cơ sở — KV1: 6 · KV2: 4 · KV3: 3'],
}
PART_SUMS = {k: v for k, v in {
    ('bao cao TDC phuong Ban Co.docx', 'II.1.a', 'communications'): 2 + 1 + 3,
    ('bao cao TDC phuong Ban Co.docx', 'II.5.c', 'inspections'): 1 + 1,
    ('bao cao TDC phuong Ban Co.docx', 'II.5.c', 'establishments_inspected'): 6 + 5,
    ('bao cao TDC phuong Ban Co.docx', 'II.5.c', 'instruments_verified'): 21 + 12,
    ('BaDiem_ct38_2026.xlsx', 'II.1.a', 'communications'): 2 + 2 + 1,
    ('BaDiem_ct38_2026.xlsx', 'II.5.c', 'inspections'): 1 + 1 + 1,
    ('BaDiem_ct38_2026.xlsx', 'II.5.c', 'establishments_inspected'): 6 + 4 + 3,
}.items()}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not (n.startswith('word/') and n.endswith('.xml')):
                continue
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't' and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + 'tab',):
                        buf.append('\t')
                    elif el.tag in (W + 'br',):
                        buf.append('\n')
                out.append(''.join(buf))
    return '\n'.join(out)

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def num_present(text, n, ind):
    cands = set()
    if float(n).is_integer():
        n = int(n)
        cands.add(str(n))
        if n < 10:
            cands.add('0%d' % n)
        if n >= 1000:
            cands.add(f'{n:,}'.replace(',', '.'))
            cands.add(f'{n:,}'.replace(',', ' '))
    for c in cands:
        if re.search(r'(?<![\d.,])' + re.escape(c) + r'(?![\d]|[.,]\d)', text):
            return True
    if ind.endswith('_vnd'):
        for div, words in ((1e6, r'\s*(tr\.?đ|tr\b|triệu)'), (1e9, r'\s*tỷ')):
            v = n / div
            if v >= 1:
                s = ('%g' % v).replace('.', ',')
                if re.search(r'(?<![\d.,])' + re.escape(s) + words, text):
                    return True
    return False

def date_present(text, iso):
    y, m, d = iso.split('-')
    m, d = int(m), int(d)
    pats = [r'ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%s' % (d, m, y), r'(?<!\d)0?%d/0?%d/%s' % (d, m, y)]
    return any(re.search(p, text) for p in pats)

def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    errs = []
    if len(keys) != len(files):
        errs.append('files %d vs keys %d' % (len(files), len(keys)))
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        fn = k['file']
        p = os.path.join(HERE, fn)
        if os.path.basename(kp) != fn + '.json' or not os.path.exists(p):
            errs.append('%s: key/file name mismatch' % fn); continue
        sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        if sha != k['sha256']:
            errs.append('%s: sha256 mismatch' % fn)
        raw = docx_text(p) if fn.endswith('.docx') else xlsx_text(p)
        text = norm(raw)
        low = text.casefold()
        for fld in ('file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'findings', 'difficulties', 'proposals'):
            if fld not in k:
                errs.append('%s: missing field %s' % (fn, fld))
        if k['status'] not in ('extracted', 'rejected'):
            errs.append('%s: bad status' % fn)
        if k['status'] == 'rejected' and not k['reason']:
            errs.append('%s: rejected without reason' % fn)
        if k['unit']['name'].casefold() not in low:
            errs.append('%s: unit name not found: %s' % (fn, k['unit']['name']))
        if k['document']['date'] and not date_present(text, k['document']['date']):
            errs.append('%s: date not found %s' % (fn, k['document']['date']))
        if k['document']['number'] and k['document']['number'] not in text:
            errs.append('%s: number not found %s' % (fn, k['document']['number']))
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS:
                errs.append('%s: bad task %s' % (fn, e['task']))
            if e['task'] in seen:
                errs.append('%s: duplicate task %s' % (fn, e['task']))
            seen.add(e['task'])
            if e['status'] not in STATUSES:
                errs.append('%s: bad status %s' % (fn, e['status']))
            for ind, v in e['indicators'].items():
                if ind not in INDS:
                    errs.append('%s: bad indicator %s' % (fn, ind)); continue
                dk = (fn, e['task'], ind)
                if dk in DERIVED:
                    for part in DERIVED[dk]:
                        if norm(part) not in text:
                            errs.append('%s: part not found %r' % (fn, part))
                    if PART_SUMS[dk] != v:
                        errs.append('%s: derived sum %s != %s' % (fn, PART_SUMS[dk], v))
                elif not num_present(text, v, ind):
                    errs.append('%s: figure %s=%s (%s) not found' % (fn, ind, v, e['task']))
        for lst in ('difficulties', 'proposals'):
            for s in k[lst]:
                if norm(s) not in text:
                    errs.append('%s: %s item not found: %s' % (fn, lst, s[:60]))
    for e in errs:
        print('FAIL', e)
    n_docx = sum(f.endswith('.docx') for f in files)
    n_rej = sum(json.load(open(kp, encoding='utf-8'))['status'] == 'rejected' for kp in keys)
    print('%d files (%d docx, %d xlsx, %d rejected); %d problems' % (len(files), n_docx, len(files) - n_docx, n_rej, len(errs)))
    print('%d passed, %d failed' % (len(keys) - len({e.split(':')[0] for e in errs}), len({e.split(':')[0] for e in errs})))
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
