# -*- coding: utf-8 -*-
"""Generator for set246: 17 reports in 5 hands + answer keys."""
import hashlib, json, os, subprocess, shutil, datetime
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = []  # (file, key dict)

C = 'completed'; P = 'in_progress'; N = 'not_started'; NA = 'not_applicable'; U = 'unknown'


def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, indicators=ind, text=text)
    d.update(kw)
    return d


def key(fname, unit_id, unit_name, number, date, entries, diff, prop, status='extracted', reason=None):
    ents = []
    merged = {}
    for e in entries:
        if e['task'] in merged:
            m = merged[e['task']]
            for k, v in e['indicators'].items():
                assert k not in m['indicators'], (fname, e['task'], k)
                m['indicators'][k] = v
            m['text'] += ' ' + e['text']
            assert m['status'] == e['status'], (fname, e['task'])
        else:
            m = dict(task=e['task'], status=e['status'], indicators=dict(e['indicators']), text=e['text'])
            merged[e['task']] = m
            ents.append(m)
    KEYS.append((fname, dict(file=fname, sha256=None, status=status, reason=reason,
                             unit=dict(id=unit_id, name=unit_name),
                             document=dict(number=number, date=date),
                             entries=ents if status == 'extracted' else [],
                             findings=[], difficulties=diff if status == 'extracted' else [],
                             proposals=prop if status == 'extracted' else [])))


