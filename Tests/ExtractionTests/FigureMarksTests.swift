import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of the marks a report puts beside its figures (vocabulary.yaml
// figure_reading.estimates, estimate_not_after, other_funding): the figures are read as
// before, and marked for the consolidation. The words are this file's own.

private func sheet(_ rows: [[Any?]]) -> Document { workbook(rows) }

private func top() -> [[Any?]] { [
    ["ỦY BAN NHÂN DÂN XÃ AN THỚI ĐÔNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 57/BC-UBND", nil, nil, "An Thới Đông, ngày 03 tháng 11 năm 2026"],
    ["BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TRIỂN KHAI CHỈ THỊ 38-CT/TW NĂM 2026"],
] }

@Suite struct FigureMarksTests {
    /// A note column saying a row's figures are estimated to the year's end marks every figure
    /// of that row, and no other row's; the figures keep their values.
    @Test func anEstimateNoteMarksItsRowsFigures() {
        let s = extract(sheet(top() + [
            ["STT", "Nhiệm vụ", "Số lớp", "Số lượt người", "Số cuộc kiểm tra", "Số cơ sở", "Tiến độ", "Ghi chú"],
            [1, "Tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh", 3, 140, nil, nil, "Hoàn thành", nil],
            [2, "Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa trong sản xuất, lưu thông", nil, nil, 5, 31, "Đang thực hiện", "Ước thực hiện cả năm 2026"],
        ]), fileName: "bc-an-thoi-dong.xlsx")
        let training = s.entries.first { $0.indicators[IndicatorID("participants")]?.value == 140 }
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")]?.value == 5 }
        #expect(training != nil && checks != nil)
        #expect(checks?.indicators.values.allSatisfy { $0.sources.allSatisfy(\.isEstimate) } == true)
        #expect(training?.indicators.values.allSatisfy { $0.sources.allSatisfy { !$0.isEstimate } } == true)
    }

    /// A column headed as an estimate ("Ước thực hiện cả năm") marks its figures, and only its
    /// own: the other columns of the same rows are results.
    @Test func anEstimateColumnMarksItsFiguresOnly() {
        let s = extract(sheet(top() + [
            ["STT", "Nhiệm vụ", "Số cuộc kiểm tra (ước thực hiện cả năm)", "Số cơ sở được kiểm tra", "Tiến độ"],
            [1, "Kiểm tra nhà nước về đo lường, chất lượng sản phẩm, hàng hóa trong sản xuất, lưu thông", 7, 26, "Đang thực hiện"],
        ]), fileName: "bc-an-thoi-dong.xlsx")
        let sources = s.entries.flatMap { e in e.indicators.values.flatMap(\.sources) }
        #expect(sources.contains { $0.value == 7 && $0.isEstimate }, "\(sources)")
        #expect(sources.contains { $0.value == 26 && !$0.isEstimate }, "\(sources)")
    }

    /// In prose, only the sentence that says its figures are estimated is; "điều ước" is a
    /// treaty, not an estimate (and an estimate beside the result of its kind is not added).
    @Test func anEstimateSentenceMarksOnlyItsOwnFigures() {
        let s = extract(word([
            .table([["ỦY BAN NHÂN DÂN\nXÃ CẦN THẠNH\nSố: 91/BC-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCần Thạnh, ngày 05 tháng 11 năm 2026"]]),
            .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("1. Nhiệm vụ 1.a: Ủy ban nhân dân xã đã tổ chức 02 lớp tập huấn với 96 lượt người tham dự. Ước đến hết năm, xã tổ chức thêm 01 lớp với 45 lượt người."),
            .p("2. Nhiệm vụ 6.a: Ủy ban nhân dân xã đã phổ biến các điều ước thực hiện trong khuôn khổ WTO qua 04 tin, bài."),
        ]))
        let all = s.entries.flatMap { $0.indicators.values.flatMap(\.sources) }
        #expect(all.contains { $0.value == 96 && !$0.isEstimate }, "\(all)")
        // Session 33 (YearEnd33Tests): an estimate sentence's figure of a kind the passage
        // already states as a result is no result of its own and is not added.
        #expect(!all.contains { $0.value == 45 }, "\(all)")
        #expect(all.contains { $0.value == 4 && !$0.isEstimate }, "\(all)")
    }

    /// A cell saying only "Lồng ghép" beside a row's money marks that money as from other
    /// sources; the same words inside a sentence of results mark nothing.
    @Test func aLongGhepCellMarksTheRowsMoneyOnly() {
        let s = extract(sheet(top() + [
            ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Kinh phí (đồng)", "Tiến độ", "Ghi chú"],
            [1, "Bảo trì, bảo dưỡng, kiểm định, hiệu chuẩn phương tiện, thiết bị kỹ thuật nghiệp vụ", "Đã kiểm định 14 phương tiện đo", 48_000_000, "Hoàn thành", "Lồng ghép"],
            [2, "Tổ chức triển khai xây dựng, áp dụng, duy trì, cải tiến hệ thống quản lý chất lượng trong cơ quan hành chính", "Lồng ghép trong các cuộc họp giao ban; duy trì ISO 9001", 22_000_000, "Hoàn thành", nil],
        ]), fileName: "bc-an-thoi-dong.xlsx")
        let sources = s.entries.flatMap { e in e.indicators.map { (id: $0.key, sources: $0.value.sources) } }
        let upkeep = sources.filter { $0.sources.contains { $0.value == 48_000_000 } }
        let iso = sources.filter { $0.sources.contains { $0.value == 22_000_000 } }
        #expect(!upkeep.isEmpty && !iso.isEmpty, "\(sources)")
        #expect(upkeep.allSatisfy { $0.sources.allSatisfy(\.isOtherFunding) })
        #expect(iso.allSatisfy { $0.sources.allSatisfy { !$0.isOtherFunding } })
        // A count on the marked row is no money: not marked.
        #expect(sources.filter { $0.sources.contains { $0.value == 14 } }.allSatisfy { $0.sources.allSatisfy { !$0.isOtherFunding } })
    }
}
