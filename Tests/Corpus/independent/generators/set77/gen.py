# generator for set77 — four rural hands (see NOTES.md)
import json, os, hashlib, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))

def iso_to_words(iso):
    y, m, d = iso.split('-'); return f"ngày {d} tháng {m} năm {y}"
def iso_to_slash(iso):
    y, m, d = iso.split('-'); return f"{d}/{m}/{y}"

# ---------------------------------------------------------------- content
LABEL = {
 ("II.1.a","communications"): ("Tin, bài tuyên truyền trên loa truyền thanh, trang thông tin điện tử", "Tin, bài"),
 ("II.1.a","training_courses"): ("Buổi phổ biến quy định về đo lường, ghi nhãn cho hộ kinh doanh", "Buổi"),
 ("II.1.a","participants"): ("Người tham dự các buổi phổ biến", "Lượt người"),
 ("II.5.c","inspections"): ("Cuộc kiểm tra phối hợp về đo lường, chất lượng tại cơ sở kinh doanh", "Cuộc"),
 ("II.5.c","establishments_inspected"): ("Cơ sở được kiểm tra (xăng dầu, vàng trang sức, quầy cân tại chợ)", "Cơ sở"),
 ("II.5.c","violations"): ("Cơ sở vi phạm bị lập biên bản", "Cơ sở"),
 ("II.5.c","fines_vnd"): ("Tiền phạt vi phạm hành chính", "Đồng"),
 ("II.5.c","instruments_verified"): ("Cân đối chứng tại chợ được đưa đi kiểm định lại", "Chiếc"),
 ("II.3.a","training_courses"): ("Lớp tập huấn nghiệp vụ do Sở, Chi cục tổ chức có cử công chức dự", "Lớp"),
 ("II.3.a","participants"): ("Công chức xã được cử đi tập huấn", "Người"),
 ("II.2.d","enterprises_supported"): ("HTX, hộ sản xuất được hướng dẫn tự công bố tiêu chuẩn cơ sở, ghi nhãn", "Cơ sở"),
 ("II.2.a","enterprises_supported"): ("Cơ sở được hướng dẫn dán tem truy xuất nguồn gốc (mã QR)", "Cơ sở"),
 ("II.5.b","samples_tested"): ("Mẫu xăng dầu, mũ bảo hiểm phối hợp lấy khảo sát chất lượng", "Mẫu"),
 ("II.1.b","enterprises_supported"): ("Doanh nghiệp được vận động tham dự Giải thưởng Chất lượng Quốc gia", "Doanh nghiệp"),
}
TITLE = {
 "II.1.a": "Tuyên truyền, phổ biến về tiêu chuẩn, đo lường, chất lượng",
 "II.5.c": "Quản lý nhà nước được phân cấp về đo lường, chất lượng trên địa bàn",
 "II.3.a": "Cử công chức tham gia tập huấn nghiệp vụ",
 "II.2.d": "Hỗ trợ HTX, hộ sản xuất công bố chất lượng sản phẩm",
 "II.2.a": "Truy xuất nguồn gốc nông sản (Đề án 100)",
 "II.5.b": "Phối hợp khảo sát chất lượng hàng hóa",
 "II.5.d": "Khen thưởng người tố giác, xử lý vi phạm",
 "II.1.b": "Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia",
}

def phrase(task, ind, N, M, place):
    g = ind.get
    if task == "II.1.a":
        p = []
        if "communications" in ind: p.append(f"đăng phát {N(g('communications'))} tin, bài về tiêu chuẩn, đo lường, chất lượng trên đài truyền thanh và trang thông tin điện tử của {place}")
        if "training_courses" in ind: p.append(f"tổ chức {N(g('training_courses'))} buổi phổ biến quy định về đo lường, ghi nhãn hàng hóa cho hộ kinh doanh tại chợ" + (f" với {N(g('participants'))} lượt người tham dự" if "participants" in ind else ""))
        elif "participants" in ind: p.append(f"lồng ghép phổ biến tại các buổi họp tổ dân cư với {N(g('participants'))} lượt người nghe")
        return "; ".join(p)
    if task == "II.5.c":
        s = f"phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng và Đội Quản lý thị trường kiểm tra {N(g('inspections'))} cuộc tại {N(g('establishments_inspected'))} cơ sở kinh doanh xăng dầu, vàng trang sức và quầy cân tại chợ"
        if "violations" in ind: s += f"; phát hiện {N(g('violations'))} cơ sở vi phạm"
        else: s += "; chưa phát hiện trường hợp vi phạm"
        if "fines_vnd" in ind: s += f", xử phạt vi phạm hành chính tổng số tiền {M(g('fines_vnd'))}"
        if "instruments_verified" in ind: s += f". Ngoài ra, {place} đã đưa {N(g('instruments_verified'))} cân đối chứng đặt tại chợ đi kiểm định lại theo định kỳ"
        return s
    if task == "II.3.a":
        if not ind: return f"trong năm {place} chưa cử được công chức đi tập huấn nghiệp vụ về tiêu chuẩn, đo lường, chất lượng do chưa có lớp phù hợp thời gian"
        s = f"cử {N(g('participants'))} công chức (Văn phòng - Thống kê, Kinh tế) tham dự"
        s += f" {N(g('training_courses'))} lớp" if "training_courses" in ind else " lớp"
        return s + " tập huấn nghiệp vụ quản lý nhà nước về đo lường, chất lượng do Sở Khoa học và Công nghệ tổ chức"
    if task == "II.2.d":
        if not ind: return "chưa tổ chức hướng dẫn công bố chất lượng cho hợp tác xã, hộ sản xuất"
        return f"hướng dẫn {N(g('enterprises_supported'))} hợp tác xã, hộ sản xuất tự công bố tiêu chuẩn cơ sở, ghi nhãn hàng hóa theo quy định"
    if task == "II.2.a":
        if not ind: return "việc hướng dẫn áp dụng truy xuất nguồn gốc cho nông sản chưa triển khai do chưa có hướng dẫn cụ thể"
        return f"hướng dẫn {N(g('enterprises_supported'))} cơ sở sản xuất, sơ chế đăng ký dán tem truy xuất nguồn gốc (mã QR) cho sản phẩm"
    if task == "II.5.b":
        return f"phối hợp Chi cục lấy {N(g('samples_tested'))} mẫu xăng dầu, mũ bảo hiểm để khảo sát chất lượng"
    if task == "II.5.d":
        return "trong kỳ không có trường hợp tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng cần khen thưởng"
    if task == "II.1.b":
        return f"giới thiệu, vận động {N(g('enterprises_supported'))} doanh nghiệp trên địa bàn tham dự Giải thưởng Chất lượng Quốc gia"
    raise KeyError(task)

