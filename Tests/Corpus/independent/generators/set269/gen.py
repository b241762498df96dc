# -*- coding: utf-8 -*-
"""Generator for set269. Each report: data (truth) + renderer by hand."""
import json, os, hashlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLAN = "Kế hoạch số 1415/KH-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ"
REPORTS = []

def E(task, status, ind, text, **kw):
    d = dict(task=task, status=status, indicators=ind, text=text)
    d.update(kw); return d

def R(**kw):
    kw.setdefault('entries', []); kw.setdefault('difficulties', []); kw.setdefault('proposals', [])
    kw.setdefault('status', 'extracted'); kw.setdefault('reason', None)
    REPORTS.append(kw); return kw

def vdate(iso):
    y, m, d = iso.split('-'); return f"ngày {d} tháng {m} năm {y}"

# ---------------------------------------------------------------- docx helpers
def newdoc(font="Times New Roman", size=13):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def para(doc, text="", bold=False, italic=False, align=None, size=None, underline=False, indent=True):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def runs(doc, parts, align='j', indent=True):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi', 'u'"""
    p = doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t); r.bold = 'b' in f; r.italic = 'i' in f; r.underline = 'u' in f
    if align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(doc, left_lines, right_lines, bold_left=(1,), size=12):
    t = doc.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]; c.paragraphs[0].text = ""
        for i, ln in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln); r.font.size = Pt(size)
            if ci == 0: r.bold = i in bold_left
            else:
                r.bold = i in (0, 1); r.italic = ln.startswith('Thành phố') or ln.startswith('TP.')
    return t

def simple_table(doc, rows, widths=None, bold_first=True, style='Table Grid'):
    t = doc.add_table(rows=len(rows), cols=len(rows[0])); t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]; c.text = ""
            r = c.paragraphs[0].add_run(str(v)); r.font.size = Pt(12); r.bold = bold_first and i == 0
            if widths: c.width = Cm(widths[j])
    return t

# ================================================================ DATA
# ---------------- H1: Lê Minh Tùng (department tổng hợp, DOCX công văn)
R(file="SCT_bc-ct38-2026.docx", hand="H1", kind="docx", unit_id="SO-CT", unit_name="Sở Công Thương",
  unit_lines=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG"], number="2871/BC-SCT", date="2026-10-26",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thanh Bình"),
  entries=[
   E("II.1.a", "completed", {"training_courses": 2, "participants": 185},
     "Sở Công Thương phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 02 hội nghị tập huấn về quy định kiểm tra nhà nước đối với hàng hóa nhập khẩu và quy định ghi nhãn hàng hóa cho doanh nghiệp nhập khẩu, phân phối, bán lẻ trên địa bàn (ngày 14/4/2026 và ngày 23/7/2026), với 185 lượt đại biểu doanh nghiệp tham dự.",
     plan="Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng …", role="Sở phối hợp", verdict="Hoàn thành."),
   E("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 41, "violations": 5, "fines_vnd": 62500000},
     "Sở chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng và Công an Thành phố thành lập 06 đoàn kiểm tra liên ngành về đo lường, chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG), kiểm tra 41 cửa hàng bán lẻ xăng dầu và cửa hàng kinh doanh LPG; phát hiện 05 cơ sở vi phạm (sử dụng cột đo xăng dầu quá hạn kiểm định, không niêm yết đầy đủ thông tin); đã ban hành quyết định xử phạt vi phạm hành chính với tổng số tiền 62.500.000 đồng. Đợt kiểm tra cao điểm cuối năm đang được triển khai.",
     plan="Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa …", role="Sở phối hợp", verdict="Đang thực hiện (đợt kiểm tra cao điểm cuối năm 2026)."),
   E("II.2.d", "completed", {"enterprises_supported": 9},
     "Trong khuôn khổ Chương trình phát triển công nghiệp hỗ trợ, Sở đã hỗ trợ 09 doanh nghiệp công nghiệp hỗ trợ xây dựng và áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 và IATF 16949; các doanh nghiệp đã được cấp giấy chứng nhận.",
     plan="Hỗ trợ doanh nghiệp xây dựng, áp dụng các hệ thống quản lý chất lượng tiên tiến …", role="Sở phối hợp", verdict="Hoàn thành."),
   E("II.6.a", "in_progress", {"communications": 14, "enterprises_supported": 23},
     "Sở thường xuyên cập nhật thông tin về các Hiệp định thương mại tự do (EVFTA, CPTPP, RCEP) và cam kết về hàng rào kỹ thuật trong thương mại (TBT); đã đăng tải 14 tin, bài cảnh báo TBT trên Cổng thông tin điện tử của Sở và giải đáp, hướng dẫn cho 23 doanh nghiệp xuất khẩu về yêu cầu tiêu chuẩn, quy chuẩn của thị trường nhập khẩu.",
     plan="Cập nhật kịp thời các điều ước, các thỏa thuận quốc tế có liên quan …", role="Sở phối hợp", verdict="Đang thực hiện (nhiệm vụ thường xuyên)."),
  ],
  difficulties=["Lực lượng tham gia các đoàn kiểm tra liên ngành còn mỏng, trong khi số cửa hàng xăng dầu trên địa bàn Thành phố sau sắp xếp tăng nhiều, địa bàn rộng.",
                "Một số doanh nghiệp nhỏ chưa quan tâm tham dự các hội nghị tập huấn, số lượng đăng ký tham dự thấp hơn dự kiến."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng) cung cấp danh sách cột đo xăng dầu đã được kiểm định trong năm để phục vụ công tác kiểm tra.",
             "Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng thông báo kế hoạch tổ chức tập huấn năm 2027 sớm để Sở phối hợp vận động doanh nghiệp tham dự."])

R(file="SYT_BC_CT38_2026.docx", hand="H1", kind="docx", unit_id="SO-YT", unit_name="Sở Y tế",
  unit_lines=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ Y TẾ"], number="5124/BC-SYT", date="2026-10-28",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Khải"),
  entries=[
   E("II.2.e", "completed", {"standards_reviewed": 3},
     "Sở Y tế đã tham gia góp ý 03 dự thảo quy chuẩn kỹ thuật quốc gia do Bộ Y tế chủ trì soạn thảo (QCVN về trang thiết bị y tế chẩn đoán in vitro, QCVN về nước sạch sử dụng cho mục đích sinh hoạt sửa đổi và QCVN về khí y tế) theo đề nghị của Bộ Y tế và Sở Khoa học và Công nghệ.",
     plan="Phối hợp với các sở, ban, ngành liên quan xây dựng, góp ý quy chuẩn kỹ thuật quốc gia …", role="Sở phối hợp", verdict="Hoàn thành."),
   E("II.5.a", "in_progress", {"inspections": 4, "establishments_inspected": 32, "violations": 3, "fines_vnd": 27000000},
     "Thanh tra Sở Y tế phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tiến hành 04 cuộc kiểm tra về đo lường, chất lượng đối với trang thiết bị y tế (máy đo huyết áp, nhiệt kế điện tử, cân sức khỏe) tại 32 cơ sở kinh doanh trang thiết bị y tế và nhà thuốc; phát hiện 03 cơ sở vi phạm, xử phạt 27.000.000 đồng.",
     plan="Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa …", role="Sở phối hợp", verdict="Đang thực hiện."),
   E("II.2.đ", "completed", {},
     "Sở Y tế tiếp tục duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết; đã hoàn thành đánh giá nội bộ và công bố lại Hệ thống quản lý chất lượng sau khi cập nhật quy trình theo bộ thủ tục hành chính mới.",
     plan="Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến …", role="Sở thực hiện tại cơ quan", verdict="Hoàn thành."),
   E("II.3.a", "completed", {"participants": 6},
     "Sở đã cử 06 công chức Thanh tra Sở và Phòng Nghiệp vụ Dược tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức tháng 6/2026.",
     plan="Tổ chức các chương trình tập huấn và cập nhật kiến thức về chuyên môn, nghiệp vụ … cho công chức các Sở, ngành …", role="Sở phối hợp", verdict="Hoàn thành."),
  ],
  difficulties=["Nhiều loại trang thiết bị y tế gia dụng được bán qua sàn thương mại điện tử, khó xác định cơ sở kinh doanh để kiểm tra."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ phối hợp xây dựng danh mục phương tiện đo nhóm 2 trong lĩnh vực y tế cần ưu tiên kiểm tra năm 2027.",
             "Đề nghị tổ chức thêm lớp tập huấn chuyên sâu về đo lường trong lĩnh vực y tế cho công chức Thanh tra Sở."])

