# -*- coding: utf-8 -*-
"""Generator for set63: ward/commune/special-zone reports in four hands."""
import hashlib, json, os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, status, unit, number, date, entries, diffs, props, reason=None):
    KEYS[fname] = {
        "file": fname, "status": status, "reason": reason,
        "unit": {"id": unit[0], "name": unit[1]},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": i, "text": x} for (t, s, i, x) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


def merge_entries(items):
    """items: list of (task, status, inds, text) possibly repeating a task -> merged."""
    out, order = {}, []
    for t, s, i, x in items:
        if t not in out:
            out[t] = [t, s, dict(i), x]; order.append(t)
        else:
            e = out[t]
            for k, v in i.items():
                assert k not in e[2], (t, k)
                e[2][k] = v
            if s != "unknown":
                e[1] = s
            e[3] = e[3] + " " + x
    return [tuple(out[t]) for t in order]


def font_doc(doc, name="Times New Roman", size=13):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rf is not None:
        for a in ("w:eastAsia", "w:cs"):
            rf.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}' + a.split(':')[1], name)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = doc.add_paragraph()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, "j"):
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    return p


def runs(doc, parts, align="j"):
    p = para(doc, align=align)
    for txt, fmt in parts:
        r = p.add_run(txt)
        r.bold = "b" in fmt; r.italic = "i" in fmt; r.underline = "u" in fmt
    return p


def vn_date(d):
    y, m, dd = d.split("-")
    return f"ngày {dd} tháng {m} năm {y}"


# ---------------------------------------------------------------- HAND 1
# Chị Trần Thị Mỹ Duyên, công chức Văn hóa - Xã hội mới nhận việc, phường.
# Results grouped by the partner the ward worked WITH (Chi cục TĐC / Đội QLTT / tự làm).

def hand1(fname, unit, place, number_txt, number_key, date, title_sub, intro, sections, diffs, props,
          signer, rejected=None):
    doc = Document(); font_doc(doc)
    t = doc.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.text = ""; r.text = ""
    for i, (txt, b) in enumerate((("UBND " + unit[1].upper(), True), ("-----", False), (number_txt, False))):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(txt); rr.bold = b; rr.font.size = Pt(13)
    rp = r.paragraphs[0]; rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = rp.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); x.bold = True; x.font.size = Pt(12)
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run("Độc lập - Tự do - Hạnh phúc"); x.bold = True
    p = r.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    x = p.add_run(f"{place}, {vn_date(date)}"); x.italic = True
    para(doc)
    para(doc, "BÁO CÁO", bold=True, align="c")
    para(doc, title_sub, bold=True, align="c")
    para(doc, "_______", align="c")
    para(doc, intro, align="j")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    items = []
    for i, (sec_title, ents) in enumerate(sections, 1):
        para(doc, f"{i}. {sec_title}", bold=True, indent=False)
        for task, st, inds, txt in ents:
            para(doc, "- " + txt, align="j")
            items.append((task, st, inds, txt))
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for d in diffs:
        para(doc, "- " + d, align="j")
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for d in props:
        para(doc, "- " + d, align="j")
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {unit[1].replace('Phường', 'phường')}./.", align="j")
    t2 = doc.add_table(rows=1, cols=2)
    a, b = t2.rows[0].cells
    a.paragraphs[0].add_run("Nơi nhận:").bold = True
    for n in ("- Sở Khoa học và Công nghệ;", "- Chi cục TĐC (để t/h);", "- TT.ĐU, TT.HĐND phường;", "- Lưu: VT, VHXH."):
        a.add_paragraph(n)
    bp = b.paragraphs[0]; bp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bp.add_run("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").bold = True
    for _ in range(3):
        b.add_paragraph()
    q = b.add_paragraph(); q.alignment = WD_ALIGN_PARAGRAPH.CENTER; q.add_run(signer).bold = True
    path = os.path.join(OUT, fname); doc.save(path)
    if rejected:
        key(fname, "rejected", unit, number_key, date, [], [], [], reason=rejected)
    else:
        key(fname, "extracted", unit, number_key, date, merge_entries(items), diffs, props)


hand1(
    "bc-ct38-phuong-ban-co.docx", ("27154", "Phường Bàn Cờ"), "Bàn Cờ", "Số: 412/BC-UBND", "412/BC-UBND",
    "2026-10-27",
    "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
    "Thực hiện Công văn của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Bàn Cờ báo cáo kết quả (số liệu từ 01/01/2026 đến 20/10/2026) như sau:",
    [
        ("Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố", [
            ("II.3.a", "completed", {"participants": 2},
             "Cử 02 công chức (Kinh tế và Văn hóa - Xã hội) dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng dành cho cán bộ phường, xã do Chi cục tổ chức ngày 18/6/2026. Việc này đã xong."),
            ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 14, "violations": 3},
             "Phối hợp đoàn của Chi cục kiểm tra về đo lường tại chợ Bàn Cờ và 02 cửa hàng xăng dầu trên địa bàn: 01 cuộc, kiểm tra 14 cơ sở (12 tiểu thương, 02 cửa hàng xăng dầu), phát hiện 03 trường hợp cân sai số vượt mức cho phép, đã lập biên bản chuyển Chi cục xử lý theo thẩm quyền. Phường đang tiếp tục phối hợp theo lịch của Chi cục."),
        ]),
        ("Phối hợp với Đội Quản lý thị trường số 2", [
            ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 9, "violations": 1, "fines_vnd": 5000000},
             "Tham gia 02 đợt kiểm tra liên ngành về chất lượng hàng hóa, hàng giả dịp Tết Nguyên đán tại các cửa hàng tạp hóa, kiểm tra 09 cơ sở, xử phạt 01 cơ sở kinh doanh hàng hóa không rõ nguồn gốc với số tiền 5.000.000 đồng. Đã hoàn thành."),
        ]),
        ("Phường tự triển khai", [
            ("II.1.a", "in_progress", {"communications": 6},
             "Đăng 06 tin, bài trên Zalo OA và Fanpage của phường về tiêu chuẩn, đo lường, chất lượng, hàng giả, gian lận đo lường; phát thanh lồng ghép trên hệ thống loa của các khu phố. Nội dung này phường đang tiếp tục thực hiện."),
            ("II.2.đ", "completed", {},
             "Duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Bộ phận Một cửa; đã công bố lại hệ thống sau sắp xếp (Quyết định số 95/QĐ-UBND ngày 12/5/2026). Hoàn thành."),
        ]),
    ],
    ["Công chức phụ trách lĩnh vực tiêu chuẩn, đo lường, chất lượng kiêm nhiệm nhiều việc, chưa qua đào tạo chuyên ngành.",
     "Phường chưa có cân đối chứng đặt tại chợ."],
    ["Đề nghị Chi cục cấp 01 cân đối chứng cho chợ Bàn Cờ.",
     "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể các nội dung phân cấp cho phường về kiểm tra đo lường."],
    "Lê Hoàng Phong")

