"""Independent check of set6: reopens every file (zip + XML for DOCX, openpyxl for XLSX) and verifies its key."""
import os, sys, re, json, glob, hashlib, zipfile, unicodedata
from lxml import etree
import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = ('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d '
         'II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b').split()
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections', 'establishments_inspected',
        'violations', 'fines_vnd', 'samples_tested', 'instruments_verified', 'standards_reviewed', 'budget_spent_vnd'}
MONEY = {'fines_vnd', 'budget_spent_vnd'}
# Figures the key states as a sum of parts written in the file (see NOTES.md): (file, task, indicator) -> parts
DERIVED = {
    ('SYT_bao_cao_CT38-2026.docx', 'II.2.e', 'standards_reviewed'): [2, 1],
    ('SCT - Bieu tong hop CT38 (gui SKHCN).xlsx', 'II.5.a', 'inspections'): [38, 12],
}
KEYS = {'file', 'sha256', 'status', 'reason', 'unit', 'document', 'entries', 'difficulties', 'proposals', 'findings'}

agencies = {}
for line in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    c = line.split(',', 3)
    agencies[c[0]] = [c[1]] + [a for a in c[3].split(';') if a]
communes = {}
for line in open('/work/shared/data/communes-2025.csv', encoding='utf-8').read().splitlines()[1:]:
    c = line.split(',')
    if c[3] == '79': communes[c[0]] = c[1]

