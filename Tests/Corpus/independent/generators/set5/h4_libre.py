# Hand H4 - "chị Ngọc Hân": LibreOffice Writer user. Real Heading 1-3 styles, a results table whose
# plan-group rows are merged across all columns; progress column in percent ("đạt 75% kế hoạch",
# "100%", "0%") while the "Ghi chú" column carries the real status. Files saved by LibreOffice.
import os
from docx.shared import RGBColor
from common import *

def style_headings(d):
    for n, sz in ((1, 13), (2, 13), (3, 13)):
        st = d.styles['Heading %d' % n]
        st.font.name = 'Times New Roman'; st.font.size = Pt(sz); st.font.bold = (n < 3); st.font.italic = (n == 3)
        st.font.color.rgb = RGBColor(0, 0, 0)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); rpr.append(rf)
        for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
            rf.set(qn(a), 'Times New Roman')
        for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:cstheme', 'w:eastAsiaTheme'):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        st.paragraph_format.space_before = Pt(6); st.paragraph_format.space_after = Pt(3)

def make(fname, parent, org, so, date_line, title, blocks, signer_title, signer, noi_nhan):
    d = new_doc(size=13, margins=(20, 20, 30, 20))
    style_headings(d)
    header_block(d, [parent, org, so], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', date_line])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align=CENTER, size=14)
    para(d, title, bold=True, align=CENTER, size=13, after=6)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align=CENTER, after=12)
    for b in blocks:
        kind = b[0]
        if kind in ('H1', 'H2', 'H3'):
            para(d, b[1], style='Heading ' + kind[1])
        elif kind == 'P':
            para(d, b[1], align=JUST, indent=1.27, after=4)
        elif kind == 'L':
            para(d, b[1], style='List Bullet', align=JUST)
        elif kind == 'T':
            groups = b[1]
            nrows = 1 + sum(1 + len(g[1]) for g in groups)
            t = d.add_table(rows=nrows, cols=5); grid(t)
            hdrs = ['STT', 'Nhiệm vụ', 'Kết quả thực hiện', 'Tiến độ (% KH)', 'Ghi chú']
            for j, h in enumerate(hdrs):
                cell_text(t.rows[0].cells[j], h, bold=True, align=CENTER, size=12)
            r = 1
            for gname, rows in groups:
                merge_row(t, r, gname, bold=True); r += 1
                for row in rows:
                    for j, v in enumerate(row):
                        cell_text(t.rows[r].cells[j], v, size=12, align=CENTER if j in (0, 3) else None)
                    r += 1
            set_col_widths(t, [Cm(1.1), Cm(4.6), Cm(6.2), Cm(2.4), Cm(2.7)])
    para(d)
    sig = d.add_table(rows=1, cols=2); no_borders(sig)
    a, bcell = sig.rows[0].cells
    cell_text(a, 'Nơi nhận:', bold=True, italic=True, size=12); a.paragraphs[0].runs[0].italic = True
    for x in noi_nhan:
        p = a.add_paragraph(); add_runs(p, x, size=11)
    cell_text(bcell, signer_title + '\n\n\n\n' + signer, bold=True, align=CENTER)
    p = os.path.join(ROOT, fname)
    d.save(p)
    lo_resave(p, 'docx')

TITLE = 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'

# ---------------- Phòng Kiểm tra – Pháp chế ----------------
f = 'KTPC_BC thuc hien KH CT38.docx'
k = Key(f, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '58/BC-KTPC', '2026-10-29')
r2c = ['1', 'Đề xuất sửa đổi, bổ sung văn bản QPPL; triển khai Luật Tiêu chuẩn và QCKT, Luật Chất lượng SPHH',
       'Phối hợp Chi cục góp ý 02 dự thảo văn bản quy phạm pháp luật (dự thảo Nghị định quy định chi tiết Luật Chất lượng sản phẩm, hàng hóa sửa đổi; dự thảo Thông tư về kiểm tra nhà nước hàng nhập khẩu).',
       '100%', 'Hoàn thành']
r4b = ['2', 'Rà soát, bảo trì, kiểm định, hiệu chuẩn phương tiện kỹ thuật nghiệp vụ (NĐ 135/2021/NĐ-CP)',
       'Rà soát danh mục phương tiện; đã kiểm định, hiệu chuẩn 23 phương tiện đo dùng trong kiểm tra (cân, bình chuẩn kim loại, thước cuộn).',
       'đạt 80% kế hoạch', 'Đang thực hiện']
