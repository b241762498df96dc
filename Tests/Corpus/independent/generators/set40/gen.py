# -*- coding: utf-8 -*-
"""Generator for set40: 17 reports in 4 hands + answer keys (truth/*.json)."""
import os, json, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, 'truth')
os.makedirs(TRUTH, exist_ok=True)
REPORTS = []

def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def key(fname, uid, uname, number, date, entries, diffs, props, status="extracted", reason=None, resave=False):
    REPORTS.append(dict(file=fname, unit={"id": uid, "name": uname}, document={"number": number, "date": date},
                        status=status, reason=reason, entries=entries, difficulties=diffs, proposals=props, resave=resave))

# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d

def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = d.add_paragraph()
    if indent and align is None:
        p.paragraph_format.first_line_indent = Cm(1)
    if align == 'c':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'j' or align is None:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == 'r':
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)
    return p

def runs(d, parts, indent=True):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1)
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(d, left_lines, right_lines):
    t = d.add_table(rows=len(max(left_lines, right_lines, key=len)), cols=2)
    for i in range(len(t.rows)):
        for j, lines in enumerate((left_lines, right_lines)):
            c = t.cell(i, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i < len(lines):
                txt, b, it = lines[i]
                r = c.paragraphs[0].add_run(txt); r.bold = b; r.italic = it
                r.font.size = Pt(12 if j == 0 else 12)
    return t

# ---------------------------------------------------------------- HAND A: Tuấn, ward economic officer
# habits: "1)" numbering that drifts to "4." half way; each item opens with the ward's own bold label and
# an en dash; the status phrase wanders (start of item, end of item, mid-sentence); a closing "Tóm lại,"
# paragraph repeating the main figures; header in a 2-column borderless table.

def handA_header(d, unit_up, number, place_date, title_sub):
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (unit_up, True, False), ("Số: " + number, False, False)],
                    [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                     (place_date, False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align='c')
    para(d, title_sub, bold=True, align='c')
    para(d, "_______________", align='c')

def handA_sign(d, who):
    para(d)
    p = para(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align='r')
    para(d); para(d)
    para(d, who, bold=True, align='r')
    runs(d, [("Nơi nhận:", "bi")], indent=False)
    para(d, "- Sở Khoa học và Công nghệ (Chi cục TĐC);\n- TT.Đảng ủy, TT.HĐND phường;\n- Lưu: VT, KT.", size=11, indent=False)

def A1():
    fn = "BC CT38 nam 2026 - P.Tam Long.docx"
    d = new_doc()
    handA_header(d, "PHƯỜNG TAM LONG", "214/BC-UBND", "Tam Long, ngày 27 tháng 10 năm 2026",
                 "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026 trên địa bàn phường Tam Long")
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh, Ủy ban nhân dân phường Tam Long báo cáo kết quả thực hiện như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=True)
    t1 = "Kết quả: đã hoàn thành. Từ đầu năm, UBND phường chỉ đạo Văn phòng HĐND-UBND phường phối hợp Ban điều hành các khu phố đăng tải 06 tin, bài về Chỉ thị số 38-CT/TW và các quy định về đo lường, nhãn hàng hóa trên trang thông tin điện tử phường và nhóm Zalo các khu phố."
    runs(d, [("1) Tuyên truyền về tiêu chuẩn, đo lường, chất lượng – ", "b"), (t1, "")])
    t2 = "Phường phối hợp với Đoàn kiểm tra của Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 03 cuộc tại 15 cơ sở kinh doanh xăng dầu, vàng bạc và tiểu thương tại chợ Tam Long; phát hiện 02 cơ sở vi phạm về đo lường (sử dụng cân chưa kiểm định), Đoàn đã lập biên bản, chuyển người có thẩm quyền xử phạt với số tiền 7.500.000 đồng."
    runs(d, [("2) Phối hợp kiểm tra đo lường, chất lượng – ", "b"), (t2, "")])
    t2b = "Ngoài ra, Ban quản lý chợ đã đưa 04 cân đối chứng đi kiểm định định kỳ, đặt tại cổng chợ để người dân tự kiểm tra. Nội dung này vẫn đang tiếp tục triển khai đến cuối năm."
    para(d, t2b)
    t3 = "Phường tiếp tục duy trì, áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính tiếp nhận tại Bộ phận Một cửa; đã tổ chức đánh giá nội bộ trong tháng 8/2026. Hoàn thành."
    runs(d, [("3) Áp dụng ISO trong giải quyết thủ tục hành chính – ", "b"), (t3, "")])
    t4 = "Phường đã cử 02 công chức (Văn phòng HĐND-UBND và Phòng Kinh tế) tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức trong tháng 6/2026, tham gia đầy đủ, đã hoàn thành."
    runs(d, [("4. Tập huấn cho cán bộ phường – ", "b"), (t4, "")])
    para(d, "Tóm lại, trong 10 tháng năm 2026 phường đã đăng tải 06 tin, bài tuyên truyền, phối hợp kiểm tra 15 cơ sở, phát hiện 02 cơ sở vi phạm; các nội dung được giao cơ bản triển khai đúng kế hoạch.")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    dif = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; cán bộ được phân công phải kiêm nhiệm nhiều việc.",
           "Kinh phí cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."]
    for x in dif: para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường, xã trong năm 2027.",
           "Đề nghị Sở cung cấp tài liệu tuyên truyền mẫu (tờ gấp, pano) để phường in ấn, phát cho người dân."]
    for x in pro: para(d, "- " + x)
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân phường Tam Long./.")
    handA_sign(d, "Nguyễn Thị Thu Hà")
    d.save(os.path.join(OUT, fn))
    key(fn, "26572", "Phường Tam Long", "214/BC-UBND", "2026-10-27", [
        E("II.1.a", "completed", {"communications": 6}, t1),
        E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 15, "violations": 2, "fines_vnd": 7500000, "instruments_verified": 4}, t2 + " " + t2b),
        E("II.2.đ", "completed", {}, t3),
        E("II.3.a", "completed", {"participants": 2}, t4),
    ], dif, pro)

