# Reopens every final file independently of gen.py and checks it against its truth key.
import os, sys, json, hashlib, zipfile, re, unicodedata
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s))


def docx_text(p):
    z = zipfile.ZipFile(p); out = []
    for n in z.namelist():
        if re.match(r'word/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$', n):
            x = z.read(n).decode('utf8')
            for para in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
                out.append(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para)))
    import html
    return html.unescape('\n'.join(out))


def xlsx_text(p):
    wb = openpyxl.load_workbook(p); out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return '\n'.join(out)


def forms(v, money):
    f = {str(v), '%02d' % v, f'{v:,}', f'{v:,}'.replace(',', '.'), f'{v:,}'.replace(',', ' ')}
    if money:
        for div, w in ((1e6, 'triệu'), (1e9, 'tỷ')):
            x = v / div
            s = ('%g' % x)
            f |= {s + ' ' + w, s.replace('.', ',') + ' ' + w}
    return f


fail = 0
for fn in sorted(os.listdir(os.path.join(D, 'truth'))):
    t = json.load(open(os.path.join(D, 'truth', fn)))
    p = os.path.join(D, t['file'])
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']:
        errs.append('sha256')
    txt = norm(docx_text(p) if p.endswith('.docx') else xlsx_text(p))
    low = txt.lower()
    if t['unit']['name'].lower() not in low:
        # accept the unit's upper-case header form without "Thành phố Hồ Chí Minh"
        short = t['unit']['name'].replace(' Thành phố Hồ Chí Minh', '').lower()
        if short not in low:
            errs.append('unit ' + t['unit']['name'])
    y, m, d = t['document']['date'].split('-')
    if not re.search(r'ngày %s tháng %s năm %s' % (d, m, y), txt):
        errs.append('date')
    if t['document']['number'] and t['document']['number'] not in txt:
        errs.append('number')
    cells = set(re.findall(r'[\d][\d.,]*', txt))
    for e in t['entries']:
        for k, v in e['indicators'].items():
            money = k.endswith('_vnd')
            fs = forms(v, money)
            ok = any(f in cells for f in fs) or (money and any(f in txt for f in fs if ' ' in f))
            if not ok:
                errs.append('figure %s %s=%s' % (e['task'], k, v))
    for s in t['difficulties'] + t['proposals']:
        if norm(s) not in txt:
            errs.append('text: ' + s[:40])
    print(('OK  ' if not errs else 'FAIL') + ' ' + t['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    fail += bool(errs)
print('failures:', fail)
sys.exit(1 if fail else 0)
