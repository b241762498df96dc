# -*- coding: utf-8 -*-
import json, hashlib, os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
D = os.path.dirname(os.path.abspath(__file__))

def vnd(n):  # 15500000 -> "15,5 triệu đồng"
    t = n/1e6
    s = ("%g" % t).replace('.', ',')
    return s + " triệu đồng"
def dots(n): return "{:,}".format(n).replace(',', '.')
def z(n): return "%02d" % n if n < 10 else str(n)

# ---------------- reports ----------------
# entry: (task, status_key, indicators, phrase, statusword-by-hand-key)
R = []
def rep(**k): R.append(k)

# ===== Hand A (DOCX, departments): "Nội dung thứ n." run-in, "Số liệu cụ thể như sau:" list, "Về tiến độ, ..." sentence
rep(hand='A', file='SCT-bc-ct38-2026.docx', uid='SO-CT', uname='Sở Công Thương', num='4127/BC-SCT', date=(2026,10,29),
 entries=[
  ('II.5.a','in_progress',{'inspections':14,'establishments_inspected':96,'violations':11,'fines_vnd':185500000},
   'Phối hợp với Chi cục TĐC kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng và đo lường tại các cửa hàng bán lẻ'),
  ('II.1.a','completed',{'training_courses':2,'participants':240},
   'Lồng ghép nội dung pháp luật về chất lượng sản phẩm, hàng hóa vào hội nghị phổ biến pháp luật thương mại cho thương nhân'),
  ('II.2.e','completed',{'standards_reviewed':3},
   'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương theo đề nghị của Bộ Công Thương'),
  ('II.2.đ','in_progress',{},
   'Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở'),
  ('II.3.a','completed',{'participants':6},
   'Cử công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức'),
 ],
 diff=['Lực lượng quản lý thị trường sau sắp xếp còn mỏng, địa bàn rộng nên số cuộc kiểm tra đo lường xăng dầu chưa đạt kế hoạch.'],
 prop=['Đề nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức kiểm định được chỉ định để phục vụ kiểm tra đột xuất.'])
