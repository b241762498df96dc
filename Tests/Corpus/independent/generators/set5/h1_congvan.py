# Hand H1 - "chị Mỹ Linh": specialist at a city department writing a công văn reply (no table).
# Refers to tasks by position ("điểm e khoản 2 mục II"), numbers in words with digits in
# parentheses, figures often put in real Word footnotes.
import os
from common import *

def cong_van(fname, org, parent, so, vv, date_line, kinh_gui, opening, items, footnotes,
             kk_intro, kk, kn_intro, kn, closing, signer_title, signer, noi_nhan):
    d = new_doc(size=14, margins=(20, 20, 30, 15))
    t = header_block(d, [parent, org, so, vv], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
                     'Độc lập - Tự do - Hạnh phúc', '', date_line], left_bold_from=1)
    # make the V/v line normal, smaller
    vvp = t.rows[0].cells[0].paragraphs[3]
    for r in vvp.runs:
        r.bold = False; r.font.size = Pt(12)
    para(d)
    para(d, kinh_gui, align=CENTER)
    para(d)
    for txt in opening:
        para(d, txt, align=JUST, indent=1.27, after=6)
    for txt in items:
        para(d, txt, align=JUST, indent=1.27, after=6)
    if kk_intro:
        para(d, kk_intro, align=JUST, indent=1.27, after=6)
        for x in kk:
            para(d, '- ' + x, align=JUST, indent=1.27, after=3)
    if kn_intro:
        para(d, kn_intro, align=JUST, indent=1.27, after=6)
        for x in kn:
            para(d, '- ' + x, align=JUST, indent=1.27, after=3)
    para(d, closing, align=JUST, indent=1.27, after=12)
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    a, b = sig.rows[0].cells
    cell_text(a, 'Nơi nhận:', bold=True, italic=True, size=12)
    a.paragraphs[0].runs[0].italic = True
    for x in noi_nhan:
        p = a.add_paragraph(); add_runs(p, x, size=11)
    cell_text(b, signer_title + '\n\n\n\n\n' + signer, bold=True, align=CENTER)
    add_footnotes(d, footnotes)
    path = os.path.join(ROOT, fname)
    d.save(path)
    return path

PARENT = 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH'
KG = 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.'
OPEN_REF = ('Phúc đáp Công văn số 3125/SKHCN-TĐC ngày 15 tháng 9 năm 2026 của Sở Khoa học và Công nghệ '
            'về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30 tháng 7 năm 2024 '
            'của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia năm 2026 (sau đây gọi tắt là Kế hoạch), ')

# ---------------- Sở Công Thương ----------------
f = 'CV 2847-SCT-QLCN bao cao CT38.docx'
k = Key(f, 'SO-CT', 'Sở Công Thương', '2847/SCT-QLCN', '2026-10-08')
i1 = ('1. Đối với nhiệm vụ tại điểm e khoản 2 mục II của Kế hoạch: trong 9 tháng đầu năm 2026, Sở Công Thương đã '
      'hoàn thành việc góp ý bốn (04) dự thảo quy chuẩn kỹ thuật quốc gia và hai (02) dự thảo tiêu chuẩn quốc gia[[FN:1]] '
      'thuộc lĩnh vực công nghiệp, thương mại theo đề nghị của các Bộ, ngành và của Sở Khoa học và Công nghệ, '
      'nâng tổng số dự thảo đã góp ý lên sáu (06) dự thảo.')
i2 = ('2. Đối với nhiệm vụ tại điểm a khoản 5 mục II của Kế hoạch: Sở Công Thương đã cử công chức tham gia ba (03) đoàn '
      'kiểm tra liên ngành do Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì đối với mặt hàng xăng dầu, khí dầu mỏ hóa lỏng (LPG); '
      'các đoàn đã kiểm tra hai mươi lăm (25) cơ sở[[FN:2]], phát hiện ba (03) cơ sở vi phạm về đo lường, '
      'đã chuyển hồ sơ để Chi cục xử lý theo thẩm quyền. Đây là nhiệm vụ thường xuyên, Sở tiếp tục phối hợp thực hiện trong Quý IV/2026.')
i3 = ('3. Đối với nhiệm vụ tại điểm a khoản 3 mục II của Kế hoạch: Sở đã cử mười hai (12) lượt công chức các phòng chuyên môn '
      'tham dự các lớp tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức; nội dung này '
      'đã thực hiện xong trong Quý III/2026.')
i4 = ('4. Đối với nhiệm vụ tại điểm d khoản 5 mục II của Kế hoạch: trong kỳ, Sở Công Thương không nhận được phản ánh, '
      'tố giác hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng, do đó không phát sinh nội dung khen thưởng, bảo vệ người tố giác.')
