import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 52: layouts of the held-out sets 256–260, opened this round. Units and figures here
// are this file's own.

/// A unit's one-sheet summary in its own shorthand: one column per kind of figure, headed by a
/// noun or its short form, and the status last, headed "TT" (for "tình trạng").
private func shorthandSheet(_ body: [[Any?]], closing: [[Any?]] = []) -> Document {
    let head: [[Any?]] = [
        ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, nil, nil, nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["PHÒNG QUẢN LÝ CÔNG NGHỆ", nil, nil, nil, nil, nil, nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
        ["Số: 88/BC-QLCN", nil, nil, nil, nil, nil, nil, nil, nil, "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026"],
        ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
        ["(tiền: triệu đồng)"],
        ["STT", "Mã KH", "Việc", "Diễn giải", "Lớp", "Lượt người", "DN/TC", "Cuộc KT", "CS KT", "VP", "TC/QC", "KP (tr.đ)", "TT"],
    ]
    return workbook(head + body + closing)
}

@Suite struct Layout52Tests {
    /// "STT | … | TT": a second column headed "TT" whose cells are statuses ("Xong", "Đang",
    /// "KPS"), never numbers, is the rows' status column. Before, "TT" was read as the rows'
    /// numbers and every task of such a sheet stood with no status.
    @Test func aColumnHeadedTTHoldingStatusesIsTheStatusColumn() {
        let s = extract(shorthandSheet([
            [1, "2.a", "Hỗ trợ DN cải tiến năng suất", "Hỗ trợ áp dụng 5S, Kaizen", nil, nil, 6, nil, nil, nil, nil, 40, "Đang"],
            [2, "2.e", "Góp ý TCVN, QCVN", "Góp ý dự thảo theo đề nghị của Bộ", nil, nil, nil, nil, nil, nil, 4, nil, "Xong"],
            [3, "6.b", "Phối hợp APO", "Chưa có yêu cầu", nil, nil, nil, nil, nil, nil, nil, nil, "KPS"],
        ]))
        #expect(s.entry("II.2.a")?.status == .inProgress)
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.entry("II.6.b")?.status == .notApplicable)
    }

    /// Columns headed by a noun alone or its short form ("Lớp", "DN/TC", "CS KT", "VP", "TC/QC",
    /// "KP (tr.đ)") beside columns whose headers name their figures: each counts what its noun
    /// names, money in the header's scale. Before, their numbers were only quoted in findings.
    @Test func shortNounHeadersBesideNamedColumnsCountWhatTheyName() {
        let s = extract(shorthandSheet([
            [1, "1.a", "Tập huấn cho doanh nghiệp", "Tập huấn tại hội trường Sở", 3, 210, nil, nil, nil, nil, nil, 52.5, "Xong"],
            [2, "2.a", "Hỗ trợ DN cải tiến năng suất", "Hỗ trợ áp dụng 5S, Kaizen", nil, nil, 6, nil, nil, nil, nil, 40, "Đang"],
            [3, "5.a", "Kiểm tra hàng hóa lưu thông", "Kiểm tra xăng dầu", nil, nil, nil, 4, 31, 5, nil, nil, "Đang"],
            [4, "2.e", "Góp ý TCVN, QCVN", "Góp ý dự thảo theo đề nghị của Bộ", nil, nil, nil, nil, nil, nil, 4, nil, "Xong"],
        ]))
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "budget_spent_vnd") == 52_500_000)
        #expect(s.value("II.2.a", "enterprises_supported") == 6)
        #expect(s.value("II.5.a", "establishments_inspected") == 31)
        #expect(s.value("II.5.a", "violations") == 5)
        #expect(s.value("II.2.e", "standards_reviewed") == 4)
    }

    /// One "KK: | …" row under a sheet's rows of work, the label closed by its colon and the
    /// difficulty beside it: that is the unit's difficulty. Before, a typed row counted only
    /// when two or more were typed, and a lone one with a number in its words was lost.
    @Test func aLoneLabelledDifficultyRowIsTheUnitsDifficulty() {
        let s = extract(shorthandSheet([
            [1, "3.c", "Thu hút chuyên gia", "Đang thẩm định hồ sơ 02 chuyên gia", nil, nil, nil, nil, nil, nil, nil, nil, "Đang"],
        ], closing: [
            ["KK:", nil, "Mức hỗ trợ theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường."],
        ]))
        #expect(s.difficulties.map(\.text) == ["Mức hỗ trợ theo Nghị quyết 27/2023/NQ-HĐND chưa đủ hấp dẫn chuyên gia đo lường."])
    }

    /// A department's phụ lục "STT | Theo Kế hoạch | Việc Sở đã thực hiện | Khối lượng | Đơn
    /// vị | Tình trạng": the plan's work in the unit's words under "Theo Kế hoạch" names each
    /// row's task (not a target), "Việc Sở đã thực hiện" is what was done (not "việc số", a
    /// row number, as its folded words read), and the rows under a task row with only a
    /// quantity and its unit ("58 | cơ sở được kiểm tra") are more figures of that task, the
    /// unit's qualifier saying which kind. Before, no task of such a sheet was read.
    @Test func theWorkUnderTheirPlansHeaderNamesTheRowsTasks() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ XÂY DỰNG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["PHỤ LỤC"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
            ["(Kèm theo Báo cáo số 2210/BC-SXD ngày 09/11/2026 của Sở Xây dựng)"],
            ["STT", "Theo Kế hoạch", "Việc Sở đã thực hiện", "Khối lượng", "Đơn vị", "Hoàn thành ngày", "Tình trạng"],
            [1, "Kiểm tra, giám sát chất lượng hàng hóa lưu thông", "Thanh tra Sở thực hiện theo Kế hoạch số 45/KH-SXD ngày 10/3/2026", 5, "cuộc", nil, "Đang làm"],
            [nil, nil, nil, 37, "cơ sở được kiểm tra", nil, nil],
            [nil, nil, nil, 4, "cơ sở vi phạm", nil, nil],
            [2, "Góp ý tiêu chuẩn, quy chuẩn kỹ thuật", "Văn bản số 3310/SXD-KHCN gửi Bộ Xây dựng", 2, "dự thảo", "12/8/2026", "Đã xong"],
            [3, "Khen thưởng, bảo vệ người tố giác", "Chưa có trường hợp nào", nil, nil, nil, "Không phát sinh"],
        ]))
        #expect(s.value("II.5.a", "inspections") == 5)
        #expect(s.value("II.5.a", "establishments_inspected") == 37)
        #expect(s.value("II.5.a", "violations") == 4)
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.value("II.2.e", "standards_reviewed") == 2)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// "Mua sắm 02 hệ thống sắc ký, 01 chuẩn khối lượng": a standard bought is equipment the
    /// unit acquired, no instrument verified.
    @Test func aStandardBoughtIsNoInstrumentVerified() {
        let s = extract(workbook([
            ["TRUNG TÂM KỸ THUẬT ĐO LƯỜNG", nil, nil, nil, nil, nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 41/BC-TTKT", nil, nil, nil, nil, nil, nil, nil, nil, "TP. Hồ Chí Minh, ngày 26 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["(tiền: triệu đồng)"],
            ["STT", "Mã KH", "Việc", "Diễn giải kết quả", "Lớp", "Lượt người", "Cuộc KT", "Mẫu", "PTĐ", "KP (tr.đ)", "TT"],
            [1, "4.a", "Đầu tư thiết bị thử nghiệm, đo lường", "Mua sắm 02 hệ thống sắc ký, 01 chuẩn khối lượng; đang lắp đặt", nil, nil, nil, nil, nil, 1200, "Đang"],
            [2, "4.c", "Duy trì chuẩn đo lường", "Hiệu chuẩn liên kết chuẩn chính", nil, nil, nil, nil, 9, nil, "Đang"],
        ]))
        #expect(s.value("II.4.a", "budget_spent_vnd") == 1_200_000_000)
        #expect(s.value("II.4.a", "instruments_verified") == nil)
    }

    /// A department's biểu "STT | Nhiệm vụ Sở được giao/phối hợp | Hoạt động cụ thể | Số lượng
    /// | ĐVT | Tình hình", the task cell on its first row only and one row per figure under it:
    /// "Nhiệm vụ Sở" heads the rows' tasks (folded, it reads "nhiệm vụ số", a code's header),
    /// and the rows under a task cell, unnumbered, are that task's figures ("Cơ sở vi phạm",
    /// "Tiền phạt" are no tasks of their own), weighing for it.
    @Test func theDepartmentsTaskColumnHoldsItsRowsUnderIt() {
        let s = extract(workbook([
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 7120/SNNMT-CCTT", nil, nil, "Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2026"],
            ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nhiệm vụ Sở được giao/phối hợp", "Hoạt động cụ thể", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Kiểm tra chất lượng phân bón, thức ăn chăn nuôi lưu thông", "Cuộc kiểm tra", 9, "cuộc", "Đang thực hiện"],
            [nil, nil, "Cơ sở được kiểm tra", 71, "cơ sở"],
            [nil, nil, "Cơ sở vi phạm", 6, "cơ sở"],
            [nil, nil, "Tiền phạt", 94_000_000, "đồng"],
            [2, "Lấy mẫu phân bón giám sát chất lượng", "Mẫu lấy phân tích", 40, "mẫu", "Đang thực hiện"],
            [3, "Góp ý dự thảo QCVN lĩnh vực nông nghiệp", "Dự thảo QCVN", 3, "dự thảo", "Đã hoàn thành"],
        ]))
        #expect(s.value("II.5.a", "inspections") == 9)
        #expect(s.value("II.5.a", "establishments_inspected") == 71)
        #expect(s.value("II.5.a", "violations") == 6)
        #expect(s.value("II.5.a", "fines_vnd") == 94_000_000)
        #expect(s.value("II.5.b", "samples_tested") == 40)
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        #expect(s.entry("II.5.d") == nil && s.entry("II.4.b") == nil)
    }

    /// A commune's biểu whose task row states only its work and status, its figures on the rows
    /// under it with the task cell and the number blank ("2 | Phối hợp kiểm tra đo lường …" over
    /// "| | | Số cuộc | 3 | cuộc"): those rows' kinds of figures weigh for the task, here the
    /// commune's own inspections (II.5.c), not the state inspection the words alone suggest.
    @Test func theUnnumberedRowsUnderATaskRowWeighForItsTask() {
        let s = extract(workbook([
            ["UBND XÃ HÒA HIỆP", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 121/BC-UBND", nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["(Kèm theo Báo cáo số 121/BC-UBND ngày 04/11/2026 của UBND xã Hòa Hiệp)"],
            ["STT", "Nội dung công việc", "Kết quả thực hiện", "Chỉ tiêu", "Số lượng", "ĐVT", "Tình hình"],
            [1, "Phối hợp kiểm tra đo lường, chất lượng, nhãn hàng hóa", "Kiểm tra cửa hàng xăng dầu, tạp hóa trên địa bàn xã", nil, nil, nil, "Đang tiếp tục thực hiện"],
            [nil, nil, nil, "Số cuộc", 2, "cuộc"],
            [nil, nil, nil, "Số cơ sở", 11, "cơ sở"],
            [nil, nil, nil, "Cơ sở vi phạm", 1, "cơ sở"],
            [nil, nil, nil, "Số tiền xử phạt", 3_000_000, "đồng"],
            [2, "Công chức xã dự tập huấn nghiệp vụ", "Chưa có lớp phù hợp thời gian", nil, nil, nil, "Chưa thực hiện"],
        ]))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 11)
        #expect(s.value("II.5.c", "fines_vnd") == 3_000_000)
        #expect(s.entry("II.5.a") == nil)
    }

    /// A ward's bold job titles each closed by a verdict in its own words: "… đang xúc tiến" is
    /// under way, "Việc này không có việc để làm." is nothing to do; "…, dự kiến thêm 01 đợt
    /// trong tháng 12/2026" after a comma is a forecast, no inspection done.
    @Test func aWardsOwnVerdictsAndAForecastAfterAComma() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG AN KHÁNH\nSố: 301/BC-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Khánh, ngày 28 tháng 10 năm 2026"]]),
            .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
            .p("Phường đăng 05 tin, bài trên Trang thông tin điện tử phường về cân đúng, hàng hóa có nhãn; nội dung này phường đang xúc tiến đến cuối năm."),
            .bold("2. Kiểm tra đo lường tại chợ"),
            .p("Tổ kiểm tra của phường kiểm tra 02 đợt tại chợ An Khánh, 17 cơ sở; việc kiểm tra các điểm kinh doanh tự phát đang xúc tiến, dự kiến thêm 01 đợt trong tháng 12/2026."),
            .bold("3. Tiếp nhận phản ánh, tố giác vi phạm"),
            .p("Từ đầu năm tới nay không có ai tố giác, phản ánh vi phạm về đo lường, chất lượng. Việc này không có việc để làm."),
        ]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// A workbook of one sheet per team, a team's sheet holding one row of work under a header
    /// of five columns ("TT | Việc đã làm | Số lượng | Đơn vị | Tình hình" over "1 | Giải ngân
    /// kinh phí đầu tư thiết bị … | 1980000000 | đồng | Đang làm"): the row is read; a count in
    /// "chuẩn" is of standards kept and calibrated.
    @Test func aTeamsSheetOfOneRowIsReadAndStandardsCount() {
        let cover = testSheet("Chung", [
            ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TP.HCM", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["VĂN PHÒNG SỞ", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 77/BC-VP", nil, nil, "Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["(Kết quả của từng tổ xem tại các sheet kèm theo)"],
        ], part: 1)
        let money = testSheet("To Ke toan", [
            ["TỔ KẾ TOÁN - TÀI VỤ"],
            ["TT", "Việc đã làm", "Số lượng", "Đơn vị", "Tình hình"],
            [1, "Giải ngân kinh phí đầu tư thiết bị cho đơn vị sự nghiệp công lập thuộc Sở", 1_450_000_000, "đồng", "Đang làm"],
        ], part: 2)
        let standards = testSheet("To Do luong", [
            ["TỔ ĐO LƯỜNG"],
            ["TT", "Việc đã làm", "Số lượng", "Đơn vị", "Tình hình"],
            [1, "Phối hợp Chi cục hiệu chuẩn, duy trì liên kết chuẩn đo lường chính đến chuẩn quốc gia", 7, "chuẩn", "Đã xong"],
            [2, "Khen thưởng tổ chức, cá nhân tố giác vi phạm về TĐC", nil, nil, "Không phát sinh"],
        ], part: 3)
        let s = extract(Document(kind: .spreadsheet, sheets: [cover, money, standards]), fileName: "bc.xlsx")
        #expect(s.value("II.4.a", "budget_spent_vnd") == 1_450_000_000)
        #expect(s.entry("II.4.a")?.status == .inProgress)
        #expect(s.value("II.4.c", "instruments_verified") == 7)
    }

    /// A summary by field and quarter whose tasks are rows "► NV: …" with only their status,
    /// each over its figures' rows ("- Số cuộc KT | cuộc | 2 | 3 | 5"): every "NV:" row opens
    /// its own task, named by the words after the colon. Before, the second of a field was
    /// read as prose under the first, and all of a field's figures went to one task.
    @Test func aRowOpeningWithNVNamesATaskOfItsOwn() {
        let s = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 610/BC-TĐC", nil, nil, nil, nil, "TP. Hồ Chí Minh, ngày 29 tháng 10 năm 2026"],
            ["BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026 THEO LĨNH VỰC VÀ QUÝ"],
            ["STT", "Lĩnh vực / nội dung", "ĐVT", "Quý II", "Quý III", "Cộng", "Tiến độ"],
            ["A", "TUYÊN TRUYỀN – ĐÀO TẠO"],
            [nil, "► NV: Tập huấn VBQPPL TĐC cho DN, tọa đàm DN NK", nil, nil, nil, nil, "Xong"],
            [nil, "- Lớp tập huấn, tọa đàm", "lớp", 2, 1, 3],
            [nil, "- Lượt người tham dự", "lượt", 140, 95, 235],
            [nil, "► NV: Đào tạo cho SV, GV các trường", nil, nil, nil, nil, "Đang làm"],
            [nil, "- Lớp", "lớp", 1, 1, 2],
            [nil, "- Lượt SV tham dự", "lượt", 60, 88, 148],
        ]))
        #expect(s.value("II.1.a", "training_courses") == 3)
        #expect(s.value("II.1.a", "participants") == 235)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.3.d", "participants") == 148)
        #expect(s.entry("II.3.d")?.status == .inProgress)
    }
}
