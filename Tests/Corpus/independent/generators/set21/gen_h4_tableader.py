"""H4 - 'tab-leader checklist' hand: under the plan's group headings, each item the unit handles is a Word
auto-lettered line (lowerLetter 'a)' restarting per group, so the letters are the unit's own, not the plan's)
with a dotted right tab to a status word; figures on an italic 'Số liệu:' line below."""
from common import *
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
import copy

GROUPS = {1: "1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng",
          2: "2. Quản lý nhà nước; hoàn thiện văn bản, chính sách về tiêu chuẩn, đo lường, chất lượng",
          3: "3. Đào tạo nguồn nhân lực",
          4: "4. Đầu tư cho công tác tiêu chuẩn, đo lường, chất lượng",
          5: "5. Kiểm tra, giám sát",
          6: "6. Trao đổi thông tin, hợp tác"}

def add_letter_num(d):
    numbering = d.part.numbering_part.element
    aid = 90 + len(numbering.findall(qn('w:abstractNum')))
    absn = OxmlElement('w:abstractNum'); absn.set(qn('w:abstractNumId'), str(aid))
    lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), '0')
    for tag, val in (('w:start', '1'), ('w:numFmt', 'lowerLetter'), ('w:lvlText', '%1)'), ('w:lvlJc', 'left')):
        e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
    ppr = OxmlElement('w:pPr'); ind = OxmlElement('w:ind'); ind.set(qn('w:left'), '900'); ind.set(qn('w:hanging'), '360'); ppr.append(ind); lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn('w:num'))
    if first_num is not None: first_num.addprevious(absn)
    else: numbering.append(absn)
    return aid

def new_num(d, aid):
    numbering = d.part.numbering_part.element
    nid = 200 + len(numbering.findall(qn('w:num')))
    num = OxmlElement('w:num'); num.set(qn('w:numId'), str(nid))
    a = OxmlElement('w:abstractNumId'); a.set(qn('w:val'), str(aid)); num.append(a)
    lo = OxmlElement('w:lvlOverride'); lo.set(qn('w:ilvl'), '0'); so = OxmlElement('w:startOverride'); so.set(qn('w:val'), '1'); lo.append(so); num.append(lo)
    numbering.append(num)
    return nid

def set_num(p, nid):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), '0'); numPr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(nid)); numPr.append(ni)
    pPr.insert(0, numPr)

def make(fname, unit_id, unit_name, left1, left2, so, place_date, date_iso, kinhgui, intro, groups, diffs, props, sign, title2=None, mistaken_reason=None, via_lo=False):
    d = new_doc(size=13)
    header_block(d, left1, left2, place_date, so)
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c")
    para(d, title2 or "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 về công tác tiêu chuẩn, đo lường, chất lượng", bold=True, align="c")
    para(d, "Kính gửi: " + kinhgui, align="c")
    para(d, intro, align="j", indent=1)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    p = para(d, "(Trạng thái ghi ở cuối dòng: Đã xong / Đang làm / Chưa làm / Không phát sinh / Thường xuyên)", italic=True, size=11)
    aid = add_letter_num(d)
    ents = []
    for gtitle, items in groups:
        para(d, gtitle, bold=True)
        nid = new_num(d, aid)
        for text, stword, figs, task, status, ind in items:
            p = d.add_paragraph()
            set_num(p, nid)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.add_run(text + "\t"); r = p.add_run(stword); r.bold = True
            src = "word/document.xml paragraph %d" % len(d.paragraphs)
            if figs:
                q = para(d, "Số liệu: " + figs, italic=True); q.paragraph_format.left_indent = Cm(1.6)
            if task:
                ents.append(entry(task, status, ind, text + " ... " + stword + ((" — " + figs) if figs else ""), src))
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    if not diffs: para(d, "Không có.", indent=1)
    for x in diffs: para(d, "- " + x, align="j", indent=1)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    if not props: para(d, "Không có.", indent=1)
    for x in props: para(d, "- " + x, align="j", indent=1)
    t = d.add_table(rows=1, cols=2); no_borders(t)
    a, b = t.rows[0].cells
    r = a.paragraphs[0].add_run("Nơi nhận:"); r.bold = True; r.italic = True
    for x in ("- Như trên;", "- Lưu: VT."): a.add_paragraph(x)
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, x in enumerate(sign):
        pp = b.paragraphs[0] if i == 0 else b.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == len(sign) - 1:
            for _ in range(3): b.add_paragraph()
            pp = b.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pp.add_run(x).bold = True
    d.save(os.path.join(ROOT, fname))
    if via_lo:
        import subprocess, shutil
        tmp = "/tmp/set21lo"; os.makedirs(tmp, exist_ok=True)
        out = os.path.join(ROOT, fname)
        subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, out], check=True, capture_output=True)
        shutil.move(os.path.join(tmp, fname), out)
    if mistaken_reason:
        rejected(fname, mistaken_reason)
    else:
        key(fname, unit_id, unit_name, so, date_iso, ents, diffs, props)