def setfont(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is None:
        from docx.oxml import OxmlElement
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    from docx.oxml.ns import qn
    rf.set(qn('w:eastAsia'), name); rf.set(qn('w:ascii'), name); rf.set(qn('w:hAnsi'), name)


def para(doc, text, bold=False, italic=False, align=None, size=None, indent=None, space_after=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def header_table(doc, left1, left2, number, place_date, size=13):
    t = doc.add_table(rows=3, cols=2)
    cells = [(0, 0, left1, False), (1, 0, left2, True), (2, 0, 'Số: ' + number, False),
             (0, 1, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), (1, 1, 'Độc lập - Tự do - Hạnh phúc', True),
             (2, 1, place_date, False)]
    for r, c, txt, b in cells:
        cell = t.cell(r, c)
        p = cell.paragraphs[0]
        run = p.add_run(txt); run.bold = b; run.font.size = Pt(size - 1)
        if r == 2 and c == 1: run.italic = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def vdate(iso):
    y, m, d = iso.split('-')
    return f'ngày {d} tháng {m} năm {y}'

# ---------------------------------------------------------------- HAND 1
# Ward officer pasting a Zalo group's "báo cáo nhanh" into Word: 📌 lines, status as short replies.

def hand1(fname, uid, uname, short, number, date, poster, entries, diff, prop, boss):
    doc = Document(); setfont(doc, 'Arial', 11)
    y, m, d = date.split('-')
    para(doc, 'UBND ' + uname.upper(), bold=True)
    para(doc, 'Phòng Kinh tế, Hạ tầng và Đô thị')
    para(doc, 'Số: ' + number)
    para(doc, f'{short}, ngày {d}/{m}/{y}', italic=True)
    para(doc, '')
    para(doc, 'BÁO CÁO NHANH', bold=True, align='c', size=13)
    para(doc, 'kết quả thực hiện KH CT38 về tiêu chuẩn, đo lường, chất lượng năm 2026 (tính tới ngày gửi)', align='c', italic=True)
    para(doc, '(chép lại từ nhóm Zalo "KT-HT-ĐT ' + short + '" để gửi Chi cục TĐC)', align='c', size=9)
    para(doc, '')
    para(doc, f'[08:{int(d)+12:02d}, {d}/{m}/{y}] {poster}:', size=9)
    para(doc, 'Em tổng hợp nhanh phần CT38 gửi a/c xem ạ', size=11)
    for e in entries:
        para(doc, '📌 ' + e['text'], space_after=0)
        para(doc, '      ↪ ' + boss + ': ' + e['reply'], italic=True, size=10)
    para(doc, '')
    if diff:
        for t in diff:
            para(doc, '📌 Vướng: ' + t, space_after=0)
    if prop:
        for t in prop:
            para(doc, '📌 Xin ý kiến: ' + t, space_after=0)
        para(doc, '      ↪ ' + boss + ': ok đưa vào bc', italic=True, size=10)
    para(doc, '')
    para(doc, 'Người tổng hợp', bold=True, align='r')
    para(doc, poster, align='r')
    doc.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diff, prop)


hand1('bc-nhanh-ct38-tan-hiep.docx', '25920', 'Phường Tân Hiệp', 'Tân Hiệp', '412/BC-KTHTĐT', '2026-11-10',
      'Lê Thị Kim Thoa', [
          E('II.5.c', C, {'inspections': 2, 'establishments_inspected': 18},
            'KT cân tại chợ Tân Hiệp: 2 đợt/ 31 cân/ 18 hộ kd – đạt hết', reply='ok xong'),
          E('II.5.b', P, {'samples_tested': 6},
            'Đi cùng Chi cục lấy mẫu xăng RON95 + DO tại 3 cây xăng: 6 mẫu – chờ kq thử nghiệm', reply='còn làm tiếp, chờ kq'),
          E('II.1.a', C, {'communications': 14},
            'Loa phường + trang FB phường đăng tin CT38, cân đong: 14 tin', reply='ok xong'),
          E('II.3.a', C, {'participants': 2},
            'Cử 2 cán bộ dự tập huấn TĐC do Chi cục mở (tháng 8)', reply='ok xong'),
          E('II.5.d', NA, {},
            'Phản ánh, tố giác về cân thiếu: chưa nhận được trường hợp nào', reply='ko phát sinh'),
      ], ['cán bộ KT kiêm nhiều việc, chưa có cân đối chứng loại 60 kg ở chợ'],
      ['đề nghị Chi cục hỗ trợ 01 cân đối chứng 60 kg cho chợ Tân Hiệp'], 'c.Hương PCT')

hand1('bc-nhanh-phu-loi.docx', '25750', 'Phường Phú Lợi', 'Phú Lợi', '227/BC-KTHTĐT', '2026-11-12',
      'Nguyễn Minh Trí', [
          E('II.5.c', P, {'inspections': 3, 'establishments_inspected': 27, 'violations': 2, 'fines_vnd': 4500000},
            'KT đo lường + nhãn hàng tại chợ Phú Lợi & chợ Đình: 3 đợt/ 27 hộ – 2 hộ vi phạm, phạt 4,5 triệu', reply='còn làm tiếp (đợt 4 dự kiến 12/2026)'),
          E('II.2.d', C, {'enterprises_supported': 5},
            'Hướng dẫn 5 cơ sở sx bánh tráng làm hồ sơ tự công bố sp', reply='ok xong'),
          E('II.1.a', C, {'training_courses': 1, 'participants': 64},
            'Hội nghị phổ biến luật CLSPHH cho hộ kd: 1 buổi/ 64 người', reply='ok xong'),
          E('II.2.đ', P, {},
            'Duy trì ISO 9001:2015 tại bộ phận một cửa – đang chuẩn bị đánh giá nội bộ', reply='còn làm tiếp'),
      ], ['chợ Đình nhiều hộ nhỏ lẻ, kinh doanh không thường xuyên nên khó kiểm tra lại'],
      ['đề nghị Chi cục tập huấn thêm về ghi nhãn hàng hóa cho cán bộ phường'], 'a.Quang TP')

hand1('bc-ct38-long-nguyen.docx', '25840', 'Phường Long Nguyên', 'Long Nguyên', '96/BC-KTHTĐT', '2026-11-09',
      'Phạm Thị Ngọc Hân', [
          E('II.5.c', C, {'inspections': 4, 'establishments_inspected': 11},
            'KT đo lường cây xăng trên địa bàn: 4 đợt/ 11 cửa hàng – không vi phạm', reply='ok xong'),
          E('II.1.a', P, {'communications': 9},
            'Phát thanh + nhóm Zalo khu phố: 9 tin bài về ghi nhãn, cân đo', reply='còn làm tiếp tới cuối năm'),
          E('II.2.a', N, {},
            'Truy xuất nguồn gốc (tem QR) cho hợp tác xã rau', reply='chưa làm, chờ hướng dẫn'),
          E('II.3.a', C, {'participants': 1},
            'Cử 1 cán bộ dự lớp tập huấn nghiệp vụ TĐC cho xã phường', reply='ok xong'),
      ], [], ['xin Chi cục gửi tài liệu hướng dẫn truy xuất nguồn gốc cho HTX'], 'c.Mai PCT')

hand1('bao-cao-nhanh-ben-cat.docx', '25813', 'Phường Bến Cát', 'Bến Cát', '301/BC-KTHTĐT', '2026-11-11',
      'Võ Thành Danh', [
          E('II.5.c', C, {'inspections': 2, 'establishments_inspected': 22, 'violations': 1, 'fines_vnd': 2500000},
            'KT chất lượng mũ bảo hiểm, đồ chơi trẻ em tại chợ Bến Cát: 2 đợt/ 22 cửa hàng – 1 vi phạm, phạt 2,5 triệu', reply='ok xong'),
          E('II.5.b', C, {'samples_tested': 4},
            'Phối hợp Chi cục khảo sát mũ bảo hiểm: lấy 4 mẫu', reply='ok xong, đã có kq'),
          E('II.1.a', C, {'communications': 20},
            'Tuyên truyền trên loa + pano + tờ rơi: 20 tin, bài', reply='ok xong'),
          E('II.5.d', NA, {},
            'Khen thưởng người tố giác vi phạm TĐC', reply='ko phát sinh'),
          E('II.2.đ', C, {},
            'Chuyển đổi ISO 9001 sang phường mới, ban hành lại quy trình', reply='ok xong'),
      ], ['thiếu kinh phí in tờ rơi, pano phải xin ghép với chương trình khác'], [], 'a.Tuấn PCT')

# ---------------------------------------------------------------- HAND 2
# Commune grouping everything under its own four field headings.

def hand2(fname, uid, uname, short, number, date, groups, diff, prop, signer, resave=False):
    doc = Document(); setfont(doc, 'Times New Roman', 13)
    header_table(doc, 'UBND ' + uname.upper(), 'VĂN PHÒNG HĐND VÀ UBND', number, f'{short}, {vdate(date)}')
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align='c', size=14)
    para(doc, 'Kết quả công tác tiêu chuẩn, đo lường, chất lượng trên địa bàn xã năm 2026', bold=True, align='c')
    para(doc, '(theo Kế hoạch triển khai Chỉ thị 38-CT/TW của Sở Khoa học và Công nghệ)', italic=True, align='c')
    para(doc, f'Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân {uname} báo cáo kết quả công tác tiêu chuẩn, đo lường, chất lượng theo từng lĩnh vực như sau:', indent=1, align='j')
    roman = ['I', 'II', 'III', 'IV', 'V']
    allents = []
    for i, (head, items) in enumerate(groups):
        para(doc, f'{roman[i]}. {head}', bold=True)
        for e in items:
            para(doc, '- ' + e['text'], indent=1, align='j')
            allents.append(e)
    para(doc, f'{roman[len(groups)]}. KHÓ KHĂN, ĐỀ XUẤT', bold=True)
    for t in diff:
        para(doc, '- ' + t, indent=1, align='j')
    for t in prop:
        para(doc, '- ' + t, indent=1, align='j')
    para(doc, '')
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run('Nơi nhận:\n- Sở KH&CN (qua Chi cục TĐC);\n- TT Đảng ủy, TT HĐND xã;\n- Lưu: VT.').italic = True
    c = t.cell(0, 1).paragraphs[0]; c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run('TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n' + signer).bold = True
    path = os.path.join(OUT, fname)
    doc.save(path)
    if resave:
        lo_resave(path, 'docx')
    key(fname, uid, uname, number, date, allents, diff, prop)


def lo_resave(path, ext):
    tmp = os.path.join(OUT, '_lo'); out_dir = os.path.join(tmp, 'out')
    os.makedirs(out_dir, exist_ok=True)
    src = os.path.join(tmp, os.path.basename(path))
    shutil.move(path, src)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', out_dir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(out_dir, os.path.basename(path)), path)
    shutil.rmtree(tmp)


