# -*- coding: utf-8 -*-
"""Re-open every final file independently of gen.py and verify its truth key."""
import json, os, re, sys, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
norm = lambda s: re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip().lower()

def docx_text(path):
    out, nums = [], set()
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if not re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                continue
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                buf = []
                for el in p.iter():
                    if el.tag == W + 't': buf.append(el.text or '')
                    elif el.tag == W + 'tab': buf.append('\t')
                    elif el.tag == W + 'br': buf.append('\n')
                out.append(''.join(buf))
    return '\n'.join(out), nums

def xlsx_text(path):
    out, nums = [], set()
    for data_only in (True, False):
        wb = openpyxl.load_workbook(path, data_only=data_only)
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    if data_only and isinstance(v, (int, float)): nums.add(float(v))
                    out.append(str(v))
    return '\n'.join(out), nums

def variants(n):
    n = int(n); v = {str(n), f'{n:02d}', f'{n:03d}', f'{n:,}'.replace(',', '.')}
    if n >= 1000000:
        m = n / 1e6
        s = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        v |= {s + ' triệu', s + 'tr'}
    return v

def main():
    errs, count = [], 0
    for fn in sorted(os.listdir(os.path.join(HERE, 'truth'))):
        t = json.load(open(os.path.join(HERE, 'truth', fn), encoding='utf-8'))
        path = os.path.join(HERE, t['file']); count += 1
        if fn != t['file'] + '.json': errs.append(f'{fn}: key name mismatch')
        if not os.path.exists(path): errs.append(f'{fn}: file missing'); continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != t['sha256']:
            errs.append(f'{fn}: sha256 mismatch')
        text, nums = (docx_text if path.endswith('.docx') else xlsx_text)(path)
        nt = norm(text)
        if norm(t['unit']['name']) not in nt: errs.append(f'{fn}: unit name not found')
        if t['document']['date']:
            y, m, d = t['document']['date'].split('-')
            if not re.search(rf'ngày 0?{int(d)} tháng 0?{int(m)} năm {y}', nt):
                errs.append(f'{fn}: date not found')
        if t['document']['number'] and norm(t['document']['number']) not in nt:
            errs.append(f'{fn}: number not found')
        if t['status'] == 'rejected':
            if t['entries']: errs.append(f'{fn}: rejected file has entries')
            continue
        tokens = set(re.findall(r'\d[\d.,]*(?: triệu|tr)?', nt))
        for e in t['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append(f'{fn}: bad status {e["status"]}')
            for k, val in e['indicators'].items():
                ok = float(val) in nums or any(vv in tokens or re.search(r'(?<![\d.,])' + re.escape(vv) + r'(?![\d])', nt) for vv in variants(val))
                if not ok: errs.append(f'{fn}: {e["task"]} {k}={val} not found')
        for x in t['difficulties'] + t['proposals']:
            if norm(x) not in nt: errs.append(f'{fn}: text not found: {x[:50]}')
    for e in errs: print('FAIL', e)
    print(f'{count} keys checked, {len(errs)} problems')
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