def A2():
    fn = "BC CT38 - Thuan Giao - T10.2026.docx"
    d = new_doc()
    handA_header(d, "PHƯỜNG THUẬN GIAO", "389/BC-UBND", "Thuận Giao, ngày 24 tháng 10 năm 2026",
                 "Tình hình thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026")
    para(d, "Căn cứ Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, UBND phường Thuận Giao báo cáo kết quả như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t1 = "Phường đã đăng 09 tin, bài trên trang thông tin điện tử và hệ thống truyền thanh; phối hợp Chi cục tổ chức 01 buổi tọa đàm tại chợ Thuận Giao với 45 hộ kinh doanh về sử dụng cân, đo đúng quy định. Hoàn thành."
    runs(d, [("1) Công tác tuyên truyền – ", "b"), (t1, "")])
    t2 = "Đang tiếp tục thực hiện. Tổ kiểm tra liên ngành phường đã kiểm tra 21 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em, đồ điện gia dụng trong phạm vi được phân quyền; phát hiện 03 trường hợp vi phạm về nhãn hàng hóa, ra quyết định xử phạt tổng số tiền 12,5 triệu đồng."
    runs(d, [("2) Kiểm tra hàng hóa lưu thông trên địa bàn – ", "b"), (t2, "")])
    t3 = "Phường duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015, hiện đang thực hiện, chuẩn bị đánh giá nội bộ vào tháng 11/2026."
    runs(d, [("3. Hệ thống ISO tại UBND phường – ", "b"), (t3, "")])
    t4 = "Trong kỳ không phát sinh đơn thư, phản ánh, tố giác về gian lận đo lường, chất lượng trên địa bàn phường."
    runs(d, [("4. Tiếp nhận phản ánh, tố giác – ", "b"), (t4, "")])
    para(d, "Tóm lại, phường đã kiểm tra 21 cơ sở, xử phạt 12,5 triệu đồng, công tác tuyên truyền được thực hiện thường xuyên.")
    para(d, "II. KHÓ KHĂN", bold=True)
    dif = ["Công chức phụ trách chưa được tập huấn chuyên sâu về nhãn hàng hóa, việc nhận diện hàng hóa vi phạm còn lúng túng."]
    for x in dif: para(d, "- " + x)
    para(d, "III. KIẾN NGHỊ", bold=True)
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng ban hành sổ tay hướng dẫn kiểm tra nhãn hàng hóa cho cấp phường.",
           "Đề nghị Sở Khoa học và Công nghệ phân bổ kinh phí hỗ trợ hoạt động của Tổ kiểm tra liên ngành phường."]
    for x in pro: para(d, "- " + x)
    handA_sign(d, "Lê Văn Phúc")
    d.save(os.path.join(OUT, fn))
    key(fn, "25969", "Phường Thuận Giao", "389/BC-UBND", "2026-10-24", [
        E("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 45}, t1),
        E("II.5.c", "in_progress", {"establishments_inspected": 21, "violations": 3, "fines_vnd": 12500000}, t2),
        E("II.2.đ", "in_progress", {}, t3),
        E("II.5.d", "not_applicable", {}, t4),
    ], dif, pro)

def A3():
    fn = "BC_CT38_XaTanNhut.docx"
    d = new_doc()
    handA_header(d, "XÃ TÂN NHỰT", "156/BC-UBND", "Tân Nhựt, ngày 29 tháng 10 năm 2026",
                 "Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026")
    para(d, "Thực hiện đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố, Ủy ban nhân dân xã Tân Nhựt báo cáo như sau:")
    para(d, "I. KẾT QUẢ", bold=True)
    t1 = "Đài truyền thanh xã đã phát 12 tin trên hệ thống loa các ấp về quy định đo lường trong mua bán, nội dung này đã hoàn thành theo kế hoạch của xã, tiếp tục lồng ghép trong các buổi họp ấp."
    runs(d, [("1) Tuyên truyền – ", "b"), (t1, "")])
    t2 = "Phối hợp Đoàn kiểm tra của Chi cục kiểm tra 02 cuộc tại 08 cơ sở (cửa hàng xăng dầu và điểm kinh doanh gas), qua kiểm tra chưa phát hiện vi phạm. Đang thực hiện."
    runs(d, [("2) Phối hợp Chi cục kiểm tra – ", "b"), (t2, "")])
    t3 = "Chưa thực hiện: trong năm xã chưa được mời tham dự lớp tập huấn nghiệp vụ, dự kiến cử công chức tham gia khi Chi cục mở lớp Quý IV."
    runs(d, [("3) Tập huấn công chức – ", "b"), (t3, "")])
    t4 = "Xã đã hoàn thành việc xây dựng, công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp đơn vị hành chính (Quyết định số 88/QĐ-UBND ngày 12/5/2026)."
    runs(d, [("5) Áp dụng ISO – ", "b"), (t4, "")])
    para(d, "Tóm lại, xã đã phối hợp kiểm tra 08 cơ sở, chưa phát hiện vi phạm; các nội dung còn lại tiếp tục thực hiện trong Quý IV.")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    dif = ["Địa bàn xã rộng, nhiều điểm kinh doanh nhỏ lẻ, lực lượng kiểm tra còn mỏng.",
           "Xã chưa có thiết bị, phương tiện để kiểm tra nhanh cân, đo tại chợ."]
    for x in dif: para(d, "- " + x)
    para(d, "III. ĐỀ XUẤT", bold=True)
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã 02 bộ quả cân chuẩn để kiểm tra cân tại chợ."]
    for x in pro: para(d, "- " + x)
    handA_sign(d, "Trần Minh Khoa")
    d.save(os.path.join(OUT, fn))
    key(fn, "27595", "Xã Tân Nhựt", "156/BC-UBND", "2026-10-29", [
        E("II.1.a", "completed", {"communications": 12}, t1),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 8}, t2),
        E("II.3.a", "not_started", {}, t3),
        E("II.2.đ", "completed", {}, t4),
    ], dif, pro, resave=True)

