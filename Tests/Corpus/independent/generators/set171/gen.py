# -*- coding: utf-8 -*-
"""Generator for set171. Four hands: H1 ward DOCX, H2 commune XLSX, H3 department DOCX, H4 Sở-unit/ward XLSX+DOCX."""
import json, os, hashlib, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side
OUT = os.path.dirname(os.path.abspath(__file__))
TR = os.path.join(OUT, 'truth'); os.makedirs(TR, exist_ok=True)
KEYS = {}

def E(task, status, ind, text):
    return {"task": task, "status": status, "indicators": ind, "text": text}

def key(fname, unit, number, date, entries, diff, prop, status="extracted", reason=None):
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit[0], "name": unit[1]},
                       document={"number": number, "date": date},
                       entries=entries, findings=[], difficulties=diff, proposals=prop)

def vn_date(d):
    y, m, dd = d.split('-'); return f"ngày {dd} tháng {m} năm {y}"

# ---------------------------------------------------------------- H1: ward DOCX
def h1_docx(fname, unit, short, number, date, place, title, items, diff, prop, signer, rejected=None):
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    t = doc.add_table(rows=2, cols=2)
    t.cell(0,0).text = f"ỦY BAN NHÂN DÂN\n{short.upper()}"
    t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1,0).text = f"Số: {number}" if number else "Số:      /BC-UBND"
    t.cell(1,1).text = f"{place}, {vn_date(date)}"
    for c in (t.cell(0,0), t.cell(0,1), t.cell(1,0)):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs: r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BÁO CÁO"); r.bold = True
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title); r.bold = True
    for para in items['intro']:
        doc.add_paragraph(para)
    for part in items['parts']:
        p = doc.add_paragraph(); r = p.add_run(part['head']); r.bold = True
        for it in part['items']:
            p = doc.add_paragraph(); r = p.add_run(it['h']); r.bold = True
            for s in it['body']:
                doc.add_paragraph(s)
            if it.get('ht'):
                doc.add_paragraph(it['ht'])
    if diff is not None:
        p = doc.add_paragraph(); r = p.add_run(items.get('kk_head', "Phần 2. Khó khăn, vướng mắc")); r.bold = True
        for d in diff: doc.add_paragraph("- " + d)
        p = doc.add_paragraph(); r = p.add_run(items.get('dx_head', "Phần 3. Đề xuất, kiến nghị")); r.bold = True
        for d in prop: doc.add_paragraph("- " + d)
    doc.add_paragraph(items.get('closing', f"Trên đây là báo cáo của Ủy ban nhân dân {short}./."))
    t = doc.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Chi cục TĐC;\n- TT. Đảng ủy, TT. HĐND phường;\n- Lưu: VT, KT."
    t.cell(0,1).text = f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n{signer}"
    doc.save(os.path.join(OUT, fname))

def ht(s): return "Hiện trạng: " + s

# --- H1-1 Phường Tăng Nhơn Phú
f = "26842_TangNhonPhu_BC_CT38_11thang.docx"
u = ("26842", "Phường Tăng Nhơn Phú")
parts = [{'head': "Phần 1. Kết quả thực hiện", 'items': [
 {'h': "1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh",
  'body': ["Phường phối hợp Ban điều hành các khu phố phát thanh 18 tin trên hệ thống loa truyền thanh, đăng 04 bài trên trang thông tin điện tử và Zalo của phường (tổng cộng 22 tin, bài); phát tờ rơi về ghi nhãn hàng hóa, sử dụng cân đúng quy định cho tiểu thương chợ Tăng Nhơn Phú và chợ Phước Long."],
  'ht': ht("đã xong.")},
 {'h': "2. Cử cán bộ dự lớp tập huấn nghiệp vụ do Sở tổ chức",
  'body': ["Ngày 14/5/2026 phường cử 03 công chức (Kinh tế, Văn phòng – Thống kê) tham dự lớp tập huấn nghiệp vụ quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng cho công chức cấp xã do Chi cục TĐC tổ chức."],
  'ht': ht("đã xong.")},
 {'h': "3. Kiểm tra đo lường tại chợ, cửa hàng xăng dầu (nội dung phân quyền)",
  'body': ["Tổ kiểm tra liên ngành của phường tổ chức 05 cuộc kiểm tra tại 42 cơ sở (trong đó 31 hộ kinh doanh tại chợ, 11 cửa hàng xăng dầu và vàng bạc). Phát hiện 06 cơ sở vi phạm (sử dụng cân hết hạn kiểm định, cân sai số vượt mức cho phép), đã lập biên bản và xử phạt 7.500.000 đồng; tạm giữ 06 cân đồng hồ.",
           "Phường đã cho các hộ tiểu thương đổi cân tại Trạm cân đối chứng của chợ."],
  'ht': ht("đang làm tiếp, tháng 12 kiểm tra đợt cao điểm Tết.")},
 {'h': "4. Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường",
  'body': ["Phường đã rà soát, cập nhật 46 quy trình nội bộ theo bộ thủ tục hành chính mới; đánh giá nội bộ đang chờ đơn vị tư vấn bố trí lịch."],
  'ht': ht("đang làm.")},
 {'h': "5. Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng",
  'body': ["Từ đầu năm đến nay phường không nhận được phản ánh, tố giác nào về gian lận đo lường, hàng kém chất lượng."],
  'ht': ht("không có phát sinh.")},
]}]
h1_docx(f, u, "Phường Tăng Nhơn Phú", "487/BC-UBND", "2026-11-18", "Tăng Nhơn Phú",
  "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026\n(số liệu từ 01/01/2026 đến 15/11/2026)",
  {'intro': ["Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ và Công văn đôn đốc của Chi cục Tiêu chuẩn Đo lường Chất lượng về việc báo cáo kết quả năm 2026, Ủy ban nhân dân phường Tăng Nhơn Phú báo cáo như sau:"], 'parts': parts},
  ["Công chức Kinh tế kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
   "Phường chưa được trang bị quả cân chuẩn, phải mượn của Ban quản lý chợ khi kiểm tra."],
  ["Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ.",
   "Đề nghị Sở tiếp tục mở lớp tập huấn cho công chức phường vào Quý I/2027."],
  "Lê Quang Huy")
key(f, u, "487/BC-UBND", "2026-11-18", [
 E("II.1.a", "completed", {"communications": 22}, "phát thanh 18 tin trên hệ thống loa truyền thanh, đăng 04 bài"),
 E("II.3.a", "completed", {"participants": 3}, "cử 03 công chức tham dự lớp tập huấn nghiệp vụ"),
 E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 42, "violations": 6, "fines_vnd": 7500000}, "05 cuộc kiểm tra tại 42 cơ sở"),
 E("II.2.đ", "in_progress", {}, "Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại UBND phường"),
 E("II.5.d", "not_applicable", {}, "không nhận được phản ánh, tố giác nào"),
], ["Công chức Kinh tế kiêm nhiệm nhiều lĩnh vực, chưa được đào tạo chuyên sâu về đo lường.",
   "Phường chưa được trang bị quả cân chuẩn, phải mượn của Ban quản lý chợ khi kiểm tra."],
  ["Đề nghị Chi cục TĐC hỗ trợ phường 01 bộ quả cân chuẩn phục vụ kiểm tra tại chợ.",
   "Đề nghị Sở tiếp tục mở lớp tập huấn cho công chức phường vào Quý I/2027."])

