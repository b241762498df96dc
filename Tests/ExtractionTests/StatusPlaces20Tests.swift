import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses written where the reader did not look before (issue #11): a
// footnote or a comment anchored in a task's title, a table whose columns are headed by the
// states themselves with each task's work written under the column of its state, a column
// that weighs the work against its deadline, and of two status columns the one that states
// statuses. Written in the hands of a market board, a water company and a district library,
// which no corpus has.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

/// A Word document whose paragraphs (numbered from 1, as `word` numbers them) carry notes.
private func annotated(_ pieces: [Piece], notes: [Int: [String]]) -> Document {
    var d = word(pieces)
    for (k, block) in d.body.enumerated() {
        guard case .paragraph(var p) = block, case .paragraph(_, let index) = p.location, let n = notes[index] else { continue }
        p.notes = n
        d.body[k] = .paragraph(p)
    }
    return d
}

private func cover() -> [[Any?]] { [["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                               ["PHƯỜNG BẾN THÀNH", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
                               ["Số: 90/BC-UBND", nil, nil, "Bến Thành, ngày 09 tháng 11 năm 2026"],
                               ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ SỐ 38-CT/TW NĂM 2026"]] }

@Suite struct NoteStatusTests {
    @Test func aFootnoteOnATaskTitleStatesItsStatus() throws {
        // Paragraphs: 1 "BÁO CÁO", 2 the title line, 3 the section, 4 and 6 the items' titles.
        let d = annotated(opening + [
            .bold("1. Phổ biến quy định ghi nhãn cho tiểu thương chợ"),
            .p("Ban quản lý chợ phát 300 tờ rơi về ghi nhãn hàng hóa cho các sạp."),
            .bold("2. Phối hợp kiểm tra cân tại chợ"),
            .p("Phối hợp Chi cục kiểm tra 02 cuộc tại 14 cơ sở kinh doanh trong chợ."),
        ], notes: [4: ["Đợt phổ biến đã kết thúc từ tháng 6/2026."], 6: ["Theo Công văn số 12/UBND ngày 03/3/2026. Còn tiếp đến cuối năm."]])
        let s = extract(d)
        let leaflets = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(leaflets.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func aNoteThatStatesNoStatusClaimsNothing() throws {
        let d = annotated(opening + [
            .bold("1. Phổ biến quy định ghi nhãn cho tiểu thương chợ"),
            .p("Ban quản lý chợ phát 300 tờ rơi về ghi nhãn hàng hóa cho các sạp."),
        ], notes: [4: ["Số liệu do Ban quản lý chợ cung cấp."]])
        let s = extract(d)
        let leaflets = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(leaflets.status == .unknown)
    }

    @Test func theTasksOwnWordsOutweighANote() throws {
        let d = annotated(opening + [
            .bold("1. Phổ biến quy định ghi nhãn cho tiểu thương chợ"),
            .p("Ban quản lý chợ phát 300 tờ rơi về ghi nhãn hàng hóa cho các sạp; nhiệm vụ đang tiếp tục thực hiện."),
        ], notes: [4: ["Đã xong."]])
        let s = extract(d)
        let leaflets = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(leaflets.status == .inProgress)
    }
}

@Suite struct StatusHeadedColumnTests {
    @Test func workWrittenUnderTheColumnOfItsState() throws {
        let s = extract(word(opening + [
            .table([["TT", "Công việc", "Đã thực hiện", "Đang thực hiện", "Chưa thực hiện / Không phát sinh"],
                    ["1", "Tuyên truyền về đo lường trong kinh doanh nước sạch", "Đăng 04 tin, bài trên trang thông tin của công ty và phường.", "", ""],
                    ["2", "Phối hợp kiểm tra đồng hồ nước tại các hộ dân", "", "Phối hợp Chi cục kiểm tra 01 cuộc tại 20 hộ; chờ kết quả kiểm định.", ""],
                    ["3", "Khen thưởng tổ chức, cá nhân tố giác vi phạm", "", "", "Trong năm không phát sinh trường hợp tố giác."]]),
        ]))
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
        #expect(s.entries.contains { $0.status == .notApplicable })
    }
}

@Suite struct DeadlineColumnTests {
    @Test func progressWeighedAgainstTheDeadline() throws {
        let d = Document(kind: .spreadsheet, sheets: [testSheet("Tiến độ", cover() + [
            [],
            ["STT", "Nội dung", "Hạn theo kế hoạch", "Việc đã làm", "So với thời hạn"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng tại thư viện", "Quý II", "Trưng bày 12 ấn phẩm về chất lượng hàng hóa", "Xong, trước hạn"],
            [2, "Phối hợp kiểm tra đo lường tại các điểm bán sách", "Thường xuyên", "Phối hợp kiểm tra 03 cuộc", "Đang làm - còn trong hạn"],
        ], part: 1)])
        let s = extract(d, fileName: "thu-vien.xlsx")
        let shows = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(shows.status == .completed)
        #expect(checks.status == .inProgress)
    }

    @Test func ofTwoStatusColumnsTheOneThatStatesStatuses() throws {
        // "Tiến độ (đúng/chậm)" says only whether the work kept time.
        let d = Document(kind: .spreadsheet, sheets: [testSheet("Biểu", cover() + [
            [],
            ["STT", "Nội dung", "Kết quả", "Tiến độ (đúng/chậm)", "Tình trạng"],
            [1, "Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng", "12 tin, bài", "Đúng", "Đã hoàn thành"],
            [2, "Phối hợp kiểm tra đo lường tại các điểm bán sách", "03 cuộc", "Chậm", "Đang thực hiện"],
        ], part: 1)])
        let s = extract(d, fileName: "thu-vien.xlsx")
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        let checks = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(news.status == .completed)
        #expect(checks.status == .inProgress)
    }
}

private func status(_ text: String) -> TaskStatus? { shippedVocabulary.statusClaim(in: Tokenizer.tokenize(text))?.value }

@Suite struct StatusLines20Tests {
    @Test func howTheWorkStandsOnItsOwnLine() {
        #expect(status("Hiện trạng: đang làm dở.") == .inProgress)
        #expect(status("Về tiến độ: đã làm xong từ tháng 9.") == .completed)
    }

    @Test func theStateOfAPieceOfWorkAsATrackerNamesIt() {
        #expect(status("Trạng thái nhiệm vụ: kết thúc.") == .completed)
        #expect(status("Tình trạng công việc: chưa kết thúc, còn chờ hồ sơ.") == .inProgress)
    }

    @Test func theVerdictOfWhoeverAssessesTheWork() {
        #expect(status("Nhận xét: đã làm xong ạ.") == .completed)
        #expect(status("Ý kiến tham mưu: chưa làm được.") == .notStarted)
    }

    @Test func behindTheScheduleIsNotDone() {
        #expect(status("Tiến độ so với kế hoạch: chậm, còn dở dang.") == .inProgress)
        #expect(status("Tiến độ: chậm.") == .inProgress)
    }
}