hand1(
    "287-BC-UBND-Go-Vap.docx", ("26884", "Phường Gò Vấp"), "Gò Vấp", "Số: 287/BC-UBND", "287/BC-UBND",
    "2026-11-03",
    "Tình hình thực hiện Chỉ thị 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026",
    "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ triển khai Chỉ thị số 38-CT/TW năm 2026; UBND phường Gò Vấp báo cáo như sau:",
    [
        ("Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng", [
            ("II.1.a", "completed", {"training_courses": 1, "participants": 85},
             "Phối hợp Chi cục tổ chức 01 hội nghị phổ biến quy định về đo lường, nhãn hàng hóa cho hộ kinh doanh tại Hội trường UBND phường ngày 22/7/2026, có 85 người tham dự. Đã tổ chức xong."),
            ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 31, "violations": 4, "fines_vnd": 6500000},
             "Cùng Chi cục kiểm tra cân tại chợ Gò Vấp và chợ Hạnh Thông Tây: 02 cuộc, 31 cơ sở, 04 trường hợp sử dụng cân có sai số vượt mức cho phép, xử phạt 6.500.000 đồng. Nội dung này làm thường xuyên, phường đang tiếp tục."),
        ]),
        ("Phối hợp với Công an phường và Đội Quản lý thị trường số 9", [
            ("II.5.d", "completed", {},
             "Tiếp nhận 01 tin báo của người dân về cửa hàng gas bán bình thiếu khối lượng; đã chuyển Đội QLTT số 9 xác minh, xử lý. Đã xử lý xong."),
        ]),
        ("Phường tự làm", [
            ("II.1.a", "unknown", {"communications": 4},
             "Đăng 04 tin trên trang thông tin điện tử phường về Ngày Quyền của người tiêu dùng Việt Nam 15/3 và Ngày Tiêu chuẩn Thế giới 14/10."),
            ("II.2.d", "in_progress", {"enterprises_supported": 9},
             "Hướng dẫn 09 cơ sở (07 hộ kinh doanh, 02 doanh nghiệp nhỏ) về ghi nhãn hàng hóa và tự công bố sản phẩm; đang tiếp tục hướng dẫn khi cơ sở có nhu cầu."),
            ("II.3.a", "not_started", {},
             "Chưa cử được công chức đi tập huấn chuyên môn do chưa có lịch mở lớp năm 2026 của Chi cục."),
        ]),
    ],
    ["Tiểu thương tại chợ còn sử dụng cân không rõ nguồn gốc, chưa được kiểm định.",
     "Kinh phí tuyên truyền của phường không có nguồn riêng cho lĩnh vực này, phải lồng ghép."],
    ["Đề nghị Chi cục sớm mở lớp tập huấn năm 2026 cho công chức phường, xã.",
     "Đề nghị hỗ trợ tài liệu, pano, áp phích tuyên truyền về đo lường cho các chợ."],
    "Nguyễn Thị Thu Hà")

hand1(
    "BC phuong Thu Dau Mot - CT38.docx", ("25747", "Phường Thủ Dầu Một"), "Thủ Dầu Một", "Số: 530/BC-UBND", "530/BC-UBND",
    "2026-10-30",
    "Kết quả triển khai Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
    "Ủy ban nhân dân phường Thủ Dầu Một báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:",
    [
        ("Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng", [
            ("II.5.b", "in_progress", {"samples_tested": 6},
             "Hỗ trợ Chi cục lấy 06 mẫu xăng, dầu tại 03 cửa hàng trên địa bàn phường để khảo sát chất lượng; đến nay chưa có thông báo kết quả. Đang thực hiện."),
            ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 8},
             "Phối hợp kiểm tra về đo lường đối với 08 cửa hàng kinh doanh xăng dầu (01 cuộc), chưa phát hiện vi phạm. Đã xong đợt kiểm tra năm 2026."),
        ]),
        ("Phối hợp với Hội Liên hiệp Phụ nữ và Ủy ban Mặt trận Tổ quốc phường", [
            ("II.1.a", "in_progress", {"participants": 240},
             "Lồng ghép tuyên truyền về hàng giả, hàng kém chất lượng, gian lận đo lường trong các buổi sinh hoạt chi hội phụ nữ ở khu phố, khoảng 240 lượt hội viên tham dự. Việc tuyên truyền làm thường xuyên, đang tiếp tục."),
        ]),
        ("Phường tự thực hiện", [
            ("II.2.đ", "in_progress", {},
             "Rà soát, cập nhật các quy trình ISO của Bộ phận Một cửa theo bộ thủ tục hành chính mới; đang thực hiện, dự kiến xong trong tháng 11/2026."),
            ("II.5.d", "not_applicable", {},
             "Trong kỳ không phát sinh tin báo, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng."),
            ("II.1.b", "not_started", {},
             "Chưa triển khai vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia do phường chưa nhận được hướng dẫn."),
        ]),
    ],
    ["Địa bàn rộng sau sáp nhập, số lượng hộ kinh doanh lớn trong khi lực lượng mỏng."],
    ["Đề nghị Chi cục gửi văn bản hướng dẫn về Giải thưởng Chất lượng Quốc gia năm 2026 để phường tuyên truyền.",
     "Đề nghị thông báo kết quả khảo sát mẫu xăng dầu cho phường để theo dõi."],
    "Phạm Văn Tài")

