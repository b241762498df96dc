import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of where a status stands beyond the passage that names its task
// (StatusItems.swift): a status line that closes an item after its table or its period lines,
// a sentence that sums up several tasks clause by clause, and an item with a status of its
// own read as more of the item above it. Written in words of no corpus.

private let header: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ PHƯỚC VĨNH AN\nSố: 58/BC-UBND",
                                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhước Vĩnh An, ngày 09 tháng 11 năm 2026"]])
private let opening: [Piece] = [header, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
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
        let inspections = try #require(s.entries.first { $0.indicators["inspections"] != nil })
        let news = try #require(s.entries.first { $0.indicators["communications"] != nil })
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
        let e = try #require(s.entries.first { $0.indicators["inspections"] != nil })
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
        let e = try #require(s.entries.first { $0.indicators["inspections"] != nil })
        #expect(e.status != .completed)
    }
}

@Suite struct StatusSummaryTests {
    @Test func aSentenceSummingUpSeveralTasksGivesEachItsStatus() throws {
        let s = extract(word(opening + [
            .p("- Phối hợp kiểm tra 02 cuộc tại 11 cơ sở kinh doanh vàng bạc, phát hiện 01 cơ sở vi phạm."),
            .p("- Đăng 04 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử của xã."),
            .p("Nhìn chung đến cuối tháng 10: việc kiểm tra đo lường tại các cơ sở kinh doanh vẫn đang tiếp tục; việc đăng tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng đã xong."),
        ]))
        let inspections = try #require(s.entries.first { $0.indicators["inspections"] != nil })
        let news = try #require(s.entries.first { $0.indicators["communications"] != nil })
        #expect(inspections.status == .inProgress)
        #expect(news.status == .completed)
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
        let s = extract(word(opening + [
            .p("1. Xã đã đăng 05 tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng trên trang thông tin điện tử; phần việc này đã hoàn thành."),
            .p("2. Xã đã xây dựng, công bố hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 cho bộ phận tiếp nhận hồ sơ; phần việc này đã hoàn thành."),
        ]))
        let news = try #require(s.entries.first { $0.indicators["communications"] != nil })
        // Whether or not the reading gives item 2 its own task, its status is never lost
        // without a word: its task has it, or a finding names the task with the status.
        if let iso = s.entries.first(where: { $0.task == "II.2.đ" }) {
            #expect(iso.status == .completed)
        } else {
            let f = try #require(s.findings.first { $0.message.contains("II.2.đ") && $0.message.contains("\(news.task)") })
            #expect(Finding.quotes(in: f.message).contains { $0.contains("đã hoàn thành") })
        }
    }

    @Test func itemKindsAreReadStrictly() {
        let messages = SilentLossPolicy.messageKeys.sorted().map { "  \($0): \"x {quotes}\"" }.joined(separator: "\n")
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "item_status_kinds: [clause, guess]\nmessages:\n\(messages)\n") }
        #expect(throws: Never.self) { try SilentLossPolicy.parse(yaml: "item_status_kinds: [clause, labelled]\nmessages:\n\(messages)\n") }
    }
}