r5a = ['3', 'Kiểm tra, giám sát TĐC bảo đảm an toàn SPHH trong sản xuất, nhập khẩu, lưu thông',
       'Phối hợp 07 đoàn kiểm tra tại 64 cơ sở; phát hiện 11 cơ sở vi phạm; tham mưu ban hành quyết định xử phạt với tổng số tiền 186.250.000 đồng.',
       'đạt 75% kế hoạch', 'Đang thực hiện']
r5b = ['4', 'Khảo sát chất lượng SPHH, cảnh báo người tiêu dùng',
       'Phối hợp lấy 120 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng; đã thông tin kết quả đến cơ quan chức năng.',
       '100%', 'Hoàn thành đợt khảo sát năm 2026']
r5c = ['5', 'Phối hợp UBND phường, xã, đặc khu thực hiện nội dung được phân quyền',
       'Tham gia giảng dạy 02 lớp tập huấn nghiệp vụ xử phạt vi phạm hành chính về TĐC cho 112 công chức phường, xã.',
       'đạt 100% kế hoạch', 'Nhiệm vụ thường xuyên – đang thực hiện']
r5d = ['6', 'Khen thưởng, bảo vệ người tố giác; xử lý tham nhũng, tiêu cực',
       'Trong kỳ không có đơn thư tố giác liên quan lĩnh vực TĐC.', '–', 'Không phát sinh']
kk = ['Một số phương tiện kỹ thuật nghiệp vụ đã hết hạn kiểm định nhưng chưa có kinh phí thay thế.',
      'Nhân sự của Phòng ít, cùng lúc tham gia nhiều đoàn kiểm tra liên ngành.']
kn = ['Đề nghị Lãnh đạo Sở bổ sung 01 biên chế pháp chế cho Phòng.',
      'Đề nghị Chi cục chia sẻ dữ liệu kết quả kiểm tra trên phần mềm dùng chung để theo dõi, tổng hợp.']
blocks = [
 ('H1', 'I. CÔNG TÁC TRIỂN KHAI'),
 ('P', 'Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Phòng Kiểm tra – Pháp chế đã phân công công chức theo dõi, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện các nhiệm vụ được giao.'),
 ('H1', 'II. KẾT QUẢ THỰC HIỆN'),
 ('H2', '1. Tổng quan'),
 ('P', 'Phòng được giao phối hợp 06 nhiệm vụ; đến nay hoàn thành 02/6 nhiệm vụ (đạt 33%), 03 nhiệm vụ đang thực hiện, 01 nhiệm vụ không phát sinh.'),
 ('H2', '2. Kết quả cụ thể'),
 ('T', [('Nhóm 2. Quản lý nhà nước; rà soát, hoàn thiện văn bản (mục II.2)', [r2c]),
        ('Nhóm 4. Đầu tư ngân sách nhà nước cho công tác TĐC (mục II.4)', [r4b]),
        ('Nhóm 5. Tăng cường kiểm tra, giám sát (mục II.5)', [r5a, r5b, r5c, r5d])]),
 ('H1', 'III. KHÓ KHĂN, VƯỚNG MẮC'),
 ('L', kk[0]), ('L', kk[1]),
 ('H1', 'IV. ĐỀ XUẤT, KIẾN NGHỊ'),
 ('L', kn[0]), ('L', kn[1]),
]
make(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Số: 58/BC-KTPC',
     'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', TITLE, blocks, 'TRƯỞNG PHÒNG', 'Phạm Quốc Bảo',
     ['- Như trên;', '- Lãnh đạo Sở (để b/c);', '- Lưu: KTPC.'])
S = 'word/document.xml table 2 row %d'
k.entry('II.2.c', 'completed', {}, r2c[2][:100], S % 3)
k.entry('II.4.b', 'in_progress', {'instruments_verified': 23}, r4b[2][:100], S % 5)
k.entry('II.5.a', 'in_progress', {'inspections': 7, 'establishments_inspected': 64, 'violations': 11, 'fines_vnd': 186250000}, r5a[2][:100], S % 7)
k.entry('II.5.b', 'completed', {'samples_tested': 120}, r5b[2][:100], S % 8)
k.entry('II.5.c', 'in_progress', {'training_courses': 2, 'participants': 112}, r5c[2][:100], S % 9)
k.entry('II.5.d', 'not_applicable', {}, r5d[2][:100], S % 10)
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Phòng Chuyển đổi số ----------------
f = 'PhongCDS - BC CT38 (10.2026).docx'
k = Key(f, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '21/BC-CĐS', '2026-10-27')
r1a = ['1', 'Tập huấn VBQPPL về TĐC; Tọa đàm với doanh nghiệp nhập khẩu (phối hợp)',
       'Đăng tải 26 tin, bài về hoạt động tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở; hỗ trợ đăng ký trực tuyến cho các lớp tập huấn.',
       '100%', 'Hoàn thành']
