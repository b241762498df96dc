// Spreadsheet content in the shared model: sparse rows of typed cells, the way calamine
// models them. Dates stay raw (serial + date system); whether a number is a date was
// decided by the reader from the cell's number format.

public struct Sheet: Sendable, Equatable, Codable {
    public enum Visibility: String, Sendable, Codable { case visible, hidden, veryHidden }

    public var name: String
    public var visibility: Visibility
    /// Rows that hold at least one non-empty cell, in ascending order.
    public var rows: [SheetRow]
    /// Merged ranges (mergeCell), as stored.
    public var merges: [CellRange]
    /// Package part name, e.g. "xl/worksheets/sheet1.xml".
    public var part: String
    /// Text boxes drawn on the sheet, in the drawing's order. A unit sometimes writes its
    /// difficulties and proposals only in one, floating under the table.
    public var textBoxes: [SheetTextBox]
    /// The notes (comments) left on cells, in the comments part's order. A unit sometimes
    /// writes a task's status only in a note on the task's cell.
    public var notes: [SheetNote]

    public init(name: String, visibility: Visibility = .visible, rows: [SheetRow] = [], merges: [CellRange] = [], part: String,
                textBoxes: [SheetTextBox] = [], notes: [SheetNote] = []) {
        self.name = name
        self.visibility = visibility
        self.rows = rows
        self.merges = merges
        self.part = part
        self.textBoxes = textBoxes
        self.notes = notes
    }

    /// The value at (row, column), 1-based; the top-left value of a merged range is returned
    /// for every cell of the range.
    public func value(row: Int, column: Int) -> CellValue? {
        var r = row, c = column
        if let m = merges.first(where: { $0.contains(row: row, column: column) }) {
            r = m.first.row
            c = m.first.column
        }
        guard let sr = rowIndex(r) else { return nil }
        return rows[sr].cells.first(where: { $0.column == c })?.value
    }

    private func rowIndex(_ row: Int) -> Int? {
        var lo = 0, hi = rows.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if rows[mid].index == row { return mid }
            if rows[mid].index < row { lo = mid + 1 } else { hi = mid - 1 }
        }
        return nil
    }
}

/// A note left on a cell (xl/commentsN.xml `comment`, Excel's "Note"; a threaded comment
/// keeps one too): its text as shown, the author's name line Excel puts first included.
public struct SheetNote: Sendable, Equatable, Codable {
    public var cell: CellReference
    public var author: String?
    public var text: String

    public init(cell: CellReference, author: String?, text: String) {
        self.cell = cell
        self.author = author
        self.text = text
    }
}

/// A shape with text drawn on a sheet (xl/drawings/drawingN.xml, `xdr:sp` with `xdr:txBody`):
/// it floats over the cells, so where it stands is the cell its top-left corner is anchored at.
public struct SheetTextBox: Sendable, Equatable, Codable {
    /// The cell under the box's top-left corner (`xdr:from`; A1 for an absolute anchor).
    public var anchor: CellReference
    /// The box's paragraphs (a:p) with text, each located in the drawing part
    /// ("xl/drawings/drawing1.xml paragraph 3", counting every paragraph of the part).
    public var paragraphs: [Paragraph]

    public init(anchor: CellReference, paragraphs: [Paragraph]) {
        self.anchor = anchor
        self.paragraphs = paragraphs
    }
}

public struct SheetRow: Sendable, Equatable, Codable {
    /// 1-based row number as in Excel.
    public var index: Int
    public var cells: [SheetCell]
    public var isHidden: Bool
    /// Solid background fills of the row's cells, empty ones included (a colour swatch in a
    /// legend), by 1-based column: an opaque key of the colour ("rgb:92D050", "theme:4:0.4",
    /// "indexed:13"), equal for equal colours. Status is sometimes written only this way.
    public var fills: [Int: String]

    public init(index: Int, cells: [SheetCell], isHidden: Bool = false, fills: [Int: String] = [:]) {
        self.index = index
        self.cells = cells
        self.isHidden = isHidden
        self.fills = fills
    }
}

public struct SheetCell: Sendable, Equatable, Codable {
    /// 1-based column number (A = 1).
    public var column: Int
    public var value: CellValue
    /// The cell held a formula; `value` is its cached result.
    public var hasFormula: Bool
    /// The words the cell's number format shows after its number (`#,##0" mẫu"` shows 135 as
    /// "135 mẫu"): often the unit of measure. Nil for other cells.
    public var formatText: String?
    /// The cell's number format shows its number as a percentage ("0%": 0.5 shows as "50%").
    public var percentage: Bool?

    public init(column: Int, value: CellValue, hasFormula: Bool = false, formatText: String? = nil, percentage: Bool? = nil) {
        self.column = column
        self.value = value
        self.hasFormula = hasFormula
        self.formatText = formatText
        self.percentage = percentage
    }

