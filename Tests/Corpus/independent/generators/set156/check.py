# -*- coding: utf-8 -*-
"""Independent checker for set156: reopens every final file (zip+XML for DOCX,
openpyxl for XLSX) and verifies the answer keys in truth/."""
import glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().casefold()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't' and el.text:
                        buf.append(el.text)
                    elif el.tag in (W + 'tab',):
                        buf.append('\t')
                    elif el.tag in (W + 'br', W + 'cr'):
                        buf.append('\n')
                out.append(''.join(buf))
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)  # formulas kept as written
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
    return '\n'.join(out)


def groups(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def forms(v):
    v = int(v)
    f = {str(v), '%02d' % v, '%03d' % v, groups(v, '.'), groups(v, ','), groups(v, ' ')}
    if v >= 100000:
        for scale, words in ((10 ** 6, ('triệu', 'tr', 'trđ')), (10 ** 9, ('tỷ',))):
            if v % (scale // 1000) == 0 and v >= scale // 10:
                x = v / scale
                s = ('%.3f' % x).rstrip('0').rstrip('.').replace('.', ',')
                for w in words:
                    f.add(s + w); f.add(s + ' ' + w)
        if v % 10 ** 6 == 0:
            f.add('@M' + groups(v // 10 ** 6, '.'))  # value in a "triệu đồng" column
    return f


def has_figure(text, v):
    low = text.casefold()
    for fm in forms(v):
        if fm.startswith('@M'):
            if 'triệu' in low and re.search(r'(?<![\d.,])' + re.escape(fm[2:]) + r'(?![\d])', text):
                return True
            continue
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def has_date(text, iso):
    y, m, d = [int(x) for x in iso.split('-')]
    pats = [r'ngày\s+0?%d\s+tháng\s+0?%d\s+n\S{1,4}\s+%d' % (d, m, y),
            r'(?<!\d)0?%d\s*[/.-]\s*0?%d\s*[/.-]\s*%d' % (d, m, y)]
    return any(re.search(p, text, re.I) for p in pats)


def main():
    ok = True
    truths = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if len(truths) != len(files):
        print('COUNT MISMATCH', len(truths), len(files)); ok = False
    for tp in truths:
        t = json.load(open(tp, encoding='utf-8'))
        path = os.path.join(HERE, t['file'])
        errs = []
        if os.path.basename(tp) != t['file'] + '.json':
            errs.append('truth name')
        if not os.path.exists(path):
            print('MISSING', t['file']); ok = False; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != t['sha256']:
            errs.append('sha256')
        text = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        ntext = norm(text)
        if t['unit'] and t['unit']['name'] and norm(t['unit']['name']) not in ntext:
            errs.append('unit name not found: ' + t['unit']['name'])
        if t['document']['date'] and not has_date(text, t['document']['date']):
            errs.append('date not found: ' + t['document']['date'])
        num = t['document']['number']
        if num and num.replace(' ', '').casefold() not in text.replace(' ', '').casefold():
            errs.append('number not found: ' + num)
        if t['status'] == 'rejected':
            if t['entries'] or not t['reason']:
                errs.append('rejected key must have no entries and a reason')
        for e in t['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('bad status %s' % e['status'])
            for k, v in e['indicators'].items():
                if not has_figure(text, v):
                    errs.append('figure %s=%s (%s) not found' % (k, v, e['task']))
        tasks = [e['task'] for e in t['entries']]
        if len(tasks) != len(set(tasks)):
            errs.append('duplicate task entries')
        for x in t['difficulties'] + t['proposals']:
            if norm(x) not in ntext:
                errs.append('text not found: ' + x[:60])
        print(('OK   ' if not errs else 'FAIL ') + t['file'] + ('' if not errs else '\n     ' + '\n     '.join(errs)))
        ok = ok and not errs
    print('ALL PASS' if ok else 'SOME FAILED')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
