# Reopens every final file independently of gen.py and checks it against its key.
import json, hashlib, os, re, sys, zipfile, unicodedata
from openpyxl import load_workbook
D=os.path.dirname(os.path.abspath(__file__))
def norm(s): return unicodedata.normalize('NFC', s).lower()
def text_docx(p):
    out=[]
    with zipfile.ZipFile(p) as z:
        for n in z.namelist():
            if n.startswith('word/') and n.endswith('.xml'):
                x=z.read(n).decode('utf8')
                for para in re.findall(r'<w:p[ >].*?</w:p>', x, re.S):
                    out.append(''.join(re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>', para)).replace('&amp;','&'))
    return '\n'.join(out)
def text_xlsx(p):
    wb=load_workbook(p); out=[]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None: out.append(str(c.value))
    return '\n'.join(out)
def forms(n):
    f={str(n), '%02d'%n, '{:,}'.format(n).replace(',','.'), '{:,}'.format(n)}
    if n>=1000000:
        f.add(('%g'%(n/1e6)).replace('.',',')+' triệu')
    return f
def dforms(iso):
    y,m,d=map(int,iso.split('-'))
    return {'ngày %02d tháng %02d năm %d'%(d,m,y),'ngày %d tháng %d năm %d'%(d,m,y),'%02d/%02d/%d'%(d,m,y),'%d/%d/%d'%(d,m,y)}
bad=0; n=0
for fn in sorted(os.listdir(os.path.join(D,'truth'))):
    k=json.load(open(os.path.join(D,'truth',fn),encoding='utf8')); p=os.path.join(D,k['file']); n+=1
    errs=[]
    if hashlib.sha256(open(p,'rb').read()).hexdigest()!=k['sha256']: errs.append('sha256')
    t=norm(text_docx(p) if p.endswith('.docx') else text_xlsx(p))
    tok=set(re.findall(r'[\d.,]+(?: triệu)?', t))
    if norm(k['unit']['name']) not in t: errs.append('unit name')
    if k['document']['number'] and norm(k['document']['number']) not in t: errs.append('number')
    if not any(norm(f) in t for f in dforms(k['document']['date'])): errs.append('date')
    for e in k['entries']:
        for iid,v in e['indicators'].items():
            if not (forms(v) & tok) and not any(norm(f) in t for f in forms(v) if 'triệu' in f): errs.append('figure %s %s=%s'%(e['task'],iid,v))
    for s in k['difficulties']+k['proposals']:
        if norm(s) not in t: errs.append('text: '+s[:40])
    if k['status']=='rejected' and k['entries']: errs.append('rejected with entries')
    print(('OK  ' if not errs else 'FAIL')+' '+k['file']+('' if not errs else '  '+'; '.join(errs)))
    bad+=bool(errs)
print('%d files, %d failing'%(n,bad)); sys.exit(1 if bad else 0)
