# -*- coding: utf-8 -*-
"""Independent check of set93: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies each truth key against it."""
import os, sys, json, glob, hashlib, re, zipfile, unicodedata, csv
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        AG[r['id']] = [r['name']] + [a for a in (r['aliases'] or '').split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s).lower()


def docx_text(p):
    z = zipfile.ZipFile(p)
    out, nums = [], set()
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<w:br[^>]*/>', ' ', x)
            x = re.sub(r'<w:tab/>', ' ', x)
            x = re.sub(r'</w:p>', '\n', x)
            x = re.sub(r'<[^>]+>', '', x)
            for a, b in (('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'"), ('&amp;', '&')):
                x = x.replace(a, b)
            out.append(x)
    return '\n'.join(out), nums


def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(float(v))
                out.append(str(v))
    return '\n'.join(out), nums


def forms(n):
    n = int(n)
    f = {str(n), '%02d' % n}
    if n >= 1000:
        f.add('{:,}'.format(n).replace(',', '.'))
        f.add('{:,}'.format(n).replace(',', ' '))
        f.add('{:,}'.format(n))
    if n >= 100000 and n % 1000 == 0:
        m = n / 1e6
        ms = ('%.3f' % m).rstrip('0').rstrip('.').replace('.', ',')
        for u in ('triệu', 'tr', 'trđ', 'tr.đ'):
            f.add(ms + ' ' + u); f.add(ms + u)
        f.add('{:,}'.format(n // 1000).replace(',', '.') + 'k')
    return f


def has_num(text, nums, n):
    if float(n) in nums:
        return True
    for s in forms(n):
        pat = r'(?<![\d.,])' + re.escape(s.lower()) + r'(?![\d]|[.,]\d)'
        if re.search(pat, text):
            return True
    return False


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(keys) != len(files):
        print('count mismatch', len(keys), len(files)); bad += 1
    for k in keys:
        t = json.load(open(k, encoding='utf-8'))
        p = os.path.join(HERE, t['file'])
        errs = []
        if not os.path.exists(p):
            print('MISSING', t['file']); bad += 1; continue
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != t['sha256']:
            errs.append('sha256')
        raw, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
        text = norm(raw)
        if t['unit'] and t['unit']['id']:
            names = AG.get(t['unit']['id'], [t['unit']['name']])
            if not any(norm(x) in text for x in names):
                errs.append('unit name')
        d = t['document']
        if d['number'] and norm(d['number']) not in text:
            errs.append('number ' + d['number'])
        if d['date']:
            y, m, dd = d['date'].split('-')
            cands = []
            for D in {dd, str(int(dd))}:
                for M in {m, str(int(m))}:
                    cands += ['ngày %s tháng %s năm %s' % (D, M, y), '%s/%s/%s' % (D, M, y)]
            if not any(c in text for c in cands):
                errs.append('date')
        if t['status'] == 'rejected':
            if t['entries']: errs.append('rejected with entries')
        for e in t['entries']:
            for ind, v in e['indicators'].items():
                if not has_num(text, nums, v):
                    errs.append('figure %s %s=%s' % (e['task'], ind, v))
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('status ' + e['status'])
        tasks = [e['task'] for e in t['entries']]
        if len(tasks) != len(set(tasks)):
            errs.append('duplicate task')
        for x in t['difficulties'] + t['proposals']:
            if norm(x) not in text:
                errs.append('text missing: ' + x[:40])
        print(('OK   ' if not errs else 'FAIL ') + t['file'] + ('' if not errs else '  ' + '; '.join(errs)))
        bad += bool(errs)
    print('ALL OK' if not bad else '%d problems' % bad)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
