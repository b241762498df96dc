import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses written in places the reader did not weigh before (issue #11,
// session 21): of two status columns, the earlier report's copied beside the present one;
// columns that weigh the work ("Ưu điểm | Hạn chế") and say how far it came in a clause;
// a column that says which part of the plan each row is.
// Written in the hands of a harbour board and a district museum, which no corpus has.

private func cover() -> [[Any?]] { [["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                               ["PHƯỜNG BẾN THÀNH", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
                               ["Số: 91/BC-UBND", nil, nil, "Bến Thành, ngày 12 tháng 11 năm 2026"],
                               ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"]] }

@Suite struct EarlierPeriodColumnTests {
    private func statuses(_ header: [String]) throws -> (news: TaskStatus, checks: TaskStatus) {
        let d = Document(kind: .spreadsheet, sheets: [testSheet("Biểu", cover() + [
            [],
            header,
            [1, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "15 tin, bài trên bảng tin cảng", "Chưa thực hiện", "Đã xong"],
            [2, "Phối hợp kiểm tra đo lường tại các bến cá", "02 cuộc kiểm tra cân tại bến", "Chưa thực hiện", "Còn làm tiếp"],
        ], part: 1)])
        let s = extract(d, fileName: "ban-quan-ly-cang.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        return (news.status, checks.status)
    }

    @Test func theColumnOfAnEarlierReportYieldsToTheOtherOne() throws {
        let s = try statuses(["TT", "Công việc", "Kết quả", "Tiến độ kỳ báo cáo trước", "Tiến độ"])
        #expect(s.news == .completed)
        #expect(s.checks == .inProgress)
    }

    @Test func aColumnDatedUpToNowIsThePresentOne() throws {
        let s = try statuses(["TT", "Công việc", "Kết quả", "Tình trạng (quý II)", "Tình trạng tính đến 05/11/2026"])
        #expect(s.news == .completed)
        #expect(s.checks == .inProgress)
    }

    @Test func withoutPeriodsTheFirstStatingColumnStands() throws {
        // Nothing in the headers places them in time: the first of two equal columns, as before.
        let s = try statuses(["TT", "Công việc", "Kết quả", "Tiến độ", "Tình trạng"])
        #expect(s.news == .notStarted)
    }
}

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct EvaluativeLinesTests {
    @Test func aShortcomingUnderATaskSaysHowFarItCame() throws {
        let s = extract(word(opening + [
            .bold("1. Phổ biến quy định ghi nhãn hàng hóa cho hộ bán hàng ở chợ đêm"),
            .p("Bảo tàng phát 500 tờ rơi về ghi nhãn hàng hóa cho các sạp."),
            .p("- Mặt được: người bán đón nhận tích cực."),
            .p("- Hạn chế: đợt phát tờ rơi thứ hai chưa làm xong, còn dở dang vì thiếu người."),
        ]))
        // The one task the passage is about, whichever the plan's it is read as.
        let leaflets = try #require(s.entries.first)
        #expect(s.entries.count == 1)
        #expect(leaflets.status == .inProgress)
    }

    @Test func aShortcomingWithoutAStatusClaimsNothing() throws {
        let s = extract(word(opening + [
            .bold("1. Phổ biến quy định ghi nhãn hàng hóa cho hộ bán hàng ở chợ đêm"),
            .p("Bảo tàng phát 500 tờ rơi về ghi nhãn hàng hóa cho các sạp."),
            .p("- Hạn chế: kinh phí in ấn ít, người bán thay đổi thường xuyên."),
        ]))
        let leaflets = try #require(s.entries.first)
        #expect(s.entries.count == 1)
        #expect(leaflets.status == .unknown)
    }

    @Test func ofAStrengthAndAWeaknessColumnTheOneThatStatesAStatus() throws {
        let d = Document(kind: .spreadsheet, sheets: [testSheet("Biểu", cover() + [
            [],
            ["TT", "Công việc", "Kết quả", "Điểm mạnh", "Điểm yếu"],
            [1, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "15 tin, bài trên bảng tin cảng", "Người dân đọc nhiều", "Đợt cuối chưa xong nên còn đang thực hiện"],
            [2, "Phối hợp kiểm tra đo lường tại các bến cá", "02 cuộc kiểm tra cân tại bến", "Đã thực hiện xong hai đợt theo kế hoạch", "Thiếu quả cân chuẩn"],
        ], part: 1)])
        let s = extract(d, fileName: "ban-quan-ly-cang.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .inProgress)
        #expect(checks.status == .completed)
    }
}

@Suite struct PlainTaskColumnTests {
    @Test func aColumnSayingWhichPartOfThePlanARowIsNamesItsTask() throws {
        // Each row an inspection theme; the third column says which work of the plan it serves.
        let d = Document(kind: .spreadsheet, sheets: [testSheet("Sổ", cover() + [
            [],
            ["STT", "Nội dung công việc", "Đợt này thuộc phần nào của kế hoạch", "Số cuộc", "Số cơ sở", "Tình trạng"],
            [1, "Đợt 1: cân tại bến cá Cần Giờ", "Phối hợp phường kiểm tra đo lường theo phân quyền", 2, 18, "Xong"],
            [2, "Đợt 2: tờ rơi cho ngư dân", "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", nil, nil, "Còn làm"],
        ], part: 1)])
        let s = extract(d, fileName: "so-theo-doi.xlsx")
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(checks.indicators[IndicatorID("establishments_inspected")]?.value == 18)
        #expect(checks.status == .completed)
        #expect(s.entries.count == 2)
    }
}