C, P, NS, NA, U = "completed", "in_progress", "not_started", "not_applicable", "unknown"
R = []
def rep(**kw): R.append(kw)

# H1 — Lê Văn Sáu
rep(f="bc-ct38-xa-binh-chau.docx", h=1, uid="26656", uname="Xã Bình Châu", no="187/BC-UBND", d="2026-10-22", place="xã",
    E=[("II.1.a",C,dict(communications=14,training_courses=1,participants=62)),
       ("II.5.c",C,dict(inspections=3,establishments_inspected=17,violations=2,fines_vnd=4500000)),
       ("II.3.a",C,dict(participants=2,training_courses=1)),
       ("II.2.d",P,dict(enterprises_supported=4)),
       ("II.5.d",NA,{})],
    D=["Xã chỉ có 01 công chức Kinh tế kiêm nhiệm nhiều lĩnh vực, chưa có người chuyên trách về tiêu chuẩn, đo lường, chất lượng.",
       "Các hộ kinh doanh nhỏ lẻ tại chợ Bình Châu chưa chủ động kiểm tra lại cân khi sử dụng."],
    Pp=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ xã tài liệu tuyên truyền in sẵn (tờ rơi, pa nô) để phát cho hộ kinh doanh.",
        "Đề nghị Sở mở thêm lớp tập huấn nghiệp vụ cho công chức cấp xã vào Quý I/2027."])
rep(f="bao-cao-ct38-hoa-hiep.docx", h=1, uid="26647", uname="Xã Hòa Hiệp", no="95/BC-UBND", d="2026-10-26", place="xã",
    E=[("II.1.a",C,dict(communications=8)),
       ("II.5.c",P,dict(inspections=2,establishments_inspected=9,instruments_verified=2)),
       ("II.2.a",NS,{}),
       ("II.3.a",U,dict(participants=1))],
    D=["Kinh phí của xã cho công tác tuyên truyền về tiêu chuẩn, đo lường, chất lượng không có, phải lồng ghép với các nội dung khác."],
    Pp=["Kiến nghị Chi cục sớm ban hành hướng dẫn cụ thể việc áp dụng tem truy xuất nguồn gốc cho nông sản cấp xã."])
rep(f="BC-thien-tai-Long-Son-2026.docx", h=1, uid="26545", uname="Xã Long Sơn", no="141/BC-UBND", d="2026-10-15", place="xã", rejected=True,
    reason="Không phải báo cáo thực hiện Kế hoạch CT38: báo cáo công tác phòng, chống thiên tai và tìm kiếm cứu nạn (gửi nhầm).")
rep(f="bc-ct38-phuong-tam-long.docx", h=1, uid="26572", uname="Phường Tam Long", no="233/BC-UBND", d="2026-10-29", place="phường", lo=True,
    E=[("II.1.a",C,dict(communications=20,training_courses=2,participants=135)),
       ("II.5.c",C,dict(inspections=4,establishments_inspected=23,violations=3,fines_vnd=7000000)),
       ("II.2.a",P,dict(enterprises_supported=6)),
       ("II.3.a",C,dict(training_courses=1,participants=3)),
       ("II.5.b",C,dict(samples_tested=5))],
    D=["Số cơ sở kinh doanh xăng dầu, vàng bạc trên địa bàn phường tăng sau sáp nhập, lực lượng kiểm tra còn mỏng."],
    Pp=["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp kiểm tra định kỳ 02 lần/năm tại các chợ trên địa bàn phường.",
        "Đề nghị Sở cung cấp danh sách cơ sở kinh doanh vàng trang sức đã đăng ký để phường theo dõi."])
# H2 — Phạm Thị Thu (XLSX biểu)
rep(f="Bieu-01-CT38-Bau-Lam.xlsx", h=2, uid="26638", uname="Xã Bàu Lâm", no="112/BC-UBND", d="2026-10-20", place="xã",
    E=[("II.1.a",C,dict(communications=10,training_courses=1,participants=48)),
       ("II.5.c",C,dict(inspections=2,establishments_inspected=11,violations=1,fines_vnd=2500000)),
       ("II.3.a",C,dict(participants=2)),
       ("II.2.d",P,dict(enterprises_supported=3))],
    D=["Hộ sản xuất hạt điều, tiêu trên địa bàn chưa quan tâm đến việc công bố tiêu chuẩn cơ sở."],
    Pp=["Đề nghị Chi cục cử cán bộ về xã hướng dẫn trực tiếp cho các HTX cách lập hồ sơ tự công bố."])
