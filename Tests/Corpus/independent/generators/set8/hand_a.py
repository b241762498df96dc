"""Hand A - Lê Thị Ngọc Thảo (chuyên viên tổng hợp, dùng chung mẫu cho các phòng của Sở).
Habit: retypes the plan's annex table (STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian) and adds
"Kết quả thực hiện" and "Đánh giá"; fills only the rows where her unit is named (or does real work),
results as Word bullet lists (style List Bullet = real numbering) inside the cell; Đánh giá words:
Hoàn thành / Đang triển khai / Chưa triển khai / Không phát sinh. Landscape. Group rows merged."""
import os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *

STATUS_WORD = {"completed": "Hoàn thành", "in_progress": "Đang triển khai",
               "not_started": "Chưa triển khai", "not_applicable": "Không phát sinh"}


def build(fname, unit_id, unit_name, unit_upper, abbr, number, date, date_words, intro, rows,
          difficulties, proposals, signer, title, resave=False):
    d = new_doc(size=13, landscape=True)
    header_block(d, [("UBND THÀNH PHỐ HỒ CHÍ MINH", False, False),
                     ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", False, False),
                     (unit_upper, True, False), ("", False, False),
                     (f"Số: {number}", False, False)],
                 [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                  ("Độc lập - Tự do - Hạnh phúc", True, False), ("", False, False), ("", False, False),
                  (f"Thành phố Hồ Chí Minh, {date_words}", False, True)])
    para(d)
    para(d, "BÁO CÁO", bold=True, align="c", size=14)
    para(d, TRICH_YEU, bold=True, align="c")
    para(d, "Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng Thành phố Hồ Chí Minh.", align="c")
    para(d, intro, align="j", indent=1.27)
    para(d, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    para(d, f"Kết quả thực hiện các nhiệm vụ {unit_name} được phân công tại Phụ lục Kế hoạch như sau:",
         align="j", indent=1.27)
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    heads = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
             "Kết quả thực hiện", "Đánh giá"]
    widths = [Cm(1.2), Cm(6.5), Cm(2.6), Cm(3.2), Cm(2.4), Cm(7.5), Cm(2.2)]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, align="c", size=11)
        set_cell_shading(c, "D9E2F3")
    entries = []
    rowno = 1
    last_group = None
    for code, g, letter, task, lead, partners, sched in PLAN:
        if g != last_group:
            r = t.add_row()
            rowno += 1
            m = r.cells[0].merge(r.cells[6])
            cell_text(m, f"{g}. {GROUPS[g]}", bold=True, size=11)
            last_group = g
        r = t.add_row()
        rowno += 1
        cs = r.cells
        cell_text(cs[0], letter, align="c", size=11)
        cell_text(cs[1], task, size=11)
        cell_text(cs[2], lead, size=11)
        cell_text(cs[3], partners, size=11)
        cell_text(cs[4], sched, size=11)
        if code in rows:
            status, bullets, inds = rows[code]
            first = True
            for b in bullets:
                if first:
                    p = cs[5].paragraphs[0]
                    p.style = d.styles["List Bullet"]
                    rr = p.add_run(b)
                    first = False
                else:
                    p = cs[5].add_paragraph(style="List Bullet")
                    rr = p.add_run(b)
                rr.font.size = Pt(11)
            cell_text(cs[6], STATUS_WORD[status], align="c", size=11)
            entries.append(entry(code, status, inds, " ".join(bullets),
                                 f"word/document.xml table 2 row {rowno}"))
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    para(d)
    para(d, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    if difficulties:
        for x in difficulties:
            para(d, x, style="List Bullet", align="j")
    else:
        para(d, "Không có.", indent=1.27)
    para(d, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    if proposals:
        for x in proposals:
            para(d, x, style="List Bullet", align="j")
    else:
        para(d, "Không có.", indent=1.27)
    para(d, f"Trên đây là báo cáo kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của {unit_name}./.",
         align="j", indent=1.27)
    s = d.add_table(rows=1, cols=2)
    c0, c1 = s.cell(0, 0), s.cell(0, 1)
    cell_text(c0, "Nơi nhận:", bold=True, italic=True, size=12)
    for l in ["- Như trên;", "- Lãnh đạo Sở (để b/c);", f"- Lưu: VT, {abbr}."]:
        p = c0.add_paragraph(); r = p.add_run(l); r.font.size = Pt(11)
    cell_text(c1, title, bold=True, align="c")
    for _ in range(3):
        c1.add_paragraph()
    p = c1.add_paragraph(); r = p.add_run(signer); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    path = os.path.join(ROOT, fname)
    d.save(path)
    if resave:
        lo_resave(path)
    key(fname, unit_id, unit_name, number, date, entries, difficulties, proposals)


def main():
    # A1 Phòng Kiểm tra – Pháp chế
    f = "BC KQ CT38 nam 2026 - P.KTPC.docx"
    build(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "PHÒNG KIỂM TRA – PHÁP CHẾ", "KTPC",
          "86/BC-KTPC", "2026-10-27", "ngày 27 tháng 10 năm 2026",
          "Thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ, "
          "Phòng Kiểm tra – Pháp chế báo cáo kết quả thực hiện từ ngày 01/01/2026 đến ngày 20/10/2026 như sau:",
          {
           "II.2.c": ("completed", [
               "Phối hợp Chi cục TĐC góp ý 02 dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) theo đề nghị của Bộ KHCN.",
               "Rà soát, tham mưu Sở có ý kiến đối với dự thảo Quyết định của UBND Thành phố về phân cấp quản lý đo lường."], {}),
           "II.4.b": ("in_progress", [
               "Phối hợp Chi cục rà soát danh mục phương tiện, thiết bị kỹ thuật nghiệp vụ theo Nghị định 135/2021/NĐ-CP.",
               "Đã kiểm định, hiệu chuẩn 06 phương tiện đo phục vụ kiểm tra (cân chuẩn, bình chuẩn kim loại); còn 03 thiết bị chờ hiệu chuẩn trong Quý IV."],
               {"instruments_verified": 6}),
           "II.5.a": ("completed", [
               "Tham gia 03 đoàn kiểm tra liên ngành về đo lường, chất lượng xăng dầu, vàng trang sức tại 27 cơ sở.",
               "Phát hiện 04 cơ sở vi phạm; tham mưu ban hành 04 quyết định xử phạt với tổng số tiền 62.500.000 đồng."],
               {"inspections": 3, "establishments_inspected": 27, "violations": 4, "fines_vnd": 62500000}),
           "II.5.b": ("completed", [
               "Phối hợp khảo sát chất lượng 45 mẫu xăng dầu tại các cửa hàng bán lẻ.",
               "Phối hợp khảo sát 30 mẫu mũ bảo hiểm cho người đi mô tô, xe máy; kết quả đã thông tin đến Chi cục để cảnh báo."],
               {"samples_tested": 75}),
           "II.5.c": ("completed", [
               "Tổ chức 01 buổi hướng dẫn nghiệp vụ xử phạt vi phạm hành chính lĩnh vực TĐC cho công chức 12 phường, xã với 38 người tham dự."],
               {"training_courses": 1, "participants": 38}),
           "II.5.d": ("not_applicable", [
               "Trong kỳ không phát sinh đơn thư tố giác hành vi vi phạm pháp luật về TĐC."], {}),
          },
          ["Biên chế của Phòng ít, phải đồng thời thực hiện nhiều nhiệm vụ thanh tra, kiểm tra nên việc tham gia các đoàn kiểm tra của Chi cục còn hạn chế.",
           "Một số quy định về thẩm quyền xử phạt của cấp xã sau sắp xếp chưa được hướng dẫn thống nhất."],
          ["Đề nghị Chi cục TĐC gửi kế hoạch kiểm tra năm 2027 sớm để Phòng chủ động bố trí nhân sự phối hợp.",
           "Kiến nghị Sở đề xuất Bộ KHCN ban hành văn bản hướng dẫn thẩm quyền xử phạt của Chủ tịch UBND cấp xã trong lĩnh vực TĐC."],
          "Trần Minh Khoa", "TRƯỞNG PHÒNG")
    derived(f, "II.5.b", "samples_tested", [45, 30])

    # A2 Văn phòng Sở
    f = "VPS_baocao_CT38_2026.docx"
    build(f, "SKHCN-VP", "Văn phòng Sở Khoa học và Công nghệ", "VĂN PHÒNG SỞ", "VP",
          "214/BC-VP", "2026-10-30", "ngày 30 tháng 10 năm 2026",
          "Căn cứ Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ; "
          "theo đề nghị của Chi cục Tiêu chuẩn Đo lường Chất lượng, Văn phòng Sở báo cáo như sau:",
          {
           "II.2.đ": ("completed", [
               "Duy trì, cải tiến Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại Sở; cập nhật 14 quy trình nội bộ.",
               "Hoàn thành đánh giá nội bộ năm 2026 và họp xem xét của lãnh đạo ngày 15/9/2026."], {}),
           "II.2.h": ("completed", [
               "Phối hợp Chi cục, Phòng Chuyển đổi số rà soát 09 thủ tục hành chính lĩnh vực TĐC trên Hệ thống thông tin giải quyết TTHC."], {}),
           "II.2.i": ("in_progress", [
               "Phối hợp cập nhật thông tin về TĐC trên Cổng thông tin điện tử Sở; đang chờ hướng dẫn kết nối cơ sở dữ liệu quốc gia."], {}),
           "II.4.a": ("in_progress", [
               "Phối hợp thẩm định dự toán mua sắm trang thiết bị năm 2026 cho Trung tâm Dịch vụ Phân tích thí nghiệm.",
               "Đã thanh toán, giải ngân 1.250.000.000 đồng; phần còn lại giải ngân trong tháng 12/2026."],
               {"budget_spent_vnd": 1250000000}),
           "II.5.d": ("not_applicable", ["Không phát sinh."], {}),
          },
          [], [], "Phạm Thị Hồng Vân", "CHÁNH VĂN PHÒNG")

    # A3 Phòng Chuyển đổi số (re-saved through LibreOffice)
    f = "CDS - BC thuc hien KH CT38.docx"
    build(f, "SKHCN-CDS", "Phòng Chuyển đổi số", "PHÒNG CHUYỂN ĐỔI SỐ", "CĐS",
          "41/BC-CĐS", "2026-10-26", "ngày 26 tháng 10 năm 2026",
          "Phòng Chuyển đổi số báo cáo kết quả thực hiện các nhiệm vụ được giao tại Kế hoạch triển khai "
          "Chỉ thị số 38-CT/TW năm 2026 của Sở như sau:",
          {
           "II.1.a": ("completed", [
               "Phối hợp đăng tải 08 tin, bài về tiêu chuẩn, đo lường, chất lượng và các lớp tập huấn của Chi cục trên Cổng thông tin điện tử Sở."],
               {"communications": 8}),
           "II.2.h": ("completed", [
               "Hoàn thành kết nối liên thông Hệ thống thông tin giải quyết TTHC của Sở với Cổng thông tin một cửa quốc gia đối với thủ tục đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu (tháng 3/2026)."], {}),
           "II.2.i": ("in_progress", [
               "Đang phối hợp Chi cục, Trung tâm CNTT và Địa không gian xây dựng phương án kết nối cơ sở dữ liệu quốc gia về TĐC.",
               "Đã tích hợp 03 bộ dữ liệu mở (danh sách tổ chức đánh giá sự phù hợp, phương tiện đo nhóm 2, hàng hóa nhóm 2 nhập khẩu)."], {}),
          },
          ["Cơ sở dữ liệu quốc gia về TĐC chưa công bố đầy đủ chuẩn kết nối (API) nên việc liên thông còn chậm."],
          ["Đề nghị Chi cục TĐC làm đầu mối liên hệ Ủy ban TĐC Quốc gia để được cung cấp tài liệu kỹ thuật kết nối."],
          "Nguyễn Hoàng Duy", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG", resave=True)

    # A4 Trung tâm CNTT và Địa không gian
    f = "TT CNTT-DKG - BC CT38 2026.docx"
    build(f, "SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh",
          "TRUNG TÂM CÔNG NGHỆ THÔNG TIN\nVÀ ĐỊA KHÔNG GIAN", "TTCNTT",
          "157/BC-TTCNTT", "2026-11-04", "ngày 04 tháng 11 năm 2026",
          "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh báo cáo kết quả phối hợp "
          "thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
          {
           "II.2.i": ("in_progress", [
               "Bố trí hạ tầng máy chủ, đường truyền phục vụ kết nối cơ sở dữ liệu quốc gia về TĐC.",
               "Tổ chức 01 buổi tập huấn khai thác, sử dụng cơ sở dữ liệu cho 25 công chức, viên chức của Chi cục và các phòng."],
               {"training_courses": 1, "participants": 25}),
          },
          ["Hạ tầng máy chủ hiện có đã khai thác gần hết công suất, chưa đáp ứng yêu cầu lưu trữ dữ liệu TĐC dài hạn."],
          ["Đề nghị Sở bố trí kinh phí năm 2027 nâng cấp hạ tầng máy chủ và bản quyền phần mềm cơ sở dữ liệu."],
          "Võ Thanh Tùng", "GIÁM ĐỐC")


if __name__ == "__main__":
    main()