hand2('26656-bc-tdc-2026.docx', '26656', 'Xã Bình Châu', 'Bình Châu', '188/BC-UBND', '2026-11-06', [
    ('ĐO LƯỜNG', [
        E('II.5.c', C, {'inspections': 2, 'establishments_inspected': 12},
          'Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường đối với 100% cơ sở kinh doanh xăng dầu (12 cơ sở) trong 02 đợt (tháng 4 và tháng 9), các cơ sở đều chấp hành tốt, không phát hiện vi phạm; duy trì 01 cân đối chứng tại chợ Bình Châu. Nội dung này đã hoàn thành.'),
    ]),
    ('CHẤT LƯỢNG SẢN PHẨM', [
        E('II.5.b', C, {'samples_tested': 8},
          'Phối hợp lấy 08 mẫu nước mắm, khô cá của các hộ sản xuất ven biển để khảo sát chất lượng; kết quả đều phù hợp công bố. Đã hoàn thành.'),
        E('II.2.d', P, {'enterprises_supported': 3, 'standards_reviewed': 3},
          'Hướng dẫn 03 cơ sở chế biến hải sản xây dựng tiêu chuẩn cơ sở (03 TCCS) và làm hồ sơ tự công bố để đăng ký sản phẩm OCOP; hiện đang tiếp tục hướng dẫn.'),
    ]),
    ('TUYÊN TRUYỀN', [
        E('II.1.a', C, {'communications': 24, 'training_courses': 1, 'participants': 85},
          'Đăng 24 tin, bài trên trang thông tin điện tử và hệ thống truyền thanh xã; tổ chức 01 hội nghị phổ biến quy định về nhãn hàng hóa, đo lường cho 85 hộ kinh doanh. Đã hoàn thành.'),
        E('II.1.b', NA, {},
          'Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia: trên địa bàn xã không có doanh nghiệp đủ điều kiện, không phát sinh.'),
    ]),
    ('VIỆC KHÁC', [
        E('II.3.a', C, {'participants': 2},
          'Cử 02 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cán bộ xã, phường do Sở tổ chức. Đã hoàn thành.'),
        E('II.2.đ', P, {},
          'Tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND xã; đang rà soát quy trình sau sắp xếp.'),
    ]),
], ['Xã mới sắp xếp, địa bàn rộng, công chức phụ trách kiêm nhiệm nhiều lĩnh vực.'],
    ['Đề nghị Sở hỗ trợ kinh phí in tài liệu tuyên truyền về đo lường cho các chợ ven biển.'], 'Trần Văn Lợi')

hand2('bc-tdc-phuoc-hai.docx', '26686', 'Xã Phước Hải', 'Phước Hải', '241/BC-UBND', '2026-11-13', [
    ('ĐO LƯỜNG', [
        E('II.5.c', P, {'inspections': 3, 'establishments_inspected': 15, 'violations': 1, 'fines_vnd': 3000000},
          'Kiểm tra đo lường tại chợ Phước Hải và 100% cơ sở kinh doanh xăng dầu (07 cơ sở): tổng cộng 03 cuộc, 15 cơ sở; phát hiện 01 cơ sở sử dụng cân không đạt yêu cầu, xử phạt 3.000.000 đồng. Dự kiến kiểm tra thêm 01 đợt trong tháng 12, đang thực hiện.'),
    ]),
    ('CHẤT LƯỢNG SẢN PHẨM', [
        E('II.2.a', P, {'enterprises_supported': 4},
          'Hỗ trợ 04 hợp tác xã, cơ sở làm nước mắm áp dụng tem truy xuất nguồn gốc; đang thực hiện.'),
        E('II.5.b', N, {},
          'Khảo sát chất lượng mũ bảo hiểm bán tại chợ: chưa thực hiện do chờ kế hoạch của Chi cục.'),
    ]),
    ('TUYÊN TRUYỀN', [
        E('II.1.a', C, {'communications': 16},
          'Thông tin, tuyên truyền 16 tin, bài về Chỉ thị 38 và pháp luật đo lường trên Đài truyền thanh xã. Đã hoàn thành.'),
    ]),
    ('VIỆC KHÁC', [
        E('II.3.a', C, {'participants': 3},
          'Cử 03 cán bộ dự tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng. Đã hoàn thành.'),
        E('II.5.d', NA, {},
          'Tiếp nhận, xử lý phản ánh của người dân về đo lường, chất lượng: không phát sinh.'),
    ]),
], ['Chưa có cân đối chứng tại chợ cá Phước Hải.'],
    ['Đề nghị Chi cục trang bị 01 cân đối chứng cho chợ cá Phước Hải.', 'Đề nghị sớm ban hành kế hoạch khảo sát chất lượng để xã phối hợp.'], 'Nguyễn Thị Bé', resave=True)

hand2('nghia-thanh-bao-cao-tdc.docx', '26617', 'Xã Nghĩa Thành', 'Nghĩa Thành', '157/BC-UBND', '2026-11-05', [
    ('ĐO LƯỜNG', [
        E('II.5.c', C, {'inspections': 1, 'establishments_inspected': 6},
          'Kiểm tra đo lường 100% cơ sở kinh doanh xăng dầu (06 cơ sở) và cân tại chợ Nghĩa Thành trong 01 đợt, không có vi phạm. Đã hoàn thành.'),
    ]),
    ('CHẤT LƯỢNG SẢN PHẨM', [
        E('II.2.d', C, {'enterprises_supported': 2},
          'Hướng dẫn 02 cơ sở sản xuất cà phê bột thực hiện công bố hợp chuẩn, ghi nhãn hàng hóa. Đã hoàn thành.'),
    ]),
    ('TUYÊN TRUYỀN', [
        E('II.1.a', C, {'communications': 11, 'training_courses': 1, 'participants': 52},
          'Đăng tải 11 tin bài; phối hợp tổ chức 01 buổi tọa đàm về nhãn hàng hóa với 52 lượt người tham dự. Đã hoàn thành.'),
    ]),
    ('VIỆC KHÁC', [
        E('II.3.a', C, {'participants': 1},
          'Cử 01 công chức địa chính - xây dựng tham dự tập huấn TĐC. Đã hoàn thành.'),
        E('II.2.đ', C, {},
          'Công bố lại hệ thống quản lý chất lượng ISO 9001:2015 sau khi sắp xếp xã. Đã hoàn thành.'),
        E('II.5.d', NA, {},
          'Khen thưởng, bảo vệ người tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng: không phát sinh.'),
    ]),
], [], ['Đề nghị Sở tổ chức tập huấn về công bố hợp chuẩn cho các hộ sản xuất cà phê.'], 'Lê Quang Vinh')

# ---------------------------------------------------------------- HAND 3
# Older clerk: long sentences, status in a subordinate clause in the middle, comparisons with the 9-month report.

