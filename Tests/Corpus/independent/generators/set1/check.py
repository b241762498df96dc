#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Reopen every report of set1 from disk, independently of the generator, and verify
its truth: sha256, unit name, date line, number, each difficulty/proposal item, and every
indicator figure in some written form. Text is read from the OOXML itself (w:t, not
w:delText; sheet cells + sharedStrings), NFC-normalised."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

SET = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
S = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(z):
    root = ET.fromstring(z.read('word/document.xml'))
    out, deleted = [], []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't':
                buf.append(el.text or '')
            elif el.tag == W + 'tab':
                buf.append('\t')
            elif el.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
            elif el.tag == W + 'delText':
                deleted.append(el.text or '')
        out.append(''.join(buf))
    return nfc('\n'.join(out)), [nfc(d) for d in deleted]


def xlsx_text(z):
    shared = []
    if 'xl/sharedStrings.xml' in z.namelist():
        for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(S + 'si'):
            shared.append(''.join(t.text or '' for t in si.iter(S + 't')))
    lines = []
    for n in sorted(x for x in z.namelist() if re.match(r'xl/worksheets/sheet\d+\.xml$', x)):
        for row in ET.fromstring(z.read(n)).iter(S + 'row'):
            cells = []
            for c in row.iter(S + 'c'):
                t = c.get('t')
                v = c.find(S + 'v')
                if t == 's' and v is not None:
                    cells.append(shared[int(v.text)])
                elif t == 'inlineStr':
                    cells.append(''.join(x.text or '' for x in c.iter(S + 't')))
                elif v is not None:
                    cells.append(v.text)
            lines.append('\t'.join(cells))
    return nfc('\n'.join(lines)), []


def norm(s):
    return re.sub(r'\s+', ' ', nfc(s)).strip().casefold()


def dotted(v):
    return f'{v:,}'.replace(',', '.')


def forms(v):
    v = int(v)
    f = {str(v), f'{v:02d}', dotted(v)}
    if v >= 1_000_000:
        m = v / 1_000_000
        ms = ('%g' % m)
        f |= {ms + ' triệu', ms.replace('.', ',') + ' triệu', ms, ms.replace('.', ',')}
        f |= {dotted(v) + 'đ', dotted(v) + ' đồng'}
    if v >= 1_000_000_000:
        b = '%g' % (v / 1e9)
        f |= {b.replace('.', ',') + ' tỷ'}
    return f


def has_number(text, form):
    pat = r'(?<![\d])(?<![\d][.,])' + re.escape(form) + r'(?![\d])(?![.,]\d)'
    return re.search(pat, text) is not None


STATUS_WORDS = {
    'completed': ['hoàn thành', 'đạt'],
    'in_progress': ['đang triển khai', 'đang thực hiện', 'đang tiếp tục', 'đang được tiếp tục', 'đang rà soát', 'đang xây dựng', 'đang cập nhật'],
    'not_started': ['chưa triển khai', 'chưa thực hiện'],
    'not_applicable': ['không phát sinh'],
}


def main():
    errors, nfiles = [], 0
    truth_dir = os.path.join(SET, 'truth')
    files = sorted(f for f in os.listdir(SET) if os.path.isfile(os.path.join(SET, f)) and not f.startswith('.')
                   and f.endswith(('.docx', '.xlsx')))
    for f in files:
        nfiles += 1
        path = os.path.join(SET, f)
        tp = os.path.join(truth_dir, f + '.json')
        if not os.path.exists(tp):
            errors.append(f'{f}: no truth'); continue
        T = json.load(open(tp, encoding='utf-8'))
        E = lambda m: errors.append(f'{f}: {m}')
        if T['file'] != f:
            E('file field differs')
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != T['sha256']:
            E('sha256 mismatch')
        z = zipfile.ZipFile(path)
        text, deleted = (docx_text if f.endswith('.docx') else xlsx_text)(z)
        low = norm(text)
        if T['status'] == 'rejected':
            if 'chỉ thị' in low and '38' in low:
                E('rejected file mentions Chỉ thị 38')
            continue
        if norm(T['unit']['name']) not in low:
            E(f"unit name {T['unit']['name']} not found")
        d = T['document']['date']
        if d:
            y, m, dd = d.split('-')
            pats = [rf'ngày\s+0?{int(dd)}\s+tháng\s+0?{int(m)}\s+năm\s+{y}', rf'ngày\s+0?{int(dd)}/0?{int(m)}/{y}']
            line = next((l for l in text.split('\n') if re.search(r',\s*ngày', l) and any(re.search(p, l) for p in pats)), None)
            if not line:
                E(f'date line for {d} not found')
        else:
            if not re.search(r'ngày\s{3,}tháng', text):
                E('date is null but no blank date line')
        num = T['document']['number']
        if num and norm('Số: ' + num) not in low:
            E(f'number {num} not found')
        for key in ('difficulties', 'proposals'):
            for it in T[key]:
                if norm(it) not in low:
                    E(f'{key} item not found: {it[:60]}')
        for e in T['entries']:
            for ind, v in e['indicators'].items():
                if not any(has_number(text, fm) for fm in forms(v)):
                    E(f"{e['task']} {ind}={v} not found in any written form")
                for dtext in deleted:
                    if any(has_number(dtext, fm) for fm in forms(v)):
                        E(f"{e['task']} {ind}={v} is the deleted (tracked) value")
            if e['status'] in STATUS_WORDS and not any(w in low for w in STATUS_WORDS[e['status']]):
                E(f"{e['task']} status {e['status']}: no such status word in file")
    extra = set(os.listdir(truth_dir)) - {f + '.json' for f in files}
    for x in extra:
        errors.append(f'truth without file: {x}')
    for e in errors:
        print('FAIL', e)
    print(f'{nfiles} files checked, {len(errors)} problems')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
