import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of two habits of older officers' prose (session 35): an item closed by its
// next step under a label (vocabulary.yaml `status_reading.next_steps`), and a paragraph of
// difficulties and proposals written on as one talks, split by sentence into items
// (`items.next_item_leads`, and a sentence that asks). The words are this file's own, in the
// hand of a port authority's office, which no corpus has.

private func status(_ text: String) -> TaskStatus? { shippedVocabulary.statusClaim(in: Tokenizer.tokenize(text))?.value }

@Suite struct NextSteps35Tests {
    /// "Mốc tiếp theo: không còn." — nothing next, done; a step named there leaves the work
    /// unfinished, over a weaker claim of done; a task said not started stays so.
    @Test func theNextStepUnderItsLabel() {
        #expect(status("Cả ba buổi huấn luyện cho thuyền viên đã bế giảng.\nMốc tiếp theo: không còn.") == .completed)
        #expect(status("Quy chế cân hàng tại cảng đã ban hành tháng 4/2026.\nBước tiếp theo: rà soát lại sau 06 tháng áp dụng, trong tháng 12/2026.") == .inProgress)
        // A step named after a course attended (a claim of done no label states).
        #expect(status("Cảng vụ đã cử 02 công chức tham dự lớp tập huấn do Chi cục tổ chức.\nMốc tiếp theo: cử tiếp công chức dự lớp Quý IV khi có thư mời.") == .inProgress)
        // Not begun, with the step the unit means to take: still not begun.
        #expect(status("Năm nay Cảng vụ chưa cử được công chức tham dự do trùng lịch trực.\nMốc tiếp theo: cử công chức khi có thông báo chiêu sinh.") == .notStarted)
        // A step not yet settled names none: the task's own words stand.
        #expect(status("Trong năm chưa có yêu cầu phối hợp; không phát sinh.\nMốc tiếp theo: chưa xác định.") == .notApplicable)
        // An outright label of done stands.
        #expect(status("Tiến độ: Hoàn thành.\nMốc tiếp theo: tổng kết cùng báo cáo năm.") == .completed)
    }

    /// One paragraph under "Khó khăn và kiến nghị" holding two difficulties and a proposal:
    /// a sentence that counts another difficulty is an item, a sentence that asks (after who
    /// asks) is a proposal; "TP. Hồ Chí Minh" and a short closing sentence part nothing.
    @Test func aParagraphOfDifficultiesAndProposalsWrittenOn() {
        let s = extract(word([wardHeader,
                              .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                              .p("I. KẾT QUẢ THỰC HIỆN"),
                              .p("1. Phổ biến quy định về đo lường cho chủ ghe: đăng 03 tin trên loa của phường. Đã hoàn thành."),
                              .p("II. KHÓ KHĂN VÀ KIẾN NGHỊ"),
                              .p("Bến ghe nằm rải rác dọc kênh nên việc kiểm tra cân tốn nhiều thời gian. Một khó khăn nữa là tổ kiểm tra chỉ có 02 người kiêm nhiệm. Phường kiến nghị Chi cục cho mượn 01 bộ quả cân chuẩn để đặt tại bến ghe TP. Hồ Chí Minh. Xin trân trọng cảm ơn."),
                             ]))
        #expect(s.difficulties.map(\.text) == ["Bến ghe nằm rải rác dọc kênh nên việc kiểm tra cân tốn nhiều thời gian",
                                               "Một khó khăn nữa là tổ kiểm tra chỉ có 02 người kiêm nhiệm"])
        #expect(s.proposals.map(\.text) == ["Phường kiến nghị Chi cục cho mượn 01 bộ quả cân chuẩn để đặt tại bến ghe TP. Hồ Chí Minh. Xin trân trọng cảm ơn"])
    }

    /// A clerk's report with no headings: a short lead-in naming the difficulties, ended by
    /// what introduces them ("… là:"), with the items after its colon on the same line; the
    /// proposals likewise ("… như sau:").
    @Test func aLeadInAndItsItemsOnOneLine() {
        let s = extract(word([wardHeader,
                              .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                              .p("Đã xong việc đăng 03 tin về cân đối chứng trên loa của phường."),
                              .p("Những khó khăn của phường trong năm là: Tổ kiểm tra chỉ có 02 người kiêm nhiệm nên không kiểm tra được các bến ghe."),
                              .p("Phường có đề xuất như sau: Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn."),
                             ]))
        #expect(s.difficulties.map(\.text) == ["Tổ kiểm tra chỉ có 02 người kiêm nhiệm nên không kiểm tra được các bến ghe"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Chi cục cho mượn 01 bộ quả cân chuẩn"])
    }
}