r2h = ['2', 'Đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ; kết nối Cổng thông tin một cửa quốc gia',
       'Phối hợp Chi cục rà soát, đề xuất 05 nội dung cải tiến; hoàn thành kết nối liên thông với Cổng thông tin một cửa quốc gia trong tháng 3/2026.',
       '100%', 'Hoàn thành']
r2i = ['3', 'Kết nối, áp dụng hệ thống CSDL quốc gia về TĐC',
       'Đã kết nối thử nghiệm 02/04 nhóm dữ liệu (đo lường; mã số, mã vạch); chờ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia cấp tài khoản kết nối cho 02 nhóm còn lại.',
       'đạt 50% kế hoạch', 'Đang thực hiện']
r6b = ['4', 'Phối hợp APO thúc đẩy năng suất khu vực công',
       'Chưa có yêu cầu phối hợp.', '0%', 'Chưa triển khai']
kk = ['Hạ tầng kết nối với hệ thống của Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia chưa có tài liệu đặc tả kỹ thuật đầy đủ.']
kn = ['Đề nghị Chi cục làm đầu mối đề nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm cấp tài khoản kết nối và tài liệu API.']
blocks = [
 ('H1', 'I. KẾT QUẢ THỰC HIỆN'),
 ('P', 'Phòng Chuyển đổi số được giao phối hợp thực hiện 04 nhiệm vụ của Kế hoạch; kết quả cụ thể như sau:'),
 ('T', [('1. Tuyên truyền, nâng cao nhận thức', [r1a]),
        ('2. Quản lý nhà nước về TĐC', [r2h, r2i]),
        ('6. Trao đổi thông tin, hợp tác', [r6b])]),
 ('H1', 'II. KHÓ KHĂN, VƯỚNG MẮC'),
 ('H3', 'Về kỹ thuật'),
 ('P', kk[0]),
 ('H1', 'III. ĐỀ XUẤT'),
 ('P', kn[0]),
]
make(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', 'Số: 21/BC-CĐS',
     'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', TITLE, blocks, 'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG', 'Trịnh Minh Tuấn',
     ['- Như trên;', '- Lưu: CĐS.'])
S = 'word/document.xml table 2 row %d'
k.entry('II.1.a', 'completed', {'communications': 26}, r1a[2][:100], S % 3)
k.entry('II.2.h', 'completed', {}, r2h[2][:100], S % 5)
k.entry('II.2.i', 'in_progress', {}, r2i[2][:100], S % 6)
k.entry('II.6.b', 'not_started', {}, r6b[2], S % 8)
k.diff(*kk); k.prop(*kn); k.write()

