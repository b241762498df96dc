import DocumentModel
import Foundation

// SpreadsheetML: workbook, shared strings and styles once per file; sheets streamed row by row.

/// Streams the sheets of one XLSX file. Shared strings and styles are loaded once; each call
/// to `forEachRow` streams one sheet part through libxml2's reader, holding one row at a time.
public final class SpreadsheetReader {
    public struct SheetInfo: Sendable, Equatable {
        public var name: String
        public var visibility: Sheet.Visibility
        /// Package part name, e.g. "xl/worksheets/sheet1.xml"; nil when the sheet's part is missing.
        public var part: String?
        /// False for chart sheets and dialog sheets, which hold no cells.
        public var isWorksheet: Bool
    }

    public private(set) var sheets: [SheetInfo] = []
    private var notes: [Diagnostic] = []
    /// What the reader worked around so far (bad CRCs, missing parts, legacy encodings, …).
    public var diagnostics: [Diagnostic] { finishDiagnostics() }
    public private(set) var uses1904 = false
    public private(set) var properties = DocumentProperties()
    /// The print headers and footers of the sheets streamed so far (`headerFooter`), as page
    /// furniture: one paragraph per section (&L, &C, &R) and line, formatting codes dropped.
    /// A unit sometimes writes its name, its "Số:" and its date only there.
    public private(set) var printFurniture: [Part] = []

    let pkg: OPCPackage
    private var sharedStrings: [String] = []
    private var cellFormats: [Int] = []          // cellXfs index → numFmtId
    private var customFormats: [Int: String] = [:]
    private var dateStyleCache: [Int: Bool] = [:]
    private var suffixCache: [Int: String?] = [:]
    private var percentCache: [Int: Bool] = [:]
    private var fontNames: [String] = []           // fonts index → name
    private var cellFonts: [Int] = []              // cellXfs index → fontId
    private var fillKeys: [String?] = []           // fills index → colour key of a solid fill
    private var cellFills: [Int] = []              // cellXfs index → fillId
    private var legacyNoted = Set<String>()
    private var badSharedStringNoted = Set<String>()

    /// Opens `url` as a spreadsheet (refuses Word documents with `.notOfficeDocument`).
    public convenience init(contentsOf url: URL, options: ReadOptions = .init()) throws(ReadRefusal) {
        try self.init(source: fileSource(url, options: options), fileName: url.lastPathComponent, options: options)
    }

    public convenience init(data: Data, fileName: String, options: ReadOptions = .init()) throws(ReadRefusal) {
        try self.init(source: .data(data), fileName: fileName, options: options)
    }

    convenience init(source: PackageSource, fileName: String, options: ReadOptions) throws(ReadRefusal) {
        do {
            let (pkg, main, kind) = try openPackage(source: source, fileName: fileName, options: options)
            guard kind == .spreadsheet else {
                throw ReadRefusal.make(.notOfficeDocument, "the package is a Word document, not a workbook", part: main)
            }
            do { try self.init(pkg: pkg, mainPart: main) } catch { throw refineCorruption(asRefusal(error), pkg.archive) }
        } catch {
            throw asRefusal(error)
        }
    }