def hand3(fname, uid, uname, short, number, date, intro, paras, diff, prop, signer, title2, rejected=None):
    doc = Document(); setfont(doc, 'Times New Roman', 14)
    header_table(doc, 'ỦY BAN NHÂN DÂN', uname.upper(), number, f'{short}, {vdate(date)}', size=14)
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align='c')
    para(doc, title2, bold=True, align='c')
    para(doc, '_______', align='c')
    para(doc, intro, indent=1.27, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN', bold=True)
    for e in paras:
        para(doc, e['text'], indent=1.27, align='j')
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True)
    for t in diff:
        para(doc, t, indent=1.27, align='j')
    para(doc, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True)
    for t in prop:
        para(doc, t, indent=1.27, align='j')
    para(doc, f'Trên đây là báo cáo của Ủy ban nhân dân {uname}./.', indent=1.27)
    t = doc.add_table(rows=1, cols=2)
    t.cell(0, 0).paragraphs[0].add_run('Nơi nhận:\n- Như trên;\n- Lưu: VT, KT.').italic = True
    c = t.cell(0, 1).paragraphs[0]; c.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c.add_run('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\n' + signer).bold = True
    doc.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, uid, uname, number, date, [], [], [], status='rejected', reason=rejected)
    else:
        key(fname, uid, uname, number, date, paras, diff, prop)