NUMW = {'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6, 'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mốt': 1, 'lăm': 5, 'tư': 4}


def words_to_int(s):
    toks = s.split()
    if not toks: return None
    if 'mươi' in toks:
        i = toks.index('mươi'); tens = NUMW.get(toks[i - 1]); rest = toks[i + 1:]
        return tens * 10 + (NUMW.get(rest[0], 0) if rest else 0)
    if toks[0] == 'mười':
        return 10 + (NUMW.get(toks[1], 0) if len(toks) > 1 else 0)
    return NUMW.get(toks[0]) if len(toks) == 1 else None


def nfc(s): return unicodedata.normalize('NFC', s)
def norm(s): return re.sub(r'\s+', ' ', nfc(s)).strip().lower()


def docx_text(path):
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        paras.append(''.join(t.text or '' for t in p.iter(W + 't')))   # w:delText is not w:t: deletions excluded
    return '\n'.join(paras), []


def xlsx_text(path):
    wb = openpyxl.load_workbook(path)
    lines, nums = [], []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = []
            for c in row:
                if c.value is None: continue
                if isinstance(c.value, (int, float)) and not isinstance(c.value, bool): nums.append(float(c.value))
                vals.append(str(c.value))
            if vals: lines.append(' | '.join(vals))
    return '\n'.join(lines), nums


def group(n):
    return f'{n:,}'.replace(',', '.')


def dec_comma(x):
    s = f'{x:.3f}'.rstrip('0').rstrip('.')
    ip, _, fp = s.partition('.')
    ipg = group(int(ip))
    return [ipg + (',' + fp if fp else ''), ip + (',' + fp if fp else '')]


def figure_forms(ind, v):
    forms = {str(v), group(v), f'{v:02d}', f'{v:,}'.replace(',', ' ')}
    if ind in MONEY:
        forms |= set(dec_comma(v / 1e6)) | set(dec_comma(v / 1e3))
    return forms


def has_figure(text, nums, ind, v):
    for f in figure_forms(ind, v):
        if re.search(r'(?<![\d.,])' + re.escape(f) + r'(,0+)?(?![\d]|[.,]\d)', text):
            return True
    cands = [v] + ([v / 1e6, v / 1e3] if ind in MONEY else [])
    return any(abs(n - c) < 1e-6 for n in nums for c in cands)


def dates_in(text):
    out = []
    for m in re.finditer(r'ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})', text):
        out.append((m.start(), '%s-%02d-%02d' % (m.group(3), int(m.group(2)), int(m.group(1)))))
    for m in re.finditer(r'ngày\s+([a-zà-ỹ ]+?)\s+tháng\s+([a-zà-ỹ ]+?)\s+năm\s+(\d{4})', text.lower()):
        dd, mm = words_to_int(m.group(1)), words_to_int(m.group(2))
        if dd and mm: out.append((m.start(), '%s-%02d-%02d' % (m.group(3), mm, dd)))
    return [d for _, d in sorted(out)]


def check(kp):
    errs = []
    k = json.load(open(kp, encoding='utf-8'))
    if set(k) != KEYS: errs.append('key fields %s' % sorted(set(k) ^ KEYS))
    path = os.path.join(ROOT, k['file'])
    if os.path.basename(kp) != k['file'] + '.json': errs.append('key name / file mismatch')
    if not os.path.exists(path): return ['missing file']
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']: errs.append('sha256 mismatch')
    text, nums = (docx_text if path.endswith('.docx') else xlsx_text)(path)
    text = nfc(text); nt = norm(text)
    # unit
    u = k['unit']
    if u:
        uid = u['id']
        if uid in communes:
            if u['name'] != communes[uid]: errs.append('unit name differs from communes list')
            bare = communes[uid].split(' ', 1)[1]
            if bare.lower() not in nt: errs.append('unit name not in file: ' + bare)
        elif uid in agencies:
            if u['name'] != agencies[uid][0]: errs.append('unit name differs from agencies list')
            if not any(norm(a) in nt for a in agencies[uid]): errs.append('agency name/alias not in file')
        else: errs.append('unknown unit id ' + uid)
    doc = k['document']
    if doc['number'] and doc['number'] not in text: errs.append('number not in file: ' + doc['number'])
    if doc['date']:
        ds = dates_in(text)
        if not ds or ds[0] != doc['date']: errs.append('date %s; first found %s' % (doc['date'], ds[:2]))
    if k['status'] == 'rejected':
        if k['entries'] or not k['reason']: errs.append('rejected needs reason and no entries')
        if re.search(r'38-CT/TW|Chỉ thị (số )?38', text): errs.append('rejected file mentions CT38')
        return errs
    if k['status'] != 'extracted': errs.append('bad status')
    if 'Chỉ thị' not in text and 'CT38' not in text and 'Chỉ thị 38' not in text and '38-CT/TW' not in text:
        errs.append('file never names the directive')
    seen = set()
    for e in k['entries']:
        if e['task'] not in TASKS: errs.append('bad task ' + e['task'])
        if e['task'] in seen: errs.append('duplicate task ' + e['task'])
        seen.add(e['task'])
        if e['status'] not in STATUSES: errs.append('bad status ' + e['status'])
        for ind, v in e['indicators'].items():
            if ind not in INDS: errs.append('bad indicator ' + ind)
            if not isinstance(v, int) or v < 0: errs.append('non-integer %s=%r' % (ind, v))
            elif (k['file'], e['task'], ind) in DERIVED:
                parts = DERIVED[(k['file'], e['task'], ind)]
                if sum(parts) != v or not all(has_figure(text, nums, ind, p) for p in parts):
                    errs.append('derived figure parts wrong: %s %s' % (e['task'], ind))
            elif not has_figure(text, nums, ind, v): errs.append('figure not found: %s %s=%s' % (e['task'], ind, v))
        head = norm(re.split(r' \| | / ', e['text'])[0])[:40]
        if head and head not in nt: errs.append('entry text not in file: ' + head)
    for x in k['difficulties'] + k['proposals']:
        if norm(x) not in nt: errs.append('item not in file: ' + x[:50])
    return errs


def main():
    keys = sorted(glob.glob(os.path.join(ROOT, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(ROOT) if f.endswith(('.docx', '.xlsx')))
    bad = 0
    if len(files) != len(keys): print('file/key count differ', len(files), len(keys)); bad += 1
    for kp in keys:
        errs = check(kp)
        name = os.path.basename(kp)[:-5]
        print(('FAIL ' if errs else 'ok   ') + name)
        for x in errs: print('     - ' + x)
        bad += bool(errs)
    print('%d files, %d keys, %d failing' % (len(files), len(keys), bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
