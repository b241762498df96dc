import DocumentModel
import VietText

/// Builds the task catalogue from the plan document itself (DOCX through the OOXML reader,
/// or Markdown through `MarkdownDocument`), so that next year's plan is onboarded from its
/// own text.
///
/// What it reads, in section "II." (up to the next Roman-numbered section):
/// - group headings "1. …" (a heading style, bold text, or just the text: the number and
///   the dot decide), with or without "**";
/// - items "a) …" typed, or Word automatic numbering (`Paragraph.list`) whose label is a
///   letter: Word cannot number "đ", so a numbered item takes the next letter of the
///   Vietnamese order after the previous item (a b c d đ e g h i …), and a typed label
///   always wins;
/// - field lines "- Cơ quan chủ trì: …" / "- Cơ quan thực hiện: …" (the lead),
///   "- Cơ quan phối hợp: …", "- Thời gian thực hiện: …";
/// - everything else before an item's first field line continues its text: a page-break
///   footnote block in the middle of a task ("---", footnote definitions) is set aside and
///   the text on both sides is rejoined.
/// Footnote definitions ("<sup>1</sup> …" in Markdown, "1 Quyết định …" in DOCX) are
/// collected from the whole section; markers in task text (superscript digits, or a plain
/// number glued to ")" or a word, as the DOCX has it, when that footnote exists) become
/// the task's references and are removed from its text.
public enum CatalogueImporter {
    public static func importCatalogue(from document: Document, units: UnitRegistry) -> (Catalogue, [Diagnostic]) {
        var state = State(units: units)
        for p in paragraphs(document.body) { state.read(p) }
        state.finishTask()
        return state.finish()
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

    struct Draft {
        var code: TaskCode
        var group: Int
        var groupTitle: String
        var textParts: [String]
        var lead: (label: String, text: String)?
        var partners: String?
        var schedule: String?
        var location: Location
        var fieldsStarted = false
    }

    struct State {
        let units: UnitRegistry
        var section: String? = nil
        var group: Int? = nil
        var groupTitle = ""
        var lastLetter: Int? = nil
        var current: Draft? = nil
        var drafts: [Draft] = []
        var footnotes: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []

        init(units: UnitRegistry) {
            self.units = units
        }

        mutating func warn(_ code: String, _ message: String, _ location: Location?, _ severity: Diagnostic.Severity = .warning) {
            diagnostics.append(Diagnostic(severity: severity, code: code, message: message, location: location))
        }

        mutating func read(_ p: Paragraph) {
            var text = VietText.collapseWhitespace(p.text)
            text = stripEmphasis(text)
            guard !text.isEmpty, !text.allSatisfy({ $0 == "-" || $0 == "_" || $0 == "*" }) else { return }

            // Roman-numbered sections: "II. NHIỆM VỤ VÀ GIẢI PHÁP".
            if let m = text.wholeMatch(of: /(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.+)/), p.list == nil || p.style.headingLevel != nil {
                finishTask()
                section = String(m.1)
                group = nil
                return
            }
            // The same under Word numbering ("upperRoman" label "II.").
            if let list = p.list, list.format == "upperRoman", let label = list.label,
               let m = label.wholeMatch(of: /(I|II|III|IV|V|VI|VII|VIII|IX|X)[.)]?/) {
                finishTask()
                section = String(m.1)
                group = nil
                return
            }
            guard section == "II" else {
                // Footnotes of section II can sit anywhere; only definitions are kept.
                return
            }

            // Footnote definitions.
            if let (n, body) = footnoteDefinition(text, p) {
                footnotes[n] = body
                return
            }

            // Field lines.
            let fieldText = text.hasPrefix("- ") || text.hasPrefix("+ ") || text.hasPrefix("• ") ? String(text.dropFirst(2)) : text
            if let (field, value) = fieldLine(fieldText) {
                guard current != nil else {
                    warn("field-outside-task", "Dòng “\(fieldText)” không thuộc nhiệm vụ nào; đã bỏ qua.", p.location)
                    return
                }
                current!.fieldsStarted = true
                switch field {
                case .lead(let label):
                    if current!.lead != nil { warn("duplicate-field", "Nhiệm vụ \(current!.code) có hai dòng cơ quan chủ trì.", p.location) }
                    current!.lead = (label, value)
                case .partners:
                    current!.partners = current!.partners.map { $0 + ", " + value } ?? value
                case .schedule:
                    if current!.schedule != nil { warn("duplicate-field", "Nhiệm vụ \(current!.code) có hai dòng thời gian thực hiện.", p.location) }
                    current!.schedule = value
                }
                return
            }

            // Group headings "3. Xây dựng, đào tạo …" (typed, or Word decimal numbering).
            if let m = text.wholeMatch(of: /(\d{1,2})\.\s+(.+)/), p.list == nil || p.style.headingLevel != nil {
                startGroup(Int(m.1)!, String(m.2), p)
                return
            }
            if let list = p.list, list.format == "decimal", let label = list.label,
               let n = Int(label.filter(\.isNumber)), p.style.headingLevel != nil || p.isBold {
                startGroup(n, text, p)
                return
            }

            // Items "đ) …" typed, or Word letter numbering.
            if let m = text.wholeMatch(of: /([a-zA-ZđĐ])\)\s+(.+)/) {
                startItem(letter: Character(String(m.1).lowercased()), typed: true, text: String(m.2), p)
                return
            }
            if let list = p.list, list.format.lowercased().contains("letter") || (list.label.map(isLetterLabel) ?? false) {
                let labelLetter = list.label.flatMap { $0.first(where: \.isLetter) }.map { Character(String($0).lowercased()) }
                startItem(letter: labelLetter, typed: false, text: text, p)
                return
            }

            // Continuation of the current task's text (across page-break footnotes).
            if var c = current {
                if c.fieldsStarted {
                    warn("stray-paragraph", "Đoạn “\(text.prefix(60))” sau các dòng của nhiệm vụ \(c.code) không thuộc trường nào; đã bỏ qua.", p.location, .info)
                } else {
                    c.textParts.append(text)
                    current = c
                }
            } else if group != nil {
                warn("stray-paragraph", "Đoạn “\(text.prefix(60))” không thuộc nhiệm vụ nào; đã bỏ qua.", p.location, .info)
            }
        }

