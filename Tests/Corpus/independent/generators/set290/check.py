# -*- coding: utf-8 -*-
"""Independent check of set290: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import os, re, json, glob, hashlib, zipfile, unicodedata, datetime, sys
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
AGENCY_ALIASES = {}
for line in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    parts = line.split(',')
    AGENCY_ALIASES[parts[0]] = [parts[1]] + [a for a in parts[3].split(';') if a]

def norm(s):
    s = unicodedata.normalize('NFC', s).replace('\xa0', ' ')
    return re.sub(r'[ \t]+', ' ', s)

def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml'):
            root = ET.fromstring(z.read(n))
            for para in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in para.iter(W + 't')))
    return '\n'.join(out), []

def xlsx_text(p):
    wb = openpyxl.load_workbook(p)
    out, nums, dates = [], [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, datetime.datetime): dates.append(v.date().isoformat()); out.append(v.strftime('%d/%m/%Y'))
                elif isinstance(v, (int, float)): nums.append(v); out.append(str(v))
                else: out.append(str(v))
    return '\n'.join(out), nums

def dotted(n): return f'{n:,}'.replace(',', '.')

def forms(n):
    f = {str(n), f'{n:02d}', dotted(n)}
    if n >= 1000000:
        m = n / 1e6
        s = (f'{m:.3f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' triệu', s + 'tr'}
    if n >= 1000000000:
        b = n / 1e9
        f.add((f'{b:.3f}'.rstrip('0').rstrip('.')).replace('.', ',') + ' tỷ')
    return f

def has_num(text, nums, n):
    if n in nums: return True
    for f in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(?![\d]|[.,]\d)', text): return True
    return False

def main():
    bad = 0; files = 0
    for kp in sorted(glob.glob(os.path.join(HERE, 'truth', '*.json'))):
        k = json.load(open(kp, encoding='utf-8'))
        p = os.path.join(HERE, k['file']); files += 1
        errs = []
        if not os.path.exists(p): errs.append('missing file'); print(k['file'], errs); bad += 1; continue
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256')
        if p.endswith('.docx'): text, nums = docx_text(p)
        else: text, nums = xlsx_text(p)
        text = norm(text); low = text.casefold()
        names = [k['unit']['name']] + AGENCY_ALIASES.get(k['unit']['id'], [])
        if not any(norm(n).casefold() in low for n in names): errs.append('unit name')
        if k['unit']['id'][:1].isdigit():
            row = [l for l in open('/work/shared/data/communes-2025.csv', encoding='utf-8') if l.startswith(k['unit']['id'] + ',')]
            if not row or row[0].split(',')[1] != k['unit']['name'] or ',79,' not in row[0]: errs.append('commune id/name')
        elif k['unit']['id'] not in AGENCY_ALIASES: errs.append('agency id')
        y, m, d = k['document']['date'].split('-')
        if not (f'ngày {d} tháng {m} năm {y}' in text or f'{d}/{m}/{y}' in text): errs.append('date')
        if k['document']['number'] and k['document']['number'] not in text: errs.append('number')
        if k['status'] == 'rejected':
            if k['entries'] or not k['reason']: errs.append('rejected key shape')
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'): errs.append('status ' + e['status'])
            if not re.fullmatch(r'II\.[1-6]\.(a|b|c|d|đ|e|g|h|i)', e['task']): errs.append('task ' + e['task'])
            for ind, v in e['indicators'].items():
                if not has_num(text, nums, v): errs.append(f'{e["task"]} {ind}={v} not found')
            if norm(e['text']).split(':')[0][:40].casefold() not in low: errs.append(f'{e["task"]} text not found')
        tasks = [e['task'] for e in k['entries']]
        if len(tasks) != len(set(tasks)): errs.append('duplicate task')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text: errs.append('kk/đx not found: ' + x[:40])
        if errs: bad += 1; print('FAIL', k['file'], errs)
        else: print('ok  ', k['file'], k['status'], len(k['entries']), 'entries')
    extra = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')) and not os.path.exists(os.path.join(HERE, 'truth', f + '.json'))]
    if extra: bad += 1; print('FAIL files without key:', extra)
    print(f'{files} keys, {bad} failing')
    sys.exit(1 if bad else 0)

main()
