# -*- coding: utf-8 -*-
"""Reopen every file of set73 independently of gen.py and verify its key."""
import json, os, re, sys, glob, hashlib, zipfile, unicodedata
import openpyxl, csv

HERE = os.path.dirname(os.path.abspath(__file__))
nfc = lambda s: unicodedata.normalize('NFC', s)

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'</w:p>', '\n', x)
                x = re.sub(r'<w:tab/>', '\t', x)
                x = re.sub(r'<w:br/>', '\n', x)
                x = re.sub(r'<[^>]+>', '', x)
                out.append(x)
    t = '\n'.join(out)
    return t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")

def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)

def dotted(n):
    return f"{n:,}".replace(',', '.')

def forms(n):
    n = int(n)
    f = {str(n), f"{n:02d}", dotted(n), f"({n:02d})"}
    if n >= 1000000 and n % 100000 == 0:
        m = n / 1e6
        ms = (f"{m:.1f}".replace('.', ',')).replace(',0', '')
        f |= {ms + ' triệu', ms + 'tr'}
    return f

def near(text, n):
    # number must stand alone (not part of a bigger number)
    for f in forms(n):
        for m in re.finditer(re.escape(f), text):
            a, b = m.start(), m.end()
            if (a == 0 or not text[a - 1].isdigit() and text[a - 1] not in '.,') and \
               (b == len(text) or not text[b].isdigit() and not (text[b] in '.,' and b + 1 < len(text) and text[b + 1].isdigit())):
                return True
    return False

def main():
    bad = 0; n = 0
    for kp in sorted(glob.glob(os.path.join(HERE, 'truth', '*.json'))):
        k = json.load(open(kp, encoding='utf-8'))
        f = os.path.join(HERE, k['file']); n += 1
        errs = []
        if hashlib.sha256(open(f, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        text = nfc(docx_text(f) if f.endswith('.docx') else xlsx_text(f))
        flat = re.sub(r'\s+', ' ', text)
        low = flat.lower()
        name = k['unit']['name']
        names = {name, re.sub(r' Thành phố Hồ Chí Minh$', '', name)}
        for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
            if row['id'] == k['unit']['id']:
                names |= {a for a in row['aliases'].split(';') if a}
        if not any(x.lower() in low or x.replace('–', '-').lower() in low for x in names):
            errs.append('unit name ' + name)
        if k['document']['number'] and k['document']['number'] not in flat:
            errs.append('number')
        y, m, d = k['document']['date'].split('-')
        if f"ngày {d} tháng {m} năm {y}" not in flat:
            errs.append('date')
        for e in k['entries']:
            assert e['status'] in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown')
            for iid, v in e['indicators'].items():
                if not near(flat, v):
                    errs.append(f"{e['task']} {iid}={v}")
            if re.sub(r'\s+', ' ', nfc(e['text']))[:25].lower() not in low:
                errs.append('text ' + e['task'])
        for s in k['difficulties'] + k['proposals']:
            if re.sub(r'\s+', ' ', nfc(s)) not in flat:
                errs.append('kk/dx: ' + s[:40])
        if k['status'] == 'rejected':
            assert k['reason'] and not k['entries']
        print(('OK  ' if not errs else 'BAD ') + k['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        bad += bool(errs)
    print(f"{n} files, {bad} bad")
    return 1 if bad or n == 0 else 0

if __name__ == '__main__':
    sys.exit(main())
