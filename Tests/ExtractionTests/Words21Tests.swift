import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of the words of other hands (issue #11, session 21): a document-management
// system's list of work items, whose id, handler and due date are no result; and money paid
// out or advanced under a contract, which is money spent. The words are this file's own.

@Suite struct WorkItemExportTests {
    /// A document-management system's list of the unit's work items: the item's id ("Mã công
    /// việc"), who handled it and its due date are no task and no result; the item's name is
    /// the task, its result cell the figures.
    @Test func aWorkItemExportReadsItsNamesAndResults() {
        let s = extract(workbook([
            ["PHẦN MỀM QUẢN LÝ CÔNG VIỆC"],
            ["Đơn vị: UBND phường Hiệp Bình"],
            ["DANH SÁCH CÔNG VIỆC THEO KẾ HOẠCH CHỈ THỊ 38-CT/TW NĂM 2026"],
            [],
            ["STT", "Mã công việc", "Tên công việc", "Người xử lý", "Hạn xử lý", "Trạng thái", "Kết quả xử lý"],
            [1, "HB-0091", "Phổ biến quy định về cân đo cho tiểu thương chợ", "Lê Thị Hoa", "30/06/2026", "Đã xử lý", "Phát 05 bản tin trên loa phường."],
            [2, "HB-0092", "Phối hợp kiểm tra đo lường tại chợ theo phân cấp", "Phan Văn Tú", "31/12/2026", "Đang xử lý", "Kiểm tra 02 cuộc, 11 cơ sở."],
        ]), fileName: "xuat-cong-viec.xlsx")
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 11)
        #expect(!s.findings.contains { $0.code == "task-unmatched" })
    }
}

@Suite struct ContractMoneyTests {
    /// Under a contract, the money paid out or advanced is the money the work used; the
    /// contract's value is not.
    @Test func moneyPaidOrAdvancedUnderAContractIsSpent() {
        let paid = shippedVocabulary.figures(in: Tokenizer.tokenize("Giá trị hợp đồng 900.000.000 đồng; đã thanh toán 540.000.000 đồng."))
        #expect(paid.found.filter { $0.indicator.rawValue == "budget_spent_vnd" }.map(\.value) == [540_000_000])
        let advanced = shippedVocabulary.figures(in: Tokenizer.tokenize("Bên B đã tạm ứng 120 triệu đồng để in tài liệu."))
        #expect(advanced.found.filter { $0.indicator.rawValue == "budget_spent_vnd" }.map(\.value) == [120_000_000])
    }
}
