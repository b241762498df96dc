import json, hashlib, os, zipfile, shutil, subprocess, re, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter
from data import R
OUT=os.path.dirname(os.path.abspath(__file__))
def d_vn(iso):
    y,m,d=iso.split("-"); return f"ngày {d} tháng {m} năm {y}"
def d_sl(iso):
    y,m,d=iso.split("-"); return f"{d}/{m}/{y}"
def z2(n): return f"{n:02d}" if n<10 else dots(n)
def dots(n): return f"{n:,}".replace(",",".")
def trieu(n):
    v=n/1e6; s=(f"{v:.3f}".rstrip("0").rstrip(".")).replace(".",",")
    return s
def short(name):  # place name without kind
    return re.sub(r"^(Phường|Xã|Đặc khu) ","",name)
thin=Side(style="thin"); BOX=Border(left=thin,right=thin,top=thin,bottom=thin)
KIND={"SKHCN":"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}

# ---------------- DOCX helpers ----------------
def new_doc(font="Times New Roman",size=13):
    doc=Document(); st=doc.styles["Normal"]; st.font.name=font; st.font.size=Pt(size)
    rpr=st.element.get_or_add_rPr(); rf=rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ("eastAsia","cs"): rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'+a,font)
    sec=doc.sections[0]; sec.page_width=Cm(21); sec.page_height=Cm(29.7)
    sec.left_margin=Cm(3); sec.right_margin=Cm(2); sec.top_margin=Cm(2); sec.bottom_margin=Cm(2)
    return doc
def cellp(cell,lines,bold_idx=(),italic_idx=(),size=None):
    cell.paragraphs[0].text=""
    for i,l in enumerate(lines):
        p=cell.paragraphs[0] if i==0 else cell.add_paragraph()
        p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run(l); r.bold=i in bold_idx; r.italic=i in italic_idx
        if size: r.font.size=Pt(size)
def header(doc,left,num,place,date):
    t=doc.add_table(rows=1,cols=2); t.autofit=True
    cellp(t.cell(0,0),left+["Số: "+num],bold_idx=(len(left)-1,),size=12)
    cellp(t.cell(0,1),["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM","Độc lập - Tự do - Hạnh phúc","",f"{place}, {d_vn(date)}"],bold_idx=(0,1),italic_idx=(3,),size=12)
def para(doc,text,bold=False,italic=False,align=None,indent=True):
    p=doc.add_paragraph(); r=p.add_run(text); r.bold=bold; r.italic=italic
    if align=="c": p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    elif indent: p.paragraph_format.first_line_indent=Cm(1)
    p.paragraph_format.space_after=Pt(3); p.alignment = p.alignment if align else WD_ALIGN_PARAGRAPH.JUSTIFY
    return p
def sign(doc,role,name,noi):
    t=doc.add_table(rows=1,cols=2)
    c=t.cell(0,0); c.paragraphs[0].add_run("Nơi nhận:").bold=True; c.paragraphs[0].runs[0].italic=True
    for n in noi: c.add_paragraph(n).runs[0].font.size=Pt(11)
    cellp(t.cell(0,1),role+["","","",name],bold_idx=tuple(range(len(role)))+(len(role)+3,))

# ---------------- H2 : department Word report + biểu ----------------
def fig_phrase(lab,dvt,key,val,code):
    if key=="fines_vnd": s=f"{lab[0].lower()+lab[1:]} {trieu(val)} triệu đồng"
    else: s=f"{lab[0].lower()+lab[1:]}: {z2(val)} {dvt}"
    return s+(f" (mã số {code})" if code else "")
def h2_docx(r):
    doc=new_doc()
    uname=r["unit"][1]
    header(doc,["ỦY BAN NHÂN DÂN","THÀNH PHỐ HỒ CHÍ MINH",uname.upper()],r["num"],"Thành phố Hồ Chí Minh",r["date"])
    para(doc,"");para(doc,"BÁO CÁO",bold=True,align="c")
    para(doc,"Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ (số liệu 11 tháng năm 2026)",bold=True,align="c")
    para(doc,"Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.",align="c")
    para(doc,f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, {uname} báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:")
    if r.get("bieu"): para(doc,"(Số liệu chi tiết theo Biểu số liệu kèm theo báo cáo này, các con số được dẫn theo mã số của Biểu.)",italic=True)
    para(doc,"I. KẾT QUẢ THỰC HIỆN",bold=True,indent=False)
    for i,(task,st,txt,sw,figs) in enumerate(r["entries"],1):
        para(doc,f"{i}. {txt}",bold=True,indent=False)
        w=[f for f in figs if f[5]=="w"]
        body="Trong 11 tháng năm 2026, Sở đã chủ động phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và các đơn vị liên quan triển khai nội dung này."
        if w: body+=" Kết quả: "+"; ".join(fig_phrase(f[1],f[2],f[3],f[4],f[0] if r.get("bieu") else "") for f in w)+"."
        if task=="II.6.a": body="Sở thường xuyên cập nhật các cam kết SPS/TBT, thông báo của các nước nhập khẩu và phổ biến đến các chi cục chuyên ngành, hợp tác xã, doanh nghiệp xuất khẩu nông sản."
        para(doc,body)
        if sw: para(doc,f"Đánh giá mức độ: {sw}.",italic=True)
    para(doc,"II. KHÓ KHĂN, VƯỚNG MẮC",bold=True,indent=False)
    for d in r["diff"]: para(doc,"- "+d)
    para(doc,"III. KIẾN NGHỊ, ĐỀ XUẤT",bold=True,indent=False)
    for i,p in enumerate(r["prop"],1): para(doc,f"{i}. {p}")
    para(doc,f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {uname}./.")
    sign(doc,["KT. GIÁM ĐỐC","PHÓ GIÁM ĐỐC"],{"SO-CT":"Nguyễn Văn Thắng","SO-NNMT":"Trần Thị Mỹ Dung","SO-GDDT":"Lê Hoài Nam"}[r["unit"][0]],
         ["- Sở KH&CN (qua Chi cục TĐC);","- Giám đốc Sở (để b/c);","- Lưu: VT, "+{"SO-CT":"QLCN","SO-NNMT":"CCTT","SO-GDDT":"GDTX"}[r["unit"][0]]+"."])
    return doc
def h2_bieu(r,path):
    wb=Workbook(); ws=wb.active; ws.title="Bieu"
    ws["A1"]=r["unit"][1].upper(); ws["A1"].font=Font(bold=True,name="Times New Roman",size=12)
    ws.merge_cells("A3:E3"); ws["A3"]="BIỂU SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws.merge_cells("A4:E4"); ws["A4"]=f"(Kèm theo Báo cáo số {r['num']} ngày {d_sl(r['date'])} của {r['unit'][1]})"
    ws["A3"].font=Font(bold=True,name="Times New Roman",size=13); ws["A4"].font=Font(italic=True,name="Times New Roman")
    for c in ("A3","A4"): ws[c].alignment=Alignment(horizontal="center")
    hdr=["Mã số","Chỉ tiêu","ĐVT","Thực hiện 11 tháng năm 2026","Ghi chú"]
    for j,h in enumerate(hdr,1):
        c=ws.cell(6,j,h); c.font=Font(bold=True,name="Times New Roman"); c.alignment=Alignment(horizontal="center",vertical="center",wrap_text=True); c.border=BOX
    row=7; roman=["I","II","III","IV","V","VI"]; gi=0
    for (task,st,txt,sw,figs) in r["entries"]:
        if not figs: continue
        ws.cell(row,1,roman[gi]); ws.cell(row,2,txt); gi+=1
        for j in range(1,6): ws.cell(row,j).border=BOX; ws.cell(row,j).font=Font(bold=True,name="Times New Roman")
        ws.cell(row,2).alignment=Alignment(wrap_text=True); row+=1
        for (code,lab,dvt,key,val,w) in figs:
            v=val/1e6 if dvt=="triệu đồng" else val
            vals=[code,lab,dvt,v,"Phối hợp Chi cục TĐC" if key=="inspections" else None]
            for j,x in enumerate(vals,1):
                c=ws.cell(row,j,x); c.border=BOX; c.font=Font(name="Times New Roman")
            ws.cell(row,4).number_format='#,##0.0' if dvt=="triệu đồng" else '#,##0'
            ws.cell(row,2).alignment=Alignment(wrap_text=True); row+=1
    row+=1; ws.cell(row,2,"Người lập biểu").font=Font(bold=True); ws.cell(row,4,"KT. GIÁM ĐỐC").font=Font(bold=True)
    for col,w in zip("ABCDE",(8,58,14,18,22)): ws.column_dimensions[col].width=w
    wb.save(path)

# ---------------- H1 : ward biểu ----------------
def h1_xlsx(r,path):
    wb=Workbook(); ws=wb.active; ws.title="Bieu 11 thang"
    F=lambda **k: Font(**{"name":"Times New Roman","size":12,**k})
    ws["A1"]="UBND "+r["unit"][1].upper(); ws["A1"].font=F(bold=True)
    ws["E1"]="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"]="Độc lập - Tự do - Hạnh phúc"
    for c in ("E1","E2"): ws[c].font=F(bold=True)
    ws["A2"]="Số: "+r["num"]; ws["E3"]=f"{short(r['unit'][1])}, {d_vn(r['date'])}"; ws["E3"].font=F(italic=True)
    mist=bool(r.get("rejected"))
    ws.merge_cells("A5:H5"); ws["A5"]=("BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 (11 THÁNG)" if mist else "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (11 THÁNG)")
    ws["A5"].font=F(bold=True); ws["A5"].alignment=Alignment(horizontal="center")
    ws.merge_cells("A6:H6"); ws["A6"]="(Số liệu từ ngày 01/01/2026 đến ngày 15/11/2026)"; ws["A6"].alignment=Alignment(horizontal="center"); ws["A6"].font=F(italic=True)
    hdr=["STT","Nội dung công việc","Chỉ tiêu","ĐVT",f"Đã báo cáo 10 tháng (BC số {r['prev']})","Phát sinh tháng 11","Cộng 11 tháng","Đánh giá"]
    for j,h in enumerate(hdr,1):
        c=ws.cell(8,j,h); c.font=F(bold=True); c.border=BOX; c.alignment=Alignment(horizontal="center",vertical="center",wrap_text=True)
    for j in range(1,9):
        c=ws.cell(9,j,f"({j})"); c.font=F(italic=True); c.border=BOX; c.alignment=Alignment(horizontal="center")
    row=10; formulas=r.get("lo",False)
    for i,(task,st,txt,sw,figs) in enumerate(r["entries"],1):
        vals=[i,txt,None,None,None,None,None,sw]
        for j,x in enumerate(vals,1):
            c=ws.cell(row,j,x); c.border=BOX; c.font=F(bold=(j==2)); c.alignment=Alignment(wrap_text=True,vertical="top")
        row+=1
        for (lab,dvt,key,tot,t11) in figs:
            prev=tot-t11
            vals=["-",None,lab,dvt,prev,t11,(f"=E{row}+F{row}" if formulas else tot),None]
            for j,x in enumerate(vals,1):
                c=ws.cell(row,j,x); c.border=BOX; c.font=F(); c.alignment=Alignment(wrap_text=True,vertical="top",horizontal="center" if j in(1,4) else None)
                if j in (5,6,7): c.number_format='#,##0'
            row+=1
    row+=1
    ws.cell(row,2,"II. KHÓ KHĂN, VƯỚNG MẮC").font=F(bold=True); row+=1
    for k,d in enumerate(r["diff"],1): ws.cell(row,2,f"{k}. {d}").font=F(); row+=1
    ws.cell(row,2,"III. ĐỀ XUẤT, KIẾN NGHỊ").font=F(bold=True); row+=1
    for k,d in enumerate(r["prop"],1): ws.cell(row,2,f"{k}. {d}").font=F(); row+=1
    row+=1; ws.cell(row,2,"NGƯỜI LẬP BIỂU").font=F(bold=True); ws.cell(row,6,"KT. CHỦ TỊCH").font=F(bold=True); ws.cell(row+1,6,"PHÓ CHỦ TỊCH").font=F(bold=True)
    ws.cell(row+5,2,{"25945":"Nguyễn Thị Thu","25858":"Phạm Thị Thu Hà","25915":"Võ Thị Thu Trang","25891":"Lê Thị Thu"}[r["unit"][0]]).font=F(bold=True)
    for col,w in zip("ABCDEFGH",(6,46,30,10,16,12,12,16)): ws.column_dimensions[col].width=w
    ws.print_title_rows="8:9"; ws.page_setup.orientation="landscape"
    wb.save(path)

# ---------------- H3 : own units, WPS ----------------
def h3_text(key,val,dvt):
    if key=="fines_vnd" or key=="budget_spent_vnd": return f"{dots(val)} đồng"
    return z2(val)
VERB={"inspections":"tổ chức {v} cuộc kiểm tra","establishments_inspected":"kiểm tra {v} cơ sở","violations":"phát hiện {v} cơ sở vi phạm","fines_vnd":"xử phạt {v}",
 "participants":"thu hút {v} lượt tham dự","samples_tested":"thử nghiệm {v} mẫu","training_courses":"mở {v} lớp","enterprises_supported":"hỗ trợ {v} doanh nghiệp"}
def h3_xlsx(r,path):
    wb=Workbook(); ws=wb.active; ws.title="BC_T11_2026"
    F=lambda **k: Font(**{"name":"Times New Roman","size":11,**k})
    ws["A1"]="SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A2"]=r["unit"][1].upper(); ws["A2"].font=F(bold=True)
    ws["E1"]="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E2"]="Độc lập - Tự do - Hạnh phúc"; ws["E1"].font=F(bold=True); ws["E2"].font=F(bold=True)
    ws["A3"]="Số: "+r["num"]; ws["E3"]="TP. Hồ Chí Minh, "+d_vn(r["date"]); ws["E3"].font=F(italic=True)
    ws.merge_cells("A5:G5"); ws["A5"]="BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (SỐ LIỆU ĐẾN 15/11/2026)"; ws["A5"].font=F(bold=True,size=13); ws["A5"].alignment=Alignment(horizontal="center")
    hdr=["TT","Nhiệm vụ","Kết quả thực hiện","Số lượng","ĐVT","Xong/Chưa","Người theo dõi"]
    for j,h in enumerate(hdr,1):
        c=ws.cell(7,j,h); c.font=F(bold=True); c.border=BOX; c.alignment=Alignment(horizontal="center",vertical="center",wrap_text=True)
    row=8
    for i,(task,st,txt,sw,figs) in enumerate(r["entries"],1):
        res=""; q=None; dv=None
        if figs:
            q=figs[0][3]; dv=figs[0][1]
            rest=figs[1:]
            if figs[0][2] in ("budget_spent_vnd",): res="Đã giải ngân theo tiến độ hợp đồng"
            elif rest:
                res="Đã thực hiện; trong đó "+", ".join(VERB.get(k,"{v}").format(v=h3_text(k,v,d)) for (l,d,k,v) in rest)
            else: res="Số liệu lũy kế đến 15/11/2026"
        else:
            res={"Xong":"Đã hoàn tất, có văn bản gửi Chi cục","Chưa xong":"Đang phối hợp thực hiện","Chưa làm":"Chưa triển khai","Không có việc":"Trong kỳ không có yêu cầu"}[sw]
        vals=[i,txt,res,q,dv,sw,r["who"]]
        for j,x in enumerate(vals,1):
            c=ws.cell(row,j,x); c.border=BOX; c.font=F(); c.alignment=Alignment(wrap_text=True,vertical="top",horizontal="center" if j in (1,4,5,6,7) else None)
        ws.cell(row,4).number_format='#,##0'
        row+=1
    row+=1
    ws.cell(row,1,"Khó khăn:").font=F(bold=True); row+=1
    for d in r["diff"]: ws.merge_cells(start_row=row,start_column=2,end_row=row,end_column=7); ws.cell(row,2,"- "+d).font=F(); row+=1
    ws.cell(row,1,"Kiến nghị:").font=F(bold=True); row+=1
    for d in r["prop"]: ws.merge_cells(start_row=row,start_column=2,end_row=row,end_column=7); ws.cell(row,2,"- "+d).font=F(); row+=1
    row+=1; ws.cell(row,6,"THỦ TRƯỞNG ĐƠN VỊ").font=F(bold=True)
    for col,w in zip("ABCDEFG",(5,42,52,14,12,12,10)): ws.column_dimensions[col].width=w
    ws.freeze_panes="A8"
    wb.save(path)
    if not r.get("lo"): wps_patch(path)
