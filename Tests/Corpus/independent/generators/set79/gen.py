# -*- coding: utf-8 -*-
"""Generator for set79: 17 reports in 4 hands. Keys are written from the same data."""
import json, hashlib, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status='extracted', reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={'id': unit_id, 'name': unit_name},
                       document={'number': number, 'date': date},
                       entries=[dict(task=e['task'], status=e['status'], indicators=e.get('ind', {}),
                                     text=e['text']) for e in entries],
                       findings=[], difficulties=list(diffs), proposals=list(props))


def set_font(doc, name='Times New Roman', size=13):
    st = doc.styles['Normal']
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), name)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)


def para(doc_or_cell, text='', bold=False, italic=False, align=None, size=None, indent=True, space_after=4):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        el = OxmlElement('w:' + e); el.set(qn('w:val'), 'nil'); b.append(el)
    tblPr.append(b)


def header_table(doc, upper, unit_lines, number, date_text, extra_left=None):
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    L, R = t.rows[0].cells
    L.width = Cm(6.5); R.width = Cm(9.5)
    L.paragraphs[0].text = ''
    first = True
    for u in ([upper] if upper else []):
        p = L.paragraphs[0]; r = p.add_run(u); r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; first = False
    for u in unit_lines:
        p = L.paragraphs[0] if first else L.add_paragraph()
        first = False
        r = p.add_run(u); r.bold = True; r.font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(number).font.size = Pt(13)
    if extra_left:
        p = L.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(extra_left); r.font.size = Pt(12)
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'); r.bold = True; r.font.size = Pt(12)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run('Độc lập - Tự do - Hạnh phúc'); r.bold = True; r.font.size = Pt(13)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run('______________________').font.size = Pt(10)
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(date_text); r.italic = True; r.font.size = Pt(13)


def cell_border(table):
    table.style = 'Table Grid'


def signature(doc, role_lines, name, noi_nhan):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    p = L.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for n in noi_nhan:
        p = L.add_paragraph(); r = p.add_run(n); r.font.size = Pt(11)
    p = R.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, rl in enumerate(role_lines):
        if i: p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(rl); r.bold = True
    for _ in range(3): R.add_paragraph()
    p = R.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(name); r.bold = True


# ---------------------------------------------------------------------------
# HAND 1 - Phạm Thu Hà: department's văn phòng; answers in a three-column
# "Nội dung đề nghị báo cáo | Kết quả thực hiện của Sở" table; every answer cell
# closes with a line "Tiến độ chung: …".
# ---------------------------------------------------------------------------

