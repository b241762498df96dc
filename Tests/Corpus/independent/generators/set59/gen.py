# -*- coding: utf-8 -*-
"""Generator for set59: ward/commune/special-zone reports in four plain hands."""
import json, os, hashlib, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
KEYS = []   # (fname, key dict)

def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS.append((fname, {"file": fname, "sha256": None, "status": status, "reason": reason,
                         "unit": {"id": unit_id, "name": unit_name},
                         "document": {"number": number, "date": date},
                         "entries": entries, "findings": [],
                         "difficulties": diffs, "proposals": props}))

# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def cell_lines(cell, lines, bold_idx=(), italic_idx=(), center=True, size=None):
    cell.text = ''
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln)
        r.bold = i in bold_idx; r.italic = i in italic_idx
        if size: r.font.size = Pt(size)

def header(d, left, right, widths=(6.5, 9.5)):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left[0], bold_idx=left[1], size=12)
    cell_lines(t.cell(0, 1), right[0], bold_idx=right[1], italic_idx=right[2], size=12)
    for i, w in enumerate(widths):
        t.cell(0, i).width = Cm(w)

def para(d, text, bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = d.add_paragraph()
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != 'c':
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    return p

def runs(d, parts, indent=True):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    for txt, fmt in parts:
        r = p.add_run(txt); r.bold = 'b' in fmt; r.italic = 'i' in fmt; r.underline = 'u' in fmt
    return p

def signature(d, noi_nhan, sign_lines, signer):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0); c.text = ''
    p = c.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(11)
    for ln in noi_nhan:
        q = c.add_paragraph(); rr = q.add_run(ln); rr.font.size = Pt(10)
    cell_lines(t.cell(0, 1), sign_lines + ['', '', '', signer], bold_idx=tuple(range(len(sign_lines))) + (len(sign_lines) + 3,), size=12)

# ============================================================ HAND H1 (DOCX)
# Chị Ngọc Hân, công chức Văn hóa – Xã hội kiêm theo dõi CT38, phường nội thành.
# Results grouped by audience ("Đối với hộ kinh doanh…", "Đối với doanh nghiệp…",
# "Đối với cán bộ, công chức phường…", "Đối với người dân…"), tasks never headed;
# status in colloquial clauses ("đã làm xong", "vẫn đang làm", "chưa làm được");
# closing "HẠN CHẾ VÀ NGUYÊN NHÂN" whose first lines are the difficulties.