# --- H1-2 Phường Tân Hiệp
f = "BC 11T CT38 - P.Tan Hiep.docx"
u = ("25920", "Phường Tân Hiệp")
parts = [{'head': "Phần 1. Kết quả thực hiện các nội dung", 'items': [
 {'h': "1. Công tác tuyên truyền",
  'body': ["Lồng ghép tuyên truyền tại 12 buổi sinh hoạt khu phố và tổ dân phố về quyền lợi người tiêu dùng, đo lường trong mua bán; đăng 06 tin, bài trên Trang thông tin điện tử phường. Giới thiệu Giải thưởng Chất lượng Quốc gia đến 15 doanh nghiệp trên địa bàn qua nhóm Zalo doanh nghiệp phường."],
  'ht': ht("đã xong")},
 {'h': "2. Hướng dẫn hộ kinh doanh, doanh nghiệp nhỏ về ghi nhãn, công bố chất lượng",
  'body': ["Bộ phận Kinh tế hướng dẫn trực tiếp 09 cơ sở sản xuất thực phẩm, nước uống đóng chai thực hiện công bố hợp quy, ghi nhãn hàng hóa theo Nghị định 43/2017/NĐ-CP (sửa đổi)."],
  'ht': ht("Đang làm tiếp")},
 {'h': "3. Kiểm tra đo lường, chất lượng trên địa bàn",
  'body': ["Phối hợp Đội Quản lý thị trường số 4 và Công an phường kiểm tra 03 cuộc, 27 cơ sở kinh doanh (xăng dầu, gas, vật liệu xây dựng). Không phát hiện vi phạm về đo lường; nhắc nhở 02 cơ sở niêm yết giá chưa đúng."],
  'ht': ht("đã xong đợt 1, đợt 2 đang làm")},
 {'h': "4. Tập huấn cho cán bộ phường",
  'body': ["02 công chức dự tập huấn trực tuyến về quản lý đo lường, chất lượng (tháng 8/2026)."],},
]}]
h1_docx(f, u, "Phường Tân Hiệp", "356/BC-UBND", "2026-11-16", "Tân Hiệp",
  "Kết quả 11 tháng năm 2026 thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng",
  {'intro': ["Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026; UBND phường Tân Hiệp báo cáo kết quả 11 tháng như sau:"], 'parts': parts},
  ["Hộ kinh doanh nhỏ lẻ còn ngại công bố chất lượng do chi phí thử nghiệm cao."],
  ["Đề nghị Chi cục TĐC cung cấp tờ gấp, tài liệu tuyên truyền mẫu để phường in, phát cho hộ kinh doanh."],
  "Nguyễn Thị Thu Hà")
key(f, u, "356/BC-UBND", "2026-11-16", [
 E("II.1.a", "completed", {"communications": 6}, "Lồng ghép tuyên truyền tại 12 buổi sinh hoạt khu phố; đăng 06 tin, bài"),
 E("II.1.b", "completed", {"enterprises_supported": 15}, "Giới thiệu Giải thưởng Chất lượng Quốc gia đến 15 doanh nghiệp"),
 E("II.2.d", "in_progress", {"enterprises_supported": 9}, "hướng dẫn trực tiếp 09 cơ sở ... công bố hợp quy, ghi nhãn"),
 E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27}, "kiểm tra 03 cuộc, 27 cơ sở kinh doanh"),
 E("II.3.a", "unknown", {"participants": 2}, "02 công chức dự tập huấn trực tuyến"),
], ["Hộ kinh doanh nhỏ lẻ còn ngại công bố chất lượng do chi phí thử nghiệm cao."],
  ["Đề nghị Chi cục TĐC cung cấp tờ gấp, tài liệu tuyên truyền mẫu để phường in, phát cho hộ kinh doanh."])

# --- H1-3 Phường Đông Hòa
f = "25951-DongHoa-baocao-TDC-2026.docx"
u = ("25951", "Phường Đông Hòa")
parts = [{'head': "Phần 1. Kết quả", 'items': [
 {'h': "1. Tuyên truyền",
  'body': ["Phát 20 tin trên loa truyền thanh; treo băng rôn tại chợ Đông Hòa, khu chợ tự phát đường số 9."],
  'ht': ht("đã xong.")},
 {'h': "2. Kiểm tra cân tại chợ và kiểm tra xăng dầu",
  'body': ["Phường tổ chức 04 cuộc kiểm tra, kiểm tra 55 cơ sở (48 hộ dùng cân, 07 cây xăng). Có 09 trường hợp vi phạm, xử phạt 12.000.000 đồng.",
           "Riêng tháng 10 và tháng 11 đã kiểm tra lại 20 hộ đã vi phạm, các hộ đã thay cân mới."],
  'ht': ht("đã xong.")},
 {'h': "3. Lấy mẫu hàng hóa gửi kiểm tra chất lượng",
  'body': ["Phối hợp Chi cục TĐC lấy 06 mẫu xăng dầu tại 03 cửa hàng trên địa bàn để thử nghiệm, kết quả đạt."],
  'ht': ht("đã xong.")},
 {'h': "4. Áp dụng ISO tại bộ phận một cửa",
  'body': ["Chưa thực hiện do phường đang sắp xếp lại bộ phận một cửa sau sáp nhập, dự kiến làm trong năm 2027."],
  'ht': ht("chưa làm.")},
]}]
h1_docx(f, u, "Phường Đông Hòa", "402/BC-UBND", "2026-11-20", "Đông Hòa",
  "Kết quả công tác tiêu chuẩn, đo lường, chất lượng năm 2026 (thực hiện Chỉ thị 38-CT/TW)",
  {'intro': ["Thực hiện Công văn của Chi cục Tiêu chuẩn Đo lường Chất lượng về báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, UBND phường Đông Hòa báo cáo như sau:"], 'parts': parts},
  ["Chợ tự phát nhiều, người bán không cố định nên khó kiểm tra, xử lý.",
   "Kinh phí cho hoạt động kiểm tra không được bố trí riêng."],
  ["Đề nghị Sở hướng dẫn mức chi cho tổ kiểm tra liên ngành cấp phường."],
  "Phạm Minh Tuấn")
key(f, u, "402/BC-UBND", "2026-11-20", [
 E("II.1.a", "completed", {"communications": 20}, "Phát 20 tin trên loa truyền thanh"),
 E("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 55, "violations": 9, "fines_vnd": 12000000}, "04 cuộc kiểm tra, kiểm tra 55 cơ sở"),
 E("II.5.b", "completed", {"samples_tested": 6}, "lấy 06 mẫu xăng dầu tại 03 cửa hàng"),
 E("II.2.đ", "not_started", {}, "Áp dụng ISO tại bộ phận một cửa: chưa thực hiện"),
], ["Chợ tự phát nhiều, người bán không cố định nên khó kiểm tra, xử lý.",
    "Kinh phí cho hoạt động kiểm tra không được bố trí riêng."],
  ["Đề nghị Sở hướng dẫn mức chi cho tổ kiểm tra liên ngành cấp phường."])

# --- H1-4 Phường Bến Cát
f = "BenCat_BC_KH38_nam2026.docx"
u = ("25813", "Phường Bến Cát")
parts = [{'head': "Phần 1. Kết quả thực hiện", 'items': [
 {'h': "1. Tuyên truyền, phổ biến",
  'body': ["Phường đăng 05 tin bài trên fanpage “Phường Bến Cát”, phát tờ gấp về cân đo cho tiểu thương chợ Bến Cát."],
  'ht': ht("đã xong")},
 {'h': "2. Hỗ trợ doanh nghiệp",
  'body': ["Phối hợp Chi cục TĐC tổ chức 01 buổi hội nghị hướng dẫn áp dụng truy xuất nguồn gốc cho doanh nghiệp, hộ sản xuất nông sản với 65 đại biểu tham dự; 12 doanh nghiệp được hướng dẫn đăng ký mã số mã vạch."],
  'ht': ht("đã xong")},
 {'h': "3. Kiểm tra theo phân cấp",
  'body': ["Kiểm tra 02 cuộc tại 16 cơ sở kinh doanh vàng bạc, xăng dầu; 01 cơ sở vi phạm, phạt 3.000.000 đồng."],
  'ht': ht("đang làm")},
 {'h': "4. Cập nhật văn bản mới",
  'body': ["Phường đã sao gửi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi), Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) đến các khu phố và bộ phận liên quan."],
  'ht': ht("đã xong")},
]}]
h1_docx(f, u, "Phường Bến Cát", "512/BC-UBND", "2026-11-24", "Bến Cát",
  "Kết quả thực hiện Kế hoạch Chỉ thị 38-CT/TW năm 2026",
  {'intro': ["Ủy ban nhân dân phường Bến Cát báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 (tính đến ngày 20/11/2026) như sau:"], 'parts': parts},
  ["Phần mềm cấp mã số mã vạch còn lỗi, doanh nghiệp phải nộp lại hồ sơ nhiều lần."],
  ["Đề nghị Chi cục TĐC có văn bản hướng dẫn cụ thể phân cấp kiểm tra cho phường sau sắp xếp."],
  "Võ Thanh Bình")
key(f, u, "512/BC-UBND", "2026-11-24", [
 E("II.1.a", "completed", {"communications": 5}, "đăng 05 tin bài trên fanpage"),
 E("II.2.d", "completed", {"training_courses": 1, "participants": 65, "enterprises_supported": 12}, "01 buổi hội nghị hướng dẫn truy xuất nguồn gốc ... 65 đại biểu; 12 doanh nghiệp"),
 E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 16, "violations": 1, "fines_vnd": 3000000}, "Kiểm tra 02 cuộc tại 16 cơ sở"),
 E("II.2.c", "completed", {}, "sao gửi Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (sửa đổi) ..."),
], ["Phần mềm cấp mã số mã vạch còn lỗi, doanh nghiệp phải nộp lại hồ sơ nhiều lần."],
  ["Đề nghị Chi cục TĐC có văn bản hướng dẫn cụ thể phân cấp kiểm tra cho phường sau sắp xếp."])