    init(pkg: OPCPackage, mainPart: String) throws {
        self.pkg = pkg
        let packageRels = try pkg.relationships(of: "")
        do { properties = try pkg.readProperties(packageRels) } catch {
            let r = asRefusal(error)
            guard r.kind == .malformedXML || r.kind == .corrupt else { throw r }
            note(.warning, "part-skipped", "Không đọc được thuộc tính tài liệu (docProps); bỏ qua.", r.part.map { .part($0) })
        }
        let rels = try pkg.relationships(of: mainPart)
        var byId: [String: Relationship] = [:]
        for r in rels { byId[r.id] = r }
        if let sst = rels.first(where: { $0.type == "sharedStrings" && pkg.exists($0.target) })?.target {
            sharedStrings = try readSharedStrings(sst)
        }
        if let st = rels.first(where: { $0.type == "styles" && pkg.exists($0.target) })?.target {
            do { try readStyles(st) } catch {
                let r = asRefusal(error, part: st)
                guard r.kind == .malformedXML || r.kind == .corrupt else { throw r }
                note(.warning, "part-skipped", "Không đọc được định dạng ô (styles); ngày tháng có thể hiển thị dưới dạng số.", .part(st))
            }
        }
        let c = try pkg.cursor(mainPart)
        var list: [SheetInfo] = []
        // Sheet parts already listed, by part key → the first sheet name: each part is read
        // once, however many sheet entries point at it.
        var partsListed: [String: String] = [:]
        let o = pkg.options
        try c.document { root in
            try c.children(of: root) { e in
                switch e.name {
                case "workbookPr":
                    if let d = e.attr("date1904") { self.uses1904 = d == "1" || d == "true" }
                case "sheets":
                    try c.children(of: e) { s in
                        guard s.name == "sheet" else { return }
                        if list.count >= o.maxSheets {
                            throw MaterialisedLimit.sheets(o.maxSheets).refusal("more than \(o.maxSheets) sheets", part: mainPart)
                        }
                        var name = s.attr("name") ?? ""
                        if let clipped = name.clipped(to: o.maxNameCharacters) {
                            // The name is copied into the location of every figure of the sheet.
                            name = clipped
                            self.note(.warning, "sheet-name-clipped",
                                      "Tên trang tính dài bất thường (hơn \(o.maxNameCharacters) ký tự); đã cắt ngắn thành “\(name.nfc)”.", .part(mainPart))
                        }
                        name = name.nfc
                        let visibility: Sheet.Visibility
                        switch s.attr("state") {
                        case "hidden": visibility = .hidden
                        case "veryHidden": visibility = .veryHidden
                        default: visibility = .visible
                        }
                        let rel = (s.attr("id", ns: .r) ?? s.attr("id")).flatMap { byId[$0] }
                        var part = rel.flatMap { pkg.exists($0.target) ? $0.target : nil }
                        if part == nil {
                            self.note(.warning, "missing-part", "Không tìm thấy nội dung của trang tính “\(name)”; bỏ qua trang này.", .part(mainPart))
                        } else if let p = part, let first = partsListed[ZipArchive.key(p)] {
                            // Another entry for a part already listed: Excel never writes one, and
                            // reading it again would multiply the part's cost by the aliases.
                            self.note(.warning, "sheet-part-repeated",
                                      "Trang tính “\(name)” trỏ tới cùng nội dung với trang “\(first)”; chỉ đọc một lần.", .part(p))
                            part = nil
                        } else if let p = part {
                            partsListed[ZipArchive.key(p)] = name
                        }
                        list.append(SheetInfo(name: name, visibility: visibility, part: part,
                                              isWorksheet: rel?.type == "worksheet" || rel == nil))
                    }
                default: break
                }
            }
        }
        sheets = list
    }

    private func note(_ severity: Diagnostic.Severity, _ code: String, _ message: String, _ location: Location?) {
        notes.append(Diagnostic(severity: severity, code: code, message: message, location: location))
    }

    /// Bytes inflated and parts read so far.
    public var statistics: ReadStatistics {
        var s = ReadStatistics()
        s.inflatedBytes = pkg.archive.budget.totalInflated
        s.partsRead = pkg.archive.budget.partsRead
        return s
    }

    /// Diagnostics of the package itself (bad CRCs) added once reading is done.
    func finishDiagnostics() -> [Diagnostic] {
        pkg.diagnostics = []
        pkg.archiveDiagnostics()
        return notes + pkg.diagnostics
    }

    // MARK: Shared strings and styles

    private func readSharedStrings(_ part: String) throws -> [String] {
        let c = try pkg.cursor(part)
        var out: [String] = []
        var bytes = 0
        let o = pkg.options
        try c.document { root in
            try c.children(of: root) { si in
                guard si.name == "si" else { return }
                let s = try self.stringItem(si, c)
                bytes += s.utf8.count
                out.append(s)
                if out.count > o.maxSharedStrings {
                    throw MaterialisedLimit.sharedStrings(o.maxSharedStrings).refusal("more than \(o.maxSharedStrings) shared strings", part: part)
                }
                if bytes > o.maxSharedStringBytes {
                    throw MaterialisedLimit.sharedStringText(bytes: o.maxSharedStringBytes)
                        .refusal("shared strings hold more than \(o.maxSharedStringBytes) bytes of text", part: part)
                }
            }
        }
        return out
    }

    /// Text of a shared string item or inline string: t, or rich text runs r/t; phonetic runs
    /// (rPh) and their properties dropped.
    private func stringItem(_ si: XMLElement, _ c: XMLCursor) throws -> String {
        var text = ""
        try c.children(of: si) { e in
            switch e.name {
            case "t": text += try Self.textElement(e, c)
            case "r":
                try c.children(of: e) { r in if r.name == "t" { text += try Self.textElement(r, c) } }
            default: break  // rPh, phoneticPr
            }
        }
        return text.decodingOOXMLEscapes.nfc
    }

