import AmplificationShapes
import DocumentModel
import Foundation
import Testing
@testable import OOXML

/// Amplification: small files that make a reader build far more than they hold (the shapes are
/// built in the `AmplificationShapes` target, shared with `tonghop-bench amplification`). Each
/// must be refused with the limit it passes or read with bounded output.
///
/// The reader's mechanics are checked in process; the outcome end to end in a child process
/// (`tonghop extract` under GNU time, as `WorldCorpusTests` does), with at most 256 MB for each
/// shape, and for each shape read whole, that its cost grows no faster than its size (see
/// `eachShapeWithinBoundsThroughExtract`). The absolute target of issue 12 (at most 2 s of CPU
/// per input of up to 10 MB) is a speed figure: it is measured on the release build by the
/// benchmark (`tonghop-bench amplification`, README "Benchmark"), not by a timed test.
@Suite(.serialized) struct AmplificationTests {


    // MARK: End to end: outcome, memory and growth of cost of each shape through `tonghop extract`

    // History: until session 27 this test bounded each shape's CPU in the debug build (2.2 s,
    // then 3.0 s, then 6.0 s), and CI still failed on the paragraph-of-figures shape (8.56 s in
    // CI's debug build under load; release 0.75 s) with no change in its cost. What the test
    // must catch is amplification — cost that grows faster than the input (the quadratic reading
    // of that shape took 199 s) — not speed, which depends on the machine's load and the build
    // mode. So each shape read whole is extracted at a quarter and at its full size, and the
    // cost above start-up (a tiny report extracted beside it) may grow at most `maxGrowth` times
    // for the 4 times larger input: linear growth is 4, quadratic 16. Issue 12's absolute
    // target (≤ 2 s, ≤ 256 MB on the release build) is measured by `tonghop-bench amplification`.
    static let quarter = 0.25
    static let maxGrowth = 8.0
    /// Below this many seconds above start-up, the quarter-size cost is taken as this: start-up
    /// itself varies by tenths of a second under load (the full suite measured 0.59 s where a
    /// quiet machine takes 0.40 s, and level-text.docx's 0.16 s above it "grew" 9.2 ×), so a shape
    /// that costs little passes unless its full size costs `maxGrowth` times this above start-up
    /// (4 s of debug CPU). The quadratic reading this test was checked against cost 3.1 s above
    /// start-up at a quarter and grew 14 ×: still caught.
    static let minimumMeasuredSeconds = 0.5
    static let maxResidentKB = 256 * 1024
    static let pipeline = Fixtures.packageRoot.appendingPathComponent("Pipelines/ct38-2026")

