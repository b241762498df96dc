import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of a layout session 27 reads: a summary sheet of a ward's yearly targets whose
// short headers compare periods ("TH 2025 | KH 2026 | TH 10T/2026 | Ước TH 2026 | Ước TH/KH
// (%)"). The words are this file's own.

@Suite struct GridPeriodHeadersTests {
    /// "KH" alone heads the plan's figures, with its year too ("KH 2026"); inside a longer
    /// header ("Đối chiếu KH 38") it names the plan, not a target. An estimate's short header
    /// ("Ước TH 2026") and the rate against the plan are no result either: the year's done
    /// figures ("TH 10T/2026") are.
    @Test func shortPlanAndEstimateHeadersAreTargets() {
        let r = extractor.gridRecognisers!
        #expect(r.headerRole("KH").role == .target)
        #expect(r.headerRole("KH 2026").role == .target)
        #expect(r.headerRole("Đối chiếu KH 38").role != .target)
        #expect(r.headerRole("Ước TH 2026").role == .target)

        let s = extract(sheetBook([
            ["ỦY BAN NHÂN DÂN", nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["PHƯỜNG TÂN HIỆP", nil, nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 77/BC-UBND", nil, nil, nil, nil, "Tân Hiệp, ngày 05 tháng 11 năm 2026"],
            ["BIỂU CHỈ TIÊU 10 THÁNG NĂM 2026 (gồm nội dung Kế hoạch triển khai Chỉ thị 38-CT/TW)"],
            ["STT", "Chỉ tiêu", "ĐVT", "TH 2025", "KH 2026", "TH 10T/2026", "Ước TH 2026", "Ước TH/KH (%)", "Tình hình"],
            [1, "Tin, bài tuyên truyền về tiêu chuẩn, đo lường, chất lượng", "tin, bài", 7, 10, 9, 12, 120, "Hoàn thành"],
            [2, "Công chức phường dự tập huấn nghiệp vụ đo lường", "người", 1, 2, 3, 3, 150, "Hoàn thành"],
        ], sheet: "Bieu 10T"), fileName: "bieu-10t.xlsx")
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.3.a", "participants") == 3)
    }
}