# ---------------- Trung tâm CNTT và Địa không gian ----------------
f = 'TTCNTT-DKG_BC_CT38.docx'
k = Key(f, 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', '115/BC-TTCNTT', '2026-11-03')
r1a = ['1', 'Tổ chức tập huấn VBQPPL về TĐC và Tọa đàm với doanh nghiệp nhập khẩu',
       'Hỗ trợ kỹ thuật phát trực tuyến buổi Tọa đàm với doanh nghiệp nhập khẩu do Chi cục tổ chức.', '100%', 'Hoàn thành']
r2i = ['2', 'Kết nối, triển khai hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
       'Bố trí hạ tầng máy chủ, cấp 03 máy chủ ảo; đồng bộ dữ liệu hồ sơ công bố hợp chuẩn, hợp quy lên kho dữ liệu dùng chung của Sở.',
       'đạt 70% kế hoạch', 'Đang thực hiện']
kn = ['Đề nghị Chi cục phối hợp chuẩn hóa danh mục dữ liệu dùng chung lĩnh vực TĐC trước khi đồng bộ.']
blocks = [
 ('H1', 'I. TÌNH HÌNH THỰC HIỆN'),
 ('P', 'Trung tâm tham gia phối hợp thực hiện các nhiệm vụ liên quan đến hạ tầng công nghệ thông tin, dữ liệu của Kế hoạch. Kết quả:'),
 ('T', [('Mục II.1 – Tuyên truyền, nâng cao nhận thức', [r1a]),
        ('Mục II.2 – Quản lý nhà nước về TĐC', [r2i])]),
 ('H1', 'II. KIẾN NGHỊ'),
 ('P', kn[0]),
]
make(f, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN', 'Số: 115/BC-TTCNTT',
     'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026', TITLE, blocks, 'GIÁM ĐỐC', 'Lý Thanh Hải',
     ['- Như trên;', '- Lưu: VT, HCTH.'])
k.entry('II.1.a', 'completed', {}, r1a[2], S % 3)
k.entry('II.2.i', 'in_progress', {}, r2i[2][:100], S % 5)
k.prop(*kn); k.write()

# ---------------- Xã Thạnh An ----------------
f = 'ThanhAn_BC CT38_final.docx'
k = Key(f, '27676', 'Xã Thạnh An', '64/BC-UBND', '2026-10-15')
a = ['1', 'Tuyên truyền, phổ biến pháp luật về TĐC',
     'Đài truyền thanh xã phát 12 tin, bài về đo lường, chất lượng hàng hóa, nhãn hàng hóa.', '100%', 'Hoàn thành']
b = ['2', 'Xây dựng, áp dụng HTQLCL theo TCVN ISO 9001:2015 tại UBND xã',
     'Đã ban hành chính sách, mục tiêu chất lượng; đang xây dựng quy trình nội bộ.', 'đạt 60% kế hoạch', 'Đang thực hiện']
c = ['3', 'Cử công chức tham dự tập huấn nghiệp vụ TĐC',
     'Chưa cử được công chức tham dự do địa bàn đảo, lịch tàu không phù hợp.', '0%', 'Chưa thực hiện']
dd = ['4', 'Phối hợp kiểm tra nội dung được phân quyền',
      'Phối hợp Chi cục kiểm tra 01 cuộc tại 09 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng.', 'đạt 50% kế hoạch (01/02 đợt)', 'Đang thực hiện']
kk = ['Xã đảo, đi lại khó khăn, việc tham gia các lớp tập huấn tại trung tâm Thành phố chưa thuận lợi.',
      'Chưa có công chức chuyên môn về tiêu chuẩn, đo lường, chất lượng.']
kn = ['Đề nghị Chi cục tổ chức tập huấn trực tuyến hoặc tập huấn tại xã Thạnh An.']
blocks = [
 ('H1', 'I. KẾT QUẢ THỰC HIỆN'),
 ('P', 'Ủy ban nhân dân xã Thạnh An báo cáo kết quả thực hiện các nội dung của Kế hoạch có liên quan đến xã như sau:'),
 ('T', [('Nhóm nhiệm vụ 1. Tuyên truyền', [a]), ('Nhóm nhiệm vụ 2. Quản lý nhà nước', [b]),
        ('Nhóm nhiệm vụ 3. Đào tạo nguồn nhân lực', [c]), ('Nhóm nhiệm vụ 5. Kiểm tra, giám sát', [dd])]),
 ('H1', 'II. KHÓ KHĂN, VƯỚNG MẮC'),
 ('L', kk[0]), ('L', kk[1]),
 ('H1', 'III. ĐỀ XUẤT'),
 ('L', kn[0]),
]
make(f, 'ỦY BAN NHÂN DÂN', 'XÃ THẠNH AN', 'Số: 64/BC-UBND',
     'Thạnh An, ngày 15 tháng 10 năm 2026', TITLE, blocks, 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'Nguyễn Văn Đực',
     ['- Như trên;', '- Sở Khoa học và Công nghệ;', '- Lưu: VT, KT.'])
k.entry('II.1.a', 'completed', {'communications': 12}, a[2], S % 3)
k.entry('II.2.đ', 'in_progress', {}, b[2], S % 5)
k.entry('II.3.a', 'not_started', {}, c[2], S % 7)
k.entry('II.5.c', 'in_progress', {'inspections': 1, 'establishments_inspected': 9}, dd[2], S % 9)
k.diff(*kk); k.prop(*kn); k.write()
print('h4 done')