hand1(
    "bao cao CT38 An Lac.docx", ("27460", "Phường An Lạc"), "An Lạc", "Số:       /BC-UBND", None,
    "2026-11-05",
    "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
    "UBND phường An Lạc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW ngày 30/7/2024 của Ban Bí thư trong năm 2026 như sau:",
    [
        ("Phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng", [
            ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3000000},
             "Tham gia 03 cuộc kiểm tra phương tiện đo tại chợ An Lạc và các điểm kinh doanh ven đường, kiểm tra 27 cơ sở với 41 cân; lập biên bản 02 trường hợp vi phạm, phạt tiền 3.000.000 đồng. Đang tiếp tục thực hiện."),
            ("II.3.a", "completed", {"participants": 1},
             "Cử 01 công chức dự hội nghị trực tuyến hướng dẫn nghiệp vụ quản lý đo lường cấp xã ngày 09/9/2026. Hoàn thành."),
        ]),
        ("Phối hợp với Đội Quản lý thị trường và Trạm Y tế phường", [
            ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 11, "violations": 2, "fines_vnd": 8000000},
             "Kiểm tra liên ngành 02 cuộc đối với 11 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em; phát hiện 02 cơ sở vi phạm về nhãn hàng hóa, Đội QLTT xử phạt 8.000.000 đồng. Đã hoàn thành kế hoạch."),
        ]),
        ("Phường tự thực hiện", [
            ("II.1.a", "in_progress", {"communications": 3, "budget_spent_vnd": 2400000},
             "Phát thanh thường xuyên trên loa truyền thanh các khu phố, đăng 03 bài trên trang thông tin của phường; chi 2.400.000 đồng in băng rôn, khẩu hiệu. Đang thực hiện."),
            ("II.2.đ", "not_started", {},
             "Phường đang chờ hướng dẫn chuyển đổi sang ISO điện tử nên chưa thực hiện."),
        ]),
    ],
    ["Chưa có quy định rõ thẩm quyền xử phạt của Chủ tịch UBND phường đối với một số hành vi vi phạm về đo lường sau khi sắp xếp chính quyền hai cấp."],
    ["Kiến nghị Sở Khoa học và Công nghệ tham mưu UBND Thành phố hướng dẫn thẩm quyền xử phạt của cấp phường trong lĩnh vực đo lường, chất lượng."],
    "Võ Minh Trí")

