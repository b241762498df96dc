import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures counted once where a report writes them more than once: a total
// column beside its parts, an update log restating running totals, a product written with its
// factors. The words are this file's own.

private func book(_ rows: [[Any?]]) -> Document { sheetBook(rows, sheet: "Bieu") }

private func top() -> [[Any?]] { [
    ["SỞ XÂY DỰNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 512/BC-SXD", nil, nil, "Thành phố Hồ Chí Minh, ngày 21 tháng 10 năm 2026"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
] }

private func figures(_ text: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for f in shippedVocabulary.figures(in: Tokenizer.tokenize(text)).found { out[f.indicator.rawValue, default: 0] += f.value }
    return out
}

@Suite struct Figures22Tests {
    /// Columns by former area beside a column for the whole ("Cơ sở Thủ Đức (cũ) | Cơ sở Dĩ An
    /// (cũ) | Toàn Sở", a table the line reader reads): the number that is the sum of the row's
    /// others is the result, the others its parts, not added to it.
    @Test func aWholeColumnBesideItsPartsIsTheResult() {
        let s = extract(book(top() + [
            ["TT", "Nhiệm vụ / chỉ tiêu", "ĐVT", "Cơ sở Thủ Đức (cũ)", "Cơ sở Dĩ An (cũ)", "Toàn Sở", "Tiến độ"],
            [1, "Kiểm tra chất lượng hàng hóa lưu thông trên thị trường", nil, nil, nil, nil, "Đang thực hiện"],
            [nil, "Cuộc kiểm tra", "cuộc", 4, 3, 7, nil],
            [nil, "Cơ sở được kiểm tra", "cơ sở", 30, 25, 55, nil],
        ]), fileName: "bieu.xlsx")
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 7)
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 55)
    }

    /// A row's figure broken into parts on the rows under it ("Trong đó: - Xã chủ trì" and
    /// the bulleted rows after it, "Trong đó: đột xuất"), in the same unit of measure: the
    /// parts are counted in the figure above, not added to it; the next unbulleted or
    /// numbered row is the task's next figure.
    @Test func partsUnderAFigureAreNotAddedToIt() {
        let s = extract(book(top() + [
            ["STT", "Nội dung / Chỉ tiêu", "Đơn vị tính", "Số lượng", "Tình hình thực hiện"],
            ["1", "Kiểm tra chất lượng hàng hóa lưu thông (II.5.a)", nil, nil, "Đang thực hiện"],
            ["-", "Tổng số cuộc kiểm tra", "cuộc", 4, nil],
            [nil, "Trong đó: - Chủ trì", "cuộc", 3, nil],
            [nil, "- Phối hợp Chi cục TĐC", "cuộc", 1, nil],
            ["-", "Tổng số cơ sở được kiểm tra", "cơ sở", 31, nil],
            [nil, "Trong đó: cửa hàng xăng dầu", "cơ sở", 9, nil],
            ["-", "Số cơ sở vi phạm", "cơ sở", 3, nil],
        ]), fileName: "bieu.xlsx")
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "establishments_inspected") == 31)
        #expect(s.value("II.5.a", "violations") == 3)
        #expect(!s.findings.contains { $0.message.contains("Chủ trì") || $0.message.contains("xăng dầu") })
    }

    /// One task written over its updates ("Lần 1", "Lần 2"), each restating the running total:
    /// the last update's figures and status are the task's, not the sum of the updates.
    @Test func anUpdateLogGivesItsLastUpdate() {
        let s = extract(book(top() + [
            ["STT", "Nhiệm vụ", "Lần", "Tình trạng", "Số lớp", "Lượt người"],
            [1, "Tập huấn văn bản pháp luật về tiêu chuẩn đo lường chất lượng cho doanh nghiệp", "Lần 1", "Đang làm", 1, 80],
            [nil, nil, "Lần 2", "Hoàn thành", 3, 260],
        ]), fileName: "theo-doi.xlsx")
        let training = s.entries.first { $0.indicators[IndicatorID("participants")] != nil }
        #expect(training?.indicators[IndicatorID("participants")]?.value == 260)
        #expect(training?.indicators[IndicatorID("training_courses")]?.value == 3)
        #expect(training?.status == .completed)
    }

    /// Rounds whose counts fall ("Lần 1 | 5", "Lần 2 | 3") are no running totals: added.
    @Test func roundsThatFallAreAdded() {
        let s = extract(book(top() + [
            ["STT", "Nhiệm vụ", "Lần", "Tình trạng", "Cuộc kiểm tra", "Cơ sở được kiểm tra"],
            [1, "Kiểm tra chất lượng hàng hóa lưu thông trên thị trường", "Lần 1", "Đang làm", 1, 12],
            [nil, nil, "Lần 2", "Đang làm", 1, 9],
        ]), fileName: "theo-doi.xlsx")
        let checks = s.entries.first { $0.indicators[IndicatorID("establishments_inspected")] != nil }
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 21)
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 2)
    }

    /// "03 đợt × 12 cơ sở = 36 cơ sở": the product counts; the factor after the sign does not.
    @Test func aProductCountsOnce() {
        #expect(figures("Kiểm tra 03 đợt × 12 cơ sở = 36 cơ sở") == ["inspections": 3, "establishments_inspected": 36])
        // A letter "x" as the sign.
        #expect(figures("Kiểm tra 04 đợt x 05 cơ sở = 20 cơ sở") == ["inspections": 4, "establishments_inspected": 20])
        // No product written: the number after "×" stays a count.
        #expect(figures("Kiểm tra 12 cơ sở") == ["establishments_inspected": 12])
    }
}
