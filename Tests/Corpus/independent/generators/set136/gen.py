# -*- coding: utf-8 -*-
"""Generator for set136 (writer brief). Builds the report files and draft keys.
Final sha256 is filled in by finalize() after the LibreOffice re-saves."""
import json, os, re, shutil, subprocess, zipfile, hashlib, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(OUT, "truth")
os.makedirs(TRUTH, exist_ok=True)
KEYS = {}


def key(fname, unit_id, unit_name, number, date, entries, diffs, props, status="extracted", reason=None):
    KEYS[fname] = {
        "file": fname, "sha256": None, "status": status, "reason": reason,
        "unit": {"id": unit_id, "name": unit_name},
        "document": {"number": number, "date": date},
        "entries": [{"task": t, "status": s, "indicators": ind, "text": tx} for (t, s, ind, tx) in entries],
        "findings": [], "difficulties": diffs, "proposals": props,
    }


def E(task, status, ind, text):
    return (task, status, ind, text)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    s = d.sections[0]
    s.page_height, s.page_width = Cm(29.7), Cm(21)
    s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    return d


def para(d, text, bold=False, italic=False, align=None, size=None, indent=None, underline=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Cm(indent)
    return p


def header_table(d, left_lines, right_lines, size=12):
    t = d.add_table(rows=1, cols=2)
    for ci, lines in enumerate((left_lines, right_lines)):
        c = t.rows[0].cells[ci]
        c.paragraphs[0].text = ""
        first = True
        for (txt, b, i) in lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold, r.italic = b, i
            r.font.size = Pt(size)
    return t


def set_hf(d, header=None, footer=None, size=9):
    s = d.sections[0]
    if header:
        p = s.header.paragraphs[0]
        p.text = header
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.font.size = Pt(size); r.italic = True
    if footer:
        p = s.footer.paragraphs[0]
        p.text = footer
        for r in p.runs:
            r.font.size = Pt(size)


def set_app(path, app_name):
    """Rewrite docProps/app.xml Application (the file came out of WPS)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for it in zin.infolist():
            data = zin.read(it.filename)
            if it.filename == "docProps/app.xml":
                s = data.decode("utf-8")
                if "<Application>" in s:
                    s = re.sub(r"<Application>.*?</Application>", "<Application>%s</Application>" % app_name, s)
                else:
                    s = s.replace("</Properties>", "<Application>%s</Application></Properties>" % app_name)
                data = s.encode("utf-8")
            zout.writestr(it, data)
    os.replace(tmp, path)


# ================================================================ HAND A
# Tung: ward culture-economy officer on an old office PC without Unikey. The template's
# header and section headings keep their diacritics; everything he types is unaccented.
# Items "1- TITLE:" in caps, units glued to numbers ("3cuoc", "27cs"), status as a plain
# closing sentence ("Phuong da hoan thanh noi dung nay."). WPS footer with ward + date.
def hand_a(fname, ward_caps, ward_plain, place, so, date_words, date_short, iso, items, diffs, props, app="WPS Office"):
    d = base_doc()
    header_table(d, [("ỦY BAN NHÂN DÂN", False, False), (ward_caps, True, False), ("", False, False), ("Số: " + so, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False),
                  ("%s, %s" % (place, date_words), False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(d, "Thuc hien Ke hoach cua So KH&CN ve trien khai CT38 nam 2026, UBND %s bao cao ket qua thuc hien nhu sau:" % ward_plain, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, (title, body) in enumerate(items, 1):
        para(d, "%d- %s:" % (i, title), bold=True)
        para(d, body, align="j", indent=1)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs:
        para(d, "- " + x, align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x, align="j", indent=1)
    para(d, "Tren day la bao cao cua UBND %s./." % ward_plain, indent=1)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run("Nơi nhận:").bold = True
    c0.add_paragraph("- Như trên;")
    c0.add_paragraph("- Lưu: VT, KT.")
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.paragraphs[0].add_run("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n").bold = True
    c1.add_paragraph(iso).alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_hf(d, footer="UBND %s - BC CT38 - %s" % (ward_plain, date_short))
    p = os.path.join(OUT, fname)
    d.save(p)
    set_app(p, app)


# ---- A1 Phường Tân Định
A1_items = [
    ("TUYEN TRUYEN, PHO BIEN", "Phuong da dang 6tin bai tren trang TTDT phuong va nhom Zalo cac khu pho ve quy dinh do luong, chat luong hang dong goi san; to chuc 1hoi nghi pho bien VBQPPL ve TĐC cho 85 ho kinh doanh tai cho Tan Dinh. Phuong da hoan thanh noi dung nay."),
    ("PHOI HOP KT DO LUONG, CHAT LUONG", "Phoi hop Doi QLTT va Chi cuc TĐC KT 3cuoc tai 27cs kinh doanh vang bac, xang dau va tieu thuong cho Tan Dinh; phat hien 4cs vi pham (can chua kiem dinh, khong niem yet dinh luong), xu phat 6.250.000 dong. Phuong dang tiep tuc thuc hien theo KH KT cuoi nam."),
    ("CU CB DU TAP HUAN", "Cu 2CB (cong chuc KT va 1 CB VHXH) du lop tap huan nghiep vu TĐC do Chi cuc to chuc ngay 14/8/2026. Phuong da hoan thanh noi dung nay."),
    ("HE THONG QLCL ISO 9001", "Duy tri HTQLCL theo TCVN ISO 9001:2015 tai bo phan mot cua, da cap nhat lai cac quy trinh noi bo sau sap xep. Phuong dang thuc hien, du kien xong trong thang 11."),
    ("TIEP NHAN PHAN ANH, TO GIAC", "Trong ky tren dia ban phuong khong phat sinh don thu, phan anh, to giac ve do luong, chat luong."),
]
A1_d = ["Cong chuc phu trach linh vuc TĐC kiem nhiem nhieu viec, chua duoc dao tao chuyen sau.",
        "Phuong chua duoc trang bi thiet bi kiem tra nhanh (can chuan, thuoc do) phuc vu KT."]
A1_p = ["De nghi Chi cuc to chuc them lop tap huan nghiep vu KT do luong cho cong chuc phuong trong Quy IV/2026."]
hand_a("26737_TanDinh_BC_CT38_2026.docx", "PHƯỜNG TÂN ĐỊNH", "phuong Tan Dinh", "Tân Định", "412/BC-UBND",
       "ngày 20 tháng 10 năm 2026", "20/10/2026", "Tran Van Hieu", A1_items, A1_d, A1_p)
key("26737_TanDinh_BC_CT38_2026.docx", "26737", "Phường Tân Định", "412/BC-UBND", "2026-10-20", [
    E("II.1.a", "completed", {"communications": 6, "training_courses": 1, "participants": 85}, A1_items[0][1]),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 6250000}, A1_items[1][1]),
    E("II.3.a", "completed", {"participants": 2}, A1_items[2][1]),
    E("II.2.đ", "in_progress", {}, A1_items[3][1]),
    E("II.5.d", "not_applicable", {}, A1_items[4][1]),
], A1_d, A1_p)

# ---- A2 Phường Bình Tiên
A2_items = [
    ("TUYEN TRUYEN", "Dang 4bai tren trang Facebook phuong ve can do, hang dong goi san; phat to roi cho tieu thuong cho Binh Tien. Phuong da hoan thanh noi dung nay."),
    ("KIEM TRA DO LUONG, CHAT LUONG", "To cong tac lien nganh phuong KT 5cuoc, 41cs (cho Binh Tien 29cs, khu vuc duong Hau Giang 12cs); phat hien 3cs VP, lap bien ban chuyen Chi cuc xu phat tong so tien 9.000.000 dong. Phuong dang tiep tuc thuc hien."),
    ("PHOI HOP LAY MAU KHAO SAT", "Phoi hop Chi cuc lay 8mau gao, nuoc mam tai cho Binh Tien de khao sat chat luong, ket qua cac mau deu dat. Phuong da hoan thanh noi dung nay."),
    ("VAN DONG DN THAM DU GIAI THUONG CLQG", "Tren dia ban chu yeu la ho kinh doanh nho, chua co DN dang ky. Noi dung nay phuong chua thuc hien."),
    ("ISO 9001 TAI UBND PHUONG", "Da cong bo lai HTQLCL phu hop TCVN ISO 9001:2015 sau sap xep (QD so 215/QD-UBND ngay 12/6/2026). Phuong da hoan thanh noi dung nay."),
]
A2_d = ["Kinh phi cho cong tac KT, lay mau chua duoc bo tri rieng trong du toan cua phuong."]
A2_p = ["De nghi So KH&CN huong dan cu the tham quyen xu phat cua Chu tich UBND phuong trong linh vuc do luong, chat luong.",
        "De nghi Chi cuc ho tro phuong 01 bo can doi chung dat tai cho Binh Tien."]
hand_a("27373_BinhTien_BCCT38.docx", "PHƯỜNG BÌNH TIÊN", "phuong Binh Tien", "Bình Tiên", "97/BC-UBND",
       "ngày 23 tháng 10 năm 2026", "23/10/2026", "Le Thi Kim Thoa", A2_items, A2_d, A2_p)
key("27373_BinhTien_BCCT38.docx", "27373", "Phường Bình Tiên", "97/BC-UBND", "2026-10-23", [
    E("II.1.a", "completed", {"communications": 4}, A2_items[0][1]),
    E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 41, "violations": 3, "fines_vnd": 9000000}, A2_items[1][1]),
    E("II.5.b", "completed", {"samples_tested": 8}, A2_items[2][1]),
    E("II.1.b", "not_started", {}, A2_items[3][1]),
    E("II.2.đ", "completed", {}, A2_items[4][1]),
], A2_d, A2_p)

# ---- A3 Phường Long Hương (re-saved through LibreOffice later)
A3_items = [
    ("TAP HUAN VBQPPL CHO HO SXKD", "Phoi hop Chi cuc to chuc 1lop tap huan VBQPPL ve TĐC cho 62 ho SXKD va HTX tren dia ban ngay 18/7/2026. Phuong da hoan thanh noi dung nay."),
    ("HUONG DAN CONG BO CHAT LUONG", "Huong dan 9DN, HTX lam thu tuc cong bo hop quy, ghi nhan hang hoa theo quy dinh. Phuong dang tiep tuc thuc hien."),
    ("TRUY XUAT NGUON GOC", "Ho tro 3HTX nong san (HTX rau sach Long Huong, HTX Hoa Long, HTX Tam Phuoc) dang ky ma so ma vach, dan tem truy xuat nguon goc. Phuong dang thuc hien."),
    ("KIEM TRA", "Doan KT lien nganh phuong KT 2cuoc tai 18cs kinh doanh xang dau, gas, khong phat hien VP. Phuong da hoan thanh dot KT nam 2026."),
    ("CU CB TAP HUAN", "Chi cuc chua mo lop cho cong chuc phuong khu vuc Ba Ria. Noi dung nay phuong chua thuc hien."),
]
A3_d = ["Ho kinh doanh nho le chua quan tam den viec cong bo, ghi nhan hang hoa."]
A3_p = ["De nghi Chi cuc som to chuc lop tap huan cho cong chuc phuong, xa khu vuc Ba Ria (cu)."]
hand_a("26566_LongHuong_BC_CT38.docx", "PHƯỜNG LONG HƯƠNG", "phuong Long Huong", "Long Hương", "156/BC-UBND",
       "ngày 28 tháng 10 năm 2026", "28/10/2026", "Nguyen Minh Quang", A3_items, A3_d, A3_p)
key("26566_LongHuong_BC_CT38.docx", "26566", "Phường Long Hương", "156/BC-UBND", "2026-10-28", [
    E("II.1.a", "completed", {"training_courses": 1, "participants": 62}, A3_items[0][1]),
    E("II.2.d", "in_progress", {"enterprises_supported": 9}, A3_items[1][1]),
    E("II.2.a", "in_progress", {"enterprises_supported": 3}, A3_items[2][1]),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 18}, A3_items[3][1]),
    E("II.3.a", "not_started", {}, A3_items[4][1]),
], A3_d, A3_p)


# ================================================================ HAND B
# Hanh: commune officer filling a spreadsheet in WPS on her phone. Diacritics come and go
# inside one sentence, counts glued to units ("3cuộc", "45cs"), money "4.500.000d".
# "Tiến độ" column holds unaccented whole sentences ("da hoan thanh", "dang thuc hien").
# Commune name and date also in the print header/footer. Khó khăn / Kiến nghị rows below.
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def hand_b(fname, xa_caps, xa_plain, so, date_short, title, rows, diffs, props, sheet="BC CT38"):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "UBND " + xa_caps
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + so
    ws["A3"] = title
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "Ngày " + date_short
    hdr = ["STT", "Nội dung CV", "Kết quả", "Tiến độ", "Ghi chú"]
    for i, h in enumerate(hdr, 1):
        c = ws.cell(row=6, column=i, value=h)
        c.font = Font(bold=True); c.border = BOX
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 7
    for i, (nd, kq, td, gc) in enumerate(rows, 1):
        for j, v in enumerate([i, nd, kq, td, gc], 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            c.alignment = Alignment(wrap_text=True, vertical="top")
        r += 1
    r += 1
    ws.cell(row=r, column=2, value="Khó khăn:").font = Font(bold=True); r += 1
    for x in diffs:
        ws.cell(row=r, column=2, value="- " + x); r += 1
    ws.cell(row=r, column=2, value="Kiến nghị:").font = Font(bold=True); r += 1
    for x in props:
        ws.cell(row=r, column=2, value="- " + x); r += 1
    r += 1
    ws.cell(row=r, column=3, value="Người lập biểu")
    ws.cell(row=r, column=4, value="KT. CHỦ TỊCH")
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 48
    ws.column_dimensions["D"].width = 18
    ws.column_dimensions["E"].width = 20
    ws.oddHeader.center.text = "UBND %s - BC CT38" % xa_plain
    ws.oddFooter.left.text = "Ngay lap: %s" % date_short
    ws.oddFooter.right.text = "Trang &P"
    p = os.path.join(OUT, fname)
    wb.save(p)
    set_app(p, "WPS Spreadsheets")


B1_rows = [
    ("Tuyên truyen VBQPPL ve TĐC", "Đăng 5tin trên trang TTĐT xã và nhóm Zalo các ấp, nhac ho SXKD dung can da kiem dinh", "da hoan thanh", ""),
    ("Hỗ trợ HTX truy xuat nguon goc", "HD 2HTX (HTX tiêu Bàu Lâm, HTX điều Tân Lâm) tạo mã QR truy xuat", "dang thuc hien", "cho Chi cuc cap tem"),
    ("Phoi hop KT ĐL, CL tren dia ban", "KT 3cuộc tai 45cs SXKD, 2cs vi phạm, phat 4.500.000d", "dang thuc hien", "con dot KT T12"),
    ("Tiếp nhận phản ánh, tố giác vi phạm", "", "khong phat sinh", ""),
    ("Cử CB dự tập huấn", "Cử 3CB dự lớp tập huấn của Chi cục tại Bà Rịa ngày 21/8", "da hoan thanh", ""),
]
B1_d = ["CB phụ trách kiem nhiem, ko có chuyen mon ve đo lường"]
B1_p = ["Đề nghị Chi cục cấp tài liệu hướng dẫn KT cho xã"]
hand_b("26638_BauLam_BC CT38.xlsx", "XÃ BÀU LÂM", "xa Bau Lam", "88/BC-UBND", "24/10/2026",
       "BÁO CÁO KQ TH KH CT38 năm 2026 (gửi Chi cục TĐC)", B1_rows, B1_d, B1_p)
key("26638_BauLam_BC CT38.xlsx", "26638", "Xã Bàu Lâm", "88/BC-UBND", "2026-10-24", [
    E("II.1.a", "completed", {"communications": 5}, B1_rows[0][1]),
    E("II.2.a", "in_progress", {"enterprises_supported": 2}, B1_rows[1][1]),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 45, "violations": 2, "fines_vnd": 4500000}, B1_rows[2][1]),
    E("II.5.d", "not_applicable", {}, B1_rows[3][0]),
    E("II.3.a", "completed", {"participants": 3}, B1_rows[4][1]),
], B1_d, B1_p)

B2_rows = [
    ("Hội nghị tuyên truyền TĐC cho HTX, hộ SXKD", "Tổ chức 2hội nghị tai ấp Trung Hòa, ấp Phước An, 140 lượt người dự", "da hoan thanh", ""),
    ("Truy xuất nguồn gốc nông sản", "HD 5HTX, THT (rau an toàn, bò sữa) dán tem QR truy xuat", "dang thuc hien", ""),
    ("KT cân, xăng dầu tai cho, CHXD", "KT 2cuộc, 16cs (11 CHXD, 5 tiệm vàng), ko phát hiện VP", "da hoan thanh", ""),
    ("Vận động DN tham gia GTCLQG", "ko có DN đủ đk tham gia", "khong phat sinh", ""),
    ("ISO 9001 tại UBND xã", "Đang rà soát lai quy trình sau sáp nhập xã", "dang thuc hien", "du kien T11 xong"),
]
B2_d = ["Xã rộng, CS SXKD phân tán, đi lại KT mất nhiều thời gian"]
B2_p = ["Đề nghị Sở KHCN hỗ trợ kinh phí in tem truy xuất cho HTX"]
hand_b("27526_ThaiMy_BC_CT38.xlsx", "XÃ THÁI MỸ", "xa Thai My", "71/BC-UBND", "22/10/2026",
       "BÁO CÁO KQ thực hien KH CT38/2026", B2_rows, B2_d, B2_p)
key("27526_ThaiMy_BC_CT38.xlsx", "27526", "Xã Thái Mỹ", "71/BC-UBND", "2026-10-22", [
    E("II.1.a", "completed", {"training_courses": 2, "participants": 140}, B2_rows[0][1]),
    E("II.2.a", "in_progress", {"enterprises_supported": 5}, B2_rows[1][1]),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 16}, B2_rows[2][1]),
    E("II.1.b", "not_applicable", {}, B2_rows[3][1]),
    E("II.2.đ", "in_progress", {}, B2_rows[4][1]),
], B2_d, B2_p)

B3_rows = [
    ("Tuyên truyền trên loa, Zalo", "Phát 24 tin bài trên đài truyền thanh xã ve do luong, hang dong goi", "da hoan thanh", ""),
    ("KT ĐL tại chợ Phước Hòa, CHXD", "KT 4cuộc, 38cs, 5cs VP (cân sai số), phạt 7.500.000d", "dang thuc hien", ""),
    ("Cân đối chứng tại chợ", "Đưa 2 cân đối chứng đi kiểm định lại, da dat", "da hoan thanh", ""),
    ("Cử CB dự tập huấn", "chưa cử được do trùng lịch tiếp công dân", "chua thuc hien", ""),
    ("Phối hợp lấy mẫu khảo sát xăng dầu", "Phối hợp Chi cục lấy 6mẫu xăng tại 3 CHXD", "da hoan thanh", ""),
]
B3_d = ["Chợ Phước Hòa chưa có điểm đặt cân đối chứng cố định"]
B3_p = ["Đề nghị Chi cục hướng dẫn xã quy trình lập biên bản VP hành chính về ĐL"]
hand_b("25882_PhuocHoa_BCCT38.xlsx", "XÃ PHƯỚC HÒA", "xa Phuoc Hoa", "103/BC-UBND", "27/10/2026",
       "BC KẾT QUẢ TH KH CT38 NĂM 2026", B3_rows, B3_d, B3_p, sheet="Sheet1")
key("25882_PhuocHoa_BCCT38.xlsx", "25882", "Xã Phước Hòa", "103/BC-UBND", "2026-10-27", [
    E("II.1.a", "completed", {"communications": 24}, B3_rows[0][1]),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 38, "violations": 5, "fines_vnd": 7500000, "instruments_verified": 2}, B3_rows[1][1] + " | " + B3_rows[2][1]),
    E("II.3.a", "not_started", {}, B3_rows[3][1]),
    E("II.5.b", "completed", {"samples_tested": 6}, B3_rows[4][1]),
], B3_d, B3_p)

# B4 mistaken: Xã Hưng Long sends its poverty-reduction sheet
B4_rows = [
    ("Rà soát hộ nghèo, cận nghèo 2026", "Rà soát 1.245 hộ, còn 37 hộ nghèo, 52 hộ cận nghèo", "dang thuc hien", ""),
    ("Hỗ trợ nhà ở hộ nghèo", "Xây mới 3căn, sửa 5căn nhà tình thương", "da hoan thanh", ""),
    ("Vay vốn NHCSXH", "Giải ngân 2,1 tỷ cho 48 hộ", "dang thuc hien", ""),
    ("Đào tạo nghề cho LĐ nông thôn", "Mở 2lớp may, 1lớp sửa xe, 64 học viên", "da hoan thanh", ""),
]
hand_b("27628_HungLong_BC giam ngheo 9T.xlsx", "XÃ HƯNG LONG", "xa Hung Long", "96/BC-UBND", "15/10/2026",
       "BÁO CÁO KQ thực hiện CT giảm nghèo bền vững 9 tháng năm 2026", B4_rows,
       ["Thu nhập hộ cận nghèo chưa ổn định"], ["Đề nghị bổ sung vốn vay giải quyết việc làm"])
key("27628_HungLong_BC giam ngheo 9T.xlsx", "27628", "Xã Hưng Long", "96/BC-UBND", "2026-10-15", [], [], [],
    status="rejected", reason="Báo cáo kết quả giảm nghèo bền vững 9 tháng, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")


# ================================================================ HAND C
# Loan: ward office clerk in WPS Writer, shortens words with a slash the way she does on
# paper ("k/tra", "t/truyền", "c/sở", "h/thành", "t/hiện", "v/phạm"), counts glued
# ("04cuộc", "52c/sở"), money "11.500.000đ". Unit + report number in the page header of
# every page, place + date in the footer. Items "1." with "+ Kết quả:" / "+ T/hình:" lines.
def hand_c(fname, ward_caps, ward_title, place, so, date_words, date_short, trich_yeu, items, diffs, props, signer):
    d = base_doc(size=13)
    header_table(d, [("UBND THÀNH PHỐ HỒ CHÍ MINH", False, False), (ward_caps, True, False), ("Số: " + so, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  ("%s, %s" % (place, date_words), False, True)])
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, trich_yeu, bold=True, align="c")
    para(d, "I. KẾT QUẢ T/HIỆN", bold=True)
    for i, (title, kq, th) in enumerate(items, 1):
        para(d, "%d. %s" % (i, title), bold=True)
        para(d, "+ Kết quả: " + kq, indent=0.5, align="j")
        para(d, "+ T/hình: " + th, indent=0.5, italic=True)
    para(d, "II. KHÓ KHĂN", bold=True)
    for x in diffs:
        para(d, "- " + x, indent=0.5)
    para(d, "III. KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x, indent=0.5)
    para(d, "")
    para(d, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n" + signer, bold=True, align="r")
    set_hf(d, header="%s – BC số %s" % (ward_title, so), footer="%s, %s" % (place, date_short))
    p = os.path.join(OUT, fname)
    d.save(p)
    set_app(p, "WPS Office")


C1_items = [
    ("T/truyền, phổ biến VBQPPL về TCĐLCL cho hộ k/doanh", "t/chức 02 hội nghị t/truyền tại chợ Lái Thiêu, 110 lượt tiểu thương dự; phát 500 tờ gấp h/dẫn về cân, hàng đóng gói sẵn.", "đã h/thành."),
    ("Phối hợp k/tra đo lường, c/lượng trên địa bàn", "04cuộc k/tra, 52c/sở (vàng bạc 9, xăng dầu 7, tiểu thương chợ 36); 05c/sở v/phạm; phạt 11.500.000đ.", "đang t/hiện (còn đợt k/tra trước Tết)."),
    ("Duy trì HTQLCL theo TCVN ISO 9001:2015", "duy trì, cải tiến HTQLCL tại UBND phường, đánh giá nội bộ xong trong T9/2026.", "đã h/thành."),
    ("Cử c/bộ dự tập huấn nghiệp vụ", "02CB dự lớp tập huấn của Chi cục TĐC (T8/2026).", "đã h/thành."),
    ("Tiếp nhận, xử lý phản ánh về đo lường", "tiếp nhận 01 phản ánh về cân thiếu tại chợ, đã chuyển Đoàn k/tra xử lý.", "đã h/thành."),
]
C1_d = ["Chưa có c/bộ chuyên trách, c/chức k/tế kiêm nhiệm nhiều việc.", "Chưa có kinh phí mua cân đối chứng thay thế."]
C1_p = ["Đề nghị Chi cục h/dẫn mẫu biên bản k/tra dùng cho phường."]
hand_c("25966_LaiThieu_BC_CT38_2026.docx", "ỦY BAN NHÂN DÂN PHƯỜNG LÁI THIÊU", "UBND PHƯỜNG LÁI THIÊU", "Lái Thiêu", "245/BC-UBND",
       "ngày 21 tháng 10 năm 2026", "21/10/2026",
       "K/quả t/hiện KH t/khai Chỉ thị 38-CT/TW về TCĐLCL năm 2026", C1_items, C1_d, C1_p, "Phạm Thị Ngọc Loan")
key("25966_LaiThieu_BC_CT38_2026.docx", "25966", "Phường Lái Thiêu", "245/BC-UBND", "2026-10-21", [
    E("II.1.a", "completed", {"training_courses": 2, "participants": 110, "communications": 500}, C1_items[0][1]),
    E("II.5.c", "in_progress", {"inspections": 4, "establishments_inspected": 52, "violations": 5, "fines_vnd": 11500000}, C1_items[1][1]),
    E("II.2.đ", "completed", {}, C1_items[2][1]),
    E("II.3.a", "completed", {"participants": 2}, C1_items[3][1]),
    E("II.5.d", "completed", {}, C1_items[4][1]),
], C1_d, C1_p)

C2_items = [
    ("T/truyền về TCĐLCL", "đăng 08 tin, bài trên trang TTĐT phường; t/chức 01 hội nghị cho 70 hộ k/doanh.", "đã h/thành."),
    ("Vận động DN dự Giải thưởng CLQG", "gửi thư mời, h/dẫn 03 DN trên địa bàn tìm hiểu hồ sơ dự thưởng.", "đã h/thành."),
    ("H/dẫn DN công bố c/lượng sản phẩm", "h/dẫn 06 DN, c/sở SXKD công bố tiêu chuẩn áp dụng, ghi nhãn hàng hóa.", "đang t/hiện."),
    ("Phối hợp k/tra", "02cuộc, 23c/sở, chưa phát hiện v/phạm.", "đang t/hiện."),
    ("Phối hợp k/sát c/lượng hàng hóa", "chờ k/hoạch lấy mẫu của Chi cục.", "chưa t/hiện."),
]
C2_d = ["Số liệu DN trên địa bàn thay đổi nhiều sau sắp xếp, khó theo dõi."]
C2_p = ["Đề nghị Sở KH&CN chia sẻ danh sách DN công bố c/lượng trên địa bàn phường."]
hand_c("27058_CauKieu_BCCT38.docx", "ỦY BAN NHÂN DÂN PHƯỜNG CẦU KIỆU", "UBND PHƯỜNG CẦU KIỆU", "Cầu Kiệu", "133/BC-UBND",
       "ngày 26 tháng 10 năm 2026", "26/10/2026",
       "Kết quả t/hiện Kế hoạch CT38 năm 2026 (TCĐLCL)", C2_items, C2_d, C2_p, "Võ Thanh Hải")
key("27058_CauKieu_BCCT38.docx", "27058", "Phường Cầu Kiệu", "133/BC-UBND", "2026-10-26", [
    E("II.1.a", "completed", {"communications": 8, "training_courses": 1, "participants": 70}, C2_items[0][1]),
    E("II.1.b", "completed", {"enterprises_supported": 3}, C2_items[1][1]),
    E("II.2.d", "in_progress", {"enterprises_supported": 6}, C2_items[2][1]),
    E("II.5.c", "in_progress", {"inspections": 2, "establishments_inspected": 23}, C2_items[3][1]),
    E("II.5.b", "not_started", {}, C2_items[4][1]),
], C2_d, C2_p)

# C3 mistaken: Phường Tân Sơn Nhì sends its digital-transformation report
C3_items = [
    ("DVC trực tuyến", "t/nhận 1.842 hồ sơ trực tuyến, tỷ lệ 92%.", "đang t/hiện."),
    ("Số hóa hồ sơ, kết quả TTHC", "số hóa 3.210 hồ sơ hộ tịch.", "đã h/thành."),
    ("Tổ công nghệ số cộng đồng", "42 tổ, 236 thành viên h/dẫn người dân cài VNeID.", "đã h/thành."),
]
hand_c("27019_TanSonNhi_BC_CDS_9T.docx", "ỦY BAN NHÂN DÂN PHƯỜNG TÂN SƠN NHÌ", "UBND PHƯỜNG TÂN SƠN NHÌ", "Tân Sơn Nhì", "188/BC-UBND",
       "ngày 19 tháng 10 năm 2026", "19/10/2026",
       "K/quả t/hiện chuyển đổi số 9 tháng đầu năm 2026", C3_items,
       ["Đường truyền tại bộ phận một cửa chậm."], ["Đề nghị Trung tâm CNTT nâng cấp đường truyền."], "Lê Văn Tài")
key("27019_TanSonNhi_BC_CDS_9T.docx", "27019", "Phường Tân Sơn Nhì", "188/BC-UBND", "2026-10-19", [], [], [],
    status="rejected", reason="Báo cáo kết quả chuyển đổi số 9 tháng, không phải báo cáo thực hiện Kế hoạch CT38 về tiêu chuẩn, đo lường, chất lượng (gửi nhầm).")


# ================================================================ HAND D
# Khoa: specialist who drafts formal Nghị định 30 reports fast on an old laptop: formal
# prose with counts glued to their nouns ("15cuộc", "03hội nghị"), abbreviations defined in
# brackets at first use, each item closing with a plain status sentence about the unit.
# Page header with the unit + "BC CT38/2026"; footer is the file path and print time.
def hand_d(fname, parent, unit_caps, so, place_date, trich, kinh_gui, opening, items, diffs, props, signer_title, signer, hdr, ftr):
    d = base_doc(size=14)
    header_table(d, [(parent, False, False), (unit_caps, True, False), ("Số: " + so, False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                  (place_date, False, True)], size=13)
    para(d, "")
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, trich, bold=True, align="c")
    para(d, "Kính gửi: " + kinh_gui, align="c")
    para(d, opening, align="j", indent=1.27)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    for i, (title, body) in enumerate(items, 1):
        para(d, "%d. %s" % (i, title), bold=True, indent=1.27)
        para(d, body, align="j", indent=1.27)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    for x in diffs:
        para(d, "- " + x, align="j", indent=1.27)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    for x in props:
        para(d, "- " + x, align="j", indent=1.27)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    r = c0.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True
    c0.add_paragraph("- Như trên;\n- Lưu: VT.")
    c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c1.paragraphs[0].add_run(signer_title + "\n\n\n\n" + signer).bold = True
    set_hf(d, header=hdr, footer=ftr)
    p = os.path.join(OUT, fname)
    d.save(p)


D1_items = [
    ("Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng",
     "Sở đã phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng (Chi cục TĐC) tổ chức 03hội nghị phổ biến quy định về chất lượng xăng dầu, khí dầu mỏ hóa lỏng (LPG) cho 245 lượt doanh nghiệp (DN), cửa hàng; đăng 12tin bài trên Cổng thông tin điện tử Sở. Sở đã hoàn thành nội dung này."),
    ("Kiểm tra chất lượng xăng dầu, LPG lưu thông trên thị trường",
     "Sở chủ trì, phối hợp Phòng Kiểm tra – Pháp chế (Sở KH&CN) kiểm tra 15cuộc tại 118 cửa hàng bán lẻ xăng dầu, trạm chiết nạp LPG; lấy 36mẫu xăng dầu gửi thử nghiệm; phát hiện 9 cơ sở vi phạm, xử phạt vi phạm hành chính 187.500.000 đồng. Nội dung này Sở đang tiếp tục thực hiện đến hết Quý IV/2026."),
    ("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia",
     "Sở đã góp ý 04dự thảo QCVN thuộc lĩnh vực ngành Công Thương (xăng sinh học E10, LPG, chai chứa LPG, thép làm cốt bê tông) theo đề nghị của Bộ Công Thương. Sở đã hoàn thành nội dung này."),
    ("Hỗ trợ DN nâng cao năng suất, chất lượng",
     "Thông qua Chương trình khuyến công, Sở hỗ trợ 07DN công nghiệp nông thôn áp dụng công cụ cải tiến năng suất (5S, Kaizen). Nội dung này Sở đang tiếp tục thực hiện."),
    ("Cập nhật cam kết quốc tế về hàng rào kỹ thuật trong thương mại (TBT)",
     "Sở tổ chức 02hội thảo thông tin các cam kết TBT trong các FTA (CPTPP, EVFTA, RCEP) cho DN xuất khẩu với 160 đại biểu tham dự. Sở đã hoàn thành nội dung này."),
    ("Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015",
     "Sở đã công bố lại hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015 ngày 15/5/2026 đối với toàn bộ thủ tục hành chính thuộc thẩm quyền. Sở đã hoàn thành nội dung này."),
]
D1_d = ["Lực lượng quản lý thị trường sau sắp xếp đã chuyển về Bộ Công Thương, việc phối hợp kiểm tra chất lượng xăng dầu tại cơ sở còn gặp khó khăn.",
        "Chi phí thử nghiệm mẫu xăng dầu cao, dự toán năm 2026 chưa đáp ứng."]
D1_p = ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả thử nghiệm mẫu xăng dầu do Chi cục TĐC lấy để phục vụ quản lý ngành.",
        "Kiến nghị Bộ Công Thương sớm ban hành hướng dẫn kiểm tra chất lượng LPG tại trạm chiết nạp."]
hand_d("SCT_BC_CT38_2026.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ CÔNG THƯƠNG", "5127/BC-SCT",
       "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "Sở Khoa học và Công nghệ (qua Chi cục Tiêu chuẩn Đo lường Chất lượng).",
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ (Sở KH&CN) về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo kết quả thực hiện các nội dung được phân công phối hợp như sau:",
       D1_items, D1_d, D1_p, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Nguyễn Hoàng Khoa",
       "SỞ CÔNG THƯƠNG TP. HỒ CHÍ MINH – BC CT38/2026",
       r"D:\BAOCAO\2026\CT38\BC_CT38_SCT_v3.docx – in lúc 16:42 21/10/2026")
key("SCT_BC_CT38_2026.docx", "SO-CT", "Sở Công Thương", "5127/BC-SCT", "2026-10-21", [
    E("II.1.a", "completed", {"training_courses": 3, "participants": 245, "communications": 12}, D1_items[0][1]),
    E("II.5.a", "in_progress", {"inspections": 15, "establishments_inspected": 118, "samples_tested": 36, "violations": 9, "fines_vnd": 187500000}, D1_items[1][1]),
    E("II.2.e", "completed", {"standards_reviewed": 4}, D1_items[2][1]),
    E("II.2.a", "in_progress", {"enterprises_supported": 7}, D1_items[3][1]),
    E("II.6.a", "completed", {"training_courses": 2, "participants": 160}, D1_items[4][1]),
    E("II.2.đ", "completed", {}, D1_items[5][1]),
], D1_d, D1_p)

D2_items = [
    ("Truy xuất nguồn gốc nông sản, thực phẩm",
     "Sở đã hỗ trợ 40tổ chức (26 hợp tác xã (HTX), 14 DN) thiết lập mã số vùng trồng, vùng nuôi và hệ thống truy xuất nguồn gốc điện tử. Nội dung này Sở đang tiếp tục thực hiện."),
    ("Góp ý quy chuẩn kỹ thuật quốc gia, xây dựng quy chuẩn kỹ thuật địa phương",
     "Sở đã góp ý, xây dựng 07văn bản (06 dự thảo QCVN về phân bón, thuốc bảo vệ thực vật (BVTV), thức ăn chăn nuôi và 01 dự thảo quy chuẩn kỹ thuật địa phương về chất lượng nước sạch nông thôn). Dự thảo QCĐP đang trình UBND Thành phố, nội dung này Sở đang thực hiện."),
    ("Kiểm tra chất lượng vật tư nông nghiệp",
     "Sở tổ chức 22cuộc thanh tra, kiểm tra tại 310 cơ sở kinh doanh phân bón, thuốc BVTV, thức ăn chăn nuôi; lấy 145mẫu kiểm tra chất lượng; phát hiện 27 cơ sở vi phạm, xử phạt 612.000.000 đồng. Nội dung này Sở đang tiếp tục thực hiện."),
    ("Tập huấn, cập nhật kiến thức cho công chức",
     "Sở đã cử 12công chức, viên chức tham dự các lớp tập huấn do Chi cục TĐC tổ chức. Sở đã hoàn thành nội dung này."),
    ("Hệ thống quản lý chất lượng",
     "Sở đang chuyển đổi hệ thống quản lý chất lượng TCVN ISO 9001:2015 sang môi trường điện tử, dự kiến hoàn thành trong tháng 12/2026. Nội dung này Sở đang thực hiện."),
]
D2_d = ["Phòng thử nghiệm của ngành chưa được chỉ định đủ chỉ tiêu phân tích mẫu phân bón theo quy chuẩn hiện hành."]
D2_p = ["Đề nghị Sở Khoa học và Công nghệ hướng dẫn thống nhất việc gắn tem truy xuất nguồn gốc trên nền tảng chung của Thành phố."]
hand_d("SNNMT_BaoCao_CT38.docx", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "3318/BC-SNNMT",
       "Thành phố Hồ Chí Minh, ngày 28 tháng 10 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026",
       "Sở Khoa học và Công nghệ.",
       "Căn cứ Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Nông nghiệp và Môi trường (Sở NN&MT) báo cáo kết quả như sau:",
       D2_items, D2_d, D2_p, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Quốc Bảo",
       "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG – BC CT38/2026",
       r"C:\Users\khoa\Documents\BC CT38\SNNMT_BaoCao_CT38.docx – in lúc 09:15 28/10/2026")
key("SNNMT_BaoCao_CT38.docx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "3318/BC-SNNMT", "2026-10-28", [
    E("II.2.a", "in_progress", {"enterprises_supported": 40}, D2_items[0][1]),
    E("II.2.e", "in_progress", {"standards_reviewed": 7}, D2_items[1][1]),
    E("II.5.a", "in_progress", {"inspections": 22, "establishments_inspected": 310, "samples_tested": 145, "violations": 27, "fines_vnd": 612000000}, D2_items[2][1]),
    E("II.3.a", "completed", {"participants": 12}, D2_items[3][1]),
    E("II.2.đ", "in_progress", {}, D2_items[4][1]),
], D2_d, D2_p)

D3_items = [
    ("Tuyên truyền", "Phường đã đăng 10tin bài trên trang thông tin điện tử (TTĐT) phường và 28 nhóm Zalo khu phố về quy định đo lường, hàng đóng gói sẵn. Phường đã hoàn thành nội dung này."),
    ("Kiểm tra đo lường, chất lượng theo phân cấp",
     "Tổ kiểm tra liên ngành phường kiểm tra 06cuộc tại 64 cơ sở kinh doanh (CSKD) tại chợ Phạm Thế Hiển, chợ Rạch Ông và các cửa hàng xăng dầu; phát hiện 07 CSKD vi phạm, xử phạt 15.750.000 đồng. Nội dung này phường đang tiếp tục thực hiện."),
    ("Hệ thống quản lý chất lượng TCVN ISO 9001:2015", "Phường đã xây dựng, công bố lại hệ thống quản lý chất lượng sau sắp xếp đơn vị hành chính. Phường đã hoàn thành nội dung này."),
    ("Tập huấn cho công chức", "Phường đã cử 03công chức tham dự lớp tập huấn nghiệp vụ do Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức. Phường đã hoàn thành nội dung này."),
    ("Vận động DN tham dự Giải thưởng Chất lượng Quốc gia", "Trong kỳ không phát sinh doanh nghiệp đăng ký."),
]
D3_d = ["Địa bàn có nhiều chợ tự phát, hộ kinh doanh lưu động khó kiểm soát cân đo."]
D3_p = ["Đề nghị Chi cục phối hợp kiểm tra liên ngành tại chợ Phạm Thế Hiển trong Quý IV/2026."]
hand_d("27418_ChanhHung_BC_CT38.docx", "UBND THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN\nPHƯỜNG CHÁNH HƯNG", "301/BC-UBND",
       "Chánh Hưng, ngày 29 tháng 10 năm 2026",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 trên địa bàn phường",
       "Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.",
       "Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân phường Chánh Hưng báo cáo như sau:",
       D3_items, D3_d, D3_p, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Đặng Minh Khoa",
       "UBND PHƯỜNG CHÁNH HƯNG – BC CT38/2026",
       r"D:\KINH TE\2026\BC_CT38_ChanhHung.docx – in lúc 10:05 29/10/2026")
key("27418_ChanhHung_BC_CT38.docx", "27418", "Phường Chánh Hưng", "301/BC-UBND", "2026-10-29", [
    E("II.1.a", "completed", {"communications": 10}, D3_items[0][1]),
    E("II.5.c", "in_progress", {"inspections": 6, "establishments_inspected": 64, "violations": 7, "fines_vnd": 15750000}, D3_items[1][1]),
    E("II.2.đ", "completed", {}, D3_items[2][1]),
    E("II.3.a", "completed", {"participants": 3}, D3_items[3][1]),
    E("II.1.b", "not_applicable", {}, D3_items[4][1]),
], D3_d, D3_p)


# ================================================================ HAND E
# Ngoc: young ward officer who types spreadsheets like a database: CamelCase unaccented
# field names as headers (NoiDung, SoCuoc, SoCS, TienPhat, TrangThai), CamelCase status
# codes (HoanThanh / DangThucHien / ChuaThucHien / KhongPhatSinh), bare numbers per column,
# a "KhoKhan" / "KienNghi" pair of rows. Ward + date in the print header/footer too.
COLS = ["STT", "NoiDung", "SoHoiNghi", "SoNguoi", "SoTinBai", "SoDN", "SoCuoc", "SoCS", "SoVP", "TienPhat", "SoMau", "TrangThai", "GhiChu"]


def hand_e(fname, ward_name, so, date_short, rows, diffs, props, sheet):
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = "UBND " + ward_name
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: %s" % so
    ws["D2"] = "Ngày: %s" % date_short
    ws["A3"] = "BC tiến độ KH CT38/2026 (TĐC)"
    ws["A3"].font = Font(bold=True)
    for i, h in enumerate(COLS, 1):
        c = ws.cell(row=5, column=i, value=h)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="305496")
        c.border = BOX
    r = 6
    for i, row in enumerate(rows, 1):
        vals = [i] + [row.get(k) for k in COLS[1:]]
        for j, v in enumerate(vals, 1):
            c = ws.cell(row=r, column=j, value=v)
            c.border = BOX
            if COLS[j - 1] == "TienPhat" and v is not None:
                c.number_format = "#,##0"
        r += 1
    r += 1
    for lab, items in (("KhoKhan", diffs), ("KienNghi", props)):
        for x in items:
            ws.cell(row=r, column=1, value=lab).font = Font(bold=True)
            ws.cell(row=r, column=2, value=x)
            r += 1
    ws.column_dimensions["B"].width = 44
    ws.column_dimensions["L"].width = 16
    ws.column_dimensions["M"].width = 24
    ws.oddHeader.left.text = "UBND " + ward_name
    ws.oddFooter.right.text = "Cap nhat " + date_short
    ws.freeze_panes = "C6"
    p = os.path.join(OUT, fname)
    wb.save(p)


E1_rows = [
    dict(NoiDung="Tuyên truyền VBQPPL TĐC cho hộ KD", SoHoiNghi=1, SoNguoi=90, SoTinBai=7, TrangThai="HoanThanh", GhiChu="HN ngày 09/7"),
    dict(NoiDung="KT đo lường tại chợ Tân Mỹ, chợ Tân Quy", SoCuoc=3, SoCS=34, SoVP=2, TienPhat=5000000, TrangThai="DangThucHien", GhiChu="còn 1 đợt T12"),
    dict(NoiDung="Lấy mẫu xăng khảo sát cùng Chi cục", SoMau=4, TrangThai="HoanThanh"),
    dict(NoiDung="ISO 9001 tại UBND phường", TrangThai="HoanThanh", GhiChu="đã công bố lại"),
    dict(NoiDung="Cử CB dự tập huấn", SoNguoi=2, TrangThai="HoanThanh"),
]
E1_d = ["Phường chưa có cán bộ chuyên trách lĩnh vực TĐC."]
E1_p = ["Đề nghị Chi cục tổ chức tập huấn nghiệp vụ kiểm tra cân tại chợ."]
hand_e("27475_TanHung_TienDo_CT38.xlsx", "Phường Tân Hưng", "214/BC-UBND", "22/10/2026", E1_rows, E1_d, E1_p, "CT38")
key("27475_TanHung_TienDo_CT38.xlsx", "27475", "Phường Tân Hưng", "214/BC-UBND", "2026-10-22", [
    E("II.1.a", "completed", {"training_courses": 1, "participants": 90, "communications": 7}, E1_rows[0]["NoiDung"]),
    E("II.5.c", "in_progress", {"inspections": 3, "establishments_inspected": 34, "violations": 2, "fines_vnd": 5000000}, E1_rows[1]["NoiDung"]),
    E("II.5.b", "completed", {"samples_tested": 4}, E1_rows[2]["NoiDung"]),
    E("II.2.đ", "completed", {}, E1_rows[3]["NoiDung"]),
    E("II.3.a", "completed", {"participants": 2}, E1_rows[4]["NoiDung"]),
], E1_d, E1_p)

E2_rows = [
    dict(NoiDung="Đăng tin tuyên truyền TĐC trên TTĐT, Zalo", SoTinBai=12, TrangThai="HoanThanh"),
    dict(NoiDung="Phối hợp KT ĐL-CL các CS SXKD", SoCuoc=5, SoCS=47, SoVP=6, TienPhat=13500000, TrangThai="DangThucHien"),
    dict(NoiDung="HD DN công bố hợp quy, hợp chuẩn", SoDN=11, TrangThai="DangThucHien"),
    dict(NoiDung="Vận động DN dự GTCLQG", SoDN=2, TrangThai="HoanThanh", GhiChu="2 DN đã nộp hồ sơ"),
    dict(NoiDung="Xử lý phản ánh, tố giác vi phạm TĐC", TrangThai="KhongPhatSinh"),
    dict(NoiDung="Cử CB dự lớp tập huấn Chi cục", TrangThai="ChuaThucHien", GhiChu="chưa có thư mời"),
]
E2_d = ["Nhiều hộ kinh doanh thay đổi địa điểm, khó quản lý.", "Chưa có phần mềm theo dõi cơ sở SXKD."]
E2_p = ["Đề nghị Sở KH&CN cung cấp dữ liệu doanh nghiệp công bố hợp quy trên địa bàn."]
hand_e("26809_HiepBinh_CT38.xlsx", "Phường Hiệp Bình", "176/BC-UBND", "25/10/2026", E2_rows, E2_d, E2_p, "data")
key("26809_HiepBinh_CT38.xlsx", "26809", "Phường Hiệp Bình", "176/BC-UBND", "2026-10-25", [
    E("II.1.a", "completed", {"communications": 12}, E2_rows[0]["NoiDung"]),
    E("II.5.c", "in_progress", {"inspections": 5, "establishments_inspected": 47, "violations": 6, "fines_vnd": 13500000}, E2_rows[1]["NoiDung"]),
    E("II.2.d", "in_progress", {"enterprises_supported": 11}, E2_rows[2]["NoiDung"]),
    E("II.1.b", "completed", {"enterprises_supported": 2}, E2_rows[3]["NoiDung"]),
    E("II.5.d", "not_applicable", {}, E2_rows[4]["NoiDung"]),
    E("II.3.a", "not_started", {}, E2_rows[5]["NoiDung"]),
], E2_d, E2_p)

E3_rows = [
    dict(NoiDung="HN tuyên truyền TĐC + đăng tin", SoHoiNghi=1, SoNguoi=55, SoTinBai=4, TrangThai="HoanThanh"),
    dict(NoiDung="HD HTX truy xuất nguồn gốc", SoDN=3, TrangThai="DangThucHien", GhiChu="HTX muối, HTX rau"),
    dict(NoiDung="KT ĐL tại chợ Phú Xuân, CHXD", SoCuoc=2, SoCS=21, SoVP=1, TienPhat=2500000, TrangThai="HoanThanh"),
    dict(NoiDung="Phối hợp lấy mẫu khảo sát CL", SoMau=6, TrangThai="HoanThanh"),
    dict(NoiDung="Cử CB dự tập huấn", SoNguoi=2, TrangThai="HoanThanh"),
]
E3_d = ["Thiếu kinh phí lấy mẫu khảo sát."]
E3_p = ["Đề nghị Chi cục hỗ trợ kinh phí thử nghiệm mẫu."]
hand_e("27655_NhaBe_CT38.xlsx", "Xã Nhà Bè", "119/BC-UBND", "30/10/2026", E3_rows, E3_d, E3_p, "CT38_2026")
key("27655_NhaBe_CT38.xlsx", "27655", "Xã Nhà Bè", "119/BC-UBND", "2026-10-30", [
    E("II.1.a", "completed", {"training_courses": 1, "participants": 55, "communications": 4}, E3_rows[0]["NoiDung"]),
    E("II.2.a", "in_progress", {"enterprises_supported": 3}, E3_rows[1]["NoiDung"]),
    E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 21, "violations": 1, "fines_vnd": 2500000}, E3_rows[2]["NoiDung"]),
    E("II.5.b", "completed", {"samples_tested": 6}, E3_rows[3]["NoiDung"]),
    E("II.3.a", "completed", {"participants": 2}, E3_rows[4]["NoiDung"]),
], E3_d, E3_p)


# ================================================================ LibreOffice re-saves + keys
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmpd = tempfile.mkdtemp()
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--outdir", tmpd, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    out = os.path.join(tmpd, os.path.splitext(os.path.basename(fname))[0] + "." + fmt)
    shutil.move(out, src)
    shutil.rmtree(tmpd, ignore_errors=True)


lo_resave("26566_LongHuong_BC_CT38.docx", "docx")
lo_resave("27655_NhaBe_CT38.xlsx", "xlsx")

for fname, k in KEYS.items():
    with open(os.path.join(OUT, fname), "rb") as f:
        k["sha256"] = hashlib.sha256(f.read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
