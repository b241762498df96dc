import DocumentModel
import Foundation
@testable import OOXML

/// Paths and fixture builders shared by the OOXML tests.
enum Fixtures {
    /// The package root (…/wt-reader), from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the package root (or /work/shared/corpus); nil when absent.
    static let corpus: URL? = {
        for candidate in [packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus"),
                          URL(fileURLWithPath: "/work/shared/corpus")] {
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("dev").path) { return candidate }
        }
        return nil
    }()

    static func dev(_ name: String) -> URL? { corpus?.appendingPathComponent("dev/\(name)") }
    static func world(_ name: String) -> URL? { corpus?.appendingPathComponent("world/\(name)") }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A minimal DOCX whose body is `body` (WordprocessingML inside <w:body>).
    static func docx(body: String, styles: String? = nil, numbering: String? = nil, comments: String? = nil,
                     header: String? = nil, footnotes: String? = nil, extraParts: [(String, String)] = []) throws -> Data {
        var w = PackageWriter()
        var overrides = #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#
        var rels = ""
        if styles != nil { rels += #"<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"# }
        if numbering != nil { rels += #"<Relationship Id="rN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"# }
        if comments != nil { rels += #"<Relationship Id="rC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>"# }
        if footnotes != nil { rels += #"<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>"# }
        if header != nil {
            rels += #"<Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#
            overrides += #"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#
        }
        w.add("[Content_Types].xml", string: #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"# + overrides + "</Types>")
        w.add("_rels/.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        w.add("word/_rels/document.xml.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + rels + "</Relationships>")
        w.add("word/document.xml", string: #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="\#(Self.w)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>"# + body + "</w:body></w:document>")
        if let styles { w.add("word/styles.xml", string: #"<w:styles xmlns:w="\#(Self.w)">"# + styles + "</w:styles>") }
        if let numbering { w.add("word/numbering.xml", string: #"<w:numbering xmlns:w="\#(Self.w)">"# + numbering + "</w:numbering>") }
        if let comments { w.add("word/comments.xml", string: #"<w:comments xmlns:w="\#(Self.w)">"# + comments + "</w:comments>") }
        if let footnotes { w.add("word/footnotes.xml", string: #"<w:footnotes xmlns:w="\#(Self.w)">"# + footnotes + "</w:footnotes>") }
        if let header { w.add("word/header1.xml", string: #"<w:hdr xmlns:w="\#(Self.w)">"# + header + "</w:hdr>") }
        for (name, content) in extraParts { w.add(name, string: content) }
        return try w.data()
    }

    /// A minimal XLSX: sheets as (name, state, sheetData XML, extra worksheet XML).
    static func xlsx(sheets: [(name: String, state: String?, data: String)], sharedStrings: [String]? = nil,
                     styles: String? = nil, date1904: Bool = false, sstXML: String? = nil, extraParts: [(String, String)] = []) throws -> Data {
        var w = PackageWriter()
        let s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        var overrides = #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        var rels = ""
        var sheetList = ""
        for (i, sh) in sheets.enumerated() {
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            rels += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
            sheetList += #"<sheet name="\#(sh.name)" sheetId="\#(i + 1)" \#(sh.state.map { "state=\"\($0)\"" } ?? "") r:id="rId\#(i + 1)"/>"#
            w.add("xl/worksheets/sheet\(i + 1).xml", string: #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\#(s)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"# + sh.data + "</worksheet>")
        }
        if let sst = sstXML ?? sharedStrings.map({ $0.map { "<si><t xml:space=\"preserve\">\($0)</t></si>" }.joined() }) {
            rels += #"<Relationship Id="rSST" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
            w.add("xl/sharedStrings.xml", string: #"<sst xmlns="\#(s)">"# + sst + "</sst>")
        }
        if let styles {
            rels += #"<Relationship Id="rSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
            w.add("xl/styles.xml", string: #"<styleSheet xmlns="\#(s)">"# + styles + "</styleSheet>")
        }
        w.add("[Content_Types].xml", string: #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"# + overrides + "</Types>")
        w.add("_rels/.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        w.add("xl/_rels/workbook.xml.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"# + rels + "</Relationships>")
        w.add("xl/workbook.xml", string: #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(s)" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr\#(date1904 ? " date1904=\"1\"" : "")/><sheets>"# + sheetList + "</sheets></workbook>")
        for (name, content) in extraParts { w.add(name, string: content) }
        return try w.data()
    }

    static func read(_ data: Data, name: String = "test.docx", options: ReadOptions = .init()) throws(ReadRefusal) -> Document {
        try DocumentReader(options: options).read(data: data, fileName: name)
    }

    static func refusal(_ data: Data, name: String = "test.docx", options: ReadOptions = .init()) -> ReadRefusal? {
        do { _ = try read(data, name: name, options: options); return nil } catch { return error }
    }

    static func paragraphs(_ d: Document) -> [Paragraph] {
        d.body.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    static func tables(_ blocks: [Block]) -> [Table] {
        blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
}

/// A stored (uncompressed) zip written byte by byte, for archives libzip refuses to write:
/// duplicate names, hostile paths.
enum RawZip {
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes {
            crc ^= UInt32(b)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xEDB8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }

    static func make(_ entries: [(String, String)], badCRC: Set<String> = []) -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func le16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func le32(_ v: UInt32, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }
        for (name, content) in entries {
            let n = Array(name.utf8), d = Array(content.utf8), crc = crc32(d) ^ (badCRC.contains(name) ? 1 : 0)
            let offset = out.count
            le32(0x0403_4B50, &out); le16(20, &out); le16(0x800, &out); le16(0, &out); le16(0, &out); le16(0, &out)
            le32(crc, &out); le32(UInt32(d.count), &out); le32(UInt32(d.count), &out); le16(n.count, &out); le16(0, &out)
            out += n; out += d
            le32(0x0201_4B50, &central); le16(20, &central); le16(20, &central); le16(0x800, &central); le16(0, &central)
            le16(0, &central); le16(0, &central); le32(crc, &central); le32(UInt32(d.count), &central); le32(UInt32(d.count), &central)
            le16(n.count, &central); le16(0, &central); le16(0, &central); le16(0, &central); le16(0, &central)
            le32(0, &central); le32(UInt32(offset), &central); central += n
        }
        let cdOffset = out.count
        out += central
        le32(0x0605_4B50, &out); le16(0, &out); le16(0, &out); le16(entries.count, &out); le16(entries.count, &out)
        le32(UInt32(central.count), &out); le32(UInt32(cdOffset), &out); le16(0, &out)
        return Data(out)
    }
}

/// CPU seconds the calling thread has used: a file's reading cost that does not grow when other
/// processes load the machine, as wall-clock time does.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
