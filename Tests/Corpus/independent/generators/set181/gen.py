# -*- coding: utf-8 -*-
import json, hashlib, os, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt
import openpyxl
OUT = os.path.dirname(os.path.abspath(__file__))
T = os.path.join(OUT, 'truth')

def vnd(v):  # 15500000 -> 15.500.000
    return f"{v:,}".replace(',', '.')
def tr(v):   # 15500000 -> 15,5
    m = v / 1e6
    return (f"{m:.1f}".rstrip('0').rstrip('.')).replace('.', ',')

# entries: (task, status, {ind: v}, text)
REPORTS = []
def R(**k): REPORTS.append(k)

# ---------------- H1: Anh Tuấn – ward officer, Word table "Việc phường làm | Số liệu (ĐVT) | Tình hình", copies last year's file
H1 = dict(
 words={'completed': 'xong rồi', 'in_progress': 'còn làm', 'not_started': 'chưa làm', 'not_applicable': 'ko có phát sinh'})
R(hand='H1', fmt='docx', file='bc-ct38-11t-phuong-binh-thanh.docx', uid='26929', uname='Phường Bình Thạnh', num='412/BC-UBND', date=(18,11),
  entries=[
   ('II.5.c','completed',{'inspections':3,'establishments_inspected':14,'violations':2,'fines_vnd':7500000},'Phối hợp Chi cục TĐC kiểm tra cân, xăng dầu, vàng trang sức trên địa bàn'),
   ('II.1.a','completed',{'communications':6,'training_courses':1,'participants':85},'Tuyên truyền văn bản về TĐC cho hộ kinh doanh, tổ chức 1 buổi phổ biến'),
   ('II.3.a','completed',{'participants':2},'Cử công chức dự lớp tập huấn nghiệp vụ TĐC do Sở tổ chức'),
   ('II.5.d','not_applicable',{},'Khen thưởng, bảo vệ người tố giác vi phạm TĐC'),
  ],
  diff=['Phường chưa có công chức chuyên trách TĐC, cán bộ kinh tế kiêm nhiệm nhiều việc.',
        'Chưa có cân đối chứng đặt tại chợ Bà Chiểu.'],
  prop=['Đề nghị Chi cục cấp thêm 02 cân đối chứng cho chợ trên địa bàn phường.'])
R(hand='H1', fmt='docx', file='Phuong_Vuon_Lai_BC_CT38_nam2026.docx', uid='27190', uname='Phường Vườn Lài', num='356/BC-UBND', date=(20,11),
  entries=[
   ('II.1.a','completed',{'communications':4},'Đăng tin trên trang thông tin điện tử phường, Zalo khu phố'),
   ('II.5.c','in_progress',{'inspections':2,'establishments_inspected':9,'violations':1,'fines_vnd':3000000},'Phối hợp đoàn kiểm tra đo lường tại chợ và cửa hàng vàng'),
   ('II.2.d','completed',{'enterprises_supported':5},'Hướng dẫn hộ kinh doanh tự công bố chất lượng sản phẩm'),
   ('II.3.a','not_started',{},'Cử cán bộ dự lớp bồi dưỡng TĐC (chờ Sở mở lớp)'),
  ],
  diff=['Hộ kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi.'],
  prop=['Đề nghị Sở tổ chức lớp tập huấn cho cán bộ phường trong Quý I/2027.'])
R(hand='H1', fmt='docx', file='BC 11 thang CT38 - P Tang Nhon Phu.docx', uid='26842', uname='Phường Tăng Nhơn Phú', num='289/BC-UBND', date=(24,11),
  entries=[
   ('II.5.c','completed',{'inspections':4,'establishments_inspected':21,'violations':3,'fines_vnd':12000000},'Phối hợp kiểm tra đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng'),
   ('II.1.a','in_progress',{'communications':10,'participants':120},'Tuyên truyền qua loa phát thanh và hội nghị khu phố'),
   ('II.3.a','completed',{'participants':3},'Công chức phường dự tập huấn nghiệp vụ'),
   ('II.2.d','unknown',{'enterprises_supported':7},'Hướng dẫn cơ sở sản xuất áp dụng tiêu chuẩn, ghi nhãn'),
  ],
  diff=['Kinh phí tuyên truyền của phường còn hạn chế.'],
  prop=['Đề nghị Chi cục cung cấp tài liệu, tờ rơi tuyên truyền mẫu cho phường.','Đề nghị phân bổ kinh phí hỗ trợ hoạt động kiểm tra phối hợp.'])