hand1(
    "bc-quy3-phuong-ba-ria.docx", ("26560", "Phường Bà Rịa"), "Bà Rịa", "Số: 604/BC-UBND", "604/BC-UBND",
    "2026-10-21",
    "Kết quả thực hiện chuyển đổi số quý III năm 2026",
    "Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, UBND phường Bà Rịa báo cáo kết quả thực hiện quý III năm 2026 như sau:",
    [
        ("Phối hợp với Sở Khoa học và Công nghệ", [
            ("X", "in_progress", {}, "Cập nhật dữ liệu hộ tịch, đất đai lên hệ thống dùng chung; đã số hóa 12.450 hồ sơ, đạt 83% kế hoạch. Đang thực hiện."),
        ]),
        ("Phối hợp với Viettel và VNPT", [
            ("X", "completed", {}, "Lắp đặt 05 điểm Wi-Fi công cộng tại các khu phố và nhà văn hóa; hoàn thành trong tháng 8/2026."),
            ("X", "in_progress", {}, "Tổ công nghệ số cộng đồng hướng dẫn 1.260 lượt người dân cài đặt VNeID, dịch vụ công trực tuyến. Đang tiếp tục."),
        ]),
        ("Phường tự thực hiện", [
            ("X", "completed", {}, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 71,5%; 100% văn bản đi được ký số."),
        ]),
    ],
    ["Đường truyền tại Bộ phận Một cửa thường xuyên chậm vào giờ cao điểm."],
    ["Đề nghị Thành phố bổ sung máy scan tốc độ cao phục vụ số hóa hồ sơ."],
    "Đặng Quốc Việt",
    rejected="Không phải báo cáo Kế hoạch CT38: báo cáo kết quả chuyển đổi số quý III/2026 gửi nhầm.")


# ---------------------------------------------------------------- HAND 3
# Anh Huỳnh Tấn Lộc, công chức Kinh tế xã / đặc khu (hợp đồng, làm bán thời gian).
# Header as plain centred lines (no layout table); numbered items with a short label and
# every result written as one slash chain "02 cuộc/19 cơ sở/01 VP/phạt 2.500.000đ".

def hand3(fname, unit, upper, place, number_txt, number_key, date, items, diffs, props, signer):
    doc = Document(); font_doc(doc, size=13)
    para(doc, "ỦY BAN NHÂN DÂN", bold=False, align="c")
    para(doc, upper, bold=True, align="c")
    para(doc, number_txt, align="c")
    para(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align="c")
    para(doc, "Độc lập - Tự do - Hạnh phúc", bold=True, align="c")
    para(doc, f"{place}, {vn_date(date)}", italic=True, align="r")
    para(doc, "BÁO CÁO", bold=True, align="c", size=14)
    para(doc, "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW (tiêu chuẩn, đo lường, chất lượng) năm 2026", bold=True, align="c")
    para(doc, f"Ủy ban nhân dân {unit[1].replace('Xã', 'xã').replace('Đặc khu', 'đặc khu')} báo cáo kết quả như sau (ghi chú: VP = vi phạm; DN = doanh nghiệp):", align="j")
    para(doc, "I. Kết quả", bold=True, indent=False)
    ents = []
    for n, (task, st, inds, label, txt) in enumerate(items, 1):
        runs(doc, [(f"{n}. {label}: ", "b"), (txt, "")])
        ents.append((task, st, inds, label + ": " + txt))
    para(doc, "II. Khó khăn", bold=True, indent=False)
    for d in diffs:
        para(doc, "- " + d, align="j")
    para(doc, "III. Kiến nghị", bold=True, indent=False)
    for d in props:
        para(doc, "- " + d, align="j")
    para(doc, "Nơi nhận:", bold=True, italic=True, indent=False, size=12)
    para(doc, "- Sở KH&CN (Chi cục TĐC);\n- Lưu: VT.", indent=False, size=11)
    para(doc, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, align="r")
    para(doc, "\n\n" + signer, bold=True, align="r")
    path = os.path.join(OUT, fname); doc.save(path)
    key(fname, "extracted", unit, number_key, date, merge_entries(ents), diffs, props)


hand3("ConDao_BC_CT38_2026.docx", ("26732", "Đặc khu Côn Đảo"), "ĐẶC KHU CÔN ĐẢO", "Côn Đảo",
      "Số: 178/BC-UBND", "178/BC-UBND", "2026-10-29",
      [
          ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 19, "violations": 1, "fines_vnd": 2500000},
           "Kiểm tra đo lường xăng dầu, cân tại chợ Côn Đảo",
           "phối hợp Chi cục TĐC ra đảo kiểm tra 02 cuộc/19 cơ sở/01 VP/phạt 2.500.000đ. Đợt 2 dự kiến tháng 11 nên việc này vẫn đang thực hiện."),
          ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 24, "violations": 3, "fines_vnd": 7000000},
           "Kiểm tra hàng hóa dịp cao điểm du lịch",
           "đoàn liên ngành đặc khu 03 cuộc/24 cơ sở/03 VP/phạt 7.000.000đ (chủ yếu hàng không nhãn phụ tiếng Việt). Đã xong."),
          ("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 62},
           "Tuyên truyền",
           "08 tin bài trên Trang thông tin điện tử đặc khu; 01 hội nghị phổ biến cho hộ kinh doanh dịch vụ du lịch/62 người dự. Đã thực hiện xong theo kế hoạch của đặc khu."),
          ("II.3.a", "completed", {"participants": 2},
           "Công chức dự tập huấn",
           "02 công chức dự tập huấn trực tuyến do Chi cục tổ chức. Đã xong."),
          ("II.2.đ", "in_progress", {},
           "ISO tại Trung tâm Phục vụ hành chính công",
           "duy trì TCVN ISO 9001:2015, đang rà soát lại 36 quy trình cho phù hợp thủ tục mới."),
      ],
      ["Đi lại giữa đất liền và Côn Đảo khó khăn, đoàn kiểm tra của Chi cục ra đảo không thường xuyên.",
       "Đặc khu chưa có tổ chức kiểm định phương tiện đo tại chỗ, các cơ sở phải gửi cân vào đất liền kiểm định."],
      ["Đề nghị Chi cục bố trí kiểm định lưu động cân, cột đo xăng dầu tại Côn Đảo ít nhất 01 lần/năm.",
       "Đề nghị hỗ trợ 02 cân đối chứng cho chợ Côn Đảo."],
      "Trương Văn Hậu")

hand3("xa-hoc-mon-bc-ct38.docx", ("27559", "Xã Hóc Môn"), "XÃ HÓC MÔN", "Hóc Môn",
      "Số: 341/BC-UBND", "341/BC-UBND", "2026-11-02",
      [
          ("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 46, "violations": 5, "fines_vnd": 9500000},
           "Kiểm tra cân ở chợ",
           "chợ Hóc Môn, chợ Bà Điểm: 04 cuộc/46 cơ sở/05 VP/phạt 9.500.000đ. Đang tiếp tục kiểm tra."),
          ("II.2.d", "completed", {"enterprises_supported": 6},
           "Hướng dẫn ghi nhãn, công bố tiêu chuẩn áp dụng",
           "cơ sở sản xuất bánh tráng, nhang: 06 cơ sở/02 đợt hướng dẫn tại chỗ. Đã hoàn thành."),
          ("II.1.a", "in_progress", {"communications": 5, "budget_spent_vnd": 3200000},
           "Tuyên truyền",
           "05 tin bài/kinh phí 3.200.000đ (in tờ gấp, băng rôn). Đang tiếp tục."),
          ("II.5.d", "not_applicable", {},
           "Tin báo, tố giác vi phạm", "không phát sinh."),
          ("II.3.a", "not_started", {},
           "Tập huấn cho công chức xã", "chưa cử người đi vì chưa có lớp."),
      ],
      ["Hộ kinh doanh tại chợ thay đổi thường xuyên, khó quản lý cân.",
       "Công chức kinh tế kiêm nhiệm, chưa được tập huấn chuyên môn về đo lường."],
      ["Đề nghị Chi cục tổ chức lớp tập huấn cho công chức xã trong quý IV/2026."],
      "Lê Thị Ngọc Bích")

