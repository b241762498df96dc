# Independent checker for set117: reopens each final file (zip+XML for DOCX, openpyxl for XLSX).
import os, sys, json, glob, hashlib, re, zipfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
AG = {}
for ln in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    p = ln.split(',')
    AG[p[0]] = [p[1]] + [a for a in p[3].split(';') if a]
COMM = {}
for ln in open('/work/shared/data/communes-2025.csv', encoding='utf-8').read().splitlines()[1:]:
    p = ln.split(',')
    if p[3] == '79':
        COMM[p[0]] = p[1]
STAT = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
IND = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
       'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
       'standards_reviewed', 'budget_spent_vnd'}
TASKS = {'II.1.a', 'II.1.b'} | {'II.2.' + x for x in 'a b c d đ e g h i'.split()} | \
        {'II.3.' + x for x in 'abcd'} | {'II.4.' + x for x in 'abc'} | {'II.5.' + x for x in 'abcd'} | {'II.6.a', 'II.6.b'}


def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return re.sub(r'\s+', ' ', s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in z.namelist():
        if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
            x = z.read(n).decode('utf-8')
            for p in re.findall(r'<w:p[ >].*?</w:p>', x, flags=re.S):
                t = ''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', p))
                out.append(t.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>'))
    return '\n'.join(out), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append(float(v))
                out.append(str(v))
    return '\n'.join(out), nums


def dotted(n):
    return f'{n:,}'.replace(',', '.')


def dec(x):
    s = f'{x:.6f}'.rstrip('0').rstrip('.')
    return s.replace('.', ',')


def forms(key, v):
    f = {str(v), f'{v:02d}', dotted(v), f'{v:,}'.replace(',', ' ')}
    if key.endswith('_vnd'):
        f |= {dec(v / 1e6) + ' triệu', dec(v / 1e6) + ' tr', dec(v / 1e9) + ' tỷ'}
    return f


def appears(text, nums, key, v):
    for fm in forms(key, v):
        if re.search(r'(?<![\d.,])' + re.escape(norm(fm)) + r'(?![\d]|[.,]\d)', text):
            return True
    for x in nums:
        for sc in (1, 1e6, 1e9):
            if abs(x * sc - v) < 0.5:
                return True
    return False


def main():
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    errs = []
    ndoc = nx = nrej = 0
    for fn in files:
        path = os.path.join(HERE, fn)
        kp = os.path.join(HERE, 'truth', fn + '.json')
        if not os.path.exists(kp):
            errs.append(f'{fn}: no key'); continue
        k = json.load(open(kp, encoding='utf-8'))
        if k['file'] != fn: errs.append(f'{fn}: file field')
        if k['sha256'] != hashlib.sha256(open(path, 'rb').read()).hexdigest(): errs.append(f'{fn}: sha256')
        if fn.endswith('.docx'):
            ndoc += 1; raw, nums = docx_text(path)
        else:
            nx += 1; raw, nums = xlsx_text(path)
        text = norm(raw)
        uid, uname = k['unit']['id'], k['unit']['name']
        names = AG.get(uid) or ([COMM[uid]] if uid in COMM else None)
        if not names or uname not in names: errs.append(f'{fn}: unit id/name not in reference lists')
        elif not any(norm(n) in text for n in names): errs.append(f'{fn}: unit name not in file')
        y, m, d = k['document']['date'].split('-')
        if not (f'ngày {d} tháng {m} năm {y}' in text or f'{d}/{m}/{y}' in text):
            errs.append(f'{fn}: date not in file')
        if k['document']['number'] and norm(k['document']['number']) not in text:
            errs.append(f'{fn}: number not in file')
        if k['status'] == 'rejected':
            nrej += 1
            if not k['reason'] or k['entries']: errs.append(f'{fn}: rejected key malformed')
            continue
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: errs.append(f'{fn}: bad task {e["task"]}')
            if e['task'] in seen: errs.append(f'{fn}: duplicate task {e["task"]}')
            seen.add(e['task'])
            if e['status'] not in STAT: errs.append(f'{fn}: bad status {e["status"]}')
            for ik, iv in e['indicators'].items():
                if ik not in IND: errs.append(f'{fn}: bad indicator {ik}')
                if not isinstance(iv, int): errs.append(f'{fn}: non-integer {ik}')
                elif not appears(text, nums, ik, iv): errs.append(f'{fn}: {e["task"]} {ik}={iv} not found')
        for x in k['difficulties'] + k['proposals']:
            if norm(x) not in text: errs.append(f'{fn}: item not found: {x[:50]}')
    print(f'{len(files)} files: {ndoc} DOCX, {nx} XLSX, {nrej} rejected')
    for e in errs: print('ERR', e)
    print('PASS' if not errs else f'FAIL ({len(errs)})')
    sys.exit(1 if errs else 0)


main()
