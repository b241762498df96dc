import Consolidation
import Foundation
import OOXML
import VietText

/// The appendices as a workbook, one sheet per appendix.
///
/// - Numbers are numeric cells with the built-in format 3 (`#,##0`) or 4 (`#,##0.00`):
///   the file stores plain numbers and the application groups them with the reader's
///   locale ("1.250.000" in a Vietnamese locale, "1,250,000" in an English one). A literal
///   format such as `#.##0` would not work: "." is the decimal separator in format codes.
/// - Text, and above all text from units, is always an inline string (`t="inlineStr"`):
///   "=HYPERLINK(…)", "+1" or "@SUM" stay text and never become formulas. No cell has `<f>`.
/// - Row 1 holds the appendix title, row 2 the column headers: frozen (ySplit = 2) with an
///   autofilter over the table; column widths from the longest value, capped, wrapping.
public struct XlsxAppendixWriter: Sendable {
    public init() {}

    public func write(_ report: ConsolidatedReport, definition: ReportDefinition, to url: URL) throws {
        try writePackage(parts(VietnameseRenderer(report, definition: definition)), to: url)
    }

    public func parts(_ v: VietnameseRenderer) -> [(String, String)] {
        let tables = AppendixTables.all(v)
        var out: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheets: tables.count)),
            ("_rels/.rels", rootRels),
            ("docProps/core.xml", core(v)),
            ("docProps/app.xml", app),
            ("xl/workbook.xml", workbook(tables)),
            ("xl/_rels/workbook.xml.rels", workbookRels(sheets: tables.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, t) in tables.enumerated() {
            out.append(("xl/worksheets/sheet\(i + 1).xml", sheet(t, number: i + 1, renderer: v)))
        }
        return out
    }

    // Style indexes (cellXfs).
    enum XF: Int { case plain = 0, text = 1, header = 2, integer = 3, decimal = 4, title = 5, boldText = 6, boldInteger = 7, boldDecimal = 8, centeredInteger = 9, note = 10 }

    static func columnName(_ n: Int) -> String {
        var n = n, s = ""
        while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(65 + r)!) + s; n = (n - 1) / 26 }
        return s
    }

    static func quoteSheet(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

    /// Characters that fit on a landscape A4 line at 100% (about 25 cm of Times New Roman 12):
    /// column widths are scaled to it, so fit-to-width does not shrink the text to nothing.
    static let printableWidth = 150.0
    /// Points per line of Times New Roman 12 in a row: LibreOffice sets 12 pt lines of Times
    /// New Roman (or its metric twin Liberation Serif) 13,3 pt apart; a little over, so a row
    /// never cuts its last line.
    static let lineHeight = 13.8

    /// Column widths in characters: the printable width shared by the columns' weights (the
    /// same proportions as the DOCX tables), at least 5.
    static func widths(_ t: AppendixTable) -> [Double] {
        let total = Double(t.columns.map(\.weight).reduce(0, +))
        return t.columns.map { max(5, (Double($0.weight) / max(1, total) * printableWidth).rounded()) }
    }

    /// Advance widths of Times New Roman (and Liberation Serif, metric-compatible), in 1/2048
    /// em, of the base letters: a letter with diacritics is as wide as its base ("ữ" as "u").
    /// A column's width is counted in digits (1.024): LibreOffice does not fit rows to wrapped
    /// text when it opens a file, so the heights are computed from these (REVIEW21 §4: rows
    /// estimated at a fixed characters-per-width left Phụ lục III a third blank).
    static let glyphWidths: [Character: Int] = {
        var m: [Character: Int] = [:]
        let lower: [(String, Int)] = [("ace z", 909), ("bdghknopquvxy", 1024), ("frt", 682), ("ijl", 569), ("m", 1593), ("s", 797), ("w", 1479)]
        for (letters, w) in lower { for c in letters where c != " " { m[c] = w } }
        m["t"] = 569
        let upper: [(String, Int)] = [("ADGHKNOQUVXY", 1479), ("BCR", 1366), ("ELTZ", 1251), ("FPS", 1139), ("I", 682), ("J", 797), ("M", 1821), ("W", 1933)]
        for (letters, w) in upper { for c in letters { m[c] = w } }
        for c in "0123456789" { m[c] = 1024 }
        for (c, w) in [(" ", 512), (",", 512), (".", 512), (":", 569), (";", 569), ("(", 682), (")", 682), ("-", 682), ("–", 1024),
                       ("/", 569), ("“", 909), ("”", 909), ("\"", 836), ("%", 1706), ("&", 1593)] as [(Character, Int)] { m[c] = w }
        return m
    }()

    /// The width of a piece of text in digits of the column's font.
    static func textWidth<S: StringProtocol>(_ s: S) -> Double {
        var units = 0
        for c in s {
            if let w = glyphWidths[c] { units += w; continue }
            // "ữ" → "u", "Đ" → "D": the base letter's width.
            let base: Character
            switch c {
            case "đ": base = "d"
            case "Đ": base = "D"
            default: base = String(c).decomposedStringWithCanonicalMapping.first.map { Character(String($0.unicodeScalars.first!)) } ?? c
            }
            units += glyphWidths[base] ?? 1024
        }
        return Double(units) / 1024
    }

    /// Lines a wrapped value takes in a column `width` digits wide: words wrap whole, each
    /// measured with the font's widths; the cell's inner margins take a digit and a half.
    public static func lines(_ text: String, width: Double) -> Int {
        let usable = max(1, width - 1.5)
        let space = textWidth(" ")
        let paragraphs: [Substring] = text.split(separator: "\n", omittingEmptySubsequences: false)
        return paragraphs.map { (line: Substring) -> Int in
            var n = 1, cur = 0.0
            for word in line.split(separator: " ") {
                let w = textWidth(word)
                if cur == 0 { cur = w } else if cur + space + w <= usable { cur += space + w } else { n += 1; cur = w }
                while cur > usable { n += 1; cur -= usable }
            }
            return n
        }.reduce(0, +)
    }

    func sheet(_ t: AppendixTable, number: Int, renderer v: VietnameseRenderer) -> String {
        let lastCol = XlsxAppendixWriter.columnName(t.columns.count)
        let lastRow = t.rows.count + 2
        let widths = XlsxAppendixWriter.widths(t)
        var x = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
        """
        x += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        x += "<dimension ref=\"A1:\(lastCol)\(lastRow)\"/>"
        x += "<sheetViews><sheetView workbookViewId=\"0\"\(number == 1 ? " tabSelected=\"1\"" : "")><pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A3\" sqref=\"A3\"/></sheetView></sheetViews>"
        x += "<sheetFormatPr defaultRowHeight=\"15.75\"/>"
        x += "<cols>" + widths.enumerated().map { "<col min=\"\($0.offset + 1)\" max=\"\($0.offset + 1)\" width=\"\(Int($0.element))\" customWidth=\"1\"/>" }.joined() + "</cols>"
        x += "<sheetData>"
        let title = v.definition.wording("appendix.sheetTitle", [
            "number": v.definition.wording("appendix.number", ["roman": AppendixTables.roman(number)]), "title": t.title.uppercased(),
            "asOf": VietFormat.date(v.report.asOf), "of": v.appendixOf])
        // The workbook is the working file; the phụ lục signed with the report are the
        // document's (REVIEW21 §4: the appendices were supplied twice, unexplained).
        let working = v.definition.wording("appendix.workingFile")
        let heading = working.isEmpty ? title : title + "\n" + working
        // Bold 14 pt: a digit of the 12 pt body font holds fewer of its letters.
        let titleLines = XlsxAppendixWriter.lines(heading, width: widths.reduce(0, +) * 12 / 14 * 0.92)
        x += "<row r=\"1\" ht=\"\(Double(titleLines) * 17.5 + 6)\" customHeight=\"1\">" + cell("A1", .text(heading), xf: .title) + "</row>"
        // Bold header text is wider: measured on a narrower column.
        let headerLines = t.columns.enumerated().map { XlsxAppendixWriter.lines($0.element.title, width: widths[$0.offset] * 0.8) }.max() ?? 1
        x += "<row r=\"2\" ht=\"\(Double(headerLines) * XlsxAppendixWriter.lineHeight + 4)\" customHeight=\"1\">" + t.columns.enumerated().map { cell("\(XlsxAppendixWriter.columnName($0.offset + 1))2", .text($0.element.title), xf: .header) }.joined() + "</row>"
        var merges: [String] = []
        for (ri, row) in t.rows.enumerated() {
            let r = ri + 3
            // Row height from the wrapped text: LibreOffice does not grow rows of a file it opens.
            let spanned = row.heading && row.cells.count == 2
            if spanned { merges.append("B\(r):\(lastCol)\(r)") }
            let lines = row.cells.enumerated().map { i, v -> Int in
                let width = spanned && i == 1 ? widths.dropFirst().reduce(0, +) : widths[i]
                if case .text(let s) = v { return XlsxAppendixWriter.lines(s, width: row.bold ? width * 0.85 : width) }
                return 1
            }.max() ?? 1
            // 409 points is the tallest row a spreadsheet allows.
            x += "<row r=\"\(r)\" ht=\"\(min(409, Double(lines) * XlsxAppendixWriter.lineHeight + 3))\" customHeight=\"1\">"
            let cells = spanned ? row.cells + Array(repeating: AppendixValue.text(""), count: t.columns.count - 2) : row.cells
            for (ci, v) in cells.enumerated() {
                let ref = "\(XlsxAppendixWriter.columnName(ci + 1))\(r)"
                let xf: XF
                switch v {
                case .text: xf = row.bold ? .boldText : .text
                case .number(let d), .money(let d):
                    let whole = d == d.rounded()
                    if !row.bold, whole, ci < t.columns.count, t.columns[ci].centered { xf = .centeredInteger; break }
                    xf = row.bold ? (whole ? .boldInteger : .boldDecimal) : (whole ? .integer : .decimal)
                }
                x += cell(ref, v, xf: xf)
            }
            x += "</row>"
        }
        // Notes once under the table, across its width.
        for (k, note) in t.notes.enumerated() {
            let r = lastRow + 2 + k
            merges.append("A\(r):\(lastCol)\(r)")
            let lines = XlsxAppendixWriter.lines(note, width: widths.reduce(0, +))
            x += "<row r=\"\(r)\" ht=\"\(Double(lines) * XlsxAppendixWriter.lineHeight + 3)\" customHeight=\"1\">" + cell("A\(r)", .text(note), xf: .note) + "</row>"
        }
        x += "</sheetData>"
        x += "<autoFilter ref=\"A2:\(lastCol)\(lastRow)\"/>"
        let allMerges = ["A1:\(lastCol)1"] + merges
        x += "<mergeCells count=\"\(allMerges.count)\">" + allMerges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        x += "<printOptions horizontalCentered=\"1\"/>"
        x += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        // Each appendix numbered on its own from 1, as in the document.
        x += "<pageSetup paperSize=\"9\" firstPageNumber=\"1\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"landscape\" useFirstPageNumber=\"1\"/>"
        // Page numbers as the DOCX appendices have them: centred in the top margin, none on an
        // appendix's first page, each appendix numbered on its own (REVIEW16: one set of numbers).
        x += "<headerFooter differentFirst=\"1\"><oddHeader>&amp;C&amp;P</oddHeader><firstHeader></firstHeader></headerFooter>"
        return x + "</worksheet>"
    }

    /// A cell: numbers as `<v>`, everything else as an inline string (never a formula).
    func cell(_ ref: String, _ v: AppendixValue, xf: XF) -> String {
        switch v {
        case .number(let d), .money(let d):
            guard d.isFinite else { return "<c r=\"\(ref)\" s=\"\(xf.rawValue)\" t=\"inlineStr\"><is><t></t></is></c>" }
            let text = d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
            return "<c r=\"\(ref)\" s=\"\(xf.rawValue)\"><v>\(text)</v></c>"
        case .text(let s):
            return "<c r=\"\(ref)\" s=\"\(xf.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(XMLEscaping.escape(s))</t></is></c>"
        }
    }

    func workbook(_ tables: [AppendixTable]) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>
        """
        for (i, t) in tables.enumerated() {
            x += "<sheet name=\"\(XMLEscaping.escape(t.sheetName))\" sheetId=\"\(i + 1)\" r:id=\"rIdSheet\(i + 1)\"/>"
        }
        x += "</sheets><definedNames>"
        for (i, t) in tables.enumerated() {
            let lastCol = XlsxAppendixWriter.columnName(t.columns.count)
            let ref = XlsxAppendixWriter.quoteSheet(t.sheetName) + "!$A$2:$\(lastCol)$\(t.rows.count + 2)"
            x += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">\(XMLEscaping.escape(ref))</definedName>"
            // The column headers (row 2) repeat at the top of every printed page.
            let titles = XlsxAppendixWriter.quoteSheet(t.sheetName) + "!$2:$2"
            x += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">\(XMLEscaping.escape(titles))</definedName>"
        }
        x += "</definedNames></workbook>"
        return x
    }

    func contentTypes(sheets: Int) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
        """
        for i in 1...max(1, sheets) {
            x += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return x + "</Types>"
    }

    var rootRels: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """
    }

    func workbookRels(sheets: Int) -> String {
        var x = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
        """
        for i in 1...max(1, sheets) {
            x += "<Relationship Id=\"rIdSheet\(i)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i).xml\"/>"
        }
        return x + "</Relationships>"
    }

    func core(_ v: VietnameseRenderer) -> String {
        let r = v.report
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(XMLEscaping.escape(v.subject))</dc:title><dc:creator>tonghop</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">\(r.asOf.description)T00:00:00Z</dcterms:created></cp:coreProperties>
        """
    }

    var app: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tonghop</Application></Properties>
        """
    }

    /// fonts: 0 Times New Roman 12, 1 bold, 2 bold 14; fills: 0 none, 1 gray125, 2 header grey;
    /// borders: 0 none, 1 thin; cellXfs in the order of `XF`.
    var styles: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="2"><numFmt numFmtId="164" formatCode="[$-42A]#,##0"/><numFmt numFmtId="165" formatCode="[$-42A]#,##0.0#"/></numFmts><fonts count="3"><font><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="12"/><name val="Times New Roman"/><family val="1"/></font><font><b/><sz val="14"/><name val="Times New Roman"/><family val="1"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE7E6E6"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="11"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="49" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/><xf numFmtId="165" fontId="1" fillId="2" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="top"/></xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
    }
}
