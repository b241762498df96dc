import DocumentModel
import VietText

/// Builds the task catalogue from the plan document itself (DOCX through the OOXML reader,
/// or Markdown through `MarkdownDocument`), so that next year's plan is onboarded from its
/// own text, whatever its shape. The words it looks for are data (`PlanReading`,
/// plan-reading.yaml).
///
/// 1. The body is cut into top-level sections at Roman-numbered headings ("III. …", typed or
///    Word "upperRoman" numbering) and annex headings ("PHỤ LỤC …").
/// 2. The tasks section is the first whose heading has a task word (nhiệm vụ, giải pháp,
///    nội dung) and no review word (kết quả, đánh giá: last year's review), whatever its
///    number; when it yields nothing, the other sections and the annex tables are tried.
/// 3. In a section, numbered items at any depth form an outline: "1." / "1)", "1.1.",
///    "1.1.1", "a)", "Nhiệm vụ 1:", Word automatic numbering (Word cannot number "đ", so a
///    numbered letter item takes the next letter of the Vietnamese order and a typed label
///    always wins), and "-"/"+"/"•" bullets (read once as text of the item above and once
///    as items; the reading with more complete tasks wins).
/// 4. An item is a task when field lines follow it, or its own text carries them: labels
///    (chủ trì / thực hiện / phối hợp / thời gian / thời hạn / sản phẩm) in any order, each
///    on its line or several on one line ("Đơn vị chủ trì: …; thời hạn: …"), or in brackets.
///    Its code is the prefix (`taskCodes`) and the item numbers from the outermost level.
/// 5. A table whose header row names a task column and a lead or schedule column
///    (STT | Nội dung nhiệm vụ | Cơ quan chủ trì | …, any order and wording) gives one task
///    per numbered row; rows of one merged text (or a Roman/upper-letter number) are groups.
/// Everything else before an item's first field line continues its text: a page-break
/// footnote block in the middle of a task ("---", footnote definitions) is set aside and the
/// text on both sides is rejoined. Footnote definitions ("<sup>1</sup> …" in Markdown,
/// "1 Quyết định …" in DOCX) are collected from the section; markers in task text become the
/// task's references and are removed from its text.
public enum CatalogueImporter {
    public static func importCatalogue(from document: Document, units: UnitRegistry, reading: PlanReading) -> (Catalogue, [Diagnostic]) {
        let sections = Section.split(document.body, reading: reading)
        var tried: [(Section, [Draft], [Diagnostic], [Int: String])] = []
        func attempt(_ s: Section) -> (drafts: [Draft], diagnostics: [Diagnostic], footnotes: [Int: String]) {
            var best: (drafts: [Draft], diagnostics: [Diagnostic], footnotes: [Int: String])? = nil
            for mode in [BulletMode.text, .items] {
                var parser = SectionParser(reading: reading, section: s, bullets: mode)
                parser.run()
                let r = (parser.drafts, parser.diagnostics, parser.footnotes)
                if best == nil || score(r.0, r.1) > score(best!.0, best!.1) { best = r }
            }
            return best!
        }
        func score(_ drafts: [Draft], _ diagnostics: [Diagnostic]) -> (Int, Int) {
            (drafts.filter { $0.lead != nil && $0.schedule != nil }.count, -diagnostics.filter { $0.severity >= .warning }.count)
        }
        // The task sections by heading words first, then the annexes' tables, then any section.
        let byWords = sections.filter { !$0.isAnnex && $0.holdsTasks(reading) }
        let annexes = sections.filter(\.isAnnex)
        let others = sections.filter { s in !byWords.contains(where: { $0.index == s.index }) && !s.isAnnex }
        var chosen: (Section, [Draft], [Diagnostic], [Int: String])? = nil
        for s in byWords + annexes + others {
            let r = attempt(s)
            tried.append((s, r.drafts, r.diagnostics, r.footnotes))
            if r.drafts.contains(where: { $0.lead != nil }) { chosen = (s, r.drafts, r.diagnostics, r.footnotes); break }
        }
        var finisher = Finisher(units: units)
        guard let (section, drafts, diagnostics, footnotes) = chosen else {
            let headings = sections.map { "“\($0.heading.prefix(60))”" }.joined(separator: ", ")
            finisher.warn("no-tasks", "Không tìm thấy nhiệm vụ nào trong kế hoạch: không mục nào (\(headings.isEmpty ? "không có mục đánh số La Mã" : headings)) có mục con kèm dòng “Cơ quan chủ trì”, “Thời gian thực hiện”, và không có bảng “STT | Nội dung nhiệm vụ | Cơ quan chủ trì | …”.", nil, .error)
            return (Catalogue(tasks: []), finisher.diagnostics)
        }
        finisher.diagnostics = diagnostics
        finisher.footnotes = footnotes
        if !(byWords.first.map { $0.index == section.index } ?? false) || section.label != "II" {
            finisher.warn("tasks-section", "Các nhiệm vụ được đọc từ \(section.isAnnex ? "phụ lục" : "mục \(section.label ?? "")") “\(section.heading.prefix(80))”.", section.location, .info)
        }
        // An annex's tasks take the annex prefix; tasks of a plan without Roman sections take
        // no section prefix (their numbering starts at the top level).
        let prefix = section.isAnnex || section.label != nil ? reading.prefix(sectionLabel: section.label)
            : (reading.codePrefix == "section" ? "" : reading.prefix(sectionLabel: nil))
        return finisher.finish(drafts, prefix: prefix)
    }