rep(f="Bieu-CT38-Xuyen-Moc-T10.xlsx", h=2, uid="26632", uname="Xã Xuyên Mộc", no="76/BC-UBND", d="2026-10-24", place="xã", money_tr=True,
    E=[("II.1.a",C,dict(communications=16,training_courses=2,participants=90)),
       ("II.5.c",P,dict(inspections=3,establishments_inspected=14,violations=2,fines_vnd=5500000)),
       ("II.5.b",C,dict(samples_tested=4)),
       ("II.5.d",NA,{})],
    D=["Địa bàn xã rộng, các cửa hàng xăng dầu nằm rải rác dọc Quốc lộ 55 nên việc kiểm tra mất nhiều thời gian.",
       "Chưa có phương tiện, thiết bị đo để kiểm tra nhanh tại chỗ."],
    Pp=["Đề nghị Sở hỗ trợ xã 01 bộ bình chuẩn kim loại để kiểm tra nhanh cột đo xăng dầu."])
rep(f="bieu-so-lieu-ct38-cu-chi.xlsx", h=2, uid="27553", uname="Xã Củ Chi", no="301/BC-UBND", d="2026-10-30", place="xã",
    E=[("II.1.a",C,dict(communications=25)),
       ("II.5.c",C,dict(inspections=5,establishments_inspected=31,violations=4,fines_vnd=12000000,instruments_verified=3)),
       ("II.2.a",P,dict(enterprises_supported=8)),
       ("II.3.a",C,dict(training_courses=2,participants=4)),
       ("II.2.d",NS,{})],
    D=["Nhiều cơ sở sơ chế rau an toàn chưa có điều kiện in tem truy xuất nguồn gốc do chi phí cao."],
    Pp=["Đề nghị Thành phố có chính sách hỗ trợ chi phí tem truy xuất nguồn gốc cho hộ sản xuất nhỏ.",
        "Đề nghị Chi cục tổ chức lớp hướng dẫn về ghi nhãn hàng hóa tại xã."])
rep(f="Bieu01_ThanhAn_CT38.xlsx", h=2, uid="27676", uname="Xã Thạnh An", no="58/BC-UBND", d="2026-10-19", place="xã", lo=True,
    E=[("II.1.a",C,dict(communications=6,training_courses=1,participants=40)),
       ("II.5.c",P,dict(inspections=1,establishments_inspected=6)),
       ("II.3.a",NS,{}),
       ("II.5.d",NA,{})],
    D=["Xã đảo, đi lại bằng đường thủy phụ thuộc thời tiết nên khó phối hợp với đoàn kiểm tra của Chi cục."],
    Pp=["Đề nghị Chi cục bố trí lịch kiểm tra tại xã Thạnh An vào mùa khô (tháng 01 - tháng 4)."])
# H3 — Võ Minh Trí (thi đua table)
rep(f="bc-ket-qua-ct38-con-dao.docx", h=3, uid="26732", uname="Đặc khu Côn Đảo", no="415/BC-UBND", d="2026-10-27", place="đặc khu",
    E=[("II.1.a",C,dict(communications=18,training_courses=1,participants=75)),
       ("II.5.c",C,dict(inspections=4,establishments_inspected=26,violations=3,fines_vnd=9500000)),
       ("II.1.b",P,dict(enterprises_supported=2)),
       ("II.3.a",C,dict(participants=2)),
       ("II.2.a",P,dict(enterprises_supported=5)),
       ("II.5.b",C,dict(samples_tested=6))],
    D=["Chi phí đi lại giữa đất liền và Côn Đảo cao, đoàn kiểm tra của Chi cục khó bố trí thường xuyên.",
       "Nhân lực phòng Kinh tế đặc khu còn thiếu, chưa có công chức được đào tạo chuyên sâu về đo lường."],
    Pp=["Đề nghị Sở tổ chức lớp tập huấn trực tuyến để công chức đặc khu tham gia.",
        "Đề nghị Chi cục ủy quyền cho đặc khu tổ chức kiểm tra đo lường tại các cửa hàng xăng dầu trên đảo."])
rep(f="BC-CT38-xa-Can-Gio.docx", h=3, uid="27664", uname="Xã Cần Giờ", no="208/BC-UBND", d="2026-10-23", place="xã",
    E=[("II.1.a",C,dict(communications=9)),
       ("II.5.c",C,dict(inspections=2,establishments_inspected=12,violations=1,fines_vnd=1500000)),
       ("II.2.d",P,dict(enterprises_supported=3)),
       ("II.5.d",NA,{})],
    D=["Các cơ sở chế biến hải sản khô quy mô hộ gia đình chưa nắm quy định về ghi nhãn."],
    Pp=["Đề nghị Chi cục in và cấp phát sổ tay hướng dẫn ghi nhãn hàng hóa cho hộ sản xuất."])
rep(f="bao-cao-ct38-phu-my.docx", h=3, uid="26704", uname="Phường Phú Mỹ", no="377/BC-UBND", d="2026-10-28", place="phường",
    E=[("II.1.a",C,dict(communications=22,training_courses=2,participants=160)),
       ("II.5.c",P,dict(inspections=3,establishments_inspected=19,violations=2,fines_vnd=6000000)),
       ("II.1.b",C,dict(enterprises_supported=4)),
       ("II.2.d",C,dict(enterprises_supported=7)),
       ("II.3.a",C,dict(training_courses=1,participants=2))],
    D=["Doanh nghiệp trong khu công nghiệp ít quan tâm đến Giải thưởng Chất lượng Quốc gia vì hồ sơ phức tạp."],
    Pp=["Đề nghị Chi cục tổ chức buổi tọa đàm về năng suất, chất lượng tại phường Phú Mỹ cho doanh nghiệp khu công nghiệp."])