R(file="TTTP-baocao-CT38.docx", hand="H1", kind="docx", unit_id="THANHTRA-TP", unit_name="Thanh tra Thành phố",
  unit_lines=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "THANH TRA THÀNH PHỐ"], number="318/BC-TTTP", date="2026-10-30",
  signer=("KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "Lê Hoàng Phúc"),
  entries=[
   E("II.5.d", "not_applicable", {},
     "Trong kỳ báo cáo, Thanh tra Thành phố không tiếp nhận đơn tố cáo nào liên quan đến hành vi vi phạm pháp luật về tiêu chuẩn, đo lường, chất lượng; không phát sinh trường hợp cần khen thưởng, bảo vệ người tố giác.",
     plan="Khen thưởng và có biện pháp phù hợp để bảo vệ người tố giác hành vi vi phạm …", role="phối hợp", verdict="Không phát sinh."),
   E("II.5.a", "in_progress", {"inspections": 1, "establishments_inspected": 8, "violations": 2, "fines_vnd": 45000000},
     "Thanh tra Thành phố phối hợp với Sở Khoa học và Công nghệ thực hiện 01 cuộc thanh tra chuyên đề về chất lượng vàng trang sức, mỹ nghệ tại 08 doanh nghiệp; đã kết luận 02 doanh nghiệp vi phạm về ghi nhãn và hàm lượng vàng, Chánh Thanh tra đã ban hành quyết định xử phạt vi phạm hành chính 45.000.000 đồng. Hiện đang theo dõi việc thực hiện kết luận thanh tra.",
     plan="Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng …", role="phối hợp", verdict="Đang thực hiện."),
   E("II.2.đ", "completed", {},
     "Thanh tra Thành phố đã xây dựng và công bố áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các quy trình tiếp công dân, xử lý đơn thư sau khi kiện toàn tổ chức.",
     plan="Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến …", role="thực hiện tại cơ quan", verdict="Hoàn thành."),
  ],
  difficulties=["Chưa có quy định cụ thể về cơ chế phối hợp giữa Thanh tra Thành phố và lực lượng kiểm tra chuyên ngành của Sở Khoa học và Công nghệ sau sắp xếp tổ chức."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp trong thanh tra, kiểm tra về tiêu chuẩn, đo lường, chất lượng trình UBND Thành phố ban hành."])

R(file="SDL_BC-CCHC-quy-III.docx", hand="H1", kind="docx", unit_id="SO-DL", unit_name="Sở Du lịch",
  unit_lines=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "SỞ DU LỊCH"], number="146/BC-SDL", date="2026-10-20",
  signer=("GIÁM ĐỐC", "", "Phạm Minh Tâm"),
  status="rejected", reason="Báo cáo về công tác cải cách hành chính quý III/2026 của Sở Du lịch, không phải báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm).",
  mistaken_title="Kết quả thực hiện công tác cải cách hành chính Quý III năm 2026")

# ---------------- H2: Phạm Thị Mai (Sở's units, XLSX band rows)
R(file="ChiCucTDC_BC_CT38_10thang.xlsx", hand="H2", kind="xlsx", unit_id="SKHCN-CCTDC",
  unit_name="Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", short="CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
  number="1206/BC-CCTĐC", date="2026-10-29",
  entries=[
   E("II.1.a", "completed", {"training_courses": 6, "participants": 412},
     "Tổ chức 05 lớp tập huấn văn bản QPPL về TĐC và 01 buổi tọa đàm với doanh nghiệp nhập khẩu; 412 lượt người tham dự.",
     band="Tập huấn VBQPPL về TĐC cho tổ chức, DN; tọa đàm DN nhập khẩu",
     rows=[("Lớp tập huấn, tọa đàm (05 lớp + 01 tọa đàm)", "lớp/buổi", 6, "training_courses"), ("Lượt người tham dự", "lượt người", 412, "participants")]),
   E("II.1.b", "completed", {"communications": 12, "enterprises_supported": 38},
     "Tuyên truyền, vận động, hướng dẫn 38 doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia; 12 tin, bài tuyên truyền.",
     band="Tuyên truyền, vận động DN tham dự Giải thưởng CLQG",
     rows=[("Tin, bài tuyên truyền", "tin/bài", 12, "communications"), ("Doanh nghiệp được hướng dẫn", "doanh nghiệp", 38, "enterprises_supported")]),
   E("II.2.a", "in_progress", {"enterprises_supported": 15, "budget_spent_vnd": 186400000},
     "Triển khai Chương trình 1322, Kế hoạch 36, Đề án 996, Đề án 100: hỗ trợ 15 doanh nghiệp; kinh phí đã giải ngân 186,4 triệu đồng.",
     band="Chương trình 1322, KH 36, Đề án 996, Đề án 100",
     rows=[("Doanh nghiệp được hỗ trợ", "doanh nghiệp", 15, "enterprises_supported"), ("Kinh phí đã giải ngân", "triệu đồng", 186.4, "budget_spent_vnd")]),
   E("II.2.b", "in_progress", {"enterprises_supported": 7},
     "Giải thưởng CLQG năm 2026: tiếp nhận, hướng dẫn hoàn thiện hồ sơ 07 doanh nghiệp, đang tổ chức đánh giá tại cơ sở.",
     band="Hoạt động Giải thưởng CLQG năm 2026",
     rows=[("Hồ sơ DN tham dự được tiếp nhận, hướng dẫn", "doanh nghiệp", 7, "enterprises_supported")]),
   E("II.2.e", "in_progress", {"standards_reviewed": 11},
     "Góp ý 11 dự thảo TCVN, QCVN; đang xây dựng 01 quy chuẩn kỹ thuật địa phương.",
     band="Xây dựng, góp ý TCVN, QCVN, QCĐP",
     rows=[("Dự thảo TCVN, QCVN đã góp ý", "dự thảo", 11, "standards_reviewed")]),
   E("II.2.h", "completed", {},
     "Đã đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ KH&CN; đã kết nối liên thông Cổng một cửa quốc gia.",
     band="Cải tiến HTTT giải quyết TTHC; kết nối Cổng một cửa quốc gia", rows=[]),
   E("II.3.a", "in_progress", {"training_courses": 3, "participants": 236},
     "Tập huấn nghiệp vụ TĐC cho công chức Sở, ngành, UBND xã, phường, đặc khu: 03 lớp, 236 học viên.",
     band="Tập huấn nghiệp vụ cho công chức Sở, ngành, xã, phường, đặc khu",
     rows=[("Lớp tập huấn", "lớp", 3, "training_courses"), ("Học viên", "người", 236, "participants")]),
   E("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 148, "violations": 21, "fines_vnd": 214500000},
     "Kiểm tra TĐC: 09 cuộc, 148 cơ sở, 21 cơ sở vi phạm, phạt 214,5 triệu đồng.",
     band="Kiểm tra nhà nước về TĐC đối với sản phẩm, hàng hóa",
     rows=[("Cuộc kiểm tra", "cuộc", 9, "inspections"), ("Cơ sở được kiểm tra", "cơ sở", 148, "establishments_inspected"),
           ("Cơ sở vi phạm", "cơ sở", 21, "violations"), ("Tiền phạt VPHC", "triệu đồng", 214.5, "fines_vnd")]),
   E("II.5.b", "in_progress", {"samples_tested": 96},
     "Khảo sát chất lượng: lấy 96 mẫu sản phẩm, hàng hóa.",
     band="Khảo sát chất lượng sản phẩm, hàng hóa",
     rows=[("Mẫu lấy khảo sát, thử nghiệm", "mẫu", 96, "samples_tested")]),
   E("II.6.b", "not_applicable", {},
     "Phối hợp với Ủy ban TĐC Quốc gia và APO: chưa phát sinh yêu cầu.",
     band="Phối hợp Ủy ban TĐC Quốc gia và APO thúc đẩy năng suất", rows=[]),
  ],
  statusword={"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_applicable": "Không phát sinh", "not_started": "Chưa thực hiện"},
  difficulties=["Biên chế công chức làm công tác kiểm tra còn thiếu so với địa bàn Thành phố sau hợp nhất.",
                "Kinh phí thử nghiệm mẫu khảo sát lớn, chưa đáp ứng nhu cầu khảo sát theo kế hoạch."],
  proposals=["Đề nghị Sở bổ sung kinh phí khảo sát chất lượng sản phẩm, hàng hóa năm 2027.",
             "Đề nghị Sở chỉ đạo các phòng, đơn vị cử công chức tham gia đoàn kiểm tra liên ngành cuối năm."])

R(file="TTPTTN_BC_CT38.xlsx", hand="H2", kind="xlsx", unit_id="SKHCN-TTPTTN",
  unit_name="Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
  short="TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM VÀ TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG THÀNH PHỐ HỒ CHÍ MINH",
  number="388/BC-TTPTTN", date="2026-10-27", lo=True,
  entries=[
   E("II.4.a", "in_progress", {"budget_spent_vnd": 2350000000},
     "Đầu tư trang thiết bị thử nghiệm, hiệu chuẩn: đã giải ngân 2.350 triệu đồng, đang lắp đặt hệ thống hiệu chuẩn áp suất.",
     band="Đầu tư cơ sở vật chất, trang thiết bị; hiện đại hóa thiết bị",
     rows=[("Kinh phí đầu tư đã giải ngân", "triệu đồng", 2350, "budget_spent_vnd")]),
   E("II.2.g", "in_progress", {"instruments_verified": 18640, "samples_tested": 2715},
     "Cung cấp dịch vụ kỹ thuật: kiểm định, hiệu chuẩn 18.640 phương tiện đo; thử nghiệm 2.715 mẫu.",
     band="Nâng cao hiệu quả dịch vụ kỹ thuật TĐC",
     rows=[("Phương tiện đo được kiểm định, hiệu chuẩn", "phương tiện", 18640, "instruments_verified"),
           ("Mẫu thử nghiệm", "mẫu", 2715, "samples_tested")]),
   E("II.4.c", "completed", {"instruments_verified": 12},
     "Duy trì chuẩn đo lường: hiệu chuẩn, liên kết 12 chuẩn chính đến chuẩn quốc gia.",
     band="Duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia",
     rows=[("Chuẩn chính được hiệu chuẩn, liên kết", "chuẩn", 12, "instruments_verified")]),
   E("II.3.d", "completed", {"training_courses": 2, "participants": 64},
     "Đào tạo cho sinh viên, viên chức: 02 khóa, 64 học viên.",
     band="Đào tạo, tập huấn cho viên chức, sinh viên về TĐC",
     rows=[("Khóa đào tạo", "khóa", 2, "training_courses"), ("Học viên", "người", 64, "participants")]),
  ],
  statusword={"completed": "Đã xong", "in_progress": "Đang làm", "not_applicable": "Không có", "not_started": "Chưa làm"},
  difficulties=["Một số thiết bị chuẩn đã hết khấu hao, chi phí hiệu chuẩn ở nước ngoài cao."],
  proposals=["Đề nghị Sở xem xét bố trí vốn đầu tư hệ thống chuẩn lưu lượng khí năm 2027."])

R(file="PhongKTPC_BC_CT38_T10.xlsx", hand="H2", kind="xlsx", unit_id="SKHCN-KTPC", unit_name="Phòng Kiểm tra – Pháp chế",
  short="PHÒNG KIỂM TRA – PHÁP CHẾ", number="57/BC-KTPC", date="2026-10-23",
  entries=[
   E("II.2.c", "completed", {},
     "Góp ý dự thảo Luật sửa đổi, bổ sung Luật Đo lường và 04 dự thảo nghị định, thông tư hướng dẫn.",
     band="Góp ý sửa đổi Luật, VBQPPL về TĐC", rows=[("Dự thảo luật, nghị định, thông tư đã góp ý", "văn bản", 4, None)]),
   E("II.4.b", "completed", {"instruments_verified": 23},
     "Rà soát, kiểm định, hiệu chuẩn 23 phương tiện, thiết bị kỹ thuật nghiệp vụ.",
     band="Rà soát, kiểm định phương tiện, thiết bị KTNV (NĐ 135/2021)",
     rows=[("Phương tiện, thiết bị KTNV được kiểm định, hiệu chuẩn", "chiếc", 23, "instruments_verified")]),
   E("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 17, "violations": 4, "fines_vnd": 36000000},
     "Phối hợp thanh tra, kiểm tra: 03 cuộc, 17 cơ sở, 04 vi phạm, phạt 36 triệu đồng.",
     band="Phối hợp kiểm tra, giám sát TĐC",
     rows=[("Cuộc thanh tra, kiểm tra", "cuộc", 3, "inspections"), ("Cơ sở được kiểm tra", "cơ sở", 17, "establishments_inspected"),
           ("Cơ sở vi phạm", "cơ sở", 4, "violations"), ("Tiền phạt VPHC", "triệu đồng", 36, "fines_vnd")]),
   E("II.5.d", "completed", {},
     "Tiếp nhận, xử lý 02 đơn phản ánh về đo lường xăng dầu, đã trả lời công dân.",
     band="Xử lý phản ánh, tố giác vi phạm về TĐC", rows=[("Đơn phản ánh, tố giác đã xử lý", "đơn", 2, None)]),
   E("II.5.c", "not_started", {},
     "Phối hợp với UBND phường, xã, đặc khu thực hiện nội dung phân quyền: chưa triển khai.",
     band="Phối hợp UBND phường/xã, đặc khu (nội dung phân quyền)", rows=[]),
  ],
  statusword={"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_applicable": "Không phát sinh", "not_started": "Chưa triển khai"},
  difficulties=["Quy định về phân quyền kiểm tra đo lường cho UBND cấp xã chưa có hướng dẫn chi tiết."],
  proposals=["Đề nghị Chi cục TĐC chủ trì xây dựng hướng dẫn phối hợp với UBND phường, xã, đặc khu trong Quý IV/2026."])

# ---------------- H3: Nguyễn Thị Hoa (ward clerk, DOCX, tab header, untidy)
R(file="BC CT38 phuong Ben Cat.docx", hand="H3", kind="docx", unit_id="25813", unit_name="Phường Bến Cát",
  ward_upper="PHƯỜNG BẾN CÁT", number="215/BC-UBND", date="2026-10-22", signer=("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Văn Lợi"),
  entries=[
   E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 37, "violations": 6, "fines_vnd": 7500000, "instruments_verified": 52},
     "Phòng Kinh tế phối hợp Đội quản lý chợ tổ chức 04 cuộc kiểm tra đo lường tại chợ Bến Cát và chợ khu phố 3 với 37 lượt cơ sở, quầy sạp; phát hiện 06 trường hợp vi phạm (dùng cân sai số vượt mức cho phép), phạt tiền 7,5 triệu đồng. Phối hợp Chi cục TĐC kiểm định miễn phí 52 cân đồng hồ tại trạm cân đối chứng chợ Bến Cát.",
     title="Kiểm tra đo lường, cân đối chứng tại các chợ", close="Đến ngày 20/10/2026, phường vẫn đang tiếp tục thực hiện nội dung này."),
   E("II.1.a", "completed", {"communications": 18, "training_courses": 1, "participants": 95},
     "Phát trên loa truyền thanh và nhóm Zalo khu phố 18 tin, bài về ghi nhãn hàng hóa, cân đúng – đủ; tổ chức 01 hội nghị phổ biến quy định đo lường cho tiểu thương, có 95 người dự.",
     title="Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", close="Đến ngày 20/10/2026, phường đã làm xong nội dung này."),
   E("II.3.a", "completed", {"participants": 2},
     "Cử 02 công chức Phòng Kinh tế dự lớp tập huấn nghiệp vụ do Chi cục TĐC tổ chức tháng 6.",
     title="Cử cán bộ đi tập huấn", close="Đến ngày 20/10/2026, phường đã làm xong nội dung này."),
   E("II.2.đ", "in_progress", {},
     "Sau sắp xếp, UBND phường đang xây dựng lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho các thủ tục hành chính tại Trung tâm phục vụ hành chính công.",
     title="ISO 9001 tại UBND phường", close="Đến ngày 20/10/2026, phường vẫn đang tiếp tục thực hiện nội dung này."),
  ],
  difficulties=["Phường mới sáp nhập, địa bàn rộng, cán bộ kiêm nhiệm nhiều việc.",
                "Trạm cân đối chứng ở chợ khu phố 3 hư hỏng chưa được sửa."],
  proposals=["Xin Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ khu phố 3.",
             "Đề nghị mở thêm lớp tập huấn cho cán bộ phường về xử phạt vi phạm hành chính lĩnh vực đo lường."])