    /// Body paragraphs in reading order (table cells included: some plans are laid out in tables).
    static func paragraphs(_ blocks: [Block]) -> [Paragraph] {
        var out: [Paragraph] = []
        for b in blocks {
            switch b {
            case .paragraph(let p): out.append(p)
            case .table(let t): for r in t.rows { for c in r.cells { out += paragraphs(c.blocks) } }
            }
        }
        return out
    }

    enum BulletMode { case text, items }

    /// One task as read, before its units and schedule are resolved.
    struct Draft {
        var path: [String]
        var group: Int
        var groupTitle: String
        var textParts: [String]
        var lead: (label: String, text: String)?
        var partners: String?
        var schedule: String?
        var product: String?
        var location: Location
    }

    /// A top-level part of the plan: a Roman-numbered section or an annex.
    struct Section {
        enum Item { case paragraph(Paragraph), table(Table) }
        var index: Int
        /// "III" (nil for the text before the first section and for an unnumbered annex).
        var label: String?
        var heading: String
        var isAnnex: Bool
        var location: Location?
        var items: [Item] = []

        func holdsTasks(_ reading: PlanReading) -> Bool {
            let w = " " + VietText.words(heading).joined(separator: " ") + " "
            return reading.taskSectionWords.contains { w.contains(" \($0) ") } && !reading.reviewSectionWords.contains { w.contains(" \($0) ") }
        }

        static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

        static func split(_ body: [Block], reading: PlanReading) -> [Section] {
            var sections = [Section(index: 0, label: nil, heading: "", isAnnex: false, location: nil)]
            func add(_ item: Item) { sections[sections.count - 1].items.append(item) }
            func visit(_ blocks: [Block]) {
                for b in blocks {
                    switch b {
                    case .table(let t):
                        if TableReader.isTaskTable(t, reading) { add(.table(t)) } else { for r in t.rows { for c in r.cells { visit(c.blocks) } } }
                    case .paragraph(let p):
                        let text = stripEmphasis(VietText.collapseWhitespace(p.text))
                        if let m = text.wholeMatch(of: /(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s+(.+)/), p.list == nil || p.style.headingLevel != nil {
                            sections.append(Section(index: sections.count, label: String(m.1), heading: String(m.2), isAnnex: false, location: p.location))
                        } else if let list = p.list, list.format == "upperRoman", let label = list.label,
                                  let m = label.wholeMatch(of: /(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[.)]?/) {
                            sections.append(Section(index: sections.count, label: String(m.1), heading: text, isAnnex: false, location: p.location))
                        } else if p.list == nil, p.style.headingLevel != nil || p.isBold || p.alignment == .center || text == text.uppercased(),
                                  isAnnexHeading(text, reading) {
                            sections.append(Section(index: sections.count, label: nil, heading: text, isAnnex: true, location: p.location))
                        } else {
                            add(.paragraph(p))
                        }
                    }
                }
            }
            visit(body)
            return sections
        }

        static func isAnnexHeading(_ text: String, _ reading: PlanReading) -> Bool {
            let w = VietText.words(text)
            guard w.count <= 16 else { return false }
            let joined = w.joined(separator: " ")
            return reading.annexWords.contains { joined == $0 || joined.hasPrefix($0 + " ") }
        }
    }

    /// The outline of one section: numbered items at any depth, their text and fields.
    struct SectionParser {
        let reading: PlanReading
        let section: Section
        let bullets: BulletMode
        var drafts: [Draft] = []
        var diagnostics: [Diagnostic] = []
        var footnotes: [Int: String] = [:]

        struct Node {
            var kind: String
            var component: [String]
            var parent: Int?
            var textParts: [String]
            var lead: (label: String, text: String)?
            var partners: String?
            var schedule: String?
            var product: String?
            var fieldsStarted = false
            var location: Location
            var lastLetter: Int? = nil
            var bulletCount = 0
            var order: Int
        }
        var nodes: [Node] = []
        var stack: [Int] = []
        var rootLastLetter: Int? = nil
        var rootBulletCount = 0
        var tableDrafts: [Draft] = []

