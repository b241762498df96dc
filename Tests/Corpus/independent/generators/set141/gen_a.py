# -*- coding: utf-8 -*-
"""Hand A – ward officers (Word). Unit, period, số and date live only in the page header/footer;
body = Word list numbering; each job followed by a bordered right-hand frame (framePr) with figures + status."""
from gen_common import *

FILES_A = [
 dict(fname='BC_CT38_TDM_10thang.docx', uid='25747', uname='Phường Thủ Dầu Một',
  hdr='ỦY BAN NHÂN DÂN PHƯỜNG THỦ DẦU MỘT  ·  Báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (số liệu từ 01/01/2026 đến 20/10/2026)',
  ftr='Số: 287/BC-UBND  –  Thủ Dầu Một, ngày 22 tháng 10 năm 2026', number='287/BC-UBND', date='2026-10-22',
  kg='Kính gửi: Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố)',
  intro='Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường báo cáo kết quả như sau:',
  jobs=[
   dict(title='Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh',
        body='Phòng Kinh tế phối hợp Mặt trận phường tổ chức hội nghị phổ biến Luật Đo lường, Nghị định 119/2017/NĐ-CP cho tiểu thương chợ Thủ Dầu Một và các hộ kinh doanh trên đường Bạch Đằng; đăng tin trên trang thông tin điện tử phường và phát trên hệ thống loa các khu phố.',
        frame=['01 hội nghị', '85 lượt người dự', '12 tin, bài'], st='Đã xong',
        task='II.1.a', status='completed', ind={'training_courses': 1, 'participants': 85, 'communications': 12}),
   dict(title='Phối hợp kiểm tra đo lường tại các chợ trên địa bàn',
        body='Tổ công tác của phường cùng Chi cục kiểm tra việc sử dụng cân tại chợ Thủ Dầu Một và chợ Phú Văn; lập biên bản, chuyển hồ sơ các trường hợp sử dụng cân không có dấu kiểm định, cân sai số vượt mức cho phép.',
        frame=['03 cuộc kiểm tra', '46 cơ sở được kiểm tra', '04 trường hợp vi phạm', 'Phạt: 7.500.000 đ'], st='Đang làm tiếp (định kỳ hằng quý)',
        task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 46, 'violations': 4, 'fines_vnd': 7500000}),
   dict(title='Cử công chức tham gia lớp tập huấn nghiệp vụ',
        body='Cử công chức Phòng Kinh tế tham dự lớp cập nhật kiến thức quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức tháng 6/2026.',
        frame=['02 công chức tham dự'], st='Đã xong',
        task='II.3.a', status='completed', ind={'participants': 2}),
   dict(title='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường',
        body='Sau sắp xếp đơn vị hành chính, phường đang rà soát, ban hành lại các quy trình giải quyết thủ tục hành chính theo hệ thống quản lý chất lượng; dự kiến công bố lại trong tháng 11/2026.',
        frame=[], st='Đang làm',
        task='II.2.đ', status='in_progress', ind={}),
   dict(title='Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng',
        body='Trong kỳ, đường dây nóng và hộp thư góp ý của phường không nhận được phản ánh, tố giác nào liên quan đến cân thiếu, hàng hóa kém chất lượng.',
        frame=[], st='Không phát sinh',
        task='II.5.d', status='not_applicable', ind={}),
  ],
  diffs=['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ Phòng Kinh tế kiêm nhiệm nhiều việc.',
         'Phường không có cân đối chứng đặt tại chợ nên người dân khó tự kiểm tra khối lượng hàng hóa đã mua.'],
  props=['Đề nghị Chi cục hỗ trợ trang bị 02 cân đối chứng cho chợ Thủ Dầu Một và chợ Phú Văn.',
         'Đề nghị Sở tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, xã sau sắp xếp.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer='Lê Văn Thạnh'),

 dict(fname='TangNhonPhu - bao cao CT38 nam 2026.docx', uid='26842', uname='Phường Tăng Nhơn Phú',
  hdr='UBND PHƯỜNG TĂNG NHƠN PHÚ – Phòng Kinh tế, Hạ tầng và Đô thị | BC thực hiện KH Chỉ thị 38-CT/TW – kỳ báo cáo 10 tháng năm 2026',
  ftr='Số: 415/BC-UBND ngày 28 tháng 10 năm 2026 của UBND phường Tăng Nhơn Phú', number='415/BC-UBND', date='2026-10-28',
  kg='Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh',
  intro='Ủy ban nhân dân phường báo cáo tình hình thực hiện các nội dung được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, cụ thể:',
  jobs=[
   dict(title='Tuyên truyền về đo lường, chất lượng sản phẩm, hàng hóa',
        body='Đăng tải trên trang Facebook, nhóm Zalo các khu phố và bản tin phường các nội dung về nhãn hàng hóa, cách nhận biết cân không đạt yêu cầu; treo băng rôn tại 03 chợ truyền thống.',
        frame=['24 tin, bài tuyên truyền'], st='Đã xong',
        task='II.1.a', status='completed', ind={'communications': 24}),
   dict(title='Phối hợp kiểm tra cửa hàng xăng dầu và cân tại chợ',
        body='Phối hợp Đoàn kiểm tra của Chi cục kiểm tra đo lường, chất lượng xăng dầu tại các cửa hàng trên Xa lộ Hà Nội, đường Lê Văn Việt và kiểm tra cân tại chợ Tăng Nhơn Phú.',
        frame=['02 cuộc', '17 cơ sở', '01 cơ sở vi phạm', 'Phạt 3,5 triệu đồng'], st='Đã xong',
        task='II.5.c', status='completed', ind={'inspections': 2, 'establishments_inspected': 17, 'violations': 1, 'fines_vnd': 3500000}),
   dict(title='Kiểm tra hàng hóa lưu thông quanh khu vực trường học',
        body='Phối hợp Đội Quản lý thị trường kiểm tra đồ chơi trẻ em, mũ bảo hiểm bày bán gần các trường tiểu học; đợt cao điểm năm học mới còn đang tiếp tục.',
        frame=['01 cuộc', '09 cơ sở'], st='Đang làm',
        task='II.5.a', status='in_progress', ind={'inspections': 1, 'establishments_inspected': 9}),
   dict(title='Công chức dự tập huấn',
        body='Cử công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cán bộ phường, xã do Chi cục tổ chức.',
        frame=['03 người'], st='Đã xong',
        task='II.3.a', status='completed', ind={'participants': 3}),
   dict(title='Áp dụng hệ thống quản lý chất lượng tại UBND phường',
        body='Đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 áp dụng cho toàn bộ thủ tục hành chính thuộc thẩm quyền của phường.',
        frame=[], st='Đã xong',
        task='II.2.đ', status='completed', ind={}),
  ],
  diffs=['Số hộ kinh doanh nhỏ lẻ, tạm thời trên vỉa hè lớn, thường xuyên thay đổi địa điểm nên khó quản lý việc sử dụng cân.'],
  props=['Đề nghị Chi cục cung cấp tài liệu, tờ rơi tuyên truyền mẫu để phường in ấn, phát cho hộ kinh doanh.',
         'Đề nghị Chi cục thông báo trước kế hoạch kiểm tra trên địa bàn để phường bố trí lực lượng phối hợp.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer='Trần Thị Ngọc Hân'),

 dict(fname='XaPhuocHai_BC_TDC_2026.docx', uid='26686', uname='Xã Phước Hải',
  hdr='UBND XÃ PHƯỚC HẢI — Báo cáo tình hình triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW (từ tháng 01 đến tháng 10 năm 2026)',
  ftr='Số: 96/BC-UBND  ·  Phước Hải, ngày 19 tháng 10 năm 2026', number='96/BC-UBND', date='2026-10-19',
  kg='Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh',
  intro='Căn cứ Kế hoạch của Sở Khoa học và Công nghệ, Ủy ban nhân dân xã Phước Hải báo cáo kết quả thực hiện trên địa bàn xã như sau:',
  jobs=[
   dict(title='Kiểm tra cân tại chợ Phước Hải và các vựa hải sản',
        body='Tổ kiểm tra liên ngành của xã phối hợp Chi cục kiểm tra cân đồng hồ, cân điện tử tại chợ Phước Hải, các vựa thu mua hải sản ở cảng cá và khu vực bãi Lộc An; nhắc nhở các hộ đưa cân đi kiểm định định kỳ.',
        frame=['04 cuộc', '52 cơ sở, hộ kinh doanh', '06 trường hợp vi phạm', 'Phạt 9.000.000 đồng'], st='Đang làm tiếp, mùa cao điểm du lịch Tết',
        task='II.5.c', status='in_progress', ind={'inspections': 4, 'establishments_inspected': 52, 'violations': 6, 'fines_vnd': 9000000}),
   dict(title='Tuyên truyền trên hệ thống truyền thanh xã',
        body='Phát thanh định kỳ chuyên mục về đo lường trong mua bán hải sản, cảnh báo hành vi gian lận cân tại các điểm du lịch; lồng ghép trong các buổi sinh hoạt ấp.',
        frame=['30 tin, bài phát thanh'], st='Đã xong',
        task='II.1.a', status='completed', ind={'communications': 30}),
   dict(title='Cử cán bộ dự tập huấn chuyên môn',
        body='Xã chưa cử được công chức tham dự do lịch tập huấn đợt 1 trùng thời gian tổ chức Đại hội; đăng ký tham dự lớp Quý IV/2026.',
        frame=[], st='Chưa làm',
        task='II.3.a', status='not_started', ind={}),
   dict(title='Hệ thống quản lý chất lượng ISO tại cơ quan',
        body='Đang thuê đơn vị tư vấn xây dựng lại hệ thống quản lý chất lượng sau hợp nhất xã; đã ban hành chính sách chất lượng.',
        frame=[], st='Đang làm',
        task='II.2.đ', status='in_progress', ind={}),
  ],
  diffs=['Địa bàn rộng, nhiều vựa hải sản hoạt động theo mùa vụ, ban đêm nên việc kiểm tra gặp khó khăn.',
         'Kinh phí cho hoạt động kiểm tra, tuyên truyền của xã chưa được bố trí riêng.'],
  props=['Kiến nghị Sở hỗ trợ kinh phí đặt cân đối chứng tại chợ Phước Hải và cảng cá.'],
  sign=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'], signer='Huỳnh Tấn Lộc'),
]

def build_a(spec, path):
    d = base_doc('Times New Roman', 13)
    sec = d.sections[0]
    sec.header_distance = Cm(1.0)
    hp = sec.header.paragraphs[0]; hp.text = ''
    r = hp.add_run(spec['hdr']); r.italic = True; r.font.size = Pt(10)
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp._p.get_or_add_pPr().append(parse_xml('<w:pBdr %s><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>' % nsdecls('w')))
    fp = sec.footer.paragraphs[0]; fp.text = ''
    r = fp.add_run(spec['ftr'] + '      Trang '); r.font.size = Pt(10)
    page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, spec['kg'], align='c', italic=False)
    para(d, spec['intro'], align='j', indent_first=1)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    nid = new_list(d, [('decimal', '%1.', 425, 425, True), ('lowerLetter', '%2)', 850, 425, False)])
    for j in spec['jobs']:
        list_para(d, nid, [(j['title'], 'b')])
        frame_para(d, [('SỐ LIỆU', 'b')])
        for ln in j['frame']:
            frame_para(d, '▸ ' + ln)
        frame_para(d, [('Tình trạng: ', 'b'), (j['st'], 'i')])
        p = para(d, j['body'], align='j', indent_first=1)
        para(d, '')
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    nid2 = new_list(d, [('lowerLetter', '%1)', 720, 360, False)])
    for x in spec['diffs']:
        list_para(d, nid2, x)
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    nid3 = new_list(d, [('bullet', '–', 720, 360, False)])
    for x in spec['props']:
        list_para(d, nid3, x)
    para(d, 'Ủy ban nhân dân phường (xã) kính báo cáo./.' if False else 'Trên đây là báo cáo của Ủy ban nhân dân, kính gửi Sở Khoa học và Công nghệ tổng hợp./.', indent_first=1)
    signature(d, spec['sign'], spec['signer'], ['Nơi nhận:', '- Như trên;', '- Lưu: VT, KT.'])
    d.save(path)
    return [dict(task=j['task'], status=j['status'], indicators=j['ind'], text=j['title'] + ': ' + j['body']) for j in spec['jobs']]
