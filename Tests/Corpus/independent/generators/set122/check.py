# -*- coding: utf-8 -*-
"""Independent check of set122: reopens each final file (zip+XML for DOCX, openpyxl for
XLSX) and verifies sha256, unit name, date, keyed figures, difficulties and proposals."""
import json, os, re, sys, zipfile, hashlib, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
WORDS = {1: 'một', 2: 'hai', 3: 'ba', 4: 'bốn', 5: 'năm', 6: 'sáu', 7: 'bảy', 8: 'tám', 9: 'chín', 10: 'mười',
         15: 'mười lăm'}


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for name in z.namelist():
        if name.startswith('word/') and name.endswith('.xml'):
            xml = z.read(name).decode('utf-8')
            for p in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
                t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p))
                t = t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
                out.append(t)
    return nfc('\n'.join(out)), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append(v)
                out.append(str(v))
    return nfc('\n'.join(out)), nums


def forms(n):
    n = int(n)
    f = {str(n), '%02d' % n}
    if n >= 1000:
        f.add(f'{n:,}'.replace(',', '.'))
        f.add(f'{n:,}')
        f.add(f'{n:,}'.replace(',', ' '))
    if n >= 1_000_000:
        m = n / 1_000_000
        ms = ('%g' % m).replace('.', ',')
        f.update({ms + ' triệu', ms + ' tr'})
        if n >= 1_000_000_000:
            f.add(('%g' % (n / 1e9)).replace('.', ',') + ' tỷ')
    if n in WORDS:
        f.add(WORDS[n])
    return f


def has_number(text, nums, n):
    if n in nums or float(n) in nums:
        return True
    for s in forms(n):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d])', text):
            return True
    return False


def date_ok(text, iso):
    y, m, d = iso.split('-')
    m, d = int(m), int(d)
    pats = [rf'ngày\s+0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}', rf'0?{d}/0?{m}/{y}', rf'0?{d}\.0?{m}\.{y}']
    return any(re.search(p, text) for p in pats)


def main():
    bad = 0
    tdir = os.path.join(HERE, 'truth')
    files = sorted(f for f in os.listdir(tdir) if f.endswith('.json'))
    for jf in files:
        k = json.load(open(os.path.join(tdir, jf), encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); bad += 1; continue
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        if sha != k['sha256']:
            errs.append('sha256 mismatch')
        text, nums = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        low = text.lower()
        un = k['unit']['name']
        short = un.replace(' Thành phố Hồ Chí Minh', '')
        if k['unit']['id'] and not (un.lower() in low or short.lower() in low or short.split(' ', 1)[1].lower() in low):
            errs.append('unit name not found: ' + un)
        if k['document']['date'] and not date_ok(text, k['document']['date']):
            errs.append('date not found ' + k['document']['date'])
        if k['document']['number'] and k['document']['number'] not in text:
            errs.append('number not found ' + k['document']['number'])
        for e in k['entries']:
            for ind, v in e['indicators'].items():
                if not has_number(text, nums, v):
                    errs.append(f"{e['task']} {ind}={v} not in file")
        flat = re.sub(r'\s+', ' ', text)
        for d in k['difficulties'] + k['proposals']:
            if re.sub(r'\s+', ' ', d) not in flat:
                errs.append('text not found: ' + d[:60])
        if k['status'] == 'rejected' and k['entries']:
            errs.append('rejected file with entries')
        print(('OK   ' if not errs else 'FAIL ') + k['file'])
        for x in errs:
            print('      ', x)
        bad += bool(errs)
    # every report file has a key
    reports = [f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx'))]
    for f in reports:
        if f + '.json' not in files:
            print('NO KEY', f); bad += 1
    print('files:', len(reports), 'keys:', len(files), 'failures:', bad)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