    /// The text of a `<t>`: without xml:space="preserve", leading and trailing XML whitespace
    /// is not content (Excel and calamine trim it; `<t> </t>` is an empty cell).
    static func textElement(_ t: XMLElement, _ c: XMLCursor) throws -> String {
        let text = try c.text(of: t)
        if t.attr("space") == "preserve" { return text }
        let isXMLSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              isXMLSpace(first) || isXMLSpace(last) else { return text }
        var scalars = Substring(text).unicodeScalars
        while let f = scalars.first, isXMLSpace(f) { scalars.removeFirst() }
        while let l = scalars.last, isXMLSpace(l) { scalars.removeLast() }
        return String(scalars)
    }

    private func readStyles(_ part: String) throws {
        let c = try pkg.cursor(part)
        try c.document { root in
            try c.children(of: root) { e in
                switch e.name {
                case "numFmts":
                    try c.children(of: e) { f in
                        if f.name == "numFmt", let id = f.attr("numFmtId").flatMap({ Int($0) }) {
                            self.customFormats[id] = f.attr("formatCode") ?? ""
                        }
                    }
                case "cellXfs":
                    try c.children(of: e) { x in
                        if x.name == "xf" {
                            self.cellFormats.append(x.attr("numFmtId").flatMap { Int($0) } ?? 0)
                            self.cellFonts.append(x.attr("fontId").flatMap { Int($0) } ?? 0)
                            self.cellFills.append(x.attr("fillId").flatMap { Int($0) } ?? 0)
                        }
                    }
                case "fills":
                    try c.children(of: e) { f in
                        guard f.name == "fill" else { return }
                        var key: String?
                        try c.children(of: f) { p in
                            guard p.name == "patternFill", p.attr("patternType") == "solid" else { return }
                            try c.children(of: p) { color in
                                if color.name == "fgColor", key == nil { key = Self.colourKey(color) }
                            }
                        }
                        self.fillKeys.append(key)
                    }
                case "fonts":
                    try c.children(of: e) { f in
                        guard f.name == "font" else { return }
                        var name = ""
                        try c.children(of: f) { p in if p.name == "name" { name = p.attr("val") ?? "" } }
                        self.fontNames.append(name)
                    }
                default: break
                }
            }
        }
    }

    /// An opaque key of a colour element (`fgColor`): equal keys for equal colours. Pure white
    /// and the automatic colour are no fill a person sees.
    static func colourKey(_ e: XMLElement) -> String? {
        if let rgb = e.attr("rgb"), rgb.count >= 6 {
            let hex = String(rgb.suffix(6)).uppercased()
            return hex == "FFFFFF" ? nil : "rgb:" + hex
        }
        if let theme = e.attr("theme") { return "theme:\(theme):\(e.attr("tint") ?? "0")" }
        // Indexed 9 is white, 64 the system's automatic colour.
        if let indexed = e.attr("indexed") { return indexed == "64" || indexed == "9" ? nil : "indexed:" + indexed }
        return nil
    }

    /// The colour key of a cell style's solid fill.
    private func fillKey(_ style: Int) -> String? {
        guard style >= 0, style < cellFills.count else { return nil }
        let f = cellFills[style]
        return f >= 0 && f < fillKeys.count ? fillKeys[f] : nil
    }

    private func isDateStyle(_ style: Int) -> Bool {
        formatOf(style, is: NumberFormats.isDateFormat, builtIn: NumberFormats.isBuiltInDate, cache: &dateStyleCache)
    }

    /// Whether a cell style's number format is of a kind: its custom code by `code`, a built-in
    /// format by `builtIn`; cached by style.
    private func formatOf(_ style: Int, is code: (String) -> Bool, builtIn: (Int) -> Bool, cache: inout [Int: Bool]) -> Bool {
        if let cached = cache[style] { return cached }
        var found = false
        if style >= 0, style < cellFormats.count {
            let id = cellFormats[style]
            if let custom = customFormats[id] { found = code(custom) } else { found = builtIn(id) }
        }
        cache[style] = found
        return found
    }

    // MARK: Rows

    /// Streams the rows of sheet `index` (holding one row at a time); returns the merged ranges.
    @discardableResult
    public func forEachRow(inSheet index: Int, _ body: (SheetRow) -> Void) throws(ReadRefusal) -> [CellRange] {
        do {
            let o = pkg.options
            var budget = Budget(cellLimit: o.maxStreamedSheetCells, textLimit: o.maxTextBytes, mergeLimit: o.maxMergedRanges)
            return try streamRows(index, &budget, body)
        } catch {
            throw refineCorruption(asRefusal(error, part: index < sheets.count ? sheets[index].part : nil), pkg.archive)
        }
    }

