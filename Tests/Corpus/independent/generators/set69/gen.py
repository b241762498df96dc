# -*- coding: utf-8 -*-
"""Generator for set69: phường/xã reports of province 79 in four hands.
Run: python3 gen.py  (then LibreOffice re-save + keys are written by finalize())."""
import json, os, hashlib, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, underline=False, align=None, size=None, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p


def header_table(d, left, right):
    t = d.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left, right)):
        c = t.cell(0, ci); c.paragraphs[0].text = ""
        first = True
        for txt, b, it in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = it; r.font.size = Pt(12 if b else 13)
    return t


# ======================================================== HAND 1 — Trần Văn Lộc
# ex-Công an xã, now officer of Phòng Kinh tế of a xã. "Mặt công tác n:" headings,
# vụ/lượt/đối tượng vocabulary, status only in a closing "Tồn đọng: …" line.
def h1_doc(fname, xa, so, place_date, title, period, intro, mcts, diffs, props, table_header=True, kind="BC"):
    d = new_doc(size=14)
    if table_header:
        header_table(d, [("ỦY BAN NHÂN DÂN", True, False), (xa.upper(), True, False), ("", False, False),
                         ("Số: %s" % so, False, False)],
                     [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                      ("", False, False), (place_date, False, True)])
    else:
        para(d, "UBND %s\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" % xa.upper(), bold=True, size=12)
        para(d, "PHÒNG KINH TẾ\t\t\tĐộc lập - Tự do - Hạnh phúc", bold=True, size=12)
        para(d, "Số: %s\t\t\t%s" % (so, place_date), size=13)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title, bold=True, align="c")
    para(d, period, italic=True, align="c")
    para(d)
    para(d, "I. TÌNH HÌNH CHUNG", bold=True)
    para(d, intro, align="j", indent=1)
    para(d, "II. KẾT QUẢ THỰC HIỆN CÁC MẶT CÔNG TÁC", bold=True)
    for i, (head, body, tondong) in enumerate(mcts, 1):
        p = para(d, "", align="j")
        r = p.add_run("Mặt công tác %d: %s" % (i, head)); r.bold = True; r.underline = True
        for b in body:
            para(d, b, align="j", indent=1)
        if tondong:
            p = para(d, "", indent=1)
            r = p.add_run("Tồn đọng: "); r.bold = True
            p.add_run(tondong)
    para(d, "III. KHÓ KHĂN, TỒN TẠI", bold=True)
    for x in diffs:
        para(d, "- " + x, align="j", indent=1)
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x, align="j", indent=1)
    para(d, "Trên đây là báo cáo kết quả của UBND %s./." % xa, indent=1)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Nơi nhận:\n- Chi cục TCĐLCL TP.HCM;\n- TT Đảng ủy, TT HĐND xã;\n- Công an xã;\n- Lưu: VT, KT."
    t.cell(0, 1).text = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + ("Nguyễn Văn Thành" if "Lâm" in xa else "Lê Hoàng Phúc")
    d.save(os.path.join(OUT, fname))


