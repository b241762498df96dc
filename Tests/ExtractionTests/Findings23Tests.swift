import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of what a finding is worth (issue #11: read better rather than flag
// everything): each finding costs an officer's time, so what can be read is read — a
// sequence column headed "#", a self-assessment's points, an item numbered "1.1-", a field
// of an item ("- Cách thức thực hiện: …"), a status label set off by a full stop —, a
// question states no status, and findings at one place are said once.

private func sheetHead() -> [[Any?]] {
    [["UBND Phường Sài Gòn"], ["FILE THEO DÕI TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"], ["Số: 318/BC-UBND – ngày 20/10/2026"], []]
}

@Suite struct Findings23Tests {
    @Test func findingsAtOnePlaceAreSaidOnce() throws {
        var policy = SilentLossPolicy()
        policy.onePlace = ["task-unmatched", "figure-without-task", "status-missing"]
        let figures = Finding(severity: .warning, code: "figure-without-task", message: "Số liệu “02 lớp” không gắn với nhiệm vụ nào.", source: "Sheet1!A8")
        let row = Finding(severity: .warning, code: "task-unmatched", message: "Nội dung “VIỆC 2” chưa gắn với nhiệm vụ nào.", source: "Sheet1!A8")
        let conflict = Finding(severity: .warning, code: "status-conflict", message: "Nhiệm vụ II.5.c: hai tiến độ.", source: "Sheet1!A8")
        let below = Finding(severity: .warning, code: "figure-without-task", message: "Số liệu “05 cuộc” không gắn với nhiệm vụ nào.", source: "Sheet1!A9")
        let nowhere = Finding(severity: .warning, code: "status-missing", message: "Báo cáo không nêu tiến độ của nhiệm vụ II.1.a.")
        let merged = policy.mergedByPlace([figures, row, conflict, below, nowhere, row])
        // One finding for A8, of the code that comes first, saying both; the conflict (not a
        // code said once per place), the next row and a finding of no place stand.
        #expect(merged.count == 4)
        #expect(merged[0].code == "task-unmatched")
        #expect(merged[0].message == figures.message + " " + row.message)
        #expect(merged[0].source == "Sheet1!A8")
        #expect(merged[1] == conflict)
        #expect(merged[2] == below)
        #expect(merged[3] == nowhere)
        // The pipeline's policy: statuses set aside and phrases not understood stand alone.
        let pipeline = try #require(extractor.silentLoss)
        #expect(pipeline.onePlace.contains("figure-without-task") && pipeline.onePlace.contains("task-unmatched"))
        #expect(!pipeline.onePlace.contains("status-conflict") && !pipeline.onePlace.contains("status-unrecognized"))
        #expect(throws: Vocabulary.LoadError.self) { try SilentLossPolicy.parse(yaml: "one_place: 3\n") }
    }

    @Test func aColumnHeadedByAMarkNumbersTheRows() {
        let s = extract(sheetBook(sheetHead() + [
            ["#", "Việc cần làm", "Tình hình", "Kết quả cụ thể"],
            [1, "Kiểm tra đo lường tại chợ Tân Định", "Đang chạy", "Kiểm tra 4 cuộc, 17 cơ sở; phát hiện 3 vi phạm."],
            [2, "Tuyên truyền về đo lường, chất lượng", "Xong", "Đăng 2 bài trên trang phường."],
        ], sheet: "CT38_2026"), fileName: "theo-doi.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.1.a", "communications") == 2)
        // The rows' numbers 1 and 2 are no figures to ask about.
        #expect(!s.findings.contains { $0.message.contains("(#)") })
        #expect(!s.findings.contains { $0.code == "figure-unrecognized" })
    }

    @Test func aSelfAssessmentsPointsAreNoFigures() {
        let s = extract(sheetBook(sheetHead() + [
            ["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm", "Kết quả thực hiện", "Tiến độ"],
            [1, "Tuyên truyền về tiêu chuẩn, đo lường, chất lượng", 20, 18, "Đăng 11 tin, bài", "Hoàn thành"],
            [2, "Phối hợp kiểm tra đo lường tại chợ", 30, 25, "Kiểm tra 4 cuộc, 37 cơ sở", "Đang thực hiện"],
        ], sheet: "Tu cham diem"), fileName: "tu-cham-diem.xlsx")
        #expect(s.value("II.1.a", "communications") == 11)
        #expect(s.value("II.5.c", "establishments_inspected") == 37)
        #expect(!s.findings.contains { $0.message.contains("Điểm") })
    }

    @Test func anItemNumberedOnTwoLevelsWithADash() {
        let marks: [Unicode.Scalar] = ["/", "-", "–"]
        #expect(ExtractionRun.renumbered("1.1- Tuyên truyền pháp luật", marks: marks) == "1.1. Tuyên truyền pháp luật")
        #expect(ExtractionRun.renumbered("2.3.1– Góp ý dự thảo", marks: marks) == "2.3.1. Góp ý dự thảo")
        // A number with a thousands group, a date, a range are no numbers of items.
        #expect(ExtractionRun.renumbered("1.500- đồng", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("15.3-20.3 đoàn kiểm tra", marks: marks) == nil)
        #expect(ExtractionRun.renumbered("1.1.1.1- Bốn cấp", marks: marks) == nil)
    }

    @Test func aFieldOfAnItemIsNoItemOfItsOwn() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Hội nghị phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
            .p("- Cách thức thực hiện: Phối hợp Chi cục Tiêu chuẩn Đo lường Chất lượng mời báo cáo viên."),
            .p("- Kết quả: Tổ chức 01 hội nghị với 85 đại biểu là chủ cơ sở sản xuất, kinh doanh."),
            .p("- Đánh giá tiến độ: Hoàn thành đúng tiến độ."),
            .bold("2. Kiểm tra cân tại chợ"),
            .p("- Cách thức thực hiện: Tổ kiểm tra của phường kiểm tra theo kế hoạch."),
            .p("- Kết quả: Kiểm tra 02 cuộc tại 09 cơ sở kinh doanh."),
            .p("- Đánh giá tiến độ: Đang thực hiện."),
        ]))
        #expect(s.value("II.1.a", "participants") == 85)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(!s.findings.contains { $0.message.contains("Cách thức thực hiện") })
        #expect(!s.findings.contains { $0.code == "figure-without-task" })
    }

    @Test func aStatusLabelSetOffByAFullStop() throws {
        let v = extractor.vocabulary
        // The label names what follows; alone it states nothing.
        let claim = try #require(v.statusClaim(in: Tokenizer.tokenize("Mức độ hoàn thành. Đang thực hiện.")))
        #expect(claim.value == .inProgress)
        #expect(claim.kind == .labelled)
        #expect(v.status(in: Tokenizer.tokenize("Mức độ hoàn thành.")) == nil)
        #expect(v.status(in: Tokenizer.tokenize("Mức độ hoàn thành. Hoàn thành.")) == .completed)
    }

    @Test func aStatusUnderAnItemOfNoTaskStaysThatItems() {
        // "Nhiệm vụ số 02: …" (bold) names no task the reading finds: its status line is not
        // the item above's, and is quoted with its heading. (Its earlier words — "hàng rào kỹ
        // thuật trong thương mại" — name II.6.a since session 53.)
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .bold("I. KẾT QUẢ THỰC HIỆN"),
            .bold("Nhiệm vụ số 01: Phối hợp kiểm tra chất lượng, đo lường xăng dầu và hàng hóa lưu thông"),
            .p("Việc đã làm. Lực lượng quản lý thị trường phối hợp Chi cục kiểm tra các cửa hàng xăng dầu."),
            .p("Con số. 04 cuộc – 37 cơ sở được kiểm tra – 06 cơ sở vi phạm."),
            .p("Mức độ hoàn thành. Đang thực hiện."),
            .bold("Nhiệm vụ số 02: Hỗ trợ tổ chức Tết Trung thu cho thiếu nhi các khu phố"),
            .p("Việc đã làm. Vận động các hộ kinh doanh tài trợ quà, tổ chức vui Tết Trung thu cho thiếu nhi."),
            .p("Mức độ hoàn thành. Đang thực hiện (thường xuyên)."),
            .bold("II. KHÓ KHĂN, VƯỚNG MẮC"), .p("Không có."),
        ]))
        #expect(s.findings.contains { $0.message.contains("Đang thực hiện (thường xuyên)") })
    }

    @Test func aQuestionStatesNoStatus() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Việc đã làm được"),
            .p("- Đăng 12 tin, bài tuyên truyền về đo lường, chất lượng trên trang thông tin điện tử của phường; đã hoàn thành."),
            .p("2. Việc gì chưa làm được? Vì sao?"),
            .p("- Không có."),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(!s.findings.contains { $0.message.contains("Việc gì chưa làm được") || $0.message.contains("Không có") })
    }
}
