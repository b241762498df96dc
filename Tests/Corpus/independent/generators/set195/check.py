# -*- coding: utf-8 -*-
"""Reopen every file of set195 independently of gen.py and verify it against its key."""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't':
                        buf.append(el.text or '')
                    elif el.tag == W + 'tab' and el is not None:
                        # w:tab inside a run (not tab stop definitions in pPr/tabs)
                        buf.append('\t')
                    elif el.tag in (W + 'br', W + 'cr'):
                        buf.append('\n')
                out.append(''.join(buf))
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
                if isinstance(v, int):
                    out.append(f'{v:,}'.replace(',', '.'))
                    out.append(f'{v:02d}')
    return '\n'.join(out)


def forms(n):
    n = int(n)
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.'), f'{n:,}', f'{n:,}'.replace(',', ' ')}
    for div, words in ((10**6, ('triệu', 'tr')), (10**9, ('tỷ',))):
        if n >= div and n % (div // 100) == 0:
            x = n / div
            s = (f'{x:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
            for w in words:
                f.add(f'{s} {w}')
    return f


def has_number(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def norm(s):
    return unicodedata.normalize('NFC', s).lower()


def main():
    bad = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keys = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
    if files != keys:
        print('FILE/KEY MISMATCH', set(files) ^ set(keys)); bad += 1
    for f in files:
        p = os.path.join(HERE, f)
        k = json.load(open(os.path.join(HERE, 'truth', f + '.json'), encoding='utf-8'))
        errs = []
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        if k['file'] != f:
            errs.append('file field')
        text = docx_text(p) if f.endswith('.docx') else xlsx_text(p)
        nt = norm(text)
        if k['unit'] and k['unit']['name'] and norm(k['unit']['name']) not in nt:
            errs.append('unit name ' + k['unit']['name'])
        y, m, d = k['document']['date'].split('-')
        if f'ngày {d} tháng {m} năm {y}' not in nt:
            errs.append('date ' + k['document']['date'])
        if k['document']['number'] and k['document']['number'].lower() not in nt:
            errs.append('number')
        if k['status'] == 'rejected':
            if k['entries'] or not k['reason']:
                errs.append('rejected key shape')
        for e in k['entries']:
            assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'), e
            for ind, v in e['indicators'].items():
                if not has_number(text, v):
                    errs.append(f'{e["task"]} {ind}={v} not found')
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in nt:
                errs.append('text missing: ' + s[:50])
        print(('OK  ' if not errs else 'FAIL') + ' ' + f + ('' if not errs else ' :: ' + '; '.join(errs)))
        bad += bool(errs)
    print('files:', len(files), 'failures:', bad)
    return bad


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