def hand1(fname, unit_id, unit_name, upper, short, number, date_iso, date_text, cv_ref,
          entries, diffs, props, signer, intro_extra=None):
    doc = Document(); set_font(doc)
    header_table(doc, upper, [unit_name.upper()], 'Số: ' + number, date_text)
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư', bold=True, align='c', space_after=0)
    para(doc, 'về công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c', space_after=0)
    para(doc, '_______________', align='c')
    para(doc, 'Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh.', align='c')
    para(doc, f'Thực hiện {cv_ref} của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện '
              f'Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, {unit_name} báo cáo như sau:', align='j')
    if intro_extra:
        para(doc, intro_extra, align='j')
    para(doc, 'I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐỀ NGHỊ BÁO CÁO', bold=True, indent=False)
    t = doc.add_table(rows=1, cols=3); cell_border(t)
    hdr = ['STT', 'Nội dung đề nghị báo cáo (theo Kế hoạch)', f'Kết quả thực hiện của {short}']
    for c, h in zip(t.rows[0].cells, hdr):
        c.paragraphs[0].text = ''
        r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(12)
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, e in enumerate(entries, 1):
        row = t.add_row().cells
        row[0].paragraphs[0].text = str(i)
        row[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        row[1].paragraphs[0].add_run(e['ask']).font.size = Pt(12)
        first = True
        for line in e['lines']:
            p = row[2].paragraphs[0] if first else row[2].add_paragraph()
            first = False
            p.add_run(line).font.size = Pt(12)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p = row[2].add_paragraph()
        r = p.add_run('Tiến độ chung: '); r.font.size = Pt(12); r.bold = True
        r = p.add_run(e['st']); r.font.size = Pt(12)
    for row in t.rows:
        row.cells[0].width = Cm(1.1); row.cells[1].width = Cm(5.5); row.cells[2].width = Cm(9.4)
    para(doc, '')
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for d in diffs:
        para(doc, '- ' + d, align='j')
    if not diffs:
        para(doc, 'Không có khó khăn, vướng mắc phát sinh.', align='j')
    para(doc, 'III. KIẾN NGHỊ, ĐỀ XUẤT', bold=True, indent=False)
    for d in props:
        para(doc, '- ' + d, align='j')
    para(doc, f'Trên đây là báo cáo kết quả thực hiện của {unit_name}, kính gửi Sở Khoa học và Công nghệ tổng hợp./.', align='j')
    signature(doc, signer[0], signer[1], ['- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: VT, ' + signer[2] + '.'])
    doc.save(os.path.join(OUT, fname))
    ents = []
    for e in entries:
        ents.append(dict(task=e['task'], status=e['status'], ind=e.get('ind', {}), text=' '.join(e['lines'])))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


def gen_hand1():
    # 1. Sở Công Thương
    hand1('SCT_4127_bao cao CT38 nam 2026.docx', 'SO-CT', 'Sở Công Thương', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
          'Sở Công Thương', '4127/SCT-QLCN', '2026-10-26', 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026',
          'Công văn số 2871/SKHCN-TĐC ngày 02 tháng 10 năm 2026',
          [
              dict(task='II.1.a', ask='Phối hợp tổ chức tập huấn, phổ biến văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho doanh nghiệp',
                   lines=['Sở đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị phổ biến quy định về nhãn hàng hóa và đo lường trong kinh doanh xăng dầu, có 230 lượt đại diện doanh nghiệp, cửa hàng tham dự.'],
                   st='Hoàn thành.', status='completed', ind={'training_courses': 2, 'participants': 230}),
              dict(task='II.2.đ', ask='Áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015',
                   lines=['Sở đã ban hành Quyết định công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau khi cập nhật các quy trình giải quyết thủ tục hành chính; hoàn thành đánh giá nội bộ trong tháng 8/2026.'],
                   st='Hoàn thành.', status='completed'),
              dict(task='II.2.e', ask='Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia',
                   lines=['Sở đã có ý kiến góp ý đối với 02 dự thảo quy chuẩn kỹ thuật quốc gia (QCVN về an toàn điện và QCVN về kho chứa xăng dầu) theo đề nghị của Bộ Công Thương.'],
                   st='Hoàn thành.', status='completed', ind={'standards_reviewed': 2}),
              dict(task='II.3.a', ask='Cử công chức tham gia tập huấn, cập nhật kiến thức chuyên môn về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Sở đã cử 06 công chức phòng Quản lý công nghiệp và Chi cục Quản lý thị trường tham gia lớp tập huấn nghiệp vụ đo lường do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức.'],
                   st='Hoàn thành.', status='completed', ind={'participants': 6}),
              dict(task='II.5.a', ask='Kiểm tra, giám sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường',
                   lines=['Từ đầu năm đến ngày 15/10/2026, lực lượng Quản lý thị trường đã tổ chức 18 cuộc kiểm tra chuyên đề về đo lường, chất lượng, nhãn hàng hóa tại 57 cơ sở kinh doanh xăng dầu, phân bón, mũ bảo hiểm;',
                          'Phát hiện 09 cơ sở vi phạm, đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 187.500.000 đồng.'],
                   st='Đang thực hiện (tiếp tục kiểm tra theo kế hoạch đến hết năm).', status='in_progress',
                   ind={'inspections': 18, 'establishments_inspected': 57, 'violations': 9, 'fines_vnd': 187500000}),
          ],
          ['Lực lượng quản lý thị trường mỏng, địa bàn rộng sau sắp xếp nên số cuộc kiểm tra chuyên đề về đo lường còn hạn chế.'],
          ['Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị kiểm tra nhanh chất lượng xăng dầu cho các đoàn kiểm tra liên ngành.',
           'Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn về đo lường cho công chức Quản lý thị trường trong năm 2027.'],
          (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Văn Lộc', 'QLCN'))

    # 2. Sở Y tế
    hand1('BC 6802-SYT ve CT38 (gui SKHCN).docx', 'SO-YT', 'Sở Y tế', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
          'Sở Y tế', '6802/SYT-NVD', '2026-10-29', 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
          'Công văn số 2871/SKHCN-TĐC ngày 02/10/2026',
          [
              dict(task='II.1.a', ask='Tổ chức tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Sở Y tế không được giao chủ trì nội dung này; trong kỳ báo cáo không có đề nghị phối hợp.'],
                   st='Không phát sinh.', status='not_applicable'),
              dict(task='II.2.đ', ask='Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan',
                   lines=['Sở đang chuyển đổi Hệ thống quản lý chất lượng sang môi trường điện tử, đã số hóa 36 quy trình nội bộ; dự kiến đánh giá nội bộ trong tháng 11/2026.'],
                   st='Đang thực hiện.', status='in_progress'),
              dict(task='II.2.e', ask='Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia',
                   lines=['Sở đã góp ý 01 dự thảo quy chuẩn kỹ thuật quốc gia về thiết bị y tế chẩn đoán in vitro theo đề nghị của Bộ Y tế.'],
                   st='Hoàn thành.', status='completed', ind={'standards_reviewed': 1}),
              dict(task='II.3.a', ask='Cử cán bộ tham gia tập huấn chuyên môn, nghiệp vụ về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Đã cử 04 viên chức Phòng Nghiệp vụ Dược và Trung tâm Kiểm nghiệm tham dự tập huấn.'],
                   st='Hoàn thành.', status='completed', ind={'participants': 4}),
              dict(task='II.5.a', ask='Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng sản phẩm, hàng hóa',
                   lines=['Thanh tra Sở đã thực hiện 12 cuộc kiểm tra đối với 64 cơ sở kinh doanh trang thiết bị y tế, trong đó kiểm tra việc kiểm định phương tiện đo huyết áp, nhiệt kế y học.',
                          'Qua kiểm tra phát hiện 05 cơ sở vi phạm, xử phạt 92.000.000 đồng.'],
                   st='Đang thực hiện.', status='in_progress',
                   ind={'inspections': 12, 'establishments_inspected': 64, 'violations': 5, 'fines_vnd': 92000000}),
          ],
          ['Nhiều phương tiện đo dùng trong y tế tại cơ sở tư nhân chưa được kiểm định đúng chu kỳ, khó kiểm soát do số lượng cơ sở lớn.'],
          ['Kiến nghị Sở Khoa học và Công nghệ cung cấp danh sách tổ chức được chỉ định kiểm định phương tiện đo nhóm 2 dùng trong y tế để Sở Y tế hướng dẫn các cơ sở.'],
          (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Trần Thị Mỹ Dung', 'NVD'))

    # 3. Sở Nông nghiệp và Môi trường
    hand1('9315-SNNMT-BC-CT38.docx', 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
          'Sở', '9315/SNNMT-QLCL', '2026-10-22', 'Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026',
          'Công văn số 2871/SKHCN-TĐC ngày 02 tháng 10 năm 2026',
          [
              dict(task='II.2.a', ask='Triển khai áp dụng và quản lý hệ thống truy xuất nguồn gốc (Đề án 100)',
                   lines=['Sở đã hướng dẫn, hỗ trợ 27 hợp tác xã, doanh nghiệp nông nghiệp cấp mã số vùng trồng, áp dụng tem truy xuất nguồn gốc cho sản phẩm rau, quả, thủy sản.'],
                   st='Đang thực hiện.', status='in_progress', ind={'enterprises_supported': 27}),
              dict(task='II.2.e', ask='Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật quốc gia',
                   lines=['Sở đã góp ý 04 dự thảo TCVN, QCVN thuộc lĩnh vực phân bón, thức ăn chăn nuôi và chất lượng nước.'],
                   st='Hoàn thành.', status='completed', ind={'standards_reviewed': 4}),
              dict(task='II.3.a', ask='Cử công chức tham gia tập huấn, cập nhật kiến thức về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Chưa cử công chức tham gia do lớp tập huấn dự kiến tổ chức trong Quý IV/2026.'],
                   st='Chưa thực hiện.', status='not_started'),
              dict(task='II.5.a', ask='Kiểm tra chất lượng sản phẩm, hàng hóa (vật tư nông nghiệp)',
                   lines=['Sở đã tổ chức 22 cuộc kiểm tra tại 85 cơ sở sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; phát hiện 11 cơ sở vi phạm, xử phạt 231.000.000 đồng.'],
                   st='Đang thực hiện.', status='in_progress',
                   ind={'inspections': 22, 'establishments_inspected': 85, 'violations': 11, 'fines_vnd': 231000000}),
              dict(task='II.5.b', ask='Khảo sát chất lượng sản phẩm, hàng hóa',
                   lines=['Đã lấy 140 mẫu phân bón, thuốc bảo vệ thực vật để giám sát chất lượng; kết quả có 08 mẫu không đạt, đã chuyển thông tin cho lực lượng kiểm tra.'],
                   st='Đang thực hiện.', status='in_progress', ind={'samples_tested': 140}),
          ],
          ['Kinh phí lấy mẫu, thử nghiệm giám sát chất lượng vật tư nông nghiệp còn hạn chế so với nhu cầu.',
           'Một số hợp tác xã chưa sẵn sàng chi trả chi phí duy trì hệ thống truy xuất nguồn gốc.'],
          ['Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất bộ tiêu chí truy xuất nguồn gốc áp dụng cho sản phẩm nông nghiệp của Thành phố.'],
          (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Lê Hoàng Phúc', 'QLCL'))

    # 4. Sở Giáo dục và Đào tạo
    hand1('GDDT - BC CT38 - 30.10.2026.docx', 'SO-GDDT', 'Sở Giáo dục và Đào tạo', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
          'Sở GD&ĐT', '3390/SGDĐT-KHTC', '2026-10-30', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          'Công văn số 2871/SKHCN-TĐC ngày 02 tháng 10 năm 2026',
          [
              dict(task='II.1.a', ask='Tuyên truyền, phổ biến về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Đăng tải 08 tin, bài tuyên truyền về Ngày Tiêu chuẩn Việt Nam, Ngày Đo lường Việt Nam trên Cổng thông tin điện tử của Sở và trang thông tin của các trường.'],
                   st='Hoàn thành.', status='completed', ind={'communications': 8}),
              dict(task='II.2.đ', ask='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015',
                   lines=['Sở duy trì áp dụng hệ thống quản lý chất lượng đối với 100% thủ tục hành chính thuộc thẩm quyền; đã công bố lại hệ thống trong tháng 7/2026.'],
                   st='Hoàn thành.', status='completed'),
              dict(task='II.3.a', ask='Cử công chức tham gia tập huấn chuyên môn về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Cử 03 công chức Văn phòng Sở và Phòng Kế hoạch - Tài chính tham dự lớp tập huấn.'],
                   st='Hoàn thành.', status='completed', ind={'participants': 3}),
              dict(task='II.3.d', ask='Đào tạo, bồi dưỡng kiến thức về tiêu chuẩn, đo lường, chất lượng, mã số mã vạch cho người học',
                   lines=['Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 14 buổi tập huấn chuyên đề về tiêu chuẩn, mã số mã vạch, truy xuất nguồn gốc tại các trường trung cấp, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên với 1.860 lượt học sinh, học viên tham dự.',
                          'Các trường còn lại tổ chức trong tháng 11 và 12/2026.'],
                   st='Đang thực hiện.', status='in_progress', ind={'training_courses': 14, 'participants': 1860}),
              dict(task='II.5.a', ask='Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng',
                   lines=['Không thuộc lĩnh vực quản lý của Sở.'],
                   st='Không phát sinh.', status='not_applicable'),
          ],
          ['Giáo viên phụ trách chưa được bồi dưỡng chuyên sâu nên nội dung chuyên đề còn phụ thuộc vào báo cáo viên của Chi cục.'],
          ['Đề nghị Sở Khoa học và Công nghệ biên soạn tài liệu ngắn gọn về tiêu chuẩn, đo lường, chất lượng dành cho học sinh để các trường sử dụng thống nhất.'],
          (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Nguyễn Bảo Quốc', 'KHTC'))

    # 5. Sở Du lịch
    hand1('SDL_BC_CT38.docx', 'SO-DL', 'Sở Du lịch', 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH',
          'Sở Du lịch', '1785/SDL-QLDL', '2026-10-28', 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
          'Công văn số 2871/SKHCN-TĐC ngày 02 tháng 10 năm 2026',
          [
              dict(task='II.1.a', ask='Phổ biến văn bản pháp luật, tiêu chuẩn cho doanh nghiệp',
                   lines=['Phối hợp tổ chức 01 hội nghị phổ biến bộ tiêu chuẩn quốc gia về cơ sở lưu trú du lịch, có 125 đại biểu là đại diện doanh nghiệp lữ hành, khách sạn tham dự.'],
                   st='Hoàn thành.', status='completed', ind={'training_courses': 1, 'participants': 125}),
              dict(task='II.2.d', ask='Hỗ trợ doanh nghiệp áp dụng tiêu chuẩn, hệ thống quản lý chất lượng',
                   lines=['Hướng dẫn 36 cơ sở lưu trú du lịch tự đánh giá, áp dụng tiêu chuẩn xếp hạng theo TCVN 4391:2015.'],
                   st='Đang thực hiện.', status='in_progress', ind={'enterprises_supported': 36}),
              dict(task='II.2.đ', ask='Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015',
                   lines=['Đang rà soát, cập nhật các quy trình sau khi sắp xếp tổ chức bộ máy.'],
                   st='Đang thực hiện.', status='in_progress'),
              dict(task='II.2.e', ask='Góp ý dự thảo tiêu chuẩn, quy chuẩn kỹ thuật',
                   lines=['Góp ý 02 dự thảo TCVN về cơ sở lưu trú du lịch và dịch vụ ăn uống phục vụ khách du lịch.'],
                   st='Hoàn thành.', status='completed', ind={'standards_reviewed': 2}),
          ],
          [],
          ['Đề nghị Sở Khoa học và Công nghệ thông tin sớm các dự thảo tiêu chuẩn có liên quan đến du lịch để Sở lấy ý kiến doanh nghiệp.'],
          (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Bùi Thị Ngọc Hân', 'QLDL'))


# ---------------------------------------------------------------------------
# HAND 2 - Võ Thành Long: the Sở's technical units; an Excel "Rà soát tiến độ"
# sheet whose status column is "So với thời hạn" (status worded against the
# plan's deadline: "Xong, trước hạn", "Đang làm - còn trong hạn", "Chưa đến hạn").
# ---------------------------------------------------------------------------
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit_id, unit_name, upper, number, date_iso, date_text, rows, diffs, props, signer, sheet='Ra soat tien do'):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = upper; ws['A2'] = unit_name.upper(); ws['A2'].font = Font(bold=True)
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E2'].font = Font(bold=True)
    ws['A3'] = 'Số: ' + number
    ws['E3'] = date_text; ws['E3'].font = Font(italic=True)
    ws['A5'] = 'RÀ SOÁT TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026'
    ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:F5'); ws['A5'].alignment = Alignment(horizontal='center')
    ws['A6'] = '(Số liệu tính từ 01/01/2026 đến 20/10/2026)'; ws.merge_cells('A6:F6')
    ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(italic=True)
    hdr = ['TT', 'Nội dung KH (mục)', 'Thời hạn theo KH', 'Công việc đã làm', 'Kết quả (số liệu)', 'So với thời hạn']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    r = 9
    ents = []
    for i, e in enumerate(rows, 1):
        vals = [i, e['ask'], e['deadline'], e['done'], e['res'], e['st']]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j in (1, 3) else None)
        r += 1
        ents.append(dict(task=e['task'], status=e['status'], ind=e.get('ind', {}),
                         text=(e['done'] + ' ' + e['res']).strip()))
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn:').font = Font(bold=True); r += 1
    for i, d in enumerate(diffs, 1):
        ws.cell(row=r, column=2, value=f'{i}. {d}'); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    ws.cell(row=r, column=1, value='Đề xuất:').font = Font(bold=True); r += 1
    for i, d in enumerate(props, 1):
        ws.cell(row=r, column=2, value=f'{i}. {d}'); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 32; r += 1
    r += 1
    ws.cell(row=r, column=1, value='Người lập biểu'); ws.cell(row=r, column=5, value=signer[0]).font = Font(bold=True)
    r += 4
    ws.cell(row=r, column=1, value=signer[2]); ws.cell(row=r, column=5, value=signer[1]).font = Font(bold=True)
    for col, w in zip('ABCDEF', (5, 30, 14, 48, 30, 20)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = 'A9'
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fname))
    key(fname, unit_id, unit_name, number, date_iso, ents, diffs, props)


def gen_hand2():
    hand2('ChiCucTDC_ra soat tien do CT38_T10.2026.xlsx', 'SKHCN-CCTDC',
          'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          '1268/BC-TĐC', '2026-10-30', 'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
          [
              dict(task='II.1.a', ask='Mục 1.a - Tập huấn VBQPPL, tọa đàm DN nhập khẩu', deadline='Quý I, II, III',
                   done='Tổ chức 05 lớp tập huấn văn bản quy phạm pháp luật về TCĐLCL và 01 buổi tọa đàm với doanh nghiệp nhập khẩu.',
                   res='06 lớp/buổi; 612 lượt người tham dự', st='Xong, trước hạn (xong tháng 8)', status='completed',
                   ind={'training_courses': 6, 'participants': 612}),
              dict(task='II.1.b', ask='Mục 1.b - Vận động DN tham dự Giải thưởng CLQG', deadline='Quý I, II',
                   done='Đăng tin trên trang của Chi cục, gửi thư mời và hướng dẫn doanh nghiệp lập hồ sơ tham dự.',
                   res='03 tin bài; 14 doanh nghiệp được hướng dẫn', st='Xong, đúng hạn', status='completed',
                   ind={'communications': 3, 'enterprises_supported': 14}),
              dict(task='II.2.a', ask='Mục 2.a - Năng suất chất lượng (1322, 36), Đề án 996, Đề án 100', deadline='Quý IV',
                   done='Hỗ trợ doanh nghiệp áp dụng công cụ cải tiến năng suất, truy xuất nguồn gốc; đang nghiệm thu đợt 1.',
                   res='21 doanh nghiệp được hỗ trợ; kinh phí đã chi 185.000.000 đ', st='Đang làm - còn trong hạn', status='in_progress',
                   ind={'enterprises_supported': 21, 'budget_spent_vnd': 185000000}),
              dict(task='II.2.d', ask='Mục 2.d - Hỗ trợ DN áp dụng HTQLCL, công bố hợp chuẩn, hợp quy', deadline='Thường xuyên',
                   done='Tiếp nhận hồ sơ, hướng dẫn doanh nghiệp công bố hợp chuẩn, hợp quy qua Cổng dịch vụ công.',
                   res='1.246 lượt doanh nghiệp được hướng dẫn', st='Thường xuyên - đang làm', status='in_progress',
                   ind={'enterprises_supported': 1246}),
              dict(task='II.2.e', ask='Mục 2.e - Xây dựng, góp ý TCVN, QCVN, QCĐP', deadline='Quý IV',
                   done='Góp ý dự thảo TCVN, QCVN theo đề nghị của Bộ và các sở, ngành; chưa xây dựng quy chuẩn địa phương.',
                   res='17 dự thảo đã góp ý', st='Đang làm - còn trong hạn', status='in_progress',
                   ind={'standards_reviewed': 17}),
              dict(task='II.2.h', ask='Mục 2.h - Cải tiến HT TTHC, kết nối Cổng một cửa quốc gia', deadline='Quý I',
                   done='Đã kết nối liên thông hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu với Cổng thông tin một cửa quốc gia.',
                   res='', st='Xong, đúng hạn (tháng 3)', status='completed'),
              dict(task='II.4.b', ask='Mục 4.b - Bảo trì, kiểm định PTTB kỹ thuật nghiệp vụ', deadline='Thường xuyên',
                   done='Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ kiểm tra.',
                   res='38 phương tiện, thiết bị', st='Thường xuyên - đang làm', status='in_progress',
                   ind={'instruments_verified': 38}),
              dict(task='II.5.a', ask='Mục 5.a - Kiểm tra TCĐLCL hàng hóa', deadline='Thường xuyên',
                   done='Kiểm tra đo lường, chất lượng xăng dầu, vàng trang sức, hàng đóng gói sẵn, mũ bảo hiểm.',
                   res='31 cuộc; 264 cơ sở; 27 cơ sở vi phạm; phạt 412.500.000 đ', st='Thường xuyên - đang làm', status='in_progress',
                   ind={'inspections': 31, 'establishments_inspected': 264, 'violations': 27, 'fines_vnd': 412500000}),
              dict(task='II.5.b', ask='Mục 5.b - Khảo sát chất lượng SP, HH', deadline='Thường xuyên',
                   done='Lấy mẫu khảo sát xăng dầu và vàng trang sức tại các cửa hàng trên địa bàn.',
                   res='180 mẫu (120 mẫu xăng dầu, 60 mẫu vàng)', st='Thường xuyên - đang làm', status='in_progress',
                   ind={'samples_tested': 180}),
              dict(task='II.6.b', ask='Mục 6.b - Phối hợp APO', deadline='Thường xuyên (nếu có yêu cầu)',
                   done='Chưa nhận được yêu cầu phối hợp.', res='', st='Không phát sinh yêu cầu', status='not_applicable'),
          ],
          ['Kinh phí khảo sát chất lượng chỉ đủ cho 02 nhóm hàng, chưa mở rộng được sang hàng điện, điện tử.',
           'Nhân lực kiểm tra của Chi cục mỏng so với số lượng cơ sở sau khi sáp nhập địa bàn.'],
          ['Đề nghị Sở bổ sung kinh phí khảo sát chất lượng năm 2027 cho nhóm hàng điện, điện tử.',
           'Đề nghị Sở chỉ đạo Trung tâm Dịch vụ Phân tích thí nghiệm ưu tiên thời gian trả kết quả mẫu khảo sát.'],
          ('KT. CHI CỤC TRƯỞNG - PHÓ CHI CỤC TRƯỞNG', 'Huỳnh Văn Tài', 'Võ Thành Long'))

    hand2('TTPTTN - tien do CT38 - 2026.xlsx', 'SKHCN-TTPTTN',
          'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          '845/BC-TTPT', '2026-10-27', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          [
              dict(task='II.4.a', ask='Mục 4.a - Đầu tư cơ sở vật chất, trang thiết bị', deadline='Thường xuyên',
                   done='Mua sắm 07 thiết bị thử nghiệm (sắc ký, quang phổ); đang lắp đặt, nghiệm thu.',
                   res='Đã giải ngân 3,46 tỷ đồng', st='Thường xuyên - đang làm', status='in_progress',
                   ind={'budget_spent_vnd': 3460000000}),
              dict(task='II.2.g', ask='Mục 2.g - Nâng cao năng lực tổ chức dịch vụ kỹ thuật', deadline='Thường xuyên',
                   done='Được công nhận mở rộng phạm vi theo ISO/IEC 17025 thêm 23 phép thử lĩnh vực điện - điện tử.',
                   res='', st='Xong, trước hạn (quyết định công nhận 08/2026)', status='completed'),
              dict(task='II.4.c', ask='Mục 4.c - Duy trì chuẩn đo lường, liên kết chuẩn', deadline='Thường xuyên',
                   done='Hiệu chuẩn, liên kết chuẩn đến chuẩn quốc gia đối với các chuẩn chính của Trung tâm.',
                   res='45 chuẩn đã hiệu chuẩn', st='Thường xuyên - đang làm', status='in_progress',
                   ind={'instruments_verified': 45}),
              dict(task='II.3.d', ask='Mục 3.d - Đào tạo cho sinh viên, người lao động', deadline='Quý II, III, IV',
                   done='Tổ chức khóa đào tạo kiểm định viên đo lường, thực hành thử nghiệm cho sinh viên thực tập.',
                   res='04 khóa; 168 học viên', st='Xong, trước hạn', status='completed',
                   ind={'training_courses': 4, 'participants': 168}),
              dict(task='II.5.b', ask='Mục 5.b - Thử nghiệm mẫu khảo sát', deadline='Thường xuyên',
                   done='Thử nghiệm mẫu khảo sát chất lượng theo đặt hàng của Chi cục TĐC.',
                   res='356 mẫu', st='Thường xuyên - đang làm', status='in_progress', ind={'samples_tested': 356}),
              dict(task='II.6.a', ask='Mục 6.a - Cập nhật điều ước, thỏa thuận quốc tế', deadline='Thường xuyên',
                   done='', res='', st='Không phát sinh yêu cầu', status='not_applicable'),
          ],
          ['Thủ tục mua sắm thiết bị kéo dài, một số gói thầu phải tổ chức lại do không đủ nhà thầu.'],
          ['Đề nghị Sở hướng dẫn cơ chế tự chủ tài chính để Trung tâm chủ động đầu tư thiết bị thử nghiệm.'],
          ('GIÁM ĐỐC', 'Phan Thanh Nghị', 'Nguyễn Thị Kim Oanh'), sheet='CT38')

    hand2('TTCNTT_DKG_CT38.xlsx', 'SKHCN-TTCNTT',
          'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
          '392/BC-TTCNTT', '2026-10-23', 'Thành phố Hồ Chí Minh, ngày 23 tháng 10 năm 2026',
          [
              dict(task='II.2.i', ask='Mục 2.i - Kết nối CSDL quốc gia về TCĐLCL', deadline='Thường xuyên',
                   done='Xây dựng API kết nối, đồng bộ dữ liệu công bố hợp chuẩn, hợp quy với cơ sở dữ liệu quốc gia; đang chạy thử.',
                   res='', st='Đang làm - còn trong hạn', status='in_progress'),
              dict(task='II.2.h', ask='Mục 2.h - Đề xuất cải tiến HT giải quyết TTHC', deadline='Quý I',
                   done='Phối hợp Chi cục đề xuất chỉnh sửa biểu mẫu điện tử, bổ sung chức năng tra cứu hồ sơ.',
                   res='', st='Xong, đúng hạn', status='completed'),
              dict(task='II.1.a', ask='Mục 1.a - Thông tin tuyên truyền trên Cổng TTĐT', deadline='Quý I, II, III',
                   done='Đăng tải tin, bài về các lớp tập huấn và văn bản mới về TCĐLCL trên Cổng thông tin điện tử của Sở.',
                   res='12 tin, bài', st='Xong, đúng hạn', status='completed', ind={'communications': 12}),
              dict(task='II.3.a', ask='Mục 3.a - Cử viên chức dự tập huấn', deadline='Quý II, III, IV',
                   done='Cử viên chức tham gia lớp tập huấn nghiệp vụ do Chi cục tổ chức.',
                   res='02 viên chức', st='Xong, trước hạn', status='completed', ind={'participants': 2}),
              dict(task='II.6.a', ask='Mục 6.a - Cập nhật điều ước quốc tế', deadline='Thường xuyên',
                   done='', res='', st='Không phát sinh yêu cầu', status='not_applicable'),
          ],
          ['Cơ sở dữ liệu quốc gia chưa công bố đầy đủ tài liệu kỹ thuật kết nối nên việc đồng bộ còn chậm.'],
          ['Đề nghị Chi cục làm đầu mối liên hệ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia để được cấp tài khoản kết nối chính thức.'],
          ('KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Đoàn Minh Triết', 'Võ Thành Long'))


# ---------------------------------------------------------------------------
# HAND 3 - Đặng Minh Sơn: the Sở's own rooms. Plain DOCX, each job under a bold
# own-words heading "1. …", a "Sản phẩm đầu ra:" list of "+" lines and a last
# line "Tình trạng công việc: kết thúc / chưa kết thúc / chưa bắt đầu".
# ---------------------------------------------------------------------------

def hand3(fname, unit_id, unit_name, upper, number, date_iso, date_text, intro, jobs, diffs, props, signer, title2):
    doc = Document(); set_font(doc, size=13)
    header_table(doc, upper, [unit_name.upper()], 'Số: ' + number, date_text)
    para(doc, '')
    para(doc, 'BÁO CÁO', bold=True, align='c', space_after=0)
    para(doc, title2, bold=True, align='c')
    para(doc, intro, align='j')
    para(doc, 'I. CÁC CÔNG VIỆC ĐÃ TRIỂN KHAI', bold=True, indent=False)
    ents = []
    for i, j in enumerate(jobs, 1):
        para(doc, f'{i}. {j["title"]}', bold=True, indent=False)
        para(doc, j['body'], align='j')
        if j.get('out'):
            para(doc, 'Sản phẩm đầu ra:', italic=True)
            for o in j['out']:
                para(doc, '+ ' + o, align='j')
        p = para(doc, '')
        r = p.add_run('Tình trạng công việc: '); r.italic = True
        r = p.add_run(j['st']); r.bold = True
        if j.get('task'):
            ents.append(dict(task=j['task'], status=j['status'], ind=j.get('ind', {}),
                             text=' '.join([j['body']] + j.get('out', []))))
    para(doc, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for d in diffs: para(doc, '- ' + d, align='j')
    if not diffs: para(doc, 'Không có.')
    para(doc, 'III. ĐỀ XUẤT', bold=True, indent=False)
    for d in props: para(doc, '- ' + d, align='j')
    signature(doc, signer[0], signer[1], ['- Ban Giám đốc Sở;', '- Chi cục TĐC (để tổng hợp);', '- Lưu: ' + signer[2] + '.'])
    doc.save(os.path.join(OUT, fname))
    return ents


def gen_hand3():
    SKH = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'
    intro = ('Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, '
             '{u} báo cáo các công việc đã triển khai từ đầu năm đến ngày {d} như sau:')
    # 9. Phòng Kiểm tra – Pháp chế
    u = 'Phòng Kiểm tra – Pháp chế'
    jobs = [
        dict(task='II.5.a', title='Phối hợp kiểm tra hàng hóa trên thị trường',
             body='Phòng cử công chức tham gia các đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng và tham mưu Giám đốc Sở xử lý vi phạm.',
             out=['09 cuộc kiểm tra phối hợp, 73 cơ sở được kiểm tra;', '12 cơ sở vi phạm, tham mưu ban hành 12 quyết định xử phạt, tổng số tiền 156.000.000 đồng.'],
             st='chưa kết thúc (tiếp tục đến hết năm).', status='in_progress',
             ind={'inspections': 9, 'establishments_inspected': 73, 'violations': 12, 'fines_vnd': 156000000}),
        dict(task='II.2.c', title='Góp ý văn bản quy phạm pháp luật',
             body='Phòng chủ trì tổng hợp ý kiến của Sở đối với dự thảo Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) và 02 dự thảo nghị định hướng dẫn.',
             out=['03 văn bản góp ý gửi Bộ Khoa học và Công nghệ.'],
             st='kết thúc.', status='completed'),
        dict(task='II.5.c', title='Hướng dẫn, phối hợp với UBND phường, xã, đặc khu',
             body='Phòng hướng dẫn nghiệp vụ xử phạt vi phạm hành chính lĩnh vực đo lường cho công chức một số phường, xã và cùng tham gia kiểm tra liên ngành.',
             out=['04 cuộc kiểm tra liên ngành cùng UBND phường.'],
             st='chưa kết thúc.', status='in_progress', ind={'inspections': 4}),
        dict(task='II.4.b', title='Rà soát phương tiện, thiết bị kỹ thuật nghiệp vụ',
             body='Chờ Chi cục gửi danh mục phương tiện, thiết bị đề nghị rà soát theo Nghị định 135/2021/NĐ-CP.',
             st='chưa bắt đầu.', status='not_started'),
        dict(task='II.5.d', title='Khen thưởng, bảo vệ người tố giác vi phạm',
             body='Trong kỳ không có trường hợp tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.',
             st='không có phát sinh.', status='not_applicable'),
    ]
    diffs = ['Thời gian cử công chức tham gia đoàn kiểm tra trùng với công tác thẩm định văn bản nên có lúc không bố trí kịp.']
    props = ['Đề nghị Chi cục gửi kế hoạch kiểm tra Quý IV sớm để Phòng bố trí nhân sự.']
    ents = hand3('KTPC_BC_CT38_2026.docx', 'SKHCN-KTPC', u, SKH, '118/BC-KTPC', '2026-10-28',
                 'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026', intro.format(u=u, d='25/10/2026'), jobs, diffs, props,
                 (['TRƯỞNG PHÒNG'], 'Đặng Minh Sơn', 'KTPC'), 'Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026')
    key('KTPC_BC_CT38_2026.docx', 'SKHCN-KTPC', u, '118/BC-KTPC', '2026-10-28', ents, diffs, props)

    # 10. Văn phòng Sở
    u = 'Văn phòng Sở Khoa học và Công nghệ'
    jobs = [
        dict(task='II.2.đ', title='Duy trì ISO 9001 tại cơ quan Sở',
             body='Văn phòng phối hợp Chi cục tổ chức đánh giá nội bộ, xem xét của lãnh đạo và công bố lại Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.',
             out=['Quyết định công bố lại Hệ thống quản lý chất lượng (tháng 9/2026).'],
             st='kết thúc.', status='completed'),
        dict(task='II.4.a', title='Bố trí kinh phí đầu tư cho đơn vị sự nghiệp',
             body='Văn phòng tham mưu phân bổ và theo dõi giải ngân kinh phí đầu tư trang thiết bị cho đơn vị sự nghiệp công lập thuộc Sở.',
             out=['Đã giải ngân 1.640.000.000 đồng đến ngày 30/9/2026.'],
             st='chưa kết thúc.', status='in_progress', ind={'budget_spent_vnd': 1640000000}),
        dict(task='II.2.h', title='Phối hợp hoàn thiện hệ thống giải quyết thủ tục hành chính',
             body='Văn phòng phối hợp cập nhật quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực tiêu chuẩn, đo lường, chất lượng trên Hệ thống thông tin giải quyết thủ tục hành chính.',
             st='kết thúc.', status='completed'),
        dict(task='II.1.a', title='Đăng tin tuyên truyền',
             body='Văn phòng biên tập, đăng tải tin bài về các lớp tập huấn, tọa đàm của Chi cục trên Cổng thông tin điện tử Sở.',
             out=['09 tin, bài.'], st='kết thúc.', status='completed', ind={'communications': 9}),
        dict(task='II.5.d', title='Khen thưởng tổ chức, cá nhân có thành tích',
             body='Sẽ xét khen thưởng khi tổng kết năm 2026.',
             st='chưa bắt đầu.', status='not_started'),
    ]
    diffs = []
    props = ['Đề nghị các đơn vị gửi hồ sơ đề nghị khen thưởng trước ngày 10/12/2026.']
    ents = hand3('VP So - bao cao CT38.docx', 'SKHCN-VP', u, SKH, '256/BC-VP', '2026-10-26',
                 'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026', intro.format(u='Văn phòng Sở', d='20/10/2026'), jobs, diffs, props,
                 (['CHÁNH VĂN PHÒNG'], 'Mai Xuân Thịnh', 'VT, VP'), 'Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026')
    key('VP So - bao cao CT38.docx', 'SKHCN-VP', u, '256/BC-VP', '2026-10-26', ents, diffs, props)

    # 11. Phòng Quản lý Khoa học
    u = 'Phòng Quản lý Khoa học'
    jobs = [
        dict(task='II.3.c', title='Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng',
             body='Phòng tiếp nhận, thẩm định hồ sơ đề nghị thu hút chuyên gia theo Quyết định số 05/2026/QĐ-UBND; đang trình Hội đồng xem xét.',
             out=['03 hồ sơ chuyên gia được tiếp nhận.'],
             st='chưa kết thúc.', status='in_progress'),
        dict(task='II.2.a', title='Nhiệm vụ khoa học và công nghệ về năng suất, chất lượng',
             body='Phòng quản lý 02 nhiệm vụ khoa học và công nghệ hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng thuộc Chương trình 1322.',
             out=['Kinh phí đã giải ngân 780 triệu đồng.'],
             st='chưa kết thúc.', status='in_progress', ind={'budget_spent_vnd': 780000000}),
        dict(task='II.3.b', title='Bồi dưỡng chuyên gia năng suất',
             body='Phối hợp Chi cục tổ chức khóa bồi dưỡng chuyên gia tư vấn năng suất cho doanh nghiệp.',
             out=['01 khóa bồi dưỡng, 45 học viên hoàn thành.'],
             st='kết thúc.', status='completed', ind={'training_courses': 1, 'participants': 45}),
        dict(task='II.6.b', title='Hợp tác với APO',
             body='Chưa nhận được yêu cầu phối hợp từ Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia.',
             st='không có phát sinh.', status='not_applicable'),
    ]
    diffs = ['Mức thu nhập theo Nghị quyết số 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia có kinh nghiệm quốc tế trong lĩnh vực đo lường.']
    props = ['Đề nghị Sở kiến nghị Thành phố bổ sung lĩnh vực tiêu chuẩn, đo lường, chất lượng vào danh mục ưu tiên thu hút năm 2027.']
    ents = hand3('QLKH-BC CT38-2026.docx', 'SKHCN-QLKH', u, SKH, '87/BC-QLKH', '2026-10-29',
                 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', intro.format(u=u, d='25/10/2026'), jobs, diffs, props,
                 (['TRƯỞNG PHÒNG'], 'Vũ Thị Thanh Tâm', 'QLKH'), 'Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026')
    key('QLKH-BC CT38-2026.docx', 'SKHCN-QLKH', u, '87/BC-QLKH', '2026-10-29', ents, diffs, props)

    # 12. Sở Nội vụ
    u = 'Sở Nội vụ'
    jobs = [
        dict(task='II.3.c', title='Cơ chế thu hút chuyên gia, nhà khoa học',
             body='Sở Nội vụ phối hợp Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân Thành phố ban hành Quyết định số 05/2026/QĐ-UBND; đang hướng dẫn các cơ quan triển khai.',
             st='chưa kết thúc.', status='in_progress'),
        dict(task='II.3.a', title='Bồi dưỡng công chức phường, xã, đặc khu',
             body='Sở lồng ghép chuyên đề quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng trong chương trình bồi dưỡng công chức cấp xã.',
             out=['02 lớp bồi dưỡng;', '310 lượt công chức phường, xã, đặc khu tham dự.'],
             st='kết thúc.', status='completed', ind={'training_courses': 2, 'participants': 310}),
        dict(task='II.2.đ', title='Hướng dẫn áp dụng ISO trong cơ quan hành chính',
             body='Sở theo dõi, hướng dẫn việc xây dựng, áp dụng, duy trì hệ thống quản lý chất lượng tại các cơ quan hành chính sau sắp xếp; tổng hợp kết quả trong báo cáo cải cách hành chính cuối năm.',
             st='chưa kết thúc.', status='in_progress'),
    ]
    diffs = ['Sau sắp xếp, nhiều phường, xã chưa bố trí công chức theo dõi lĩnh vực khoa học và công nghệ nên việc cử người tham dự bồi dưỡng chưa đầy đủ.']
    props = []
    ents = hand3('SNV_5521_CT38.docx', 'SO-NV', u, 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH', '5521/SNV-CCVC', '2026-10-31',
                 'Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026', intro.format(u=u, d='30/10/2026'), jobs, diffs, props,
                 (['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], 'Hồ Thị Lan Anh', 'VT, CCVC'), 'Tình hình thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026')
    key('SNV_5521_CT38.docx', 'SO-NV', u, '5521/SNV-CCVC', '2026-10-31', ents, diffs, props)

    # 13. Phòng Chuyển đổi số - MISTAKEN: sends its digital-transformation report
    u = 'Phòng Chuyển đổi số'
    jobs = [
        dict(title='Hạ tầng số của Sở',
             body='Phòng đã nâng cấp đường truyền, chuyển 100% hệ thống thông tin của Sở lên Trung tâm dữ liệu Thành phố.',
             out=['04 hệ thống thông tin được chuyển đổi.'], st='kết thúc.'),
        dict(title='Dịch vụ công trực tuyến toàn trình',
             body='Rà soát, đề xuất cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính thuộc thẩm quyền của Sở.',
             out=['Tỷ lệ hồ sơ trực tuyến toàn trình đạt 87%.'], st='chưa kết thúc.'),
        dict(title='Bảo đảm an toàn thông tin mạng',
             body='Phối hợp diễn tập ứng cứu sự cố an toàn thông tin; triển khai giám sát an toàn thông tin theo mô hình 4 lớp.',
             st='kết thúc.'),
        dict(title='Kỹ năng số cho công chức, viên chức',
             body='Tổ chức bồi dưỡng kỹ năng số và sử dụng trợ lý ảo cho công chức, viên chức, người lao động của Sở.',
             out=['03 lớp, 214 lượt người.'], st='chưa kết thúc.'),
    ]
    diffs = ['Một số phần mềm chuyên ngành do Bộ triển khai chưa kết nối được với nền tảng tích hợp, chia sẻ dữ liệu của Thành phố.']
    props = ['Đề nghị bổ sung kinh phí thuê dịch vụ giám sát an toàn thông tin năm 2027.']
    hand3('CDS - BC ket qua thang 10.docx', 'SKHCN-CDS', u, SKH, '64/BC-CĐS', '2026-10-27',
          'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
          'Thực hiện Kế hoạch số 2339/KH-SKHCN ngày 22/9/2025 của Sở Khoa học và Công nghệ về chuyển đổi số giai đoạn 2025 – 2026, '
          'Phòng Chuyển đổi số báo cáo kết quả thực hiện 10 tháng năm 2026 như sau:', jobs, diffs, props,
          (['TRƯỞNG PHÒNG'], 'Ngô Quang Vinh', 'CĐS'), 'Kết quả thực hiện Kế hoạch chuyển đổi số 10 tháng năm 2026')
    key('CDS - BC ket qua thang 10.docx', 'SKHCN-CDS', u, '64/BC-CĐS', '2026-10-27', [], [], [], status='rejected',
        reason='Báo cáo về Kế hoạch chuyển đổi số (Kế hoạch 2339/KH-SKHCN), không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')


# ---------------------------------------------------------------------------
# HAND 4 - Lý Ngọc Trâm: departments answering in Excel; status column "Tiến độ"
# always carries its reason or timing ("… từ tháng 6/2026", "… do chưa nhận
# được …", "… đến hết năm 2026").
# ---------------------------------------------------------------------------

def hand4(fname, unit_id, unit_name, number, date_iso, date_text, rows, diffs, props, signer, title='BaoCao', subject='Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026'):
    wb = Workbook(); ws = wb.active; ws.title = title
    ws.merge_cells('A1:B1'); ws['A1'] = 'UBND THÀNH PHỐ HỒ CHÍ MINH'
    ws.merge_cells('A2:B2'); ws['A2'] = unit_name.upper(); ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:B3'); ws['A3'] = 'Số: ' + number
    ws.merge_cells('C1:D1'); ws['C1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['C1'].font = Font(bold=True)
    ws.merge_cells('C2:D2'); ws['C2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['C2'].font = Font(bold=True)
    ws.merge_cells('C3:D3'); ws['C3'] = date_text; ws['C3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'C1', 'C2', 'C3'):
        ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:D5'); ws['A5'] = 'BÁO CÁO KẾT QUẢ THỰC HIỆN'; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A6:D6'); ws['A6'] = subject; ws['A6'].font = Font(bold=True)
    ws['A5'].alignment = ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ['STT', 'Nhiệm vụ Sở được phân công' if 'Chỉ thị' in subject else 'Nội dung', 'Kết quả thực hiện', 'Tiến độ']
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=8, column=i, value=h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 9; ents = []
    for i, e in enumerate(rows, 1):
        for j, v in enumerate([i, e['ask'], e['res'], e['st']], 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True, horizontal='center' if j == 1 else None)
        r += 1
        if e.get('task'):
            ents.append(dict(task=e['task'], status=e['status'], ind=e.get('ind', {}), text=e['res']))
    r += 1
    ws.cell(row=r, column=1, value='Khó khăn, vướng mắc:').font = Font(bold=True); r += 1
    for d in diffs:
        ws.cell(row=r, column=2, value='- ' + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    if not diffs:
        ws.cell(row=r, column=2, value='- Không.'); r += 1
    ws.cell(row=r, column=1, value='Kiến nghị:').font = Font(bold=True); r += 1
    for d in props:
        ws.cell(row=r, column=2, value='- ' + d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True); ws.row_dimensions[r].height = 30; r += 1
    r += 1
    ws.cell(row=r, column=3, value=signer[0]).font = Font(bold=True)
    ws.cell(row=r + 4, column=3, value=signer[1]).font = Font(bold=True)
    for col, w in zip('ABCD', (6, 38, 60, 34)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    return ents


def gen_hand4():
    # 14. Sở Tài chính
    u = 'Sở Tài chính'
    rows = [
        dict(task='II.4.a', ask='Bố trí kinh phí đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp thuộc Sở KH&CN',
             res='Đã thẩm định, bố trí dự toán kinh phí thực hiện Kế hoạch; theo số liệu Kho bạc, đến 30/9/2026 đã giải ngân 212,6 triệu đồng.',
             st='Đang tiếp tục theo dõi giải ngân đến hết năm 2026', status='in_progress', ind={'budget_spent_vnd': 212600000}),
        dict(task='II.4.b', ask='Kinh phí bảo trì, kiểm định phương tiện, thiết bị kỹ thuật nghiệp vụ',
             res='Chưa có đề xuất danh mục mua sắm, bảo trì.',
             st='Chưa triển khai do chưa nhận được đề xuất của Chi cục TĐC', status='not_started'),
        dict(task='II.2.đ', ask='Duy trì HTQLCL theo TCVN ISO 9001:2015 tại cơ quan',
             res='Đã đánh giá nội bộ, cập nhật 41 quy trình và công bố lại Hệ thống quản lý chất lượng.',
             st='Đã thực hiện xong từ tháng 6/2026', status='completed'),
        dict(task='II.3.a', ask='Cử công chức tham gia tập huấn về TCĐLCL',
             res='Cử 02 công chức Phòng Tài chính hành chính sự nghiệp tham dự.',
             st='Đã xong trong Quý III/2026', status='completed', ind={'participants': 2}),
    ]
    diffs = ['Tiến độ giải ngân kinh phí thực hiện Kế hoạch còn chậm so với dự toán được giao.']
    props = ['Đề nghị Sở Khoa học và Công nghệ chỉ đạo Chi cục TĐC đẩy nhanh thủ tục thanh quyết toán các hợp đồng đã ký.']
    ents = hand4('STC - ket qua CT38 (Tram).xlsx', 'SO-TC', u, '7804/STC-HCSN', '2026-10-27',
                 'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026', rows, diffs, props, ('KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Tạ Quang Huy'))
    key('STC - ket qua CT38 (Tram).xlsx', 'SO-TC', u, '7804/STC-HCSN', '2026-10-27', ents, diffs, props)

    # 15. Sở Xây dựng
    u = 'Sở Xây dựng'
    rows = [
        dict(task='II.2.e', ask='Góp ý dự thảo quy chuẩn kỹ thuật quốc gia',
             res='Góp ý 05 dự thảo QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình theo đề nghị của Bộ Xây dựng.',
             st='Đã thực hiện xong ngay khi nhận văn bản xin ý kiến', status='completed', ind={'standards_reviewed': 5}),
        dict(task='II.5.a', ask='Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng',
             res='Tổ chức 08 cuộc kiểm tra tại 31 cơ sở sản xuất, kinh doanh vật liệu xây dựng; 04 cơ sở vi phạm, phạt 68.000.000 đồng.',
             st='Đang tiếp tục đến hết năm 2026', status='in_progress',
             ind={'inspections': 8, 'establishments_inspected': 31, 'violations': 4, 'fines_vnd': 68000000}),
        dict(task='II.5.b', ask='Khảo sát, lấy mẫu thử nghiệm chất lượng vật liệu xây dựng',
             res='Lấy 42 mẫu thép, xi măng, gạch ốp lát gửi thử nghiệm.',
             st='Đang làm, dự kiến có kết quả tháng 11/2026', status='in_progress', ind={'samples_tested': 42}),
        dict(task='II.2.d', ask='Hỗ trợ doanh nghiệp công bố hợp quy vật liệu xây dựng',
             res='Không có doanh nghiệp đề nghị hỗ trợ ngoài thủ tục tiếp nhận công bố hợp quy thông thường.',
             st='Không phát sinh do không có đề nghị', status='not_applicable'),
    ]
    diffs = ['Chi phí thử nghiệm mẫu vật liệu xây dựng cao, nguồn kinh phí kiểm tra hạn hẹp.']
    props = ['Kiến nghị Sở Khoa học và Công nghệ phối hợp chia sẻ kết quả khảo sát chất lượng thép, xi măng để tránh lấy mẫu trùng lặp.']
    ents = hand4('SXD_BC_CT38_2026.xlsx', 'SO-XD', u, '10452/SXD-VLXD', '2026-10-29',
                 'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026', rows, diffs, props, ('KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Phùng Văn Khải'))
    key('SXD_BC_CT38_2026.xlsx', 'SO-XD', u, '10452/SXD-VLXD', '2026-10-29', ents, diffs, props)

    # 16. Sở Văn hóa và Thể thao
    u = 'Sở Văn hóa và Thể thao'
    rows = [
        dict(task='II.1.a', ask='Tuyên truyền về tiêu chuẩn, đo lường, chất lượng',
             res='Chỉ đạo các cơ quan báo chí, Đài Truyền hình phát 26 tin, bài, phóng sự; treo băng rôn dịp Ngày Tiêu chuẩn Việt Nam.',
             st='Đang tiếp tục thực hiện thường xuyên đến cuối năm', status='in_progress', ind={'communications': 26}),
        dict(task='II.1.b', ask='Tuyên truyền Giải thưởng Chất lượng Quốc gia',
             res='Trình chiếu thông điệp về Giải thưởng Chất lượng Quốc gia trên hệ thống màn hình LED công cộng.',
             st='Đã thực hiện xong trong tháng 4/2026', status='completed'),
        dict(task='II.2.đ', ask='Duy trì HTQLCL TCVN ISO 9001:2015',
             res='Đã công bố lại Hệ thống quản lý chất lượng sau khi hợp nhất.',
             st='Đã thực hiện xong từ tháng 8/2026', status='completed'),
        dict(task='II.5.a', ask='Kiểm tra về tiêu chuẩn, đo lường, chất lượng',
             res='Không có.',
             st='Không phát sinh do không thuộc lĩnh vực quản lý', status='not_applicable'),
    ]
    diffs = []
    props = ['Đề nghị Sở Khoa học và Công nghệ cung cấp tư liệu, phóng sự mẫu để các cơ quan báo chí sử dụng.']
    ents = hand4('BC SVHTT CT38.xlsx', 'SO-VHTT', u, '4410/SVHTT-VP', '2026-10-24',
                 'Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026', rows, diffs, props, ('KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Lâm Thị Thu Trang'))
    key('BC SVHTT CT38.xlsx', 'SO-VHTT', u, '4410/SVHTT-VP', '2026-10-24', ents, diffs, props)

    # 17. Sở An toàn thực phẩm - MISTAKEN: food safety report
    u = 'Sở An toàn thực phẩm'
    rows = [
        dict(ask='Kiểm tra an toàn thực phẩm dịp Tết Trung thu', res='Tổ chức 14 đoàn kiểm tra tại 380 cơ sở sản xuất bánh trung thu; 21 cơ sở vi phạm, phạt 263.000.000 đồng.',
             st='Đã thực hiện xong trong tháng 9/2026'),
        dict(ask='Giám sát ngộ độc thực phẩm', res='Ghi nhận 03 vụ ngộ độc thực phẩm, 57 người mắc, không có tử vong.',
             st='Đang tiếp tục giám sát đến hết năm 2026'),
        dict(ask='Cấp giấy chứng nhận cơ sở đủ điều kiện ATTP', res='Cấp 612 giấy chứng nhận.',
             st='Đang tiếp tục thực hiện thường xuyên'),
        dict(ask='Truyền thông an toàn thực phẩm', res='Phát 45 tin, bài; tổ chức 06 buổi nói chuyện tại chợ đầu mối.',
             st='Đã thực hiện xong từ tháng 9/2026'),
    ]
    hand4('SATTP - BC Trung thu 2026.xlsx', 'SO-ATTP', u, '3127/SATTP-NVTT', '2026-10-21',
          'Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026', rows,
          ['Lực lượng thanh tra an toàn thực phẩm ở phường, xã còn thiếu.'],
          ['Đề nghị tăng cường phối hợp liên ngành trong kiểm tra an toàn thực phẩm dịp cuối năm.'],
          ('KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC', 'Nguyễn Hữu Phước'),
          subject='Công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu năm 2026')
    key('SATTP - BC Trung thu 2026.xlsx', 'SO-ATTP', u, '3127/SATTP-NVTT', '2026-10-21', [], [], [], status='rejected',
        reason='Báo cáo về công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW')


def libre_resave(fname):
    """Re-save one file through LibreOffice, as an office would."""
    src = os.path.join(OUT, fname)
    tmp = os.path.join(OUT, '.lo_tmp'); os.makedirs(tmp, exist_ok=True)
    ext = fname.rsplit('.', 1)[1]
    try:
        subprocess.run(['libreoffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                       check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, fname), src)
        return True
    except Exception as ex:
        print('LibreOffice re-save skipped:', ex)
        return False
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    gen_hand1(); gen_hand2(); gen_hand3(); gen_hand4()
    import sys
    if '--no-lo' not in sys.argv:
        libre_resave('SXD_BC_CT38_2026.xlsx')
        libre_resave('9315-SNNMT-BC-CT38.docx')
    for fname, k in KEYS.items():
        with open(os.path.join(OUT, fname), 'rb') as f:
            k['sha256'] = hashlib.sha256(f.read()).hexdigest()
        with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as f:
            json.dump(k, f, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