R(hand='H1', fmt='docx', file='xa-kim-long-bc-tdc-2026.docx', uid='26608', uname='Xã Kim Long', num='198/BC-UBND', date=(16,11),
  entries=[
   ('II.5.c','in_progress',{'inspections':1,'establishments_inspected':6},'Phối hợp kiểm tra cân tại chợ Kim Long'),
   ('II.1.a','completed',{'communications':3,'training_courses':1,'participants':40},'Phổ biến quy định đo lường cho tiểu thương'),
   ('II.5.d','not_applicable',{},'Tiếp nhận tố giác vi phạm TĐC'),
  ],
  diff=['Xã chưa được trang bị phương tiện kiểm tra nhanh.'],
  prop=[])
R(hand='H1', fmt='docx', file='bc-11thang-phuong-an-dong.docx', uid='27316', uname='Phường An Đông', num='501/BC-UBND', date=(25,11), rejected=True,
  reason='Báo cáo về chuyển đổi số (Đề án 06, dịch vụ công trực tuyến), không phải Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng',
  entries=[], diff=[], prop=[])

# ---------------- H2: Chị Hạnh – commune clerk, WPS-style sheet "BC 11T" with her own column names
R(hand='H2', fmt='xlsx', file='Xa_Chau_Pha_BC11T_CT38.xlsx', uid='26728', uname='Xã Châu Pha', num='145/BC-UBND', date=(19,11),
  entries=[
   ('II.1.a','completed',{'communications':5,'participants':60},'Tuyên truyền TĐC trên loa truyền thanh, họp ấp'),
   ('II.5.c','completed',{'inspections':2,'establishments_inspected':8,'violations':1,'fines_vnd':2500000},'Cùng Chi cục kiểm tra cân tại chợ xã'),
   ('II.3.a','in_progress',{'participants':1},'Cán bộ xã học lớp TĐC'),
  ],
  diff=['Xã rộng, đi lại giữa các ấp mất thời gian.'],
  prop=['Xin Chi cục hướng dẫn mẫu biên bản kiểm tra cho cấp xã.'])
R(hand='H2', fmt='xlsx', file='Ngai Giao - bao cao 11 thang.xlsx', uid='26575', uname='Xã Ngãi Giao', num='233/BC-UBND', date=(21,11),
  entries=[
   ('II.5.c','in_progress',{'inspections':3,'establishments_inspected':11,'violations':2,'fines_vnd':6000000},'Kiểm tra xăng dầu, gas cùng đoàn liên ngành'),
   ('II.2.d','completed',{'enterprises_supported':4},'Chỉ cho HTX làm hồ sơ công bố chất lượng'),
   ('II.1.a','completed',{'communications':8},'Đưa tin lên trang xã'),
   ('II.5.d','not_applicable',{},'Khen thưởng người tố giác'),
  ],
  diff=['Chưa có dụng cụ kiểm tra nhanh chất lượng xăng.'],
  prop=['Đề nghị Sở hỗ trợ xã 01 bộ dụng cụ kiểm tra nhanh.'])