def h1_doc(fname, uname_upper, uname, so, place_date, title2, intro, groups, han_che, nguyen_nhan, kien_nghi, signer, chu_tich="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"):
    d = new_doc()
    header(d, ([ 'ỦY BAN NHÂN DÂN', uname_upper, '______', 'Số: ' + so], (0, 1)),
              (['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '______________', place_date], (0, 1), (3,)))
    para(d, '')
    para(d, 'BÁO CÁO', bold=True, align='c', size=14)
    para(d, title2, bold=True, align='c')
    para(d, '')
    para(d, intro)
    para(d, 'I. KẾT QUẢ THỰC HIỆN', bold=True, indent=True)
    for i, (gtitle, paras) in enumerate(groups, 1):
        para(d, f'{i}. {gtitle}', bold=True)
        for t in paras:
            para(d, t)
    para(d, 'II. HẠN CHẾ VÀ NGUYÊN NHÂN', bold=True)
    for t in han_che:
        para(d, '- ' + t)
    para(d, nguyen_nhan)
    para(d, 'III. KIẾN NGHỊ', bold=True)
    for t in kien_nghi:
        para(d, '- ' + t)
    para(d, f'Trên đây là báo cáo của Ủy ban nhân dân {uname}./.')
    signature(d, ['- Sở Khoa học và Công nghệ;', '- Chi cục TĐC;', '- TT. Đảng ủy phường;', '- Lưu: VT, VHXH.'],
              chu_tich.split('\n'), signer)
    d.save(os.path.join(OUT, fname))

INTRO_H1 = ('Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW '
            'của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026, '
            'Ủy ban nhân dân {u} báo cáo kết quả thực hiện như sau:')

# --- F1 Bến Thành
f = 'ubnd-p-ben-thanh-bc-ct38-2026.docx'
g1 = [
 ('Đối với hộ kinh doanh, tiểu thương tại các chợ (chợ Bến Thành, chợ Thái Bình):', [
  'Phường phối hợp Ban Quản lý chợ tổ chức 03 buổi hội nghị tuyên truyền quy định về đo lường trong mua bán, ghi nhãn hàng hóa, có 215 lượt tiểu thương tham dự; phát 400 tờ rơi hướng dẫn sử dụng cân đúng quy định. Việc tuyên truyền cho tiểu thương phường đã làm xong trong quý III.',
  'Cùng với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra cân tại chợ 02 cuộc, kiểm tra 46 quầy sạp, phát hiện 05 trường hợp cân sai, lập biên bản xử phạt với tổng số tiền 7.500.000 đồng; đồng thời kiểm định lại 02 cân đối chứng đặt tại cổng chợ. Việc kiểm tra ở chợ vẫn đang làm, cuối năm phường sẽ kiểm tra tiếp đợt Tết.']),
 ('Đối với doanh nghiệp trên địa bàn:', [
  'Bộ phận Kinh tế hướng dẫn 14 doanh nghiệp, chủ yếu kinh doanh thực phẩm đóng gói và mỹ phẩm, về thủ tục tự công bố sản phẩm, công bố hợp quy. Việc này vẫn đang làm thường xuyên khi doanh nghiệp có nhu cầu.',
  'Phường gửi thư mời, vận động 06 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia năm 2026; đến hạn chưa có doanh nghiệp nào nộp hồ sơ. Đợt vận động này phường đã làm xong.']),
 ('Đối với cán bộ, công chức phường:', [
  'Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 của phường đang được rà soát lại sau khi sắp xếp bộ máy, đã cập nhật 38 quy trình giải quyết thủ tục hành chính; việc rà soát vẫn đang làm, chưa xong.',
  'Phường đã cử 03 công chức tham gia lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức trong tháng 8; việc này đã xong.']),
 ('Đối với người dân:', [
  'Phường duy trì đường dây nóng tiếp nhận phản ánh về cân thiếu, hàng kém chất lượng. Trong kỳ không phát sinh phản ánh, tố giác nào nên chưa có trường hợp khen thưởng hay phải bảo vệ người tố giác.']),
]
hc1 = ['Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Kinh tế kiêm nhiệm nhiều việc.',
       'Tiểu thương thay đổi thường xuyên, nhiều người chưa quan tâm đến quy định về cân đối chứng.']
kn1 = ['Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ kiểm định miễn phí cân đối chứng tại các chợ trên địa bàn phường.',
       'Đề nghị Sở cung cấp thêm tờ rơi, tài liệu tuyên truyền mẫu về đo lường trong kinh doanh.']
h1_doc(f, 'PHƯỜNG BẾN THÀNH', 'phường Bến Thành', '412/BC-UBND', 'Phường Bến Thành, ngày 27 tháng 10 năm 2026',
       'Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường',
       INTRO_H1.format(u='phường Bến Thành'), g1, hc1,
       'Nguyên nhân chủ yếu là do khối lượng công việc sau sắp xếp lớn, kinh phí cho công tác này chưa được bố trí riêng.', kn1, 'Lê Thị Thu Vân')
key(f, '26743', 'Phường Bến Thành', '412/BC-UBND', '2026-10-27', [
  E('II.1.a', 'completed', g1[0][1][0], training_courses=3, participants=215, communications=400),
  E('II.5.c', 'in_progress', g1[0][1][1], inspections=2, establishments_inspected=46, violations=5, fines_vnd=7500000, instruments_verified=2),
  E('II.2.d', 'in_progress', g1[1][1][0], enterprises_supported=14),
  E('II.1.b', 'completed', g1[1][1][1], enterprises_supported=6),
  E('II.2.đ', 'in_progress', g1[2][1][0]),
  E('II.3.a', 'completed', g1[2][1][1], participants=3),
  E('II.5.d', 'not_applicable', g1[3][1][0]),
 ], hc1, kn1)

# --- F2 Bàn Cờ
f = 'bao-cao-ct38-phuong-ban-co.docx'
g2 = [
 ('Đối với hộ kinh doanh nhỏ lẻ trên các tuyến đường:', [
  'Phường đăng 05 tin bài về quy định đo lường, nhãn hàng hóa trên trang thông tin điện tử và nhóm Zalo các khu phố, treo băng rôn tại trụ sở. Phần tuyên truyền năm nay phường đã làm xong.',
  'Phường tham gia 01 cuộc kiểm tra cùng đoàn của Chi cục tại 03 cửa hàng xăng dầu trên đường Cách Mạng Tháng Tám; các cửa hàng đều chấp hành tốt. Việc kiểm tra theo kế hoạch năm đã xong.']),
 ('Đối với doanh nghiệp:', [
  'Phường giới thiệu 04 doanh nghiệp chế biến thực phẩm tham gia chương trình hỗ trợ áp dụng truy xuất nguồn gốc của Chi cục; hiện doanh nghiệp vẫn đang làm hồ sơ, phường tiếp tục theo dõi.']),
 ('Đối với cán bộ, công chức phường:', [
  'Phường đã làm xong việc công bố lại Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 theo Quyết định số 156/QĐ-UBND ngày 12/6/2026.',
  'Về tập huấn nghiệp vụ cho công chức, năm nay phường chưa làm được do chưa nhận được thông báo mở lớp.']),
 ('Đối với người dân:', [
  'Phường tiếp nhận 01 phản ánh của người dân về cân thiếu tại chợ Bàn Cờ, đã chuyển Chi cục xử lý và trả lời người dân; việc này đã xong.']),
]
hc2 = ['Công tác tuyên truyền chủ yếu qua mạng xã hội, chưa tổ chức được hội nghị trực tiếp do thiếu kinh phí.']
kn2 = ['Đề nghị Chi cục thông báo sớm kế hoạch mở lớp tập huấn để phường bố trí công chức tham gia.']
h1_doc(f, 'PHƯỜNG BÀN CỜ', 'phường Bàn Cờ', '287/BC-UBND', 'Bàn Cờ, ngày 30 tháng 10 năm 2026',
       'Tình hình thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026',
       INTRO_H1.format(u='phường Bàn Cờ'), g2, hc2, 'Nguyên nhân: kinh phí năm 2026 chưa bố trí cho nội dung này.', kn2, 'Nguyễn Hoàng Khải')
key(f, '27154', 'Phường Bàn Cờ', '287/BC-UBND', '2026-10-30', [
  E('II.1.a', 'completed', g2[0][1][0], communications=5),
  E('II.5.c', 'completed', g2[0][1][1], inspections=1, establishments_inspected=3),
  E('II.2.a', 'in_progress', g2[1][1][0], enterprises_supported=4),
  E('II.2.đ', 'completed', g2[2][1][0]),
  E('II.3.a', 'not_started', g2[2][1][1]),
  E('II.5.d', 'completed', g2[3][1][0]),
 ], hc2, kn2)

# --- F3 Đức Nhuận (re-saved through LibreOffice later)
f = 'DucNhuan_BC_CT38_nam2026.docx'
g3 = [
 ('Đối với hộ kinh doanh, cơ sở bán lẻ:', [
  'Phường tổ chức 01 hội nghị tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng tại hội trường khu phố 3 với 60 hộ kinh doanh tham dự; đăng 08 tin, bài trên trang của phường. Việc tuyên truyền phường đã làm xong.',
  'Phối hợp Đội quản lý thị trường và Chi cục kiểm tra 03 cuộc tại 21 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, xử phạt 5 triệu đồng. Kế hoạch kiểm tra năm nay đã làm xong.',
  'Phường cũng phối hợp với Chi cục lấy 06 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng; việc lấy mẫu đã xong, đang chờ kết quả thử nghiệm.']),
 ('Đối với cán bộ, công chức phường:', [
  'Việc áp dụng ISO 9001:2015 theo mô hình mới vẫn đang làm, phường đang chờ hướng dẫn của Sở về bộ quy trình dùng chung.',
  'Phường đã cử 02 công chức dự tập huấn nghiệp vụ do Chi cục tổ chức; việc này đã xong.']),
]
hc3 = ['Một số hộ kinh doanh chưa nắm quy định về ghi nhãn, còn bán hàng không có nhãn phụ tiếng Việt.',
       'Phường chưa có trang thiết bị để kiểm tra nhanh chất lượng hàng hóa.']
kn3 = ['Đề nghị Chi cục tiếp tục phối hợp với phường tổ chức kiểm tra các mặt hàng mũ bảo hiểm, đồ chơi trẻ em vào dịp cuối năm.']
h1_doc(f, 'PHƯỜNG ĐỨC NHUẬN', 'phường Đức Nhuận', '198/BC-UBND', 'Đức Nhuận, ngày 26 tháng 10 năm 2026',
       'Kết quả thực hiện nhiệm vụ về tiêu chuẩn, đo lường, chất lượng năm 2026 (Chỉ thị 38-CT/TW)',
       INTRO_H1.format(u='phường Đức Nhuận'), g3, hc3, 'Nguyên nhân là do lực lượng mỏng, chưa được đào tạo chuyên sâu.', kn3, 'Trần Minh Phụng')
key(f, '27043', 'Phường Đức Nhuận', '198/BC-UBND', '2026-10-26', [
  E('II.1.a', 'completed', g3[0][1][0], training_courses=1, participants=60, communications=8),
  E('II.5.c', 'completed', g3[0][1][1], inspections=3, establishments_inspected=21, violations=2, fines_vnd=5000000),
  E('II.5.b', 'completed', g3[0][1][2], samples_tested=6),
  E('II.2.đ', 'in_progress', g3[1][1][0]),
  E('II.3.a', 'completed', g3[1][1][1], participants=2),
 ], hc3, kn3)

# --- F4 Bảy Hiền
f = 'BayHien-baocao-TCDLCL-2026.docx'
g4 = [
 ('Đối với hộ kinh doanh, tiểu thương chợ Bà Hoa, chợ Tân Bình:', [
  'Phường đăng 12 tin bài trên loa truyền thanh và trang Zalo phường về sử dụng cân, phương tiện đo trong mua bán; việc tuyên truyền vẫn đang làm đến cuối năm.',
  'Phường phối hợp kiểm tra 02 đợt mặt hàng mũ bảo hiểm, đồ chơi trẻ em tại 09 cửa hàng, phát hiện 01 cơ sở bán mũ bảo hiểm không có dấu hợp quy, phạt 4.500.000 đồng. Đợt kiểm tra cuối năm chưa tổ chức nên việc này vẫn đang làm.']),
 ('Đối với doanh nghiệp:', [
  'Hướng dẫn 07 doanh nghiệp về công bố hợp chuẩn, hợp quy và ghi nhãn hàng hóa; việc này phường đã làm xong theo kế hoạch.',
  'Phường có chuyển thư mời tham dự Giải thưởng Chất lượng Quốc gia của Chi cục đến các doanh nghiệp trên địa bàn.']),
 ('Đối với người dân:', [
  'Chưa phát sinh trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng.']),
]
hc4 = ['Chợ Bà Hoa đang sửa chữa, tiểu thương di dời tạm nên khó tổ chức tuyên truyền tập trung.']
kn4 = ['Đề nghị Sở hỗ trợ phường tài liệu hướng dẫn kiểm tra mũ bảo hiểm, đồ chơi trẻ em cho công chức phường.',
       'Đề nghị Chi cục phối hợp tổ chức một đợt kiểm tra cân tại chợ Tân Bình trong tháng 12.']
h1_doc(f, 'PHƯỜNG BẢY HIỀN', 'phường Bảy Hiền', '345/BC-UBND', 'Bảy Hiền, ngày 29 tháng 10 năm 2026',
       'Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026',
       INTRO_H1.format(u='phường Bảy Hiền'), g4, hc4, 'Nguyên nhân: do chợ đang thi công và công chức kiêm nhiệm.', kn4, 'Võ Thanh Tâm')
key(f, '26983', 'Phường Bảy Hiền', '345/BC-UBND', '2026-10-29', [
  E('II.1.a', 'in_progress', g4[0][1][0], communications=12),
  E('II.5.c', 'in_progress', g4[0][1][1], inspections=2, establishments_inspected=9, violations=1, fines_vnd=4500000),
  E('II.2.d', 'completed', g4[1][1][0], enterprises_supported=7),
  E('II.1.b', 'unknown', g4[1][1][1]),
  E('II.5.d', 'not_applicable', g4[2][1][0]),
 ], hc4, kn4)

# --- F5 Chợ Lớn (mistaken: phòng chống thiên tai)
f = 'bc-pctt-tkcn-9thang-phuong-cho-lon.docx'
g5 = [
 ('Đối với hộ dân sống ven kênh, nhà trọ:', [
  'Phường rà soát 126 hộ dân sống ven kênh Tàu Hũ, nhà xuống cấp; phổ biến phương án sơ tán khi có mưa lớn, triều cường. Việc rà soát đã làm xong trong tháng 5.']),
 ('Đối với lực lượng xung kích, dân quân:', [
  'Tổ chức 01 buổi diễn tập phòng chống thiên tai và tìm kiếm cứu nạn với 45 người tham gia; kiểm tra, bổ sung phương tiện, dụng cụ cứu hộ. Việc diễn tập đã xong.']),
 ('Đối với người dân:', [
  'Thông tin cảnh báo mưa lớn, triều cường được phát trên loa và nhóm Zalo khu phố; vẫn đang làm thường xuyên trong mùa mưa.']),
]
h1_doc(f, 'PHƯỜNG CHỢ LỚN', 'phường Chợ Lớn', '377/BC-UBND', 'Chợ Lớn, ngày 05 tháng 10 năm 2026',
       'Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026',
       'Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:',
       g5, ['Kinh phí mua sắm phương tiện cứu hộ còn hạn chế.'], 'Nguyên nhân: ngân sách phường chưa bố trí đủ.',
       ['Đề nghị Thành phố hỗ trợ phường thêm áo phao, xuồng cứu hộ.'], 'Phạm Quốc Bảo')
key(f, '27343', 'Phường Chợ Lớn', '377/BC-UBND', '2026-10-05', [], [], [], status='rejected',
    reason='Không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026 gửi nhầm.')

# ============================================================ HAND H3 (DOCX)
# Anh Huỳnh Văn Lợi, công chức Kinh tế (phường/xã cũ Bình Dương, Bà Rịa – Vũng Tàu).
# Numbered bold item titles in his own words; figures on "- Label – 02 cuộc" lines with an
# en dash between label and figure; each item closed by a plain "Đến nay, …" sentence;
# difficulties and proposals paired side by side in one two-column table
# ("Khó khăn, vướng mắc | Kiến nghị, đề xuất tương ứng"), one pair per row.

def h3_doc(fname, uname_upper, uname, so, place_date, items, pairs, signer, nn_extra='Lưu: VT, KT.'):
    d = new_doc(size=14)
    header(d, (['ỦY BAN NHÂN DÂN', uname_upper, '', 'Số: ' + so, 'V/v báo cáo kết quả thực hiện', 'Chỉ thị 38-CT/TW năm 2026'], (0, 1)),
              (['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', place_date], (0, 1), (3,)))
    para(d, '')
    para(d, 'Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.', align='c', indent=False)
    para(d, f'Ủy ban nhân dân {uname} báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn như sau:')
    para(d, '1. Kết quả thực hiện', bold=True)
    for i, (title, body, lines, close) in enumerate(items, 1):
        para(d, f'1.{i}. {title}', bold=True)
        if body:
            para(d, body)
        for lab, val in lines:
            para(d, f'- {lab} – {val}', indent=True)
        para(d, close)
    para(d, '2. Khó khăn, vướng mắc và kiến nghị', bold=True)
    t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
    hdr = ['TT', 'Khó khăn, vướng mắc', 'Kiến nghị, đề xuất tương ứng']
    for j, h in enumerate(hdr):
        cell_lines(t.cell(0, j), [h], bold_idx=(0,), size=12)
    for i, (k, kn) in enumerate(pairs, 1):
        r = t.add_row().cells
        cell_lines(r[0], [str(i)], size=12)
        cell_lines(r[1], [k or '—'], center=False, size=12)
        cell_lines(r[2], [kn or '—'], center=False, size=12)
    for row in t.rows:
        row.cells[0].width = Cm(1.0); row.cells[1].width = Cm(7.5); row.cells[2].width = Cm(7.5)
    para(d, '')
    para(d, f'Ủy ban nhân dân {uname} kính báo cáo./.')
    signature(d, ['- Như trên;', '- Sở KH&CN (b/c);', '- ' + nn_extra], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], signer)
    d.save(os.path.join(OUT, fname))

def itext(it):
    title, body, lines, close = it
    return ' '.join([title + '.', body or ''] + [f'{a} – {b};' for a, b in lines] + [close]).replace('  ', ' ').strip()

# --- F10 Thủ Dầu Một
f = 'cv-bc-ct38-tdm-2026.docx'
it10 = [
 ('Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng',
  'Phường lồng ghép tuyên truyền trong các buổi sinh hoạt khu phố và hội nghị của Hội Doanh nghiệp phường.',
  [('Hội nghị tuyên truyền', '01 hội nghị'), ('Người tham dự', '120 lượt'), ('Tin, bài đăng trên trang phường', '09 tin bài')],
  'Đến nay, nội dung này đã hoàn thành.'),
 ('Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia', None,
  [('Doanh nghiệp được giới thiệu, vận động', '05 doanh nghiệp')],
  'Đến nay, phường vẫn đang tiếp tục vận động các doanh nghiệp đăng ký.'),
 ('Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố chất lượng sản phẩm',
  'Phối hợp Chi cục hướng dẫn doanh nghiệp trong khu dân cư tự công bố sản phẩm, áp dụng ISO 9001, ISO 22000.',
  [('Doanh nghiệp được hướng dẫn', '11 doanh nghiệp')],
  'Đến nay, việc hướng dẫn vẫn đang thực hiện thường xuyên.'),
 ('Duy trì Hệ thống quản lý chất lượng ISO 9001:2015 tại UBND phường',
  'Phường đã ban hành lại danh mục quy trình nội bộ sau sắp xếp và tổ chức đánh giá nội bộ trong tháng 9/2026.',
  [], 'Đến nay, nội dung này đã hoàn thành.'),
 ('Phối hợp kiểm tra tiêu chuẩn, đo lường, chất lượng trên địa bàn', None,
  [('Số cuộc kiểm tra', '04 cuộc'), ('Cơ sở được kiểm tra', '17 cơ sở'), ('Cơ sở vi phạm', '03 cơ sở'), ('Tiền phạt', '12.500.000 đồng')],
  'Đến nay, phường đã hoàn thành kế hoạch kiểm tra năm 2026.'),
]
p10 = [('Công chức phụ trách kiêm nhiệm nhiều lĩnh vực, chưa qua đào tạo chuyên sâu về đo lường.',
        'Đề nghị Chi cục mở lớp tập huấn nghiệp vụ kiểm tra đo lường cho công chức phường, xã.'),
       ('Doanh nghiệp còn e ngại chi phí khi tham gia Giải thưởng Chất lượng Quốc gia.',
        'Đề nghị Sở có chính sách hỗ trợ một phần chi phí tư vấn cho doanh nghiệp nhỏ tham gia Giải thưởng.')]
h3_doc(f, 'PHƯỜNG THỦ DẦU MỘT', 'phường Thủ Dầu Một', '523/UBND-KT', 'Thủ Dầu Một, ngày 22 tháng 10 năm 2026', it10, p10, 'Đỗ Văn Thành')
key(f, '25747', 'Phường Thủ Dầu Một', '523/UBND-KT', '2026-10-22', [
  E('II.1.a', 'completed', itext(it10[0]), training_courses=1, participants=120, communications=9),
  E('II.1.b', 'in_progress', itext(it10[1]), enterprises_supported=5),
  E('II.2.d', 'in_progress', itext(it10[2]), enterprises_supported=11),
  E('II.2.đ', 'completed', itext(it10[3])),
  E('II.5.c', 'completed', itext(it10[4]), inspections=4, establishments_inspected=17, violations=3, fines_vnd=12500000),
 ], [a for a, b in p10 if a], [b for a, b in p10 if b])

# --- F11 Vũng Tàu
f = 'phuong-vung-tau-bao-cao-38.docx'
it11 = [
 ('Thông tin, tuyên truyền', 'Đăng tải trên trang thông tin điện tử phường và phát trên hệ thống loa các khu phố.',
  [('Tin, bài tuyên truyền', '06 tin bài')], 'Đến nay, vẫn đang tiếp tục thực hiện.'),
 ('Kiểm tra xăng dầu, vàng trang sức', 'Phối hợp Chi cục và Đội Quản lý thị trường số 6 kiểm tra các cửa hàng xăng dầu, cơ sở kinh doanh vàng trang sức.',
  [('Đoàn kiểm tra', '02 đoàn'), ('Cơ sở được kiểm tra', '14 cơ sở'), ('Cơ sở vi phạm', '01 cơ sở'), ('Số tiền xử phạt', '6.000.000 đồng')],
  'Đến nay, phường đã hoàn thành các đợt kiểm tra theo kế hoạch.'),
 ('Lấy mẫu khảo sát chất lượng vàng trang sức', None,
  [('Mẫu vàng trang sức được lấy để khảo sát', '05 mẫu')], 'Đến nay, việc khảo sát đã hoàn thành, đã có kết quả thử nghiệm.'),
 ('Cử công chức tham gia tập huấn', None,
  [('Công chức tham dự', '02 người')], 'Đến nay, đã hoàn thành.'),
 ('Tiếp nhận phản ánh, tố giác vi phạm', None, [], 'Đến nay, trên địa bàn không phát sinh.'),
]
p11 = [('Số cửa hàng xăng dầu, vàng bạc trên địa bàn nhiều, lực lượng kiểm tra của phường mỏng.',
        'Đề nghị Chi cục tăng số đợt kiểm tra phối hợp trong quý IV.'),
       ('Chưa có kinh phí riêng cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng.', None)]
h3_doc(f, 'PHƯỜNG VŨNG TÀU', 'phường Vũng Tàu', '611/BC-UBND', 'Vũng Tàu, ngày 29 tháng 10 năm 2026', it11, p11, 'Lâm Thị Hồng Nhung')
key(f, '26506', 'Phường Vũng Tàu', '611/BC-UBND', '2026-10-29', [
  E('II.1.a', 'in_progress', itext(it11[0]), communications=6),
  E('II.5.c', 'completed', itext(it11[1]), inspections=2, establishments_inspected=14, violations=1, fines_vnd=6000000),
  E('II.5.b', 'completed', itext(it11[2]), samples_tested=5),
  E('II.3.a', 'completed', itext(it11[3]), participants=2),
  E('II.5.d', 'not_applicable', itext(it11[4])),
 ], [a for a, b in p11 if a], [b for a, b in p11 if b])

# --- F12 Côn Đảo
f = 'DK-ConDao_BC-CT38.docx'
it12 = [
 ('Tuyên truyền trên hệ thống truyền thanh đặc khu', 'Phát các tin về ghi nhãn hàng hóa, sử dụng cân trong mua bán hải sản tại chợ Côn Đảo.',
  [('Tin phát thanh', '04 tin')], 'Đến nay, nội dung này đã hoàn thành.'),
 ('Phối hợp kiểm tra đo lường, chất lượng hàng hóa', 'Phối hợp đoàn của Chi cục khi ra đảo kiểm tra cân tại chợ và cửa hàng xăng dầu.',
  [('Cuộc kiểm tra', '01 cuộc'), ('Cơ sở được kiểm tra', '05 cơ sở')], 'Đến nay, vẫn đang thực hiện, chờ đợt kiểm tra tiếp theo của Chi cục.'),
 ('Cử cán bộ dự tập huấn về tiêu chuẩn, đo lường, chất lượng', None, [],
  'Đến nay, chưa thực hiện do lịch tàu, máy bay không phù hợp thời gian mở lớp.'),
 ('Áp dụng ISO 9001:2015 tại cơ quan đặc khu', 'Đang xây dựng lại bộ quy trình sau khi thành lập đặc khu.', [],
  'Đến nay, vẫn đang thực hiện.'),
]
p12 = [('Đặc khu cách xa đất liền, đi lại phụ thuộc thời tiết, khó tham gia các lớp tập huấn tại Thành phố.',
        'Đề nghị Chi cục tổ chức tập huấn trực tuyến hoặc mở lớp tại đặc khu.'),
       ('Chưa có đơn vị kiểm định phương tiện đo trên đảo.',
        'Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm bố trí đợt kiểm định cân, cột đo xăng dầu tại Côn Đảo mỗi năm một lần.')]
h3_doc(f, 'ĐẶC KHU CÔN ĐẢO', 'đặc khu Côn Đảo', '95/BC-UBND', 'Côn Đảo, ngày 20 tháng 10 năm 2026', it12, p12, 'Nguyễn Văn Sĩ')
key(f, '26732', 'Đặc khu Côn Đảo', '95/BC-UBND', '2026-10-20', [
  E('II.1.a', 'completed', itext(it12[0]), communications=4),
  E('II.5.c', 'in_progress', itext(it12[1]), inspections=1, establishments_inspected=5),
  E('II.3.a', 'not_started', itext(it12[2])),
  E('II.2.đ', 'in_progress', itext(it12[3])),
 ], [a for a, b in p12 if a], [b for a, b in p12 if b])

# --- F13 Lái Thiêu
f = 'LaiThieu-bao-cao-ket-qua-CT38.docx'
it13 = [
 ('Hội nghị phổ biến quy định về tiêu chuẩn, đo lường, chất lượng', 'Tổ chức tại hội trường UBND phường cho hộ kinh doanh, cơ sở sản xuất.',
  [('Hội nghị', '01 hội nghị'), ('Đại biểu tham dự', '85 người')], 'Đến nay, đã hoàn thành.'),
 ('Hỗ trợ truy xuất nguồn gốc cho cơ sở sản xuất', 'Giới thiệu các cơ sở sản xuất gốm sứ, vườn trái cây Lái Thiêu tham gia chương trình truy xuất nguồn gốc.',
  [('Cơ sở được hỗ trợ', '03 cơ sở')], 'Đến nay, vẫn đang thực hiện.'),
 ('Phối hợp kiểm tra và quản lý cân đối chứng tại chợ', None,
  [('Cuộc kiểm tra', '03 cuộc'), ('Cơ sở được kiểm tra', '12 cơ sở'), ('Trường hợp vi phạm', '02 trường hợp'),
   ('Tiền phạt', '8.250.000 đồng'), ('Cân đối chứng được kiểm định', '03 chiếc')],
  'Đến nay, đã hoàn thành.'),
 ('Giải thưởng Chất lượng Quốc gia', 'Phường đã chuyển thông tin về Giải thưởng Chất lượng Quốc gia năm 2026 đến các doanh nghiệp trên địa bàn qua nhóm Zalo của Hội Doanh nghiệp.',
  [], 'Đến nay, phường chưa nhận được phản hồi của doanh nghiệp.'),
]
p13 = [('Cân đối chứng tại chợ Lái Thiêu hư hỏng, chưa có kinh phí thay mới.',
        'Đề nghị Sở hỗ trợ kinh phí trang bị cân đối chứng cho chợ Lái Thiêu.'),
       ('Cơ sở sản xuất nhỏ lẻ chưa mặn mà với truy xuất nguồn gốc.',
        'Đề nghị Chi cục có chương trình hỗ trợ miễn phí tem truy xuất cho cơ sở nhỏ.')]
h3_doc(f, 'PHƯỜNG LÁI THIÊU', 'phường Lái Thiêu', '407/BC-UBND', 'Lái Thiêu, ngày 27 tháng 10 năm 2026', it13, p13, 'Trương Công Danh')
key(f, '25966', 'Phường Lái Thiêu', '407/BC-UBND', '2026-10-27', [
  E('II.1.a', 'completed', itext(it13[0]), training_courses=1, participants=85),
  E('II.2.a', 'in_progress', itext(it13[1]), enterprises_supported=3),
  E('II.5.c', 'completed', itext(it13[2]), inspections=3, establishments_inspected=12, violations=2, fines_vnd=8250000, instruments_verified=3),
  E('II.1.b', 'unknown', itext(it13[3])),
 ], [a for a, b in p13 if a], [b for a, b in p13 if b])

# --- F14 Xuyên Mộc
f = 'xa-xuyen-moc-bc-tdc-2026.docx'
it14 = [
 ('Tuyên truyền về đo lường, nhãn hàng hóa', None, [('Tin, bài trên loa và trang xã', '05 tin bài')], 'Đến nay, vẫn đang thực hiện.'),
 ('Kiểm tra tại chợ, cửa hàng xăng dầu', 'Phối hợp Chi cục, Công an xã kiểm tra.',
  [('Cuộc kiểm tra', '02 cuộc'), ('Cơ sở được kiểm tra', '09 cơ sở'), ('Cơ sở vi phạm', '01 cơ sở'), ('Tiền phạt', '2.000.000 đồng')],
  'Đến nay, vẫn đang thực hiện, còn 01 đợt trong tháng 11.'),
 ('Hướng dẫn cơ sở sản xuất tự công bố sản phẩm', 'Hướng dẫn các cơ sở làm hạt điều, mật ong, nước mắm trên địa bàn xã.',
  [('Cơ sở được hướng dẫn', '06 cơ sở')], 'Đến nay, đã hoàn thành.'),
]
p14 = [('Cơ sở sản xuất ở xa trung tâm, chủ cơ sở ít tham dự các buổi hướng dẫn.',
        'Đề nghị Chi cục phối hợp tổ chức hướng dẫn lưu động tại các ấp.')]
h3_doc(f, 'XÃ XUYÊN MỘC', 'xã Xuyên Mộc', '274/BC-UBND', 'Xuyên Mộc, ngày 30 tháng 10 năm 2026', it14, p14, 'Lê Hữu Nghĩa')
key(f, '26632', 'Xã Xuyên Mộc', '274/BC-UBND', '2026-10-30', [
  E('II.1.a', 'in_progress', itext(it14[0]), communications=5),
  E('II.5.c', 'in_progress', itext(it14[1]), inspections=2, establishments_inspected=9, violations=1, fines_vnd=2000000),
  E('II.2.d', 'completed', itext(it14[2]), enterprises_supported=6),
 ], [a for a, b in p14 if a], [b for a, b in p14 if b])

# ============================================================ HAND H2 (XLSX)
# Anh Phan Tấn Phát, công chức Kinh tế xã ngoại thành. One sheet; columns
# "STT | Việc đã làm (ghi cụ thể) | Làm xong chưa? | Số liệu | Ghi chú"; colloquial answers
# "Rồi / Đang làm / Chưa / Không có việc"; figures with the arithmetic written out
# ("2 buổi (35 + 40 = 75 người)"); bottom rows "Vướng:" and "Xin đề xuất:".

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def h2_xlsx(fname, sheet, unit_upper, so, dateline, rows, vuong, de_xuat, signer, quoc_hieu=True, title='BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026'):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    r = 1
    ws.cell(1, 1, 'UBND ' + unit_upper).font = Font(bold=True)
    if quoc_hieu:
        ws.cell(1, 3, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').font = Font(bold=True)
        ws.cell(2, 3, 'Độc lập - Tự do - Hạnh phúc').font = Font(bold=True)
    if so:
        ws.cell(2, 1, 'Số: ' + so)
    ws.cell(3, 3, dateline).font = Font(italic=True)
    ws.cell(5, 1, title).font = Font(bold=True, size=13)
    ws.cell(6, 1, '(tiêu chuẩn, đo lường, chất lượng - Chỉ thị 38-CT/TW)').font = Font(italic=True)
    hdr = ['STT', 'Việc đã làm (ghi cụ thể)', 'Làm xong chưa?', 'Số liệu', 'Ghi chú']
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', wrap_text=True)
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + list(row)
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
    r += 2
    ws.cell(r, 1, 'Vướng:').font = Font(bold=True)
    for v in vuong:
        r += 1; ws.cell(r, 2, '- ' + v)
    r += 1
    ws.cell(r, 1, 'Xin đề xuất:').font = Font(bold=True)
    for v in de_xuat:
        r += 1; ws.cell(r, 2, '- ' + v)
    r += 2
    ws.cell(r, 2, 'Người lập').font = Font(bold=True)
    ws.cell(r, 4, 'KT. CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 1, 4, 'PHÓ CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 4, 2, 'Phan Tấn Phát'); ws.cell(r + 4, 4, signer)
    for col, w in zip('ABCDE', (6, 48, 14, 40, 22)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

def rowtext(row):
    return ' | '.join(x for x in row if x)

# --- F6 Củ Chi
f = 'xa-cu-chi_bao-cao-CT38.xlsx'
r6 = [
 ('Tuyên truyền quy định đo lường, nhãn hàng hóa cho hộ kinh doanh chợ Củ Chi, chợ Phước Thạnh (2 buổi hội nghị tuyên truyền), phát tờ gấp', 'Rồi', '2 buổi (35 + 40 = 75 người); 300 tờ gấp', 'tháng 4 và tháng 8'),
 ('Cùng Chi cục TĐC kiểm tra đo lường xăng dầu, cân ở chợ', 'Đang làm', '3 đợt, 4 + 5 + 3 = 12 cơ sở; vi phạm 2 cơ sở, phạt 1.500.000 + 2.000.000 = 3.500.000đ', 'còn đợt tháng 12'),
 ('Giới thiệu HTX, cơ sở sản xuất rau an toàn dán tem truy xuất nguồn gốc', 'Đang làm', '5 HTX + 3 cơ sở = 8 đơn vị', ''),
 ('Duy trì ISO 9001 ở bộ phận một cửa xã', 'Rồi', '', 'đã đánh giá nội bộ tháng 9'),
 ('Cử cán bộ đi tập huấn nghiệp vụ TĐC', 'Chưa', '', 'chưa có lớp'),
 ('Khen thưởng, bảo vệ người tố giác vi phạm TC-ĐL-CL', 'Không có việc', '', 'không có trường hợp'),
]
v6 = ['Cán bộ kinh tế kiêm nhiệm, không có chuyên môn về đo lường.', 'Xã không có phương tiện đo để kiểm tra nhanh, phải chờ Chi cục.']
d6 = ['Mở lớp tập huấn cho công chức xã về kiểm tra đo lường ở chợ.', 'Cấp cho xã 01 bộ quả cân chuẩn để kiểm tra cân.']
h2_xlsx(f, 'BC CT38', 'XÃ CỦ CHI', '156/BC-UBND', 'Củ Chi, ngày 28 tháng 10 năm 2026', r6, v6, d6, 'Nguyễn Văn Hậu')
key(f, '27553', 'Xã Củ Chi', '156/BC-UBND', '2026-10-28', [
  E('II.1.a', 'completed', rowtext(r6[0]), training_courses=2, participants=75, communications=300),
  E('II.5.c', 'in_progress', rowtext(r6[1]), inspections=3, establishments_inspected=12, violations=2, fines_vnd=3500000),
  E('II.2.a', 'in_progress', rowtext(r6[2]), enterprises_supported=8),
  E('II.2.đ', 'completed', rowtext(r6[3])),
  E('II.3.a', 'not_started', rowtext(r6[4])),
  E('II.5.d', 'not_applicable', rowtext(r6[5])),
 ], v6, d6)

# --- F7 Hưng Long
f = 'HungLong_CT38_2026.xlsx'
r7 = [
 ('Đưa tin tuyên truyền trên loa truyền thanh và trang Zalo xã về đo lường, chất lượng', 'Rồi', '4 + 3 = 7 tin', ''),
 ('Tham gia đoàn liên ngành kiểm tra tạp hóa, cây xăng', 'Rồi', '1 đợt; 4 tạp hóa + 2 cây xăng = 6 cơ sở', 'không phát hiện sai phạm'),
 ('Hướng dẫn cơ sở tự công bố sản phẩm', 'Đang làm', '3 cơ sở bánh tráng + 2 cơ sở nước đá = 5 cơ sở', ''),
 ('Chuyển quy trình ISO của UBND xã lên môi trường mạng', 'Đang làm', '', ''),
 ('Vận động doanh nghiệp dự Giải thưởng Chất lượng Quốc gia', 'Chưa', '', 'chưa vận động được DN nào'),
]
v7 = ['Doanh nghiệp trên địa bàn xã chủ yếu nhỏ, không đủ điều kiện tham gia Giải thưởng.']
d7 = ['Chi cục gửi tài liệu hướng dẫn tự công bố sản phẩm bằng bản giấy cho xã để phát cho cơ sở.']
h2_xlsx(f, 'Sheet1', 'XÃ HƯNG LONG', '201/BC-UBND', 'Hưng Long, ngày 23 tháng 10 năm 2026', r7, v7, d7, 'Đặng Thị Mỹ Lệ')
key(f, '27628', 'Xã Hưng Long', '201/BC-UBND', '2026-10-23', [
  E('II.1.a', 'completed', rowtext(r7[0]), communications=7),
  E('II.5.c', 'completed', rowtext(r7[1]), inspections=1, establishments_inspected=6),
  E('II.2.d', 'in_progress', rowtext(r7[2]), enterprises_supported=5),
  E('II.2.đ', 'in_progress', rowtext(r7[3])),
  E('II.1.b', 'not_started', rowtext(r7[4])),
 ], v7, d7)

# --- F8 Cần Giờ (no quốc hiệu, no số; re-saved through LibreOffice)
f = 'CanGio-bc-38.xlsx'
r8 = [
 ('Hội nghị tuyên truyền về cân, đo lường ở 3 ấp (3 buổi)', 'Đang làm', '3 buổi: 22 + 30 + 18 = 70 lượt người', 'còn ấp Đồng Hòa'),
 ('Kiểm tra cân ở chợ hải sản Cần Giờ', 'Rồi', '2 đợt: 15 + 11 = 26 sạp; vi phạm 3 sạp; phạt 3 x 1.250.000 = 3.750.000đ', ''),
 ('Lấy mẫu nước mắm, muối theo kế hoạch khảo sát của Chi cục', 'Rồi', '4 + 2 = 6 mẫu', 'Chi cục lấy, xã đi cùng'),
 ('Hỗ trợ cơ sở làm khô cá đăng ký mã truy xuất nguồn gốc', 'Đang làm', '2 cơ sở', ''),
 ('Cử cán bộ đi tập huấn TĐC', 'Rồi', '1 người', 'lớp tháng 7'),
]
v8 = ['Sạp hải sản dùng cân đồng hồ cũ, nhiều cân hết hạn kiểm định.', 'Đi lại từ xã vào trung tâm thành phố xa, mất nhiều thời gian.']
d8 = ['Chi cục tổ chức kiểm định cân lưu động tại chợ Cần Giờ.']
h2_xlsx(f, 'Sheet1', 'XÃ CẦN GIỜ', None, 'Cần Giờ, ngày 31 tháng 10 năm 2026', r8, v8, d8, 'Lý Văn Lộc', quoc_hieu=False,
        title='BÁO CÁO CT38 - XÃ CẦN GIỜ (đến 31/10/2026)')
key(f, '27664', 'Xã Cần Giờ', None, '2026-10-31', [
  E('II.1.a', 'in_progress', rowtext(r8[0]), training_courses=3, participants=70),
  E('II.5.c', 'completed', rowtext(r8[1]), inspections=2, establishments_inspected=26, violations=3, fines_vnd=3750000),
  E('II.5.b', 'completed', rowtext(r8[2]), samples_tested=6),
  E('II.2.a', 'in_progress', rowtext(r8[3]), enterprises_supported=2),
  E('II.3.a', 'completed', rowtext(r8[4]), participants=1),
 ], v8, d8)

# --- F9 Bàu Bàng
f = 'BauBang-KQ-thuc-hien-CT38.xlsx'
r9 = [
 ('Đăng tin bài tuyên truyền TC-ĐL-CL trên trang xã và loa', 'Rồi', '6 + 4 = 10 tin bài', ''),
 ('Phối hợp kiểm tra cơ sở kinh doanh xăng dầu, phân bón', 'Đang làm', '2 đợt; 5 + 3 = 8 cơ sở', 'chưa có kết luận'),
 ('Hướng dẫn doanh nghiệp KCN Bàu Bàng công bố hợp quy', 'Rồi', '4 doanh nghiệp', ''),
 ('Tiếp nhận tố giác vi phạm về TC-ĐL-CL', 'Không có việc', '', ''),
 ('Duy trì, cải tiến ISO 9001:2015 tại UBND xã', 'Rồi', '', 'đã công bố lại tháng 6'),
]
v9 = ['Nhiều cơ sở kinh doanh phân bón nhỏ lẻ, thay đổi địa điểm thường xuyên.']
d9 = ['Chi cục phối hợp kiểm tra chuyên đề phân bón trước vụ Đông Xuân.', 'Tập huấn cho công chức xã cách nhận biết nhãn hàng hóa không đúng quy định.']
h2_xlsx(f, 'BC', 'XÃ BÀU BÀNG', '312/BC-UBND', 'Bàu Bàng, ngày 27 tháng 10 năm 2026', r9, v9, d9, 'Huỳnh Thanh Sang')
key(f, '25822', 'Xã Bàu Bàng', '312/BC-UBND', '2026-10-27', [
  E('II.1.a', 'completed', rowtext(r9[0]), communications=10),
  E('II.5.c', 'in_progress', rowtext(r9[1]), inspections=2, establishments_inspected=8),
  E('II.2.d', 'completed', rowtext(r9[2]), enterprises_supported=4),
  E('II.5.d', 'not_applicable', rowtext(r9[3])),
  E('II.2.đ', 'completed', rowtext(r9[4])),
 ], v9, d9)

# ============================================================ HAND H4 (XLSX)
# Chị Đoàn Thị Thảo, văn thư kiêm thống kê. One row per activity; the plan content is typed
# only on the first activity row of each job (cells below left blank, not merged); "Mức độ"
# on that first row uses her own five-step scale (Xong / Gần xong / Mới làm / Chưa làm /
# Không có) explained in a legend line above the table; a "Cộng việc này: …" row closes each job.

def h4_xlsx(fname, unit_upper, so, dateline, title, blocks, kk, kn, signer):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Bao cao'
    ws['A1'] = 'UBND ' + unit_upper; ws['A1'].font = Font(bold=True)
    ws['A2'] = 'Số: ' + so
    ws['E1'] = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'; ws['E1'].font = Font(bold=True)
    ws['E2'] = 'Độc lập - Tự do - Hạnh phúc'
    ws['E3'] = dateline; ws['E3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws['A6'] = 'Mức độ: Xong = đã làm xong; Gần xong = còn ít việc; Mới làm = mới bắt đầu; Chưa làm; Không có = không phát sinh'
    ws['A6'].font = Font(italic=True, size=10)
    hdr = ['TT', 'Nội dung (theo KH CT38)', 'Hoạt động cụ thể', 'Thời gian', 'Kết quả', 'Mức độ']
    r = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', wrap_text=True)
    for i, (noidung, muc, acts, cong) in enumerate(blocks, 1):
        for k, (hd, tg, kq) in enumerate(acts):
            r += 1
            vals = [i if k == 0 else None, noidung if k == 0 else None, hd, tg, kq, muc if k == 0 else None]
            for j, v in enumerate(vals, 1):
                c = ws.cell(r, j, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        if cong:
            r += 1
            c = ws.cell(r, 3, 'Cộng việc này: ' + cong); c.font = Font(italic=True)
            for j in range(1, 7): ws.cell(r, j).border = BOX
    r += 2
    ws.cell(r, 1, 'Khó khăn:').font = Font(bold=True)
    for v in kk:
        r += 1; ws.cell(r, 2, v)
    r += 1
    ws.cell(r, 1, 'Kiến nghị:').font = Font(bold=True)
    for v in kn:
        r += 1; ws.cell(r, 2, v)
    r += 2
    ws.cell(r, 5, 'TM. ỦY BAN NHÂN DÂN').font = Font(bold=True)
    ws.cell(r + 1, 5, 'CHỦ TỊCH').font = Font(bold=True)
    ws.cell(r + 4, 5, signer)
    for col, w in zip('ABCDEF', (5, 32, 40, 12, 34, 11)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

def btext(b):
    noidung, muc, acts, cong = b
    return ' '.join([noidung + ':'] + [f'{a} ({t}): {k};' for a, t, k in acts] + ([f'Cộng việc này: {cong}'] if cong else []))

# --- F15 Thủ Đức
f = 'thu-duc-bc-ct38-t10-2026.xlsx'
b15 = [
 ('Tuyên truyền về tiêu chuẩn, đo lường, chất lượng', 'Xong', [
   ('Hội nghị tuyên truyền nhân Ngày Quyền của người tiêu dùng', '12/3/2026', '1 hội nghị, 90 người dự'),
   ('Đăng tin trên trang thông tin điện tử phường', 'tháng 6', '4 tin'),
   ('Phát tờ rơi tại chợ Thủ Đức', 'tháng 9', '250 tờ')],
  '01 hội nghị; 90 lượt người; 254 tin bài, tờ rơi (4 tin + 250 tờ)'),
 ('Phối hợp kiểm tra đo lường, chất lượng trên địa bàn', 'Gần xong', [
   ('Kiểm tra cân tại chợ Thủ Đức', '15/5/2026', '22 sạp, 2 sạp vi phạm, phạt 3.000.000 đ'),
   ('Kiểm tra cửa hàng xăng dầu', '20/8/2026', '4 cửa hàng, không vi phạm')],
  '2 cuộc; 26 cơ sở; 2 vi phạm; phạt 3.000.000 đ'),
 ('Áp dụng ISO 9001:2015 tại UBND phường', 'Xong', [
   ('Ban hành lại danh mục quy trình ISO', 'tháng 7', 'Quyết định số 201/QĐ-UBND')], None),
 ('Cử công chức dự tập huấn nghiệp vụ TĐC', 'Mới làm', [
   ('Đăng ký công chức dự lớp tháng 11 của Chi cục', 'tháng 10', 'đã gửi danh sách')], None),
 ('Tiếp nhận, xử lý tố giác vi phạm', 'Không có', [
   ('Không phát sinh', '', '')], None),
]
k15 = ['Công chức phụ trách mới, chưa được tập huấn nghiệp vụ về đo lường.']
n15 = ['Đề nghị Chi cục cung cấp danh sách cửa hàng xăng dầu trên địa bàn phường để phường chủ động phối hợp kiểm tra.']
h4_xlsx(f, 'PHƯỜNG THỦ ĐỨC', '733/BC-UBND', 'Thủ Đức, ngày 28/10/2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026', b15, k15, n15, 'Mai Xuân Trường')
key(f, '26824', 'Phường Thủ Đức', '733/BC-UBND', '2026-10-28', [
  E('II.1.a', 'completed', btext(b15[0]), training_courses=1, participants=90, communications=254),
  E('II.5.c', 'in_progress', btext(b15[1]), inspections=2, establishments_inspected=26, violations=2, fines_vnd=3000000),
  E('II.2.đ', 'completed', btext(b15[2])),
  E('II.3.a', 'in_progress', btext(b15[3])),
  E('II.5.d', 'not_applicable', btext(b15[4])),
 ], k15, n15)

# --- F16 Thạnh An
f = 'ThanhAn_bao_cao_CT38.xlsx'
b16 = [
 ('Tuyên truyền trên loa truyền thanh xã đảo', 'Xong', [
   ('Phát tin về cân, đo lường khi mua bán hải sản', 'tháng 4', '3 tin'),
   ('Phát tin về nhãn hàng hóa, hàng giả', 'tháng 8', '3 tin')],
  '6 tin'),
 ('Phối hợp kiểm tra cân, hàng hóa', 'Mới làm', [
   ('Cùng đoàn Chi cục kiểm tra tạp hóa, vựa hải sản', '18/9/2026', '1 cuộc, 7 cơ sở')], None),
 ('Hỗ trợ truy xuất nguồn gốc sản phẩm hàu, khô cá', 'Chưa làm', [
   ('Chưa triển khai', '', '')], None),
 ('Cử cán bộ đi tập huấn', 'Xong', [
   ('Dự lớp tập huấn của Chi cục', 'tháng 7', '1 người')], None),
]
k16 = ['Xã đảo đi lại bằng đò, lịch kiểm tra của đoàn phụ thuộc con nước.']
n16 = ['Đề nghị Chi cục hỗ trợ xã hướng dẫn hộ nuôi hàu đăng ký truy xuất nguồn gốc.']
h4_xlsx(f, 'XÃ THẠNH AN', '61/BC-UBND', 'Thạnh An, ngày 21/10/2026', 'BÁO CÁO THỰC HIỆN CHỈ THỊ 38-CT/TW (TC-ĐL-CL) NĂM 2026', b16, k16, n16, 'Võ Văn Sáu')
key(f, '27676', 'Xã Thạnh An', '61/BC-UBND', '2026-10-21', [
  E('II.1.a', 'completed', btext(b16[0]), communications=6),
  E('II.5.c', 'in_progress', btext(b16[1]), inspections=1, establishments_inspected=7),
  E('II.2.a', 'not_started', btext(b16[2])),
  E('II.3.a', 'completed', btext(b16[3]), participants=1),
 ], k16, n16)

# --- F17 Cát Lái (mistaken: giảm nghèo)
f = 'CatLai-bc-giam-ngheo-9T.xlsx'
b17 = [
 ('Rà soát hộ nghèo, hộ cận nghèo theo chuẩn Thành phố', 'Xong', [
   ('Rà soát giữa kỳ', 'tháng 6', '37 hộ nghèo, 52 hộ cận nghèo')], None),
 ('Hỗ trợ vay vốn Ngân hàng Chính sách xã hội', 'Gần xong', [
   ('Giải ngân cho hộ cận nghèo', 'quý II-III', '18 hộ, 1.080.000.000 đ')], None),
 ('Đào tạo nghề cho lao động hộ nghèo', 'Mới làm', [
   ('Mở lớp may công nghiệp', 'tháng 9', '1 lớp, 20 học viên')], None),
]
h4_xlsx(f, 'PHƯỜNG CÁT LÁI', '512/BC-UBND', 'Cát Lái, ngày 08/10/2026', 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG 9 THÁNG NĂM 2026', b17,
        ['Một số hộ cận nghèo không có nhu cầu vay vốn.'], ['Đề nghị bổ sung nguồn vốn vay giải quyết việc làm.'], 'Trịnh Minh Quân')
key(f, '27112', 'Phường Cát Lái', '512/BC-UBND', '2026-10-08', [], [], [], status='rejected',
    reason='Không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng: đây là báo cáo giảm nghèo bền vững 9 tháng năm 2026 gửi nhầm.')

# ------------------------------------------------------------ LibreOffice re-save
def lo_resave(fname, ext):
    tmp = os.path.join(OUT, '_lo'); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(['soffice', '--headless', '--convert-to', ext, '--outdir', tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp)

lo_resave('DucNhuan_BC_CT38_nam2026.docx', 'docx')
lo_resave('CanGio-bc-38.xlsx', 'xlsx')

# ------------------------------------------------------------ keys
for fname, k in KEYS:
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    for e in k['entries']:
        e['text'] = unicodedata.normalize('NFC', e['text'])[:400]
    with open(os.path.join(TRUTH, fname + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(k, fh, ensure_ascii=False, indent=2)
print(len(KEYS), 'files')
