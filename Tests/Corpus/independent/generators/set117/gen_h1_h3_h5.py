# Word hands: H1 (Hạnh, (+)/(–) lines), H3 (Lan, Word =SUM(ABOVE) figure tables), H5 (Thanh, shaded status callout)
from gen_common import *

PLAN_REF = ('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện '
            'Chỉ thị số 38-CT/TW năm 2026 và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng')

# ---------------------------------------------------------------- H1
def render_h1(rep, path):
    d = new_doc(size=13)
    up = rep['unit'][1].upper()
    header_block(d, [('ỦY BAN NHÂN DÂN', 'b'), (up, 'b'), ('———', ''), ('Số: ' + rep['number'], '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'), ('———', ''),
                  (rep['place'] + ', ' + date_words(rep['date']), 'i')])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', size=14, space_after=0)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, '
            'chất lượng năm 2026 trên địa bàn ' + rep['unit'][1].split(' ')[0].lower(), bold=True, align='c')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c')
    para(d, PLAN_REF + ', Ủy ban nhân dân ' + rep['unit'][1].lower().split(' ')[0] + ' '
         + ' '.join(rep['unit'][1].split(' ')[1:]) + ' báo cáo kết quả thực hiện như sau:', align='j')
    para(d, 'PHẦN I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for i, t in enumerate(rep['tasks'], 1):
        para(d, f'{i}. {t["title"]}', bold=True, indent=True)
        for ln in t['lines']:
            para(d, ln, align='j')
        p = para(d, '', align='j')
        runs(p, [('Tiến độ chung của nội dung: ', 'i'), (t['closing'], 'i')])
        t['keytext'] = t['title'] + ' ' + t['lines'][0]
    para(d, 'PHẦN II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for i, x in enumerate(rep['diff'], 1):
        para(d, f'{i}. {x}', align='j')
    para(d, 'PHẦN III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for i, x in enumerate(rep['prop'], 1):
        para(d, f'{i}. {x}', align='j')
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + rep['unit'][1].lower().split(' ')[0] + ' '
         + ' '.join(rep['unit'][1].split(' ')[1:]) + './.', align='j')
    sig = d.add_table(rows=1, cols=2)
    no_borders(sig)
    cell_text(sig.cell(0, 0), [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Sở KH&CN (để b/c);', ''),
                               ('- Lưu: VT, KT.', '')], align=None, size=11)
    cell_text(sig.cell(0, 1), [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'),
                               ('', ''), ('', ''), (rep['signer'], 'b')])
    d.save(path)


H1 = [
 dict(file='BC_CT38_phuong_Rach_Dua.docx', unit=('26536', 'Phường Rạch Dừa'), number='287/BC-UBND',
      date='2026-10-21', place='Rạch Dừa', signer='Nguyễn Thị Thu Hạnh', tasks=[
   dict(task='II.1.a', status='completed', ind={'communications': 6, 'training_courses': 1, 'participants': 64},
        title='Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
        lines=['(+) Đăng 06 tin, bài trên trang thông tin điện tử phường và nhóm Zalo của các khu phố về quy định đo lường trong mua bán hàng hóa tại chợ, ghi nhãn hàng hóa.',
               '(+) Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 buổi tập huấn cho hộ kinh doanh xăng dầu, vàng bạc trang sức và tiểu thương chợ, có 64 lượt người tham dự.',
               '(–) Không còn nội dung tồn đọng.'], closing='đã hoàn thành.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 21, 'violations': 2,
        'fines_vnd': 7500000, 'instruments_verified': 37},
        title='Kiểm tra về đo lường, chất lượng theo phân cấp (chợ, cửa hàng xăng dầu, vàng trang sức)',
        lines=['(+) Tổ kiểm tra liên ngành phường tiến hành 03 cuộc kiểm tra tại 21 cơ sở (chợ Rạch Dừa, cửa hàng xăng dầu, tiệm vàng trên các tuyến đường chính).',
               '(+) Phát hiện 02 cơ sở vi phạm (sử dụng cân có sai số vượt mức cho phép, không niêm yết giá), lập biên bản, chuyển cấp có thẩm quyền ban hành quyết định xử phạt với tổng số tiền 7.500.000 đồng.',
               '(+) Phối hợp tổ chức kiểm định được chỉ định kiểm định 37 chiếc cân đồng hồ lò xo, cân điện tử tại chợ Rạch Dừa.',
               '(–) Đợt kiểm tra định kỳ Quý IV/2026 còn tiếp tục thực hiện theo kế hoạch của phường.'],
        closing='đang thực hiện (duy trì thường xuyên).'),
   dict(task='II.3.a', status='completed', ind={'participants': 3, 'training_courses': 2},
        title='Cử công chức tham gia tập huấn nghiệp vụ',
        lines=['(+) Cử 03 công chức tham dự 02 lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức (tháng 5 và tháng 8/2026).',
               '(–) Không.'], closing='đã hoàn thành.'),
   dict(task='II.2.đ', status='in_progress', ind={},
        title='Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
        lines=['(+) Đã rà soát, cập nhật và công bố lại hệ thống quản lý chất lượng sau khi sắp xếp tổ chức bộ máy; thực hiện đánh giá nội bộ theo kế hoạch.',
               '(–) Chưa tổ chức họp xem xét của lãnh đạo năm 2026 (dự kiến trong tháng 11/2026).'],
        closing='đang thực hiện.')],
   diff=['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức phụ trách kinh tế kiêm nhiệm nhiều việc.',
         'Chưa được trang bị phương tiện đo để kiểm tra (cân đối chứng, bình chuẩn) phục vụ kiểm tra tại chợ.'],
   prop=['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ trang bị 01 bộ cân đối chứng đặt tại chợ Rạch Dừa.',
         'Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn thống nhất biểu mẫu báo cáo cho cấp phường.']),

 dict(file='287-BC-UBND Cho Quan.docx', unit=('27301', 'Phường Chợ Quán'), number='412/BC-UBND',
      date='2026-10-16', place='Chợ Quán', signer='Trần Văn Lộc', tasks=[
   dict(task='II.1.a', status='in_progress', ind={'communications': 11, 'training_courses': 1, 'participants': 85},
        title='Công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
        lines=['(+) Đưa 11 tin, bài lên trang thông tin điện tử và bảng tin các khu phố; treo băng rôn tại chợ Bình Tây mở rộng.',
               '(+) Tổ chức 01 hội nghị phổ biến pháp luật về đo lường, chất lượng cho tiểu thương và hộ kinh doanh với 85 lượt người tham dự.',
               '(–) Còn phát thanh tuyên truyền dịp cao điểm cuối năm chưa thực hiện.'],
        closing='đang thực hiện.'),
   dict(task='II.5.c', status='completed', ind={'inspections': 4, 'establishments_inspected': 26, 'violations': 3,
        'fines_vnd': 12000000},
        title='Kiểm tra nhà nước về đo lường, chất lượng theo phân cấp',
        lines=['(+) Thực hiện 04 cuộc kiểm tra theo kế hoạch năm, kiểm tra 26 cơ sở kinh doanh (xăng dầu, vàng trang sức, hàng đóng gói sẵn).',
               '(+) Xử lý 03 cơ sở vi phạm, tổng số tiền phạt 12.000.000 đồng.',
               '(–) Không còn cuộc kiểm tra nào theo kế hoạch năm chưa thực hiện.'],
        closing='đã hoàn thành kế hoạch kiểm tra năm 2026.'),
   dict(task='II.5.b', status='in_progress', ind={'samples_tested': 15},
        title='Phối hợp khảo sát chất lượng hàng hóa lưu thông trên địa bàn',
        lines=['(+) Phối hợp đoàn của Chi cục lấy 15 mẫu mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng trên địa bàn phường để khảo sát chất lượng.',
               '(–) Chờ kết quả thử nghiệm của Chi cục để thông tin cho người tiêu dùng.'],
        closing='đang thực hiện.'),
   dict(task='II.2.d', status='completed', ind={'enterprises_supported': 9},
        title='Hướng dẫn cơ sở thực hiện công bố chất lượng sản phẩm',
        lines=['(+) Hướng dẫn 09 cơ sở sản xuất nhỏ trên địa bàn thực hiện thủ tục công bố hợp quy, công bố tiêu chuẩn áp dụng đối với sản phẩm.',
               '(–) Không.'], closing='đã hoàn thành.'),
   dict(task='II.3.a', status='not_started', ind={},
        title='Tập huấn nghiệp vụ cho công chức phường',
        lines=['(+) Phường đã lập danh sách công chức đăng ký tham dự.',
               '(–) Trong kỳ Chi cục chưa tổ chức lớp tập huấn dành cho cấp phường nên phường chưa cử công chức tham dự.'],
        closing='chưa thực hiện.')],
   diff=['Nhiều hộ kinh doanh nhỏ lẻ tại chợ thay đổi thường xuyên, khó quản lý phương tiện đo sử dụng trong mua bán.'],
   prop=['Đề nghị Chi cục sớm tổ chức lớp tập huấn nghiệp vụ cho công chức phường trong Quý IV/2026.',
         'Đề nghị Chi cục gửi kết quả khảo sát chất lượng mũ bảo hiểm, đồ chơi trẻ em để phường thông tin cho người dân.']),

 dict(file='BaoCao CT38 - P.Tan Binh.docx', unit=('27004', 'Phường Tân Bình'), number='198/BC-UBND',
      date='2026-10-23', place='Tân Bình', signer='Lê Hoàng Phúc', tasks=[
   dict(task='II.1.a', status='completed', ind={'communications': 4, 'training_courses': 1, 'participants': 120},
        title='Tuyên truyền, phổ biến các quy định về tiêu chuẩn, đo lường, chất lượng',
        lines=['(+) Đăng tải 04 tin, bài trên trang thông tin điện tử phường.',
               '(+) Lồng ghép nội dung đo lường, chất lượng vào 01 hội nghị đối thoại với doanh nghiệp, hộ kinh doanh, có 120 đại biểu tham dự.',
               '(–) Không còn nội dung tồn đọng.'], closing='đã hoàn thành.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 9, 'violations': 1,
        'fines_vnd': 2000000},
        title='Kiểm tra đo lường, chất lượng theo phân cấp',
        lines=['(+) Tổ chức 02 cuộc kiểm tra đối với 09 cửa hàng kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (LPG).',
               '(+) Phát hiện 01 cơ sở vi phạm về ghi nhãn chai LPG, xử phạt 2.000.000 đồng.',
               '(–) Còn 01 cuộc kiểm tra cơ sở kinh doanh vàng trang sức dự kiến thực hiện trong tháng 11/2026.'],
        closing='đang thực hiện.'),
   dict(task='II.2.đ', status='completed', ind={},
        title='Áp dụng, duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015',
        lines=['(+) Đã ban hành quyết định công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 cho toàn bộ thủ tục hành chính thuộc thẩm quyền phường.',
               '(–) Không.'], closing='đã hoàn thành.'),
   dict(task='II.5.d', status='not_applicable', ind={},
        title='Tiếp nhận, xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng',
        lines=['(+) Duy trì đường dây nóng, hộp thư góp ý tại Trung tâm phục vụ hành chính công phường.',
               '(–) Trong kỳ không phát sinh đơn thư, phản ánh, tố giác liên quan lĩnh vực này.'],
        closing='không phát sinh.'),
   dict(task='II.3.a', status='completed', ind={'participants': 2},
        title='Cử công chức dự tập huấn nghiệp vụ',
        lines=['(+) Cử 02 công chức Phòng Kinh tế, Hạ tầng và Đô thị tham dự lớp tập huấn của Chi cục tháng 8/2026.',
               '(–) Không.'], closing='đã hoàn thành.')],
   diff=['Địa bàn có nhiều cửa hàng kinh doanh khí dầu mỏ hóa lỏng nhỏ lẻ, thường xuyên thay đổi địa điểm.'],
   prop=['Đề nghị Chi cục phối hợp, hỗ trợ chuyên môn khi phường kiểm tra các cơ sở kinh doanh vàng trang sức.']),

 dict(file='hiep binh - bao cao chi thi 38.docx', unit=('26809', 'Phường Hiệp Bình'), number='355/BC-UBND',
      date='2026-10-19', place='Hiệp Bình', signer='Phạm Minh Quân', tasks=[
   dict(task='II.1.a', status='completed', ind={'communications': 15, 'training_courses': 1, 'participants': 48},
        title='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
        lines=['(+) Thực hiện 15 tin, bài tuyên truyền trên trang thông tin điện tử, fanpage phường và hệ thống loa tại chợ Hiệp Bình Chánh.',
               '(+) Tổ chức 01 buổi tuyên truyền trực tiếp cho tiểu thương chợ với 48 người tham dự.',
               '(–) Không còn nội dung tồn đọng.'], closing='đã hoàn thành.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 5, 'establishments_inspected': 32, 'violations': 4,
        'fines_vnd': 18250000, 'instruments_verified': 52},
        title='Kiểm tra theo phân cấp về đo lường, chất lượng hàng hóa',
        lines=['(+) Chủ trì 05 cuộc kiểm tra liên ngành tại 32 cơ sở kinh doanh xăng dầu, vàng trang sức, hàng đóng gói sẵn.',
               '(+) Phát hiện, xử lý 04 cơ sở vi phạm; tổng số tiền xử phạt 18.250.000 đồng.',
               '(+) Phối hợp kiểm định 52 cân sử dụng trong mua bán tại chợ.',
               '(–) Còn đợt kiểm tra cao điểm dịp Tết Nguyên đán chưa đến thời điểm thực hiện.'],
        closing='đang thực hiện.'),
   dict(task='II.5.b', status='completed', ind={'samples_tested': 8},
        title='Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
        lines=['(+) Phối hợp Chi cục lấy 08 mẫu xăng, dầu diesel tại các cửa hàng trên địa bàn để khảo sát chất lượng.',
               '(–) Không.'], closing='đã hoàn thành.'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 4},
        title='Bồi dưỡng nghiệp vụ cho công chức',
        lines=['(+) Cử 04 công chức tham dự 01 lớp tập huấn nghiệp vụ do Chi cục tổ chức.',
               '(–) Không.'], closing='đã hoàn thành.'),
   dict(task='II.2.đ', status='in_progress', ind={},
        title='Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
        lines=['(+) Đang cập nhật quy trình nội bộ sau khi sắp xếp đơn vị hành chính.',
               '(–) Chưa hoàn thành việc công bố lại hệ thống.'], closing='đang thực hiện.')],
   diff=['Lực lượng tham gia kiểm tra mỏng, chủ yếu kiêm nhiệm.',
         'Kinh phí cho hoạt động kiểm tra, tuyên truyền của phường còn hạn chế.'],
   prop=['Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí hỗ trợ các phường thực hiện nhiệm vụ được phân cấp.']),
]


