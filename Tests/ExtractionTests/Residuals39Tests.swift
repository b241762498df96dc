import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of a status cell saying how far a unit's advice to the leadership came
// (session 39): "Đang tham mưu", "Chưa tham mưu", "Đã tham mưu xong" in a department's
// "Tình hình" column (vocabulary.yaml `status_reading.predicates.verbs`). The words are this
// file's own, in the hand of a department's planning office, which no corpus has.

@Suite struct Residuals39Tests {
    /// "Đang tham mưu" is under way, "Chưa tham mưu" not begun, "Đã tham mưu xong" done; the
    /// row's status is read from that column.
    @Test func howFarTheAdviceCameInAStatusCell() {
        let v = extractor.vocabulary
        #expect(v.cellStatus("Đang tham mưu") == .inProgress)
        #expect(v.cellStatus("Đang tham mưu trình ký") == .inProgress)
        #expect(v.cellStatus("Chưa tham mưu") == .notStarted)
        #expect(v.cellStatus("Đã tham mưu xong") == .completed)
        let s = extract(workbook([
            ["SỞ CÔNG THƯƠNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 5102/BC-SCT", nil, nil, "TP. Hồ Chí Minh, ngày 27 tháng 10 năm 2026"],
            ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"],
            ["TT", "Việc", "Văn bản tham mưu", "Kết quả", "Tình hình"],
            [1, "Kiểm tra chất lượng xăng dầu lưu thông trên địa bàn", "Dự thảo Kế hoạch kiểm tra đợt 2", "Đã kiểm tra 04 cửa hàng", "Đang tham mưu"],
        ]), fileName: "sct-tham-muu.xlsx")
        #expect(s.entry("II.5.a")?.status == .inProgress)
    }
}