# --- H1-5 Phường Phú An (mistaken: chuyển đổi số)
f = "PhuAn_BC_chuyen_doi_so_11T2026.docx"
u = ("25768", "Phường Phú An")
parts = [{'head': "Phần 1. Kết quả thực hiện", 'items': [
 {'h': "1. Hạ tầng số", 'body': ["Phường đã lắp đặt 14 camera giám sát an ninh kết nối hệ thống camera của Công an Thành phố; nâng cấp đường truyền internet tại bộ phận một cửa."], 'ht': ht("đã xong.")},
 {'h': "2. Dịch vụ công trực tuyến", 'body': ["Tỷ lệ hồ sơ trực tuyến toàn trình đạt 78%; 2.315 hồ sơ được số hóa kết quả giải quyết."], 'ht': ht("đang làm tiếp.")},
 {'h': "3. Tổ công nghệ số cộng đồng", 'body': ["Duy trì 09 tổ công nghệ số cộng đồng tại 09 khu phố, hướng dẫn 1.250 lượt người dân cài đặt VNeID mức 2."], 'ht': ht("đã xong.")},
]}]
h1_docx(f, u, "Phường Phú An", "377/BC-UBND", "2026-11-19", "Phú An",
  "Kết quả thực hiện chuyển đổi số 11 tháng năm 2026",
  {'intro': ["Thực hiện Kế hoạch chuyển đổi số năm 2026 của Ủy ban nhân dân Thành phố, Ủy ban nhân dân phường Phú An báo cáo kết quả 11 tháng như sau:"], 'parts': parts},
  ["Thiết bị máy tính tại bộ phận một cửa đã cũ, thường xuyên hư hỏng."],
  ["Đề nghị cấp kinh phí mua sắm 05 máy tính cho bộ phận một cửa."], "Huỳnh Văn Lợi")
key(f, u, "377/BC-UBND", "2026-11-19", [], [], [], status="rejected",
    reason="Báo cáo về chuyển đổi số, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm)")