hand3("BC38_BinhChau.docx", ("26656", "Xã Bình Châu"), "XÃ BÌNH CHÂU", "Bình Châu",
      "Số: 95/BC-UBND", "95/BC-UBND", "2026-10-26",
      [
          ("II.5.c", "completed", {"inspections": 1, "establishments_inspected": 7, "violations": 0},
           "Kiểm tra xăng dầu, khí dầu mỏ hóa lỏng",
           "01 cuộc/07 cơ sở/0 VP. Đã xong."),
          ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 4000000},
           "Kiểm tra hàng hóa tại khu du lịch Bình Châu – Hồ Cốc",
           "02 cuộc/15 cơ sở/02 VP/phạt 4.000.000đ. Đã xong."),
          ("II.1.a", "in_progress", {"communications": 12},
           "Tuyên truyền trên loa", "12 tin. Đang làm."),
          ("II.2.đ", "not_started", {},
           "ISO", "chưa làm được vì đang chờ phần mềm ISO điện tử của Thành phố."),
      ],
      ["Xã ven biển, nhiều cơ sở kinh doanh theo mùa du lịch nên khó theo dõi."],
      ["Đề nghị Chi cục phối hợp kiểm tra chất lượng xăng dầu tại các cửa hàng ven quốc lộ 55."],
      "Nguyễn Văn Sáu")

hand3("PhuocThanh-baocao-TCDLCL.docx", ("25864", "Xã Phước Thành"), "XÃ PHƯỚC THÀNH", "Phước Thành",
      "Số: 212/BC-UBND", "212/BC-UBND", "2026-10-23",
      [
          ("II.2.d", "in_progress", {"enterprises_supported": 5, "training_courses": 1, "participants": 35},
           "Hướng dẫn xây dựng tiêu chuẩn cơ sở, ghi nhãn",
           "05 đơn vị (03 HTX, 02 trang trại)/01 lớp/35 người. Đang tiếp tục."),
          ("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 13, "violations": 1, "fines_vnd": 1500000},
           "Kiểm tra cân tại chợ Phước Thành",
           "01 cuộc/13 cơ sở/01 VP/phạt 1.500.000đ. Xong đợt 1, đang làm đợt 2."),
          ("II.1.b", "completed", {"enterprises_supported": 1},
           "Vận động tham gia Giải thưởng Chất lượng Quốc gia",
           "01 DN đăng ký tham gia. Đã thực hiện xong."),
          ("II.3.a", "completed", {"participants": 2},
           "Dự tập huấn", "02 công chức dự tập huấn của Chi cục. Xong."),
      ],
      ["Các HTX còn ngại chi phí chứng nhận, công bố sản phẩm."],
      ["Đề nghị Sở hỗ trợ kinh phí chứng nhận VietGAP, mã số mã vạch cho HTX của xã."],
      "Phan Thanh Hải")

hand3("HiepPhuoc_BC_CT38.docx", ("27658", "Xã Hiệp Phước"), "XÃ HIỆP PHƯỚC", "Hiệp Phước",
      "Số: 450/BC-UBND", "450/BC-UBND", "2026-11-06",
      [
          ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 5, "violations": 0},
           "Phối hợp kiểm tra chất lượng hàng hóa tại kho bãi khu công nghiệp",
           "02 cuộc/05 DN/0 VP. Đã xong."),
          ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 22, "violations": 2, "fines_vnd": 5500000},
           "Cân, xăng dầu", "03 cuộc/22 cơ sở/02 VP/phạt 5.500.000đ. Đang tiếp tục."),
          ("II.5.b", "in_progress", {"samples_tested": 10},
           "Hỗ trợ lấy mẫu khảo sát", "10 mẫu (xăng 06, dầu DO 04). Đang chờ kết quả."),
          ("II.1.a", "completed", {"communications": 6, "training_courses": 2, "participants": 150},
           "Tuyên truyền", "06 tin bài/02 hội nghị lồng ghép/150 lượt người. Xong."),
          ("II.5.d", "not_applicable", {},
           "Khen thưởng người tố giác", "chưa phát sinh."),
      ],
      ["Nhiều doanh nghiệp trong khu công nghiệp thuộc thẩm quyền quản lý của Ban Quản lý, xã khó nắm thông tin."],
      ["Đề nghị có cơ chế chia sẻ thông tin giữa Ban Quản lý các khu chế xuất và công nghiệp với UBND xã."],
      "Đỗ Minh Khoa")


