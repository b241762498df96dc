import DocumentModel
import Foundation
import OOXML

/// Amplification shapes: small files that make a reader build far more than they hold — one
/// shared string referenced by every cell, one level text copied into every list label, one part
/// behind thousands of relationships. Each shape is crafted here, below 10 MB and past the 1:100
/// compression-ratio check (a comment of random bytes pads every repetitive part, as an attacker
/// would), and must be refused with the limit it passes or read with bounded output.
///
/// Shared by the tests (`AmplificationTests`: the reader's mechanics in process, the outcome and
/// the growth of cost with size through `tonghop extract`) and the benchmark (`tonghop-bench
/// amplification`: each shape's CPU and peak memory through the release `tonghop extract`,
/// against issue 12's 2 s and 256 MB).
public enum Amplification {
    // MARK: Crafting

    /// A deterministic generator (SplitMix64): the shapes are the same on every run.
    public struct Noise {
        public var state: UInt64
        public init(_ seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// `n` characters of "abcd " at random: compresses about 1:3, so no ratio check fires.
        public mutating func text(_ n: Int) -> String {
            let alphabet = Array("abcd ".utf8)
            var bytes = [UInt8](repeating: 0, count: n)
            var word: UInt64 = 0
            for i in 0..<n {
                if i % 16 == 0 { word = next() }
                bytes[i] = alphabet[Int(word & 0xF) % alphabet.count]
                word >>= 4
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        public mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    public static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    public static let s = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    public static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    public static let rt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// Appends a comment of random letters after the root element of a part that deflate would
    /// shrink past 1:100, so that the ratio check does not fire and what is tested is what the
    /// reader builds (1/60 of random letters keeps any part above 1:80).
    public static func padded(_ xml: String, _ noise: inout Noise) -> String {
        guard xml.utf8.count > 100_000 else { return xml }
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var bytes = [UInt8](repeating: 0, count: xml.utf8.count / 60)
        for i in bytes.indices { bytes[i] = letters[Int(noise.next() % UInt64(letters.count))] }
        return xml + "<!--" + String(decoding: bytes, as: UTF8.self) + "-->"
    }

    public static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + items.map { #"<Relationship Id="\#($0.id)" Type="\#(rt)\#($0.type)" Target="\#($0.target)"/>"# }.joined()
            + "</Relationships>"
    }

    /// A Word document: body XML, optional numbering/styles, more relationships and parts.
    public static func docx(body: String, numbering: String? = nil, styles: String? = nil, core: String? = nil,
                     rels: [(id: String, type: String, target: String)] = [], parts: [(String, String)] = []) throws -> Data {
        var noise = Noise(1)
        var package = PackageWriter()
        package.add("[Content_Types].xml", string: #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
        var packageRels = [(id: "rId1", type: "officeDocument", target: "word/document.xml")]
        if let core {
            packageRels.append((id: "rId2", type: "metadata/core-properties", target: "docProps/core.xml"))
            package.add("docProps/core.xml", string: padded(#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"# + core + "</cp:coreProperties>", &noise))
        }
        package.add("_rels/.rels", string: relationships(packageRels))
        var documentRels = rels
        if let numbering {
            documentRels.append((id: "rNum", type: "numbering", target: "numbering.xml"))
            package.add("word/numbering.xml", string: padded(#"<w:numbering xmlns:w="\#(w)">"# + numbering + "</w:numbering>", &noise))
        }
        if let styles {
            documentRels.append((id: "rSty", type: "styles", target: "styles.xml"))
            package.add("word/styles.xml", string: padded(#"<w:styles xmlns:w="\#(w)">"# + styles + "</w:styles>", &noise))
        }
        package.add("word/_rels/document.xml.rels", string: padded(relationships(documentRels), &noise))
        package.add("word/document.xml", string: padded(#"<w:document xmlns:w="\#(w)"><w:body>"# + body + "</w:body></w:document>", &noise))
        for (name, xml) in parts { package.add(name, string: padded(xml, &noise)) }
        return try package.data()
    }

    /// A workbook: sheets as (name, sheetData XML, extra XML after sheetData); `entries`
    /// replaces the sheet list (aliases), `sharedStrings` the shared-string items.
    public static func xlsx(sheets: [(name: String, data: String, extra: String)], sharedStrings: [String]? = nil,
                     entries: String? = nil, rels: [(id: String, type: String, target: String)]? = nil) throws -> Data {
        var noise = Noise(2)
        var package = PackageWriter()
        package.add("[Content_Types].xml", string: #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>"#)
        package.add("_rels/.rels", string: relationships([(id: "rId1", type: "officeDocument", target: "xl/workbook.xml")]))
        var workbookRels = rels ?? sheets.indices.map { (id: "rId\($0 + 1)", type: "worksheet", target: "worksheets/sheet\($0 + 1).xml") }
        if let sharedStrings {
            workbookRels.append((id: "rSST", type: "sharedStrings", target: "sharedStrings.xml"))
            package.add("xl/sharedStrings.xml", string: padded(#"<sst xmlns="\#(s)">"# + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>", &noise))
        }
        package.add("xl/_rels/workbook.xml.rels", string: padded(relationships(workbookRels), &noise))
        let list = entries ?? sheets.enumerated().map { #"<sheet name="\#($1.name)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
        package.add("xl/workbook.xml", string: padded(#"<workbook xmlns="\#(s)" xmlns:r="\#(r)"><sheets>"# + list + "</sheets></workbook>", &noise))
        for (i, sheet) in sheets.enumerated() {
            package.add("xl/worksheets/sheet\(i + 1).xml", string: padded(#"<worksheet xmlns="\#(s)"><sheetData>"# + sheet.data + "</sheetData>" + sheet.extra + "</worksheet>", &noise))
        }
        return try package.data()
    }

    public static func p(_ text: String, _ pPr: String = "") -> String { #"<w:p>\#(pPr)<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"# }
    public static func inline(_ ref: String, _ text: String) -> String { #"<c r="\#(ref)" t="inlineStr"><is><t>\#(text)</t></is></c>"# }
    public static let task = "Tổ chức các lớp tập huấn văn bản quy phạm pháp luật về tiêu chuẩn, đo lường, chất lượng"
    /// The header row of a plan workbook and rows of task 1.a with its figures.
    public static let headerRow = #"<row r="1">"# + inline("A1", "STT") + inline("B1", "Nhiệm vụ") + inline("C1", "Số lớp") + inline("D1", "Số lượt người") + "</row>"
    public static func figureRows(_ count: Int, from first: Int = 2) -> String {
        (first..<(first + count)).map { r in
            #"<row r="\#(r)">"# + inline("A\(r)", "1.a") + inline("B\(r)", task) + #"<c r="C\#(r)"><v>2</v></c><c r="D\#(r)"><v>30</v></c></row>"#
        }.joined()
    }
    public static let numbered = #"<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>"#

    // MARK: The shapes

    /// What a shape must come to through `tonghop extract`: refused with a reason that starts
    /// with `reason`, or read with output (one JSON line) of at most `maxOutputBytes`.
    public enum Outcome: Sendable { case refused(reason: String), read(maxOutputBytes: Int) }

    /// A shape and how to build it. `build(scale)` builds the shape with its repeated part (rows,
    /// paragraphs, runs, bytes of text…) `scale` times as large: every shape read whole honours
    /// it, so that the growth of its cost with its size can be measured (`scale` 1 is the shape
    /// as listed, under 10 MB). A refused shape is refused at a limit, whatever its size, and is
    /// built at scale 1 only.
    public struct Shape: Sendable {
        public var name: String
        public var outcome: Outcome
        public var build: @Sendable (_ scale: Double) throws -> Data
        public init(name: String, outcome: Outcome, build: @escaping @Sendable (_ scale: Double) throws -> Data) {
            self.name = name
            self.outcome = outcome
            self.build = build
        }
        public func make(scale: Double = 1) throws -> Data { try build(scale) }
        /// Whether the shape is read whole (and its size can be scaled).
        public var isRead: Bool { if case .read = outcome { true } else { false } }
    }

    /// `count` scaled, at least 1.
    static func n(_ count: Int, _ scale: Double) -> Int { max(1, Int((Double(count) * scale).rounded())) }

    /// The smallest report: what `tonghop extract` costs to start (loading the pipeline),
    /// subtracted from a shape's cost to see how the rest grows with the shape's size.
    public static func tiny() throws -> Data { try docx(body: p("I. KẾT QUẢ THỰC HIỆN") + p("Báo cáo")) }

    public static func shape(_ name: String) -> Shape? { shapes.first { $0.name == name } }

    public static let tooMuchText = "Tệp có quá nhiều chữ"

    public static let shapes: [Shape] = [
        // apache/poi: every cell references one large shared string (2,000 × 10 × 300 KB).
        Shape(name: "shared-string-references.xlsx", outcome: .refused(reason: tooMuchText)) { _ in
            var noise = Noise(3)
            let rows = (1...2_000).map { r in #"<row r="\#(r)">"# + "ABCDEFGHIJ".map { #"<c r="\#($0)\#(r)" t="s"><v>0</v></c>"# }.joined() + "</row>" }.joined()
            return try xlsx(sheets: [("Sheet1", rows, "")], sharedStrings: ["đã tổ chức 03 lớp tập huấn " + noise.text(300_000)])
        },
        // A level text of 1 MB, copied into the label of each of 5,000 list items.
        Shape(name: "level-text.docx", outcome: .read(maxOutputBytes: 64 << 10)) { scale in
            var noise = Noise(4)
            let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="\#(noise.text(1_000_000))%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
            return try docx(body: String(repeating: p("mục", numbered), count: n(5_000, scale)), numbering: numbering)
        },
        // A sheet name of 1 MB, copied into the location of every figure of 5,000 rows.
        Shape(name: "sheet-name.xlsx", outcome: .read(maxOutputBytes: 4 << 20)) { scale in
            var noise = Noise(5)
            return try xlsx(sheets: [(noise.text(1_000_000), headerRow + figureRows(n(5_000, scale)), "")])
        },
        // One header part of 100 KB behind 5,000 relationships.
        Shape(name: "header-relationships.docx", outcome: .read(maxOutputBytes: 256 << 10)) { scale in
            var noise = Noise(6)
            let header = #"<w:hdr xmlns:w="\#(w)">"# + p(noise.text(100_000)) + "</w:hdr>"
            return try docx(body: p("Báo cáo"), rels: (0..<n(5_000, scale)).map { (id: "rH\($0)", type: "header", target: "header1.xml") },
                            parts: [("word/header1.xml", header)])
        },
        // One sheet part behind 250 sheet entries (under the sheet limit): read once.
        Shape(name: "sheet-aliases.xlsx", outcome: .read(maxOutputBytes: 256 << 10)) { scale in
            let entries = (0..<n(250, scale)).map { #"<sheet name="S\#($0)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
            return try xlsx(sheets: [("S", headerRow + figureRows(200), "")], entries: entries,
                            rels: (0..<n(250, scale)).map { (id: "rId\($0 + 1)", type: "worksheet", target: "worksheets/sheet1.xml") })
        },
        // The same behind 5,000 entries: past the sheet limit.
        Shape(name: "sheet-aliases-5000.xlsx", outcome: .refused(reason: "Tệp có quá nhiều trang tính")) { _ in
            let entries = (0..<5_000).map { #"<sheet name="S\#($0)" sheetId="\#($0 + 1)" r:id="rId\#($0 + 1)"/>"# }.joined()
            return try xlsx(sheets: [("S", headerRow + figureRows(200), "")], entries: entries,
                            rels: (0..<5_000).map { (id: "rId\($0 + 1)", type: "worksheet", target: "worksheets/sheet1.xml") })
        },
        // One paragraph of 900 KB full of figures under one task (quadratic in extraction: the
        // 752 KB DOCX of the issue took 199 s).
        Shape(name: "paragraph-of-figures.docx", outcome: .read(maxOutputBytes: 4 << 20)) { scale in
            var noise = Noise(7)
            var text = "Nhiệm vụ II.1.a: " + task + ":"
            while text.utf8.count < n(900_000, scale) {
                text += " UBND phường đã tổ chức \(noise.number(1...99)) lớp tập huấn với \(noise.number(100...999)) lượt người tham dự;"
            }
            return try docx(body: p("I. KẾT QUẢ THỰC HIỆN") + p(text))
        },
        // The same paragraph past the text limit (8 MB in runs of 64 KB).
        Shape(name: "huge-paragraph.docx", outcome: .refused(reason: tooMuchText)) { _ in
            var noise = Noise(8)
            let runs = (0..<128).map { _ in #"<w:r><w:t xml:space="preserve">\#(noise.text(65_536))</w:t></w:r>"# }.joined()
            return try docx(body: "<w:p>" + runs + "</w:p>")
        },
        // 70,000 fields opened and separated, never closed, each followed by a text run.
        Shape(name: "unclosed-fields.docx", outcome: .read(maxOutputBytes: 256 << 10)) { scale in
            let runs = String(repeating: #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>a</w:t></w:r>"#, count: n(70_000, scale))
            return try docx(body: "<w:p>" + runs + "</w:p>")
        },
        // A basedOn chain of 20,000 styles closed into a loop; 2,000 paragraphs of 50 runs ask it.
        Shape(name: "style-chain.docx", outcome: .read(maxOutputBytes: 256 << 10)) { scale in
            let styles = (0..<20_000).map { #"<w:style w:type="paragraph" w:styleId="s\#($0)"><w:name w:val="s\#($0)"/><w:basedOn w:val="s\#(($0 + 1) % 20_000)"/></w:style>"# }.joined()
            let paragraph = #"<w:p><w:pPr><w:pStyle w:val="s0"/></w:pPr>"# + String(repeating: "<w:r><w:t>chữ </w:t></w:r>", count: 50) + "</w:p>"
            return try docx(body: String(repeating: paragraph, count: n(2_000, scale)), styles: styles)
        },
        // A grid of 100,000 columns; rows of 4,096 cells, every other one merged down.
        Shape(name: "wide-grid.docx", outcome: .refused(reason: "Tệp có quá nhiều ô bảng")) { _ in
            let first = "<w:tr>" + (0..<4_096).map { $0 % 2 == 0 ? #"<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>\#(p("a"))</w:tc>"# : "<w:tc>\(p("b"))</w:tc>" }.joined() + "</w:tr>"
            let next = "<w:tr>" + (0..<4_096).map { $0 % 2 == 0 ? #"<w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc>"# : "<w:tc/>" }.joined() + "</w:tr>"
            return try docx(body: "<w:tbl><w:tblGrid>" + String(repeating: "<w:gridCol/>", count: 100_000) + "</w:tblGrid>" + first + String(repeating: next, count: 60) + "</w:tbl>")
        },
        // The same width, fewer rows, spans of 1,000 columns: under every limit, read.
        Shape(name: "wide-grid-few-rows.docx", outcome: .read(maxOutputBytes: 1 << 20)) { scale in
            let first = "<w:tr>" + (0..<4_096).map { $0 % 2 == 0 ? #"<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>\#(p("a"))</w:tc>"# : #"<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr>\#(p("b"))</w:tc>"# }.joined() + "</w:tr>"
            let next = "<w:tr>" + (0..<4_096).map { $0 % 2 == 0 ? #"<w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc>"# : "<w:tc/>" }.joined() + "</w:tr>"
            return try docx(body: "<w:tbl>" + first + String(repeating: next, count: n(6, scale)) + "</w:tbl>")
        },
        // 300,000 rows of one empty cell.
        Shape(name: "deep-grid.docx", outcome: .refused(reason: "Tệp có quá nhiều ô bảng")) { _ in
            try docx(body: "<w:tbl>" + String(repeating: "<w:tr><w:tc/></w:tr>", count: 300_000) + "</w:tbl>")
        },
        // 50 tables nested in each other, 60 times.
        Shape(name: "nested-tables.docx", outcome: .read(maxOutputBytes: 1 << 20)) { scale in
            var inner = p("3 lớp tập huấn")
            for _ in 0..<50 {
                inner = #"<w:tbl><w:tr><w:tc>\#(inner)\#(p("x"))</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>\#(p("y"))</w:tc></w:tr></w:tbl>"#
            }
            return try docx(body: String(repeating: inner, count: n(60, scale)))
        },
        // 990 sheets of 20 figure rows each.
        Shape(name: "many-sheets.xlsx", outcome: .refused(reason: "Tệp có quá nhiều trang tính")) { _ in
            try xlsx(sheets: (0..<990).map { ("S\($0)", headerRow + figureRows(20), "") })
        },
        // 20,000 sheet entries whose parts do not exist, each with a long name.
        Shape(name: "sheet-entries.xlsx", outcome: .refused(reason: "Tệp có quá nhiều trang tính")) { _ in
            let entries = (0..<20_000).map { #"<sheet name="\#(String(repeating: "N", count: 200))\#($0)" sheetId="\#($0 + 1)" r:id="rX\#($0)"/>"# }.joined()
            return try xlsx(sheets: [("S", headerRow, "")], entries: entries)
        },
        // 140,000 runs of one letter (9 MB of XML), each in its own font.
        Shape(name: "tiny-runs.docx", outcome: .read(maxOutputBytes: 256 << 10)) { scale in
            try docx(body: "<w:p>" + (0..<n(140_000, scale)).map { #"<w:r><w:rPr><w:rFonts w:ascii="F\#($0)"/></w:rPr><w:t>a</w:t></w:r>"# }.joined() + "</w:p>")
        },
        // 40,000 merged ranges each covering the rest of the sheet (A1:XFD1048576 …).
        Shape(name: "huge-merged-ranges.xlsx", outcome: .read(maxOutputBytes: 1 << 20)) { scale in
            let merges = "<mergeCells>" + (1...n(40_000, scale)).map { #"<mergeCell ref="A\#($0):XFD1048576"/>"# }.joined() + "</mergeCells>"
            return try xlsx(sheets: [("S", headerRow + figureRows(n(1_000, scale)), merges)])
        },
        // 100,000 short paragraphs.
        Shape(name: "many-paragraphs.docx", outcome: .refused(reason: "Tệp có quá nhiều đoạn văn")) { _ in
            try docx(body: String(repeating: p("Đã tổ chức 3 lớp tập huấn."), count: 100_000))
        },
        // 200,000 line breaks in one paragraph: each is a line to extract.
        Shape(name: "line-breaks.docx", outcome: .refused(reason: "Tệp có quá nhiều đoạn văn")) { _ in
            try docx(body: "<w:p>" + String(repeating: "<w:r><w:t>a</w:t><w:br/></w:r>", count: 200_000) + "</w:p>")
        },
        // 50,000 rows of one number each: each is a line to extract.
        Shape(name: "many-rows.xlsx", outcome: .refused(reason: "Tệp có quá nhiều dòng dữ liệu")) { _ in
            try xlsx(sheets: [("S", headerRow + (2...50_001).map { #"<row r="\#($0)"><c r="C\#($0)"><v>\#($0)</v></c></row>"# }.joined(), "")])
        },
        // 300,000 number cells.
        Shape(name: "many-cells.xlsx", outcome: .refused(reason: "Tệp có quá nhiều ô dữ liệu")) { _ in
            let rows = (1...30_000).map { r in #"<row r="\#(r)">"# + "ABCDEFGHIJ".map { #"<c r="\#($0)\#(r)"><v>\#(r)</v></c>"# }.joined() + "</row>" }.joined()
            return try xlsx(sheets: [("S", rows, "")])
        },
        // 9 MB of elements that hold nothing (bookmarks): parsed, read.
        Shape(name: "empty-elements.docx", outcome: .read(maxOutputBytes: 64 << 10)) { scale in
            try docx(body: p("Báo cáo") + String(repeating: #"<w:bookmarkStart w:id="1" w:name="x"/>"#, count: n(9_000_000 / 38, scale)))
        },
        // 40 MB of the same: past the inflated size a report may have.
        Shape(name: "inflated-elements.docx", outcome: .refused(reason: ReadRefusal.Kind.sizeLimit.officerMessage)) { _ in
            try docx(body: p("Báo cáo") + String(repeating: #"<w:bookmarkStart w:id="1" w:name="x"/>"#, count: 40_000_000 / 38))
        },
        // A document title of 5 MB.
        Shape(name: "huge-title.docx", outcome: .read(maxOutputBytes: 64 << 10)) { scale in
            var noise = Noise(9)
            return try docx(body: p("Báo cáo"), core: "<dc:title>\(noise.text(n(5_000_000, scale)))</dc:title>")
        },
        // A header part whose name is 60,000 bytes long, copied into each paragraph's location.
        Shape(name: "long-part-name.docx", outcome: .refused(reason: ReadRefusal.Kind.unsafePath.officerMessage)) { _ in
            let name = String(repeating: "h", count: 60_000) + ".xml"
            let header = #"<w:hdr xmlns:w="\#(w)">"# + String(repeating: p("3 lớp tập huấn"), count: 2_000) + "</w:hdr>"
            return try docx(body: p("Báo cáo"), rels: [(id: "rH", type: "header", target: name)], parts: [("word/" + name, header)])
        },
    ]
}