rep(f="bc-thi-dua-cchc-hiep-phuoc.docx", h=3, uid="27658", uname="Xã Hiệp Phước", no="190/BC-UBND", d="2026-10-21", place="xã", rejected=True,
    reason="Không phải báo cáo thực hiện Kế hoạch CT38: báo cáo tự chấm điểm công tác cải cách hành chính năm 2026 (gửi nhầm).")
# H4 — Nguyễn Thị Kim Loan (figures grouped by ĐVT)
rep(f="cv-bao-cao-ct38-phu-giao.docx", h=4, uid="25858", uname="Xã Phú Giáo", no="264/UBND-KT", d="2026-11-03", place="xã",
    E=[("II.1.a",C,dict(communications=12,training_courses=1,participants=55)),
       ("II.5.c",C,dict(inspections=3,establishments_inspected=15,violations=2,fines_vnd=3000000)),
       ("II.3.a",C,dict(participants=1,training_courses=1)),
       ("II.2.d",NA,{})],
    D=["Sau sắp xếp, xã chưa có công chức được giao theo dõi riêng lĩnh vực tiêu chuẩn, đo lường, chất lượng."],
    Pp=["Đề nghị Sở Khoa học và Công nghệ ban hành mẫu báo cáo thống nhất cho cấp xã."])
rep(f="Bieu_CT38_DauTieng_2026.xlsx", h=4, uid="25777", uname="Xã Dầu Tiếng", no="173/BC-UBND", d="2026-10-30", place="xã",
    E=[("II.1.a",C,dict(communications=15,training_courses=1,participants=70)),
       ("II.5.c",P,dict(inspections=2,establishments_inspected=13,violations=1,fines_vnd=2000000)),
       ("II.2.a",P,dict(enterprises_supported=4)),
       ("II.5.b",C,dict(samples_tested=3))],
    D=["Cơ sở kinh doanh nhỏ lẻ thay đổi địa điểm thường xuyên, khó theo dõi."],
    Pp=["Đề nghị Chi cục cung cấp phần mềm quản lý danh sách cơ sở kinh doanh có sử dụng phương tiện đo."])
rep(f="bc-ct38-tan-nhut.docx", h=4, uid="27595", uname="Xã Tân Nhựt", no="329/BC-UBND", d="2026-11-02", place="xã",
    E=[("II.1.a",C,dict(communications=11,training_courses=1,participants=38)),
       ("II.5.c",C,dict(inspections=4,establishments_inspected=22,violations=2,fines_vnd=5000000,instruments_verified=2)),
       ("II.3.a",NS,{}),
       ("II.2.d",P,dict(enterprises_supported=2))],
    D=["Hộ kinh doanh tại chợ Tân Nhựt còn sử dụng cân không rõ nguồn gốc, chưa kiểm định."],
    Pp=["Đề nghị Chi cục hỗ trợ đổi cân miễn phí cho tiểu thương tại chợ.",
        "Đề nghị Sở bố trí lớp tập huấn cho công chức xã trong Quý I/2027."])
rep(f="Bieu-so-lieu-CT38-Ba-Ria.xlsx", h=4, uid="26560", uname="Phường Bà Rịa", no="402/BC-UBND", d="2026-10-31", place="phường",
    E=[("II.1.a",C,dict(communications=30,training_courses=3,participants=210)),
       ("II.5.c",C,dict(inspections=6,establishments_inspected=38,violations=5,fines_vnd=17500000)),
       ("II.3.a",C,dict(training_courses=2,participants=5)),
       ("II.2.d",C,dict(enterprises_supported=9)),
       ("II.5.d",NA,{})],
    D=["Khối lượng công việc lớn, công chức phụ trách kiêm nhiệm nhiều việc."],
    Pp=["Đề nghị Chi cục tổ chức kiểm tra chuyên đề vàng trang sức trên địa bàn phường trong Quý IV/2026."])

# ---------------------------------------------------------------- docx helpers
def base_doc():
    doc = Document()
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return doc

def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=True, underline=False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
        if size: r.font.size = Pt(size)
    if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == 'j' or align is None: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align in (None, 'j'): p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p