R(hand='H2', fmt='xlsx', file='BinhGia_CT38_T11.xlsx', uid='26590', uname='Xã Bình Giã', num='87/BC-UBND', date=(23,11),
  entries=[
   ('II.1.a','in_progress',{'communications':2,'training_courses':1,'participants':35},'Họp dân phổ biến về cân, đo'),
   ('II.5.c','not_started',{},'Kiểm tra phối hợp (chưa có đoàn về xã)'),
   ('II.3.a','completed',{'participants':2},'Cử 2 cán bộ đi tập huấn'),
  ],
  diff=['Đoàn kiểm tra của Chi cục chưa về xã trong năm.'],
  prop=['Đề nghị Chi cục bố trí lịch kiểm tra phối hợp tại xã trong tháng 12/2026.'])
R(hand='H2', fmt='xlsx', file='Phuong Rach Dua_bao cao CT38.xlsx', uid='26536', uname='Phường Rạch Dừa', num='310/BC-UBND', date=(27,11),
  entries=[
   ('II.5.c','completed',{'inspections':5,'establishments_inspected':18,'violations':4,'fines_vnd':14500000},'Phối hợp kiểm tra cân, vàng, xăng dầu'),
   ('II.1.a','completed',{'communications':12,'participants':150},'Tuyên truyền tại chợ, khu phố'),
   ('II.2.d','in_progress',{'enterprises_supported':6},'Hướng dẫn ghi nhãn hàng hóa cho cơ sở'),
   ('II.3.a','completed',{'participants':2},'Công chức dự tập huấn'),
  ],
  diff=['Số hộ kinh doanh tạm ngưng, chuyển đi nhiều nên khó thống kê.'],
  prop=['Đề nghị cập nhật danh sách cơ sở kinh doanh xăng dầu trên địa bàn cho phường.'])
R(hand='H2', fmt='xlsx', file='Xa Ho Tram - BC giam ngheo 11T.xlsx', uid='26620', uname='Xã Hồ Tràm', num='176/BC-UBND', date=(22,11), rejected=True,
  reason='Báo cáo giảm nghèo bền vững 11 tháng, không thuộc Kế hoạch CT38',
  entries=[], diff=[], prop=[])

# ---------------- H3: Ông Phúc – department/ward clerk, "1)" items, figures glued "12cơ sở", money "(15,5tr)", closing "=> Tự nhận:" 
R(hand='H3', fmt='docx', file='SCT_bao cao CT38_11thang.docx', uid='SO-CT', uname='Sở Công Thương', num='5120/SCT-QLTM', date=(17,11), lo=True,
  entries=[
   ('II.5.a','in_progress',{'inspections':14,'establishments_inspected':96,'violations':11,'fines_vnd':185000000},'Phối hợp kiểm tra chất lượng xăng dầu, LPG, hàng hóa lưu thông trên thị trường'),
   ('II.5.b','completed',{'samples_tested':40},'Phối hợp lấy mẫu xăng dầu khảo sát chất lượng'),
   ('II.1.a','completed',{'training_courses':2,'participants':230},'Phổ biến quy định TĐC cho thương nhân kinh doanh xăng dầu'),
   ('II.2.e','completed',{'standards_reviewed':3},'Góp ý dự thảo QCVN thuộc lĩnh vực Công Thương'),
  ],
  diff=['Lực lượng quản lý thị trường mỏng so với số cơ sở kinh doanh.'],
  prop=['Đề nghị Sở KH&CN chia sẻ kết quả khảo sát chất lượng để phục vụ kiểm tra.'])
R(hand='H3', fmt='docx', file='SYT-CT38-bc-nam-2026.docx', uid='SO-YT', uname='Sở Y tế', num='8841/SYT-NVY', date=(26,11),
  entries=[
   ('II.5.a','completed',{'inspections':6,'establishments_inspected':42,'violations':5,'fines_vnd':67000000},'Thanh tra, kiểm tra thiết bị y tế, phương tiện đo nhóm 2 trong cơ sở khám chữa bệnh'),
   ('II.3.a','completed',{'training_courses':1,'participants':75},'Tập huấn đo lường trong y tế cho cán bộ bệnh viện'),
   ('II.6.a','not_applicable',{},'Cập nhật điều ước quốc tế về TĐC'),
  ],
  diff=['Nhiều cơ sở y tế tư nhân chưa lập danh mục phương tiện đo phải kiểm định.'],
  prop=['Đề nghị Chi cục TĐC phối hợp hướng dẫn kiểm định phương tiện đo y tế.'])
