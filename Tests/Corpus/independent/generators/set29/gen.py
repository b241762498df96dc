# -*- coding: utf-8 -*-
"""Generator for set 29: ward/commune/special-zone reports (province 79) in four hands."""
import json, hashlib, os, csv
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.utils import get_column_letter

OUT = os.path.dirname(os.path.abspath(__file__))
NAMES = {}
with open('/work/shared/data/communes-2025.csv', encoding='utf-8') as f:
    for r in csv.DictReader(f):
        NAMES[r['code']] = r['name']

CV = ("Thực hiện Kế hoạch số 1125/KH-SKHCN ngày 20/3/2026 của Sở Khoa học và Công nghệ về triển khai "
      "thực hiện Chỉ thị số 38-CT/TW năm 2026 và Công văn số 845/TĐC-QLĐL ngày 02/10/2026 của Chi cục "
      "Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả thực hiện")

def E(task, status, text, **ind):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def write_truth(fname, code, number, date, entries, diffs, props, status="extracted", reason=None):
    path = os.path.join(OUT, fname)
    sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
    t = {"file": fname, "sha256": sha, "status": status, "reason": reason,
         "unit": {"id": code, "name": NAMES[code]},
         "document": {"number": number, "date": date},
         "entries": entries, "findings": [], "difficulties": diffs, "proposals": props}
    with open(os.path.join(OUT, 'truth', fname + '.json'), 'w', encoding='utf-8') as f:
        json.dump(t, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- docx helpers
def new_doc(font='Times New Roman', size=13, margins=(2, 1.5, 3, 2)):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    st.paragraph_format.space_after = Pt(3)
    s = d.sections[0]
    s.page_width = Cm(21); s.page_height = Cm(29.7)
    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = [Cm(x) for x in margins]
    return d

def para(d, text='', bold=False, italic=False, align=None, size=None, indent=True, cell=None):
    p = (cell.add_paragraph() if cell is not None else d.add_paragraph())
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j': p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j') and cell is None:
        p.paragraph_format.first_line_indent = Cm(1)
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def runs(p, parts):
    for txt, b, i in parts:
        r = p.add_run(txt); r.bold = b; r.italic = i
    return p

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        x = OxmlElement('w:' + e); x.set(qn('w:val'), 'nil'); b.append(x)
    tblPr.append(b)

def header_table(d, left_lines, right_lines, number, place_date):
    t = d.add_table(rows=2, cols=2); no_borders(t)
    c = t.cell(0, 0); c.paragraphs[0].text = ''
    for i, l in enumerate(left_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = (i == len(left_lines) - 1); r.font.size = Pt(12)
    c = t.cell(0, 1)
    for i, l in enumerate(right_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(l); r.bold = True; r.font.size = Pt(12 if i == 0 else 13)
    p = t.cell(1, 0).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(number).font.size = Pt(13)
    p = t.cell(1, 1).paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(place_date); r.italic = True
    return t

QH = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

def signature(d, lines, name, noi_nhan):
    t = d.add_table(rows=1, cols=2); no_borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]; r = p.add_run('Nơi nhận:'); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for n in noi_nhan:
        p = c.add_paragraph(); r = p.add_run(n); r.font.size = Pt(11)
    c = t.cell(0, 1)
    for i, l in enumerate(lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l).bold = True
    for _ in range(3): c.add_paragraph()
    p = c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(name).bold = True

def vn_date(iso):
    y, m, dd = iso.split('-'); return f"ngày {dd} tháng {m} năm {y}"

# ================================================================ HAND A
# Lê Thị Thu Thảo, công chức Phòng Văn hóa - Xã hội (phường)
def hand_a(fname, code, number, date, intro_extra, chidao, items, diffs, props, signer,
           title2="Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường"):
    name = NAMES[code]; short = name.replace('Phường ', '')
    d = new_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", name.upper()], QH, f"Số: {number}",
                 f"{short}, {vn_date(date)}")
    para(d)
    para(d, "BÁO CÁO", bold=True, align='c', size=14)
    para(d, title2, bold=True, align='c')
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align='c')
    para(d, f"{CV}, Ủy ban nhân dân {name[0].lower()+name[1:]} báo cáo như sau:", align='j')
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, align='j')
    para(d, chidao, align='j')
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, align='j')
    for i, (head, paras, prog) in enumerate(items, 1):
        para(d, f"{i}. {head}", bold=True, align='j')
        for tx in paras:
            para(d, tx, align='j')
        para(d, f"* Tiến độ: {prog}", italic=True, align='j')
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, align='j')
    for x in diffs: para(d, "- " + x, align='j')
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, align='j')
    for x in props: para(d, "- " + x, align='j')
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {name[0].lower()+name[1:]}./.", align='j')
    signature(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer,
              ["- Như trên;", "- Thường trực Đảng ủy phường;", "- Chủ tịch, các PCT UBND phường;",
               "- Phòng Kinh tế, Phòng VH-XH;", "- Lưu: VT, VHXH(Thảo)."])
    d.save(os.path.join(OUT, fname))

def a1():
    f = "BC CT38 phuong Cat Lai.docx"
    t1 = ("Phối hợp Ban điều hành các khu phố tuyên truyền trên hệ thống loa truyền thanh và trang thông tin điện tử phường "
          "được 14 tin, bài (trong đó: 09 tin phát trên loa, 05 bài đăng trên trang thông tin điện tử) về Chỉ thị số 38-CT/TW, "
          "Luật Đo lường, Luật Chất lượng sản phẩm, hàng hóa.")
    t2 = ("Tổ chức 02 hội nghị phổ biến Luật Chất lượng sản phẩm, hàng hóa và Luật Đo lường cho hộ kinh doanh tại chợ Cát Lái, "
          "có 126 lượt người tham dự (trong đó: 98 hộ kinh doanh, 28 cán bộ khu phố).")
    t3 = ("Phường đã chuyển tải thông tin, thể lệ Giải thưởng Chất lượng Quốc gia năm 2026 đến 37 doanh nghiệp trên địa bàn "
          "qua nhóm Zalo doanh nghiệp phường; đến nay chưa có doanh nghiệp đăng ký tham dự.")
    t4 = ("Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra đo lường tại chợ Cát Lái và các cửa hàng xăng dầu; tổng cộng "
          "03 cuộc kiểm tra, kiểm tra 21 cơ sở (trong đó: 15 tiểu thương tại chợ, 06 cửa hàng xăng dầu), phát hiện 02 cơ sở "
          "vi phạm (sử dụng cân chưa kiểm định), đã lập biên bản và chuyển cấp có thẩm quyền xử phạt với tổng số tiền 3.000.000đ.")
    t5 = "Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định lại 02 cân đối chứng đặt tại chợ Cát Lái trong tháng 8/2026."
    t6 = ("Cử 03 công chức (Phòng Kinh tế 02, Phòng Văn hóa – Xã hội 01) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về "
          "tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục tổ chức ngày 18/6/2026.")
    t7 = ("Phường đang rà soát, cập nhật lại hệ thống quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015 sau khi "
          "sắp xếp đơn vị hành chính.")
    diffs = ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức Phòng Kinh tế kiêm nhiệm nhiều việc.",
             "Một số hộ kinh doanh tại chợ còn sử dụng cân không rõ nguồn gốc, khó kiểm soát."]
    props = ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ thêm cân đối chứng cho chợ Cát Lái.",
             "Đề nghị Sở Khoa học và Công nghệ ban hành hướng dẫn cụ thể các nội dung phân quyền cho UBND phường, xã về đo lường, chất lượng."]
    items = [("Về tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", [t1, t2], "Đã hoàn thành."),
             ("Về vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia", [t3], "Đã thực hiện xong việc thông tin, vận động."),
             ("Về phối hợp quản lý nhà nước về đo lường, chất lượng theo phân quyền", [t4, t5], "Đang tiếp tục thực hiện (thường xuyên)."),
             ("Về cử công chức tham gia tập huấn", [t6], "Đã hoàn thành."),
             ("Về áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", [t7], "Đang thực hiện, dự kiến xong trong tháng 11/2026.")]
    hand_a(f, "27112", "312/BC-UBND", "2026-10-27", None,
           "Ủy ban nhân dân phường ban hành Kế hoạch số 58/KH-UBND ngày 10/4/2026 triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, "
           "giao Phòng Kinh tế chủ trì, Phòng Văn hóa – Xã hội phối hợp tổ chức thực hiện.", items, diffs, props, "Võ Thành Nhân")
    write_truth(f, "27112", "312/BC-UBND", "2026-10-27", [
        E("II.1.a", "completed", t1 + " " + t2, communications=14, training_courses=2, participants=126),
        E("II.1.b", "completed", t3, enterprises_supported=37),
        E("II.5.c", "in_progress", t4 + " " + t5, inspections=3, establishments_inspected=21, violations=2, fines_vnd=3000000, instruments_verified=2),
        E("II.3.a", "completed", t6, participants=3),
        E("II.2.đ", "in_progress", t7)], diffs, props)

