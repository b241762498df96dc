import DocumentModel
import Foundation
import Plan
import VietText

/// Turns one document into a submission against the plan's catalogue. The same value is used
/// by `tonghop extract` and by the nightly run.
public struct Extractor: Sendable {
    let vocabulary: Vocabulary
    let tasks: [TaskInfo]
    let tasksByCode: [String: TaskInfo]
    let titles: TitleMatcher
    let groups: [Int: String]
    let groupTitles: TitleMatcher
    let units: UnitRegistry
    /// Units by their id in upper case, for ids written in file names ("SO-YT_BC_….docx").
    let unitsByUpperID: [String: ReportingUnit]

    public init(tasks: [TaskInfo], units: UnitRegistry, vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        self.tasks = tasks
        self.tasksByCode = Dictionary(tasks.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        self.titles = TitleMatcher(tasks: tasks)
        var groups: [Int: String] = [:]
        for t in tasks where groups[t.group] == nil { groups[t.group] = t.groupTitle }
        self.groups = groups
        self.groupTitles = TitleMatcher(tasks: groups.sorted { $0.key < $1.key }.map {
            TaskInfo(code: "\($0.key)", group: $0.key, letter: "", title: $0.value, groupTitle: $0.value)
        })
        self.units = units
        self.unitsByUpperID = Dictionary(units.units.map { ($0.id.uppercased(), $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// An extractor for a pipeline: its catalogue, its units and its vocabulary file.
    public init(pipeline: PipelineDefinition) throws {
        let vocabulary = try Vocabulary.load(contentsOf: pipeline.directory.appendingPathComponent("vocabulary.yaml"))
        let tasks = pipeline.catalogue.tasks.map {
            TaskInfo(code: $0.code.rawValue, group: $0.group, letter: String($0.code.rawValue.split(separator: ".").last ?? ""),
                     title: $0.text, groupTitle: $0.groupTitle)
        }
        self.init(tasks: tasks, units: pipeline.units, vocabulary: vocabulary)
    }

    /// Extracts a document that the reader produced. `fileName` is the file's own name (for the
    /// last-resort unit lookup), `file` the path as given.
    public func extract(_ document: Document, file: String, fileName: String, sha256: String) -> Submission {
        var run = ExtractionRun(extractor: self, document: document)
        run.process()
        var submission = Submission(file: file, sha256: sha256, status: .extracted)
        let header = run.header(fileName: fileName)
        submission.unit = header.unit
        submission.document = header.info
        submission.findings = header.findings
        submission.entries = run.entries()
        submission.difficulties = run.difficulties
        submission.proposals = run.proposals
        submission.findings += run.findings
        for e in submission.entries where e.status == .unknown {
            submission.findings.append(Finding(severity: .warning, code: "status-missing",
                message: "Báo cáo không nêu tiến độ của nhiệm vụ \(e.task); tình trạng được ghi là “chưa rõ”.",
                source: e.sources.first))
        }
        if submission.entries.isEmpty && submission.unit == nil && !run.mentionsPlan {
            let reason = "Tệp không phải là báo cáo thực hiện Kế hoạch: không tìm thấy đơn vị báo cáo, nhiệm vụ của Kế hoạch hay nội dung về Chỉ thị 38-CT/TW."
            submission = Submission(file: file, sha256: sha256, status: .rejected, reason: reason, rejectionKind: "notAReport",
                                    findings: [Finding(severity: .error, code: "not-a-report", message: reason)])
        } else if submission.entries.isEmpty {
            submission.findings.append(Finding(severity: .warning, code: "no-tasks",
                message: "Không tìm thấy nhiệm vụ nào của Kế hoạch trong báo cáo; đề nghị kiểm tra lại nội dung."))
        }
        return submission
    }
}

/// The mutable state of reading one document, line by line.
struct ExtractionRun {
    let x: Extractor
    let document: Document
    let lines: [Line]
    /// Held directly: a computed accessor would copy the whole vocabulary on every use.
    let v: Vocabulary

    final class EntryBuilder {
        let code: String
        var status: TaskStatus?
        var statusSource: String?
        var figures: [IndicatorID: Figure] = [:]
        var texts: [String] = []
        var sources: [String] = []
        /// The figures of each passage already added, to tell a restatement from new figures.
        var passageSignatures: Set<[IndicatorID: Double]> = []
        init(code: String) { self.code = code }
    }

    var builders: [String: EntryBuilder] = [:]
    var order: [String] = []
    var current: String?
    var group: Int?
    var section: SectionKind?
    /// Under side-by-side headings, the section of each column.
    var itemColumns: [Int: SectionKind] = [:]
    var table: TableContext?
    var container: Line.Container?
    var difficulties: [Item] = []
    var proposals: [Item] = []
    var findings: [Finding] = []
    var mentionsPlan = false
    var inLayoutTable = false
    /// Figures of the passage being read, committed together (see `commitPassage`).
    var pending: [(id: IndicatorID, value: Double, location: Location?, text: String)] = []
    var pendingAutoCommit = true

    struct TableContext {
        var roles: [Int: ColumnRole] = [:]
        var scales: [Int: Double] = [:]
        var headerRows = 0
        /// Columns under a header cell that spans several (a two-level header's parent).
        var spanned: Set<Int> = []
        var isIndicatorSheet: Bool { roles.values.contains(.indicatorName) }
        /// The leftmost column with the role.
        func column(_ role: ColumnRole) -> Int? {
            var best: Int?
            for (c, r) in roles where r == role && (best == nil || c < best!) { best = c }
            return best
        }
    }

    init(extractor: Extractor, document: Document) {
        x = extractor
        v = extractor.vocabulary
        self.document = document
        lines = LineBuilder.lines(of: document)
    }

    // MARK: Main loop

    mutating func process() {
        var linesInSheet = 0
        var skippedSheet: String?
        for (index, line) in lines.enumerated() {
            if case .sheet(let name) = line.container {
                if name == skippedSheet { continue }
                linesInSheet = line.container == container ? linesInSheet + 1 : 0
                // A long sheet whose first rows hold nothing of the plan (an inventory, a
                // price list) is not read to its end: the rest cannot be a report either.
                if linesInSheet == 300, order.isEmpty, table == nil, section == nil {
                    skippedSheet = name
                    findings.append(Finding(severity: .info, code: "sheet-skipped",
                        message: "Trang tính “\(name)” không có nội dung về nhiệm vụ của Kế hoạch trong 300 dòng đầu; phần còn lại không được đọc.",
                        source: Location.part(name).description))
                    continue
                }
            }
            if line.container != container {
                // A new table or sheet: its columns are its own. Leaving a table also ends a
                // passage that was read from it.
                if case .table = container { current = nil }
                if case .sheet = line.container { current = nil; group = nil }
                container = line.container
                table = nil
                // The Quốc hiệu header block and the "Nơi nhận" signature block are layout:
                // told once, from the table's first row.
                if case .table = line.container { inLayoutTable = isLayoutTable(line) } else { inLayoutTable = false }
            }
            if !mentionsPlan, index < 60 {
                // Any mention of the directive: "38-CT/TW", "Chỉ thị (số) 38", "CT38". Cheap
                // byte tests first; fold only lines that have a "38".
                if line.text.containsBytes("38") {
                    let f = VietText.fold(line.text)
                    if f.containsBytes("38-ct/tw") || f.containsBytes("chi thi 38") || f.containsBytes("chi thi so 38") || f.containsBytes("ct38") { mentionsPlan = true }
                }
            }
            handle(line)
        }
    }

    mutating func handle(_ line: Line) {
        // "Khó khăn, vướng mắc | Đề xuất, kiến nghị" side by side: each column its own section.
        if let columns = itemSectionColumns(line) {
            section = .difficultiesAndProposals
            itemColumns = columns
            current = nil
            table = nil
            return
        }
        // Section headings switch what the following lines are.
        if let (kind, remainder) = sectionHeading(line) {
            section = kind
            itemColumns = [:]
            current = nil
            table = nil
            if let remainder, kind.holdsItems { addItems(from: remainder, source: line.firstLocation) }
            return
        }
        // The closing, and what the unit plans for next year, report nothing done.
        if section == .closing || section == .plans { return }
        if section?.holdsItems == true {
            if !itemColumns.isEmpty {
                // Each cell under the heading of its column (or the nearest one to its left).
                for cell in line.cells where !cell.continued {
                    guard let kind = itemColumns.filter({ $0.key <= cell.column }).max(by: { $0.key < $1.key })?.value else { continue }
                    addItems(from: cell.text, source: cell.location, as: kind)
                }
                return
            }
            if let header = tableHeader(line) { table = header; return }
            let text = itemText(line)
            if !text.isEmpty { addItems(from: text, source: line.firstLocation) }
            return
        }
        if inLayoutTable { return }
        if table == nil, let header = tableHeader(line) {
            table = header
            return
        }
        if var t = table {
            // A second header row (two-level headers) refines the roles of its columns.
            // Only right under the first header, only without figures, and only over columns
            // the first header left open or spanned ("Kết quả thực hiện" over indicator columns).
            if t.headerRows == 1, !line.cells.contains(where: { $0.value != nil || Double($0.text) != nil }),
               let sub = tableHeader(line), sub.roles.count >= 2, rowTask(line, t) == nil,
               sub.roles.keys.allSatisfy({ t.roles[$0] == nil || t.spanned.contains($0) || t.roles[$0] == .result }) {
                for (c, r) in sub.roles { t.roles[c] = r }
                for (c, s) in sub.scales { t.scales[c] = s }
                t.headerRows = 2
                table = t
                return
            }
            t.headerRows = 3
            table = t
            handleRow(line, t)
            return
        }
        handleText(line)
    }

    // MARK: Sections

    /// A heading such as "II. KHÓ KHĂN, VƯỚNG MẮC", "Đề xuất, kiến nghị:", or a row "I | Khó
    /// khăn, vướng mắc". Returns the section and any text after a colon.
    func sectionHeading(_ line: Line) -> (SectionKind, String?)? {
        // A heading row has few cells: a numbering cell, the heading, perhaps its content.
        guard line.cells.count <= 4 else { return nil }
        let cells = line.cells.filter { !$0.continued && !isEnumerator($0.text) }
        guard let first = cells.first, cells.count <= 2 else { return nil }
        // A heading or a lead-in is short: what matters is in its first words. Colons are
        // looked for among the first 200 scalars (a character each in NFC text).
        func colon(in t: String) -> String.Index? {
            let ts = t.unicodeScalars
            var i = ts.startIndex, n = 0
            while i < ts.endIndex, n < 200 {
                if ts[i] == ":" { return i }
                i = ts.index(after: i); n += 1
            }
            return nil
        }
        guard first.text.utf8.count <= 800 || colon(in: first.text) != nil else { return nil }
        var text = stripEnumerator(first.text)
        // A heading's colon is near its start; what follows becomes a string only when the line
        // is a heading.
        var after: Substring?
        if let colon = colon(in: text) {
            let rest = text[text.unicodeScalars.index(after: colon)...]
            if rest.unicodeScalars.contains(where: { !ScalarClass.isWhitespace($0) }) { after = rest }
            text = String(text[..<colon])
        }
        let secondCell = cells.count == 2 ? cells[1].text : nil
        var remainder: String? { after.map { $0.trimmed() } ?? secondCell }
        let hasRemainder = after != nil || secondCell != nil
        // Section words stand at the start; the word count of the rest is all that matters.
        let wordCount = text.utf8.reduce(1) { $1 == 0x20 ? $0 + 1 : $0 }
        // Most lines neither start with a section word nor are a short lead-in before a colon:
        // reject them before tokenizing.
        if !v.sectionFirstWords.contains(firstFoldedWord(text)), !hasRemainder || wordCount > 14 { return nil }
        let tokens = Tokenizer.tokenize(wordCount > 24 ? String(text.prefix(160)) : text)
        let words = tokens.filter { $0.kind == .word }
        guard !words.isEmpty, let m = v.sections.match(tokens, at: tokens.firstIndex(where: { $0.kind == .word })!) else {
            if VietText.fold(text).hasPrefix("noi nhan") { return (.closing, nil) }
            // "Quá trình triển khai còn một số khó khăn, vướng mắc: (1) …; (2) …" — a short
            // lead-in that names the section, then the items after the colon.
            if hasRemainder, wordCount <= 14 {
                for hit in v.sections.matches(in: tokens) where hit.value == .difficulties || hit.value == .proposals {
                    return (hit.value, remainder)
                }
            }
            return nil
        }
        // "Trên đây là báo cáo …", "Nơi nhận:": the report's closing, however long the line.
        if m.value == .closing { return (.closing, nil) }
        var covered = tokens[..<m.end].filter { $0.kind == .word }.count
        var kind = m.value
        // "Khó khăn, vướng mắc và đề xuất, kiến nghị": a second section phrase right after the
        // first (joined by "và", "," or "-") makes one heading over both kinds of items.
        if kind == .difficulties || kind == .proposals {
            var k = m.end
            while k < tokens.count, tokens[k].kind == .punct && !tokens[k].breakBefore || tokens[k].folded == "va" { k += 1 }
            if k > m.end, let second = v.sections.match(tokens, at: k),
               second.value == .difficulties || second.value == .proposals, second.value != kind {
                covered += tokens[m.end..<second.end].filter { $0.kind == .word }.count
                kind = .difficultiesAndProposals
            }
        }
        let isUpper = ScalarClass.isUpperCase(text)
        let short = wordCount <= covered + 2 || (isUpper && wordCount <= 16) || (hasRemainder && wordCount <= covered + 4)
        guard short else { return nil }
        // "Kết quả thực hiện: …" inside a task passage is a label, not a section.
        if kind == .results, hasRemainder { return nil }
        return (kind, remainder)
    }

    func isEnumerator(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        let t = text.trimmed()
        if t.isEmpty || t.count > 6 { return false }
        // A task code ("1.a", "II.2.h") is none of these shapes.
        return t.allSatisfy { $0.isNumber || ".)(-+•*–".contains($0) } || romanValue(t) != nil
            || (t.count <= 2 && t.first.map { TaskReferenceParser.letters.contains(String($0).lowercased()) } == true)
    }

    static let romans: [String: Int] = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10]

    func stripEnumerator(_ text: String) -> String {
        // Roman or arabic numerals, letters with ")" or ".", bullets — all in the first few
        // characters, so only those are looked at. On scalars (NFC text: a character each).
        let scalars = text.unicodeScalars
        let end = scalars.endIndex
        var s = scalars.startIndex
        while s < end, Self.bulletScalars.contains(scalars[s]) || scalars[s] == " " { s = scalars.index(after: s) }
        // The first "." or ")" among the first seven scalars, and its distance.
        var r: String.Index?
        var distance = 0
        var k = s
        while k < end, distance < 7 {
            if scalars[k] == "." || scalars[k] == ")" { r = k; break }
            k = scalars.index(after: k)
            distance += 1
        }
        if let r, distance <= 5 {
            let head = text[s..<r].trimmed("( ")
            let hs = head.unicodeScalars
            if !hs.isEmpty, hs.allSatisfy(ScalarClass.isNumeric) || romanValue(head) != nil
                || (hs.count == 1 && ScalarClass.isAlphabetic(hs.first!)) {
                let next = scalars.index(after: r)
                if next == end || scalars[next] == " " { s = next }
            }
        } else if s < end, scalars[s] == "(" {
            var close = scalars.index(after: s)
            var d = 1
            while close < end, d < 7, scalars[close] != ")" { close = scalars.index(after: close); d += 1 }
            if close < end, d <= 4, scalars[close] == ")" { s = scalars.index(after: close) }
        }
        if s == scalars.startIndex, let f = scalars.first, !ScalarClass.isWhitespace(f),
           let l = scalars.last, !ScalarClass.isWhitespace(l) { return text }
        return text[s...].trimmed()
    }

    static let bulletScalars: Set<Unicode.Scalar> = ["-", "+", "•", "–", "—", "*", "●", "▪", "◦", "·", "‒"]

    func romanValue(_ text: String) -> Int? {
        guard text.utf8.count <= 8 else { return nil }
        return Self.romans[text.trimmed(". ").uppercased()]
    }

    // MARK: Difficulties and proposals

    func itemText(_ line: Line) -> String {
        if let t = table, let c = t.column(.task) ?? t.column(.result),
           let cell = line.cells.first(where: { $0.column == c && !$0.continued }) { return cell.text }
        let cells = line.cells.filter { !$0.continued && !isEnumerator($0.text) }
        return cells.map(\.text).joined(separator: " ")
    }

    /// The folded letters (at most 12) a text starts with: a cheap test of whether it can
    /// start with a phrase.
    func firstFoldedWord(_ text: some StringProtocol) -> String {
        let ws = text.unicodeScalars
        var wordEnd = ws.startIndex, letters = 0
        while wordEnd < ws.endIndex, letters < 12, ScalarClass.isWordLetter(ws[wordEnd]) { wordEnd = ws.index(after: wordEnd); letters += 1 }
        return VietText.fold(String(text[..<wordEnd]))
    }

    /// A row whose every cell is a difficulties or a proposals heading, both kinds present:
    /// the section of each column.
    func itemSectionColumns(_ line: Line) -> [Int: SectionKind]? {
        guard line.cells.count >= 2, line.cells.count <= 4,
              line.cells.allSatisfy({ $0.text.utf8.count <= 80 && v.sectionFirstWords.contains(firstFoldedWord(stripEnumerator($0.text))) })
        else { return nil }
        let cells = line.cells.filter { !$0.continued }
        guard cells.count >= 2 else { return nil }
        var columns: [Int: SectionKind] = [:]
        for cell in cells {
            let text = stripEnumerator(cell.text)
            guard text.utf8.count <= 80, let kind = v.sections.wholeMatch(text.trimmed(" :")),
                  kind == .difficulties || kind == .proposals else { return nil }
            columns[cell.column] = kind
        }
        return Set(columns.values).count == 2 ? columns : nil
    }

    mutating func addItems(from text: String, source: Location?, as kind: SectionKind? = nil) {
        for piece in splitInline(text) {
            var item = stripEnumerator(piece)
            while let l = item.last, ";.,:".contains(l) || l == " " { item.removeLast() }
            item = item.trimmed()
            if item.isEmpty { continue }
            let key = VietText.words(item).joined(separator: " ")
            if v.nothingItems.contains(key) || key.hasPrefix("khong co ") && key.spaceSeparatedCount <= 6 { continue }
            let entry = Item(text: item, source: source?.description ?? "")
            let kind = kind ?? (section == .difficultiesAndProposals ? (isProposal(item) ? .proposals : .difficulties) : section)
            if kind == .proposals {
                proposals.append(entry)
            } else {
                difficulties.append(entry)
            }
        }
    }

    /// An item that opens with a proposal's words ("Đề nghị Sở …", "Kiến nghị …").
    func isProposal(_ item: String) -> Bool {
        let tokens = Tokenizer.tokenize(String(item.prefix(60)))
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
        return v.sections.match(tokens, at: first)?.value == .proposals
    }

    /// "(1) …; (2) …" or "1) …; 2) …" written on one line become separate items; bullets on
    /// separate lines of one cell too. Plain scanning of UTF-8 bytes (every mark looked for is
    /// ASCII), no shared Regex.
    func splitInline(_ text: String) -> [String] {
        let chars = Array(text.utf8)
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        // Starts of "(n)" or "n)" enumerators at the line start or after a separator.
        var starts: [(marker: Int, content: Int)] = []
        var k = 0
        while k < chars.count {
            let atStart = k == 0 || chars[k - 1] == 0x20 || chars[k - 1] == 0x3B || chars[k - 1] == 0x2E || chars[k - 1] == 0x0A
            if atStart {
                var j = k
                if chars[j] == 0x28 { j += 1 }
                let digitsStart = j
                while j < chars.count, isDigit(chars[j]), j - digitsStart < 2 { j += 1 }
                if j > digitsStart, j < chars.count, chars[j] == 0x29 {
                    var c = j + 1
                    while c < chars.count, chars[c] == 0x20 { c += 1 }
                    starts.append((k, c))
                    k = c
                    continue
                }
            }
            k += 1
        }
        guard starts.count >= 2 else {
            let parts = text.nonEmptyLines.map(String.init).filter { !$0.trimmed().isEmpty }
            return parts.isEmpty ? [text] : parts
        }
        var out: [String] = []
        for (n, st) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].marker : chars.count
            out.append(String(decoding: chars[st.content..<max(st.content, end)], as: UTF8.self))
        }
        return out
    }

    // MARK: Narrative

    mutating func handleText(_ line: Line) {
        let text = line.text
        guard section != .closing else { return }
        // A plan group heading ("1. Tuyên truyền, nâng cao nhận thức …") first: its words are
        // close to its tasks' titles.
        // A code, if any, stands near the start: look for it once.
        let leadRefs = TaskReferenceParser.references(in: text, within: 80)
        let leadRef = leadRefs.first
        let heading = groupHeading(line, leadRef: leadRef)
        if case .some(.some(let g)) = heading {
            group = g
            current = nil
            // "1. Công tác tuyên truyền (nhiệm vụ tại điểm a khoản 1 Mục II)": a heading that
            // names one task of the plan starts that task.
            let refs = TaskReferenceParser.references(in: text)
            if refs.count == 1, let code = code(refs[0].group, refs[0].letter) { begin(code) }
            return
        }
        if let code = taskStart(line, leadRefs: leadRefs) {
            begin(code)
        } else if let ref = leadRef, ref.offset <= 60,
                  VietText.fold(String(text.prefix(ref.offset + 12))).containsBytes("nhiem vu") {
            // "Nhiệm vụ 2.k" names a task the plan does not have.
            current = nil
            findings.append(Finding(severity: .warning, code: "task-unknown",
                message: "Báo cáo nêu nhiệm vụ “\(ref.group).\(ref.letter)” không có trong Kế hoạch; nội dung này chưa được tổng hợp.",
                source: line.firstLocation?.description))
            return
        } else if let g = heading {
            group = g
            current = nil
            return
        } else if section == .results || section == .appendix, looksLikeItemHeading(text) {
            // "- Khảo sát chất lượng …: Phòng đã …" starts a new item; when its title names no
            // task clearly, its figures must not run into the task above.
            current = nil
            noteUnmatchedTask(String(stripEnumerator(text).prefix(while: { $0 != ":" })), line)
        } else if section != .closing, section != .plans, isSubheading(line) {
            // "Về áp dụng hệ thống quản lý chất lượng tại cơ quan:" in bold: a heading of the
            // unit's own that names no task clearly ends the passage above.
            current = nil
            noteUnmatchedTask(String(text.dropLast()), line)
            return
        }
        guard let code = current else {
            if section == .results || section == .appendix { noteUnplacedFigures(text, line) }
            return
        }
        absorb(text, into: code, location: line.firstLocation)
    }

    /// A line that begins a task: an explicit code near its start ("Nhiệm vụ II.1.a:", "Thực
    /// hiện nhiệm vụ 1.a", "điểm d khoản 2 Mục II"), a plan-numbered item "a) …" under a group
    /// heading, or a short heading that names a task by its title.
    func taskStart(_ line: Line, leadRefs: [TaskReference]) -> String? {
        let text = line.text
        let leadRef = leadRefs.first
        if let ref = leadRef, ref.offset <= 60 {
            if let code = code(ref.group, ref.letter) { return code }
        }
        // A heading that names its task at its end: "2. Kiểm tra chất lượng … (điểm a khoản 5
        // Mục II)", "Về nhiệm vụ phối hợp kiểm tra (nhiệm vụ 5.c):". One reference, no figures.
        let wordCount = text.spaceSeparatedCount
        if wordCount <= 40, line.isBold || wordCount <= 30 || text.hasSuffix(":") || text.hasSuffix(")") {
            // The references found within the first 80 characters are all there are in a
            // line that short.
            let refs = text.utf8.count <= 80 ? leadRefs : TaskReferenceParser.references(in: text)
            if refs.count == 1, let code = code(refs[0].group, refs[0].letter),
               v.figures(in: Tokenizer.tokenize(text)).found.isEmpty {
                return code
            }
        }
        // "a) Tổ chức …" or an automatic list label "a)".
        var letter: String?
        var title = text
        if let label = line.listLabel, let l = label.lowercased().first, label.count <= 3, TaskReferenceParser.letters.contains(String(l)) {
            letter = String(l)
        } else if !text.dropFirst(3).isEmpty {
            let chars = Array(text.prefix(3))
            if chars[0].isLetter, chars[1] == ")" || (chars[1] == "." && chars[2] == " "),
               TaskReferenceParser.letters.contains(String(chars[0]).lowercased()) {
                letter = String(chars[0]).lowercased()
                title = String(text.dropFirst(2))
            }
        }
        if let letter {
            let titlePart = String(title.prefix(while: { $0 != ":" }).prefix(300))
            if let g = group, let code = code(g, letter) {
                let ranked = x.titles.rank(titlePart, group: g)
                if let top = ranked.first, top.code == code || (ranked.first(where: { $0.code == code })?.score ?? 0) >= 0.12 {
                    _ = top
                    return code
                }
            }
            return x.titles.best(titlePart, threshold: 0.45)
        }
        // A heading-like line (bold, short, or ending with ":") naming a task by title, or a
        // "title: result" paragraph ("1.1. Tổ chức các lớp tập huấn …: Ủy ban nhân dân …").
        // Only where results are reported: titles and headers above them are not tasks.
        // A report with no results heading at all starts its items right after the opening:
        // there, a bold or colon-ended heading may name a task too — not the title or the
        // opening sentence, which cite the report, the plan or the directive.
        guard section == .results || section == .appendix || section == nil && (line.isBold || text.hasSuffix(":")) && !citesThePlan(text)
        else { return nil }
        let words = text.spaceSeparatedCount
        let body = stripEnumerator(text)
        if words <= 60, line.isBold || text.hasSuffix(":") || words <= 30 {
            let titlePart = String(body[..<(body.unicodeScalars.firstIndex(of: ":") ?? body.endIndex)])
            if let best = x.titles.best(titlePart, group: group, threshold: 0.5) { return best }
        }
        if let colon = body.unicodeScalars.firstIndex(of: ":"), body.unicodeScalars.distance(from: body.startIndex, to: colon) <= 400 {
            let titlePart = String(body[..<colon])
            if titlePart.spaceSeparatedCount >= 4, let best = x.titles.best(titlePart, group: group, threshold: 0.45) {
                return best
            }
        }
        return nil
    }

    /// A bold line ending with ":" of a few words, no figures, not a label ("Kết quả thực
    /// hiện:", "Tiến độ:"): a heading.
    func isSubheading(_ line: Line) -> Bool {
        let text = line.text
        guard line.isBold, text.hasSuffix(":"), line.cells.count == 1 else { return false }
        let words = text.spaceSeparatedCount
        guard words >= 4, words <= 40 else { return false }
        let tokens = Tokenizer.tokenize(text)
        guard v.figures(in: tokens).found.isEmpty else { return false }
        return v.statusLabels.match(tokens, at: 0) == nil && v.sections.match(tokens, at: 0) == nil
    }

    func citesThePlan(_ text: String) -> Bool {
        let f = VietText.fold(String(text.prefix(300)))
        return f.containsBytes("bao cao") || f.containsBytes("ke hoach") || f.containsBytes("chi thi") || f.containsBytes("kinh gui")
    }

    /// "1. Tuyên truyền, nâng cao nhận thức …" — a plan group heading — or the unit's own
    /// numbered heading ("2. Kết quả thực hiện các nhiệm vụ cụ thể"), which ends a passage.
    func groupHeading(_ line: Line, leadRef: TaskReference?) -> Int?? {
        let text = line.text
        // The number's "." or ")" is among the first five characters: look there only before
        // trimming a copy of the whole line.
        let ts = text.unicodeScalars
        var k = ts.startIndex
        while k < ts.endIndex, ScalarClass.isWhitespace(ts[k]) { k = ts.index(after: k) }
        var steps = 0
        while k < ts.endIndex, steps <= 4, ts[k] != ".", ts[k] != ")" { k = ts.index(after: k); steps += 1 }
        guard k < ts.endIndex, steps <= 4 else { return nil }
        let trimmed = text.trimmed()
        guard let dot = trimmed.firstIndex(where: { $0 == "." || $0 == ")" }),
              trimmed.distance(from: trimmed.startIndex, to: dot) <= 4 else { return nil }
        let head = String(trimmed[..<dot])
        let number = Int(head) ?? romanValue(head)
        guard let n = number else { return nil }
        if let ref = leadRef, ref.offset <= 12 { return nil }
        let rest = String(trimmed[trimmed.index(after: dot)...])
        guard rest.spaceSeparatedCount <= 40 else { return nil }
        if let best = x.groupTitles.rank(rest).first, best.score >= 0.3, Int(best.code) == n { return .some(n) }
        if x.groups[n] != nil, let best = x.groupTitles.rank(rest).first, Int(best.code) == n, best.score >= 0.15 { return .some(n) }
        // The unit's own numbered heading ends a passage; a numbered point with figures
        // inside a passage does not.
        let words = rest.spaceSeparatedCount
        if (words <= 15 || line.isBold), v.figures(in: Tokenizer.tokenize(rest)).found.isEmpty { return .some(nil) }
        return nil
    }

    /// A bulleted or numbered paragraph of the form "title: content", with a title of a few
    /// words: the way units start a new item of their report.
    func looksLikeItemHeading(_ text: String) -> Bool {
        guard let first = text.first, "-+•–*●▪".contains(first) || first.isNumber || text.hasPrefix("(") else { return false }
        let body = stripEnumerator(text)
        guard let colon = body.unicodeScalars.firstIndex(of: ":") else { return false }
        let title = body[..<colon]
        let words = title.spaceSeparatedCount
        guard words >= 4, words <= 40, !title.contains(where: \.isNumber) else { return false }
        // "Kết quả thực hiện: …", "Tình hình thực hiện: …" are parts of the item above.
        return v.statusLabels.match(Tokenizer.tokenize(String(title)), at: 0) == nil
    }

    func code(_ group: Int, _ letter: String) -> String? {
        let code = "II.\(group).\(letter)"
        return x.tasksByCode[code] != nil ? code : nil
    }

    mutating func begin(_ code: String) {
        current = code
        if builders[code] == nil { builders[code] = EntryBuilder(code: code); order.append(code) }
    }

    /// Reads figures and status from a passage of prose about `code`. Figures of the passage
    /// are staged in `pending` and committed by `commitPassage`.
    mutating func absorb(_ text: String, into code: String, location: Location?, skip: Set<IndicatorID> = []) {
        let b = builders[code]!
        let tokens = Tokenizer.tokenize(text)
        let (found, unplaced) = v.figures(in: tokens)
        for f in found where !skip.contains(f.indicator) {
            pending.append((f.indicator, f.value, location, f.phrase))
        }
        if pendingAutoCommit { commitPassage(to: b) }
        for u in unplaced {
            findings.append(Finding(severity: .warning, code: "amount-unplaced",
                                    message: "Số tiền “\(u.phrase)” của nhiệm vụ \(code) không rõ là tiền xử phạt hay kinh phí; chưa được tổng hợp.",
                                    source: location?.description))
        }
        if let s = v.status(in: tokens) { setStatus(s, on: b, location: location) }
        b.texts.append(text)
        if let location { b.sources.append(location.description) }
    }

    /// Adds the staged figures of one passage (a paragraph, a table row) to the entry. A
    /// passage that restates figures the entry already has from another passage — the
    /// narrative repeating its appendix row — adds nothing; separate passages add up.
    mutating func commitPassage(to b: EntryBuilder) {
        defer { pending.removeAll() }
        guard !pending.isEmpty else { return }
        var signature: [IndicatorID: Double] = [:]
        for f in pending { signature[f.id, default: 0] += f.value }
        if b.passageSignatures.contains(signature) {
            findings.append(Finding(severity: .info, code: "figures-restated",
                message: "Số liệu của nhiệm vụ \(b.code) được nêu lại ở nhiều chỗ trong báo cáo; chỉ tính một lần.",
                source: pending.first?.location?.description))
            return
        }
        b.passageSignatures.insert(signature)
        for f in pending { add(f.id, f.value, to: b, location: f.location, text: f.text) }
    }

    func add(_ id: IndicatorID, _ value: Double, to b: EntryBuilder, location: Location?, text: String) {
        let src = FigureSource(location: location?.description ?? "", text: text, value: value)
        if b.figures[id] != nil {
            // In place: a copy out of the dictionary and back copied every source each time,
            // quadratic in the figures of one indicator (a long paragraph of figures).
            b.figures[id]!.value += value
            b.figures[id]!.sources.append(src)
        } else {
            b.figures[id] = Figure(value: value, sources: [src])
        }
    }

    func setStatus(_ s: TaskStatus, on b: EntryBuilder, location: Location?) {
        // The first stated status stands; later rows of the same task repeat it or are notes.
        if b.status == nil { b.status = s; b.statusSource = location?.description }
    }

    mutating func noteUnplacedFigures(_ text: String, _ line: Line) {
        let (found, _) = v.figures(in: Tokenizer.tokenize(text))
        guard !found.isEmpty else { return }
        let list = found.map(\.phrase).joined(separator: "; ")
        findings.append(Finding(severity: .warning, code: "figure-without-task",
                                message: "Số liệu “\(list)” không gắn với nhiệm vụ nào của Kế hoạch; chưa được tổng hợp.",
                                source: line.firstLocation?.description))
    }

    // MARK: Tables

    /// A layout table: the Quốc hiệu header block or the "Nơi nhận" / signature block.
    func isLayoutTable(_ line: Line) -> Bool {
        // The marks of these blocks stand at the start of their cells.
        let f = VietText.fold(line.cells.map { String($0.text.prefix(60)) }.joined(separator: " "))
        return f.containsBytes("cong hoa xa hoi chu nghia") || f.containsBytes("doc lap - tu do") || f.hasPrefix("noi nhan")
            || f.containsBytes(" noi nhan:") || f.containsBytes("tm. uy ban") || f.containsBytes("kt. chu tich")
    }

    /// The roles of a header row's columns, when at least two cells are known headers and one
    /// of them says where the task or indicator is.
    func tableHeader(_ line: Line) -> TableContext? {
        guard line.cells.count >= 2 else { return nil }
        var t = TableContext()
        for cell in line.cells where !cell.continued {
            guard let (role, scale) = columnRole(cell.text) else { continue }
            if t.roles[cell.column] == nil {
                t.roles[cell.column] = role
                if let scale { t.scales[cell.column] = scale }
            }
            if cell.span > 1 { for c in (cell.column + 1)..<(cell.column + cell.span) { t.spanned.insert(c) } }
        }
        guard t.roles.count >= 2 else { return nil }
        let roles = Array(t.roles.values)
        let anchored = roles.contains(.task) || roles.contains(.indicatorName) || roles.contains(.sequence)
            || roles.contains(where: { if case .indicator = $0 { return true } else { return false } })
        guard anchored else { return nil }
        t.headerRows = 1
        return t
    }

    /// A header cell's role: the longest vocabulary phrase in it, with any money scale written
    /// in it ("Số tiền xử phạt (triệu đồng)").
    func columnRole(_ text: String) -> (ColumnRole, Double?)? {
        // At most 80 characters (scalars: NFC text has one per character); not counted past 80.
        guard text.utf8.count <= 80 || text.unicodeScalars.prefix(81).count <= 80 else { return nil }
        var scale: Double?
        let tokens = Tokenizer.tokenize(text)
        for m in v.moneyScales.matches(in: tokens) { scale = max(scale ?? 0, m.value) }
        var best: (ColumnRole, Int)?
        var i = 0
        while i < tokens.count {
            if let m = v.columns.match(tokens, at: i) {
                let length = m.words
                // Prefer a phrase at the start of the cell, then the longest.
                let weight = length * 2 + (i == 0 ? 1 : 0)
                if best == nil || weight > best!.1 { best = (m.value, weight) }
            }
            i += 1
        }
        let words = tokens.filter { $0.kind == .word }.count
        // "Số lượng lớp", "Số mẫu thử nghiệm": "số (lượng)" and a noun that counts an indicator
        // in prose, when no header phrase says more.
        if best == nil || best?.0 == .value, tokens.first?.folded == "so" {
            let k = tokens.count > 1 && tokens[1].folded == "luong" ? 2 : 1
            if let m = v.counts.match(tokens, at: k), words <= 12 { return (.indicator(m.value), scale) }
        }
        // A header that is a status phrase and nothing else ("Đang thực hiện"): a tick column.
        if words <= 5, let status = v.statuses.wholeMatch(text) { return (.statusFlag(status), nil) }
        guard let (role, _) = best else { return nil }
        // A long sentence that merely contains "kết quả" is not a header.
        if words > 12 { return nil }
        return (role, scale)
    }

    /// The task a table row is about: a code in the sequence/code column or at the start of
    /// the task column, a letter under a roman group row, or the task column's title.
    func rowTask(_ line: Line, _ t: TableContext) -> String? {
        let seqCols = Set(t.roles.filter { $0.value == .sequence || $0.value == .code }.map(\.key))
        let taskCol = t.column(.task) ?? t.column(.indicatorName)
        for cell in line.cells where seqCols.contains(cell.column) {
            if let ref = TaskReferenceParser.references(in: cell.text).first, let c = code(ref.group, ref.letter) { return c }
            let s = cell.text.trimmed(" .)")
            if s.count == 1, TaskReferenceParser.letters.contains(s.lowercased()), let g = group, let c = code(g, s.lowercased()) { return c }
        }
        if let tc = taskCol, let cell = line.cells.first(where: { $0.column == tc }) {
            let refs = TaskReferenceParser.references(in: cell.text)
            if let ref = refs.first, ref.offset <= 40, let c = code(ref.group, ref.letter) { return c }
            // "Phối hợp kiểm tra … (điểm c khoản 5)": the one reference, in parentheses.
            if refs.count == 1, let ref = refs.first, Self.inParentheses(cell.text, at: ref.offset), let c = code(ref.group, ref.letter) { return c }
            if t.isIndicatorSheet {
                // In an indicator sheet a task row is numbered "1", "2" (not "-" or "2.1") and
                // its name is not an indicator, a status label or a "Kết quả: …" line.
                let seq = seqCols.compactMap { c in line.cells.first(where: { $0.column == c })?.text }.first ?? ""
                guard !seq.isEmpty, seq.allSatisfy({ $0.isNumber || $0 == "." }), !seq.utf8.dropLast().contains(UInt8(ascii: ".")),
                      indicatorOf(cell.text) == nil else { return nil }
                let tokens = Tokenizer.tokenize(cell.text)
                if v.statusLabels.match(tokens, at: 0) != nil { return nil }
            }
            let titlePart = String(cell.text.prefix(while: { $0 != ":" }).prefix(400))
            if let best = x.titles.best(titlePart, group: group, threshold: 0.35) { return best }
            if group != nil, let best = x.titles.best(titlePart, threshold: 0.5) { return best }
        }
        return nil
    }

    mutating func handleRow(_ line: Line, _ t: TableContext) {
        let seqCol = t.column(.sequence) ?? t.column(.code)
        let taskCol = t.column(.task) ?? t.column(.indicatorName)
        let seqText = seqCol.flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        let taskText = taskCol.flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        // Totals are sums of rows already read.
        let totalText = taskText.isEmpty ? seqText : taskText
        if totalText.utf8.count <= 40, v.totalRows.contains(VietText.words(totalText).joined(separator: " ")) { return }
        // A group row: "II | Tổ chức triển khai …" (roman), or "2 | <title spanning the
        // row>". The plan's group is taken when the title agrees with the number.
        let taskCell = taskCol.flatMap { c in line.cells.first(where: { $0.column == c }) }
        let seqNumber = romanValue(seqText) ?? Int(seqText.trimmed(". "))
        if let n = seqNumber, rowTaskByCode(line, t) == nil,
           romanValue(seqText) != nil || (taskCell?.span ?? 1) >= 2 {
            let ranked = x.groupTitles.rank(taskText)
            if x.groups[n] != nil, romanValue(seqText) != nil || ranked.first(where: { Int($0.code) == n }).map({ $0.score >= 0.2 }) == true {
                group = n
            } else if let top = ranked.first, top.score >= 0.35 {
                group = Int(top.code)
            } else {
                group = nil
            }
            current = nil
            return
        }
        if let code = rowTask(line, t) {
            begin(code)
        } else if t.isIndicatorSheet {
            // Indicator rows ("- | Số cuộc kiểm tra | Cuộc | 2") belong to the task above; a
            // numbered row that names no known task ends it.
            let seq = seqText.trimmed(". ")
            if !seq.isEmpty, seq.allSatisfy(\.isNumber), !taskText.isEmpty, indicatorOf(taskText) == nil,
               v.statusLabels.match(Tokenizer.tokenize(taskText), at: 0) == nil {
                current = nil
                noteUnmatchedTask(taskText, line)
                return
            }
        } else if seqText.isEmpty || line.cells.first?.continued == true {
            // A continuation row of the task above (merged STT cell left blank).
        } else {
            current = nil
            if !taskText.isEmpty { noteUnmatchedTask(taskText, line) }
            return
        }
        guard let code = current else { return }
        let b = builders[code]!
        var fromColumns = Set<IndicatorID>()
        if t.isIndicatorSheet {
            if current == code, rowTask(line, t) != nil {
                statusFromShortCells(line, t, b)
                return
            }
            indicatorRow(line, t, b, &fromColumns)
            return
        }
        pendingAutoCommit = false
        defer { pendingAutoCommit = true; commitPassage(to: b) }
        for cell in line.cells where !cell.continued {
            guard let role = t.roles[cell.column] else { continue }
            if case .indicator(let id) = role, let value = cellNumber(cell, scale: t.scales[cell.column] ?? 1, money: id.isMoney) {
                pending.append((id, value, cell.location, cell.text))
                fromColumns.insert(id)
            }
        }
        for cell in line.cells {
            let role = t.roles[cell.column]
            if role == .status, let s = v.cellStatus(cell.text) { setStatus(s, on: b, location: cell.location) }
            if case .statusFlag(let s)? = role, Self.isTick(cell.text) { setStatus(s, on: b, location: cell.location) }
        }
        if t.column(.status) == nil || b.status == nil { statusFromShortCells(line, t, b) }
        for cell in line.cells where !cell.continued && (t.roles[cell.column] == .result || t.roles[cell.column] == .value) {
            absorb(cell.text, into: code, location: cell.location, skip: fromColumns)
        }
        if t.column(.result) == nil, let tc = taskCol, let cell = line.cells.first(where: { $0.column == tc && !$0.continued }) {
            // Task column with the result written after the title ("Nhiệm vụ 2.h: … Kết quả: …").
            let cs = cell.text.unicodeScalars
            if let colon = cs.firstIndex(of: ":"), cs.distance(from: cs.startIndex, to: colon) > 20 {
                absorb(String(cell.text[cs.index(after: colon)...]), into: code, location: cell.location, skip: fromColumns)
            } else {
                b.sources.append(cell.location.description)
            }
        }
    }

    /// A short cell that is only a status, wherever the unit put it ("Ghi chú" column, the
    /// last column of a task row): "Chưa tổ chức thực hiện", "Hoàn thành".
    func statusFromShortCells(_ line: Line, _ t: TableContext, _ b: EntryBuilder) {
        for cell in line.cells where t.roles[cell.column] != .task && t.roles[cell.column] != .indicatorName {
            let tokens = Tokenizer.tokenize(cell.text)
            guard tokens.filter({ $0.kind == .word }).count <= 8, !tokens.contains(where: { $0.kind == .number }) else { continue }
            if let m = v.statuses.matches(in: tokens).first { setStatus(m.value, on: b, location: cell.location); return }
        }
    }

    /// Whether an opening parenthesis stands shortly before scalar `offset` ("(điểm c …",
    /// "(nhiệm vụ 5.c"), with no closing one in between.
    static func inParentheses(_ text: String, at offset: Int) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(offset))
        for s in scalars.suffix(14).reversed() {
            if s == ")" { return false }
            if s == "(" { return true }
        }
        return false
    }

