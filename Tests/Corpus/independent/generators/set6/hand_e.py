"""Hand E: a department answers the plan task by task in a Word-numbered list; each item has
sub-points '- Kết quả:', '- Tồn tại:', '- Đề xuất:' (difficulties and proposals mixed per task)."""
import os
from common import *

NONE = ('Không.', 'Không', 'Không có.', 'Chưa có.')


def build(fname, left1, left2, number, date_line, title, intro, items, signer, author, labels=('Kết quả', 'Tồn tại', 'Đề xuất'),
          closing_note=None):
    d = new_doc(size=13); set_core(d, author)
    header_block(d, left1, left2, number, date_line)
    para(d, 'BÁO CÁO', bold=True, align='c')
    para(d, title, bold=True, align='c')
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).', align='c')
    para(d, intro, align='j', indent=1)
    para(d, 'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO', bold=True)
    diffs, props, srcs = [], [], []
    for (head, res, ton, de) in items:
        p = d.add_paragraph(style='List Number'); r = p.add_run(head); r.bold = True
        srcs.append(len(d.element.body.findall(qn('w:p'))))
        for lab, txt in zip(labels, (res, ton, de)):
            if txt is None: continue
            q = para(d, align='j', indent=1)
            run(q, '- ' + lab + ': ', italic=True); run(q, txt)
        if ton is not None and ton not in NONE: diffs.append(ton)
        if de is not None and de not in NONE: props.append(de)
    if closing_note: para(d, closing_note, align='j', indent=1)
    t = d.add_table(rows=1, cols=2)
    cell_text(t.cell(0, 0), 'Nơi nhận:\n- Như trên;\n- Lưu: VT.', italic=True, size=11)
    cell_text(t.cell(0, 1), signer, bold=True, align='c')
    d.save(os.path.join(ROOT, fname))
    return diffs, props, srcs


def build_e1():
    fname = 'KTPC_BC_thuc_hien_KH_CT38.docx'
    items = [
        ('Góp ý, đề xuất sửa đổi các văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
         'Phối hợp Chi cục góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi). Đã hoàn thành.', 'Không.', 'Không.'),
        ('Kiểm tra về tiêu chuẩn, đo lường, chất lượng đối với sản phẩm, hàng hóa sản xuất, nhập khẩu, lưu thông',
         'Phối hợp Chi cục tổ chức 09 đoàn kiểm tra, kiểm tra 73 cơ sở, phát hiện 11 cơ sở vi phạm; tham mưu Giám đốc Sở ban hành quyết định xử phạt với tổng số tiền 214.500.000 đồng. Đang thực hiện theo kế hoạch kiểm tra năm.',
         'Lực lượng kiểm tra mỏng, trong khi số cơ sở sản xuất, kinh doanh trên địa bàn Thành phố sau hợp nhất tăng mạnh.',
         'Đề nghị bổ sung biên chế công chức làm công tác kiểm tra cho Chi cục và Phòng Kiểm tra – Pháp chế.'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa',
         'Phối hợp lấy 64 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát chất lượng. Đang thực hiện.',
         'Kết quả thử nghiệm mẫu khảo sát trả về chậm (trung bình 25 ngày), ảnh hưởng việc xử lý sau khảo sát.',
         'Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên thử nghiệm mẫu phục vụ quản lý nhà nước.'),
        ('Phối hợp Ủy ban nhân dân phường, xã, đặc khu thực hiện các nội dung được phân quyền',
         'Hướng dẫn nghiệp vụ lập hồ sơ xử phạt vi phạm hành chính cho công chức các phường, xã khi có đề nghị. Đang thực hiện.',
         'Nhiều phường, xã chưa bố trí công chức đầu mối; hồ sơ xử phạt do cấp xã lập còn sai sót về thủ tục.',
         'Đề nghị Chi cục ban hành bộ biểu mẫu hồ sơ kiểm tra, xử phạt áp dụng cho cấp xã.'),
        ('Bảo trì, bảo dưỡng, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ',
         'Đã phối hợp Chi cục rà soát và kiểm định 16 phương tiện, thiết bị kỹ thuật nghiệp vụ. Hoàn thành.', 'Không.', None),
        ('Bảo vệ người tố giác, xử lý hành vi vi phạm', 'Không phát sinh tố giác trong kỳ báo cáo.', None, None),
    ]
    diffs, props, s = build(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Số: 96/BC-KTPC',
                            'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
                            'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                            'Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện các nhiệm vụ phối hợp tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:',
                            items, 'TRƯỞNG PHÒNG\n\n\n\nĐặng Hữu Phước', 'phuoc.dh')
    src = lambda i: f'word/document.xml paragraph {s[i]}'
    entries = [
        E('II.2.c', 'completed', {}, items[0][1], src(0)),
        E('II.5.a', 'in_progress', {'inspections': 9, 'establishments_inspected': 73, 'violations': 11, 'fines_vnd': 214500000}, items[1][1], src(1)),
        E('II.5.b', 'in_progress', {'samples_tested': 64}, items[2][1], src(2)),
        E('II.5.c', 'in_progress', {}, items[3][1], src(3)),
        E('II.4.b', 'completed', {'instruments_verified': 16}, items[4][1], src(4)),
        E('II.5.d', 'not_applicable', {}, items[5][1], src(5)),
    ]
    write_key(fname, 'SKHCN-KTPC', '96/BC-KTPC', '2026-10-31', entries, diffs, props)