def a2():
    f = "BC thuc hien CT 38 - P Tan Dong Hiep.docx"
    t1 = ("Đăng tải 08 tin, bài trên trang thông tin điện tử phường và Fanpage \u201cPhường Tân Đông Hiệp\u201d về Chỉ thị số 38-CT/TW, "
          "quyền lợi người tiêu dùng khi mua hàng đóng gói sẵn (trong đó có 03 bài về ghi nhãn hàng hóa).")
    t2 = ("Phối hợp Ban quản lý chợ hướng dẫn 12 hộ kinh doanh nông sản tại chợ Tân Đông Hiệp đăng ký mã QR truy xuất nguồn gốc "
          "trên Cổng truy xuất nguồn gốc của Thành phố.")
    t3 = ("Trong 10 tháng, phường tổ chức 04 đợt kiểm tra đối với 17 cơ sở kinh doanh vàng bạc, xăng dầu và hàng đóng gói sẵn "
          "(trong đó: 05 cơ sở vàng bạc, 04 cửa hàng xăng dầu, 08 cơ sở hàng đóng gói sẵn); phát hiện 01 cơ sở kinh doanh vàng "
          "bạc vi phạm về ghi nhãn, đã nhắc nhở và yêu cầu khắc phục.")
    t4 = "Trong kỳ, phường không tiếp nhận đơn thư, phản ánh, tố giác nào liên quan đến lĩnh vực tiêu chuẩn, đo lường, chất lượng."
    t5 = "Phường cử 02 công chức tham dự Hội nghị tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do Chi cục tổ chức ngày 23/7/2026."
    diffs = ["Kinh phí cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng chưa được bố trí riêng."]
    props = ["Đề nghị Chi cục cung cấp tài liệu tuyên truyền mẫu (tờ gấp, pa-nô) để phường nhân bản, phát cho hộ kinh doanh."]
    items = [("Về công tác tuyên truyền", [t1], "Đã hoàn thành."),
             ("Về hỗ trợ hộ kinh doanh truy xuất nguồn gốc", [t2], "Đang thực hiện."),
             ("Về kiểm tra các nội dung được phân quyền", [t3], "Thực hiện thường xuyên, đang tiếp tục."),
             ("Về tiếp nhận phản ánh, tố giác", [t4], "Không phát sinh."),
             ("Về tham gia tập huấn", [t5], "Đã hoàn thành.")]
    hand_a(f, "25945", "198/BC-UBND", "2026-10-30", None,
           "Ngay sau khi nhận Kế hoạch của Sở, Ủy ban nhân dân phường chỉ đạo Phòng Kinh tế, Phòng Văn hóa – Xã hội và Ban điều hành "
           "các khu phố triển khai thực hiện, lồng ghép với chương trình công tác năm 2026 của phường.", items, diffs, props, "Nguyễn Thị Kim Loan")
    write_truth(f, "25945", "198/BC-UBND", "2026-10-30", [
        E("II.1.a", "completed", t1, communications=8),
        E("II.2.a", "in_progress", t2, enterprises_supported=12),
        E("II.5.c", "in_progress", t3, inspections=4, establishments_inspected=17, violations=1),
        E("II.5.d", "not_applicable", t4),
        E("II.3.a", "completed", t5, participants=2)], diffs, props)

def a3():
    f = "BC TDC 2026 phuong Ba Ria (gui Chi cuc).docx"
    t1 = ("Lồng ghép tuyên truyền nội dung Chỉ thị số 38-CT/TW tại các buổi sinh hoạt khu phố; phát 22 tin trên loa truyền thanh "
          "phường (trong đó: 12 tin về đo lường trong kinh doanh xăng dầu, 10 tin về phòng chống hàng giả, hàng kém chất lượng).")
    t2 = ("Phối hợp Chi cục gửi thư mời, hướng dẫn hồ sơ tham dự Giải thưởng Chất lượng Quốc gia cho 05 doanh nghiệp; có 01 doanh "
          "nghiệp (Công ty TNHH Thủy sản Hải Long) đăng ký tham dự.")
    t3 = ("Hướng dẫn 12 cơ sở (trong đó: 09 hộ kinh doanh, 03 hợp tác xã) thực hiện công bố tiêu chuẩn cơ sở, ghi nhãn hàng hóa "
          "đối với sản phẩm OCOP của phường.")
    t4 = ("Phối hợp Đội Quản lý thị trường số 9 và Chi cục kiểm tra 02 cuộc tại 14 cơ sở kinh doanh mũ bảo hiểm, đồ chơi trẻ em; "
          "xử lý 03 trường hợp vi phạm về nhãn hàng hóa, phạt tiền 7.500.000đ.")
    t5 = "Phối hợp lấy 06 mẫu xăng dầu tại các cửa hàng trên địa bàn để khảo sát chất lượng theo kế hoạch của Chi cục; kết quả các mẫu đạt yêu cầu."
    t6 = ("Duy trì áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; Ủy ban nhân dân phường đã công bố lại Hệ thống "
          "quản lý chất lượng phù hợp tiêu chuẩn ngày 15/9/2026.")
    diffs = ["Một số hộ kinh doanh nhỏ lẻ chưa quan tâm đến việc ghi nhãn, công bố chất lượng sản phẩm."]
    props = ["Đề nghị Chi cục tổ chức lớp tập huấn về ghi nhãn hàng hóa cho hộ kinh doanh, hợp tác xã trên địa bàn phường."]
    items = [("Về tuyên truyền Chỉ thị số 38-CT/TW", [t1], "Hoàn thành."),
             ("Về Giải thưởng Chất lượng Quốc gia", [t2], "Đã hoàn thành."),
             ("Về hỗ trợ cơ sở công bố chất lượng, ghi nhãn", [t3], "Đang thực hiện."),
             ("Về phối hợp kiểm tra", [t4], "Đã thực hiện 02/02 cuộc theo kế hoạch, hoàn thành."),
             ("Về khảo sát chất lượng sản phẩm, hàng hóa", [t5], "Đã hoàn thành."),
             ("Về hệ thống quản lý chất lượng ISO", [t6], "Hoàn thành.")]
    hand_a(f, "26560", "415/BC-UBND", "2026-11-06", None,
           "Ủy ban nhân dân phường giao Phòng Kinh tế làm đầu mối, phối hợp Phòng Văn hóa – Xã hội, Công an phường và Ban quản lý "
           "chợ Bà Rịa tổ chức thực hiện các nội dung của Kế hoạch.", items, diffs, props, "Lâm Quốc Bảo")
    write_truth(f, "26560", "415/BC-UBND", "2026-11-06", [
        E("II.1.a", "completed", t1, communications=22),
        E("II.1.b", "completed", t2, enterprises_supported=5),
        E("II.2.d", "in_progress", t3, enterprises_supported=12),
        E("II.5.c", "completed", t4, inspections=2, establishments_inspected=14, violations=3, fines_vnd=7500000),
        E("II.5.b", "completed", t5, samples_tested=6),
        E("II.2.đ", "completed", t6)], diffs, props)