        mutating func startGroup(_ n: Int, _ title: String, _ p: Paragraph) {
            finishTask()
            group = n
            groupTitle = cleanValue(title)
            lastLetter = nil
        }

        mutating func startItem(letter: Character?, typed: Bool, text: String, _ p: Paragraph) {
            finishTask()
            guard let g = group else {
                warn("item-outside-group", "Mục “\(text.prefix(60))” nằm ngoài nhóm nhiệm vụ; đã bỏ qua.", p.location)
                return
            }
            let expected = (lastLetter.map { $0 + 1 }) ?? 0
            var index: Int
            if typed, let letter, let i = TaskCode.letters.firstIndex(of: letter) {
                index = i
                if i != expected {
                    warn("item-order", "Mục \(letter)) của nhóm \(g) không theo thứ tự chữ cái (chờ \(TaskCode.letters[min(expected, TaskCode.letters.count - 1)]))).", p.location, .info)
                }
            } else {
                // Word numbering: the next letter in Vietnamese order, whatever Word shows.
                index = expected
                if let letter, letter == "a" { index = 0 }
                if let letter, let i = TaskCode.letters.firstIndex(of: letter), i != index {
                    warn("numbering-label", "Nhãn tự động \(letter)) được đọc là \(TaskCode.letters[min(index, TaskCode.letters.count - 1)])) theo thứ tự chữ cái tiếng Việt.", p.location, .info)
                }
            }
            guard index < TaskCode.letters.count, let code = TaskCode(group: g, letter: TaskCode.letters[index]) else {
                warn("item-letter", "Không xác định được chữ cái của mục “\(text.prefix(60))”.", p.location)
                return
            }
            lastLetter = index
            current = Draft(code: code, group: g, groupTitle: groupTitle, textParts: [text], location: p.location)
        }

