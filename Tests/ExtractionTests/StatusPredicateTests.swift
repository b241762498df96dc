import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of statuses said as short predicates about the work (vocabulary.yaml's
// `status_reading.predicates`, `residual`, `tail_marks`): polarity × work verb × what ends
// it, the verdict after a label of what is left of the work, a status ending a bullet after
// a dash. Written in the hand of a high-tech park's management board, which no corpus has.

private func status(_ text: String) -> TaskStatus? { shippedVocabulary.statusClaim(in: Tokenizer.tokenize(text))?.value }
private func cell(_ text: String) -> TaskStatus? { shippedVocabulary.cellStatus(text) }

@Suite struct StatusPredicateTests {
    @Test func polarityTimesWorkVerbTimesWhatEndsIt() {
        #expect(status("Ban quản lý đã soạn thảo xong quy chế phối hợp giữa các doanh nghiệp trong khu.") == .completed)
        #expect(status("Phòng chưa vận động được doanh nghiệp nào tham gia vì chưa bố trí được kinh phí.") == .notStarted)
        #expect(status("Bộ phận pháp chế hiện vẫn đang soạn thảo, dự kiến trình ký trong tháng 12.") == .inProgress)
        #expect(status("Tổ công nghệ: chưa làm xong phần tổng kết mô hình.") == .inProgress)
        #expect(status("Trung tâm ươm tạo đã hướng dẫn hết các đơn vị đăng ký.") == .completed)
    }

    @Test func workDoneThatOnlyEndsItsClauseOrCellIsDone() {
        // "Đã phổ biến" alone in a cell or a clause says the work was done; with what it
        // did after it ("Đã phổ biến 4 chuyên đề …") it narrates, and states no status.
        #expect(cell("Đã phổ biến") == .completed)
        #expect(status("Chuyên đề về mã số mã vạch cho doanh nghiệp khởi nghiệp. Đã phổ biến.") == .completed)
        #expect(status("Đã phổ biến 4 chuyên đề về đo lường cho các phòng thí nghiệm trong khu công nghệ cao.") == nil)
        #expect(status("Tổ kỹ thuật đã tuyên truyền 12 buổi tại các nhà xưởng của khu.") == nil)
    }

    @Test func withoutDiacriticsOrAbbreviatedTheSame() {
        #expect(cell("chua to chuc") == .notStarted)
        #expect(cell("da lam xong") == .completed)
        #expect(cell("dang tk") == .inProgress)
    }

    @Test func verbsThatFindThingsAreNotWork() {
        #expect(status("Kiểm tra 04 phòng thí nghiệm, chưa phát hiện sai phạm về hiệu chuẩn thiết bị đo.") == nil)
        #expect(status("Các nhà đầu tư đang sản xuất linh kiện điện tử xuất khẩu.") == nil)
    }

    @Test func whatIsLeftOfTheWork() {
        #expect(status("Việc còn lại: không.") == .completed)
        #expect(status("Còn lại: vẫn còn 2 hồ sơ chờ doanh nghiệp bổ sung, tiếp tục đôn đốc.") == .inProgress)
        #expect(status("Tồn tại: Chưa thực hiện do chưa có kinh phí.") == .notStarted)
        #expect(status("Còn lại: không phát sinh.") == .notApplicable)
        // A heading that only names shortcomings is no verdict.
        #expect(status("III. Khó khăn, tồn tại") == nil)
    }

    @Test func aStatusEndingABulletAfterADash() {
        #expect(status("- Rà soát danh mục thiết bị đo của ba phòng thí nghiệm – làm xong rồi.") == .completed)
        #expect(status("- Hỗ trợ doanh nghiệp đăng ký mã vạch -- đang làm dở, chờ hồ sơ của hai công ty.") == .inProgress)
        #expect(status("- Khen thưởng người báo tin vi phạm — tổ không có việc này") == .notApplicable)
        #expect(status("- Tập huấn cho kỹ thuật viên -- chưa tổ chức được.") == .notStarted)
        // A range or a name with a dash is no tail.
        #expect(status("- Hiệu chuẩn định kỳ 3 - 4 lần mỗi năm theo lịch của phòng thí nghiệm") == nil)
    }

    @Test func aStatusAfterADoubleSlashInOneCell() {
        // The result and the status in one cell ("Đã làm // tình hình"): the mark is matched whole.
        #expect(status("Cử 02 chuyên viên dự hội thảo đo lường tại Hà Nội // xong") == .completed)
        #expect(status("Đã đồng bộ tầm 1.200 bản ghi lên kho dữ liệu // hoàn thành một phần (còn dữ liệu khu vực cũ)") == .inProgress)
        // A lone slash is no tail mark: options on a form ("Đã / Chưa / Không") say nothing.
        #expect(status("Tình hình thực hiện đã thực hiện / đang thực hiện / không phát sinh") != .notApplicable)
    }

    @Test func unknownPredicateKeysAreRefused() throws {
        // Every weight given, so that only the part under test can be refused.
        let weights = "status_reading:\n  weights:\n" + StatusClaim.Kind.allCases.map { "    \($0.rawValue): 0.5\n" }.joined()
        _ = try Vocabulary.parse(yaml: weights + "  predicates:\n    verbs: [làm]\n    polarity:\n      completed: [đã]\n  residual:\n    labels: [còn lại]\n")
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: weights + "  predicates:\n    guess: [x]\n") }
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: weights + "  predicates:\n    polarity:\n      not_applicable: [không]\n") }
        #expect(throws: Vocabulary.LoadError.self) { try Vocabulary.parse(yaml: weights + "  residual:\n    guess: [x]\n") }
    }
}

@Suite struct ProseStatusUnderNoTaskTests {
    private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                    .p("I. KẾT QUẢ THỰC HIỆN")]

    @Test func aStatusSaidInALongLineIsNeverLostSilently() throws {
        // The line about the course names no task in the plan's words; its status ("chưa
        // cử được") is either the task's or quoted with the task it is nearest to.
        let s = extract(word(opening + [
            .p("- Ban quản lý chợ đầu mối phối hợp đăng 04 tin, bài về cân đúng, cân đủ trên loa phát thanh của chợ."),
            .p("- Theo thông báo chiêu sinh lớp bồi dưỡng nghiệp vụ tiêu chuẩn, đo lường, chất lượng dành cho công chức cấp xã, vì trùng đợt tiếp dân nên phường chưa cử được người tham dự."),
            .p("II. KHÓ KHĂN, VƯỚNG MẮC"),
            .p("- Không có."),
        ]))
        let taken = s.entries.contains { $0.task == "II.3.a" && $0.status == .notStarted }
        let quoted = s.findings.contains { $0.message.contains("II.3.a") && $0.message.contains("chưa cử được") }
        #expect(taken || quoted)
    }
}