def A4():
    fn = "BC PCTT 10 thang - Xa Long Hai.docx"
    d = new_doc()
    handA_header(d, "XÃ LONG HẢI", "172/BC-UBND", "Long Hải, ngày 26 tháng 10 năm 2026",
                 "Kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng năm 2026, phương hướng nhiệm vụ những tháng cuối năm")
    para(d, "Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống thiên tai, UBND xã Long Hải báo cáo như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    runs(d, [("1) Kiện toàn Ban Chỉ huy phòng thủ dân sự xã – ", "b"), ("Ban hành Quyết định kiện toàn Ban Chỉ huy, phân công 12 thành viên phụ trách các ấp ven biển. Hoàn thành.", "")])
    runs(d, [("2) Tuyên truyền phòng, chống thiên tai – ", "b"), ("Phát 30 tin trên loa truyền thanh về triều cường, sạt lở bờ biển; tổ chức 02 buổi diễn tập cứu hộ trên biển với 160 người tham gia.", "")])
    runs(d, [("3) Di dời dân vùng nguy cơ sạt lở – ", "b"), ("Đang thực hiện. Đã vận động 18 hộ tại khu vực bờ kè Long Hải di dời đến nơi an toàn khi có cảnh báo.", "")])
    runs(d, [("4. Chuẩn bị vật tư, phương tiện – ", "b"), ("Dự trữ 500 bao cát, 40 áo phao, 02 xuồng cứu hộ theo phương châm “4 tại chỗ”.", "")])
    para(d, "Tóm lại, trong 10 tháng không có thiệt hại về người do thiên tai trên địa bàn xã.")
    para(d, "II. KIẾN NGHỊ", bold=True)
    para(d, "- Đề nghị Thành phố đầu tư kè chống sạt lở đoạn bờ biển ấp Hải Lộc.")
    handA_sign(d, "Phạm Văn Lợi")
    d.save(os.path.join(OUT, fn))
    key(fn, "26662", "Xã Long Hải", "172/BC-UBND", "2026-10-26", [], [], [],
        status="rejected", reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")

# ---------------------------------------------------------------- HAND B: Mai, planning-division specialist of a department
# habits: header typed as plain centred paragraphs (no table), body "a) b) c)" items that give results without
# status; a closing "III. TỔNG HỢP TIẾN ĐỘ" list naming tasks in the plan's own wording with the status after a colon;
# careless: one task's status only stated in the body and missing from the list; figures repeated in a "Như vậy," sentence.

def handB_header(d, parent, unit_up, number, place_date, title, subtitle):
    para(d, parent, align='c', size=12)
    para(d, unit_up, bold=True, align='c', size=12)
    para(d, "Số: " + number, align='c', size=12)
    para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align='c', size=12)
    para(d, "Độc lập - Tự do - Hạnh phúc", bold=True, align='c', size=12)
    para(d, place_date, italic=True, align='r', size=12)
    para(d, title, bold=True, align='c')
    para(d, subtitle, bold=True, align='c')

def handB_sign(d, who, role="KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"):
    para(d, role, bold=True, align='r'); para(d); para(d)
    para(d, who, bold=True, align='r')
    runs(d, [("Nơi nhận:", "bi")], indent=False)
    para(d, "- Sở KH&CN (Chi cục TĐC);\n- Ban Giám đốc Sở;\n- Lưu: VT, KHTC.", size=11, indent=False)

def B1():
    fn = "SCT_BC thuc hien CT38_2026.docx"
    d = new_doc()
    handB_header(d, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "5127/BC-SCT",
                 "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "BÁO CÁO",
                 "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ")
    para(d, "Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Sở Công Thương báo cáo như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t1 = "Về kiểm tra kinh doanh xăng dầu: Sở đã thành lập 04 đoàn kiểm tra điều kiện kinh doanh và đo lường, chất lượng xăng dầu tại 36 cửa hàng bán lẻ; phát hiện 05 cửa hàng vi phạm (cột đo sai số vượt mức cho phép, không niêm yết giá), xử phạt vi phạm hành chính tổng số tiền 87.500.000 đồng."
    para(d, "a) " + t1)
    t2 = "Về góp ý quy chuẩn: Sở đã tham gia góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Công Thương chủ trì soạn thảo (an toàn điện, chai chứa khí dầu mỏ hóa lỏng, thiết bị áp lực)."
    para(d, "b) " + t2)
    t3 = "Về cải cách hành chính: Sở đã hoàn thành việc rà soát, cập nhật 100% quy trình nội bộ theo hệ thống quản lý chất lượng TCVN ISO 9001:2015 sau khi hợp nhất."
    para(d, "c) " + t3)
    t4 = "Về khuyến công: từ nguồn kinh phí khuyến công, Sở đã hỗ trợ 12 doanh nghiệp công nghiệp nông thôn xây dựng, áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000, với tổng kinh phí đã giải ngân 540 triệu đồng."
    para(d, "d) " + t4)
    para(d, "Như vậy, trong 10 tháng năm 2026 Sở đã kiểm tra 36 cửa hàng xăng dầu, hỗ trợ 12 doanh nghiệp áp dụng hệ thống quản lý chất lượng.")
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    dif = ["Lực lượng Quản lý thị trường đã chuyển về Bộ Công Thương nên việc phối hợp kiểm tra liên ngành tại địa phương còn chậm.",
           "Nhiều cửa hàng xăng dầu nhỏ ở vùng ven chưa trang bị cột đo điện tử có chức năng kết nối dữ liệu."]
    for x in dif: para(d, "- " + x)
    para(d, "III. TỔNG HỢP TIẾN ĐỘ", bold=True)
    s1 = "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa trong tiêu dùng, sản xuất, nhập khẩu, lưu thông trên thị trường: Đang thực hiện."
    s2 = "Phối hợp xây dựng, góp ý quy chuẩn kỹ thuật quốc gia do các Bộ quản lý ngành ban hành: Hoàn thành."
    s4 = "Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến: Đang thực hiện."
    for x in (s1, s2, s4): para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ", bold=True)
    pro = ["Đề nghị Sở Khoa học và Công nghệ chủ trì tổ chức đoàn kiểm tra liên ngành về đo lường, chất lượng xăng dầu trong Quý IV/2026."]
    for x in pro: para(d, "- " + x)
    handB_sign(d, "Nguyễn Hoàng Long")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-CT", "Sở Công Thương", "5127/BC-SCT", "2026-10-30", [
        E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 36, "violations": 5, "fines_vnd": 87500000}, t1),
        E("II.2.e", "completed", {"standards_reviewed": 3}, t2),
        E("II.2.đ", "completed", {}, t3),
        E("II.2.d", "in_progress", {"enterprises_supported": 12, "budget_spent_vnd": 540000000}, t4),
    ], dif, pro)

