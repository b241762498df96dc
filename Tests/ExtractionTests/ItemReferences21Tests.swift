import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of figures placed by a reference to the report's own numbered items (issue
// #11, session 21): a table of indicators whose columns are headed only by the marks of the
// items written above it ("(1)", "(2)"), and a sheet of figures whose rows give the number of
// a row of the sheet of tasks ("Nhiệm vụ (STT Biểu 01)"). The words are this file's own.

private let communeHead: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ HÒA LỢI\nSố: 318/BC-UBND",
                                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHòa Lợi, ngày 29 tháng 10 năm 2026"]])

@Suite struct MarkedColumnsTests {
    /// Items marked "(1)", "(2)", "(3)" in the text, then "Chỉ tiêu | ĐVT | (1) | (2) | (3)":
    /// each column's figures belong to the task of the item its mark names.
    @Test func columnsHeadedByTheMarksOfItemsAbove() {
        let s = extract(word([
            communeHead, .p("BÁO CÁO"),
            .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("I. NHỮNG VIỆC ĐÃ LÀM"),
            .bold("(1) Phổ biến pháp luật về đo lường, nhãn hàng hóa"),
            .p("Xã đưa tin lên cổng thông tin và loa phát thanh các ấp. Đã xong."),
            .bold("(2) Kiểm tra cân, kiểm định cân tại chợ Hòa Lợi"),
            .p("Xã cùng Chi cục kiểm định cân cho tiểu thương và kiểm tra việc dùng cân. Đã xong."),
            .bold("(3) Cử công chức dự lớp tập huấn nghiệp vụ"),
            .p("Xã cử công chức địa chính dự lớp. Đã xong."),
            .p("Bảng số liệu kèm theo:"),
            .table([
                ["Chỉ tiêu", "ĐVT", "(1)", "(2)", "(3)"],
                ["Tin, bài", "tin", "7", "", ""],
                ["Cuộc kiểm tra", "cuộc", "", "2", ""],
                ["Cơ sở được kiểm tra", "cơ sở", "", "15", ""],
                ["Người dự tập huấn", "người", "", "", "1"],
            ]),
            .p("II. KHÓ KHĂN"),
            .p("- Chưa có cán bộ chuyên trách."),
        ]))
        #expect(s.value("II.1.a", "communications") == 7)
        // The second column's figures are the second item's: one task holds both.
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 2)
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 15)
        #expect(checks?.status == .completed)
        #expect(s.value("II.3.a", "participants") == 1)
        // Nothing of the first two items lands on the last one.
        #expect(s.value("II.3.a", "inspections") == nil)
        #expect(s.value("II.3.a", "communications") == nil)
    }

    /// A row of column numbers under a header ("(1) | (2) | (3) | (4)") cites no item.
    @Test func aRowOfColumnNumbersCitesNoItem() {
        #expect(ExtractionRun.itemKey("(2)") == "2")
        #expect(ExtractionRun.itemKey("3) Kiểm tra") == "3")
        #expect(ExtractionRun.itemKey("(b) Tập huấn") == "b")
        #expect(ExtractionRun.itemKey("2. Kiểm tra") == nil)
        #expect(ExtractionRun.itemKey("(2026)") == nil)
        #expect(ExtractionRun.itemKey("(2)a") == nil)
    }
}

@Suite struct TaskNumberColumnTests {
    /// A sheet of tasks numbered 1, 2, 3 and a sheet of figures whose first column, headed
    /// "Nhiệm vụ (STT Biểu 01)", gives the number of the task each figure is of.
    @Test func figuresPointingAtTheNumberedRowsOfTheTasksSheet() {
        let tasks = testSheet("Bieu01", [
            ["SỞ GIAO THÔNG"],
            ["BIỂU 01. CÁC NHIỆM VỤ ĐƯỢC GIAO"],
            [],
            ["STT", "Nhiệm vụ", "Tình trạng"],
            [1, "Tham gia góp ý dự thảo quy chuẩn kỹ thuật quốc gia về phương tiện giao thông", "Đã thực hiện"],
            [2, "Phối hợp kiểm tra đo lường tại các trạm cân tải trọng xe", "Đang thực hiện"],
            [3, "Cử công chức tham dự tập huấn về tiêu chuẩn, đo lường, chất lượng", "Đã thực hiện"],
        ], part: 1)
        let figures = testSheet("Bieu02", [
            ["BIỂU 02. SỐ LIỆU"],
            [],
            ["Nhiệm vụ (STT Biểu 01)", "Chỉ tiêu", "Đơn vị", "Số lượng"],
            [1, "Số dự thảo đã góp ý", "dự thảo", 3],
            [2, "Số cuộc kiểm tra", "cuộc", 4],
            [2, "Số cơ sở được kiểm tra", "cơ sở", 9],
            [3, "Số công chức tham dự", "người", 5],
        ], part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [tasks, figures]), fileName: "so-gtvt.xlsx")
        #expect(s.value("II.2.e", "standards_reviewed") == 3)
        // The second task's figures: one entry holds both, under way as its row says.
        let checks = s.entries.first { $0.indicators[IndicatorID("inspections")] != nil }
        #expect(checks?.indicators[IndicatorID("inspections")]?.value == 4)
        #expect(checks?.indicators[IndicatorID("establishments_inspected")]?.value == 9)
        #expect(checks?.status == .inProgress)
        #expect(s.value("II.3.a", "participants") == 5)
    }
}