def header_table(doc, left1, left2, number, place, iso, words=True):
    t = doc.add_table(rows=3, cols=2)
    c = t.cell(0,0); c.text = ""; r = c.paragraphs[0].add_run(left1); r.font.size = Pt(12)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c.add_paragraph(); r = p.add_run(left2); r.bold = True; r.font.size = Pt(12); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(0,1); r = c.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.bold = True; r.font.size = Pt(12)
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = c.add_paragraph(); r = p.add_run("Độc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(13); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1,0); c.paragraphs[0].add_run(f"Số: {number}").font.size = Pt(13); c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c = t.cell(1,1); dt = iso_to_words(iso) if words else iso_to_slash(iso)
    r = c.paragraphs[0].add_run(f"{place}, {dt}"); r.italic = True; c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t

def sign(doc, who, title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", recv=("Như trên;", "Lưu: VT.")):
    t = doc.add_table(rows=1, cols=2)
    c = t.cell(0,0); r = c.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True; r.font.size = Pt(12)
    for x in recv:
        p = c.add_paragraph(); rr = p.add_run("- " + x); rr.font.size = Pt(11)
    c = t.cell(0,1)
    for i, line in enumerate(title.split("\n")):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        rr = p.add_run(line); rr.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(3): c.add_paragraph()
    p = c.add_paragraph(); rr = p.add_run(who); rr.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def cell_text(cell, text, bold=False, italic=False, align=None, size=12):
    cell.text = ""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def upper_unit(u): return u.upper()
def ul(u): return u[0].lower() + u[1:]

# ---------------------------------------------------------------- H1  Lê Văn Sáu
def N1(v): return f"{v:02d}"
def M1(v): return f"{v:,}".replace(",", ".") + " đồng"
H1_STATUS = {C: "đã thực hiện xong", P: "đang tiếp tục thực hiện, chưa xong", NS: "chưa triển khai", NA: "không phát sinh"}
H1_TOPIC = {"II.1.a": "Tuyên truyền", "II.5.c": "Kiểm tra đo lường, chất lượng trên địa bàn", "II.3.a": "Tập huấn cho cán bộ",
            "II.2.d": "Hướng dẫn công bố chất lượng", "II.2.a": "Truy xuất nguồn gốc", "II.5.b": "Lấy mẫu khảo sát chất lượng",
            "II.5.d": "Khen thưởng tố giác vi phạm"}

def h1(r):
    doc = base_doc()
    place_name = r["uname"].split(" ",1)[1]
    header_table(doc, "UBND THÀNH PHỐ HỒ CHÍ MINH" if False else "ỦY BAN NHÂN DÂN", upper_unit(r["uname"]), r["no"], place_name, r["d"])
    para(doc)
    if r.get("rejected"):
        para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
        para(doc, "Công tác phòng, chống thiên tai và tìm kiếm cứu nạn 10 tháng đầu năm 2026", bold=True, align='c', indent=False)
        para(doc, f"Thực hiện Công văn của Ban Chỉ huy Phòng thủ dân sự Thành phố về báo cáo công tác phòng, chống thiên tai, Ủy ban nhân dân {r['uname'].lower()} báo cáo như sau:".replace("xã long sơn","xã Long Sơn"))
        para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
        para(doc, "Mục 1 – Công tác chuẩn bị", bold=True, indent=False)
        para(doc, "Kiện toàn Ban Chỉ huy phòng thủ dân sự xã; rà soát phương án sơ tán 312 hộ dân ven biển khi có bão; chuẩn bị 04 xuồng máy, 150 áo phao.")
        para(doc, "Kết luận mục 1: đã thực hiện xong.", italic=True)
        para(doc, "Mục 2 – Ứng phó triều cường, sạt lở", bold=True, indent=False)
        para(doc, "Trong kỳ xảy ra 02 đợt triều cường gây ngập cục bộ tại ấp Bà Trao; xã đã huy động 45 lượt dân quân hỗ trợ người dân kê dọn đồ đạc, không có thiệt hại về người.")
        para(doc, "Kết luận mục 2: đang tiếp tục thực hiện, chưa xong.", italic=True)
        para(doc, "II. KHÓ KHĂN", bold=True, indent=False)
        para(doc, "- Kè chống sạt lở đoạn ấp Bà Trao xuống cấp, chưa có kinh phí sửa chữa.")
        para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
        para(doc, "- Đề nghị Thành phố bố trí vốn gia cố kè ấp Bà Trao trước mùa mưa bão năm 2027.")
        sign(doc, "Trần Văn Hải", recv=("Ban CH PTDS Thành phố;", "Lưu: VT."))
        return doc
    para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
    para(doc, "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW về đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align='c', indent=False)
    para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026, Ủy ban nhân dân {ul(r['uname'])} báo cáo kết quả thực hiện như sau:")
    para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True, indent=False)
    for i, (t, s, ind) in enumerate(r["E"], 1):
        para(doc, f"Mục {i} – {H1_TOPIC[t]}", bold=True, indent=False)
        txt = phrase(t, ind, N1, M1, r["place"])
        txt = txt[0].upper() + txt[1:]
        if s == U: txt = f"Về tập huấn, {r['place']} " + txt[0].lower() + txt[1:]
        elif t != "II.5.d" and not txt.startswith("Trong"): txt = (f"Trong năm, {r['place']} đã " + txt[0].lower() + txt[1:]) if ind else txt
        para(doc, txt + ".")
        if s != U:
            para(doc, f"Kết luận mục {i}: {H1_STATUS[s]}.", italic=True)
    para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
    for x in r["D"]: para(doc, "- " + x)
    para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True, indent=False)
    for x in r["Pp"]: para(doc, "- " + x)
    para(doc, f"Trên đây là báo cáo của Ủy ban nhân dân {ul(r['uname'])}./.")
    sign(doc, "Lê Văn Sáu" if False else "Nguyễn Thành Long", recv=("Sở Khoa học và Công nghệ;", "Chi cục TĐC;", "Lưu: VT, KT(Sáu)."))
    return doc

# ---------------------------------------------------------------- H3  Võ Minh Trí (thi đua table)
def N3(v): return str(v)
def M3(v):
    tr = v / 1e6
    s = (f"{tr:.1f}".rstrip("0").rstrip(".")).replace(".", ",")
    return s + " triệu đồng"
H3_STATUS = {C: "Đã hoàn thành", P: "Đang triển khai", NS: "Chưa triển khai", NA: "Không phát sinh"}
SCORE = {C: (10, 10), P: (10, 7), NS: (10, 0), NA: (5, 5)}

def h3(r):
    doc = base_doc()
    sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    place = "Côn Đảo" if r["uid"] == "26732" else r["uname"].split(" ",1)[1]
    header_table(doc, "ỦY BAN NHÂN DÂN", upper_unit(r["uname"]), r["no"], place, r["d"])
    para(doc)
    rej = r.get("rejected")
    para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
    if rej:
        para(doc, "Tự đánh giá, chấm điểm kết quả thực hiện công tác cải cách hành chính năm 2026", bold=True, align='c', indent=False)
        para(doc, f"Căn cứ Bộ tiêu chí xác định Chỉ số cải cách hành chính cấp xã năm 2026, Ủy ban nhân dân {ul(r['uname'])} tự đánh giá, chấm điểm như sau:")
        rows = [("Công tác chỉ đạo, điều hành cải cách hành chính", "Ban hành 01 kế hoạch CCHC, 01 kế hoạch kiểm tra", 6, 6, "Đã hoàn thành"),
                ("Cải cách thủ tục hành chính", "Tiếp nhận 4.215 hồ sơ, giải quyết đúng hạn 4.198 hồ sơ (99,6%)", 10, 9, "Đã hoàn thành"),
                ("Số hóa hồ sơ, kết quả giải quyết TTHC", "Số hóa 3.870 hồ sơ", 8, 6, "Đang triển khai"),
                ("Khảo sát mức độ hài lòng của người dân", "Chưa có kết quả khảo sát của Thành phố", 6, 0, "Chưa triển khai")]
    else:
        para(doc, "Tự đánh giá kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW của Ban Bí thư năm 2026", bold=True, align='c', indent=False)
        para(doc, f"Thực hiện Kế hoạch của Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh về triển khai Chỉ thị số 38-CT/TW năm 2026 và hướng dẫn chấm điểm thi đua khối xã, phường, đặc khu, Ủy ban nhân dân {ul(r['uname'])} tự đánh giá kết quả thực hiện như sau:")
        rows = []
        for t, s, ind in r["E"]:
            txt = phrase(t, ind, N3, M3, r["place"]); txt = txt[0].upper() + txt[1:]
            mx, got = SCORE[s]
            rows.append((TITLE[t], txt, mx, got, H3_STATUS.get(s, "")))
    para(doc, "I. BẢNG TỰ ĐÁNH GIÁ", bold=True, indent=False)
    tb = doc.add_table(rows=1, cols=6); tb.style = 'Table Grid'
    for i, h in enumerate(["TT", "Nội dung công việc", "Kết quả thực hiện", "Điểm chuẩn", "Tự chấm", "Ghi chú"]):
        cell_text(tb.rows[0].cells[i], h, bold=True, align='c')
    tot_m = tot_g = 0
    for i, (a, b, mx, got, note) in enumerate(rows, 1):
        cs = tb.add_row().cells
        cell_text(cs[0], str(i), align='c'); cell_text(cs[1], a); cell_text(cs[2], b)
        cell_text(cs[3], str(mx), align='c'); cell_text(cs[4], str(got), align='c'); cell_text(cs[5], note, italic=True)
        tot_m += mx; tot_g += got
    cs = tb.add_row().cells
    m = cs[0].merge(cs[2]); cell_text(m, "Tổng điểm", bold=True, align='c')
    cell_text(cs[3], str(tot_m), bold=True, align='c'); cell_text(cs[4], str(tot_g), bold=True, align='c')
    widths = [Cm(1.2), Cm(6), Cm(11), Cm(2), Cm(2), Cm(3.5)]
    for row in tb.rows:
        for i, w in enumerate(widths): row.cells[i].width = w
    para(doc)
    if rej:
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        para(doc, "Hệ thống thông tin giải quyết TTHC còn lỗi đồng bộ hồ sơ.")
        para(doc, "III. KIẾN NGHỊ", bold=True, indent=False)
        para(doc, "Đề nghị Sở Nội vụ sớm công bố kết quả khảo sát mức độ hài lòng năm 2026.")
    else:
        para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True, indent=False)
        for i, x in enumerate(r["D"], 1): para(doc, f"{i}. {x}")
        para(doc, "III. KIẾN NGHỊ, ĐỀ XUẤT", bold=True, indent=False)
        for i, x in enumerate(r["Pp"], 1): para(doc, f"{i}. {x}")
    para(doc, f"Ủy ban nhân dân {ul(r['uname'])} kính báo cáo./.")
    sign(doc, "Võ Thị Hồng Nhung" if not rej else "Lâm Quốc Bảo", title="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
         recv=("Sở Khoa học và Công nghệ;" if not rej else "Sở Nội vụ;", "Lưu: VT, VHXH (Trí)."))
    return doc

