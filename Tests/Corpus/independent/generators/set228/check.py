# -*- coding: utf-8 -*-
"""Independent check: reopen each final file (zip+XML for DOCX, openpyxl for XLSX) and verify the key."""
import json, os, re, sys, zipfile, hashlib, unicodedata, glob
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
import csv
ALIASES = {r['id']: [a for a in r['aliases'].split(';') if a] for r in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8'))}


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read('word/document.xml').decode('utf-8')
    xml = re.sub(r'<w:tab/>', '\t', xml)
    xml = re.sub(r'</w:p>', '\n', xml)
    return re.sub(r'<[^>]+>', '', xml).replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>')


def xlsx_text(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


def num_forms(v, money):
    f = {str(v), '%02d' % v, f'{v:,}'.replace(',', '.')}
    if money:
        if v % 1000000 == 0 or v % 100000 == 0 or v % 10000 == 0:
            m = v / 1e6
            s = ('%g' % m).replace('.', ',')
            f |= {s + 'tr', s + ' triệu', s + ' tr'}
        if v % 10000000 == 0:
            b = v / 1e9
            f |= {('%g' % b).replace('.', ',') + ' tỷ'}
    return f


def found(text, forms):
    for s in forms:
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256 mismatch')
        text = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        text = unicodedata.normalize('NFC', text)
        low = text.lower()
        names = [k['unit']['name']] + ALIASES.get(k['unit']['id'], [])
        if not any(n.lower() in low for n in names) and k['unit']['name'].split(' ', 1)[1].lower() not in low:
            errs.append('unit name missing')
        if k['document']['number'] and k['document']['number'] not in text:
            errs.append('number missing')
        y, m, d = k['document']['date'].split('-')
        if not re.search(r'ngày\s+0?%d\s+tháng\s+0?%d\s+năm\s+%s' % (int(d), int(m), y), text):
            errs.append('date missing')
        for e in k['entries']:
            if e['text'] not in text:
                errs.append('entry text missing: ' + e['text'][:40])
            for ind, v in e['indicators'].items():
                if not found(text, num_forms(v, ind.endswith('_vnd'))):
                    errs.append(f"figure {e['task']} {ind}={v} not found")
        for x in k['difficulties'] + k['proposals']:
            if x not in text:
                errs.append('kk/dx missing: ' + x[:40])
        print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' -> ' + '; '.join(errs)))
        bad += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(files) != len(keys):
        print('file/key count mismatch', len(files), len(keys)); bad += 1
    print('PASS' if not bad else f'{bad} FAILED')
    sys.exit(1 if bad else 0)


main()