    /// The cell as a person sees it in the spreadsheet: a percentage-formatted number as its
    /// percentage ("50%", "12,5%": a share, never a count), a number with the words its format
    /// shows after it ("135 mẫu"), anything else as `CellValue.displayText`.
    public var shownText: String {
        guard case .number(let d) = value else { return value.displayText }
        if percentage == true, d.isFinite, abs(d) < 1e12 {
            // Hundredths of a percent, written the Vietnamese way ("12,5%").
            let n = Int64((d * 10_000).rounded())
            let (whole, frac) = (abs(n) / 100, abs(n) % 100)
            let sign = n < 0 ? "-" : ""
            if frac == 0 { return "\(sign)\(whole)%" }
            let digits = frac % 10 == 0 ? "\(frac / 10)" : (frac < 10 ? "0\(frac)" : "\(frac)")
            return "\(sign)\(whole),\(digits)%"
        }
        if let shown = formatText { return value.displayText + " " + shown }
        return value.displayText
    }
}

public enum CellValue: Sendable, Equatable, Codable {
    case text(String)
    case number(Double)
    case bool(Bool)
    case date(CellDate)
    /// An error value such as "#DIV/0!" or "#N/A".
    case error(String)

    /// How a person would read the value (numbers without a trailing ".0", dates as dd/mm/yyyy).
    public var displayText: String {
        switch self {
        case .text(let s): return s
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
            return String(d)
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .date(let d): return d.displayText
        case .error(let e): return e
        }
    }
}

/// An Excel date/time: the serial as stored and the workbook's date system.
public struct CellDate: Sendable, Equatable, Codable {
    public var serial: Double
    public var uses1904: Bool

    public init(serial: Double, uses1904: Bool) {
        self.serial = serial
        self.uses1904 = uses1904
    }

    /// Days since 1970-01-01 (proleptic Gregorian) of the serial's date part, following Excel's
    /// 1900 leap-year bug (serial 60 is the fictitious 29/02/1900).
    public var civil: (year: Int, month: Int, day: Int, secondsOfDay: Int) {
        var days = Int(serial.rounded(.down))
        let seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if uses1904 {
            days += 1462  // 1904-01-01 is serial 1462 in the 1900 system
        }
        // 1900 system: serial 1 = 1900-01-01; serials after 60 are one too high.
        if days >= 61 { days -= 1 }
        // Days from 1899-12-31 to 1970-01-01 is 25568.
        let unixDays = days - 25568
        let (y, m, d) = CellDate.civilFromDays(unixDays)
        return (y, m, d, min(seconds, 86_399))
    }

    /// ISO 8601 date ("2026-10-28"), or date-time when the serial has a time part.
    public var isoText: String {
        let c = civil
        let date = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
        if c.secondsOfDay == 0 { return date }
        return date + "T\(pad(c.secondsOfDay / 3600, 2)):\(pad(c.secondsOfDay / 60 % 60, 2)):\(pad(c.secondsOfDay % 60, 2))"
    }

    /// Vietnamese display: dd/mm/yyyy.
    public var displayText: String {
        let c = civil
        return "\(pad(c.day, 2))/\(pad(c.month, 2))/\(pad(c.year, 4))"
    }

    // Howard Hinnant's days-to-civil algorithm.
    static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// A rectangular range of cells, 1-based inclusive.
public struct CellRange: Sendable, Equatable, Codable {
    public var first: CellReference
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = first
        self.last = last
    }

    /// Parses "A1:C3" (or a single "B2").
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let a = CellReference(String(parts[0])),
              let b = CellReference(String(parts[parts.count - 1])) else { return nil }
        first = CellReference(row: min(a.row, b.row), column: min(a.column, b.column))
        last = CellReference(row: max(a.row, b.row), column: max(a.column, b.column))
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= first.row && row <= last.row && column >= first.column && column <= last.column
    }
}

/// "B7" ⇄ (row 7, column 2).
public struct CellReference: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses "B7", "$B$7", "b7". Columns up to XFD (16384), rows up to 1048576.
    public init?(_ text: String) {
        var col = 0, row = 0, seenDigit = false
        for u in text.utf8 {
            switch u {
            case UInt8(ascii: "$"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                if seenDigit { return nil }
                col = col * 26 + Int((u | 0x20) - UInt8(ascii: "a")) + 1
                if col > 16_384 { return nil }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                seenDigit = true
                row = row * 10 + Int(u - UInt8(ascii: "0"))
                if row > 1_048_576 { return nil }
            default: return nil
            }
        }
        guard col > 0, row > 0 else { return nil }
        self.row = row
        self.column = col
    }

    public static func columnName(_ column: Int) -> String {
        var n = column
        var letters: [UInt8] = []
        while n > 0 {
            letters.append(UInt8(65 + (n - 1) % 26))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    public var description: String { CellReference.columnName(column) + String(row) }
}