        mutating func finishTask() {
            if let c = current { drafts.append(c) }
            current = nil
        }

        /// "<sup>2</sup> Quyết định …" (as superscript digits after Markdown conversion), or
        /// DOCX's "2 Quyết định …": a number, then a capitalised legal reference.
        func footnoteDefinition(_ text: String, _ p: Paragraph) -> (Int, String)? {
            let sup = text.prefix(while: { MarkdownDocument.superscriptDigits.contains($0) })
            if !sup.isEmpty {
                let n = Int(String(sup.map { Character(String(MarkdownDocument.superscriptDigits.firstIndex(of: $0)!)) }))!
                return (n, cleanFootnote(String(text.dropFirst(sup.count))))
            }
            if let m = text.wholeMatch(of: /<sup>(\d+)<\/sup>\s*(.+)/) { return (Int(m.1)!, cleanFootnote(String(m.2))) }
            if p.list == nil, let m = text.wholeMatch(of: /(\d{1,2})\s+((?:Quyết định|Kế hoạch|Nghị quyết|Nghị định|Chỉ thị|Thông tư|Luật|Chương trình|Đề án|Công văn|Văn bản)\s.+)/) {
                return (Int(m.1)!, cleanFootnote(String(m.2)))
            }
            return nil
        }

        func cleanFootnote(_ s: String) -> String { VietText.collapseWhitespace(s) }

        enum Field { case lead(String), partners, schedule }

        func fieldLine(_ text: String) -> (Field, String)? {
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let key = VietText.fold(String(text[..<colon]))
            let value = cleanValue(String(text[text.index(after: colon)...]))
            let label = VietText.collapseWhitespace(String(text[..<colon]))
            switch key {
            case "co quan chu tri", "don vi chu tri", "co quan thuc hien", "don vi thuc hien", "chu tri":
                return (.lead(label.prefix(1).uppercased() + label.dropFirst()), value)
            case "co quan phoi hop", "don vi phoi hop", "phoi hop":
                return (.partners, value)
            case "thoi gian thuc hien", "thoi gian hoan thanh", "thoi han", "thoi gian":
                return (.schedule, value)
            default:
                return nil
            }
        }

        mutating func finish() -> (Catalogue, [Diagnostic]) {
            var tasks: [PlanTask] = []
            var seen = Set<TaskCode>()
            for d in drafts {
                if !seen.insert(d.code).inserted {
                    warn("duplicate-task", "Mã nhiệm vụ \(d.code) xuất hiện hai lần.", d.location, .error)
                    continue
                }
                var text = d.textParts.map { cleanValue($0, keepPeriod: true) }.joined(separator: " ")
                let refs = extractReferences(&text)
                guard let lead = d.lead else {
                    warn("missing-lead", "Nhiệm vụ \(d.code) không có dòng “Cơ quan chủ trì/thực hiện”.", d.location, .error)
                    continue
                }
                let leadIDs = resolveUnits(lead.text, d.code, "cơ quan chủ trì", d.location)
                let partnerIDs = d.partners.map { resolveUnits($0, d.code, "cơ quan phối hợp", d.location) } ?? []
                let schedule = Schedule.parse(d.schedule ?? "")
                if d.schedule == nil {
                    warn("missing-schedule", "Nhiệm vụ \(d.code) không có dòng “Thời gian thực hiện”.", d.location, .error)
                } else if case .unparsed(let raw) = schedule {
                    warn("unparsed-schedule", "Không hiểu thời gian thực hiện “\(raw)” của nhiệm vụ \(d.code).", d.location, .error)
                }
                tasks.append(PlanTask(
                    code: d.code, group: d.group, groupTitle: d.groupTitle, text: text, lead: leadIDs, partners: partnerIDs,
                    leadText: lead.text, leadLabel: lead.label, partnersText: d.partners, schedule: schedule, references: refs))
            }
            if tasks.isEmpty {
                warn("no-tasks", "Không tìm thấy nhiệm vụ nào trong mục II của kế hoạch.", nil, .error)
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
