# -*- coding: utf-8 -*-
"""Independent check of set205: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, os, re, sys, glob, hashlib, zipfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
NUM_WORDS = {1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười'}

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()

def docx_text(path):
    z = zipfile.ZipFile(path); parts = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml') and ('document' in n or 'header' in n or 'footer' in n or 'note' in n):
            xml = z.read(n).decode('utf-8')
            xml = re.sub(r'</w:p>', '\n', xml); xml = re.sub(r'<w:tab/>', '\t', xml); xml = re.sub(r'<w:br/>', '\n', xml)
            txt = re.sub(r'<[^>]+>', '', xml)
            for a, b in (('&amp;', '&'), ('&lt;', '<'), ('&gt;', '>'), ('&quot;', '"'), ('&apos;', "'")): txt = txt.replace(a, b)
            parts.append(txt)
    return '\n'.join(parts), []

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True); parts = []; nums = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)): nums.append(float(v))
                parts.append(str(v))
    return '\n'.join(parts), nums

def forms(v):
    out = {str(v), '%02d' % v if v < 100 else str(v), '{:,}'.format(v).replace(',', '.')}
    if v >= 1000000:
        m = v / 1e6
        ms = ('%g' % m).replace('.', ',')
        out |= {ms + ' triệu', ms + ' tr'}
    if v in NUM_WORDS: out.add(NUM_WORDS[v])
    return out

def date_forms(iso):
    y, m, d = iso.split('-')
    return ['ngày %s tháng %s năm %s' % (d, m, y), 'ngày %d tháng %d năm %s' % (int(d), int(m), y),
            '%s/%s/%s' % (d, m, y), '%d/%d/%s' % (int(d), int(m), y)]

def main():
    bad = 0; n = 0
    for kp in sorted(glob.glob(os.path.join(HERE, 'truth', '*.json'))):
        k = json.load(open(kp, encoding='utf-8')); f = os.path.join(HERE, k['file']); n += 1
        errs = []
        if not os.path.exists(f): errs.append('missing file')
        else:
            if hashlib.sha256(open(f, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
            text, nums = docx_text(f) if f.endswith('.docx') else xlsx_text(f)
            t = norm(text)
            if k['unit']['name'] and norm(k['unit']['name']) not in t: errs.append('unit name')
            if k['document']['number'] and norm(k['document']['number']) not in t: errs.append('number')
            if k['document']['date'] and not any(norm(x) in t for x in date_forms(k['document']['date'])): errs.append('date')
            for e in k['entries']:
                for iid, v in e['indicators'].items():
                    ok = any(re.search(r'(?<![\d.,])' + re.escape(norm(fm)) + r'(?![\d])', t) for fm in forms(v))
                    if not ok and nums:
                        ok = any(abs(x - v) < 1e-6 or abs(x * 1e6 - v) < 1e-3 for x in nums)
                    if not ok: errs.append('figure %s %s=%s' % (e['task'], iid, v))
            for s in k['difficulties'] + k['proposals']:
                if norm(s) not in t: errs.append('text missing: ' + s[:40])
            if k['status'] == 'rejected' and (k['entries'] or not k['reason']): errs.append('rejected key shape')
        print(('OK  ' if not errs else 'FAIL') + ' ' + k['file'] + ('' if not errs else ' ' + '; '.join(errs)))
        bad += bool(errs)
    files = [x for x in os.listdir(HERE) if x.endswith(('.docx', '.xlsx'))]
    if len(files) != n: print('file/key count mismatch', len(files), n); bad += 1
    print('PASS' if not bad else 'FAILED %d' % bad)
    sys.exit(1 if bad else 0)

main()
