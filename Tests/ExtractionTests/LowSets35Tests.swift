import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of hands among the weakest open sets: indicator tables that set the result
// beside what it is weighed against (last year's period, a rate, a denominator), and items
// opened by a field tag in square brackets. The words are this file's own.

/// A Word table whose cells may span: (column, text, columns spanned, rows spanned).
private func spannedTable(_ rows: [[(Int, String, Int, Int)]], index: Int, table: Int) -> Block {
    let width = rows.flatMap { $0.map { $0.0 + $0.2 } }.max() ?? 0
    return .table(Table(rows: rows.enumerated().map { r, row in
        TableRow(cells: row.map { c, text, span, down in
            TableCell(column: c, columnSpan: span, rowSpan: down, blocks: [
                .paragraph(Paragraph(text: text, location: .tableCell(part: "word/document.xml", table: table, row: r + 1, column: c + 1)))])
        })
    }, columnCount: width, location: .paragraph(part: "word/document.xml", index: index)))
}

@Suite struct LowSets35Tests {
    /// "Kết quả thực hiện" over "Cùng kỳ 2025 | 9 tháng 2026", then "So sánh (%)": the column
    /// of the year reported is the figure; last year's and the rate are what it is weighed
    /// against, never added to it.
    @Test func aTwoLevelHeaderOfPeriodsKeepsOnlyTheYearReported() {
        var d = word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"), .p("I. KẾT QUẢ THỰC HIỆN"),
                      .p("1. Kiểm tra đo lường, chất lượng tại chợ và cửa hàng trên địa bàn phường"),
                      .p("Phường đang tiếp tục kiểm tra theo kế hoạch quý IV.")])
        d.body.append(spannedTable([
            [(0, "Chỉ tiêu", 1, 2), (1, "ĐVT", 1, 2), (2, "Kết quả thực hiện", 2, 1), (4, "So sánh 2026/2025 (%)", 1, 2)],
            [(2, "Cùng kỳ 2025", 1, 1), (3, "9 tháng 2026", 1, 1)],
            [(0, "Số cuộc kiểm tra", 1, 1), (1, "cuộc", 1, 1), (2, "03", 1, 1), (3, "05", 1, 1), (4, "166,7", 1, 1)],
            [(0, "Cơ sở được kiểm tra", 1, 1), (1, "cơ sở", 1, 1), (2, "28", 1, 1), (3, "41", 1, 1), (4, "146,4", 1, 1)],
        ], index: 20, table: 2))
        let s = extract(d)
        #expect(s.value("II.5.c", "inspections") == 5)
        #expect(s.value("II.5.c", "establishments_inspected") == 41)
        #expect(!s.findingCodes.contains("figures-summed"))
    }

    /// "Chỉ số | Tử số | Mẫu số | Tỷ lệ (%)": the numerator is the count; the denominator (the
    /// registrations, the year's plan) and the rate are no part of it — and "Tỷ lệ" is no
    /// "tỷ" of money.
    @Test func aRatesDenominatorAndRateAreNoPartOfItsCount() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                              .p("I. KẾT QUẢ THỰC HIỆN"),
                              .p("1. Tuyên truyền, phổ biến pháp luật về tiêu chuẩn, đo lường, chất lượng"),
                              .p("Phường đã tổ chức 02 hội nghị tuyên truyền cho 180 lượt người. Tiến độ: Hoàn thành."),
                              .table([["Chỉ số", "Tử số", "Mẫu số", "Tỷ lệ (%)"],
                                      ["Lượt người dự hội nghị / lượt người được mời", "180", "200", "90,0"]])]))
        #expect(s.value("II.1.a", "participants") == 180)
        #expect(!s.findingCodes.contains("figures-summed"))
    }

    /// "[TT] …", "[ĐL-CL] …": a capital tag in square brackets opening an item is a mark like a
    /// bullet; each item is read from its own words, its figures and its closing status.
    @Test func aFieldTagInSquareBracketsIsAMarkNotWords() {
        let s = extract(word([wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                              .p("Phường báo cáo vắn tắt như sau:"),
                              .p("[TT] Đăng 09 tin về cân đo, hàng kém chất lượng trên trang Zalo của phường — đã xong."),
                              .p("[ĐL] Kiểm tra cân, thước tại 03 chợ trên địa bàn: 02 cuộc, 19 hộ, 02 vi phạm, phạt 2.500.000 đ — đã xong."),
                              .p("[CB] Đăng ký cán bộ dự lớp nghiệp vụ của Chi cục — chưa làm.")]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.entry("II.3.a")?.status == .notStarted)
    }

    /// A tick ("[x]") and a status in brackets ("[XONG]") are no field tags.
    @Test func aTickOrABracketedStatusIsNoFieldTag() {
        let v = extractor.vocabulary
        #expect(ExtractionRun.untagged("[x] Tuyên truyền trên loa", v) == nil)
        #expect(ExtractionRun.untagged("[XONG] Tuyên truyền trên loa", v) == nil)
        #expect(ExtractionRun.untagged("[TT] Tuyên truyền trên loa", v) == "Tuyên truyền trên loa")
        #expect(ExtractionRun.untagged("[QUÁ DÀI NHÃN] Tuyên truyền", v) == nil)
    }
}