        init(reading: PlanReading, section: Section, bullets: BulletMode) {
            self.reading = reading
            self.section = section
            self.bullets = bullets
        }

        mutating func warn(_ code: String, _ message: String, _ location: Location?, _ severity: Diagnostic.Severity = .warning) {
            diagnostics.append(Diagnostic(severity: severity, code: code, message: message, location: location))
        }

        mutating func run() {
            for item in section.items {
                switch item {
                case .paragraph(let p): read(p)
                case .table(let t):
                    var reader = TableReader(reading: reading, table: t)
                    reader.run()
                    tableDrafts += reader.drafts
                    diagnostics += reader.diagnostics
                }
            }
            finish()
        }

        enum Marker {
            case number([Int])
            case letter(Character?, typed: Bool)
            case bullet(String)
            case word(Int)

            var kind: String {
                switch self {
                case .number(let n): return "n\(n.count)"
                case .letter: return "letter"
                case .bullet(let b): return "b" + b
                case .word: return "word"
                }
            }
        }

        /// The item marker of a paragraph and the text after it.
        func marker(_ p: Paragraph, _ text: String) -> (Marker, String)? {
            if let list = p.list {
                let label = list.label ?? ""
                switch list.format {
                case "decimal", "decimalZero":
                    let nums = label.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
                    if !nums.isEmpty { return (.number(nums), text) }
                case "bullet":
                    return (.bullet("•"), text)
                default:
                    if list.format.lowercased().contains("letter") || isLetterLabel(label) {
                        let l = label.first(where: \.isLetter).map { Character(String($0).lowercased()) }
                        return (.letter(l, typed: false), text)
                    }
                }
            }
            if let m = text.wholeMatch(of: /(\d{1,2})[.)]\s+(.+)/) { return (.number([Int(m.1)!]), String(m.2)) }
            if let m = text.wholeMatch(of: /(\d{1,2}(?:\.\d{1,2})+)\.?\s+(.+)/) {
                return (.number(m.1.split(separator: ".").compactMap { Int($0) }), String(m.2))
            }
            if let m = text.wholeMatch(of: /([a-zA-ZđĐ])\)\s+(.+)/) { return (.letter(Character(String(m.1).lowercased()), typed: true), String(m.2)) }
            if let m = text.wholeMatch(of: /([a-zđ])\.\s+(.+)/) { return (.letter(Character(String(m.1)), typed: true), String(m.2)) }
            if let m = text.wholeMatch(of: /(.{2,24}?)\s+(\d{1,2})\s*[:.)–-]\s*(.+)/),
               reading.itemWords.contains(VietText.words(String(m.1)).joined(separator: " ")) {
                return (.word(Int(m.2)!), String(m.3))
            }
            if let m = text.wholeMatch(of: /([-+•–*])\s+(.+)/) { return (.bullet(String(m.1)), String(m.2)) }
            return nil
        }

        mutating func read(_ p: Paragraph) {
            let text = stripEmphasis(VietText.collapseWhitespace(p.text))
            guard !text.isEmpty, !text.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "*" }) else { return }
            if let (n, body) = CatalogueImporter.footnoteDefinition(text, p) {
                footnotes[n] = body
                return
            }
            let m = marker(p, text)
            // Field lines: "- Cơ quan chủ trì: …", "Đơn vị chủ trì: …; thời hạn: …".
            let fieldText: String
            if let m, case .bullet = m.0 { fieldText = m.1 } else { fieldText = text }
            let parsed = FieldParser(reading: reading).parse(fieldText)
            if !parsed.fields.isEmpty, parsed.leading.isEmpty {
                guard let i = stack.last else {
                    warn("field-outside-task", "Dòng “\(fieldText.prefix(80))” không thuộc nhiệm vụ nào; đã bỏ qua.", p.location)
                    return
                }
                attach(parsed.fields, to: i, p.location)
                return
            }
            if let (marker, body) = m, !(bullets == .text && { if case .bullet = marker { return true } else { return false } }()) {
                push(marker, body, p)
                let inline = FieldParser(reading: reading).parse(body)
                if !inline.fields.isEmpty, !inline.leading.isEmpty {
                    nodes[stack.last!].textParts = [inline.leading]
                    attach(inline.fields, to: stack.last!, p.location)
                }
                return
            }
            // Continuation of the current item's text (across page-break footnotes).
            if let i = stack.last {
                if nodes[i].fieldsStarted {
                    warn("stray-paragraph", "Đoạn “\(text.prefix(60))” sau các dòng của mục \(label(i)) không thuộc trường nào; đã bỏ qua.", p.location, .info)
                } else {
                    nodes[i].textParts.append(text)
                }
            }
        }

        func label(_ i: Int) -> String { path(i).joined(separator: ".") }

        func path(_ i: Int) -> [String] {
            var out: [String] = []
            var j: Int? = i
            while let k = j { out = nodes[k].component + out; j = nodes[k].parent }
            return out
        }

        mutating func attach(_ fields: [FieldParser.Field], to i: Int, _ location: Location) {
            nodes[i].fieldsStarted = true
            for f in fields {
                switch f.role {
                case .lead:
                    if nodes[i].lead != nil { warn("duplicate-field", "Mục \(label(i)) có hai dòng cơ quan chủ trì.", location) }
                    nodes[i].lead = (f.label, f.value)
                case .partners:
                    nodes[i].partners = nodes[i].partners.map { $0 + ", " + f.value } ?? f.value
                case .schedule:
                    if nodes[i].schedule != nil { warn("duplicate-field", "Mục \(label(i)) có hai dòng thời gian thực hiện.", location) }
                    nodes[i].schedule = f.value
                case .product:
                    nodes[i].product = nodes[i].product.map { $0 + "; " + f.value } ?? f.value
                default: break
                }
            }
        }

        mutating func push(_ marker: Marker, _ text: String, _ p: Paragraph) {
            let kind = marker.kind
            if let at = stack.lastIndex(where: { nodes[$0].kind == kind }) {
                stack.removeSubrange(at...)
            } else if case .number(let n) = marker {
                // "2." after "1.1.": back to the level of its depth.
                if let at = stack.firstIndex(where: { nodes[$0].kind.hasPrefix("n") && (Int(nodes[$0].kind.dropFirst()) ?? 0) >= n.count }) {
                    stack.removeSubrange(at...)
                }
            }
            let parent = stack.last
            var component: [String]
            switch marker {
            case .number(let n):
                let above = stack.filter { nodes[$0].kind.hasPrefix("n") && (Int(nodes[$0].kind.dropFirst()) ?? 0) < n.count }.count
                component = n.suffix(max(1, n.count - above)).map(String.init)
            case .letter(let letter, let typed):
                let last = parent.map { nodes[$0].lastLetter } ?? rootLastLetter
                let expected = last.map { $0 + 1 } ?? 0
                var index: Int
                if typed, let letter, let i = TaskCode.letters.firstIndex(of: letter) {
                    index = i
                    if i != expected {
                        warn("item-order", "Mục \(letter)) không theo thứ tự chữ cái (chờ \(TaskCode.letters[min(expected, TaskCode.letters.count - 1)]))).", p.location, .info)
                    }
                } else {
                    // Word numbering: the next letter in Vietnamese order, whatever Word shows.
                    index = expected
                    if let letter, letter == "a" { index = 0 }
                    if let letter, let i = TaskCode.letters.firstIndex(of: letter), i != index {
                        warn("numbering-label", "Nhãn tự động \(letter)) được đọc là \(TaskCode.letters[min(index, TaskCode.letters.count - 1)])) theo thứ tự chữ cái tiếng Việt.", p.location, .info)
                    }
                }
                guard index < TaskCode.letters.count else {
                    warn("item-letter", "Không xác định được chữ cái của mục “\(text.prefix(60))”.", p.location)
                    return
                }
                if let parent { nodes[parent].lastLetter = index } else { rootLastLetter = index }
                component = [String(TaskCode.letters[index])]
            case .bullet:
                var n: Int
                if let parent { nodes[parent].bulletCount += 1; n = nodes[parent].bulletCount } else { rootBulletCount += 1; n = rootBulletCount }
                component = [String(n)]
            case .word(let n):
                component = [String(n)]
            }
            nodes.append(Node(kind: kind, component: component, parent: parent, textParts: [text], location: p.location, order: nodes.count))
            stack.append(nodes.count - 1)
        }

        mutating func finish() {
            for (i, n) in nodes.enumerated() where n.fieldsStarted {
                let path = path(i)
                var root = i
                while let p = nodes[root].parent { root = p }
                let grouped = path.count >= 2
                drafts.append(Draft(
                    path: path, group: grouped ? groupNumber(path[0]) : 0,
                    groupTitle: grouped ? cleanValue(nodes[root].textParts.joined(separator: " ")) : "",
                    textParts: n.textParts, lead: n.lead, partners: n.partners, schedule: n.schedule, product: n.product,
                    location: n.location))
            }
            // A node without fields that is not above a task: text no task took.
            for (i, n) in nodes.enumerated() where !n.fieldsStarted && !nodes.contains(where: { m in m.fieldsStarted && isAncestor(i, of: m) }) {
                if nodes.contains(where: \.fieldsStarted) {
                    warn("item-without-fields", "Mục \(label(i)) “\(n.textParts.first?.prefix(60) ?? "")” không có dòng cơ quan chủ trì, thời gian thực hiện; không được coi là nhiệm vụ.", n.location, bullets == .items ? .warning : .info)
                }
            }
            drafts += tableDrafts
        }

        func isAncestor(_ i: Int, of node: Node) -> Bool {
            var j = node.parent
            while let k = j { if k == i { return true }; j = nodes[k].parent }
            return false
        }
    }

    static func groupNumber(_ component: String) -> Int {
        if let n = Int(component) { return n }
        return (component.first.flatMap { TaskCode.letters.firstIndex(of: $0) } ?? -1) + 1
    }

    /// Field labels in a line: "Cơ quan chủ trì: X", "Đơn vị chủ trì: X; thời hạn: Y",
    /// "Task text (chủ trì: X; phối hợp: Y)". A label counts only right after the start of the
    /// line or a separator, and only when its words are exactly a known label.
    struct FieldParser {
        let reading: PlanReading

        struct Field {
            var role: PlanReading.Role
            /// As written, first letter upper case ("Cơ quan chủ trì").
            var label: String
            var value: String
        }

        func parse(_ text: String) -> (leading: String, fields: [Field]) {
            let chars = Array(text)
            var found: [(start: Int, valueStart: Int, role: PlanReading.Role, label: String)] = []
            let separators: Set<Character> = [";", "(", ".", ",", "–", "—", "\n", "[", "/"]
            for (c, ch) in chars.enumerated() where ch == ":" {
                var s = c - 1
                while s >= 0, !separators.contains(chars[s]) { s -= 1 }
                var start = s + 1
                var labelText = String(chars[start..<c])
                // A bullet or dash before the label.
                let trimmed = labelText.drop(while: { $0 == " " || $0 == "-" || $0 == "+" || $0 == "•" || $0 == "*" })
                start += labelText.count - trimmed.count
                labelText = VietText.collapseWhitespace(String(trimmed))
                guard !labelText.isEmpty, labelText.count <= 40, let role = reading.field(label: labelText) else { continue }
                found.append((s + 1, c + 1, role, labelText.prefix(1).uppercased() + labelText.dropFirst()))
            }
            guard !found.isEmpty else { return (text, []) }
            var fields: [Field] = []
            for (k, f) in found.enumerated() {
                let end = k + 1 < found.count ? found[k + 1].start : chars.count
                var value = String(chars[f.valueStart..<end])
                value = VietText.collapseWhitespace(value)
                while let l = value.last, l == "." || l == ";" || l == "," || l == " " { value.removeLast() }
                // The closing bracket of "(chủ trì: …)".
                if value.hasSuffix(")") && value.filter({ $0 == "(" }).count < value.filter({ $0 == ")" }).count { value.removeLast() }
                if k + 1 < found.count { while let l = value.last, l == ";" || l == "," || l == "." || l == " " || l == "(" || l == "-" { value.removeLast() } }
                fields.append(Field(role: f.role, label: f.label, value: cleanValue(value)))
            }
            var leading = VietText.collapseWhitespace(String(chars[0..<found[0].start]))
            while let l = leading.last, l == "(" || l == "-" || l == ":" || l == " " || l == "[" { leading.removeLast() }
            return (VietText.collapseWhitespace(leading), fields)
        }
    }

    /// A task table: header row by column roles, group rows, one task per numbered row.
    struct TableReader {
        let reading: PlanReading
        let table: Table
        var drafts: [Draft] = []
        var diagnostics: [Diagnostic] = []

        init(reading: PlanReading, table: Table) {
            self.reading = reading
            self.table = table
        }

        static func isTaskTable(_ t: Table, _ reading: PlanReading) -> Bool {
            header(t, reading) != nil
        }

        /// The header row index and column of each role (first three rows looked at; a
        /// second header row fills the columns the first leaves without a role).
        static func header(_ t: Table, _ reading: PlanReading) -> (row: Int, columns: [PlanReading.Role: Int])? {
            for r in 0..<min(3, t.rows.count) {
                var roles: [PlanReading.Role: Int] = [:]
                for c in t.rows[r].cells {
                    if let role = reading.columnRole(header: c.text), roles[role] == nil { roles[role] = c.column }
                }
                if roles[.task] != nil, roles[.lead] != nil || roles[.schedule] != nil {
                    var last = r
                    if r + 1 < t.rows.count {
                        for c in t.rows[r + 1].cells {
                            if let role = reading.columnRole(header: c.text), role != .task, role != .number {
                                roles[role] = c.column
                                last = r + 1
                            }
                        }
                    }
                    return (last, roles)
                }
            }
            return nil
        }

        func text(_ row: TableRow, _ column: Int?) -> String {
            guard let column else { return "" }
            // Only the cell that starts at the column: a merged group title spanning the
            // lead column is not a lead.
            let cell = row.cells.first { $0.column == column }
            return VietText.collapseWhitespace(cell?.text ?? "")
        }

        mutating func run() {
            guard let (headerRow, cols) = TableReader.header(table, reading) else { return }
            let leadHeader = table.rows[min(headerRow, table.rows.count - 1)].cells.first { $0.column == cols[.lead] }
                .map { VietText.collapseWhitespace($0.text) }
                ?? table.rows[0].cells.first { $0.column == cols[.lead] }.map { VietText.collapseWhitespace($0.text) } ?? "Cơ quan chủ trì"
            var group: (number: Int, title: String)? = nil
            var groupCount = 0
            var ordinal = 0
            for row in table.rows.dropFirst(headerRow + 1) {
                let values = row.cells.map { VietText.collapseWhitespace($0.text) }.filter { !$0.isEmpty }
                guard !values.isEmpty else { continue }
                // "(1) (2) (3)" or "1 2 3 4": the column numbering row.
                if values.count >= 3, values.allSatisfy({ $0.wholeMatch(of: /\(?\d{1,2}\)?/) != nil }) { continue }
                let number = text(row, cols[.number])
                let task = text(row, cols[.task])
                let lead = text(row, cols[.lead])
                let schedule = text(row, cols[.schedule])
                let location = row.cells.first?.blocks.first.map(blockLocation) ?? table.location
                let romanOrUpper = number.wholeMatch(of: /([IVX]+|[A-Z])\.?/) != nil
                if Set(values).count == 1 || (lead.isEmpty && schedule.isEmpty && (romanOrUpper || number.isEmpty) && !task.isEmpty && row.cells.contains { $0.columnSpan > 1 }) || (romanOrUpper && lead.isEmpty) {
                    // A group row: "I | Tuyên truyền …" or one merged cell "1. Tuyên truyền …".
                    groupCount += 1
                    var title = values.count == 1 ? values[0] : (task.isEmpty ? values.last! : task)
                    var n = groupCount
                    if let roman = TaskCode.romanValue(number.filter { $0 != "." }) { n = roman }
                    else if let m = title.wholeMatch(of: /([IVX]+|\d{1,2})[.)]\s+(.+)/) {
                        n = TaskCode.romanValue(String(m.1)) ?? Int(m.1) ?? n
                        title = String(m.2)
                    } else if let u = number.first, u.isUppercase, let i = TaskCode.letters.firstIndex(of: Character(u.lowercased())) { n = i + 1 }
                    group = (n, cleanValue(title))
                    ordinal = 0
                    continue
                }
                guard !task.isEmpty else { continue }
                ordinal += 1
                var path: [String]
                let nums = number.split(separator: ".").map(String.init).filter { !$0.isEmpty }
                if nums.count >= 2, nums.allSatisfy({ Int($0) != nil }) {
                    path = nums.map { String(Int($0)!) }
                } else {
                    let own = Int(number.filter(\.isNumber)).map(String.init) ?? String(ordinal)
                    path = (group.map { [String($0.number)] } ?? []) + [own]
                }
                if lead.isEmpty, schedule.isEmpty, number.isEmpty, var last = drafts.popLast() {
                    // A row continuing the task above.
                    last.textParts.append(task)
                    drafts.append(last)
                    continue
                }
                let partners = text(row, cols[.partners])
                let product = text(row, cols[.product])
                drafts.append(Draft(
                    path: path, group: path.count >= 2 ? CatalogueImporter.groupNumber(path[0]) : 0,
                    groupTitle: path.count >= 2 ? (group?.title ?? "") : "", textParts: [task],
                    lead: lead.isEmpty ? nil : (leadHeader.prefix(1).uppercased() + leadHeader.dropFirst(), lead),
                    partners: partners.isEmpty || ["-", "–", "x"].contains(partners) ? nil : partners,
                    schedule: schedule.isEmpty ? nil : schedule, product: product.isEmpty ? nil : product, location: location))
            }
        }

        func blockLocation(_ b: Block) -> Location {
            switch b {
            case .paragraph(let p): return p.location
            case .table(let t): return t.location
            }
        }
    }

    /// "<sup>2</sup> Quyết định …" (as superscript digits after Markdown conversion), or
    /// DOCX's "2 Quyết định …": a number, then a capitalised legal reference.
    static func footnoteDefinition(_ text: String, _ p: Paragraph) -> (Int, String)? {
        let sup = text.prefix(while: { MarkdownDocument.superscriptDigits.contains($0) })
        if !sup.isEmpty {
            let n = Int(String(sup.map { Character(String(MarkdownDocument.superscriptDigits.firstIndex(of: $0)!)) }))!
            return (n, VietText.collapseWhitespace(String(text.dropFirst(sup.count))))
        }
        if let m = text.wholeMatch(of: /<sup>(\d+)<\/sup>\s*(.+)/) { return (Int(m.1)!, VietText.collapseWhitespace(String(m.2))) }
        if p.list == nil, let m = text.wholeMatch(of: /(\d{1,2})\s+((?:Quyết định|Kế hoạch|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Luật|Chương trình|Đề án|Công văn|Văn bản)\s.+)/) {
            return (Int(m.1)!, VietText.collapseWhitespace(String(m.2)))
        }
        return nil
    }

    /// Drafts → tasks: codes, units, schedules, references; every problem with its place.
    struct Finisher {
        let units: UnitRegistry
        var footnotes: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []

        init(units: UnitRegistry) {
            self.units = units
        }

        mutating func warn(_ code: String, _ message: String, _ location: Location?, _ severity: Diagnostic.Severity = .warning) {
            diagnostics.append(Diagnostic(severity: severity, code: code, message: message, location: location))
        }

        mutating func finish(_ drafts: [Draft], prefix: String) -> (Catalogue, [Diagnostic]) {
            var tasks: [PlanTask] = []
            var seen = Set<TaskCode>()
            for d in drafts {
                guard let code = TaskCode(prefix: prefix, path: d.path) else {
                    warn("task-code", "Không tạo được mã nhiệm vụ từ số thứ tự “\(d.path.joined(separator: "."))”.", d.location, .error)
                    continue
                }
                if !seen.insert(code).inserted {
                    warn("duplicate-task", "Mã nhiệm vụ \(code) xuất hiện hai lần.", d.location, .error)
                    continue
                }
                var text = d.textParts.map { cleanValue($0, keepPeriod: true) }.joined(separator: " ")
                let refs = extractReferences(&text)
                guard let lead = d.lead else {
                    warn("missing-lead", "Nhiệm vụ \(code) không có dòng “Cơ quan chủ trì/thực hiện”.", d.location, .error)
                    continue
                }
                let leadIDs = resolveUnits(lead.text, code, "cơ quan chủ trì", d.location)
                let partnerIDs = d.partners.map { resolveUnits($0, code, "cơ quan phối hợp", d.location) } ?? []
                let schedule = Schedule.parse(d.schedule ?? "")
                if d.schedule == nil {
                    warn("missing-schedule", "Nhiệm vụ \(code) không có dòng “Thời gian thực hiện”.", d.location, .error)
                } else if case .unparsed(let raw) = schedule {
                    warn("unparsed-schedule", "Không hiểu thời gian thực hiện “\(raw)” của nhiệm vụ \(code).", d.location, .error)
                }
                tasks.append(PlanTask(
                    code: code, group: d.group, groupTitle: d.groupTitle, text: text, lead: leadIDs, partners: partnerIDs,
                    leadText: lead.text, leadLabel: lead.label, partnersText: d.partners, schedule: schedule, references: refs,
                    product: d.product))
            }
            if tasks.isEmpty {
                warn("no-tasks", "Không tìm thấy nhiệm vụ nào có cơ quan chủ trì trong kế hoạch.", nil, .error)
            }
            return (Catalogue(tasks: tasks), diagnostics)
        }

        /// Removes footnote markers from a task's text and returns them as references.
        func extractReferences(_ text: inout String) -> [PlanReference] {
            var refs: [PlanReference] = []
            var out = ""
            let chars = Array(text)
            var i = 0
            while i < chars.count {
                let ch = chars[i]
                var marker: Int? = nil
                var length = 0
                if MarkdownDocument.superscriptDigits.contains(ch) {
                    var j = i
                    var n = 0
                    while j < chars.count, let d = MarkdownDocument.superscriptDigits.firstIndex(of: chars[j]) { n = n * 10 + d; j += 1 }
                    marker = n; length = j - i
                } else if ch.isASCII, ch.isNumber, i > 0, chars[i - 1] == ")" || (chars[i - 1].isLetter && !chars[i - 1].isASCII) || chars[i - 1].isLowercase {
                    // DOCX keeps the marker as a plain number glued to the previous character.
                    var j = i
                    while j < chars.count, chars[j].isASCII, chars[j].isNumber { j += 1 }
                    let after = j < chars.count ? chars[j] : " "
                    if j - i <= 2, after == " " || after == "," || after == "." || after == ";" || after == ":",
                       let n = Int(String(chars[i..<j])), footnotes[n] != nil {
                        marker = n; length = j - i
                    }
                }
                if let n = marker {
                    let note = footnotes[n]
                    // "(Chương trình 1322, Kế hoạch 36)¹": the parenthesis names what the note is about.
                    var labels: [String] = []
                    if out.hasSuffix(")"), let open = out.lastIndex(of: "(") {
                        let inner = out[out.index(after: open)..<out.index(before: out.endIndex)]
                        labels = inner.split(separator: ",").map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
                    }
                    if labels.isEmpty, let note { labels = derivedLabels(note) }
                    if labels.isEmpty { labels = ["Chú thích \(n)"] }
                    for l in labels { refs.append(PlanReference(label: l, footnote: n, footnoteText: note)) }
                    i += length
                    continue
                }
                out.append(ch)
                i += 1
            }
            text = VietText.collapseWhitespace(out)
            return refs
        }

        /// "Kế hoạch số 2339/KH-SKHCN …" → ["Kế hoạch 2339"].
        func derivedLabels(_ note: String) -> [String] {
            guard let m = note.firstMatch(of: /(Quyết định|Kế hoạch|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Chương trình|Đề án|Công văn)\s+số\s+(\d+)/) else { return [] }
            return ["\(m.1) \(m.2)"]
        }

        /// Unit ids and group tokens named by a lead or partner line.
        mutating func resolveUnits(_ text: String, _ code: TaskCode, _ what: String, _ location: Location) -> [String] {
            let segments = text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { VietText.collapseWhitespace(String($0)) }.filter { !$0.isEmpty }
            var ids: [String] = []
            func add(_ id: String) { if !ids.contains(id) { ids.append(id) } }
            var i = 0
            outer: while i < segments.count {
                // Longest window of segments first: group phrases contain commas.
                for len in stride(from: min(4, segments.count - i), through: 1, by: -1) {
                    let window = segments[i..<(i + len)].joined(separator: ", ")
                    if let g = CatalogueImporter.groupToken(window) { add(g.rawValue); i += len; continue outer }
                    let resolved = resolveOne(window)
                    if !resolved.isEmpty { resolved.forEach(add); i += len; continue outer }
                }
                let seg = segments[i]
                // "A và B" where neither is a unit name containing "và".
                let parts = seg.split(separator: " và ").map(String.init)
                let viaParts = parts.count > 1 ? parts.map(resolveOne) : []
                if !viaParts.isEmpty, viaParts.allSatisfy({ !$0.isEmpty }) {
                    viaParts.joined().forEach(add)
                } else {
                    let found = units.mentions(in: seg).compactMap(\.unit)
                    if found.isEmpty {
                        warn("unknown-unit", "Không nhận ra đơn vị “\(seg)” (\(what) của nhiệm vụ \(code)); thêm bí danh vào unit-aliases.yaml hoặc sửa trong catalogue.overlay.yaml.", location)
                    } else {
                        found.forEach { add($0.id) }
                        warn("unit-by-mention", "“\(seg)” (\(what) của nhiệm vụ \(code)) được hiểu là \(found.map(\.name).joined(separator: ", ")).", location, .info)
                    }
                }
                i += 1
            }
            return ids
        }

        func resolveOne(_ text: String) -> [String] {
            var t = text
            for prefix in ["các ", "Các ", "và ", "Và "] where t.hasPrefix(prefix) { t = String(t.dropFirst(prefix.count)) }
            let found = units.resolve(t)
            return found.count == 1 ? [found[0].id] : []
        }
    }

    /// The group a phrase stands for: "Các phòng, đơn vị trực thuộc Sở" → group:internal.
    public static func groupToken(_ text: String) -> UnitGroup? {
        let w = VietText.words(text).joined(separator: " ")
        let internalPhrases = ["cac phong don vi truc thuoc so", "cac phong va don vi truc thuoc so", "cac phong don vi thuoc so",
                               "cac don vi truc thuoc so", "cac phong chuc nang va don vi truc thuoc so", "phong don vi truc thuoc so"]
        let communePhrases = ["uy ban nhan dan phuong xa va dac khu", "cac uy ban nhan dan phuong xa va dac khu", "ubnd phuong xa va dac khu",
                              "ubnd cac phuong xa dac khu", "ubnd phuong xa dac khu", "cac dia phuong", "uy ban nhan dan cac phuong xa dac khu",
                              "ubnd xa phuong dac khu", "uy ban nhan dan xa phuong dac khu"]
        let departmentPhrases = ["cac so ban nganh", "cac so ban nganh lien quan", "cac so ban nganh co lien quan", "so ban nganh"]
        if internalPhrases.contains(w) { return .internalUnits }
        if communePhrases.contains(w) { return .communes }
        if departmentPhrases.contains(w) { return .departments }
        return nil
    }
}

/// Removes Markdown emphasis left in text ("**3. Xây dựng …**").
func stripEmphasis(_ s: String) -> String {
    guard s.contains("*") else { return s }
    return VietText.collapseWhitespace(String(s.filter { $0 != "*" }))
}

/// A field value or text without its closing punctuation: "Chi cục … Chất lượng." → "Chi cục … Chất lượng".
func cleanValue(_ s: String, keepPeriod: Bool = false) -> String {
    var t = VietText.collapseWhitespace(s)
    if !keepPeriod {
        while let l = t.last, l == "." || l == ";" || l == "," { t.removeLast() }
    }
    return VietText.collapseWhitespace(t)
}

func isLetterLabel(_ label: String) -> Bool {
    let t = label.filter { $0 != ")" && $0 != "." && $0 != "(" }
    return t.count == 1 && t.first!.isLetter
}
