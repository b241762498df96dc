import DocumentModel
import Foundation
import Testing
import AmplificationShapes
@testable import OOXML

/// What one hostile file may cost: entities, external references, bombs, entry counts and
/// names, nesting, huge parts. Each is refused with its own kind, quickly, having read only a
/// bounded number of bytes. (Simpler cases live in HostileTests.)
@Suite struct BoundsTests {
    typealias F = Fixtures
    static let ctDocx = #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
    static func document(_ body: String, prolog: String = "") -> String {
        prolog + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"# + body + "</w:body></w:document>"
    }

    /// A workbook with parts stored uncompressed (so the ratio check does not fire first).
    static func storedWorkbook(sst: String? = nil, sheet: String? = nil) throws -> Data {
        var w = PackageWriter()
        w.add("[Content_Types].xml", string: #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#)
        let sheets = sheet == nil ? "<sheets/>" : #"<sheets><sheet name="S" sheetId="1" r:id="r2"/></sheets>"#
        w.add("xl/workbook.xml", string: #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"# + sheets + "</workbook>")
        w.add("xl/_rels/workbook.xml.rels", string: #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#)
        if let sst { w.add("xl/sharedStrings.xml", string: sst, compress: false) }
        if let sheet { w.add("xl/worksheets/sheet1.xml", string: sheet, compress: false) }
        return try w.data()
    }

    /// Reads with statistics; the refusal (or nil) and the bytes actually inflated. (Refusing
    /// early is asserted on the bytes inflated, not on seconds: a timed bound depends on the
    /// machine's load, and speed is measured by `tonghop-bench`.)
    static func attempt(_ data: Data, name: String = "t.docx", options: ReadOptions = .init()) -> (ReadRefusal?, ReadStatistics) {
        var stats = ReadStatistics()
        do {
            _ = try DocumentReader(options: options).read(data: data, fileName: name, statistics: &stats)
            return (nil, stats)
        } catch {
            return (error, stats)
        }
    }

    @Test func quadraticBlowupRefused() throws {
        let big = String(repeating: "a", count: 50_000)
        let refs = String(repeating: "&a;", count: 50_000)
        let xml = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a ""# + big + #"">]>"# + Self.document("<w:p><w:r><w:t>\(refs)</w:t></w:r></w:p>")
        let (r, _) = Self.attempt(RawZip.make([("[Content_Types].xml", Self.ctDocx), ("word/document.xml", xml)]))
        #expect(r?.kind == .doctype)
        // The same in a workbook's shared strings.
        let sst = #"<!DOCTYPE s [<!ENTITY a ""# + big + #"">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>"# + refs + "</t></si></sst>"
        let (r2, _) = Self.attempt(try Self.storedWorkbook(sst: sst), name: "t.xlsx")
        #expect(r2?.kind == .doctype)
        #expect(r2?.part == "xl/sharedStrings.xml")
    }

    /// External entities (file:// and http://) in any part are refused before anything is resolved.
    @Test func externalEntitiesNeverResolved() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("xxe-\(UUID().uuidString).txt")
        try "BÍ MẬT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        for system in [secret.absoluteString, "http://127.0.0.1:9/x.dtd", "http://example.invalid/x"] {
            let dtd = #"<!DOCTYPE d [<!ENTITY x SYSTEM ""# + system + #"">]>"#
            let param = #"<!DOCTYPE d [<!ENTITY % p SYSTEM ""# + system + #""> %p;]>"#
            let external = #"<!DOCTYPE d SYSTEM ""# + system + #"">"#
            for prolog in [dtd, param, external] {
                let doc = Self.document("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", prolog: #"<?xml version="1.0"?>"# + prolog)
                let cases: [(String, [(String, String)])] = [
                    ("word/document.xml", [("[Content_Types].xml", Self.ctDocx), ("word/document.xml", doc)]),
                    ("[Content_Types].xml", [("[Content_Types].xml", prolog + Self.ctDocx), ("word/document.xml", Self.document(""))]),
                    ("_rels/.rels", [("[Content_Types].xml", Self.ctDocx), ("word/document.xml", Self.document("")),
                                     ("_rels/.rels", prolog + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#)]),
                ]
                for (part, entries) in cases {
                    let (r, _) = Self.attempt(RawZip.make(entries))
                    #expect(r?.kind == .doctype, "\(part) with \(prolog)")
                    #expect(r?.part == part)
                }
            }
        }
        // XInclude is not processed either: the element is unknown and skipped.
        let xi = Self.document(#"<w:p><w:r><w:t>trước</w:t></w:r><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="\#(secret.absoluteString)" parse="text"/></w:p>"#)
        let read = try F.read(RawZip.make([("[Content_Types].xml", Self.ctDocx), ("word/document.xml", xi)]))
        #expect(read.body.first?.text == "trước")
    }

    /// A DOCTYPE behind more prolog than the scanner looks at is still refused by the cursor,
    /// and its entities are never expanded meanwhile.
    @Test func doctypeAfterALongPrologStillRefused() throws {
        let comment = "<!--" + String(repeating: "x", count: 1_100_000) + "-->"
        let lol = #"<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>"#
        let xml = #"<?xml version="1.0"?>"# + comment + lol + Self.document("<w:p><w:r><w:t>&i;</w:t></w:r></w:p>")
        let (r, stats) = Self.attempt(RawZip.make([("[Content_Types].xml", Self.ctDocx), ("word/document.xml", xml)]))
        #expect(r?.kind == .doctype)
        #expect(stats.inflatedBytes < 2_000_000)
    }

    /// An honest bomb (declared sizes true) is stopped by the ratio after the grace bytes.
    @Test func zipBombStoppedAfterFewBytes() throws {
        var w = PackageWriter()
        w.add("[Content_Types].xml", string: Self.ctDocx)
        w.add("word/document.xml", bytes: Array(Self.document("<w:p><w:r><w:t>").utf8) + [UInt8](repeating: 0x41, count: 50 << 20) + Array("</w:t></w:r></w:p>".utf8))
        let data = try w.data()
        #expect(data.count < 200_000)
        let (r, stats) = Self.attempt(data)
        #expect(r?.kind == .compressionRatio)
        #expect(stats.inflatedBytes < 1 << 20)
    }

    /// With a ratio that looks normal, the per-entry and total caps count the bytes actually read.
    @Test func inflatedBytesCapped() throws {
        var paragraphs = ""
        var state: UInt64 = 42
        for i in 0..<30_000 {
            state = state &* 6364136223846793005 &+ 1
            paragraphs += "<w:p><w:r><w:t>Đoạn \(i) số \(state >> 20) kế hoạch</w:t></w:r></w:p>"
        }
        let data = try F.docx(body: paragraphs)
        var options = ReadOptions()
        options.maxEntryInflatedBytes = 512 << 10
        let (r, stats) = Self.attempt(data, options: options)
        #expect(r?.kind == .sizeLimit)
        #expect(r?.part == "word/document.xml")
        #expect(stats.inflatedBytes <= (512 << 10) + (128 << 10))
        var total = ReadOptions()
        total.maxTotalInflatedBytes = 256 << 10
        let (r2, stats2) = Self.attempt(data, options: total)
        #expect(r2?.kind == .sizeLimit)
        #expect(stats2.inflatedBytes <= (256 << 10) + (128 << 10))
        #expect(Self.attempt(data).0 == nil)  // and the same file reads under the defaults
    }

    @Test func duplicateNamesAcrossSlashStyles() {
        let ct = Self.ctDocx
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", Self.document("")), ("word\\document.xml", "<a/>")]))?.kind == .duplicateEntry)
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("[content_types].XML", ct), ("word/document.xml", Self.document(""))]))?.kind == .duplicateEntry)
    }

    @Test func dotDotPathsAndTargets() throws {
        let ct = Self.ctDocx
        for name in ["word/../../x.xml", "a/./../../b", "..", "word/..\\..\\x", "C:\\x.xml", "\\\\server\\share\\x"] {
            #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", Self.document("")), (name, "x")]))?.kind == .unsafePath, "\(name)")
        }
        // Relationship targets climbing out of the package resolve inside it (and are missing).
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../../../../etc/passwd"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/../../etc/shadow"/></Relationships>"#
        let doc = try F.read(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", Self.document("<w:p><w:r><w:t>vẫn đọc</w:t></w:r></w:p>")), ("word/_rels/document.xml.rels", rels)]))
        #expect(doc.body.first?.text == "vẫn đọc")
    }

    @Test func extremeNestingInASheet() throws {
        let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
        let data = try Self.storedWorkbook(sheet: #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><extLst>"# + deep + "</extLst></worksheet>")
        let (r, _) = Self.attempt(data, name: "t.xlsx")
        #expect(r?.kind == .xmlTooDeep)
    }

    /// A 100 MB shared-strings part is refused as too large once the strings held pass the
    /// limits (count, or bytes of text), having parsed only part of it.
    @Test func hundredMegabyteSharedStrings() throws {
        func book(_ sst: String) throws -> Data { try Self.storedWorkbook(sst: sst) }
        let head = #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        // Many small strings: 100 MB of <si><t>…</t></si>.
        let small = head + String(repeating: "<si><t>ô trống</t></si>", count: 100_000_000 / 26) + "</sst>"
        let (r1, s1) = Self.attempt(try book(small), name: "t.xlsx")
        #expect(r1?.kind == .tooLarge)
        #expect(r1?.part == "xl/sharedStrings.xml")
        #expect(s1.inflatedBytes < 40_000_000)
        // Fewer, longer strings: the bytes of text held are the bound.
        let long = head + String(repeating: "<si><t>" + String(repeating: "chữ ", count: 2_000) + "</t></si>", count: 100_000_000 / 10_016) + "</sst>"
        let (r2, s2) = Self.attempt(try book(long), name: "t.xlsx")
        #expect(r2?.kind == .tooLarge)
        #expect(r2?.detail?.contains("bytes of text") == true)
        #expect(s2.inflatedBytes < 40_000_000)
    }

    /// A large OLE2 file is sniffed from its head, the directory sector its header names and
    /// its tail, never read whole; the directory is found in each place.
    @Test func largeOLE2SniffedInPieces() throws {
        func record(_ name: String) -> Data {
            var dir = Data(count: 128)
            let units = Array(name.utf16)
            for (i, u) in units.enumerated() { dir[2 * i] = UInt8(u & 0xFF); dir[2 * i + 1] = UInt8(u >> 8) }
            dir[0x40] = UInt8((units.count + 1) * 2); dir[0x42] = 2
            return dir
        }
        let size = 40 << 20
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ole-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Directory at the end (as Office writes it), then in the middle named by the header.
        for (name, at, headerSector) in [("end.xlsx", size - 4096, 0xFFFF_FFFE), ("middle.xlsx", 20 << 20, (20 << 20) / 512 - 1)] {
            var bytes = Data(Sniffer.ole2Magic) + Data(count: size - 8)
            bytes[0x1E] = 9  // 512-byte sectors
            for k in 0..<4 { bytes[0x30 + k] = UInt8((headerSector >> (8 * k)) & 0xFF) }
            bytes.replaceSubrange(at..<(at + 128), with: record("EncryptedPackage"))
            let url = dir.appendingPathComponent(name)
            try bytes.write(to: url)
            var refusal: ReadRefusal?
            do { _ = try DocumentReader().read(contentsOf: url) } catch { refusal = error }
            #expect(refusal?.kind == .encrypted, "\(name)")
        }
    }

    /// Merged ranges are bounded per sheet (consumers look them up for every cell).
    @Test func tooManyMergedRanges() throws {
        let merges = (0..<50_001).map { #"<mergeCell ref="A\#($0 + 1):B\#($0 + 1)"/>"# }.joined()
        let sheet = #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells>"# + merges + "</mergeCells></worksheet>"
        let (r, _) = Self.attempt(try Self.storedWorkbook(sheet: sheet), name: "t.xlsx")
        #expect(r?.kind == .tooLarge)
        #expect(r?.detail?.contains("merged ranges") == true)
    }

    /// Paragraphs whose marks are all deleted run on into one: joined in linear time.
    @Test func longChainOfDeletedParagraphMarks() throws {
        let paragraphs = (0..<20_000).map { i in
            #"<w:p><w:pPr><w:rPr><w:del w:id="\#(i)" w:author="a"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Đoạn \#(i * 7919 % 100_003) bị nối </w:t></w:r></w:p>"#
        }
        func chain(_ n: Int) throws -> Data { try F.docx(body: paragraphs.prefix(n).joined() + "<w:p><w:r><w:t>cuối</w:t></w:r></w:p>") }
        let (quarter, whole) = (try chain(5_000), try chain(20_000))
        let doc = try F.read(whole)
        #expect(doc.body.count == 1)
        #expect(doc.body.first?.text.hasSuffix("nối cuối") == true)
        // Quadratic joining took minutes: four times the chain costs at most eight times as much.
        let growth = CostGrowth.ratio(small: { _ = try? F.read(quarter) }, large: { _ = try? F.read(whole) })
        #expect(growth <= 8, "grows \(growth) × for 4 × the chain")
    }
}
