# Hand H5 - "anh Thanh Bình": short report, two opening lines, then a small 4-column table
# (STT | Nhiệm vụ | Kết quả | Tình hình). Each "Kết quả" cell packs several figures of free text
# separated by ";". Status words: "Đã xong", "Đang tiếp tục", "Chưa thực hiện", "Không có".
# Difficulties and proposals share one section "III. Khó khăn, vướng mắc và đề xuất", items as "-";
# the proposals are the items that start with "Đề nghị".
import os
from common import *

def make(fname, left, so, date_line, kinh_gui, intro, rows, kk_kn, closing, signer_title, signer, noi_nhan, sec2='II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ'):
    d = new_doc(size=13, margins=(20, 20, 30, 15))
    header_block(d, left + [so], left_bold_from=len(left) - 1, right=['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', date_line])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=CENTER, size=14)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align=CENTER, after=6)
    para(d, kinh_gui, align=CENTER, after=12)
    para(d, 'I. TÌNH HÌNH TRIỂN KHAI', bold=True, indent=1)
    para(d, intro, align=JUST, indent=1, after=6)
    para(d, sec2, bold=True, indent=1)
    t = d.add_table(rows=1 + len(rows), cols=4); grid(t)
    for j, h in enumerate(['STT', 'Nhiệm vụ (theo Kế hoạch)', 'Kết quả', 'Tình hình']):
        cell_text(t.rows[0].cells[j], h, bold=True, align=CENTER, size=12)
    for i, row in enumerate(rows, 1):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, size=12, align=CENTER if j in (0, 3) else None)
    set_col_widths(t, [Cm(1.1), Cm(5.0), Cm(8.0), Cm(2.6)])
    para(d)
    para(d, 'III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT', bold=True, indent=1)
    for x in kk_kn:
        para(d, '- ' + x, align=JUST, indent=1, after=3)
    para(d, closing, align=JUST, indent=1, after=12)
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    a, b = sig.rows[0].cells
    cell_text(a, 'Nơi nhận:', bold=True, italic=True, size=12); a.paragraphs[0].runs[0].italic = True
    for x in noi_nhan:
        p = a.add_paragraph(); add_runs(p, x, size=11)
    cell_text(b, signer_title + '\n\n\n\n' + signer, bold=True, align=CENTER)
    d.save(os.path.join(ROOT, fname))

KG_CC = 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.'
S = 'word/document.xml table 2 row %d'

# ---------------- Văn phòng Sở ----------------
f = 'VP So - KQ CT38.docx'
k = Key(f, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '1290/BC-VP', '2026-10-26')
rows = [
 ['1', 'Duy trì, cải tiến HTQLCL trong cơ quan hành chính (điểm đ mục II.2)',
  'Tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ ISO 9001:2015, 42 học viên; cấp 40 giấy chứng nhận; đánh giá nội bộ tại 09 phòng, đơn vị; cập nhật 37 quy trình.', 'Đã xong'],
 ['2', 'Đề xuất cải tiến hệ thống TTHC, kết nối Cổng một cửa quốc gia (điểm h mục II.2)',
  'Tích hợp 14 thủ tục hành chính lĩnh vực TĐC lên Cổng Dịch vụ công quốc gia; phối hợp Phòng Chuyển đổi số vận hành kết nối.', 'Đã xong'],
 ['3', 'Đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp (điểm a mục II.4)',
  'Thẩm định, trình phê duyệt dự toán mua sắm thiết bị cho Trung tâm; đã giải ngân 2,1 tỷ đồng/3,5 tỷ đồng dự toán (đạt 60%).', 'Đang tiếp tục'],
 ['4', 'Khen thưởng, bảo vệ người tố giác (điểm d mục II.5)',
  'Không phát sinh đơn thư tố giác.', 'Không có'],
]
kk_kn = ['Thời gian lựa chọn nhà thầu mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân.',
         'Đề nghị Chi cục gửi sớm danh mục thiết bị ưu tiên năm 2027 để Văn phòng tổng hợp dự toán.']
make(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'VĂN PHÒNG SỞ'], 'Số: 1290/BC-VP', 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026', KG_CC,
     'Văn phòng Sở đã phân công chuyên viên theo dõi các nhiệm vụ được giao phối hợp trong Kế hoạch. Kết quả đến ngày 20/10/2026 như sau:',
     rows, kk_kn, 'Văn phòng Sở báo cáo./.', 'KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG', 'Đỗ Thanh Bình',
     ['- Như trên;', '- Lãnh đạo Sở;', '- Lưu: VP.'])
