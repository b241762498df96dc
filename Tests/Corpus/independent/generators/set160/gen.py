# -*- coding: utf-8 -*-
"""Generator for set160: 17 progress reports (9 DOCX, 8 XLSX, 2 mistaken) + truth keys."""
import os, json, hashlib, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}


def key(fname, unit_id, unit_name, number, date, entries, diffs=(), props=(), status="extracted", reason=None):
    KEYS[fname] = {"file": fname, "sha256": None, "status": status, "reason": reason,
                   "unit": {"id": unit_id, "name": unit_name},
                   "document": {"number": number, "date": date},
                   "entries": list(entries), "findings": [],
                   "difficulties": list(diffs), "proposals": list(props)}


# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def header_table(d, left_lines, right_lines, bold_left_idx=(1,), bold_right_idx=(0, 1)):
    t = d.add_table(rows=1, cols=2)
    for ci, (lines, bidx) in enumerate([(left_lines, bold_left_idx), (right_lines, bold_right_idx)]):
        cell = t.rows[0].cells[ci]
        cell.paragraphs[0].text = ''
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln)
            r.bold = i in bidx
            r.font.size = Pt(12)
            if ln.startswith('Thành phố') or ', ngày' in ln:
                r.italic = True; r.bold = False
    return t


def para(d, text='', bold=False, italic=False, align=None, indent=True, size=None):
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j':
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p


def runs(d, parts, indent=True):
    """parts: list of (text, style) with style in '', 'b', 'i', 'bi'."""
    p = d.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for txt, s in parts:
        r = p.add_run(txt); r.bold = 'b' in s; r.italic = 'i' in s
    return p


def sign_block(d, left, right):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    for i, ln in enumerate(left):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        r = p.add_run(ln); r.font.size = Pt(11)
        if i == 0: r.bold = True; r.italic = True; r.font.size = Pt(12)
    for i, ln in enumerate(right):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = True


# =============================================================== HAND A (Thư)
# Chi cục staff writer: "Nhóm n –" group headings, run-in bold own-words titles,
# a separate "Về phía đơn vị phối hợp:" sentence, status in "Tình trạng: …" or once for a group.