# ---------------------------------------------------------------- H2: commune XLSX
thin = Side(style='thin'); BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
def h2_xlsx(fname, unit_short, number, date, place, period, groups, diff, prop, signer, sheet="BC 11 thang"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = "UBND " + unit_short.upper(); ws['D1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws['A2'] = f"Số: {number}"; ws['D2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['D3'] = f"{place}, {vn_date(date)}"
    for c in ('A1','D1','D2'): ws[c].font = Font(bold=True)
    ws.merge_cells('A5:E5'); ws['A5'] = "BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
    ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center')
    ws.merge_cells('A6:E6'); ws['A6'] = period; ws['A6'].alignment = Alignment(horizontal='center'); ws['A6'].font = Font(italic=True)
    hdr = ["STT", "Nội dung công việc", "Kết quả thực hiện", "Đánh giá tiến độ", "Ghi chú"]
    r = 8
    for i, h in enumerate(hdr): 
        c = ws.cell(r, i+1, h); c.font = Font(bold=True); c.border = BORDER; c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
    r += 1
    roman = ["I", "II", "III", "IV", "V", "VI"]
    gi = 0
    for g in groups:
        ws.cell(r, 1, roman[gi]); ws.cell(r, 2, g['name']); gi += 1
        for cc in range(1, 6): ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = BORDER
        r += 1
        for n, row in enumerate(g['rows'], 1):
            vals = [n, row[0], row[1], row[2], row[3] if len(row) > 3 else None]
            for i, v in enumerate(vals):
                c = ws.cell(r, i+1, v); c.border = BORDER; c.alignment = Alignment(wrap_text=True, vertical='top')
            r += 1
    ws.cell(r, 1, roman[gi]); ws.cell(r, 2, "KHÓ KHĂN, VƯỚNG MẮC"); gi += 1
    for cc in range(1, 6): ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = BORDER
    r += 1
    for i, d in enumerate(diff):
        ws.cell(r, 1, "abcdefg"[i]); ws.cell(r, 2, d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        for cc in range(1, 6): ws.cell(r, cc).border = BORDER
        ws.cell(r, 2).alignment = Alignment(wrap_text=True); r += 1
    ws.cell(r, 1, roman[gi]); ws.cell(r, 2, "ĐỀ XUẤT, KIẾN NGHỊ")
    for cc in range(1, 6): ws.cell(r, cc).font = Font(bold=True); ws.cell(r, cc).border = BORDER
    r += 1
    for i, d in enumerate(prop):
        ws.cell(r, 1, "abcdefg"[i]); ws.cell(r, 2, d); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
        for cc in range(1, 6): ws.cell(r, cc).border = BORDER
        ws.cell(r, 2).alignment = Alignment(wrap_text=True); r += 1
    r += 1
    ws.cell(r, 2, "NGƯỜI LẬP BIỂU").font = Font(bold=True); ws.cell(r, 4, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r+4, 4, signer).font = Font(bold=True)
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 42; ws.column_dimensions['C'].width = 55
    ws.column_dimensions['D'].width = 18; ws.column_dimensions['E'].width = 20
    wb.save(os.path.join(OUT, fname))

# --- H2-1 Xã Bình Châu
f = "BinhChau_bieu_CT38_T11.xlsx"; u = ("26656", "Xã Bình Châu")
d1 = ["Xã rộng, các cơ sở kinh doanh nằm rải rác ven biển, đi lại kiểm tra mất nhiều thời gian.",
      "Chưa có cán bộ chuyên trách lĩnh vực tiêu chuẩn đo lường chất lượng."]
p1 = ["Đề nghị Chi cục TĐC phối hợp với xã kiểm tra cân tại các vựa hải sản trong mùa cao điểm.",
      "Đề nghị Sở cấp tài liệu tuyên truyền bằng tờ gấp cho xã."]
h2_xlsx(f, "Xã Bình Châu", "131/BC-UBND", "2026-11-17", "Bình Châu", "(Số liệu từ ngày 01/01/2026 đến ngày 15/11/2026)", [
 {'name': "CÔNG TÁC TUYÊN TRUYỀN", 'rows': [
   ["Tuyên truyền trên loa, đài xã về đo lường, chất lượng hàng hóa", "- Phát 26 tin trên Đài truyền thanh xã\n- Treo băng rôn tại chợ Bình Châu, khu du lịch suối nước nóng", "Hoàn thành"],
 ]},
 {'name': "CÔNG TÁC KIỂM TRA", 'rows': [
   ["Kiểm tra cân tại vựa hải sản, chợ; kiểm tra cây xăng (theo phân cấp)", "- Số cuộc kiểm tra: 6\n- Số cơ sở được kiểm tra: 38\n- Số cơ sở vi phạm: 4\n- Tiền phạt: 8,5 triệu đồng", "Đang thực hiện", "Còn 01 đợt tháng 12"],
   ["Tiếp nhận, xử lý phản ánh về gian lận đo lường", "Không có đơn thư, phản ánh", "Không phát sinh"],
 ]},
 {'name': "CÔNG TÁC KHÁC", 'rows': [
   ["Cử công chức dự tập huấn nghiệp vụ TĐC", "- Cử 2 công chức dự lớp ngày 21/5/2026 tại Sở", "Hoàn thành"],
   ["Duy trì ISO 9001 tại UBND xã", "Đã ban hành lại Quyết định công bố hệ thống quản lý chất lượng sau sắp xếp", "Hoàn thành"],
 ]},
], d1, p1, "Trần Văn Sáu")
key(f, u, "131/BC-UBND", "2026-11-17", [
 E("II.1.a", "completed", {"communications": 26}, "Phát 26 tin trên Đài truyền thanh xã"),
 E("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 38, "violations": 4, "fines_vnd": 8500000}, "Số cuộc kiểm tra: 6; Số cơ sở được kiểm tra: 38"),
 E("II.5.d", "not_applicable", {}, "Tiếp nhận, xử lý phản ánh về gian lận đo lường: Không có đơn thư"),
 E("II.3.a", "completed", {"participants": 2}, "Cử 2 công chức dự lớp ngày 21/5/2026"),
 E("II.2.đ", "completed", {}, "Duy trì ISO 9001 tại UBND xã"),
], d1, p1)

# --- H2-2 Xã Phước Thành
f = "PhuocThanh_CT38_11thang.xlsx"; u = ("25864", "Xã Phước Thành")
d2 = ["Người dân chưa quan tâm đến việc kiểm định cân, nhiều cân đồng hồ đã cũ."]
p2 = ["Đề nghị Chi cục TĐC tổ chức kiểm định cân lưu động tại xã.",
      "Đề nghị hỗ trợ kinh phí in tài liệu tuyên truyền."]
h2_xlsx(f, "Xã Phước Thành", "88/BC-UBND", "2026-11-21", "Phước Thành", "(Từ tháng 01 đến tháng 11 năm 2026)", [
 {'name': "TUYÊN TRUYỀN", 'rows': [
   ["Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh", "- Lồng ghép tại 7 cuộc họp ấp\n- Đăng 3 tin trên trang Zalo xã", "Hoàn thành"],
 ]},
 {'name': "KIỂM TRA", 'rows': [
   ["Kiểm tra đo lường tại chợ, cửa hàng xăng dầu, đại lý phân bón", "- 3 cuộc\n- 21 cơ sở\n- 2 cơ sở vi phạm, nhắc nhở, chưa xử phạt", "Hoàn thành"],
   ["Phối hợp lấy mẫu phân bón kiểm tra chất lượng", "- Phối hợp Đoàn kiểm tra của Chi cục lấy 4 mẫu phân bón tại 2 đại lý", "Hoàn thành"],
 ]},
 {'name': "HỖ TRỢ CƠ SỞ SẢN XUẤT", 'rows': [
   ["Hướng dẫn hợp tác xã, hộ sản xuất xây dựng tiêu chuẩn cơ sở, truy xuất nguồn gốc", "Đang khảo sát nhu cầu các HTX nông nghiệp", "Đang thực hiện"],
 ]},
], d2, p2, "Lê Thị Mai")
key(f, u, "88/BC-UBND", "2026-11-21", [
 E("II.1.a", "completed", {"communications": 3}, "Lồng ghép tại 7 cuộc họp ấp; Đăng 3 tin"),
 E("II.5.c", "completed", {"inspections": 3, "establishments_inspected": 21, "violations": 2}, "3 cuộc; 21 cơ sở; 2 cơ sở vi phạm"),
 E("II.5.b", "completed", {"samples_tested": 4}, "lấy 4 mẫu phân bón tại 2 đại lý"),
 E("II.2.d", "in_progress", {}, "Hướng dẫn HTX ... tiêu chuẩn cơ sở, truy xuất nguồn gốc: Đang khảo sát"),
], d2, p2)

# --- H2-3 Xã Châu Đức
f = "XaChauDuc_BaoCao_TDC_2026.xlsx"; u = ("26596", "Xã Châu Đức")
d3 = ["Kinh phí kiểm tra chưa được giao trong dự toán năm 2026.",
      "Một số hộ kinh doanh tạm nghỉ khi đoàn đến kiểm tra."]
p3 = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn nguồn kinh phí thực hiện nhiệm vụ phân cấp cho xã."]
h2_xlsx(f, "Xã Châu Đức", "204/BC-UBND", "2026-11-25", "Châu Đức", "(Số liệu tính đến ngày 20/11/2026)", [
 {'name': "TUYÊN TRUYỀN, PHỔ BIẾN", 'rows': [
   ["Tuyên truyền về Giải thưởng Chất lượng Quốc gia", "Gửi thư mời, thông tin đến 8 doanh nghiệp trên địa bàn; chưa có doanh nghiệp đăng ký", "Hoàn thành"],
   ["Tuyên truyền đo lường, ghi nhãn hàng hóa", "- 14 tin phát trên loa\n- 1 hội nghị phổ biến cho tiểu thương chợ Kim Long, 120 người dự", "Hoàn thành"],
 ]},
 {'name': "KIỂM TRA THEO PHÂN CẤP", 'rows': [
   ["Kiểm tra cân, thước, xăng dầu, vàng bạc", "- 4 cuộc kiểm tra\n- 33 cơ sở\n- 5 vi phạm\n- phạt 6,25 triệu đồng", "Đang thực hiện"],
 ]},
 {'name': "TẬP HUẤN", 'rows': [
   ["Tham dự tập huấn do Chi cục TĐC tổ chức", "Chưa tham dự được do trùng lịch tiếp xúc cử tri, sẽ cử đi đợt sau", "Chưa thực hiện"],
 ]},
], d3, p3, "Đỗ Văn Hùng")
key(f, u, "204/BC-UBND", "2026-11-25", [
 E("II.1.b", "completed", {"enterprises_supported": 8}, "Gửi thư mời, thông tin đến 8 doanh nghiệp"),
 E("II.1.a", "completed", {"communications": 14, "training_courses": 1, "participants": 120}, "14 tin phát trên loa; 1 hội nghị phổ biến ... 120 người dự"),
 E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 33, "violations": 5, "fines_vnd": 6250000}, "4 cuộc kiểm tra; 33 cơ sở; 5 vi phạm; phạt 6,25 triệu đồng"),
 E("II.3.a", "not_started", {}, "Chưa tham dự được do trùng lịch"),
], d3, p3)

# --- H2-4 Xã Phú Giáo
f = "Phu Giao - bieu bao cao CT38 (11T).xlsx"; u = ("25858", "Xã Phú Giáo")
d4 = ["Chưa có quả cân chuẩn để kiểm tra nhanh cân của tiểu thương."]
p4 = ["Đề nghị Chi cục trang bị cho xã 01 bộ quả cân chuẩn.",
      "Đề nghị tổ chức tập huấn lại cho công chức mới của xã."]
h2_xlsx(f, "Xã Phú Giáo", "156/BC-UBND", "2026-11-27", "Phú Giáo", "(Số liệu 11 tháng năm 2026)", [
 {'name': "TUYÊN TRUYỀN", 'rows': [
   ["Tuyên truyền trên hệ thống truyền thanh và mạng xã hội", "- 12 tin trên loa\n- 2 bài trên Facebook xã\n(cộng 14 tin, bài)", "Hoàn thành"],
 ]},
 {'name': "KIỂM TRA, XỬ LÝ", 'rows': [
   ["Kiểm tra đo lường tại chợ Phước Vĩnh, cây xăng", "- 2 cuộc kiểm tra, 19 cơ sở\n- 3 cơ sở vi phạm\n- Xử phạt 4,5 triệu đồng", "Hoàn thành"],
 ]},
 {'name': "CẢI CÁCH HÀNH CHÍNH GẮN ISO", 'rows': [
   ["Áp dụng, duy trì ISO 9001:2015 tại UBND xã", "Đang phối hợp đơn vị tư vấn chuyển đổi hệ thống sau sắp xếp", "Đang thực hiện"],
 ]},
 {'name': "ĐÀO TẠO", 'rows': [
   ["Cử cán bộ dự tập huấn nghiệp vụ", "Cử 1 công chức Kinh tế dự tập huấn (tháng 6/2026)", "Hoàn thành"],
 ]},
], d4, p4, "Nguyễn Văn Thắng")
key(f, u, "156/BC-UBND", "2026-11-27", [
 E("II.1.a", "completed", {"communications": 14}, "12 tin trên loa; 2 bài trên Facebook xã"),
 E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 19, "violations": 3, "fines_vnd": 4500000}, "2 cuộc kiểm tra, 19 cơ sở; 3 cơ sở vi phạm"),
 E("II.2.đ", "in_progress", {}, "Áp dụng, duy trì ISO 9001:2015 tại UBND xã"),
 E("II.3.a", "completed", {"participants": 1}, "Cử 1 công chức Kinh tế dự tập huấn"),
], d4, p4)