fn = {1: 'QCVN về an toàn dây và cáp điện hạ áp (sửa đổi QCVN 4:2009/BKHCN); QCVN về thép làm cốt bê tông; QCVN về chai chứa LPG; '
         'QCVN về an toàn đồ chơi trẻ em (lần 2); TCVN về xăng sinh học E10 và TCVN về phương pháp lấy mẫu dầu mỏ.',
      2: 'Gồm 17 cửa hàng bán lẻ xăng dầu và 08 cơ sở kinh doanh LPG trên địa bàn các phường Thủ Dầu Một, Bình Dương, Phú Lợi.'}
kk = ['Sau khi sắp xếp tổ chức bộ máy, việc phân định trách nhiệm kiểm tra chất lượng hàng hóa lưu thông trên thị trường giữa các sở, ngành và lực lượng quản lý thị trường có lúc chưa rõ ràng, dẫn đến lúng túng khi phối hợp.']
kn = ['Đề nghị Sở Khoa học và Công nghệ sớm thông báo kế hoạch kiểm tra liên ngành Quý IV/2026 để Sở Công Thương chủ động bố trí công chức tham gia.',
      'Đề nghị Sở Khoa học và Công nghệ gửi danh mục dự thảo tiêu chuẩn, quy chuẩn cần góp ý kèm thời hạn cụ thể, tối thiểu 10 ngày làm việc.']