def hand1():
    # 1 — Xã Bàu Lâm
    f = "bc-ct38-xa-bau-lam.docx"
    m = [
        ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
         ["Phối hợp Đài truyền thanh xã phát 14 lượt tin tuyên truyền về đo lường trong mua bán tại chợ, ghi nhãn hàng hóa, hàng giả, hàng kém chất lượng. Ngày 19/4/2026 tổ chức 01 hội nghị tuyên truyền cho hộ kinh doanh tại chợ Bàu Lâm, có 85 lượt người dự."],
         "Không."),
        ("Kiểm tra về đo lường tại chợ, cửa hàng xăng dầu (nội dung được phân quyền)",
         ["Tổ công tác liên ngành của xã (Phòng Kinh tế, Công an xã, Ban quản lý chợ) tổ chức 03 cuộc kiểm tra, kiểm tra 27 cơ sở (22 hộ kinh doanh tại chợ, 05 cửa hàng xăng dầu). Qua kiểm tra phát hiện 02 vụ vi phạm (sử dụng cân đồng hồ sai số vượt quá giới hạn cho phép), lập biên bản 02 vụ, tham mưu Chủ tịch UBND xã ra quyết định xử phạt 02 đối tượng với tổng số tiền 3.000.000 đồng, tạm giữ tang vật 02 cân đồng hồ."],
         "còn 01 đối tượng chưa chấp hành nộp phạt, tiếp tục theo dõi, đôn đốc trong Quý IV."),
        ("Quản lý cân đối chứng tại chợ",
         ["Phối hợp Ban quản lý chợ đưa 02 cân đối chứng đặt tại chợ Bàu Lâm và chợ Suối Rao đi kiểm định, đã có giấy chứng nhận kiểm định còn hiệu lực."],
         "Không."),
        ("Tiếp nhận tin báo, tố giác vi phạm",
         ["Trong kỳ không tiếp nhận tin báo, đơn thư tố giác nào liên quan lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
         "Không phát sinh."),
        ("Bồi dưỡng nghiệp vụ cho cán bộ",
         ["Cử 02 đồng chí (01 công chức Phòng Kinh tế, 01 cán bộ Công an xã) tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức ngày 16/5/2026."],
         "Không."),
    ]
    diffs = ["Xã chưa có cán bộ chuyên trách về tiêu chuẩn, đo lường, chất lượng, cán bộ kiêm nhiệm nhiều việc nên việc nắm tình hình tại chợ chưa thường xuyên.",
             "Chưa được trang bị phương tiện kiểm tra (quả cân chuẩn, bình chuẩn) nên mỗi lần kiểm tra phải mượn của Chi cục."]
    props = ["Đề nghị Chi cục hỗ trợ xã 01 bộ quả cân chuẩn để phục vụ kiểm tra tại chợ.",
             "Đề nghị tổ chức tập huấn lại về thẩm quyền xử phạt vi phạm hành chính trong lĩnh vực đo lường cho cấp xã."]
    h1_doc(f, "Xã Bàu Lâm", "87/BC-UBND", "Bàu Lâm, ngày 27 tháng 10 năm 2026",
           "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
           "(Số liệu tính từ 01/01/2026 đến 20/10/2026)",
           "Địa bàn xã có 02 chợ (chợ Bàu Lâm, chợ Suối Rao), 05 cửa hàng xăng dầu và khoảng 640 hộ kinh doanh cá thể. Tình hình an ninh trật tự trong hoạt động mua bán ổn định, không phát sinh vụ việc phức tạp. Thực hiện Kế hoạch của Sở Khoa học và Công nghệ, UBND xã đã giao Phòng Kinh tế chủ trì, phối hợp Công an xã triển khai.",
           m, diffs, props)
    key(f, "26638", "Xã Bàu Lâm", "87/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"communications": 14, "training_courses": 1, "participants": 85}, m[0][1][0]),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000}, m[1][1][0]),
        ("II.4.b", "completed", {"instruments_verified": 2}, m[2][1][0]),
        ("II.5.d", "not_applicable", {}, m[3][1][0]),
        ("II.3.a", "completed", {"participants": 2}, m[4][1][0]),
    ], diffs, props)

    # 2 — Xã Ngãi Giao
    f = "bc ket qua CT38 Ngai Giao.docx"
    m = [
        ("Tuyên truyền",
         ["Đăng 08 tin, bài trên trang thông tin điện tử và hệ thống loa truyền thanh của xã về quyền lợi người tiêu dùng, cân đong đo đếm, hàng giả, hàng kém chất lượng."],
         "Không."),
        ("Kiểm tra đo lường xăng dầu",
         ["Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 01 cuộc kiểm tra đo lường tại 04 cửa hàng xăng dầu trên Quốc lộ 56, chưa phát hiện trường hợp vi phạm."],
         "tiếp tục kiểm tra chợ Ngãi Giao trong Quý IV/2026."),
        ("Đấu tranh hàng giả, hàng kém chất lượng, nhãn hàng hóa",
         ["Đoàn kiểm tra liên ngành xã kiểm tra 02 cuộc về nhãn hàng hóa, hàng giả, hàng kém chất lượng đối với 15 cơ sở kinh doanh tạp hóa, phát hiện 03 vụ vi phạm về nhãn hàng hóa, xử phạt 03 đối tượng, tổng số tiền 4.500.000 đồng, tiêu hủy tang vật 120 sản phẩm không rõ nguồn gốc."],
         "Không."),
        ("Hệ thống quản lý chất lượng ISO tại UBND xã",
         ["Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa, đã cập nhật quy trình cho các thủ tục hành chính mới sau sắp xếp."],
         "chưa tổ chức đánh giá nội bộ năm 2026, dự kiến tháng 11/2026."),
        ("Phối hợp khảo sát chất lượng",
         ["Phối hợp đoàn của Chi cục lấy 06 mẫu xăng, dầu diesel để khảo sát chất lượng."],
         "đang chờ kết quả thử nghiệm của Chi cục."),
    ]
    diffs = ["Kinh phí cho hoạt động kiểm tra chưa được bố trí riêng, phải lồng ghép kinh phí quản lý thị trường của xã."]
    props = ["Đề nghị Chi cục thông báo kết quả khảo sát mẫu xăng dầu cho UBND xã để theo dõi, xử lý.",
             "Đề nghị Sở có văn bản hướng dẫn cụ thể các nội dung được phân quyền cho cấp xã sau sắp xếp."]
    h1_doc(f, "Xã Ngãi Giao", "131/BC-UBND", "Ngãi Giao, ngày 30 tháng 10 năm 2026",
           "Tình hình, kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị 38-CT/TW",
           "(Từ ngày 01/01/2026 đến ngày 25/10/2026)",
           "Trên địa bàn xã có 01 chợ, 09 cửa hàng xăng dầu và nhiều cơ sở kinh doanh tạp hóa, vật tư nông nghiệp. Qua công tác nắm tình hình, không phát hiện đường dây, ổ nhóm sản xuất, buôn bán hàng giả.",
           m, diffs, props)
    key(f, "26575", "Xã Ngãi Giao", "131/BC-UBND", "2026-10-30", [
        ("II.1.a", "completed", {"communications": 8}, m[0][1][0]),
        ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 4}, m[1][1][0]),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15, "violations": 3, "fines_vnd": 4500000}, m[2][1][0]),
        ("II.2.đ", "in_progress", {}, m[3][1][0]),
        ("II.5.b", "in_progress", {"samples_tested": 6}, m[4][1][0]),
    ], diffs, props)

    # 3 — Xã Phú Giáo (header typed with tabs, no table)
    f = "PhuGiao_BC_TDC_2026.docx"
    m = [
        ("Tuyên truyền cho tiểu thương",
         ["Tổ chức 02 hội nghị tuyên truyền tại chợ Phước Vĩnh (cũ) và chợ An Bình về sử dụng phương tiện đo trong mua bán, có 140 lượt tiểu thương tham dự."],
         "Không."),
        ("Kiểm tra đo lường tại chợ",
         ["Ra quân 02 cuộc kiểm tra cân tại chợ, kiểm tra 31 cơ sở, phát hiện 04 vụ sử dụng cân không kiểm định hoặc sai số vượt mức, xử phạt 04 đối tượng tổng số tiền 6.250.000 đồng."],
         "còn 02 hộ chưa mang cân đi kiểm định lại, đang đôn đốc."),
        ("Truy xuất nguồn gốc nông sản",
         ["Hướng dẫn 09 hợp tác xã, cơ sở sản xuất nông sản (mủ cao su, hạt điều, bưởi) đăng ký mã số mã vạch, tem truy xuất nguồn gốc."],
         "03 cơ sở đang hoàn thiện hồ sơ."),
        ("Tin báo, tố giác",
         ["Không phát sinh đơn thư, tin báo tố giác về tiêu chuẩn, đo lường, chất lượng."],
         "Không phát sinh."),
        ("Giải thưởng Chất lượng Quốc gia",
         ["Đã chuyển văn bản của Chi cục về Giải thưởng Chất lượng Quốc gia đến 12 doanh nghiệp trên địa bàn qua nhóm Zalo doanh nghiệp xã, vận động tham gia; chưa có doanh nghiệp đăng ký."],
         "Không."),
    ]
    diffs = ["Nhiều hộ kinh doanh nhỏ lẻ ở chợ tạm, chợ chiều không cố định nên khó quản lý, kiểm tra.",
             "Cán bộ Phòng Kinh tế mới được điều động về, chưa nắm vững nghiệp vụ đo lường."]
    props = ["Đề nghị Chi cục cử cán bộ hỗ trợ xã trong các đợt kiểm tra đo lường tại chợ."]
    h1_doc(f, "Xã Phú Giáo", "205/BC-UBND", "Phú Giáo, ngày 04 tháng 11 năm 2026",
           "Kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
           "(Kỳ báo cáo: 10 tháng năm 2026)",
           "Xã Phú Giáo được thành lập trên cơ sở sắp xếp thị trấn Phước Vĩnh và các xã lân cận. Tình hình sản xuất kinh doanh trên địa bàn cơ bản ổn định; hoạt động buôn bán tại các chợ diễn ra bình thường.",
           m, diffs, props, table_header=False)
    key(f, "25858", "Xã Phú Giáo", "205/BC-UBND", "2026-11-04", [
        ("II.1.a", "completed", {"training_courses": 2, "participants": 140}, m[0][1][0]),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 31, "violations": 4, "fines_vnd": 6250000}, m[1][1][0]),
        ("II.2.a", "in_progress", {"enterprises_supported": 9}, m[2][1][0]),
        ("II.5.d", "not_applicable", {}, m[3][1][0]),
        ("II.1.b", "completed", {"enterprises_supported": 12}, m[4][1][0]),
    ], diffs, props)

    # 4 — Xã Đất Đỏ, 6 tháng
    f = "Dat Do - bao cao 6 thang CT38.docx"
    m = [
        ("Tuyên truyền",
         ["Phát 05 tin trên loa truyền thanh xã về cân đong, đo đếm và ghi nhãn hàng hóa trong dịp Tết Nguyên đán."],
         "tiếp tục tuyên truyền trong 6 tháng cuối năm."),
        ("Kiểm tra đo lường tại chợ Đất Đỏ",
         ["Phối hợp Ban quản lý chợ kiểm tra 01 cuộc tại chợ Đất Đỏ, kiểm tra 12 cơ sở kinh doanh, phát hiện 01 vụ vi phạm (cân không có dấu kiểm định), xử phạt 01 đối tượng số tiền 1.500.000 đồng."],
         "tiếp tục kiểm tra trong 6 tháng cuối năm."),
        ("Cân đối chứng",
         ["Cân đối chứng đặt tại chợ Đất Đỏ bị hư hỏng từ cuối năm 2025."],
         "chưa thực hiện kiểm định được, chờ bố trí kinh phí mua mới."),
        ("Tập huấn cho cán bộ",
         ["Cử 01 công chức tham dự hội nghị trực tuyến triển khai Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)."],
         "Không."),
    ]
    diffs = ["Cân đối chứng tại chợ hư hỏng, chưa có kinh phí thay thế."]
    props = ["Đề nghị Sở hỗ trợ kinh phí hoặc trang bị cân đối chứng cho chợ Đất Đỏ."]
    h1_doc(f, "Xã Đất Đỏ", "98/BC-UBND", "Đất Đỏ, ngày 10 tháng 6 năm 2026",
           "Kết quả 6 tháng đầu năm 2026 thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW",
           "(Từ 01/01/2026 đến 05/6/2026)",
           "Trong 6 tháng đầu năm, tình hình kinh doanh tại chợ Đất Đỏ và các tuyến đường chính ổn định. Lực lượng Công an xã phối hợp Phòng Kinh tế nắm tình hình, không phát hiện vụ việc nổi cộm.",
           m, diffs, props)
    key(f, "26680", "Xã Đất Đỏ", "98/BC-UBND", "2026-06-10", [
        ("II.1.a", "in_progress", {"communications": 5}, m[0][1][0]),
        ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 12, "violations": 1, "fines_vnd": 1500000}, m[1][1][0]),
        ("II.4.b", "not_started", {}, m[2][1][0]),
        ("II.3.a", "completed", {"participants": 1}, m[3][1][0]),
    ], diffs, props)

    # 5 — mistaken: Xã Hồ Tràm, phòng chống thiên tai
    f = "Ho Tram_bao cao.docx"
    m = [
        ("Công tác chuẩn bị phòng, chống thiên tai",
         ["Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; rà soát 03 khu vực có nguy cơ sạt lở bờ biển; chuẩn bị 02 xuồng, 150 áo phao, 40 phao tròn cứu sinh."],
         "Không."),
        ("Ứng phó áp thấp nhiệt đới tháng 8/2026",
         ["Huy động 65 lượt cán bộ, chiến sĩ Công an, Quân sự xã kêu gọi 112 phương tiện tàu thuyền vào nơi tránh trú an toàn, di dời 18 hộ dân khỏi khu vực nguy hiểm."],
         "Không."),
        ("Tìm kiếm cứu nạn",
         ["Phối hợp Đồn Biên phòng tổ chức 02 vụ tìm kiếm người đuối nước tại bãi tắm Hồ Tràm."],
         "Không."),
    ]
    diffs = ["Phương tiện cứu hộ, cứu nạn của xã còn thiếu, xuồng đã xuống cấp."]
    props = ["Đề nghị Thành phố hỗ trợ kinh phí đầu tư kè chống sạt lở bờ biển khu vực ấp Hồ Tràm."]
    h1_doc(f, "Xã Hồ Tràm", "176/BC-UBND", "Hồ Tràm, ngày 08 tháng 10 năm 2026",
           "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 9 tháng đầu năm 2026",
           "(Từ 01/01/2026 đến 30/9/2026)",
           "Trong 9 tháng đầu năm 2026, trên địa bàn xã chịu ảnh hưởng của 01 áp thấp nhiệt đới và nhiều đợt triều cường, gây sạt lở cục bộ bờ biển.",
           m, diffs, props)
    key(f, "26620", "Xã Hồ Tràm", "176/BC-UBND", "2026-10-08", [], [], [], status="rejected",
        reason="Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")


