# -*- coding: utf-8 -*-
"""Independent check of set 29: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, hashlib, zipfile, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip()

def text_docx(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out)

def text_xlsx(path):
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, float) and v.is_integer(): v = int(v)
                out.append(str(v))
    return '\n'.join(out)

def dotted(n):
    return f"{n:,}".replace(',', '.')

def forms(key, n):
    f = {str(n), f"{n:02d}", f"{n:03d}", dotted(n), f"{n:,}".replace(',', ' ')}
    if key.endswith('_vnd'):
        m = n / 1_000_000
        if m >= 1:
            ms = (f"{m:.3f}".rstrip('0').rstrip('.')).replace('.', ',')
            f |= {ms + ' triệu', ms + ' tr'}
            mi, rest = divmod(n, 1_000_000)
            if rest and rest % 1000 == 0:
                f.add(f"{mi} triệu {rest // 1000} nghìn")
        if n % 1000 == 0: f.add(dotted(n // 1000) + ' nghìn')
    return f

def has_number(text, form):
    pat = r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)'
    return re.search(pat, text, flags=re.I) is not None

def date_forms(iso):
    y, m, d = iso.split('-'); mi, di = int(m), int(d)
    out = []
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out += [f"ngày {dd} tháng {mm} năm {y}", f"{dd}/{mm}/{y}"]
    return out

def main():
    tdir = os.path.join(HERE, 'truth')
    errors = 0; n = 0
    for tf in sorted(os.listdir(tdir)):
        t = json.load(open(os.path.join(tdir, tf), encoding='utf-8'))
        path = os.path.join(HERE, t['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', t['file']); errors += 1; continue
        n += 1
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != t['sha256']: errs.append('sha256')
        raw = text_docx(path) if path.endswith('.docx') else text_xlsx(path)
        text = norm(raw); low = text.lower()
        uname = t['unit']['name']
        if uname.lower() not in low: errs.append('unit name ' + uname)
        if t['document']['date'] and not any(x.lower() in low for x in date_forms(t['document']['date'])):
            errs.append('date ' + t['document']['date'])
        if t['document']['number'] and t['document']['number'] not in text: errs.append('number')
        if t['status'] == 'rejected':
            if t['entries']: errs.append('rejected with entries')
        for e in t['entries']:
            if not re.match(r'^II\.[1-6]\.(a|b|c|d|đ|e|g|h|i)$', e['task']): errs.append('task code ' + e['task'])
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('status ' + e['status'])
            for k, v in e['indicators'].items():
                if not any(has_number(text, fm) for fm in forms(k, v)):
                    errs.append(f"figure {e['task']} {k}={v}")
            head = norm(e['text'])[:30].lower()
            if head not in low: errs.append('text head ' + head)
        tasks = [e['task'] for e in t['entries']]
        if len(tasks) != len(set(tasks)): errs.append('duplicate task entries')
        for x in t['difficulties'] + t['proposals']:
            if norm(x).lower() not in low: errs.append('item ' + x[:40])
        print(('OK   ' if not errs else 'FAIL ') + t['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        errors += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(files) != n:
        print('file/truth count mismatch', len(files), n); errors += 1
    print(f"{n} files, {errors} with errors")
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
