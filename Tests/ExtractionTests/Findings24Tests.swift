import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of findings that protect nothing (issue #11: each finding costs an
// officer's time): a document's number, a milestone's number, a figure's parts by period and
// what is still awaited are no counts to ask about; the points of a self-assessment under a
// header of who gave them are no figures; "chưa" in a column of completion dates beside work
// in progress states no other status.

private func sheetHead() -> [[Any?]] {
    [["UBND Phường Sài Gòn"], ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"], ["Số: 302/UBND-KT"], []]
}

@Suite struct Findings24Tests {
    @Test func aDocumentsNumberAndAMilestonesAreReferences() {
        let v = extractor.vocabulary
        func reference(_ text: String, _ number: String) -> Bool {
            let tokens = Tokenizer.tokenize(text)
            guard let i = tokens.firstIndex(where: { $0.kind == .number && $0.raw == number }) else { return false }
            return v.isReference(tokens, i)
        }
        #expect(reference("Số: 302/TTCNTT-HT", "302"))
        #expect(reference("Báo cáo 44/BC-ĐKT3 ngày 20/10/2026", "44"))
        #expect(reference("Mốc 1 – Lập kế hoạch", "1"))
        // A count stays a count.
        #expect(!reference("Kiểm tra 12 cơ sở", "12"))
    }

    @Test func aFiguresPartsByPeriodAreNotQuoted() {
        let v = extractor.vocabulary
        let tokens = Tokenizer.tokenize("Tiếp nhận 412 hồ sơ (Quý I: 128, Quý II: 139; Quý III: 145).")
        let parts = tokens.indices.filter { tokens[$0].kind == .number && v.isPeriodPart(tokens, $0) }.map { String(tokens[$0].raw) }
        #expect(parts == ["128", "139", "145"])
        // With no number before the parenthesis there is nothing they are parts of.
        let alone = Tokenizer.tokenize("Kết quả (Quý I: 12)")
        #expect(!alone.indices.contains { alone[$0].kind == .number && alone[$0].raw == "12" && v.isPeriodPart(alone, $0) })
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Góp ý tiêu chuẩn, quy chuẩn kỹ thuật"),
            .p("Tham gia góp ý 08 dự thảo TCVN, QCVN do các Bộ gửi lấy ý kiến (Quý I: 02, Quý II: 03, Quý III: 02, tháng 10: 01). Nhiệm vụ đang thực hiện."),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.value("II.2.e", "standards_reviewed") == 8)
        #expect(!s.findings.contains { $0.message.contains("Quý") })
    }

    @Test func whatIsStillAwaitedIsNoResult() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Kiểm tra đo lường, chất lượng tại chợ và cửa hàng xăng dầu"),
            .p("Phối hợp kiểm tra 02 cuộc tại 14 cơ sở; chuyên đề chưa kết thúc (còn chờ 08 kết quả thử nghiệm). Đang thực hiện."),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(!s.findings.contains { $0.message.contains("08") })
    }

    @Test func countsOfWhatNoIndicatorCountsAreNotQuoted() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("Tổ chức 02 lớp tập huấn cho 140 lượt người; cử 02 báo cáo viên trình bày chuyên đề. Hoàn thành."),
            .bold("2. Mở rộng, nâng cao hiệu quả dịch vụ kỹ thuật"),
            .p("Mở rộng thêm 12 phép thử trong 03 lĩnh vực; thu hút 03 chuyên gia. Đang thực hiện."),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.value("II.1.a", "participants") == 140)
        #expect(!s.findings.contains { $0.message.contains("báo cáo viên") || $0.message.contains("phép thử") || $0.message.contains("chuyên gia") })
    }

    @Test func pointsUnderAHeaderOfWhoGaveThemAreNoFigures() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .table([["TT", "Nội dung công việc", "Kết quả thực hiện", "Điểm chuẩn", "Tự chấm", "Ghi chú"],
                    ["1", "Tuyên truyền, phổ biến về tiêu chuẩn, đo lường, chất lượng", "Đăng 11 tin, bài trên trang phường", "10", "7", ""],
                    ["2", "Cử công chức tham gia tập huấn nghiệp vụ", "Cử 02 công chức tham gia", "10", "10", ""],
                    ["", "Tổng điểm", "", "20", "17", ""]]),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(!s.findings.contains { $0.message.contains("Tự chấm") })
    }

    @Test func notFinishedBesideWorkInProgressIsNoConflict() throws {
        let s = extract(sheetBook(sheetHead() + [
            ["STT", "Nội dung", "Ngày giao", "Thời hạn", "Ngày hoàn thành", "Kết quả", "Tình trạng"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "10/01", "30/11", "chưa", "Đăng 08 tin, bài trên trang phường.", "Đang làm"],
            [2, "Kiểm tra đo lường tại chợ", "15/01", "30/11", "Chưa thực hiện", "Kiểm tra 03 cuộc, 21 cơ sở.", "Đang làm"],
        ], sheet: "Theo doi"), fileName: "theo-doi.xlsx")
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(!s.findings.contains { $0.code == "status-conflict" && $0.message.contains("II.1.a") })
        // A status of its own ("Chưa thực hiện") still conflicts.
        #expect(s.findings.contains { $0.code == "status-conflict" && $0.message.contains("II.5.c") })
        let policy = try #require(extractor.silentLoss)
        #expect(policy.notDoneCells.contains("chua"))
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "not_done_cells: 3\n") }
    }
}
