import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specification of session 38's workbooks whose status codes are explained on a sheet of
// their own (set183: a summary sheet "Mã CV | Nội dung công việc | … | TT", the key "Mã TT |
// Ý nghĩa" on another sheet, the signers under the table). The words are this file's own.

private func sheet(_ name: String, _ rows: [(Int, [Any?])], part: Int) -> Sheet {
    let sheetRows = rows.compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r, cells: cells)
    }
    return Sheet(name: name, rows: sheetRows, part: "xl/worksheets/sheet\(part).xml")
}

@Suite struct CodeSheets38Tests {
    static func workbook() -> Document {
        let summary = sheet("TongHop", [
            (1, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", nil, nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
            (2, ["CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG", nil, nil, nil, nil, "Độc lập - Tự do - Hạnh phúc"]),
            (3, ["Số: 61/BC-TĐC", nil, nil, nil, nil, "Thành phố Hồ Chí Minh, ngày 19 tháng 11 năm 2026"]),
            (5, ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN KẾ HOẠCH CT38 NĂM 2026"]),
            (7, ["Mã CV", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Lũy kế 11T", "TT", "Ghi chú"]),
            (8, ["XX-01", "Góp ý dự thảo TCVN, QCVN", "Dự thảo đã góp ý", "văn bản", 12, "HTH"]),
            (9, ["XX-02", "Khảo sát chất lượng sản phẩm, hàng hóa lưu thông", "Mẫu khảo sát", "mẫu", 40, "ĐTH"]),
            (11, [nil, "Khó khăn, vướng mắc:"]),
            (12, [nil, "- Kinh phí mua mẫu khảo sát được giao chậm"]),
            (14, [nil, "Người lập biểu", nil, nil, nil, "THỦ TRƯỞNG ĐƠN VỊ"]),
        ], part: 1)
        let key = sheet("ChuThich", [
            (1, ["Mã TT", "Ý nghĩa"]),
            (2, ["HTH", "Hoàn thành"]),
            (3, ["ĐTH", "Đang thực hiện"]),
            (4, ["CTH", "Chưa thực hiện"]),
        ], part: 2)
        return Document(kind: .spreadsheet, sheets: [summary, key])
    }

    /// The codes of the "TT" column, explained on the key sheet, state each row's status. The
    /// signers' row under the table ("THỦ TRƯỞNG ĐƠN VỊ" in the codes' column, past the blank
    /// row) had parted the column from the key and every status was left "chưa rõ".
    @Test func codesExplainedOnAnotherSheetPastTheSignersRow() {
        let s = extract(Self.workbook(), fileName: "phong-bieu-11t.xlsx")
        #expect(s.entries.map(\.task).sorted() == ["II.2.e", "II.5.b"])
        #expect(s.entry("II.2.e")?.status == .completed)
        #expect(s.entry("II.5.b")?.status == .inProgress)
        #expect(s.value("II.2.e", "standards_reviewed") == 12)
        #expect(s.value("II.5.b", "samples_tested") == 40)
    }

    /// The key sheet says what the codes mean, nothing of a task: no finding asks a person to
    /// place its statuses.
    @Test func theKeySheetIsNoContent() {
        let s = extract(Self.workbook(), fileName: "phong-bieu-11t.xlsx")
        #expect(!s.findings.contains { $0.message.contains("Ý nghĩa") })
    }
}