k.entry('II.2.đ', 'completed', {'training_courses': 1, 'participants': 42}, rows[0][2][:90], S % 2)
k.entry('II.2.h', 'completed', {}, rows[1][2][:90], S % 3)
k.entry('II.4.a', 'in_progress', {'budget_spent_vnd': 2100000000}, rows[2][2][:90], S % 4)
k.entry('II.5.d', 'not_applicable', {}, rows[3][2], S % 5)
k.diff(kk_kn[0]); k.prop(kk_kn[1]); k.write()

# ---------------- Sở An toàn thực phẩm ----------------
f = 'SATTP bc CT38 2026.docx'
k = Key(f, 'SO-ATTP', 'Sở An toàn thực phẩm', '812/BC-SATTP', '2026-11-04')
rows = [
 ['1', 'Góp ý, xây dựng tiêu chuẩn, quy chuẩn kỹ thuật',
  'Góp ý 05 dự thảo QCVN về phụ gia thực phẩm, bao bì tiếp xúc trực tiếp với thực phẩm; tham gia xây dựng 01 dự thảo quy chuẩn kỹ thuật địa phương về nước đá dùng liền.', 'Đang tiếp tục'],
 ['2', 'Kiểm tra chất lượng, nhãn hàng hóa (phối hợp)',
  'Phối hợp 06 đoàn kiểm tra ghi nhãn thực phẩm bao gói sẵn tại 58 cơ sở; lấy 74 mẫu kiểm nghiệm; 09 cơ sở vi phạm, phạt 132,5 triệu đồng.', 'Đang tiếp tục'],
 ['3', 'Cử công chức tập huấn, hội thảo về TĐC',
  'Cử 06 công chức dự tập huấn TĐC; 02 công chức dự hội thảo truy xuất nguồn gốc (tổng 08 lượt).', 'Đã xong'],
]
kk_kn = ['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu khảo sát chất lượng thực phẩm bao gói để phối hợp hậu kiểm.']
make(f, ['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM'], 'Số: 812/BC-SATTP', 'Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026',
     'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
     'Sở An toàn thực phẩm đã quán triệt, giao các phòng nghiệp vụ phối hợp thực hiện các nội dung liên quan của Kế hoạch.',
     rows, kk_kn, 'Sở An toàn thực phẩm báo cáo./.', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Huỳnh Lê Thái Hòa',
     ['- Như trên;', '- Lưu: VT, NV.'])
k.entry('II.2.e', 'in_progress', {'standards_reviewed': 6}, rows[0][2][:90], S % 2)
k.entry('II.5.a', 'in_progress', {'inspections': 6, 'establishments_inspected': 58, 'samples_tested': 74, 'violations': 9, 'fines_vnd': 132500000}, rows[1][2][:90], S % 3)
k.entry('II.3.a', 'completed', {'participants': 8}, rows[2][2][:60], S % 4)
k.prop(*kk_kn); k.write()

# ---------------- Phòng Quản lý Khoa học ----------------
f = 'QLKH_bao cao CT38.docx'
k = Key(f, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '77/BC-QLKH', '2026-10-30')
rows = [
 ['1', 'Thu hút cán bộ trình độ cao, chuyên gia về TĐC (chủ trì)',
  'Tiếp nhận 03 hồ sơ đề xuất thu hút chuyên gia lĩnh vực đo lường, thử nghiệm; đã trình UBND Thành phố công nhận 01 chuyên gia.', 'Đang tiếp tục'],
 ['2', 'Khóa bồi dưỡng chuyên sâu về năng suất, chất lượng (phối hợp)',
  'Phối hợp Chi cục tổ chức 02 khóa bồi dưỡng chuyên sâu về năng suất, 86 học viên doanh nghiệp; cấp 80 chứng chỉ.', 'Đã xong'],
 ['3', 'Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý tiên tiến (phối hợp)',
  'Hỗ trợ 12 doanh nghiệp khoa học và công nghệ áp dụng ISO 9001, ISO 22000; kinh phí hỗ trợ 360 triệu đồng.', 'Đang tiếp tục'],
 ['4', 'Phối hợp APO thúc đẩy năng suất (phối hợp)', 'Chưa có yêu cầu của Ủy ban.', 'Chưa thực hiện'],
]
kk_kn = ['Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường, thử nghiệm đang làm việc tại khu vực tư nhân.',
         'Đề nghị Chi cục đề xuất danh mục vị trí chuyên gia cần thu hút năm 2027 để Phòng tổng hợp trình Lãnh đạo Sở.']