# ---------------------------------------------------------------- H3
def add_sum_field(cell, value_text):
    """Cell content = Word field { =SUM(ABOVE) } with cached result value_text."""
    cell.text = ''
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), ' =SUM(ABOVE) \\# "#.##0" ')
    r = OxmlElement('w:r')
    rpr = OxmlElement('w:rPr')
    b = OxmlElement('w:b')
    rpr.append(b)
    r.append(rpr)
    t = OxmlElement('w:t')
    t.text = value_text
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def fmt_dot(n):
    return f'{n:,}'.replace(',', '.')


def render_h3(rep, path):
    d = new_doc(size=14, margins=(2, 2, 3, 2))
    up = rep['unit'][1].upper()
    header_block(d, [('UBND ' + ('ĐẶC KHU ' if up.startswith('ĐẶC KHU') else 'XÃ ') + up.split(' ', 2 if up.startswith('ĐẶC KHU') else 1)[-1], 'b'),
                     ('Số: ' + rep['number'], '')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'bu'),
                  (rep['place'] + ', ' + date_words(rep['date']), 'i')])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(d, rep['subtitle'], bold=True, align='c')
    for x in rep['intro']:
        para(d, x, align='j')
    for sec in rep['sections']:
        para(d, sec['head'], bold=True, indent=False)
        for t in sec.get('tasks', []):
            para(d, t['title'], bold=True, italic=True)
            for x in t['paras']:
                para(d, x, align='j')
            if t.get('table'):
                tb = t['table']
                para(d, tb['caption'], italic=True, align='c', indent=False)
                tab = d.add_table(rows=1, cols=len(tb['cols']))
                tab.style = 'Table Grid'
                tab.alignment = WD_TABLE_ALIGNMENT.CENTER
                for j, c in enumerate(tb['cols']):
                    cell_text(tab.cell(0, j), [c], bold=True, size=12)
                for row in tb['rows']:
                    cs = tab.add_row().cells
                    for j, v in enumerate(row):
                        cell_text(cs[j], [fmt_dot(v) if isinstance(v, int) else v], size=12,
                                  align=None if j == 0 else 'c')
                cs = tab.add_row().cells
                cell_text(cs[0], ['Cộng'], bold=True, size=12)
                for j in range(1, len(tb['cols'])):
                    tot = sum(r[j] for r in tb['rows'])
                    add_sum_field(cs[j], fmt_dot(tot))
            for x in t.get('after', []):
                para(d, x, align='j')
            if 'task' in t:
                t['keytext'] = t['paras'][0]
        for x in sec.get('items', []):
            para(d, '- ' + x, align='j')
    para(d, rep.get('closing', 'Trên đây là báo cáo của Ủy ban nhân dân ' + rep['unit'][1] + './.'), align='j')
    sig = d.add_table(rows=1, cols=2)
    no_borders(sig)
    cell_text(sig.cell(0, 0), [('Nơi nhận:', 'bi'), ('- Chi cục TĐC TP.HCM;', ''), ('- TT. Đảng ủy, HĐND;', ''),
                               ('- Lưu: VT.', '')], align=None, size=11)
    cell_text(sig.cell(0, 1), [('TM. ỦY BAN NHÂN DÂN', 'b'), ('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'),
                               ('', ''), ('', ''), (rep['signer'], 'b')])
    d.save(path)