def a4():
    f = "BC CT38 Lai Thieu.docx"
    t1 = ("Tổ chức 01 buổi tọa đàm \u201cĐo lường, chất lượng vì người tiêu dùng\u201d tại Hội trường phường ngày 15/3/2026, có 85 đại biểu "
          "tham dự (trong đó: 60 hộ kinh doanh, 25 cán bộ, hội viên các đoàn thể); đăng 06 tin, bài trên trang thông tin điện tử phường.")
    t2 = ("Ban quản lý chợ Lái Thiêu phối hợp Phòng Kinh tế tổ chức 05 đợt kiểm tra cân tại chợ, kiểm tra 78 tiểu thương, phát hiện "
          "05 trường hợp sử dụng cân sai số vượt quy định, đã nhắc nhở, yêu cầu thay thế.")
    t3 = "Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm kiểm định 03 cân đối chứng của chợ Lái Thiêu ngày 12/5/2026."
    t4 = ("Phường chưa cử công chức tham dự tập huấn do trùng lịch kỳ họp của phường; dự kiến tham dự lớp do Chi cục tổ chức "
          "trong Quý IV/2026.")
    t5 = ("Phường đã xây dựng, áp dụng 71 quy trình giải quyết thủ tục hành chính theo TCVN ISO 9001:2015; đang phối hợp đơn vị "
          "tư vấn đánh giá nội bộ.")
    t6 = ("Trong kỳ tiếp nhận 01 phản ánh của người dân về cân thiếu tại chợ Lái Thiêu, đã phối hợp Ban quản lý chợ kiểm tra, "
          "xác minh và xử lý nhắc nhở tiểu thương.")
    diffs = ["Cân đối chứng tại chợ đã cũ, thường xuyên phải sửa chữa."]
    props = ["Kiến nghị Sở Khoa học và Công nghệ xem xét bố trí kinh phí mua mới cân đối chứng cho các chợ truyền thống.",
             "Đề nghị Chi cục thông báo lịch tập huấn sớm để phường chủ động bố trí cán bộ."]
    items = [("Về tuyên truyền, phổ biến", [t1], "Đã hoàn thành."),
             ("Về quản lý đo lường tại chợ (nội dung được phân quyền)", [t2, t3], "Thường xuyên, đang thực hiện."),
             ("Về tham gia tập huấn", [t4], "Chưa thực hiện."),
             ("Về áp dụng ISO 9001:2015", [t5], "Đang thực hiện."),
             ("Về giải quyết phản ánh, tố giác", [t6], "Đã giải quyết xong.")]
    hand_a(f, "25966", "227/BC-UBND", "2026-10-28", None,
           "Ủy ban nhân dân phường đã ban hành Kế hoạch số 41/KH-UBND ngày 25/3/2026; phân công Phòng Kinh tế chủ trì, Ban quản lý "
           "chợ Lái Thiêu, Phòng Văn hóa – Xã hội phối hợp thực hiện.", items, diffs, props, "Huỳnh Văn Sang")
    write_truth(f, "25966", "227/BC-UBND", "2026-10-28", [
        E("II.1.a", "completed", t1, training_courses=1, participants=85, communications=6),
        E("II.5.c", "in_progress", t2 + " " + t3, inspections=5, establishments_inspected=78, violations=5, instruments_verified=3),
        E("II.3.a", "not_started", t4),
        E("II.2.đ", "in_progress", t5),
        E("II.5.d", "completed", t6)], diffs, props)