hand3('bc-ct38-thu-dau-mot.docx', '25747', 'Phường Thủ Dầu Một', 'Thủ Dầu Một', '509/BC-UBND', '2026-11-04',
      'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân Phường Thủ Dầu Một báo cáo kết quả thực hiện đến ngày 31 tháng 10 năm 2026 (bổ sung, cập nhật so với báo cáo 9 tháng đã gửi) như sau:', [
          E('II.5.c', P, {'inspections': 5, 'establishments_inspected': 38, 'violations': 3, 'fines_vnd': 9500000},
            'Về công tác kiểm tra đo lường, chất lượng hàng hóa thuộc thẩm quyền được phân cấp cho phường, Ủy ban nhân dân phường đã giao Phòng Kinh tế, Hạ tầng và Đô thị chủ trì phối hợp với Công an phường và Ban quản lý chợ Thủ Dầu Một tổ chức kiểm tra, công việc này đến nay vẫn đang được tiếp tục thực hiện theo kế hoạch, trong đó đã tổ chức 05 cuộc kiểm tra (tăng 01 cuộc so với báo cáo 9 tháng) tại 38 cơ sở kinh doanh, phát hiện 03 cơ sở vi phạm về ghi nhãn và đo lường, đã ra quyết định xử phạt với tổng số tiền 9.500.000 đồng (tăng 2.000.000 đồng so với báo cáo 9 tháng).'),
          E('II.1.a', C, {'communications': 31, 'training_courses': 2, 'participants': 140},
            'Đối với công tác tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho các hộ kinh doanh và người dân, phường đã lồng ghép trong các buổi sinh hoạt khu phố và trên hệ thống loa truyền thanh, công việc này đến nay cơ bản đã xong, trong đó đã đăng phát 31 tin, bài (tăng 06 tin, bài so với báo cáo 9 tháng) và tổ chức 02 hội nghị phổ biến với 140 lượt người tham dự.'),
          E('II.2.đ', C, {},
            'Việc duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 trong hoạt động của Ủy ban nhân dân phường, sau khi đã rà soát, cập nhật lại toàn bộ quy trình nội bộ theo mô hình chính quyền hai cấp, đến nay đã hoàn thành, trong đó đã tổ chức đánh giá nội bộ và xem xét của lãnh đạo theo đúng quy định, không có thay đổi so với báo cáo 9 tháng.'),
          E('II.3.a', C, {'participants': 4},
            'Về việc cử công chức tham gia các lớp tập huấn, bồi dưỡng chuyên môn về tiêu chuẩn, đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức, phường đã cử đầy đủ thành phần, việc này đã thực hiện xong trong Quý III, trong đó có 04 công chức tham dự (tăng 02 người so với báo cáo 9 tháng).'),
      ], ['Lực lượng cán bộ phụ trách còn mỏng, phải kiêm nhiệm nhiều lĩnh vực nên việc kiểm tra lại sau xử phạt chưa được thường xuyên.'],
      ['Kính đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn thống nhất biểu mẫu biên bản kiểm tra đo lường áp dụng cho cấp phường.'],
      'Nguyễn Hữu Phước', 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026')

hand3('bc-long-huong-ct38.docx', '26566', 'Phường Long Hương', 'Long Hương', '318/BC-UBND', '2026-11-10',
      'Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân Phường Long Hương báo cáo kết quả thực hiện từ đầu năm đến nay, có so sánh với số liệu tại báo cáo 9 tháng, cụ thể như sau:', [
          E('II.5.c', C, {'inspections': 3, 'establishments_inspected': 19},
            'Về kiểm tra đo lường đối với phương tiện đo sử dụng trong mua bán tại các chợ và cửa hàng xăng dầu trên địa bàn, Tổ kiểm tra liên ngành của phường đã tiến hành theo kế hoạch, phần việc này đến thời điểm báo cáo đã hoàn thành, trong đó đã kiểm tra 03 cuộc (tăng 01 cuộc so với báo cáo 9 tháng) với 19 cơ sở, chưa phát hiện trường hợp vi phạm.'),
          E('II.5.b', P, {'samples_tested': 5},
            'Việc phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng lấy mẫu khảo sát chất lượng xăng dầu tại các cửa hàng trên địa bàn phường, do Chi cục còn đang chờ kết quả thử nghiệm nên công việc này vẫn đang tiếp tục thực hiện, trong đó đã lấy 05 mẫu (không thay đổi so với báo cáo 9 tháng).'),
          E('II.1.a', C, {'communications': 12},
            'Đối với công tác thông tin, tuyên truyền, Đài truyền thanh phường và các khu phố đã phát thanh, đăng tải nội dung về Chỉ thị 38, công việc này đến nay cơ bản đã xong, trong đó tổng số 12 tin, bài (tăng 03 tin, bài so với báo cáo 9 tháng).'),
          E('II.2.a', N, {},
            'Riêng nội dung hướng dẫn các hộ sản xuất áp dụng truy xuất nguồn gốc sản phẩm, do chưa nhận được tài liệu hướng dẫn cụ thể nên việc này đến nay phường chưa triển khai được, so với báo cáo 9 tháng không có thay đổi.'),
      ], ['Chưa có tài liệu hướng dẫn về truy xuất nguồn gốc phù hợp với hộ sản xuất nhỏ.'],
      ['Kính đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu, tổ chức hướng dẫn về truy xuất nguồn gốc cho các phường, xã.'],
      'Đỗ Thị Thanh Hà', 'Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026')

# mistaken: Xã Hòa Hội sends its poverty-reduction report
hand3('hoa-hoi-bao-cao-11-2026.docx', '26641', 'Xã Hòa Hội', 'Hòa Hội', '204/BC-UBND', '2026-11-08',
      'Thực hiện Công văn của Sở Nội vụ về việc báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026, Ủy ban nhân dân Xã Hòa Hội báo cáo như sau:', [
          E('X', U, {}, 'Về công tác rà soát hộ nghèo, hộ cận nghèo năm 2026, Ban chỉ đạo giảm nghèo xã đã phân công các thành viên phụ trách từng ấp, công việc này đến nay cơ bản đã xong, trong đó đã rà soát 1.126 hộ, xác định 37 hộ nghèo (giảm 05 hộ so với báo cáo 9 tháng) và 58 hộ cận nghèo.'),
          E('X', U, {}, 'Về hỗ trợ nhà ở cho hộ nghèo, xã đã vận động các mạnh thường quân và Quỹ Vì người nghèo, việc xây dựng nhà đại đoàn kết đến nay vẫn đang tiếp tục thực hiện, trong đó đã bàn giao 04 căn nhà (tăng 01 căn so với báo cáo 9 tháng) với tổng kinh phí 240.000.000 đồng.'),
          E('X', U, {}, 'Đối với việc giải ngân vốn vay ưu đãi qua Ngân hàng Chính sách xã hội, sau khi các tổ tiết kiệm và vay vốn bình xét, đến nay đã hoàn thành, trong đó đã cho 46 lượt hộ vay với tổng dư nợ 2,3 tỷ đồng.'),
      ], ['Một số hộ nghèo thuộc diện bảo trợ xã hội, không có khả năng thoát nghèo.'],
      ['Đề nghị Sở Nội vụ bổ sung nguồn vốn hỗ trợ nhà ở cho hộ nghèo.'],
      'Phan Văn Khải', 'Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2026',
      rejected='Báo cáo về Chương trình mục tiêu quốc gia giảm nghèo bền vững, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')

# ---------------------------------------------------------------- HAND 4
# Excel, one row per week (Tuần 1 … Tuần 46), task only as the ward's own code explained on a second sheet.
WEEK1 = datetime.date(2025, 12, 29)
thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand4(fname, uid, uname, number, date, codes, weeks, diff, prop, resave=False):
    """codes: list of (code, meaning, task, status, status_word, totals_text, indicators)
    weeks: {week_no: [(code, what, figure_text)]}"""
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = 'Theo tuan'
    y, m, d = date.split('-')
    ws['A1'] = 'UBND ' + uname.upper(); ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + number
    ws['E1'] = 'SỔ THEO DÕI CÔNG VIỆC TĐC THEO TUẦN NĂM 2026 (CT38)'; ws['E1'].font = Font(bold=True, size=12)
    ws['E2'] = f'Cập nhật đến Tuần 46 – gửi kèm ngày {d}/{m}/{y}'; ws['E2'].font = Font(italic=True)
    hdr = ['Tuần', 'Từ ngày', 'Đến ngày', 'Mã việc', 'Làm gì', 'Số lượng', 'Người làm']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=4, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill('solid', fgColor='DDEBF7'); c.alignment = Alignment(horizontal='center')
    r = 5
    for w in range(1, 47):
        start = WEEK1 + datetime.timedelta(days=7 * (w - 1)); end = start + datetime.timedelta(days=6)
        items = weeks.get(w, [(None, '', '')])
        for code, what, fig in items:
            ws.cell(row=r, column=1, value=f'Tuần {w}')
            ws.cell(row=r, column=2, value=start.strftime('%d/%m'))
            ws.cell(row=r, column=3, value=end.strftime('%d/%m'))
            ws.cell(row=r, column=4, value=code or '')
            ws.cell(row=r, column=5, value=what or '')
            ws.cell(row=r, column=6, value=fig or '')
            ws.cell(row=r, column=7, value=('Hùng' if code and code.startswith('KT') else ('Trang' if code else '')))
            for cc in range(1, 8): ws.cell(row=r, column=cc).border = BOX
            r += 1
    ws.column_dimensions['A'].width = 9; ws.column_dimensions['D'].width = 9
    ws.column_dimensions['E'].width = 52; ws.column_dimensions['F'].width = 24
    ws.freeze_panes = 'A5'
    ws2 = wb.create_sheet('Ma viec')
    ws2['A1'] = 'GIẢI THÍCH MÃ VIỆC (phường tự đặt)'; ws2['A1'].font = Font(bold=True)
    h2 = ['Mã', 'Nghĩa', 'Cộng Tuần 1–46', 'Tới giờ']
    for i, h in enumerate(h2, 1):
        c = ws2.cell(row=2, column=i, value=h); c.font = Font(bold=True); c.border = BOX
    rr = 3
    ents = []
    for code, meaning, task, status, sw, tot, ind in codes:
        for i, v in enumerate([code, meaning, tot, sw], 1):
            c = ws2.cell(row=rr, column=i, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        rr += 1
        if task:
            ents.append(E(task, status, ind, f'{code}: {meaning} – {tot} – {sw}'))
    rr += 1
    ws2.cell(row=rr, column=1, value='Vướng:').font = Font(bold=True)
    for t in diff:
        ws2.cell(row=rr, column=2, value=t); rr += 1
    if not diff: rr += 1
    ws2.cell(row=rr, column=1, value='Đề nghị:').font = Font(bold=True)
    for t in prop:
        ws2.cell(row=rr, column=2, value=t); rr += 1
    ws2.column_dimensions['B'].width = 60; ws2.column_dimensions['C'].width = 30; ws2.column_dimensions['D'].width = 18
    path = os.path.join(OUT, fname)
    wb.save(path)
    if resave:
        lo_resave(path, 'xlsx')
    key(fname, uid, uname, number, date, ents, diff, prop)


hand4('27028_theo-doi-tuan_CT38.xlsx', '27028', 'Phường Phú Thạnh', '355/BC-UBND', '2026-11-12', [
    ('TT-PL', 'Tuyên truyền, phổ biến pháp luật TĐC (loa, FB, Zalo khu phố)', 'II.1.a', C, 'xong', '15 tin bài', {'communications': 15}),
    ('KT-ĐL', 'Kiểm tra đo lường, nhãn hàng: cân ở chợ, cây xăng', 'II.5.c', C, 'xong', '3 cuộc, 24 cơ sở, 1 vi phạm, phạt 1.500.000 đ', {'inspections': 3, 'establishments_inspected': 24, 'violations': 1, 'fines_vnd': 1500000}),
    ('KS-CL', 'Đi cùng Chi cục lấy mẫu khảo sát chất lượng', 'II.5.b', P, 'đang làm', '6 mẫu', {'samples_tested': 6}),
    ('TH', 'Cán bộ phường đi tập huấn', 'II.3.a', C, 'xong', '2 người', {'participants': 2}),
    ('ISO', 'Hệ thống ISO 9001 của UBND phường', 'II.2.đ', P, 'đang làm', '—', {}),
    ('HC', 'Việc hành chính khác (không thuộc CT38)', None, None, '', '', {}),
], {
    3: [('HC', 'Họp giao ban đầu năm', '')],
    6: [('TT-PL', 'Loa phát thanh dịp Tết: cân đong đúng', '3 tin')],
    12: [('KT-ĐL', 'KT cân chợ Phú Thạnh', '1 cuộc/ 10 cs')],
    15: [('TT-PL', 'Đăng FB phường ngày 15/3', '2 tin')],
    19: [('KT-ĐL', 'KT nhãn đồ chơi trẻ em trước 1/6', '1 cuộc/ 6 cs/ 1 vp')],
    20: [('KT-ĐL', 'Ra QĐ xử phạt vụ đồ chơi', 'phạt 1.500.000 đ')],
    26: [('TH', 'Tập huấn TĐC tại Chi cục', '2 người')],
    31: [('TT-PL', 'Zalo khu phố', '4 tin')],
    37: [('KT-ĐL', 'KT cây xăng (phối hợp Chi cục)', '1 cuộc/ 8 cs')],
    38: [('KS-CL', 'Lấy mẫu xăng cùng Chi cục', '6 mẫu')],
    40: [('ISO', 'Rà soát quy trình ISO', ''), ('TT-PL', 'Loa + FB', '6 tin')],
}, ['Không có người chuyên trách, sổ chỉ ghi được theo tuần.'], ['Xin Chi cục cho mượn cân đối chứng khi kiểm tra chợ.'])

hand4('tan-khanh-so-tuan-tdc.xlsx', '25891', 'Phường Tân Khánh', '276/BC-UBND', '2026-11-09', [
    ('TT-PL', 'Tuyên truyền pháp luật TĐC', 'II.1.a', C, 'xong', '9 tin bài + 1 hội nghị 70 người', {'communications': 9, 'training_courses': 1, 'participants': 70}),
    ('KT-ĐL', 'Kiểm tra đo lường tại chợ, cửa hàng xăng dầu', 'II.5.c', P, 'còn làm', '2 cuộc, 14 cơ sở', {'inspections': 2, 'establishments_inspected': 14}),
    ('HD-DN', 'Hướng dẫn cơ sở công bố chất lượng, ghi nhãn', 'II.2.d', C, 'xong', '3 cơ sở', {'enterprises_supported': 3}),
    ('TG', 'Tiếp nhận tố giác vi phạm TĐC', 'II.5.d', NA, 'không có', '0', {}),
    ('KHAC', 'Việc khác của phòng', None, None, '', '', {}),
], {
    2: [('KHAC', 'Kiểm kê tài sản', '')],
    9: [('TT-PL', 'Phát thanh ngày Quyền người tiêu dùng', '2 tin')],
    14: [('HD-DN', 'HD ghi nhãn cho cơ sở bánh kẹo', '1 cơ sở')],
    18: [('TT-PL', 'Hội nghị phổ biến Luật TC-QCKT cho hộ KD', '1 hội nghị/ 70 người')],
    22: [('KT-ĐL', 'KT cân chợ Tân Khánh', '1 cuộc/ 9 cs')],
    29: [('HD-DN', 'HD công bố hợp quy cho 2 cơ sở nước đá', '2 cơ sở')],
    33: [('TT-PL', 'Tin trên cổng TTĐT phường', '4 tin')],
    41: [('KT-ĐL', 'KT cây xăng', '1 cuộc/ 5 cs')],
    44: [('TT-PL', 'Loa khu phố', '3 tin')],
}, ['Tháng 12 mới kiểm tra tiếp được các cây xăng còn lại.'], [])

hand4('thuan-an_tuan1-46.xlsx', '25978', 'Phường Thuận An', '402/BC-UBND', '2026-11-14', [
    ('TT-PL', 'Tuyên truyền (loa, pano, mạng xã hội)', 'II.1.a', C, 'rồi', '18 tin bài', {'communications': 18}),
    ('KT-ĐL', 'Kiểm tra đo lường, chất lượng tại chợ Lái Thiêu, cây xăng', 'II.5.c', C, 'rồi', '4 cuộc, 31 cơ sở, 2 vi phạm, phạt 5.000.000 đ', {'inspections': 4, 'establishments_inspected': 31, 'violations': 2, 'fines_vnd': 5000000}),
    ('TH', 'Đi tập huấn', 'II.3.a', C, 'rồi', '3 người', {'participants': 3}),
    ('TXNG', 'Truy xuất nguồn gốc cho cơ sở trái cây', 'II.2.a', N, 'chưa', '—', {}),
], {
    5: [('TT-PL', 'Pano chợ Lái Thiêu', '2 tin')],
    11: [('KT-ĐL', 'KT cân chợ Lái Thiêu', '1 cuộc/ 12 cs')],
    16: [('TT-PL', 'FB phường', '5 tin')],
    23: [('KT-ĐL', 'KT cây xăng', '1 cuộc/ 7 cs/ 1 vp, phạt 3.000.000 đ')],
    27: [('TH', 'Tập huấn Chi cục', '3 người')],
    30: [('KT-ĐL', 'KT mũ bảo hiểm', '1 cuộc/ 8 cs')],
    35: [('TT-PL', 'Loa + Zalo', '6 tin')],
    39: [('KT-ĐL', 'KT cân chợ lần 2', '1 cuộc/ 4 cs/ 1 vp, phạt 2.000.000 đ')],
    43: [('TT-PL', 'Loa', '5 tin')],
}, ['Các vườn trái cây nhỏ lẻ chưa quan tâm truy xuất nguồn gốc.'], ['Đề nghị Sở có chương trình hỗ trợ tem truy xuất nguồn gốc miễn phí cho hộ nhỏ.'], resave=True)

hand4('binh-gia-theo-tuan.xlsx', '26590', 'Xã Bình Giã', '133/BC-UBND', '2026-11-06', [
    ('TT-PL', 'Tuyên truyền, phát thanh về TĐC', 'II.1.a', P, 'đang làm', '7 tin bài', {'communications': 7}),
    ('KT-ĐL', 'Kiểm tra cân tại chợ, đại lý thu mua nông sản', 'II.5.c', C, 'xong', '2 cuộc, 16 cơ sở', {'inspections': 2, 'establishments_inspected': 16}),
    ('KS-CL', 'Lấy mẫu phân bón cùng đoàn Chi cục', 'II.5.b', C, 'xong', '4 mẫu', {'samples_tested': 4}),
    ('TH', 'Tập huấn cán bộ xã', 'II.3.a', C, 'xong', '1 người', {'participants': 1}),
    ('ISO', 'ISO 9001 UBND xã', 'II.2.đ', C, 'xong', '—', {}),
], {
    8: [('TT-PL', 'Loa xã', '2 tin')],
    17: [('KT-ĐL', 'KT cân đại lý tiêu, cà phê', '1 cuộc/ 10 cs')],
    21: [('ISO', 'Công bố lại ISO sau sắp xếp', '')],
    25: [('KS-CL', 'Lấy mẫu phân bón tại đại lý', '4 mẫu')],
    28: [('TH', 'Tập huấn TĐC', '1 người')],
    36: [('TT-PL', 'Loa xã', '3 tin')],
    42: [('KT-ĐL', 'KT cân chợ Bình Giã', '1 cuộc/ 6 cs'), ('TT-PL', 'Zalo ấp', '2 tin')],
}, ['Mùa thu hoạch tiêu, cà phê nhiều đại lý tạm, khó quản lý cân.'], ['Đề nghị Chi cục kiểm định cân miễn phí cho đại lý thu mua nông sản.'])

# ---------------------------------------------------------------- HAND 5
# Department legal/liaison officer: a case-file register ("Sổ theo dõi hồ sơ phối hợp"), one file (hồ sơ) per
# request letter; the status is the state of the case file (đã đóng / đang mở / chưa mở / không lập).

def hand5(fname, uid, uname, top1, top2, number, place, date, title, rows, diff, prop, rejected=None):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'So theo doi'
    y, m, d = date.split('-')
    ws.merge_cells('A1:C1'); ws['A1'] = top1; ws['A1'].font = Font(bold=True)
    ws.merge_cells('A2:C2'); ws['A2'] = top2; ws['A2'].font = Font(bold=True, underline='single')
    ws.merge_cells('A3:C3'); ws['A3'] = 'Số: ' + number
    ws.merge_cells('D1:F1'); ws['D1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:F2'); ws['D2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['D2'].font = Font(bold=True)
    ws.merge_cells('D3:F3'); ws['D3'] = f'{place}, {vdate(date)}'; ws['D3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:F5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ['Mã hồ sơ', 'Văn bản đề nghị / căn cứ', 'Việc phối hợp', 'Thời gian', 'Kết quả', 'Tình trạng hồ sơ']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True); c.fill = PatternFill('solid', fgColor='FFF2CC')
    r = 8; ents = []
    for e in rows:
        vals = [e['code'], e['basis'], e['what'], e['when'], e['text'], e['file']]
        for i, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=i, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1; ents.append(E(e['task'], e['status'], e['indicators'], e['what'] + ': ' + e['text']))
    r += 1
    ws.cell(row=r, column=1, value='Vướng mắc:').font = Font(bold=True)
    for t in diff:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(row=r, column=2, value='- ' + t); r += 1
    ws.cell(row=r, column=1, value='Kiến nghị:').font = Font(bold=True)
    for t in prop:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(row=r, column=2, value='- ' + t); r += 1
    r += 1
    ws.cell(row=r, column=5, value='Người lập sổ').font = Font(bold=True)
    ws.cell(row=r + 3, column=5, value=e.get('officer', '') if rows else '')
    for col, wdt in zip('ABCDEF', [12, 26, 40, 14, 48, 18]):
        ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet('Quy uoc')
    ws2['A1'] = 'Quy ước ghi "Tình trạng hồ sơ"'; ws2['A1'].font = Font(bold=True)
    for i, (a, b) in enumerate([('Đã đóng HS', 'việc đã làm xong, hồ sơ đã lưu'), ('Đang mở', 'việc đang làm, hồ sơ còn bổ sung'),
                                ('Chưa mở HS', 'chưa bắt đầu làm'), ('Không lập HS', 'không phát sinh việc')], 2):
        ws2.cell(row=i, column=1, value=a); ws2.cell(row=i, column=2, value=b)
    ws2.column_dimensions['A'].width = 16; ws2.column_dimensions['B'].width = 40
    wb.save(os.path.join(OUT, fname))
    if rejected:
        key(fname, uid, uname, number, date, [], [], [], status='rejected', reason=rejected)
    else:
        key(fname, uid, uname, number, date, ents, diff, prop)


def R(code, basis, what, when, text, file, task, status, ind, **kw):
    d = dict(code=code, basis=basis, what=what, when=when, text=text, file=file, task=task, status=status, indicators=ind)
    d.update(kw); return d

hand5('SCT_so-theo-doi-phoi-hop-KH38.xlsx', 'SO-CT', 'Sở Công Thương', 'SỞ CÔNG THƯƠNG', 'THÀNH PHỐ HỒ CHÍ MINH',
      '2418/SCT-QLTM', 'Thành phố Hồ Chí Minh', '2026-11-03',
      'SỔ THEO DÕI HỒ SƠ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 CỦA SỞ KH&CN\n(gửi kèm để báo cáo Chi cục TĐC)', [
          R('HS-38/01', 'CV 145/CCTĐC ngày 12/3/2026', 'Phối hợp đoàn kiểm tra chất lượng xăng dầu, LPG lưu thông trên thị trường', 'Tháng 4 – tháng 9',
            '04 đoàn; 27 cửa hàng; 03 cửa hàng vi phạm; phạt 62,5 triệu đồng', 'Đã đóng HS', 'II.5.a', C,
            {'inspections': 4, 'establishments_inspected': 27, 'violations': 3, 'fines_vnd': 62500000}),
          R('HS-38/02', 'CV 302/SKHCN-TĐC ngày 20/5/2026', 'Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương', 'Tháng 6',
            'Đã có ý kiến đối với 02 dự thảo QCVN (an toàn điện; thép làm cốt bê tông)', 'Đã đóng HS', 'II.2.e', C, {'standards_reviewed': 2}),
          R('HS-38/03', 'CV 88/CCTĐC ngày 02/2/2026', 'Hướng dẫn doanh nghiệp phân phối, siêu thị áp dụng truy xuất nguồn gốc (Đề án 100)', 'Từ tháng 3',
            'Đã hướng dẫn 12 doanh nghiệp; còn tiếp tục với chuỗi cửa hàng tiện lợi', 'Đang mở', 'II.2.a', P, {'enterprises_supported': 12}),
          R('HS-38/04', 'Giấy mời 17/GM-CCTĐC', 'Cử đại biểu dự Tọa đàm với doanh nghiệp nhập khẩu', '14/5/2026',
            'Cử 03 đại biểu tham dự', 'Đã đóng HS', 'II.1.a', C, {'participants': 3}),
          R('HS-38/05', 'KH khảo sát chất lượng của Chi cục (dự kiến)', 'Phối hợp khảo sát chất lượng phân bón, xăng dầu', 'Quý IV',
            'Chưa nhận được văn bản đề nghị cụ thể', 'Chưa mở HS', 'II.5.b', N, {}),
          R('HS-38/06', '—', 'Bảo vệ, khen thưởng người tố giác vi phạm TĐC', '—',
            'Không có trường hợp', 'Không lập HS', 'II.5.d', NA, {}, officer='Huỳnh Thị Mỹ Dung'),
      ], ['Thời gian Chi cục đề nghị cử người tham gia đoàn kiểm tra thường gấp (01–02 ngày), khó bố trí cán bộ.'],
      ['Đề nghị Chi cục gửi lịch kiểm tra dự kiến theo quý để Sở chủ động bố trí lực lượng.'])

hand5('con-dao_so-hs-tdc-2026.xlsx', '26732', 'Đặc khu Côn Đảo', 'ỦY BAN NHÂN DÂN', 'ĐẶC KHU CÔN ĐẢO',
      '187/BC-UBND', 'Côn Đảo', '2026-11-11',
      'SỔ THEO DÕI HỒ SƠ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026\n(kèm báo cáo thực hiện KH Chỉ thị 38 – Phòng Kinh tế đặc khu lập)', [
          R('CĐ-01', 'KH 12/KH-UBND ngày 20/02/2026 của đặc khu', 'Kiểm tra đo lường tại chợ Côn Đảo và các cửa hàng xăng dầu', 'Tháng 5, tháng 10',
            '02 cuộc, 09 cơ sở; không phát hiện vi phạm', 'Đã đóng HS', 'II.5.c', C, {'inspections': 2, 'establishments_inspected': 9}),
          R('CĐ-02', 'CV 211/CCTĐC', 'Phối hợp Chi cục lấy mẫu xăng dầu khảo sát chất lượng (hàng vận chuyển từ đất liền)', 'Tháng 9',
            '03 mẫu; đang chờ kết quả thử nghiệm', 'Đang mở', 'II.5.b', P, {'samples_tested': 3}),
          R('CĐ-03', 'Kế hoạch tuyên truyền năm 2026', 'Tuyên truyền pháp luật TĐC trên Đài truyền thanh – truyền hình đặc khu', 'Cả năm',
            '06 tin, bài', 'Đã đóng HS', 'II.1.a', C, {'communications': 6}),
          R('CĐ-04', 'Giấy triệu tập của Sở KH&CN', 'Cử công chức dự tập huấn nghiệp vụ TĐC (trực tuyến)', 'Tháng 8',
            '01 công chức tham dự', 'Đã đóng HS', 'II.3.a', C, {'participants': 1}),
          R('CĐ-05', 'QĐ công bố ISO của đặc khu', 'Xây dựng lại HTQLCL ISO 9001:2015 cho bộ máy đặc khu mới', 'Tháng 7 – tháng 12',
            'Đã ban hành chính sách, mục tiêu chất lượng; đang viết lại quy trình', 'Đang mở', 'II.2.đ', P, {}, officer='Trần Quốc Bảo'),
      ], ['Việc gửi mẫu về đất liền thử nghiệm phụ thuộc lịch tàu, kết quả trả chậm.'],
      ['Đề nghị Chi cục xem xét kiểm tra, lấy mẫu tại chỗ theo đợt kết hợp để giảm chi phí vận chuyển mẫu.'])

hand5('SYT_so-theo-doi-ho-so-ATTP.xlsx', 'SO-YT', 'Sở Y tế', 'SỞ Y TẾ', 'THÀNH PHỐ HỒ CHÍ MINH',
      '6120/SYT-NVY', 'Thành phố Hồ Chí Minh', '2026-11-05',
      'SỔ THEO DÕI HỒ SƠ PHỐI HỢP BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026\n(báo cáo Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố)', [
          R('ATTP-01', 'KH 55/KH-BCĐ', 'Kiểm tra liên ngành ATTP dịp Tết Nguyên đán', 'Tháng 1 – tháng 2',
            '12 đoàn; 186 cơ sở; 21 cơ sở vi phạm; phạt 412 triệu đồng', 'Đã đóng HS', 'X', U, {}),
          R('ATTP-02', 'KH 90/KH-BCĐ', 'Tháng hành động vì an toàn thực phẩm', 'Tháng 4 – tháng 5',
            '08 đoàn; 95 cơ sở; lấy 140 mẫu test nhanh', 'Đã đóng HS', 'X', U, {}),
          R('ATTP-03', 'CV 77/BCĐ', 'Giám sát bếp ăn tập thể trường học', 'Từ tháng 9',
            '54 bếp ăn; đang tổng hợp', 'Đang mở', 'X', U, {}, officer='Lâm Ngọc Diệp'),
      ], ['Lực lượng thanh tra ATTP mỏng so với số cơ sở.'], ['Đề nghị bổ sung kinh phí xét nghiệm mẫu.'],
      rejected='Sổ theo dõi hồ sơ an toàn thực phẩm gửi Ban Chỉ đạo liên ngành ATTP, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).')

# ---------------------------------------------------------------- keys
for fname, k in KEYS:
    with open(os.path.join(OUT, fname), 'rb') as f:
        k['sha256'] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
