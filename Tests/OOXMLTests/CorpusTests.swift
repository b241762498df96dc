import DocumentModel
import Foundation
import Testing
@testable import OOXML

/// Every file of the shared corpora is read or refused for its specific reason.
@Suite struct CorpusTests {
    struct Entry: Decodable { let file: String; let status: String; let kind: String? }
    struct Summary: Decodable { let files: [Entry] }

    static let expectedKinds: [String: Set<ReadRefusal.Kind>] = [
        "lock": [.lockFile], "doc": [.legacyWord], "xls": [.legacyExcel], "pdf": [.pdf], "zero": [.empty],
        "truncated": [.truncated], "encrypted": [.encrypted], "zipbomb": [.compressionRatio, .sizeLimit],
        "xxe": [.doctype], "billion": [.doctype],
    ]

    @Test func devCorpusReadOrRefusedAsTheTruthSays() throws {
        guard let corpus = Fixtures.corpus else { return }
        let dev = corpus.appendingPathComponent("dev")
        let summary = try JSONDecoder().decode(Summary.self, from: Data(contentsOf: dev.appendingPathComponent("truth/_corpus.json")))
        #expect(summary.files.count >= 70)
        let reader = DocumentReader()
        for entry in summary.files {
            let url = dev.appendingPathComponent(entry.file)
            let result = Result { () throws(ReadRefusal) -> Document in try reader.read(contentsOf: url) }
            switch (entry.kind, result) {
            case (nil, .success(let doc)), ("junk", .success(let doc)):
                // A report: the body or the sheets hold text, all of it NFC.
                let text = doc.body.map(\.text).joined() + doc.sheets.flatMap { $0.rows.flatMap { $0.cells.map(\.value.displayText) } }.joined()
                #expect(!text.isEmpty, "\(entry.file) read empty")
                #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), "\(entry.file) not NFC")
            case (nil, .failure(let r)), ("junk", .failure(let r)):
                Issue.record("\(entry.file) should read, refused: \(r)")
            case (let kind?, .success):
                Issue.record("\(entry.file) (\(kind)) should be refused")
            case (let kind?, .failure(let r)):
                #expect(Self.expectedKinds[kind]?.contains(r.kind) == true, "\(entry.file): \(kind) refused as \(r.kind)")
                #expect(r.message == r.kind.officerMessage)
                #expect(r.detail != nil)
            }
        }
    }