def wps_patch(path):
    tmp=path+".tmp"
    with zipfile.ZipFile(path) as zi, zipfile.ZipFile(tmp,"w",zipfile.ZIP_DEFLATED) as zo:
        for it in zi.infolist():
            b=zi.read(it.filename)
            if it.filename=="docProps/app.xml":
                b=re.sub(rb"<Application>.*?</Application>",b"<Application>WPS Spreadsheets</Application>",b)
                b=re.sub(rb"<AppVersion>.*?</AppVersion>",b"",b)
            zo.writestr(it,b)
    os.replace(tmp,path)

# ---------------- H4 : commune Word, status in prose, figures in closing ĐVT table ----------------
def h4_docx(r):
    doc=new_doc(size=14)
    u=r["unit"][1]; mist=bool(r.get("rejected"))
    header(doc,["ỦY BAN NHÂN DÂN",u.upper()],r["num"],short(u),r["date"])
    para(doc,"");para(doc,"BÁO CÁO",bold=True,align="c")
    para(doc,("Kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026" if mist else "Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (từ 01/01/2026 đến 15/11/2026)"),bold=True,align="c")
    kind="xã" if u.startswith("Xã") else "phường"
    para(doc,"I. CÔNG TÁC TRIỂN KHAI",bold=True,indent=False)
    if mist: para(doc,f"Ban Chỉ đạo liên ngành về an toàn thực phẩm {kind} đã ban hành kế hoạch kiểm tra an toàn thực phẩm dịp Tết Nguyên đán, Tháng hành động vì an toàn thực phẩm và Tết Trung thu năm 2026.")
    else: para(doc,f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, UBND {kind} đã giao Phòng Kinh tế (Phòng Kinh tế, Hạ tầng và Đô thị) làm đầu mối tham mưu, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nội dung được giao cho địa phương.")
    para(doc,"II. KẾT QUẢ THỰC HIỆN",bold=True,indent=False)
    for i,(task,st,txt,sw,figs) in enumerate(r["entries"],1):
        s=f"{i}. Về việc {txt}: " + (f"trong năm trên địa bàn {kind} {sw} trường hợp nào" if st=="not_applicable" else f"nội dung này {kind} {sw}")
        s+=" (số liệu tại bảng kèm theo cuối báo cáo)." if figs else "."
        para(doc,s)
    para(doc,"III. KHÓ KHĂN, VƯỚNG MẮC",bold=True,indent=False)
    for d in r["diff"]: para(doc,"- "+d)
    para(doc,"IV. KIẾN NGHỊ",bold=True,indent=False)
    for d in r["prop"]: para(doc,"- "+d)
    para(doc,"BẢNG SỐ LIỆU KÈM THEO",bold=True,align="c")
    rows=[(txt,lab,val,dvt,key,task) for (task,st,txt,sw,figs) in r["entries"] for (lab,dvt,key,val) in figs]
    SHORT={"II.5.c":"Kiểm tra đo lường, chất lượng","II.1.a":"Tuyên truyền, phổ biến","II.3.a":"Cử cán bộ đi tập huấn"}
    t=doc.add_table(rows=1,cols=5); t.style="Table Grid"
    for j,h in enumerate(["TT","Việc","Nội dung số liệu","Số liệu","ĐVT"]):
        t.cell(0,j).text=h; t.cell(0,j).paragraphs[0].runs[0].bold=True
    prevtxt=None
    for k,(txt,lab,val,dvt,key,tk) in enumerate(rows,1):
        if mist: SHORT[tk]=txt.split(",")[0].capitalize()
        c=t.add_row().cells
        c[0].text=str(k); c[1].text=(SHORT.get(tk,"Việc khác") if txt!=prevtxt else "nt"); prevtxt=txt
        c[2].text=lab; c[3].text=(dots(val) if key=="fines_vnd" else z2(val)); c[4].text=dvt
    para(doc,"")
    sign(doc,["TM. ỦY BAN NHÂN DÂN","KT. CHỦ TỊCH","PHÓ CHỦ TỊCH"],{"26656":"Huỳnh Văn Lợi","25951":"Đặng Thị Kim Oanh","26575":"Nguyễn Quốc Việt","26842":"Trương Minh Tâm"}[r["unit"][0]],
         ["- Sở KH&CN (qua Chi cục TĐC);" if not mist else "- Ban Quản lý ATTP Thành phố;","- Thường trực Đảng ủy;","- Lưu: VT, KT."])
    return doc

def lo_resave(path):
    ext=path.rsplit(".",1)[1]; td=os.path.join(OUT,".lo"); os.makedirs(td,exist_ok=True)
    subprocess.run(["soffice","--headless","--convert-to",ext,"--outdir",td,path],check=True,capture_output=True,timeout=120)
    shutil.move(os.path.join(td,os.path.basename(path)),path); shutil.rmtree(td,ignore_errors=True)

def key(r,fname,entries_override=None,doc=None):
    p=os.path.join(OUT,fname); sha=hashlib.sha256(open(p,"rb").read()).hexdigest()
    rej=r.get("rejected")
    ents=[]
    if not rej:
        for (task,st,txt,sw,figs) in r["entries"]:
            ind={}
            for f in figs:
                if r["hand"]=="H2":
                    code,lab,dvt,k,val,w=f
                    if fname==r["file"] and r.get("bieu") and w!="w": continue
                elif r["hand"]=="H1": lab,dvt,k,val,_=f
                else: lab,dvt,k,val=f
                ind[k]=val
            ents.append({"task":task,"status":st,"indicators":ind,"text":txt})
        if entries_override: ents=entries_override(ents)
    k={"file":fname,"sha256":sha,"status":"rejected" if rej else "extracted","reason":rej,
       "unit":{"id":r["unit"][0],"name":r["unit"][1]},"document":{"number":r["num"],"date":r["date"]},
       "entries":ents,"findings":[],"difficulties":[] if (rej or entries_override) else r["diff"],"proposals":[] if (rej or entries_override) else r["prop"]}
    if doc: k["document"]=doc
    json.dump(k,open(os.path.join(OUT,"truth",fname+".json"),"w"),ensure_ascii=False,indent=1)

for r in R:
    p=os.path.join(OUT,r["file"])
    if r["hand"]=="H1": h1_xlsx(r,p)
    elif r["hand"]=="H3": h3_xlsx(r,p)
    elif r["hand"]=="H2": h2_docx(r).save(p)
    elif r["hand"]=="H4": h4_docx(r).save(p)
    if r.get("lo"): lo_resave(p)
    key(r,r["file"])
    if r.get("bieu"):
        bp=os.path.join(OUT,r["bieu"]); h2_bieu(r,bp)
        # biểu: figures only, no statuses; only tasks with figures
        key(r,r["bieu"],entries_override=lambda es:[dict(e,status="unknown") for e in es if e["indicators"] or False])
print("done")
