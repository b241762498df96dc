#!/usr/bin/env python3
"""Re-opens every final file of set132 independently of the generator and checks it against its key.

DOCX: zip + XML; the text is read "as if all tracked changes were accepted" (w:del / w:moveFrom
content dropped, w:ins kept; deleted paragraphs dropped) from document.xml, footnotes.xml and
endnotes.xml. Word comments are NOT part of the text (a figure only in a comment does not count).
XLSX: openpyxl, every cell value of every sheet (cell notes are not part of the text).
"""
import hashlib, json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from openpyxl import load_workbook

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = ('II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c '
         'II.3.d II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b').split()
STATUSES = {'completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'}
INDICATORS = {'training_courses', 'participants', 'communications', 'enterprises_supported', 'inspections',
              'establishments_inspected', 'violations', 'fines_vnd', 'samples_tested', 'instruments_verified',
              'standards_reviewed', 'budget_spent_vnd'}
AGENCIES = {}
for line in open('/work/shared/data/agencies.csv', encoding='utf-8').read().splitlines()[1:]:
    parts = line.split(',')
    AGENCIES[parts[0]] = [parts[1]] + [a for a in parts[3].split(';') if a]


def nfc(s):
    return unicodedata.normalize('NFC', s)


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for part in ('word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'):
        if part not in z.namelist():
            continue
        root = ET.fromstring(z.read(part))
        # drop deleted / moved-from content
        parents = {c: p for p in root.iter() for c in p}
        for tag in ('del', 'moveFrom'):
            for el in list(root.iter(W + tag)):
                par = parents.get(el)
                if par is not None and par.tag != W + 'rPr':
                    par.remove(el)
        for p in root.iter(W + 'p'):
            ppr = p.find(W + 'pPr')
            deleted_mark = ppr is not None and ppr.find(W + 'rPr') is not None and ppr.find(W + 'rPr').find(W + 'del') is not None
            txt = ''.join((n.text or '') if n.tag == W + 't' else '\t' for n in p.iter() if n.tag in (W + 't', W + 'tab'))
            if deleted_mark and not txt.strip():
                continue
            out.append(txt)
    return nfc('\n'.join(out))


def xlsx_text(path):
    wb = load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    out.append(str(c.value))
    return nfc('\n'.join(out))


def forms(v):
    """Written forms a figure may take in these files."""
    v = int(v)
    f = {str(v), '%02d' % v, '{:,}'.format(v).replace(',', '.')}
    for unit, word in ((10 ** 9, 'tỷ'), (10 ** 6, 'triệu')):
        if v >= unit and v % (unit // 1000) == 0:
            q = v / unit
            s = ('%g' % q).replace('.', ',')
            f.add(s + ' ' + word)
    return f


def has_number(text, v):
    for s in forms(v):
        if re.search(r'(?<![\d.,])' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def date_forms(iso):
    y, m, d = iso.split('-')
    dd, mm = int(d), int(m)
    out = set()
    for D in {str(dd), '%02d' % dd}:
        for M in {str(mm), '%02d' % mm}:
            out.add('ngày %s tháng %s năm %s' % (D, M, y))
            out.add('%s/%s/%s' % (D, M, y))
    return out


def norm_ws(s):
    return re.sub(r'\s+', ' ', s).strip()


def main():
    errors = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    truths = sorted(f for f in os.listdir(os.path.join(HERE, 'truth')) if f.endswith('.json'))
    if len(files) != len(truths):
        errors.append('file/key count mismatch %d vs %d' % (len(files), len(truths)))
    n_rej = 0
    for fn in files:
        kp = os.path.join(HERE, 'truth', fn + '.json')
        if not os.path.exists(kp):
            errors.append('%s: no key' % fn); continue
        k = json.load(open(kp, encoding='utf-8'))
        err = lambda m: errors.append('%s: %s' % (fn, m))
        if k['file'] != fn: err('file field')
        sha = hashlib.sha256(open(os.path.join(HERE, fn), 'rb').read()).hexdigest()
        if sha != k['sha256']: err('sha256 mismatch')
        text = docx_text(os.path.join(HERE, fn)) if fn.endswith('.docx') else xlsx_text(os.path.join(HERE, fn))
        low = text.casefold()
        flat = norm_ws(text)
        # unit
        uid, uname = k['unit']['id'], k['unit']['name']
        names = AGENCIES.get(uid, [uname])
        if not any(n.casefold() in low for n in names + [uname]):
            err('unit name not found: %s' % uname)
        if uid not in AGENCIES:
            line = [l for l in open('/work/shared/data/communes-2025.csv', encoding='utf-8') if l.startswith(uid + ',')]
            if not line or line[0].split(',')[1] != uname or ',79,' not in line[0]:
                err('commune id/name mismatch')
        # document
        if k['document']['number'] and k['document']['number'] not in text: err('number not found')
        if k['document']['date'] and not any(f in text for f in date_forms(k['document']['date'])): err('date not found')
        if k['status'] == 'rejected':
            n_rej += 1
            if k['entries'] or not k['reason']: err('rejected key must have no entries and a reason')
            continue
        if k['status'] != 'extracted': err('bad status')
        seen = set()
        for e in k['entries']:
            if e['task'] not in TASKS: err('bad task %s' % e['task'])
            if e['task'] in seen: err('duplicate task %s' % e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: err('bad status %s' % e['status'])
            for ind, v in e['indicators'].items():
                if ind not in INDICATORS: err('bad indicator %s' % ind)
                if not isinstance(v, int): err('non-int %s' % ind)
                if not has_number(text, v): err('%s %s=%s not found in text' % (e['task'], ind, v))
        for x in k['difficulties'] + k['proposals']:
            if norm_ws(x) not in flat: err('not found: %s' % x[:60])
    if errors:
        print('\n'.join(errors)); print('FAIL', len(errors)); sys.exit(1)
    print('OK: %d files (%d docx, %d xlsx, %d rejected) all checks passed' % (
        len(files), sum(f.endswith('.docx') for f in files), sum(f.endswith('.xlsx') for f in files), n_rej))


if __name__ == '__main__':
    main()
