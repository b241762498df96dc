# -*- coding: utf-8 -*-
"""Independent checker for set143: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, số, date, every keyed figure, every difficulty and proposal."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        AG[row['id']] = [row['name']] + [a for a in row['aliases'].split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                xml = z.read(n).decode('utf-8')
                for p in re.findall(r'<w:p[ >].*?</w:p>', xml, flags=re.S):
                    ts = re.findall(r'<w:t(?: [^>]*)?>(.*?)</w:t>', p, flags=re.S)
                    txt = ''.join(ts)
                    txt = txt.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
                    out.append(txt)
    return '\n'.join(out), set()


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    out, nums = [], set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.add(round(float(v), 4))
                    out.append(str(v))
                else:
                    out.append(str(v))
    return '\n'.join(out), nums


def forms(v):
    v = int(v)
    f = {str(v), f'{v:,}'.replace(',', '.'), f'{v:,}'.replace(',', ' '), f'{v:,}'}
    if v < 10:
        f.add(f'{v:02d}')
    if v >= 100000:
        for div, word in ((1e6, 'triệu'), (1e9, 'tỷ')):
            x = v / div
            if x >= 1 and abs(round(x, 3) - x) < 1e-9:
                s = ('%.3f' % x).rstrip('0').rstrip('.')
                s_vn = s.replace('.', ',')
                if '.' not in s:
                    s_vn = f'{int(x):,}'.replace(',', '.')
                f.add(s_vn + ' ' + word)
    return f


def has_number(text, nums, v, money=False):
    for fm in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(fm) + r'(?![\d]|[.,]\d)', text):
            return True
    if float(v) in nums:
        return True
    if money and round(v / 1e6, 4) in nums:
        return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    di, mi = int(d), int(m)
    out = set()
    for dd in {d, str(di)}:
        for mm in {m, str(mi)}:
            out.add(f'ngày {dd} tháng {mm} năm {y}')
            out.add(f'{dd}/{mm}/{y}')
    return out


def main():
    bad = 0
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(glob.glob(os.path.join(HERE, '*.docx')) + glob.glob(os.path.join(HERE, '*.xlsx')))
    if len(keys) != len(files):
        print('MISMATCH key/file count', len(keys), len(files)); bad += 1
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        path = os.path.join(HERE, k['file'])
        errs = []
        if not os.path.exists(path):
            print('MISSING', k['file']); bad += 1; continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        text, nums = docx_text(path) if path.endswith('.docx') else xlsx_text(path)
        t = norm(text)
        tl = t.casefold()
        names = AG.get(k['unit']['id'], [k['unit']['name']])
        if not any(norm(n).casefold() in tl for n in names):
            errs.append('unit name ' + k['unit']['name'])
        if k['document']['number'] and k['document']['number'] not in t:
            errs.append('number ' + k['document']['number'])
        if k['document']['date'] and not any(df in t for df in date_forms(k['document']['date'])):
            errs.append('date ' + k['document']['date'])
        if k['status'] == 'rejected':
            if not k['reason'] or k['entries']:
                errs.append('rejected key malformed')
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('status ' + e['status'])
            for ind, v in e['indicators'].items():
                if not has_number(t, nums, v, money=ind.endswith('_vnd')):
                    errs.append(f'figure {e["task"]} {ind}={v}')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in t:
                errs.append('text not found: ' + x[:50])
        tasks = [e['task'] for e in k['entries']]
        if len(tasks) != len(set(tasks)):
            errs.append('duplicate task')
        print(('OK   ' if not errs else 'FAIL ') + k['file'] + ('' if not errs else ' :: ' + '; '.join(errs)))
        bad += bool(errs)
    print('PASS' if not bad else f'{bad} FAILED')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