    @Test func worldCorpusNeverCrashesNorHangs() throws {
        guard let corpus = Fixtures.corpus else { return }
        let world = corpus.appendingPathComponent("world")
        let files = FileManager.default.enumerator(at: world, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { ["docx", "xlsx", "xlsm", "docm"].contains($0.pathExtension.lowercased()) }
        #expect(files.count >= 200)
        var read = 0
        var refused: [String: ReadRefusal.Kind] = [:]
        for url in files {
            let start = threadCPUSeconds()
            do {
                let doc = try DocumentReader().read(contentsOf: url)
                read += 1
                _ = doc
            } catch {
                refused[url.lastPathComponent] = error.kind
                #expect(error.kind != .corrupt || url.lastPathComponent == "tests__issue252.xlsx", "\(url.lastPathComponent): \(error)")
            }
            #expect(threadCPUSeconds() - start < 1, "\(url.lastPathComponent) took too long")
        }
        // Known refusals: password-protected packages and the archive with a corrupted part.
        #expect(refused["tests__pass_protected.xlsx"] == .encrypted)
        #expect(refused["test__encryptAES.xlsx"] == .encrypted)
        #expect(refused["test__encryptSHA1.xlsx"] == .encrypted)
        #expect(refused["tests__issue252.xlsx"] == .corrupt)
        #expect(refused.count <= 6, "unexpected refusals: \(refused)")
        #expect(read + refused.count == files.count)
    }

    @Test func strictOOXMLWorkbookAndDocument() throws {
        guard let x = Fixtures.world("calamine/tests__strict_iso_paths.xlsx"),
              let d = Fixtures.world("pandoc/test__command__7691.docx") else { return }
        let book = try DocumentReader().read(contentsOf: x)
        #expect(book.kind == .spreadsheet)
        #expect(!book.sheets.isEmpty && !book.sheets[0].rows.isEmpty)
        let doc = try DocumentReader().read(contentsOf: d)
        #expect(doc.body.first?.text == "Some text")
    }

    @Test func worldTrackChangesAndRowspan() throws {
        guard let ins = Fixtures.world("pandoc/test__docx__track_changes_insertion.docx"),
              let del = Fixtures.world("pandoc/test__docx__track_changes_deletion.docx"),
              let move = Fixtures.world("pandoc/test__docx__track_changes_move.docx"),
              let span = Fixtures.world("pandoc/test__docx__table_header_rowspan.docx") else { return }
        #expect(try DocumentReader().read(contentsOf: ins).body.first?.text == "This is a text with two exciting insertions.")
        #expect(try DocumentReader().read(contentsOf: del).body.first?.text == "This is a text with a deletion.")
        let moved = try DocumentReader().read(contentsOf: move).body.map(\.text).filter { !$0.isEmpty }
        #expect(moved == ["Here is some text.", "Here is the text to be moved.", "Here is some more text."])
        let table = try #require(Fixtures.tables(DocumentReader().read(contentsOf: span).body).first)
        #expect(table.columnCount == 8)
        #expect(table.rows[0].cells.map(\.rowSpan) == [2, 2, 2, 2, 1, 2])
        #expect(table.rows[0].cells[4].columnSpan == 3)
        #expect(table.grid[1] == ["A", "B", "C", "D", "G", "H", "I", "F"])
    }

    @Test func worldSpreadsheets() throws {
        guard let d1904 = Fixtures.world("calamine/tests__date_1904.xlsx"),
              let rich = Fixtures.world("calamine/tests__richtext-issue-327.xlsx") else { return }
        let book = try DocumentReader().read(contentsOf: d1904)
        let dates = book.sheets[0].rows.flatMap(\.cells).compactMap { c -> CellDate? in
            if case .date(let d) = c.value { return d } else { return nil }
        }
        #expect(!dates.isEmpty)
        #expect(dates.allSatisfy { $0.uses1904 })
        if FileManager.default.fileExists(atPath: rich.path) {
            let r = try DocumentReader().read(contentsOf: rich)
            #expect(!r.sheets.isEmpty)
        }
    }
}

@Suite struct ConcurrencyTests {
    /// Readers share nothing: the dev corpus read from several threads gives the same documents.
    @Test func concurrentReadsAgree() throws {
        guard let corpus = Fixtures.corpus else { return }
        let dev = corpus.appendingPathComponent("dev")
        let files = try FileManager.default.contentsOfDirectory(at: dev, includingPropertiesForKeys: nil)
            .filter { ["docx", "xlsx"].contains($0.pathExtension) && !$0.lastPathComponent.hasPrefix("Bang ke") }
            .sorted { $0.path < $1.path }
        let serial = files.map { url in Result { () throws(ReadRefusal) -> Document in try DocumentReader().read(contentsOf: url) } }
        final class Box: @unchecked Sendable { var results: [Result<Document, ReadRefusal>?] ; init(_ n: Int) { results = Array(repeating: nil, count: n) } }
        let box = Box(files.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let r = Result { () throws(ReadRefusal) -> Document in try DocumentReader().read(contentsOf: files[i]) }
            lock.lock(); box.results[i] = r; lock.unlock()
        }
        for i in files.indices {
            switch (serial[i], box.results[i]!) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(files[i].lastPathComponent)")
            case (.failure(let a), .failure(let b)): #expect(a.kind == b.kind)
            default: Issue.record("\(files[i].lastPathComponent) differs between serial and concurrent reads")
            }
        }
    }
}
