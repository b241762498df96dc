# -*- coding: utf-8 -*-
"""Hand B – a department's Văn phòng specialist (Word). Formal header; a floating DrawingML text box
'TÓM TẮT' beside the opening paragraph is the only place statuses are given; body items use Word
numbering '1.' with figures in running text; difficulties/proposals as Word lettered lists."""
from gen_common import *

FILES_B = [
 dict(fname='SCT_BC_ket_qua_CT38_2026.docx', uid='SO-CT', uname='Sở Công Thương',
  left=['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ CÔNG THƯƠNG'], num='Số: 6120/BC-SCT', number='6120/BC-SCT',
  pd='Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', date='2026-10-27',
  title2='Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
  intro='Thực hiện đề nghị của Sở Khoa học và Công nghệ về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:',
  items=[
   dict(short='Hỗ trợ doanh nghiệp áp dụng HTQL tiên tiến', st='Hoàn thành',
        title='Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý tiên tiến',
        body='Thông qua Chương trình khuyến công và Chương trình phát triển công nghiệp hỗ trợ, Sở đã hỗ trợ 38 doanh nghiệp tư vấn áp dụng ISO 9001, ISO 14001, 5S, Lean và công cụ cải tiến năng suất; tổng kinh phí hỗ trợ đã giải ngân 1.250.000.000 đồng.',
        task='II.2.d', status='completed', ind={'enterprises_supported': 38, 'budget_spent_vnd': 1250000000}),
   dict(short='Phối hợp kiểm tra xăng dầu, LPG', st='Đang triển khai (thường xuyên)',
        title='Phối hợp kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng lưu thông trên thị trường',
        body='Các đoàn liên ngành đã tiến hành 14 cuộc kiểm tra tại 126 cửa hàng xăng dầu, trạm chiết nạp và đại lý LPG; phát hiện 9 cơ sở vi phạm (chủ yếu niêm yết không đúng quy định, chai LPG không có tem kiểm định còn hiệu lực), xử phạt 187,5 triệu đồng.',
        task='II.5.a', status='in_progress', ind={'inspections': 14, 'establishments_inspected': 126, 'violations': 9, 'fines_vnd': 187500000}),
   dict(short='Góp ý dự thảo QCVN', st='Hoàn thành',
        title='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương',
        body='Sở đã có văn bản góp ý 05 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương gửi lấy ý kiến (an toàn hóa chất, thép làm cốt bê tông, an toàn bình chịu áp lực, xăng sinh học, chai chứa LPG).',
        task='II.2.e', status='completed', ind={'standards_reviewed': 5}),
   dict(short='ISO 9001 tại cơ quan Sở', st='Hoàn thành',
        title='Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở',
        body='Sở đã thực hiện đánh giá nội bộ, xem xét của lãnh đạo và công bố lại hệ thống quản lý chất lượng sau khi cập nhật các thủ tục hành chính mới.',
        task='II.2.đ', status='completed', ind={}),
   dict(short='Tập huấn nhãn hàng hóa, truy xuất nguồn gốc', st='Hoàn thành',
        title='Tập huấn cho doanh nghiệp về nhãn hàng hóa và truy xuất nguồn gốc',
        body='Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 lớp tập huấn cho doanh nghiệp sản xuất, phân phối với 310 lượt học viên tham dự.',
        task='II.1.a', status='completed', ind={'training_courses': 2, 'participants': 310}),
  ],
  diffs=['Một số doanh nghiệp nhỏ chưa mặn mà với việc áp dụng hệ thống quản lý do chi phí duy trì cao.',
         'Thời gian lấy ý kiến đối với dự thảo quy chuẩn ngắn, khó tổ chức lấy ý kiến rộng rãi các doanh nghiệp.'],
  props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ danh sách doanh nghiệp tham gia Chương trình năng suất chất lượng để phối hợp hỗ trợ, tránh trùng lặp.',
         'Đề nghị tăng cường phối hợp kiểm tra chất lượng xăng dầu vào dịp cao điểm cuối năm.'],
  sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Nguyễn Phương Đông'),

 dict(fname='SYT - bao cao KH38 (gui Chi cuc TDC).docx', uid='SO-YT', uname='Sở Y tế',
  left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ'], num='Số: 9874/BC-SYT', number='9874/BC-SYT',
  pd='Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026', date='2026-10-30',
  title2='Về tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trong lĩnh vực y tế',
  intro='Sở Y tế nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Y tế báo cáo các nội dung liên quan như sau:',
  items=[
   dict(short='Góp ý tiêu chuẩn, quy chuẩn TTBYT', st='Đang thực hiện',
        title='Tham gia góp ý tiêu chuẩn, quy chuẩn kỹ thuật về trang thiết bị y tế',
        body='Sở đã tham gia góp ý 03 dự thảo (QCVN về máy X-quang chẩn đoán thông thường, TCVN về găng tay y tế, TCVN về bơm tiêm dùng một lần); một số dự thảo khác đang chờ Bộ Y tế gửi xin ý kiến.',
        task='II.2.e', status='in_progress', ind={'standards_reviewed': 3}),
   dict(short='Kiểm tra chất lượng TTBYT, mỹ phẩm', st='Đang thực hiện theo kế hoạch năm',
        title='Kiểm tra chất lượng trang thiết bị y tế, mỹ phẩm lưu thông',
        body='Thanh tra Sở đã thực hiện 06 cuộc kiểm tra tại 74 cơ sở kinh doanh trang thiết bị y tế, mỹ phẩm; lấy 40 mẫu mỹ phẩm gửi kiểm nghiệm; xử phạt 05 cơ sở vi phạm với tổng số tiền 92.000.000 đồng.',
        task='II.5.a', status='in_progress', ind={'inspections': 6, 'establishments_inspected': 74, 'samples_tested': 40, 'violations': 5, 'fines_vnd': 92000000}),
   dict(short='HTQLCL ISO 9001', st='Đã hoàn thành',
        title='Áp dụng hệ thống quản lý chất lượng tại Sở và các đơn vị trực thuộc',
        body='Văn phòng Sở đã hoàn tất đánh giá nội bộ năm 2026 và công bố hệ thống quản lý chất lượng cập nhật theo danh mục thủ tục hành chính mới.',
        task='II.2.đ', status='completed', ind={}),
   dict(short='Cử công chức dự tập huấn', st='Đã hoàn thành',
        title='Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng',
        body='Sở đã cử 04 công chức các phòng Nghiệp vụ Dược, Quản lý Hành nghề tham dự lớp tập huấn do Chi cục tổ chức.',
        task='II.3.a', status='completed', ind={'participants': 4}),
  ],
  diffs=['Chi phí kiểm nghiệm mẫu mỹ phẩm, trang thiết bị y tế cao trong khi kinh phí được giao hạn chế.'],
  props=['Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng sản phẩm có liên quan đến lĩnh vực y tế để phối hợp hậu kiểm.'],
  sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Nguyễn Văn Vĩnh Châu'),

 dict(fname='BC 11452-SXD CT38.docx', uid='SO-XD', uname='Sở Xây dựng',
  left=['UBND THÀNH PHỐ HỒ CHÍ MINH', 'SỞ XÂY DỰNG'], num='Số: 11452/BC-SXD', number='11452/BC-SXD',
  pd='TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026', date='2026-10-26',
  title2='Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Kế hoạch triển khai Chỉ thị số 38-CT/TW',
  intro='Căn cứ chức năng, nhiệm vụ được giao, Sở Xây dựng báo cáo kết quả thực hiện các nội dung có liên quan như sau:',
  items=[
   dict(short='Kiểm tra chất lượng VLXD lưu thông', st='Đang triển khai',
        title='Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường',
        body='Sở đã chủ trì 03 đợt kiểm tra tại 21 cơ sở kinh doanh xi măng, thép xây dựng, kính xây dựng; phát hiện 02 cơ sở kinh doanh sản phẩm chưa công bố hợp quy, đã xử phạt 45 triệu đồng.',
        task='II.5.a', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 21, 'violations': 2, 'fines_vnd': 45000000}),
   dict(short='Góp ý QCVN, TCVN ngành xây dựng', st='Hoàn thành',
        title='Góp ý dự thảo quy chuẩn, tiêu chuẩn ngành xây dựng',
        body='Tham gia góp ý 07 dự thảo tiêu chuẩn, quy chuẩn, trong đó có dự thảo sửa đổi QCVN 16:2023/BXD về sản phẩm, hàng hóa vật liệu xây dựng.',
        task='II.2.e', status='completed', ind={'standards_reviewed': 7}),
   dict(short='HTQLCL tại Sở', st='Đang triển khai',
        title='Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
        body='Sở đang cập nhật các quy trình nội bộ theo chức năng, nhiệm vụ mới sau hợp nhất.',
        task='II.2.đ', status='in_progress', ind={}),
   dict(short='Phổ biến văn bản cho DN VLXD', st='Hoàn thành',
        title='Phổ biến văn bản quy phạm pháp luật về chất lượng vật liệu xây dựng',
        body='Tổ chức 01 hội nghị phổ biến Thông tư hướng dẫn chứng nhận hợp quy vật liệu xây dựng cho 120 đại biểu là doanh nghiệp sản xuất, nhập khẩu, kinh doanh.',
        task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 120}),
   dict(short='Khảo sát chất lượng thép', st='Chưa triển khai',
        title='Khảo sát chất lượng thép xây dựng trên thị trường',
        body='Nội dung lấy mẫu khảo sát chất lượng thép xây dựng chưa thực hiện được do chưa được bố trí kinh phí.',
        task='II.5.b', status='not_started', ind={}),
  ],
  diffs=['Lực lượng làm công tác kiểm tra chất lượng vật liệu xây dựng mỏng, kiêm nhiệm.',
         'Chưa có kinh phí lấy mẫu thử nghiệm phục vụ khảo sát chất lượng.'],
  props=['Đề nghị Ủy ban nhân dân Thành phố bố trí kinh phí khảo sát chất lượng vật liệu xây dựng năm 2027.',
         'Đề nghị Sở Khoa học và Công nghệ phối hợp chia sẻ danh sách tổ chức chứng nhận hợp quy vật liệu xây dựng.'],
  sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Trần Quang Lâm'),

 # mistaken: chuyển đổi số du lịch
 dict(fname='SDL_BC_9thang_2026.docx', uid='SO-DL', uname='Sở Du lịch', mistaken=True,
  left=['ỦY BAN NHÂN DÂN', 'THÀNH PHỐ HỒ CHÍ MINH', 'SỞ DU LỊCH'], num='Số: 3318/BC-SDL', number='3318/BC-SDL',
  pd='Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026', date='2026-10-20',
  title2='Kết quả thực hiện chuyển đổi số ngành du lịch 9 tháng đầu năm 2026',
  intro='Thực hiện Kế hoạch chuyển đổi số của Thành phố năm 2026, Sở Du lịch báo cáo kết quả chuyển đổi số ngành du lịch 9 tháng đầu năm 2026 như sau:',
  items=[
   dict(short='Nền tảng du lịch thông minh', st='Đang triển khai', title='Phát triển nền tảng du lịch thông minh',
        body='Ứng dụng du lịch thông minh đã tích hợp 1.240 điểm đến, cơ sở lưu trú; lượt tải ứng dụng đạt 185.000 lượt.', task=None, status=None, ind={}),
   dict(short='Số hóa dữ liệu cơ sở lưu trú', st='Hoàn thành', title='Số hóa dữ liệu cơ sở lưu trú du lịch',
        body='Hoàn thành cập nhật dữ liệu 3.560 cơ sở lưu trú lên cơ sở dữ liệu ngành.', task=None, status=None, ind={}),
   dict(short='Thanh toán không dùng tiền mặt', st='Đang triển khai', title='Thúc đẩy thanh toán không dùng tiền mặt tại điểm du lịch',
        body='Vận động 420 doanh nghiệp lữ hành, điểm tham quan áp dụng thanh toán QR.', task=None, status=None, ind={}),
  ],
  diffs=['Dữ liệu du lịch còn phân tán, chưa kết nối với các hệ thống của Thành phố.'],
  props=['Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu du lịch với nền tảng dữ liệu dùng chung.'],
  sign=['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], signer='Bùi Thị Ngọc Hiếu'),
]

def build_b(spec, path):
    d = base_doc('Times New Roman', 14)
    national_header(d, spec['left'], spec['num'], spec['pd'], left_bold_from=len(spec['left']) - 1)
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, spec['title2'], bold=True, align='c', size=14)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    p = para(d, spec['intro'], align='j', indent_first=1)
    lines = [('TÓM TẮT TÌNH HÌNH THỰC HIỆN', 'bc')]
    for i, it in enumerate(spec['items'], 1):
        lines.append(('%d. %s: %s' % (i, it['short'], it['st']), ''))
    textbox_run(p, lines, cx_cm=7.0, cy_cm=1.4 + 0.95 * len(spec['items']), x_cm=9.2, y_cm=1.2)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    nid = new_list(d, [('decimal', '%1.', 567, 567, True)])
    for it in spec['items']:
        list_para(d, nid, [(it['title'], 'b')])
        para(d, it['body'], align='j', indent_first=1)
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    n2 = new_list(d, [('lowerLetter', '%1.', 720, 360, False)])
    for x in spec['diffs']: list_para(d, n2, x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    n3 = new_list(d, [('lowerLetter', '%1.', 720, 360, False)])
    for x in spec['props']: list_para(d, n3, x)
    para(d, 'Trên đây là báo cáo của %s./.' % spec['uname'], indent_first=1)
    signature(d, spec['sign'], spec['signer'], ['Nơi nhận:', '- Sở Khoa học và Công nghệ;', '- Chi cục TĐC (để tổng hợp);', '- Lưu: VT.'])
    d.save(path)
    if spec.get('mistaken'): return None
    return [dict(task=it['task'], status=it['status'], indicators=it['ind'], text=it['title'] + '. ' + it['body']) for it in spec['items']]