# ---------------------------------------------------------------- H3: department DOCX (công văn)
def h3_docx(fname, parent, dept, number, date, vv, items, diff, prop, signer, mistaken_title=None):
    doc = Document(); st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
    t = doc.add_table(rows=3, cols=2)
    t.cell(0,0).text = f"{parent}\n{dept.upper()}"
    t.cell(0,1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    t.cell(1,0).text = f"Số: {number}"
    t.cell(1,1).text = f"Thành phố Hồ Chí Minh, {vn_date(date)}"
    t.cell(2,0).text = vv
    doc.add_paragraph()
    p = doc.add_paragraph("Kính gửi: Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh\n(qua Chi cục Tiêu chuẩn Đo lường Chất lượng)")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for para in items['intro']: doc.add_paragraph(para)
    for sec in items['secs']:
        p = doc.add_paragraph(); p.add_run(sec['h']).bold = True
        for it in sec['items']:
            p = doc.add_paragraph(); p.add_run(it['n'] + " ").bold = True; p.add_run(it['t'])
            if it.get('s'):
                p = doc.add_paragraph(); p.add_run("Sở đánh giá: ").italic = True; p.add_run(it['s'])
    if diff:
        p = doc.add_paragraph(); p.add_run(items.get('kk', "2. Khó khăn, vướng mắc")).bold = True
        for d in diff: doc.add_paragraph("- " + d)
    if prop:
        p = doc.add_paragraph(); p.add_run(items.get('dx', "3. Kiến nghị")).bold = True
        for d in prop: doc.add_paragraph("- " + d)
    doc.add_paragraph(items.get('closing', f"{dept} báo cáo để Sở Khoa học và Công nghệ tổng hợp./."))
    t = doc.add_table(rows=1, cols=2)
    t.cell(0,0).text = "Nơi nhận:\n- Như trên;\n- Giám đốc Sở (để b/c);\n- Lưu: VT."
    t.cell(0,1).text = f"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\n{signer}"
    doc.save(os.path.join(OUT, fname))

# --- H3-1 Sở Công Thương
f = "SCT_4518_bao cao CT38 nam 2026.docx"; u = ("SO-CT", "Sở Công Thương")
d5 = ["Việc phân định trách nhiệm kiểm tra chất lượng hàng hóa lưu thông giữa lực lượng quản lý thị trường và Chi cục TĐC sau sắp xếp chưa thật rõ."]
p5 = ["Đề nghị Sở Khoa học và Công nghệ chủ trì tổ chức họp liên ngành thống nhất cơ chế phối hợp kiểm tra năm 2027."]
h3_docx(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "Sở Công Thương", "4518/SCT-QLCN", "2026-11-19",
 "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
 {'intro': ["Sở Công Thương nhận được Công văn của Sở Khoa học và Công nghệ đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Trên cơ sở chức năng, nhiệm vụ được giao, Sở Công Thương báo cáo như sau:"],
  'secs': [{'h': "1. Kết quả thực hiện", 'items': [
   {'n': "1.1.", 't': "Phối hợp tuyên truyền: Sở đã đăng 09 tin, bài về tiêu chuẩn, chất lượng sản phẩm công nghiệp trên Cổng thông tin điện tử Sở và Bản tin Công Thương; phối hợp tổ chức 02 hội thảo về nâng cao năng suất, chất lượng cho doanh nghiệp công nghiệp hỗ trợ với 260 đại biểu tham dự.", 's': "đã hoàn thành."},
   {'n': "1.2.", 't': "Hỗ trợ doanh nghiệp nâng cao năng suất, chất lượng: thông qua Chương trình khuyến công, Sở hỗ trợ 14 doanh nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000 và công cụ 5S, Kaizen; kinh phí khuyến công đã giải ngân 1,26 tỷ đồng.", 's': "đang thực hiện, một số hợp đồng hỗ trợ nghiệm thu trong tháng 12/2026."},
   {'n': "1.3.", 't': "Góp ý dự thảo tiêu chuẩn, quy chuẩn: Sở góp ý 03 dự thảo QCVN của Bộ Công Thương (an toàn điện, thép làm cốt bê tông, khí dầu mỏ hóa lỏng) theo đề nghị của Bộ.", 's': "đã hoàn thành."},
   {'n': "1.4.", 't': "Phối hợp kiểm tra chất lượng hàng hóa: Chi cục Quản lý thị trường phối hợp Chi cục TĐC kiểm tra 07 cuộc tại 58 cơ sở kinh doanh xăng dầu, khí dầu mỏ hóa lỏng, mũ bảo hiểm; phát hiện 11 cơ sở vi phạm, xử phạt 186.500.000 đồng.", 's': "đang tiếp tục thực hiện theo kế hoạch kiểm tra cao điểm cuối năm."},
   {'n': "1.5.", 't': "Áp dụng hệ thống quản lý chất lượng tại Sở: Sở duy trì TCVN ISO 9001:2015 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền."},
  ]}]},
 d5, p5, "Nguyễn Quốc Khánh")
key(f, u, "4518/SCT-QLCN", "2026-11-19", [
 E("II.1.a", "completed", {"communications": 9, "training_courses": 2, "participants": 260}, "đăng 09 tin, bài ...; phối hợp tổ chức 02 hội thảo ... 260 đại biểu"),
 E("II.2.d", "in_progress", {"enterprises_supported": 14, "budget_spent_vnd": 1260000000}, "hỗ trợ 14 doanh nghiệp áp dụng hệ thống quản lý chất lượng ... 1,26 tỷ đồng"),
 E("II.2.e", "completed", {"standards_reviewed": 3}, "góp ý 03 dự thảo QCVN"),
 E("II.5.a", "in_progress", {"inspections": 7, "establishments_inspected": 58, "violations": 11, "fines_vnd": 186500000}, "kiểm tra 07 cuộc tại 58 cơ sở"),
 E("II.2.đ", "unknown", {}, "Sở duy trì TCVN ISO 9001:2015"),
], d5, p5)

# --- H3-2 Sở Xây dựng
f = "SXD-CV-5102-CT38.docx"; u = ("SO-XD", "Sở Xây dựng")
d6 = ["Nhiều dự thảo quy chuẩn gửi góp ý với thời hạn ngắn, chưa đủ thời gian lấy ý kiến các hội nghề nghiệp."]
p6 = []
h3_docx(f, "UBND TP. HỒ CHÍ MINH", "Sở Xây dựng", "5102/SXD-KTXD", "2026-11-23",
 "V/v báo cáo kết quả thực hiện KH Chỉ thị 38-CT/TW (11 tháng năm 2026)",
 {'intro': ["Phúc đáp đề nghị của Sở Khoa học và Công nghệ, Sở Xây dựng báo cáo kết quả thực hiện các nội dung phối hợp trong Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:"],
  'secs': [{'h': "1. Kết quả thực hiện", 'items': [
   {'n': "a)", 't': "Tham gia góp ý tiêu chuẩn, quy chuẩn kỹ thuật: Sở đã góp ý 05 dự thảo TCVN, QCVN về vật liệu xây dựng, an toàn cháy cho nhà và công trình do Bộ Xây dựng, Bộ Khoa học và Công nghệ lấy ý kiến.", 's': "đã hoàn thành."},
   {'n': "b)", 't': "Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường: Sở tổ chức 04 đoàn kiểm tra tại 36 cơ sở sản xuất, kinh doanh xi măng, gạch, thép, kính xây dựng; lấy 18 mẫu thử nghiệm, phát hiện 03 cơ sở vi phạm về công bố hợp quy, chuyển Thanh tra Sở xử lý.", 's': "đã hoàn thành."},
   {'n': "c)", 't': "Tập huấn về quy chuẩn, tiêu chuẩn xây dựng: tổ chức 01 lớp phổ biến QCVN 16:2023/BXD cho doanh nghiệp, Ban quản lý dự án với 140 học viên.", 's': "đã hoàn thành."},
   {'n': "d)", 't': "Xây dựng quy chuẩn kỹ thuật địa phương về hạ tầng kỹ thuật ngầm: đang lập đề cương, chưa trình.", 's': "chưa hoàn thành, đang thực hiện."},
  ]}], 'kk': "2. Khó khăn", 'closing': "Sở Xây dựng báo cáo Sở Khoa học và Công nghệ tổng hợp./."},
 d6, p6, "Trần Hữu Phúc")
key(f, u, "5102/SXD-KTXD", "2026-11-23", [
 E("II.2.e", "in_progress", {"standards_reviewed": 5}, "góp ý 05 dự thảo TCVN, QCVN; xây dựng quy chuẩn kỹ thuật địa phương đang thực hiện"),
 E("II.5.a", "completed", {"inspections": 4, "establishments_inspected": 36, "samples_tested": 18, "violations": 3}, "04 đoàn kiểm tra tại 36 cơ sở; lấy 18 mẫu; 03 cơ sở vi phạm"),
 E("II.1.a", "completed", {"training_courses": 1, "participants": 140}, "01 lớp phổ biến QCVN 16:2023/BXD ... 140 học viên"),
], d6, p6)

# --- H3-3 Sở Nông nghiệp và Môi trường
f = "SNNMT_baocao_KH38_2026.docx"; u = ("SO-NNMT", "Sở Nông nghiệp và Môi trường")
d7 = ["Số lượng cơ sở sản xuất nông nghiệp quy mô hộ lớn, việc áp dụng truy xuất nguồn gốc còn hạn chế."]
p7 = ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí triển khai mã truy xuất nguồn gốc cho hợp tác xã năm 2027.",
      "Đề nghị Chi cục TĐC chia sẻ dữ liệu doanh nghiệp được cấp mã số mã vạch trong lĩnh vực nông sản."]
