# Independent checker: reopens final files (zip+XML for DOCX, openpyxl for XLSX) and verifies the keys.
import json, os, re, sys, zipfile, hashlib, unicodedata
import xml.etree.ElementTree as ET
import openpyxl
D = os.path.dirname(os.path.abspath(__file__))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

def docx_text(p):
    out = []
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if re.match(r'word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$', n):
                root = ET.fromstring(z.read(n))
                for el in root.iter():
                    if el.tag == W + 't': out.append(el.text or '')
                    elif el.tag in (W + 'br', W + 'cr'): out.append('\n')
                    elif el.tag == W + 'tab': out.append('\t')
                    elif el.tag in (W + 'p', W + 'tc'): out.append('\n')
    return ''.join(out), set()

def xlsx_text(p):
    parts, nums = [], set()
    for data_only in (False, True):
        wb = openpyxl.load_workbook(p, data_only=data_only)
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if v is None: continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool): nums.add(round(float(v), 6))
                    else: parts.append(str(v))
    return '\n'.join(parts), nums

def forms(n):
    f = {str(n), f"{n:02d}", f"{n:,}".replace(',', '.'), f"{n:,}".replace(',', ' ')}
    for div in (1e6, 1e3, 1e9):
        if n >= div:
            s = f"{n/div:.3f}".rstrip('0').rstrip('.'); f.add(s.replace('.', ','))
    return f

def fig_ok(n, text, nums):
    toks = set(re.findall(r'\d+(?:[.,  ]\d+)*', text))
    if forms(n) & toks: return True
    for div in (1, 1e6, 1e3):
        if round(n / div, 6) in nums: return True
    return False

fails = 0; count = 0
for k in sorted(os.listdir(os.path.join(D, 'truth'))):
    key = json.load(open(os.path.join(D, 'truth', k)))
    p = os.path.join(D, key['file']); count += 1
    errs = []
    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != key['sha256']: errs.append('sha256')
    text, nums = docx_text(p) if p.endswith('.docx') else xlsx_text(p)
    text = unicodedata.normalize('NFC', text); flat = re.sub(r'\s+', ' ', text)
    if key['unit']['name'].casefold() not in flat.casefold(): errs.append('unit name')
    y, m, d = key['document']['date'].split('-')
    dpats = [rf"ngày\s*0?{int(d)}\s*tháng\s*0?{int(m)}\s*năm\s*{y}", rf"\b0?{int(d)}/0?{int(m)}/{y}\b"]
    if not any(re.search(x, flat, re.I) for x in dpats): errs.append('date')
    if key['document']['number'] and key['document']['number'] not in flat: errs.append('number')
    for e in key['entries']:
        for ind, v in e['indicators'].items():
            if not fig_ok(v, text, nums): errs.append(f"figure {e['task']} {ind}={v}")
    for s in key['difficulties'] + key['proposals']:
        if s not in flat: errs.append('text: ' + s[:40])
    if key['status'] == 'rejected' and key['entries']: errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL') + ' ' + key['file'] + ('' if not errs else ' ' + '; '.join(errs)))
    fails += bool(errs)
print(f"{count} files, {fails} failing")
sys.exit(1 if fails else 0)
