# -*- coding: utf-8 -*-
"""Independent check of set79: reopens every final file (zip+XML for DOCX, openpyxl
for XLSX) and verifies the answer keys in truth/."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).casefold()


def docx_text(path):
    parts = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'header' in n or 'footer' in n or 'footnotes' in n):
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
                    parts.append(''.join(buf))
    return '\n'.join(parts)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    parts.append(str(c.value))
    return '\n'.join(parts)


def dotted(n):
    return f'{n:,}'.replace(',', '.')


def forms(n):
    f = {str(n), dotted(n)}
    if n < 100:
        f.add(f'{n:02d}')
    if n >= 1_000_000:
        for unit, div in (('triệu', 1_000_000), ('tỷ', 1_000_000_000), ('tr', 1_000_000)):
            if n >= div:
                v = n / div
                s = (f'{v:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
                f.add(f'{s} {unit}')
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s.casefold()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    out = {f'ngày {d} tháng {m} năm {y}', f'{d}/{m}/{y}', f'ngày {int(d)} tháng {int(m)} năm {y}'}
    return {norm(x) for x in out}


def main():
    tdir = os.path.join(HERE, 'truth')
    keys = sorted(os.listdir(tdir))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    errors = []
    if sorted(k[:-5] for k in keys) != files:
        errors.append(f'files and keys differ: {set(files) ^ set(k[:-5] for k in keys)}')
    stats = {'docx': 0, 'xlsx': 0, 'rejected': 0, 'entries': 0, 'figures': 0}
    for k in keys:
        key = json.load(open(os.path.join(tdir, k), encoding='utf-8'))
        fn = key['file']
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            errors.append(f'{fn}: missing'); continue
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if sha != key['sha256']:
            errors.append(f'{fn}: sha256 mismatch')
        ext = fn.rsplit('.', 1)[1]
        stats[ext] += 1
        raw = docx_text(path) if ext == 'docx' else xlsx_text(path)
        text = norm(raw)
        if key['status'] == 'rejected':
            stats['rejected'] += 1
            if key['entries']:
                errors.append(f'{fn}: rejected with entries')
            if 'chỉ thị số 38' in text or 'ct38' in text:
                errors.append(f'{fn}: mistaken file mentions CT38')
        if norm(key['unit']['name']) not in text:
            errors.append(f'{fn}: unit name not found')
        d = key['document']
        if d['date'] and not any(x in text for x in date_forms(d['date'])):
            errors.append(f'{fn}: date {d["date"]} not found')
        if d['number'] and norm(d['number']) not in text:
            errors.append(f'{fn}: number {d["number"]} not found')
        seen_tasks = set()
        for e in key['entries']:
            stats['entries'] += 1
            if e['task'] in seen_tasks:
                errors.append(f'{fn}: task {e["task"]} twice')
            seen_tasks.add(e['task'])
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errors.append(f'{fn}: bad status {e["status"]}')
            if norm(e['text'])[:60] not in text:
                errors.append(f'{fn}: entry text of {e["task"]} not found')
            for ind, val in e['indicators'].items():
                stats['figures'] += 1
                if not has_number(text, val):
                    errors.append(f'{fn}: {e["task"]} {ind}={val} not written in file')
        for kind in ('difficulties', 'proposals'):
            for item in key[kind]:
                if norm(item) not in text:
                    errors.append(f'{fn}: {kind[:-1]} not found: {item[:50]}')
    for e in errors:
        print('FAIL', e)
    print(stats)
    print('check.py:', 'PASS' if not errors else f'{len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