R(hand='H3', fmt='docx', file='P.ChoQuan_BC-CT38.docx', uid='27301', uname='Phường Chợ Quán', num='221/BC-UBND', date=(20,11), lo=True,
  entries=[
   ('II.5.c','completed',{'inspections':3,'establishments_inspected':15,'violations':2,'fines_vnd':5500000},'Phối hợp kiểm tra đo lường tại chợ Nancy và cửa hàng vàng bạc'),
   ('II.1.a','completed',{'communications':7,'participants':90},'Tuyên truyền cho tiểu thương'),
   ('II.2.d','in_progress',{'enterprises_supported':3},'Hướng dẫn cơ sở công bố hợp quy'),
  ],
  diff=['Kinh phí cho công tác phối hợp kiểm tra chưa được bố trí riêng.'],
  prop=['Đề nghị Sở bố trí kinh phí cho phường thực hiện nhiệm vụ phân quyền.'])
R(hand='H3', fmt='docx', file='PhuNhuan-bao cao 11T CT38.docx', uid='27073', uname='Phường Phú Nhuận', num='640/BC-UBND', date=(28,11),
  entries=[
   ('II.5.c','in_progress',{'inspections':2,'establishments_inspected':10},'Phối hợp kiểm tra xăng dầu'),
   ('II.3.a','completed',{'participants':2},'Cử công chức dự lớp'),
   ('II.1.a','unknown',{'communications':5},'Đăng bài tuyên truyền'),
  ],
  diff=[], prop=['Đề nghị Chi cục gửi văn bản hướng dẫn nội dung phân quyền cho phường.'])

# ---------------- H4: Cô Mai – Sở's own units, LibreOffice Calc: one row per figure "Mảng việc | Nội dung con số | Giá trị [ ] | Trạng thái (tự ghi)"
R(hand='H4', fmt='xlsx', file='KTPC_tonghop_CT38_11T.xlsx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', num='35/BC-KTPC', date=(15,11), lo=True,
  entries=[
   ('II.5.a','completed',{'inspections':9,'establishments_inspected':47,'violations':8,'fines_vnd':126500000},'Phối hợp Chi cục kiểm tra hàng hóa lưu thông, nhập khẩu'),
   ('II.5.d','in_progress',{},'Xử lý nghiêm hành vi vi phạm, tiếp nhận phản ánh'),
   ('II.4.b','completed',{'instruments_verified':12},'Kiểm định, hiệu chuẩn thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra'),
   ('II.2.c','not_applicable',{},'Góp ý sửa đổi luật, VBQPPL về TĐC'),
  ],
  diff=['Thiết bị kiểm tra nhanh tại hiện trường còn ít.'],
  prop=['Đề nghị Sở bổ sung 02 bộ thiết bị kiểm tra nhanh vàng trang sức.'])
R(hand='H4', fmt='xlsx', file='TTPTTN - so lieu CT38 nam 2026.xlsx', uid='SKHCN-TTPTTN', uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', num='412/BC-TTPTTN', date=(30,11),
  entries=[
   ('II.4.a','in_progress',{'budget_spent_vnd':2350000000},'Đầu tư trang thiết bị thử nghiệm, hiện đại hóa phòng thí nghiệm'),
   ('II.2.g','completed',{'instruments_verified':18640,'samples_tested':2315,'enterprises_supported':410},'Mở rộng dịch vụ kiểm định, hiệu chuẩn, thử nghiệm'),
   ('II.4.c','completed',{'instruments_verified':24},'Duy trì, liên kết chuẩn đo lường chính'),
   ('II.3.a','completed',{'training_courses':2,'participants':46},'Cử viên chức dự đào tạo chuyên sâu đo lường'),
  ],
  diff=['Một số chuẩn phải gửi hiệu chuẩn ở nước ngoài, thời gian chờ dài.'],
  prop=['Đề nghị Sở ưu tiên bố trí vốn mua sắm năm 2027 cho hệ thống chuẩn khối lượng.'])

