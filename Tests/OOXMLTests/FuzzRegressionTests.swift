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

    @Test(arguments: ["docx", "xlsx"])
    func crashersAreReadOrRefused(kind: String) throws {
        let files = Self.inputs(kind)
        #expect(!files.isEmpty)
        for url in files {
            let data = try Data(contentsOf: url)
            let start = ContinuousClock.now
            let outcome: String
            do {
                let doc = try DocumentReader().read(data: data, fileName: "fuzz.\(kind)")
                for block in doc.body {
                    _ = block.text
                    if case .table(let t) = block { _ = t.grid }
                }
                for sheet in doc.sheets { for row in sheet.rows { for cell in row.cells { _ = cell.value.displayText } } }
                outcome = "read"
            } catch {
                outcome = error.kind.rawValue
                #expect(error.detail != nil)
            }
            if kind == "xlsx", let reader = try? SpreadsheetReader(data: data, fileName: "fuzz.xlsx") {
                for i in reader.sheets.indices { _ = try? reader.forEachRow(inSheet: i) { _ = $0.cells.count } }
            }
            #expect(ContinuousClock.now - start < .seconds(2), "\(url.lastPathComponent) (\(outcome)) is slow")
        }
    }
}