# ---------------------------------------------------------------- H4  Nguyễn Thị Kim Loan (grouped by ĐVT)
DVT_ORDER = ["Tin, bài", "Buổi", "Lớp", "Lượt người", "Người", "Cuộc", "Cơ sở", "Doanh nghiệp", "Mẫu", "Chiếc", "Đồng"]
H4_STATUS = {C: "Xong", P: "Đang làm tiếp", NS: "Chưa làm", NA: "Không có phát sinh"}
def by_dvt(r):
    groups = {}
    for t, s, ind in r["E"]:
        for k, v in ind.items():
            lab, dvt = LABEL[(t, k)]
            groups.setdefault(dvt, []).append((lab, v))
    return [(d, groups[d]) for d in DVT_ORDER if d in groups]
def dots(v): return f"{v:,}".replace(",", ".")

def h4_docx(r):
    doc = base_doc()
    place = r["uname"].split(" ",1)[1]
    header_table(doc, "ỦY BAN NHÂN DÂN", upper_unit(r["uname"]), r["no"], place, r["d"])
    if "UBND-KT" in r["no"]:
        p = para(doc, "V/v báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026", italic=False, align='l', indent=False, size=12)
        para(doc, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align='c', indent=False)
        intro = f"Ủy ban nhân dân {ul(r['uname'])} nhận được văn bản đề nghị báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026. Ủy ban nhân dân xã báo cáo như sau:"
    else:
        para(doc); para(doc, "BÁO CÁO", bold=True, align='c', indent=False)
        para(doc, "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026", bold=True, align='c', indent=False)
        intro = f"Ủy ban nhân dân {ul(r['uname'])} báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ như sau:"
    para(doc, intro)
    para(doc, "1. Các việc đã làm trong năm", bold=True, indent=False)
    for t, s, ind in r["E"]:
        para(doc, f"- {TITLE[t]}: {H4_STATUS[s].lower()}.", indent=False)
    para(doc, "(Số liệu cụ thể theo biểu kèm theo, sắp xếp theo đơn vị tính.)", italic=True)
    para(doc, "2. Khó khăn", bold=True, indent=False)
    for x in r["D"]: para(doc, "- " + x)
    para(doc, "3. Kiến nghị", bold=True, indent=False)
    for x in r["Pp"]: para(doc, "- " + x)
    sign(doc, "Đặng Văn Phúc", recv=("Như trên;", "Lưu: VT, KT."))
    doc.add_page_break()
    para(doc, "BIỂU SỐ LIỆU KÈM THEO", bold=True, align='c', indent=False)
    para(doc, f"(Kèm theo văn bản số {r['no']} ngày {iso_to_slash(r['d'])} của UBND {r['uname'].split(' ',1)[0].lower()} {place})", italic=True, align='c', indent=False, size=12)
    tb = doc.add_table(rows=1, cols=4); tb.style = 'Table Grid'
    for i, h in enumerate(["TT", "Nội dung", "Số lượng", "Ghi chú"]):
        cell_text(tb.rows[0].cells[i], h, bold=True, align='c')
    roman = ["I","II","III","IV","V","VI","VII","VIII","IX","X","XI"]
    for gi, (dvt, items) in enumerate(by_dvt(r)):
        cs = tb.add_row().cells
        cell_text(cs[0], roman[gi], bold=True, align='c'); m = cs[1].merge(cs[3]); cell_text(m, f"Đơn vị tính: {dvt}", bold=True, italic=True)
        for j, (lab, v) in enumerate(items, 1):
            cs = tb.add_row().cells
            cell_text(cs[0], str(j), align='c'); cell_text(cs[1], lab); cell_text(cs[2], dots(v), align='c'); cell_text(cs[3], "")
    para(doc); para(doc, "Người lập biểu: Nguyễn Thị Kim Loan", italic=True, align='r', indent=False)
    return doc