make("SoCT_BC-CT38-2026.docx", "SO-CT", "Sở Công Thương", "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH\nSỞ CÔNG THƯƠNG", "6214/BC-SCT",
     "Thành phố Hồ Chí Minh, ngày 24 tháng 10 năm 2026", "2026-10-24", "Sở Khoa học và Công nghệ",
     "Thực hiện Công văn số 2875/SKHCN-TĐC ngày 10/9/2026 của Sở Khoa học và Công nghệ về việc báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026, Sở Công Thương báo cáo như sau:",
     [(GROUPS[1], [("Phối hợp tổ chức Tọa đàm với doanh nghiệp nhập khẩu về kiểm tra chất lượng hàng hóa nhập khẩu", "Đã xong",
                    "01 buổi tọa đàm; 80 đại biểu của các doanh nghiệp xuất nhập khẩu", "II.1.a", "completed", {"training_courses": 1, "participants": 80})]),
      (GROUPS[2], [("Góp ý dự thảo quy chuẩn kỹ thuật quốc gia thuộc lĩnh vực công thương (xăng dầu, thép, an toàn điện)", "Đã xong",
                    "03 dự thảo QCVN đã góp ý bằng văn bản", "II.2.e", "completed", {"standards_reviewed": 3}),
                   ("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở", "Thường xuyên", "", "II.2.đ", "in_progress", {})]),
      (GROUPS[3], [("Cử công chức tham dự tập huấn, cập nhật kiến thức về TĐC", "Đã xong", "05 lượt công chức", "II.3.a", "completed", {"participants": 5})]),
      (GROUPS[5], [("Phối hợp kiểm tra chất lượng, nhãn hàng hóa lưu thông trên thị trường (lực lượng Quản lý thị trường)", "Đang làm",
                    "kiểm tra 126 cơ sở; phát hiện 41 cơ sở vi phạm về nhãn, chất lượng; xử phạt 318,6 triệu đồng", "II.5.a", "in_progress",
                    {"establishments_inspected": 126, "violations": 41, "fines_vnd": 318600000})]),
      (GROUPS[6], [("Cập nhật, cảnh báo thông tin rào cản kỹ thuật (TBT) trong các FTA cho doanh nghiệp", "Thường xuyên",
                    "04 bản tin cảnh báo TBT phát hành", "II.6.a", "in_progress", {"communications": 4})])],
     ["Việc phân định trách nhiệm kiểm tra chất lượng hàng hóa lưu thông giữa các lực lượng sau sắp xếp bộ máy chưa thật rõ ràng."],
     ["Đề nghị Sở Khoa học và Công nghệ chủ trì xây dựng quy chế phối hợp kiểm tra chất lượng sản phẩm, hàng hóa lưu thông trên địa bàn Thành phố."],
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Bùi Tá Hoàng Vũ"])

make("SYT-bao-cao-CT38-TDC.docx", "SO-YT", "Sở Y tế", "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH\nSỞ Y TẾ", "8830/BC-SYT",
     "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026", "2026-11-05", "Sở Khoa học và Công nghệ (Chi cục Tiêu chuẩn Đo lường Chất lượng)",
     "Sở Y tế báo cáo kết quả thực hiện các nội dung có liên quan theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
     [(GROUPS[2], [("Góp ý dự thảo QCVN về trang thiết bị y tế, phương tiện đo dùng trong y tế", "Đã xong", "02 dự thảo", "II.2.e", "completed", {"standards_reviewed": 2}),
                   ("Duy trì hệ thống quản lý chất lượng TCVN ISO 9001:2015 (đã công bố lại tháng 6/2026)", "Đã xong", "", "II.2.đ", "completed", {})]),
      (GROUPS[3], [("Cử công chức tham dự lớp cập nhật kiến thức về đo lường trong y tế", "Chưa làm", "chưa nhận được thư mời của đơn vị tổ chức", "II.3.a", "not_started", {})]),
      (GROUPS[5], [("Phối hợp kiểm tra phương tiện đo nhóm 2 (huyết áp kế, nhiệt kế, cân) tại cơ sở khám bệnh, chữa bệnh tư nhân", "Đang làm",
                    "02 cuộc; 14 cơ sở; 27 phương tiện đo chưa kiểm định đã được yêu cầu đưa đi kiểm định", "II.5.a", "in_progress", {"inspections": 2, "establishments_inspected": 14}),
                   ("Khen thưởng, bảo vệ người tố giác vi phạm về TĐC trong ngành y tế", "Không phát sinh", "", "II.5.d", "not_applicable", {})])],
     ["Nhiều cơ sở khám bệnh, chữa bệnh tư nhân chưa nắm quy định về kiểm định định kỳ phương tiện đo nhóm 2."],
     ["Đề nghị Chi cục Tiêu chuẩn Đo lường Chất lượng phối hợp Sở Y tế tổ chức hội nghị phổ biến quy định về đo lường cho các cơ sở y tế tư nhân trong năm 2027."],
     ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Vĩnh Châu"])

make("VPS_bao-cao-phoi-hop-KH38.docx", "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "VĂN PHÒNG", "152/BC-VP",
     "Thành phố Hồ Chí Minh, ngày 31 tháng 10 năm 2026", "2026-10-31", "Chi cục Tiêu chuẩn Đo lường Chất lượng",
     "Văn phòng Sở báo cáo kết quả thực hiện các nhiệm vụ phối hợp theo Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
     [(GROUPS[2], [("Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại cơ quan Sở; đào tạo chuyên gia đánh giá nội bộ", "Đã xong",
                    "01 lớp đào tạo chuyên gia đánh giá nội bộ; 32 công chức tham dự", "II.2.đ", "completed", {"training_courses": 1, "participants": 32}),
                   ("Phối hợp đề xuất cải tiến Hệ thống thông tin giải quyết TTHC của Bộ", "Đã xong", "", "II.2.h", "completed", {}),
                   ("Phối hợp kết nối CSDL quốc gia về TĐC", "Đang làm", "", "II.2.i", "in_progress", {})]),
      (GROUPS[4], [("Phối hợp đầu tư cơ sở vật chất, trang thiết bị cho đơn vị sự nghiệp", "Đang làm",
                    "thẩm định 02 dự toán mua sắm thiết bị của Trung tâm Dịch vụ Phân tích thí nghiệm", "II.4.a", "in_progress", {})]),
      (GROUPS[5], [("Phối hợp khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh", "", "II.5.d", "not_applicable", {})])],
     [], [],
     ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Đỗ Thị Thu Trang"])

make("UBND-ChanhHung_BC_TDC_2026.docx", "27418", "Phường Chánh Hưng", "ỦY BAN NHÂN DÂN", "PHƯỜNG CHÁNH HƯNG", "402/BC-UBND",
     "Chánh Hưng, ngày 19 tháng 10 năm 2026", "2026-10-19", "Sở Khoa học và Công nghệ",
     "Ủy ban nhân dân phường Chánh Hưng báo cáo kết quả thực hiện các nội dung được phân quyền về tiêu chuẩn, đo lường, chất lượng năm 2026 như sau:",
     [(GROUPS[1], [("Tuyên truyền pháp luật về TĐC trên Zalo OA và Trang thông tin điện tử phường", "Đã xong", "08 tin bài", "II.1.a", "completed", {"communications": 8})]),
      (GROUPS[2], [("Áp dụng, duy trì ISO 9001:2015 tại UBND phường", "Thường xuyên", "", "II.2.đ", "in_progress", {})]),
      (GROUPS[3], [("Công chức phường tham dự tập huấn nghiệp vụ TĐC", "Đã xong", "02 người", "II.3.a", "completed", {"participants": 2})]),
      (GROUPS[5], [("Phối hợp kiểm tra theo nội dung được phân quyền (cân tại chợ, xăng dầu, nhãn hàng hóa)", "Đang làm",
                    "03 cuộc; 27 cơ sở; 05 cơ sở vi phạm; phạt 9,75 triệu đồng", "II.5.c", "in_progress",
                    {"inspections": 3, "establishments_inspected": 27, "violations": 5, "fines_vnd": 9750000}),
                   ("Tiếp nhận phản ánh, tố giác vi phạm về đo lường", "Không phát sinh", "", "II.5.d", "not_applicable", {})])],
     ["Chợ Phạm Thế Hiển đang cải tạo, tiểu thương di dời tạm nên khó kiểm soát cân của tiểu thương."],
     ["Đề nghị Chi cục hỗ trợ thiết lập 01 điểm cân đối chứng tại chợ sau khi cải tạo."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Hoàng Anh"], via_lo=True)

# ---- mistaken: the same ward-style checklist but on fire prevention (Kế hoạch số 38/KH-UBND of the ward)
G = ["1. Công tác tuyên truyền", "2. Công tác kiểm tra an toàn PCCC", "3. Công tác huấn luyện, diễn tập"]
make("UBND-VinhHoi_BC-KH38-2026.docx", "27286", "Phường Vĩnh Hội", "ỦY BAN NHÂN DÂN", "PHƯỜNG VĨNH HỘI", "377/BC-UBND",
     "Vĩnh Hội, ngày 12 tháng 10 năm 2026", "2026-10-12", "Sở Khoa học và Công nghệ",
     "Thực hiện Kế hoạch số 38/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân phường về công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2026, Ủy ban nhân dân phường báo cáo kết quả 9 tháng như sau:",
     [(G[0], [("Tuyên truyền kỹ năng thoát nạn, PCCC tại khu dân cư, nhà trọ", "Đã xong", "12 buổi; 1.350 lượt người", None, None, None)]),
      (G[1], [("Kiểm tra an toàn PCCC cơ sở kinh doanh, nhà trọ, chung cư mini", "Đang làm", "06 đợt; 84 cơ sở; 11 cơ sở vi phạm; phạt 38.500.000 đồng", None, None, None)]),
      (G[2], [("Huấn luyện, diễn tập phương án chữa cháy tổ liên gia an toàn PCCC", "Đã xong", "04 cuộc diễn tập", None, None, None)])],
     ["Nhiều nhà trọ cải tạo từ nhà ở riêng lẻ, không bảo đảm lối thoát nạn thứ hai."],
     ["Đề nghị Công an Thành phố hỗ trợ thêm phương tiện chữa cháy cho tổ PCCC cơ sở."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Kim Oanh"],
     title2="Kết quả thực hiện Kế hoạch số 38/KH-UBND về công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ 9 tháng năm 2026",
     mistaken_reason="Báo cáo về công tác phòng cháy, chữa cháy (Kế hoạch số 38/KH-UBND của phường), không phải báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW về tiêu chuẩn, đo lường, chất lượng; gửi nhầm.")

write_keys()
print("H4 done")
