import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of which number is the period's own when a report sets another period's
// beside it (issue #11 point 3, session 28): a sentence opening "Cùng kỳ năm 2025:", the
// change against last year ("tăng 01 lớp và 85 lượt người so với cùng kỳ"), last year's in a
// bracket after the figure in a biểu's cell ("02 cuộc (CK: 01)"), and the year's running
// total after its parts ("- Tính từ đầu năm: …"). The words are this file's own.

private let vocabulary2026: Vocabulary = {
    var v = shippedVocabulary
    v.figureReading.planYear = 2026
    return v
}()

private func found(_ text: String) -> PassageNumbers { vocabulary2026.figures(in: Tokenizer.tokenize(text)) }

private func figures(_ text: String) -> [String: Double] {
    let all = found(text).found
    let totals = Set(all.filter(\.total).map(\.indicator))
    var out: [String: Double] = [:]
    for f in all where f.total || !totals.contains(f.indicator) { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct SamePeriodLastYearTests {
    @Test func aSentenceOpeningWithTheSamePeriodOfAnEarlierYearIsNotRead() {
        let text = """
        Cùng kỳ năm 2025: xã tổ chức 01 buổi tuyên truyền với 60 lượt người; đăng 03 tin.
        9 tháng năm 2026: xã tổ chức 02 lớp tập huấn với 140 lượt người tham dự; đăng 07 tin, bài.
        """
        #expect(figures(text) == ["training_courses": 2, "participants": 140, "communications": 7])
        #expect(found(text).unread.isEmpty)
        // "Cùng kỳ 2025:" without "năm" names the year too; the plan's own year stays read.
        #expect(figures("- Cùng kỳ 2025: kiểm tra 04 cuộc.")["inspections"] == nil)
        #expect(figures("Cùng kỳ năm 2026: kiểm tra 04 cuộc.")["inspections"] == 4)
    }

    @Test func aChangeAgainstLastYearIsNoResult() {
        let text = "Xã tổ chức 03 lớp với 240 lượt người tham dự; tăng 01 lớp và 85 lượt người (tăng 47,2%) so với cùng kỳ."
        #expect(figures(text) == ["training_courses": 3, "participants": 240])
        #expect(found(text).unread.isEmpty)
        let fewer = "Kiểm tra 41 cơ sở, phát hiện 06 cơ sở vi phạm. Số cơ sở vi phạm giảm 01 cơ sở, số tiền phạt giảm 12,5% so với cùng kỳ."
        #expect(figures(fewer) == ["establishments_inspected": 41, "violations": 6])
        // The change ends with its clause: what follows a comma is read again.
        #expect(figures("Số cuộc tăng 01 cuộc, kiểm tra 18 cơ sở.") == ["establishments_inspected": 18])
    }

    @Test func lastYearsInABracketAfterTheFigure() {
        let text = "Kiểm tra 02 cuộc (CK: 01) tại 23 cơ sở (CK: 15)."
        #expect(figures(text) == ["inspections": 2, "establishments_inspected": 23])
        // Last year's numbers are no loss to quote.
        #expect(found(text).unread.isEmpty)
    }

    @Test func theRunningTotalOfTheYearStandsForItsParts() {
        let text = """
        - 6 tháng đầu năm 2026: tổ chức 02 hội nghị với 180 đại biểu.
        - Từ tháng 7/2026 đến nay: tổ chức 01 hội nghị với 95 đại biểu.
        - Tính từ đầu năm: 03 hội nghị, 275 lượt đại biểu.
        """
        #expect(figures(text) == ["training_courses": 3, "participants": 275])
    }
}

private func tab(_ name: String, _ rows: [[Any?]]) -> Sheet {
    let sheetRows = rows.enumerated().compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r + 1, cells: cells)
    }
    return Sheet(name: name, rows: sheetRows, part: "xl/worksheets/\(name).xml")
}

@Suite struct ComparedCellTests {
    /// A quarter's biểu whose result cell gives last year's after each figure in a bracket
    /// ("02 cuộc (CK: 01)"): the bracket's colon labels no figure of the cell.
    @Test func lastYearsBracketInAResultCellIsNotTheFigure() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["XÃ BÌNH GIANG", nil, nil, "Độc lập - Tự do - Hạnh phúc"],
            ["Số: 52/BC-UBND", nil, nil, "Bình Giang, ngày 09 tháng 10 năm 2026"],
            ["BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW - QUÝ III/2026"],
            ["STT", "Nội dung công việc", "Kết quả Quý III/2026 (trong ngoặc: cùng kỳ)", "Tình hình"],
            [1, "Kiểm tra cân, đo lường tại chợ (phân cấp)", "02 cuộc (CK: 01)\n23 cơ sở (CK: 15)\nPhạt: 4.000.000đ (CK: 2.500.000đ)", "Đang làm"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [tab("BC Q3", rows)]), fileName: "bieu-q3.xlsx")
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 23)
        #expect(s.value("II.5.c", "fines_vnd") == 4_000_000)
    }
}