# ---------------------------------------------------------------- HAND 2
# Chị Lý Ngọc Hân, nhân viên hợp đồng Phòng Kinh tế phường/xã: Excel log grouped by
# campaign / occasion ("Cao điểm Tết", "15/3", "mùa thu hoạch", "14/10"); one task may
# show up under several campaigns.

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand2(fname, unit, place, number_txt, number_key, date, title, groups, diffs, props, rejected=None):
    wb = Workbook(); ws = wb.active; ws.title = "Bao cao"
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 46
    ws.column_dimensions["D"].width = 40
    ws.column_dimensions["E"].width = 14
    ws.column_dimensions["F"].width = 22
    ws["A1"] = "UBND " + unit[1].upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = number_txt
    ws["D1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["D1"].font = Font(bold=True)
    ws["D2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["D3"] = f"{place}, {vn_date(date)}"; ws["D3"].font = Font(italic=True)
    ws.merge_cells("A5:F5"); ws["A5"] = title
    ws["A5"].font = Font(bold=True, size=13); ws["A5"].alignment = Alignment(horizontal="center", wrap_text=True)
    ws.row_dimensions[5].height = 36
    hdr = ["STT", "Đợt / thời điểm", "Nội dung đã làm", "Kết quả", "Tình hình", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        cell = ws.cell(7, c, h); cell.font = Font(bold=True); cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 8; items = []
    for gname, rows in groups:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, gname).font = Font(bold=True)
        r += 1; n = 0
        for task, st, inds, when, what, res, stword, note in rows:
            n += 1
            vals = [n, when, what, res, stword, note]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(r, c, v); cell.border = BOX
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            items.append((task, st, inds, what + ": " + res))
            r += 1
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for d in diffs:
        ws.cell(r, 2, "- " + d); r += 1
    ws.cell(r, 1, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in props:
        ws.cell(r, 2, "- " + d); r += 1
    r += 1
    ws.cell(r, 5, "Người lập biểu"); ws.cell(r, 6, "KT. CHỦ TỊCH")
    path = os.path.join(OUT, fname); wb.save(path)
    if rejected:
        key(fname, "rejected", unit, number_key, date, [], [], [], reason=rejected)
    else:
        key(fname, "extracted", unit, number_key, date, merge_entries(items), diffs, props)


hand2("DiAn_CT38_2026.xlsx", ("25942", "Phường Dĩ An"), "Dĩ An", "Số: 118/BC-UBND", "118/BC-UBND", "2026-10-30",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (theo từng đợt)",
      [
          ("I. CAO ĐIỂM TẾT NGUYÊN ĐÁN BÍNH NGỌ 2026", [
              ("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 28, "violations": 3, "fines_vnd": 4500000},
               "20/01 - 10/02/2026", "Kiểm tra đo lường (cân) tại chợ Dĩ An, chợ Nhị Đồng",
               "02 cuộc, 28 cơ sở; 03 trường hợp vi phạm, phạt 4.500.000 đồng", "Đã xong", "Phối hợp Chi cục TĐC"),
              ("II.5.a", "completed", {"inspections": 1, "establishments_inspected": 12},
               "05/02/2026", "Kiểm tra liên ngành hàng hóa tiêu dùng phục vụ Tết",
               "01 cuộc, 12 cơ sở, không có vi phạm", "Đã xong", "QLTT chủ trì"),
          ]),
          ("II. HƯỞNG ỨNG NGÀY QUYỀN CỦA NGƯỜI TIÊU DÙNG VIỆT NAM 15/3", [
              ("II.1.a", "completed", {"communications": 5},
               "tháng 3/2026", "Tuyên truyền trên Fanpage, Zalo phường",
               "05 tin bài", "Đã xong", ""),
          ]),
          ("III. ĐỊNH KỲ QUÝ II - QUÝ III", [
              ("II.2.đ", "in_progress", {},
               "quý II-III", "Duy trì ISO tại Bộ phận Một cửa", "Đã cập nhật quy trình 2 lần", "Đang thực hiện", ""),
              ("II.3.a", "completed", {"participants": 2},
               "18/6/2026", "Cử công chức dự tập huấn của Chi cục", "02 người", "Đã xong", ""),
          ]),
          ("IV. HƯỞNG ỨNG NGÀY TIÊU CHUẨN THẾ GIỚI 14/10", [
              ("II.1.a", "completed", {"training_courses": 1, "participants": 70},
               "14/10/2026", "Hội nghị tuyên truyền cho hộ kinh doanh về tiêu chuẩn, nhãn hàng hóa",
               "01 hội nghị, 70 người dự", "Đã xong", ""),
              ("II.2.d", "in_progress", {"enterprises_supported": 8},
               "từ 14/10/2026", "Hướng dẫn hộ kinh doanh ghi nhãn, tự công bố sản phẩm",
               "08 hộ", "Đang làm", "tiếp tục đến cuối năm"),
          ]),
      ],
      ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng.",
       "Các điểm chợ tự phát khó kiểm tra cân."],
      ["Đề nghị Chi cục hỗ trợ cân đối chứng cho 02 chợ trên địa bàn phường.",
       "Đề nghị tổ chức thêm lớp tập huấn cho công chức phường mới."])

hand2("Minh Phung - bao cao CT38.xlsx", ("27238", "Phường Minh Phụng"), "Minh Phụng", "Số: 75/BC-UBND", "75/BC-UBND", "2026-11-04",
      "BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW VỀ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026",
      [
          ("I. Cao điểm Tết", [
              ("II.5.a", "completed", {"inspections": 2, "establishments_inspected": 17, "violations": 2, "fines_vnd": 3500000},
               "tháng 01-02/2026", "Kiểm tra hàng hóa Tết tại các chợ, cửa hàng trên địa bàn",
               "02 cuộc, 17 cơ sở, 02 vi phạm, phạt 3.500.000 đồng", "Đã xong", ""),
          ]),
          ("II. Ngày 15/3", [
              ("II.1.a", "completed", {"budget_spent_vnd": 1800000},
               "01-15/3/2026", "Treo băng rôn, phát tờ rơi về quyền người tiêu dùng, gian lận cân đo",
               "Kinh phí 1.800.000 đồng", "Đã xong", ""),
              ("II.5.d", "completed", {},
               "tháng 3/2026", "Tiếp nhận phản ánh của người tiêu dùng về cân thiếu",
               "01 phản ánh, đã chuyển Đội QLTT xử lý", "Đã xong", ""),
          ]),
          ("III. Kiểm tra định kỳ (tháng 6 - tháng 9)", [
              ("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 36, "violations": 6, "fines_vnd": 7200000},
               "tháng 6-9/2026", "Kiểm tra cân tại chợ và các sạp ven đường",
               "03 cuộc, 36 cơ sở, 06 trường hợp vi phạm; phạt 7.200.000 đồng", "Đang thực hiện", "còn đợt tháng 11"),
              ("II.3.a", "not_started", {},
               "", "Tập huấn cho công chức phường", "Chưa có lớp", "Chưa thực hiện", ""),
          ]),
          ("IV. Ngày Tiêu chuẩn Thế giới 14/10", [
              ("II.1.a", "completed", {"communications": 3},
               "tháng 10/2026", "Đăng tin trên trang thông tin phường", "03 tin", "Đã xong", ""),
          ]),
      ],
      ["Nhiều hộ kinh doanh nhỏ lẻ sử dụng cân đồng hồ cũ, không có tem kiểm định."],
      ["Đề nghị Chi cục tổ chức kiểm định cân miễn phí tại chợ cho tiểu thương."])

hand2("BC CT38 xa Chau Duc.xlsx", ("26596", "Xã Châu Đức"), "Châu Đức", "Số: 260/BC-UBND", "260/BC-UBND", "2026-10-28",
      "BÁO CÁO KẾT QUẢ TRIỂN KHAI KẾ HOẠCH THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026",
      [
          ("I. Đợt Tết Nguyên đán", [
              ("II.5.a", "completed", {"inspections": 3, "establishments_inspected": 21, "violations": 1, "fines_vnd": 2000000},
               "tháng 01/2026", "Kiểm tra hàng hóa tại chợ xã và các tạp hóa",
               "03 cuộc, 21 cơ sở, 01 vi phạm, phạt 2.000.000 đồng", "Đã xong", ""),
          ]),
          ("II. Ngày 15/3", [
              ("II.1.a", "completed", {"communications": 10},
               "tháng 3/2026", "Tuyên truyền trên loa truyền thanh xã", "10 tin", "Đã xong", ""),
          ]),
          ("III. Mùa thu hoạch cà phê, hồ tiêu (tháng 3 - tháng 5)", [
              ("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 15, "violations": 2, "fines_vnd": 3000000},
               "tháng 3-5/2026", "Kiểm tra cân tại đại lý thu mua nông sản",
               "02 cuộc, 15 đại lý, 02 vi phạm, phạt 3.000.000 đồng", "Đang thực hiện", "vụ điều tháng 12 kiểm tra tiếp"),
              ("II.2.d", "in_progress", {"enterprises_supported": 3},
               "tháng 4-9/2026", "Hướng dẫn HTX công bố chất lượng, ghi nhãn hạt điều, hồ tiêu",
               "03 HTX", "Đang thực hiện", ""),
          ]),
          ("IV. Ngày Tiêu chuẩn Thế giới 14/10", [
              ("II.1.b", "not_started", {},
               "tháng 10/2026", "Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia",
               "Chưa có doanh nghiệp đăng ký", "Chưa thực hiện", "chờ hướng dẫn"),
          ]),
      ],
      ["Đại lý thu mua nông sản phân tán, hoạt động theo mùa vụ.",
       "Xã không có kinh phí riêng cho công tác tiêu chuẩn, đo lường, chất lượng."],
      ["Đề nghị Chi cục kiểm định cân lưu động tại xã trước vụ thu hoạch điều."])

hand2("BayHien_bc_dot_caodiem.xlsx", ("26983", "Phường Bảy Hiền"), "Bảy Hiền", "Số: 233/BC-UBND", "233/BC-UBND", "2026-10-19",
      "BÁO CÁO KẾT QUẢ CÁC ĐỢT CAO ĐIỂM BẢO ĐẢM AN TOÀN THỰC PHẨM NĂM 2026",
      [
          ("I. Tết Nguyên đán Bính Ngọ", [
              ("X", "completed", {}, "tháng 01-02/2026", "Kiểm tra ATTP bếp ăn, cơ sở kinh doanh thực phẩm",
               "04 cuộc, 38 cơ sở, 05 vi phạm, phạt 12.000.000 đồng", "Đã xong", "Trạm Y tế"),
          ]),
          ("II. Tháng hành động vì ATTP (15/4 - 15/5)", [
              ("X", "completed", {}, "15/4 - 15/5/2026", "Tuyên truyền ATTP, ký cam kết", "120 cơ sở ký cam kết", "Đã xong", ""),
          ]),
          ("III. Tết Trung thu", [
              ("X", "in_progress", {}, "tháng 9/2026", "Kiểm tra cơ sở sản xuất bánh Trung thu", "06 cơ sở, lấy 04 mẫu test nhanh", "Đang thực hiện", ""),
          ]),
      ],
      ["Nhiều cơ sở thức ăn đường phố không cố định."],
      ["Đề nghị bổ sung kinh phí test nhanh."],
      rejected="Không phải báo cáo Kế hoạch CT38: báo cáo các đợt cao điểm an toàn thực phẩm gửi nhầm.")


# ---------------------------------------------------------------- HAND 4
# Anh Châu Gia Bảo, viên chức mới tuyển bộ phận Kinh tế phường: each figure is typed as an
# addition formula of his monthly tallies (=1+1+2); only the computed total shows; statuses
# in lowercase everyday words ("đã xong", "còn đang làm", "chưa làm", "không có phát sinh").

def hand4(fname, unit, place, number_txt, number_key, date, tasks, diffs, props):
    wb = Workbook(); ws = wb.active; ws.title = "BC CT38"
    for col, w in zip("ABCDEF", (5, 44, 30, 14, 16, 28)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "UBND " + unit[1].upper()
    ws["A2"] = number_txt
    ws["C1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["C2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["C3"] = f"{place}, {vn_date(date)}"
    ws["A5"] = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (tiêu chuẩn - đo lường - chất lượng)"
    ws["A5"].font = Font(bold=True)
    hdr = ["TT", "Việc", "Số liệu", "Số lượng", "Tình hình", "Ghi chú"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.border = BOX
    r = 8; items = []
    for n, (task, st, what, figs, stword, note) in enumerate(tasks, 1):
        ws.cell(r, 1, n); ws.cell(r, 2, what); ws.cell(r, 5, stword); ws.cell(r, 6, note)
        inds = {}
        if not figs:
            ws.cell(r, 3, "-"); r += 1
        for label, ind, parts in figs:
            ws.cell(r, 3, label)
            formula = "=" + "+".join(str(p) for p in parts)
            c = ws.cell(r, 4, formula)
            if ind in ("fines_vnd", "budget_spent_vnd"):
                c.number_format = "#,##0"
            inds[ind] = sum(parts)
            r += 1
        items.append((task, st, inds, what))
    for row in ws.iter_rows(min_row=8, max_row=r - 1, max_col=6):
        for c in row:
            c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="top")
    r += 1
    ws.cell(r, 1, "Khó khăn:"); r += 1
    for d in diffs:
        ws.cell(r, 2, d); r += 1
    ws.cell(r, 1, "Kiến nghị:"); r += 1
    for d in props:
        ws.cell(r, 2, d); r += 1
    path = os.path.join(OUT, fname); wb.save(path)
    key(fname, "extracted", unit, number_key, date, merge_entries(items), diffs, props)
    return path


H4 = []
H4.append(hand4("TanThuan_CT38.xlsx", ("27478", "Phường Tân Thuận"), "Tân Thuận", "Số: 389/BC-UBND", "389/BC-UBND", "2026-10-24",
      [
          ("II.1.a", "in_progress", "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng (Zalo, web phường, băng rôn)",
           [("tin bài", "communications", [2, 1, 3]), ("kinh phí in băng rôn (đ)", "budget_spent_vnd", [1200000, 850000])],
           "còn đang làm", ""),
          ("II.5.c", "in_progress", "Kiểm tra cân ở chợ Tân Thuận, cửa hàng xăng dầu (cùng Chi cục TĐC)",
           [("số cuộc", "inspections", [1, 1, 2]), ("số cơ sở", "establishments_inspected", [12, 9, 14]),
            ("số vi phạm", "violations", [2, 1]), ("tiền phạt (đ)", "fines_vnd", [1500000, 2000000, 1000000])],
           "đợt 1 đã xong, đợt 2 còn đang làm", "cộng các tháng 3, 6, 9"),
          ("II.5.a", "completed", "Kiểm tra hàng hóa liên ngành (QLTT chủ trì)",
           [("số cuộc", "inspections", [1, 1]), ("số cơ sở", "establishments_inspected", [6, 5])],
           "đã xong", ""),
          ("II.3.a", "completed", "Công chức đi tập huấn",
           [("số người", "participants", [1, 1])], "đã xong", ""),
          ("II.2.đ", "in_progress", "ISO 9001 bộ phận một cửa", [], "còn đang làm", "chờ hướng dẫn ISO điện tử"),
      ],
      ["Phường mới sắp xếp, hồ sơ theo dõi cân ở chợ còn thiếu.", "Chưa có phần mềm theo dõi cơ sở kinh doanh."],
      ["Đề nghị Chi cục cung cấp danh sách cửa hàng xăng dầu trên địa bàn phường."]))

H4.append(hand4("Thuan An - CT38 nam 2026.xlsx", ("25978", "Phường Thuận An"), "Thuận An", "Số: 702/BC-UBND", "702/BC-UBND", "2026-11-09",
      [
          ("II.1.a", "completed", "Hội nghị, tuyên truyền cho hộ kinh doanh",
           [("hội nghị", "training_courses", [1, 1]), ("người dự", "participants", [45, 60]),
            ("tin bài", "communications", [4, 2])], "đã xong", ""),
          ("II.2.d", "in_progress", "Hướng dẫn cơ sở ghi nhãn, công bố chất lượng",
           [("cơ sở được hướng dẫn", "enterprises_supported", [3, 4, 2])], "còn đang làm", ""),
          ("II.5.c", "in_progress", "Kiểm tra đo lường ở chợ Lái Thiêu và cây xăng",
           [("số cuộc", "inspections", [2, 2]), ("cơ sở", "establishments_inspected", [18, 21]),
            ("vi phạm", "violations", [1, 3]), ("tiền phạt (đ)", "fines_vnd", [2500000, 5000000])],
           "còn đang làm", ""),
          ("II.5.b", "completed", "Hỗ trợ Chi cục lấy mẫu xăng dầu khảo sát",
           [("mẫu", "samples_tested", [4, 4])], "đã xong", ""),
          ("II.5.d", "not_applicable", "Tin báo, tố giác vi phạm", [], "không có phát sinh", ""),
          ("II.1.b", "not_started", "Giải thưởng Chất lượng Quốc gia", [], "chưa làm", "chưa có hướng dẫn"),
      ],
      ["Thiếu công chức theo dõi lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
      ["Đề nghị Chi cục tập huấn cho công chức phường về xử phạt vi phạm hành chính trong lĩnh vực đo lường."]))

H4.append(hand4("bc ct38 Duc Nhuan.xlsx", ("27043", "Phường Đức Nhuận"), "Đức Nhuận", "Số:      /BC-UBND", None, "2026-10-31",
      [
          ("II.1.a", "in_progress", "Đăng tin tuyên truyền",
           [("tin bài", "communications", [3, 3, 2])], "còn đang làm", ""),
          ("II.5.c", "completed", "Kiểm tra cân chợ, cửa hàng",
           [("số cuộc", "inspections", [1, 2]), ("cơ sở", "establishments_inspected", [10, 17]),
            ("vi phạm", "violations", [1, 1]), ("tiền phạt (đ)", "fines_vnd", [1000000, 2500000])],
           "đã xong", ""),
          ("II.3.a", "completed", "Dự tập huấn của Chi cục",
           [("người dự", "participants", [1, 1])], "đã xong", ""),
          ("II.2.đ", "completed", "Cập nhật ISO một cửa", [], "đã xong", ""),
      ],
      ["Công chức kinh tế kiêm nhiệm nhiều việc."],
      ["Đề nghị Sở có biểu mẫu báo cáo thống nhất cho phường."]))


# ---------------------------------------------------------------- LibreOffice re-save
def lo_resave(path, fmt):
    tmp = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmp, path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + "." + fmt)
    shutil.move(out, path)
    shutil.rmtree(tmp, ignore_errors=True)


for p in H4:  # H4 opens and saves in LibreOffice Calc, which stores the formula results
    lo_resave(p, "xlsx")
lo_resave(os.path.join(OUT, "ConDao_BC_CT38_2026.docx"), "docx")

# ---------------------------------------------------------------- keys
for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), "rb") as f:
        k["sha256"] = hashlib.sha256(f.read()).hexdigest()
    ordered = {x: k[x] for x in ("file", "sha256", "status", "reason", "unit", "document", "entries",
                                 "findings", "difficulties", "proposals")}
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(ordered, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
