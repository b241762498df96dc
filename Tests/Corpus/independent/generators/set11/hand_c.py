# Hand C: "Báo cáo nhanh" with a three-column table "Nội dung | Đã làm | Chưa làm / lý do"
import os
from dochelp import *
from common import E, key, ROOT

def cdoc(fname, org_top, org, number, place_date, subject, lead, rows, diffs, props, signer, diff_head="Vướng mắc", prop_head="Kiến nghị"):
    doc = Document()
    margins(doc, 1.5, 1.5, 2.5, 1.5)
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    t = doc.add_table(rows=1, cols=2); no_borders(t); col_widths(t, [7, 10])
    c0, c1 = t.rows[0].cells
    cell_text(c0, org_top, align='c', size=12)
    para(c0, [(org, {'bold': True})], align='c', size=12)
    para(c0, "Số: " + number, align='c', size=12, before=4)
    cell_text(c1, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {'bold': True})], align='c', size=12)
    para(c1, [("Độc lập - Tự do - Hạnh phúc", {'bold': True})], align='c', size=12)
    para(c1, [(place_date, {'italic': True})], align='c', size=12, before=4)
    para(doc, [("BÁO CÁO NHANH", {'bold': True, 'size': 14})], align='c', before=12)
    para(doc, [(subject, {'bold': True})], align='c', after=8)
    para(doc, lead, align='j', indent_first=1, after=6)
    tb = doc.add_table(rows=1 + len(rows), cols=4); grid_borders(tb)
    for i, h in enumerate(["STT", "Nội dung", "Đã làm", "Chưa làm / lý do"]):
        cell_text(tb.rows[0].cells[i], [(h, {'bold': True})], align='c', size=12)
    for r, (nd, dl, cl) in enumerate(rows, 1):
        cs = tb.rows[r].cells
        cell_text(cs[0], str(r), align='c', size=12)
        cell_text(cs[1], [(nd, {'bold': True})], align='l', size=12)
        for k, ln in enumerate(dl.split("\n")): cell_text(cs[2], ln, align='j', size=12, first=(k == 0))
        for k, ln in enumerate(cl.split("\n")): cell_text(cs[3], ln, align='j', size=12, first=(k == 0))
    col_widths(tb, [1.0, 4.5, 6.5, 5.0])
    if diffs:
        para(doc, [(diff_head + ":", {'bold': True})], before=8)
        for d in diffs: para(doc, "+ " + d, align='j', left=0.5)
    if props:
        para(doc, [(prop_head + ":", {'bold': True})], before=6)
        for d in props: para(doc, "+ " + d, align='j', left=0.5)
    t2 = doc.add_table(rows=1, cols=2); no_borders(t2); col_widths(t2, [8, 9])
    a, b = t2.rows[0].cells
    cell_text(a, [("Nơi nhận:", {'bold': True, 'italic': True})], size=11)
    para(a, "- Như trên;", size=10); para(a, "- Lưu: VT.", size=10)
    cell_text(b, [(signer[0], {'bold': True})], align='c', size=12)
    for s in signer[1:-1]: para(b, [(s, {'bold': True})], align='c', size=12)
    for _ in range(3): para(b, "", size=12)
    para(b, [(signer[-1], {'bold': True})], align='c', size=12)
    doc.save(os.path.join(ROOT, fname))