def B2():
    fn = "SXD - bao cao CT38 nam 2026.docx"
    d = new_doc()
    handB_header(d, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG", "9843/BC-SXD",
                 "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", "BÁO CÁO",
                 "Tình hình triển khai Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026")
    para(d, "Theo đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện các nội dung có liên quan như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t1 = "Công tác tiêu chuẩn, quy chuẩn ngành xây dựng: Sở đã góp ý 07 dự thảo, gồm 05 dự thảo TCVN và 02 dự thảo QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình theo đề nghị của Bộ Xây dựng."
    para(d, "a) " + t1)
    t2 = "Kiểm tra chất lượng vật liệu xây dựng: Sở tổ chức 02 đợt kiểm tra tại 14 cơ sở sản xuất, kinh doanh vật liệu xây dựng (xi măng, thép, gạch ốp lát), lấy 18 mẫu gửi thử nghiệm; phát hiện 01 cơ sở vi phạm về ghi nhãn và công bố hợp quy, xử phạt 30 triệu đồng."
    para(d, "b) " + t2)
    t3 = "Hệ thống quản lý chất lượng: Sở đang cập nhật, mở rộng phạm vi áp dụng TCVN ISO 9001:2015 cho các thủ tục hành chính mới tiếp nhận."
    para(d, "c) " + t3)
    t4 = "Bồi dưỡng nghiệp vụ: Sở đã cử 04 công chức Phòng Kinh tế - Vật liệu xây dựng tham dự lớp tập huấn về quản lý chất lượng sản phẩm, hàng hóa do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức."
    para(d, "d) " + t4)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    dif = ["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán năm 2026 chưa bố trí đủ cho việc lấy mẫu kiểm tra."]
    for x in dif: para(d, "- " + x)
    para(d, "III. TỔNG HỢP TIẾN ĐỘ", bold=True)
    s = ["Phối hợp xây dựng, góp ý tiêu chuẩn, quy chuẩn kỹ thuật quốc gia: Hoàn thành.",
         "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa: Đang thực hiện.",
         "Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong cơ quan hành chính nhà nước: Đang thực hiện.",
         "Tập huấn, cập nhật kiến thức chuyên môn cho công chức các Sở, ngành: Hoàn thành."]
    for x in s: para(d, "- " + x)
    para(d, "IV. ĐỀ XUẤT", bold=True)
    pro = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng vật liệu xây dựng để phục vụ công tác hậu kiểm.",
           "Đề nghị tổ chức tập huấn chuyên đề về công bố hợp quy vật liệu xây dựng cho doanh nghiệp."]
    for x in pro: para(d, "- " + x)
    handB_sign(d, "Trần Quốc Bảo")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-XD", "Sở Xây dựng", "9843/BC-SXD", "2026-10-28", [
        E("II.2.e", "completed", {"standards_reviewed": 7}, t1),
        E("II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 14, "samples_tested": 18, "violations": 1, "fines_vnd": 30000000}, t2),
        E("II.2.đ", "in_progress", {}, t3),
        E("II.3.a", "completed", {"participants": 4}, t4),
    ], dif, pro)

def B3():
    fn = "SYT BC CT38 (10 thang 2026).docx"
    d = new_doc()
    handB_header(d, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ", "6612/BC-SYT",
                 "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026", "BÁO CÁO",
                 "Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")
    para(d, "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, Sở Y tế báo cáo kết quả phối hợp thực hiện như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    t1 = "Góp ý quy chuẩn: Sở đã góp ý 04 dự thảo quy chuẩn kỹ thuật quốc gia về trang thiết bị y tế và phương tiện đo dùng trong y tế theo đề nghị của Bộ Y tế; nội dung này đã hoàn thành."
    para(d, "a) " + t1)
    t2 = "Áp dụng hệ thống quản lý chất lượng: Sở và các đơn vị trực thuộc tiếp tục duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015."
    para(d, "b) " + t2)
    t3 = "Kiểm tra phương tiện đo trong cơ sở khám bệnh, chữa bệnh: Thanh tra Sở kiểm tra 11 cơ sở khám bệnh, chữa bệnh tư nhân, phát hiện 03 cơ sở sử dụng huyết áp kế, cân y tế hết hạn kiểm định; xử phạt 22.500.000 đồng."
    para(d, "c) " + t3)
    t4 = "Đào tạo: phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 lớp tập huấn về đo lường trong y tế cho 68 giảng viên, sinh viên Trường Cao đẳng Y tế."
    para(d, "d) " + t4)
    para(d, "II. KHÓ KHĂN", bold=True)
    dif = ["Số lượng phương tiện đo trong các cơ sở y tế tư nhân lớn, nhiều cơ sở chưa lập danh mục phương tiện đo phải kiểm định."]
    for x in dif: para(d, "- " + x)
    para(d, "III. TỔNG HỢP TIẾN ĐỘ", bold=True)
    s = ["Xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước: Đang thực hiện.",
         "Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng: Đang thực hiện.",
         "Xây dựng, tổ chức thực hiện các chương trình đào tạo, bồi dưỡng, tập huấn cho viên chức và sinh viên các trường Cao đẳng: Hoàn thành."]
    for x in s: para(d, "- " + x)
    para(d, "IV. KIẾN NGHỊ", bold=True)
    pro = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp Sở Y tế rà soát, công bố danh sách tổ chức được chỉ định kiểm định phương tiện đo dùng trong y tế."]
    for x in pro: para(d, "- " + x)
    handB_sign(d, "Võ Thị Ngọc Diệp")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-YT", "Sở Y tế", "6612/BC-SYT", "2026-10-26", [
        E("II.2.e", "completed", {"standards_reviewed": 4}, t1),
        E("II.2.đ", "in_progress", {}, t2),
        E("II.5.a", "in_progress", {"establishments_inspected": 11, "violations": 3, "fines_vnd": 22500000}, t3),
        E("II.3.d", "completed", {"training_courses": 1, "participants": 68}, t4),
    ], dif, pro)

def B4():
    fn = "SATTP_BC 10 thang 2026.docx"
    d = new_doc()
    handB_header(d, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM", "2290/BC-SATTP",
                 "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "BÁO CÁO",
                 "Kết quả công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026")
    para(d, "Sở An toàn thực phẩm báo cáo kết quả công tác bảo đảm an toàn thực phẩm 10 tháng năm 2026 như sau:")
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    para(d, "a) Thanh tra, kiểm tra: tổ chức 46 đoàn kiểm tra tại 1.320 cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể; phát hiện 118 cơ sở vi phạm, xử phạt 2,1 tỷ đồng.")
    para(d, "b) Giám sát mối nguy: lấy 2.450 mẫu thực phẩm xét nghiệm nhanh, 97,6% đạt yêu cầu.")
    para(d, "c) Ngộ độc thực phẩm: xảy ra 04 vụ với 87 người mắc, không có tử vong.")
    para(d, "d) Truyền thông: phát hành 35 tin, bài; tổ chức 12 lớp tập huấn kiến thức an toàn thực phẩm cho 1.050 người.")
    para(d, "III. TỔNG HỢP TIẾN ĐỘ", bold=True)
    para(d, "- Kế hoạch kiểm tra an toàn thực phẩm dịp Tết và Tháng hành động: Hoàn thành.")
    para(d, "- Giám sát mối nguy ô nhiễm thực phẩm: Đang thực hiện.")
    para(d, "IV. KIẾN NGHỊ", bold=True)
    para(d, "- Đề nghị UBND Thành phố bổ sung biên chế cho lực lượng thanh tra chuyên ngành an toàn thực phẩm.")
    handB_sign(d, "Phạm Khánh Phong")
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-ATTP", "Sở An toàn thực phẩm", "2290/BC-SATTP", "2026-10-27", [], [], [],
        status="rejected", reason="Báo cáo kết quả công tác bảo đảm an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).")