    /// What a read materialises, against its limits: non-empty cells, bytes of cell text
    /// (a shared string counts once per cell that references it) and merged ranges.
    struct Budget {
        var cells = 0, cellLimit: Int
        var rows = 0, rowLimit: Int
        var textBytes = 0, textLimit: Int
        var merges = 0, mergeLimit: Int
        init(cellLimit: Int, rowLimit: Int = .max, textLimit: Int, mergeLimit: Int) {
            self.cellLimit = cellLimit
            self.rowLimit = rowLimit
            self.textLimit = textLimit
            self.mergeLimit = mergeLimit
        }
    }

    /// What `readSheet` has materialised so far: all sheets read into `Sheet`s together are
    /// bounded by `maxSheetCells`, `maxSheetRows`, `maxTextBytes` and `maxMergedRanges`.
    private lazy var materialised = Budget(cellLimit: pkg.options.maxSheetCells, rowLimit: pkg.options.maxSheetRows,
                                           textLimit: pkg.options.maxTextBytes, mergeLimit: pkg.options.maxMergedRanges)

    /// Reads sheet `index` whole into the shared model (all sheets read this way together are
    /// bounded by `maxSheetCells`, `maxSheetRows`, `maxTextBytes` and `maxMergedRanges`).
    public func readSheet(_ index: Int) throws(ReadRefusal) -> Sheet {
        var rows: [SheetRow] = []
        do {
            var budget = materialised
            let merges = try streamRows(index, &budget) { rows.append($0) }
            let info = sheets[index]
            var boxes: [SheetTextBox] = []
            var notes: [SheetNote] = []
            if let part = info.part, info.isWorksheet {
                boxes = try textBoxes(ofSheet: part, &budget)
                notes = try cellNotes(ofSheet: part, &budget)
            }
            materialised = budget
            return Sheet(name: info.name, visibility: info.visibility, rows: rows, merges: merges, part: info.part ?? "", textBoxes: boxes, notes: notes)
        } catch {
            throw refineCorruption(asRefusal(error, part: index < sheets.count ? sheets[index].part : nil), pkg.archive)
        }
    }

    // MARK: Notes

    /// The notes left on a sheet's cells: the comments part its relationships name (`comment`
    /// elements with their cell reference, their runs' text joined). A part that does not
    /// parse is skipped with a diagnostic, as the cells are still the report. The text counts
    /// against the same limit as cell text.
    private func cellNotes(ofSheet sheetPart: String, _ budget: inout Budget) throws -> [SheetNote] {
        guard let part = try pkg.relationships(of: sheetPart).first(where: { $0.type == "comments" && !$0.isExternal })?.target,
              pkg.exists(part) else { return [] }
        var notes: [SheetNote] = []
        var b = budget
        do {
            let c = try pkg.cursor(part)
            var authors: [String] = []
            try c.document { root in
                try c.children(of: root) { x in
                    if x.name == "authors" {
                        try c.children(of: x) { a in if a.name == "author" { authors.append(try c.text(of: a)) } }
                    } else if x.name == "commentList" {
                        try c.children(of: x) { comment in
                            guard comment.name == "comment", let ref = comment.attr("ref"),
                                  let at = CellReference(ref.split(separator: ":").first.map(String.init) ?? ref) else { return }
                            var text = ""
                            try c.children(of: comment) { t in
                                guard t.name == "text" else { return }
                                text += try stringItem(t, c)
                            }
                            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                            guard !trimmed.isEmpty else { return }
                            b.textBytes += trimmed.utf8.count
                            if b.textBytes > b.textLimit {
                                throw MaterialisedLimit.text(bytes: b.textLimit).refusal("more than \(b.textLimit) bytes of text (comments \(part))", part: part)
                            }
                            let author = comment.attr("authorId").flatMap(Int.init).flatMap { $0 < authors.count ? authors[$0] : nil }
                            notes.append(SheetNote(cell: at, author: author?.nfc, text: trimmed.nfc))
                        }
                    }
                }
            }
        } catch {
            let r = asRefusal(error, part: part)
            guard r.kind == .malformedXML || r.kind == .corrupt else { throw r }
            note(.warning, "part-skipped", "Không đọc được ghi chú trên ô của trang tính (\(part)); bỏ qua.", .part(part))
            return []
        }
        budget = b
        return notes
    }

    // MARK: Drawings