R(file="BC_KH38_PhuocThang.docx", hand="H3", kind="docx", unit_id="26542", unit_name="Phường Phước Thắng",
  ward_upper="PHƯỜNG PHƯỚC THẮNG", number="388/BC-UBND", date="2026-10-31", signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thị Thanh"),
  entries=[
   E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 26, "violations": 2, "fines_vnd": 4000000},
     "Kiểm tra 03 cuộc về đo lường, ghi nhãn hàng hóa tại chợ Phước Thắng, chợ Rạch Dừa với 26 lượt cơ sở kinh doanh; lập biên bản 02 cơ sở vi phạm, phạt 4 triệu đồng.",
     title="Kiểm tra tại chợ", close="Đến ngày 30/10/2026, phường vẫn đang tiếp tục thực hiện nội dung này."),
   E("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 5},
     "Cử cán bộ tham gia 01 cuộc kiểm tra liên ngành xăng dầu của Sở Công Thương tại 05 cửa hàng xăng dầu trên địa bàn, không phát hiện vi phạm.",
     title="Phối hợp kiểm tra xăng dầu", close="Đến ngày 30/10/2026, phường đã làm xong nội dung này."),
   E("II.1.a", "in_progress", {"communications": 9},
     "Đăng 09 tin, bài trên trang thông tin điện tử và loa truyền thanh phường về cân đúng, đo đủ.",
     title="Tuyên truyền", close="Đến ngày 30/10/2026, phường vẫn đang tiếp tục thực hiện nội dung này."),
   E("II.2.đ", "completed", {},
     "UBND phường đã công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 ngày 15/8/2026.",
     title="ISO 9001", close="Đến ngày 30/10/2026, phường đã làm xong nội dung này."),
   E("II.3.a", "not_started", {},
     "Do thiếu người nên phường chưa cử được công chức đi tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng.",
     title="Tập huấn cho công chức", close="Đến ngày 30/10/2026, phường chưa thực hiện nội dung này."),
  ],
  difficulties=["Chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
  proposals=["Đề nghị Chi cục TĐC tổ chức lớp tập huấn tại chỗ cho các phường khu vực Vũng Tàu cũ."])