# ---------------------------------------------------------------- HAND C: Phong, staff of the Sở's own units (xlsx)
# habits: a "Nhóm" column holding only the plan's group number ("Nhóm 5"), never the letter; a "Việc cụ thể đã làm"
# column in the unit's words; all figures of a task in one "Số liệu" cell separated by " / "; status column headed
# "Kết quả thực hiện" with Hoàn thành / Đang làm / Chưa làm / Không phát sinh; careless STT (repeats a number);
# a closing "Ghi chú tổng hợp" row repeating a figure; difficulties and proposals typed under the table in column C.

thin = Side(style='thin', color='000000')
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

def handC(fn, unit_up, number, date_str, title, rows, summary, dif, pro, signer, sheet="BC"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws['A2'] = unit_up; ws['A2'].font = Font(bold=True)
    ws['A3'] = "Số: " + number
    ws['E1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['E1'].font = Font(bold=True)
    ws['E2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['E3'] = date_str; ws['E3'].font = Font(italic=True)
    ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13)
    ws.merge_cells('A5:F5'); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.row_dimensions[5].height = 36
    ws['A6'] = "Kỳ báo cáo: từ 01/01/2026 đến 25/10/2026"
    hdr = ["STT", "Nhóm", "Việc cụ thể đã làm", "Số liệu", "Kết quả thực hiện", "Ghi chú"]
    r0 = 8
    for j, h in enumerate(hdr, 1):
        c = ws.cell(r0, j, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r = r0 + 1
    for row in rows:
        for j, v in enumerate(row, 1):
            c = ws.cell(r, j, v); c.border = BOX
            c.alignment = Alignment(vertical='top', wrap_text=True)
        r += 1
    r += 1
    ws.cell(r, 1, "Ghi chú tổng hợp:").font = Font(bold=True); ws.cell(r, 3, summary); r += 2
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for i, x in enumerate(dif, 1):
        ws.cell(r, 2, f"{i}."); ws.cell(r, 3, x); r += 1
    r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for i, x in enumerate(pro, 1):
        ws.cell(r, 2, f"{i}."); ws.cell(r, 3, x); r += 1
    r += 1
    ws.cell(r, 5, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r + 4, 5, signer).font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 9, 60, 32, 16, 24)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fn))

def C1():
    fn = "CCTDC_tong hop CT38_T10-2026.xlsx"
    rows = [
        [1, "Nhóm 1", "Tập huấn văn bản QPPL về TCĐLCL cho doanh nghiệp; tọa đàm với doanh nghiệp nhập khẩu", "05 buổi (04 lớp, 01 tọa đàm) / 386 lượt người", "Hoàn thành", ""],
        [2, "Nhóm 1", "Vận động, hướng dẫn doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", "02 tin bài / 07 doanh nghiệp", "Hoàn thành", "Đã gửi hồ sơ về Ủy ban TĐC QG"],
        [3, "Nhóm 2", "Chương trình năng suất chất lượng (CT 1322), đo lường hỗ trợ DN (ĐA 996), truy xuất nguồn gốc (ĐA 100)", "15 doanh nghiệp / giải ngân 1,2 tỷ đồng", "Đang làm", "Nghiệm thu Quý IV"],
        [3, "Nhóm 2", "Góp ý dự thảo TCVN, QCVN; xây dựng QCĐP", "09 dự thảo", "Hoàn thành", ""],
        [5, "Nhóm 3", "Tập huấn nghiệp vụ cho công chức sở, ngành, UBND phường, xã, đặc khu", "02 lớp / 318 học viên", "Hoàn thành", "Tháng 6 và tháng 9"],
        [6, "Nhóm 3", "Khóa bồi dưỡng chuyên sâu về năng suất; mạng lưới tư vấn", "", "Chưa làm", "Chờ bổ sung kinh phí"],
        [7, "Nhóm 4", "Duy trì, liên kết chuẩn đo lường chính", "06 chuẩn được hiệu chuẩn", "Đang làm", ""],
        [8, "Nhóm 5", "Kiểm tra nhà nước về đo lường, chất lượng hàng hóa lưu thông, nhập khẩu", "27 cuộc / 164 cơ sở / 19 vi phạm / phạt 312.750.000 đ", "Đang làm", "Thường xuyên"],
        [9, "Nhóm 5", "Khảo sát chất lượng xăng dầu, mũ bảo hiểm", "160 mẫu (120 xăng dầu + 40 MBH)", "Hoàn thành", "Đã thông báo kết quả"],
        [10, "Nhóm 6", "Phối hợp APO thúc đẩy năng suất", "", "Không phát sinh", ""],
    ]
    summary = "Tổng số cuộc kiểm tra 10 tháng: 27 cuộc; kinh phí KH 349 triệu đồng đang thực hiện theo dự toán."
    dif = ["Kinh phí sự nghiệp giao đầu năm chưa đủ cho các khóa bồi dưỡng chuyên sâu về năng suất.",
           "Số lượng hồ sơ kiểm tra nhà nước hàng nhập khẩu tăng, nhân sự kiểm tra còn thiếu."]
    pro = ["Đề nghị Sở bổ sung kinh phí năm 2026 để tổ chức khóa bồi dưỡng chuyên sâu về năng suất trong Quý IV.",
           "Đề nghị Sở chỉ đạo các phường, xã cử đầu mối phụ trách công tác TĐC."]
    handC(fn, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "412/BC-CCTĐC", "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", rows, summary, dif, pro, "Đỗ Minh Trí")
    def t(i): return rows[i][2] + ": " + rows[i][3]
    key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "412/BC-CCTĐC", "2026-10-28", [
        E("II.1.a", "completed", {"training_courses": 5, "participants": 386}, t(0)),
        E("II.1.b", "completed", {"communications": 2, "enterprises_supported": 7}, t(1)),
        E("II.2.a", "in_progress", {"enterprises_supported": 15, "budget_spent_vnd": 1200000000}, t(2)),
        E("II.2.e", "completed", {"standards_reviewed": 9}, t(3)),
        E("II.3.a", "completed", {"training_courses": 2, "participants": 318}, t(4)),
        E("II.3.b", "not_started", {}, t(5)),
        E("II.4.c", "in_progress", {"instruments_verified": 6}, t(6)),
        E("II.5.a", "in_progress", {"inspections": 27, "establishments_inspected": 164, "violations": 19, "fines_vnd": 312750000}, t(7)),
        E("II.5.b", "completed", {"samples_tested": 160}, t(8)),
        E("II.6.b", "not_applicable", {}, t(9)),
    ], dif, pro)