    /// Writes `data` to a temporary file, runs `tonghop extract --format jsonl` on it in a
    /// child process under GNU time, and returns the measurement and the JSON line.
    static func extract(_ data: Data, name: String) throws -> (WorldCorpusTests.ChildResult, [String: Any])? {
        guard let tool = WorldCorpusTests.tonghop else {
            Issue.record("tonghop executable not found beside \(CommandLine.arguments.first ?? "?"); run `swift build` first")
            return nil
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("amplification-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent(name)
        try data.write(to: file)
        // To measure other builds on the same files: TONGHOP_AMPLIFICATION_DIR=/some/dir swift test …
        // (or `tonghop-bench amplification --keep DIR`).
        if let keep = ProcessInfo.processInfo.environment["TONGHOP_AMPLIFICATION_DIR"] {
            try? data.write(to: URL(fileURLWithPath: keep).appendingPathComponent(name))
        }
        let r = try WorldCorpusTests.run(tool, ["extract", "--format", "jsonl", "--pipeline", pipeline.path, file.path])
        let line = r.output.split(separator: UInt8(ascii: "\n")).first.map { Data($0) } ?? Data()
        let json = (try? JSONSerialization.jsonObject(with: line)) as? [String: Any] ?? [:]
        return (r, json)
    }

    @Test(arguments: Amplification.shapes.map { $0.name })
    func eachShapeWithinBoundsThroughExtract(_ name: String) throws {
        let shape = Amplification.shape(name)!
        let data = try shape.make()
        #expect(data.count <= 10 << 20, "\(name) is \(data.count) bytes; the shapes stand for files of up to 10 MB")
        guard let (r, json) = try Self.extract(data, name: name) else { return }
        #expect(!r.signaled, "\(name) crashed")
        #expect(r.status == 0, "\(name) exited \(r.status)")
        if let kb = r.maxRSSKB {
            #expect(kb <= Self.maxResidentKB, "\(name) peaked at \(kb / 1024) MB")
        }
        // A file the reader refuses carries a "file-refused" finding with the reason; a file it
        // reads may still be rejected by extraction as "not a report" (these shapes are not).
        let findings = json["findings"] as? [[String: Any]] ?? []
        let refusal = findings.first { $0["code"] as? String == "file-refused" }?["message"] as? String
        switch shape.outcome {
        case .refused(let expected):
            #expect(json["status"] as? String == "rejected", "\(name) was not refused")
            #expect(refusal?.hasPrefix(expected) == true, "\(name) refused with: \(refusal ?? "nil")")
            #expect(json["reason"] as? String == refusal)
        case .read(let maxOutput):
            #expect(refusal == nil, "\(name) refused: \(refusal ?? "")")
            #expect(r.output.count <= maxOutput, "\(name) wrote \(r.output.count) bytes")
            // Cost grows at most linearly with size: start-up, then the shape at a quarter.
            guard let full = r.cpuSeconds,
                  let (t, _) = try Self.extract(try Amplification.tiny(), name: "tiny.docx"), let startUp = t.cpuSeconds,
                  let (q, _) = try Self.extract(try shape.make(scale: Self.quarter), name: name), let small = q.cpuSeconds
            else { return }
            let growth = (full - startUp) / max(small - startUp, Self.minimumMeasuredSeconds)
            #expect(growth <= Self.maxGrowth,
                    "\(name): \(full) s of CPU at full size, \(small) s at a quarter, \(startUp) s to start: grows \(growth) × for 4 × the input")
        }
    }

    // MARK: In process: what the reader keeps of each shape

    static func shape(_ name: String) throws -> Data { try Amplification.shape(name)!.make() }
    static func read(_ name: String, options: ReadOptions = .init()) throws(ReadRefusal) -> Document {
        let data: Data
        do { data = try shape(name) } catch { throw ReadRefusal(.corrupt, "", detail: "\(error)") }
        return try DocumentReader(options: options).read(data: data, fileName: name)
    }
    static func refusal(_ name: String, options: ReadOptions = .init()) throws -> ReadRefusal? {
        let data = try shape(name)
        do { _ = try DocumentReader(options: options).read(data: data, fileName: name); return nil } catch { return error }
    }

    /// The shared string is counted once per cell that references it: refused after reading
    /// about `maxTextBytes` of cell text, never building the 6 GB the cells stand for.
    @Test func sharedStringReferencesCountAsText() throws {
        let r = try Self.refusal("shared-string-references.xlsx")
        #expect(r?.kind == .tooLarge)
        #expect(r?.message.hasPrefix(Amplification.tooMuchText) == true)
        #expect(r?.message.contains("64 MB") == true)
        #expect(r?.detail?.contains("cell text") == true)
        #expect(r?.part == "xl/worksheets/sheet1.xml")
    }

    /// A level text of 1 MB is cut to `maxListLabelCharacters`, so each label is short.
    @Test func levelTextClipped() throws {
        let doc = try Self.read("level-text.docx")
        let labels = Fixtures.paragraphs(doc).compactMap { $0.list?.label }
        #expect(labels.count == 5_000)
        #expect(labels.allSatisfy { $0.unicodeScalars.count <= 65 && $0.hasSuffix("…") })
        #expect(doc.diagnostics.contains { $0.code == "list-label-clipped" })
    }

    /// A 1 MB sheet name is cut to `maxNameCharacters`; every row is still read.
    @Test func sheetNameClipped() throws {
        let doc = try Self.read("sheet-name.xlsx")
        #expect(doc.sheets.count == 1)
        #expect(doc.sheets[0].name.unicodeScalars.count == 65)
        #expect(doc.sheets[0].rows.count == 5_001)
        #expect(doc.diagnostics.filter { $0.code == "sheet-name-clipped" }.count == 1)
    }

    /// A header behind 5,000 relationships is read once.
    @Test func headerReadOnce() throws {
        let doc = try Self.read("header-relationships.docx")
        #expect(doc.furniture.count == 1)
        #expect(doc.furniture.first?.name == "word/header1.xml")
        #expect(doc.diagnostics.filter { $0.code == "part-referenced-again" }.count == 1)
    }

    /// A sheet part behind 250 sheet entries is read for the first entry only; the others are
    /// empty sheets with a diagnostic each. Past `maxSheets` entries the file is refused.
    @Test func sheetPartReadOnce() throws {
        var statistics = ReadStatistics()
        let doc = try DocumentReader().read(data: try Self.shape("sheet-aliases.xlsx"), fileName: "t.xlsx", statistics: &statistics)
        #expect(doc.sheets.count == 250)
        #expect(doc.sheets[0].rows.count == 201)
        #expect(doc.sheets.dropFirst().allSatisfy { $0.rows.isEmpty })
        #expect(doc.diagnostics.filter { $0.code == "sheet-part-repeated" }.count == 249)
        #expect(statistics.partsRead < 10)
        let r = try Self.refusal("sheet-aliases-5000.xlsx")
        #expect(r?.kind == .tooLarge)
        #expect(r?.message.hasPrefix("Tệp có quá nhiều trang tính: hơn 1.000 trang") == true)
    }

    /// Fields opened and never closed cost a count, not a scan per run: the field results
    /// (after "separate") are the paragraph's text.
    @Test func unclosedFieldsLinear() throws {
        // Its cost's growth is checked with the other shapes' (eachShapeWithinBoundsThroughExtract).
        let doc = try Self.read("unclosed-fields.docx")
        #expect(Fixtures.paragraphs(doc).first?.text == String(repeating: "a", count: 70_000))
        // Field codes (before "separate") stay out, nested or not.
        let body = #"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>CODE</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>INNER</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>MORE</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t> sau</w:t></w:r></w:p>"#
        #expect(Fixtures.paragraphs(try Fixtures.read(try Fixtures.docx(body: body))).first?.text == "kết quả sau")
    }

    /// A paragraph lists at most 16 fonts, whatever its runs declare.
    @Test func fontsPerParagraphCapped() throws {
        let doc = try Self.read("tiny-runs.docx")
        let paragraph = Fixtures.paragraphs(doc).first
        #expect(paragraph?.text.count == 140_000)
        #expect(paragraph?.fonts == (0..<16).map { "F\($0)" })
    }

    /// A basedOn loop of 20,000 styles: bold and italic asked once per style, not per run.
    @Test func styleChainAskedOncePerStyle() throws {
        let doc = try Self.read("style-chain.docx")
        #expect(Fixtures.paragraphs(doc).count == 2_000)
        #expect(Fixtures.paragraphs(doc).allSatisfy { $0.style.id == "s0" && !$0.isBold })
    }

    /// Each limit on what is materialised refuses with its own Vietnamese reason, naming the
    /// limit (digits grouped the Vietnamese way), and an English detail.
    @Test func eachLimitRefusesWithItsReason() throws {
        func refused(_ data: Data, _ name: String, _ options: ReadOptions) -> ReadRefusal? {
            do { _ = try DocumentReader(options: options).read(data: data, fileName: name); return nil } catch { return error }
        }
        var o = ReadOptions()
        o.maxTableCells = 1_000
        let cells = refused(try Amplification.docx(body: "<w:tbl>" + String(repeating: "<w:tr><w:tc/><w:tc/></w:tr>", count: 501) + "</w:tbl>"), "t.docx", o)
        #expect(cells?.message.hasPrefix("Tệp có quá nhiều ô bảng: hơn 1.000 ô") == true)
        o = ReadOptions()
        o.maxParagraphs = 1_000
        // 999 line breaks in one paragraph and a second paragraph: 1,001 lines.
        let breaks = refused(try Amplification.docx(body: "<w:p>" + String(repeating: "<w:r><w:t>a</w:t><w:br/></w:r>", count: 999) + "</w:p>" + Amplification.p("b")), "t.docx", o)
        #expect(breaks?.message.hasPrefix("Tệp có quá nhiều đoạn văn: hơn 1.000 đoạn") == true)
        #expect(refused(try Amplification.docx(body: "<w:p>" + String(repeating: "<w:r><w:t>a</w:t><w:br/></w:r>", count: 998) + "</w:p>" + Amplification.p("b")), "t.docx", o) == nil)
        o = ReadOptions()
        o.maxTextBytes = 10_000
        let text = refused(try Amplification.docx(body: String(repeating: Amplification.p(String(repeating: "chữ ", count: 100)), count: 20)), "t.docx", o)
        #expect(text?.message.hasPrefix("Tệp có quá nhiều chữ: văn bản đọc ra từ tệp vượt giới hạn 10.000 byte") == true)
        #expect(text?.detail?.contains("paragraph text") == true)
        o = ReadOptions()
        o.maxSheetRows = 100
        let rows = refused(try Amplification.xlsx(sheets: [("S", Amplification.headerRow + Amplification.figureRows(100), "")]), "t.xlsx", o)
        #expect(rows?.message.hasPrefix("Tệp có quá nhiều dòng dữ liệu: hơn 100 dòng") == true)
        o = ReadOptions()
        o.maxSheetCells = 400
        let sheetCells = refused(try Amplification.xlsx(sheets: [("S", Amplification.headerRow + Amplification.figureRows(100), "")]), "t.xlsx", o)
        #expect(sheetCells?.message.hasPrefix("Tệp có quá nhiều ô dữ liệu: hơn 400 ô") == true)
        // Merged ranges are bounded for the workbook, not only per sheet.
        o = ReadOptions()
        o.maxMergedRanges = 1_000
        let merges = "<mergeCells>" + (1...600).map { #"<mergeCell ref="A\#($0):B\#($0)"/>"# }.joined() + "</mergeCells>"
        let twoSheets = try Amplification.xlsx(sheets: [("A", Amplification.headerRow, merges), ("B", Amplification.headerRow, merges)])
        #expect(refused(twoSheets, "t.xlsx", o)?.message.hasPrefix("Tệp có quá nhiều vùng ô gộp: hơn 1.000 vùng") == true)
        var streamed = 0
        let reader = try SpreadsheetReader(data: twoSheets, fileName: "t.xlsx", options: o)
        for i in 0..<2 { streamed += try reader.forEachRow(inSheet: i) { _ in }.count }
        #expect(streamed == 1_200, "streaming bounds each sheet on its own")
        // A part name past `maxPartNameBytes`.
        let longName = try Self.refusal("long-part-name.docx")
        #expect(longName?.kind == .unsafePath)
        #expect(longName?.detail?.contains("60009 bytes") == true)
    }

    @Test func materialisedLimitMessages() {
        let all: [MaterialisedLimit] = [.text(bytes: 8 << 20), .cells(250_000), .rows(10_000), .sharedStrings(1_000_000),
                                        .sharedStringText(bytes: 1_500_000), .paragraphs(200_000), .tableCells(50_000),
                                        .sheets(1_000), .mergedRanges(50_000)]
        let messages = all.map(\.officerMessage)
        #expect(Set(messages).count == all.count)
        for m in messages {
            #expect(m.hasPrefix("Tệp có quá nhiều "))
            #expect(Array(m.unicodeScalars) == Array(m.precomposedStringWithCanonicalMapping.unicodeScalars))
        }
        #expect(MaterialisedLimit.grouped(1_250_000) == "1.250.000")
        #expect(MaterialisedLimit.grouped(999) == "999")
        #expect(MaterialisedLimit.size(8 << 20) == "8 MB")
        #expect(MaterialisedLimit.size(1_500_000) == "1.500.000 byte")
        #expect(MaterialisedLimit.cells(250_000).officerMessage.contains("hơn 250.000 ô"))
    }

    /// Document properties are cut to `maxPropertyCharacters`.
    @Test func hugeTitleClipped() throws {
        let doc = try Self.read("huge-title.docx")
        #expect(doc.properties.title?.unicodeScalars.count == 1_001)
    }

    /// Shapes that amplify only through extraction are read whole by the reader.
    @Test func wideAndNestedGridsRead() throws {
        let wide = try Self.read("wide-grid-few-rows.docx")
        let table = Fixtures.tables(wide.body).first
        #expect(table?.columnCount == 4_096)
        #expect(table?.rows.count == 7)
        let nested = try Self.read("nested-tables.docx")
        #expect(Fixtures.tables(nested.body).count == 60)
        #expect(try Self.refusal("deep-grid.docx")?.message.hasPrefix("Tệp có quá nhiều ô bảng: hơn 200.000 ô") == true)
    }
}