# ======================================================== HAND 2 — Nguyễn Thị Thu Ba
# older part-time officer of a phường: old-style tone marks (hoà, hoá, quí, thuỷ, khoẻ),
# "-" bullets under routine headings, colloquial status tail after " -- ".
OLD = [("hòa", "hoà"), ("Hòa", "Hoà"), ("HÒA", "HOÀ"), ("hóa", "hoá"), ("Hóa", "Hoá"), ("khỏe", "khoẻ"),
       ("thủy", "thuỷ"), ("Quý", "Quí"), ("quý", "quí"), ("lũy", "luỹ"), ("tùy", "tuỳ"), ("thỏa", "thoả"),
       ("xóa", "xoá"), ("hỏa", "hoả"), ("ủy", "uỷ"), ("Ủy", "Uỷ"), ("ỦY", "UỶ")]


def old(s):
    for a, b in OLD:
        s = s.replace(a, b)
    return s


TAIL = {"completed": "xong rồi.", "in_progress": "đang làm dở", "not_started": "chưa làm được",
        "not_applicable": "phường không có việc này."}


def h2_doc(fname, phuong, so, place_date, groups, chidao, diffs, props, signer):
    d = new_doc(size=13)
    header_table(d, [(old("ỦY BAN NHÂN DÂN"), False, False), (phuong.upper(), True, False), ("Số: %s" % so, False, False)],
                 [(old("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (place_date, False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, old("Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (theo Kế hoạch của Sở Khoa học và Công nghệ về thực hiện Chỉ thị 38-CT/TW)"), bold=True, align="c")
    para(d, old("Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh."), align="c")
    para(d, "I. Công tác chỉ đạo, điều hành", bold=True)
    para(d, old(chidao), align="j", indent=1)
    para(d, "II. Kết quả thực hiện", bold=True)
    for gi, (gname, items) in enumerate(groups, 1):
        para(d, "%d. %s" % (gi, old(gname)), bold=True, italic=True)
        for text, tail in items:
            line = "- " + old(text)
            if tail:
                line += " -- " + old(tail)
            para(d, line, align="j")
    para(d, old("III. Khó khăn, vướng mắc"), bold=True)
    for x in diffs:
        para(d, "- " + x, align="j")
    para(d, old("IV. Kiến nghị"), bold=True)
    for x in props:
        para(d, "- " + x, align="j")
    para(d, old("Uỷ ban nhân dân phường báo cáo để Chi cục tổng hợp./."), indent=1)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = old("Nơi nhận:\n- Như trên;\n- Chủ tịch, các PCT UBND phường;\n- Lưu: VT.")
    t.cell(0, 1).text = old("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n") + signer
    d.save(os.path.join(OUT, fname))


def hand2():
    # 6 — Phường Bà Rịa
    f = "BaRia-BC-CT38-2026.docx"
    a1 = "Phối hợp Trung tâm Văn hóa – Thông tin phường đưa 11 tin, bài lên trang Zalo OA và Fanpage của phường về tiêu chuẩn, đo lường, chất lượng; treo băng rôn ở chợ Bà Rịa, chợ Long Toàn"
    a2 = "Tổ chức 1 buổi tập huấn cho hộ kinh doanh về cân đo, ghi nhãn hàng hóa ngày 22/4, có 62 người tham dự"
    c1 = "Tổ kiểm tra của phường kiểm tra đo lường được 3 cuộc ở chợ Bà Rịa, chợ Long Toàn, kiểm 38 hộ, có 5 hộ dùng cân sai, đã phạt 7.500.000đ"
    c2 = "Phối hợp Đội Quản lý thị trường số 8 kiểm tra 2 cuộc về chất lượng hàng hóa, ghi nhãn tại 9 cơ sở, chưa thấy vi phạm"
    c3 = "Duy trì ISO 9001:2015 ở bộ phận Một cửa, đã làm đánh giá nội bộ trong tháng 9"
    c4 = "Hướng dẫn 4 cơ sở sản xuất nước đá, nước uống đóng chai làm hồ sơ tự công bố chất lượng sản phẩm"
    groups = [("Công tác tuyên truyền", [(a1, None), (a2, "xong rồi.")]),
              ("Công tác kiểm tra", [(c1, "đang làm dở, Quý IV còn kiểm tra thêm các cây xăng."), (c2, "xong rồi.")]),
              ("Các việc khác", [(c3, "xong rồi."), (c4, "đang làm dở, còn 2 cơ sở chưa nộp hồ sơ.")])]
    diffs = [old("Cán bộ phụ trách là cán bộ không chuyên trách, kiêm nhiệm nhiều việc, chưa được tập huấn bài bản."),
             old("Hộ kinh doanh ở chợ thay đổi thường xuyên, nhiều hộ chưa hiểu quy định về cân đối chứng.")]
    props = [old("Đề nghị Chi cục mở lớp tập huấn riêng cho cán bộ phường mới sắp xếp."),
             old("Đề nghị cấp tài liệu, tờ gấp tuyên truyền để phường phát cho bà con tiểu thương.")]
    h2_doc(f, "Phường Bà Rịa", "318/BC-UBND", "Bà Rịa, ngày 02 tháng 11 năm 2026", groups,
           "UBND phường ban hành Kế hoạch số 27/KH-UBND ngày 12/02/2026 triển khai thực hiện; giao Phòng Kinh tế, Hạ tầng và Đô thị làm đầu mối, phối hợp Ban quản lý các chợ và Công an phường.",
           diffs, props, "Võ Thị Kim Liên")
    key(f, "26560", "Phường Bà Rịa", "318/BC-UBND", "2026-11-02", [
        ("II.1.a", "completed", {"communications": 11, "training_courses": 1, "participants": 62}, old(a1) + " " + old(a2)),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 38, "violations": 5, "fines_vnd": 7500000}, old(c1)),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 9}, old(c2)),
        ("II.2.đ", "completed", {}, old(c3)),
        ("II.2.d", "in_progress", {"enterprises_supported": 4}, old(c4)),
    ], diffs, props)

    # 7 — Phường Long Hương (re-saved through LibreOffice later)
    f = "long huong bc tdc.docx"
    a1 = "Đài truyền thanh phường phát 20 tin về đo lường, chất lượng hàng hóa, nhất là dịp Tết"
    b1 = "Cử 3 đồng chí (Phòng Kinh tế, Hạ tầng và Đô thị, Văn phòng HĐND-UBND) đi dự lớp bồi dưỡng nghiệp vụ đo lường do Chi cục mở"
    c1 = "Kiểm tra cân ở chợ Long Hương và chợ Kim Dinh được 2 cuộc, kiểm 24 hộ, chưa thấy vi phạm"
    c2 = "Cân đối chứng chợ Long Hương đã đem đi kiểm định lại trong tháng 4, được 1 cái"
    c3 = "Chưa có ai tố giác hay phản ánh về đo lường, chất lượng"
    c4 = "Việc hướng dẫn hộ kinh doanh làm truy xuất nguồn gốc hàng hóa thì phường chưa làm vì chưa có tài liệu hướng dẫn"
    groups = [("Công tác tuyên truyền, tập huấn", [(a1, "xong rồi."), (b1, "xong rồi.")]),
              ("Công tác kiểm tra", [(c1, "đang làm dở, còn kiểm tra các cây xăng."), (c2, "xong rồi.")]),
              ("Các việc khác", [(c3, "phường không có việc này (không phát sinh)."), (c4, "chưa làm được.")])]
    diffs = [old("Phường chưa có tài liệu hướng dẫn về truy xuất nguồn gốc để hướng dẫn bà con."),
             old("Kinh phí cho công tác kiểm tra không có, chủ yếu lồng ghép.")]
    props = [old("Đề nghị Chi cục gửi tài liệu hướng dẫn truy xuất nguồn gốc cho phường.")]
    h2_doc(f, "Phường Long Hương", "244/BC-UBND", "Long Hương, ngày 28 tháng 10 năm 2026", groups,
           "Phường đã phổ biến Kế hoạch của Sở tới các bộ phận, Ban quản lý chợ, các khu phố; phân công 01 cán bộ theo dõi.",
           diffs, props, "Trần Quốc Hưng")
    key(f, "26566", "Phường Long Hương", "244/BC-UBND", "2026-10-28", [
        ("II.1.a", "completed", {"communications": 20}, old(a1)),
        ("II.3.a", "completed", {"participants": 3}, old(b1)),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 24}, old(c1)),
        ("II.4.b", "completed", {"instruments_verified": 1}, old(c2)),
        ("II.5.d", "not_applicable", {}, old(c3)),
        ("II.2.a", "not_started", {}, old(c4)),
    ], diffs, props)

    # 8 — Phường Dĩ An
    f = "Di An_CT38_bao cao nam.docx"
    a1 = "Đăng 9 tin, bài trên Cổng thông tin điện tử phường; tổ chức 1 hội nghị phổ biến pháp luật về đo lường, chất lượng cho doanh nghiệp, hộ kinh doanh, có 150 người dự"
    a2 = "Gửi thư mời, vận động 20 doanh nghiệp trên địa bàn tham gia Giải thưởng Chất lượng Quốc gia, có 1 doanh nghiệp đăng ký"
    c1 = "Kiểm tra đo lường 4 cuộc ở các cây xăng và chợ Dĩ An, chợ Tân Long, kiểm 52 cơ sở, có 3 cơ sở vi phạm, phạt 12 triệu đồng"
    c2 = "Phối hợp đoàn của Chi cục lấy 10 mẫu mũ bảo hiểm, đồ chơi trẻ em tại các cửa hàng để khảo sát chất lượng"
    c3 = "Hệ thống ISO của phường đang chuyển sang ISO điện tử theo hướng dẫn của Sở Nội vụ"
    groups = [("Công tác tuyên truyền", [(a1, "xong rồi."), (a2, "xong rồi.")]),
              ("Công tác kiểm tra", [(c1, "đang làm dở."), (c2, "xong rồi.")]),
              ("Các việc khác", [(c3, "đang làm dở.")])]
    diffs = [old("Địa bàn phường rộng, nhiều khu công nghiệp, lực lượng kiểm tra mỏng."),
             old("Một số doanh nghiệp chưa quan tâm tới Giải thưởng Chất lượng Quốc gia.")]
    props = [old("Đề nghị Sở sớm hướng dẫn phường triển khai ISO điện tử."),
             old("Đề nghị Chi cục phối hợp kiểm tra đo lường xăng dầu định kỳ với phường.")]
    h2_doc(f, "Phường Dĩ An", "1057/BC-UBND", "Dĩ An, ngày 31 tháng 10 năm 2026", groups,
           "UBND phường đã chỉ đạo các bộ phận chuyên môn thực hiện; giao Phòng Kinh tế, Hạ tầng và Đô thị tham mưu.",
           diffs, props, "Nguyễn Thị Ngọc Hà")
    key(f, "25942", "Phường Dĩ An", "1057/BC-UBND", "2026-10-31", [
        ("II.1.a", "completed", {"communications": 9, "training_courses": 1, "participants": 150}, old(a1)),
        ("II.1.b", "completed", {"enterprises_supported": 20}, old(a2)),
        ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 3, "fines_vnd": 12000000}, old(c1)),
        ("II.5.b", "completed", {"samples_tested": 10}, old(c2)),
        ("II.2.đ", "in_progress", {}, old(c3)),
    ], diffs, props)

    # 9 — Phường Thuận An
    f = "BC Thuan An - TCDLCL.docx"
    a1 = "Đưa 7 tin lên loa và trang thông tin của phường về kinh doanh xăng dầu, cân đo"
    c1 = "Kiểm tra 2 cuộc về đo lường tại 17 cửa hàng xăng dầu, có 1 cửa hàng vi phạm, phạt 15.000.000đ"
    c2 = "Tham gia đoàn liên ngành kiểm tra 1 cuộc về hàng điện, điện tử tại 6 cửa hàng"
    b1 = "Cử 2 cán bộ đi dự tập huấn nghiệp vụ của Chi cục"
    groups = [("Công tác tuyên truyền", [(a1, "xong rồi.")]),
              ("Công tác kiểm tra", [(c1, "xong rồi."), (c2, None)]),
              ("Tập huấn", [(b1, "xong rồi.")])]
    diffs = [old("Phường chưa có phương tiện đo chuẩn để tự kiểm tra.")]
    props = [old("Đề nghị Chi cục hỗ trợ phương tiện, chuyên môn khi phường kiểm tra đo lường xăng dầu.")]
    h2_doc(f, "Phường Thuận An", "389/BC-UBND", "Thuận An, ngày 06 tháng 11 năm 2026", groups,
           "Phường đã giao nhiệm vụ cho Phòng Kinh tế, Hạ tầng và Đô thị theo dõi, tham mưu thực hiện.",
           diffs, props, "Phạm Văn Tài")
    key(f, "25978", "Phường Thuận An", "389/BC-UBND", "2026-11-06", [
        ("II.1.a", "completed", {"communications": 7}, old(a1)),
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 17, "violations": 1, "fines_vnd": 15000000}, old(c1)),
        ("II.5.a", "unknown", {"inspections": 1, "establishments_inspected": 6}, old(c2)),
        ("II.3.a", "completed", {"participants": 2}, old(b1)),
    ], diffs, props)

    # 10 — Phường Chánh Hiệp
    f = "chanh hiep - bao cao CT38.docx"
    a1 = "Mở 1 lớp tập huấn về ghi nhãn hàng hóa, cân đo cho hộ kinh doanh, có 48 người tham dự; đăng 4 tin trên Fanpage phường"
    c1 = "Kiểm tra đo lường được 3 cuộc, kiểm 29 cơ sở (chợ Chánh Hiệp và các cây xăng), 2 cơ sở vi phạm, phạt 2.000.000đ"
    c2 = "Hướng dẫn 6 cơ sở sản xuất trên địa bàn làm hồ sơ công bố hợp quy sản phẩm"
    c3 = "Chợ Chánh Hiệp chưa có cân đối chứng nên chưa kiểm định"
    c4 = "Duy trì ISO 9001:2015 tại Bộ phận Một cửa"
    groups = [("Công tác tuyên truyền, tập huấn", [(a1, "xong rồi.")]),
              ("Công tác kiểm tra", [(c1, "đang làm dở.")]),
              ("Các việc khác", [(c2, "đang làm dở."), (c3, "chưa làm được."), (c4, "xong rồi.")])]
    diffs = [old("Chợ chưa được trang bị cân đối chứng."), old("Cán bộ mới chuyển về, chưa quen việc.")]
    props = [old("Đề nghị trang bị cân đối chứng cho chợ Chánh Hiệp."),
             old("Đề nghị Chi cục tổ chức tập huấn nghiệp vụ cho cán bộ phường trong Quí I/2027.")]
    h2_doc(f, "Phường Chánh Hiệp", "77/BC-UBND", "Chánh Hiệp, ngày 30 tháng 10 năm 2026", groups,
           "UBND phường phân công Phòng Kinh tế, Hạ tầng và Đô thị theo dõi việc thực hiện Kế hoạch.",
           diffs, props, "Đặng Minh Khoa")
    key(f, "25771", "Phường Chánh Hiệp", "77/BC-UBND", "2026-10-30", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 48, "communications": 4}, old(a1)),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 29, "violations": 2, "fines_vnd": 2000000}, old(c1)),
        ("II.2.d", "in_progress", {"enterprises_supported": 6}, old(c2)),
        ("II.4.b", "not_started", {}, old(c3)),
        ("II.2.đ", "completed", {}, old(c4)),
    ], diffs, props)


