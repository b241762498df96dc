# -*- coding: utf-8 -*-
"""Independent check of set40: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, date, every keyed figure, every difficulty and proposal."""
import os, sys, json, hashlib, zipfile, re, csv, unicodedata
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, 'truth')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        ALIASES[r['id']] = [r['name']] + [a for a in (r['aliases'] or '').split(';') if a]

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ').replace('–', '-').replace('—', '-')
    return re.sub(r'\s+', ' ', s).lower()

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for name in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', name):
            root = ET.fromstring(z.read(name))
            for para in root.iter(W + 'p'):
                t = ''.join((n.text or '') if n.tag == W + 't' else ('\n' if n.tag in (W + 'br', W + 'cr') else ' ' if n.tag == W + 'tab' else '')
                            for n in para.iter() if n.tag in (W + 't', W + 'br', W + 'cr', W + 'tab'))
                out.append(t)
    return '\n'.join(out)

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)

def dotted(v):
    return f"{v:,}".replace(',', '.')

def forms(v):
    f = {str(v), dotted(v), f"{v:02d}", f"{v:03d}" if v < 100 else str(v), dotted(v).replace('.', ' ')}
    for base, words in ((10**6, ('triệu', 'tr')), (10**9, ('tỷ', 'ty'))):
        if v >= base and (v * 100) % base == 0:
            q = v / base
            s = (str(int(q)) if q == int(q) else (f"{q:.2f}".rstrip('0').replace('.', ',')))
            for w in words:
                f.add(f"{s} {w}"); f.add(f"{s}{w}"); f.add(f"{s} {w}.")
    return f

def has_number(text, v):
    for c in forms(v):
        pat = r'(?<![\d.,])' + re.escape(norm(c)) + r'(?![\d]|[.,]\d)'
        if re.search(pat, text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-'); mi, di = int(m), int(d)
    return [f"ngày {d} tháng {m} năm {y}", f"ngày {di} tháng {mi} năm {y}", f"{d}/{m}/{y}", f"{di}/{mi}/{y}"]

def main():
    errors = 0; n = 0
    keys = sorted(os.listdir(TRUTH))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(k[:-5] for k in keys) != files:
        print("MISMATCH between files and keys", files, keys); errors += 1
    for k in keys:
        j = json.load(open(os.path.join(TRUTH, k), encoding='utf-8'))
        p = os.path.join(HERE, j['file']); n += 1
        errs = []
        sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        if sha != j['sha256']: errs.append('sha256')
        raw = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
        text = norm(raw)
        names = [j['unit']['name']] + ALIASES.get(j['unit']['id'], [])
        if not any(norm(x) in text for x in names): errs.append('unit name ' + j['unit']['name'])
        if j['document']['date'] and not any(norm(x) in text for x in date_forms(j['document']['date'])):
            errs.append('date ' + j['document']['date'])
        if j['document']['number'] and norm(j['document']['number']) not in text:
            errs.append('number ' + j['document']['number'])
        for e in j['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, v): errs.append(f"figure {e['task']} {ind}={v}")
        for x in j['difficulties'] + j['proposals']:
            if norm(x) not in text: errs.append('item ' + x[:50])
        if j['status'] == 'rejected' and (j['entries'] or not j['reason']): errs.append('rejected key shape')
        print(('OK   ' if not errs else 'FAIL ') + j['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        errors += len(errs)
    print(f"{n} files, {errors} errors")
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