    /// The text boxes drawn on a sheet: the shapes with text (`sp` with `txBody`, also inside
    /// groups) of the drawing part its relationships name, each at the cell of its anchor's
    /// top-left corner. Pictures, charts and shapes without text are left out; a drawing part
    /// that does not parse is skipped with a diagnostic, as the cells are still the report.
    /// The text counts against the same limit as cell text.
    private func textBoxes(ofSheet sheetPart: String, _ budget: inout Budget) throws -> [SheetTextBox] {
        guard let drawing = try pkg.relationships(of: sheetPart).first(where: { $0.type == "drawing" && !$0.isExternal })?.target,
              pkg.exists(drawing) else { return [] }
        var boxes: [SheetTextBox] = []
        var b = budget
        do {
            let c = try pkg.cursor(drawing)
            var paragraphCount = 0
            // One element under an anchor: a shape's text body, the shapes of a group, the
            // first branch of a markup-compatibility choice; anything else holds no text.
            func shape(_ x: XMLElement, into paragraphs: inout [Paragraph]) throws {
                switch x.name {
                case "sp", "grpSp": try c.children(of: x) { try shape($0, into: &paragraphs) }
                case "AlternateContent" where x.ns == .mc:
                    var taken = false
                    try c.children(of: x) { choice in
                        guard !taken, choice.ns == .mc, choice.name == "Choice" || choice.name == "Fallback" else { return }
                        taken = true
                        try c.children(of: choice) { try shape($0, into: &paragraphs) }
                    }
                case "txBody":
                    try c.children(of: x) { p in
                        guard p.name == "p" else { return }
                        paragraphCount += 1
                        var text = ""
                        var textRuns = 0, boldRuns = 0
                        try c.children(of: p) { r in
                            switch r.name {
                            case "r", "fld":
                                var bold = false, runText = ""
                                try c.children(of: r) { t in
                                    if t.name == "t" { runText += try c.text(of: t) }
                                    if t.name == "rPr" { bold = t.attr("b") == "1" || t.attr("b") == "true" }
                                }
                                if runText.contains(where: { !$0.isWhitespace }) { textRuns += 1; if bold { boldRuns += 1 } }
                                text += runText
                            case "br": text += "\n"
                            default: break
                            }
                        }
                        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                        guard !trimmed.isEmpty else { return }
                        b.textBytes += trimmed.utf8.count
                        if b.textBytes > b.textLimit {
                            throw MaterialisedLimit.text(bytes: b.textLimit).refusal("more than \(b.textLimit) bytes of text (drawing \(drawing))", part: drawing)
                        }
                        paragraphs.append(Paragraph(text: trimmed.nfc, isBold: textRuns > 0 && boldRuns == textRuns,
                                                    location: .paragraph(part: drawing, index: paragraphCount)))
                    }
                default: break  // nvSpPr, spPr, style, pic, graphicFrame, cxnSp
                }
            }
            try c.document { root in
                try c.children(of: root) { anchor in
                    guard ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"].contains(anchor.name) else { return }
                    var at = CellReference(row: 1, column: 1)
                    var paragraphs: [Paragraph] = []
                    try c.children(of: anchor) { x in
                        if x.name == "from" {
                            try c.children(of: x) { f in
                                // 0-based in the drawing; kept inside the sheet.
                                guard let n = Int(try c.text(of: f).trimmingCharacters(in: .whitespaces)) else { return }
                                if f.name == "row" { at.row = min(max(n + 1, 1), 1_048_576) }
                                if f.name == "col" { at.column = min(max(n + 1, 1), 16_384) }
                            }
                        } else {
                            try shape(x, into: &paragraphs)
                        }
                    }
                    if !paragraphs.isEmpty { boxes.append(SheetTextBox(anchor: at, paragraphs: paragraphs)) }
                }
            }
        } catch {
            let r = asRefusal(error, part: drawing)
            guard r.kind == .malformedXML || r.kind == .corrupt else { throw r }
            note(.warning, "part-skipped", "Không đọc được hình vẽ, hộp văn bản trên trang tính (\(drawing)); bỏ qua.", .part(drawing))
            return []
        }
        budget = b
        return boxes
    }

    /// At most this many filled cells are kept per row.
    static let fillsPerRow = 64