R(file="Xa Binh Gia - bao cao.docx", hand="H3", kind="docx", unit_id="26590", unit_name="Xã Bình Giã",
  ward_upper="XÃ BÌNH GIÃ", number="142/BC-UBND", date="2026-10-19", signer=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Sáu"),
  status="rejected", reason="Báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng năm 2026 của UBND xã Bình Giã, không phải báo cáo Kế hoạch CT38 (gửi nhầm).",
  mistaken_title="Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026")

# ---------------- H4: Trương Văn Phúc (department, XLSX letter + table)
R(file="SNNMT_BaoCao_KH38.xlsx", hand="H4", kind="xlsx", unit_id="SO-NNMT", unit_name="Sở Nông nghiệp và Môi trường",
  number="1972/BC-SNNMT", date="2026-10-29",
  entries=[
   E("II.2.e", "in_progress", {"standards_reviewed": 6},
     "Góp ý 05 dự thảo QCVN về phân bón, thức ăn chăn nuôi, giống cây trồng; đang chủ trì xây dựng 01 quy chuẩn kỹ thuật địa phương về nước thải chăn nuôi.",
     plan="Chủ trì, phối hợp … xây dựng, góp ý tiêu chuẩn quy chuẩn kỹ thuật quốc gia …",
     res=["- 06 quy chuẩn (góp ý 05 QCVN, xây dựng 01 QCĐP)"]),
   E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 104, "violations": 13, "fines_vnd": 286750000, "samples_tested": 58},
     "Kiểm tra chất lượng vật tư nông nghiệp (phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi); lấy mẫu kiểm nghiệm.",
     plan="Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng bảo đảm an toàn của sản phẩm, hàng hóa …",
     res=["- 12 cuộc kiểm tra", "- 104 cơ sở được kiểm tra", "- 58 mẫu lấy kiểm nghiệm", "- 13 cơ sở vi phạm", "- Phạt 286.750.000 đ"]),
   E("II.1.a", "completed", {"training_courses": 4, "participants": 320},
     "Tập huấn quy định về chất lượng vật tư nông nghiệp, ghi nhãn cho hộ kinh doanh, hợp tác xã.",
     plan="Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng …",
     res=["- 04 lớp", "- 320 lượt người"]),
   E("II.2.a", "in_progress", {"enterprises_supported": 27},
     "Hỗ trợ hợp tác xã, doanh nghiệp nông nghiệp áp dụng truy xuất nguồn gốc, cấp mã vùng trồng.",
     plan="Triển khai Kế hoạch nâng cao năng suất và chất lượng … (Đề án 100) …",
     res=["- 27 HTX, doanh nghiệp được hỗ trợ truy xuất nguồn gốc"]),
  ],
  difficulties=["Kinh phí kiểm nghiệm mẫu vật tư nông nghiệp còn hạn chế.",
                "Một số hợp tác xã chưa đủ điều kiện áp dụng tem truy xuất nguồn gốc điện tử."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu truy xuất nguồn gốc nông sản với hệ thống của Thành phố."])

R(file="SGDDT_BC-CT38.xlsx", hand="H4", kind="xlsx", unit_id="SO-GDDT", unit_name="Sở Giáo dục và Đào tạo",
  number="3305/BC-SGDĐT", date="2026-10-27",
  entries=[
   E("II.3.d", "completed", {"training_courses": 2, "participants": 140},
     "Phối hợp Chi cục TĐC tập huấn cho giáo viên, học sinh các trường trung cấp về đo lường, nhãn hàng hóa, mã số mã vạch.",
     plan="Xây dựng, tổ chức thực hiện các chương trình … đào tạo, bồi dưỡng, tập huấn cho viên chức, người lao động và sinh viên …",
     res=["- 02 lớp", "- 140 giáo viên, học sinh"]),
   E("II.1.a", "in_progress", {"communications": 6},
     "Lồng ghép tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang tin của Sở và các trường.",
     plan="Tuyên truyền … (Mục II.1)", res=["- 06 tin, bài"]),
   E("II.2.đ", "completed", {},
     "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; đã đánh giá nội bộ tháng 9/2026.",
     plan="… duy trì, cải tiến hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan …", res=[]),
   E("II.5.a", "not_applicable", {},
     "Sở không được giao kiểm tra về tiêu chuẩn, đo lường, chất lượng.",
     plan="Tổ chức kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng …", res=[]),
  ],
  difficulties=["Chưa có tài liệu tập huấn về TĐC phù hợp với học sinh trung cấp."],
  proposals=["Đề nghị Chi cục TĐC biên soạn tài liệu tập huấn dùng chung cho các trường."])

R(file="STC_baocao_CT38_2026.xlsx", hand="H4", kind="xlsx", unit_id="SO-TC", unit_name="Sở Tài chính",
  number="4410/BC-STC", date="2026-10-30",
  entries=[
   E("II.4.a", "in_progress", {},
     "Đã thẩm định, tham mưu UBND Thành phố bố trí dự toán chi sự nghiệp khoa học và công nghệ năm 2026 (trong đó kinh phí thực hiện Kế hoạch CT38 của Sở KH&CN là 349.000.000 đồng); đang thẩm định đề xuất mua sắm trang thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm.",
     plan="Tiếp tục đầu tư cơ sở vật chất, trang thiết bị … đơn vị sự nghiệp công lập thuộc Sở KH&CN", res=[]),
   E("II.2.đ", "completed", {},
     "Duy trì HTQLCL theo TCVN ISO 9001:2015 đối với 100% thủ tục hành chính của Sở.",
     plan="… hệ thống quản lý chất lượng tiên tiến trong hoạt động các cơ quan …", res=[]),
   E("II.3.a", "completed", {"participants": 3},
     "Cử công chức dự lớp tập huấn nghiệp vụ TĐC do Chi cục TĐC tổ chức.",
     plan="Tổ chức các chương trình tập huấn … cho công chức các Sở, ngành …", res=["- 03 công chức tham dự"]),
   E("II.5.a", "not_applicable", {},
     "Không phát sinh.", plan="Tổ chức kiểm tra, giám sát …", res=[]),
  ],
  difficulties=[],
  proposals=["Đề nghị các đơn vị gửi hồ sơ đề xuất mua sắm trang thiết bị năm 2027 trước ngày 30/11/2026 để kịp thẩm định."])

# ---------------- H5: Đặng Quang Vinh (department narrative, DOCX with small tables)
R(file="SATTP_BC_CT38_nam2026.docx", hand="H5", kind="docx", unit_id="SO-ATTP", unit_name="Sở An toàn thực phẩm",
  unit_lines=["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ AN TOÀN THỰC PHẨM"], number="611/BC-SATTP", date="2026-10-28",
  signer=("GIÁM ĐỐC", "", "Phạm Khánh Phong Lan"),
  general="Trên địa bàn Thành phố hiện có khoảng 36.500 cơ sở sản xuất, kinh doanh thực phẩm thuộc phạm vi quản lý của Sở; trong đó có 1.250 cơ sở sản xuất thực phẩm bao gói sẵn phải công bố, tự công bố sản phẩm.",
  entries=[
   E("II.5.a", "in_progress", {"inspections": 15, "establishments_inspected": 412, "violations": 38, "fines_vnd": 1250000000},
     "Sở tổ chức các đoàn kiểm tra chuyên ngành về chất lượng, ghi nhãn thực phẩm bao gói sẵn, phụ gia thực phẩm tại các cơ sở sản xuất, kinh doanh; xử phạt các cơ sở vi phạm về ghi nhãn, công bố sản phẩm.",
     title="Kiểm tra chất lượng, ghi nhãn thực phẩm", rows=[("Số đoàn kiểm tra", "đoàn", "15"), ("Số cơ sở được kiểm tra", "cơ sở", "412"), ("Số cơ sở vi phạm", "cơ sở", "38"), ("Tiền xử phạt", "tỷ đồng", "1,25")],
     verdict="đang thực hiện, dự kiến hoàn thành kế hoạch kiểm tra năm trong tháng 12/2026."),
   E("II.5.b", "in_progress", {"samples_tested": 230},
     "Lấy mẫu thực phẩm lưu thông trên thị trường để giám sát, cảnh báo chất lượng; kết quả đã thông tin cho người tiêu dùng qua Cổng thông tin của Sở.",
     title="Giám sát, khảo sát chất lượng thực phẩm", rows=[("Số mẫu lấy kiểm nghiệm", "mẫu", "230")],
     verdict="đang thực hiện."),
   E("II.2.e", "completed", {"standards_reviewed": 2},
     "Sở góp ý dự thảo quy chuẩn kỹ thuật quốc gia về giới hạn ô nhiễm vi sinh vật trong thực phẩm và về phụ gia thực phẩm theo đề nghị của Bộ Y tế.",
     title="Góp ý quy chuẩn kỹ thuật quốc gia", rows=[("Số dự thảo QCVN đã góp ý", "dự thảo", "02")], verdict="hoàn thành."),
   E("II.1.a", "completed", {"training_courses": 8, "participants": 960, "communications": 45},
     "Tổ chức tập huấn kiến thức, quy định về ghi nhãn, công bố sản phẩm cho cơ sở sản xuất, kinh doanh thực phẩm và phát hành tin, bài tuyên truyền.",
     title="Tập huấn, tuyên truyền cho cơ sở thực phẩm", rows=[("Số lớp tập huấn", "lớp", "08"), ("Số lượt người tham dự", "lượt", "960"), ("Tin, bài tuyên truyền", "tin/bài", "45")],
     verdict="hoàn thành."),
  ],
  difficulties=["Số lượng cơ sở kinh doanh thực phẩm trực tuyến tăng nhanh, khó quản lý.",
                "Chi phí kiểm nghiệm mẫu cao, dự toán năm 2026 chỉ đáp ứng khoảng 60% nhu cầu."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng hàng hóa có liên quan đến thực phẩm.",
             "Kiến nghị UBND Thành phố bổ sung kinh phí kiểm nghiệm mẫu giám sát năm 2027."])

R(file="SXD-BC CT38.docx", hand="H5", kind="docx", unit_id="SO-XD", unit_name="Sở Xây dựng",
  unit_lines=["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ XÂY DỰNG"], number="702/BC-SXD", date="2026-10-26",
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Huỳnh Thanh Khiết"),
  general="Năm 2026 trên địa bàn có khoảng 240 cơ sở sản xuất vật liệu xây dựng đang hoạt động, trong đó 86 cơ sở sản xuất sản phẩm thuộc QCVN 16:2023/BXD.",
  entries=[
   E("II.2.e", "completed", {"standards_reviewed": 4},
     "Sở đã góp ý các dự thảo tiêu chuẩn quốc gia về vật liệu xây dựng (gạch bê tông, tấm thạch cao, sơn tường dạng nhũ tương, kính xây dựng) theo đề nghị của Bộ Xây dựng.",
     title="Góp ý tiêu chuẩn quốc gia về vật liệu xây dựng", rows=[("Số dự thảo TCVN đã góp ý", "dự thảo", "04")], verdict="hoàn thành."),
   E("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 22, "violations": 1, "fines_vnd": 15000000},
     "Kiểm tra chất lượng sản phẩm, hàng hóa vật liệu xây dựng tại cơ sở sản xuất, kinh doanh; xử phạt 01 cơ sở kinh doanh xi măng không có dấu hợp quy.",
     title="Kiểm tra chất lượng vật liệu xây dựng", rows=[("Số cuộc kiểm tra", "cuộc", "05"), ("Số cơ sở được kiểm tra", "cơ sở", "22"), ("Số cơ sở vi phạm", "cơ sở", "01"), ("Tiền xử phạt", "đồng", "15.000.000")],
     verdict="đang thực hiện."),
   E("II.2.d", "in_progress", {"enterprises_supported": 16},
     "Hướng dẫn doanh nghiệp thực hiện công bố hợp quy sản phẩm vật liệu xây dựng theo QCVN 16:2023/BXD.",
     title="Hướng dẫn công bố hợp quy", rows=[("Số doanh nghiệp được hướng dẫn", "doanh nghiệp", "16")], verdict="thực hiện thường xuyên."),
  ],
  difficulties=["Nhiều cơ sở kinh doanh vật liệu xây dựng nhỏ lẻ, không có hồ sơ công bố hợp quy của nhà sản xuất."],
  proposals=["Đề nghị Sở Khoa học và Công nghệ phối hợp lấy mẫu thử nghiệm vật liệu xây dựng lưu thông trên thị trường."])

R(file="STP_BaoCao_CT38.docx", hand="H5", kind="docx", unit_id="SO-TP", unit_name="Sở Tư pháp",
  unit_lines=["UBND THÀNH PHỐ HỒ CHÍ MINH", "SỞ TƯ PHÁP"], number="289/BC-STP", date="2026-10-29", lo=True,
  signer=("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hồng Vân"),
  general="Sở Tư pháp là cơ quan phối hợp trong việc thẩm định, góp ý dự thảo văn bản quy phạm pháp luật và phổ biến, giáo dục pháp luật về tiêu chuẩn, đo lường, chất lượng.",
  entries=[
   E("II.2.c", "completed", {},
     "Sở đã có ý kiến thẩm định dự thảo Quyết định của UBND Thành phố quy định phân cấp quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng và góp ý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm, hàng hóa.",
     title="Thẩm định, góp ý văn bản quy phạm pháp luật", rows=[], verdict="hoàn thành."),
   E("II.1.a", "completed", {"training_courses": 3, "participants": 410},
     "Phối hợp Sở Khoa học và Công nghệ lồng ghép phổ biến Luật Tiêu chuẩn và Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) trong các hội nghị phổ biến pháp luật cho doanh nghiệp.",
     title="Phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", rows=[("Số hội nghị", "hội nghị", "03"), ("Số đại biểu tham dự", "người", "410")], verdict="hoàn thành."),
   E("II.2.đ", "in_progress", {},
     "Sở đang cập nhật, cải tiến quy trình nội bộ trong Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 theo bộ thủ tục hành chính mới công bố.",
     title="Áp dụng ISO 9001 tại cơ quan", rows=[], verdict="đang thực hiện."),
   E("II.5.d", "not_applicable", {},
     "Trong kỳ không phát sinh việc khen thưởng, bảo vệ người tố giác vi phạm trong lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
     title="Bảo vệ người tố giác vi phạm", rows=[], verdict="không phát sinh."),
  ],
  difficulties=[],
  proposals=["Đề nghị Sở Khoa học và Công nghệ cung cấp tài liệu phổ biến các luật mới về tiêu chuẩn, chất lượng để Sở Tư pháp đưa vào chương trình phổ biến pháp luật năm 2027."])

# ================================================================ RENDERERS
def sign_block(doc, signer, noinhan):
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.paragraphs[0].text = ""
    rr = l.paragraphs[0].add_run("Nơi nhận:"); rr.bold = True; rr.italic = True; rr.font.size = Pt(11)
    for n in noinhan:
        p = l.add_paragraph(); x = p.add_run(n); x.font.size = Pt(10)
    r.paragraphs[0].text = ""
    first = True
    for ln in [signer[0], signer[1], "", "", "", signer[2]]:
        if ln == "" and not first: p = r.add_paragraph()
        else:
            p = r.paragraphs[0] if first else r.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if ln: x = p.add_run(ln); x.bold = True

def render_h1(rep):
    doc = newdoc()
    header_table(doc, rep['unit_lines'] + ["_______", "Số: " + rep['number']],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______________", "",
                  "Thành phố Hồ Chí Minh, " + vdate(rep['date'])], bold_left=(2,))
    para(doc)
    if rep['status'] == 'rejected':
        para(doc, "BÁO CÁO", bold=True, align='c')
        para(doc, rep['mistaken_title'], bold=True, align='c')
        runs(doc, [("Kính gửi: ", ""), ("Sở Nội vụ Thành phố Hồ Chí Minh", "")], align='c', indent=False)
        para(doc, "Thực hiện Kế hoạch cải cách hành chính năm 2026 của Ủy ban nhân dân Thành phố và Công văn số 2215/SNV-CCHC của Sở Nội vụ về báo cáo công tác cải cách hành chính định kỳ, Sở Du lịch báo cáo kết quả thực hiện Quý III năm 2026 như sau:", align='j')
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        for h, t in [("1. Cải cách thể chế", "Sở đã rà soát 12 văn bản quy phạm pháp luật thuộc lĩnh vực du lịch, kiến nghị sửa đổi 02 văn bản không còn phù hợp sau sắp xếp đơn vị hành chính."),
                     ("2. Cải cách thủ tục hành chính", "Tổng số hồ sơ tiếp nhận trong quý là 1.146 hồ sơ (cấp, cấp đổi thẻ hướng dẫn viên du lịch, giấy phép kinh doanh lữ hành nội địa), đã giải quyết đúng hạn 1.139 hồ sơ, đạt tỷ lệ 99,4%; 100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình."),
                     ("3. Cải cách tổ chức bộ máy", "Sở hoàn thành sắp xếp lại các phòng chuyên môn theo Quyết định của UBND Thành phố; rà soát vị trí việc làm của 04 phòng và Trung tâm Xúc tiến Du lịch."),
                     ("4. Xây dựng chính quyền điện tử, chính quyền số", "Tiếp tục vận hành hệ thống quản lý văn bản và điều hành; 100% văn bản đi được ký số.")]:
            para(doc, h, bold=True, indent=False); para(doc, t, align='j')
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        para(doc, "Hệ thống dịch vụ công còn lỗi đồng bộ dữ liệu với Cổng dịch vụ công quốc gia.", align='j')
        para(doc, "III. PHƯƠNG HƯỚNG QUÝ IV/2026", bold=True, indent=False)
        para(doc, "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; nâng cao chỉ số hài lòng của người dân, doanh nghiệp.", align='j')
        sign_block(doc, rep['signer'], ["- Như trên;", "- Giám đốc Sở;", "- Lưu: VT, VP."])
        return doc
    para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW", bold=True, align='c', indent=False)
    para(doc, "về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align='c', indent=False)
    runs(doc, [("Kính gửi: ", ""), ("Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", "")], align='c', indent=False)
    para(doc, f"Thực hiện {PLAN} về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 và văn bản đề nghị báo cáo của Chi cục Tiêu chuẩn Đo lường Chất lượng, {rep['unit_name']} báo cáo kết quả thực hiện các nội dung có liên quan như sau:", align='j')
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, e in enumerate(rep['entries'], 1):
        runs(doc, [(f"{i}. ", "b"), ("“" + e['plan'] + "”", "bi"), (f" ({e['role']})", "b")])
        runs(doc, [("Kết quả: ", "u"), (e['text'], "")])
        runs(doc, [("Đánh giá: ", "u"), (e['verdict'], "")])
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for i, d in enumerate(rep['difficulties'], 1): para(doc, f"{i}. {d}", align='j')
    para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
    for i, d in enumerate(rep['proposals'], 1): para(doc, f"{i}. {d}", align='j')
    para(doc, f"Trên đây là báo cáo của {rep['unit_name']}, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tổng hợp./.", align='j')
    sign_block(doc, rep['signer'], ["- Như trên;", "- Sở KH&CN (để b/c);", "- Giám đốc Sở (để b/c);", "- Lưu: VT, TH."])
    return doc

def render_h3(rep):
    doc = newdoc(size=14)
    # tab-typed header, untidy
    for a, b, bl in [("UBND THÀNH PHỐ HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                     ("ỦY BAN NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc", True),
                     (rep['ward_upper'], "", True), ("", "", False),
                     ("Số: " + rep['number'], rep['unit_name'] + ", " + vdate(rep['date']), False)]:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r1 = p.add_run(a); r1.bold = bl and a != "UBND THÀNH PHỐ HỒ CHÍ MINH"; r1.font.size = Pt(12)
        p.add_run("\t\t")
        r2 = p.add_run(b); r2.bold = bl; r2.italic = b.startswith(rep['unit_name']); r2.font.size = Pt(12)
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
    if rep['status'] == 'rejected':
        para(doc, rep['mistaken_title'], bold=True, align='c', indent=False)
        para(doc, "Thực hiện chỉ đạo của Ban Chỉ huy Phòng thủ dân sự Thành phố, UBND xã Bình Giã báo cáo kết quả công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026 như sau:")
        para(doc, "1. Tình hình thiên tai")
        para(doc, "Từ đầu năm đến nay trên địa bàn xã xảy ra 03 trận mưa lớn kèm lốc xoáy làm tốc mái 17 căn nhà ở ấp Bình Giã và ấp Bình Thuận, 2,3 ha cà phê, tiêu bị ngã đổ; không có thiệt hại về người.")
        para(doc, "2. Công tác chuẩn bị, ứng phó")
        para(doc, "Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; tổ chức 01 buổi diễn tập ứng phó sạt lở, ngập úng với 120 người tham gia; chuẩn bị đủ vật tư, lương thực theo phương châm “4 tại chỗ”.")
        para(doc, "3. Khắc phục hậu quả")
        para(doc, "Hỗ trợ 17 hộ bị tốc mái với tổng số tiền 85 triệu đồng từ quỹ phòng, chống thiên tai và vận động mạnh thường quân.")
        para(doc, "* Khó khăn: kinh phí mua sắm trang thiết bị cứu hộ còn thiếu.", indent=False)
        para(doc, "* Đề xuất: đề nghị cấp trên hỗ trợ 02 xuồng cứu hộ và áo phao.", indent=False)
    else:
        para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align='c', indent=False)
        para(doc, f"Thực hiện {PLAN}, UBND {rep['unit_name'][0].lower() + rep['unit_name'][1:]} báo cáo kết quả thực hiện trên địa bàn như sau:")
        for i, e in enumerate(rep['entries'], 1):
            para(doc, f"{i}. {e['title']}", bold=True, indent=False)
            para(doc, e['text'])
            para(doc, e['close'], italic=True)
        para(doc, "* Khó khăn:", bold=True, indent=False)
        for d in rep['difficulties']: para(doc, "- " + d, indent=False)
        para(doc, "* Đề xuất:", bold=True, indent=False)
        for d in rep['proposals']: para(doc, "- " + d, indent=False)
        para(doc, f"Trên đây là báo cáo của UBND {rep['unit_name']}./.")
    sign_block(doc, rep['signer'], ["- Chi cục TĐC TP.HCM;" if rep['status'] != 'rejected' else "- BCH PTDS Thành phố;", "- TT Đảng ủy, HĐND " + rep['unit_name'].split()[0].lower() + ";", "- Lưu: VT, KT."])
    return doc

def render_h5(rep):
    doc = newdoc()
    header_table(doc, rep['unit_lines'] + ["Số: " + rep['number']],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                  "TP. Hồ Chí Minh, " + vdate(rep['date'])], bold_left=(1,))
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align='c', indent=False, size=14)
    para(doc, "Tình hình triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026", bold=True, align='c', indent=False)
    para(doc, "I. TÌNH HÌNH CHUNG", bold=True, indent=False)
    para(doc, rep['general'], align='j')
    para(doc, "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ", bold=True, indent=False)
    for i, e in enumerate(rep['entries'], 1):
        para(doc, f"2.{i}. {e['title']}", bold=True, indent=False)
        para(doc, e['text'], align='j')
        if e['rows']:
            simple_table(doc, [("Chỉ tiêu", "ĐVT", "Kết quả")] + list(e['rows']), widths=(9, 3, 3))
        runs(doc, [("Mức độ hoàn thành: ", "i"), (e['verdict'], "i")])
    para(doc, "III. TỒN TẠI, KHÓ KHĂN", bold=True, indent=False)
    if rep['difficulties']:
        for k, d in zip("abcdef", rep['difficulties']): para(doc, f"{k}) {d}", align='j')
    else:
        para(doc, "Không có.", align='j')
    para(doc, "IV. ĐỀ XUẤT", bold=True, indent=False)
    for k, d in zip("abcdef", rep['proposals']): para(doc, f"{k}) {d}", align='j')
    sign_block(doc, rep['signer'], ["- Sở Khoa học và Công nghệ;", "- Chi cục TĐC;", "- Lưu: VT."])
    return doc

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical='top')

