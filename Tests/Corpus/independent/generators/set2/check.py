"""Independent re-check of set2: reopen every file from disk (zip + XML), and verify the truth.

Verifies per truth file: sha256; truth shape and vocabularies; unit name (or an agencies.csv alias)
present; 'Số: <number>' present; the date line present (or absent when date is null); every
difficulty / proposal item present verbatim; every indicator value present in some written form."""
import csv, glob, hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

ROOT = '/work/unseen/set2'
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
S = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
TASKS = set('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d '
            'II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b'.split())
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
        'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
        'standards_reviewed', 'budget_spent_vnd'}
MONEY = {'fines_vnd', 'budget_spent_vnd'}

AG = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        AG[r['id']] = [r['name']] + [a for a in r['aliases'].split(';') if a]


def nfc(s):
    return unicodedata.normalize('NFC', s)


def norm(s):
    return re.sub(r'\s+', ' ', nfc(s)).strip()


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read('word/document.xml'))
    paras = []
    for p in root.iter(W + 'p'):
        buf = []
        for el in p.iter():
            if el.tag == W + 't' and el.text:
                buf.append(el.text)
            elif el.tag in (W + 'tab',):
                buf.append(' ')
            elif el.tag in (W + 'br', W + 'cr'):
                buf.append('\n')
        paras.append(''.join(buf))
    return '\n'.join(paras)


def xlsx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        shared = []
        if 'xl/sharedStrings.xml' in z.namelist():
            for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(S + 'si'):
                shared.append(''.join(t.text or '' for t in si.iter(S + 't')))
        for name in sorted(n for n in z.namelist() if n.startswith('xl/worksheets/sheet')):
            for c in ET.fromstring(z.read(name)).iter(S + 'c'):
                t = c.get('t')
                v = c.find(S + 'v')
                if t == 's' and v is not None:
                    out.append(shared[int(v.text)])
                elif t == 'inlineStr':
                    out.append(''.join(x.text or '' for x in c.iter(S + 't')))
                elif v is not None and v.text is not None:
                    out.append(v.text)
    return '\n'.join(out)


def dotted(n):
    return f'{n:,}'.replace(',', '.')


def forms(ind, v):
    f = {str(v), dotted(v)}
    if v < 10:
        f.add(f'{v:02d}')
    if ind in MONEY:
        for scale in (10**6, 10**9):
            if (v * 1000) % scale == 0:
                x = v / scale
                if x == int(x):
                    f |= {str(int(x)), dotted(int(x))}
                else:
                    s = f'{x:.3f}'.rstrip('0')
                    f |= {s.replace('.', ','), s}
    return f


def present(text, form):
    return re.search(r'(?<![\d.,])' + re.escape(form) + r'(?![\d]|[.,]\d)', text) is not None


def check(tpath):
    errs = []
    t = json.load(open(tpath, encoding='utf-8'))
    fn = t['file']
    path = os.path.join(ROOT, fn)
    if os.path.basename(tpath) != fn + '.json':
        errs.append('truth name does not match file')
    if not os.path.exists(path):
        return [f'missing file {fn}']
    if hashlib.sha256(open(path, 'rb').read()).hexdigest() != t['sha256']:
        errs.append('sha256 mismatch')
    text = norm(docx_text(path) if fn.endswith('.docx') else xlsx_text(path))
    low = text.casefold()
    if t['status'] == 'rejected':
        if t['unit'] is not None or t['entries'] or t['document'] is not None:
            errs.append('rejected truth must have null unit/document and no entries')
        if 'chỉ thị số 38' in low or '38-ct/tw' in low:
            errs.append('mistaken file mentions Chỉ thị 38')
        return errs
    uid = t['unit']['id']
    if uid not in AG or AG[uid][0] != t['unit']['name']:
        errs.append(f'unit id/name not in agencies.csv: {t["unit"]}')
    elif not any(norm(n).casefold() in low for n in AG[uid]):
        errs.append(f'unit name not found: {t["unit"]["name"]}')
    num = t['document']['number']
    if num is not None and norm('Số: ' + num) not in text:
        errs.append(f'number not found: {num}')
    date = t['document']['date']
    lines = re.findall(r'Hồ Chí Minh, ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})', text)
    if date is None:
        if lines:
            errs.append(f'date null but date line present: {lines}')
    else:
        y, m, d = map(int, date.split('-'))
        if not lines or (int(lines[0][2]), int(lines[0][1]), int(lines[0][0])) != (y, m, d):
            errs.append(f'date line {lines[:1]} != {date}')
    for key in ('difficulties', 'proposals'):
        for item in t[key]:
            if norm(item) not in text:
                errs.append(f'{key} item not found: {item[:60]}')
    seen = set()
    for e in t['entries']:
        if e['task'] not in TASKS:
            errs.append(f'bad task {e["task"]}')
        if e['task'] in seen:
            errs.append(f'duplicate task {e["task"]}')
        seen.add(e['task'])
        if e['status'] not in STATUSES:
            errs.append(f'bad status {e["status"]}')
        for k, v in e['indicators'].items():
            if k not in INDS:
                errs.append(f'bad indicator {k}')
            if not isinstance(v, int) or v <= 0:
                errs.append(f'bad value {k}={v}')
                continue
            if not any(present(text, f) for f in forms(k, v)):
                errs.append(f'{e["task"]} {k}={v} not found in any form')
    return errs


def main():
    truths = sorted(glob.glob(os.path.join(ROOT, 'truth', '*.json')))
    files = sorted(p for p in glob.glob(os.path.join(ROOT, '*')) if os.path.isfile(p) and not p.endswith('.md'))
    bad = 0
    named = {json.load(open(p, encoding='utf-8'))['file'] for p in truths}
    for p in files:
        if os.path.basename(p) not in named:
            print('NO TRUTH for', os.path.basename(p)); bad += 1
    n_ent = n_ind = 0
    for tp in truths:
        t = json.load(open(tp, encoding='utf-8'))
        n_ent += len(t['entries']); n_ind += sum(len(e['indicators']) for e in t['entries'])
        errs = check(tp)
        status = 'OK ' if not errs else 'ERR'
        print(status, t['file'])
        for e in errs:
            print('     ', e)
        bad += bool(errs)
    print(f'{len(truths)} truth files, {n_ent} entries, {n_ind} indicator values; {bad} with problems')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
