import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 56: layouts of the held-out sets 276–280, opened this round. Units and figures here
// are this file's own.

private let opening: [Piece] = [
    wardHeader, .p("BÁO CÁO"),
    .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
    .p("Ủy ban nhân dân phường báo cáo kết quả như sau:"),
]

@Suite struct Layout56Tests {
    /// "Stt | Công việc | Kết quả": numbered rows of the plan's work, each row's status on the
    /// last line of its work cell after a mark ("→ Đã xong", "→ Đang làm, còn đợt tháng 12").
    /// Before, "Công việc" headed no column of tasks (the rows named no task and their figures
    /// were quoted as findings), and the marked status was no status of the row.
    @Test func aNumberedTableOfWorkWithTheStatusMarkedInTheWorkCell() {
        let s = extract(word(opening + [
            .table([
                ["Stt", "Công việc", "Kết quả"],
                ["1", "Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh\n→ Đã xong",
                 "- Đăng tin trên trang thông tin điện tử phường: 07 tin, bài."],
                ["2", "Kiểm tra đo lường, nhãn hàng hóa tại chợ và cửa hàng xăng dầu\n→ Đang làm, còn đợt kiểm tra tháng 12",
                 "- Số cuộc kiểm tra: 03 cuộc.\n- Số cơ sở được kiểm tra: 21 cơ sở."],
                ["3", "Tiếp nhận, xử lý phản ánh về đo lường, chất lượng\n→ Không phát sinh", "- Trong kỳ chưa nhận được phản ánh nào."],
            ]),
        ]))
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// "TT | Việc đã làm | Số liệu | Tình trạng" with the difficulties, proposals and the
    /// signature typed under the table in the work column: those lines are no rows of the
    /// table. Before, they were counted as the column's cells, too few of them read as work,
    /// so the column headed nothing and no row named its task.
    @Test func linesTypedUnderATableAreNoRowsOfItsWorkColumn() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN XÃ AN LẠC", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 77/BC-UBND", nil, "Độc lập - Tự do - Hạnh phúc"],
            [nil, nil, "An Lạc, ngày 02 tháng 11 năm 2026"],
            ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["TT", "Việc đã làm", "Số liệu", "Tình trạng", "Ghi chú"],
            [1, "Kiểm tra cân bán lẻ tại chợ An Lạc", "02 cuộc\n19 cơ sở", "Xong", "đợt cuối 12/10"],
            [2, "Đưa tin trên loa truyền thanh về cân đong, ghi nhãn", "09 tin", "Đang làm", nil],
            [3, "Cử công chức tập huấn", "01 người", "Xong", nil],
            [],
            [nil, "Khó khăn:"],
            [nil, "1. Chợ nhỏ, tiểu thương buôn bán không cố định nên khó quản lý cân."],
            [nil, "Kiến nghị:"],
            [nil, "1. Chi cục cho mượn cân chuẩn để xã kiểm tra đợt cuối năm."],
            [nil, "2. Tổ chức tập huấn ngắn ngày tại chỗ cho công chức xã."],
            [nil, "Người lập biểu", "KT. CHỦ TỊCH"],
            [nil, "Lê Văn Bình", "Trần Thị Hoa"],
        ], name: "BC CT38"))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 19)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 1)
    }

    /// "Tiếp nhận phản ánh gian lận cân, hàng kém chất lượng | Không có việc": receiving
    /// complaints is the plan's II.5.d (denunciations and their handling), though the goods
    /// complained of are the inspections' words. Before, the row went to II.5.a.
    @Test func receivingComplaintsIsTheDenunciationTask() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN XÃ AN LẠC", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 78/BC-UBND", nil, "Độc lập - Tự do - Hạnh phúc"],
            [nil, nil, "An Lạc, ngày 02 tháng 11 năm 2026"],
            ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["TT", "Việc đã làm", "Số liệu", "Tình trạng"],
            [1, "Kiểm tra cân bán lẻ tại chợ An Lạc", "02 cuộc", "Xong"],
            [2, "Tiếp nhận phản ánh gian lận cân, hàng kém chất lượng", "-", "Không có việc"],
        ], name: "BC CT38"))
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        #expect(s.entry("II.5.a") == nil)
    }

    /// "kiểm tra 41 lượt hộ kinh doanh": visits to establishments inspected count the
    /// establishments inspected. Before, "lượt" read them as attendances (participants).
    @Test func visitsToEstablishmentsInspectedCountThem() {
        let s = extract(word(opening + [
            .p("1. Kiểm tra đo lường tại chợ theo phân cấp: Tổ kiểm tra của phường kiểm tra 02 cuộc tại chợ An Lạc, kiểm tra 41 lượt hộ kinh doanh có sử dụng cân; phát hiện 03 trường hợp cân sai số. Đã hoàn thành."),
        ]))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 41)
        #expect(s.value("II.5.c", "participants") == nil)
    }

    /// "Kiểm tra … | 3 | cuộc" over "- | | 35 | cơ sở", "- | | 4 | cơ sở vi phạm": a row under
    /// the task's that leaves its label blank counts what its unit names among the kinds the
    /// task reports and has not yet been given (the establishments inspected, not the
    /// violations named below). Before, the bare "cơ sở" was quoted as unread.
    @Test func aBlankLabelledRowUnderATaskCountsByItsUnit() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 79/BC-UBND", nil, nil, "An Lạc, ngày 02 tháng 11 năm 2026"],
            ["BÁO CÁO"],
            ["Kết quả thực hiện công tác tiêu chuẩn, đo lường, chất lượng năm 2026 theo Chỉ thị số 38-CT/TW"],
            [],
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Số lượng", "ĐVT", "Tình trạng"],
            [1, "Kiểm tra đo lường tại chợ, cửa hàng xăng dầu trên địa bàn phường", "Tổ kiểm tra phường kiểm tra cân tại chợ An Lạc.", 3, "cuộc", "Hoàn thành"],
            ["-", nil, nil, 35, "cơ sở"],
            ["-", nil, nil, 4, "cơ sở vi phạm"],
            ["-", nil, nil, 6500000, "đồng"],
        ], name: "BC_CT38"))
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 35)
        #expect(s.value("II.5.c", "violations") == 4)
        #expect(s.value("II.5.c", "fines_vnd") == 6_500_000)
    }

    /// "Kiểm tra an toàn thực phẩm Tết Trung thu | … | Lưu ý: Không thuộc KH 38 – ghi để theo
    /// dõi": a row whose note opens by saying its work is not the plan's reports no task, and
    /// its figures are neither the task above's nor quoted as unread. Before, the row's
    /// inspection was added to the one above it.
    @Test func aRowItsNoteSaysIsNotThePlansReportsNoTask() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 80/BC-UBND", nil, nil, "An Lạc, ngày 02 tháng 11 năm 2026"],
            ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Công việc", "Kết quả thực hiện", "Tình trạng", "Lưu ý"],
            [1, "Kiểm tra chất lượng, nhãn hàng hóa dịp Tết (bánh kẹo, đồ chơi)", "- 01 đợt kiểm tra\n- 15 cơ sở kinh doanh", "Đã xong", nil],
            [2, "Kiểm tra an toàn thực phẩm Tết Trung thu", "- 01 đợt kiểm tra\n- 09 cơ sở sản xuất bánh trung thu", "Đã xong", "Không thuộc KH 38 – ghi để theo dõi"],
            [3, "Cử cán bộ tham gia tập huấn của Chi cục TĐC", "- 03 công chức tham dự", "Đã xong", nil],
        ], name: "Bao cao"))
        let inspected = s.entries.compactMap { $0.indicators[IndicatorID("establishments_inspected")]?.value }
        #expect(inspected == [15])
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(!s.findings.contains { $0.message.contains("09 cơ sở") })
    }

    /// "Ngày báo cáo: 2026-11-05", "Dĩ An, 2026-11-05": a date written year first, as
    /// software writes it, is the report's date. Before, only day-first dates were read and
    /// the report had none.
    @Test func aDateWrittenYearFirst() {
        #expect(HeaderReader.numericDate("2026-11-05") == "2026-11-05")
        #expect(HeaderReader.numericDate("2026/11/5") == "2026-11-05")
        #expect(HeaderReader.numericDate("2026-02-30") == nil)
        #expect(HeaderReader.numericDate("05-11-2026") == "2026-11-05")
        #expect(HeaderReader.placeDate(in: "Dĩ An, 2026-11-05")?.date == "2026-11-05")
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG DĨ AN"],
            ["Ngày báo cáo: 2026-11-05"],
            ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung công việc", "Số lượng", "ĐVT", "Tình trạng"],
            [1, "Kiểm tra đo lường tại chợ Dĩ An", 2, "cuộc", "Đang làm"],
        ], name: "BC"))
        #expect(s.document.date == "2026-11-05")
    }

    /// "Cuộc | Cơ sở | Vi phạm | Phạt (đ)" with the count typed as text ("02"): a header that is
    /// a counted noun heads its column when the column's cells are numbers, typed or as text.
    /// Before, the text "02" left "Cuộc" no column of inspections and was quoted as unread.
    @Test func aCountTypedAsTextUnderANounHeader() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 81/BC-UBND", nil, nil, nil, "An Lạc, ngày 02 tháng 11 năm 2026"],
            ["BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["TT", "Công việc", "Nội dung đã làm", "Cuộc", "Cơ sở", "Vi phạm", "Phạt (đ)", "Tình hình"],
            [1, "Kiểm tra đo lường, nhãn hàng hóa tại chợ", "Kiểm tra việc sử dụng cân tại chợ An Lạc", "02", 15, 1, "2.500.000", "Còn làm"],
        ], name: "BC CT38"))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 15)
        #expect(s.value("II.5.c", "violations") == 1)
    }

    /// "Tổ chức Giải thưởng Chất lượng Quốc gia năm 2026: tiếp nhận hồ sơ, thành lập Hội đồng
    /// sơ tuyển …": running the award is II.2.b; moving businesses to enter is II.1.b. The
    /// businesses whose entries were taken count under II.2.b. Before, the item was left
    /// between the two and its figure quoted under no task.
    @Test func runningTheAwardIsNotItsPropaganda() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nCHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG\nSố: 901/BC-CCTĐC",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThành phố Hồ Chí Minh, ngày 27 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .bold("Nội dung 1 – Vận động doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"),
            .p("- Việc đã làm: đăng 04 tin, bài giới thiệu Giải thưởng trên trang thông tin điện tử của Sở."),
            .p("- Tự nhận xét: Đã hoàn thành."),
            .bold("Nội dung 2 – Tổ chức Giải thưởng Chất lượng Quốc gia năm 2026"),
            .p("- Việc đã làm: Tiếp nhận hồ sơ, thành lập Hội đồng sơ tuyển cấp Thành phố; đang tổ chức đánh giá tại doanh nghiệp."),
            .p("- Con số: 07 doanh nghiệp đăng ký tham dự"),
            .p("- Tự nhận xét: Đang thực hiện."),
        ]))
        #expect(s.value("II.1.b", "communications") == 4)
        #expect(s.entry("II.2.b")?.status == .inProgress)
        #expect(s.value("II.2.b", "enterprises_supported") == 7)
    }

    /// An ISO form's fields at its head ("Đơn vị báo cáo: …", "Nơi nhận báo cáo: Chi cục …"):
    /// "Nơi nhận báo cáo:" with its value names who receives the report, not the closing's
    /// "Nơi nhận:". Before, the whole form after it was read as the closing and its table of
    /// results was lost without a finding.
    @Test func aRecipientFieldIsNoClosing() {
        let s = extract(word([
            .table([["SỞ KHOA HỌC VÀ CÔNG NGHỆ\nVĂN PHÒNG SỞ", "BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n(theo kế hoạch của Sở)", "Mã hiệu: BM.03-QT.TH.01\nLần ban hành: 02"]]),
            .p("Đơn vị báo cáo: Văn phòng Sở Khoa học và Công nghệ"),
            .p("Kế hoạch: Kế hoạch triển khai thực hiện Chỉ thị số 38-CT/TW năm 2026 của Sở Khoa học và Công nghệ"),
            .p("Nơi nhận báo cáo: Chi cục Tiêu chuẩn Đo lường Chất lượng (đầu mối tổng hợp)"),
            .bold("1. Kết quả thực hiện các công việc"),
            .table([
                ["STT", "Công việc được giao (theo Kế hoạch)", "Kết quả thực hiện", "Trạng thái"],
                ["1", "Duy trì, cải tiến HTQLCL theo TCVN ISO 9001:2015 tại Sở", "Tổ chức 01 lớp đào tạo chuyên gia đánh giá nội bộ cho 42 công chức", "Đang thực hiện"],
                ["2", "Khen thưởng, bảo vệ người tố giác vi phạm", "Không phát sinh đề nghị khen thưởng.", "Không phát sinh"],
            ]),
            .p("Nơi nhận:"),
            .p("- Như trên;"),
            .p("- Lưu: VT."),
        ]))
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.value("II.2.đ", "participants") == 42)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// "Việc phường làm | Làm thường xuyên hay một lần | Đã làm được | Số lượng | Tình hình":
    /// "Việc phường làm" heads the rows' work as "Việc phường thực hiện" does; "Đã làm được", in
    /// prose, is what was done. Before, with the signer's lines under the table no longer
    /// counted as the columns' cells, the prose column was taken for the work and the
    /// inspection row's figures were lost from it.
    @Test func theWardsWorkColumnInItsOwnWords() {
        let s = extract(workbook([
            ["UBND PHƯỜNG AN LẠC", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            [nil, nil, nil, "An Lạc, ngày 09 tháng 11 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["TT", "Việc phường làm", "Làm thường xuyên hay một lần", "Đã làm được", "Số lượng", "Tình hình"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Thường xuyên", "Đăng tin, bài trên trang thông tin phường", "10 tin, bài", "Vẫn đang tiếp tục"],
            [2, "Kiểm tra đo lường, nhãn hàng hóa tại chợ, cửa hàng", "Thường xuyên", "Phối hợp Chi cục kiểm tra 31 cơ sở; 03 cơ sở vi phạm; phạt 12 triệu đồng", "04 cuộc", "Vẫn đang tiếp tục"],
            [3, "Cử công chức đi tập huấn", "Một lần", "Cử công chức Phòng Kinh tế dự lớp của Chi cục", "03 người", "Đã xong"],
            [4, "ISO ở bộ phận một cửa", "Một lần trong năm", "Đánh giá nội bộ, cập nhật quy trình theo thủ tục mới", nil, "Đã xong"],
            [],
            [nil, nil, nil, "KT. CHỦ TỊCH"],
            [nil, nil, nil, "PHÓ CHỦ TỊCH"],
            [nil, nil, nil, "Đinh Văn Thắng"],
        ], name: "BC"))
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.1.a", "communications") == 10)
    }
}
