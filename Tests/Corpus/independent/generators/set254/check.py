# -*- coding: utf-8 -*-
"""Reopens every final file of set 254 (zip+XML for DOCX, openpyxl for XLSX), independently
of gen.py, and checks each key in truth/: sha256, unit name, number, date, every keyed figure
in some written form, every difficulty and proposal."""
import os, re, sys, json, glob, hashlib, zipfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
TASKS = set("II.1.a II.1.b II.2.a II.2.b II.2.c II.2.d II.2.đ II.2.e II.2.g II.2.h II.2.i II.3.a II.3.b II.3.c II.3.d "
            "II.4.a II.4.b II.4.c II.5.a II.5.b II.5.c II.5.d II.6.a II.6.b".split())
STATUSES = {"completed", "in_progress", "not_started", "not_applicable", "unknown"}
INDS = {"training_courses", "participants", "communications", "enterprises_supported", "inspections",
        "establishments_inspected", "violations", "fines_vnd", "samples_tested", "instruments_verified",
        "standards_reviewed", "budget_spent_vnd"}


def docx_text(path):
    import xml.etree.ElementTree as ET
    out = []
    with zipfile.ZipFile(path) as z:
        names = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*|footnotes)\.xml$', n)]
        for n in names:
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                s = ''.join(t.text or '' for t in p.iter(W + 't'))
                if s.strip():
                    out.append(s)
    return '\n'.join(out)


def xlsx_text(path):
    wb = openpyxl.load_workbook(path, data_only=False)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                out.append(str(v))
    return '\n'.join(out)


def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'\s+', ' ', s).strip().lower()


def forms(v, money):
    f = {str(v), f"{v:,}".replace(',', '.'), f"{v:,}".replace(',', ' ')}
    if money:
        for scale, word in ((10**6, 'triệu'), (10**9, 'tỷ')):
            x = v / scale
            if x >= 1:
                t = (f"{x:.3f}".rstrip('0').rstrip('.')).replace('.', ',')
                f.add(t + ' ' + word)
                f.add(t + 'tr')
    return f


def has_number(text, v, money):
    for s in forms(v, money):
        if ' ' in s or not s.replace('.', '').isdigit():
            if s in text:
                return True
            continue
        # plain digits: allow zero padding, not part of a longer number
        if re.search(r'(?<![\d.,])0*' + re.escape(s) + r'(?![\d]|[.,]\d)', text):
            return True
    return False


def has_date(text, iso):
    y, m, d = iso.split('-')
    pats = [rf"ngày 0?{int(d)} tháng 0?{int(m)} năm {y}", rf"0?{int(d)}/0?{int(m)}/{y}"]
    return any(re.search(p, text) for p in pats)


def main():
    errs = []
    keys = sorted(glob.glob(os.path.join(HERE, 'truth', '*.json')))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(('.docx', '.xlsx')))
    if sorted(os.path.basename(k)[:-5] for k in keys) != files:
        errs.append("file list and truth list differ")
    n_ent = 0
    for kp in keys:
        k = json.load(open(kp, encoding='utf-8'))
        fn = k['file']
        path = os.path.join(HERE, fn)
        E = lambda m: errs.append(f"{fn}: {m}")
        if not os.path.exists(path):
            E("missing file"); continue
        if hashlib.sha256(open(path, 'rb').read()).hexdigest() != k['sha256']:
            E("sha256 differs")
        raw = docx_text(path) if fn.endswith('.docx') else xlsx_text(path)
        text = norm(raw)
        for fld in ("file", "sha256", "status", "reason", "unit", "document", "entries", "findings", "difficulties", "proposals"):
            if fld not in k:
                E("key lacks " + fld)
        if k['status'] not in ("extracted", "rejected"):
            E("bad status")
        if k['status'] == 'rejected' and (k['entries'] or not k['reason']):
            E("rejected key with entries or no reason")
        if k['unit'] and norm(k['unit']['name']) not in text:
            E("unit name not found: " + k['unit']['name'])
        if k['document']['number'] and norm(k['document']['number']) not in text:
            E("number not found")
        if k['document']['date'] and not has_date(text, k['document']['date']):
            E("date not found")
        seen = set()
        for e in k['entries']:
            n_ent += 1
            if e['task'] not in TASKS: E("bad task " + str(e['task']))
            if e['task'] in seen: E("duplicate task " + e['task'])
            seen.add(e['task'])
            if e['status'] not in STATUSES: E("bad status " + e['status'])
            for ind, v in e['indicators'].items():
                if ind not in INDS: E("bad indicator " + ind)
                if not isinstance(v, int): E(f"{ind} not an integer")
                if not has_number(text, v, ind.endswith('_vnd')):
                    E(f"{e['task']} {ind}={v} not found in text")
        for s in k['difficulties'] + k['proposals']:
            if norm(s) not in text:
                E("item not found: " + s[:60])
    for e in errs:
        print("FAIL", e)
    print(f"{len(keys)} keys, {n_ent} entries, {len(errs)} problems")
    print("check.py: PASS" if not errs else "check.py: FAIL")
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
