# -*- coding: utf-8 -*-
"""Generator for set 208. Writes report files + truth keys (sha256 filled after final save)."""
import json, os, hashlib, subprocess, shutil, tempfile
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
    KEYS[fname] = dict(file=fname, sha256=None, status=status, reason=reason,
                       unit={"id": unit_id, "name": unit_name},
                       document={"number": number, "date": date},
                       entries=[dict(task=t, status=s, indicators=i, text=x) for (t, s, i, x) in entries],
                       findings=[], difficulties=diffs, proposals=props)


def vn_date(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {m} năm {y}"


# ---------------------------------------------------------------- DOCX helpers
def new_doc(font="Times New Roman", size=13):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(3)
    for s in d.sections:
        s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    return d


def para(d, text="", bold=False, italic=False, align=None, size=None, indent=None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if align == "r": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    return p


def mixed(d, parts, indent=None, left=None):
    p = d.add_paragraph()
    for t, b, i in parts:
        r = p.add_run(t); r.bold = b; r.italic = i
    if indent is not None: p.paragraph_format.first_line_indent = Cm(indent)
    if left is not None: p.paragraph_format.left_indent = Cm(left)
    return p


def header_table(d, upper, unit, number, place_date, sub_left=None):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    l.width = Cm(6.5); r.width = Cm(9.5)
    p = l.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if upper:
        p.add_run(upper + "\n").font.size = Pt(12)
    rr = p.add_run(unit.upper()); rr.bold = True; rr.font.size = Pt(12)
    p2 = l.add_paragraph("Số: " + number); p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if sub_left:
        p3 = l.add_paragraph(sub_left); p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r0 in p3.runs: r0.font.size = Pt(11)
    q = r.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    a = q.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"); a.bold = True; a.font.size = Pt(12)
    b = q.add_run("Độc lập - Tự do - Hạnh phúc"); b.bold = True
    q2 = r.add_paragraph(place_date); q2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q2.runs[0].italic = True


def sign(d, role, name, noi_nhan):
    t = d.add_table(rows=1, cols=2)
    l, r = t.rows[0].cells
    p = l.paragraphs[0]; x = p.add_run("Nơi nhận:"); x.bold = True; x.italic = True
    for n in noi_nhan:
        pp = l.add_paragraph(n); pp.runs[0].font.size = Pt(11)
    q = r.paragraphs[0]; q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    y = q.add_run(role); y.bold = True
    r.add_paragraph(""); r.add_paragraph("")
    q3 = r.add_paragraph(); q3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    z = q3.add_run(name); z.bold = True


# ============================================================ HAND A (Lê Thị Thu Hà)
# ward economics officer: bold short job name, then three lines
# "- KH phường: …" / "- Thực hiện: …" / "- Mốc: hoàn thành ngày … | dự kiến hoàn thành …"
# Results written against the ward's own target ("12/10 cuộc, vượt 20% chỉ tiêu").
def hand_a(fname, uid, uname, upper, number, date, intro, jobs, ton_tai, kien_nghi, period):
    d = new_doc()
    header_table(d, upper, uname, number, f"{uname.split(' ', 1)[1]}, {vn_date(date)}")
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, f"Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 {period}", bold=True, align="c")
    para(d, "______", align="c")
    para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN SO VỚI KẾ HOẠCH CỦA " + ("XÃ" if uname.startswith("Xã") else "PHƯỜNG"), bold=True)
    lvl = "xã" if uname.startswith("Xã") else "phường"
    entries = []
    for i, j in enumerate(jobs, 1):
        para(d, f"{i}. {j['name']}", bold=True)
        mixed(d, [(f"- KH {lvl}: ", False, True), (j["kh"], False, False)], left=0.6)
        mixed(d, [("- Thực hiện: ", False, True), (j["th"], False, False)], left=0.6)
        mixed(d, [("- Mốc: ", False, True), (j["moc"], True, False)], left=0.6)
        entries.append((j["task"], j["st"], j["ind"], j["name"] + ". Thực hiện: " + j["th"]))
    para(d, "II. TỒN TẠI, KHÓ KHĂN", bold=True)
    for i, t in enumerate(ton_tai, 1):
        para(d, f"{i}. {t}", align="j", indent=1)
    para(d, "III. KIẾN NGHỊ", bold=True)
    for i, t in enumerate(kien_nghi, 1):
        para(d, f"{i}. {t}", align="j", indent=1)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Ủy ban nhân dân {lvl}./.", align="j", indent=1)
    sign(d, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", j_signers[uid],
         ["- Chi cục TĐC (Sở KH&CN);", "- TT.ĐU, TT.HĐND " + lvl + ";", "- Lưu: VT, KT(Hà)."])
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, ton_tai, kien_nghi)


j_signers = {"26860": "Nguyễn Văn Tâm", "27154": "Đỗ Thị Kim Oanh", "25750": "Bùi Quốc Hưng",
             "27343": "Lâm Chí Thành", "27601": "Phan Văn Nghĩa"}

INTRO_A = ("Thực hiện Kế hoạch của Sở Khoa học và Công nghệ về triển khai Chỉ thị số 38-CT/TW năm 2026 và "
           "Kế hoạch số {kh} của Ủy ban nhân dân {lvl} về thực hiện công tác tiêu chuẩn, đo lường, chất lượng "
           "trên địa bàn năm 2026, Ủy ban nhân dân {lvl} báo cáo kết quả thực hiện (đối chiếu với chỉ tiêu {lvl} đã đề ra) như sau:")

