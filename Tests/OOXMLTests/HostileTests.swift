import DocumentModel
import Foundation
import Testing
@testable import OOXML

/// Broken and hostile inputs, each refused with its own kind.
@Suite struct HostileTests {
    typealias F = Fixtures
    static let minimalBody = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"

    @Test func sniffedFormats() throws {
        #expect(F.refusal(Data(), name: "a.docx")?.kind == .empty)
        #expect(F.refusal(Data(repeating: 0x41, count: 162), name: "~$bao cao.docx")?.kind == .lockFile)
        #expect(F.refusal(Data("%PDF-1.7\n...".utf8), name: "a.docx")?.kind == .pdf)
        #expect(F.refusal(Data("hello world".utf8), name: "a.docx")?.kind == .unsupportedFormat)
        var ole = Data(Sniffer.ole2Magic) + Data(count: 504)
        var dir = Data(count: 128)
        let name = Array("EncryptedPackage".utf16)
        for (i, u) in name.enumerated() { dir[2 * i] = UInt8(u & 0xFF); dir[2 * i + 1] = UInt8(u >> 8) }
        dir[0x40] = UInt8((name.count + 1) * 2); dir[0x42] = 2
        ole += dir
        #expect(F.refusal(ole, name: "a.docx")?.kind == .encrypted)
        #expect(F.refusal(Data(Sniffer.ole2Magic) + Data(count: 1024), name: "a.doc")?.kind == .legacyWord)
        #expect(F.refusal(Data(Sniffer.ole2Magic) + Data(count: 1024), name: "a.xls")?.kind == .legacyExcel)
    }

    @Test func truncatedZip() throws {
        let good = try F.docx(body: Self.minimalBody)
        #expect(F.refusal(good.prefix(good.count / 2))?.kind == .truncated)
        #expect(F.refusal(good.prefix(good.count - 10))?.kind == .truncated)
    }

    @Test func notAnOfficePackage() throws {
        var w = PackageWriter()
        w.add("readme.txt", string: "hello")
        #expect(F.refusal(try w.data())?.kind == .notOfficeDocument)
        w.add("[Content_Types].xml", string: "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
        #expect(F.refusal(try w.data())?.kind == .notOfficeDocument)
    }

    @Test func duplicateAndUnsafeEntries() throws {
        let ct = "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", "<a/>"), ("word/document.xml", "<b/>")]))?.kind == .duplicateEntry)
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", "<a/>"), ("Word/Document.XML", "<b/>")]))?.kind == .duplicateEntry)
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("../../etc/passwd", "x")]))?.kind == .unsafePath)
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("/etc/passwd", "x")]))?.kind == .unsafePath)
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("word\\..\\..\\x", "x")]))?.kind == .unsafePath)
    }

    @Test func tooManyEntries() throws {
        let extra = (0..<1001).map { ("word/media/f\($0).txt", "x") }
        #expect(F.refusal(try F.docx(body: Self.minimalBody, extraParts: extra))?.kind == .tooManyEntries)
    }

    @Test func deepXML() throws {
        let deep = String(repeating: "<w:sdt><w:sdtContent>", count: 100) + Self.minimalBody + String(repeating: "</w:sdtContent></w:sdt>", count: 100)
        let r = F.refusal(try F.docx(body: deep))
        #expect(r?.kind == .xmlTooDeep)
        #expect(r?.part == "word/document.xml")
    }

    @Test func doctypeRefusedBeforeEntitiesExpand() throws {
        var w = PackageWriter()
        let doc = try F.docx(body: Self.minimalBody)
        _ = doc
        let billion = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"#
        let xxe = #"<?xml version="1.0"?><!-- c --><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
        for xml in [billion, xxe] {
            w = PackageWriter()
            w.add("[Content_Types].xml", string: #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
            w.add("word/document.xml", string: xml)
            let r = F.refusal(try w.data())
            #expect(r?.kind == .doctype)
            #expect(r?.part == "word/document.xml")
        }
    }

    @Test func malformedXMLNamesThePart() throws {
        let r = F.refusal(try F.docx(body: "<w:p><w:r><w:t>x</w:r></w:p>"))
        #expect(r?.kind == .malformedXML)
        #expect(r?.part == "word/document.xml")
    }

    @Test func compressionBombAndSizeLimits() throws {
        let filler = String(repeating: "<w:p/>", count: 400_000)  // 2.4 MB of highly compressible XML
        let bomb = try F.docx(body: filler)
        #expect(F.refusal(bomb)?.kind == .compressionRatio)
        var o = ReadOptions()
        o.minCompressionRatio = 0
        o.maxEntryInflatedBytes = 1 << 20
        #expect(F.refusal(bomb, options: o)?.kind == .sizeLimit)
        o.maxEntryInflatedBytes = 256 << 20
        o.maxTotalInflatedBytes = 1 << 20
        #expect(F.refusal(bomb, options: o)?.kind == .sizeLimit)
    }

    @Test func badCRCToleratedWhenThePartParses() throws {
        let ct = #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#
        let doc = #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Còn đọc được</w:t></w:r></w:p><w:altChunk/></w:body></w:document>"#
        let read = try F.read(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", doc)], badCRC: ["word/document.xml"]))
        #expect(read.body.first?.text == "Còn đọc được")
        #expect(read.diagnostics.map(\.code).sorted() == ["bad-crc", "unsupported-content"])
        var strict = ReadOptions()
        strict.tolerateBadCRC = false
        #expect(F.refusal(RawZip.make([("[Content_Types].xml", ct), ("word/document.xml", doc)], badCRC: ["word/document.xml"]), options: strict)?.kind == .corrupt)
    }

    /// Declared sizes are not trusted: a bomb that declares 1,000 bytes is stopped by counting.
    @Test func bombWithLyingDeclaredSize() throws {
        var bytes = [UInt8](try F.docx(body: String(repeating: "<w:p/>", count: 400_000)))
        let name = Array("word/document.xml".utf8)
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func put32(_ i: Int, _ v: UInt32) { for k in 0..<4 { bytes[i + k] = UInt8((v >> (8 * UInt32(k))) & 0xFF) } }
        var patched = 0
        for i in 0..<(bytes.count - 46) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            if bytes[i + 2] == 3, bytes[i + 3] == 4, Array(bytes[(i + 30)..<(i + 30 + u16(i + 26))]) == name { put32(i + 22, 1000); patched += 1 }
            if bytes[i + 2] == 1, bytes[i + 3] == 2, Array(bytes[(i + 46)..<(i + 46 + u16(i + 28))]) == name { put32(i + 24, 1000); patched += 1 }
        }
        #expect(patched == 2)
        let r = F.refusal(Data(bytes))
        #expect(r?.kind == .compressionRatio)
        #expect(r?.detail?.contains("inflated") == true)
    }

    @Test func everyRefusalKindHasAVietnameseNFCMessage() {
        var seen = Set<String>()
        for kind in ReadRefusal.Kind.allCases {
            let m = kind.officerMessage
            #expect(Array(m.unicodeScalars) == Array(m.precomposedStringWithCanonicalMapping.unicodeScalars))
            #expect(m.unicodeScalars.contains { $0.value > 0x7F })
            #expect(!seen.contains(m))
            seen.insert(m)
        }
    }
}

