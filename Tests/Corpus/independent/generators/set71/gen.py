# -*- coding: utf-8 -*-
"""Generator for set71 (communes of province 79, four hands). Run: python3 gen.py"""
import os, json, hashlib, shutil, subprocess, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.chart import BarChart, Reference

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit[0], "name": unit[1]} if unit else None,
                       document={"number": number, "date": date},
                       entries=[dict(task=e["task"], status=e["status"], indicators=e.get("ind", {}),
                                     text=e.get("text", "")) for e in entries],
                       findings=[], difficulties=diffs, proposals=props)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False, space_after=4):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic, r.underline = bold, italic, underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, 'b'/'i'/'bi'/'')"""
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    return p


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e)
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def header_table(d, left1, left2, number, place_date):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c1, c2 = t.rows[0].cells
    c1.width, c2.width = Cm(6.5), Cm(9.5)
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(p, [(left1 + "\n", ""), (left2, "b")])
    p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(p, [("Số: " + number, "")])
    p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(p, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")])
    p = c2.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(p, [(place_date, "i")])


def add_field(p, instr, result_text):
    def fc(t):
        r = OxmlElement("w:r"); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), t); r.append(f); return r
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r.append(it)
    p._p.append(fc("begin")); p._p.append(r); p._p.append(fc("separate"))
    rr = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = result_text; rr.append(tt); p._p.append(rr)
    p._p.append(fc("end"))


def signature(d, left_lines, right_title, right_name):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    c1, c2 = t.rows[0].cells
    p = c1.paragraphs[0]
    runs(p, [("Nơi nhận:\n", "bi")] + [(x + "\n", "") for x in left_lines])
    for r in p.runs[1:]:
        r.font.size = Pt(11)
    p = c2.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    runs(p, [(right_title + "\n\n\n\n", "b"), (right_name, "b")])


def save_doc(d, fname):
    d.save(os.path.join(OUT, fname))


# ====================================================================== HAND 1
# Trần Minh Khoa style: long ward report with a Word TOC field, Heading styles with typed
# numbers, "Trang x / y" footer, "▪ label: value" lines, "Tình trạng (đến ngày …):" line.
H1 = [
    dict(file="bc-ct38-phuong-ben-thanh-2026.docx", unit=("26743", "Phường Bến Thành"), number="318/BC-UBND",
         date="2026-10-26", asof="20/10/2026", signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Hoàng Phúc"),
         intro="Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bến Thành báo cáo kết quả thực hiện đến ngày 20 tháng 10 năm 2026 như sau:",
         items=[
             dict(task="II.1.a", status="completed", st="Hoàn thành",
                  title="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
                  body="Phường lồng ghép nội dung tiêu chuẩn, đo lường, chất lượng vào các buổi sinh hoạt khu phố và hội nghị tiểu thương chợ Bến Thành.",
                  lines=[("Hội nghị phổ biến cho hộ kinh doanh", "02 hội nghị"), ("Lượt người tham dự", "185 lượt"),
                         ("Tin, bài đăng trên trang thông tin điện tử phường", "07 tin, bài")],
                  ind={"training_courses": 2, "participants": 185, "communications": 7}),
             dict(task="II.5.c", status="in_progress", st="Đang tiếp tục thực hiện",
                  title="Phối hợp Chi cục kiểm tra đo lường tại chợ, cửa hàng vàng bạc, xăng dầu",
                  body="Tổ kiểm tra liên ngành của phường phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra việc chấp hành quy định về đo lường đối với cân tại chợ Bến Thành, chợ Tân Định và các cửa hàng kinh doanh vàng trang sức.",
                  lines=[("Số cuộc kiểm tra", "04 cuộc"), ("Số cơ sở được kiểm tra", "37 cơ sở"),
                         ("Cơ sở vi phạm", "03 cơ sở"), ("Tiền xử phạt", "11.250.000 đồng")],
                  ind={"inspections": 4, "establishments_inspected": 37, "violations": 3, "fines_vnd": 11250000}),
             dict(task="II.4.b", status="completed", st="Hoàn thành",
                  title="Kiểm định cân đối chứng tại các chợ",
                  body="Ban quản lý chợ đã đưa toàn bộ cân đối chứng đi kiểm định định kỳ năm 2026, đặt tại vị trí thuận tiện cho người mua kiểm tra lại.",
                  lines=[("Cân đối chứng được kiểm định", "06 chiếc"), ("Kinh phí", "4.800.000 đồng")],
                  ind={"instruments_verified": 6, "budget_spent_vnd": 4800000}),
             dict(task="II.2.đ", status="in_progress", st="Đang thực hiện",
                  title="Duy trì Hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
                  body="Phường đã rà soát, cập nhật 14 quy trình nội bộ theo bộ máy mới sau sắp xếp; đợt đánh giá nội bộ dự kiến tổ chức trong tháng 11/2026.",
                  lines=[], ind={}),
             dict(task="II.3.a", status="completed", st="Hoàn thành",
                  title="Cử công chức tham gia tập huấn nghiệp vụ",
                  body="Phường cử công chức phụ trách kinh tế tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho cấp xã do Chi cục tổ chức.",
                  lines=[("Số lớp tham dự", "01 lớp"), ("Số công chức tham gia", "03 người")],
                  ind={"training_courses": 1, "participants": 3}),
             dict(task="II.5.d", status="not_applicable", st="Không phát sinh",
                  title="Tiếp nhận, xử lý phản ánh, tố giác vi phạm",
                  body="Trong kỳ, phường không nhận được đơn thư phản ánh, tố giác hành vi vi phạm về tiêu chuẩn, đo lường, chất lượng.",
                  lines=[], ind={}),
         ],
         diffs=["Công chức phụ trách lĩnh vực kiêm nhiệm nhiều việc, chưa được đào tạo chuyên sâu về đo lường.",
                "Phường chưa có phương tiện đo, thiết bị kiểm tra nhanh để phục vụ kiểm tra tại chỗ."],
         props=["Đề nghị Chi cục tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027.",
                "Đề nghị Sở hỗ trợ phường 01 bộ quả cân chuẩn để kiểm tra cân tại chợ."]),
    dict(file="bao-cao-ct38-thu-dau-mot.docx", unit=("25747", "Phường Thủ Dầu Một"), number="1045/BC-UBND",
         date="2026-10-29", asof="25/10/2026", signer=("CHỦ TỊCH", "Nguyễn Thanh Tâm"),
         intro="Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026; Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả như sau:",
         items=[
             dict(task="II.1.a", status="completed", st="Hoàn thành",
                  title="Công tác thông tin, tuyên truyền",
                  body="Phát thanh trên hệ thống loa của 12 khu phố, in và cấp phát tờ rơi hướng dẫn ghi nhãn hàng hóa cho hộ kinh doanh tại chợ Thủ Dầu Một.",
                  lines=[("Tờ rơi, tài liệu phát hành", "1.200 tờ"), ("Tin phát thanh", "24 tin")],
                  ind={"communications": 1224},
                  note="1.200 tờ rơi + 24 tin = 1.224 sản phẩm tuyên truyền"),
             dict(task="II.2.a", status="in_progress", st="Đang thực hiện",
                  title="Hướng dẫn áp dụng truy xuất nguồn gốc",
                  body="Phối hợp Trung tâm hỗ trợ doanh nghiệp hướng dẫn cơ sở sản xuất bánh, nước chấm trên địa bàn đăng ký mã số mã vạch, dán tem truy xuất nguồn gốc.",
                  lines=[("Cơ sở, doanh nghiệp được hướng dẫn", "09 cơ sở")],
                  ind={"enterprises_supported": 9}),
             dict(task="II.5.c", status="in_progress", st="Đang tiếp tục thực hiện",
                  title="Kiểm tra theo phân cấp về đo lường, chất lượng",
                  body="Đoàn kiểm tra của phường kiểm tra cửa hàng xăng dầu, cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em trên các tuyến Cách Mạng Tháng Tám, Yersin.",
                  lines=[("Số đoàn kiểm tra", "03 đoàn"), ("Cơ sở được kiểm tra", "26 cơ sở"), ("Vi phạm", "02 trường hợp"),
                         ("Phạt tiền", "7,5 triệu đồng")],
                  ind={"inspections": 3, "establishments_inspected": 26, "violations": 2, "fines_vnd": 7500000}),
             dict(task="II.2.đ", status="completed", st="Hoàn thành",
                  title="Áp dụng ISO 9001 trong hoạt động của UBND phường",
                  body="Đã ban hành Quyết định công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 sau sắp xếp; hoàn thành đánh giá nội bộ tháng 9/2026.",
                  lines=[("Kinh phí thực hiện", "15.000.000 đồng")], ind={"budget_spent_vnd": 15000000}),
             dict(task="II.1.b", status="not_started", st="Chưa triển khai",
                  title="Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
                  body="Phường chưa nhận được tài liệu hướng dẫn của Chi cục nên chưa tổ chức vận động doanh nghiệp tham gia.",
                  lines=[], ind={}),
         ],
         diffs=["Nhiều hộ kinh doanh nhỏ lẻ tại chợ chưa có ý thức tự kiểm tra cân.",
                "Kinh phí cho công tác tuyên truyền chưa được bố trí riêng, phải lồng ghép."],
         props=["Kiến nghị Chi cục cung cấp tài liệu, tờ gấp tuyên truyền mẫu cho các phường.",
                "Đề nghị hướng dẫn cụ thể việc phân cấp xử phạt vi phạm hành chính về đo lường cho Chủ tịch UBND phường."]),
    dict(file="26506_BaoCao_ChiThi38_nam2026.docx", unit=("26506", "Phường Vũng Tàu"), number="227/BC-UBND",
         date="2026-10-22", asof="15/10/2026", signer=("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Phạm Quốc Việt"),
         intro="Ủy ban nhân dân phường Vũng Tàu báo cáo tình hình, kết quả triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường (số liệu tính đến ngày 15/10/2026) như sau:",
         items=[
             dict(task="II.5.c", status="in_progress", st="Đang thực hiện",
                  title="Kiểm tra đo lường đối với cân, đồng hồ xăng dầu",
                  body="Phường phối hợp Chi cục kiểm tra cân tại chợ Vũng Tàu, chợ Xóm Lưới, chợ hải sản Bến Đình và 05 cửa hàng xăng dầu ven biển.",
                  lines=[("Cuộc kiểm tra", "05 cuộc"), ("Cơ sở được kiểm tra", "48 cơ sở"), ("Cơ sở vi phạm", "06 cơ sở"),
                         ("Số tiền phạt", "18.400.000 đồng"), ("Phương tiện đo được kiểm tra, đối chứng", "112 chiếc")],
                  ind={"inspections": 5, "establishments_inspected": 48, "violations": 6, "fines_vnd": 18400000,
                       "instruments_verified": 112}),
             dict(task="II.5.b", status="completed", st="Hoàn thành",
                  title="Phối hợp lấy mẫu khảo sát chất lượng xăng dầu",
                  body="Phối hợp Chi cục lấy mẫu xăng RON 95, E5 RON 92 và dầu DO tại các cửa hàng trên địa bàn gửi thử nghiệm; kết quả các mẫu đều đạt.",
                  lines=[("Mẫu được lấy", "15 mẫu")], ind={"samples_tested": 15}),
             dict(task="II.1.a", status="completed", st="Hoàn thành",
                  title="Tuyên truyền cho người dân, du khách",
                  body="Đăng tải trên Zalo OA phường và trang thông tin điện tử hướng dẫn du khách sử dụng cân đối chứng tại chợ hải sản.",
                  lines=[("Tin, bài", "11 tin, bài")], ind={"communications": 11}),
             dict(task="II.2.d", status="in_progress", st="Đang thực hiện",
                  title="Hướng dẫn cơ sở chế biến hải sản công bố chất lượng",
                  body="Hướng dẫn cơ sở chế biến nước mắm, khô mực thực hiện tự công bố sản phẩm, ghi nhãn theo quy định.",
                  lines=[("Cơ sở được hướng dẫn", "14 cơ sở")], ind={"enterprises_supported": 14}),
         ],
         diffs=["Lượng du khách đông vào mùa cao điểm, việc kiểm tra cân tại chợ hải sản gặp khó khăn."],
         props=["Đề nghị Chi cục bố trí thêm cân đối chứng cho chợ hải sản Bến Đình."]),
    dict(file="Bao cao CT38 - P Thu Duc (chinh thuc).docx", unit=("26824", "Phường Thủ Đức"), number="562/BC-UBND",
         date="2026-10-30", asof="25/10/2026", signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thị Kim Ngân"),
         intro="Thực hiện chỉ đạo của Sở Khoa học và Công nghệ, Ủy ban nhân dân phường Thủ Đức báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
         items=[
             dict(task="II.3.a", status="completed", st="Hoàn thành",
                  title="Bồi dưỡng kiến thức cho công chức, cán bộ khu phố",
                  body="Phường tổ chức hội nghị phổ biến nghiệp vụ cho công chức Phòng Kinh tế, Hạ tầng và Đô thị và cán bộ khu phố, mời báo cáo viên của Chi cục trình bày.",
                  lines=[("Hội nghị", "01 hội nghị"), ("Đại biểu tham dự", "64 người")],
                  ind={"training_courses": 1, "participants": 64}),
             dict(task="II.2.d", status="in_progress", st="Đang thực hiện",
                  title="Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp quy",
                  body="Giới thiệu 21 doanh nghiệp nhỏ và vừa trên địa bàn tham gia chương trình hỗ trợ áp dụng ISO 22000, HACCP và công bố hợp quy của Chi cục.",
                  lines=[("Doanh nghiệp được giới thiệu, hỗ trợ", "21 doanh nghiệp")], ind={"enterprises_supported": 21}),
             dict(task="II.5.a", status="in_progress", st="Đang tiếp tục thực hiện",
                  title="Kiểm tra chất lượng hàng hóa lưu thông",
                  body="Đội kiểm tra trật tự đô thị phối hợp Đội Quản lý thị trường kiểm tra hàng hóa lưu thông tại chợ Thủ Đức, chợ Linh Trung.",
                  lines=[("Số cuộc", "02 cuộc"), ("Cơ sở", "19 cơ sở"), ("Vi phạm", "01 cơ sở"), ("Tiền phạt", "3.000.000 đồng")],
                  ind={"inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 3000000}),
             dict(task="II.2.i", status="not_started", st="Chưa triển khai",
                  title="Kết nối cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng",
                  body="Phường chờ hướng dẫn tài khoản truy cập từ Sở, chưa thực hiện kết nối.",
                  lines=[], ind={}),
             dict(task="II.5.d", status="not_applicable", st="Không phát sinh",
                  title="Xử lý phản ánh, tố giác",
                  body="Không có đơn thư, phản ánh liên quan trong kỳ báo cáo.", lines=[], ind={}),
         ],
         diffs=["Địa bàn rộng sau sắp xếp (sáp nhập 05 phường cũ), lực lượng kiểm tra mỏng.",
                "Chưa được cấp tài khoản truy cập hệ thống cơ sở dữ liệu của ngành."],
         props=["Đề nghị Sở sớm cấp tài khoản và hướng dẫn khai thác cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường, chất lượng cho UBND phường."]),
    dict(file="cholon-bc-chithi38.docx", unit=("27343", "Phường Chợ Lớn"), number="147/BC-UBND",
         date="2026-10-27", asof="20/10/2026", signer=("CHỦ TỊCH", "Lâm Gia Huy"),
         intro="Ủy ban nhân dân phường Chợ Lớn báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
         items=[
             dict(task="II.5.c", status="in_progress", st="Đang tiếp tục thực hiện",
                  title="Phối hợp kiểm tra đo lường, chất lượng tại chợ Bình Tây và khu kinh doanh Hải Thượng Lãn Ông",
                  body="Tổ công tác của phường phối hợp Chi cục kiểm tra cân, thước tại chợ Bình Tây; kiểm tra nhãn hàng hóa dược liệu khô trên tuyến Hải Thượng Lãn Ông.",
                  lines=[("Cuộc kiểm tra", "06 cuộc"), ("Cơ sở được kiểm tra", "72 cơ sở"), ("Cơ sở vi phạm", "09 cơ sở"),
                         ("Tiền phạt", "26.750.000 đồng")],
                  ind={"inspections": 6, "establishments_inspected": 72, "violations": 9, "fines_vnd": 26750000}),
             dict(task="II.1.a", status="completed", st="Hoàn thành",
                  title="Phổ biến quy định về nhãn hàng hóa cho tiểu thương",
                  body="Tổ chức hội nghị song ngữ Việt – Hoa phổ biến Nghị định về nhãn hàng hóa cho tiểu thương chợ Bình Tây.",
                  lines=[("Hội nghị", "02 hội nghị"), ("Tiểu thương tham dự", "240 lượt"), ("Tài liệu phát", "300 bộ")],
                  ind={"training_courses": 2, "participants": 240, "communications": 300}),
             dict(task="II.2.a", status="in_progress", st="Đang thực hiện",
                  title="Truy xuất nguồn gốc hàng hóa tại chợ",
                  body="Vận động tiểu thương ngành hàng thực phẩm khô áp dụng tem truy xuất nguồn gốc; đã có 35 sạp đăng ký.",
                  lines=[("Sạp, hộ kinh doanh được hướng dẫn", "35 sạp")], ind={"enterprises_supported": 35}),
         ],
         diffs=["Nhiều tiểu thương lớn tuổi, hạn chế tiếng Việt, việc phổ biến quy định mất nhiều thời gian."],
         props=["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền song ngữ Việt – Hoa.",
                "Đề nghị Sở phối hợp Ban quản lý chợ Bình Tây triển khai thí điểm truy xuất nguồn gốc điện tử."]),
]


def h1_build(r):
    d = base_doc()
    for sn, sz in (("Heading 1", 13), ("Heading 2", 13)):
        hs = d.styles[sn]
        hs.font.name = "Times New Roman"; hs.font.size = Pt(sz); hs.font.color.rgb = RGBColor(0, 0, 0)
        hs.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
        hs.element.rPr.rFonts.set(qn("w:ascii"), "Times New Roman"); hs.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
        if sn == "Heading 2":
            hs.font.italic = False
    num, date = r["number"], r["date"]
    y, m, dd = date.split("-")
    name = r["unit"][1]
    place = name.replace("Phường ", "")
    header_table(d, "ỦY BAN NHÂN DÂN", name.upper(), num, "%s, ngày %s tháng %s năm %s" % (place, dd, m, y))
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False, space_after=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW\nvề công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c", indent=False)
    para(d, "_______________", align="c", indent=False)
    # TOC
    para(d, "MỤC LỤC", bold=True, align="c", indent=False)
    toc_lines = ["I. KẾT QUẢ THỰC HIỆN\t2"] + ["%d. %s\t%d" % (i + 1, it["title"], 2 + i // 3) for i, it in enumerate(r["items"])] + \
                ["II. KHÓ KHĂN, VƯỚNG MẮC\t%d" % (3 + len(r["items"]) // 3), "III. ĐỀ XUẤT, KIẾN NGHỊ\t%d" % (3 + len(r["items"]) // 3)]
    p = d.add_paragraph()
    add_field(p, 'TOC \\o "1-2" \\h \\z \\u', toc_lines[0])
    for t in toc_lines[1:]:
        p2 = d.add_paragraph(t)
        p2.paragraph_format.left_indent = Cm(0.6)
    d.add_page_break()
    para(d, r["intro"], align="j")
    d.add_heading("I. KẾT QUẢ THỰC HIỆN", level=1)
    for i, it in enumerate(r["items"]):
        d.add_heading("%d. %s" % (i + 1, it["title"]), level=2)
        para(d, it["body"], align="j")
        for lab, val in it["lines"]:
            p = para(d, "", indent=False, space_after=0)
            p.paragraph_format.left_indent = Cm(1.2)
            runs(p, [("▪ %s: " % lab, ""), (val, "b")])
        if it.get("note"):
            p = para(d, "", indent=False, space_after=0); p.paragraph_format.left_indent = Cm(1.2)
            runs(p, [("(%s)" % it["note"], "i")])
        p = para(d, "", indent=True)
        runs(p, [("Tình trạng (đến ngày %s): " % r["asof"], "i"), (it["st"], "bi")])
        it["text"] = it["title"] + ". " + it["body"]
    d.add_heading("II. KHÓ KHĂN, VƯỚNG MẮC", level=1)
    for x in r["diffs"]:
        para(d, "- " + x, align="j")
    d.add_heading("III. ĐỀ XUẤT, KIẾN NGHỊ", level=1)
    for x in r["props"]:
        para(d, "- " + x, align="j")
    para(d, "Trên đây là báo cáo của Ủy ban nhân dân phường %s./." % place, align="j")
    signature(d, ["- Sở Khoa học và Công nghệ;", "- Chi cục TCĐLCL;", "- TT. Đảng ủy phường;", "- Lưu: VT, KT."], *r["signer"])
    # footer page x / y
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Trang ")
    add_field(fp, "PAGE", "1")
    fp.add_run(" / ")
    add_field(fp, "NUMPAGES", "3")
    for run in fp.runs:
        run.font.size = Pt(10)
    save_doc(d, r["file"])
    key(r["file"], r["unit"], num, date, r["items"], r["diffs"], r["props"])


# ====================================================================== HAND 2
# Đinh Thị Thu Sương style: printed from the ward's e-office system (metadata block on top),
# items "a) b) c)" in running text each closed by a "Phụ trách: đ/c … · Tình trạng: …" line,
# and a Word annex listing the inspected establishments (name, address, result).
H2 = [
    dict(file="VB_TanBinh_0412_BC_CT38.docx", unit=("27004", "Phường Tân Bình"), number="412/BC-UBND",
         date="2026-10-28", mvb="UBND-TB-2026-0412", signer="Hoàng Minh Đức", signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
         items=[
             dict(task="II.5.c", status="in_progress", st="đang tiếp tục",
                  body="Phường phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường, nhãn hàng hóa tại chợ Phạm Văn Hai, chợ Hoàng Hoa Thám và các cửa hàng xăng dầu trên đường Cộng Hòa. Tổng cộng đã thực hiện 04 cuộc, kiểm tra 08 cơ sở (danh sách tại Phụ lục), phát hiện 02 cơ sở vi phạm, xử phạt 9.500.000 đồng.",
                  who="Nguyễn Văn Lộc (công chức Kinh tế)",
                  ind={"inspections": 4, "establishments_inspected": 8, "violations": 2, "fines_vnd": 9500000},
                  annex=[("Cửa hàng xăng dầu Petrolimex số 12", "382 Cộng Hòa", "Đạt"),
                         ("Cửa hàng xăng dầu Cộng Hòa 2", "15 Cộng Hòa", "Đạt"),
                         ("Hộ KD Trần Thị Mai (sạp 41)", "Chợ Phạm Văn Hai", "Vi phạm – cân sai số"),
                         ("Hộ KD Lê Văn Tư (sạp 12)", "Chợ Phạm Văn Hai", "Đạt"),
                         ("Hộ KD Phạm Thị Hoa", "Chợ Hoàng Hoa Thám", "Vi phạm – nhãn hàng hóa"),
                         ("Hộ KD Võ Thanh Bình", "Chợ Hoàng Hoa Thám", "Đạt"),
                         ("Cửa hàng vàng bạc Kim Ngọc Thủy", "210 Hoàng Văn Thụ", "Đạt"),
                         ("Cửa hàng vàng bạc Phú Hưng", "88 Lê Văn Sỹ", "Đạt")]),
             dict(task="II.1.a", status="completed", st="xong",
                  body="Đăng 06 tin, bài tuyên truyền trên trang thông tin điện tử phường; phối hợp Mặt trận Tổ quốc phường tổ chức 01 buổi nói chuyện chuyên đề về quyền lợi người tiêu dùng và cân đo, có 95 lượt người dự.",
                  who="Trần Thị Ngọc Ánh (Văn hóa – Xã hội)",
                  ind={"communications": 6, "training_courses": 1, "participants": 95}),
             dict(task="II.2.đ", status="completed", st="xong",
                  body="UBND phường đã xây dựng lại và công bố Hệ thống quản lý chất lượng TCVN ISO 9001:2015 áp dụng cho bộ máy mới; kinh phí thuê tư vấn 18.000.000 đồng.",
                  who="Lý Thanh Trúc (Văn phòng HĐND-UBND)", ind={"budget_spent_vnd": 18000000}),
             dict(task="II.5.d", status="not_applicable", st="không có phát sinh",
                  body="Chưa tiếp nhận trường hợp tố giác, phản ánh vi phạm về tiêu chuẩn, đo lường, chất lượng.",
                  who="Nguyễn Văn Lộc (công chức Kinh tế)", ind={}),
         ],
         diffs=["Phường chưa có kinh phí riêng cho hoạt động kiểm tra đo lường.",
                "Một số hộ kinh doanh tại chợ thay đổi thường xuyên, khó theo dõi sau kiểm tra."],
         props=["Đề nghị Chi cục cử cán bộ chuyên môn hỗ trợ phường trong các đợt kiểm tra cao điểm cuối năm."]),
    dict(file="VB_DiAn_BC-CT38_signed.docx", unit=("25942", "Phường Dĩ An"), number="0389/BC-UBND",
         date="2026-10-23", mvb="DA-UB-2026-0389", signer="Huỳnh Văn Sáu", signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
         items=[
             dict(task="II.5.c", status="in_progress", st="đang tiếp tục",
                  body="Phối hợp kiểm tra đo lường tại chợ Dĩ An, chợ Nhị Đồng và 02 cửa hàng xăng dầu: 03 cuộc, 06 cơ sở được kiểm tra, không phát hiện vi phạm.",
                  who="Đoàn Thị Thanh (Kinh tế)", ind={"inspections": 3, "establishments_inspected": 6},
                  annex=[("Hộ KD Nguyễn Thị Bé", "Chợ Dĩ An", "Đạt"), ("Hộ KD Trương Văn Út", "Chợ Dĩ An", "Đạt"),
                         ("Hộ KD Lê Thị Lan", "Chợ Nhị Đồng", "Đạt"), ("Hộ KD Cao Văn Nam", "Chợ Nhị Đồng", "Đạt"),
                         ("CHXD Dĩ An 1", "Đường Trần Hưng Đạo", "Đạt"), ("CHXD Sóng Thần", "Đường Nguyễn An Ninh", "Đạt")]),
             dict(task="II.2.d", status="in_progress", st="đang tiếp tục",
                  body="Hướng dẫn 12 doanh nghiệp trong khu công nghiệp Sóng Thần thủ tục công bố hợp quy sản phẩm và tư vấn áp dụng ISO 9001.",
                  who="Đoàn Thị Thanh (Kinh tế)", ind={"enterprises_supported": 12}),
             dict(task="II.1.b", status="completed", st="xong",
                  body="Gửi thư mời và hướng dẫn hồ sơ tham dự Giải thưởng Chất lượng Quốc gia tới 05 doanh nghiệp tiêu biểu trên địa bàn; 01 doanh nghiệp đã nộp hồ sơ.",
                  who="Phan Minh Trí (Văn phòng)", ind={"enterprises_supported": 5}),
             dict(task="II.3.a", status="completed", st="xong",
                  body="Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức tháng 6/2026.",
                  who="Phan Minh Trí (Văn phòng)", ind={"participants": 2, "training_courses": 1}),
             dict(task="II.2.a", status="not_started", st="chưa triển khai được",
                  body="Việc hướng dẫn áp dụng truy xuất nguồn gốc cho cơ sở sản xuất chưa triển khai do chưa có hướng dẫn cụ thể.",
                  who="Đoàn Thị Thanh (Kinh tế)", ind={}),
         ],
         diffs=["Chưa có văn bản hướng dẫn thống nhất về trách nhiệm của UBND phường trong triển khai truy xuất nguồn gốc."],
         props=["Đề nghị Sở ban hành hướng dẫn triển khai Đề án 100 ở cấp phường.",
                "Đề nghị Chi cục phối hợp tổ chức đợt kiểm tra chung tại khu công nghiệp Sóng Thần."]),
    dict(file="VB_CuChi_BC_CT38_2026.docx", unit=("27553", "Xã Củ Chi"), number="276/BC-UBND",
         date="2026-10-21", mvb="CC-UB-2026-0276", signer="Nguyễn Văn Thành", signer_title="CHỦ TỊCH",
         items=[
             dict(task="II.2.a", status="in_progress", st="đang tiếp tục",
                  body="Phối hợp Hợp tác xã bò sữa và các cơ sở sản xuất bánh tráng, nông sản hướng dẫn đăng ký mã số mã vạch, tem truy xuất nguồn gốc cho sản phẩm OCOP; đã hướng dẫn 08 hợp tác xã, cơ sở.",
                  who="Lê Thị Kim Loan (Kinh tế)", ind={"enterprises_supported": 8}),
             dict(task="II.5.c", status="in_progress", st="đang tiếp tục",
                  body="Tổ kiểm tra xã phối hợp Chi cục kiểm tra cân tại chợ Củ Chi và các điểm thu mua nông sản: 02 cuộc, 05 cơ sở, phát hiện 01 cơ sở dùng cân chưa kiểm định, phạt 2.500.000 đồng.",
                  who="Lê Thị Kim Loan (Kinh tế)", ind={"inspections": 2, "establishments_inspected": 5, "violations": 1, "fines_vnd": 2500000},
                  annex=[("Điểm thu mua nông sản Ba Tâm", "Ấp Phú Lợi", "Vi phạm – cân chưa kiểm định"),
                         ("Hộ KD Nguyễn Văn Hai", "Chợ Củ Chi", "Đạt"), ("Hộ KD Trần Thị Sen", "Chợ Củ Chi", "Đạt"),
                         ("Vựa mủ cao su Tư Hùng", "Ấp Bàu Tre", "Đạt"), ("Hộ KD Võ Văn Lành", "Chợ Củ Chi", "Đạt")]),
             dict(task="II.1.a", status="completed", st="xong",
                  body="Phát 12 chuyên mục trên Đài truyền thanh xã về sử dụng cân đúng, ghi nhãn nông sản.",
                  who="Trương Hoài Nam (Văn hóa – Thông tin)", ind={"communications": 12}),
             dict(task="II.2.đ", status="in_progress", st="đang tiếp tục",
                  body="Xã đang chuẩn hóa lại bộ quy trình ISO 9001 theo cơ cấu tổ chức mới của UBND xã.",
                  who="Mai Văn Phước (Văn phòng HĐND-UBND)", ind={}),
         ],
         diffs=["Các cơ sở thu mua nông sản hoạt động theo mùa vụ, khó kiểm tra thường xuyên.",
                "Hợp tác xã còn e ngại chi phí duy trì tem truy xuất nguồn gốc."],
         props=["Đề nghị Sở hỗ trợ kinh phí tem truy xuất nguồn gốc năm đầu cho sản phẩm OCOP của xã."]),
    dict(file="VB_BaRia_BC_38.docx", unit=("26560", "Phường Bà Rịa"), number="198/BC-UBND",
         date="2026-10-19", mvb="BR-UB-2026-0198", signer="Đặng Thị Ngọc Hà", signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
         items=[
             dict(task="II.5.c", status="completed", st="xong",
                  body="Hoàn thành đợt kiểm tra đo lường cao điểm trước Tết Nguyên đán và đợt giữa năm tại chợ Bà Rịa: 02 cuộc, 07 cơ sở, 02 cơ sở vi phạm, phạt 4.000.000 đồng.",
                  who="Ngô Thị Thu (Kinh tế)", ind={"inspections": 2, "establishments_inspected": 7, "violations": 2, "fines_vnd": 4000000},
                  annex=[("Hộ KD Nguyễn Thị Hồng", "Chợ Bà Rịa", "Vi phạm – cân sai"), ("Hộ KD Phạm Văn Đông", "Chợ Bà Rịa", "Đạt"),
                         ("Hộ KD Lê Thị Mến", "Chợ Bà Rịa", "Đạt"), ("Hộ KD Trần Văn Lợi", "Chợ Bà Rịa", "Vi phạm – không có cân"),
                         ("Hộ KD Hồ Thị Tuyết", "Chợ Bà Rịa", "Đạt"), ("CHXD Long Toàn", "Đường 27/4", "Đạt"),
                         ("CHXD Phước Trung", "Đường Nguyễn Thanh Đằng", "Đạt")]),
             dict(task="II.5.b", status="completed", st="xong",
                  body="Phối hợp lấy 10 mẫu (06 mẫu mũ bảo hiểm và 04 mẫu đồ chơi trẻ em) tại các cửa hàng để Chi cục khảo sát chất lượng.",
                  who="Ngô Thị Thu (Kinh tế)", ind={"samples_tested": 10}),
             dict(task="II.3.a", status="completed", st="xong",
                  body="01 công chức tham dự lớp tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho cấp xã.",
                  who="Ngô Thị Thu (Kinh tế)", ind={"participants": 1}),
         ],
         diffs=[],
         props=["Đề nghị Chi cục thông báo kết quả khảo sát mẫu để phường tuyên truyền cho người dân."]),
]
H2_MISTAKE = dict(file="VB_PhuNhuan_BC_ATTP_Q3.docx", unit=("27073", "Phường Phú Nhuận"), number="301/BC-BCĐ",
                  date="2026-10-12", mvb="PN-UB-2026-0301", signer="Trần Quang Vinh", signer_title="TRƯỞNG BAN")


def h2_meta(d, r, kind="Báo cáo"):
    y, m, dd = r["date"].split("-")
    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    meta = [("Mã văn bản", r["mvb"]), ("Loại văn bản", kind), ("Số, ký hiệu", r["number"]),
            ("Ngày ban hành", "%s/%s/%s" % (dd, m, y)), ("Người ký", r["signer"] + " – Độ khẩn: Thường")]
    for i, (a, b) in enumerate(meta):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        for c in (t.cell(i, 0), t.cell(i, 1)):
            for rr in c.paragraphs[0].runs:
                rr.font.size = Pt(9)
                rr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p = d.add_paragraph("Văn bản được ký số và phát hành qua Hệ thống quản lý văn bản và điều hành.")
    p.runs[0].font.size = Pt(8); p.runs[0].italic = True
    para(d)


def h2_build(r):
    d = base_doc(size=13)
    y, m, dd = r["date"].split("-")
    name = r["unit"][1]
    h2_meta(d, r)
    header_table(d, "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\n" + name.upper(), r["number"],
                 "%s, ngày %s tháng %s năm %s" % (name.replace("Phường ", "").replace("Xã ", ""), dd, m, y))
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False, space_after=0)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", bold=True, align="c", indent=False)
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c", indent=False)
    para(d, "Ủy ban nhân dân %s báo cáo kết quả triển khai các nội dung được giao như sau:" % name, align="j")
    para(d, "1. Kết quả thực hiện", bold=True, indent=True)
    letters = "abcdđeg"
    for i, it in enumerate(r["items"]):
        p = para(d, "", align="j")
        runs(p, [("%s) " % letters[i], "b"), (it["body"], "")])
        p = para(d, "", align="j", space_after=8)
        runs(p, [("Phụ trách: đ/c %s · Tình trạng: %s." % (it["who"], it["st"]), "i")])
        it["text"] = it["body"]
    para(d, "2. Khó khăn, vướng mắc", bold=True)
    if r["diffs"]:
        for x in r["diffs"]:
            para(d, "- " + x, align="j")
    else:
        para(d, "Không có.", align="j")
    para(d, "3. Kiến nghị, đề xuất", bold=True)
    for x in r["props"]:
        para(d, "- " + x, align="j")
    signature(d, ["- Như trên;", "- Chủ tịch, các PCT;", "- Lưu: VT, KT."], r["signer_title"], r["signer"])
    annex = [it for it in r["items"] if it.get("annex")]
    if annex:
        d.add_page_break()
        para(d, "PHỤ LỤC", bold=True, align="c", indent=False, space_after=0)
        para(d, "Danh sách cơ sở được kiểm tra", bold=True, align="c", indent=False, space_after=0)
        para(d, "(Kèm theo Báo cáo số %s ngày %s/%s/%s của UBND %s)" % (r["number"], dd, m, y, name), italic=True, align="c", indent=False)
        rows = annex[0]["annex"]
        t = d.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        for j, h in enumerate(["STT", "Tên cơ sở", "Địa chỉ", "Kết quả kiểm tra"]):
            t.cell(0, j).text = h
            t.cell(0, j).paragraphs[0].runs[0].bold = True
        for i, (a, b, c) in enumerate(rows):
            for j, v in enumerate([str(i + 1), a, b, c]):
                t.cell(i + 1, j).text = v
    save_doc(d, r["file"])
    key(r["file"], r["unit"], r["number"], r["date"], r["items"], r["diffs"], r["props"])


def h2_mistake(r):
    d = base_doc()
    y, m, dd = r["date"].split("-")
    h2_meta(d, r)
    header_table(d, "ỦY BAN NHÂN DÂN PHƯỜNG PHÚ NHUẬN", "BAN CHỈ ĐẠO LIÊN NGÀNH\nAN TOÀN THỰC PHẨM", r["number"],
                 "Phú Nhuận, ngày %s tháng %s năm %s" % (dd, m, y))
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", indent=False, space_after=0)
    para(d, "Kết quả công tác bảo đảm an toàn thực phẩm quý III năm 2026", bold=True, align="c", indent=False)
    para(d, "Kính gửi: Sở An toàn thực phẩm Thành phố Hồ Chí Minh.", align="c", indent=False)
    for t in ["a) Thông tin, truyền thông: phát 18 tin trên loa truyền thanh khu phố về phòng chống ngộ độc thực phẩm; treo 40 băng rôn tại các chợ, trường học.",
              "b) Kiểm tra: Đoàn kiểm tra liên ngành an toàn thực phẩm phường kiểm tra 64 cơ sở kinh doanh dịch vụ ăn uống, thức ăn đường phố; 05 cơ sở vi phạm, phạt 21.000.000 đồng.",
              "c) Ngộ độc thực phẩm: trong quý không xảy ra vụ ngộ độc thực phẩm trên địa bàn.",
              "d) Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm: tiếp nhận 11 hồ sơ, đã cấp 09 giấy."]:
        para(d, t, align="j")
        para(d, "Phụ trách: đ/c Võ Thị Thanh Tâm (Trạm Y tế phường) · Tình trạng: xong.", italic=True, align="j")
    para(d, "Kiến nghị: đề nghị Sở An toàn thực phẩm tiếp tục hỗ trợ test nhanh cho đoàn kiểm tra phường.", align="j")
    signature(d, ["- Như trên;", "- UBND phường;", "- Lưu: VT, BCĐ."], "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", r["signer"])
    save_doc(d, r["file"])
    key(r["file"], r["unit"], r["number"], r["date"], [], [], [], status="rejected",
        reason="Báo cáo công tác an toàn thực phẩm quý III/2026 của BCĐ liên ngành ATTP phường Phú Nhuận gửi Sở An toàn thực phẩm – không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng.")


# ====================================================================== HAND 3
# Bùi Văn Rạng style: small xã / special zone; one sheet per ấp / khu dân cư with the same
# little table, and a "TongHop" sheet whose figures are cross-sheet formulas ('Ấp 1'!D5+…);
# the status is typed only in TongHop column "Tình hình" (Làm xong / Còn làm / Chưa làm / Không có).
H3 = [
    dict(file="CONDAO_CT38_tonghop_khudancu.xlsx", unit=("26732", "Đặc khu Côn Đảo"), number="96/BC-UBND",
         date="2026-10-24", title_unit="ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO",
         places=["KDC số 1", "KDC số 2", "KDC số 3", "KDC Bến Đầm"],
         rows=[  # (task, status word, status, label, ĐVT, indicator, per-place values)
             ("II.1.a", "Làm xong", "completed", "Tuyên truyền quy định về cân đo, nhãn hàng hóa cho hộ kinh doanh, tàu dịch vụ du lịch", [
                 ("Tin phát trên Đài truyền thanh, Zalo khu dân cư", "tin", "communications", [3, 2, 2, 4])]),
             ("II.5.c", "Còn làm", "in_progress", "Phối hợp Chi cục kiểm tra cân, đồng hồ xăng dầu theo phân cấp", [
                 ("Số cuộc kiểm tra", "cuộc", "inspections", [1, 1, 0, 1]),
                 ("Số cơ sở được kiểm tra", "cơ sở", "establishments_inspected", [6, 4, 0, 5]),
                 ("Cơ sở vi phạm", "cơ sở", "violations", [1, 0, 0, 1]),
                 ("Tiền phạt (đồng)", "đồng", "fines_vnd", [1500000, 0, 0, 2000000])]),
             ("II.4.b", "Làm xong", "completed", "Kiểm định cân đối chứng tại chợ Côn Đảo và cảng Bến Đầm", [
                 ("Cân được kiểm định", "chiếc", "instruments_verified", [2, 0, 0, 1])]),
             ("II.2.d", "Còn làm", "in_progress", "Hướng dẫn cơ sở chế biến hải sản khô, đặc sản công bố chất lượng, ghi nhãn", [
                 ("Cơ sở được hướng dẫn", "cơ sở", "enterprises_supported", [2, 3, 1, 2])]),
             ("II.5.d", "Không có", "not_applicable", "Tiếp nhận, xử lý phản ánh, tố giác vi phạm", []),
         ],
         diffs=["Đặc khu cách xa đất liền, Chi cục ra kiểm tra không thường xuyên.",
                "Chưa có tổ chức kiểm định tại chỗ, phải gửi cân vào đất liền kiểm định."],
         props=["Đề nghị Chi cục bố trí đợt kiểm định lưu động tại Côn Đảo mỗi năm 01 lần."]),
    dict(file="CanGio_BaoCao_CT38_theoAp.xlsx", unit=("27664", "Xã Cần Giờ"), number="173/BC-UBND",
         date="2026-10-20", title_unit="UBND XÃ CẦN GIỜ",
         places=["Ấp Miễu Ba", "Ấp Phong Thạnh", "Ấp Giồng Ao", "Ấp Hòa Hiệp", "Ấp Đồng Tranh"],
         rows=[
             ("II.5.c", "Còn làm", "in_progress", "Kiểm tra cân tại chợ Cần Thạnh, vựa hải sản, cửa hàng xăng dầu", [
                 ("Số cuộc kiểm tra", "cuộc", "inspections", [1, 1, 0, 1, 0]),
                 ("Cơ sở được kiểm tra", "cơ sở", "establishments_inspected", [8, 5, 0, 4, 0]),
                 ("Cơ sở vi phạm", "cơ sở", "violations", [2, 0, 0, 1, 0]),
                 ("Tiền phạt (đồng)", "đồng", "fines_vnd", [3500000, 0, 0, 1500000, 0])]),
             ("II.1.a", "Làm xong", "completed", "Tuyên truyền cho tiểu thương, hộ nuôi trồng thủy sản", [
                 ("Buổi tuyên truyền tại ấp", "buổi", "training_courses", [1, 1, 1, 0, 1]),
                 ("Lượt người dự", "lượt", "participants", [42, 35, 28, 0, 30])]),
             ("II.2.a", "Chưa làm", "not_started", "Hướng dẫn truy xuất nguồn gốc sản phẩm OCOP (muối, khô cá)", []),
             ("II.3.a", "Làm xong", "completed", "Cử công chức dự tập huấn của Chi cục", [
                 ("Công chức tham dự", "người", "participants", [2, 0, 0, 0, 0])]),
         ],
         diffs=["Ấp Giồng Ao, Đồng Tranh xa trung tâm, chưa tổ chức kiểm tra được.",
                "Hộ nuôi trồng thủy sản chưa quan tâm đến truy xuất nguồn gốc."],
         props=["Đề nghị Sở hỗ trợ xã xây dựng mô hình truy xuất nguồn gốc cho sản phẩm muối Cần Giờ."]),
    dict(file="HoTram-CT38-2026.xlsx", unit=("26620", "Xã Hồ Tràm"), number="84/BC-UBND",
         date="2026-10-16", title_unit="ỦY BAN NHÂN DÂN XÃ HỒ TRÀM",
         places=["Ấp Hồ Tràm", "Ấp Phước Lộc", "Ấp Láng Găng"],
         rows=[
             ("II.5.c", "Còn làm", "in_progress", "Phối hợp kiểm tra đo lường cửa hàng xăng dầu, chợ Phước Bửu", [
                 ("Cuộc kiểm tra", "cuộc", "inspections", [1, 1, 1]),
                 ("Cơ sở được kiểm tra", "cơ sở", "establishments_inspected", [4, 6, 3]),
                 ("Cơ sở vi phạm", "cơ sở", "violations", [0, 1, 0]),
                 ("Tiền phạt (đồng)", "đồng", "fines_vnd", [0, 5000000, 0])]),
             ("II.5.b", "Làm xong", "completed", "Lấy mẫu xăng dầu phối hợp Chi cục khảo sát", [
                 ("Mẫu xăng dầu", "mẫu", "samples_tested", [2, 3, 1])]),
             ("II.1.a", "Làm xong", "completed", "Tuyên truyền trên loa ấp và nhóm Zalo", [
                 ("Tin bài", "tin", "communications", [5, 4, 3])]),
             ("II.2.đ", "Còn làm", "in_progress", "Cập nhật quy trình ISO của UBND xã", []),
         ],
         diffs=["Công chức kinh tế xã kiêm nhiệm nhiều lĩnh vực."],
         props=["Đề nghị Chi cục hỗ trợ tài liệu tuyên truyền cho khu du lịch ven biển."]),
]
H3_MISTAKE = dict(file="DauTieng_GiamNgheo_2026_theoAp.xlsx", unit=("25777", "Xã Dầu Tiếng"), number="211/BC-UBND",
                  date="2026-10-18", title_unit="ỦY BAN NHÂN DÂN XÃ DẦU TIẾNG",
                  places=["Ấp Bến Tranh", "Ấp Thanh Tân", "Ấp Định Thành"])

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def h3_place_sheet(ws, title_unit, place, blocks, idx):
    ws["A1"] = title_unit
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số liệu %s (phục vụ báo cáo CT38 năm 2026)" % place
    ws["A2"].font = Font(italic=True)
    hdr = ["TT", "Nội dung", "ĐVT", "Số lượng", "Ghi chú"]
    for j, h in enumerate(hdr):
        c = ws.cell(4, j + 1, h); c.font = Font(bold=True); c.border = BOX; c.alignment = Alignment(horizontal="center")
    r = 5
    refs = {}
    n = 1
    for (lab, dvt, indid, vals), key_ in blocks:
        ws.cell(r, 1, n); ws.cell(r, 2, lab); ws.cell(r, 3, dvt)
        c = ws.cell(r, 4, vals[idx])
        if indid == "fines_vnd":
            c.number_format = "#,##0"
        for j in range(1, 6):
            ws.cell(r, j).border = BOX
        refs[key_] = r
        r += 1; n += 1
    ws.column_dimensions["B"].width = 46
    ws.column_dimensions["E"].width = 18
    return refs


def h3_build(r, mistake=False):
    wb = openpyxl.Workbook()
    th = wb.active
    th.title = "TongHop"
    blocks = []
    for (task, sw, st, lab, figs) in r["rows"]:
        for k, f in enumerate(figs):
            blocks.append((f, (task, k)))
    place_refs = []
    for i, pl in enumerate(r["places"]):
        ws = wb.create_sheet(pl)
        place_refs.append(h3_place_sheet(ws, r["title_unit"], pl, blocks, i))
    y, m, dd = r["date"].split("-")
    th["A1"] = r["title_unit"]; th["A1"].font = Font(bold=True)
    th["A2"] = "Số: " + r["number"]
    th["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; th["E1"].font = Font(bold=True)
    th["E2"] = "Độc lập - Tự do - Hạnh phúc"
    th["E3"] = "%s, ngày %s tháng %s năm %s" % (r["unit"][1].replace("Xã ", "").replace("Đặc khu ", ""), dd, m, y)
    th["E3"].font = Font(italic=True)
    th["A5"] = "BÁO CÁO TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    th["A5"].font = Font(bold=True)
    th["A6"] = "(Số liệu cộng từ các sheet " + ", ".join(r["places"]) + ")"
    th["A6"].font = Font(italic=True)
    hdr = ["TT", "Việc đã làm", "Chỉ tiêu", "ĐVT", "Cộng", "Tình hình"]
    for j, h in enumerate(hdr):
        c = th.cell(8, j + 1, h); c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7"); c.alignment = Alignment(horizontal="center", wrap_text=True)
    rr = 9
    entries = []
    for n, (task, sw, st, lab, figs) in enumerate(r["rows"], 1):
        start = rr
        th.cell(rr, 1, n); th.cell(rr, 2, lab); th.cell(rr, 6, sw)
        ind = {}
        if not figs:
            th.cell(rr, 3, "-"); rr += 1
        for k, (flab, dvt, indid, vals) in enumerate(figs):
            th.cell(rr, 3, flab); th.cell(rr, 4, dvt)
            formula = "=" + "+".join("'%s'!D%d" % (pl, place_refs[i][(task, k)]) for i, pl in enumerate(r["places"]))
            c = th.cell(rr, 5, formula)
            if indid == "fines_vnd":
                c.number_format = "#,##0"
            ind[indid] = ind.get(indid, 0) + sum(vals)
            rr += 1
        if rr - 1 > start:
            for col in (1, 2, 6):
                th.merge_cells(start_row=start, end_row=rr - 1, start_column=col, end_column=col)
        for i2 in range(start, rr):
            for j in range(1, 7):
                th.cell(i2, j).border = BOX
                th.cell(i2, j).alignment = Alignment(vertical="top", wrap_text=True)
        entries.append(dict(task=task, status=st, ind=ind, text=lab))
    rr += 1
    th.cell(rr, 1, "Khó khăn:").font = Font(bold=True); rr += 1
    for x in r["diffs"]:
        th.cell(rr, 2, "- " + x); rr += 1
    th.cell(rr, 1, "Đề xuất:").font = Font(bold=True); rr += 1
    for x in r["props"]:
        th.cell(rr, 2, "- " + x); rr += 1
    rr += 1
    th.cell(rr, 5, "KT. CHỦ TỊCH").font = Font(bold=True)
    th.cell(rr + 1, 5, "PHÓ CHỦ TỊCH").font = Font(bold=True)
    th.cell(rr + 1, 2, "Người lập biểu: Bùi Văn Rạng")
    th.cell(rr + 5, 5, r.get("signer", "Nguyễn Văn Hùng")).font = Font(bold=True)
    for col, w in zip("ABCDEF", (5, 48, 36, 8, 14, 12)):
        th.column_dimensions[col].width = w
    tmp = os.path.join("/tmp", "s71_" + r["file"])
    wb.save(tmp)
    return tmp, entries


def lo_resave(tmp, fname):
    od = "/tmp/s71_lo"
    os.makedirs(od, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fname.rsplit(".", 1)[1], "--outdir", od, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(od, os.path.basename(tmp)), os.path.join(OUT, fname))


def h3_all():
    for r in H3:
        tmp, entries = h3_build(r)
        lo_resave(tmp, r["file"])
        key(r["file"], r["unit"], r["number"], r["date"], entries, r["diffs"], r["props"])
    # mistake: poverty reduction by ấp
    r = dict(H3_MISTAKE)
    r["rows"] = [("X", "Còn làm", "in_progress", "Rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều", [
        ("Hộ nghèo đầu năm", "hộ", "x", [12, 9, 15]), ("Hộ thoát nghèo", "hộ", "x", [5, 3, 6])]),
        ("Y", "Làm xong", "completed", "Hỗ trợ vay vốn Ngân hàng Chính sách xã hội", [
            ("Số hộ được vay", "hộ", "x", [7, 4, 8]), ("Dư nợ (triệu đồng)", "tr.đ", "x", [350, 200, 420])]),
        ("Z", "Làm xong", "completed", "Xây, sửa nhà Đại đoàn kết cho hộ nghèo", [("Căn nhà", "căn", "x", [1, 1, 2])])]
    r["diffs"], r["props"] = ["Một số hộ nghèo không còn sức lao động."], ["Đề nghị bổ sung vốn vay giải quyết việc làm."]
    tmp, _ = h3_build(r)
    import openpyxl as ox
    wb = ox.load_workbook(tmp)
    wb["TongHop"]["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH GIẢM NGHÈO BỀN VỮNG NĂM 2026"
    wb["TongHop"]["A6"] = "(Kính gửi: Phòng Văn hóa – Xã hội; số liệu cộng từ các sheet ấp)"
    wb.save(tmp)
    lo_resave(tmp, r["file"])
    key(r["file"], r["unit"], r["number"], r["date"], [], [], [], status="rejected",
        reason="Báo cáo kết quả chương trình giảm nghèo bền vững năm 2026 của xã Dầu Tiếng (số liệu theo ấp) – không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW.")


# ====================================================================== HAND 4
# Phan Thị Diễm My style: the Chi cục-like "biểu" kept as a PROTECTED sheet – yellow unlocked
# input cells, locked headings, drop-down status, plus an embedded bar chart "Biểu đồ"
# drawn from the figures; a "Huong dan" sheet.  Unit/number/date in yellow cells on top.
H4_COLS = [("inspections", "Số cuộc KT"), ("establishments_inspected", "Số cơ sở được KT"), ("violations", "Số cơ sở vi phạm"),
           ("fines_vnd", "Tiền phạt (đồng)"), ("training_courses", "Số lớp/hội nghị"), ("participants", "Lượt người"),
           ("communications", "Tin, bài, tài liệu"), ("enterprises_supported", "DN, cơ sở được hỗ trợ"),
           ("samples_tested", "Số mẫu"), ("instruments_verified", "Phương tiện đo KĐ"), ("budget_spent_vnd", "Kinh phí (đồng)")]
H4 = [
    dict(file="CatLai_bieu_CT38_2026.xlsx", unit=("27112", "Phường Cát Lái"), number="233/BC-UBND", date="2026-10-25",
         person="Phan Thị Diễm My",
         rows=[("II.5.c", "Đang thực hiện", "in_progress", "Phối hợp kiểm tra đo lường tại chợ Cát Lái, cửa hàng xăng dầu khu vực cảng",
                {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 8000000}),
               ("II.5.b", "Hoàn thành", "completed", "Lấy mẫu xăng dầu, khí dầu mỏ hóa lỏng khảo sát chất lượng", {"samples_tested": 9}),
               ("II.1.a", "Hoàn thành", "completed", "Tuyên truyền pháp luật TĐC cho hộ kinh doanh, người lao động khu cảng",
                {"training_courses": 1, "participants": 120, "communications": 8}),
               ("II.2.d", "Đang thực hiện", "in_progress", "Hướng dẫn doanh nghiệp logistics áp dụng ISO, công bố hợp quy", {"enterprises_supported": 6}),
               ("II.2.đ", "Hoàn thành", "completed", "Duy trì ISO 9001:2015 tại UBND phường", {"budget_spent_vnd": 12500000}),
               ("II.5.d", "Không phát sinh", "not_applicable", "Xử lý phản ánh, tố giác vi phạm", {})],
         diffs=["Nhiều kho bãi, doanh nghiệp logistics không đăng ký trụ sở tại phường, khó nắm thông tin."],
         props=["Đề nghị Chi cục cung cấp danh sách doanh nghiệp đã công bố hợp quy có kho tại phường.",
                "Đề nghị tổ chức tập huấn chuyên đề đo lường trong giao nhận hàng hóa cho doanh nghiệp khu cảng Cát Lái."]),
    dict(file="BaDiem_CT38_bieu-mau.xlsx", unit=("27592", "Xã Bà Điểm"), number="158/BC-UBND", date="2026-10-17",
         person="Phan Thị Diễm My",
         rows=[("II.5.c", "Đang thực hiện", "in_progress", "Kiểm tra cân tại chợ Bà Điểm, chợ đầu mối nông sản (phối hợp Chi cục)",
                {"inspections": 4, "establishments_inspected": 31, "violations": 3, "fines_vnd": 10500000}),
               ("II.4.b", "Hoàn thành", "completed", "Đưa cân đối chứng chợ đi kiểm định", {"instruments_verified": 4, "budget_spent_vnd": 3200000}),
               ("II.1.a", "Hoàn thành", "completed", "Phát thanh, tuyên truyền trên Đài truyền thanh xã", {"communications": 15}),
               ("II.2.a", "Chưa thực hiện", "not_started", "Hướng dẫn truy xuất nguồn gốc cho cơ sở giết mổ, rau an toàn", {}),
               ("II.3.a", "Hoàn thành", "completed", "Cử công chức tham gia lớp tập huấn TĐC cấp xã", {"training_courses": 1, "participants": 2})],
         diffs=["Chợ đầu mối hoạt động ban đêm, việc kiểm tra cần bố trí lực lượng ngoài giờ."],
         props=["Đề nghị Sở hướng dẫn nguồn kinh phí chi bồi dưỡng kiểm tra ngoài giờ."]),
    dict(file="LaiThieu-BC38-bieu.xlsx", unit=("25966", "Phường Lái Thiêu"), number="402/BC-UBND", date="2026-10-28",
         person="Phan Thị Diễm My",
         rows=[("II.5.c", "Đang thực hiện", "in_progress", "Phối hợp kiểm tra đo lường, chất lượng tại chợ Lái Thiêu, cửa hàng vàng",
                {"inspections": 2, "establishments_inspected": 14, "violations": 1, "fines_vnd": 5000000}),
               ("II.2.d", "Đang thực hiện", "in_progress", "Hướng dẫn cơ sở sản xuất gốm sứ, đồ gỗ công bố tiêu chuẩn cơ sở, ghi nhãn",
                {"enterprises_supported": 11}),
               ("II.1.b", "Hoàn thành", "completed", "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", {"enterprises_supported": 3}),
               ("II.1.a", "Hoàn thành", "completed", "Tuyên truyền trên trang thông tin điện tử phường", {"communications": 9})],
         diffs=["Doanh nghiệp gốm sứ phần lớn là hộ gia đình, chưa quan tâm đến tiêu chuẩn cơ sở."],
         props=["Đề nghị Chi cục tổ chức hội thảo về tiêu chuẩn cơ sở cho làng nghề gốm Lái Thiêu."]),
]


def h4_build(r):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu CT38"
    yellow = PatternFill("solid", fgColor="FFF2CC")
    grey = PatternFill("solid", fgColor="D9D9D9")
    ncol = 4 + len(H4_COLS) + 1
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws["A1"] = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (dành cho UBND phường, xã, đặc khu)"
    ws["A1"].font = Font(bold=True, size=12); ws["A1"].alignment = Alignment(horizontal="center")
    y, m, dd = r["date"].split("-")
    labels = [("Tên đơn vị báo cáo:", "Ủy ban nhân dân " + r["unit"][1]), ("Số văn bản:", r["number"]),
              ("Ngày báo cáo:", "%s/%s/%s" % (dd, m, y)), ("Người lập biểu:", r["person"] + " – công chức Kinh tế")]
    for i, (a, b) in enumerate(labels):
        ws.cell(2 + i, 1, a).font = Font(bold=True)
        ws.merge_cells(start_row=2 + i, start_column=2, end_row=2 + i, end_column=4)
        c = ws.cell(2 + i, 2, b); c.fill = yellow; c.protection = Protection(locked=False)
    hr = 7
    hdr = ["STT", "Nhiệm vụ (theo KH của Sở)", "Tình trạng", "Nội dung đã thực hiện"] + [h for _, h in H4_COLS] + ["Ghi chú"]
    for j, h in enumerate(hdr):
        c = ws.cell(hr, j + 1, h); c.font = Font(bold=True); c.fill = grey; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.row_dimensions[hr].height = 45
    dv = DataValidation(type="list", formula1='"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"', allow_blank=True)
    ws.add_data_validation(dv)
    tasknames = {"II.1.a": "Tuyên truyền, phổ biến pháp luật về TĐC", "II.1.b": "Vận động tham dự Giải thưởng CLQG",
                 "II.2.a": "Năng suất chất lượng, truy xuất nguồn gốc", "II.2.d": "Hỗ trợ DN áp dụng HTQL, công bố chất lượng",
                 "II.2.đ": "ISO trong cơ quan hành chính", "II.3.a": "Tập huấn, bồi dưỡng công chức",
                 "II.4.b": "Kiểm định phương tiện đo, thiết bị", "II.5.b": "Khảo sát chất lượng sản phẩm, hàng hóa",
                 "II.5.c": "Thực hiện nội dung phân quyền QLNN về TĐC", "II.5.d": "Xử lý tố giác, vi phạm"}
    entries = []
    for i, (task, sw, st, txt, ind) in enumerate(r["rows"]):
        rr = hr + 1 + i
        ws.cell(rr, 1, i + 1); ws.cell(rr, 2, tasknames[task])
        c = ws.cell(rr, 3, sw); dv.add(c)
        ws.cell(rr, 4, txt)
        for j, (iid, _) in enumerate(H4_COLS):
            if iid in ind:
                c = ws.cell(rr, 5 + j, ind[iid])
                c.number_format = "#,##0" if iid.endswith("vnd") else "0"
        for j in range(1, ncol + 1):
            c = ws.cell(rr, j); c.border = BOX; c.alignment = Alignment(vertical="top", wrap_text=True)
            if j >= 3:
                c.fill = yellow; c.protection = Protection(locked=False)
        entries.append(dict(task=task, status=st, ind=ind, text=txt))
    last = hr + len(r["rows"])
    rr = last + 2
    ws.cell(rr, 1, "Khó khăn, vướng mắc:").font = Font(bold=True)
    for k, x in enumerate(r["diffs"]):
        c = ws.cell(rr + 1 + k, 2, x); c.fill = yellow; c.protection = Protection(locked=False)
    rr = rr + 2 + len(r["diffs"])
    ws.cell(rr, 1, "Đề xuất, kiến nghị:").font = Font(bold=True)
    for k, x in enumerate(r["props"]):
        c = ws.cell(rr + 1 + k, 2, x); c.fill = yellow; c.protection = Protection(locked=False)
    for col, w in zip(range(1, ncol + 1), [5, 30, 15, 45] + [11] * len(H4_COLS) + [14]):
        ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = w
    ws.freeze_panes = "C8"
    ws.protection.sheet = True
    ws.protection.password = "tdc38"
    # chart: count figures (first three count columns) per task
    ch = BarChart(); ch.type = "bar"; ch.title = "Kết quả kiểm tra"; ch.height, ch.width = 7, 14
    data = Reference(ws, min_col=5, max_col=7, min_row=hr, max_row=last)
    cats = Reference(ws, min_col=2, min_row=hr + 1, max_row=last)
    ch.add_data(data, titles_from_data=True); ch.set_categories(cats)
    ws.add_chart(ch, "D%d" % (rr + 3 + len(r["props"])))
    hd = wb.create_sheet("Huong dan")
    for i, t in enumerate(["Hướng dẫn điền biểu:", "- Chỉ nhập vào các ô màu vàng; các ô khác đã khóa.",
                           "- Cột Tình trạng chọn trong danh sách.", "- Số liệu ghi bằng số, tiền ghi bằng đồng.",
                           "- Biểu đồ tự cập nhật theo số liệu cột Số cuộc KT, Số cơ sở được KT, Số cơ sở vi phạm."]):
        hd.cell(i + 1, 1, t)
    wb.save(os.path.join(OUT, r["file"]))
    key(r["file"], r["unit"], r["number"], r["date"], entries, r["diffs"], r["props"])


def main():
    for r in H1:
        h1_build(r)
    for r in H2:
        h2_build(r)
    h2_mistake(H2_MISTAKE)
    h3_all()
    for r in H4:
        h4_build(r)
    # one H1 file re-saved through LibreOffice Writer as an office would
    f = "cholon-bc-chithi38.docx"
    src = os.path.join("/tmp", "s71_" + f)
    shutil.copy(os.path.join(OUT, f), src)
    lo_resave(src, f)
    for fname, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
        json.dump(k, open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(KEYS), "files")


if __name__ == "__main__":
    main()
