# -*- coding: utf-8 -*-
"""Independent check of set269: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, hashlib, zipfile, unicodedata, sys
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
MONEY = {'fines_vnd', 'budget_spent_vnd'}

def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()

def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for p in root.iter(W + 'p'):
                    buf = []
                    for el in p.iter():
                        if el.tag == W + 't' and el.text: buf.append(el.text)
                        elif el.tag in (W + 'tab',): buf.append('\t')
                        elif el.tag in (W + 'br',): buf.append('\n')
                    out.append(''.join(buf))
    return '\n'.join(out), set()

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(round(float(v), 6))
                out.append(str(v))
    return '\n'.join(out), nums

NUMRE = re.compile(r'(?<![\d.,])(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d+))?(?:\s*(triệu|tr|tỷ))?', re.I)
def text_values(txt):
    vals = set()
    for m in NUMRE.finditer(txt):
        ip = re.sub(r'[.\s]', '', m.group(1)); dp = m.group(2)
        v = float(ip + ('.' + dp if dp else ''))
        vals.add(round(v, 6))
        sc = (m.group(3) or '').lower()
        if sc in ('triệu', 'tr'): vals.add(round(v * 1e6, 2))
        if sc == 'tỷ': vals.add(round(v * 1e9, 2))
    return vals

def figure_present(n, key, vals):
    cands = {float(n)}
    if key in MONEY: cands |= {round(n / 1e6, 6), round(n / 1e9, 6)}
    return any(c in vals for c in cands)

def date_present(iso, txt):
    y, m, d = iso.split('-')
    pats = [rf'ngày\s+0?{int(d)}\s+tháng\s+0?{int(m)}\s+năm\s+{y}', rf'0?{int(d)}/0?{int(m)}/{y}']
    return any(re.search(p, txt) for p in pats)

def main():
    errs = 0; n = 0
    for f in sorted(os.listdir(os.path.join(HERE, 'truth'))):
        key = json.load(open(os.path.join(HERE, 'truth', f), encoding='utf-8'))
        path = os.path.join(HERE, key['file']); n += 1
        def bad(msg):
            nonlocal errs; errs += 1; print(f"FAIL {key['file']}: {msg}")
        if not os.path.exists(path): bad('missing file'); continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != key['sha256']: bad('sha256')
        raw, nums = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        txt = norm(raw)
        vals = text_values(raw) | nums
        if norm(key['unit']['name']) not in txt: bad('unit name ' + key['unit']['name'])
        if key['document']['number'] and norm(key['document']['number']) not in txt: bad('number')
        if key['document']['date'] and not date_present(key['document']['date'], txt): bad('date')
        if key['status'] == 'rejected':
            if key['entries']: bad('rejected with entries')
            continue
        tasks = [e['task'] for e in key['entries']]
        if len(tasks) != len(set(tasks)): bad('duplicate task')
        for e in key['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): bad('status ' + e['status'])
            for k, v in e['indicators'].items():
                if not isinstance(v, int): bad(f'{e["task"]} {k} not int')
                if not figure_present(v, k, vals): bad(f'{e["task"]} {k}={v} not found')
        for item in key['difficulties'] + key['proposals']:
            if norm(item) not in txt: bad('item not found: ' + item[:60])
    print(f"{n} keys checked, {errs} errors")
    sys.exit(1 if errs else 0)

if __name__ == '__main__':
    main()