def h3_tasks(rep):
    return [t for s in rep['sections'] for t in s.get('tasks', []) if 'task' in t]


H3 = [
 dict(file='Con Dao_BC KH38_2026.docx', unit=('26732', 'Đặc khu Côn Đảo'), number='176/BC-UBND', date='2026-10-26',
      place='Côn Đảo', signer='Võ Thị Ngọc Lan',
      subtitle='Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
      intro=[PLAN_REF + ', Ủy ban nhân dân đặc khu Côn Đảo báo cáo như sau:'],
      sections=[dict(head='I. KẾT QUẢ THỰC HIỆN', tasks=[
        dict(task='II.1.a', status='completed', ind={'communications': 9, 'training_courses': 1, 'participants': 52},
             title='1) Tuyên truyền, phổ biến pháp luật',
             paras=['Đài Truyền thanh đặc khu phát 09 tin, bài về đo lường trong kinh doanh xăng dầu, mua bán hải sản và ghi nhãn hàng hóa. Ngày 16/4/2026, đặc khu tổ chức 01 hội nghị phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho chủ tàu cá, cơ sở kinh doanh xăng dầu và tiểu thương chợ Côn Đảo với 52 đại biểu dự. Đặc khu đánh giá việc này: đã xong.']),
        dict(task='II.5.c', status='in_progress', ind={'inspections': 3, 'establishments_inspected': 16, 'violations': 2,
             'fines_vnd': 5500000, 'instruments_verified': 24},
             title='2) Kiểm tra đo lường, chất lượng theo phân cấp',
             paras=['Trong năm, Tổ kiểm tra liên ngành đặc khu tổ chức 03 đợt kiểm tra (mỗi đợt 01 cuộc) đối với cửa hàng xăng dầu, cơ sở kinh doanh vàng bạc và hàng đóng gói sẵn; kết quả từng đợt như bảng dưới.'],
             table=dict(caption='Bảng số liệu kiểm tra năm 2026', cols=['Đợt kiểm tra', 'Số cuộc', 'Số cơ sở', 'Số vi phạm', 'Tiền phạt (đồng)'],
                        rows=[['Đợt 1 (tháng 4)', 1, 5, 0, 0], ['Đợt 2 (tháng 7)', 1, 7, 1, 2500000], ['Đợt 3 (tháng 9)', 1, 4, 1, 3000000]]),
             after=['Ngoài ra, phối hợp đơn vị kiểm định từ đất liền kiểm định 24 cân tại chợ Côn Đảo và bến cảng Bến Đầm. Đặc khu đánh giá việc này: còn tiếp tục.']),
        dict(task='II.2.đ', status='completed', ind={}, title='3) Hệ thống quản lý chất lượng TCVN ISO 9001:2015',
             paras=['Đặc khu đã xây dựng, công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 đối với các thủ tục hành chính sau khi thành lập đặc khu. Đặc khu đánh giá việc này: đã xong.']),
        dict(task='II.3.a', status='completed', ind={'participants': 2}, title='4) Cử cán bộ tập huấn',
             paras=['Cử 02 công chức tham gia lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng theo hình thức trực tuyến do Chi cục tổ chức. Đặc khu đánh giá việc này: đã xong.'])]),
        dict(head='II. KHÓ KHĂN, VƯỚNG MẮC', items=[
             'Đặc khu cách xa đất liền, việc đưa phương tiện đo đi kiểm định tốn kém thời gian và chi phí.',
             'Chưa có tổ chức kiểm định phương tiện đo đặt tại đặc khu.']),
        dict(head='III. ĐỀ XUẤT', items=[
             'Đề nghị Chi cục tổ chức các lớp tập huấn theo hình thức trực tuyến để công chức đặc khu tham dự.',
             'Đề nghị Sở Khoa học và Công nghệ hỗ trợ tổ chức kiểm định phương tiện đo lưu động tại đặc khu mỗi năm ít nhất 01 lần.'])]),

 dict(file='LongHai-BC38.docx', unit=('26662', 'Xã Long Hải'), number='203/BC-UBND', date='2026-10-15',
      place='Long Hải', signer='Nguyễn Văn Bảy',
      subtitle='Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 trên địa bàn xã',
      intro=[PLAN_REF + ', Ủy ban nhân dân xã Long Hải báo cáo như sau:'],
      sections=[dict(head='I. KẾT QUẢ', tasks=[
        dict(task='II.1.a', status='completed', ind={'communications': 6}, title='1) Tuyên truyền',
             paras=['Xã thực hiện 06 tin, bài trên hệ thống truyền thanh và trang thông tin điện tử xã về đo lường trong kinh doanh xăng dầu, mua bán hải sản tại chợ Long Hải. Xã đánh giá việc này: đã xong.']),
        dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 13, 'violations': 2,
             'fines_vnd': 6500000},
             title='2) Kiểm tra theo phân cấp',
             paras=['Xã tổ chức 02 cuộc kiểm tra liên ngành; số cơ sở được kiểm tra, vi phạm và tiền phạt theo loại hình như sau:'],
             table=dict(caption='Số liệu kiểm tra theo loại hình cơ sở', cols=['Loại hình', 'Cơ sở được kiểm tra', 'Vi phạm', 'Tiền phạt (đồng)'],
                        rows=[['Tiểu thương chợ Long Hải', 8, 1, 2000000], ['Cửa hàng xăng dầu', 3, 1, 4500000], ['Cơ sở kinh doanh vàng bạc', 2, 0, 0]]),
             after=['Xã đánh giá việc này: còn tiếp tục, dự kiến kiểm tra thêm dịp cuối năm.']),
        dict(task='II.5.b', status='not_started', ind={}, title='3) Phối hợp khảo sát chất lượng hàng hóa',
             paras=['Chi cục chưa có kế hoạch lấy mẫu khảo sát trên địa bàn xã nên nội dung này xã chưa tiến hành.']),
        dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 2}, title='4) Tập huấn cho công chức',
             paras=['Cử 02 công chức văn hóa - xã hội và kinh tế dự 01 lớp tập huấn tại Chi cục. Xã đánh giá việc này: đã xong.']),
        dict(task='II.5.d', status='not_applicable', ind={}, title='5) Tiếp nhận phản ánh, tố giác vi phạm',
             paras=['Trong kỳ không phát sinh phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng trên địa bàn xã.'])]),
        dict(head='II. KHÓ KHĂN', items=['Chợ Long Hải hoạt động theo mùa du lịch, số hộ kinh doanh biến động lớn.']),
        dict(head='III. KIẾN NGHỊ', items=['Đề nghị Chi cục phối hợp lấy mẫu khảo sát chất lượng xăng dầu tại các cửa hàng trên địa bàn xã.'])]),

 dict(file='Long Son - bao cao TDC 2026.docx', unit=('26545', 'Xã Long Sơn'), number='147/BC-UBND', date='2026-10-22',
      place='Long Sơn', signer='Đặng Thị Mỹ',
      subtitle='Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026',
      intro=[PLAN_REF + ', Ủy ban nhân dân xã Long Sơn báo cáo như sau:'],
      sections=[dict(head='I. KẾT QUẢ THỰC HIỆN', tasks=[
        dict(task='II.1.a', status='in_progress', ind={'communications': 4, 'training_courses': 1, 'participants': 36},
             title='1) Tuyên truyền, tập huấn cho hộ kinh doanh',
             paras=['Xã đăng 04 tin, bài trên trang thông tin điện tử xã; phối hợp Chi cục tổ chức 01 buổi tập huấn về ghi nhãn hàng hóa, phương tiện đo nhóm 2 cho hộ kinh doanh với 36 người tham dự. Xã đánh giá việc này: còn tiếp tục.']),
        dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 10, 'violations': 1,
             'fines_vnd': 2500000},
             title='2) Kiểm tra theo phân cấp',
             paras=['Xã thực hiện 02 cuộc kiểm tra, số liệu cụ thể:'],
             table=dict(caption='Bảng số liệu', cols=['Cuộc kiểm tra', 'Số cuộc', 'Số cơ sở', 'Số vi phạm', 'Tiền phạt (đồng)'],
                        rows=[['Tháng 3/2026 (xăng dầu)', 1, 4, 1, 2500000], ['Tháng 8/2026 (chợ, tạp hóa)', 1, 6, 0, 0]]),
             after=['Xã đánh giá việc này: còn tiếp tục.']),
        dict(task='II.2.d', status='completed', ind={'enterprises_supported': 3}, title='3) Hướng dẫn công bố chất lượng sản phẩm',
             paras=['Hướng dẫn 03 hợp tác xã, cơ sở chế biến hải sản thực hiện công bố tiêu chuẩn áp dụng và ghi nhãn sản phẩm OCOP. Xã đánh giá việc này: đã xong.']),
        dict(task='II.2.đ', status='in_progress', ind={}, title='4) Duy trì ISO 9001:2015 tại cơ quan',
             paras=['Đang rà soát, cập nhật quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015. Xã đánh giá việc này: còn tiếp tục.'])]),
        dict(head='II. KHÓ KHĂN, VƯỚNG MẮC', items=['Công chức phụ trách còn kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.']),
        dict(head='III. ĐỀ XUẤT, KIẾN NGHỊ', items=['Đề nghị Chi cục hướng dẫn quy trình kiểm tra đo lường đối với cân tại chợ cho cấp xã.'])]),

 dict(file='Can Gio_BC 9 thang.docx', unit=('27664', 'Xã Cần Giờ'), number='219/BC-UBND', date='2026-10-12',
      place='Cần Giờ', signer='Huỳnh Văn Tư',
      rejected='Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.',
      subtitle='Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026',
      intro=['Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, Ủy ban nhân dân xã Cần Giờ báo cáo như sau:'],
      sections=[dict(head='I. TÌNH HÌNH THIÊN TAI', tasks=[
        dict(title='1) Triều cường, sạt lở', paras=['Trong 9 tháng, địa bàn xã chịu ảnh hưởng của 05 đợt triều cường, gây ngập cục bộ tuyến đường Duyên Hải và khu dân cư ấp Long Thạnh.'],
             table=dict(caption='Bảng thống kê thiệt hại', cols=['Đợt', 'Số hộ bị ảnh hưởng', 'Số hộ di dời', 'Thiệt hại (đồng)'],
                        rows=[['Tháng 1', 12, 0, 15000000], ['Tháng 9', 27, 4, 48000000]]))]),
        dict(head='II. CÔNG TÁC CHUẨN BỊ', items=['Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; tổ chức diễn tập ứng phó bão, áp thấp nhiệt đới cấp xã vào tháng 6/2026.',
             'Rà soát phương án di dời dân khỏi khu vực nguy hiểm, chuẩn bị vật tư, phương tiện theo phương châm 4 tại chỗ.']),
        dict(head='III. KIẾN NGHỊ', items=['Đề nghị Thành phố đầu tư gia cố đoạn đê biển xung yếu khu vực ấp Long Thạnh.'])],
      closing='Trên đây là báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026 của Ủy ban nhân dân xã Cần Giờ./.'),
]


