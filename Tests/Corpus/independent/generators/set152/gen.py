# -*- coding: utf-8 -*-
"""Generator for set152: 16 reports in 4 hands; senders hard to see."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
KEYS = {}
RESAVE = []


def key(fname, unit_id, unit_name, number, date, entries, diffs, props,
        status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx}
                    for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2)
        s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None, underline=False):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic; r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def runs(d, parts, align="j", indent=1.0):
    """parts: list of (text, style) style in '', 'b', 'i', 'bi', 'u'"""
    p = d.add_paragraph()
    for t, s in parts:
        r = p.add_run(t)
        r.bold = "b" in s; r.italic = "i" in s; r.underline = "u" in s
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def header_table(d, left, right, widths=(7.0, 9.5), size=12):
    """left/right: lists of (text, bold, italic)"""
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    for ci, lines in enumerate((left, right)):
        c = t.rows[0].cells[ci]
        c.width = Cm(widths[ci])
        c.paragraphs[0].text = ""
        first = True
        for txt, b, i in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = i; r.font.size = Pt(size)
    return t


def grid_table(d, rows, widths=None, bold_first=True, size=12):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.rows[ri].cells[ci]
            lines = val.split("\n") if isinstance(val, str) else [str(val)]
            c.paragraphs[0].text = ""
            for li, ln in enumerate(lines):
                p = c.paragraphs[0] if li == 0 else c.add_paragraph()
                r = p.add_run(ln); r.font.size = Pt(size)
                if ri == 0 and bold_first:
                    r.bold = True
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if widths:
                c.width = Cm(widths[ci])
    return t


def sign_table(d, left, right, size=12):
    t = d.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left, right)):
        c = t.rows[0].cells[ci]
        c.paragraphs[0].text = ""
        first = True
        for txt, b, i in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            if ci == 1:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.bold = b; r.italic = i
            r.font.size = Pt(size if ci == 1 else 11)
    return t


# ============================================================ HAND 1 (wards, e-mail forwards)
def mail_doc():
    d = new_doc("Calibri", 11)
    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    return d


def mail_lines(d, lines):
    for ln in lines:
        if ln.startswith("**"):
            para(d, ln[2:], bold=True)
        else:
            para(d, ln)


def f01():
    fn = "FW_BC-CT38-P.BenThanh.docx"
    d = mail_doc()
    mail_lines(d, [
        "**From: Văn thư UBND phường Bến Thành <vanthu.pbenthanh@tphcm.gov.vn>",
        "Sent: Wednesday, October 28, 2026 3:17 PM",
        "To: chicuctdc.skhcn@tphcm.gov.vn",
        "Cc: Nguyễn Thị Mỹ Linh <linhntm.pbenthanh@tphcm.gov.vn>",
        "Subject: FW: BC kết quả KH CT38 năm 2026 - UBND P. Bến Thành",
        "",
        "Kính chuyển Chi cục TĐC báo cáo của P.KT-VH-XH phường. File đính kèm mở bị lỗi font nên văn thư dán luôn vào nội dung thư.",
        "Trân trọng.",
        "",
        "**From: Nguyễn Thị Mỹ Linh <linhntm.pbenthanh@tphcm.gov.vn>",
        "Sent: Tuesday, October 27, 2026 4:52 PM",
        "To: Văn thư UBND phường Bến Thành <vanthu.pbenthanh@tphcm.gov.vn>",
        "Subject: BC CT38 - gui Chi cuc TDC",
        "",
        "Văn thư gửi giúp Chi cục TĐC (Sở KH&CN) báo cáo này nha, chị Hà đã ký nháy rồi.",
        "",
        "Số: 318/BC-UBND",
        "Bến Thành, ngày 27 tháng 10 năm 2026",
        "",
        "**BÁO CÁO kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (phần việc của phường)",
        "",
        "Thực hiện KH của Sở KH&CN về CT38, UBND phường (địa bàn các phường Bến Thành, Phạm Ngũ Lão, Cầu Ông Lãnh cũ thuộc Q.1) báo cáo như sau:",
        "",
        "* tuyên truyền — đăng trên trang TTĐT phường và nhóm Zalo các khu phố về cân đối chứng, ghi nhãn hàng hóa; tin bài: 6 => làm thường xuyên, đang làm",
        "* kiểm tra đo lường ở chợ — phối hợp Chi cục TĐC kiểm tra cân tại chợ Bến Thành, chợ Thái Bình; cuộc kiểm tra: 2; sạp/cơ sở: 38; vi phạm: 4; phạt: 3tr5 => xong đợt 1 (tháng 6), đợt 2 dự kiến tháng 11 nên còn đang làm",
        "* ISO bộ phận một cửa — duy trì HTQLCL TCVN ISO 9001:2015, đánh giá nội bộ xong 18/9 => xong",
        "* tập huấn — cử đi dự lớp nghiệp vụ TĐC do Chi cục mở ngày 14/8; người dự: 3 => xong",
        "* tố giác vi phạm — phường không nhận phản ánh, tố giác nào về đo lường, chất lượng => không có phát sinh",
        "",
        "Khó khăn:",
        "- Phường chưa có cán bộ chuyên trách TĐC, đ/c phụ trách kiêm nhiệm nhiều việc.",
        "- Điểm cân đối chứng chợ Bến Thành xuống cấp, cân đã cũ.",
        "Kiến nghị:",
        "- Đề nghị Chi cục cấp bổ sung 02 quả cân chuẩn cho điểm cân đối chứng chợ Bến Thành.",
        "- Đề nghị Chi cục gửi tài liệu tuyên truyền mẫu để phường in phát cho tiểu thương.",
        "",
        "--",
        "Nguyễn Thị Mỹ Linh",
        "Chuyên viên P.KT-VH-XH – UBND P. Bến Thành (Q.1 cũ)",
        "ĐT: 028 3829 xxxx – DĐ: 0908 xxx 214",
    ])
    d.save(os.path.join(OUT, fn))
    key(fn, "26743", "Phường Bến Thành", "318/BC-UBND", "2026-10-27", [
        ("II.1.a", "in_progress", {"communications": 6}, "tuyên truyền — đăng trên trang TTĐT phường và nhóm Zalo các khu phố; tin bài: 6 => làm thường xuyên, đang làm"),
        ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 38, "violations": 4, "fines_vnd": 3500000}, "kiểm tra đo lường ở chợ — phối hợp Chi cục TĐC kiểm tra cân tại chợ Bến Thành, chợ Thái Bình ... còn đang làm"),
        ("II.2.đ", "completed", {}, "ISO bộ phận một cửa — duy trì HTQLCL TCVN ISO 9001:2015 => xong"),
        ("II.3.a", "completed", {"participants": 3}, "tập huấn — cử đi dự lớp nghiệp vụ TĐC; người dự: 3 => xong"),
        ("II.5.d", "not_applicable", {}, "tố giác vi phạm — không nhận phản ánh => không có phát sinh"),
    ], ["Phường chưa có cán bộ chuyên trách TĐC, đ/c phụ trách kiêm nhiệm nhiều việc.",
        "Điểm cân đối chứng chợ Bến Thành xuống cấp, cân đã cũ."],
       ["Đề nghị Chi cục cấp bổ sung 02 quả cân chuẩn cho điểm cân đối chứng chợ Bến Thành.",
        "Đề nghị Chi cục gửi tài liệu tuyên truyền mẫu để phường in phát cho tiểu thương."])


def f02():
    fn = "Fwd- bc CT38 P.Cho Lon (Q5 cu).docx"
    d = mail_doc()
    mail_lines(d, [
        "**From: Tuấn Anh Phạm <tuananh.pcholon@gmail.com>",
        "Sent: Friday, October 30, 2026 10:41 AM",
        "To: chicuctdc.skhcn@tphcm.gov.vn",
        "Subject: V/v bc CT38 - P.Chợ Lớn (Q5 cũ)",
        "",
        "Dạ em ở P.KT-VH-XH phường Chợ Lớn, hệ thống QLVB của phường đang bảo trì nên em gửi tạm bằng mail cá nhân, bản giấy có đóng dấu sẽ gửi sau.",
        "",
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "PHƯỜNG CHỢ LỚN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 527/UBND-KT\tChợ Lớn, ngày 30 tháng 10 năm 2026",
        "V/v báo cáo kết quả thực hiện KH 38 năm 2026",
        "",
        "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng (Sở KH&CN)",
        "",
        "UBND phường Chợ Lớn (trên cơ sở P.11, P.12, P.13, P.14 quận 5 cũ) báo cáo như sau:",
        "",
        "* kiểm tra hàng đóng gói sẵn, nhãn hàng hóa — khu Hải Thượng Lãn Ông, chợ Bình Tây (phần thuộc phường); cuộc kiểm tra: 3; cơ sở: 21; vi phạm: 2; phạt: 6tr => xong",
        "* tuyên truyền — loa phát thanh khu phố về ghi nhãn, cân đong; tin phát: 12 => đang làm, làm tới cuối năm",
        "* hướng dẫn hộ kinh doanh ghi nhãn, công bố sản phẩm — hộ/cơ sở được hướng dẫn: 15 => đang làm",
        "* ISO 9001 tại UBND phường — ban hành lại chính sách chất lượng sau sáp nhập, công bố HTQLCL ngày 22/7 => xong",
        "* cử cán bộ dự tập huấn TĐC — chưa được cử lớp nào => chưa làm",
        "",
        "Khó khăn:",
        "- Nhiều hộ kinh doanh người Hoa lớn tuổi, việc hướng dẫn ghi nhãn tiếng Việt mất nhiều thời gian.",
        "Kiến nghị:",
        "- Đề nghị Chi cục bố trí 01 lớp tập huấn ghi nhãn hàng hóa ngay tại phường cho hộ kinh doanh.",
        "",
        "Thanks & best regards,",
        "Phạm Tuấn Anh",
        "P.KT-VH-XH – UBND P. Chợ Lớn",
    ])
    d.save(os.path.join(OUT, fn))
    key(fn, "27343", "Phường Chợ Lớn", "527/UBND-KT", "2026-10-30", [
        ("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 21, "violations": 2, "fines_vnd": 6000000}, "kiểm tra hàng đóng gói sẵn, nhãn hàng hóa — khu Hải Thượng Lãn Ông ... => xong"),
        ("II.1.a", "in_progress", {"communications": 12}, "tuyên truyền — loa phát thanh khu phố; tin phát: 12 => đang làm"),
        ("II.2.d", "in_progress", {"enterprises_supported": 15}, "hướng dẫn hộ kinh doanh ghi nhãn, công bố sản phẩm; hộ/cơ sở được hướng dẫn: 15 => đang làm"),
        ("II.2.đ", "completed", {}, "ISO 9001 tại UBND phường — công bố HTQLCL ngày 22/7 => xong"),
        ("II.3.a", "not_started", {}, "cử cán bộ dự tập huấn TĐC — chưa được cử lớp nào => chưa làm"),
    ], ["Nhiều hộ kinh doanh người Hoa lớn tuổi, việc hướng dẫn ghi nhãn tiếng Việt mất nhiều thời gian."],
       ["Đề nghị Chi cục bố trí 01 lớp tập huấn ghi nhãn hàng hóa ngay tại phường cho hộ kinh doanh."])


def f03():
    fn = "bc ct38 - go vap.docx"
    d = mail_doc()
    mail_lines(d, [
        "---------- Forwarded message ---------",
        "From: Đảng ủy - UBND phường Gò Vấp <ubnd.pgovap@tphcm.gov.vn>",
        "Date: Thu, 29 Oct 2026 at 14:06",
        "Subject: Fw: bc CT38 (PKT)",
        "To: <chicuctdc.skhcn@tphcm.gov.vn>",
        "",
        "",
        "---------- Forwarded message ---------",
        "From: Lê Văn Hiếu <hieulv.pgovap@tphcm.gov.vn>",
        "Date: Thu, 29 Oct 2026 at 09:15",
        "Subject: bc CT38 (PKT)",
        "",
        "Gò Vấp, ngày 29/10/2026",
        "",
        "**Kết quả thực hiện KH CT38 năm 2026 – phường Gò Vấp (P.10, P.17 Q.Gò Vấp cũ)",
        "",
        "* xăng dầu — phối hợp đoàn Chi cục TĐC kiểm tra đo lường, chất lượng xăng dầu trên đường Quang Trung, Nguyễn Oanh; cuộc kiểm tra: 1; cửa hàng: 6; không phát hiện sai phạm => xong",
        "* tuyên truyền — bài trên trang TTĐT phường: 4; băng rôn ngày Tiêu chuẩn Thế giới 14/10 => xong",
        "* ISO — đang cập nhật quy trình nội bộ theo ISO 9001:2015 cho các TTHC mới nhận sau sáp nhập => đang làm",
        "* phản ánh, tố giác về cân sai, hàng kém chất lượng — không có => không phát sinh",
        "",
        "Khó khăn:",
        "- Địa bàn rộng sau sáp nhập, số cơ sở kinh doanh nhiều nhưng phường chưa có danh sách cập nhật.",
        "Đề xuất:",
        "- Đề nghị Chi cục TĐC chia sẻ danh sách cơ sở kinh doanh xăng dầu, cân thương mại trên địa bàn phường.",
        "",
        "Lê Văn Hiếu",
        "P.KT – UBND P.Gò Vấp",
    ])
    d.save(os.path.join(OUT, fn))
    key(fn, "26884", "Phường Gò Vấp", None, "2026-10-29", [
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 6}, "xăng dầu — phối hợp đoàn Chi cục TĐC kiểm tra ...; cuộc kiểm tra: 1; cửa hàng: 6 => xong"),
        ("II.1.a", "completed", {"communications": 4}, "tuyên truyền — bài trên trang TTĐT phường: 4 => xong"),
        ("II.2.đ", "in_progress", {}, "ISO — đang cập nhật quy trình nội bộ theo ISO 9001:2015 => đang làm"),
        ("II.5.d", "not_applicable", {}, "phản ánh, tố giác ... — không có => không phát sinh"),
    ], ["Địa bàn rộng sau sáp nhập, số cơ sở kinh doanh nhiều nhưng phường chưa có danh sách cập nhật."],
       ["Đề nghị Chi cục TĐC chia sẻ danh sách cơ sở kinh doanh xăng dầu, cân thương mại trên địa bàn phường."])


# ============================================================ HAND 2 (commune Phòng Kinh tế, Excel)
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def h2_book(parent, office, number, place_date, title, subtitle, rows, kk, dx, signer, sheet="BC"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    for col, w in zip("ABCDEF", (5, 52, 10, 9, 15, 26)):
        ws.column_dimensions[col].width = w
    f = Font(name="Times New Roman", size=12)
    fb = Font(name="Times New Roman", size=12, bold=True)
    ws["A1"] = parent; ws["A1"].font = fb
    ws["A2"] = office; ws["A2"].font = Font(name="Times New Roman", size=12, bold=True, underline="single")
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = fb
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"; ws["D2"].font = fb
    ws["A3"] = number; ws["A3"].font = f
    ws["D3"] = place_date; ws["D3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws.merge_cells("A5:F5"); ws["A5"] = title; ws["A5"].font = Font(name="Times New Roman", size=14, bold=True)
    ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:F6"); ws["A6"] = subtitle; ws["A6"].font = Font(name="Times New Roman", size=12, italic=True)
    ws["A6"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[6].height = 32
    hdr = ["Stt", "Nội dung công việc", "Số lượng", "ĐVT", "Tình hình", "Ghi chú"]
    r = 8
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(r, ci, h); c.font = fb; c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r += 1
    for row in rows:
        bold = row[0] != ""
        for ci, v in enumerate(row, 1):
            c = ws.cell(r, ci, v if v != "" else None)
            c.font = fb if (bold and ci in (1, 2, 5)) else f
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
            if ci == 3 and isinstance(v, int) and v >= 100000:
                c.number_format = "#,##0"
        r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = fb; r += 1
    for t in kk:
        ws.cell(r, 2, t).font = f; ws.cell(r, 1, "-").font = f; r += 1
    ws.cell(r, 1, "Đề xuất:").font = fb; r += 1
    for t in dx:
        ws.cell(r, 2, t).font = f; ws.cell(r, 1, "-").font = f; r += 1
    r += 1
    for i, t in enumerate(signer):
        c = ws.cell(r + i, 5, t)
        c.font = fb if i < 1 else f
    ws.cell(r, 2, "Nơi nhận:").font = Font(name="Times New Roman", size=11, bold=True, italic=True)
    ws.cell(r + 1, 2, "- Chi cục TĐC (Sở KH&CN);").font = Font(name="Times New Roman", size=10)
    ws.cell(r + 2, 2, "- Chủ tịch, PCT UBND xã (b/c);").font = Font(name="Times New Roman", size=10)
    ws.cell(r + 3, 2, "- Lưu: VT, PKT.").font = Font(name="Times New Roman", size=10)
    ws.page_setup.orientation = "landscape"
    return wb


def f04():
    fn = "XaCuChi_PKT_BC_KH38_2026.xlsx"
    rows = [
        ("1", "Phối hợp kiểm tra cân, đo lường tại chợ Củ Chi, chợ Phước Thạnh", "", "", "Xong hẳn", "Đoàn liên ngành xã + Chi cục TĐC"),
        ("", "- Số cuộc", 2, "cuộc", "", ""),
        ("", "- Sạp, cơ sở được kiểm", 45, "cơ sở", "", ""),
        ("", "- Vi phạm (cân sai quá mức cho phép)", 3, "trường hợp", "", ""),
        ("", "- Tiền phạt", 4500000, "đồng", "", "QĐ của Chủ tịch UBND xã"),
        ("2", "Tuyên truyền về đo lường, chất lượng trên Đài truyền thanh xã, trang Fanpage", "", "", "Còn tiếp", "Làm quanh năm"),
        ("", "- Tin, bài", 8, "tin bài", "", ""),
        ("3", "Hướng dẫn HTX, cơ sở rau an toàn dán tem truy xuất nguồn gốc (QR)", "", "", "Còn tiếp", "Theo Đề án 100"),
        ("", "- HTX, cơ sở được hướng dẫn", 6, "cơ sở", "", ""),
        ("4", "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng", "", "", "Xong hẳn", "Lớp do Chi cục mở tháng 8"),
        ("", "- Số người đi học", 2, "người", "", ""),
        ("5", "Tiếp nhận, xử lý tố giác vi phạm về TĐC", "", "", "Không có", "Không có đơn thư"),
    ]
    wb = h2_book("UBND XÃ CỦ CHI", "PHÒNG KINH TẾ", "Số: 146/BC-PKT", "Củ Chi, ngày 26 tháng 10 năm 2026",
                 "BÁO CÁO KẾT QUẢ THỰC HIỆN KH 38 (TĐC) NĂM 2026",
                 "(Địa bàn xã Củ Chi – thị trấn Củ Chi và các xã Phước Hiệp, Phước Thạnh, Tân An Hội (một phần) thuộc huyện Củ Chi cũ)",
                 rows,
                 ["Chợ Phước Thạnh chưa có điểm cân đối chứng.", "Kinh phí cho công tác kiểm tra ở xã chưa được bố trí riêng."],
                 ["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Phước Thạnh.", "Đề nghị UBND xã bố trí kinh phí kiểm tra năm 2027."],
                 ["TRƯỞNG PHÒNG KINH TẾ", "", "", "Võ Thị Thanh Hương"])
    wb.save(os.path.join(OUT, fn))
    key(fn, "27553", "Xã Củ Chi", "146/BC-PKT", "2026-10-26", [
        ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 45, "violations": 3, "fines_vnd": 4500000}, "Phối hợp kiểm tra cân, đo lường tại chợ Củ Chi, chợ Phước Thạnh — Xong hẳn"),
        ("II.1.a", "in_progress", {"communications": 8}, "Tuyên truyền về đo lường, chất lượng trên Đài truyền thanh xã — Còn tiếp"),
        ("II.2.a", "in_progress", {"enterprises_supported": 6}, "Hướng dẫn HTX, cơ sở rau an toàn dán tem truy xuất nguồn gốc (QR) — Còn tiếp"),
        ("II.3.a", "completed", {"participants": 2}, "Cử công chức dự tập huấn nghiệp vụ — Xong hẳn"),
        ("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý tố giác vi phạm về TĐC — Không có"),
    ], ["Chợ Phước Thạnh chưa có điểm cân đối chứng.", "Kinh phí cho công tác kiểm tra ở xã chưa được bố trí riêng."],
       ["Đề nghị Chi cục TĐC hỗ trợ 01 cân đối chứng cho chợ Phước Thạnh.", "Đề nghị UBND xã bố trí kinh phí kiểm tra năm 2027."])


def f05():
    fn = "BinhChanh-PKT-KH38.xlsx"
    rows = [
        ("1", "Kiểm tra đo lường, chất lượng xăng dầu (cùng Chi cục TĐC, Công an xã)", "", "", "Xong hẳn", "Đợt tháng 7"),
        ("", "- Số cuộc", 1, "cuộc", "", ""),
        ("", "- Cửa hàng xăng dầu được kiểm", 9, "cửa hàng", "", ""),
        ("", "- Vi phạm", 1, "cửa hàng", "", "Sai số cột đo"),
        ("", "- Tiền phạt", 7500000, "đồng", "", ""),
        ("2", "Đưa tin tuyên truyền Chỉ thị 38, ngày Đo lường Việt Nam 20/1", "", "", "Còn tiếp", ""),
        ("", "- Tin bài", 5, "tin", "", ""),
        ("3", "Áp dụng, duy trì ISO 9001 tại UBND xã", "", "", "Còn tiếp", "Đang rà soát lại quy trình sau sáp nhập"),
        ("4", "Cử người dự tập huấn TĐC", "", "", "Chưa đụng tới", "Chưa có thông báo chiêu sinh"),
    ]
    wb = h2_book("UBND XÃ BÌNH CHÁNH", "PHÒNG KINH TẾ", "Số: 88/BC-KT", "Bình Chánh, ngày 02 tháng 11 năm 2026",
                 "BÁO CÁO KẾT QUẢ THỰC HIỆN KH 38 NĂM 2026",
                 "(xã Bình Chánh – H. Bình Chánh cũ; gồm thị trấn Tân Túc, xã Tân Kiên, xã An Phú Tây cũ)",
                 rows,
                 ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng."],
                 ["Đề nghị Sở KH&CN tổ chức tập huấn cho công chức xã trong Quý I/2027."],
                 ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "Huỳnh Công Tâm"])
    wb.save(os.path.join(OUT, fn))
    key(fn, "27637", "Xã Bình Chánh", "88/BC-KT", "2026-11-02", [
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 9, "violations": 1, "fines_vnd": 7500000}, "Kiểm tra đo lường, chất lượng xăng dầu — Xong hẳn"),
        ("II.1.a", "in_progress", {"communications": 5}, "Đưa tin tuyên truyền Chỉ thị 38 — Còn tiếp"),
        ("II.2.đ", "in_progress", {}, "Áp dụng, duy trì ISO 9001 tại UBND xã — Còn tiếp"),
        ("II.3.a", "not_started", {}, "Cử người dự tập huấn TĐC — Chưa đụng tới"),
    ], ["Xã chưa có công chức chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng."],
       ["Đề nghị Sở KH&CN tổ chức tập huấn cho công chức xã trong Quý I/2027."])


def f06():
    fn = "CON DAO - bao cao KH38.xlsx"
    rows = [
        ("1", "Kiểm tra cân, nhãn hàng hóa tại chợ Côn Đảo và các cửa hàng tạp hóa khu trung tâm", "", "", "Xong hẳn", "Phối hợp Chi cục TĐC ra đảo"),
        ("", "- Số cuộc", 1, "cuộc", "", ""),
        ("", "- Cơ sở được kiểm", 17, "cơ sở", "", ""),
        ("2", "Tuyên truyền trên Đài truyền thanh – truyền hình đặc khu", "", "", "Còn tiếp", ""),
        ("", "- Tin bài đã phát", 3, "tin bài", "", ""),
        ("3", "Duy trì HTQLCL ISO 9001 tại Trung tâm Phục vụ hành chính công", "", "", "Xong hẳn", "Đã đánh giá nội bộ"),
        ("4", "Tố giác, phản ánh vi phạm về đo lường chất lượng", "", "", "Không có", ""),
    ]
    wb = h2_book("UBND ĐẶC KHU CÔN ĐẢO", "PHÒNG KINH TẾ", "Số: 52/BC-PKT", "Côn Đảo, ngày 23 tháng 10 năm 2026",
                 "BÁO CÁO KẾT QUẢ THỰC HIỆN KH 38 NĂM 2026",
                 "(đặc khu Côn Đảo – huyện Côn Đảo, tỉnh Bà Rịa - Vũng Tàu cũ)",
                 rows,
                 ["Tàu ra đảo phụ thuộc thời tiết nên đoàn kiểm tra chỉ đi được 01 đợt."],
                 ["Đề nghị Chi cục TĐC ủy quyền, hướng dẫn đặc khu tự kiểm tra cân tại chợ."],
                 ["TRƯỞNG PHÒNG", "", "", "Nguyễn Hoàng Phúc"])
    wb.save(os.path.join(OUT, fn))
    RESAVE.append(fn)
    key(fn, "26732", "Đặc khu Côn Đảo", "52/BC-PKT", "2026-10-23", [
        ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 17}, "Kiểm tra cân, nhãn hàng hóa tại chợ Côn Đảo — Xong hẳn"),
        ("II.1.a", "in_progress", {"communications": 3}, "Tuyên truyền trên Đài truyền thanh – truyền hình đặc khu — Còn tiếp"),
        ("II.2.đ", "completed", {}, "Duy trì HTQLCL ISO 9001 tại Trung tâm Phục vụ hành chính công — Xong hẳn"),
        ("II.5.d", "not_applicable", {}, "Tố giác, phản ánh vi phạm — Không có"),
    ], ["Tàu ra đảo phụ thuộc thời tiết nên đoàn kiểm tra chỉ đi được 01 đợt."],
       ["Đề nghị Chi cục TĐC ủy quyền, hướng dẫn đặc khu tự kiểm tra cân tại chợ."])


def f07():
    fn = "CanGio_PKT_BC_2026.xlsx"
    rows = [
        ("1", "Gia cố bờ bao, kè tạm chống triều cường tại ấp Long Thạnh, Đồng Hòa", "", "", "Xong hẳn", ""),
        ("", "- Chiều dài bờ bao gia cố", 1250, "mét", "", ""),
        ("", "- Kinh phí", 380000000, "đồng", "", "Nguồn dự phòng"),
        ("2", "Diễn tập phòng chống thiên tai và tìm kiếm cứu nạn cấp xã", "", "", "Xong hẳn", "Ngày 15/8"),
        ("", "- Lực lượng tham gia", 210, "người", "", ""),
        ("3", "Sơ tán dân vùng ven biển khi có bão số 5", "", "", "Còn tiếp", "Theo phương án 4 tại chỗ"),
        ("", "- Số hộ dự kiến sơ tán", 640, "hộ", "", ""),
    ]
    wb = h2_book("UBND XÃ CẦN GIỜ", "PHÒNG KINH TẾ", "Số: 131/BC-PKT", "Cần Giờ, ngày 27 tháng 10 năm 2026",
                 "BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI, TRIỀU CƯỜNG VÀ TÌM KIẾM CỨU NẠN NĂM 2026",
                 "(gửi Ban Chỉ huy PCTT&TKCN và các cơ quan liên quan)",
                 rows,
                 ["Triều cường vượt mức báo động III, bờ bao tạm nhiều đoạn bị sạt."],
                 ["Đề nghị Thành phố sớm đầu tư tuyến đê kiên cố đoạn ấp Đồng Hòa."],
                 ["TRƯỞNG PHÒNG KINH TẾ", "", "", "Lâm Văn Đức"])
    wb.save(os.path.join(OUT, fn))
    key(fn, "27664", "Xã Cần Giờ", "131/BC-PKT", "2026-10-27", [], [], [],
        status="rejected",
        reason="Không phải báo cáo thực hiện Kế hoạch CT38: đây là báo cáo công tác phòng, chống thiên tai, triều cường và tìm kiếm cứu nạn, gửi nhầm")


# ============================================================ HAND 3 (city departments)
def h3_head(d, office_lines, number, place_date, vv):
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), ("THÀNH PHỐ HỒ CHÍ MINH", False, False)] + office_lines
                 + [("", False, False), (number, False, False), (vv, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), ("", False, False), (place_date, False, True)], size=12)
    para(d)


def f08():
    fn = "SCT_6214-QLTM_phuc-dap-Chi-cuc-TDC.docx"
    d = new_doc()
    h3_head(d, [("SỞ CÔNG THƯƠNG", True, False), ("PHÒNG QUẢN LÝ THƯƠNG MẠI", True, False)],
            "Số: 6214/SCT-QLTM", "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026",
            "V/v báo cáo kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng (Sở Khoa học và Công nghệ)", align="c")
    runs(d, [("Phúc đáp văn bản đề nghị báo cáo của Chi cục, Sở Công Thương (Phòng Quản lý thương mại là đầu mối tổng hợp, phối hợp Phòng Quản lý công nghiệp và Phòng Kỹ thuật an toàn – Môi trường) báo cáo như sau:", "")])
    runs(d, [("1. Phối hợp kiểm tra chất lượng hàng hóa lưu thông", "b"), (" — Trong năm, Sở phối hợp Chi cục TĐC và lực lượng Quản lý thị trường tổ chức 06 cuộc kiểm tra chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) chai, kiểm tra 48 cơ sở; phát hiện 07 cơ sở vi phạm, tổng số tiền xử phạt 86,5 triệu đồng.", "")])
    runs(d, [("Tình hình: phần việc phối hợp của Sở vẫn đang tiếp tục đến hết năm.", "i")])
    runs(d, [("2. Góp ý quy chuẩn kỹ thuật", "b"), (" — Sở đã có ý kiến góp ý đối với 03 dự thảo quy chuẩn kỹ thuật quốc gia (QCVN về xăng dầu sinh học E10, QCVN về chai chứa LPG, QCVN về dây cáp điện) theo đề nghị của Bộ Công Thương và Sở KH&CN.", "")])
    runs(d, [("Tình hình: Sở đã làm xong phần được giao.", "i")])
    runs(d, [("3. Hội nghị phổ biến quy định về nhãn hàng hóa", "b"), (" — Ngày 16/9/2026, Sở phối hợp Chi cục tổ chức 01 hội nghị phổ biến Nghị định về nhãn hàng hóa cho doanh nghiệp xuất nhập khẩu, có 120 đại biểu tham dự.", "")])
    runs(d, [("Tình hình: đã tổ chức xong.", "i")])
    runs(d, [("4. Hỗ trợ doanh nghiệp áp dụng hệ thống quản lý, công bố hợp chuẩn", "b"), (" — Thông qua Chương trình khuyến công, Sở hỗ trợ 14 doanh nghiệp công nghiệp hỗ trợ áp dụng ISO 9001, ISO 14001 và công bố hợp chuẩn sản phẩm.", "")])
    runs(d, [("Tình hình: các hợp đồng hỗ trợ đang thực hiện, dự kiến nghiệm thu tháng 12/2026.", "i")])
    runs(d, [("5. Khó khăn, vướng mắc", "b")])
    runs(d, [("- Lực lượng Quản lý thị trường đã chuyển về Bộ Công Thương quản lý theo ngành dọc nên việc bố trí lực lượng phối hợp kiểm tra còn phụ thuộc kế hoạch của Cục.", "")])
    runs(d, [("6. Kiến nghị", "b")])
    runs(d, [("- Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm (trước 15/12/2026) để Sở chủ động bố trí người phối hợp.", "")])
    para(d, "Sở Công Thương báo cáo để Chi cục tổng hợp./.", indent=1.0)
    sign_table(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- GĐ Sở (b/c);", False, False), ("- Lưu: VT, QLTM.", False, False)],
               [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False), ("Trần Minh Quang", True, False)])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-CT", "Sở Công Thương", "6214/SCT-QLTM", "2026-10-31", [
        ("II.5.a", "in_progress", {"inspections": 6, "establishments_inspected": 48, "violations": 7, "fines_vnd": 86500000}, "Phối hợp kiểm tra chất lượng hàng hóa lưu thông — 06 cuộc ... vẫn đang tiếp tục"),
        ("II.2.e", "completed", {"standards_reviewed": 3}, "Góp ý quy chuẩn kỹ thuật — 03 dự thảo QCVN; đã làm xong"),
        ("II.1.a", "completed", {"training_courses": 1, "participants": 120}, "Hội nghị phổ biến quy định về nhãn hàng hóa — 01 hội nghị, 120 đại biểu; đã tổ chức xong"),
        ("II.2.d", "in_progress", {"enterprises_supported": 14}, "Hỗ trợ 14 doanh nghiệp áp dụng ISO 9001, ISO 14001, công bố hợp chuẩn; đang thực hiện"),
    ], ["Lực lượng Quản lý thị trường đã chuyển về Bộ Công Thương quản lý theo ngành dọc nên việc bố trí lực lượng phối hợp kiểm tra còn phụ thuộc kế hoạch của Cục."],
       ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm (trước 15/12/2026) để Sở chủ động bố trí người phối hợp."])


def f09():
    fn = "SoNNMT_BC-CT38_PhongQLCL.docx"
    d = new_doc()
    h3_head(d, [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True, False)],
            "Số: 3377/BC-SNNMT", "Thành phố Hồ Chí Minh, ngày 04 tháng 11 năm 2026", "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện các nội dung phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ", bold=True, align="c")
    para(d, "(Phòng Quản lý chất lượng – trước đây là Chi cục Quản lý chất lượng nông lâm sản và thủy sản – tham mưu)", italic=True, align="c", size=12)
    para(d)
    runs(d, [("1. Truy xuất nguồn gốc nông sản", "b"), (" — Sở hướng dẫn, hỗ trợ 22 hợp tác xã, cơ sở sản xuất rau, trái cây, thủy sản cấp mã số vùng trồng, mã số cơ sở nuôi và dán tem truy xuất nguồn gốc, kết nối lên Cổng truy xuất nguồn gốc của Thành phố.", "")])
    runs(d, [("Tình hình: việc này Sở đang tiếp tục làm, mở rộng sang các xã vùng Bình Dương cũ.", "i")])
    runs(d, [("2. Góp ý quy chuẩn kỹ thuật quốc gia", "b"), (" — Sở gửi ý kiến đối với 02 dự thảo QCVN (phân bón; thức ăn chăn nuôi) do Bộ Nông nghiệp và Môi trường lấy ý kiến.", "")])
    runs(d, [("Tình hình: đã xong.", "i")])
    runs(d, [("3. Kiểm tra chất lượng vật tư nông nghiệp", "b"), (" — Tổ chức 09 cuộc kiểm tra tại 64 cơ sở sản xuất, kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; lấy 38 mẫu kiểm nghiệm; phát hiện và xử lý 11 cơ sở vi phạm, phạt tiền 143.200.000 đồng.", "")])
    runs(d, [("Tình hình: kế hoạch kiểm tra năm còn 02 đợt trong tháng 11, 12 nên chưa kết thúc.", "i")])
    runs(d, [("4. Tham gia tập huấn do Sở KH&CN tổ chức", "b"), (" — Cử 04 công chức Phòng Quản lý chất lượng tham dự lớp tập huấn nghiệp vụ quản lý chất lượng sản phẩm, hàng hóa tháng 8/2026.", "")])
    runs(d, [("Tình hình: đã hoàn thành.", "i")])
    runs(d, [("5. Khó khăn, vướng mắc", "b")])
    runs(d, [("- Sau hợp nhất, đầu mối quản lý chất lượng vật tư nông nghiệp giữa Sở và các xã chưa thống nhất, số liệu cơ sở còn trùng lắp.", "")])
    runs(d, [("- Chi phí kiểm nghiệm mẫu phân bón cao, dự toán năm 2026 không đủ.", "")])
    runs(d, [("6. Đề xuất", "b")])
    runs(d, [("- Đề nghị Sở KH&CN chia sẻ dữ liệu doanh nghiệp công bố hợp quy phân bón trên địa bàn để phục vụ hậu kiểm.", "")])
    sign_table(d, [("Nơi nhận:", True, True), ("- Sở KH&CN (qua Chi cục TĐC);", False, False), ("- Lưu: VT, QLCL.", False, False)],
               [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False), ("Nguyễn Phước Trung", True, False)])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3377/BC-SNNMT", "2026-11-04", [
        ("II.2.a", "in_progress", {"enterprises_supported": 22}, "Truy xuất nguồn gốc nông sản — hỗ trợ 22 hợp tác xã, cơ sở; đang tiếp tục làm"),
        ("II.2.e", "completed", {"standards_reviewed": 2}, "Góp ý 02 dự thảo QCVN; đã xong"),
        ("II.5.a", "in_progress", {"inspections": 9, "establishments_inspected": 64, "samples_tested": 38, "violations": 11, "fines_vnd": 143200000}, "Kiểm tra chất lượng vật tư nông nghiệp — 09 cuộc, 64 cơ sở, 38 mẫu, 11 vi phạm, 143.200.000 đồng; chưa kết thúc"),
        ("II.3.a", "completed", {"participants": 4}, "Cử 04 công chức tham dự lớp tập huấn; đã hoàn thành"),
    ], ["Sau hợp nhất, đầu mối quản lý chất lượng vật tư nông nghiệp giữa Sở và các xã chưa thống nhất, số liệu cơ sở còn trùng lắp.",
        "Chi phí kiểm nghiệm mẫu phân bón cao, dự toán năm 2026 không đủ."],
       ["Đề nghị Sở KH&CN chia sẻ dữ liệu doanh nghiệp công bố hợp quy phân bón trên địa bàn để phục vụ hậu kiểm."])


def f10():
    fn = "SXD_bieu KQ KH38_kem CV 9120.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "KH38"
    f = Font(name="Times New Roman", size=12); fb = Font(name="Times New Roman", size=12, bold=True)
    for col, w in zip("ABCDE", (5, 44, 50, 26, 18)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"; ws["A1"].font = f
    ws["A2"] = "SỞ XÂY DỰNG"; ws["A2"].font = fb
    ws["A3"] = "(Phòng Quản lý chất lượng công trình & VLXD – nguyên thuộc Sở Giao thông vận tải trước hợp nhất)"; ws["A3"].font = Font(name="Times New Roman", size=10, italic=True)
    ws.merge_cells("A5:E5"); ws["A5"] = "BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH 38 NĂM 2026 CỦA SỞ KH&CN – PHẦN VIỆC CỦA SỞ XÂY DỰNG"
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A6:E6"); ws["A6"] = "(Kèm theo Công văn số 9120/SXD-CLCT ngày 02/11/2026 của Sở Xây dựng)"
    ws["A6"].font = Font(name="Times New Roman", size=12, italic=True); ws["A6"].alignment = Alignment(horizontal="center")
    hdr = ["TT", "Nội dung (theo KH 38 của Sở KH&CN)", "Sở XD đã làm", "Số liệu", "Tình trạng"]
    rows = [
        ("1", "Góp ý TCVN, QCVN", "Góp ý dự thảo QCVN về sản phẩm, hàng hóa vật liệu xây dựng; 03 TCVN về xi măng, bê tông", "4 dự thảo (01 QCVN + 03 TCVN)", "Đã xong"),
        ("2", "Kiểm tra chất lượng sản phẩm hàng hóa lưu thông", "Kiểm tra chất lượng VLXD (thép, xi măng, kính, gạch ốp lát) tại cửa hàng, kho bãi", "3 cuộc; 19 cơ sở; 12 mẫu thử; 2 cơ sở vi phạm; phạt 30 triệu đồng", "Đang làm tiếp (còn đợt tháng 12)"),
        ("3", "ISO trong cơ quan hành chính", "Chuyển đổi, công bố lại HTQLCL ISO 9001:2015 của Sở sau hợp nhất", "", "Đã xong"),
        ("4", "Tập huấn nghiệp vụ TĐC cho công chức", "Chưa cử người tham gia", "", "Chưa làm"),
    ]
    r = 8
    for ci, h in enumerate(hdr, 1):
        c = ws.cell(r, ci, h); c.font = fb; c.border = BOX; c.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in rows:
        r += 1
        for ci, v in enumerate(row, 1):
            c = ws.cell(r, ci, v); c.font = f; c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    r += 2
    ws.cell(r, 1, "Khó khăn:").font = fb
    ws.cell(r, 2, "Chưa có phòng thử nghiệm VLXD được chỉ định tại khu vực Bà Rịa - Vũng Tàu cũ, mẫu phải gửi về trung tâm Thành phố.").font = f
    r += 1
    ws.cell(r, 1, "Kiến nghị:").font = fb
    ws.cell(r, 2, "Đề nghị Sở KH&CN xem xét chỉ định thêm tổ chức thử nghiệm VLXD tại phường Bà Rịa, phường Phú Mỹ.").font = f
    r += 2
    ws.cell(r, 4, "KT. GIÁM ĐỐC").font = fb
    ws.cell(r + 1, 4, "PHÓ GIÁM ĐỐC").font = fb
    ws.cell(r + 5, 4, "Đặng Văn Khải").font = fb
    ws.oddHeader.right.text = "Sở Xây dựng – Biểu 01"
    wb.save(os.path.join(OUT, fn))
    key(fn, "SO-XD", "Sở Xây dựng", "9120/SXD-CLCT", "2026-11-02", [
        ("II.2.e", "completed", {"standards_reviewed": 4}, "Góp ý TCVN, QCVN — 4 dự thảo (01 QCVN + 03 TCVN); Đã xong"),
        ("II.5.a", "in_progress", {"inspections": 3, "establishments_inspected": 19, "samples_tested": 12, "violations": 2, "fines_vnd": 30000000}, "Kiểm tra chất lượng VLXD — 3 cuộc; 19 cơ sở; 12 mẫu thử; 2 cơ sở vi phạm; phạt 30 triệu đồng; Đang làm tiếp"),
        ("II.2.đ", "completed", {}, "Chuyển đổi, công bố lại HTQLCL ISO 9001:2015 của Sở; Đã xong"),
        ("II.3.a", "not_started", {}, "Tập huấn nghiệp vụ TĐC cho công chức — Chưa cử người; Chưa làm"),
    ], ["Chưa có phòng thử nghiệm VLXD được chỉ định tại khu vực Bà Rịa - Vũng Tàu cũ, mẫu phải gửi về trung tâm Thành phố."],
       ["Đề nghị Sở KH&CN xem xét chỉ định thêm tổ chức thử nghiệm VLXD tại phường Bà Rịa, phường Phú Mỹ."])


def f11():
    fn = "SNV_BC CCHC quy III-2026.docx"
    d = new_doc()
    h3_head(d, [("SỞ NỘI VỤ", True, False)], "Số: 4105/BC-SNV", "Thành phố Hồ Chí Minh, ngày 20 tháng 10 năm 2026", "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả công tác cải cách hành chính Quý III năm 2026", bold=True, align="c")
    para(d)
    runs(d, [("1. Cải cách thể chế", "b"), (" — Tham mưu UBND Thành phố ban hành 07 quyết định quy phạm pháp luật về phân cấp, ủy quyền sau sắp xếp đơn vị hành chính. Tình hình: đã hoàn thành.", "")])
    runs(d, [("2. Cải cách tổ chức bộ máy", "b"), (" — Hoàn thành thẩm định đề án vị trí việc làm của 168 xã, phường, đặc khu; đang thẩm định đề án của 12 đơn vị sự nghiệp.", "")])
    runs(d, [("3. Xây dựng đội ngũ cán bộ, công chức", "b"), (" — Tổ chức 05 lớp bồi dưỡng kỹ năng cho 1.240 lượt công chức cấp xã mới.", "")])
    runs(d, [("4. Chỉ số PAR INDEX, SIPAS", "b"), (" — Đang phối hợp Văn phòng UBND Thành phố khảo sát sự hài lòng, dự kiến công bố tháng 12/2026.", "")])
    runs(d, [("5. Khó khăn", "b"), (" — Khối lượng hồ sơ sắp xếp lớn, biên chế công chức làm CCHC còn thiếu.", "")])
    para(d, "Sở Nội vụ báo cáo./.", indent=1.0)
    sign_table(d, [("Nơi nhận:", True, True), ("- UBND Thành phố;", False, False), ("- Các sở, ngành;", False, False), ("- Lưu: VT, CCHC.", False, False)],
               [("KT. GIÁM ĐỐC", True, False), ("PHÓ GIÁM ĐỐC", True, False), ("", False, False), ("", False, False), ("Lê Thị Ngọc Diệp", True, False)])
    d.save(os.path.join(OUT, fn))
    key(fn, "SO-NV", "Sở Nội vụ", "4105/BC-SNV", "2026-10-20", [], [], [],
        status="rejected",
        reason="Không phải báo cáo thực hiện Kế hoạch CT38: báo cáo kết quả công tác cải cách hành chính Quý III/2026 của Sở Nội vụ, gửi nhầm")


# ============================================================ HAND 4 (the Sở's own units)
LEGEND = "(HT: đã hoàn thành; Đang TH: đang thực hiện; Chưa TH: chưa thực hiện; KPS: không phát sinh)"


def h4_head(d, unit_line, number, date_line, box):
    header_table(d, [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True, False)] + ([(unit_line, True, False)] if unit_line else [])
                 + [("", False, False), (number, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("", False, False), (date_line, False, True)], size=12)
    if box:
        t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
        t.rows[0].cells[0].paragraphs[0].text = ""
        r = t.rows[0].cells[0].paragraphs[0].add_run(box); r.bold = True; r.font.size = Pt(11)
        t.alignment = 2
    para(d)


def f12():
    fn = "1184-BC-TDC_tong hop KH38_2026.docx"
    d = new_doc()
    h4_head(d, "CHI CỤC TĐC", "Số: 1184/BC-TĐC", "Thành phố Hồ Chí Minh, ngày 06 tháng 11 năm 2026", "Đơn vị báo cáo: Chi cục TĐC")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (phần Chi cục chủ trì)", bold=True, align="c")
    para(d, "Kính gửi: Ban Giám đốc Sở Khoa học và Công nghệ", align="c")
    runs(d, [("Chi cục báo cáo kết quả các nội dung Chi cục được giao chủ trì tại Kế hoạch; phần tổng hợp báo cáo của các phòng, đơn vị, sở ngành và địa phương sẽ có báo cáo riêng.", "")])
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    rows = [["Stt", "Công việc", "Kết quả (số liệu)", "Tình trạng"],
            ["1", "Lớp tập huấn VBQPPL về TĐC cho DN và tọa đàm DN nhập khẩu", "04 lớp tập huấn + 01 buổi tọa đàm (cộng 05 buổi); 386 lượt người dự", "HT"],
            ["2", "Tuyên truyền, vận động DN tham dự Giải thưởng Chất lượng Quốc gia", "02 tin bài trên Cổng TTĐT Sở; hướng dẫn 11 DN lập hồ sơ", "HT"],
            ["3", "Hội đồng sơ tuyển GTCLQG khu vực Thành phố", "thẩm định hồ sơ 07 DN, đang đánh giá tại cơ sở", "Đang TH"],
            ["4", "Chương trình năng suất chất lượng (1322, 36), đo lường (996), truy xuất nguồn gốc (100)", "hỗ trợ 09 DN; kinh phí đã giải ngân 85.000.000đ", "Đang TH"],
            ["5", "Kiến nghị sửa đổi luật, VBQPPL về TĐC", "chưa có yêu cầu của Bộ trong kỳ", "KPS"],
            ["6", "Xây dựng, góp ý TCVN, QCVN, QCĐP", "góp ý 06 dự thảo TCVN/QCVN", "Đang TH"],
            ["7", "Kết nối Hệ thống TTHC của Bộ với Cổng một cửa quốc gia", "đã kết nối, vận hành từ tháng 3", "HT"],
            ["8", "Kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ (NĐ 135)", "37 phương tiện, thiết bị đã kiểm định/hiệu chuẩn", "HT"],
            ["9", "Kiểm tra nhà nước về TĐC hàng hóa lưu thông, nhập khẩu", "14 cuộc / 212 cơ sở / 19 cơ sở vi phạm / phạt 264.750.000đ", "Đang TH"],
            ["10", "Khảo sát chất lượng sản phẩm, hàng hóa", "lấy 120 mẫu khảo sát (xăng dầu, mũ bảo hiểm, đồ chơi trẻ em)", "HT"],
            ["11", "Thiết lập, duy trì chuẩn đo lường chính", "chưa triển khai, chờ hướng dẫn của Ủy ban TĐC Quốc gia", "Chưa TH"]]
    grid_table(d, rows, widths=(1.0, 6.0, 7.0, 2.0), size=11)
    para(d, LEGEND, italic=True, size=11)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    runs(d, [("1. Số lượng phòng, đơn vị và địa phương phải tổng hợp tăng mạnh sau sắp xếp (168 xã, phường, đặc khu), nhiều đơn vị gửi báo cáo trễ hạn.", "")])
    runs(d, [("2. Kinh phí khảo sát chất lượng chưa đáp ứng số lượng mẫu theo kế hoạch.", "")])
    para(d, "III. ĐỀ XUẤT", bold=True)
    runs(d, [("1. Đề nghị Ban Giám đốc Sở có văn bản nhắc các sở, ngành, địa phương gửi báo cáo đúng hạn 15/11.", "")])
    runs(d, [("2. Đề nghị bổ sung kinh phí khảo sát chất lượng năm 2027.", "")])
    sign_table(d, [("Nơi nhận:", True, True), ("- Như trên;", False, False), ("- Lưu: VT, TĐC.", False, False)],
               [("CHI CỤC TRƯỞNG", True, False), ("", False, False), ("", False, False), ("Phan Thị Kim Oanh", True, False)])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-CCTDC", "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "1184/BC-TĐC", "2026-11-06", [
        ("II.1.a", "completed", {"training_courses": 5, "participants": 386}, "04 lớp tập huấn + 01 buổi tọa đàm (cộng 05 buổi); 386 lượt người dự — HT"),
        ("II.1.b", "completed", {"communications": 2, "enterprises_supported": 11}, "02 tin bài; hướng dẫn 11 DN lập hồ sơ GTCLQG — HT"),
        ("II.2.b", "in_progress", {"enterprises_supported": 7}, "Hội đồng sơ tuyển GTCLQG — thẩm định hồ sơ 07 DN — Đang TH"),
        ("II.2.a", "in_progress", {"enterprises_supported": 9, "budget_spent_vnd": 85000000}, "Chương trình NSCL, đo lường, truy xuất — hỗ trợ 09 DN; đã giải ngân 85.000.000đ — Đang TH"),
        ("II.2.c", "not_applicable", {}, "Kiến nghị sửa đổi luật — chưa có yêu cầu — KPS"),
        ("II.2.e", "in_progress", {"standards_reviewed": 6}, "góp ý 06 dự thảo TCVN/QCVN — Đang TH"),
        ("II.2.h", "completed", {}, "Kết nối Hệ thống TTHC với Cổng một cửa quốc gia — HT"),
        ("II.4.b", "completed", {"instruments_verified": 37}, "37 phương tiện, thiết bị đã kiểm định/hiệu chuẩn — HT"),
        ("II.5.a", "in_progress", {"inspections": 14, "establishments_inspected": 212, "violations": 19, "fines_vnd": 264750000}, "14 cuộc / 212 cơ sở / 19 cơ sở vi phạm / phạt 264.750.000đ — Đang TH"),
        ("II.5.b", "completed", {"samples_tested": 120}, "lấy 120 mẫu khảo sát — HT"),
        ("II.4.c", "not_started", {}, "Thiết lập, duy trì chuẩn đo lường chính — chưa triển khai — Chưa TH"),
    ], ["Số lượng phòng, đơn vị và địa phương phải tổng hợp tăng mạnh sau sắp xếp (168 xã, phường, đặc khu), nhiều đơn vị gửi báo cáo trễ hạn.",
        "Kinh phí khảo sát chất lượng chưa đáp ứng số lượng mẫu theo kế hoạch."],
       ["Đề nghị Ban Giám đốc Sở có văn bản nhắc các sở, ngành, địa phương gửi báo cáo đúng hạn 15/11.",
        "Đề nghị bổ sung kinh phí khảo sát chất lượng năm 2027."])


def f13():
    fn = "BC 88 KTPC gui TDC.docx"
    d = new_doc()
    h4_head(d, None, "Số: 88/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026", "Đơn vị báo cáo: P.KT-PC")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch CT38 năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục TĐC (để tổng hợp)", align="c")
    rows = [["Stt", "Công việc", "Kết quả (số liệu)", "Tình trạng"],
            ["1", "Phối hợp đoàn kiểm tra liên ngành với Chi cục (hàng hóa lưu thông)", "05 cuộc / 41 cơ sở", "Đang TH"],
            ["2", "Tham mưu xử lý vi phạm, tố giác về TĐC", "03 hồ sơ vi phạm, tham mưu GĐ Sở ban hành 03 QĐ xử phạt, tổng 48.000.000đ", "HT"],
            ["3", "Góp ý dự thảo Luật sửa đổi Luật Chất lượng SPHH, Luật TC&QCKT", "02 văn bản góp ý gửi Bộ KH&CN", "HT"],
            ["4", "Phối hợp kiểm định phương tiện kỹ thuật nghiệp vụ", "Chi cục tự thực hiện, Phòng không có phần việc", "KPS"],
            ["5", "Khảo sát chất lượng SPHH", "chưa được mời phối hợp", "Chưa TH"]]
    grid_table(d, rows, widths=(1.0, 6.5, 6.5, 2.0), size=11)
    para(d, LEGEND, italic=True, size=11)
    para(d, "Khó khăn:", bold=True)
    runs(d, [("- Phòng chỉ có 02 công chức theo dõi lĩnh vực TĐC, phải đồng thời phụ trách thanh tra hành chính.", "")])
    para(d, "Đề xuất:", bold=True)
    runs(d, [("- Đề nghị Chi cục gửi lịch kiểm tra hằng quý để Phòng bố trí người tham gia.", "")])
    sign_table(d, [("Nơi nhận:", True, True), ("- Chi cục TĐC;", False, False), ("- PGĐ phụ trách (b/c);", False, False), ("- Lưu: KTPC.", False, False)],
               [("TRƯỞNG PHÒNG KIỂM TRA – PHÁP CHẾ", True, False), ("", False, False), ("", False, False), ("Đoàn Quốc Vinh", True, False)])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "88/BC-KTPC", "2026-10-30", [
        ("II.5.a", "in_progress", {"inspections": 5, "establishments_inspected": 41}, "Phối hợp đoàn kiểm tra liên ngành — 05 cuộc / 41 cơ sở — Đang TH"),
        ("II.5.d", "completed", {"violations": 3, "fines_vnd": 48000000}, "Tham mưu xử lý vi phạm — 03 hồ sơ vi phạm, 03 QĐ xử phạt, tổng 48.000.000đ — HT"),
        ("II.2.c", "completed", {}, "Góp ý dự thảo Luật sửa đổi — 02 văn bản góp ý — HT"),
        ("II.4.b", "not_applicable", {}, "Phối hợp kiểm định phương tiện kỹ thuật nghiệp vụ — KPS"),
        ("II.5.b", "not_started", {}, "Khảo sát chất lượng SPHH — chưa được mời phối hợp — Chưa TH"),
    ], ["Phòng chỉ có 02 công chức theo dõi lĩnh vực TĐC, phải đồng thời phụ trách thanh tra hành chính."],
       ["Đề nghị Chi cục gửi lịch kiểm tra hằng quý để Phòng bố trí người tham gia."])


def f14():
    fn = "QLKH_BC_KH38.docx"
    d = new_doc()
    h4_head(d, "PHÒNG QLKH", "Số: 41/BC-QLKH", "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026", None)
    para(d, "BÁO CÁO NHANH", bold=True, align="c", size=14)
    para(d, "Tình hình thực hiện các nội dung Phòng được giao tại KH 38 năm 2026", bold=True, align="c")
    rows = [["Stt", "Công việc", "Kết quả (số liệu)", "Tình trạng"],
            ["1", "Thu hút chuyên gia, nhà khoa học lĩnh vực TĐC (NQ 27/2023, QĐ 05/2026)", "đã trình hồ sơ thu hút 02 chuyên gia đo lường, đang chờ Hội đồng xét", "Đang TH"],
            ["2", "Phối hợp Chi cục mở khóa bồi dưỡng chuyên sâu về năng suất", "01 khóa (5 ngày) tại Khu Công nghệ cao; 45 học viên", "HT"],
            ["3", "Phối hợp tập huấn VBQPPL về TĐC cho DN", "Chi cục không đề nghị phối hợp", "KPS"],
            ["4", "Hợp tác APO về năng suất khu vực công", "chưa có yêu cầu", "KPS"]]
    grid_table(d, rows, widths=(1.0, 6.5, 6.5, 2.0), size=11)
    para(d, LEGEND, italic=True, size=11)
    para(d, "Khó khăn: Mức thu nhập theo Nghị quyết 27/2023 chưa đủ hấp dẫn với chuyên gia đo lường đang làm cho doanh nghiệp FDI.", size=12)
    para(d, "Đề xuất: Đề nghị Sở kiến nghị UBND Thành phố bổ sung lĩnh vực đo lường vào danh mục ưu tiên thu hút năm 2027.", size=12)
    sign_table(d, [("Nơi nhận:", True, True), ("- Chi cục TĐC;", False, False), ("- Lưu: QLKH.", False, False)],
               [("TRƯỞNG PHÒNG", True, False), ("", False, False), ("", False, False), ("Vũ Ngọc Sơn", True, False)])
    d.save(os.path.join(OUT, fn))
    RESAVE.append(fn)
    key(fn, "SKHCN-QLKH", "Phòng Quản lý Khoa học", "41/BC-QLKH", "2026-10-28", [
        ("II.3.c", "in_progress", {}, "Thu hút chuyên gia — trình hồ sơ thu hút 02 chuyên gia — Đang TH"),
        ("II.3.b", "completed", {"training_courses": 1, "participants": 45}, "01 khóa bồi dưỡng chuyên sâu về năng suất; 45 học viên — HT"),
        ("II.1.a", "not_applicable", {}, "Phối hợp tập huấn VBQPPL — KPS"),
        ("II.6.b", "not_applicable", {}, "Hợp tác APO — chưa có yêu cầu — KPS"),
    ], ["Mức thu nhập theo Nghị quyết 27/2023 chưa đủ hấp dẫn với chuyên gia đo lường đang làm cho doanh nghiệp FDI."],
       ["Đề nghị Sở kiến nghị UBND Thành phố bổ sung lĩnh vực đo lường vào danh mục ưu tiên thu hút năm 2027."])


def f15():
    fn = "TT DV PTTN - KQ KH38 2026.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "TTPTTN"
    f = Font(name="Times New Roman", size=12); fb = Font(name="Times New Roman", size=12, bold=True)
    for col, w in zip("ABCD", (6, 50, 55, 12)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"; ws["A1"].font = f
    ws["A2"] = "TT DV PTTN"; ws["A2"].font = fb
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["C1"].font = fb
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"; ws["C2"].font = fb
    ws["A3"] = "Số: 276/BC-TTPTTN"; ws["A3"].font = f
    ws["C3"] = "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026"; ws["C3"].font = Font(name="Times New Roman", size=12, italic=True)
    ws.merge_cells("A5:D5"); ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KH 38 NĂM 2026 (PHẦN VIỆC CỦA TRUNG TÂM)"
    ws["A5"].font = Font(name="Times New Roman", size=13, bold=True); ws["A5"].alignment = Alignment(horizontal="center")
    ws["A6"] = "Kính gửi: Chi cục TĐC"; ws["A6"].font = Font(name="Times New Roman", size=12, italic=True)
    rows = [["Stt", "Công việc", "Kết quả (số liệu)", "Tình trạng"],
            [1, "Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, đo lường", "Dự án mua sắm máy sắc ký, buồng thử môi trường: đã giải ngân 4,2 tỷ đồng / dự toán 6,8 tỷ", "Đang TH"],
            [2, "Liên kết chuẩn đo lường của Trung tâm đến chuẩn quốc gia", "26 chuẩn, phương tiện đo đã hiệu chuẩn tại Viện Đo lường Việt Nam", "HT"],
            [3, "Mở rộng phạm vi dịch vụ thử nghiệm, xã hội hóa", "được công nhận thêm 14 phép thử ISO/IEC 17025; đã thử nghiệm 1.350 mẫu cho DN", "Đang TH"],
            [4, "Đào tạo sinh viên về đo lường, thử nghiệm", "03 lớp cho sinh viên ĐH Bách khoa, CĐ Kỹ thuật Cao Thắng, 160 sinh viên", "HT"]]
    r = 8
    for row in rows:
        for ci, v in enumerate(row, 1):
            c = ws.cell(r, ci, v); c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
            c.font = fb if r == 8 else f
        r += 1
    ws.cell(r, 1, LEGEND).font = Font(name="Times New Roman", size=10, italic=True)
    r += 2
    ws.cell(r, 1, "Khó khăn:").font = fb
    ws.cell(r, 2, "Thủ tục mua sắm thiết bị qua đấu thầu kéo dài, nhà thầu giao hàng chậm.").font = f
    r += 1
    ws.cell(r, 1, "Đề xuất:").font = fb
    ws.cell(r, 2, "Đề nghị Sở cho phép chuyển nguồn phần vốn chưa giải ngân sang năm 2027.").font = f
    r += 2
    ws.cell(r, 3, "GIÁM ĐỐC TRUNG TÂM DỊCH VỤ PHÂN TÍCH THÍ NGHIỆM").font = fb
    ws.cell(r + 4, 3, "Hồ Thanh Bình").font = fb
    wb.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "276/BC-TTPTTN", "2026-10-29", [
        ("II.4.a", "in_progress", {"budget_spent_vnd": 4200000000}, "Đầu tư trang thiết bị — đã giải ngân 4,2 tỷ đồng / dự toán 6,8 tỷ — Đang TH"),
        ("II.4.c", "completed", {"instruments_verified": 26}, "26 chuẩn, phương tiện đo đã hiệu chuẩn tại Viện Đo lường Việt Nam — HT"),
        ("II.2.g", "in_progress", {"samples_tested": 1350}, "Mở rộng phạm vi dịch vụ — thêm 14 phép thử; đã thử nghiệm 1.350 mẫu — Đang TH"),
        ("II.3.d", "completed", {"training_courses": 3, "participants": 160}, "03 lớp cho sinh viên, 160 sinh viên — HT"),
    ], ["Thủ tục mua sắm thiết bị qua đấu thầu kéo dài, nhà thầu giao hàng chậm."],
       ["Đề nghị Sở cho phép chuyển nguồn phần vốn chưa giải ngân sang năm 2027."])


def f16():
    fn = "PCDS - bc phoi hop KH38.docx"
    d = new_doc()
    h4_head(d, "PHÒNG CĐS", "Số: 63/BC-CĐS", "Thành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026", "Đơn vị báo cáo: P.CĐS")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả phối hợp thực hiện Kế hoạch 38 năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục TĐC", align="c")
    rows = [["Stt", "Công việc", "Kết quả (số liệu)", "Tình trạng"],
            ["1", "Phối hợp nâng cấp Hệ thống TTHC về TĐC, kết nối Cổng một cửa quốc gia", "đã cấu hình kết nối, chạy chính thức từ 02/3/2026", "HT"],
            ["2", "Phối hợp kết nối CSDL quốc gia về TĐC với kho dữ liệu dùng chung của Sở", "đã xong đặc tả dữ liệu; đang chờ Bộ cấp tài khoản API", "Đang TH"],
            ["3", "Hệ thống truy xuất nguồn gốc (Đề án 100) – phần hạ tầng", "Chi cục chưa đề nghị phối hợp", "Chưa TH"]]
    grid_table(d, rows, widths=(1.0, 6.5, 6.5, 2.0), size=11)
    para(d, LEGEND, italic=True, size=11)
    para(d, "Khó khăn:", bold=True)
    runs(d, [("- Bộ KH&CN chưa ban hành chuẩn trao đổi dữ liệu cho CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng.", "")])
    para(d, "Đề xuất:", bold=True)
    runs(d, [("- Đề nghị Chi cục làm đầu mối đề nghị Bộ sớm cấp tài khoản kết nối API.", "")])
    sign_table(d, [("Nơi nhận:", True, True), ("- Chi cục TĐC;", False, False), ("- Lưu: CĐS.", False, False)],
               [("KT. TRƯỞNG PHÒNG", True, False), ("PHÓ TRƯỞNG PHÒNG", True, False), ("", False, False), ("", False, False), ("Trịnh Gia Huy", True, False)])
    d.save(os.path.join(OUT, fn))
    key(fn, "SKHCN-CDS", "Phòng Chuyển đổi số", "63/BC-CĐS", "2026-10-27", [
        ("II.2.h", "completed", {}, "kết nối Cổng một cửa quốc gia — chạy chính thức từ 02/3/2026 — HT"),
        ("II.2.i", "in_progress", {}, "kết nối CSDL quốc gia về TĐC — đang chờ Bộ cấp tài khoản API — Đang TH"),
        ("II.2.a", "not_started", {}, "Hệ thống truy xuất nguồn gốc – phần hạ tầng — Chưa TH"),
    ], ["Bộ KH&CN chưa ban hành chuẩn trao đổi dữ liệu cho CSDL quốc gia về tiêu chuẩn, đo lường, chất lượng."],
       ["Đề nghị Chi cục làm đầu mối đề nghị Bộ sớm cấp tài khoản kết nối API."])


def resave(fn):
    src = os.path.join(OUT, fn)
    ext = fn.rsplit(".", 1)[1]
    tmp = tempfile.mkdtemp()
    shutil.copy(src, os.path.join(tmp, "in." + ext))
    outdir = os.path.join(tmp, "out")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/prof",
                    "--convert-to", ext, "--outdir", outdir, os.path.join(tmp, "in." + ext)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(outdir, "in." + ext), src)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    for fn in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16):
        fn()
    for fn in RESAVE:
        resave(fn)
    os.makedirs(TRUTH, exist_ok=True)
    for fn, k in KEYS.items():
        k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fn), "rb").read()).hexdigest()
        with open(os.path.join(TRUTH, fn + ".json"), "w", encoding="utf-8") as fh:
            json.dump(k, fh, ensure_ascii=False, indent=2)
    print(len(KEYS), "files")