    /// A mark in a tick column: "x", "X", "✓", "✔", "v", "1".
    static func isTick(_ text: String) -> Bool {
        ["x", "X", "✓", "✔", "✗", "v", "V", "1", "+", "●"].contains(text.trimmed())
    }

    func rowTaskByCode(_ line: Line, _ t: TableContext) -> String? {
        for cell in line.cells {
            if let ref = TaskReferenceParser.references(in: cell.text).first, ref.offset <= 20, let c = code(ref.group, ref.letter) { return c }
        }
        return nil
    }

    /// A row of an indicator sheet: "Số lượt người tham gia | Lượt | 2", "Tiến độ thực hiện | |
    /// Đang triển khai", or a prose row "Kết quả thực hiện: …".
    mutating func indicatorRow(_ line: Line, _ t: TableContext, _ b: EntryBuilder, _ fromColumns: inout Set<IndicatorID>) {
        guard let nameCol = t.column(.indicatorName),
              let name = line.cells.first(where: { $0.column == nameCol }) else { return }
        let valueCell = t.column(.value).flatMap { c in line.cells.first(where: { $0.column == c }) }
            ?? line.cells.last(where: { $0.column > nameCol && t.roles[$0.column] != .measureUnit && t.roles[$0.column] != .note })
        let unitText = t.column(.measureUnit).flatMap { c in line.cells.first(where: { $0.column == c })?.text } ?? ""
        let nameTokens = Tokenizer.tokenize(name.text)
        // "Tiến độ thực hiện | Đang triển khai"
        if let label = v.statusLabels.match(nameTokens, at: 0), label.end >= nameTokens.count - 1 || nameTokens.count <= 4 {
            if let vc = valueCell, let s = v.cellStatus(vc.text) { setStatus(s, on: b, location: vc.location) }
            return
        }
        if let vc = valueCell, vc.location != name.location, let id = indicatorOf(name.text) {
            var scale = 1.0
            for m in v.moneyScales.matches(in: Tokenizer.tokenize(unitText + " " + name.text)) { scale = max(scale, m.value) }
            if let value = cellNumber(vc, scale: scale, money: id.isMoney) {
                add(id, value, to: b, location: vc.location, text: "\(name.text) = \(vc.text) \(unitText)".trimmed())
                fromColumns.insert(id)
            }
            return
        }
        absorb(name.text, into: b.code, location: name.location)
        if let vc = valueCell, vc.location != name.location, let s = v.cellStatus(vc.text) { setStatus(s, on: b, location: vc.location) }
        statusFromShortCells(line, t, b)
    }

