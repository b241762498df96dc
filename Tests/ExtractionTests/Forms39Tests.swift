import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses given in forms: a biểu of two header rows whose "Tình trạng"
// spans columns of ticks headed by short states ("Đã xong | Đang làm | Chưa") beside the
// parents of its figures; a phiếu asking two yes/no questions per task ("Có thực hiện?"
// answered Có/Không, "Đã xong?" answered Rồi/Chưa), with a line telling how to fill it in.
// The words are this file's own.

private var wardRows: [[Any?]] {
    [["ỦY BAN NHÂN DÂN PHƯỜNG AN LẠC", nil, nil, nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["Số: 312/BC-UBND", nil, nil, nil, nil, nil, nil, "An Lạc, ngày 18 tháng 11 năm 2026"],
     ["BIỂU KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"]]
}

private func formWorkbook(_ rows: [[Any?]], merges: [String] = []) -> Document {
    var sheet = testSheet("Biểu", rows, part: 1)
    sheet.merges = merges.compactMap { CellRange($0) }
    return Document(kind: .spreadsheet, sheets: [sheet])
}

@Suite struct Forms39Tests {
    /// "Tình trạng" spans "Đã xong | Đang làm | Chưa" beside "Kiểm tra" over "Số cuộc | Số cơ
    /// sở", under a row numbering the columns: the ✓ on each row says its task's status (the
    /// short heads were read as no status and every task was left "chưa rõ").
    @Test func ticksUnderATwoRowHeaderGiveTheStatus() {
        let s = extract(formWorkbook(wardRows + [
            [],
            ["TT", "Nội dung công việc", "Tuyên truyền, tập huấn", nil, "Kiểm tra", nil, "Tình trạng", nil, nil, "Ghi chú"],
            [nil, nil, "Lớp/HN", "Lượt người", "Số cuộc", "Số cơ sở", "Đã xong", "Đang làm", "Chưa"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"],
            [1, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh", 2, 130, nil, nil, "✓"],
            [2, "Kiểm tra nhãn hàng hóa, đo lường tại cửa hàng (phân cấp)", nil, nil, 4, 27, nil, "✓"],
            [3, "Tiếp nhận, xử lý tố giác vi phạm về TĐC", nil, nil, nil, nil, nil, nil, "✓"],
        ], merges: ["A5:A6", "B5:B6", "C5:D5", "E5:F5", "G5:I5", "J5:J6"]), fileName: "an-lac-bieu.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c", "II.5.d"])
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notStarted)
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 27)
    }

    /// "Có thực hiện? | Có" with "Đã xong? | Chưa": the work was taken up and is not finished
    /// (it had been read done); "Có" with "Rồi": done. The line telling the unit to write
    /// "Có/Không", "Rồi/Chưa" is no key of marks (it had made every "Có" read "không phát
    /// sinh"). Known gap: "Không" beside "Không phát sinh nhiệm vụ" is still read not started.
    @Test func twoYesNoQuestionsSayHowFarTheWorkCame() {
        let s = extract(formWorkbook([
            ["SỞ Y TẾ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 880/BC-SYT", nil, nil, nil, "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026"],
            ["PHIẾU BÁO CÁO THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["(Hướng dẫn: cột C chọn Có/Không; cột F chọn Rồi/Chưa khi có thực hiện)"],
            [],
            ["TT", "Nội dung", "Có thực hiện?", "Số lượng", "ĐVT", "Đã xong?", "Ghi chú"],
            [1, "Kiểm tra phương tiện đo dùng trong khám chữa bệnh", "Có", nil, nil, "Chưa", "Còn 02 bệnh viện"],
            [nil, "  - Số cuộc kiểm tra", nil, 3, "cuộc"],
            [2, "Góp ý dự thảo quy chuẩn kỹ thuật ngành y tế", "Có", nil, nil, "Rồi"],
            [nil, "  - Dự thảo đã góp ý", nil, 2, "văn bản"],
            [3, "Phối hợp thúc đẩy năng suất (APO)", "Không", nil, nil, nil, "Không phát sinh nhiệm vụ"],
        ]), fileName: "syt-phieu.xlsx")
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.value("II.5.a", "inspections") == 3)
    }
}
