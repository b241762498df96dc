import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of findings that protect nothing (issue #11: each finding costs an
// officer's time): a figure's labelled parts that add up to it, a table repeating the text
// value for value and the plan's schedule ("Thường xuyên") beside a status are read, not asked
// about; a task's missing status is said within the finding already about that task.

private func sheetHead() -> [[Any?]] {
    [["UBND Phường Sài Gòn"], ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"], ["Số: 302/UBND-KT"], []]
}

@Suite struct Findings25Tests {
    @Test func labelledPartsThatAddUpToTheirNumberAreParts() {
        let v = extractor.vocabulary
        func parts(_ text: String) -> [String] {
            let tokens = Tokenizer.tokenize(text)
            return tokens.indices.filter { tokens[$0].kind == .number && v.isSummedPart(tokens, $0) }.map { String(tokens[$0].raw) }
        }
        #expect(parts("Kiểm tra 04 cuộc, 29 cơ sở (Tân Định cũ: 18 | Đa Kao cũ: 11), phát hiện 02 cơ sở vi phạm.") == ["18", "11"])
        #expect(parts("Đăng 11 tin (trang phường: 06, loa phát thanh: 05).") == ["06", "05"])
        // Parts that do not add up, a single part, or another number among them: not parts.
        #expect(parts("Kiểm tra 29 cơ sở (Tân Định cũ: 18 | Đa Kao cũ: 12).").isEmpty)
        #expect(parts("Kiểm tra 29 cơ sở (Tân Định cũ: 29).").isEmpty)
        #expect(parts("Kiểm tra 29 cơ sở (chợ: 18, 03 cửa hàng: 11).").isEmpty)
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Kiểm tra đo lường, chất lượng tại chợ và cửa hàng"),
            .p("Phối hợp Chi cục TĐC tổ chức 04 cuộc kiểm tra, 29 cơ sở (Tân Định cũ: 18 | Đa Kao cũ: 11), phát hiện 02 cơ sở vi phạm. Mức độ: Đang làm."),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 29)
        #expect(!s.findings.contains { $0.message.contains("18") || $0.message.contains("11") })
    }

    @Test func aTasksMissingStatusIsSaidWithinItsFiguresFinding() throws {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("Đăng 11 tin, bài trên trang thông tin điện tử phường; phát tờ rơi đến 150 hộ gia đình."),
            .bold("2. Kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu"),
            .p("Phối hợp kiểm tra 02 cuộc tại 14 cơ sở."),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.value("II.1.a", "communications") == 11)
        let figures = s.findings.filter { $0.message.contains("150 hộ gia đình") }
        #expect(figures.count == 1)
        #expect(figures.first?.message.contains("Báo cáo không nêu tiến độ của nhiệm vụ II.1.a") == true)
        #expect(!s.findings.contains { $0.code == "status-missing" && $0.message.contains("II.1.a") })
        // A task with no other finding still gets its own.
        #expect(s.findings.contains { $0.code == "status-missing" && $0.message.contains("II.5.c") })
        let policy = try #require(extractor.silentLoss)
        #expect(policy.joinsTask.contains("figure-unrecognized"))
    }

    @Test func thePlansScheduleBesideAStatusIsNoConflict() throws {
        let s = extract(sheetBook(sheetHead() + [
            ["STT", "Nội dung", "Thời hạn", "Kết quả", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "Thường xuyên", "Đăng 08 tin, bài trên trang phường.", "Hoàn thành"],
            [2, "Kiểm tra đo lường tại chợ", "30/11", "Kiểm tra 03 cuộc, 21 cơ sở; đạt 75% kế hoạch.", "Hoàn thành"],
        ], sheet: "Theo doi"), fileName: "theo-doi.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(!s.findings.contains { $0.code == "status-conflict" && $0.message.contains("II.1.a") })
        let policy = try #require(extractor.silentLoss)
        #expect(policy.scheduleCells.contains("thuong xuyen"))
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "schedule_cells: 3\n") }
    }
}