make(f, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC'], 'Số: 77/BC-QLKH', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', KG_CC,
     'Phòng Quản lý Khoa học chủ trì 01 nhiệm vụ và phối hợp 03 nhiệm vụ của Kế hoạch.',
     rows, kk_kn, 'Phòng Quản lý Khoa học báo cáo./.', 'TRƯỞNG PHÒNG', 'Mai Xuân Trường',
     ['- Như trên;', '- Lưu: QLKH.'])
k.entry('II.3.c', 'in_progress', {}, rows[0][2][:90], S % 2)
k.entry('II.3.b', 'completed', {'training_courses': 2, 'participants': 86}, rows[1][2][:90], S % 3)
k.entry('II.2.d', 'in_progress', {'enterprises_supported': 12, 'budget_spent_vnd': 360000000}, rows[2][2][:90], S % 4)
k.entry('II.6.b', 'not_started', {}, rows[3][2], S % 5)
k.diff(kk_kn[0]); k.prop(kk_kn[1]); k.write()

# ---------------- Phường Rạch Dừa ----------------
f = 'Báo cáo CT38 - Rạch Dừa.docx'
k = Key(f, '26536', 'Phường Rạch Dừa', '233/BC-UBND', '2026-10-21')
rows = [
 ['1', 'Tuyên truyền, phổ biến pháp luật về TĐC',
  'Tổ chức 01 hội nghị tuyên truyền, 92 đại biểu; đăng 07 tin bài trên trang thông tin phường.', 'Đã xong'],
 ['2', 'Phối hợp kiểm tra theo phân cấp',
  'Phối hợp Chi cục kiểm tra 02 đợt, 23 cơ sở (xăng dầu, cân tại chợ Rạch Dừa); 03 cơ sở vi phạm; phạt 7,5 triệu đồng.', 'Đang tiếp tục'],
 ['3', 'Áp dụng HTQLCL TCVN ISO 9001:2015 tại UBND phường',
  'Công bố lại HTQLCL ngày 10/9/2026.', 'Đã xong'],
 ['4', 'Tập huấn nghiệp vụ TĐC cho công chức', 'Cử 02 cán bộ dự tập huấn.', 'Đã xong'],
]
kk_kn = ['Phường chưa có kinh phí riêng cho hoạt động tuyên truyền về tiêu chuẩn, đo lường, chất lượng.',
         'Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền, tờ rơi về đo lường trong thương mại bán lẻ.',
         'Đề nghị Chi cục tiếp tục phối hợp kiểm tra cân tại chợ vào dịp Tết Nguyên đán.']
make(f, ['ỦY BAN NHÂN DÂN', 'PHƯỜNG RẠCH DỪA'], 'Số: 233/BC-UBND', 'Rạch Dừa, ngày 21 tháng 10 năm 2026',
     'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.',
     'UBND phường đã giao Phòng Kinh tế phối hợp các đơn vị liên quan triển khai các nội dung của Kế hoạch.',
     rows, kk_kn, 'UBND phường Rạch Dừa báo cáo./.', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Bùi Thị Hồng Nhung',
     ['- Như trên;', '- Chi cục TĐC;', '- Lưu: VT, KT.'])
k.entry('II.1.a', 'completed', {'training_courses': 1, 'participants': 92, 'communications': 7}, rows[0][2][:80], S % 2)
k.entry('II.5.c', 'in_progress', {'inspections': 2, 'establishments_inspected': 23, 'violations': 3, 'fines_vnd': 7500000}, rows[1][2][:80], S % 3)
k.entry('II.2.đ', 'completed', {}, rows[2][2], S % 4)
k.entry('II.3.a', 'completed', {'participants': 2}, rows[3][2], S % 5)
k.diff(kk_kn[0]); k.prop(*kk_kn[1:]); k.write()
print('h5 done')
