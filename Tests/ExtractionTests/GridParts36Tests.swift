import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of a biểu in parts: a two-row header whose parent ("Kết quả đạt được")
// spans short measures, one of them with a money scale; bands "A. …" / "B. …" naming the
// parts of the table; a "Cộng A" / "Cộng B" row closing each part. The words are this file's
// own.

private var communeRows: [[Any?]] {
    [["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, nil, nil, nil, nil, "Ngày 20/11/2026"],
     ["Số: 77/BC-UBND"],
     ["BIỂU TỔNG HỢP KẾT QUẢ CT38 NĂM 2026"]]
}

private func mergedWorkbook(_ rows: [[Any?]], merges: [String]) -> Document {
    var sheet = testSheet("Biểu", rows, part: 1)
    sheet.merges = merges.compactMap { CellRange($0) }
    return Document(kind: .spreadsheet, sheets: [sheet])
}

@Suite struct GridParts36Tests {
    /// Measures under a parent header are no tasks' columns, whatever a child's words
    /// resemble ("Góp ý TC/QC"); "Cơ sở" alone counts establishments, "Phạt (tr.đ)" an amount
    /// in millions; the bands are context, the part totals no rows of work, and nothing of
    /// theirs is added again.
    @Test func aBieuInPartsReadsItsRowsOnce() {
        let s = extract(mergedWorkbook(communeRows + [
            [],
            ["STT", "Công việc", "Kết quả đạt được", nil, nil, nil, nil, nil, "Tình hình"],
            [nil, nil, "Cuộc KT", "Cơ sở", "Vi phạm", "Phạt (tr.đ)", "Góp ý TC/QC", "Tin bài"],
            ["A. VIỆC XÃ TỰ THỰC HIỆN"],
            [1, "Kiểm tra cân, cột đo xăng dầu tại chợ và cửa hàng trên địa bàn xã", 2, 17, 3, 6.5, nil, nil, "Đã xong"],
            [2, "Tuyên truyền pháp luật đo lường trên đài truyền thanh xã", nil, nil, nil, nil, nil, 9, "Đã xong"],
            [nil, "Cộng A", 2, 17, 3, 6.5, 0, 9],
            ["B. VIỆC PHỐI HỢP CÙNG CẤP TRÊN"],
            [1, "Cử công chức dự lớp tập huấn nghiệp vụ tiêu chuẩn đo lường chất lượng", nil, nil, nil, nil, nil, nil, "Chưa thực hiện"],
            [nil, "Cộng B", 0, 0, 0, 0, 0, 0],
        ], merges: ["A5:A6", "B5:B6", "C5:H5", "I5:I6", "A7:I7", "A11:I11"]), fileName: "bieu-phan.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.value("II.5.c", "violations") == 3)
        #expect(s.value("II.5.c", "fines_vnd") == 6_500_000)
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.3.a")?.status == .notStarted)
        #expect(Set(s.entries.map(\.task)) == ["II.5.c", "II.1.a", "II.3.a"])
        #expect(!s.findings.contains { $0.message.contains("VIỆC XÃ") || $0.message.contains("Cộng A") || $0.message.contains("Cộng B") })
    }

    /// "KH năm 2026 | TH 10 tháng": the plan's column named with its year's words is the
    /// plan's figures, not the period reported; the done column holds the results.
    @Test func aPlanColumnNamedWithItsYearIsNoResult() {
        let s = extract(workbook([
            ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"],
            ["Số: 901/BC-TĐC", nil, nil, nil, "TP. Hồ Chí Minh, ngày 05 tháng 11 năm 2026"],
            ["BIỂU KẾT QUẢ 10 THÁNG NĂM 2026"],
            [],
            ["STT", "Hoạt động", "Chỉ tiêu", "ĐVT", "KH năm 2026", "TH 10 tháng", "Trạng thái"],
            [1, "Mở lớp tập huấn về văn bản pháp luật tiêu chuẩn đo lường chất lượng", "Lớp tập huấn", "lớp", 6, 4, "Đang làm"],
            [nil, nil, "Lượt người dự", "lượt người", 600, 455],
            [2, "Kiểm tra chất lượng hàng hóa lưu thông trên thị trường", "Cuộc kiểm tra", "cuộc", 25, 21, "Đang làm"],
            [nil, nil, "Cơ sở được kiểm tra", "cơ sở", nil, 180],
        ]), fileName: "kh-nam.xlsx")
        #expect(s.value("II.1.a", "training_courses") == 4)
        #expect(s.value("II.1.a", "participants") == 455)
        #expect(s.value("II.5.a", "inspections") == 21)
        #expect(s.value("II.5.a", "establishments_inspected") == 180)
    }
}