IND_LABEL = {'inspections':('cuộc','kiểm tra'),'establishments_inspected':('cơ sở','cơ sở được kiểm tra'),'violations':('vi phạm','cơ sở vi phạm'),
 'fines_vnd':('đ','phạt tiền'),'communications':('tin bài','tin, bài'),'training_courses':('lớp','lớp/buổi'),'participants':('người','người tham dự'),
 'enterprises_supported':('cơ sở','cơ sở được hướng dẫn'),'samples_tested':('mẫu','mẫu'),'instruments_verified':('phương tiện','phương tiện đo'),
 'standards_reviewed':('dự thảo','dự thảo QCVN/TCVN góp ý'),'budget_spent_vnd':('đ','kinh phí đã giải ngân')}

def header(doc, r, ward=True):
    t = doc.add_table(rows=2, cols=2)
    left = 'ỦY BAN NHÂN DÂN\n' + r['uname'].upper() if r['uid'][0].isdigit() else ('ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n' + r['uname'].upper())
    t.cell(0,0).text = left
    t.cell(0,1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
    t.cell(1,0).text = 'Số: ' + r['num']
    d, m = r['date']
    t.cell(1,1).text = f'{PLACE(r)}, ngày {d} tháng {m} năm 2026'

def PLACE(r):
    return r['uname'].replace('Phường ','').replace('Xã ','') if r['uid'][0].isdigit() else 'Thành phố Hồ Chí Minh'

# ---------- H1 writer
def fig_h1(k, v):
    u = IND_LABEL[k][0]
    if k.endswith('_vnd'): return f"phạt {vnd(v)}đ"
    return f"{IND_LABEL[k][1]}: {v:02d}({u})"
def w_h1(r, path):
    doc = Document()
    header(doc, r)
    doc.add_paragraph('BÁO CÁO').runs[0].bold = True
    if r.get('rejected'):
        doc.add_paragraph('Kết quả thực hiện chuyển đổi số, Đề án 06 năm 2026 (11 tháng)')
        doc.add_paragraph('Thực hiện Kế hoạch số 77/KH-UBND về chuyển đổi số năm 2026, UBND phường báo cáo như sau:')
        t = doc.add_table(rows=1, cols=3); t.style = 'Table Grid'
        for i, h in enumerate(['Việc phường làm', 'Số liệu (ĐVT)', 'Tình hình']): t.rows[0].cells[i].text = h
        for a, b, c in [('Hồ sơ dịch vụ công trực tuyến toàn trình', 'tỷ lệ: 87(%)', 'còn làm'),
                        ('Cài đặt, kích hoạt VNeID mức 2', '4.210(người)', 'xong rồi'),
                        ('Tổ công nghệ số cộng đồng hoạt động', '12(tổ)', 'xong rồi')]:
            c3 = t.add_row().cells; c3[0].text = a; c3[1].text = b; c3[2].text = c
        doc.add_paragraph('Khó khăn: đường truyền tại bộ phận một cửa chưa ổn định.')
        doc.save(path); return
    doc.add_paragraph('Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026 (số liệu 11 tháng)')
    # copied last year's intro, overwritten
    doc.add_paragraph('Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, UBND ' + r['uname'] + ' báo cáo kết quả thực hiện 11 tháng năm 2026 (báo cáo này thay cho mẫu năm trước, số liệu đã cập nhật lại) như sau:')
    doc.add_paragraph('I. KẾT QUẢ')
    t = doc.add_table(rows=1, cols=4); t.style = 'Table Grid'
    for i, h in enumerate(['TT', 'Việc phường làm', 'Số liệu (ĐVT)', 'Tình hình']): t.rows[0].cells[i].text = h
    for n, (task, st, ind, txt) in enumerate(r['entries'], 1):
        c = t.add_row().cells
        c[0].text = str(n); c[1].text = txt
        c[2].text = '\n'.join(fig_h1(k, v) for k, v in ind.items()) or '—'
        c[3].text = H1['words'][st] if st != 'unknown' else ''
    doc.add_paragraph('II. VƯỚNG')
    for d in r['diff']: doc.add_paragraph('- ' + d)
    doc.add_paragraph('III. XIN Ý KIẾN / ĐỀ XUẤT')
    for p in r['prop']: doc.add_paragraph('- ' + p)
    if not r['prop']: doc.add_paragraph('- Không.')
    doc.add_paragraph('Nơi nhận:\n- Chi cục TĐC;\n- Lưu: VT.')
    doc.add_paragraph('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH')
    doc.save(path)

# ---------- H2 writer (xlsx)
H2W = {'completed': 'X', 'in_progress': 'ĐL', 'not_started': 'CL', 'not_applicable': 'KPS', 'unknown': ''}
def w_h2(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'BC 11T'
    d, m = r['date']
    ws.append([r['uname'].upper()]); ws.append(['Số: ' + r['num'], None, None, None, f'ngày {d:02d}/{m:02d}/2026'])
    if r.get('rejected'):
        ws.append(['BÁO CÁO KẾT QUẢ GIẢM NGHÈO BỀN VỮNG 11 THÁNG NĂM 2026'])
        ws.append(['Nội dung', 'Đã làm', 'SL', 'Đơn vị', 'TT'])
        for row in [('Rà soát hộ nghèo, cận nghèo', 'Đã rà soát xong toàn xã', 312, 'hộ', 'X'),
                    ('Hỗ trợ nhà ở hộ nghèo', 'Xây mới, sửa chữa', 9, 'căn', 'ĐL'),
                    ('Vay vốn NHCSXH', 'Giải ngân', 2400000000, 'đồng', 'X')]: ws.append(list(row))
        wb.save(path); return
    ws.append(['BÁO CÁO 11 THÁNG THỰC HIỆN KH CT38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026'])
    ws.append(['Nội dung', 'Đã làm', 'SL', 'Đơn vị', 'TT'])
    for task, st, ind, txt in r['entries']:
        items = list(ind.items()) or [(None, None)]
        for i, (k, v) in enumerate(items):
            if k is None: ws.append([txt, '', None, None, H2W[st]]); continue
            if k.endswith('_vnd'): sl = f'{vnd(v)}(đ)'; dv = 'tiền phạt'
            else: sl = v; dv = IND_LABEL[k][0]
            ws.append([txt if i == 0 else '', IND_LABEL[k][1], sl, dv, H2W[st] if i == 0 else ''])
    ws.append([]); ws.append(['TT: X = xong; ĐL = đang làm; CL = chưa làm; KPS = không phát sinh'])
    ws.append(['Vướng:'])
    for x in r['diff']: ws.append(['  ' + x])
    ws.append(['Xin:'])
    for x in r['prop']: ws.append(['  ' + x])
    ws.column_dimensions['A'].width = 48; ws.column_dimensions['B'].width = 26
    wb.save(path)

# ---------- H3 writer
H3W = {'completed': 'xong', 'in_progress': 'dở, làm tiếp', 'not_started': 'chưa', 'not_applicable': 'không có việc'}
def fig_h3(k, v):
    if k.endswith('_vnd'): return f"{tr(v)}tr phạt"
    return f"{v} {IND_LABEL[k][0]}"
def w_h3(r, path):
    doc = Document(); header(doc, r)
    doc.add_paragraph('BÁO CÁO').runs[0].bold = True
    doc.add_paragraph('Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (từ 01/01/2026 đến 15/11/2026)')
    doc.add_paragraph('Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục TĐC).')
    doc.add_paragraph('A - Những việc đã làm')
    for n, (task, st, ind, txt) in enumerate(r['entries'], 1):
        figs = ' / '.join(fig_h3(k, v) for k, v in ind.items())
        p = doc.add_paragraph(f'{n}) {txt}.')
        if figs: doc.add_paragraph('     Số: ' + figs)
        if st != 'unknown':
            q = doc.add_paragraph('     Mức: '); run = q.add_run(H3W[st]); run.bold = True
    doc.add_paragraph('B - Khó khăn')
    for d in r['diff']: doc.add_paragraph('+ ' + d)
    if not r['diff']: doc.add_paragraph('+ Chưa có.')
    doc.add_paragraph('C - Kiến nghị')
    for x in r['prop']: doc.add_paragraph('+ ' + x)
    doc.add_paragraph('Nơi nhận: như trên; Lưu VT.')
    doc.save(path)

# ---------- H4 writer
H4W = {'completed': 'Xong, đủ', 'in_progress': 'Chưa xong - làm tiếp tháng 12', 'not_started': 'Chưa bắt đầu', 'not_applicable': 'Không có việc'}
def w_h4(r, path):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'So lieu'
    d, m = r['date']
    ws.append([r['uname']]); ws.append([f'Số {r["num"]}', f'TP.HCM, {d}/{m}/2026'])
    ws.append(['Số liệu thực hiện KH CT38 năm 2026 – chốt 11 tháng'])
    ws.append(['Mảng việc', 'Nội dung con số', 'Giá trị [ ]', 'Trạng thái (tự ghi)'])
    for task, st, ind, txt in r['entries']:
        items = list(ind.items()) or [(None, None)]
        for i, (k, v) in enumerate(items):
            if k is None: val = ''; lab = ''
            elif k.endswith('_vnd'): val = f'[{vnd(v)}] đồng'; lab = IND_LABEL[k][1]
            else: val = f'[{v:02d}] {IND_LABEL[k][0]}'; lab = IND_LABEL[k][1]
            ws.append([txt if i == 0 else '〃', lab, val, H4W[st] if i == 0 else ''])
    ws2 = wb.create_sheet('Vuong-DeXuat')
    ws2.append(['Loại', 'Nội dung'])
    for x in r['diff']: ws2.append(['Vướng', x])
    for x in r['prop']: ws2.append(['Đề xuất', x])
    wb.save(path)

W = {'H1': w_h1, 'H2': w_h2, 'H3': w_h3, 'H4': w_h4}
def lo_resave(path):
    ext = path.rsplit('.', 1)[1]; tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, path], check=True, capture_output=True, timeout=120)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

