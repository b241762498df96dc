import Foundation
import OOXML

/// A small XLSX writer for forms: styled cells, merged ranges, data validation, sheet and
/// workbook protection, print setup, hidden sheets. Text is always an inline string, so that
/// nothing a form carries ever becomes a formula; no cell has `<f>`.
struct XlsxWorkbook {
    enum Value {
        case text(String)
        case number(Double)
    }

    struct Cell {
        var row: Int
        var column: Int
        var value: Value?
        var style: FormStyle
    }

    struct Validation {
        enum Kind { case list([String]), whole(min: Int), date(from: Int, to: Int) }
        var kind: Kind
        var refs: [String]
        var title: String
        var prompt: String
        var error: String
    }

    struct Sheet {
        enum State: String { case visible, hidden, veryHidden }
        var name: String
        var state: State = .visible
        /// Widths in characters, column A first.
        var widths: [Double] = []
        var heights: [Int: Double] = [:]
        var cells: [Cell] = []
        var merges: [String] = []
        var validations: [Validation] = []
        var protected = true
        /// Rows repeated on every printed page ("$11:$11").
        var printTitleRows: ClosedRange<Int>? = nil
        var landscape = false
        var footer: String? = nil

        mutating func set(_ row: Int, _ column: Int, _ value: Value?, _ style: FormStyle = .plain) {
            cells.removeAll { $0.row == row && $0.column == column }
            cells.append(Cell(row: row, column: column, value: value, style: style))
        }

        /// Merges a range and styles every cell of it (borders show on merged cells only so).
        mutating func merge(_ row: Int, _ c1: Int, _ c2: Int, _ value: Value?, _ style: FormStyle) {
            set(row, c1, value, style)
            for c in (c1 + 1)...c2 { set(row, c, nil, style) }
            merges.append("\(ref(row, c1)):\(ref(row, c2))")
        }
    }

    var sheets: [Sheet]
    var title: String
    var creator: String
    /// Locks the workbook's structure: sheets cannot be added, removed or unhidden.
    var lockStructure = true

    func write(to url: URL) throws {
        var w = PackageWriter()
        for (name, text) in parts() { w.add(name, string: text) }
        try w.write(to: url)
    }