rep(hand='A', file='SYT_BaoCao_CT38_T10.docx', uid='SO-YT', uname='Sở Y tế', num='9815/BC-SYT', date=(2026,10,30),
 entries=[
  ('II.5.a','completed',{'inspections':5,'establishments_inspected':42,'violations':4,'fines_vnd':62000000},
   'Kiểm tra chất lượng trang thiết bị y tế, phương tiện đo dùng trong y tế tại cơ sở khám bệnh, chữa bệnh tư nhân'),
  ('II.2.e','completed',{'standards_reviewed':2},
   'Tham gia góp ý dự thảo tiêu chuẩn quốc gia về trang thiết bị y tế'),
  ('II.2.đ','completed',{},
   'Công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi cập nhật quy trình nội bộ'),
  ('II.1.a','not_applicable',{},
   'Phối hợp tổ chức tập huấn văn bản quy phạm pháp luật cho doanh nghiệp'),
 ],
 diff=['Nhiều phương tiện đo huyết áp, nhiệt kế điện tử tại cơ sở y tế tư nhân chưa được kiểm định định kỳ.'],
 prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế.'])
rep(hand='A', file='BC_SoNNMT_ChiThi38.docx', uid='SO-NNMT', uname='Sở Nông nghiệp và Môi trường', num='2260/BC-SNNMT', date=(2026,11,2),
 entries=[
  ('II.5.a','in_progress',{'inspections':8,'establishments_inspected':57,'violations':9,'fines_vnd':127000000,'samples_tested':35},
   'Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông trên địa bàn'),
  ('II.2.a','in_progress',{'enterprises_supported':12},
   'Hướng dẫn hợp tác xã, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc theo Đề án 100'),
  ('II.2.e','completed',{'standards_reviewed':4},
   'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia về môi trường và nông sản'),
  ('II.1.a','completed',{'communications':18},
   'Đăng tin, bài tuyên truyền về chất lượng vật tư nông nghiệp trên trang thông tin điện tử của Sở'),
 ],
 diff=['Kinh phí lấy mẫu thử nghiệm phân bón còn hạn chế so với nhu cầu.'],
 prop=['Kiến nghị Sở Khoa học và Công nghệ hỗ trợ chi phí thử nghiệm mẫu phục vụ kiểm tra nhà nước.'])
rep(hand='A', file='SGDDT-bao-cao-KH38.docx', uid='SO-GDDT', uname='Sở Giáo dục và Đào tạo', num='5532/BC-SGDĐT', date=(2026,10,31),
 entries=[
  ('II.3.d','in_progress',{'training_courses':3,'participants':410},
   'Phối hợp tổ chức chuyên đề về tiêu chuẩn, đo lường, mã số mã vạch cho học sinh, sinh viên các trường trung cấp'),
  ('II.2.đ','completed',{},
   'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại cơ quan Sở'),
  ('II.5.a','not_started',{},
   'Kiểm tra chất lượng thiết bị dạy học theo tiêu chuẩn'),
 ],
 diff=[], prop=['Đề nghị Chi cục cung cấp tài liệu phổ biến kiến thức tiêu chuẩn, đo lường, chất lượng phù hợp với học sinh.'])
rep(hand='A', file='STP-bc-CCHC-quy-III.docx', uid='SO-TP', uname='Sở Tư pháp', num='3341/BC-STP', date=(2026,10,27),
 mistaken='Báo cáo kết quả cải cách hành chính Quý III/2026, không phải báo cáo thực hiện Kế hoạch CT38',
 entries=[], diff=[], prop=[])

# ===== Hand B (XLSX, departments): "Nội dung Sở thực hiện | Sản phẩm đầu ra | Số lượng | Đơn vị | Mức độ", sheet of difficulty|proposal pairs
rep(hand='B', file='SXD_CT38_2026.xlsx', uid='SO-XD', uname='Sở Xây dựng', num='7704/SXD-KTXD', date=(2026,11,3),
 entries=[
  ('II.5.a','completed',{'inspections':6,'establishments_inspected':38,'violations':5,'fines_vnd':94000000},
   'Kiểm tra chất lượng vật liệu xây dựng (xi măng, thép, kính) lưu thông trên thị trường'),
  ('II.2.e','completed',{'standards_reviewed':5},
   'Góp ý dự thảo QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình'),
  ('II.3.a','in_progress',{'participants':4},
   'Cử công chức tham gia tập huấn cập nhật kiến thức tiêu chuẩn, đo lường'),
  ('II.2.đ','completed',{},'Duy trì ISO 9001:2015 trong giải quyết thủ tục hành chính của Sở'),
 ],
 diff=['Danh mục sản phẩm vật liệu xây dựng nhóm 2 thay đổi, cơ sở kinh doanh chưa nắm kịp quy định công bố hợp quy.'],
 prop=['Đề nghị Sở KH&CN phối hợp tổ chức hội nghị phổ biến quy chuẩn mới cho doanh nghiệp vật liệu xây dựng.'])
rep(hand='B', file='SATTP_bieu_CT38.xlsx', uid='SO-ATTP', uname='Sở An toàn thực phẩm', num='1190/BC-SATTP', date=(2026,10,28),
 entries=[
  ('II.5.a','in_progress',{'inspections':21,'establishments_inspected':310,'violations':27,'fines_vnd':412500000,'samples_tested':148},
   'Kiểm tra ghi nhãn, công bố tiêu chuẩn áp dụng đối với thực phẩm bao gói sẵn'),
  ('II.1.a','completed',{'communications':26,'training_courses':4,'participants':520},
   'Tuyên truyền, tập huấn cho cơ sở sản xuất thực phẩm về ghi nhãn hàng hóa và tiêu chuẩn cơ sở'),
  ('II.2.a','in_progress',{'enterprises_supported':15},
   'Hỗ trợ cơ sở sản xuất thực phẩm gắn mã truy xuất nguồn gốc'),
 ],
 diff=['Nhiều cơ sở nhỏ lẻ chưa xây dựng tiêu chuẩn cơ sở, nhãn hàng hóa thiếu thông tin bắt buộc.',
       'Chi phí kiểm nghiệm mẫu cao so với dự toán được giao.'],
 prop=['Đề nghị Chi cục TĐC phối hợp kiểm tra liên ngành nhãn hàng hóa thực phẩm trong dịp Tết Nguyên đán 2027.',
       'Kiến nghị Ủy ban nhân dân Thành phố bổ sung kinh phí kiểm nghiệm mẫu thực phẩm.'])
rep(hand='B', file='SVHTT-theo-doi-CT38.xlsx', uid='SO-VHTT', uname='Sở Văn hóa và Thể thao', num='2871/SVHTT-VP', date=(2026,11,4),
 entries=[
  ('II.1.a','completed',{'communications':9},
   'Chỉ đạo báo chí, cổng thông tin đăng tin bài hưởng ứng Ngày Tiêu chuẩn Thế giới 14/10'),
  ('II.2.đ','in_progress',{},'Chuyển đổi hệ thống quản lý chất lượng sang môi trường điện tử'),
  ('II.2.e','not_applicable',{},'Góp ý quy chuẩn kỹ thuật trong lĩnh vực thể thao'),
 ],
 diff=[], prop=[])
rep(hand='B', file='SDL_bao_cao_thang10.xlsx', uid='SO-DL', uname='Sở Du lịch', num='1562/BC-SDL', date=(2026,10,26),
 mistaken='Báo cáo tiến độ chuyển đổi số tháng 10/2026 gửi nhầm, không thuộc Kế hoạch CT38',
 entries=[], diff=[], prop=[])

# ===== Hand C (DOCX, Sở's public service / internal units): table "Nhiệm vụ | Khối lượng thực hiện | So với KH năm của đơn vị | Tình trạng", "Hoàn tất / Đang tiến hành / Chưa tiến hành / Không có nhu cầu"
rep(hand='C', file='TTPTTN_BC_CT38_nam2026.docx', uid='SKHCN-TTPTTN',
 uname='Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', num='318/BC-TTPTTN', date=(2026,10,30),
 entries=[
  ('II.4.a','in_progress',{'budget_spent_vnd':1450000000},'Đầu tư bổ sung thiết bị thử nghiệm hóa lý, vi sinh; nâng cấp phòng hiệu chuẩn khối lượng'),
  ('II.2.g','completed',{'instruments_verified':12840,'samples_tested':3215},'Cung cấp dịch vụ kiểm định, hiệu chuẩn, thử nghiệm cho tổ chức, doanh nghiệp'),
  ('II.4.c','in_progress',{},'Phối hợp duy trì, liên kết chuẩn đo lường với chuẩn quốc gia'),
  ('II.3.d','completed',{'training_courses':2,'participants':85},'Đào tạo kiểm định viên, hướng dẫn thực tập cho sinh viên'),
 ],
 diff=['Một số thiết bị chuẩn đã hết hạn hiệu chuẩn, phải gửi ra Hà Nội nên kéo dài thời gian.'],
 prop=['Đề nghị Sở bố trí vốn đầu tư thay thế hệ thống chuẩn áp suất trong năm 2027.'])
rep(hand='C', file='TTCNTT-DKG_BC38.docx', uid='SKHCN-TTCNTT',
 uname='Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', num='144/BC-TTCNTT', date=(2026,11,5),
 entries=[
  ('II.2.i','in_progress',{},'Kết nối dữ liệu đo lường, chất lượng của Thành phố với cơ sở dữ liệu quốc gia'),
  ('II.2.h','completed',{},'Hỗ trợ kỹ thuật kết nối hệ thống giải quyết thủ tục hành chính với Cổng một cửa quốc gia'),
  ('II.1.a','not_applicable',{},'Phối hợp tập huấn văn bản quy phạm pháp luật'),
 ],
 diff=['Chuẩn dữ liệu của Bộ chưa ban hành chính thức nên chưa đồng bộ được toàn bộ trường thông tin.'],
 prop=[])
rep(hand='C', file='PhongKTPC_ket-qua-CT38.docx', uid='SKHCN-KTPC', uname='Phòng Kiểm tra – Pháp chế', num='52/BC-KTPC', date=(2026,10,28),
 entries=[
  ('II.5.a','completed',{'inspections':9,'establishments_inspected':64,'violations':12,'fines_vnd':236000000},'Phối hợp kiểm tra nhà nước về đo lường, chất lượng hàng đóng gói sẵn'),
  ('II.5.d','completed',{},'Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng'),
  ('II.2.c','in_progress',{},'Góp ý dự thảo văn bản hướng dẫn Luật Chất lượng sản phẩm, hàng hóa sửa đổi'),
  ('II.4.b','not_started',{},'Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP'),
 ],
 diff=['Quy định xử phạt mới chưa có hướng dẫn thống nhất nên việc áp dụng còn lúng túng.'],
 prop=['Kiến nghị Bộ Khoa học và Công nghệ sớm ban hành hướng dẫn áp dụng Nghị định xử phạt vi phạm hành chính mới.'])
rep(hand='C', file='PhongCDS_bc_38.docx', uid='SKHCN-CDS', uname='Phòng Chuyển đổi số', num=None, date=(2026,11,6),
 entries=[
  ('II.2.h','completed',{},'Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC về TĐC'),
  ('II.2.i','in_progress',{'training_courses':1,'participants':35},'Hướng dẫn sử dụng cơ sở dữ liệu quốc gia về TĐC cho công chức'),
  ('II.2.đ','completed',{},'Số hóa hồ sơ ISO điện tử của Sở'),
 ],
 diff=[], prop=['Đề nghị Chi cục cử đầu mối quản trị dữ liệu chuyên ngành.'])

# ===== Hand D (XLSX, wards + Chi cục): fixed figure columns, status coded "Đ.xong / Đ.làm / Ch.làm / K.PS" with a legend line at the bottom
rep(hand='D', file='PBinhTien_CT38_T10.xlsx', uid='27373', uname='Phường Bình Tiên', num='286/BC-UBND', date=(2026,10,29),
 entries=[
  ('II.5.c','completed',{'inspections':3,'establishments_inspected':27,'violations':2,'fines_vnd':7500000},'Kiểm tra đo lường cân tại chợ Bình Tiên và cửa hàng tạp hóa'),
  ('II.1.a','completed',{'communications':6,'participants':150},'Tuyên truyền trên loa, bảng tin khu phố về cân đối chứng, hàng giả'),
  ('II.3.a','completed',{'participants':2},'Cử công chức kinh tế dự tập huấn của Chi cục'),
  ('II.2.đ','in_progress',{},'Duy trì ISO tại Bộ phận Một cửa'),
 ],
 diff=['Phường chỉ có 01 công chức kiêm nhiệm lĩnh vực tiêu chuẩn đo lường chất lượng.'],
 prop=['Đề nghị Chi cục cấp thêm cân đối chứng cho chợ.'])
rep(hand='D', file='XXuyenMoc_bieu_CT38.xlsx', uid='26632', uname='Xã Xuyên Mộc', num='171/BC-UBND', date=(2026,11,2),
 entries=[
  ('II.5.c','in_progress',{'inspections':2,'establishments_inspected':15},'Phối hợp kiểm tra cửa hàng xăng dầu, gas trên địa bàn xã'),
  ('II.1.a','completed',{'communications':4},'Đưa tin trên đài truyền thanh xã'),
  ('II.3.a','not_started',{},'Tập huấn cho cán bộ ấp'),
 ],
 diff=[], prop=['Đề nghị Sở Khoa học và Công nghệ tổ chức lớp tập huấn tại khu vực Xuyên Mộc.'])
rep(hand='D', file='ChiCucTDC_tonghop_CT38.xlsx', uid='SKHCN-CCTDC', uname='Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', num='1905/BC-CCTĐC', date=(2026,11,6),
 entries=[
  ('II.1.a','completed',{'training_courses':5,'participants':680},'Tập huấn văn bản pháp luật TĐC và tọa đàm doanh nghiệp nhập khẩu'),
  ('II.1.b','completed',{'enterprises_supported':14},'Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia'),
  ('II.2.d','in_progress',{'enterprises_supported':46},'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn hợp quy'),
  ('II.2.e','in_progress',{'standards_reviewed':17},'Góp ý TCVN, QCVN; xây dựng quy chuẩn địa phương'),
  ('II.3.a','completed',{'training_courses':3,'participants':265},'Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã'),
  ('II.4.b','in_progress',{'instruments_verified':48,'budget_spent_vnd':215000000},'Kiểm định, hiệu chuẩn, bảo dưỡng thiết bị nghiệp vụ'),
  ('II.5.a','in_progress',{'inspections':32,'establishments_inspected':286,'violations':41,'fines_vnd':658000000},'Kiểm tra nhà nước về TĐC hàng hóa lưu thông'),
  ('II.5.b','completed',{'samples_tested':120},'Khảo sát chất lượng sản phẩm (mũ bảo hiểm, đồ chơi trẻ em)'),
  ('II.6.b','not_applicable',{},'Phối hợp APO về năng suất khu vực công'),
 ],
 diff=['Nhân lực kiểm tra mỏng so với số cơ sở trên địa bàn sau sáp nhập.'],
 prop=['Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia tổ chức tập huấn nghiệp vụ kiểm tra cho công chức cấp xã.'])

LBL = {'inspections':'cuộc kiểm tra','establishments_inspected':'cơ sở được kiểm tra','violations':'cơ sở vi phạm',
 'fines_vnd':'tiền phạt','training_courses':'lớp tập huấn, hội nghị','participants':'lượt người tham dự',
 'communications':'tin, bài tuyên truyền','enterprises_supported':'doanh nghiệp được hỗ trợ, hướng dẫn',
 'samples_tested':'mẫu được lấy, thử nghiệm','instruments_verified':'phương tiện đo được kiểm định, hiệu chuẩn',
 'standards_reviewed':'dự thảo TCVN, QCVN được góp ý','budget_spent_vnd':'kinh phí đã giải ngân'}
MONEY = ('fines_vnd','budget_spent_vnd')

def hdr_table(doc, parent, unit_up, num, place_date, font=None):
    t = doc.add_table(rows=2, cols=2)
    c = t.cell(0,0); c.text=''
    p = c.paragraphs[0]; p.alignment=WD_ALIGN_PARAGRAPH.CENTER; p.add_run(parent+'\n')
    r = p.add_run(unit_up); r.bold=True
    p = t.cell(0,1).paragraphs[0]; p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    r=p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'); r.bold=True
    r=p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold=True
    p = t.cell(1,0).paragraphs[0]; p.alignment=WD_ALIGN_PARAGRAPH.CENTER; p.add_run('Số: '+(num or '      /BC'))
    p = t.cell(1,1).paragraphs[0]; p.alignment=WD_ALIGN_PARAGRAPH.CENTER; r=p.add_run(place_date); r.italic=True
    return t

def wdate(d): return 'Thành phố Hồ Chí Minh, ngày %02d tháng %02d năm %d' % (d[2], d[1], d[0])

def body_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']; st.font.name=name; st.font.size=Pt(size)

ORD = ['thứ nhất','thứ hai','thứ ba','thứ tư','thứ năm','thứ sáu']
# ---------- Hand A ----------
A_ST = {'completed':'nội dung này đã hoàn thành','in_progress':'nội dung này đang tiếp tục thực hiện, sẽ hoàn thành trong Quý IV/2026',
        'not_started':'nội dung này chưa triển khai','not_applicable':'trong kỳ không phát sinh yêu cầu phối hợp đối với nội dung này'}
def figA(k,v):
    if k in MONEY: return ('phạt tiền ' if k=='fines_vnd' else 'kinh phí sử dụng ')+vnd(v)
    return z(v)+' '+LBL[k]
def handA(r):
    doc = Document(); body_font(doc, size=14)
    hdr_table(doc, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', r['uname'].upper(), r['num'], wdate(r['date']))
    doc.add_paragraph()
    p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER; x=p.add_run('BÁO CÁO'); x.bold=True
    if r.get('mistaken'):
        p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER
        x=p.add_run('Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026'); x.bold=True
        doc.add_paragraph('Kính gửi: Sở Nội vụ.')
        doc.add_paragraph('Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố, Sở Tư pháp báo cáo kết quả Quý III/2026 như sau:')
        items=[('cải cách thể chế','Sở đã thẩm định 46 dự thảo văn bản quy phạm pháp luật, rà soát 112 văn bản. Về tiến độ, nội dung này đã hoàn thành.'),
               ('cải cách thủ tục hành chính','Sở đã công bố 18 thủ tục hành chính sửa đổi; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%. Về tiến độ, nội dung này đang tiếp tục thực hiện.'),
               ('hiện đại hóa hành chính','Tiếp nhận 3.540 hồ sơ trực tuyến toàn trình; duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong giải quyết thủ tục hành chính.')]
        for i,(t,b) in enumerate(items):
            p=doc.add_paragraph(); x=p.add_run('Nội dung %s: về %s. '%(ORD[i],t)); x.bold=True; p.add_run(b)
        doc.add_paragraph('Trên đây là báo cáo kết quả cải cách hành chính Quý III/2026 của Sở Tư pháp./.')
    else:
        p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER
        x=p.add_run('Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về tiêu chuẩn, đo lường, chất lượng'); x.bold=True
        doc.add_paragraph('Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).')
        doc.add_paragraph('Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, %s báo cáo kết quả thực hiện các nội dung liên quan như sau:' % r['uname'])
        p=doc.add_paragraph(); x=p.add_run('I. KẾT QUẢ THỰC HIỆN'); x.bold=True
        for i,(task,st,ind,txt) in enumerate(r['entries']):
            p=doc.add_paragraph(); x=p.add_run('Nội dung %s: '%ORD[i]); x.bold=True
            x=p.add_run(txt+'.'); x.italic=True
            if ind:
                doc.add_paragraph('Số liệu cụ thể như sau: ' + '; '.join(figA(k,v) for k,v in ind.items()) + '.')
            doc.add_paragraph('Về tiến độ, %s.' % A_ST[st])
        p=doc.add_paragraph(); x=p.add_run('II. KHÓ KHĂN, VƯỚNG MẮC'); x.bold=True
        for d in r['diff'] or []: doc.add_paragraph('- '+d)
        if not r['diff']: doc.add_paragraph('Không có.')
        p=doc.add_paragraph(); x=p.add_run('III. ĐỀ XUẤT, KIẾN NGHỊ'); x.bold=True
        for d in r['prop']: doc.add_paragraph('- '+d)
        doc.add_paragraph('Trên đây là báo cáo của %s./.' % r['uname'])
    doc.add_paragraph('Nơi nhận:\n- Như trên;\n- Lưu: VT.')
    p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.RIGHT; x=p.add_run('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC'); x.bold=True
    doc.save(os.path.join(D, r['file']))

# ---------- Hand C ----------
C_ST = {'completed':'Hoàn tất','in_progress':'Đang tiến hành','not_started':'Chưa tiến hành','not_applicable':'Không có nhu cầu'}
PCT = {'completed':'100%','in_progress':'khoảng 70%','not_started':'0%','not_applicable':'—'}
def figC(k,v):
    if k in MONEY: return LBL[k][0].upper()+LBL[k][1:]+': '+dots(v)+' đồng'
    return LBL[k][0].upper()+LBL[k][1:]+': '+dots(v)
def handC(r):
    doc = Document(); body_font(doc, 'Arial', 11)
    parent = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    doc.add_paragraph(parent+'\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    p=doc.add_paragraph(); x=p.add_run(r['uname'].upper()+'\t\tĐộc lập - Tự do - Hạnh phúc'); x.bold=True
    doc.add_paragraph('Số: %s\t\tTP. Hồ Chí Minh, %02d/%02d/%d' % (r['num'] or '.../BC', r['date'][2], r['date'][1], r['date'][0]))
    p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.CENTER
    x=p.add_run('BÁO CÁO\nTình hình thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026'); x.bold=True
    doc.add_paragraph('Số liệu tính từ 01/01/2026 đến thời điểm báo cáo. Đơn vị tự so sánh với kế hoạch công tác năm 2026 của đơn vị.')
    t = doc.add_table(rows=1, cols=5); t.style='Table Grid'
    for i,h in enumerate(['TT','Nhiệm vụ (theo phân công)','Khối lượng thực hiện','So với KH năm của đơn vị','Tình trạng']):
        t.rows[0].cells[i].text=h
        for rr in t.rows[0].cells[i].paragraphs[0].runs: rr.bold=True
    for i,(task,st,ind,txt) in enumerate(r['entries']):
        c = t.add_row().cells
        c[0].text=str(i+1); c[1].text=txt
        c[2].text='\n'.join(figC(k,v) for k,v in ind.items()) if ind else '(không có số liệu định lượng)'
        c[3].text=PCT[st]; c[4].text=C_ST[st]
    doc.add_paragraph()
    p=doc.add_paragraph(); x=p.add_run('Vướng mắc:'); x.bold=True
    for d in r['diff']: doc.add_paragraph(d, style='List Bullet')
    if not r['diff']: doc.add_paragraph('Chưa ghi nhận vướng mắc.')
    p=doc.add_paragraph(); x=p.add_run('Kiến nghị:'); x.bold=True
    for d in r['prop']: doc.add_paragraph(d, style='List Bullet')
    if not r['prop']: doc.add_paragraph('Không.')
    p=doc.add_paragraph(); p.alignment=WD_ALIGN_PARAGRAPH.RIGHT; x=p.add_run('THỦ TRƯỞNG ĐƠN VỊ'); x.bold=True
    doc.save(os.path.join(D, r['file']))

thin = Side(style='thin'); BOX = Border(left=thin,right=thin,top=thin,bottom=thin)
# ---------- Hand B ----------
B_ST = {'completed':'Đã xong','in_progress':'Đang làm','not_started':'Chưa bắt đầu','not_applicable':'Không có việc'}
B_PROD = {'inspections':('Cuộc kiểm tra đã tiến hành','cuộc'),'establishments_inspected':('Cơ sở được kiểm tra','cơ sở'),
 'violations':('Cơ sở vi phạm bị xử lý','cơ sở'),'fines_vnd':('Tiền phạt VPHC nộp ngân sách','đồng'),
 'training_courses':('Hội nghị, lớp tập huấn','lớp'),'participants':('Lượt người tham dự','lượt'),
 'communications':('Tin, bài đã đăng','tin bài'),'enterprises_supported':('Doanh nghiệp, cơ sở được hỗ trợ','DN'),
 'samples_tested':('Mẫu lấy kiểm nghiệm','mẫu'),'standards_reviewed':('Văn bản góp ý dự thảo TCVN/QCVN','văn bản'),
 'instruments_verified':('Phương tiện đo được kiểm định','chiếc'),'budget_spent_vnd':('Kinh phí đã chi','đồng')}
def handB(r):
    wb = Workbook(); ws = wb.active; ws.title='Bao cao CT38'
    ws['A1']='ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH'; ws['A2']=r['uname'].upper(); ws['A2'].font=Font(bold=True)
    ws['A3']='Số: '+r['num']; ws['E3']='TP.HCM, ngày %02d/%02d/%d' % (r['date'][2], r['date'][1], r['date'][0])
    if r.get('mistaken'):
        ws['A5']='BÁO CÁO TIẾN ĐỘ CHUYỂN ĐỔI SỐ THÁNG 10/2026'; ws['A5'].font=Font(bold=True)
        rows=[('Số hóa hồ sơ thủ tục hành chính','Hồ sơ được số hóa',1240,'hồ sơ','Đang làm'),
              ('Triển khai nền tảng du lịch thông minh','Điểm du lịch tích hợp bản đồ số',86,'điểm','Đang làm'),
              ('Đào tạo kỹ năng số cho công chức','Lượt công chức được đào tạo',64,'lượt','Đã xong')]
        hdr=['STT','Nội dung Sở thực hiện','Sản phẩm đầu ra','Số lượng','Đơn vị','Mức độ']
        for i,h in enumerate(hdr): ws.cell(6,i+1,h).font=Font(bold=True)
        for j,rw in enumerate(rows):
            ws.cell(7+j,1,j+1)
            for i,v in enumerate(rw): ws.cell(7+j,i+2,v)
    else:
        ws['A5']='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026'; ws['A5'].font=Font(bold=True)
        hdr=['STT','Nội dung Sở thực hiện','Sản phẩm đầu ra','Số lượng','Đơn vị','Mức độ']
        for i,h in enumerate(hdr):
            c=ws.cell(6,i+1,h); c.font=Font(bold=True); c.border=BOX; c.fill=PatternFill('solid',fgColor='DDEBF7')
        row=7
        for n,(task,st,ind,txt) in enumerate(r['entries']):
            start=row
            items = list(ind.items()) or [(None,None)]
            for k,v in items:
                ws.cell(row,1,n+1 if row==start else None); ws.cell(row,2,txt if row==start else None)
                if k:
                    ws.cell(row,3,B_PROD[k][0]); c=ws.cell(row,4,v); ws.cell(row,5,B_PROD[k][1])
                    if k in MONEY: c.number_format='#,##0'
                else:
                    ws.cell(row,3,'Không có sản phẩm định lượng')
                ws.cell(row,6,B_ST[st] if row==start else None)
                for i in range(1,7): ws.cell(row,i).border=BOX; ws.cell(row,i).alignment=Alignment(wrap_text=True,vertical='top')
                row+=1
            if row-start>1:
                ws.merge_cells(start_row=start,end_row=row-1,start_column=2,end_column=2)
                ws.merge_cells(start_row=start,end_row=row-1,start_column=6,end_column=6)
                ws.merge_cells(start_row=start,end_row=row-1,start_column=1,end_column=1)
        ws.cell(row+1,2,'Người lập biểu'); ws.cell(row+1,5,'KT. GIÁM ĐỐC')
        ws2 = wb.create_sheet('Vuong mac - De xuat')
        ws2['A1']='Vướng mắc'; ws2['B1']='Đề xuất tương ứng'; ws2['A1'].font=ws2['B1'].font=Font(bold=True)
        n=max(len(r['diff']),len(r['prop']))
        for i in range(n):
            ws2.cell(i+2,1, r['diff'][i] if i<len(r['diff']) else '(không)')
            ws2.cell(i+2,2, r['prop'][i] if i<len(r['prop']) else '(không)')
        if n==0: ws2['A2']='Không có'; ws2['B2']='Không có'
        ws2.column_dimensions['A'].width=60; ws2.column_dimensions['B'].width=60
    for col,w in zip('ABCDEF',[5,48,34,14,10,14]): ws.column_dimensions[col].width=w
    wb.save(os.path.join(D, r['file']))

# ---------- Hand D ----------
D_ST = {'completed':'Đ.xong','in_progress':'Đ.làm','not_started':'Ch.làm','not_applicable':'K.PS'}
D_COLS = ['inspections','establishments_inspected','violations','fines_vnd','training_courses','participants','communications',
          'enterprises_supported','samples_tested','instruments_verified','standards_reviewed','budget_spent_vnd']
D_HDR = ['Cuộc KT','Cơ sở KT','Cơ sở VP','Phạt (đồng)','Lớp/HN','Lượt người','Tin bài','DN/TC hỗ trợ','Mẫu','PTĐ KĐ','Dự thảo TC/QC góp ý','Kinh phí (đồng)']
def handD(r):
    wb=Workbook(); ws=wb.active; ws.title='T10-2026'
    is_ward = r['uid'].isdigit()
    ws['A1']=('UBND ' + r['uname'].upper()) if is_ward else 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    ws['A2']=r['uname'] if not is_ward else 'Phòng Kinh tế'
    ws['A3']='Số: '+r['num']
    ws['H1']='CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['H2']='Độc lập - Tự do - Hạnh phúc'
    ws['H3']='ngày %d tháng %d năm %d' % (r['date'][2], r['date'][1], r['date'][0])
    ws['A5']='BIỂU KẾT QUẢ THỰC HIỆN KH TRIỂN KHAI CT 38-CT/TW NĂM 2026'; ws['A5'].font=Font(bold=True,size=13)
    hdr=['STT','Việc đã làm']+D_HDR+['TT']
    for i,h in enumerate(hdr):
        c=ws.cell(7,i+1,h); c.font=Font(bold=True); c.border=BOX; c.alignment=Alignment(wrap_text=True,horizontal='center')
    row=8
    for n,(task,st,ind,txt) in enumerate(r['entries']):
        ws.cell(row,1,n+1); ws.cell(row,2,txt)
        for j,k in enumerate(D_COLS):
            if k in ind:
                c=ws.cell(row,3+j,ind[k]); c.number_format='#,##0'
        ws.cell(row,3+len(D_COLS),D_ST[st])
        for i in range(1,4+len(D_COLS)): ws.cell(row,i).border=BOX
        row+=1
    ws.cell(row,2,'TT: Đ.xong = đã làm xong; Đ.làm = đang làm; Ch.làm = chưa làm; K.PS = không phát sinh').font=Font(italic=True)
    row+=2
    ws.cell(row,1,'Khó khăn:').font=Font(bold=True); row+=1
    for d in r['diff']: ws.cell(row,2,'- '+d); row+=1
    if not r['diff']: ws.cell(row,2,'- Không'); row+=1
    ws.cell(row,1,'Kiến nghị:').font=Font(bold=True); row+=1
    for d in r['prop']: ws.cell(row,2,'- '+d); row+=1
    ws.cell(row+1,10,'TM. ỦY BAN NHÂN DÂN' if is_ward else 'CHI CỤC TRƯỞNG')
    ws.column_dimensions['B'].width=55
    wb.save(os.path.join(D, r['file']))

HANDS={'A':handA,'B':handB,'C':handC,'D':handD}
for r in R:
    HANDS[r['hand']](r)
    path=os.path.join(D,r['file']); sha=hashlib.sha256(open(path,'rb').read()).hexdigest()
    y,m,d=r['date']
    key={'file':r['file'],'sha256':sha,'status':'rejected' if r.get('mistaken') else 'extracted',
         'reason':r.get('mistaken'),'unit':{'id':r['uid'],'name':r['uname']},
         'document':{'number':r['num'],'date':'%04d-%02d-%02d'%(y,m,d)},
         'entries':[{'task':t,'status':s,'indicators':ind,'text':txt} for t,s,ind,txt in r['entries']],
         'findings':[],'difficulties':r['diff'],'proposals':r['prop']}
    json.dump(key, open(os.path.join(D,'truth',r['file']+'.json'),'w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(R),'files')