def a5_mistaken():
    f = "BC giam ngheo 10T 2026 Chanh Hiep.docx"
    name = NAMES["25771"]
    d = new_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", name.upper()], QH, "Số: 301/BC-UBND", f"Chánh Hiệp, {vn_date('2026-10-29')}")
    para(d)
    para(d, "BÁO CÁO", bold=True, align='c', size=14)
    para(d, "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 10 tháng năm 2026", bold=True, align='c')
    para(d, "Kính gửi: Phòng Văn hóa – Xã hội.", align='c')
    para(d, "Thực hiện Kế hoạch số 77/KH-UBND ngày 15/02/2026 của Ủy ban nhân dân phường về thực hiện công tác giảm nghèo bền vững năm 2026, "
            "Ủy ban nhân dân phường Chánh Hiệp báo cáo kết quả 10 tháng năm 2026 như sau:", align='j')
    para(d, "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", bold=True, align='j')
    para(d, "Ủy ban nhân dân phường kiện toàn Ban Chỉ đạo giảm nghèo bền vững phường; phân công thành viên phụ trách các khu phố, "
            "theo dõi từng hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 – 2030.", align='j')
    para(d, "II. KẾT QUẢ THỰC HIỆN", bold=True, align='j')
    for i, (h, tx, prog) in enumerate([
        ("Về rà soát hộ nghèo, hộ cận nghèo", "Đầu năm 2026 phường có 46 hộ nghèo, 112 hộ cận nghèo; đến nay đã có 19 hộ nghèo, 27 hộ cận nghèo vượt chuẩn (trong đó: 12 hộ nhờ có việc làm ổn định, 7 hộ nhờ vay vốn sản xuất).", "Đang thực hiện."),
        ("Về hỗ trợ vay vốn", "Phối hợp Ngân hàng Chính sách xã hội giải ngân cho 38 lượt hộ vay với tổng số tiền 1.520.000.000đ.", "Đã hoàn thành chỉ tiêu năm."),
        ("Về tập huấn, nâng cao năng lực", "Tổ chức 02 lớp tập huấn kỹ năng làm kinh tế hộ gia đình cho 74 lượt người thuộc hộ nghèo, cận nghèo.", "Đã hoàn thành."),
        ("Về chăm lo Tết, an sinh xã hội", "Trao 158 phần quà Tết Nguyên đán với tổng trị giá 237.000.000đ; hỗ trợ sửa chữa 03 căn nhà cho hộ nghèo.", "Đã hoàn thành.")], 1):
        para(d, f"{i}. {h}", bold=True, align='j'); para(d, tx, align='j'); para(d, f"* Tiến độ: {prog}", italic=True, align='j')
    para(d, "III. KHÓ KHĂN, VƯỚNG MẮC", bold=True, align='j')
    para(d, "- Một số hộ nghèo là người già neo đơn, không còn khả năng lao động nên khó thoát nghèo.", align='j')
    para(d, "IV. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, align='j')
    para(d, "- Đề nghị tiếp tục bố trí nguồn vốn vay ưu đãi cho hộ cận nghèo, hộ mới thoát nghèo.", align='j')
    signature(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đặng Thị Hồng",
              ["- Như trên;", "- Ban Chỉ đạo GNBV phường;", "- Lưu: VT, VHXH(Thảo)."])
    d.save(os.path.join(OUT, f))
    write_truth(f, "25771", "301/BC-UBND", "2026-10-29", [], [], [], status="rejected",
                reason="Not a report of the CT38 plan: a ward's 10-month report on the sustainable poverty-reduction programme (giảm nghèo bền vững).")

# ================================================================ HAND B
# Trần Văn Hùng-style: Phó Chủ tịch UBND xã; short letter, "Về ...:" paragraphs, status at the end of each.
def hand_b(fname, code, number, date, place, paras, diffs, props, signer, level="xã"):
    name = NAMES[code]
    d = new_doc(size=14, margins=(2, 2, 3, 1.5))
    header_table(d, ["ỦY BAN NHÂN DÂN", name.upper()], QH, f"Số: {number}", f"{place}, {vn_date(date)}")
    para(d)
    para(d, "BÁO CÁO", bold=True, align='c')
    para(d, "Tình hình thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align='c')
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", align='c')
    para(d, f"Căn cứ Kế hoạch số 1125/KH-SKHCN ngày 20/3/2026 của Sở Khoa học và Công nghệ, Ủy ban nhân dân {level} báo cáo tình hình "
            f"thực hiện trên địa bàn {level} như sau:", align='j')
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True, align='j')
    for head, body in paras:
        p = para(d, align='j'); runs(p, [(f"Về {head}: ", True, False), (body, False, False)])
    para(d, "II. KHÓ KHĂN VÀ KIẾN NGHỊ", bold=True, align='j')
    para(d, "Khó khăn:", italic=True, bold=True, align='j')
    for i, x in enumerate(diffs, 1): para(d, f"({i}) {x}", align='j')
    para(d, "Kiến nghị:", italic=True, bold=True, align='j')
    for i, x in enumerate(props, 1): para(d, f"({i}) {x}", align='j')
    para(d, f"Trên đây là báo cáo của Ủy ban nhân dân {name[0].lower()+name[1:]}, kính gửi Chi cục Tiêu chuẩn Đo lường Chất lượng "
            f"Thành phố tổng hợp./.", align='j')
    signature(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer,
              ["- Như trên;", f"- TT Đảng ủy {level};", "- CT, PCT UBND;", "- Lưu: VT, KT."])
    d.save(os.path.join(OUT, fname))

def b1():
    f = "Bao cao Chi thi 38 - xa Binh Chau.docx"
    p1 = ("Ủy ban nhân dân xã chỉ đạo Trung tâm Dịch vụ tổng hợp xã đăng, phát 20 tin, bài trên hệ thống truyền thanh và trang "
          "thông tin điện tử xã về Chỉ thị số 38-CT/TW, pháp luật về đo lường, chất lượng. Nội dung này đã triển khai xong.")
    p2 = ("Đoàn kiểm tra liên ngành xã tiến hành 03 cuộc kiểm tra tại 11 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng (gas), hàng "
          "đóng gói sẵn; phát hiện 02 cơ sở vi phạm, ban hành quyết định xử phạt 4.500.000 đồng (Bốn triệu năm trăm nghìn đồng). "
          "Công tác này đang chỉ đạo tiếp tục thực hiện.")
    p3 = ("Hướng dẫn 04 hợp tác xã thanh long, hải sản khô xây dựng tiêu chuẩn cơ sở, công bố chất lượng sản phẩm; đến nay 02 hợp tác "
          "xã đã hoàn thành hồ sơ. Đang tiếp tục thực hiện.")
    p4 = "Xã cử 01 công chức Phòng Kinh tế tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức. Đã thực hiện xong."
    p5 = ("Trên địa bàn xã chủ yếu là hộ kinh doanh, hợp tác xã quy mô nhỏ, chưa có đơn vị đủ điều kiện tham dự Giải thưởng Chất "
          "lượng Quốc gia; xã chưa thực hiện nội dung này.")
    diffs = ["Địa bàn xã rộng, các cửa hàng xăng dầu, gas nằm rải rác, lực lượng kiểm tra mỏng.",
             "Xã chưa có trang thiết bị kiểm tra nhanh chất lượng xăng dầu."]
    props = ["Đề nghị Chi cục hỗ trợ xã bộ thiết bị kiểm tra nhanh và cân đối chứng.",
             "Đề nghị tổ chức tập huấn chuyên sâu cho công chức xã về xử phạt vi phạm hành chính trong lĩnh vực đo lường."]
    hand_b(f, "26656", "145/BC-UBND", "2026-11-04", "Bình Châu",
           [("công tác tuyên truyền", p1), ("công tác kiểm tra theo phân cấp", p2), ("hỗ trợ hợp tác xã, cơ sở sản xuất", p3),
            ("tham gia tập huấn", p4), ("Giải thưởng Chất lượng Quốc gia", p5)], diffs, props, "Trần Văn Hùng")
    write_truth(f, "26656", "145/BC-UBND", "2026-11-04", [
        E("II.1.a", "completed", p1, communications=20),
        E("II.5.c", "in_progress", p2, inspections=3, establishments_inspected=11, violations=2, fines_vnd=4500000),
        E("II.2.d", "in_progress", p3, enterprises_supported=4),
        E("II.3.a", "completed", p4, participants=1),
        E("II.1.b", "not_started", p5)], diffs, props)

def b2():
    f = "Bao cao CT38 xa Binh Gia.docx"
    p1 = ("Tổ chức 01 hội nghị phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng, có 65 đại biểu là chủ hộ kinh doanh, cơ sở "
          "sản xuất tham dự; đăng, phát 12 tin, bài trên hệ thống thông tin cơ sở. Đã triển khai xong.")
    p2 = ("Phối hợp Phòng Kinh tế hướng dẫn 07 hợp tác xã, tổ hợp tác sầu riêng, hồ tiêu áp dụng tem truy xuất nguồn gốc điện tử "
          "cho sản phẩm. Đang chỉ đạo thực hiện.")
    p3 = ("Xã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 01 cuộc tại 05 cửa hàng xăng dầu; các cơ sở chấp hành tốt "
          "quy định. Đã triển khai xong theo kế hoạch.")
    p4 = "Xã phối hợp lấy 04 mẫu phân bón tại các đại lý vật tư nông nghiệp gửi Chi cục thử nghiệm, khảo sát chất lượng. Đã xong."
    p5 = "Xã chưa cử công chức tham dự tập huấn do chưa nhận được thông báo triệu tập; chưa thực hiện."
    diffs = ["Công chức phụ trách kiêm nhiệm, chưa được đào tạo chuyên sâu về tiêu chuẩn, đo lường, chất lượng."]
    props = ["Đề nghị Chi cục gửi thông báo tập huấn trực tiếp về Ủy ban nhân dân xã để kịp thời cử cán bộ tham dự.",
             "Đề nghị hỗ trợ kinh phí in tem truy xuất nguồn gốc cho các hợp tác xã nông nghiệp."]
    hand_b(f, "26590", "88/BC-UBND", "2026-11-02", "Bình Giã",
           [("tuyên truyền", p1), ("truy xuất nguồn gốc", p2), ("kiểm tra", p3), ("khảo sát chất lượng", p4),
            ("cử cán bộ tập huấn", p5)], diffs, props, "Nguyễn Hữu Phước")
    write_truth(f, "26590", "88/BC-UBND", "2026-11-02", [
        E("II.1.a", "completed", p1, training_courses=1, participants=65, communications=12),
        E("II.2.a", "in_progress", p2, enterprises_supported=7),
        E("II.5.c", "completed", p3, inspections=1, establishments_inspected=5),
        E("II.5.b", "completed", p4, samples_tested=4),
        E("II.3.a", "not_started", p5)], diffs, props)

def b3():
    f = "Bao cao TDC dac khu Con Dao 2026.docx"
    p1 = ("Phát 09 tin trên Đài truyền thanh đặc khu; phối hợp tổ chức 01 lớp tập huấn về nhãn hàng hóa, hàng đóng gói sẵn cho "
          "42 học viên là hộ kinh doanh dịch vụ du lịch. Đã triển khai xong.")
    p2 = ("Ủy ban nhân dân đặc khu tổ chức 02 cuộc kiểm tra đối với 08 cơ sở kinh doanh xăng dầu, gas, vàng; phát hiện 01 cơ sở vi "
          "phạm, xử phạt 2.000.000 đồng (Hai triệu đồng). Phối hợp Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường "
          "Chất lượng Thành phố kiểm định 27 phương tiện đo (cột đo xăng dầu, cân) tại đặc khu trong đợt tháng 7/2026. "
          "Đang tiếp tục thực hiện.")
    p3 = ("Ủy ban nhân dân đặc khu đã ban hành lại Danh mục quy trình nội bộ theo TCVN ISO 9001:2015 sau khi thành lập đặc khu; "
          "đang triển khai áp dụng.")
    p4 = "Không phát sinh (trên địa bàn đặc khu không có doanh nghiệp đăng ký tham dự Giải thưởng Chất lượng Quốc gia)."
    diffs = ["Chi phí vận chuyển phương tiện đo vào đất liền để kiểm định cao, doanh nghiệp ngại thực hiện.",
             "Đặc khu chưa có công chức có chuyên môn về đo lường."]
    props = ["Đề nghị Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố tổ chức kiểm định định kỳ tại chỗ ít nhất 02 đợt/năm tại Côn Đảo.",
             "Đề nghị Chi cục ưu tiên bố trí chỉ tiêu tập huấn cho công chức đặc khu."]
    hand_b(f, "26732", "176/BC-UBND", "2026-11-05", "Côn Đảo",
           [("tuyên truyền", p1), ("kiểm tra, kiểm định phương tiện đo", p2), ("áp dụng ISO", p3),
            ("Giải thưởng Chất lượng Quốc gia", p4)], diffs, props, "Lê Văn Tài", level="đặc khu")
    write_truth(f, "26732", "176/BC-UBND", "2026-11-05", [
        E("II.1.a", "completed", p1, communications=9, training_courses=1, participants=42),
        E("II.5.c", "in_progress", p2, inspections=2, establishments_inspected=8, violations=1, fines_vnd=2000000, instruments_verified=27),
        E("II.2.đ", "in_progress", p3),
        E("II.1.b", "not_applicable", p4)], diffs, props)

def b4():
    f = "Bao cao 38-CT-TW Bau Bang.docx"
    p1 = "Đăng, phát 15 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử và loa truyền thanh xã. Đã xong."
    p2 = ("Phối hợp Chi cục giới thiệu 06 doanh nghiệp trong Khu công nghiệp Bàu Bàng tham gia chương trình hỗ trợ xây dựng, áp dụng "
          "hệ thống quản lý chất lượng ISO 9001, công cụ 5S, Kaizen. Đang thực hiện.")
    p3 = ("Tổ chức 04 cuộc kiểm tra tại 19 cơ sở kinh doanh; phát hiện 03 cơ sở vi phạm, xử phạt 12.000.000 đồng (Mười hai triệu đồng). "
          "Đang thực hiện.")
    p4 = "Trong kỳ không có đơn thư phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng; không phát sinh."
    p5 = "Cử 02 công chức tham dự lớp tập huấn nghiệp vụ do Chi cục tổ chức ngày 18/6/2026. Đã xong."
    diffs = ["Số lượng cơ sở kinh doanh trên địa bàn tăng nhanh, nhiều cơ sở thay đổi địa điểm, khó theo dõi."]
    props = ["Đề nghị Chi cục phối hợp với xã tổ chức kiểm tra chuyên đề hàng đóng gói sẵn tại các chợ tự phát quanh khu công nghiệp."]
    hand_b(f, "25822", "203/BC-UBND", "2026-10-31", "Bàu Bàng",
           [("tuyên truyền", p1), ("hỗ trợ doanh nghiệp áp dụng hệ thống quản lý", p2), ("kiểm tra", p3),
            ("phản ánh, tố giác", p4), ("tập huấn", p5)], diffs, props, "Phan Thanh Tùng")
    write_truth(f, "25822", "203/BC-UBND", "2026-10-31", [
        E("II.1.a", "completed", p1, communications=15),
        E("II.2.d", "in_progress", p2, enterprises_supported=6),
        E("II.5.c", "in_progress", p3, inspections=4, establishments_inspected=19, violations=3, fines_vnd=12000000),
        E("II.5.d", "not_applicable", p4),
        E("II.3.a", "completed", p5, participants=2)], diffs, props)

# ================================================================ HAND C
# Nguyễn Minh Tâm-style: công chức Phòng Kinh tế; wide matrix, one column per kind of figure.
C_COLS = ["STT", "Nội dung công việc", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm",
          "Tiền phạt (đồng)", "Số lớp/hội nghị", "Số lượt người", "Số tin, bài", "Số DN, HKD, HTX được hướng dẫn",
          "Số mẫu", "Tình hình thực hiện", "Ghi chú"]
C_KEY = {2: "inspections", 3: "establishments_inspected", 4: "violations", 5: "fines_vnd", 6: "training_courses",
         7: "participants", 8: "communications", 9: "enterprises_supported", 10: "samples_tested"}

def hand_c(fname, code, number, date, place, title, rows, diffs, props, total=False, sheet="BC CT38"):
    name = NAMES[code]
    wb = Workbook(); ws = wb.active; ws.title = sheet
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    f = Font(name='Times New Roman', size=11); fb = Font(name='Times New Roman', size=11, bold=True)
    ws.merge_cells('A1:D1'); ws['A1'] = f"UBND {name.upper()}"
    ws.merge_cells('A2:D2'); ws['A2'] = "PHÒNG KINH TẾ"
    ws.merge_cells('H1:M1'); ws['H1'] = QH[0]
    ws.merge_cells('H2:M2'); ws['H2'] = QH[1]
    ws.merge_cells('A3:D3'); ws['A3'] = f"Số: {number}"
    ws.merge_cells('H3:M3'); ws['H3'] = f"{place}, {vn_date(date)}"
    ws.merge_cells('A5:M5'); ws['A5'] = title
    ws.merge_cells('A6:M6'); ws['A6'] = "(Kèm theo báo cáo gửi Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh)"
    for c in ('A1', 'A2', 'H1', 'H2', 'A5'): ws[c].font = fb; ws[c].alignment = Alignment(horizontal='center')
    for c in ('A3', 'H3', 'A6'): ws[c].font = Font(name='Times New Roman', size=11, italic=(c != 'A3')); ws[c].alignment = Alignment(horizontal='center')
    hr = 8
    for j, h in enumerate(C_COLS, 1):
        c = ws.cell(hr, j, h); c.font = fb; c.border = B
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    ws.row_dimensions[hr].height = 48
    r = hr + 1
    sums = {k: 0 for k in C_KEY}
    for i, row in enumerate(rows, 1):
        content, vals, st, note = row
        ws.cell(r, 1, i); ws.cell(r, 2, content)
        for k, v in vals.items():
            ws.cell(r, k + 1, v); sums[k] += v
            if k == 5: ws.cell(r, k + 1).number_format = '#,##0'
        ws.cell(r, 12, st); ws.cell(r, 13, note)
        for j in range(1, 14):
            c = ws.cell(r, j); c.border = B; c.font = f
            c.alignment = Alignment(vertical='center', wrap_text=True, horizontal='center' if j not in (2, 13) else 'left')
        r += 1
    if total:
        ws.cell(r, 2, "Cộng")
        for k, v in sums.items():
            if v: ws.cell(r, k + 1, v)
            if k == 5: ws.cell(r, k + 1).number_format = '#,##0'
        for j in range(1, 14):
            c = ws.cell(r, j); c.border = B; c.font = fb; c.alignment = Alignment(horizontal='center')
        r += 1
    ws.cell(r + 1, 2, "Người lập biểu").font = fb
    ws.cell(r + 1, 11, "KT. CHỦ TỊCH").font = fb
    ws.cell(r + 2, 11, "PHÓ CHỦ TỊCH").font = fb
    widths = [5, 42, 10, 11, 10, 14, 10, 10, 9, 13, 8, 16, 30]
    for j, w in enumerate(widths, 1): ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = 'C9'
    ws.page_setup.orientation = 'landscape'
    if diffs is not None:
        w2 = wb.create_sheet("Kho khan - De xuat")
        w2['A1'] = "I. KHÓ KHĂN, VƯỚNG MẮC"; w2['A1'].font = fb
        rr = 2
        for i, x in enumerate(diffs, 1): w2.cell(rr, 1, i); w2.cell(rr, 2, x); rr += 1
        rr += 1; w2.cell(rr, 1, "II. ĐỀ XUẤT, KIẾN NGHỊ").font = fb; rr += 1
        for i, x in enumerate(props, 1): w2.cell(rr, 1, i); w2.cell(rr, 2, x); rr += 1
        w2.column_dimensions['A'].width = 6; w2.column_dimensions['B'].width = 110
    wb.save(os.path.join(OUT, fname))

def c_entries(rows, tasks, statuses):
    out = []
    for row, t, s in zip(rows, tasks, statuses):
        ind = {C_KEY[k]: v for k, v in row[1].items()}
        out.append(E(t, s, row[0] + (" — " + row[3] if row[3] else ""), **ind))
    return out

TITLE_C = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"

def c1():
    f = "Bieu tong hop CT38_Thuan An.xlsx"
    rows = [("Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng (loa, trang TTĐT, hội nghị)", {6: 1, 7: 70, 8: 10}, "Hoàn thành", "Hội nghị ngày 14/5/2026 tại hội trường phường"),
            ("Phối hợp kiểm tra đo lường, chất lượng (xăng dầu, vàng bạc, hàng đóng gói sẵn) theo phân quyền", {2: 5, 3: 23, 4: 4, 5: 18500000}, "Đang thực hiện", "Phối hợp Chi cục TĐC, Đội QLTT"),
            ("Hướng dẫn DN, HKD công bố hợp chuẩn, hợp quy, ghi nhãn hàng hóa", {9: 8}, "Đang thực hiện", ""),
            ("Cử công chức tham gia tập huấn nghiệp vụ TĐC", {7: 2}, "Hoàn thành", "Lớp ngày 18/6/2026"),
            ("Tiếp nhận, xử lý phản ánh, tố giác vi phạm về TĐC", {}, "Không phát sinh", ""),
            ("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại UBND phường", {}, "Đang thực hiện", "Đang cập nhật quy trình sau sắp xếp")]
    diffs = ["Công chức Phòng Kinh tế kiêm nhiệm nhiều lĩnh vực, không có người chuyên trách tiêu chuẩn, đo lường, chất lượng.",
             "Chưa có hướng dẫn thống nhất về mẫu biên bản kiểm tra đo lường dùng cho cấp phường."]
    props = ["Đề nghị Chi cục ban hành mẫu biên bản, mẫu báo cáo thống nhất áp dụng cho UBND phường, xã.",
             "Đề nghị tăng số lớp tập huấn cho công chức phường trong năm 2027."]
    hand_c(f, "25978", "256/BC-UBND", "2026-10-29", "Thuận An", TITLE_C, rows, diffs, props, total=True)
    write_truth(f, "25978", "256/BC-UBND", "2026-10-29",
                c_entries(rows, ["II.1.a", "II.5.c", "II.2.d", "II.3.a", "II.5.d", "II.2.đ"],
                          ["completed", "in_progress", "in_progress", "completed", "not_applicable", "in_progress"]), diffs, props)

def c2():
    f = "Bieu tong hop CT38_Tan Thanh_T11.xlsx"
    rows = [("Tuyên truyền Chỉ thị 38-CT/TW, pháp luật TĐC trên trang TTĐT, loa phường", {8: 18}, "Hoàn thành", ""),
            ("Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", {9: 3}, "Hoàn thành", "Chưa có DN đăng ký"),
            ("Hỗ trợ DN, HKD áp dụng truy xuất nguồn gốc (tem QR)", {9: 15}, "Đang thực hiện", "Chủ yếu HKD tại chợ Tân Thành"),
            ("Kiểm tra nội dung được phân quyền về đo lường, chất lượng", {2: 2, 3: 9, 4: 1, 5: 5000000}, "Hoàn thành", "Phối hợp Chi cục TĐC"),
            ("Phối hợp lấy mẫu khảo sát chất lượng sản phẩm, hàng hóa", {10: 10}, "Đang thực hiện", "xăng dầu 06 mẫu, mũ bảo hiểm 04 mẫu"),
            ("Cử công chức tham dự tập huấn", {}, "Chưa thực hiện", "Chờ lịch Quý IV")]
    diffs = ["Hộ kinh doanh nhỏ lẻ chưa quen sử dụng tem truy xuất nguồn gốc, ngại chi phí."]
    props = ["Đề nghị Sở hỗ trợ miễn phí tem truy xuất nguồn gốc năm đầu cho hộ kinh doanh tại chợ."]
    hand_c(f, "26725", "190/BC-UBND", "2026-11-03", "Tân Thành", TITLE_C, rows, diffs, props)
    write_truth(f, "26725", "190/BC-UBND", "2026-11-03",
                c_entries(rows, ["II.1.a", "II.1.b", "II.2.a", "II.5.c", "II.5.b", "II.3.a"],
                          ["completed", "completed", "in_progress", "completed", "in_progress", "not_started"]), diffs, props)

def c3():
    f = "Bieu KQ CT38 2026_Long Hai.xlsx"
    rows = [("Tuyên truyền, phổ biến pháp luật về TĐC cho hộ kinh doanh, cơ sở chế biến", {6: 2, 7: 150, 8: 7}, "Hoàn thành", ""),
            ("Phối hợp kiểm tra xăng dầu, gas, hàng đóng gói sẵn trên địa bàn xã", {2: 6, 3: 31, 4: 5, 5: 21250000}, "Đang thực hiện", ""),
            ("Hướng dẫn HTX, cơ sở chế biến nước mắm ghi nhãn, công bố tiêu chuẩn cơ sở", {9: 5}, "Đang thực hiện", ""),
            ("Phối hợp lấy mẫu nước mắm khảo sát chất lượng", {10: 8}, "Hoàn thành", "Kết quả: 08/08 mẫu đạt"),
            ("Áp dụng HTQLCL theo TCVN ISO 9001:2015 tại UBND xã", {}, "Hoàn thành", "Đã công bố lại ngày 20/8/2026"),
            ("Tiếp nhận phản ánh, tố giác vi phạm", {}, "Không phát sinh", "")]
    diffs = ["Nhiều cơ sở chế biến nước mắm quy mô hộ gia đình, chưa đăng ký kinh doanh nên khó quản lý nhãn hàng hóa."]
    props = ["Đề nghị Chi cục tổ chức lớp hướng dẫn ghi nhãn và công bố chất lượng nước mắm tại xã Long Hải.",
             "Đề nghị có cơ chế hỗ trợ chi phí thử nghiệm mẫu cho hợp tác xã."]
    hand_c(f, "26662", "112/BC-UBND", "2026-10-30", "Long Hải", TITLE_C, rows, diffs, props, total=True)
    write_truth(f, "26662", "112/BC-UBND", "2026-10-30",
                c_entries(rows, ["II.1.a", "II.5.c", "II.2.d", "II.5.b", "II.2.đ", "II.5.d"],
                          ["completed", "in_progress", "in_progress", "completed", "completed", "not_applicable"]), diffs, props)

def c4_mistaken():
    f = "Bieu tong hop_Binh Co.xlsx"
    rows = [("Tuyên truyền bảo đảm an toàn thực phẩm Tết Nguyên đán, Tháng hành động vì ATTP", {6: 3, 7: 210, 8: 16}, "Hoàn thành", ""),
            ("Kiểm tra cơ sở dịch vụ ăn uống, bếp ăn tập thể", {2: 4, 3: 36, 4: 6, 5: 27000000}, "Đang thực hiện", "Đoàn liên ngành ATTP phường"),
            ("Kiểm tra thức ăn đường phố", {2: 2, 3: 44, 4: 3, 5: 4500000}, "Hoàn thành", ""),
            ("Xét nghiệm nhanh mẫu thực phẩm", {10: 58}, "Hoàn thành", "test nhanh hàn the, formol"),
            ("Hướng dẫn cơ sở cấp Giấy chứng nhận đủ điều kiện ATTP", {9: 11}, "Đang thực hiện", "")]
    hand_c(f, "25915", "244/BC-UBND", "2026-10-26", "Bình Cơ",
           "BIỂU TỔNG HỢP KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN TOÀN THỰC PHẨM 10 THÁNG NĂM 2026", rows,
           ["Lực lượng kiểm tra ATTP còn mỏng so với số cơ sở thức ăn đường phố."],
           ["Đề nghị Ban Quản lý An toàn thực phẩm tăng cường tập huấn cho Tổ công tác ATTP phường."], total=True, sheet="ATTP 10T")
    write_truth(f, "25915", "244/BC-UBND", "2026-10-26", [], [], [], status="rejected",
                reason="Not a report of the CT38 plan: a ward's 10-month food-safety (an toàn thực phẩm) summary table.")

# ================================================================ HAND D
# Phạm Ngọc Hân-style: part-time staff; "1/ 2/" numbering, "*" bullets, "Tình hình:" with plain words.
def hand_d_lines(code, number, date_str, sections, diffs, props, extra_kinh_gui=True):
    name = NAMES[code]
    L = [f"ỦY BAN NHÂN DÂN {name.upper()}", f"Số: {number}", "", QH[0], QH[1],
         date_str, "", "BÁO CÁO",
         "Kết quả thực hiện Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
         "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng TP.HCM", "",
         f"UBND {name[0].lower()+name[1:]} báo cáo kết quả như sau:"]
    n = 0
    for head, bullets, tinhhinh in sections:
        n += 1; L.append(f"{n}/ {head}")
        for b in bullets: L.append(f"* {b}")
        if tinhhinh: L.append(f"* Tình hình: {tinhhinh}")
    n += 1; L.append(f"{n}/ Khó khăn")
    for x in diffs: L.append(f"* {x}")
    n += 1; L.append(f"{n}/ Đề xuất")
    for x in props: L.append(f"* {x}")
    return L

def d1():
    f = "baocao ct38 bau lam.docx"; code = "26638"
    s1 = "Đã phát thanh 10 tin trên loa xã về đo lường, chất lượng, hàng giả hàng nhái."
    s2 = "Phối hợp với Chi cục kiểm tra 2 lần ở chợ Bàu Lâm, kiểm tra 26 hộ tiểu thương, có 3 hộ dùng cân sai, bị phạt 1 triệu 500 nghìn đồng."
    s3 = "Xã cử 1 đồng chí công chức kinh tế đi tập huấn ở Chi cục ngày 20/8/2026."
    s4 = "Không có đơn thư phản ánh, tố giác."
    diffs = ["Xã ít người, một người làm nhiều việc nên chưa theo dõi thường xuyên được.",
             "Chợ Bàu Lâm chưa có cân đối chứng."]
    props = ["Xin Chi cục cấp cho xã 1 cân đối chứng đặt ở chợ.",
             "Đề nghị có tài liệu tuyên truyền bằng hình ảnh dễ hiểu cho bà con."]
    secs = [("Tuyên truyền:", [s1], "đã xong."), ("Kiểm tra cân, đo ở chợ:", [s2], "đang làm tiếp."),
            ("Cử người đi tập huấn:", [s3], "đã xong."), ("Phản ánh, tố giác:", [s4], "không phát sinh.")]
    L = hand_d_lines(code, "67/BC-UBND", "Bàu Lâm, ngày 30/10/2026", secs, diffs, props)
    d = new_doc(font='Arial', size=12, margins=(2, 2, 2.5, 2))
    for i, l in enumerate(L):
        if i in (0, 1): p = para(d, l, bold=(i == 0), indent=False)
        elif i in (3, 4, 7): p = para(d, l, bold=True, align='c')
        elif i == 5: p = para(d, l, italic=True, align='r')
        elif i in (8, 9): p = para(d, l, align='c')
        elif l[:2].rstrip('/').isdigit() or (len(l) > 2 and l[1] == '/'): p = para(d, l, bold=True, indent=False)
        else: p = para(d, l, indent=False)
    para(d, ""); para(d, "Người lập báo cáo\t\t\t\t\tTM. ỦY BAN NHÂN DÂN", bold=True, indent=False)
    para(d, "\t\t\t\t\t\t\tPHÓ CHỦ TỊCH", bold=True, indent=False)
    para(d, ""); para(d, ""); para(d, "Phạm Ngọc Hân\t\t\t\t\t\tĐỗ Minh Trí", bold=True, indent=False)
    d.save(os.path.join(OUT, f))
    write_truth(f, code, "67/BC-UBND", "2026-10-30", [
        E("II.1.a", "completed", s1, communications=10),
        E("II.5.c", "in_progress", s2, inspections=2, establishments_inspected=26, violations=3, fines_vnd=1500000),
        E("II.3.a", "completed", s3, participants=1),
        E("II.5.d", "not_applicable", s4)], diffs, props)

def d_xlsx(fname, L, table=None, sheet="Sheet1"):
    wb = Workbook(); ws = wb.active; ws.title = sheet
    ws.column_dimensions['A'].width = 14
    r = 1
    for l in L:
        ws.cell(r, 1, l if l else None)
        if l in ("BÁO CÁO",) or (len(l) > 1 and l[1] == '/' and l[0].isdigit()) or l.startswith("ỦY BAN") or l.startswith("CỘNG HÒA"):
            ws.cell(r, 1).font = Font(bold=True)
        r += 1
    if table:
        r += 1
        for row in table:
            for j, v in enumerate(row, 1):
                ws.cell(r, j, v)
                if isinstance(v, int) and v >= 100000: ws.cell(r, j).number_format = '#,##0'
            r += 1
    return wb, ws, r

def d2():
    f = "bao cao chi thi 38 dat do.xlsx"; code = "26680"
    s1 = "Đăng, phát 17 tin bài (loa xã + trang web xã) về đo lường, chất lượng."
    s2 = "Tổ chức 1 hội nghị tuyên truyền cho hộ kinh doanh ở chợ Đất Đỏ, có 48 người dự."
    s3 = "Phối hợp Chi cục và Công an xã kiểm tra 1 đợt, 4 cơ sở (3 cây xăng, 1 cửa hàng gas), các cơ sở chấp hành tốt."
    s4 = "Hướng dẫn 6 hộ trồng rau, nuôi gà đăng ký tem QR truy xuất nguồn gốc."
    s5 = "Chưa làm được vì xã không có doanh nghiệp đủ điều kiện tham dự Giải thưởng chất lượng quốc gia."
    diffs = ["Người dân chưa quen dùng điện thoại quét mã QR nên việc truy xuất nguồn gốc còn chậm."]
    props = ["Đề nghị Chi cục về xã hướng dẫn trực tiếp cho các hộ sản xuất cách làm tem truy xuất."]
    secs = [("Tuyên truyền", [s1, s2], "đã xong"), ("Kiểm tra", [s3], "xong đợt 1, đang chờ đợt 2"),
            ("Hướng dẫn truy xuất nguồn gốc", [s4], "đang làm"), ("Giải thưởng chất lượng quốc gia", [s5], None)]
    L = hand_d_lines(code, "134/BC-UBND", "Đất Đỏ, ngày 02/11/2026", secs, diffs, props)
    L += ["", "Người lập", "", "", "Phạm Ngọc Hân"]
    wb, ws, r = d_xlsx(f, L)
    wb.save(os.path.join(OUT, f))
    write_truth(f, code, "134/BC-UBND", "2026-11-02", [
        E("II.1.a", "completed", s1 + " " + s2, communications=17, training_courses=1, participants=48),
        E("II.5.c", "in_progress", s3, inspections=1, establishments_inspected=4),
        E("II.2.a", "in_progress", s4, enterprises_supported=6),
        E("II.1.b", "not_started", s5)], diffs, props)

def d3():
    f = "baocao tdc phuoc hoa.xlsx"; code = "25882"
    s1 = "Phát 8 tin trên loa xã về Chỉ thị 38 và quyền lợi người tiêu dùng."
    s2 = "Kiểm tra 2 đợt ở các cây xăng, tiệm vàng, số liệu chi tiết ở bảng dưới."
    s3 = "Xã cử 2 người đi tập huấn ở Chi cục ngày 12/6/2026."
    s4 = "Xã đang cập nhật lại quy trình ISO sau sáp nhập, chưa xong."
    diffs = ["Chưa có kinh phí riêng cho công tác kiểm tra đo lường, chất lượng."]
    props = ["Đề nghị Chi cục hỗ trợ kinh phí in tài liệu tuyên truyền cho xã."]
    secs = [("Tuyên truyền", [s1], "đã xong"), ("Kiểm tra", [s2], "đang làm"),
            ("Tập huấn", [s3], "đã xong"), ("ISO", [s4], "đang làm")]
    L = hand_d_lines(code, "151/BC-UBND", "Phước Hòa, ngày 28/10/2026", secs, diffs, props)
    L += ["", "BẢNG SỐ LIỆU KIỂM TRA"]
    table = [["Đợt", "Ngày", "Số cơ sở", "Vi phạm", "Tiền phạt (đồng)"],
             ["Đợt 1", "15/4/2026", 6, 1, 2000000],
             ["Đợt 2", "20/8/2026", 7, 2, 3500000],
             ["Cộng", "", 13, 3, 5500000]]
    wb, ws, r = d_xlsx(f, L, table)
    ws.cell(r + 1, 1, "Người lập: Phạm Ngọc Hân")
    wb.save(os.path.join(OUT, f))
    write_truth(f, code, "151/BC-UBND", "2026-10-28", [
        E("II.1.a", "completed", s1, communications=8),
        E("II.5.c", "in_progress", s2 + " Cộng: 13 cơ sở, 3 vi phạm, 5.500.000 đồng", inspections=2, establishments_inspected=13, violations=3, fines_vnd=5500000),
        E("II.3.a", "completed", s3, participants=2),
        E("II.2.đ", "in_progress", s4)], diffs, props)

def d4():
    f = "bc ct38 nghia thanh.xlsx"; code = "26617"
    s1 = "Có 7 tin, bài tuyên truyền (6 tin loa, 1 bài trang web xã)."
    s2 = "Chưa làm, chờ kế hoạch kiểm tra của Chi cục."
    s3 = "Có phối hợp lấy 5 mẫu (3 mẫu phân bón, 2 mẫu thức ăn chăn nuôi) gửi Chi cục khảo sát chất lượng."
    s4 = "Hướng dẫn 3 cơ sở làm nhãn hàng hóa, công bố tiêu chuẩn cơ sở cho sản phẩm cà phê."
    s5 = "Có 1 trường hợp vi phạm do người dân phản ánh (cây xăng bơm thiếu), đã chuyển Chi cục xử lý, phạt 10 triệu đồng."
    diffs = ["Xã chưa có công chức được đào tạo về đo lường."]
    props = ["Đề nghị Chi cục mở lớp tập huấn cho công chức xã mới sáp nhập.",
             "Đề nghị công khai đường dây nóng tiếp nhận phản ánh về đo lường, chất lượng."]
    secs = [("Tuyên truyền", [s1], "đã xong"), ("Kiểm tra theo phân cấp", [s2], None),
            ("Lấy mẫu khảo sát", [s3], "đã xong"), ("Hỗ trợ cơ sở công bố chất lượng", [s4], "đang làm"),
            ("Phản ánh, tố giác", [s5], "đã xong")]
    L = hand_d_lines(code, "95/BC-UBND", "Nghĩa Thành, ngày 04/11/2026", secs, diffs, props)
    L += ["", "Người lập", "Phạm Ngọc Hân"]
    wb, ws, r = d_xlsx(f, L, sheet="bao cao")
    wb.save(os.path.join(OUT, f))
    write_truth(f, code, "95/BC-UBND", "2026-11-04", [
        E("II.1.a", "completed", s1, communications=7),
        E("II.5.c", "not_started", s2),
        E("II.5.b", "completed", s3, samples_tested=5),
        E("II.2.d", "in_progress", s4, enterprises_supported=3),
        E("II.5.d", "completed", s5, violations=1, fines_vnd=10000000)], diffs, props)

if __name__ == '__main__':
    for fn in (a1, a2, a3, a4, a5_mistaken, b1, b2, b3, b4, c1, c2, c3, c4_mistaken, d1, d2, d3, d4):
        fn()
    print("done")