def C2():
    fn = "KTPC - BC CT38 2026.xlsx"
    rows = [
        [1, "Nhóm 5", "Phối hợp Chi cục kiểm tra đo lường, chất lượng tại cơ sở kinh doanh", "09 cuộc / 52 cơ sở", "Đang làm", ""],
        [2, "Nhóm 5", "Xử lý vi phạm hành chính, giải quyết phản ánh, tố giác về TĐC", "04 đơn phản ánh đã xử lý / 11 trường hợp bị xử phạt / 186,4 tr.đ", "Đang làm", "Thường xuyên"],
        [3, "Nhóm 2", "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)", "02 văn bản góp ý", "Hoàn thành", "Theo đề nghị của Bộ KH&CN"],
        [3, "Nhóm 4", "Rà soát, bảo trì phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135/2021)", "", "Không phát sinh", "Chi cục chủ trì"],
        [4, "Nhóm 5", "Phối hợp khảo sát chất lượng sản phẩm, hàng hóa", "", "Chưa làm", "Chưa nhận đề nghị phối hợp"],
    ]
    summary = "Tổng số tiền xử phạt trong kỳ 186,4 triệu đồng, đã nộp ngân sách."
    dif = ["Một số quyết định xử phạt đối tượng không chấp hành, phải chuyển cưỡng chế."]
    pro = ["Đề nghị Chi cục thông báo sớm kế hoạch khảo sát chất lượng để Phòng bố trí nhân sự phối hợp."]
    handC(fn, "PHÒNG KIỂM TRA – PHÁP CHẾ", "87/BC-KTPC", "TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", rows, summary, dif, pro, "Huỳnh Thanh Sơn")
    def t(i): return rows[i][2] + ": " + rows[i][3]
    key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "87/BC-KTPC", "2026-10-27", [
        E("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 52}, t(0)),
        E("II.5.d", "in_progress", {"violations": 11, "fines_vnd": 186400000}, t(1)),
        E("II.2.c", "completed", {}, t(2)),
        E("II.4.b", "not_applicable", {}, t(3)),
        E("II.5.b", "not_started", {}, t(4)),
    ], dif, pro, resave=True)

def C3():
    fn = "TTPT_BC thuc hien KH CT38.xlsx"
    rows = [
        [1, "Nhóm 4", "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", "03 hệ thống thiết bị / giải ngân 4,65 tỷ đồng", "Đang làm", "Gói thầu số 2 đang lắp đặt"],
        [2, "Nhóm 2", "Mở rộng dịch vụ kỹ thuật; kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo", "14 phép thử mở rộng VILAS / 18.420 phương tiện đo", "Đang làm", ""],
        [3, "Nhóm 4", "Gửi chuẩn đi hiệu chuẩn, liên kết đến chuẩn quốc gia", "11 chuẩn", "Hoàn thành", "Viện Đo lường Việt Nam"],
        [4, "Nhóm 5", "Thử nghiệm mẫu khảo sát chất lượng do Chi cục gửi", "160 mẫu", "Hoàn thành", ""],
    ]
    summary = "Đã kiểm định, hiệu chuẩn 18.420 phương tiện đo, tăng so với cùng kỳ."
    dif = ["Một số thiết bị thử nghiệm nhập khẩu giao hàng chậm do thủ tục thông quan.",
           "Thiếu kỹ thuật viên có chứng chỉ kiểm định viên đo lường cho các lĩnh vực mới."]
    pro = ["Đề nghị Sở hỗ trợ đào tạo, cấp chứng chỉ kiểm định viên cho 06 kỹ thuật viên của Trung tâm."]
    handC(fn, "TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", "203/BC-TTPT",
          "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026", "BÁO CÁO THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", rows, summary, dif, pro, "Lâm Quang Vinh")
    def t(i): return rows[i][2] + ": " + rows[i][3]
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "203/BC-TTPT", "2026-10-29", [
        E("II.4.a", "in_progress", {"budget_spent_vnd": 4650000000}, t(0)),
        E("II.2.g", "in_progress", {"instruments_verified": 18420}, t(1)),
        E("II.4.c", "completed", {"instruments_verified": 11}, t(2)),
        E("II.5.b", "completed", {"samples_tested": 160}, t(3)),
    ], dif, pro)

def C4():
    fn = "CDS_BC CT38.xlsx"
    rows = [
        [1, "Nhóm 2", "Hoàn thiện Hệ thống thông tin giải quyết TTHC; kết nối Cổng một cửa quốc gia (kiểm tra NN hàng nhập khẩu)", "đã kết nối liên thông, 2.315 hồ sơ tiếp nhận trực tuyến", "Hoàn thành", ""],
        [2, "Nhóm 2", "Kết nối cơ sở dữ liệu quốc gia về TĐC", "3 nhóm dữ liệu đã tích hợp", "Đang làm", "Phối hợp TT CNTT và Địa không gian"],
        [3, "Nhóm 1", "Đăng tin bài về TĐC trên Cổng thông tin điện tử Sở", "08 tin bài", "Hoàn thành", ""],
    ]
    summary = "Cổng TTĐT Sở đã đăng 08 tin bài về Chỉ thị 38."
    dif = ["Hệ thống của Bộ thay đổi cấu trúc dữ liệu nhiều lần, phải điều chỉnh kết nối."]
    pro = ["Đề nghị Bộ KH&CN ban hành tài liệu đặc tả API ổn định cho cơ sở dữ liệu quốc gia về TĐC."]
    handC(fn, "PHÒNG CHUYỂN ĐỔI SỐ", "55/BC-CĐS", "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026",
          "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH CT38 NĂM 2026", rows, summary, dif, pro, "Ngô Bảo Châu")
    def t(i): return rows[i][2] + ": " + rows[i][3]
    key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "55/BC-CĐS", "2026-10-26", [
        E("II.2.h", "completed", {}, t(0)),
        E("II.2.i", "in_progress", {}, t(1)),
        E("II.1.a", "completed", {"communications": 8}, t(2)),
    ], dif, pro)

# ---------------------------------------------------------------- HAND D: Lan, clerk (mixed units, xlsx + docx)
# habits: no status column or status sentence: the status is a square-bracketed tag — at the START of each dash line
# in Word ("- [Đã xong] …"), at the END of the task cell in Excel ("… [đang làm]"); plain figures without zero padding,
# money glued "25.000.000đ"; header typed as a few lines, date written "dd/mm/yyyy" after the place name.

