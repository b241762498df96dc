import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures read once and as what they count: a total row a unit wrote under
// the rows of its parts stands for them (ExtractionRun.settleWrittenTotals), and a bare count
// of entities under a task that reports only the kindred kind is that kind
// (ExtractionRun.settleKindredFigures). The words are this file's own.

private func top() -> [[Any?]] { [
    ["SỞ CÔNG THƯƠNG", nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 2207/BC-SCT", nil, nil, "Thành phố Hồ Chí Minh, ngày 22 tháng 10 năm 2026"],
    ["PHỤ LỤC SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
    [],
] }

private let opening: [Piece] = [wardHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
                                .p("I. KẾT QUẢ THỰC HIỆN")]

@Suite struct Indicators24Tests {
    /// Rows per kind of establishment under one merged task cell, then "Cộng": the total row
    /// is the result, not one more part to add.
    @Test func aTotalRowUnderItsPartsIsCountedOnce() {
        let s = extract(sheetBook(top() + [
            ["Nội dung", "Nhóm cơ sở", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Tiền phạt (đồng)"],
            ["Kiểm tra chất lượng hàng hóa lưu thông trên thị trường", "Cửa hàng bán lẻ xăng dầu", 3, 21, 2, 15000000],
            [nil, "Cửa hàng vật liệu xây dựng", 2, 17, 1, 7500000],
            [nil, "Cộng", 5, 38, 3, 22500000],
        ], sheet: "SoLieu"), fileName: "phu-luc.xlsx")
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 5, "\(s.entries)")
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 38)
        #expect(checks?.indicators[IndicatorID("violations")]?.value == 3)
        #expect(checks?.indicators[IndicatorID("fines_vnd")]?.value == 22_500_000)
        // Nothing left to ask about: the figures are not a sum of several mentions.
        #expect(!s.findings.contains { $0.code == "figures-summed" })
    }

    /// Two rows alike are two parts: a total stands under two parts at least.
    @Test func twoEqualRowsAreBothParts() {
        let s = extract(sheetBook(top() + [
            ["Nội dung", "Nhóm cơ sở", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra"],
            ["Kiểm tra chất lượng hàng hóa lưu thông trên thị trường", "Cửa hàng bán lẻ xăng dầu", 2, 20],
            [nil, "Cửa hàng vật liệu xây dựng", 2, 20],
        ], sheet: "SoLieu"), fileName: "phu-luc.xlsx")
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 4, "\(s.entries)")
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 40)
    }

    /// "Hướng dẫn cơ sở … công bố hợp quy — SL: 07 cơ sở": under the task of support to
    /// businesses, establishments counted with no word of inspection are the ones supported.
    @Test func aBareCountOfEstablishmentsUnderSupportIsEnterprisesSupported() {
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.2.d: Hướng dẫn cơ sở sản xuất nước uống đóng chai thực hiện công bố hợp quy. SL: 07 cơ sở. Đang thực hiện."),
        ]))
        #expect(s.value("II.2.d", "enterprises_supported") == 7, "\(s.entries)")
        #expect(s.value("II.2.d", "establishments_inspected") == nil)
    }

    /// The same count said with the word of inspection stays what it says ("kiểm tra 07 cơ sở").
    @Test func aCountSaidAsInspectedStaysInspected() {
        let s = extract(word(opening + [
            .p("Nhiệm vụ II.2.d: Hướng dẫn cơ sở sản xuất nước uống đóng chai thực hiện công bố hợp quy. Qua đó kiểm tra 07 cơ sở. Đang thực hiện."),
        ]))
        #expect(s.value("II.2.d", "enterprises_supported") == nil, "\(s.entries)")
    }
}
