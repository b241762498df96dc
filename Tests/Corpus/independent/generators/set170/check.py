#!/usr/bin/env python3
"""Independent check: reopens every file (zip+XML for DOCX, openpyxl for XLSX) and verifies the keys."""
import json, hashlib, os, re, sys, zipfile, html, unicodedata
import openpyxl
HERE=os.path.dirname(os.path.abspath(__file__))
def docx_text(p):
    z=zipfile.ZipFile(p); out=[]
    for n in z.namelist():
        if n.startswith("word/") and n.endswith(".xml"):
            x=z.read(n).decode("utf8")
            x=re.sub(r"</w:p>|</w:tc>|<w:br/>|<w:tab/>","\n",x)
            out.append(html.unescape(re.sub(r"<[^>]+>","",x)))
    return "\n".join(out),[]
def xlsx_text(p):
    txt=[];nums=[]
    for data_only in (True,False):
        wb=openpyxl.load_workbook(p,data_only=data_only)
        for ws in wb:
            for row in ws.iter_rows():
                for c in row:
                    v=c.value
                    if v is None: continue
                    if isinstance(v,(int,float)) and not isinstance(v,bool): nums.append(float(v))
                    txt.append(str(v))
            txt.append(str(ws.oddHeader.center.text or "")+str(ws.oddFooter.center.text or ""))
    return "\n".join(txt),nums
def forms(n):
    n=int(n); f={str(n),f"{n:02d}",f"{n:,}".replace(",","."),f"{n:,}".replace(","," "),f"{n:,}"}
    if n>=100000:
        for scale,word in ((1e6,"triệu"),(1e9,"tỷ")):
            v=n/scale; s=f"{v:.3f}".rstrip("0").rstrip(".").replace(".",",")
            f.add(s+" "+word)
    return f
def has_num(n,text,nums):
    for v in nums:
        if abs(v-n)<1e-6 or abs(v*1e6-n)<0.5 or abs(v*1e3-n)<0.5: return True
    for s in forms(n):
        if re.search(r"(?<![\d.,])"+re.escape(s)+r"(?![\d]|[.,]\d)",text): return True
    return False
def norm(s): return re.sub(r"\s+"," ",unicodedata.normalize("NFC",s)).strip().lower()
bad=0; files=sorted(f for f in os.listdir(HERE) if f.endswith((".docx",".xlsx")))
keys=sorted(os.listdir(os.path.join(HERE,"truth")))
if sorted(k[:-5] for k in keys)!=files: print("FAIL: key/file mismatch",files,keys); bad+=1
for f in files:
    p=os.path.join(HERE,f); k=json.load(open(os.path.join(HERE,"truth",f+".json")))
    errs=[]
    if hashlib.sha256(open(p,"rb").read()).hexdigest()!=k["sha256"]: errs.append("sha256")
    if k["file"]!=f: errs.append("file field")
    text,nums=docx_text(p) if f.endswith(".docx") else xlsx_text(p)
    nt=norm(text)
    if k["unit"] and norm(k["unit"]["name"]) not in nt: errs.append("unit name "+k["unit"]["name"])
    d=k["document"]["date"]
    if d:
        y,m,dd=d.split("-")
        if not any(x in nt for x in (f"ngày {dd} tháng {m} năm {y}",f"{dd}/{m}/{y}",f"{dd}-{m}-{y}",f"{dd}.{m}.{y}")): errs.append("date")
    if k["document"]["number"] and norm(k["document"]["number"]) not in nt: errs.append("number")
    if k["status"]=="rejected":
        if k["entries"] or not k["reason"]: errs.append("rejected key shape")
    for e in k["entries"]:
        if e["status"] not in ("completed","in_progress","not_started","not_applicable","unknown"): errs.append("status "+e["status"])
        if not re.fullmatch(r"II\.[1-6]\.[abcdđeghi]",e["task"]): errs.append("task "+e["task"])
        for ind,v in e["indicators"].items():
            if not has_num(v,text,nums): errs.append(f"figure {e['task']} {ind}={v}")
    for it in k["difficulties"]+k["proposals"]:
        if norm(it) not in nt: errs.append("item: "+it[:50])
    print(("OK  " if not errs else "FAIL")+" "+f+("" if not errs else "  "+"; ".join(errs)))
    bad+=bool(errs)
print("ALL PASS" if not bad else f"{bad} FAILED"); sys.exit(1 if bad else 0)
