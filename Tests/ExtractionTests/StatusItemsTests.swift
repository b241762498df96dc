import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of where a status stands beyond the passage that names its task
// (StatusItems.swift): a status line that closes an item after its table or its period lines,
// a sentence that sums up several tasks clause by clause, and an item with a status of its
// own read as more of the item above it. Written in words of no corpus.

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct ClosingStatusTests {
    @Test func aStatusLineAfterAnItemsTableIsThatItemsStatus() throws {
        let s = extract(word(opening + [
            .p("1. Phối hợp kiểm tra về đo lường, chất lượng theo phân cấp tại các chợ, cửa hàng"),
            .table([["Chỉ tiêu", "Tháng 10", "Cộng dồn"],
                    ["Số cuộc kiểm tra", "01", "04"],
                    ["Số cơ sở được kiểm tra", "06", "23"]]),
            .p("Mức độ hoàn thành: Hoàn tất."),
            .p("2. Tuyên truyền pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh"),
            .table([["Chỉ tiêu", "Tháng 10", "Cộng dồn"],
                    ["Số tin, bài tuyên truyền", "02", "11"]]),
            .p("Mức độ hoàn thành: Đang tiến hành."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Xã chưa có cân đối chứng."),
        ]))
        let inspections = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        let news = try #require(s.entries.first { $0.indicators[IndicatorID("communications")] != nil })
        #expect(inspections.task != news.task)
        #expect(inspections.status == .completed)
        #expect(news.status == .inProgress)
        // Placed, the lines are no longer quoted as standing under no task.
        #expect(!s.findings.contains { $0.code == "task-unmatched" && $0.message.contains("Mức độ hoàn thành") })
    }

    @Test func periodLinesUnderANumberedItemDoNotCutItOffFromItsStatus() throws {
        let s = extract(word(opening + [
            .p("1. Phối hợp kiểm tra về đo lường theo phân cấp"),
            .p("- Tháng này: phối hợp kiểm tra 01 cuộc tại 05 cửa hàng kinh doanh gas, không phát hiện vi phạm."),
            .p("- Từ đầu năm đến nay (đã gửi kỳ trước): 02 cuộc, 09 cơ sở."),
            .p("- Cộng dồn cả năm: 03 cuộc, 14 cơ sở."),
            .p("Tiến độ thực hiện: Đang tiến hành."),
        ]))
        let e = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(e.status == .inProgress)
    }

    @Test func anItemOfNoTaskKeepsItsStatusToItself() throws {
        // The status after item 2 is item 2's, which names no task of the plan: it is not
        // given to item 1 above it.
        let s = extract(word(opening + [
            .p("1. Phối hợp kiểm tra về đo lường theo phân cấp"),
            .p("Phối hợp kiểm tra 02 cuộc tại 08 cơ sở kinh doanh xăng dầu."),
            .p("2. Công tác văn thư, lưu trữ của bộ phận một cửa"),
            .p("Sắp xếp lại kho lưu trữ hồ sơ năm 2025."),
            .p("Mức độ hoàn thành: Hoàn tất."),
        ]))
        let e = try #require(s.entries.first { $0.indicators[IndicatorID("inspections")] != nil })
        #expect(e.status != .completed)
    }
}

@Suite struct StatusSummaryTests {
    @Test func aSentenceSummingUpSeveralTasksGivesEachItsStatus() throws {
        let s = extract(word(opening + [
            .p("1. Nhiệm vụ II.5.c: phối hợp kiểm tra 02 cuộc tại 11 cơ sở kinh doanh vàng bạc, phát hiện 01 cơ sở vi phạm."),
            .p("2. Nhiệm vụ II.1.a: đăng 04 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử của phường."),
            .p("Nhìn chung đến cuối tháng 10: việc kiểm tra đo lường tại các cơ sở kinh doanh vẫn đang tiếp tục; việc đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng đã xong."),
        ]))
        // The sentence stands in item 2's passage; its first clause is item 1's status.
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    @Test func oneClauseIsNoSummary() {
        // One status clause in a sentence is the passage's own, read as such: this rule does
        // not place it (no task by meaning is taken from one clause here).
        var run = ExtractionRun(extractor: extractor, document: word(opening + [
            .p("Nhìn chung đến cuối tháng 10: việc kiểm tra đo lường tại các cơ sở kinh doanh vẫn đang tiếp tục; xã sẽ báo cáo bổ sung."),
        ]))
        run.process()
        var entries = [Entry(task: "II.5.c")]
        run.placeStatusSummaries(&entries)
        #expect(entries[0].status == .unknown)
    }
}

@Suite struct ItemStatusOfAnotherTaskTests {
    @Test func anItemWithItsOwnStatusNearestToAnUnnamedTaskIsQuotedWithThatTask() throws {
        // A bulleted item of its own: the reading gives it its own task, with its status.
        let bullets = extract(word(opening + [
            .p("1. Nhiệm vụ II.1.a"),
            .p("- Phường đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử; phần việc này đang làm tiếp."),
            .p("- Phường đã xây dựng, công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ phận tiếp nhận hồ sơ; phần việc này đã hoàn thành."),
        ]))
        #expect(bullets.entry("II.1.a")?.status == .inProgress)
        #expect(bullets.entry("II.2.đ")?.status == .completed)
        // The same work read as more of the item above ("Ngoài ra, …" continues its passage):
        // no task of its own, so its status is quoted in a finding naming the task it is
        // nearest to, and the first item's task keeps its own status.
        let s = extract(word(opening + [
            .p("1. Nhiệm vụ II.1.a: Phường đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử; phần việc này đang làm tiếp."),
            .p("Ngoài ra, phường đã xây dựng, công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ phận tiếp nhận hồ sơ; phần việc này đã hoàn thành."),
        ]))
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.entry("II.2.đ") == nil)
        let f = try #require(s.findings.first { $0.message.contains("II.2.đ") && $0.message.contains("II.1.a") })
        #expect(Finding.quotes(in: f.message).contains { $0.contains("đã hoàn thành") })
    }

    @Test func itemKindsAreReadStrictly() {
        let messages = SilentLossPolicy.messageKeys.sorted().map { "  \($0): \"x {quotes}\"" }.joined(separator: "\n")
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "item_status_kinds: [clause, guess]\nmessages:\n\(messages)\n") }
        #expect(throws: Never.self) { try SilentLossPolicy.parse(yaml: "item_status_kinds: [clause, labelled]\nmessages:\n\(messages)\n") }
    }
}

@Suite struct StatusLeadTests {
    @Test func whatAClauseIsAboutMayStandFirstAsThis() throws {
        let c = try #require(shippedVocabulary.statusClaim(in: Tokenizer.tokenize("Xã đã in và phát 300 tờ gấp về cân đúng; công việc này đã làm xong.")))
        #expect(c.value == .completed)
        #expect(c.kind == .clause)
        let d = try #require(shippedVocabulary.statusClaim(in: Tokenizer.tokenize("Rà soát danh mục cơ sở kinh doanh có phương tiện đo, phần này vẫn đang làm.")))
        #expect(d.value == .inProgress)
    }
}