@Suite struct PackageWriterTests {
    @Test func writesAtomicallyAndReadsBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("Báo cáo.docx")
        let data = try Fixtures.docx(body: "<w:p><w:r><w:t>Xin chào</w:t></w:r></w:p>")
        try data.write(to: url)
        #expect(try DocumentReader().read(contentsOf: url).body.first?.text == "Xin chào")
        var w = PackageWriter()
        w.add("a.txt", string: "một", compress: false)
        w.add("b/c.xml", string: "<x/>")
        try w.write(to: dir.appendingPathComponent("p.zip"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files.sorted() == ["Báo cáo.docx", "p.zip"])  // no temporary file left behind
        #expect(w.partNames == ["a.txt", "b/c.xml"])
    }
}

@Suite struct MutationTests {
    /// Corrupted bytes anywhere in a package: always read or refused, never a crash or a hang.
    @Test func mutatedPackagesAreReadOrRefused() throws {
        let docx = try Fixtures.docx(
            body: #"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Một</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
            numbering: #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#)
        let xlsx = try Fixtures.xlsx(sheets: [("S", nil, #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row></sheetData>"#)], sharedStrings: ["chữ"])
        let stored = RawZip.make([
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#),
            ("word/document.xml", #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Nội dung</w:t></w:r></w:p></w:body></w:document>"#),
        ])
        var state: UInt64 = 0x5EED
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        var outcomes: [String: Int] = [:]
        for (name, original) in [("d.docx", docx), ("x.xlsx", xlsx), ("s.docx", stored)] {
            for _ in 0..<150 {
                var bytes = [UInt8](original)
                for _ in 0..<(1 + next() % 4) { bytes[next() % bytes.count] = UInt8(next() & 0xFF) }
                let key: String
                do { _ = try Fixtures.read(Data(bytes), name: name); key = "read" } catch { key = error.kind.rawValue }
                outcomes[key, default: 0] += 1
            }
        }
        #expect(outcomes.values.reduce(0, +) == 450)
        #expect(outcomes["read", default: 0] > 0)
    }
}