hand_a("26860_BC_CT38_LongTruong.docx", "26860", "Phường Long Trường", "ỦY BAN NHÂN DÂN", "412/BC-UBND", "2026-11-06",
       INTRO_A.format(kh="21/KH-UBND ngày 20/02/2026", lvl="phường"), [
    dict(name="Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", task="II.1.a", st="completed",
         kh="10 tin, bài trên trang thông tin điện tử phường; 02 lớp tập huấn cho hộ kinh doanh.",
         th="đăng 12 tin, bài (vượt 20% chỉ tiêu, thực hiện 12/10 tin, bài); tổ chức 02/02 lớp tập huấn với 145 lượt người tham dự.",
         moc="hoàn thành ngày 15/9/2026.", ind={"communications": 12, "training_courses": 2, "participants": 145}),
    dict(name="Phối hợp kiểm tra đo lường tại chợ, cửa hàng xăng dầu", task="II.5.c", st="in_progress",
         kh="06 cuộc kiểm tra.",
         th="05/06 cuộc (đạt 83% chỉ tiêu), kiểm tra 38 cơ sở, phát hiện 04 cơ sở vi phạm, xử phạt 12.500.000 đồng.",
         moc="dự kiến hoàn thành 20/12/2026 (còn 01 cuộc tại chợ Long Trường).",
         ind={"inspections": 5, "establishments_inspected": 38, "violations": 4, "fines_vnd": 12500000}),
    dict(name="Cử công chức tham gia tập huấn nghiệp vụ", task="II.3.a", st="completed",
         kh="03 công chức.", th="03/03 công chức tham gia lớp tập huấn do Sở Khoa học và Công nghệ tổ chức (đạt 100%).",
         moc="hoàn thành ngày 28/8/2026.", ind={"participants": 3}),
    dict(name="Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng sản phẩm", task="II.2.d", st="completed",
         kh="20 hộ kinh doanh.", th="hướng dẫn 26/20 hộ kinh doanh (vượt 30% chỉ tiêu).",
         moc="hoàn thành ngày 30/10/2026.", ind={"enterprises_supported": 26}),
    dict(name="Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại UBND phường", task="II.2.đ",
         st="in_progress", kh="rà soát, cập nhật toàn bộ quy trình giải quyết thủ tục hành chính.",
         th="đã rà soát 11 quy trình, đang trình Chủ tịch UBND phường ban hành lại.",
         moc="dự kiến hoàn thành 30/11/2026.", ind={}),
], ["Phường chưa có công chức chuyên trách lĩnh vực tiêu chuẩn, đo lường, chất lượng; công chức phụ trách kiêm nhiệm nhiều việc.",
    "Chưa có cân đối chứng và quả cân chuẩn để kiểm tra nhanh tại chợ."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng hỗ trợ phường bộ quả cân chuẩn đặt tại chợ Long Trường.",
    "Đề nghị Sở Khoa học và Công nghệ tiếp tục mở lớp tập huấn nghiệp vụ cho công chức phường trong năm 2027."],
   "(từ ngày 01/01/2026 đến ngày 31/10/2026)")

