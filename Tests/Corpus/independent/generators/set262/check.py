# -*- coding: utf-8 -*-
"""Independent check of set262: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
from xml.etree import ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
IDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
       'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().casefold()


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                out.append(''.join(t.text or '' for t in p.iter(W + 't')))
    return '\n'.join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(v)
                out.append(str(v))
    return '\n'.join(out), nums


def dotted(n):
    return f'{n:,}'.replace(',', '.')


WORDS = {1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười'}


def forms(n):
    n = int(n)
    f = {str(n), dotted(n), f'{n:02d}', f'{n:,}'.replace(',', ' ')}
    if n in WORDS:
        f.add(WORDS[n])
    if n >= 1000000 and n % 10000 == 0:
        m = n / 1000000
        s = (f'{m:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' triệu', s + 'tr', s + ' tr'}
    if n >= 1000000000 and n % 10000000 == 0:
        b = n / 1000000000
        s = (f'{b:.2f}'.rstrip('0').rstrip('.')).replace('.', ',')
        f |= {s + ' tỷ'}
    return f


def figure_present(n, text, nums):
    if any(isinstance(x, (int, float)) and abs(x - n) < 1e-9 for x in nums):
        return True
    for form in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(form.casefold()) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    dd, mm = int(d), int(m)
    out = set()
    for D in {d, str(dd)}:
        for M in {m, str(mm)}:
            out |= {f'ngày {D} tháng {M} năm {y}', f'{D}/{M}/{y}', f'{D}.{M}.{y}', f'{D}-{M}-{y}'}
    return {norm(x) for x in out}


def unit_names(uid, name):
    names = {name}
    for row in csv.DictReader(open('/work/shared/data/agencies.csv', encoding='utf-8')):
        if row['id'] == uid:
            names.add(row['name'])
            names |= {a for a in row['aliases'].split(';') if a}
    if re.fullmatch(r'\d{5}', uid or ''):
        names.add(name)
    return {norm(x) for x in names}


def main():
    errors = 0
    files = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    for kp in files:
        k = json.load(open(kp, encoding='utf-8'))
        fp = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(fp):
            print('MISSING', k['file']); errors += 1; continue
        sha = hashlib.sha256(open(fp, 'rb').read()).hexdigest()
        if sha != k['sha256']:
            errs.append('sha256 mismatch')
        raw, nums = docx_text(fp) if fp.endswith('.docx') else xlsx_text(fp)
        text = norm(raw)
        if k['status'] not in ('extracted', 'rejected'):
            errs.append('bad status')
        if k['status'] == 'rejected' and not k.get('reason'):
            errs.append('rejected without reason')
        if k.get('unit') and k['unit'].get('id'):
            if not any(n in text for n in unit_names(k['unit']['id'], k['unit']['name'])):
                errs.append('unit name not found')
        if k['document']['date'] and not any(f in text for f in date_forms(k['document']['date'])):
            errs.append('date not found: ' + k['document']['date'])
        if k['document']['number'] and norm(k['document']['number']) not in text:
            errs.append('number not found: ' + k['document']['number'])
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
            if e['task'] in seen: errs.append('duplicate task ' + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: errs.append('bad status ' + e['status'])
            if norm(e['text']) not in text: errs.append('entry text not found: ' + e['task'])
            for iid, v in e['indicators'].items():
                if iid not in IDS: errs.append('bad indicator ' + iid)
                if not isinstance(v, int): errs.append(f'non-int {iid}')
                if not figure_present(v, text, nums):
                    errs.append(f'figure not found: {e["task"]} {iid}={v}')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text:
                errs.append('difficulty/proposal not found: ' + x[:50])
        if errs:
            errors += len(errs)
            print('FAIL', k['file']); [print('   ', x) for x in errs]
        else:
            print('ok  ', k['file'], f"({len(k['entries'])} entries)")
    print(len(files), 'keys,', errors, 'errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