def handD_xlsx(fn, up1, up2, number, place_date, title, rows, dif, pro, signer):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws['A1'] = up1; ws['A2'] = up2; ws['A2'].font = Font(bold=True); ws['A3'] = "Số: " + number
    ws['C1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['C2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['C3'] = place_date
    ws['A5'] = title; ws['A5'].font = Font(bold=True)
    ws['A7'] = "STT"; ws['B7'] = "Nội dung"; ws['C7'] = "Kết quả cụ thể"
    for c in ('A7', 'B7', 'C7'):
        ws[c].font = Font(bold=True); ws[c].border = BOX
    r = 8
    for i, (a, b) in enumerate(rows, 1):
        ws.cell(r, 1, i).border = BOX
        c = ws.cell(r, 2, a); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        c = ws.cell(r, 3, b); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical='top')
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for x in dif: ws.cell(r, 2, "- " + x); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for x in pro: ws.cell(r, 2, "- " + x); r += 1
    r += 1
    ws.cell(r, 3, "Người lập biểu"); ws.cell(r + 3, 3, signer)
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 62; ws.column_dimensions['C'].width = 55
    wb.save(os.path.join(OUT, fn))

def D1():
    fn = "P.TanDinh_BC_CT38.xlsx"
    rows = [
        ("Tuyên truyền Chỉ thị 38 trên bảng tin, Zalo khu phố [đã xong]", "Đăng 11 tin, bài"),
        ("Phối hợp Chi cục TĐC kiểm tra đo lường, chất lượng hàng đóng gói sẵn tại chợ Tân Định [đang làm]", "2 cuộc, 17 cơ sở; 4 cơ sở vi phạm, phạt 25.000.000đ"),
        ("Kiểm định cân đối chứng tại chợ Tân Định, chợ Đa Kao", "6 cân đối chứng đã kiểm định lại"),
        ("Duy trì ISO 9001 trong giải quyết TTHC [đang làm]", "Đánh giá nội bộ dự kiến tháng 11"),
        ("Tập huấn nghiệp vụ TĐC cho công chức phường [chưa làm]", "Chưa nhận được thư mời"),
    ]
    dif = ["Tiểu thương tại chợ chưa hợp tác khi kiểm tra cân, nhiều người dùng cân không rõ nguồn gốc."]
    pro = ["Đề nghị Chi cục hỗ trợ phường thêm 2 cân đối chứng cho chợ Đa Kao.",
           "Đề nghị sớm tổ chức lớp tập huấn cho công chức phường mới sau sắp xếp."]
    handD_xlsx(fn, "UBND PHƯỜNG TÂN ĐỊNH", "VĂN PHÒNG HĐND VÀ UBND", "301/BC-UBND", "Tân Định, 23/10/2026",
               "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026", rows, dif, pro, "Đặng Thị Lan")
    key(fn, "26737", "Phường Tân Định", "301/BC-UBND", "2026-10-23", [
        E("II.1.a", "completed", {"communications": 11}, rows[0][0] + ": " + rows[0][1]),
        E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 17, "violations": 4, "fines_vnd": 25000000, "instruments_verified": 6},
          rows[1][0] + ": " + rows[1][1] + " | " + rows[2][0] + ": " + rows[2][1]),
        E("II.2.đ", "in_progress", {}, rows[3][0] + ": " + rows[3][1]),
        E("II.3.a", "not_started", {}, rows[4][0] + ": " + rows[4][1]),
    ], dif, pro)

def D2():
    fn = "Xa Chau Duc - bao cao CT38.xlsx"
    rows = [
        ("Tuyên truyền TCĐLCL qua loa truyền thanh các ấp [đã xong]", "Phát 24 lượt tin"),
        ("Phối hợp kiểm tra xăng dầu, khí LPG trên địa bàn xã [đang làm]", "1 cuộc; 9 cơ sở (6 cửa hàng xăng dầu, 3 cửa hàng gas); chưa phát hiện vi phạm"),
        ("Tiếp nhận, xử lý phản ánh về cân điêu tại chợ Ngãi Giao [đã xong]", "Tiếp nhận 2 phản ánh; phối hợp xác minh, xử phạt 1 trường hợp 3.500.000đ"),
        ("Cử cán bộ tập huấn nghiệp vụ [đã xong]", "3 công chức tham dự lớp do Chi cục tổ chức"),
    ]
    dif = ["Cán bộ phụ trách kiêm nhiệm, không có chuyên môn về đo lường."]
    pro = ["Đề nghị Chi cục phối hợp kiểm tra định kỳ cân tại chợ Ngãi Giao mỗi quý."]
    handD_xlsx(fn, "UBND XÃ CHÂU ĐỨC", "PHÒNG KINH TẾ", "118/BC-UBND", "Châu Đức, 21/10/2026",
               "BÁO CÁO KẾT QUẢ TRIỂN KHAI KẾ HOẠCH CT38 NĂM 2026", rows, dif, pro, "Bùi Thị Tuyết")
    key(fn, "26596", "Xã Châu Đức", "118/BC-UBND", "2026-10-21", [
        E("II.1.a", "completed", {"communications": 24}, rows[0][0] + ": " + rows[0][1]),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 9}, rows[1][0] + ": " + rows[1][1]),
        E("II.5.d", "completed", {"violations": 1, "fines_vnd": 3500000}, rows[2][0] + ": " + rows[2][1]),
        E("II.3.a", "completed", {"participants": 3}, rows[3][0] + ": " + rows[3][1]),
    ], dif, pro)