hand_a("27154-BCCT38-BanCo.docx", "27154", "Phường Bàn Cờ", "ỦY BAN NHÂN DÂN", "287/BC-UBND", "2026-11-04",
       INTRO_A.format(kh="14/KH-UBND ngày 11/02/2026", lvl="phường"), [
    dict(name="Tuyên truyền, tập huấn cho người dân, hộ kinh doanh", task="II.1.a", st="in_progress",
         kh="08 tin, bài; 04 lớp tập huấn.",
         th="09 tin, bài (thực hiện 09/08, vượt chỉ tiêu); đạt 3/4 lớp theo kế hoạch của phường với 210 lượt người tham dự.",
         moc="dự kiến hoàn thành 15/12/2026 (lớp thứ tư tổ chức tại khu phố 5).",
         ind={"communications": 9, "training_courses": 3, "participants": 210}),
    dict(name="Kiểm tra đo lường theo phân cấp (cân tại chợ Bàn Cờ, cửa hàng vàng bạc)", task="II.5.c", st="completed",
         kh="08 cuộc.", th="08/08 cuộc (đạt 100%), 52 cơ sở được kiểm tra, 06 cơ sở vi phạm, phạt 18.750.000 đồng.",
         moc="hoàn thành ngày 31/10/2026.",
         ind={"inspections": 8, "establishments_inspected": 52, "violations": 6, "fines_vnd": 18750000}),
    dict(name="Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia", task="II.1.b", st="completed",
         kh="phổ biến tới 10 doanh nghiệp trên địa bàn.", th="07/10 doanh nghiệp được hướng dẫn hồ sơ, thể lệ giải thưởng.",
         moc="hoàn thành ngày 30/6/2026 (hết hạn đăng ký).", ind={"enterprises_supported": 7}),
    dict(name="Tiếp nhận phản ánh, tố giác vi phạm về đo lường, chất lượng", task="II.5.d", st="not_applicable",
         kh="tiếp nhận, xử lý 100% phản ánh.", th="trong kỳ không phát sinh phản ánh, tố giác.",
         moc="không phát sinh.", ind={}),
], ["Hộ kinh doanh tại chợ thay đổi thường xuyên nên việc tuyên truyền phải làm lại nhiều lần."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cung cấp tài liệu tuyên truyền in sẵn (tờ gấp, áp phích) cho phường."],
   "năm 2026 (số liệu đến ngày 31/10/2026)")

hand_a("BC_38_PhuLoi_2026.docx", "25750", "Phường Phú Lợi", "ỦY BAN NHÂN DÂN", "156/BC-UBND", "2026-11-09",
       INTRO_A.format(kh="09/KH-UBND ngày 03/3/2026", lvl="phường"), [
    dict(name="Thông tin, tuyên truyền", task="II.1.a", st="completed", kh="12 tin, bài.",
         th="15/12 tin, bài trên trang thông tin điện tử và nhóm Zalo khu phố (vượt 25% chỉ tiêu).",
         moc="hoàn thành ngày 20/10/2026.", ind={"communications": 15}),
    dict(name="Kiểm tra đo lường theo phân cấp tại chợ, cơ sở kinh doanh", task="II.5.c", st="completed", kh="05 cuộc.",
         th="07/05 cuộc (vượt 40% chỉ tiêu), 41 cơ sở, 03 cơ sở vi phạm, xử phạt 6,5 triệu đồng.",
         moc="hoàn thành ngày 25/9/2026.",
         ind={"inspections": 7, "establishments_inspected": 41, "violations": 3, "fines_vnd": 6500000}),
    dict(name="Phối hợp Đoàn kiểm tra của Chi cục kiểm tra chất lượng mũ bảo hiểm, đồ chơi trẻ em lưu thông trên địa bàn",
         task="II.5.a", st="completed", kh="02 cuộc (theo đề nghị của Chi cục).", th="02/02 cuộc, 14 cơ sở kinh doanh được kiểm tra.",
         moc="hoàn thành ngày 10/9/2026.", ind={"inspections": 2, "establishments_inspected": 14}),
    dict(name="Cử công chức dự tập huấn chuyên môn", task="II.3.a", st="completed", kh="02 công chức.",
         th="02/02 công chức dự lớp tập huấn do Sở Khoa học và Công nghệ tổ chức.", moc="hoàn thành ngày 12/6/2026.",
         ind={"participants": 2}),
    dict(name="Xây dựng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ phận một cửa", task="II.2.đ",
         st="not_started", kh="ban hành hệ thống trong năm 2026.", th="chưa triển khai do chờ hướng dẫn của Sở Nội vụ.",
         moc="chưa triển khai, dự kiến hoàn thành 30/12/2026.", ind={}),
], ["Kinh phí cho công tác tuyên truyền chưa được bố trí riêng."],
   ["Đề nghị Sở Nội vụ sớm có hướng dẫn xây dựng hệ thống quản lý chất lượng cho các phường mới sắp xếp."],
   "(tính đến ngày 31/10/2026)")

hand_a("UBND_ChoLon_BC38.docx", "27343", "Phường Chợ Lớn", "ỦY BAN NHÂN DÂN", "503/BC-UBND", "2026-11-12",
       INTRO_A.format(kh="33/KH-UBND ngày 05/3/2026", lvl="phường"), [
    dict(name="Tuyên truyền và tập huấn", task="II.1.a", st="in_progress", kh="10 tin, bài; 04 lớp.",
         th="10/10 tin, bài (đạt 100%); đạt 3/4 lớp theo kế hoạch của phường, 260 lượt người tham dự.",
         moc="dự kiến hoàn thành 18/12/2026.", ind={"communications": 10, "training_courses": 3, "participants": 260}),
    dict(name="Kiểm tra đo lường, nhãn hàng hóa tại các chợ đầu mối và cửa hàng trên địa bàn", task="II.5.c", st="completed",
         kh="10 cuộc.", th="vượt 20% chỉ tiêu, thực hiện 12/10 cuộc; kiểm tra 86 cơ sở, 09 cơ sở vi phạm, phạt 27.300.000 đồng.",
         moc="hoàn thành ngày 05/11/2026.",
         ind={"inspections": 12, "establishments_inspected": 86, "violations": 9, "fines_vnd": 27300000}),
    dict(name="Hướng dẫn hộ kinh doanh về nhãn hàng hóa, mã số mã vạch", task="II.2.d", st="in_progress", kh="50 hộ.",
         th="40/50 hộ kinh doanh được hướng dẫn (đạt 80%).", moc="dự kiến hoàn thành 20/12/2026.",
         ind={"enterprises_supported": 40}),
    dict(name="Phối hợp Chi cục khảo sát chất lượng vàng trang sức", task="II.5.b", st="completed",
         kh="phối hợp theo đề nghị.", th="phối hợp lấy 06 mẫu vàng trang sức tại 06 cửa hàng.",
         moc="hoàn thành ngày 22/7/2026.", ind={"samples_tested": 6}),
], ["Nhiều hộ kinh doanh là người Hoa lớn tuổi, việc hướng dẫn ghi nhãn còn khó khăn về ngôn ngữ."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng biên soạn tài liệu hướng dẫn ghi nhãn song ngữ Việt - Hoa."],
   "(số liệu đến ngày 10/11/2026)")

hand_a("VinhLoc-bc-ct38-nam2026.docx", "27601", "Xã Vĩnh Lộc", "ỦY BAN NHÂN DÂN", "98/BC-UBND", "2026-11-10",
       INTRO_A.format(kh="17/KH-UBND ngày 26/02/2026", lvl="xã"), [
    dict(name="Tuyên truyền trên Đài truyền thanh xã và tập huấn", task="II.1.a", st="in_progress", kh="05 tin; 02 lớp.",
         th="06/05 tin (vượt 20% chỉ tiêu); 01/02 lớp, 85 lượt người tham dự.", moc="dự kiến hoàn thành 15/12/2026.",
         ind={"communications": 6, "training_courses": 1, "participants": 85}),
    dict(name="Kiểm tra đo lường theo phân cấp", task="II.5.c", st="completed", kh="04 cuộc.",
         th="04/04 cuộc, 27 cơ sở, 02 cơ sở vi phạm, xử phạt 3.500.000 đồng.", moc="hoàn thành ngày 30/9/2026.",
         ind={"inspections": 4, "establishments_inspected": 27, "violations": 2, "fines_vnd": 3500000}),
    dict(name="Cử công chức tham gia tập huấn", task="II.3.a", st="in_progress", kh="02 công chức.",
         th="01/02 công chức (đạt 50%); công chức còn lại tham gia lớp tháng 12.", moc="dự kiến hoàn thành 10/12/2026.",
         ind={"participants": 1}),
], ["Địa bàn xã rộng, nhiều cơ sở kinh doanh nhỏ lẻ phân tán, lực lượng kiểm tra mỏng."],
   ["Đề nghị Sở Khoa học và Công nghệ bố trí thêm lớp tập huấn tại cụm xã phía Tây."],
   "(đến ngày 31/10/2026)")


# ============================================================ HAND B (Trần Minh Khoa)
# "BÁO CÁO BỔ SUNG": only what changed since the unit's previous report, "tăng thêm … nâng tổng số lên …".
def hand_b(fname, uid, uname, upper, number, date, title, prev, items, tail, diffs, props, signer, role,
           status="extracted", reason=None):
    d = new_doc(size=14)
    # header as centred lines, unit left via tabs (no table)
    p = para(d); r = p.add_run(upper + "\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); r.font.size = Pt(12)
    p = para(d); r = p.add_run(uname.upper() + "\t\tĐộc lập - Tự do - Hạnh phúc"); r.bold = True; r.font.size = Pt(12)
    p = para(d); p.add_run("Số: " + number + "\t\t" + uname.replace("Phường ", "").replace("Xã ", "").replace(
        "Sở Công Thương", "TP. Hồ Chí Minh") + ", " + vn_date(date)).italic = False
    para(d)
    para(d, "BÁO CÁO BỔ SUNG", bold=True, align="c")
    para(d, title, bold=True, align="c")
    para(d, f"Ngày {prev}, {uname} đã gửi báo cáo. Từ sau thời điểm báo cáo đến nay có một số nội dung thay đổi, "
            f"{uname} báo cáo bổ sung như sau (chỉ nêu các nội dung có thay đổi):", align="j", indent=1)
    entries = []
    for i, it in enumerate(items, 1):
        mixed(d, [(f"{i}. {it['name']}: ", True, False), (it["body"], False, False)], indent=1)
        entries.append((it["task"], it["st"], it["ind"], it["name"] + ": " + it["body"]))
    para(d, tail, align="j", indent=1)
    if diffs:
        para(d, "Khó khăn phát sinh thêm:", bold=True, italic=True)
        for t in diffs: para(d, "- " + t, align="j", indent=1)
    if props:
        para(d, "Kiến nghị bổ sung:", bold=True, italic=True)
        for t in props: para(d, "- " + t, align="j", indent=1)
    para(d, "Trân trọng./.", indent=1)
    sign(d, role, signer, ["- Như trên;", "- Chi cục TĐC;", "- Lưu: VT."])
    d.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diffs, props, status, reason)


hand_b("SCT_bao-cao-bo-sung-CT38.docx", "SO-CT", "Sở Công Thương", "UBND THÀNH PHỐ HỒ CHÍ MINH", "4127/BC-SCT",
       "2026-12-01", "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "30/10/2026, tại Báo cáo số 3890/BC-SCT", [
    dict(name="Phối hợp kiểm tra chất lượng xăng dầu, hàng hóa lưu thông trên thị trường", task="II.5.a", st="in_progress",
         body="tăng thêm 03 cuộc, nâng tổng số lên 14 cuộc; số cơ sở được kiểm tra tăng thêm 21, nâng tổng số lên 96 cơ sở; "
              "phát hiện thêm 02 cơ sở vi phạm, nâng tổng số lên 11 cơ sở; xử phạt thêm 15.000.000 đồng, nâng tổng số tiền "
              "xử phạt lên 142.500.000 đồng. Nội dung này vẫn đang triển khai, dự kiến hoàn thành 25/12/2026.",
         ind={"inspections": 14, "establishments_inspected": 96, "violations": 11, "fines_vnd": 142500000}),
    dict(name="Thông tin tuyên truyền về chất lượng sản phẩm, hàng hóa", task="II.1.a", st="completed",
         body="đăng thêm 04 tin, bài trên Cổng thông tin điện tử của Sở, nâng tổng số lên 23 tin, bài; hoàn thành ngày 25/11/2026.",
         ind={"communications": 23}),
    dict(name="Hỗ trợ doanh nghiệp công nghiệp áp dụng hệ thống quản lý chất lượng ISO 9001, ISO 22000", task="II.2.d",
         st="in_progress", body="hỗ trợ thêm 05 doanh nghiệp, nâng tổng số lên 18 doanh nghiệp; dự kiến hoàn thành 20/12/2026.",
         ind={"enterprises_supported": 18}),
    dict(name="Góp ý dự thảo quy chuẩn kỹ thuật quốc gia", task="II.2.e", st="completed",
         body="góp ý thêm 02 dự thảo QCVN, nâng tổng số lên 05 dự thảo; hoàn thành ngày 18/11/2026.",
         ind={"standards_reviewed": 5}),
], "Các nội dung khác giữ nguyên như Báo cáo số 3890/BC-SCT.", [],
   ["Đề nghị Sở Khoa học và Công nghệ chia sẻ kết quả khảo sát chất lượng xăng dầu năm 2026 để Sở Công Thương phục vụ công tác quản lý."],
   "Võ Thành Đạt", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC")

hand_b("ThuanGiao_BCbosung_CT38.docx", "25969", "Phường Thuận Giao", "ỦY BAN NHÂN DÂN", "45/BC-UBND", "2026-12-03",
       "Kết quả thực hiện Chỉ thị số 38-CT/TW về tiêu chuẩn, đo lường, chất lượng năm 2026",
       "05/11/2026, tại Báo cáo số 38/BC-UBND", [
    dict(name="Kiểm tra đo lường tại chợ Thuận Giao và các cửa hàng xăng dầu", task="II.5.c", st="completed",
         body="tăng thêm 02 cuộc, nâng tổng số lên 07 cuộc; kiểm tra thêm 11 cơ sở, nâng tổng số lên 45 cơ sở; không phát "
              "hiện thêm vi phạm (tổng số vẫn là 03 cơ sở vi phạm, số tiền phạt 4.500.000 đồng). Đợt kiểm tra cuối năm "
              "hoàn thành ngày 28/11/2026, nội dung này đã hoàn thành.",
         ind={"inspections": 7, "establishments_inspected": 45, "violations": 3, "fines_vnd": 4500000}),
    dict(name="Tuyên truyền cho hộ kinh doanh", task="II.1.a", st="completed",
         body="tổ chức thêm 01 lớp, nâng tổng số lên 03 lớp; tăng thêm 65 lượt người, nâng tổng số lên 190 lượt người "
              "tham dự; hoàn thành ngày 20/11/2026.",
         ind={"training_courses": 3, "participants": 190}),
    dict(name="Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001:2015", task="II.2.đ", st="completed",
         body="tại Báo cáo số 38/BC-UBND phường báo cáo đang thực hiện; nay đã công bố lại hệ thống, hoàn thành ngày 25/11/2026.",
         ind={}),
], "Các nội dung còn lại không thay đổi so với Báo cáo số 38/BC-UBND ngày 05/11/2026.", [],
   [], "Trịnh Ngọc Lan", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")

hand_b("TanHiep-bo-sung-bc-38.docx", "25920", "Phường Tân Hiệp", "ỦY BAN NHÂN DÂN", "211/BC-UBND", "2026-11-27",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "02/11/2026, tại Báo cáo số 190/BC-UBND", [
    dict(name="Tin, bài tuyên truyền", task="II.1.a", st="in_progress",
         body="tăng thêm 03 tin, bài, nâng tổng số lên 11 tin, bài; tiếp tục thực hiện, dự kiến hoàn thành 20/12/2026.",
         ind={"communications": 11}),
    dict(name="Kiểm tra đo lường theo phân cấp", task="II.5.c", st="in_progress",
         body="tăng thêm 01 cuộc, nâng tổng số lên 06 cuộc; thêm 09 cơ sở, nâng tổng số lên 40 cơ sở được kiểm tra; "
              "thêm 01 cơ sở vi phạm, nâng tổng số lên 04 cơ sở; phạt thêm 2.000.000 đồng, nâng tổng số tiền phạt lên "
              "9.000.000 đồng. Dự kiến hoàn thành 25/12/2026.",
         ind={"inspections": 6, "establishments_inspected": 40, "violations": 4, "fines_vnd": 9000000}),
    dict(name="Cử công chức dự tập huấn nghiệp vụ", task="II.3.a", st="completed",
         body="tăng thêm 01 lượt, nâng tổng số lên 03 lượt công chức; hoàn thành ngày 14/11/2026.",
         ind={"participants": 3}),
    dict(name="Hướng dẫn hộ kinh doanh ghi nhãn hàng hóa", task="II.2.d", st="completed",
         body="tăng thêm 06 hộ, nâng tổng số lên 21 hộ kinh doanh được hướng dẫn; hoàn thành ngày 24/11/2026.",
         ind={"enterprises_supported": 21}),
], "Ngoài các nội dung trên, các số liệu khác giữ nguyên như Báo cáo số 190/BC-UBND.",
   ["Đợt kiểm tra tháng 12 trùng thời điểm cao điểm Tết, lực lượng của phường phải tham gia nhiều đoàn cùng lúc."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng cử cán bộ chuyên môn hỗ trợ phường trong đợt kiểm tra tháng 12/2026."],
   "Lương Hữu Phước", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")

hand_b("CanGio_BC_bo_sung_TDC.docx", "27664", "Xã Cần Giờ", "ỦY BAN NHÂN DÂN", "132/BC-UBND", "2026-12-02",
       "Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
       "06/11/2026, tại Báo cáo số 117/BC-UBND", [
    dict(name="Kiểm tra đo lường tại chợ Cần Giờ và các vựa thu mua hải sản", task="II.5.c", st="completed",
         body="tăng thêm 02 cuộc, nâng tổng số lên 05 cuộc; kiểm tra thêm 14 cơ sở, nâng tổng số lên 33 cơ sở; "
              "hoàn thành ngày 30/11/2026.",
         ind={"inspections": 5, "establishments_inspected": 33}),
    dict(name="Tuyên truyền trên hệ thống loa truyền thanh", task="II.1.a", st="in_progress",
         body="phát thêm 05 tin, nâng tổng số lên 14 tin; dự kiến hoàn thành 20/12/2026.",
         ind={"communications": 14}),
    dict(name="Tiếp nhận phản ánh của người dân", task="II.5.d", st="completed",
         body="tại báo cáo trước chưa phát sinh; trong tháng 11 xã tiếp nhận phản ánh về cân thiếu tại chợ, đã phối hợp "
              "Chi cục Tiêu chuẩn Đo lường Chất lượng xác minh, xử lý xong ngày 21/11/2026.",
         ind={}),
], "Các nội dung khác giữ nguyên như Báo cáo số 117/BC-UBND.", [],
   ["Đề nghị Sở Khoa học và Công nghệ hỗ trợ kinh phí trang bị cân đối chứng cho chợ Cần Giờ và chợ Đồng Hòa."],
   "Nguyễn Thị Mỹ Châu", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH")

# mistaken: chuyển đổi số
hand_b("XuanHoa_BC_bo_sung_11thang.docx", "27139", "Phường Xuân Hòa", "ỦY BAN NHÂN DÂN", "276/BC-UBND", "2026-12-01",
       "Kết quả thực hiện chuyển đổi số, phát triển chính quyền số 11 tháng năm 2026",
       "28/10/2026, tại Báo cáo số 251/BC-UBND", [
    dict(name="Hồ sơ thủ tục hành chính trực tuyến toàn trình", task="-", st="-",
         body="tăng thêm 312 hồ sơ, nâng tổng số lên 2.847 hồ sơ; tỷ lệ số hóa kết quả giải quyết đạt 96%.", ind={}),
    dict(name="Tài khoản định danh điện tử VNeID mức 2", task="-", st="-",
         body="kích hoạt thêm 1.126 tài khoản, nâng tổng số lên 38.540 tài khoản.", ind={}),
    dict(name="Tổ công nghệ số cộng đồng", task="-", st="-",
         body="thành lập thêm 02 tổ, nâng tổng số lên 11 tổ tại các khu phố.", ind={}),
], "Các nội dung khác giữ nguyên như Báo cáo số 251/BC-UBND.",
   ["Đường truyền tại bộ phận một cửa thường xuyên chậm vào giờ cao điểm."], [],
   "Hồ Tấn Lực", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
   status="rejected", reason="Báo cáo bổ sung về chuyển đổi số, chính quyền số; không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW.")
k = KEYS["XuanHoa_BC_bo_sung_11thang.docx"]; k["entries"] = []; k["difficulties"] = []; k["proposals"] = []

# ============================================================ XLSX helpers
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)


def box(ws, r1, r2, c1, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top")


# ============================================================ HAND C (Phạm Ngọc Diệp)
# department planner's sheet "Tien do": "Chỉ tiêu năm của đơn vị | Kết quả đã làm | TH/CT | Mốc hoàn thành"
# the only status is the wording of the "Mốc hoàn thành" cell ("Đã xong 15/9/2026" / "Dự kiến 20/12/2026").
def hand_c(fname, uid, uname, upper, number, date, rows, diffs, props, signer):
    wb = Workbook(); ws = wb.active; ws.title = "Tien do"
    ws["A1"] = upper; ws["A2"] = uname.upper(); ws["A2"].font = Font(bold=True)
    ws["A3"] = "Số: " + number
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["E1"].font = Font(bold=True)
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["E3"] = "Thành phố Hồ Chí Minh, " + vn_date(date); ws["E3"].font = Font(italic=True)
    ws["A5"] = "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026 (so với chỉ tiêu đơn vị tự đặt đầu năm)"
    ws["A5"].font = Font(bold=True); ws.merge_cells("A5:F5")
    hdr = ["STT", "Nội dung công việc", "Chỉ tiêu năm của đơn vị", "Kết quả đã làm", "TH/CT", "Mốc hoàn thành"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 8; entries = []
    for i, row in enumerate(rows, 1):
        vals = [i, row["name"], row["ct"], row["kq"], row["thct"], row["moc"]]
        for c, v in enumerate(vals, 1): ws.cell(r, c, v)
        entries.append((row["task"], row["st"], row["ind"], row["name"] + " — " + row["kq"]))
        r += 1
    box(ws, 7, r - 1, 1, 6)
    r += 1
    ws.cell(r, 1, "Khó khăn, vướng mắc:").font = Font(bold=True); r += 1
    for t in diffs: ws.cell(r, 2, "- " + t); r += 1
    ws.cell(r, 1, "Đề xuất, kiến nghị:").font = Font(bold=True); r += 1
    for t in props: ws.cell(r, 2, "- " + t); r += 1
    r += 1
    ws.cell(r, 5, "KT. GIÁM ĐỐC" if uid.startswith("SO") else "GIÁM ĐỐC").font = Font(bold=True)
    ws.cell(r + 4, 5, signer).font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 42, 22, 50, 18, 22]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diffs, props)


hand_c("SNNMT_TienDo_CT38_2026.xlsx", "SO-NNMT", "Sở Nông nghiệp và Môi trường", "UBND THÀNH PHỐ HỒ CHÍ MINH",
       "2985/BC-SNNMT", "2026-10-29", [
    dict(name="Phối hợp kiểm tra chất lượng phân bón, thuốc bảo vệ thực vật, thức ăn chăn nuôi", task="II.5.a",
         st="completed", ct="10 cuộc",
         kq="12 cuộc kiểm tra; 64 cơ sở; 07 cơ sở vi phạm; phạt 86.000.000 đ",
         thct="12/10 cuộc (vượt 20%)", moc="Đã xong 15/9/2026",
         ind={"inspections": 12, "establishments_inspected": 64, "violations": 7, "fines_vnd": 86000000}),
    dict(name="Lấy mẫu phân bón, thức ăn chăn nuôi gửi thử nghiệm chất lượng", task="II.5.b", st="in_progress",
         ct="40 mẫu", kq="45 mẫu đã lấy và gửi thử nghiệm", thct="45/40 mẫu (vượt 12,5%)", moc="Dự kiến 20/12/2026",
         ind={"samples_tested": 45}),
    dict(name="Tập huấn truy xuất nguồn gốc nông sản cho hợp tác xã, doanh nghiệp (Đề án 100)", task="II.2.a",
         st="in_progress", ct="05 lớp", kq="04 lớp; 320 lượt học viên", thct="04/05 lớp (80%)",
         moc="Dự kiến 10/12/2026", ind={"training_courses": 4, "participants": 320}),
    dict(name="Góp ý dự thảo QCVN về phân bón, giống cây trồng", task="II.2.e", st="completed", ct="theo đề nghị của Bộ",
         kq="03 dự thảo QCVN đã góp ý", thct="3/3 dự thảo", moc="Đã xong 30/7/2026", ind={"standards_reviewed": 3}),
    dict(name="Cử công chức tham dự tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng", task="II.3.a",
         st="completed", ct="06 người", kq="06 công chức tham dự", thct="6/6 người (100%)", moc="Đã xong 19/6/2026",
         ind={"participants": 6}),
], ["Một số cơ sở kinh doanh phân bón nhỏ lẻ thay đổi địa điểm, không còn hoạt động tại địa chỉ đăng ký."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng chia sẻ danh sách cơ sở được kiểm tra để tránh chồng chéo."],
   "Tạ Minh Quân")

hand_c("SXD_bieu_tien_do_KH38.xlsx", "SO-XD", "Sở Xây dựng", "UBND THÀNH PHỐ HỒ CHÍ MINH", "6120/BC-SXD",
       "2026-11-02", [
    dict(name="Kiểm tra chất lượng vật liệu xây dựng lưu thông trên thị trường", task="II.5.a", st="in_progress",
         ct="10 cuộc", kq="08 cuộc; 35 cơ sở; 03 vi phạm; phạt 45.000.000 đ", thct="08/10 cuộc (đạt 80%)",
         moc="Dự kiến 18/12/2026",
         ind={"inspections": 8, "establishments_inspected": 35, "violations": 3, "fines_vnd": 45000000}),
    dict(name="Lấy mẫu xi măng, thép, kính xây dựng thử nghiệm", task="II.5.b", st="completed", ct="20 mẫu",
         kq="24 mẫu", thct="24/20 mẫu (vượt 20%)", moc="Đã xong 30/9/2026", ind={"samples_tested": 24}),
    dict(name="Góp ý TCVN, QCVN lĩnh vực vật liệu xây dựng (QCVN 16)", task="II.2.e", st="completed", ct="04 văn bản",
         kq="04 dự thảo TCVN, QCVN", thct="4/4", moc="Đã xong 12/8/2026", ind={"standards_reviewed": 4}),
    dict(name="Hội nghị phổ biến QCVN 16:2023/BXD cho doanh nghiệp", task="II.1.a", st="completed", ct="02 hội nghị",
         kq="02 hội nghị; 180 đại biểu", thct="2/2 hội nghị", moc="Đã xong 25/6/2026",
         ind={"training_courses": 2, "participants": 180}),
    dict(name="Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 tại Sở", task="II.2.đ", st="completed",
         ct="đánh giá nội bộ 01 lần", kq="Đã đánh giá nội bộ, cập nhật quy trình", thct="1/1", moc="Đã xong 30/10/2026",
         ind={}),
], ["Chi phí thử nghiệm mẫu vật liệu xây dựng cao, dự toán được giao không đủ để lấy thêm mẫu."],
   ["Đề nghị Sở Khoa học và Công nghệ phối hợp bố trí kinh phí thử nghiệm mẫu trong kế hoạch năm 2027."],
   "Đặng Hoàng Phúc")

hand_c("TTPTTN_TienDo_KH38_T10.xlsx", "SKHCN-TTPTTN",
       "Trung tâm Dịch vụ Phân tích thí nghiệm và Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh",
       "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "388/BC-TTPTTN", "2026-10-30", [
    dict(name="Đầu tư trang thiết bị, hiện đại hóa phòng thử nghiệm", task="II.4.a", st="in_progress",
         ct="3.000.000.000 đ", kq="mua sắm 07 thiết bị; đã giải ngân 2.350.000.000 đ", thct="2,35/3 tỷ (78%)",
         moc="Dự kiến 15/12/2026", ind={"budget_spent_vnd": 2350000000}),
    dict(name="Hiệu chuẩn, duy trì chuẩn đo lường chính, liên kết chuẩn quốc gia", task="II.4.c", st="completed",
         ct="18 chuẩn", kq="18 chuẩn chính được hiệu chuẩn", thct="18/18 chuẩn", moc="Đã xong 28/8/2026",
         ind={"instruments_verified": 18}),
    dict(name="Dịch vụ kiểm định, hiệu chuẩn, thử nghiệm", task="II.2.g", st="in_progress",
         ct="11.000 phương tiện đo", kq="kiểm định, hiệu chuẩn 12.460 phương tiện đo; thử nghiệm 1.820 mẫu",
         thct="12.460/11.000 (vượt 13%)", moc="Dự kiến 31/12/2026",
         ind={"instruments_verified": 12460, "samples_tested": 1820}),
    dict(name="Thử nghiệm mẫu khảo sát chất lượng xăng dầu, LPG cho Chi cục", task="II.5.b", st="completed",
         ct="96 mẫu", kq="96 mẫu", thct="96/96 mẫu", moc="Đã xong 30/9/2026", ind={"samples_tested": 96}),
    dict(name="Phối hợp tập huấn cho sinh viên về đo lường, chất lượng", task="II.3.d", st="in_progress",
         ct="03 lớp", kq="02 lớp; 140 học viên", thct="2/3 lớp", moc="Dự kiến 05/12/2026",
         ind={"training_courses": 2, "participants": 140}),
], ["Một số thiết bị nhập khẩu giao hàng chậm so với hợp đồng."],
   ["Đề nghị Sở cho phép chuyển nguồn kinh phí mua sắm còn lại sang năm 2027 nếu nhà cung cấp không giao kịp."],
   "Lý Thanh Tùng")


# ============================================================ HAND D (Huỳnh Văn Lộc)
# ward/commune sheet: one row per figure, task name repeated on each row, columns
# "KH phường | Thực hiện | ĐVT | Tỷ lệ (%) | Hoàn thành ngày | Dự kiến hoàn thành"; status = which date column is filled.
def hand_d(fname, uid, uname, number, date, title, tasks, diffs, props, signer, status="extracted", reason=None):
    wb = Workbook(); ws = wb.active; ws.title = "BC"
    lvl = "xã" if uname.startswith("Xã") else "phường"
    ws["A1"] = "UBND " + uname.upper(); ws["A1"].font = Font(bold=True)
    ws["A2"] = "Số: " + number
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"; ws["F2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["F3"] = f"{uname.split(' ', 1)[1]}, {vn_date(date)}"
    ws["A5"] = title; ws["A5"].font = Font(bold=True, size=13)
    hdr = ["STT", "Nhiệm vụ", "Chỉ tiêu", f"KH {lvl}", "Thực hiện", "ĐVT", "Tỷ lệ (%)", "Hoàn thành ngày", "Dự kiến hoàn thành"]
    for c, h in enumerate(hdr, 1):
        x = ws.cell(7, c, h); x.font = Font(bold=True); x.fill = PatternFill("solid", fgColor="FFF2CC")
    r = 8; entries = []
    for i, t in enumerate(tasks, 1):
        for j, f in enumerate(t["rows"]):
            ws.cell(r, 1, i if j == 0 else None); ws.cell(r, 2, t["name"])
            label, kh, th, dvt = f
            ws.cell(r, 3, label); ws.cell(r, 4, kh); ws.cell(r, 5, th); ws.cell(r, 6, dvt)
            if isinstance(kh, int) and isinstance(th, int) and kh:
                ws.cell(r, 7, round(th * 100 / kh))
            ws.cell(r, 8, t.get("ht")); ws.cell(r, 9, t.get("dk"))
            r += 1
        if t.get("task"):
            entries.append((t["task"], t["st"], t["ind"], t["name"]))
    box(ws, 7, r - 1, 1, 9)
    r += 1
    ws.cell(r, 1, "Khó khăn:").font = Font(bold=True); r += 1
    for t in diffs: ws.cell(r, 2, t); r += 1
    ws.cell(r, 1, "Đề xuất:").font = Font(bold=True); r += 1
    for t in props: ws.cell(r, 2, t); r += 1
    ws.cell(r + 1, 7, "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH").font = Font(bold=True)
    ws.cell(r + 5, 7, signer).font = Font(bold=True)
    for col, w in zip("ABCDEFGHI", [5, 40, 28, 10, 14, 10, 9, 16, 18]): ws.column_dimensions[col].width = w
    wb.save(os.path.join(OUT, fname))
    key(fname, uid, uname, number, date, entries, diffs, props, status, reason)


T38 = "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"
hand_d("AnDong_bieu_CT38.xlsx", "27316", "Phường An Đông", "318/BC-UBND", "2026-11-05", T38, [
    dict(name="Tuyên truyền, tập huấn về tiêu chuẩn, đo lường, chất lượng", task="II.1.a", st="completed",
         rows=[("Tin, bài", 12, 14, "tin, bài"), ("Lớp tập huấn", 3, 3, "lớp"), ("Người tham dự", 200, 236, "lượt")],
         ht="30/10/2026", ind={"communications": 14, "training_courses": 3, "participants": 236}),
    dict(name="Kiểm tra đo lường theo phân cấp", task="II.5.c", st="in_progress",
         rows=[("Số cuộc", 6, 6, "cuộc"), ("Cơ sở được kiểm tra", 40, 44, "cơ sở"), ("Cơ sở vi phạm", None, 5, "cơ sở"),
               ("Tiền phạt", None, 11250000, "đồng")],
         dk="22/12/2026", ind={"inspections": 6, "establishments_inspected": 44, "violations": 5, "fines_vnd": 11250000}),
    dict(name="Hướng dẫn hộ kinh doanh ghi nhãn, công bố chất lượng", task="II.2.d", st="in_progress",
         rows=[("Hộ kinh doanh được hướng dẫn", 30, 18, "hộ")], dk="20/12/2026", ind={"enterprises_supported": 18}),
    dict(name="Tiếp nhận, xử lý phản ánh vi phạm", task="II.5.d", st="not_applicable",
         rows=[("Phản ánh", None, "Không phát sinh", None)], ind={}),
], ["Chợ An Đông đang sửa chữa, các hộ kinh doanh di dời tạm nên khó kiểm tra."],
   ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp kiểm tra cân tại khu chợ tạm trong tháng 12/2026."],
   "Quách Thị Ngọc Yến")

hand_d("DongHoa-CT38-bieu.xlsx", "25951", "Phường Đông Hòa", "201/BC-UBND", "2026-11-11", T38, [
    dict(name="Tuyên truyền trên trang thông tin điện tử phường", task="II.1.a", st="completed",
         rows=[("Tin, bài", 5, 6, "tin, bài")], ht="15/9/2026", ind={"communications": 6}),
    dict(name="Kiểm tra đo lường tại chợ, cửa hàng xăng dầu", task="II.5.c", st="completed",
         rows=[("Số cuộc", 8, 10, "cuộc"), ("Cơ sở được kiểm tra", None, 61, "cơ sở"), ("Cơ sở vi phạm", None, 4, "cơ sở"),
               ("Tiền phạt", None, 9800000, "đồng")],
         ht="06/11/2026", ind={"inspections": 10, "establishments_inspected": 61, "violations": 4, "fines_vnd": 9800000}),
    dict(name="Cử công chức dự tập huấn nghiệp vụ", task="II.3.a", st="in_progress",
         rows=[("Lượt công chức", 3, 2, "lượt")], dk="12/12/2026", ind={"participants": 2}),
    dict(name="Công bố lại hệ thống quản lý chất lượng ISO 9001", task="II.2.đ", st="completed",
         rows=[("Quyết định công bố", 1, 1, "quyết định")], ht="20/8/2026", ind={}),
], ["Phường mới sắp xếp, địa bàn rộng, 02 chợ tự phát chưa được quản lý."],
   ["Đề nghị Sở Khoa học và Công nghệ tổ chức tập huấn bổ sung cho công chức phường vào đầu năm 2027."],
   "Mai Xuân Trường")

hand_d("BinhTien_BC38_2026.xlsx", "27373", "Phường Bình Tiên", "77/BC-UBND", "2026-11-13", T38, [
    dict(name="Tuyên truyền, tập huấn cho hộ kinh doanh", task="II.1.a", st="completed",
         rows=[("Lớp tập huấn", 2, 2, "lớp"), ("Người tham dự", None, 150, "lượt"), ("Tin, bài", None, 7, "tin, bài")],
         ht="18/9/2026", ind={"training_courses": 2, "participants": 150, "communications": 7}),
    dict(name="Kiểm tra đo lường theo phân cấp", task="II.5.c", st="in_progress",
         rows=[("Số cuộc", 5, 4, "cuộc"), ("Cơ sở được kiểm tra", None, 29, "cơ sở"), ("Cơ sở vi phạm", None, 2, "cơ sở"),
               ("Tiền phạt", None, 3000000, "đồng")],
         dk="15/12/2026", ind={"inspections": 4, "establishments_inspected": 29, "violations": 2, "fines_vnd": 3000000}),
    dict(name="Phối hợp Chi cục kiểm tra chất lượng mũ bảo hiểm lưu thông", task="II.5.a", st="completed",
         rows=[("Số cuộc", 1, 1, "cuộc"), ("Cơ sở được kiểm tra", None, 8, "cơ sở")], ht="14/7/2026",
         ind={"inspections": 1, "establishments_inspected": 8}),
    dict(name="Phổ biến Giải thưởng Chất lượng Quốc gia tới doanh nghiệp", task="II.1.b", st="completed",
         rows=[("Doanh nghiệp được phổ biến, hướng dẫn", 5, 5, "doanh nghiệp")], ht="30/6/2026",
         ind={"enterprises_supported": 5}),
], ["Phường chưa được cấp kinh phí riêng cho hoạt động tuyên truyền."],
   ["Đề nghị thành phố bố trí kinh phí tuyên truyền tiêu chuẩn, đo lường, chất lượng cho phường năm 2027."],
   "Từ Gia Bảo")

# mistaken: thiên tai
hand_d("BaDiem_bieu_bao_cao_2026.xlsx", "27592", "Xã Bà Điểm", "164/BC-UBND", "2026-11-09",
       "BÁO CÁO KẾT QUẢ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2026", [
    dict(name="Diễn tập phòng chống thiên tai cấp xã",
         rows=[("Cuộc diễn tập", 1, 1, "cuộc"), ("Người tham gia", 150, 182, "người")], ht="18/8/2026"),
    dict(name="Nạo vét kênh mương thoát nước",
         rows=[("Chiều dài nạo vét", 3500, 2900, "m")], dk="15/12/2026"),
    dict(name="Kiện toàn Ban Chỉ huy phòng thủ dân sự xã",
         rows=[("Quyết định kiện toàn", 1, 1, "quyết định")], ht="10/3/2026"),
], ["Nhiều tuyến kênh bị lấn chiếm, khó thi công nạo vét."],
   ["Đề nghị thành phố hỗ trợ kinh phí nạo vét kênh Bà Điểm."],
   "Võ Thị Thanh Thảo", status="rejected",
   reason="Báo cáo về phòng, chống thiên tai và tìm kiếm cứu nạn; không phải báo cáo thực hiện Kế hoạch Chỉ thị 38-CT/TW.")
k = KEYS["BaDiem_bieu_bao_cao_2026.xlsx"]; k["entries"] = []; k["difficulties"] = []; k["proposals"] = []


# ============================================================ LibreOffice re-save of two files
def lo_resave(fname, fmt):
    src = os.path.join(OUT, fname)
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, fname), src)
    shutil.rmtree(tmp)


lo_resave("BC_38_PhuLoi_2026.docx", "docx")
lo_resave("DongHoa-CT38-bieu.xlsx", "xlsx")

for fname, k in KEYS.items():
    k["sha256"] = hashlib.sha256(open(os.path.join(OUT, fname), "rb").read()).hexdigest()
    with open(os.path.join(TRUTH, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(k, f, ensure_ascii=False, indent=2)
print(len(KEYS), "files")