def f_cctdc():
    fn = 'cctdc-bc-ket-qua-ct38-2026.docx'
    d = new_doc()
    header_table(d, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'CHI CỤC TIÊU CHUẨN', 'ĐO LƯỜNG CHẤT LƯỢNG', '', 'Số: 1187/BC-TĐC'],
                 ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
                  'Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026'], bold_left_idx=(1, 2))
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, 'Kết quả thực hiện các nhiệm vụ Chi cục được giao tại Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c', indent=False)
    para(d, '(số liệu tính đến ngày 25/10/2026)', italic=True, align='c', indent=False)
    para(d, 'Kính gửi: Ban Giám đốc Sở Khoa học và Công nghệ.', align='c', indent=False)
    para(d, 'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Chi cục Tiêu chuẩn Đo lường Chất lượng báo cáo kết quả thực hiện các nhiệm vụ Chi cục chủ trì và các nhiệm vụ Chi cục phối hợp như sau:', align='j')
    para(d, 'A. CÁC NHIỆM VỤ CHI CỤC CHỦ TRÌ', bold=True, indent=False)
    para(d, 'Nhóm 1 – Tuyên truyền, nâng cao nhận thức', bold=True, indent=False)
    runs(d, [('1.1. Lớp tập huấn văn bản pháp luật và Tọa đàm doanh nghiệp nhập khẩu. ', 'b'),
             ('Chi cục đã tổ chức 04 lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng (365 lượt người) và 01 buổi Tọa đàm với doanh nghiệp nhập khẩu (72 đại biểu), nâng tổng số lên 05 lớp/buổi với 437 lượt người tham dự. ', ''),
             ('Về phía đơn vị phối hợp: Phòng Kiểm tra – Pháp chế cử 02 báo cáo viên trình bày chuyên đề xử phạt vi phạm hành chính. ', ''),
             ('Tình trạng: Hoàn thành.', 'i')])
    runs(d, [('1.2. Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia. ', 'b'),
             ('Chi cục hướng dẫn 18 doanh nghiệp tìm hiểu, chuẩn bị hồ sơ; đăng 06 tin, bài trên trang thông tin điện tử của Chi cục. ', ''),
             ('Tình trạng: Hoàn thành.', 'i')])
    para(d, 'Nhóm 2 – Quản lý nhà nước, hoàn thiện chính sách', bold=True, indent=False)
    runs(d, [('2.1. Năng suất chất lượng, đo lường hỗ trợ doanh nghiệp, truy xuất nguồn gốc. ', 'b'),
             ('Chi cục hỗ trợ tổng số 14 doanh nghiệp (11 doanh nghiệp theo Chương trình 1322, 03 doanh nghiệp theo Đề án 100); kinh phí đã giải ngân 86.400.000đ. ', ''),
             ('Tình trạng: Đang triển khai, dự kiến hoàn thành trong Quý IV/2026.', 'i')])
    runs(d, [('2.2. Tổ chức xét Giải thưởng Chất lượng Quốc gia cấp Thành phố. ', 'b'),
             ('Tiếp nhận và hướng dẫn hoàn thiện hồ sơ cho 07 doanh nghiệp; Hội đồng sơ tuyển đã họp và gửi kết quả về Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia. ', ''),
             ('Tình trạng: Đang thực hiện (chờ kết quả xét thưởng cấp quốc gia).', 'i')])
    runs(d, [('2.3. Góp ý văn bản quy phạm pháp luật. ', 'b'),
             ('Chi cục góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi). Về phía đơn vị phối hợp: Phòng Kiểm tra – Pháp chế có ý kiến đối với 01 dự thảo. ', ''),
             ('Tình trạng: Hoàn thành các yêu cầu phát sinh trong kỳ.', 'i')])
    runs(d, [('2.4. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng. ', 'b'),
             ('Hướng dẫn, hỗ trợ 26 doanh nghiệp xây dựng hệ thống quản lý và thực hiện công bố hợp quy; tiếp nhận 1.342 hồ sơ công bố hợp quy. ', ''),
             ('Tình trạng: Đang thực hiện (nhiệm vụ thường xuyên).', 'i')])
    runs(d, [('2.5. ISO 9001 trong cơ quan hành chính nhà nước. ', 'b'),
             ('Chi cục tổ chức 02 lớp tập huấn TCVN ISO 9001:2015 cho 148 công chức các cơ quan hành chính. Về phía đơn vị phối hợp: Văn phòng Sở rà soát, cập nhật 45 quy trình nội bộ của Sở. ', ''),
             ('Tình trạng: Đang thực hiện (hạn tháng 11/2026).', 'i')])
    runs(d, [('2.6. Xây dựng, góp ý tiêu chuẩn, quy chuẩn. ', 'b'),
             ('Chi cục góp ý 12 dự thảo TCVN, QCVN và đang soạn thảo 01 quy chuẩn kỹ thuật địa phương, tổng cộng 13 tiêu chuẩn, quy chuẩn. Về phía đơn vị phối hợp: Sở Y tế góp ý 04 dự thảo quy chuẩn về trang thiết bị y tế (số liệu do Sở Y tế báo cáo riêng). ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    runs(d, [('2.7. Tổ chức dịch vụ kỹ thuật, xã hội hóa đánh giá sự phù hợp. ', 'b'),
             ('Chi cục thẩm định hồ sơ chỉ định 05 tổ chức đánh giá sự phù hợp. Về phía đơn vị phối hợp: Trung tâm Dịch vụ Phân tích thí nghiệm mở rộng 14 phép thử mới; trong năm Trung tâm đã kiểm định, hiệu chuẩn 52.318 phương tiện đo (số liệu do Trung tâm báo cáo riêng, không tổng hợp vào báo cáo này). ', ''),
             ('Tình trạng: Đang thực hiện thường xuyên.', 'i')])
    runs(d, [('2.8. Hệ thống thông tin giải quyết TTHC, kết nối Cổng một cửa quốc gia. ', 'b'),
             ('Đã hoàn thành kết nối liên thông từ tháng 3/2026 với sự phối hợp của Văn phòng Sở, Phòng Chuyển đổi số. ', ''),
             ('Tình trạng: Hoàn thành.', 'i')])
    runs(d, [('2.9. Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng. ', 'b'),
             ('Đang đồng bộ dữ liệu công bố hợp quy lên hệ thống của Bộ. ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    para(d, 'Nhóm 3 – Nguồn nhân lực', bold=True, indent=False)
    runs(d, [('3.1. Tập huấn nghiệp vụ cho công chức sở, ngành, phường, xã. ', 'b'),
             ('Tổ chức 03 lớp với 512 lượt công chức tham dự. ', ''),
             ('Tình trạng: Đang thực hiện (còn 01 lớp trong tháng 11).', 'i')])
    runs(d, [('3.2. Bồi dưỡng chuyên sâu về năng suất. ', 'b'),
             ('Tổ chức 01 khóa bồi dưỡng với 46 học viên. ', ''),
             ('Tình trạng: Hoàn thành.', 'i')])
    runs(d, [('3.3. Đào tạo cho sinh viên các trường. ', 'b'),
             ('Tổ chức 02 lớp cho 280 sinh viên về mã số, mã vạch và truy xuất nguồn gốc. ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    para(d, 'Nhóm 4 – Đầu tư cho công tác tiêu chuẩn, đo lường, chất lượng', bold=True, indent=False)
    runs(d, [('4.1. Phương tiện, thiết bị kỹ thuật nghiệp vụ. ', 'b'),
             ('Kiểm định, hiệu chuẩn 23 phương tiện, thiết bị kỹ thuật nghiệp vụ; kinh phí bảo trì, kiểm định đã sử dụng 41.800.000đ.', '')])
    runs(d, [('4.2. Chuẩn đo lường chính. ', 'b'),
             ('Duy trì và hiệu chuẩn liên kết 08 chuẩn đo lường chính đến chuẩn quốc gia. Về phía đơn vị phối hợp: Trung tâm Dịch vụ Phân tích thí nghiệm thực hiện hiệu chuẩn 05 chuẩn trong số 08 chuẩn nêu trên.', '')])
    runs(d, [('Tình trạng chung của nhóm 4: ', 'bi'), ('cả hai nội dung là nhiệm vụ thường xuyên, đến nay đều đang thực hiện.', 'i')])
    para(d, 'Nhóm 5 – Kiểm tra, giám sát', bold=True, indent=False)
    runs(d, [('5.1. Kiểm tra và phối hợp với UBND phường, xã. ', 'b'),
             ('Đối với công tác kiểm tra và phối hợp thực hiện nội dung phân quyền với UBND phường, xã: tổng cộng 12 cuộc kiểm tra đo lường và chất lượng tại 96 cơ sở, phát hiện 17 cơ sở vi phạm, xử phạt 126.500.000đ; trong đó 05 cuộc do Chi cục cùng UBND các phường, xã thực hiện. Về phía đơn vị phối hợp: Phòng Kiểm tra – Pháp chế tham gia 04 đoàn (nằm trong 12 cuộc nêu trên). ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    runs(d, [('5.2. Khảo sát chất lượng sản phẩm, hàng hóa. ', 'b'),
             ('Lấy 64 mẫu xăng dầu, mũ bảo hiểm, đồ chơi trẻ em để khảo sát; kết quả đã thông tin cho Phòng Kiểm tra – Pháp chế. ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    runs(d, [('5.3. Khen thưởng, bảo vệ người tố giác. ', 'b'),
             ('Trong kỳ không phát sinh trường hợp tố giác cần khen thưởng, bảo vệ. ', ''),
             ('Tình trạng: Không phát sinh.', 'i')])
    para(d, 'Nhóm 6 – Hợp tác, trao đổi thông tin', bold=True, indent=False)
    runs(d, [('6.1. Cập nhật điều ước, thỏa thuận quốc tế. ', 'b'), ('Phát hành 05 bản tin TBT gửi doanh nghiệp.', '')])
    runs(d, [('6.2. Phối hợp với APO. ', 'b'), ('Chưa có yêu cầu mới, Chi cục duy trì trao đổi thông tin.', '')])
    runs(d, [('Tình trạng chung của nhóm 6: ', 'bi'), ('đang thực hiện thường xuyên.', 'i')])
    para(d, 'B. CÁC NHIỆM VỤ CHI CỤC PHỐI HỢP', bold=True, indent=False)
    runs(d, [('B.1. Thu hút chuyên gia (Phòng Quản lý Khoa học chủ trì). ', 'b'),
             ('Chi cục đề xuất 02 vị trí cần thu hút chuyên gia đo lường. Phần việc của Chi cục đã xong.', '')])
    runs(d, [('B.2. Đầu tư trang thiết bị cho đơn vị sự nghiệp (Trung tâm Dịch vụ Phân tích thí nghiệm chủ trì). ', 'b'),
             ('Chi cục cùng Trung tâm lập danh mục thiết bị đề xuất đầu tư năm 2027. Phần việc của Chi cục đã xong.', '')])
    para(d, 'C. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    dif = ['Lực lượng công chức làm công tác kiểm tra mỏng, cùng lúc phải tham gia nhiều đoàn liên ngành.',
           'Một số phường, xã mới sắp xếp chưa bố trí được đầu mối theo dõi công tác tiêu chuẩn, đo lường, chất lượng.']
    for x in dif: para(d, '- ' + x, indent=False)
    para(d, 'D. ĐỀ XUẤT', bold=True, indent=False)
    pro = ['Đề nghị Ban Giám đốc Sở bổ sung kinh phí cho hoạt động khảo sát chất lượng năm 2027.',
           'Đề nghị Sở có văn bản đôn đốc các phường, xã cử đầu mối phối hợp với Chi cục.']
    for x in pro: para(d, '- ' + x, indent=False)
    sign_block(d, ['Nơi nhận:', '- Như trên;', '- Lưu: VT, HCTH.'], ['CHI CỤC TRƯỞNG', '', '', '', 'Lê Hoàng Phúc'])
    d.save(os.path.join(OUT, fn))
    key(fn, 'SKHCN-CCTDC', 'Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '1187/BC-TĐC', '2026-10-30', [
        E('II.1.a', 'completed', 'Chi cục đã tổ chức 04 lớp tập huấn ... và 01 buổi Tọa đàm ..., tổng số 05 lớp/buổi với 437 lượt người', training_courses=5, participants=437),
        E('II.1.b', 'completed', 'Hướng dẫn 18 doanh nghiệp ...; đăng 06 tin, bài', enterprises_supported=18, communications=6),
        E('II.2.a', 'in_progress', 'Hỗ trợ tổng số 14 doanh nghiệp ...; kinh phí đã giải ngân 86.400.000đ', enterprises_supported=14, budget_spent_vnd=86400000),
        E('II.2.b', 'in_progress', 'Hướng dẫn hoàn thiện hồ sơ cho 07 doanh nghiệp ... chờ kết quả xét thưởng', enterprises_supported=7),
        E('II.2.c', 'completed', 'Góp ý 02 dự thảo Nghị định ...'),
        E('II.2.d', 'in_progress', 'Hướng dẫn, hỗ trợ 26 doanh nghiệp xây dựng hệ thống quản lý, công bố hợp quy', enterprises_supported=26),
        E('II.2.đ', 'in_progress', '02 lớp tập huấn TCVN ISO 9001:2015 cho 148 công chức', training_courses=2, participants=148),
        E('II.2.e', 'in_progress', 'Góp ý 12 dự thảo TCVN, QCVN và soạn thảo 01 QCĐP, tổng cộng 13', standards_reviewed=13),
        E('II.2.g', 'in_progress', 'Thẩm định hồ sơ chỉ định 05 tổ chức đánh giá sự phù hợp'),
        E('II.2.h', 'completed', 'Đã hoàn thành kết nối liên thông từ tháng 3/2026'),
        E('II.2.i', 'in_progress', 'Đang đồng bộ dữ liệu công bố hợp quy'),
        E('II.3.a', 'in_progress', '03 lớp với 512 lượt công chức', training_courses=3, participants=512),
        E('II.3.b', 'completed', '01 khóa bồi dưỡng với 46 học viên', training_courses=1, participants=46),
        E('II.3.c', 'completed', 'Chi cục đề xuất 02 vị trí cần thu hút chuyên gia; phần việc của Chi cục đã xong'),
        E('II.3.d', 'in_progress', '02 lớp cho 280 sinh viên', training_courses=2, participants=280),
        E('II.4.a', 'completed', 'Chi cục cùng Trung tâm lập danh mục thiết bị; phần việc của Chi cục đã xong'),
        E('II.4.b', 'in_progress', 'Kiểm định, hiệu chuẩn 23 phương tiện, thiết bị; kinh phí 41.800.000đ', instruments_verified=23, budget_spent_vnd=41800000),
        E('II.4.c', 'in_progress', 'Duy trì và hiệu chuẩn liên kết 08 chuẩn đo lường chính', instruments_verified=8),
        E('II.5.a', 'in_progress', 'Tổng cộng 12 cuộc kiểm tra tại 96 cơ sở, 17 cơ sở vi phạm, xử phạt 126.500.000đ', inspections=12, establishments_inspected=96, violations=17, fines_vnd=126500000),
        E('II.5.b', 'in_progress', 'Lấy 64 mẫu để khảo sát', samples_tested=64),
        E('II.5.c', 'in_progress', 'trong đó 05 cuộc do Chi cục cùng UBND các phường, xã thực hiện', inspections=5),
        E('II.5.d', 'not_applicable', 'Không phát sinh trường hợp tố giác cần khen thưởng, bảo vệ'),
        E('II.6.a', 'in_progress', 'Phát hành 05 bản tin TBT', communications=5),
        E('II.6.b', 'in_progress', 'Duy trì trao đổi thông tin với APO'),
    ], dif, pro)


def f_qlkh():
    fn = 'P.QLKH_baocao_CT38_nam2026.docx'
    d = new_doc()
    header_table(d, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG QUẢN LÝ KHOA HỌC', '', 'Số: 245/BC-QLKH'],
                 ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
                  'Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026'])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, 'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c', indent=False)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', align='c', indent=False)
    para(d, 'Phòng Quản lý Khoa học báo cáo kết quả thực hiện các nội dung được giao như sau:', align='j')
    para(d, 'A. NỘI DUNG PHÒNG CHỦ TRÌ', bold=True, indent=False)
    runs(d, [('1. Thu hút chuyên gia, nhà khoa học lĩnh vực tiêu chuẩn, đo lường, chất lượng. ', 'b'),
             ('Phòng đã tiếp nhận 06 hồ sơ đề nghị thu hút theo Quyết định số 05/2026/QĐ-UBND; UBND Thành phố đã công nhận 02 chuyên gia lĩnh vực đo lường, 04 hồ sơ đang thẩm định. Về phía đơn vị phối hợp: Chi cục Tiêu chuẩn Đo lường Chất lượng đề xuất 02 vị trí cần thu hút. ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    para(d, 'B. NỘI DUNG PHÒNG PHỐI HỢP', bold=True, indent=False)
    runs(d, [('1. Năng suất chất lượng (phối hợp Chi cục). ', 'b'),
             ('Thẩm định, đưa vào danh mục 03 nhiệm vụ khoa học và công nghệ về nâng cao năng suất; kinh phí đã giải ngân 1,2 tỷ đồng.', '')])
    runs(d, [('2. Góp ý tiêu chuẩn quốc gia. ', 'b'),
             ('Góp ý 03 dự thảo TCVN do Chi cục gửi lấy ý kiến.', '')])
    runs(d, [('3. Khóa bồi dưỡng năng suất, chất lượng. ', 'b'),
             ('Cử 04 công chức tham dự khóa bồi dưỡng do Chi cục tổ chức.', '')])
    runs(d, [('4. Hợp tác với APO. ', 'b'),
             ('Trong năm không phát sinh yêu cầu phối hợp.', '')])
    runs(d, [('Tình trạng chung các nội dung phối hợp: ', 'bi'),
             ('Phòng đã thực hiện xong phần việc của mình ở các mục 1, 2, 3; mục 4 không phát sinh.', 'i')])
    para(d, 'C. KHÓ KHĂN VÀ ĐỀ XUẤT', bold=True, indent=False)
    dif = ['Quy trình thẩm định hồ sơ thu hút chuyên gia kéo dài do phải lấy ý kiến nhiều cơ quan.']
    pro = ['Đề nghị Chi cục chia sẻ danh sách chuyên gia đánh giá để Phòng tham khảo khi thành lập hội đồng.']
    para(d, '- Khó khăn: ' + dif[0], indent=False)
    para(d, '- Đề xuất: ' + pro[0], indent=False)
    sign_block(d, ['Nơi nhận:', '- Như trên;', '- Lưu: QLKH.'], ['TRƯỞNG PHÒNG', '', '', '', 'Đặng Minh Khoa'])
    d.save(os.path.join(OUT, fn))
    key(fn, 'SKHCN-QLKH', 'Phòng Quản lý Khoa học', '245/BC-QLKH', '2026-10-27', [
        E('II.3.c', 'in_progress', 'Tiếp nhận 06 hồ sơ đề nghị thu hút; công nhận 02 chuyên gia'),
        E('II.2.a', 'completed', '03 nhiệm vụ KH&CN về năng suất; kinh phí đã giải ngân 1,2 tỷ đồng', budget_spent_vnd=1200000000),
        E('II.2.e', 'completed', 'Góp ý 03 dự thảo TCVN', standards_reviewed=3),
        E('II.3.b', 'completed', 'Cử 04 công chức tham dự khóa bồi dưỡng', participants=4),
        E('II.6.b', 'not_applicable', 'Không phát sinh yêu cầu phối hợp'),
    ], dif, pro)


def f_cds():
    fn = 'PhongCDS-bao-cao-phoi-hop-CT38.docx'
    d = new_doc()
    header_table(d, ['SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG CHUYỂN ĐỔI SỐ', '', 'Số: 88/BC-CĐS'],
                 ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
                  'Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026'])
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, 'Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026', bold=True, align='c', indent=False)
    para(d, 'Phòng Chuyển đổi số là đơn vị phối hợp ở 03 nội dung của Kế hoạch; kết quả như sau:', align='j')
    runs(d, [('1. Kết nối hệ thống giải quyết thủ tục hành chính với Cổng một cửa quốc gia. ', 'b'),
             ('Phòng phối hợp với Chi cục TĐC, Văn phòng Sở hoàn thành kết nối liên thông trong tháng 3/2026; hướng dẫn 35 doanh nghiệp nhập khẩu đăng ký tài khoản trên Cổng. ', ''),
             ('Tình trạng: Hoàn thành.', 'i')])
    runs(d, [('2. Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng. ', 'b'),
             ('Phòng phối hợp với Chi cục TĐC và Trung tâm Công nghệ thông tin và Địa không gian xây dựng phương án đồng bộ dữ liệu; đã tích hợp thử nghiệm 02 cơ sở dữ liệu chuyên ngành. ', ''),
             ('Tình trạng: Đang thực hiện.', 'i')])
    runs(d, [('3. Thông tin về các lớp tập huấn. ', 'b'),
             ('Đăng tải 04 tin, bài về các lớp tập huấn văn bản pháp luật do Chi cục tổ chức trên Cổng thông tin điện tử của Sở. ', ''),
             ('Tình trạng: Hoàn thành.', 'i')])
    para(d, 'Khó khăn, vướng mắc:', bold=True, indent=False)
    dif = ['Dữ liệu công bố hợp quy lưu trữ nhiều định dạng, chưa được chuẩn hóa nên việc đồng bộ mất nhiều thời gian.']
    para(d, '- ' + dif[0], indent=False)
    para(d, 'Đề xuất:', bold=True, indent=False)
    pro = ['Đề nghị Chi cục cử 01 công chức phụ trách chuẩn hóa dữ liệu làm việc cùng Phòng đến hết năm 2026.']
    para(d, '- ' + pro[0], indent=False)
    sign_block(d, ['Nơi nhận:', '- Chi cục TĐC;', '- Lưu: CĐS.'], ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG', '', '', 'Võ Thị Ngọc Hân'])
    d.save(os.path.join(OUT, fn))
    key(fn, 'SKHCN-CDS', 'Phòng Chuyển đổi số', '88/BC-CĐS', '2026-10-26', [
        E('II.2.h', 'completed', 'Hoàn thành kết nối liên thông; hướng dẫn 35 doanh nghiệp nhập khẩu', enterprises_supported=35),
        E('II.2.i', 'in_progress', 'Xây dựng phương án đồng bộ dữ liệu; tích hợp thử nghiệm 02 CSDL'),
        E('II.1.a', 'completed', 'Đăng tải 04 tin, bài về các lớp tập huấn', communications=4),
    ], dif, pro)


# =============================================================== HAND B (Lộc)
# Partner officer's công văn: "V/v" line, paragraphs opening "Phối hợp với Chi cục …",
# each closed by a separate short line "Phần việc của <đơn vị>: …".

def cv_header(d, parent, unit, so, place_date, vv):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    for i, ln in enumerate([parent, unit, so, vv]):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.font.size = Pt(12); r.bold = (i == 1)
        if i == 3: r.font.size = Pt(11)
    for i, ln in enumerate(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', place_date]):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.font.size = Pt(12); r.bold = i < 2; r.italic = i == 3


def f_ktpc():
    fn = 'KTPC_bc_phoihop_CT38_2026.docx'
    d = new_doc(size=14)
    cv_header(d, 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'PHÒNG KIỂM TRA – PHÁP CHẾ', 'Số: 156/BC-KTPC',
              'Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
              'V/v báo cáo kết quả phối hợp thực hiện KH triển khai Chỉ thị 38-CT/TW năm 2026')
    para(d)
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng.', indent=False, align='c')
    para(d, 'Theo phân công tại Kế hoạch, Phòng Kiểm tra – Pháp chế là đơn vị phối hợp ở một số nội dung do Chi cục chủ trì. Phòng báo cáo phần việc của Phòng như sau:', align='j')
    items = [
        ('1. Phối hợp với Chi cục TĐC có ý kiến góp ý đối với 01 dự thảo Nghị định sửa đổi, bổ sung quy định xử phạt vi phạm hành chính trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.',
         'Phần việc của Phòng: đã hoàn thành.'),
        ('2. Phối hợp với Chi cục TĐC rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP, đề xuất bổ sung 03 thiết bị đo nhanh chất lượng xăng dầu.',
         'Phần việc của Phòng: đã hoàn thành.'),
        ('3. Phối hợp với Chi cục TĐC tham gia 04 đoàn kiểm tra liên ngành về đo lường, chất lượng xăng dầu và hàng đóng gói sẵn; các đoàn đã kiểm tra 31 cơ sở, phát hiện 05 cơ sở vi phạm. Phòng tham mưu Giám đốc Sở ban hành 05 quyết định xử phạt vi phạm hành chính với tổng số tiền 62.000.000 đồng.',
         'Phần việc của Phòng: đang tiếp tục thực hiện theo kế hoạch kiểm tra Quý IV.'),
        ('4. Phối hợp với Chi cục TĐC tiếp nhận kết quả khảo sát chất lượng (Chi cục báo cáo số liệu riêng) để đưa vào kế hoạch kiểm tra đột xuất; đã chuyển 02 trường hợp có dấu hiệu vi phạm sang cơ quan chức năng.',
         'Phần việc của Phòng: đang thực hiện.'),
        ('5. Phối hợp với Chi cục TĐC hướng dẫn UBND phường, xã về trình tự lập biên bản, ban hành quyết định xử phạt đối với các nội dung được phân quyền.',
         'Phần việc của Phòng: đang thực hiện thường xuyên.'),
        ('6. Về khen thưởng, bảo vệ người tố giác vi phạm: trong năm 2026 không phát sinh.',
         'Phần việc của Phòng: không phát sinh.'),
    ]
    for a, b in items:
        para(d, a, align='j')
        para(d, b, italic=True)
    para(d, 'Khó khăn: Một số cơ sở vi phạm không chấp hành quyết định xử phạt đúng hạn, việc cưỡng chế còn lúng túng.', align='j')
    para(d, 'Kiến nghị: Đề nghị Chi cục thông báo lịch kiểm tra Quý IV sớm để Phòng bố trí công chức tham gia.', align='j')
    sign_block(d, ['Nơi nhận:', '- Như trên;', '- Giám đốc Sở (để b/c);', '- Lưu: KTPC.'], ['TRƯỞNG PHÒNG', '', '', '', 'Huỳnh Tấn Lực'])
    d.save(os.path.join(OUT, fn))
    key(fn, 'SKHCN-KTPC', 'Phòng Kiểm tra – Pháp chế', '156/BC-KTPC', '2026-10-28', [
        E('II.2.c', 'completed', 'Góp ý 01 dự thảo Nghị định sửa đổi quy định xử phạt'),
        E('II.4.b', 'completed', 'Rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ'),
        E('II.5.a', 'in_progress', 'Tham gia 04 đoàn kiểm tra, 31 cơ sở, 05 cơ sở vi phạm, 62.000.000 đồng', inspections=4, establishments_inspected=31, violations=5, fines_vnd=62000000),
        E('II.5.b', 'in_progress', 'Tiếp nhận kết quả khảo sát chất lượng; chuyển 02 trường hợp'),
        E('II.5.c', 'in_progress', 'Hướng dẫn UBND phường, xã các nội dung được phân quyền'),
        E('II.5.d', 'not_applicable', 'Không phát sinh'),
    ], ['Một số cơ sở vi phạm không chấp hành quyết định xử phạt đúng hạn, việc cưỡng chế còn lúng túng.'],
        ['Đề nghị Chi cục thông báo lịch kiểm tra Quý IV sớm để Phòng bố trí công chức tham gia.'])


def f_syt():
    fn = 'SYT-5120-phoi-hop-CT38.docx'
    d = new_doc(size=14)
    cv_header(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ Y TẾ', 'Số: 5120/SYT-NVY',
              'Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026',
              'V/v báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026')
    para(d)
    para(d, 'Kính gửi: Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng).', indent=False, align='c')
    para(d, 'Phúc đáp văn bản đề nghị báo cáo của Sở Khoa học và Công nghệ, Sở Y tế báo cáo phần việc Sở Y tế phối hợp như sau:', align='j')
    items = [
        ('1. Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế, gửi đúng thời hạn.',
         'Phần việc của Sở Y tế: đã xong.'),
        ('2. Tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Văn phòng Sở; cập nhật 27 quy trình giải quyết thủ tục hành chính.',
         'Phần việc của Sở Y tế: đang duy trì thực hiện.'),
        ('3. Cử 12 lượt công chức các phòng Nghiệp vụ Y, Nghiệp vụ Dược tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức.',
         'Phần việc của Sở Y tế: đã xong.'),
        ('4. Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng thực hiện 02 cuộc kiểm tra việc kiểm định phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế y học) tại 08 cơ sở khám bệnh, chữa bệnh tư nhân; chưa phát hiện vi phạm.',
         'Phần việc của Sở Y tế: đã xong.'),
    ]
    for a, b in items:
        para(d, a, align='j')
        para(d, b, italic=True)
    para(d, 'Khó khăn: Nhiều cơ sở y tế tư nhân chưa nắm danh mục phương tiện đo phải kiểm định.', align='j')
    para(d, 'Kiến nghị: Đề nghị Chi cục biên soạn tài liệu hướng dẫn về phương tiện đo nhóm 2 trong lĩnh vực y tế.', align='j')
    sign_block(d, ['Nơi nhận:', '- Như trên;', '- Lưu: VT, NVY.'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Nguyễn Văn Vĩnh Châu'])
    d.save(os.path.join(OUT, fn))
    key(fn, 'SO-YT', 'Sở Y tế', '5120/SYT-NVY', '2026-11-03', [
        E('II.2.e', 'completed', 'Góp ý 04 dự thảo QCVN về trang thiết bị y tế', standards_reviewed=4),
        E('II.2.đ', 'in_progress', 'Duy trì HTQLCL TCVN ISO 9001:2015; cập nhật 27 quy trình'),
        E('II.3.a', 'completed', 'Cử 12 lượt công chức tham dự lớp tập huấn', participants=12),
        E('II.5.a', 'completed', '02 cuộc kiểm tra tại 08 cơ sở khám bệnh, chữa bệnh', inspections=2, establishments_inspected=8),
    ], ['Nhiều cơ sở y tế tư nhân chưa nắm danh mục phương tiện đo phải kiểm định.'],
        ['Đề nghị Chi cục biên soạn tài liệu hướng dẫn về phương tiện đo nhóm 2 trong lĩnh vực y tế.'])


def f_attp():  # mistaken
    fn = 'SATTP_bc_9thang_2026.docx'
    d = new_doc(size=14)
    cv_header(d, 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'SỞ AN TOÀN THỰC PHẨM', 'Số: 2291/BC-SATTP',
              'Thành phố Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
              'V/v báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026')
    para(d)
    para(d, 'Kính gửi: Ủy ban nhân dân Thành phố.', indent=False, align='c')
    para(d, 'Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm 9 tháng đầu năm 2026 như sau:', align='j')
    for a, b in [
        ('1. Phối hợp với Ban Quản lý các chợ đầu mối kiểm tra 1.208 lượt cơ sở kinh doanh thực phẩm tươi sống; lấy 3.450 mẫu xét nghiệm nhanh dư lượng thuốc bảo vệ thực vật.', 'Phần việc của Sở: đang tiếp tục.'),
        ('2. Phối hợp với UBND các phường, xã triển khai Tháng hành động vì an toàn thực phẩm; tổ chức 42 lớp tập huấn kiến thức an toàn thực phẩm cho 3.100 người chế biến.', 'Phần việc của Sở: đã hoàn thành.'),
        ('3. Điều tra, xử lý 06 vụ ngộ độc thực phẩm tập thể tại bếp ăn trường học, khu công nghiệp.', 'Phần việc của Sở: đã hoàn thành.'),
    ]:
        para(d, a, align='j'); para(d, b, italic=True)
    para(d, 'Kiến nghị: Đề nghị UBND Thành phố bổ sung biên chế thanh tra chuyên ngành an toàn thực phẩm.', align='j')
    sign_block(d, ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'], ['GIÁM ĐỐC', '', '', '', 'Phạm Khánh Phong Lan'])
    d.save(os.path.join(OUT, fn))
    key(fn, 'SO-ATTP', 'Sở An toàn thực phẩm', '2291/BC-SATTP', '2026-10-29', [], status='rejected',
        reason='Báo cáo công tác bảo đảm an toàn thực phẩm 9 tháng năm 2026 gửi UBND Thành phố, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')


# =============================================================== HAND D (ward officer)
# Plain ward narrative: "I. KẾT QUẢ" with topic paragraphs led by "- ", status inside the
# sentence ("phường đã thực hiện xong", "đang tiếp tục"), figures "03 cuộc/25 cơ sở",
# money "7,5 triệu đồng", "II. KHÓ KHĂN" and "III. ĐỀ XUẤT, KIẾN NGHỊ" with numbered lines.

def ward_header(d, ward, so, place, date_txt):
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = ''
    for i, ln in enumerate(['ỦY BAN NHÂN DÂN', ward.upper(), '', so]):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = i == 1; r.font.size = Pt(12)
    for i, ln in enumerate(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', place + ', ' + date_txt]):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = i < 2; r.italic = i == 3; r.font.size = Pt(12)


def ward_doc(fn, ward, so, place, date_txt, opening, lines, dif, pro, signer):
    d = new_doc(size=14)
    ward_header(d, ward, so, place, date_txt)
    para(d)
    para(d, 'BÁO CÁO', bold=True, align='c', indent=False)
    para(d, 'Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026', bold=True, align='c', indent=False)
    para(d, '(theo Kế hoạch triển khai Chỉ thị số 38-CT/TW của Sở Khoa học và Công nghệ)', italic=True, align='c', indent=False)
    para(d, opening, align='j')
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=False)
    for ln in lines:
        para(d, ln, align='j')
    para(d, 'II. KHÓ KHĂN, VƯỚNG MẮC', bold=True, indent=False)
    for i, x in enumerate(dif, 1):
        para(d, f'{i}. {x}', align='j')
    para(d, 'III. ĐỀ XUẤT, KIẾN NGHỊ', bold=True, indent=False)
    for i, x in enumerate(pro, 1):
        para(d, f'{i}. {x}', align='j')
    para(d, 'Trên đây là báo cáo của Ủy ban nhân dân ' + ward + './.', align='j')
    sign_block(d, ['Nơi nhận:', '- Chi cục TĐC (Sở KH&CN);', '- Lưu: VT, VHXH.'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', signer])
    d.save(os.path.join(OUT, fn))


def f_benthanh():
    fn = 'UBND-BenThanh-BC-TDC-2026.docx'
    dif = ['Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên sâu.',
           'Phường chưa được trang bị cân đối chứng và thiết bị đo nhanh để phục vụ kiểm tra.']
    pro = ['Đề nghị Chi cục TĐC tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong Quý I/2027.',
           'Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường 01 bộ quả cân chuẩn để đặt tại chợ Bến Thành.']
    ward_doc(fn, 'Phường Bến Thành', 'Số: 318/BC-UBND', 'Bến Thành', 'ngày 06 tháng 11 năm 2026',
             'Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và văn bản đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng, Ủy ban nhân dân phường Bến Thành báo cáo như sau:',
             ['- Về tuyên truyền: phường đã đăng 08 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố; tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho 85 hộ kinh doanh tại chợ Bến Thành. Nội dung này phường đã thực hiện xong.',
              '- Về nâng cao năng lực: phường đã cử 03 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức, đã hoàn thành.',
              '- Về hệ thống quản lý chất lượng: Ủy ban nhân dân phường đã xây dựng và công bố hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/8/2026.',
              '- Về các nội dung được phân quyền: phường phối hợp với Chi cục TĐC kiểm tra 02 cuộc/14 cơ sở kinh doanh vàng bạc, phát hiện 02 cơ sở vi phạm, phạt 7,5 triệu đồng; Tổ kiểm tra liên ngành của phường kiểm tra 03 cuộc/21 cơ sở sử dụng cân tại chợ, 01 cơ sở vi phạm, phạt 1,5 triệu đồng. Tổng cộng 05 cuộc/35 cơ sở, 03 cơ sở vi phạm, tổng tiền phạt 9 triệu đồng. Phường đang tiếp tục kiểm tra trong dịp cuối năm.'],
             dif, pro, 'Trần Thị Mỹ Linh')
    key(fn, '26743', 'Phường Bến Thành', '318/BC-UBND', '2026-11-06', [
        E('II.1.a', 'completed', 'Đăng 08 tin, bài; tổ chức 01 hội nghị phổ biến cho 85 hộ kinh doanh', communications=8, training_courses=1, participants=85),
        E('II.3.a', 'completed', 'Cử 03 công chức tham dự lớp tập huấn', participants=3),
        E('II.2.đ', 'completed', 'Đã xây dựng và công bố HTQLCL phù hợp TCVN ISO 9001:2015 ngày 15/8/2026'),
        E('II.5.c', 'in_progress', 'Tổng cộng 05 cuộc/35 cơ sở, 03 cơ sở vi phạm, tổng tiền phạt 9 triệu đồng', inspections=5, establishments_inspected=35, violations=3, fines_vnd=9000000),
    ], dif, pro)


def f_vungtau():
    fn = 'BC_PhuongVungTau_TCDLCL_11-2026.docx'
    dif = ['Sau sắp xếp, phường chưa ổn định bộ phận tham mưu nên việc xây dựng hệ thống quản lý chất lượng mới còn chậm.']
    pro = ['Đề nghị Chi cục TĐC cử chuyên gia hướng dẫn phường xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
           'Đề nghị Chi cục phối hợp kiểm tra định kỳ cân tại các chợ trên địa bàn phường.']
    ward_doc(fn, 'Phường Vũng Tàu', 'Số: 402/BC-UBND', 'Vũng Tàu', 'ngày 10 tháng 11 năm 2026',
             'Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Vũng Tàu báo cáo kết quả thực hiện như sau:',
             ['- Công tác tuyên truyền: Đài truyền thanh phường phát 24 tin về quy định đo lường, ghi nhãn hàng hóa; việc tuyên truyền đang tiếp tục thực hiện đến cuối năm.',
              '- Về Giải thưởng Chất lượng Quốc gia: trên địa bàn không phát sinh doanh nghiệp đăng ký tham dự.',
              '- Tập huấn: phường cử 02 công chức tham dự lớp tập huấn nghiệp vụ của Chi cục TĐC, đã hoàn thành.',
              '- Hệ thống quản lý chất lượng: phường đang xây dựng lại hệ thống quản lý chất lượng sau sắp xếp, dự kiến công bố trong tháng 12/2026.',
              '- Kiểm tra đo lường tại chợ: phường phối hợp với Chi cục TĐC kiểm tra 01 cuộc/26 hộ kinh doanh tại chợ Vũng Tàu và chợ Xóm Lưới, phát hiện 04 trường hợp sử dụng cân sai số vượt giới hạn cho phép, phạt 6.000.000 đồng; phường đang tiếp tục theo dõi, kiểm tra.'],
             dif, pro, 'Nguyễn Quốc Bảo')
    key(fn, '26506', 'Phường Vũng Tàu', '402/BC-UBND', '2026-11-10', [
        E('II.1.a', 'in_progress', 'Phát 24 tin về quy định đo lường, ghi nhãn', communications=24),
        E('II.1.b', 'not_applicable', 'Không phát sinh doanh nghiệp đăng ký tham dự GTCLQG'),
        E('II.3.a', 'completed', 'Cử 02 công chức tham dự lớp tập huấn', participants=2),
        E('II.2.đ', 'in_progress', 'Đang xây dựng lại HTQLCL, dự kiến công bố tháng 12/2026'),
        E('II.5.c', 'in_progress', 'Kiểm tra 01 cuộc/26 hộ kinh doanh, 04 trường hợp vi phạm, phạt 6.000.000 đồng', inspections=1, establishments_inspected=26, violations=4, fines_vnd=6000000),
    ], dif, pro)


def f_cholon():
    fn = 'cholon_bc_ct38_2026.docx'
    dif = ['Kết quả thử nghiệm mẫu trả về chậm nên phường chưa có căn cứ xử lý các cơ sở kinh doanh.']
    pro = ['Đề nghị Chi cục TĐC thông báo kết quả thử nghiệm mẫu cho phường trước ngày 30/11/2026.']
    ward_doc(fn, 'Phường Chợ Lớn', 'Số: 275/BC-UBND', 'Chợ Lớn', 'ngày 04 tháng 11 năm 2026',
             'Thực hiện văn bản của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Chợ Lớn báo cáo như sau:',
             ['- Tuyên truyền, phổ biến: phường tổ chức 02 hội nghị phổ biến pháp luật về chất lượng sản phẩm, hàng hóa cho 130 lượt tiểu thương chợ Bình Tây; đăng 05 tin, bài trên trang thông tin điện tử phường. Đã thực hiện xong.',
              '- Cử 02 công chức tham dự lớp tập huấn của Chi cục TĐC, đã thực hiện xong.',
              '- Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015: phường đang duy trì, cập nhật quy trình sau sắp xếp.',
              '- Phối hợp với Chi cục TĐC kiểm tra 01 cuộc tại 09 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em, lấy 06 mẫu gửi thử nghiệm; hiện phường đang chờ kết quả thử nghiệm để xử lý.'],
             dif, pro, 'Lâm Gia Huy')
    key(fn, '27343', 'Phường Chợ Lớn', '275/BC-UBND', '2026-11-04', [
        E('II.1.a', 'completed', '02 hội nghị phổ biến cho 130 lượt tiểu thương; 05 tin, bài', training_courses=2, participants=130, communications=5),
        E('II.3.a', 'completed', 'Cử 02 công chức tham dự lớp tập huấn', participants=2),
        E('II.2.đ', 'in_progress', 'Đang duy trì HTQLCL, cập nhật quy trình'),
        E('II.5.c', 'in_progress', 'Kiểm tra 01 cuộc tại 09 cơ sở, lấy 06 mẫu; đang chờ kết quả', inspections=1, establishments_inspected=9, samples_tested=6),
    ], dif, pro)


# =============================================================== HAND C (Hương, Excel)
# Flat sheet "BC CT38": merged title rows, columns "Mã NV | Nội dung | Vai trò (CT/PH) |
# Kết quả | Tình trạng | Ghi chú"; Mã NV typed short ("4.a", "2.g; 4.c", "2.h + 2.i");
# status codes Xong / Đang làm / Chưa làm / KPS with a legend line under the table;
# difficulties and proposals in two merged rows at the bottom.
thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def xl_c(fn, unit_upper, parent, so, date_txt, title, rows, dif, pro, signer):
    wb = Workbook(); ws = wb.active; ws.title = 'BC CT38'
    ws['A1'] = parent; ws['A2'] = unit_upper; ws['A3'] = so
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'; ws['E3'] = date_txt
    for c in ('A2', 'E1', 'E2'): ws[c].font = Font(bold=True)
    ws['E3'].font = Font(italic=True)
    ws.merge_cells('A1:C1'); ws.merge_cells('A2:C2'); ws.merge_cells('A3:C3')
    ws.merge_cells('E1:G1'); ws.merge_cells('E2:G2'); ws.merge_cells('E3:G3')
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws.merge_cells('A5:G5')
    ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    hdr = ['STT', 'Mã NV', 'Nội dung', 'Vai trò', 'Kết quả', 'Tình trạng', 'Ghi chú']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=7, column=j, value=h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill('solid', fgColor='D9E1F2'); c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = 8
    for i, row in enumerate(rows, 1):
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
        r += 1
    ws.cell(row=r, column=1, value='Ghi chú: Vai trò CT = chủ trì, PH = phối hợp; Tình trạng: Xong = đã hoàn thành, Đang làm = đang thực hiện, Chưa làm = chưa thực hiện, KPS = không phát sinh.').font = Font(italic=True, size=10)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    r += 2
    ws.cell(row=r, column=1, value='Khó khăn, vướng mắc:').font = Font(bold=True)
    ws.cell(row=r, column=3, value='\n'.join('- ' + x for x in dif)).alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.row_dimensions[r].height = 18 * max(1, len(dif))
    r += 1
    ws.cell(row=r, column=1, value='Đề xuất, kiến nghị:').font = Font(bold=True)
    ws.cell(row=r, column=3, value='\n'.join('- ' + x for x in pro)).alignment = Alignment(wrap_text=True)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.row_dimensions[r].height = 18 * max(1, len(pro))
    r += 2
    ws.cell(row=r, column=5, value='THỦ TRƯỞNG ĐƠN VỊ').font = Font(bold=True)
    ws.cell(row=r + 4, column=5, value=signer).font = Font(bold=True)
    for col, w in zip('ABCDEFG', [5, 10, 38, 9, 48, 12, 22]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = 'landscape'
    wb.save(os.path.join(OUT, fn))


def f_ttpttn():
    fn = 'TTPTTN-BC-CT38-2026.xlsx'
    dif = ['Một số thiết bị thử nghiệm nhập khẩu giao hàng chậm, ảnh hưởng tiến độ giải ngân.']
    pro = ['Đề nghị Sở cho phép điều chỉnh thời gian thực hiện gói mua sắm thiết bị sang Quý I/2027.',
           'Đề nghị Chi cục chia sẻ kế hoạch lấy mẫu năm 2027 để Trung tâm chủ động nhân lực thử nghiệm.']
    xl_c(fn, 'TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG TP.HCM', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
         'Số: 318/BC-TTPTTN', 'TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026',
         'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
         [('4.a', 'Đầu tư, hiện đại hóa trang thiết bị phòng thử nghiệm', 'CT', 'Đã mua sắm, lắp đặt 09 thiết bị thử nghiệm; giải ngân 3,85 tỷ đồng/4,2 tỷ đồng dự toán', 'Đang làm', 'Còn 02 gói thầu'),
          ('2.g; 4.c', 'Mở rộng dịch vụ kiểm định, hiệu chuẩn; duy trì chuẩn đo lường chính', 'PH', 'Phối hợp với Chi cục TĐC: kiểm định, hiệu chuẩn, thử nghiệm 52.318 phương tiện đo cho tổ chức, cá nhân; hiệu chuẩn 05 chuẩn đo lường chính của Chi cục', 'Đang làm', ''),
          ('2.a', 'Hỗ trợ doanh nghiệp về đo lường (Đề án 996)', 'PH', 'Phối hợp với Chi cục TĐC tư vấn, hỗ trợ 08 doanh nghiệp xây dựng hệ thống quản lý đo lường', 'Xong', ''),
          ('5.b', 'Thử nghiệm mẫu khảo sát chất lượng', 'PH', 'Thử nghiệm 64 mẫu do Chi cục lấy khảo sát, đã trả kết quả', 'Xong', ''),
          ('3.d', 'Đào tạo, thực hành cho sinh viên', 'PH', 'Tổ chức 02 lớp thực hành thử nghiệm cho 58 sinh viên', 'Đang làm', 'Còn 01 lớp T11'),
          ('1.a', 'Lớp tập huấn văn bản pháp luật', 'PH', 'Cử 03 báo cáo viên cho lớp tập huấn của Chi cục', 'Xong', '')],
         dif, pro, 'Phan Thị Thu Hà')
    key(fn, 'SKHCN-TTPTTN', 'Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh', '318/BC-TTPTTN', '2026-10-29', [
        E('II.4.a', 'in_progress', 'Mua sắm 09 thiết bị; giải ngân 3,85 tỷ đồng', budget_spent_vnd=3850000000),
        E('II.2.g', 'in_progress', 'Kiểm định, hiệu chuẩn, thử nghiệm 52.318 phương tiện đo', instruments_verified=52318),
        E('II.4.c', 'in_progress', 'Hiệu chuẩn 05 chuẩn đo lường chính của Chi cục', instruments_verified=5),
        E('II.2.a', 'completed', 'Tư vấn, hỗ trợ 08 doanh nghiệp', enterprises_supported=8),
        E('II.5.b', 'completed', 'Thử nghiệm 64 mẫu', samples_tested=64),
        E('II.3.d', 'in_progress', '02 lớp thực hành cho 58 sinh viên', training_courses=2, participants=58),
        E('II.1.a', 'completed', 'Cử 03 báo cáo viên'),
    ], dif, pro)


def f_vpso():
    fn = 'VPS_TongHop_CT38_2026.xlsx'
    dif = ['Văn phòng Sở cùng lúc thực hiện nhiều đầu việc, nhân sự phụ trách ISO thay đổi trong năm.']
    pro = ['Đề nghị Chi cục hỗ trợ đánh giá nội bộ hệ thống quản lý chất lượng của Sở trong tháng 11/2026.']
    xl_c(fn, 'VĂN PHÒNG SỞ', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', 'Số: 77/BC-VP', 'TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026',
         'KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 CỦA VĂN PHÒNG SỞ',
         [('2.đ', 'Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở', 'PH', 'Rà soát, cập nhật 45 quy trình nội bộ; phối hợp với Chi cục tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 32 học viên', 'Đang làm', ''),
          ('2.h + 2.i', 'Kết nối hệ thống TTHC với Cổng một cửa quốc gia; CSDL quốc gia về TĐC', 'PH', 'Phối hợp với Chi cục, Phòng Chuyển đổi số cấu hình kết nối, cấp tài khoản; chuẩn hóa danh mục thủ tục hành chính', 'Xong', 'Phần việc của VP'),
          ('4.a', 'Bố trí kinh phí đầu tư thiết bị cho Trung tâm', 'PH', 'Thẩm định dự toán, trình phê duyệt bố trí 4,2 tỷ đồng', 'Xong', ''),
          ('5.d', 'Tiếp nhận, xử lý đơn thư, tố giác vi phạm', 'PH', 'Không phát sinh', 'KPS', ''),
          ('1.b', 'Tuyên truyền Giải thưởng Chất lượng Quốc gia', 'PH', 'Đăng 03 tin trên Cổng thông tin điện tử của Sở', 'Xong', '')],
         dif, pro, 'Bùi Thanh Tâm')
    key(fn, 'SKHCN-VP', 'Văn phòng Sở Khoa học và Công nghệ', '77/BC-VP', '2026-10-27', [
        E('II.2.đ', 'in_progress', 'Cập nhật 45 quy trình; 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 32 học viên', training_courses=1, participants=32),
        E('II.2.h', 'completed', 'Phối hợp cấu hình kết nối, cấp tài khoản (phần việc của VP)'),
        E('II.2.i', 'completed', 'Chuẩn hóa danh mục thủ tục hành chính (phần việc của VP)'),
        E('II.4.a', 'completed', 'Thẩm định dự toán, bố trí 4,2 tỷ đồng'),
        E('II.5.d', 'not_applicable', 'Không phát sinh'),
        E('II.1.b', 'completed', 'Đăng 03 tin', communications=3),
    ], dif, pro)


def f_sct():
    fn = 'SoCongThuong_BC3456_CT38.xlsx'
    dif = ['Nhiều cửa hàng xăng dầu thay đổi chủ sở hữu, hồ sơ pháp lý chưa cập nhật kịp.',
           'Kinh phí lấy mẫu thử nghiệm xăng dầu còn hạn chế.']
    pro = ['Đề nghị Sở Khoa học và Công nghệ bố trí kinh phí thử nghiệm mẫu xăng dầu cho các đoàn kiểm tra liên ngành năm 2027.']
    xl_c(fn, 'SỞ CÔNG THƯƠNG', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Số: 3456/BC-SCT', 'TP. Hồ Chí Minh, ngày 31 tháng 10 năm 2026',
         'KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026',
         [('5.a; 5.b', 'Phối hợp kiểm tra, khảo sát chất lượng xăng dầu, khí LPG', 'PH', 'Phối hợp với Chi cục TĐC: tổng cộng 12 cuộc kiểm tra đo lường và chất lượng tại 85 cửa hàng; lấy 20 mẫu xăng dầu khảo sát; 07 cơ sở vi phạm, phạt 96,5 triệu đồng', 'Đang làm', 'Đợt cao điểm Tết 2027 chưa tính'),
          ('2.d', 'Hỗ trợ doanh nghiệp công nghiệp hỗ trợ áp dụng hệ thống quản lý', 'PH', 'Hỗ trợ 15 doanh nghiệp', 'Đang làm', ''),
          ('2.e', 'Góp ý quy chuẩn kỹ thuật lĩnh vực công thương', 'PH', 'Góp ý 02 dự thảo QCVN', 'Xong', ''),
          ('3.a', 'Cử công chức tham dự tập huấn nghiệp vụ', 'PH', '08 lượt công chức', 'Xong', ''),
          ('1.a', 'Tọa đàm với doanh nghiệp nhập khẩu', 'PH', 'Phối hợp với Chi cục tổ chức 01 hội nghị, 60 đại biểu doanh nghiệp tham dự', 'Xong', '')],
         dif, pro, 'Bùi Tá Hoàng Vũ')
    key(fn, 'SO-CT', 'Sở Công Thương', '3456/BC-SCT', '2026-10-31', [
        E('II.5.a', 'in_progress', 'Tổng cộng 12 cuộc kiểm tra đo lường và chất lượng tại 85 cửa hàng; 07 cơ sở vi phạm, phạt 96,5 triệu đồng', inspections=12, establishments_inspected=85, violations=7, fines_vnd=96500000),
        E('II.5.b', 'in_progress', 'Lấy 20 mẫu xăng dầu khảo sát', samples_tested=20),
        E('II.2.d', 'in_progress', 'Hỗ trợ 15 doanh nghiệp', enterprises_supported=15),
        E('II.2.e', 'completed', 'Góp ý 02 dự thảo QCVN', standards_reviewed=2),
        E('II.3.a', 'completed', '08 lượt công chức', participants=8),
        E('II.1.a', 'completed', '01 hội nghị, 60 đại biểu', training_courses=1, participants=60),
    ], dif, pro)


def f_snnmt():
    fn = 'SNNMT-8812-CT38-2026.xlsx'
    dif = ['Hợp tác xã quy mô nhỏ chưa đủ điều kiện hạ tầng để áp dụng truy xuất nguồn gốc điện tử.']
    pro = ['Đề nghị Chi cục TĐC mở lớp tập huấn bổ sung cho công chức Sở vào Quý I/2027.']
    xl_c(fn, 'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Số: 8812/BC-SNNMT', 'TP. Hồ Chí Minh, ngày 30 tháng 10 năm 2026',
         'BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38/2026',
         [('2.a', 'Truy xuất nguồn gốc nông sản (Đề án 100)', 'PH', 'Hỗ trợ 22 hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc; kinh phí đã sử dụng 350 triệu đồng', 'Đang làm', ''),
          ('2.e', 'Góp ý quy chuẩn kỹ thuật nông nghiệp, môi trường', 'PH', 'Góp ý 05 dự thảo QCVN', 'Xong', ''),
          ('5.a', 'Phối hợp kiểm tra chất lượng phân bón', 'PH', '03 cuộc, 27 cơ sở, lấy 15 mẫu, 04 cơ sở vi phạm, phạt 48.000.000 đồng', 'Đang làm', ''),
          ('3.a', 'Cử công chức tham dự tập huấn', 'PH', 'Chưa cử được do trùng lịch công tác', 'Chưa làm', ''),
          ('6.a', 'Thông tin về biện pháp SPS/TBT của thị trường nhập khẩu', 'PH', 'Thông báo 04 biện pháp mới tới doanh nghiệp xuất khẩu', 'Xong', '')],
         dif, pro, 'Trần Văn Thuận')
    key(fn, 'SO-NNMT', 'Sở Nông nghiệp và Môi trường', '8812/BC-SNNMT', '2026-10-30', [
        E('II.2.a', 'in_progress', 'Hỗ trợ 22 HTX, DN; kinh phí 350 triệu đồng', enterprises_supported=22, budget_spent_vnd=350000000),
        E('II.2.e', 'completed', 'Góp ý 05 dự thảo QCVN', standards_reviewed=5),
        E('II.5.a', 'in_progress', '03 cuộc, 27 cơ sở, 15 mẫu, 04 vi phạm, 48.000.000 đồng', inspections=3, establishments_inspected=27, samples_tested=15, violations=4, fines_vnd=48000000),
        E('II.3.a', 'not_started', 'Chưa cử được do trùng lịch'),
        E('II.6.a', 'completed', 'Thông báo 04 biện pháp SPS/TBT', communications=4),
    ], dif, pro)


def f_sxd():
    fn = 'SXD_bc_ct38_2026.xlsx'
    dif = ['Chưa có phòng thử nghiệm vật liệu xây dựng được chỉ định tại một số khu vực ngoại thành.']
    pro = ['Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng quy chuẩn kỹ thuật địa phương về vật liệu xây dựng tái chế.']
    xl_c(fn, 'SỞ XÂY DỰNG', 'ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH', 'Số: 9021/BC-SXD', 'TP. Hồ Chí Minh, ngày 02 tháng 11 năm 2026',
         'KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG PHỐI HỢP - KẾ HOẠCH CT38 NĂM 2026',
         [('2.e', 'Góp ý, xây dựng quy chuẩn vật liệu xây dựng', 'PH', '04 quy chuẩn (03 QCVN góp ý, 01 QCĐP đang soạn thảo)', 'Đang làm', ''),
          ('5.a', 'Phối hợp kiểm tra chất lượng vật liệu xây dựng', 'PH', '02 cuộc / 18 cơ sở / 01 vi phạm / 15.000.000 đ', 'Đang làm', ''),
          ('2.đ', 'Hệ thống quản lý chất lượng tại Sở', 'PH', 'Đã chuyển đổi sang hệ thống quản lý chất lượng điện tử', 'Xong', ''),
          ('3.a', 'Tập huấn nghiệp vụ', 'PH', '05 lượt công chức tham dự', 'Xong', '')],
         dif, pro, 'Trần Hoàng Quân')
    key(fn, 'SO-XD', 'Sở Xây dựng', '9021/BC-SXD', '2026-11-02', [
        E('II.2.e', 'in_progress', '04 quy chuẩn (03 QCVN góp ý, 01 QCĐP)', standards_reviewed=4),
        E('II.5.a', 'in_progress', '02 cuộc / 18 cơ sở / 01 vi phạm / 15.000.000 đ', inspections=2, establishments_inspected=18, violations=1, fines_vnd=15000000),
        E('II.2.đ', 'completed', 'Đã chuyển đổi sang HTQLCL điện tử'),
        E('II.3.a', 'completed', '05 lượt công chức', participants=5),
    ], dif, pro)


# =============================================================== HAND E (commune Excel)
# Commune officer's sheet "BaoCao": header typed in column A rows, table
# "Việc theo KH | Xã đã làm | Con số | Đơn vị cùng làm | Xong chưa?" with task refs like
# "1a + 3a" (no dots), figures "Noun: n ; Noun: n", answers "Xong / Chưa xong / Chưa làm /
# Không có"; difficulties and proposals as rows labelled KK1, KK2, ĐX1 in column A.

def xl_e(fn, lines_head, rows, dif, pro, sheet='BaoCao', extra_header=None):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    r = 1
    for ln in lines_head:
        ws.cell(row=r, column=1, value=ln); r += 1
    r += 1
    hdr = extra_header or ['Việc theo KH', 'Xã đã làm', 'Con số', 'Đơn vị cùng làm', 'Xong chưa?']
    for j, h in enumerate(hdr, 1):
        c = ws.cell(row=r, column=j, value=h); c.font = Font(bold=True); c.border = BOX
    r += 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(row=r, column=j, value=v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    for i, x in enumerate(dif, 1):
        ws.cell(row=r, column=1, value=f'KK{i}'); ws.cell(row=r, column=2, value=x); r += 1
    for i, x in enumerate(pro, 1):
        ws.cell(row=r, column=1, value=f'ĐX{i}'); ws.cell(row=r, column=2, value=x); r += 1
    for col, w in zip('ABCDE', [16, 55, 40, 22, 14]):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))


def f_binhchanh():
    fn = 'XaBinhChanh_BC_TDC_T11.2026.xlsx'
    dif = ['Xã chưa có công chức chuyên trách, việc kiểm tra phải chờ Chi cục bố trí lịch.']
    pro = ['Đề nghị Chi cục TĐC hướng dẫn xã mẫu biên bản kiểm tra đo lường xăng dầu.',
           'Đề nghị Sở hỗ trợ kinh phí in tài liệu tuyên truyền cho hộ kinh doanh.']
    xl_e(fn, ['UBND XÃ BÌNH CHÁNH', 'Số: 512/BC-UBND', 'Bình Chánh, ngày 07 tháng 11 năm 2026',
              'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 CỦA SỞ KH&CN (phần việc của xã)'],
         [('1a + 3a', 'Hội nghị tuyên truyền pháp luật TĐC kết hợp tập huấn cho công chức xã và hộ kinh doanh', 'Hội nghị: 1 ; Người dự: 95', 'Chi cục TĐC', 'Xong'),
          ('5c', 'Kiểm tra đo lường, chất lượng xăng dầu trên địa bàn xã', 'Cuộc: 2 ; Cơ sở: 11 ; Vi phạm: 1 ; Phạt: 12.500.000', 'Chi cục TĐC, Công an xã', 'Chưa xong'),
          ('2đ', 'Áp dụng ISO 9001 tại UBND xã', 'Đã công bố lại sau sắp xếp', '', 'Xong'),
          ('1b', 'Giải thưởng Chất lượng Quốc gia', 'Không có doanh nghiệp tham gia', '', 'Không có')],
         dif, pro)
    key(fn, '27637', 'Xã Bình Chánh', '512/BC-UBND', '2026-11-07', [
        E('II.1.a', 'completed', 'Hội nghị tuyên truyền kết hợp tập huấn: Hội nghị: 1 ; Người dự: 95', training_courses=1, participants=95),
        E('II.3.a', 'completed', 'Hội nghị tuyên truyền kết hợp tập huấn: Hội nghị: 1 ; Người dự: 95', training_courses=1, participants=95),
        E('II.5.c', 'in_progress', 'Cuộc: 2 ; Cơ sở: 11 ; Vi phạm: 1 ; Phạt: 12.500.000', inspections=2, establishments_inspected=11, violations=1, fines_vnd=12500000),
        E('II.2.đ', 'completed', 'Đã công bố lại HTQLCL sau sắp xếp'),
        E('II.1.b', 'not_applicable', 'Không có doanh nghiệp tham gia'),
    ], dif, pro)


def f_cuchi():
    fn = 'CuChi-bc-ct38.xlsx'
    dif = ['Nhiều hộ kinh doanh tại chợ sử dụng cân chưa kiểm định, khó xử lý triệt để.',
           'Xã chưa bố trí được kinh phí thuê tư vấn xây dựng ISO.']
    pro = ['Đề nghị Chi cục TĐC tổ chức kiểm định cân miễn phí tại chợ Củ Chi.']
    xl_e(fn, ['ỦY BAN NHÂN DÂN XÃ CỦ CHI', 'Số: 640/BC-UBND', 'Củ Chi, ngày 12 tháng 11 năm 2026',
              'Báo cáo kết quả công tác tiêu chuẩn đo lường chất lượng theo KH Chỉ thị 38 năm 2026'],
         [('1a', 'Tuyên truyền trên loa truyền thanh, nhóm Zalo ấp', 'Tin bài: 18', '', 'Xong'),
          ('3a', 'Cử công chức đi tập huấn của Chi cục', 'Lượt: 2', 'Chi cục TĐC', 'Xong'),
          ('5c', 'Kiểm tra đo lường tại chợ Củ Chi', 'Cuộc: 1 ; Cơ sở: 32 ; Vi phạm: 3 ; Phạt: 4.500.000', 'Chi cục TĐC', 'Chưa xong'),
          ('2đ', 'Xây dựng ISO 9001 tại UBND xã', '', '', 'Chưa làm')],
         dif, pro)
    key(fn, '27553', 'Xã Củ Chi', '640/BC-UBND', '2026-11-12', [
        E('II.1.a', 'completed', 'Tin bài: 18', communications=18),
        E('II.3.a', 'completed', 'Lượt: 2', participants=2),
        E('II.5.c', 'in_progress', 'Cuộc: 1 ; Cơ sở: 32 ; Vi phạm: 3 ; Phạt: 4.500.000', inspections=1, establishments_inspected=32, violations=3, fines_vnd=4500000),
        E('II.2.đ', 'not_started', 'Xây dựng ISO 9001 tại UBND xã: Chưa làm'),
    ], dif, pro)


def f_ttcntt():  # mistaken
    fn = 'TTCNTT_BC_CDS_2026.xlsx'
    xl_e(fn, ['TRUNG TÂM CÔNG NGHỆ THÔNG TIN VÀ ĐỊA KHÔNG GIAN TP.HCM', 'Số: 131/BC-TTCNTT', 'TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026',
              'Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số của Sở Khoa học và Công nghệ năm 2026'],
         [('1a', 'Nâng cấp hạ tầng máy chủ, sao lưu dữ liệu', 'Máy chủ: 6', 'Văn phòng Sở', 'Xong'),
          ('2b', 'Cập nhật bản đồ nền địa không gian dùng chung', 'Lớp dữ liệu: 14', 'Phòng CĐS', 'Chưa xong'),
          ('3c', 'Tập huấn kỹ năng số cho công chức Sở', 'Lớp: 3 ; Người dự: 120', '', 'Xong')],
         ['Thiếu nhân lực an toàn thông tin.'], ['Đề nghị bổ sung kinh phí thuê dịch vụ giám sát an toàn thông tin.'],
         extra_header=['Việc theo KH', 'Đơn vị đã làm', 'Con số', 'Đơn vị cùng làm', 'Xong chưa?'])
    key(fn, 'SKHCN-TTCNTT', 'Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh', '131/BC-TTCNTT', '2026-10-28', [],
        status='rejected', reason='Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2026, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).')


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(fn, fmt):
    src = os.path.join(OUT, fn)
    tmp = tempfile.mkdtemp()
    subprocess.run(['soffice', '--headless', '--convert-to', fmt, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fn), src)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == '__main__':
    for f in [f_cctdc, f_qlkh, f_cds, f_ktpc, f_syt, f_attp, f_benthanh, f_vungtau, f_cholon,
              f_ttpttn, f_vpso, f_sct, f_snnmt, f_sxd, f_binhchanh, f_cuchi, f_ttcntt]:
        f()
    lo_resave('cholon_bc_ct38_2026.docx', 'docx')
    lo_resave('SXD_bc_ct38_2026.xlsx', 'xlsx')
    for fn, k in KEYS.items():
        with open(os.path.join(OUT, fn), 'rb') as fh:
            k['sha256'] = hashlib.sha256(fh.read()).hexdigest()
        with open(os.path.join(TRUTH, fn + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), 'files')
