# -*- coding: utf-8 -*-
"""Reopen every final file independently of gen.py and verify it against its key."""
import os, sys, json, hashlib, zipfile, re, unicodedata, glob
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s.replace('\u2013', '-').replace('\u2014', '-'))

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            x = z.read(n).decode('utf-8')
            for para in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
                para = re.sub(r'<w:instrText[^>]*>.*?</w:instrText>', '', para, flags=re.S)
                para = re.sub(r'<w:(br|tab)/>', ' ', para)
                out.append(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para)))
    import html
    return html.unescape('\n'.join(out))

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)

def forms(n):
    f = {str(n), '%02d' % n, '{:,}'.format(n).replace(',', '.')}
    if n >= 100000:
        m = n / 1e6
        s = ('%g' % m).replace('.', ',')
        f |= {s + ' triệu', s + 'tr'}
        if n >= 1e9: f.add(('%g' % (n / 1e9)).replace('.', ',') + ' tỷ')
    return f

def has_num(text, n):
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def main():
    bad = 0; files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for kp in files:
        k = json.load(open(kp, encoding='utf-8'))
        p = os.path.join(HERE, k['file']); errs = []
        if not os.path.exists(p):
            print('MISSING', k['file']); bad += 1; continue
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        t = norm(docx_text(p) if p.endswith('.docx') else xlsx_text(p))
        tl = t.lower()
        if norm(k['unit']['name']).lower() not in tl: errs.append('unit name')
        y, m, d = k['document']['date'].split('-')
        if not ('ngày %s tháng %s năm %s' % (d, m, y)) in t: errs.append('date')
        if k['document']['number'] and k['document']['number'] not in t: errs.append('number')
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_num(t, v): errs.append('figure %s %s=%s' % (e['task'], ind, v))
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in t: errs.append('text: ' + x[:40])
        if k['status'] == 'rejected' and not k['reason']: errs.append('reason')
        print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
        bad += bool(errs)
    n_docx = sum(1 for f in files if '.docx' in f); n_rej = sum(json.load(open(f))['status'] == 'rejected' for f in files)
    print('%d files (%d docx, %d xlsx, %d rejected); %d failing' % (len(files), n_docx, len(files) - n_docx, n_rej, bad))
    sys.exit(1 if bad else 0)

main()