# ---------------------------------------------------------------- H5
def status_box(d, text):
    t = d.add_table(rows=1, cols=1)
    t.style = 'Table Grid'
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Cm(14)
    cell_text(c, [('Đánh giá của phường: ', 'b')], align=None)
    r = c.paragraphs[0].add_run(text)
    r.italic = True
    shade(c, 'E2EFDA')
    para(d, '', space_after=0)


def render_h5(rep, path):
    d = new_doc(size=13, margins=(2, 2, 3, 2))
    up = rep['unit'][1].upper()
    header_block(d, [('UBND ' + up, 'b'), ('Số: ' + rep['number'], ''), ('V/v báo cáo kết quả thực hiện KH CT38 năm 2026', 'i')],
                 [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'b'), ('Độc lập - Tự do - Hạnh phúc', 'b'),
                  (rep['place'] + ', ' + date_words(rep['date']), 'i')])
    para(d)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh', align='c')
    para(d, '(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)', italic=True, align='c')
    para(d, PLAN_REF + '; Ủy ban nhân dân ' + rep['unit'][1][0].lower() + rep['unit'][1][1:]
         + ' báo cáo kết quả thực hiện đến ngày ' + rep['cutoff'] + ' như sau:', align='j')
    para(d, '1. Kết quả thực hiện', bold=True, indent=False)
    for i, t in enumerate(rep['tasks'], 1):
        para(d, f'1.{i}. {t["title"]}', bold=True, indent=False)
        for x in t['paras']:
            para(d, x, align='j')
        status_box(d, t['box'])
        t['keytext'] = t['paras'][0]
    para(d, '2. Khó khăn, vướng mắc', bold=True, indent=False)
    for x in rep['diff']:
        para(d, '- ' + x, align='j')
    para(d, '3. Kiến nghị, đề xuất', bold=True, indent=False)
    for x in rep['prop']:
        para(d, '- ' + x, align='j')
    para(d, 'Ủy ban nhân dân ' + rep['unit'][1][0].lower() + rep['unit'][1][1:] + ' kính báo cáo./.', align='j')
    sig = d.add_table(rows=1, cols=2)
    no_borders(sig)
    cell_text(sig.cell(0, 0), [('Nơi nhận:', 'bi'), ('- Như trên;', ''), ('- Lưu: VT, KTHTĐT.', '')], align=None, size=11)
    cell_text(sig.cell(0, 1), [('KT. CHỦ TỊCH', 'b'), ('PHÓ CHỦ TỊCH', 'b'), ('', ''), ('', ''), (rep['signer'], 'b')])
    d.save(path)