h3_docx(f, "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Sở Nông nghiệp và Môi trường", "7734/SNNMT-CCQLCL", "2026-11-26",
 "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
 {'intro': ["Thực hiện Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, Sở Nông nghiệp và Môi trường báo cáo kết quả thực hiện đến ngày 20/11/2026 như sau:"],
  'secs': [{'h': "1. Kết quả thực hiện", 'items': [
   {'n': "1.1.", 't': "Truy xuất nguồn gốc nông sản: hướng dẫn 32 hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc trên hệ thống của Thành phố; tổ chức 03 lớp tập huấn cho 210 lượt học viên.", 's': "đã hoàn thành."},
   {'n': "1.2.", 't': "Kiểm tra chất lượng vật tư nông nghiệp: thực hiện 12 cuộc kiểm tra tại 96 cơ sở kinh doanh phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi; lấy 64 mẫu phân tích, phát hiện 08 cơ sở vi phạm, xử phạt 245.000.000 đồng.", 's': "đang thực hiện."},
   {'n': "1.3.", 't': "Góp ý quy chuẩn: tham gia góp ý 04 dự thảo QCVN về phân bón, giống cây trồng.", 's': "đã hoàn thành."},
   {'n': "1.4.", 't': "Phối hợp cập nhật thông tin về các thỏa thuận quốc tế (SPS, TBT) liên quan nông sản xuất khẩu cho doanh nghiệp: không phát sinh yêu cầu trong kỳ.", 's': "không phát sinh."},
  ]}]},
 d7, p7, "Lê Văn Tư")
key(f, u, "7734/SNNMT-CCQLCL", "2026-11-26", [
 E("II.2.a", "completed", {"enterprises_supported": 32, "training_courses": 3, "participants": 210}, "hướng dẫn 32 hợp tác xã, doanh nghiệp áp dụng truy xuất nguồn gốc; 03 lớp tập huấn cho 210 lượt"),
 E("II.5.a", "in_progress", {"inspections": 12, "establishments_inspected": 96, "samples_tested": 64, "violations": 8, "fines_vnd": 245000000}, "12 cuộc kiểm tra tại 96 cơ sở"),
 E("II.2.e", "completed", {"standards_reviewed": 4}, "góp ý 04 dự thảo QCVN"),
 E("II.6.a", "not_applicable", {}, "thỏa thuận quốc tế (SPS, TBT): không phát sinh"),
], d7, p7)

# --- H3-4 Sở An toàn thực phẩm (mistaken)
f = "SATTP_BC_ATTP_11thang2026.docx"; u = ("SO-ATTP", "Sở An toàn thực phẩm")
h3_docx(f, "UBND THÀNH PHỐ HỒ CHÍ MINH", "Sở An toàn thực phẩm", "2981/SATTP-NVTT", "2026-11-20",
 "V/v báo cáo kết quả công tác bảo đảm an toàn thực phẩm 11 tháng năm 2026",
 {'intro': ["Thực hiện Kế hoạch bảo đảm an toàn thực phẩm năm 2026 của Ban Chỉ đạo liên ngành về an toàn thực phẩm Thành phố, Sở An toàn thực phẩm báo cáo kết quả 11 tháng như sau:"],
  'secs': [{'h': "1. Kết quả thực hiện", 'items': [
   {'n': "1.1.", 't': "Thanh tra, kiểm tra: tổ chức 1.240 lượt thanh tra, kiểm tra cơ sở sản xuất, kinh doanh thực phẩm, bếp ăn tập thể; xử phạt 214 cơ sở với số tiền 3,8 tỷ đồng.", 's': "đang thực hiện."},
   {'n': "1.2.", 't': "Giám sát ngộ độc thực phẩm: ghi nhận 05 vụ ngộ độc với 187 người mắc, không có tử vong.", 's': "thường xuyên."},
   {'n': "1.3.", 't': "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm: 612 giấy.", 's': "đang thực hiện."},
  ]}], 'dx': "3. Đề xuất"},
 ["Lực lượng thanh tra chuyên ngành mỏng so với số lượng cơ sở."],
 ["Đề nghị bổ sung biên chế thanh tra an toàn thực phẩm cấp phường."], "Phạm Khánh Phong")