def build_e2():
    fname = 'SATTP-bao-cao-CT38.docx'
    items = [
        ('Tuyên truyền quy định về ghi nhãn, truy xuất nguồn gốc thực phẩm',
         'Tổ chức 05 hội nghị tuyên truyền với 640 lượt người tham dự; phát hành 22 tin, bài trên trang thông tin của Sở. Hoàn thành.',
         'Hộ kinh doanh nhỏ lẻ ít tham gia hội nghị.',
         'Phối hợp Chi cục TĐC lồng ghép nội dung nhãn hàng hóa vào các hội nghị an toàn thực phẩm.'),
        ('Góp ý quy chuẩn kỹ thuật quốc gia, quy chuẩn kỹ thuật địa phương về thực phẩm',
         'Góp ý 03 dự thảo quy chuẩn (01 dự thảo quy chuẩn kỹ thuật địa phương về thức ăn đường phố, 02 dự thảo QCVN về phụ gia thực phẩm). Đang thực hiện.',
         'Thời gian góp ý các dự thảo ngắn, khó tổ chức lấy ý kiến rộng rãi.', 'Không.'),
        ('Kiểm tra an toàn thực phẩm kết hợp kiểm tra nhãn hàng hóa',
         'Thành lập 17 đoàn kiểm tra liên ngành, kiểm tra 142 cơ sở; 19 cơ sở vi phạm, xử phạt 268.000.000 đồng; lấy 210 mẫu xét nghiệm nhanh. Thực hiện thường xuyên.',
         'Chưa có cơ chế chia sẻ kết quả kiểm tra giữa Sở An toàn thực phẩm và Chi cục TĐC.',
         'Đề nghị xây dựng quy chế chia sẻ dữ liệu kiểm tra giữa các sở, ngành.'),
        ('Xây dựng, áp dụng hệ thống quản lý chất lượng trong cơ quan',
         'Đang xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sau khi thành lập Sở.',
         'Sở mới thành lập, quy trình nội bộ đang hoàn thiện.', 'Không.'),
    ]
    diffs, props, s = build(fname, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', 'Số: 2210/BC-SATTP',
                            'Thành phố Hồ Chí Minh, ngày 16 tháng 10 năm 2026',
                            'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                            'Theo đề nghị của Sở Khoa học và Công nghệ, Sở An toàn thực phẩm báo cáo kết quả phối hợp như sau:',
                            items, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPhan Thị Ngọc Lan', 'sattp')
    src = lambda i: f'word/document.xml paragraph {s[i]}'
    entries = [
        E('II.1.a', 'completed', {'training_courses': 5, 'participants': 640, 'communications': 22}, items[0][1], src(0)),
        E('II.2.e', 'in_progress', {'standards_reviewed': 3}, items[1][1], src(1)),
        E('II.5.a', 'in_progress', {'inspections': 17, 'establishments_inspected': 142, 'violations': 19, 'fines_vnd': 268000000, 'samples_tested': 210}, items[2][1], src(2)),
        E('II.2.đ', 'in_progress', {}, items[3][1], src(3)),
    ]
    write_key(fname, 'SO-ATTP', '2210/BC-SATTP', '2026-10-16', entries, diffs, props)


def build_e3():
    fname = 'TTCNTT-DKG_BC CT38.docx'
    items = [
        ('Kết nối, áp dụng hệ thống cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng',
         'Đã dựng máy chủ trung gian, đồng bộ thử nghiệm 1.860 bản ghi tiêu chuẩn từ cơ sở dữ liệu quốc gia. Đang triển khai.',
         'Chưa có chuẩn dữ liệu thống nhất giữa hệ thống của Thành phố và cơ sở dữ liệu quốc gia.',
         'Đề nghị Chi cục chủ trì thống nhất danh mục dữ liệu dùng chung về tiêu chuẩn, đo lường, chất lượng.'),
        ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên Cổng thông tin điện tử Sở',
         'Đăng tải 26 tin, bài (trong đó 02 phóng sự video) về hoạt động tiêu chuẩn, đo lường, chất lượng. Hoàn thành.', 'Không.', 'Không.'),
        ('Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
         'Duy trì, cập nhật các quy trình theo hệ thống quản lý chất lượng của Sở. Hoàn thành.', 'Không.', 'Không.'),
    ]
    diffs, props, s = build(fname, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN', 'Số: 133/BC-TTCNTT',
                            'Thành phố Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
                            'Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                            'Trung tâm Công nghệ thông tin và Địa không gian báo cáo tình hình thực hiện như sau:',
                            items, 'GIÁM ĐỐC\n\n\n\nCao Minh Luân', 'luan.cm')
    src = lambda i: f'word/document.xml paragraph {s[i]}'
    entries = [
        E('II.2.i', 'in_progress', {}, items[0][1], src(0)),
        E('II.1.a', 'completed', {'communications': 26}, items[1][1], src(1)),
        E('II.2.đ', 'completed', {}, items[2][1], src(2)),
    ]
    write_key(fname, 'SKHCN-TTCNTT', '133/BC-TTCNTT', '2026-11-02', entries, diffs, props)


