import DocumentModel
import Foundation
import Testing
@testable import OOXML

/// Inputs that once crashed a reader (found by scripts/fuzz.sh or by review), kept under
/// Fixtures/fuzz/<docx|xlsx>/: each must now be read or refused, quickly.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static func inputs(_ kind: String) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: root.appendingPathComponent(kind), includingPropertiesForKeys: nil)) ?? [])
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.path < $1.path }
    }

    /// XML-mode inputs of the harness (first byte 0: parts separated by 0 bytes) wrapped the
    /// same way as Fuzz/FuzzDocx and Fuzz/FuzzXlsx do.
    static func package(_ bytes: [UInt8], kind: String) throws -> Data {
        guard bytes.first == 0 else { return Data(bytes) }
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        let ct = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
        var w = PackageWriter()
        if kind == "docx" {
            let names = [("word/document.xml", ""), ("word/numbering.xml", "numbering"), ("word/styles.xml", "styles"), ("word/footnotes.xml", "footnotes")]
            let parts = bytes.dropFirst().split(separator: 0, maxSplits: names.count - 1, omittingEmptySubsequences: false)
            var rels = ""
            for (i, part) in parts.enumerated() {
                if !names[i].1.isEmpty { rels += #"<Relationship Id="r\#(i)" Type="\#(rel)\#(names[i].1)" Target="\#(names[i].0.dropFirst(5))"/>"# }
                w.add(names[i].0, bytes: Array(part), compress: false)
            }
            w.add("[Content_Types].xml", string: ct + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#, compress: false)
            w.add("word/_rels/document.xml.rels", string: #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + rels + "</Relationships>", compress: false)
        } else {
            let parts = bytes.dropFirst().split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
            w.add("[Content_Types].xml", string: ct + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#, compress: false)
            w.add("xl/_rels/workbook.xml.rels", string: #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="\#(rel)worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rSS" Type="\#(rel)sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rSt" Type="\#(rel)styles" Target="styles.xml"/></Relationships>"#, compress: false)
            w.add("xl/worksheets/sheet1.xml", bytes: parts[0], compress: false)
            if parts.count > 1 { w.add("xl/sharedStrings.xml", bytes: parts[1], compress: false) }
            if parts.count > 2 { w.add("xl/styles.xml", bytes: parts[2], compress: false) }
            w.add("xl/workbook.xml", bytes: parts.count > 3 ? parts[3] : Array(#"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rS"/></sheets></workbook>"#.utf8), compress: false)
        }
        w.add("_rels/.rels", string: #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(rel)officeDocument" Target="\#(kind == "docx" ? "word/document.xml" : "xl/workbook.xml")"/></Relationships>"#, compress: false)
        return try w.data()
    }

    @Test(arguments: ["docx", "xlsx"])
    func crashersAreReadOrRefused(kind: String) throws {
        let files = Self.inputs(kind)
        #expect(!files.isEmpty)
        for url in files {
            let data = try Self.package([UInt8](Data(contentsOf: url)), kind: kind)
            do {
                let doc = try DocumentReader().read(data: data, fileName: "fuzz.\(kind)")
                for block in doc.body {
                    _ = block.text
                    if case .table(let t) = block { _ = t.grid }
                }
                for sheet in doc.sheets { for row in sheet.rows { for cell in row.cells { _ = cell.value.displayText } } }
            } catch {
                #expect(error.detail != nil, "\(url.lastPathComponent) refused as \(error.kind.rawValue) with no detail")
            }
            if kind == "xlsx", let reader = try? SpreadsheetReader(data: data, fileName: "fuzz.xlsx") {
                for i in reader.sheets.indices { _ = try? reader.forEachRow(inSheet: i) { _ = $0.cells.count } }
            }
        }
    }
}
