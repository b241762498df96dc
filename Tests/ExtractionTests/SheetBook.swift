import DocumentModel
import Foundation

/// A sheet from rows of cells (a String is text, an Int a number, nil an empty cell): what the
/// specifications of sheet readings build their workbooks from.
func sheetOf(_ rows: [[Any?]], name: String, part: String = "xl/worksheets/sheet1.xml") -> Sheet {
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
    return Sheet(name: name, rows: sheetRows, part: part)
}

/// A one-sheet workbook of `sheetOf`'s rows.
func sheetBook(_ rows: [[Any?]], sheet name: String) -> Document {
    Document(kind: .spreadsheet, sheets: [sheetOf(rows, name: name)])
}