def build_e4():
    fname = 'SoNNMT_KQ_CT38_2026.docx'
    items = [
        ('Kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi lưu thông trên thị trường',
         'Tổ chức 12 cuộc kiểm tra tại 96 cơ sở; phát hiện 14 cơ sở vi phạm, xử phạt 352.750.000 đồng (Ba trăm năm mươi hai triệu bảy trăm năm mươi nghìn đồng). Đang triển khai.',
         'Nhiều cơ sở kinh doanh phân bón nhỏ lẻ tại các xã ngoại thành chưa đăng ký kinh doanh, khó kiểm soát nguồn gốc hàng hóa.',
         'Đề nghị Chi cục TĐC phối hợp tổ chức kiểm tra liên ngành đối với phân bón trong Quý IV/2026.'),
        ('Khảo sát chất lượng sản phẩm, hàng hóa nông nghiệp',
         'Lấy 45 mẫu phân bón để khảo sát chất lượng, trong đó 06 mẫu không đạt chỉ tiêu hàm lượng dinh dưỡng. Đã hoàn thành.',
         'Chi phí thử nghiệm mẫu phân bón cao so với dự toán được giao.', 'Không.'),
        ('Góp ý dự thảo quy chuẩn kỹ thuật quốc gia lĩnh vực nông nghiệp, môi trường',
         'Góp ý 03 dự thảo QCVN về phân bón, giống cây trồng. Đã hoàn thành.', 'Không.', 'Không.'),
        ('Tham gia tập huấn, bồi dưỡng kiến thức về tiêu chuẩn, đo lường, chất lượng',
         'Cử 08 công chức, viên chức tham gia lớp tập huấn do Chi cục TĐC tổ chức. Đã hoàn thành.', 'Không.',
         'Đề nghị Chi cục mở thêm lớp chuyên đề về ghi nhãn hàng hóa nông sản.'),
    ]
    diffs, props, s = build(fname, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số: 3388/BC-SNNMT',
                            'Thành phố Hồ Chí Minh, ngày 10 tháng 11 năm 2026',
                            'Kết quả thực hiện nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
                            'Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện các nhiệm vụ phối hợp như sau:',
                            items, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nTrần Quốc Việt', 'snnmt', labels=('Kết quả', 'Tồn tại, hạn chế', 'Đề xuất'))
    src = lambda i: f'word/document.xml paragraph {s[i]}'
    entries = [
        E('II.5.a', 'in_progress', {'inspections': 12, 'establishments_inspected': 96, 'violations': 14, 'fines_vnd': 352750000}, items[0][1], src(0)),
        E('II.5.b', 'completed', {'samples_tested': 45}, items[1][1], src(1)),
        E('II.2.e', 'completed', {'standards_reviewed': 3}, items[2][1], src(2)),
        E('II.3.a', 'completed', {'participants': 8}, items[3][1], src(3)),
    ]
    write_key(fname, 'SO-NNMT', '3388/BC-SNNMT', '2026-11-10', entries, diffs, props)


if __name__ == '__main__':
    build_e1(); build_e2(); build_e3(); build_e4()