def build():
    f = "c1-p-tan-dong-hiep-bao-cao-nhanh.docx"
    rows = [
        ("Tuyên truyền về tiêu chuẩn, đo lường, chất lượng",
         "Đăng 03 bài trên fanpage và trang thông tin điện tử phường.",
         "Hội nghị tuyên truyền cho hộ kinh doanh: dời sang tháng 11/2026 do trùng đợt ra quân chỉnh trang đô thị. Đang thực hiện."),
        ("Kiểm tra đo lường tại chợ (nội dung được phân quyền)",
         "Kiểm tra 01 đợt tại chợ Tân Đông Hiệp, 24 hộ kinh doanh; lập biên bản 03 trường hợp vi phạm (cân sai số vượt mức cho phép), xử phạt 4.500.000 đồng.",
         "Đợt 2 làm trong tháng 11/2026 (đang triển khai)."),
        ("Cử cán bộ dự tập huấn nghiệp vụ",
         "Đã cử 02 công chức dự lớp tập huấn của Chi cục. Hoàn thành.",
         "—"),
        ("Hướng dẫn công bố chất lượng sản phẩm",
         "—",
         "Không phát sinh (chưa có doanh nghiệp, hộ kinh doanh đề nghị hướng dẫn)."),
    ]
    props = ["Đề nghị Chi cục hỗ trợ kiểm định miễn phí cân đối chứng đặt tại chợ Tân Đông Hiệp."]
    cdoc(f, "ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN ĐÔNG HIỆP", "57/BC-UBND", "Tân Đông Hiệp, ngày 25 tháng 9 năm 2026",
         "Tình hình thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026",
         "Thực hiện đề nghị của Sở Khoa học và Công nghệ, UBND phường Tân Đông Hiệp báo cáo nhanh tình hình thực hiện như sau:",
         rows, [], props, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trịnh Văn Sáu"])
    key(f, "25945", "Phường Tân Đông Hiệp", "57/BC-UBND", "2026-09-25", [
        E("II.1.a", "in_progress", {"communications": 3}, "Đăng 03 bài ... Đang thực hiện.", "table 2 row 2"),
        E("II.5.c", "in_progress", {"inspections": 1, "establishments_inspected": 24, "violations": 3, "fines_vnd": 4500000}, "Kiểm tra 01 đợt ... 24 hộ kinh doanh; 03 trường hợp vi phạm ... 4.500.000 đồng", "table 2 row 3"),
        E("II.3.a", "completed", {"participants": 2}, "Đã cử 02 công chức ... Hoàn thành.", "table 2 row 4"),
        E("II.2.d", "not_applicable", {}, "Không phát sinh", "table 2 row 5"),
    ], [], props)

    f = "c2-phong-ktpc-bao-cao-nhanh.docx"
    rows = [
        ("Kiểm tra, giám sát về tiêu chuẩn, đo lường, chất lượng (phối hợp Chi cục)",
         "Phối hợp Chi cục 07 cuộc kiểm tra tại 52 cơ sở; phát hiện 09 cơ sở vi phạm; tham mưu ban hành quyết định xử phạt tổng số tiền 118.000.000 đồng.",
         "Còn 02 cuộc kiểm tra theo kế hoạch Quý IV/2026, đang triển khai."),
        ("Xử lý phản ánh, tố giác vi phạm về tiêu chuẩn, đo lường, chất lượng",
         "Tiếp nhận và xử lý xong 04/04 đơn phản ánh; trong năm không có trường hợp đủ điều kiện khen thưởng. Hoàn thành.",
         "—"),
        ("Phương tiện, thiết bị kỹ thuật nghiệp vụ (Nghị định 135/2021/NĐ-CP)",
         "Rà soát danh mục; gửi kiểm định, hiệu chuẩn 05 thiết bị kỹ thuật nghiệp vụ (cân chuẩn, bình chuẩn kim loại, máy đo nồng độ cồn).",
         "Mua sắm bổ sung thiết bị: chưa thực hiện do chưa bố trí kinh phí. Nhiệm vụ đang thực hiện."),
        ("Góp ý văn bản quy phạm pháp luật về tiêu chuẩn, chất lượng",
         "Đã góp ý dự thảo Nghị định hướng dẫn Luật Chất lượng sản phẩm, hàng hóa (sửa đổi) đúng hạn. Hoàn thành.",
         "—"),
    ]
    diffs = ["Biên chế phòng ít (05 người) trong khi số cuộc kiểm tra phối hợp tăng."]
    props = ["Đề nghị Văn phòng Sở bố trí kinh phí mua sắm bổ sung thiết bị kỹ thuật nghiệp vụ năm 2027."]
    cdoc(f, "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "PHÒNG KIỂM TRA – PHÁP CHẾ", "112/BC-KTPC", "Thành phố Hồ Chí Minh, ngày 30 tháng 10 năm 2026",
         "Kết quả phối hợp thực hiện Kế hoạch Chỉ thị số 38-CT/TW năm 2026",
         "Phòng Kiểm tra – Pháp chế báo cáo nhanh kết quả phối hợp thực hiện Kế hoạch đến ngày 25/10/2026:",
         rows, diffs, props, ["TRƯỞNG PHÒNG", "Ngô Thanh Tùng"], diff_head="Khó khăn")
    key(f, "SKHCN-KTPC", "Phòng Kiểm tra – Pháp chế", "112/BC-KTPC", "2026-10-30", [
        E("II.5.a", "in_progress", {"inspections": 7, "establishments_inspected": 52, "violations": 9, "fines_vnd": 118000000}, "07 cuộc kiểm tra tại 52 cơ sở ... 09 cơ sở vi phạm ... 118.000.000 đồng", "table 2 row 2"),
        E("II.5.d", "completed", {}, "xử lý xong 04/04 đơn phản ánh ... Hoàn thành.", "table 2 row 3"),
        E("II.4.b", "in_progress", {"instruments_verified": 5}, "gửi kiểm định, hiệu chuẩn 05 thiết bị", "table 2 row 4"),
        E("II.2.c", "completed", {}, "Đã góp ý dự thảo Nghị định ... Hoàn thành.", "table 2 row 5"),
    ], diffs, props)

    f = "c3-xa-binh-khanh-bao-cao-nhanh.docx"
    rows = [
        ("Kiểm tra cửa hàng xăng dầu, gas ven sông (phân quyền)",
         "Hoàn thành kế hoạch kiểm tra năm: 02 đợt kiểm tra, 11 cửa hàng xăng dầu; 01 cửa hàng vi phạm, phạt 5.000.000đ.",
         "Không"),
        ("Tuyên truyền tiêu chuẩn, đo lường, chất lượng",
         "Phát 08 tin trên loa truyền thanh các ấp.",
         "Lớp tập huấn cho hộ kinh doanh chưa làm, chờ Chi cục bố trí giảng viên; đang tiếp tục triển khai."),
        ("Cử cán bộ tham gia tập huấn",
         "—",
         "Chưa cử, do xã chỉ có 01 công chức kiêm nhiệm nhiều lĩnh vực, không bố trí được thời gian."),
    ]
    diffs = ["Đi lại giữa các ấp bằng phà, đò mất nhiều thời gian."]
    props = ["Đề nghị Chi cục tổ chức lớp tập huấn tại chỗ cho các xã huyện đảo, ven biển."]
    cdoc(f, "ỦY BAN NHÂN DÂN", "XÃ BÌNH KHÁNH", "188/BC-UBND", "Bình Khánh, ngày 12 tháng 11 năm 2026",
         "Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026",
         "UBND xã Bình Khánh báo cáo nhanh tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026 như sau:",
         rows, diffs, props, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Cường"], diff_head="Khó khăn")
    key(f, "27667", "Xã Bình Khánh", "188/BC-UBND", "2026-11-12", [
        E("II.5.c", "completed", {"inspections": 2, "establishments_inspected": 11, "violations": 1, "fines_vnd": 5000000}, "Hoàn thành kế hoạch kiểm tra năm: 02 đợt ... 11 cửa hàng ... 01 ... 5.000.000đ", "table 2 row 2"),
        E("II.1.a", "in_progress", {"communications": 8}, "Phát 08 tin ... đang tiếp tục triển khai", "table 2 row 3"),
        E("II.3.a", "not_started", {}, "Chưa cử", "table 2 row 4"),
    ], diffs, props)

    # mistaken: same hand, a quick report on tidal flooding
    f = "c4-xa-binh-khanh-bao-cao-nhanh-trieu-cuong.docx"
    rows = [
        ("Thiệt hại về nhà ở", "Thống kê 37 căn nhà bị ngập từ 0,3 - 0,5 m tại ấp Bình Trung, Bình An.", "Chưa hỗ trợ được do chưa có kinh phí dự phòng."),
        ("Sạt lở bờ sông", "Gia cố tạm 120 m bờ kè bằng bao cát.", "Đoạn 60 m ấp Bình Phước chưa làm, chờ vật tư."),
        ("Di dời dân", "Vận động 12 hộ di dời đến nơi an toàn.", "—"),
    ]
    cdoc(f, "ỦY BAN NHÂN DÂN", "XÃ BÌNH KHÁNH", "201/BC-UBND", "Bình Khánh, ngày 18 tháng 10 năm 2026",
         "Tình hình thiệt hại do triều cường và mưa lớn (đợt từ ngày 14 đến ngày 17/10/2026)",
         "UBND xã Bình Khánh báo cáo nhanh tình hình thiệt hại do triều cường kết hợp mưa lớn như sau:",
         rows, [], ["Đề nghị cấp trên hỗ trợ kinh phí khắc phục bờ kè ấp Bình Phước."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Cường"])
    key(f, "27667", "Xã Bình Khánh", "201/BC-UBND", "2026-10-18", [], rejected="Không phải báo cáo Kế hoạch triển khai Chỉ thị 38-CT/TW: báo cáo nhanh thiệt hại do triều cường (gửi nhầm).")