H5 = [
 dict(file='TDM_bao cao KH38 nam 2026.docx', unit=('25747', 'Phường Thủ Dầu Một'), number='522/UBND-KTHTĐT', date='2026-10-17',
      place='Thủ Dầu Một', signer='Trương Công Thanh', cutoff='15/10/2026', tasks=[
   dict(task='II.1.a', status='completed', ind={'communications': 12, 'training_courses': 2, 'participants': 130},
        title='Tuyên truyền, phổ biến pháp luật',
        paras=['Phường đăng 12 tin, bài trên trang thông tin điện tử và các nhóm Zalo khu phố. Nổi bật là 2 buổi tập huấn cho hộ kinh doanh tại chợ Thủ Dầu Một và chợ Phú Văn, thu hút 130 lượt người tham dự.'],
        box='Đã hoàn thành.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 6, 'establishments_inspected': 41, 'violations': 5,
        'fines_vnd': 21500000, 'instruments_verified': 68},
        title='Quản lý đo lường, chất lượng theo phân cấp',
        paras=['Phường chủ trì 6 cuộc kiểm tra tại 41 cơ sở kinh doanh xăng dầu, vàng trang sức, hàng đóng gói sẵn; phát hiện 5 cơ sở vi phạm, đã xử phạt 21,5 triệu đồng.',
               'Nổi bật là việc phối hợp kiểm định lại 68 cân tại các chợ trước mùa cao điểm.'],
        box='Đang thực hiện, tiếp tục kiểm tra trong Quý IV.'),
   dict(task='II.5.b', status='completed', ind={'samples_tested': 12},
        title='Phối hợp khảo sát chất lượng hàng hóa',
        paras=['Phối hợp đoàn khảo sát của Chi cục lấy 12 mẫu thép xây dựng, dây điện tại các cửa hàng vật liệu xây dựng trên địa bàn.'],
        box='Đã hoàn thành.'),
   dict(task='II.3.a', status='completed', ind={'training_courses': 1, 'participants': 3},
        title='Tập huấn nghiệp vụ cho công chức',
        paras=['Cử 3 công chức tham dự 1 lớp tập huấn nghiệp vụ do Chi cục tổ chức tháng 7/2026.'],
        box='Đã hoàn thành.'),
   dict(task='II.2.đ', status='completed', ind={}, title='Áp dụng TCVN ISO 9001:2015',
        paras=['Phường đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp, áp dụng cho 100% thủ tục hành chính.'],
        box='Đã hoàn thành.'),
   dict(task='II.2.d', status='in_progress', ind={'enterprises_supported': 7},
        title='Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng',
        paras=['Nổi bật là việc giới thiệu 7 doanh nghiệp nhỏ trên địa bàn tham gia chương trình hỗ trợ áp dụng hệ thống quản lý chất lượng, công bố hợp chuẩn của Chi cục.'],
        box='Đang thực hiện.')],
   diff=['Số lượng cơ sở kinh doanh lớn, trong khi lực lượng kiểm tra của phường còn mỏng.',
         'Một số hộ kinh doanh chưa hợp tác, chưa chủ động đưa cân đi kiểm định định kỳ.'],
   prop=['Đề nghị Chi cục tăng cường phối hợp, cử cán bộ chuyên môn tham gia các đợt kiểm tra của phường.']),

 dict(file='CV bao cao CT38 - Cau Ong Lanh.docx', unit=('26758', 'Phường Cầu Ông Lãnh'), number='240/UBND-KT', date='2026-10-20',
      place='Cầu Ông Lãnh', signer='Lý Minh Khang', cutoff='15/10/2026', tasks=[
   dict(task='II.1.a', status='completed', ind={'communications': 5},
        title='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
        paras=['Phường thực hiện 5 tin, bài trên trang thông tin điện tử phường; nổi bật là chuyên mục hỏi - đáp về cân điện tử tại chợ Dân Sinh.'],
        box='Đã hoàn thành.'),
   dict(task='II.5.c', status='in_progress', ind={'inspections': 2, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 3000000},
        title='Kiểm tra theo phân cấp',
        paras=['Tổ chức 2 cuộc kiểm tra tại 15 cơ sở kinh doanh vật tư, thiết bị điện và hàng đóng gói sẵn; xử phạt 1 cơ sở vi phạm với số tiền 3 triệu đồng.'],
        box='Đang thực hiện.'),
   dict(task='II.5.d', status='not_applicable', ind={}, title='Xử lý phản ánh, tố giác vi phạm',
        paras=['Trong kỳ, phường không nhận được phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.'],
        box='Không phát sinh.'),
   dict(task='II.3.a', status='not_started', ind={}, title='Tập huấn, bồi dưỡng công chức',
        paras=['Do trùng lịch tiếp công dân, phường chưa cử được công chức tham dự lớp tập huấn tháng 8/2026 của Chi cục.'],
        box='Chưa thực hiện, sẽ cử công chức dự lớp kế tiếp.')],
   diff=['Phường mới sắp xếp, công chức phụ trách lĩnh vực thay đổi nên việc theo dõi số liệu còn chậm.'],
   prop=['Đề nghị Chi cục thông báo sớm lịch tập huấn năm 2027 để phường chủ động bố trí công chức tham dự.']),

 dict(file='BinhTan-CT38-2026.docx', unit=('27442', 'Phường Bình Tân'), number='377/BC-UBND', date='2026-10-24',
      place='Bình Tân', signer='Đoàn Thị Kim Yến', cutoff='20/10/2026', tasks=[
   dict(task='II.1.a', status='in_progress', ind={'communications': 9, 'training_courses': 1, 'participants': 75},
        title='Tuyên truyền, tập huấn cho doanh nghiệp, hộ kinh doanh',
        paras=['Phường thực hiện 9 tin, bài tuyên truyền; nổi bật là 1 hội nghị phổ biến quy định về hàng đóng gói sẵn cho doanh nghiệp trong khu công nghiệp với 75 đại biểu tham dự.'],
        box='Đang thực hiện.'),
   dict(task='II.5.c', status='completed', ind={'inspections': 4, 'establishments_inspected': 22, 'violations': 2, 'fines_vnd': 9750000},
        title='Kiểm tra đo lường, chất lượng theo phân cấp',
        paras=['Hoàn tất 4 cuộc kiểm tra theo kế hoạch năm tại 22 cơ sở; phát hiện 2 cơ sở vi phạm, xử phạt 9,75 triệu đồng.'],
        box='Đã hoàn thành kế hoạch năm.'),
   dict(task='II.5.b', status='in_progress', ind={'samples_tested': 10},
        title='Phối hợp khảo sát chất lượng sản phẩm, hàng hóa',
        paras=['Phối hợp Chi cục lấy 10 mẫu khí dầu mỏ hóa lỏng, xăng tại các cửa hàng trên địa bàn; đang chờ kết quả thử nghiệm.'],
        box='Đang thực hiện.'),
   dict(task='II.2.đ', status='in_progress', ind={}, title='Hệ thống quản lý chất lượng tại cơ quan',
        paras=['Phường đang chuyển đổi hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 sang môi trường điện tử.'],
        box='Đang thực hiện.')],
   diff=['Phần mềm quản lý hệ thống ISO điện tử chưa được kết nối với hệ thống giải quyết thủ tục hành chính của Thành phố.'],
   prop=['Đề nghị Sở Khoa học và Công nghệ hướng dẫn việc áp dụng ISO điện tử cho các phường.',
         'Đề nghị Chi cục thông báo kết quả thử nghiệm mẫu để phường kịp thời xử lý.']),
]