    private func streamRows(_ index: Int, _ budget: inout Budget, _ body: (SheetRow) -> Void) throws -> [CellRange] {
        guard index >= 0, index < sheets.count else {
            throw ReadRefusal.make(.corrupt, "no sheet at index \(index)")
        }
        let info = sheets[index]
        guard let part = info.part, info.isWorksheet else { return [] }
        let c = try pkg.cursor(part)
        var merges: [CellRange] = []
        var rowNumber = 0
        var b = budget
        defer { budget = b }
        let date1904 = uses1904
        try c.document { root in
            try c.children(of: root) { e in
                switch e.name {
                case "sheetData":
                    try c.children(of: e) { r in
                        guard r.name == "row" else { return }
                        // Excel's rows are 1…1048576; a number outside is read as "the next row".
                        if let n = r.attr("r").flatMap({ Int($0) }), (1...1_048_576).contains(n) {
                            rowNumber = n
                        } else {
                            rowNumber = min(rowNumber + 1, 1_048_576)
                        }
                        let hiddenAttr = r.attr("hidden")
                        let hidden = hiddenAttr == "1" || hiddenAttr == "true"
                        var cells: [SheetCell] = []
                        var fills: [Int: String] = [:]
                        var column = 0
                        try c.children(of: r) { x in
                            guard x.name == "c" else { return }
                            column = x.attr("r").flatMap { Self.column(of: $0) } ?? column + 1
                            // A row formatted across the sheet keeps the fills of its first
                            // columns only: a legend's swatch or a task's cell is among them.
                            if !self.fillKeys.isEmpty, fills.count < Self.fillsPerRow,
                               let style = x.attr("s").flatMap({ Int($0) }), let key = self.fillKey(style) { fills[column] = key }
                            if let cell = try self.cell(x, c, column: column, date1904: date1904) {
                                b.cells += 1
                                if b.cells > b.cellLimit {
                                    throw MaterialisedLimit.cells(b.cellLimit).refusal("more than \(b.cellLimit) cells (sheet \"\(info.name)\")", part: part)
                                }
                                if case .text(let t) = cell.value {
                                    b.textBytes += t.utf8.count
                                    if b.textBytes > b.textLimit {
                                        throw MaterialisedLimit.text(bytes: b.textLimit)
                                            .refusal("more than \(b.textLimit) bytes of cell text (sheet \"\(info.name)\")", part: part)
                                    }
                                }
                                cells.append(cell)
                            }
                        }
                        if !cells.isEmpty {
                            b.rows += 1
                            if b.rows > b.rowLimit {
                                throw MaterialisedLimit.rows(b.rowLimit).refusal("more than \(b.rowLimit) non-empty rows (sheet \"\(info.name)\")", part: part)
                            }
                            body(SheetRow(index: rowNumber, cells: cells, isHidden: hidden, fills: fills))
                        }
                    }
                case "mergeCells":
                    try c.children(of: e) { m in
                        if m.name == "mergeCell", let ref = m.attr("ref"), let range = CellRange(ref) {
                            merges.append(range)
                            b.merges += 1
                            if b.merges > b.mergeLimit {
                                throw MaterialisedLimit.mergedRanges(b.mergeLimit)
                                    .refusal("more than \(b.mergeLimit) merged ranges (sheet \"\(info.name)\")", part: part)
                            }
                        }
                    }
                case "headerFooter":
                    var seen = Set<String>()
                    try c.children(of: e) { h in
                        let role: Part.Role
                        switch h.name {
                        case "oddHeader", "evenHeader", "firstHeader": role = .header
                        case "oddFooter", "evenFooter", "firstFooter": role = .footer
                        default: return
                        }
                        let paragraphs = Self.printSections(try c.text(of: h))
                        // The same header is often stored for odd, even and first pages.
                        guard !paragraphs.isEmpty, seen.insert(paragraphs.joined(separator: "\n")).inserted else { return }
                        let blocks = paragraphs.map { Block.paragraph(Paragraph(text: $0, location: .part(part))) }
                        self.printFurniture.append(Part(role: role, name: part, blocks: blocks))
                    }
                default: break
                }
            }
        }
        return merges
    }

    /// The lines of a print header or footer: its sections (&L, &C, &R) and the line breaks in
    /// them, with Excel's codes left out (&P page, &N pages, &D date, &T time, &F file, &A sheet,
    /// &"font,style", &12 size, &B/&I/&U/&S/&X/&Y/&E styles, &K colour; && is an ampersand).
    /// A line break is "_x000a_"; LibreOffice escapes that escape once more ("_x005F_x000a_").
    static func printSections(_ raw: String) -> [String] {
        let text = raw.decodingOOXMLEscapes.decodingOOXMLEscapes
        var lines: [String] = []
        var current = ""
        func flush() {
            let t = current.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
            if !t.isEmpty { lines.append(t.nfc) }
            current = ""
        }
        var scalars = Array(text.unicodeScalars)[...]
        while let u = scalars.popFirst() {
            if u == "\n" || u == "\r" { flush(); continue }
            guard u == "&", let code = scalars.first else { current.unicodeScalars.append(u); continue }
            switch code {
            case "&": current += "&"; scalars.removeFirst()
            case "L", "C", "R": flush(); scalars.removeFirst()
            case "\"":
                scalars.removeFirst()
                while let x = scalars.popFirst(), x != "\"" {}
            case "K":
                scalars.removeFirst()
                // &KRRGGBB or &KTTSNN (a theme colour): six characters.
                scalars = scalars.dropFirst(min(6, scalars.count))
            case "0"..."9":
                while let x = scalars.first, ("0"..."9").contains(x) { scalars.removeFirst() }
            default:
                // &P, &N, &D, &T, &F, &Z, &A, &G and the style switches: no words of the unit's.
                scalars.removeFirst()
            }
        }
        flush()
        return lines
    }