# ======================================================== HAND 3 — Phạm Minh Tuấn
# newly transferred young officer, XLSX: one row per job with "Ngày" (dates listed) and
# "Địa điểm" columns, quantities joined with " + " in one cell, status column spelled
# inconsistently (HOÀN THÀNH / hoàn thành / đã ht / Dang TH / đang làm / chua lam / ko phát sinh);
# difficulties and proposals as a second small table stacked under the first.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h3_xlsx(fname, phuong, so, place_date, title, rows, diffs, props, sheet="BC"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws.merge_cells("A1:C1"); ws["A1"] = "UBND " + phuong.upper()
    ws.merge_cells("D1:F1"); ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("D2:F2"); ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws.merge_cells("A3:C3"); ws["A3"] = "Số: " + so
    ws.merge_cells("D3:F3"); ws["D3"] = place_date
    for c in ("A1", "D1", "D2"):
        ws[c].font = Font(bold=True); ws[c].alignment = Alignment(horizontal="center")
    ws["A3"].alignment = Alignment(horizontal="center"); ws["D3"].alignment = Alignment(horizontal="center")
    ws["D3"].font = Font(italic=True)
    ws.merge_cells("A5:F5"); ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    hdr = ["STT", "Việc", "Ngày", "Địa điểm", "Số lượng (ghi rõ)", "Tiến độ"]
    r = 7
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(r, ci, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, row in enumerate(rows, 1):
        r += 1
        vals = [i] + list(row)
        for ci, v in enumerate(vals, 1):
            c = ws.cell(r, ci, v); c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=True)
    r += 2
    ws.cell(r, 2, "KHÓ KHĂN").font = Font(bold=True)
    for i, x in enumerate(diffs, 1):
        r += 1; ws.cell(r, 1, i); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(r, 2, x)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True)
    r += 1
    ws.cell(r, 2, "ĐỀ XUẤT").font = Font(bold=True)
    for i, x in enumerate(props, 1):
        r += 1; ws.cell(r, 1, i); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(r, 2, x)
        ws.cell(r, 2).alignment = Alignment(wrap_text=True)
    r += 2
    ws.cell(r, 2, "NGƯỜI LẬP").font = Font(bold=True)
    ws.cell(r, 5, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 3, 2, "Phạm Minh Tuấn")
    for col, w in zip("ABCDEF", (5, 38, 16, 24, 30, 14)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


def hand3():
    # 11 — Phường Tăng Nhơn Phú
    f = "TangNhonPhu_CT38_T10.xlsx"
    rows = [
        ("Tuyên truyền CT38, tiêu chuẩn đo lường chất lượng trên Fanpage, Zalo các khu phố", "3/2026 - 10/2026", "Fanpage UBND phường, nhóm Zalo KP", "16 tin bài", "HOÀN THÀNH"),
        ("KT đo lường cân tại chợ + cây xăng", "14/3; 20/6; 11/9", "Chợ Phước Long, chợ Tăng Nhơn Phú, CHXD đường Lê Văn Việt", "3 cuộc + 41 cơ sở + 4 VP + phạt 6tr", "Dang TH"),
        ("Hướng dẫn hộ KD đăng ký mã QR truy xuất nguồn gốc", "4/2026 - 8/2026", "Chợ Tăng Nhơn Phú", "23 hộ", "đang làm"),
        ("Cử CB dự tập huấn của Chi cục", "16/5", "Hội trường Chi cục", "2 người", "hoàn thành"),
        ("ISO 9001 bộ phận một cửa", "cả năm", "UBND phường", "", "HOÀN THÀNH"),
        ("Tiếp nhận phản ánh cân thiếu, hàng kém CL", "", "", "", "ko phát sinh"),
    ]
    diffs = ["Chưa có cán bộ chuyên môn về đo lường, CB kiêm nhiệm", "Hộ KD ở chợ lớn tuổi, khó hướng dẫn dùng mã QR"]
    props = ["Đề nghị Chi cục cử người hướng dẫn trực tiếp tại chợ về truy xuất nguồn gốc", "Đề nghị hỗ trợ tờ rơi, pano tuyên truyền"]
    h3_xlsx(f, "Phường Tăng Nhơn Phú", "512/BC-UBND", "Tăng Nhơn Phú, ngày 27 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KH CT38 (TIÊU CHUẨN - ĐO LƯỜNG - CHẤT LƯỢNG) NĂM 2026", rows, diffs, props)
    T = lambda row: " | ".join(x for x in row[:4] if x)
    key(f, "26842", "Phường Tăng Nhơn Phú", "512/BC-UBND", "2026-10-27", [
        ("II.1.a", "completed", {"communications": 16}, T(rows[0])),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 41, "violations": 4, "fines_vnd": 6000000}, T(rows[1])),
        ("II.2.a", "in_progress", {"enterprises_supported": 23}, T(rows[2])),
        ("II.3.a", "completed", {"participants": 2}, T(rows[3])),
        ("II.2.đ", "completed", {}, T(rows[4])),
        ("II.5.d", "not_applicable", {}, T(rows[5])),
    ], diffs, props)

    # 12 — Phường Rạch Dừa
    f = "Rach Dua - BC TDC 2026.xlsx"
    rows = [
        ("Tuyên truyền qua loa phát thanh khu phố", "hàng tháng", "Các khu phố", "12 tin", "hoàn thành"),
        ("Hội nghị phổ biến quy định về đo lường cho tiểu thương", "8/4", "Chợ Rạch Dừa", "1 hội nghị + 70 người", "HOÀN THÀNH"),
        ("KT cân, cột đo xăng dầu", "2/2026 - 9/2026", "Chợ Rạch Dừa, 4 CHXD", "2 cuộc + 18 cơ sở", "Dang TH"),
        ("Lấy mẫu xăng khảo sát (phối hợp Chi cục)", "17/7", "CHXD trên đường 30/4", "4 mẫu", "đã ht"),
        ("Cân đối chứng tại chợ", "", "Chợ Rạch Dừa", "", "chua lam"),
    ]
    diffs = ["Chợ Rạch Dừa chưa có vị trí đặt cân đối chứng", "Phường mới sắp xếp, hồ sơ cũ còn thất lạc"]
    props = ["Đề nghị Chi cục hướng dẫn thủ tục trang bị cân đối chứng"]
    h3_xlsx(f, "Phường Rạch Dừa", "233/BC-UBND", "Rạch Dừa, ngày 29 tháng 10 năm 2026",
            "BÁO CÁO KQ THỰC HIỆN CÔNG TÁC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG NĂM 2026", rows, diffs, props, sheet="Sheet1")
    key(f, "26536", "Phường Rạch Dừa", "233/BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"communications": 12, "training_courses": 1, "participants": 70}, T(rows[0]) + " / " + T(rows[1])),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 18}, T(rows[2])),
        ("II.5.b", "completed", {"samples_tested": 4}, T(rows[3])),
        ("II.4.b", "not_started", {}, T(rows[4])),
    ], diffs, props)

    # 13 — Phường Bình Hòa
    f = "binh hoa_bc ct38.xlsx"
    rows = [
        ("Tuyên truyền TCĐLCL, phát tờ rơi cho hộ KD", "cả năm", "Trang TTĐT phường, chợ Bình Hòa", "9 tin bài", "HOÀN THÀNH"),
        ("KT hàng đóng gói sẵn, nhãn hàng hóa (đoàn liên ngành)", "10/6; 15/8", "Các cửa hàng tạp hóa, siêu thị mini", "2 cuộc + 11 cơ sở + 2 VP + phạt 8,5tr", "hoàn thành"),
        ("KT đo lường tại chợ", "3/2026, 9/2026", "Chợ Bình Hòa, chợ Lái Thiêu", "2 cuộc + 25 cơ sở", "Dang TH"),
        ("Hướng dẫn DN công bố hợp chuẩn, hợp quy", "", "DN trên địa bàn", "5 DN", "đang làm"),
        ("Vận động DN tham gia Giải thưởng CLQG", "3/2026", "DN trên địa bàn", "8 DN", "đã ht"),
        ("Duy trì ISO 9001 tại UBND phường", "", "UBND phường", "", "đang làm"),
    ]
    diffs = ["Số lượng DN, hộ KD nhiều, cán bộ ít", "Chưa có kinh phí riêng cho hoạt động TCĐLCL"]
    props = ["Đề nghị bố trí kinh phí cho phường thực hiện kiểm tra đo lường", "Đề nghị Chi cục tập huấn cho cán bộ phường về công bố hợp quy"]
    h3_xlsx(f, "Phường Bình Hòa", "640/BC-UBND", "Bình Hòa, ngày 03 tháng 11 năm 2026",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026", rows, diffs, props)
    key(f, "25987", "Phường Bình Hòa", "640/BC-UBND", "2026-11-03", [
        ("II.1.a", "completed", {"communications": 9}, T(rows[0])),
        ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 11, "violations": 2, "fines_vnd": 8500000}, T(rows[1])),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 25}, T(rows[2])),
        ("II.2.d", "in_progress", {"enterprises_supported": 5}, T(rows[3])),
        ("II.1.b", "completed", {"enterprises_supported": 8}, T(rows[4])),
        ("II.2.đ", "in_progress", {}, T(rows[5])),
    ], diffs, props)

    # 14 — mistaken: Phường Tân Đông Hiệp, chuyển đổi số
    f = "TanDongHiep_BC_9thang.xlsx"
    rows = [
        ("Hồ sơ TTHC trực tuyến toàn trình", "9 tháng", "Bộ phận Một cửa", "2.314 hồ sơ", "Dang TH"),
        ("Số hóa kết quả giải quyết TTHC", "9 tháng", "Bộ phận Một cửa", "1.870 hồ sơ", "đang làm"),
        ("Tập huấn kỹ năng số cho Tổ CNS cộng đồng", "12/5", "Hội trường phường", "2 lớp + 180 người", "HOÀN THÀNH"),
        ("Thanh toán không dùng tiền mặt tại chợ", "", "Chợ Tân Đông Hiệp", "65 tiểu thương", "đang làm"),
    ]
    diffs = ["Đường truyền Internet tại Bộ phận Một cửa chập chờn"]
    props = ["Đề nghị nâng cấp máy tính cho Bộ phận Một cửa"]
    h3_xlsx(f, "Phường Tân Đông Hiệp", "455/BC-UBND", "Tân Đông Hiệp, ngày 09 tháng 10 năm 2026",
            "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ 9 THÁNG NĂM 2026", rows, diffs, props)
    key(f, "25945", "Phường Tân Đông Hiệp", "455/BC-UBND", "2026-10-09", [], [], [], status="rejected",
        reason="Báo cáo kết quả chuyển đổi số, không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW")


