# -*- coding: utf-8 -*-
"""Independent check of set255: reopens every final file (zip+XML for DOCX, openpyxl for XLSX)
and verifies sha256, unit name, document number and date, every keyed figure (in some written
form, near a noun that fits its indicator), every difficulty and proposal."""
import json, os, re, sys, zipfile, hashlib, unicodedata, datetime, csv
import xml.etree.ElementTree as ET
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
ALIASES = {}
with open('/work/shared/data/agencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        ALIASES[row['id']] = [row['name']] + [a for a in (row['aliases'] or '').split(';') if a]


def norm(s):
    s = unicodedata.normalize('NFC', s)
    s = s.replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def docx_text(path):
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                t = ''.join((e.text or '') if e.tag == W + 't' else (' ' if e.tag in (W + 'tab', W + 'br') else '')
                            for e in p.iter() if e.tag in (W + 't', W + 'tab', W + 'br'))
                out.append(t)
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            cells = []
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, datetime.datetime):
                    v = v.strftime('%d/%m/%Y')
                elif isinstance(v, float) and v.is_integer():
                    v = int(v)
                cells.append(str(v))
            if cells:
                out.append(' | '.join(cells))
    return '\n'.join(out)


def group(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:]); s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def dec(x):
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s.replace('.', ',')


def forms(v, ind):
    f = {str(v), group(v, '.'), group(v, ' '), group(v, ',')}
    if v < 10:
        f.add('%02d' % v)
    if ind.endswith('_vnd'):
        if v >= 10**9:
            f.add(dec(v / 10**9) + ' tỷ')
        if v >= 10**6:
            f.add(dec(v / 10**6) + ' triệu')
    return f


NOUNS = {
    'training_courses': ['lớp', 'khóa', 'hội nghị', 'hội thảo', 'tọa đàm', 'buổi', 'hoạt động'],
    'participants': ['lượt', 'người', 'học viên', 'đại biểu', 'hộ kinh doanh', 'công chức', 'viên chức', 'học sinh'],
    'communications': ['tin', 'bài', 'ấn phẩm', 'tài liệu'],
    'enterprises_supported': ['doanh nghiệp', 'hợp tác xã', 'htx', 'tổ chức', 'cơ sở'],
    'inspections': ['cuộc'],
    'establishments_inspected': ['cơ sở', 'cửa hàng', 'hộ kinh doanh'],
    'violations': ['vi phạm', 'trường hợp', 'hộ'],
    'fines_vnd': ['đồng', 'đ', 'triệu'],
    'samples_tested': ['mẫu'],
    'instruments_verified': ['phương tiện', 'cân', 'chuẩn'],
    'standards_reviewed': ['dự thảo', 'văn bản', 'tcvn', 'qcvn'],
    'budget_spent_vnd': ['đồng', 'tỷ', 'giải ngân'],
}


def find_figure(text, v, ind):
    low = text.lower()
    for fm in sorted(forms(v, ind), key=len, reverse=True):
        for m in re.finditer(r'(?<![\d.,])' + re.escape(fm.lower()) + r'(?![\d]|[.,]\d)', low):
            win = low[max(0, m.start() - 45): m.end() + 45]
            if any(n in win for n in NOUNS[ind]):
                return fm
    return None


def date_forms(iso):
    y, m, d = iso.split('-')
    out = set()
    for dd in {d, str(int(d))}:
        for mm in {m, str(int(m))}:
            out.add(f'ngày {dd} tháng {mm} năm {y}')
            out.add(f'{dd}/{mm}/{y}')
    return out


def main():
    errors = 0; nfig = 0
    truth = os.path.join(HERE, 'truth')
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    keys = sorted(f[:-5] for f in os.listdir(truth) if f.endswith('.json'))
    if files != keys:
        print('MISMATCH files/keys', set(files) ^ set(keys)); errors += 1
    for fn in files:
        k = json.load(open(os.path.join(truth, fn + '.json'), encoding='utf-8'))
        path = os.path.join(HERE, fn)
        errs = []
        if k['file'] != fn:
            errs.append('file field')
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            errs.append('sha256')
        text = norm(docx_text(path) if fn.endswith('.docx') else xlsx_text(path))
        low = text.lower()
        names = [k['unit']['name']] + ALIASES.get(k['unit']['id'], [])
        if not any(norm(n).lower() in low for n in names):
            errs.append('unit name not found: ' + k['unit']['name'])
        if k['document']['number'] and norm(k['document']['number']).lower() not in re.sub(r'\s+', '', low) and \
                norm(k['document']['number']).lower() not in low:
            errs.append('number not found ' + k['document']['number'])
        if k['document']['date'] and not any(df in low for df in date_forms(k['document']['date'])):
            errs.append('date not found ' + k['document']['date'])
        if k['status'] == 'rejected':
            if k['entries'] or not k['reason']:
                errs.append('rejected key must have reason and no entries')
        for e in k['entries']:
            if e['status'] not in ('completed', 'in_progress', 'not_started', 'not_applicable', 'unknown'):
                errs.append('bad status ' + e['status'])
            for ind, v in e['indicators'].items():
                nfig += 1
                if ind not in NOUNS:
                    errs.append('bad indicator ' + ind)
                elif find_figure(text, v, ind) is None:
                    errs.append(f'figure {e["task"]} {ind}={v} not found')
        tasks = [e['task'] for e in k['entries']]
        if len(tasks) != len(set(tasks)):
            errs.append('duplicate task entries')
        for s in k['difficulties'] + k['proposals']:
            if norm(s).lower() not in low:
                errs.append('KK/ĐX not found: ' + s[:50])
        print(('OK  ' if not errs else 'FAIL') + f' {fn}  entries={len(k["entries"])}  ' + '; '.join(errs))
        errors += len(errs)
    print(f'{len(files)} files, {nfig} keyed figures, {errors} errors')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
