# Hand H2 - "anh Hoàng Phúc", Phòng Văn hóa – Xã hội of a ward/commune. Writes the ward's whole
# quarterly report (KHCN, ĐMST, chuyển đổi số, văn hóa); one section (IV) is about Chỉ thị 38 and
# alone carries this plan's results. Bullets "-" / "+", bold roman headings, figures in prose.
import os
from common import *

def report(fname, ward, so, date_line, kinh_gui, title, sections, tail_sign, noi_nhan, signer):
    d = new_doc(size=13, margins=(20, 20, 30, 20))
    header_block(d, ['ỦY BAN NHÂN DÂN', ward.upper(), '', so],
                 ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', date_line],
                 left_bold_from=1)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=CENTER, size=14)
    para(d, title, bold=True, align=CENTER, size=14, after=12)
    if len(kinh_gui) == 1:
        para(d, 'Kính gửi: ' + kinh_gui[0], align=CENTER)
    else:
        para(d, 'Kính gửi:', align=CENTER)
        for i, x in enumerate(kinh_gui):
            para(d, '- ' + x + ('.' if i == len(kinh_gui) - 1 else ';'), align=CENTER)
    para(d)
    for kind, txt in sections:
        if kind == 'H':
            para(d, txt, bold=True, align=JUST, indent=1, before=6, after=6)
        elif kind == 'h':
            para(d, txt, bold=True, italic=True, align=JUST, indent=1, after=4)
        else:
            para(d, txt, align=JUST, indent=1, after=4)
    para(d, tail_sign, align=JUST, indent=1, after=12)
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    a, b = sig.rows[0].cells
    cell_text(a, 'Nơi nhận:', bold=True, italic=True, size=12); a.paragraphs[0].runs[0].italic = True
    for x in noi_nhan:
        p = a.add_paragraph(); add_runs(p, x, size=11)
    cell_text(b, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n' + signer, bold=True, align=CENTER)
    path = os.path.join(ROOT, fname)
    d.save(path)
    return path

KG_SO = 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh'

# ---------------- Phường Bảy Hiền ----------------
f = 'BC Quy III-2026 P.Bay Hien.docx'
k = Key(f, '26983', 'Phường Bảy Hiền', '287/BC-UBND', '2026-10-06')
t_tt = ('- Công tác tuyên truyền: đã thực hiện đăng tải 09 tin, bài trên Trang thông tin điện tử phường và nhóm Zalo các khu phố về ghi nhãn hàng hóa, '
        'đo lường trong kinh doanh; phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 hội nghị phổ biến văn bản pháp luật về tiêu chuẩn, '
        'đo lường, chất lượng cho 65 hộ kinh doanh trên địa bàn.')
t_kt = ('- Phối hợp kiểm tra theo phân cấp: phối hợp Chi cục kiểm tra nhà nước về đo lường tại chợ Phạm Văn Hai (01 cuộc), kiểm tra 42 hộ kinh doanh; '
        'phát hiện 04 trường hợp sử dụng cân có sai số vượt quá giới hạn cho phép, Chủ tịch UBND phường đã ban hành quyết định xử phạt '
        'tổng số tiền 6.000.000 đồng. Công tác này đang thực hiện thường xuyên.')
t_iso = ('- Hệ thống quản lý chất lượng: UBND phường duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; hiện đang cập nhật lại các quy trình '
         'theo bộ thủ tục hành chính mới sau sắp xếp, chưa hoàn thành.')
t_th = ('- Đào tạo, tập huấn: đã cử 02 công chức tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.')
kk = ['Công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa có kinh nghiệm lập hồ sơ xử phạt vi phạm về đo lường.']
kn = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp mẫu biên bản, mẫu quyết định xử phạt và hướng dẫn quy trình kiểm tra đo lường tại chợ cho cấp phường.']
secs = [
 ('P', 'Thực hiện chức năng, nhiệm vụ được giao, Ủy ban nhân dân phường Bảy Hiền báo cáo kết quả công tác khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và văn hóa – xã hội Quý III năm 2026 như sau:'),
 ('H', 'I. CÔNG TÁC KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO'),
 ('P', '- Phối hợp Sở Khoa học và Công nghệ khảo sát nhu cầu ứng dụng tiến bộ khoa học, công nghệ của 18 hộ sản xuất, kinh doanh trên địa bàn; giới thiệu 02 doanh nghiệp khởi nghiệp tham gia Ngày hội khởi nghiệp đổi mới sáng tạo Thành phố (WHISE 2026).'),
 ('P', '- Tổ chức 01 buổi sinh hoạt chuyên đề "Sáng kiến trong cải cách hành chính" với 45 cán bộ, công chức tham dự.'),
 ('H', 'II. CÔNG TÁC CHUYỂN ĐỔI SỐ'),
 ('P', '- Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt 87,4%; 100% văn bản được ký số và gửi nhận trên môi trường mạng.'),
 ('P', '- Duy trì hoạt động 12/12 Tổ công nghệ số cộng đồng; tổ chức 02 lớp bồi dưỡng kỹ năng số cho 140 người dân, hộ kinh doanh.'),
 ('H', 'III. CÔNG TÁC VĂN HÓA, THÔNG TIN'),
 ('P', '- Tổ chức 06 đợt tuyên truyền trực quan kỷ niệm Quốc khánh 2/9 và các ngày lễ lớn; đăng tải trên 300 tin, bài, hình ảnh trên Fanpage phường.'),
 ('H', 'IV. KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG'),
 ('P', t_tt), ('P', t_kt), ('P', t_iso), ('P', t_th),
 ('h', '* Khó khăn, vướng mắc:'), ('P', '- ' + kk[0]),
 ('h', '* Kiến nghị:'), ('P', '- ' + kn[0]),
 ('H', 'V. KHÓ KHĂN, HẠN CHẾ CHUNG'),
 ('P', '- Hạ tầng mạng nội bộ tại trụ sở phường xuống cấp, thường xuyên gián đoạn, ảnh hưởng đến việc giải quyết hồ sơ trực tuyến.'),
 ('P', '- Kinh phí tổ chức các hoạt động văn hóa, văn nghệ phục vụ nhân dân còn hạn chế.'),
 ('H', 'VI. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026'),
 ('P', '- Tiếp tục đẩy mạnh chuyển đổi số, nâng tỷ lệ hồ sơ trực tuyến toàn trình; hoàn thành cập nhật Hệ thống quản lý chất lượng của UBND phường.'),
 ('P', '- Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, chất lượng mặt hàng xăng dầu, vàng trang sức dịp cuối năm.'),
]
report(f, 'Phường Bảy Hiền', 'Số: 287/BC-UBND', 'Bảy Hiền, ngày 06 tháng 10 năm 2026',
       [KG_SO, 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh'],
       'Kết quả công tác khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số\nvà văn hóa – xã hội Quý III năm 2026', secs,
       'Trên đây là báo cáo kết quả công tác Quý III năm 2026 của Ủy ban nhân dân phường Bảy Hiền./.',
       ['- Như trên;', '- TT. Đảng ủy phường;', '- Lưu: VT, VHXH.'], 'Võ Thị Ngọc Trâm')
k.entry('II.1.a', 'completed', {'communications': 9, 'training_courses': 1, 'participants': 65}, t_tt[2:140], 'section IV, bullet 1')
k.entry('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 42, 'violations': 4, 'fines_vnd': 6000000}, t_kt[2:140], 'section IV, bullet 2')
k.entry('II.2.đ', 'in_progress', {}, t_iso[2:140], 'section IV, bullet 3')
k.entry('II.3.a', 'completed', {'participants': 2}, t_th[2:140], 'section IV, bullet 4')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Phường Phú Nhuận ----------------
f = 'BC quy 3 - Phu Nhuan (VHXH).docx'
k = Key(f, '27073', 'Phường Phú Nhuận', '1045/BC-UBND', '2026-10-09')
t_tt = ('- Về tuyên truyền: phường đã đăng 14 tin, bài về tiêu chuẩn, đo lường, chất lượng, nhãn hàng hóa trên Cổng thông tin điện tử phường '
        'và hệ thống bảng tin khu phố; hoàn thành nội dung tuyên truyền năm 2026.')
t_kt = ('- Về phối hợp kiểm tra theo phân cấp: đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 02 cuộc kiểm tra tại 15 cơ sở kinh doanh '
        'xăng dầu, vàng trang sức trên địa bàn; kết quả kiểm tra đã được Chi cục tổng hợp. Phường đang tiếp tục phối hợp theo kế hoạch Quý IV.')
t_iso = ('- Về áp dụng Hệ thống quản lý chất lượng: UBND phường đã hoàn thành xây dựng và công bố Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 '
         '(Quyết định số 312/QĐ-UBND ngày 15/8/2026).')
t_tg = ('- Về khen thưởng, bảo vệ người tố giác vi phạm: trong quý không phát sinh.')
kk_all = ['Đường truyền Internet tại Bộ phận Một cửa chưa ổn định, ảnh hưởng tiến độ số hóa hồ sơ.',
          'Công chức phụ trách quản lý tiêu chuẩn, đo lường, chất lượng tại phường là kiêm nhiệm, chưa được tập huấn chuyên sâu về nghiệp vụ kiểm tra đo lường.',
          'Thiết chế văn hóa tại một số khu phố chưa đáp ứng nhu cầu sinh hoạt của người dân.']
kn_all = ['Đề nghị Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng) cung cấp tài liệu tuyên truyền mẫu về tiêu chuẩn, đo lường, chất lượng để phường phổ biến tới hộ kinh doanh.',
          'Đề nghị Sở Văn hóa và Thể thao hỗ trợ trang thiết bị cho nhà văn hóa khu phố.']
secs = [
 ('P', 'Căn cứ chương trình công tác năm 2026, Ủy ban nhân dân phường Phú Nhuận báo cáo kết quả thực hiện công tác khoa học, công nghệ, chuyển đổi số và văn hóa – xã hội Quý III năm 2026 như sau:'),
 ('H', 'I. KHOA HỌC, CÔNG NGHỆ VÀ ĐỔI MỚI SÁNG TẠO'),
 ('P', '- Hướng dẫn 05 hộ kinh doanh đăng ký tham gia Chương trình hỗ trợ ứng dụng công nghệ của Thành phố; tiếp nhận 03 sáng kiến cấp cơ sở.'),
 ('H', 'II. CHUYỂN ĐỔI SỐ'),
 ('P', '- Triển khai thanh toán không dùng tiền mặt tại 2/2 chợ truyền thống; 96% hồ sơ thủ tục hành chính được số hóa kết quả.'),
 ('P', '- Tổ chức 03 lớp "Bình dân học vụ số" cho 210 lượt người dân.'),
 ('H', 'III. VĂN HÓA, THÔNG TIN, THỂ THAO'),
 ('P', '- Tổ chức Hội thao phường năm 2026 với 12 đơn vị tham gia; 08 chương trình văn nghệ phục vụ nhân dân.'),
 ('H', 'IV. THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW VỀ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG'),
 ('P', t_tt), ('P', t_kt), ('P', t_iso), ('P', t_tg),
 ('H', 'V. KHÓ KHĂN, VƯỚNG MẮC'),
 ('P', '1. ' + kk_all[0]), ('P', '2. ' + kk_all[1]), ('P', '3. ' + kk_all[2]),
 ('H', 'VI. KIẾN NGHỊ, ĐỀ XUẤT'),
 ('P', '1. ' + kn_all[0]), ('P', '2. ' + kn_all[1]),
]
report(f, 'Phường Phú Nhuận', 'Số: 1045/BC-UBND', 'Phú Nhuận, ngày 09 tháng 10 năm 2026',
       [KG_SO, 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh', 'Văn phòng Đảng ủy phường Phú Nhuận'],
       'Kết quả công tác khoa học, công nghệ, chuyển đổi số và văn hóa – xã hội Quý III năm 2026', secs,
       'Ủy ban nhân dân phường Phú Nhuận báo cáo./.',
       ['- Như trên;', '- Thường trực HĐND phường;', '- Lưu: VT, VHXH (Phúc).'], 'Nguyễn Thành Công')
k.entry('II.1.a', 'completed', {'communications': 14}, t_tt[2:140], 'section IV, bullet 1')
k.entry('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 15}, t_kt[2:140], 'section IV, bullet 2')
k.entry('II.2.đ', 'completed', {}, t_iso[2:140], 'section IV, bullet 3')
k.entry('II.5.d', 'not_applicable', {}, t_tg[2:], 'section IV, bullet 4')
k.diff(kk_all[1]); k.prop(kn_all[0]); k.write()

# ---------------- Xã Kim Long ----------------
f = 'Xa Kim Long_BC quy III.docx'
k = Key(f, '26608', 'Xã Kim Long', '96/BC-UBND', '2026-10-12')
t_tt = ('- Tuyên truyền: đang thực hiện; Đài truyền thanh xã đã phát 24 tin về đo lường, chất lượng hàng hóa, cảnh báo hàng giả, hàng kém chất lượng.')
t_kt = ('- Phối hợp kiểm tra về tiêu chuẩn, đo lường, chất lượng theo phân cấp: chưa triển khai do chưa nhận được kế hoạch phối hợp của Chi cục.')
t_th = ('- Cử 01 công chức Phòng Kinh tế tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng (đã thực hiện).')
t_iso = ('- Xây dựng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau hợp nhất: đang thực hiện, dự kiến công bố trong Quý IV/2026.')
kk = ['Xã mới hợp nhất, địa bàn rộng, chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.']
kn = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng sớm gửi kế hoạch phối hợp kiểm tra và hỗ trợ xã về nghiệp vụ.']
secs = [
 ('P', 'Ủy ban nhân dân xã Kim Long báo cáo kết quả công tác khoa học, công nghệ, chuyển đổi số và văn hóa – xã hội Quý III năm 2026 như sau:'),
 ('H', 'I. KHOA HỌC, CÔNG NGHỆ'),
 ('P', '- Phối hợp Trung tâm Khuyến nông chuyển giao mô hình tưới tiết kiệm cho 22 hộ trồng tiêu, sầu riêng.'),
 ('H', 'II. CHUYỂN ĐỔI SỐ'),
 ('P', '- 100% ấp có Tổ công nghệ số cộng đồng (14/14 ấp); tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt 81%.'),
 ('H', 'III. VĂN HÓA – XÃ HỘI'),
 ('P', '- Tổ chức Lễ hội Tết Trung thu cho 1.200 em thiếu nhi; duy trì 14 đội văn nghệ ấp.'),
 ('H', 'IV. CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG (CHỈ THỊ SỐ 38-CT/TW)'),
 ('P', t_tt), ('P', t_kt), ('P', t_th), ('P', t_iso),
 ('h', 'Khó khăn:'), ('P', '- ' + kk[0]),
 ('h', 'Đề xuất:'), ('P', '- ' + kn[0]),
 ('H', 'V. PHƯƠNG HƯỚNG QUÝ IV'),
 ('P', '- Hoàn thành công bố Hệ thống quản lý chất lượng; tiếp tục tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên hệ thống truyền thanh.'),
]
report(f, 'Xã Kim Long', 'Số: 96/BC-UBND', 'Kim Long, ngày 12 tháng 10 năm 2026',
       [KG_SO],
       'Kết quả công tác khoa học, công nghệ, chuyển đổi số và văn hóa – xã hội Quý III năm 2026', secs,
       'Trên đây là báo cáo của Ủy ban nhân dân xã Kim Long./.',
       ['- Như trên;', '- Lưu: VT, VHXH.'], 'Huỳnh Văn Lộc')
k.entry('II.1.a', 'in_progress', {'communications': 24}, t_tt[2:120], 'section IV, bullet 1')
k.entry('II.5.c', 'not_started', {}, t_kt[2:120], 'section IV, bullet 2')
k.entry('II.3.a', 'completed', {'participants': 1}, t_th[2:120], 'section IV, bullet 3')
k.entry('II.2.đ', 'in_progress', {}, t_iso[2:120], 'section IV, bullet 4')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Phường Vườn Lài: MISTAKEN (chuyển đổi số report sent instead) ----------------
f = 'BC CDS quy III - Vuon Lai.docx'
k = Key(f, '27190', 'Phường Vườn Lài', '318/BC-UBND', '2026-10-07', status='rejected',
        reason='Không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW: đây là báo cáo kết quả chuyển đổi số Quý III/2026 của phường (gửi nhầm).')
secs = [
 ('P', 'Thực hiện Kế hoạch số 45/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân phường về chuyển đổi số năm 2026, Ủy ban nhân dân phường Vườn Lài báo cáo kết quả Quý III năm 2026 như sau:'),
 ('H', 'I. CHÍNH QUYỀN SỐ'),
 ('P', '- Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình đạt 84,2%; tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt 100%.'),
 ('P', '- Triển khai Đề án 06: đã thu nhận 1.356 hồ sơ định danh điện tử mức 2; làm sạch 98% dữ liệu dân cư.'),
 ('H', 'II. KINH TẾ SỐ'),
 ('P', '- Hỗ trợ 37 hộ kinh doanh mở tài khoản thanh toán điện tử; vận động 12 hộ đưa sản phẩm lên sàn thương mại điện tử.'),
 ('H', 'III. XÃ HỘI SỐ'),
 ('P', '- Tổ chức 04 lớp "Bình dân học vụ số" cho 260 người dân; Tổ công nghệ số cộng đồng hỗ trợ trên 1.100 lượt người dân sử dụng dịch vụ công trực tuyến.'),
 ('H', 'IV. KHÓ KHĂN, ĐỀ XUẤT'),
 ('P', '- Máy tính tại Bộ phận Một cửa cấu hình thấp, đề nghị Thành phố bố trí kinh phí thay thế.'),
]
report(f, 'Phường Vườn Lài', 'Số: 318/BC-UBND', 'Vườn Lài, ngày 07 tháng 10 năm 2026',
       [KG_SO, 'Trung tâm Chuyển đổi số Thành phố'],
       'Kết quả thực hiện chuyển đổi số Quý III năm 2026', secs,
       'Ủy ban nhân dân phường Vườn Lài báo cáo./.',
       ['- Như trên;', '- Lưu: VT, VHXH.'], 'Đặng Quốc Việt')
k.write()
print('h2 done')