# ======================================================== HAND 4 — Lê Thị Kim Hoa
# xã officer newly transferred from Hội Liên hiệp Phụ nữ: XLSX with a "Lồng ghép với" column
# (the meeting or campaign each job rode on), results as short prose with "(nữ n)",
# statuses as organising verbs (Đã tổ chức / Đã làm xong / Đã đi học xong / Đang làm / Chưa tổ chức).
def h4_xlsx(fname, xa, so, place_date, rows, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws["A1"] = "UBND " + xa.upper(); ws["A1"].font = Font(bold=True)
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A2"] = "Số: " + so
    ws["D3"] = place_date; ws["D3"].font = Font(italic=True)
    ws["A5"] = "BÁO CÁO THỰC HIỆN CHỈ THỊ 38 VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026"
    ws["A5"].font = Font(bold=True, size=12)
    ws["A6"] = "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM"
    hdr = ["TT", "Nội dung công việc", "Lồng ghép với", "Kết quả", "Tình hình"]
    r = 8
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(r, ci, h); c.font = Font(bold=True); c.border = BOX
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, row in enumerate(rows, 1):
        r += 1
        for ci, v in enumerate([i] + list(row), 1):
            c = ws.cell(r, ci, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    r += 2
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True, underline="single")
    for x in diffs:
        r += 1; ws.cell(r, 2, "- " + x)
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True, underline="single")
    for x in props:
        r += 1; ws.cell(r, 2, "- " + x)
    r += 2
    ws.cell(r, 4, "TM. UBND XÃ\nCHỦ TỊCH").font = Font(bold=True)
    for col, w in zip("ABCDE", (5, 40, 28, 36, 16)):
        ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))


