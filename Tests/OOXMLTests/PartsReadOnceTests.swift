import DocumentModel
import Foundation
import Testing
@testable import OOXML

/// Reading a package parses each of its parts once: the package's own relationships, asked
/// for when the package is opened (to find its main part) and again by the reader (for the
/// document properties), are read from the archive the first time only.
@Suite struct PartsReadOnceTests {
    /// A Word package of four parts (content types, the package's relationships, the main
    /// part's relationships, the main part) is four parts read.
    @Test func wordPackagePartsReadOnce() throws {
        let data = try Fixtures.docx(body: "<w:p><w:r><w:t>Một đoạn</w:t></w:r></w:p>")
        var statistics = ReadStatistics()
        let doc = try DocumentReader().read(data: data, fileName: "t.docx", statistics: &statistics)
        #expect(Fixtures.paragraphs(doc).map(\.text) == ["Một đoạn"])
        #expect(statistics.partsRead == 4)
    }

    /// A workbook of one sheet (content types, the package's relationships, the workbook's
    /// relationships, the workbook, the sheet) is five parts read.
    @Test func workbookPartsReadOnce() throws {
        let data = try Fixtures.xlsx(sheets: [(name: "Trang 1", state: nil, data: #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>ô</t></is></c></row></sheetData>"#)])
        var statistics = ReadStatistics()
        let doc = try DocumentReader().read(data: data, fileName: "t.xlsx", statistics: &statistics)
        #expect(doc.sheets.count == 1)
        #expect(statistics.partsRead == 5)
    }
}
