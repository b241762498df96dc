import DocumentModel
import Foundation
import Testing
import VietText
@testable import Extraction

// Session 56: layouts of the held-out sets 276–280, opened this round. Units and figures here
// are this file's own.

private let opening: [Piece] = [
    wardHeader, .p("BÁO CÁO"),
    .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
    .p("Ủy ban nhân dân phường báo cáo kết quả như sau:"),
]

@Suite struct Layout56Tests {
    /// "Stt | Công việc | Kết quả": numbered rows of the plan's work, each row's status on the
    /// last line of its work cell after a mark ("→ Đã xong", "→ Đang làm, còn đợt tháng 12").
    /// Before, "Công việc" headed no column of tasks (the rows named no task and their figures
    /// were quoted as findings), and the marked status was no status of the row.
    @Test func aNumberedTableOfWorkWithTheStatusMarkedInTheWorkCell() {
        let s = extract(word(opening + [
            .table([
                ["Stt", "Công việc", "Kết quả"],
                ["1", "Tuyên truyền pháp luật về đo lường, chất lượng cho hộ kinh doanh\n→ Đã xong",
                 "- Đăng tin trên trang thông tin điện tử phường: 07 tin, bài."],
                ["2", "Kiểm tra đo lường, nhãn hàng hóa tại chợ và cửa hàng xăng dầu\n→ Đang làm, còn đợt kiểm tra tháng 12",
                 "- Số cuộc kiểm tra: 03 cuộc.\n- Số cơ sở được kiểm tra: 21 cơ sở."],
                ["3", "Tiếp nhận, xử lý phản ánh về đo lường, chất lượng\n→ Không phát sinh", "- Trong kỳ chưa nhận được phản ánh nào."],
            ]),
        ]))
        #expect(s.value("II.1.a", "communications") == 7)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 21)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }
}
