import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of numbering copied from older reports onto items of another subject (issue
// #11, plain hands): a sub-number ("1.1", "3.1") under an item is that item's part only while
// it names the same work. The words are this file's own.

@Suite struct PlainHands33Tests {
    /// "1.1 | Cử công chức dự tập huấn" under "1 | Tuyên truyền", with a result and a status of
    /// its own, is the training task's row, not a part of the propaganda's (grids.yaml
    /// `sub_row_peers`); a sub-row naming the same work stays its parent's part.
    @Test func aSubNumberedRowOfAnotherSubjectIsItsOwnTask() {
        let s = extract(workbook([
            ["UBND PHƯỜNG AN NHƠN"],
            ["Số: 55/BC-UBND", nil, "An Nhơn, ngày 29 tháng 10 năm 2026"],
            ["KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung", "Kết quả thực hiện", "Tình hình thực hiện", "Ghi chú"],
            ["I", "Tuyên truyền"],
            ["1", "Tuyên truyền trên loa phát thanh khu phố", "Phát 12 buổi trên loa các khu phố.", "Đang thực hiện"],
            ["1.1", "Tuyên truyền trên trang thông tin điện tử", "Đăng 04 tin bài.", "Đang thực hiện"],
            ["1.2", "Cử công chức dự lớp tập huấn nghiệp vụ", "Cử 02 công chức dự lớp do Chi cục tổ chức.", "Đã xong"],
        ]), fileName: "an-nhon.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.3.a"])
        #expect(s.value("II.3.a", "participants") == 2)
        #expect(s.entry("II.3.a")?.status == .completed)
        #expect(s.value("II.1.a", "participants") == nil)
        #expect(s.value("II.1.a", "communications") == 4)
    }

    /// "1.1 Công tác kiểm tra" (no full stop after the number, not bold) under "1. Tuyên
    /// truyền" is a point of the unit's own numbering, not a figure "1.1" of the passage above:
    /// what follows it is resolved by meaning.
    @Test func aSubNumberedLineWithoutItsFullStopIsAHeading() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("II. KẾT QUẢ THỰC HIỆN"),
            .bold("1. Tuyên truyền"),
            .p("Đăng 05 tin bài trên trang thông tin điện tử phường. Tiếp tục thực hiện."),
            .p("1.1 Kiểm tra tại chợ, cửa hàng xăng dầu"),
            .p("Phường tổ chức 03 cuộc kiểm tra tại 17 cơ sở kinh doanh, chưa phát hiện vi phạm. Đã hoàn thành kế hoạch kiểm tra năm."),
        ]))
        #expect(s.entries.map(\.task).sorted() == ["II.1.a", "II.5.c"])
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.value("II.1.a", "inspections") == nil)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(!s.findingCodes.contains("figure-unrecognized"))
    }
}