key(f, u, "2981/SATTP-NVTT", "2026-11-20", [], [], [], status="rejected",
    reason="Báo cáo công tác bảo đảm an toàn thực phẩm, không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW (gửi nhầm)")

# ---------------------------------------------------------------- H4: "Bảng theo dõi" XLSX with one row per task, figure pairs
def h4_xlsx(fname, unit_name, parent, number, date, title, rows, diff, prop, signer, sheet="Theo doi 2026"):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = sheet
    ws['A1'] = parent; ws['A2'] = unit_name.upper(); ws['A2'].font = Font(bold=True)
    ws['A3'] = f"Số: {number}" if number else "Số:        /BC"
    ws['F1'] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws['F2'] = "Độc lập - Tự do - Hạnh phúc"
    ws['F3'] = f"Thành phố Hồ Chí Minh, {vn_date(date)}"
    ws.merge_cells('A5:J5'); ws['A5'] = title; ws['A5'].font = Font(bold=True, size=13); ws['A5'].alignment = Alignment(horizontal='center', wrap_text=True)
    hdr = ["TT", "Việc đã triển khai", "Diễn giải", "SL (1)", "ĐVT (1)", "SL (2)", "ĐVT (2)", "SL (3)", "ĐVT (3)", "Tình trạng (đến 20/11)"]
    for i, h in enumerate(hdr):
        c = ws.cell(7, i+1, h); c.font = Font(bold=True); c.border = BORDER; c.alignment = Alignment(horizontal='center', wrap_text=True)
    r = 8
    for n, row in enumerate(rows, 1):
        name, desc, figs, st = row
        vals = [f"{n:02d}", name, desc]
        for q, unit in figs: vals += [q, unit]
        while len(vals) < 9: vals.append(None)
        vals.append(st)
        for i, v in enumerate(vals):
            c = ws.cell(r, i+1, v); c.border = BORDER; c.alignment = Alignment(wrap_text=True, vertical='top')
            if isinstance(v, int) and v >= 10000: c.number_format = '#,##0'
        r += 1
    r += 1
    ws.cell(r, 2, "Vướng mắc:").font = Font(bold=True); r += 1
    for d in diff: ws.cell(r, 2, "+ " + d); r += 1
    ws.cell(r, 2, "Kiến nghị:").font = Font(bold=True); r += 1
    for d in prop: ws.cell(r, 2, "+ " + d); r += 1
    r += 1
    ws.cell(r, 2, "Người tổng hợp"); ws.cell(r, 8, "THỦ TRƯỞNG ĐƠN VỊ").font = Font(bold=True)
    ws.cell(r+4, 8, signer)
    for col, w in zip("ABCDEFGHIJ", [5, 36, 48, 9, 11, 9, 11, 14, 11, 16]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))

# --- H4-1 Phòng Kiểm tra – Pháp chế
f = "KTPC_theo doi KH38_T11-2026.xlsx"; u = ("SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế")
d8 = ["Lực lượng kiểm tra của Phòng mỏng (04 công chức) trong khi số vụ việc chuyển đến tăng."]
p8 = ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để Phòng chủ động bố trí người phối hợp."]
h4_xlsx(f, "Phòng Kiểm tra – Pháp chế", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", None, "2026-11-20",
 "BẢNG THEO DÕI KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 (11 tháng)", [
  ["Phối hợp kiểm tra chất lượng hàng hóa lưu thông", "Cử công chức tham gia các đoàn kiểm tra của Chi cục (mũ bảo hiểm, đồ chơi trẻ em, thiết bị điện)", [(6, "đoàn"), (47, "cơ sở"), (9, "cơ sở VP")], "Xong"],
  ["Ban hành quyết định xử phạt vi phạm hành chính", "Tham mưu Giám đốc Sở ban hành quyết định xử phạt các vụ do Chi cục chuyển đến", [(9, "quyết định"), (152500000, "đồng")], "Xong"],
  ["Hướng dẫn phường, xã về nội dung phân quyền", "Trả lời vướng mắc của các phường về thẩm quyền xử phạt trong đo lường", [(11, "văn bản")], "Đang làm"],
  ["Rà soát phương tiện kỹ thuật nghiệp vụ theo NĐ 135/2021", "Chưa làm, chờ Chi cục gửi danh mục đề xuất", [], "Chưa làm"],
  ["Góp ý dự thảo văn bản QPPL về TĐC", "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi)", [(2, "dự thảo")], "Xong"],
  ["Xử lý tố giác, khen thưởng người tố giác", "Trong kỳ không có đơn tố giác", [], "Không PS"],
 ], d8, p8, "Nguyễn Hoàng Nam")
key(f, u, None, "2026-11-20", [
 E("II.5.a", "completed", {"inspections": 6, "establishments_inspected": 47, "violations": 9, "fines_vnd": 152500000}, "6 đoàn, 47 cơ sở, 9 cơ sở VP; 9 quyết định xử phạt, 152.500.000 đồng"),
 E("II.5.d", "not_applicable", {}, "Xử lý tố giác, khen thưởng người tố giác: không có đơn"),
 E("II.5.c", "in_progress", {}, "Hướng dẫn phường, xã về nội dung phân quyền: 11 văn bản"),
 E("II.4.b", "not_started", {}, "Rà soát phương tiện kỹ thuật nghiệp vụ theo NĐ 135/2021: chưa làm"),
 E("II.2.c", "completed", {}, "Góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa"),
], d8, p8)
# the xử phạt row (9 QĐ, 152.500.000 đ) closes the same 9 violations -> fines keyed on II.5.a (see NOTES)

# --- H4-2 Trung tâm Dịch vụ Phân tích thí nghiệm
f = "TTPTTN_BaoCao_CT38_2026.xlsx"; u = ("SKHCN-TTPTTN", "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh")
d9 = ["Một số thiết bị thử nghiệm đã sử dụng trên 10 năm, chi phí sửa chữa lớn.",
      "Thủ tục mua sắm thiết bị kéo dài, ảnh hưởng tiến độ giải ngân."]
p9 = ["Đề nghị Sở bố trí vốn đầu tư thiết bị phòng thử nghiệm điện – điện tử năm 2027."]
h4_xlsx(f, "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "318/BC-TTPT", "2026-11-24",
 "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", [
  ["Đầu tư, hiện đại hóa trang thiết bị thử nghiệm, kiểm định", "Mua sắm thiết bị phòng đo lường khối lượng, áp suất; đã nghiệm thu 2/3 gói thầu", [(3210000000, "đồng (đã giải ngân)")], "Đang làm"],
  ["Kiểm định, hiệu chuẩn phương tiện đo phục vụ quản lý và nhu cầu doanh nghiệp", "Kiểm định, hiệu chuẩn cân, đồng hồ nước, cột đo xăng dầu, áp kế...", [(18425, "phương tiện đo")], "Xong"],
  ["Dịch vụ thử nghiệm mẫu", "Thử nghiệm mẫu sản phẩm, hàng hóa theo yêu cầu của doanh nghiệp, người dân", [(412, "mẫu")], "Xong"],
  ["Duy trì, liên kết chuẩn đo lường", "Hiệu chuẩn chuẩn chính tại Viện Đo lường Việt Nam", [(27, "chuẩn")], "Xong"],
  ["Đào tạo, tập huấn nghiệp vụ kiểm định viên", "Mở lớp bồi dưỡng về đo lường, kiểm định cho giảng viên, sinh viên các trường cao đẳng kỹ thuật", [(4, "lớp"), (96, "học viên")], "Xong"],
 ], d9, p9, "Đặng Thị Kim Oanh", sheet="BC CT38")
