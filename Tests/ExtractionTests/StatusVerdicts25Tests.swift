import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses said apart from the work (issue #11, session 25): a verdict
// paragraph under its own label after the passage it judges ("Nhận định: …"), whatever it
// names before the status; a column asking whether results came yet ("Có kết quả chưa?",
// answered in words); a column asking whether work is left over ("Còn việc tồn?"), where a
// no is done and a yes is under way unless a note says the work has not begun. Written in
// the hand of a city department's secretariat, which no corpus has.

private let letter: [Piece] = [
    .p("SỞ GIAO THÔNG CÔNG CHÁNH"), .p("Số: 77/SGTCC-VP"), .p("Thành phố Hồ Chí Minh, ngày 26 tháng 10 năm 2026"),
    .p("BÁO CÁO"), .p("Kết quả phối hợp thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
    .bold("1. Kết quả thực hiện"),
]

@Suite struct StatusVerdictTests {
    @Test func aVerdictParagraphStatesTheStatusOfThePassageAboveIt() throws {
        let s = extract(word(letter + [
            .p("Về tuyên truyền pháp luật về đo lường – Đăng tải 07 tin, bài phổ biến quy định về đo lường trên Cổng thông tin điện tử của Sở."),
            .p("Nhận định: việc tuyên truyền năm 2026 đã hoàn thành."),
            .p("Về duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 – Sở cập nhật các quy trình giải quyết thủ tục hành chính sau khi sắp xếp bộ máy."),
            .p("Nhận định: nội dung thực hiện thường xuyên, Sở đang tiếp tục cải tiến hệ thống trong Quý IV/2026."),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let iso = try #require(s.entry("II.2.đ"))
        #expect(news.status == .completed)
        #expect(iso.status == .inProgress)
    }

    @Test func whetherResultsCameYetIsAStatusColumn() throws {
        let s = extract(workbook([
            ["SỞ GIAO THÔNG CÔNG CHÁNH"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung công việc", "Kết quả có được", "Có kết quả chưa?", "Ghi chú"],
            [1, "Tuyên truyền quy định về đo lường trên Cổng thông tin điện tử", "- Tin, bài: 09", "Đã có kết quả", nil],
            [2, "Phối hợp kiểm tra đo lường xăng dầu", "- Số cuộc: 03\n- Số cơ sở được kiểm tra: 21", "Có kết quả bước đầu", nil],
            [3, "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng", nil, "Chưa có kết quả", "Chưa triển khai"],
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        let course = try #require(s.entry("II.3.a"))
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
        #expect(course.status == .notStarted)
    }

    @Test func whetherWorkIsLeftOverIsAnsweredTheOtherWayRound() throws {
        let s = extract(workbook([
            ["SỞ GIAO THÔNG CÔNG CHÁNH"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung", "Kết quả", "Còn việc tồn?", "Ghi chú"],
            [1, "Tuyên truyền quy định về đo lường trên Cổng thông tin điện tử", "Đăng 09 tin, bài", "Không", nil],
            [2, "Phối hợp kiểm tra đo lường xăng dầu", "03 cuộc kiểm tra tại 21 cơ sở", "Có", nil],
            [3, "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "—", "Có", "Chưa bắt đầu"],
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        let iso = try #require(s.entry("II.2.đ"))
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
        #expect(iso.status == .notStarted)
    }
}

@Suite struct TicketLegendTests {
    /// A tracker's ticket states decoded by its legend, a code of two words among them ("Chưa
    /// mở = chưa làm"): each row's status.
    @Test func aLegendOfTicketStatesDecodesTwoWordCodes() throws {
        let s = extract(workbook([
            ["SỞ GIAO THÔNG CÔNG CHÁNH"],
            ["TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Trạng thái việc"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Đăng 12 tin, bài trên Cổng thông tin điện tử của Sở", "Đóng"],
            [2, "Phối hợp kiểm tra đo lường xăng dầu", "Kiểm tra 04 cuộc tại 20 cơ sở", "Mở"],
            [3, "Cử công chức dự tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng", "Chờ Chi cục mở lớp", "Chưa mở"],
            [nil, "Đóng = việc đã xong; Mở = đang làm; Chưa mở = chưa làm"],
        ]), fileName: "bao-cao.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        let course = try #require(s.entry("II.3.a"))
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
        #expect(course.status == .notStarted)
    }
}