def hand4():
    # 15 — Xã Bình Giã
    f = "Binh Gia - BC chi thi 38.xlsx"
    rows = [
        ("Tuyên truyền cho bà con về cân đo, hàng giả, hàng kém chất lượng ở chợ", "Sinh hoạt chi hội phụ nữ, họp tổ nhân dân tự quản", "126 lượt người nghe (nữ 88)", "Đã tổ chức"),
        ("Đưa tin trên loa xã", "Chương trình phát thanh hằng tuần", "10 tin", "Đã làm xong"),
        ("Kiểm tra cân ở chợ Bình Giã", "Đợt ra quân Tháng hành động vì an toàn thực phẩm", "2 cuộc, kiểm 20 hộ, 1 hộ vi phạm đã nhắc nhở", "Đang làm"),
        ("Hướng dẫn HTX tiêu, cà phê làm tem truy xuất nguồn gốc", "Hội nghị nông dân xã", "4 hợp tác xã", "Đang làm"),
        ("Cử cán bộ đi tập huấn của Chi cục", "", "1 người", "Đã đi học xong"),
    ]
    diffs = ["Xã chưa có cán bộ chuyên môn về đo lường, phải nhờ Ban quản lý chợ", "Bà con tiểu thương còn e ngại khi kiểm tra cân"]
    props = ["Xin Chi cục cho tài liệu tuyên truyền dễ hiểu để phát cho chị em tiểu thương"]
    h4_xlsx(f, "Xã Bình Giã", "112/BC-UBND", "Bình Giã, ngày 26 tháng 10 năm 2026", rows, diffs, props)
    T = lambda row: " | ".join(x for x in row[:3] if x)
    key(f, "26590", "Xã Bình Giã", "112/BC-UBND", "2026-10-26", [
        ("II.1.a", "completed", {"participants": 126, "communications": 10}, T(rows[0]) + " / " + T(rows[1])),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 20, "violations": 1}, T(rows[2])),
        ("II.2.a", "in_progress", {"enterprises_supported": 4}, T(rows[3])),
        ("II.3.a", "completed", {"participants": 1}, T(rows[4])),
    ], diffs, props)

    # 16 — Xã Châu Đức (re-saved through LibreOffice later)
    f = "chau duc bc tdc 2026.xlsx"
    rows = [
        ("Tuyên truyền Luật Đo lường, Luật Chất lượng sản phẩm hàng hóa", "Ngày hội phụ nữ xã, chợ phiên nông sản", "1 hội nghị, 75 người tham dự (nữ 52)", "Đã tổ chức"),
        ("Kiểm tra đo lường cây xăng", "", "1 cuộc, 3 cây xăng, không có vi phạm", "Đã làm xong"),
        ("Kiểm tra hàng hóa ở tiệm tạp hóa", "Đoàn liên ngành an toàn thực phẩm dịp Tết", "1 cuộc, 8 cơ sở, 2 vi phạm, phạt 2.000.000đ", "Đã làm xong"),
        ("Cân đối chứng ở chợ", "", "Chợ chưa có cân đối chứng", "Chưa tổ chức"),
        ("Áp dụng ISO 9001 tại UBND xã", "", "Đang rà soát lại các quy trình sau sáp nhập", "Đang làm"),
    ]
    diffs = ["Chợ xã chưa có cân đối chứng", "Kinh phí kiểm tra ít"]
    props = ["Đề nghị trang bị cân đối chứng cho chợ xã Châu Đức", "Đề nghị mở lớp tập huấn cho cán bộ xã mới"]
    h4_xlsx(f, "Xã Châu Đức", "301/BC-UBND", "Châu Đức, ngày 02 tháng 11 năm 2026", rows, diffs, props)
    key(f, "26596", "Xã Châu Đức", "301/BC-UBND", "2026-11-02", [
        ("II.1.a", "completed", {"training_courses": 1, "participants": 75}, T(rows[0])),
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 3}, T(rows[1])),
        ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 8, "violations": 2, "fines_vnd": 2000000}, T(rows[2])),
        ("II.4.b", "not_started", {}, T(rows[3])),
        ("II.2.đ", "in_progress", {}, T(rows[4])),
    ], diffs, props)

    # 17 — Xã Phước Hải
    f = "PhuocHai_BC_CT38.xlsx"
    rows = [
        ("Tuyên truyền cho bà con ngư dân, hộ buôn bán hải sản về sử dụng cân", "Họp tổ nhân dân tự quản, sinh hoạt chi hội phụ nữ", "94 lượt người (nữ 61)", "Đã tổ chức"),
        ("Kiểm tra cân ở chợ hải sản Phước Hải", "", "3 cuộc, 35 hộ, 3 vi phạm, phạt 4.500.000 đồng", "Đang làm"),
        ("Phối hợp lấy mẫu nước mắm để khảo sát chất lượng", "Đoàn của Chi cục", "5 mẫu", "Đã làm xong"),
        ("Tiếp nhận phản ánh cân thiếu của du khách", "Đường dây nóng của xã", "2 tin phản ánh, xác minh có 1 trường hợp vi phạm, đã xử lý", "Đã làm xong"),
        ("Cử cán bộ đi tập huấn", "", "2 người", "Đã đi học xong"),
    ]
    diffs = ["Mùa du lịch lượng khách đông, cân thiếu tái diễn", "Xã chưa có quả cân chuẩn để kiểm tra nhanh"]
    props = ["Đề nghị Chi cục hỗ trợ bộ quả cân chuẩn cho xã", "Đề nghị phối hợp kiểm tra chợ hải sản vào dịp lễ 30/4 - 1/5"]
    h4_xlsx(f, "Xã Phước Hải", "145/BC-UBND", "Phước Hải, ngày 29 tháng 10 năm 2026", rows, diffs, props)
    key(f, "26686", "Xã Phước Hải", "145/BC-UBND", "2026-10-29", [
        ("II.1.a", "completed", {"participants": 94}, T(rows[0])),
        ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 35, "violations": 3, "fines_vnd": 4500000}, T(rows[1])),
        ("II.5.b", "completed", {"samples_tested": 5}, T(rows[2])),
        ("II.5.d", "completed", {"violations": 1}, T(rows[3])),
        ("II.3.a", "completed", {"participants": 2}, T(rows[4])),
    ], diffs, props)


def lo_resave(fname, fmt):
    tmp = os.path.join(OUT, ".lo"); os.makedirs(tmp, exist_ok=True)
    src = os.path.join(OUT, fname)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp)


def finalize():
    for f, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, f), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, f + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    os.makedirs(TRUTH, exist_ok=True)
    hand1(); hand2(); hand3(); hand4()
    lo_resave("long huong bc tdc.docx", "docx")
    lo_resave("chau duc bc tdc 2026.xlsx", "xlsx")
    finalize()
    print(len(KEYS), "files")