key(f, u, "318/BC-TTPT", "2026-11-24", [
 E("II.4.a", "in_progress", {"budget_spent_vnd": 3210000000}, "Mua sắm thiết bị phòng đo lường khối lượng, áp suất; 3.210.000.000 đồng"),
 E("II.2.g", "completed", {"instruments_verified": 18425, "samples_tested": 412}, "Kiểm định, hiệu chuẩn 18.425 phương tiện đo; thử nghiệm 412 mẫu"),
 E("II.4.c", "completed", {"instruments_verified": 27}, "Hiệu chuẩn 27 chuẩn chính"),
 E("II.3.d", "completed", {"training_courses": 4, "participants": 96}, "4 lớp bồi dưỡng cho giảng viên, sinh viên cao đẳng, 96 học viên"),
], d9, p9)

# --- H4-3 Phường Tân Đông Hiệp (xlsx)
f = "TanDongHiep_theodoi_CT38.xlsx"; u = ("25945", "Phường Tân Đông Hiệp")
d10 = ["Phường chưa có công chức được tập huấn nghiệp vụ đo lường."]
p10 = ["Đề nghị Chi cục hỗ trợ phường kiểm tra các cửa hàng vàng bạc trong tháng 12."]
h4_xlsx(f, "Phường Tân Đông Hiệp", "ỦY BAN NHÂN DÂN", "298/BC-UBND", "2026-11-15",
 "THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 - PHƯỜNG TÂN ĐÔNG HIỆP", [
  ["Tuyên truyền trên loa, trang thông tin phường", "Tin phát thanh, bài đăng trang TTĐT phường", [(19, "tin, bài")], "Xong"],
  ["Kiểm tra cân tại chợ Tân Đông Hiệp, chợ Dĩ An 2", "Tổ kiểm tra phường thực hiện", [(3, "cuộc"), (40, "cơ sở"), (5, "vi phạm")], "Đang làm"],
  ["Xử phạt VPHC về đo lường", "Phạt tiền các hộ dùng cân sai", [(5500000, "đồng")], "Đang làm"],
  ["Tập huấn cho công chức", "Chưa cử được người do thiếu công chức", [], "Chưa làm"],
 ], d10, p10, "Bùi Văn Đức", sheet="CT38")
key(f, u, "298/BC-UBND", "2026-11-15", [
 E("II.1.a", "completed", {"communications": 19}, "19 tin, bài"),
 E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 40, "violations": 5, "fines_vnd": 5500000}, "3 cuộc, 40 cơ sở, 5 vi phạm; phạt 5.500.000 đồng"),
 E("II.3.a", "not_started", {}, "Tập huấn cho công chức: chưa làm"),
], d10, p10)

# --- H4-4 Xã Ngãi Giao (docx, same hand: the same tracker grid typed as a Word table)
f = "NgaiGiao_BC_KH38_11T.docx"; u = ("26575", "Xã Ngãi Giao")
doc = Document(); st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(12)
for line, b in [("ỦY BAN NHÂN DÂN XÃ NGÃI GIAO", True), ("Số: 173/BC-UBND", False), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True), ("Độc lập - Tự do - Hạnh phúc", True), ("Ngãi Giao, ngày 28 tháng 11 năm 2026", False)]:
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(line); r.bold = b
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("BÁO CÁO\nKết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026").bold = True
doc.add_paragraph("UBND xã Ngãi Giao báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026 (tính đến ngày 20/11/2026) theo bảng dưới đây:")
hdr = ["TT", "Việc đã triển khai", "Diễn giải", "SL (1)", "ĐVT (1)", "SL (2)", "ĐVT (2)", "Tình trạng (đến 20/11)"]
rows = [
 ["01", "Tuyên truyền đo lường, chất lượng", "Phát thanh trên loa xã, phát tờ rơi tại chợ", "21", "tin", "", "", "Xong"],
 ["02", "Hướng dẫn cơ sở sản xuất ghi nhãn, công bố chất lượng", "Hướng dẫn cơ sở chế biến hạt điều, cà phê", "6", "cơ sở", "", "", "Đang làm"],
 ["03", "Kiểm tra đo lường tại chợ, cây xăng", "Tổ kiểm tra liên ngành xã", "4", "cuộc", "29", "cơ sở", "Xong"],
 ["04", "Xử phạt vi phạm", "Hộ dùng cân không kiểm định", "2", "vi phạm", "2.000.000", "đồng", "Xong"],
 ["05", "Cử công chức dự tập huấn TĐC", "Tháng 5/2026", "2", "người", "", "", "Xong"],
 ["06", "ISO 9001 tại UBND xã", "", "", "", "", "", ""],
]
t = doc.add_table(rows=1+len(rows), cols=len(hdr)); t.style = 'Table Grid'
for i, h in enumerate(hdr): t.cell(0, i).text = h
for ri, row in enumerate(rows, 1):
    for ci, v in enumerate(row): t.cell(ri, ci).text = v
d11 = ["Cơ sở sản xuất nhỏ lẻ, chưa quan tâm công bố chất lượng sản phẩm."]
p11 = ["Đề nghị Chi cục TĐC tổ chức tập huấn về ghi nhãn cho cơ sở chế biến nông sản tại xã."]
p = doc.add_paragraph(); p.add_run("Vướng mắc:").bold = True
for d in d11: doc.add_paragraph("+ " + d)
p = doc.add_paragraph(); p.add_run("Kiến nghị:").bold = True
for d in p11: doc.add_paragraph("+ " + d)
doc.add_paragraph("Nơi nhận: Sở KH&CN (Chi cục TĐC); Lưu VT.\t\tKT. CHỦ TỊCH - PHÓ CHỦ TỊCH\n\n\n\t\t\tTrương Văn Lâm")
doc.save(os.path.join(OUT, f))
key(f, u, "173/BC-UBND", "2026-11-28", [
 E("II.1.a", "completed", {"communications": 21}, "Phát thanh 21 tin"),
 E("II.2.d", "in_progress", {"enterprises_supported": 6}, "Hướng dẫn 6 cơ sở chế biến hạt điều, cà phê"),
 E("II.5.c", "completed", {"inspections": 4, "establishments_inspected": 29, "violations": 2, "fines_vnd": 2000000}, "4 cuộc, 29 cơ sở; 2 vi phạm, 2.000.000 đồng"),
 E("II.3.a", "completed", {"participants": 2}, "Cử 2 công chức dự tập huấn TĐC"),
 E("II.2.đ", "unknown", {}, "ISO 9001 tại UBND xã (dòng để trống)"),
], d11, p11)

# ---------------------------------------------------------------- LibreOffice re-save (one docx, one xlsx)
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        out = os.path.join(td, os.listdir(td)[0]); shutil.move(out, src)
lo_resave("SXD-CV-5102-CT38.docx", "docx")
lo_resave("XaChauDuc_BaoCao_TDC_2026.xlsx", "xlsx")

for fname, k in KEYS.items():
    k['sha256'] = hashlib.sha256(open(os.path.join(OUT, fname), 'rb').read()).hexdigest()
    json.dump(k, open(os.path.join(TR, fname + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(KEYS), "files")