import zipfile
def wps_mark(path):
    # the clerk saves from WPS Office: its app.xml names WPS and carries the KSO build custom property
    zin = zipfile.ZipFile(path); items = [(i, zin.read(i.filename)) for i in zin.infolist()]; zin.close()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for i, b in items:
            if i.filename == 'docProps/app.xml':
                b = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
                     b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>WPS Spreadsheets</Application><HyperlinksChanged>false</HyperlinksChanged>'
                     b'<LinksUpToDate>false</LinksUpToDate><ScaleCrop>false</ScaleCrop><SharedDoc>false</SharedDoc></Properties>')
            z.writestr(i, b)

for r in REPORTS:
    path = os.path.join(OUT, r['file'])
    W[r['hand']](r, path)
    if r.get('lo'): lo_resave(path)
    if r['hand'] == 'H2': wps_mark(path)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    d, m = r['date']
    rej = r.get('rejected')
    key = {'file': r['file'], 'sha256': sha, 'status': 'rejected' if rej else 'extracted', 'reason': r.get('reason'),
           'unit': {'id': r['uid'], 'name': r['uname']}, 'document': {'number': r['num'], 'date': f'2026-{m:02d}-{d:02d}'},
           'entries': [{'task': t, 'status': s, 'indicators': i, 'text': x} for t, s, i, x in r['entries']],
           'findings': [], 'difficulties': r['diff'], 'proposals': r['prop']}
    json.dump(key, open(os.path.join(T, r['file'] + '.json'), 'w'), ensure_ascii=False, indent=1)
print(len(REPORTS))
