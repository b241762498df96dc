# -*- coding: utf-8 -*-
"""Independent checker for set216: reopens each final file (zip+XML for DOCX, openpyxl for XLSX)."""
import json, hashlib, os, re, sys, zipfile, glob, datetime, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))

def docx_text(path):
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
        out = []
        for n in parts:
            xml = z.read(n).decode('utf8')
            xml = re.sub(r'<w:tab/>', '\t', xml)
            xml = re.sub(r'</w:p>', '\n', xml)
            xml = re.sub(r'<w:br/>', '\n', xml)
            out.append(re.sub(r'<[^>]+>', '', xml))
    t = '\n'.join(out)
    return t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")

def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums, dates = [], set(), set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None: continue
                if isinstance(v, (datetime.date, datetime.datetime)):
                    dates.add(v.strftime('%Y-%m-%d'))
                elif isinstance(v, (int, float)):
                    nums.add(int(v) if float(v).is_integer() else v)
                    out.append(str(v))
                else:
                    out.append(str(v))
    return '\n'.join(out), nums, dates

def forms(n, money=False):
    f = {str(n), f'{n:02d}', f'{n:,}'.replace(',', '.')}
    if money:
        if n % 1000 == 0:
            f.add(f'{n//1000:,}'.replace(',', '.') + ' ngàn')
            f.add(f'{n//1000:,}'.replace(',', '.') + ' nghìn')
        tr = n / 1e6
        s = (f'{tr:.3f}').rstrip('0').rstrip('.').replace('.', ',')
        f.add(s + ' triệu'); f.add(s + ' tr')
    return f

def has_num(text, n, money=False):
    for fm in forms(n, money):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    return False

def date_forms(iso):
    y, m, d = iso.split('-')
    return [f'ngày {d} tháng {m} năm {y}', f'ngày {d}/{m}/{y}', f'{d}/{m}/{y}']

def main():
    fails = 0; n = 0
    for jf in sorted(glob.glob(os.path.join(HERE, 'truth', '*.json'))):
        key = json.load(open(jf)); path = os.path.join(HERE, key['file']); n += 1
        errs = []
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != key['sha256']: errs.append('sha256')
        nums, dates = set(), set()
        if path.endswith('.docx'): text = docx_text(path)
        else: text, nums, dates = xlsx_text(path)
        text = unicodedata.normalize('NFC', text)
        low = text.lower()
        if key['unit']['name'].lower() not in low: errs.append('unit name')
        if key['document']['number'] and key['document']['number'] not in text: errs.append('number')
        if key['document']['date'] not in dates and not any(f in text for f in date_forms(key['document']['date'])): errs.append('date')
        for e in key['entries']:
            for k, v in e['indicators'].items():
                money = k.endswith('_vnd')
                if not (v in nums or has_num(text, v, money)): errs.append(f"figure {e['task']} {k}={v}")
        for x in key['difficulties'] + key['proposals']:
            if x not in text: errs.append('text: ' + x[:40])
        if key['status'] == 'rejected' and not key.get('reason'): errs.append('reason')
        print(('OK  ' if not errs else 'FAIL') + ' ' + key['file'] + ('' if not errs else ' ' + '; '.join(errs)))
        fails += bool(errs)
    files = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    if len(files) != n: print('file/key count mismatch', len(files), n); fails += 1
    print(f'{n} keys, {fails} failing'); sys.exit(1 if fails else 0)

if __name__ == '__main__':
    main()