    /// The indicator an indicator-row name or a column header names.
    func indicatorOf(_ text: String) -> IndicatorID? {
        guard case .indicator(let id)? = columnRole(text)?.0 else { return nil }
        return id
    }

    /// A cell's number: a stored number, or text written the Vietnamese way ("1.250",
    /// "15,5"). Blank and "-" are no value; "0" is a value.
    func cellNumber(_ cell: Line.Cell, scale: Double, money: Bool) -> Double? {
        var value: Double?
        if case .number(let d)? = cell.value { value = d }
        else {
            let t = cell.text.trimmed()
            let tokens = Tokenizer.tokenize(t)
            guard let first = tokens.first, first.kind == .number else { return nil }
            // "15,5 triệu đồng" written in the cell itself.
            var factor = 1.0
            if tokens.count > 1, let s = v.moneyScales.match(tokens, at: 1) { factor = s.value }
            guard tokens.count == 1 || factor != 1 || tokens.dropFirst().allSatisfy({ $0.kind == .word }) else { return nil }
            value = factor != 1 ? Vocabulary.amount(first.raw, scaled: factor).map { $0 / scale } : VietNumber.parse(first.raw)
        }
        guard let v = value else { return nil }
        let scaled = v * scale
        return money ? scaled.rounded() : scaled
    }

    mutating func noteUnmatchedTask(_ text: String, _ line: Line) {
        let short = text.count > 120 ? String(text.prefix(117)) + "…" : text
        findings.append(Finding(severity: .warning, code: "task-unmatched",
                                message: "Không xác định được nhiệm vụ của Kế hoạch cho dòng “\(short)”; nội dung dòng này chưa được tổng hợp.",
                                source: line.firstLocation?.description))
    }

    // MARK: Results

    func entries() -> [Entry] {
        order.compactMap { code in
            guard let b = builders[code] else { return nil }
            return Entry(task: code, status: b.status ?? .unknown, statusSource: b.statusSource, indicators: b.figures,
                         text: b.texts.joined(separator: "\n"), sources: b.sources)
        }
    }
}