def D3():
    fn = "SNNMT_BC_CT38_2026.xlsx"
    rows = [
        ("Hỗ trợ áp dụng truy xuất nguồn gốc nông sản theo Đề án 100 [đang làm]", "Hỗ trợ 26 HTX, doanh nghiệp cấp mã số vùng trồng, tem truy xuất"),
        ("Góp ý dự thảo QCVN về phân bón, thức ăn chăn nuôi [đã xong]", "Góp ý 5 dự thảo QCVN"),
        ("Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc BVTV, giống) [đang làm]", "12 đoàn kiểm tra; 148 cơ sở; lấy 96 mẫu; 9 cơ sở vi phạm; phạt 146.000.000đ"),
        ("Duy trì ISO 9001:2015 tại Sở và đơn vị trực thuộc [đang làm]", ""),
    ]
    dif = ["Kinh phí lấy mẫu kiểm tra chất lượng vật tư nông nghiệp còn hạn chế.",
           "Nhiều hợp tác xã chưa đủ điều kiện ứng dụng tem truy xuất điện tử."]
    pro = ["Đề nghị Sở KH&CN lồng ghép hỗ trợ truy xuất nguồn gốc cho hợp tác xã trong Chương trình năng suất chất lượng."]
    handD_xlsx(fn, "UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "7719/BC-SNNMT", "TP.HCM, 30/10/2026",
               "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026 (phần việc của Sở)", rows, dif, pro, "Phòng Kế hoạch - Tài chính")
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "7719/BC-SNNMT", "2026-10-30", [
        E("II.2.a", "in_progress", {"enterprises_supported": 26}, rows[0][0] + ": " + rows[0][1]),
        E("II.2.e", "completed", {"standards_reviewed": 5}, rows[1][0] + ": " + rows[1][1]),
        E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 148, "samples_tested": 96, "violations": 9, "fines_vnd": 146000000}, rows[2][0] + ": " + rows[2][1]),
        E("II.2.đ", "in_progress", {}, rows[3][0]),
    ], dif, pro)

def handD_docx(fn, up1, up2, number, place_date, title, lines, dif, pro, signer, role):
    d = new_doc(size=13)
    para(d, up1, align='c', size=12); para(d, up2, bold=True, align='c', size=12)
    para(d, "Số: " + number, align='c', size=12)
    para(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align='c', size=12)
    para(d, "Độc lập - Tự do - Hạnh phúc", bold=True, align='c', size=12)
    para(d, place_date, italic=True, align='r')
    para(d, title, bold=True, align='c')
    para(d, "1. Kết quả thực hiện", bold=True)
    for tag, txt in lines:
        runs(d, [("- ", ""), ("[" + tag + "] " if tag else "", "b"), (txt, "")])
    para(d, "2. Khó khăn", bold=True)
    for x in dif: para(d, "- " + x)
    para(d, "3. Kiến nghị", bold=True)
    for x in pro: para(d, "- " + x)
    para(d, role, bold=True, align='r'); para(d); para(d, signer, bold=True, align='r')
    d.save(os.path.join(OUT, fn))

def D4():
    fn = "SGDDT - BC thuc hien CT38.docx"
    lines = [
        ("Đã thực hiện", "Phối hợp Chi cục TĐC tổ chức 3 buổi tập huấn, ngoại khóa về tiêu chuẩn, đo lường, mã số mã vạch cho 520 học sinh, sinh viên các trường trung cấp, cao đẳng trực thuộc."),
        ("Đang thực hiện", "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại cơ quan Sở."),
        ("Chưa thực hiện", "Góp ý tiêu chuẩn về thiết bị dạy học tối thiểu: chưa nhận được đề nghị góp ý của Bộ."),
        ("Đang thực hiện", "Kiểm tra chất lượng thiết bị dạy học, đồ chơi trong trường mầm non: đã kiểm tra 14 trường."),
    ]
    dif = ["Các trường chưa có cán bộ am hiểu tiêu chuẩn thiết bị, đồ chơi trẻ em."]
    pro = ["Đề nghị Chi cục cung cấp danh mục tiêu chuẩn, quy chuẩn về thiết bị dạy học, đồ chơi trẻ em để phổ biến tới các trường."]
    handD_docx(fn, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "4410/BC-SGDĐT", "Thành phố Hồ Chí Minh, 22/10/2026",
               "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", lines, dif, pro, "Nguyễn Văn Hiếu", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")
    key(fn, "SO-GDDT", "Sở Giáo dục và Đào tạo", "4410/BC-SGDĐT", "2026-10-22", [
        E("II.3.d", "completed", {"training_courses": 3, "participants": 520}, lines[0][1]),
        E("II.2.đ", "in_progress", {}, lines[1][1]),
        E("II.2.e", "not_started", {}, lines[2][1]),
        E("II.5.a", "in_progress", {"establishments_inspected": 14}, lines[3][1]),
    ], dif, pro)

def D5():
    fn = "QLKH_BC CT38_2026.docx"
    lines = [
        ("Đang thực hiện", "Thu hút chuyên gia theo Nghị quyết số 27/2023/NQ-HĐND và Quyết định số 05/2026/QĐ-UBND: đã tiếp nhận 2 hồ sơ chuyên gia lĩnh vực đo lường, đang thẩm định."),
        ("Hoàn thành", "Phối hợp Chi cục và chuyên gia Tổ chức Năng suất Châu Á (APO) tổ chức 1 hội thảo “Năng suất dựa trên khoa học, công nghệ và đổi mới sáng tạo” với 130 đại biểu."),
        ("Không phát sinh", "Cập nhật điều ước, thỏa thuận quốc tế về tiêu chuẩn, đo lường, chất lượng."),
    ]
    dif = ["Mức thu nhập theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường trình độ cao."]
    pro = ["Đề nghị Chi cục giới thiệu chuyên gia đo lường có nhu cầu làm việc tại Thành phố."]
    handD_docx(fn, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG QUẢN LÝ KHOA HỌC", "64/BC-QLKH", "TP. Hồ Chí Minh, 27/10/2026",
               "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO KẾ HOẠCH CT38 NĂM 2026", lines, dif, pro, "Trương Thị Mỹ Linh", "TRƯỞNG PHÒNG")
    key(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "64/BC-QLKH", "2026-10-27", [
        E("II.3.c", "in_progress", {}, lines[0][1]),
        E("II.6.b", "completed", {"training_courses": 1, "participants": 130}, lines[1][1]),
        E("II.6.a", "not_applicable", {}, lines[2][1]),
    ], dif, pro)

def resave(path):
    ext = path.rsplit('.', 1)[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmp, os.path.basename(path))
    shutil.move(out, path); shutil.rmtree(tmp, ignore_errors=True)

if __name__ == '__main__':
    for f in (A1, A2, A3, A4, B1, B2, B3, B4, C1, C2, C3, C4, D1, D2, D3, D4, D5):
        f()
    for rep in REPORTS:
        p = os.path.join(OUT, rep['file'])
        if rep.pop('resave'):
            resave(p)
        sha = hashlib.sha256(open(p, 'rb').read()).hexdigest()
        k = {"file": rep['file'], "sha256": sha, "status": rep['status'], "reason": rep['reason'],
             "unit": rep['unit'], "document": rep['document'], "entries": rep['entries'],
             "findings": [], "difficulties": rep['difficulties'], "proposals": rep['proposals']}
        json.dump(k, open(os.path.join(TRUTH, rep['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(REPORTS), "files")