thin = Side(style='thin'); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
def xw(ws, ref, val, bold=False, italic=False, center=False, wrap=True, fmt=None, border=True, size=11):
    c = ws[ref]; c.value = val
    c.font = Font(name="Times New Roman", bold=bold, italic=italic, size=size)
    c.alignment = Alignment(horizontal="center" if center else None, vertical="center", wrap_text=wrap)
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c

def h4_xlsx(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bieu so lieu"
    place = r["uname"].split(" ",1)[1]
    ws.column_dimensions['A'].width = 6; ws.column_dimensions['B'].width = 62; ws.column_dimensions['C'].width = 14; ws.column_dimensions['D'].width = 18
    xw(ws, "A1", f"UBND {r['uname'].upper()}", bold=True, border=False, wrap=False)
    xw(ws, "A2", f"Số: {r['no']}", border=False, wrap=False)
    xw(ws, "D2", f"{place}, ngày {iso_to_slash(r['d'])}", italic=True, border=False, wrap=False)
    ws.merge_cells("A4:D4"); xw(ws, "A4", "BIỂU SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, center=True, border=False)
    ws.merge_cells("A5:D5"); xw(ws, "A5", "(Số liệu xếp theo đơn vị tính)", italic=True, center=True, border=False)
    row = 7
    for i, h in enumerate(["TT", "Nội dung", "Số lượng", "Ghi chú"]):
        xw(ws, f"{'ABCD'[i]}{row}", h, bold=True, center=True)
    row += 1
    roman = ["I","II","III","IV","V","VI","VII","VIII","IX","X","XI"]
    for gi, (dvt, items) in enumerate(by_dvt(r)):
        xw(ws, f"A{row}", roman[gi], bold=True, center=True)
        xw(ws, f"B{row}", f"Đơn vị tính: {dvt}", bold=True, italic=True)
        for col in "CD": xw(ws, f"{col}{row}", None)
        ws[f"A{row}"].fill = ws[f"B{row}"].fill = PatternFill("solid", fgColor="EDEDED")
        row += 1
        for j, (lab, v) in enumerate(items, 1):
            xw(ws, f"A{row}", j, center=True); xw(ws, f"B{row}", lab)
            xw(ws, f"C{row}", v, center=True, fmt="#,##0"); xw(ws, f"D{row}", None)
            row += 1
    row += 1
    xw(ws, f"A{row}", "TÌNH HÌNH THỰC HIỆN CÁC VIỆC", bold=True, border=False, wrap=False); row += 1
    xw(ws, f"A{row}", "TT", bold=True, center=True); xw(ws, f"B{row}", "Việc", bold=True, center=True); xw(ws, f"C{row}", "Tình hình", bold=True, center=True); row += 1
    for i, (t, s, ind) in enumerate(r["E"], 1):
        xw(ws, f"A{row}", i, center=True); xw(ws, f"B{row}", TITLE[t]); xw(ws, f"C{row}", H4_STATUS[s], center=True); row += 1
    row += 1
    xw(ws, f"A{row}", "Khó khăn:", bold=True, border=False, wrap=False); row += 1
    for x in r["D"]: xw(ws, f"B{row}", "- " + x, border=False); row += 1
    xw(ws, f"A{row}", "Kiến nghị:", bold=True, border=False, wrap=False); row += 1
    for x in r["Pp"]: xw(ws, f"B{row}", "- " + x, border=False); row += 1
    row += 1
    xw(ws, f"B{row}", "Người lập biểu", bold=True, center=True, border=False)
    xw(ws, f"D{row}", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", bold=True, center=True, border=False); row += 4
    xw(ws, f"B{row}", "Nguyễn Thị Kim Loan", center=True, border=False); xw(ws, f"D{row}", "Huỳnh Tấn Lộc", center=True, border=False)
    return wb

# ---------------------------------------------------------------- H2  Phạm Thị Thu (biểu, status as its own row)
H2_STATUS = {C: "Hoàn thành", P: "Đang thực hiện", NS: "Chưa thực hiện", NA: "Không phát sinh"}
def h2_xlsx(r):
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Biểu 01"
    place = r["uname"].split(" ",1)[1]
    for col, w in zip("ABCDE", (6, 58, 12, 14, 26)): ws.column_dimensions[col].width = w
    ws.merge_cells("A1:B1"); xw(ws, "A1", f"UBND {r['uname'].upper()}", bold=True, border=False, center=True)
    xw(ws, "E1", "Biểu số 01/CT38", italic=True, border=False, center=True)
    ws.merge_cells("A3:E3"); xw(ws, "A3", "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026", bold=True, center=True, border=False, size=12)
    ws.merge_cells("A4:E4"); xw(ws, "A4", f"(Kèm theo Báo cáo số {r['no']} ngày {iso_to_slash(r['d'])} của UBND {ul(r['uname'])})", italic=True, center=True, border=False)
    row = 6
    for i, h in enumerate(["STT", "Nội dung / Chỉ tiêu", "ĐVT", "Số lượng", "Ghi chú"]):
        xw(ws, f"{'ABCDE'[i]}{row}", h, bold=True, center=True)
        ws[f"{'ABCDE'[i]}{row}"].fill = PatternFill("solid", fgColor="DDEBF7")
    row += 1
    roman = ["I","II","III","IV","V","VI","VII"]
    for gi, (t, s, ind) in enumerate(r["E"]):
        xw(ws, f"A{row}", roman[gi], bold=True, center=True); xw(ws, f"B{row}", TITLE[t], bold=True)
        for col in "CDE": xw(ws, f"{col}{row}", None)
        row += 1
        for j, (k, v) in enumerate(ind.items(), 1):
            lab, dvt = LABEL[(t, k)]
            xw(ws, f"A{row}", j, center=True); xw(ws, f"B{row}", lab)
            if k == "fines_vnd" and r.get("money_tr"):
                xw(ws, f"C{row}", "Triệu đồng", center=True); xw(ws, f"D{row}", v / 1e6, center=True, fmt="#,##0.0")
            else:
                xw(ws, f"C{row}", dvt, center=True); xw(ws, f"D{row}", v, center=True, fmt="#,##0")
            xw(ws, f"E{row}", None); row += 1
        if not ind:
            note = {"II.5.d": "Không có trường hợp tố giác", "II.3.a": "Chưa có lớp phù hợp", "II.2.d": "Chưa có cơ sở đăng ký"}.get(t)
        else: note = None
        xw(ws, f"A{row}", None); xw(ws, f"B{row}", "Tình trạng thực hiện", italic=True)
        xw(ws, f"C{row}", "—", center=True); xw(ws, f"D{row}", H2_STATUS[s], center=True, italic=True); xw(ws, f"E{row}", note)
        row += 1
    row += 1
    xw(ws, f"A{row}", "Khó khăn, vướng mắc:", bold=True, border=False, wrap=False); row += 1
    for i, x in enumerate(r["D"], 1):
        xw(ws, f"A{row}", f"{chr(96+i)})", border=False, center=True); xw(ws, f"B{row}", x, border=False); row += 1
    xw(ws, f"A{row}", "Đề xuất, kiến nghị:", bold=True, border=False, wrap=False); row += 1
    for i, x in enumerate(r["Pp"], 1):
        xw(ws, f"A{row}", f"{chr(96+i)})", border=False, center=True); xw(ws, f"B{row}", x, border=False); row += 1
    row += 1
    xw(ws, f"B{row}", "Người lập biểu", bold=True, center=True, border=False); xw(ws, f"D{row}", "KT. CHỦ TỊCH", bold=True, border=False, wrap=False); row += 4
    xw(ws, f"B{row}", "Phạm Thị Thu", center=True, border=False); xw(ws, f"D{row}", "Lương Văn Tài", border=False, wrap=False)
    ws.page_setup.orientation = "portrait"; ws.print_title_rows = "6:6"
    return wb

# ---------------------------------------------------------------- build
def lo_resave(path):
    ext = path.rsplit(".",1)[1]
    tmp = os.path.join(OUT, "_lo"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", ext, "--outdir", tmp, path], check=True, capture_output=True)
    shutil.move(os.path.join(tmp, os.path.basename(path)), path); shutil.rmtree(tmp)

for r in R:
    path = os.path.join(OUT, r["f"])
    if r["h"] == 1: h1(r).save(path)
    elif r["h"] == 3: h3(r).save(path)
    elif r["h"] == 2: h2_xlsx(r).save(path)
    elif r["h"] == 4: (h4_docx(r).save(path) if path.endswith(".docx") else h4_xlsx(r).save(path))
    if r.get("lo"): lo_resave(path)
    sha = hashlib.sha256(open(path, "rb").read()).hexdigest()
    rej = r.get("rejected", False)
    key = {"file": r["f"], "sha256": sha, "status": "rejected" if rej else "extracted",
           "reason": r.get("reason"), "unit": {"id": r["uid"], "name": r["uname"]},
           "document": {"number": r["no"], "date": r["d"]},
           "entries": [] if rej else [
               {"task": t, "status": s, "indicators": dict(ind),
                "text": (TITLE[t] + ": " + phrase(t, ind, str, lambda v: f"{v} đồng", r["place"]))} for t, s, ind in r["E"]],
           "findings": [], "difficulties": [] if rej else r["D"], "proposals": [] if rej else r["Pp"]}
    json.dump(key, open(os.path.join(OUT, "truth", r["f"] + ".json"), "w"), ensure_ascii=False, indent=1)
print(len(R), "files")