def render_h2(rep):
    wb = Workbook(); ws = wb.active; ws.title = "BC_CT38"
    ws.merge_cells('A1:C1'); ws['A1'] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM"
    ws.merge_cells('A2:C2'); ws['A2'] = rep['short']; ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:C3'); ws['A3'] = "Số: " + rep['number']
    ws.merge_cells('D1:F1'); ws['D1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:F2'); ws['D2'] = "Độc lập - Tự do - Hạnh phúc"
    y, m, d = rep['date'].split('-')
    ws.merge_cells('D3:F3'); ws['D3'] = f"TP. Hồ Chí Minh, ngày {d} tháng {m} năm {y}"; ws['D3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'): ws[c].alignment = Alignment(horizontal='center', wrap_text=True)
    ws.merge_cells('A5:F5'); ws['A5'] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:F6'); ws['A6'] = "(Số liệu từ 01/01/2026 đến 20/10/2026)"; ws['A6'].font = Font(italic=True); ws['A6'].alignment = Alignment(horizontal='center')
    hdr = ["STT", "Nội dung công việc / Chỉ tiêu", "ĐVT", "Thực hiện", "Trạng thái", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9D9D9')
    r = 9; band = PatternFill('solid', fgColor='DDEBF7')
    for i, e in enumerate(rep['entries'], 1):
        vals = [i, e['band'], None, None, rep['statusword'][e['status']], None]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.fill = band; c.font = Font(bold=True); c.border = BOX; c.alignment = WRAP
        r += 1
        for k, (lab, unit, val, key) in enumerate(e['rows']):
            ws.cell(r, 1, f"{i}.{k+1}"); ws.cell(r, 2, "- " + lab); ws.cell(r, 3, unit); c = ws.cell(r, 4, val)
            if isinstance(val, float): c.number_format = '#,##0.0'
            elif isinstance(val, int) and val >= 1000: c.number_format = '#,##0'
            for j in range(1, 7): ws.cell(r, j).border = BOX; ws.cell(r, j).alignment = WRAP
            r += 1
    r += 1
    ws.cell(r, 1, "KHÓ KHĂN, VƯỚNG MẮC:").font = Font(bold=True); r += 1
    for dd in rep['difficulties']: ws.cell(r, 2, "- " + dd).alignment = WRAP; r += 1
    ws.cell(r, 1, "ĐỀ XUẤT:").font = Font(bold=True); r += 1
    for dd in rep['proposals']: ws.cell(r, 2, "- " + dd).alignment = WRAP; r += 1
    r += 1
    ws.cell(r, 5, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r, 1, "Người lập biểu").font = Font(bold=True)
    for col, w in zip("ABCDEF", (7, 55, 13, 13, 17, 16)): ws.column_dimensions[col].width = w
    return wb

def render_h4(rep):
    wb = Workbook(); ws = wb.active; ws.title = "BaoCao"
    ws.merge_cells('A1:C1'); ws['A1'] = "UBND THÀNH PHỐ HỒ CHÍ MINH"
    ws.merge_cells('A2:C2'); ws['A2'] = rep['unit_name'].upper(); ws['A2'].font = Font(bold=True)
    ws.merge_cells('A3:C3'); ws['A3'] = "Số: " + rep['number']
    ws.merge_cells('D1:F1'); ws['D1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['D1'].font = Font(bold=True)
    ws.merge_cells('D2:F2'); ws['D2'] = "Độc lập - Tự do - Hạnh phúc"; ws['D2'].font = Font(bold=True)
    y, m, d = rep['date'].split('-')
    ws.merge_cells('D3:F3'); ws['D3'] = f"Thành phố Hồ Chí Minh, ngày {d} tháng {m} năm {y}"; ws['D3'].font = Font(italic=True)
    for c in ('A1', 'A2', 'A3', 'D1', 'D2', 'D3'): ws[c].alignment = Alignment(horizontal='center')
    ws.merge_cells('A5:F5'); ws['A5'] = "BÁO CÁO"; ws['A5'].font = Font(bold=True, size=14); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:F6'); ws['A6'] = f"Kết quả thực hiện {PLAN} (triển khai Chỉ thị 38-CT/TW năm 2026)"
    ws['A6'].alignment = Alignment(horizontal='center', wrap_text=True); ws.row_dimensions[6].height = 32
    hdr = ["STT", "Nhiệm vụ theo Kế hoạch", "Công việc Sở đã thực hiện", "Kết quả (số liệu)", "Tiến độ", "Ghi chú"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(8, j, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for j in range(1, 7):
        c = ws.cell(9, j, f"({j})"); c.alignment = Alignment(horizontal='center'); c.border = BOX; c.font = Font(italic=True)
    word = {"completed": "Hoàn thành", "in_progress": "Đang thực hiện", "not_started": "Chưa thực hiện", "not_applicable": "Không phát sinh"}
    r = 10
    for i, e in enumerate(rep['entries'], 1):
        vals = [i, e['plan'], e['text'], "\n".join(e['res']), word[e['status']], ""]
        for j, v in enumerate(vals, 1):
            c = ws.cell(r, j, v); c.border = BOX; c.alignment = WRAP
        ws.row_dimensions[r].height = max(45, 16 * max(1, len(e['res'])), 15 * (len(e['text']) // 40 + 1))
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True, underline='single'); r += 1
    if rep['difficulties']:
        for dd in rep['difficulties']: ws.cell(r, 2, "- " + dd); r += 1
    else:
        ws.cell(r, 2, "- Không."); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True, underline='single'); r += 1
    for dd in rep['proposals']: ws.cell(r, 2, "- " + dd); r += 1
    r += 1
    ws.cell(r, 5, "KT. GIÁM ĐỐC").font = Font(bold=True); ws.cell(r + 1, 5, "PHÓ GIÁM ĐỐC").font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 40, 50, 30, 16, 10)): ws.column_dimensions[col].width = w
    return wb

def lo_resave(path):
    import subprocess, tempfile, shutil
    ext = path.rsplit('.', 1)[1]
    td = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", td, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(td, os.path.basename(path)), path)

def main():
    for rep in REPORTS:
        path = os.path.join(OUT, rep['file'])
        obj = {"H1": render_h1, "H3": render_h3, "H5": render_h5, "H2": render_h2, "H4": render_h4}[rep['hand']](rep)
        obj.save(path)
        if rep.get('lo'): lo_resave(path)
    # keys last
    for rep in REPORTS:
        path = os.path.join(OUT, rep['file'])
        sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
        rej = rep['status'] == 'rejected'
        key = {"file": rep['file'], "sha256": sha, "status": rep['status'], "reason": rep['reason'],
               "unit": {"id": rep['unit_id'], "name": rep['unit_name']},
               "document": {"number": rep['number'], "date": rep['date']},
               "entries": [] if rej else [{"task": e['task'], "status": e['status'], "indicators": e['indicators'], "text": e['text']} for e in rep['entries']],
               "findings": [], "difficulties": rep['difficulties'], "proposals": rep['proposals']}
        json.dump(key, open(os.path.join(OUT, 'truth', rep['file'] + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(len(REPORTS), "reports")

if __name__ == '__main__':
    main()