cong_van(f, 'SỞ CÔNG THƯƠNG', PARENT, 'Số: 2847/SCT-QLCN',
         'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
         'Thành phố Hồ Chí Minh, ngày 08 tháng 10 năm 2026', KG,
         [OPEN_REF + 'Sở Công Thương báo cáo như sau:'], [i1, i2, i3, i4], fn,
         '5. Về khó khăn, vướng mắc:', kk, '6. Sở Công Thương kiến nghị:', kn,
         'Trên đây là báo cáo của Sở Công Thương, kính gửi Sở Khoa học và Công nghệ tổng hợp./.',
         'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Nguyễn Văn Thịnh',
         ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, QLCN (Linh).'])
k.entry('II.2.e', 'completed', {'standards_reviewed': 6}, i1[:120], 'word/document.xml paragraph "1. Đối với nhiệm vụ tại điểm e khoản 2"; footnote 1')
k.entry('II.5.a', 'in_progress', {'inspections': 3, 'establishments_inspected': 25, 'violations': 3}, i2[:120], 'word/document.xml paragraph "2."; footnote 2')
k.entry('II.3.a', 'completed', {'participants': 12}, i3[:120], 'word/document.xml paragraph "3."')
k.entry('II.5.d', 'not_applicable', {}, i4[:120], 'word/document.xml paragraph "4."')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Sở Y tế ----------------
f = 'SYT_4512_phuc dap SKHCN.docx'
k = Key(f, 'SO-YT', 'Sở Y tế', '4512/SYT-NVY', '2026-10-20')
i1 = ('1. Nhiệm vụ tại điểm đ khoản 2 mục II của Kế hoạch (áp dụng hệ thống quản lý chất lượng trong cơ quan hành chính): '
      'Sở Y tế đã hoàn thành việc duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015, '
      'tổ chức đánh giá nội bộ và xem xét của lãnh đạo năm 2026, công bố lại Hệ thống quản lý chất lượng phù hợp với bộ thủ tục hành chính mới.')
i2 = ('2. Nhiệm vụ tại điểm e khoản 2 mục II của Kế hoạch: Sở đã góp ý ba (03) dự thảo quy chuẩn kỹ thuật quốc gia[[FN:1]] '
      'liên quan đến trang thiết bị y tế và phương tiện đo dùng trong y tế; nhiệm vụ đã hoàn thành đúng thời hạn đề nghị.')
i3 = ('3. Nhiệm vụ tại điểm a khoản 5 mục II của Kế hoạch: Sở Y tế đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng '
      'kiểm tra việc chấp hành quy định về đo lường đối với phương tiện đo nhóm 2 tại các cơ sở khám bệnh, chữa bệnh[[FN:2]]; '
      'nhiệm vụ đang tiếp tục thực hiện.')
i4 = ('4. Nhiệm vụ tại điểm a khoản 3 mục II của Kế hoạch: Sở đã cử tám (08) công chức, viên chức tham dự tập huấn nghiệp vụ '
      'về tiêu chuẩn, đo lường, chất lượng; Sở đang tiếp tục cử công chức tham gia các lớp của Quý IV/2026.')
fn = {1: 'Dự thảo QCVN về huyết áp kế; dự thảo QCVN về nhiệt kế y học điện tử; dự thảo QCVN về máy X-quang chẩn đoán thông thường.',
      2: 'Hai (02) cuộc kiểm tra tại mười bốn (14) cơ sở khám bệnh, chữa bệnh; phát hiện một (01) cơ sở sử dụng huyết áp kế chưa được kiểm định, '
         'đã nhắc nhở và yêu cầu thực hiện kiểm định theo quy định.'}
kn = ['Đề nghị Sở Khoa học và Công nghệ phối hợp tổ chức lớp tập huấn chuyên đề về quản lý phương tiện đo nhóm 2 trong lĩnh vực y tế cho cán bộ phụ trách trang thiết bị của các bệnh viện.']
cong_van(f, 'SỞ Y TẾ', PARENT, 'Số: 4512/SYT-NVY',
         'V/v phúc đáp Công văn số 3125/SKHCN-TĐC',
         'Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026', KG,
         [OPEN_REF + 'Sở Y tế báo cáo kết quả thực hiện các nhiệm vụ có liên quan như sau:'], [i1, i2, i3, i4], fn,
         None, [], '5. Kiến nghị:', kn,
         'Sở Y tế kính gửi Sở Khoa học và Công nghệ tổng hợp, báo cáo Ủy ban nhân dân Thành phố./.',
         'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Trần Minh Khoa',
         ['- Như trên;', '- Ban Giám đốc;', '- Lưu: VT, NVY (ML).'])
k.entry('II.2.đ', 'completed', {}, i1[:120], 'word/document.xml paragraph "1. Nhiệm vụ tại điểm đ khoản 2"')
k.entry('II.2.e', 'completed', {'standards_reviewed': 3}, i2[:120], 'paragraph "2."; footnote 1')
k.entry('II.5.a', 'in_progress', {'inspections': 2, 'establishments_inspected': 14, 'violations': 1}, i3[:120], 'paragraph "3."; footnote 2')
k.entry('II.3.a', 'in_progress', {'participants': 8}, i4[:120], 'paragraph "4."')
k.prop(*kn); k.write()

# ---------------- Sở Xây dựng ----------------
f = '7315_SXD_BC_ChiThi38.docx'
k = Key(f, 'SO-XD', 'Sở Xây dựng', '7315/SXD-VLXD', '2026-10-27')
i1 = ('1. Về nhiệm vụ tại điểm e khoản 2 mục II (xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật): trong năm, Sở Xây dựng đã tham gia '
      'tổng cộng mười hai (12) dự thảo, trong đó góp ý mười một (11) dự thảo tiêu chuẩn quốc gia, quy chuẩn kỹ thuật quốc gia về vật liệu xây dựng, '
      'an toàn công trình và chủ trì xây dựng một (01) dự thảo quy chuẩn kỹ thuật địa phương về cốt nền xây dựng[[FN:1]]. '
      'Dự thảo quy chuẩn kỹ thuật địa phương đang được lấy ý kiến các sở, ngành, dự kiến trình ban hành trong tháng 12/2026.')
i2 = ('2. Về nhiệm vụ tại điểm a khoản 5 mục II (kiểm tra chất lượng sản phẩm, hàng hóa): Sở đã tổ chức bốn (04) cuộc kiểm tra chất lượng '
      'vật liệu xây dựng tại ba mươi mốt (31) cơ sở sản xuất, kinh doanh; lấy bốn mươi sáu (46) mẫu gửi thử nghiệm; phát hiện năm (05) cơ sở vi phạm, '
      'đã xử phạt vi phạm hành chính tám mươi bảy triệu năm trăm nghìn đồng (87.500.000 đồng)[[FN:2]]. Sở đang tiếp tục triển khai kiểm tra theo kế hoạch Quý IV/2026.')
i3 = ('3. Về nhiệm vụ tại điểm a khoản 3 mục II: Sở đã cử mười lăm (15) lượt công chức, viên chức tham dự các lớp tập huấn, hội thảo về tiêu chuẩn, '
      'đo lường, chất lượng; đã hoàn thành.')
fn = {1: 'Theo Quyết định số 2104/QĐ-UBND ngày 12 tháng 5 năm 2026 của Ủy ban nhân dân Thành phố về danh mục quy chuẩn kỹ thuật địa phương cần xây dựng giai đoạn 2026 – 2027.',
      2: 'Các hành vi vi phạm chủ yếu: không công bố hợp quy xi măng, thép; ghi nhãn hàng hóa không đầy đủ. Trong đó 02 cơ sở bị xử phạt tại phường Tân Thuận, 03 cơ sở tại xã Bình Chánh.'}
kk = ['Số lượng mẫu vật liệu xây dựng cần thử nghiệm lớn trong khi kinh phí lấy mẫu, thử nghiệm được giao còn hạn chế.',
      'Một số dự thảo tiêu chuẩn, quy chuẩn gửi xin ý kiến có thời hạn góp ý ngắn, chưa đủ thời gian lấy ý kiến các hội, hiệp hội ngành nghề.']
kn = ['Kiến nghị Sở Khoa học và Công nghệ hỗ trợ chi phí thử nghiệm mẫu vật liệu xây dựng trong các đợt kiểm tra phối hợp.']
cong_van(f, 'SỞ XÂY DỰNG', PARENT, 'Số: 7315/SXD-VLXD',
         'V/v báo cáo kết quả thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026',
         'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', KG,
         [OPEN_REF + 'Sở Xây dựng báo cáo như sau:'], [i1, i2, i3], fn,
         '4. Khó khăn, vướng mắc:', kk, '5. Kiến nghị:', kn,
         'Sở Xây dựng báo cáo để Sở Khoa học và Công nghệ tổng hợp./.',
         'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Lê Hoàng Nam',
         ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, VLXD.'])
k.entry('II.2.e', 'in_progress', {'standards_reviewed': 12}, i1[:120], 'paragraph "1. Về nhiệm vụ tại điểm e khoản 2"')
k.entry('II.5.a', 'in_progress', {'inspections': 4, 'establishments_inspected': 31, 'samples_tested': 46, 'violations': 5, 'fines_vnd': 87500000}, i2[:120], 'paragraph "2."; footnote 2')
k.entry('II.3.a', 'completed', {'participants': 15}, i3[:120], 'paragraph "3."')
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Sở Giáo dục và Đào tạo ----------------
f = 'SGDDT-3390-BC-TDC.docx'
k = Key(f, 'SO-GDDT', 'Sở Giáo dục và Đào tạo', '3390/SGDĐT-GDNN', '2026-09-30')
i1 = ('1. Nhiệm vụ tại điểm d khoản 3 mục II của Kế hoạch: Sở Giáo dục và Đào tạo đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng '
      'tổ chức hai (02) buổi tập huấn về mã số, mã vạch và truy xuất nguồn gốc sản phẩm, hàng hóa cho học sinh, sinh viên các trường cao đẳng, '
      'trung cấp với ba trăm mười (310) sinh viên tham dự[[FN:1]]. Sở đang tiếp tục phối hợp tổ chức các buổi tiếp theo trong Quý IV/2026.')
i2 = ('2. Nhiệm vụ tại điểm a khoản 1 mục II của Kế hoạch: Sở đã chỉ đạo đăng tải mười tám (18) tin, bài tuyên truyền về tiêu chuẩn, đo lường, '
      'chất lượng trên Cổng thông tin điện tử của Sở và trang thông tin của các trường; nhiệm vụ đã hoàn thành.')
i3 = ('3. Nhiệm vụ tại điểm đ khoản 2 mục II của Kế hoạch: Sở đang triển khai chuyển đổi, áp dụng Hệ thống quản lý chất lượng theo '
      'TCVN ISO 9001:2015 trên môi trường điện tử, dự kiến hoàn thành trong tháng 11/2026.')
fn = {1: 'Trường Cao đẳng Kỹ thuật Cao Thắng (ngày 14/8/2026) và Trường Cao đẳng Công Thương Thành phố Hồ Chí Minh (ngày 11/9/2026).'}
kn = ['Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, học liệu điện tử về tiêu chuẩn, đo lường, chất lượng để các trường đưa vào hoạt động ngoại khóa.']
cong_van(f, 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', PARENT, 'Số: 3390/SGDĐT-GDNN',
         'V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
         'Thành phố Hồ Chí Minh, ngày 30 tháng 9 năm 2026', KG,
         [OPEN_REF + 'Sở Giáo dục và Đào tạo báo cáo như sau:'], [i1, i2, i3], fn,
         None, [], '4. Đề xuất:', kn,
         'Sở Giáo dục và Đào tạo báo cáo Sở Khoa học và Công nghệ./.',
         'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'Phạm Thị Thu Hà',
         ['- Như trên;', '- Lưu: VT, GDNN.'])
k.entry('II.3.d', 'in_progress', {'training_courses': 2, 'participants': 310}, i1[:120], 'paragraph "1."; footnote 1')
k.entry('II.1.a', 'completed', {'communications': 18}, i2[:120], 'paragraph "2."')
k.entry('II.2.đ', 'in_progress', {}, i3[:120], 'paragraph "3."')
k.prop(*kn); k.write()
print('h1 done')
