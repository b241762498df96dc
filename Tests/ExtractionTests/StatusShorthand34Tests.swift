import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses typed short in a cell: an office's initials, a dash and a clipped
// word ("KT - xg" xong, "VH - đg" đang, "k/ps" không phát sinh). The words are this file's own.

private var wardRows: [[Any?]] {
    [["ỦY BAN NHÂN DÂN PHƯỜNG SÀI GÒN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
     ["Số: 311/BC-UBND", nil, nil, "Sài Gòn, ngày 25 tháng 11 năm 2026"],
     ["BÁO CÁO KẾT QUẢ CÔNG TÁC TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG NĂM 2026"]]
}

@Suite struct StatusShorthand34Tests {
    /// The note column says who did the work and how far it came, typed short: the initials
    /// before the dash are the office's ("HT" is Hộ tịch here, not "hoàn thành"), the clipped
    /// word after it the status.
    @Test func aNoteOfInitialsAndAClippedWordIsTheStatus() {
        let s = extract(workbook(wardRows + [
            ["STT", "Nội dung công việc", "Kết quả", "Ghi chú"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên loa các khu phố", "Phát 06 tin, bài", "VH - xg"],
            [2, "Kiểm tra đo lường tại chợ theo phân cấp", "02 cuộc, 15 hộ kinh doanh", "KT - đg"],
            [3, "Duy trì hệ thống quản lý chất lượng ISO 9001 tại UBND phường", "Đánh giá nội bộ tháng 9", "TP-HT - đg"],
            [4, "Tiếp nhận, xử lý phản ánh, tố giác vi phạm về đo lường, chất lượng", nil, "k/ps"],
        ]), fileName: "ghi-chu-viet-tat.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.2.đ")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// A sheet of statuses keyed by the plan's codes beside the sheet of figures keyed so:
    /// each code's status is its task's.
    @Test func aStatusSheetKeyedByThePlansCodes() {
        let figures = testSheet("SO LIEU", [
            ["SỞ CÔNG THƯƠNG"],
            ["Số: 4410/BC-SCT", nil, nil, "TP. Hồ Chí Minh, ngày 28 tháng 10 năm 2026"],
            ["SỐ LIỆU THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung", "Mục KH", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra"],
            [1, "Kiểm tra chất lượng xăng dầu tại cửa hàng bán lẻ", "5a", 4, 31],
            [2, "Phối hợp UBND phường kiểm tra cân tại chợ theo phân cấp", "5c", 2, 12],
        ], part: 1)
        let verdicts = testSheet("TIEN DO", [
            ["TIẾN ĐỘ (theo Mục KH ở sheet SO LIEU)"],
            ["Mục KH", "Tiến độ", "Ghi chú"],
            ["5a", "Đang thực hiện", "Còn đợt kiểm tra cuối năm"],
            ["5c", "Đã hoàn thành", nil],
        ], part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [figures, verdicts]), fileName: "so-lieu-va-tien-do.xlsx")
        #expect(s.entry("II.5.a")?.status == .inProgress)
        #expect(s.entry("II.5.c")?.status == .completed)
    }

    /// Shorthand is read in a cell only; in a sentence "đg" may be "đường" or "đồng".
    @Test func shorthandIsReadInACellOnly() {
        let v = extractor.vocabulary
        #expect(v.cellStatus("Đg làm") == .inProgress)
        #expect(v.cellStatus("VP - chưa") == .notStarted)
        #expect(v.cellStatus("HT - chưa làm") == .notStarted)
        #expect(v.status(in: Tokenizer.tokenize("Phường sửa cân tại chợ đg Lê Lợi, xg.")) == nil)
    }
}