    /// Column number of a reference like "AB12" (letters only are read).
    static func column(of ref: String) -> Int? {
        var col = 0
        for u in ref.utf8 {
            switch u {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): col = col * 26 + Int(u - 64)
                if col > 16_384 { return nil }  // past XFD (and before any overflow)
            case UInt8(ascii: "a")...UInt8(ascii: "z"): col = col * 26 + Int(u - 96)
                if col > 16_384 { return nil }
            case UInt8(ascii: "$"): continue
            default:
                return col > 0 && col <= 16_384 ? col : nil
            }
        }
        return col > 0 && col <= 16_384 ? col : nil
    }

    private func cell(_ x: XMLElement, _ c: XMLCursor, column: Int, date1904: Bool) throws -> SheetCell? {
        var v: String?
        var hasFormula = false
        var formula: String?
        var inline: String?
        try c.children(of: x) { e in
            switch e.name {
            case "v": v = try c.text(of: e)
            case "f":
                hasFormula = true
                formula = try c.text(of: e)
            case "is": inline = try self.stringItem(e, c)
            default: break
            }
        }
        let type = x.attr("t")
        // Words typed after an equals sign ("=> Tình trạng: Đã xong") that a program wrote as a
        // formula, with no result cached: what the sheet shows is the words as typed.
        if hasFormula, inline == nil, v?.isEmpty ?? true, let formula, let typed = Self.typedText(formula: formula) {
            return SheetCell(column: column, value: .text(typed.nfc), hasFormula: true)
        }
        let value: CellValue
        switch type {
        case "s":
            guard let v, let i = Int(v) ?? Int(v.trimmingCharacters(in: .whitespaces)) else { return nil }
            guard i >= 0, i < sharedStrings.count else {
                // Noted once per part: a sheet of such cells must not make a diagnostic per cell.
                if badSharedStringNoted.insert(c.part).inserted {
                    note(.warning, "bad-shared-string", "Ô tham chiếu chuỗi dùng chung không tồn tại (\(i)); bỏ qua ô.", .part(c.part))
                }
                return nil
            }
            value = .text(sharedStrings[i])
        case "str":
            guard let v else { return nil }
            value = .text(v.decodingOOXMLEscapes.nfc)
        case "inlineStr":
            guard let t = inline ?? v else { return nil }
            value = .text(t)
        case "b":
            guard let v else { return nil }
            value = .bool(v == "1" || v.lowercased() == "true")
        case "e":
            guard let v else { return nil }
            value = .error(v)
        case "d":
            guard let v else { return nil }
            if let serial = Self.serial(iso: v, uses1904: date1904) {
                value = .date(CellDate(serial: serial, uses1904: date1904))
            } else {
                value = .text(v)
            }
        default:
            if let inline { value = .text(inline); break }
            guard let v, !v.isEmpty else { return nil }
            if let d = Double(v) {
                let style = x.attr("s").flatMap { Int($0) } ?? 0
                value = isDateStyle(style) && Self.isCalendarSerial(d) ? .date(CellDate(serial: d, uses1904: date1904)) : .number(d)
            } else {
                value = .text(v.nfc)
            }
        }
        if case .text(let t) = value {
            if t.isEmpty { return nil }
            if pkg.options.convertLegacyVietnamese, let style = x.attr("s").flatMap({ Int($0) }), style >= 0, style < cellFonts.count,
               cellFonts[style] >= 0, cellFonts[style] < fontNames.count,
               let legacy = LegacyVietnamese.encoding(forFont: fontNames[cellFonts[style]]), LegacyVietnamese.looksEncoded(t, legacy) {
                if !legacyNoted.contains(c.part) {
                    legacyNoted.insert(c.part)
                    note(.warning, "legacy-encoding",
                         "Bảng tính dùng phông chữ mã cũ \(legacy.rawValue) (\(fontNames[cellFonts[style]])); đã chuyển sang Unicode, đề nghị kiểm tra lại nội dung.",
                         .part(c.part))
                }
                return SheetCell(column: column, value: .text(LegacyVietnamese.convert(t, legacy).nfc), hasFormula: hasFormula)
            }
        }
        var cell = SheetCell(column: column, value: value, hasFormula: hasFormula)
        if case .number = value, let style = x.attr("s").flatMap({ Int($0) }) {
            if isPercentStyle(style) { cell.percentage = true } else { cell.formatText = formatSuffix(style) }
        }
        return cell
    }

    /// The text a formula with no cached result stands for when it is no formula at all but
    /// words after "=" ("> Tình trạng: Đang làm (còn đợt cuối năm)", a status after a "=>"
    /// mark) or a quoted string alone (`"Đã xong"`): words with spaces and letters beyond
    /// ASCII, no function call (a name right before "("), no quotes. Nil for anything a
    /// spreadsheet would compute.
    static func typedText(formula: String) -> String? {
        let f = formula.trimmingCharacters(in: .whitespaces)
        if f.count >= 2, f.first == "\"", f.last == "\"", !f.dropFirst().dropLast().contains("\"") {
            let literal = String(f.dropFirst().dropLast())
            return literal.isEmpty ? nil : literal
        }
        let scalars = Array(f.unicodeScalars)
        let call = scalars.indices.contains { i in
            scalars[i] == "(" && i > 0 && (scalars[i - 1].properties.isAlphabetic || ("0"..."9").contains(scalars[i - 1]))
        }
        guard !call, !f.contains("\""), f.contains(" "),
              f.unicodeScalars.contains(where: { $0.value > 0x7F && $0.properties.isAlphabetic }) else { return nil }
        return "=" + formula
    }

    /// Whether a cell style's number format shows a percentage, cached by style.
    private func isPercentStyle(_ style: Int) -> Bool {
        formatOf(style, is: NumberFormats.isPercentFormat, builtIn: NumberFormats.isBuiltInPercent, cache: &percentCache)
    }

    /// The words a cell style's custom number format shows after the number, cached by style.
    private func formatSuffix(_ style: Int) -> String? {
        if let cached = suffixCache[style] { return cached }
        var suffix: String?
        if style >= 0, style < cellFormats.count, let code = customFormats[cellFormats[style]] { suffix = NumberFormats.literalSuffix(code) }
        suffixCache[style] = suffix
        return suffix
    }

    /// Excel serial of an ISO 8601 date or date-time ("2026-10-28", "2026-10-28T08:15:00Z").
    /// A serial some calendar day holds (Excel's own range ends at 9999-12-31, serial 2958465);
    /// anything else (1e300, NaN, inf) stays a number.
    static func isCalendarSerial(_ d: Double) -> Bool {
        d.isFinite && abs(d) < 3_000_000
    }

    static func serial(iso: String, uses1904: Bool) -> Double? {
        guard let s = isoSerial(iso, uses1904: uses1904), isCalendarSerial(s) else { return nil }
        return s
    }

    private static func isoSerial(_ iso: String, uses1904: Bool) -> Double? {
        if !iso.contains("-"), iso.contains(":") {  // a time of day alone: "10:10:10" is a fraction of a day
            let time = iso.prefix { $0.isNumber || $0 == ":" || $0 == "." }
            let hms = time.split(separator: ":").map { Double($0) ?? 0 }
            guard !hms.isEmpty, hms.count <= 3 else { return nil }
            let seconds = hms[0] * 3600 + (hms.count > 1 ? hms[1] * 60 : 0) + (hms.count > 2 ? hms[2] : 0)
            return seconds / 86_400
        }
        let parts = iso.split(separator: "T", maxSplits: 1)
        guard let datePart = parts.first else { return nil }
        let ymd = datePart.split(separator: "-")
        guard ymd.count == 3, let y = Int(ymd[0]), let m = Int(ymd[1]), let d = Int(ymd[2]),
              (0...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        // Days from civil (Howard Hinnant).
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let unixDays = era * 146_097 + doe - 719_468
        var serial = Double(uses1904 ? unixDays + 24_107 : unixDays + 25_569)
        if !uses1904, serial < 61 { serial -= 1 }
        if parts.count == 2 {
            let time = parts[1].prefix { $0.isNumber || $0 == ":" || $0 == "." }
            let hms = time.split(separator: ":").map { Double($0) ?? 0 }
            let seconds = (hms.count > 0 ? hms[0] * 3600 : 0) + (hms.count > 1 ? hms[1] * 60 : 0) + (hms.count > 2 ? hms[2] : 0)
            serial += seconds / 86_400
        }
        return serial
    }
}