    func parts() -> [(String, String)] {
        var out: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRels),
            ("docProps/core.xml", core),
            ("docProps/app.xml", app),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRels),
            ("xl/styles.xml", FormStyle.stylesheet),
        ]
        for (i, s) in sheets.enumerated() { out.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(s, index: i))) }
        return out
    }

    var contentTypes: String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        s += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        s += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        s += #"<Default Extension="xml" ContentType="application/xml"/>"#
        s += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in sheets.indices {
            s += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        s += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        s += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        s += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return s + "</Types>"
    }

    let rootRels = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    var core: String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(xmlEscape(title))</dc:title><dc:creator>\(xmlEscape(creator))</dc:creator></cp:coreProperties>"
    }

    let app = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tonghop</Application></Properties>"#

    var workbook: String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        s += #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        s += "<workbookPr/>"
        if lockStructure { s += #"<workbookProtection lockStructure="1"/>"# }
        s += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (i, sh) in sheets.enumerated() {
            let state = sh.state == .visible ? "" : #" state="\#(sh.state.rawValue)""#
            s += #"<sheet name="\#(xmlEscape(sh.name))" sheetId="\#(i + 1)"\#(state) r:id="rId\#(i + 1)"/>"#
        }
        s += "</sheets>"
        var names = ""
        for (i, sh) in sheets.enumerated() {
            if let rows = sh.printTitleRows {
                names += #"<definedName name="_xlnm.Print_Titles" localSheetId="\#(i)">"# + xmlEscape("\(quoteSheet(sh.name))!$\(rows.lowerBound):$\(rows.upperBound)") + "</definedName>"
            }
        }
        if !names.isEmpty { s += "<definedNames>\(names)</definedNames>" }
        return s + "</workbook>"
    }

    var workbookRels: String {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        s += #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in sheets.indices {
            s += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        s += #"<Relationship Id="rId\#(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        return s + "</Relationships>"
    }

    func sheetXML(_ sh: Sheet, index: Int) -> String {
        let lastRow = max(1, sh.cells.map(\.row).max() ?? 1)
        let lastCol = max(1, sh.widths.count, sh.cells.map(\.column).max() ?? 1)
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        s += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        s += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        s += #"<dimension ref="A1:\#(ref(lastRow, lastCol))"/>"#
        s += #"<sheetViews><sheetView workbookViewId="0"\#(index == 0 ? #" tabSelected="1""# : "")><selection activeCell="D7" sqref="D7"/></sheetView></sheetViews>"#
        s += #"<sheetFormatPr defaultRowHeight="16.5"/>"#
        if !sh.widths.isEmpty {
            s += "<cols>"
            for (i, w) in sh.widths.enumerated() { s += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" customWidth="1"/>"# }
            s += "</cols>"
        }
        s += "<sheetData>"
        let byRow = Dictionary(grouping: sh.cells, by: \.row)
        for r in 1...lastRow {
            let cells = (byRow[r] ?? []).sorted { $0.column < $1.column }
            let height = sh.heights[r].map { #" ht="\#($0)" customHeight="1""# } ?? ""
            guard !cells.isEmpty || !height.isEmpty else { continue }
            s += #"<row r="\#(r)"\#(height)>"#
            for c in cells {
                let at = ref(c.row, c.column)
                switch c.value {
                case .text(let t)?:
                    s += #"<c r="\#(at)" s="\#(c.style.rawValue)" t="inlineStr"><is><t xml:space="preserve">\#(xmlEscape(t))</t></is></c>"#
                case .number(let n)?:
                    s += #"<c r="\#(at)" s="\#(c.style.rawValue)"><v>\#(n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))</v></c>"#
                case nil:
                    s += #"<c r="\#(at)" s="\#(c.style.rawValue)"/>"#
                }
            }
            s += "</row>"
        }
        s += "</sheetData>"
        if sh.protected {
            // Everything locked but the unlocked input cells; rows and columns may be resized.
            s += #"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" selectLockedCells="0" selectUnlockedCells="0"/>"#
        }
        if !sh.merges.isEmpty {
            s += #"<mergeCells count="\#(sh.merges.count)">"# + sh.merges.map { #"<mergeCell ref="\#($0)"/>"# }.joined() + "</mergeCells>"
        }
        if !sh.validations.isEmpty {
            s += #"<dataValidations count="\#(sh.validations.count)">"#
            for v in sh.validations {
                let common = #"allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="warning" errorTitle="\#(xmlEscape(v.title))" error="\#(xmlEscape(v.error))" promptTitle="\#(xmlEscape(v.title))" prompt="\#(xmlEscape(v.prompt))" sqref="\#(v.refs.joined(separator: " "))""#
                switch v.kind {
                case .list(let items):
                    s += #"<dataValidation type="list" \#(common)><formula1>\#(xmlEscape("\"" + items.joined(separator: ",") + "\""))</formula1></dataValidation>"#
                case .whole(let min):
                    s += #"<dataValidation type="whole" operator="greaterThanOrEqual" \#(common)><formula1>\#(min)</formula1></dataValidation>"#
                case .date(let from, let to):
                    s += #"<dataValidation type="date" operator="between" \#(common)><formula1>\#(from)</formula1><formula2>\#(to)</formula2></dataValidation>"#
                }
            }
            s += "</dataValidations>"
        }
        s += #"<printOptions horizontalCentered="1"/>"#
        s += #"<pageMargins left="0.6" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>"#
        s += #"<pageSetup paperSize="9" orientation="\#(sh.landscape ? "landscape" : "portrait")" fitToWidth="1" fitToHeight="0"/>"#
        if let f = sh.footer { s += "<headerFooter><oddFooter>\(xmlEscape(f))</oddFooter></headerFooter>" }
        return s + "</worksheet>"
    }
}

/// Cell styles of the forms (indexes into styles.xml's cellXfs).
enum FormStyle: Int {
    case plain = 0, title, subtitle, label, header, task, inputText, inputNumber, inputDate, inputStatus, boldLabel, note, centered, section

    var isInput: Bool { self == .inputText || self == .inputNumber || self == .inputDate || self == .inputStatus }

    static let stylesheet: String = {
        var s = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        s += #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        s += #"<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>"#
        let font = #"<name val="Times New Roman"/><family val="1"/><charset val="163"/>"#
        s += #"<fonts count="5">"#
        s += #"<font><sz val="12"/>\#(font)</font>"#
        s += #"<font><b/><sz val="12"/>\#(font)</font>"#
        s += #"<font><b/><sz val="14"/>\#(font)</font>"#
        s += #"<font><i/><sz val="12"/>\#(font)</font>"#
        s += #"<font><b/><sz val="12"/><color rgb="FF1F3864"/>\#(font)</font>"#
        s += "</fonts>"
        s += #"<fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
        s += #"<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill>"#
        s += #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>"#
        s += #"<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>"#
        let thin = #"<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>"#
        s += #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>\#(thin)</border></borders>"#
        s += #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        // (font, fill, border, numFmt, horizontal, vertical, locked)
        let xfs: [(Int, Int, Int, Int, String, String, Bool)] = [
            (0, 0, 0, 0, "general", "center", true),   // plain
            (2, 0, 0, 0, "center", "center", true),    // title
            (3, 0, 0, 0, "center", "center", true),    // subtitle
            (0, 0, 1, 0, "left", "center", true),      // label
            (1, 3, 1, 0, "center", "center", true),    // header
            (1, 4, 1, 0, "left", "center", true),      // task
            (0, 2, 1, 0, "left", "top", false),        // inputText
            (0, 2, 1, 3, "right", "center", false),    // inputNumber
            (0, 2, 1, 164, "center", "center", false), // inputDate
            (0, 2, 1, 0, "center", "center", false),   // inputStatus
            (1, 0, 0, 0, "left", "center", true),      // boldLabel
            (3, 0, 0, 0, "left", "top", true),         // note
            (0, 0, 1, 0, "center", "center", true),    // centered
            (4, 0, 1, 0, "left", "center", true),      // section
        ]
        s += #"<cellXfs count="\#(xfs.count)">"#
        for (f, fill, b, n, h, v, locked) in xfs {
            s += #"<xf numFmtId="\#(n)" fontId="\#(f)" fillId="\#(fill)" borderId="\#(b)" xfId="0""#
            s += n != 0 ? #" applyNumberFormat="1""# : ""
            s += #" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1">"#
            s += #"<alignment horizontal="\#(h)" vertical="\#(v)" wrapText="1"/><protection locked="\#(locked ? 1 : 0)"/></xf>"#
        }
        s += "</cellXfs>"
        s += #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        return s + "</styleSheet>"
    }()
}

func ref(_ row: Int, _ column: Int) -> String {
    var n = column, s = ""
    while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(65 + r)!) + s; n = (n - 1) / 26 }
    return s + String(row)
}

func quoteSheet(_ name: String) -> String { "'" + name.replacingOccurrences(of: "'", with: "''") + "'" }

/// XML text and attribute escaping; characters XML 1.0 forbids are dropped.
func xmlEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        switch u {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "\n": out += "&#10;"
        case "\t", "\r": out.unicodeScalars.append(u)
        default:
            if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF { continue }
            out.unicodeScalars.append(u)
        }
    }
    return out
}

