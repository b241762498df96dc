import DocumentModel
import Foundation

// WordprocessingML → Document. Tracked changes accepted, field results kept and codes dropped,
// a footnote's or an endnote's text read in parentheses where its mark stands (outside tables),
// mc:AlternateContent read through exactly one branch, text boxes as paragraphs after the
// paragraph that anchors them, tables resolved to a grid.

final class DocxReader {
    private let pkg: OPCPackage
    private let mainPart: String
    private var styles = WordStyles()
    private var numbering = WordNumbering()
    private var counters = ListCounters()
    private var diagnostics: [Diagnostic] = []
    // Per story (part):
    private var part = ""
    private var c: XMLCursor!
    private var paragraphCount = 0
    private var tableCount = 0
    private var totalParagraphs = 0
    private var cellStack: [(table: Int, row: Int, column: Int)] = []
    private var legacyNoted = Set<String>()
    // What the read has materialised so far, against `ReadOptions` (all stories together).
    private var textBytes = 0
    private var tableCells = 0
    /// Run formatting a paragraph style gives through its basedOn chain, per style id: asked
    /// for every run, so walked once per style rather than once per run.
    private var styleRunFormatting: [String: (bold: Bool?, italic: Bool?)] = [:]
    /// Each paragraph style's chain and heading level, keyed by the paragraph's style id (nil:
    /// the default style), once `styles` is read.
    private var styleChains: [String?: [WordStyle]] = [:]
    private var styleHeadingLevels: [String?: Int?] = [:]
    /// The text of each footnote, endnote and comment, by its reference mark's name and id
    /// (`noteKey`): read before the body, so that a paragraph knows the notes anchored in it.
    private var noteTexts: [String: String] = [:]
    /// The footnotes and endnotes already read into the text where a mark of theirs stands:
    /// a note marked twice is read once.
    private var notesPlaced: Set<String> = []

    /// The key of a note by the name of the mark that refers to it and its id.
    static func noteKey(_ mark: String, _ id: String) -> String { mark + ":" + id }
    static func nonEmpty(_ texts: [String]) -> [String]? {
        let kept = texts.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept
    }

    init(pkg: OPCPackage, mainPart: String) {
        self.pkg = pkg
        self.mainPart = mainPart
    }

    func read(properties: DocumentProperties) throws -> Document {
        let rels = try pkg.relationships(of: mainPart)
        func target(_ type: String) -> String? {
            rels.first { $0.type == type && !$0.isExternal && pkg.exists($0.target) }?.target
        }
        if let s = target("styles") {
            do { styles = try WordStyles.read(pkg.cursor(s, unreadSubtrees: WordStyles.unreadSubtrees), maxNameCharacters: pkg.options.maxNameCharacters) } catch { try degrade(error, s, "styles") }
        }
        if let n = target("numbering") {
            do {
                numbering = try WordNumbering.read(pkg.cursor(n), maxLabelCharacters: pkg.options.maxListLabelCharacters)
                if numbering.clippedLevels > 0 {
                    note(.warning, "list-label-clipped",
                         "Định dạng đánh số danh sách dài bất thường (hơn \(pkg.options.maxListLabelCharacters) ký tự); số thứ tự của các mục đã được cắt ngắn.",
                         .part(n))
                }
            } catch { try degrade(error, n, "numbering") }
        }
        var doc = Document(kind: .wordprocessing, properties: properties)
        // Notes and comments first: a paragraph of the body names the ones anchored in it.
        var notesRead: [String: [Block]] = [:]
        var notesFailed: Set<String> = []
        for r in rels where !r.isExternal && (r.type == "footnotes" || r.type == "endnotes") && pkg.exists(r.target) {
            let key = ZipArchive.key(r.target)
            guard notesRead[key] == nil, !notesFailed.contains(key) else { continue }
            do {
                notesRead[key] = try noteStory(r.target, mark: r.type == "footnotes" ? "footnoteReference" : "endnoteReference")
            } catch {
                notesFailed.insert(key)
                try degrade(error, r.target, r.type == "footnotes" ? "footnote" : "endnote")
            }
        }
        if let cm = target("comments") {
            do { doc.comments = try comments(cm) } catch { try degrade(error, cm, "comments") }
        }
        doc.body = try story(mainPart)
        // Each story is read once, however many relationships point at it: a header part
        // behind thousands of relationships would otherwise be parsed and copied each time.
        var storiesRead: Set<String> = [ZipArchive.key(mainPart)]
        var repeatedReferences = 0
        for r in rels where !r.isExternal {
            let role: Part.Role
            switch r.type {
            case "header": role = .header
            case "footer": role = .footer
            case "footnotes": role = .footnote
            case "endnotes": role = .endnote
            default: continue
            }
            guard pkg.exists(r.target) else {
                note(.warning, "missing-part", "Thiếu thành phần \(r.target) được tham chiếu trong tài liệu; bỏ qua.", .part(r.target))
                continue
            }
            guard storiesRead.insert(ZipArchive.key(r.target)).inserted else {
                repeatedReferences += 1
                if repeatedReferences == 1 {
                    note(.info, "part-referenced-again",
                         "Thành phần \(r.target) được tham chiếu nhiều lần trong tài liệu; chỉ đọc một lần.", .part(r.target))
                }
                continue
            }
            let key = ZipArchive.key(r.target)
            if notesFailed.contains(key) { continue }
            do {
                let blocks = try notesRead[key] ?? story(r.target)
                doc.furniture.append(Part(role: role, name: r.target, blocks: blocks))
            } catch { try degrade(error, r.target, role.rawValue) }
        }
        doc.diagnostics = diagnostics
        return doc
    }

    /// Security refusals always stop the read; other failures of a secondary part degrade.
    private func degrade(_ error: any Error, _ part: String, _ what: String) throws {
        let r = asRefusal(error, part: part)
        switch r.kind {
        case .malformedXML, .corrupt, .notOfficeDocument:
            note(.warning, "part-skipped", "Không đọc được thành phần \(part) (\(what)); bỏ qua thành phần này.", .part(part))
        default:
            throw r
        }
    }

    private func note(_ severity: Diagnostic.Severity, _ code: String, _ message: String, _ location: Location?) {
        diagnostics.append(Diagnostic(severity: severity, code: code, message: message, location: location))
    }

    /// Counts `bytes` of text about to be kept, refusing the file once `maxTextBytes` is passed.
    private func charge(_ bytes: Int) throws {
        textBytes += bytes
        if textBytes > pkg.options.maxTextBytes {
            throw MaterialisedLimit.text(bytes: pkg.options.maxTextBytes)
                .refusal("more than \(pkg.options.maxTextBytes) bytes of paragraph text", part: part)
        }
    }

    /// The chain of the paragraph style `id` (`WordStyles.chain`), walked once per style: every
    /// paragraph walked its style's chain, and its heading level's chain again, through
    /// dictionary look-ups and a set of the ids seen (9 M on the speed37 round's sample).
    private func styleChain(_ id: String?) -> [WordStyle] {
        if let chain = styleChains[id] { return chain }
        let chain = styles.chain(id)
        styleChains[id] = chain
        return chain
    }

    /// `WordStyles.headingLevel(id)`, once per style.
    private func styleHeadingLevel(_ id: String?) -> Int? {
        if let level = styleHeadingLevels[id] { return level }
        let level = styles.headingLevel(id)
        styleHeadingLevels[id] = .some(level)
        return level
    }

    /// Bold and italic as the paragraph style `id` gives them (first set along its chain).
    private func styleFormatting(_ id: String?) -> (bold: Bool?, italic: Bool?) {
        let key = id ?? ""
        if let f = styleRunFormatting[key] { return f }
        let chain = styles.chain(id)
        let f = (chain.lazy.compactMap(\.bold).first, chain.lazy.compactMap(\.italic).first)
        styleRunFormatting[key] = f
        return f
    }

    // MARK: Stories

    private func begin(_ name: String) throws {
        part = name
        c = try pkg.cursor(name)
        paragraphCount = 0
        tableCount = 0
        cellStack = []
    }

    /// Body, header, footer or notes part.
    private func story(_ name: String) throws -> [Block] {
        try begin(name)
        var blocks: [Block] = []
        try c.document { root in
            switch root.name {
            case "document":
                try c.children(of: root) { e in
                    if e.name == "body" { blocks += try self.blocks(in: e) }
                }
            case "footnotes", "endnotes":
                try c.children(of: root) { e in
                    guard e.name == "footnote" || e.name == "endnote" else { return }
                    if let t = e.attr("type"), t != "normal" { return }  // separators
                    blocks += try self.blocks(in: e)
                }
            default:  // hdr, ftr
                blocks += try self.blocks(in: root)
            }
        }
        return blocks
    }

    private func comments(_ name: String) throws -> [Comment] {
        try begin(name)
        var out: [Comment] = []
        try c.document { root in
            try c.children(of: root) { e in
                guard e.name == "comment" else { return }
                let blocks = try self.blocks(in: e)
                let comment = Comment(id: e.attr("id") ?? "", author: e.attr("author")?.nfc,
                                      text: blocks.map(\.text).joined(separator: "\n"))
                if let id = e.attr("id") { self.noteTexts[Self.noteKey("commentReference", id)] = Self.noteText(blocks) }
                out.append(comment)
            }
        }
        return out
    }

    /// A footnotes or endnotes part: its notes' blocks in order (separators left out), each
    /// note's text kept by its id for the paragraphs that refer to it.
    private func noteStory(_ name: String, mark: String) throws -> [Block] {
        try begin(name)
        var blocks: [Block] = []
        try c.document { root in
            try c.children(of: root) { e in
                guard e.name == "footnote" || e.name == "endnote" else { return }
                if let t = e.attr("type"), t != "normal" { return }  // separators
                let own = try self.blocks(in: e)
                if let id = e.attr("id") { self.noteTexts[Self.noteKey(mark, id)] = Self.noteText(own) }
                blocks += own
            }
        }
        return blocks
    }

    /// A note's text on one line: its blocks joined by spaces, trimmed.
    static func noteText(_ blocks: [Block]) -> String {
        blocks.map(\.text).joined(separator: " ").split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    // MARK: Blocks

    private func blocks(in container: XMLElement) throws -> [Block] {
        var out: [Block] = []
        var carry: Paragraph?
        try c.children(of: container) { e in try self.block(e, into: &out, carry: &carry) }
        flush(&carry, into: &out)
        return out
    }

    private func block(_ e: XMLElement, into out: inout [Block], carry: inout Paragraph?) throws {
        if e.ns == .mc {
            if e.name == "AlternateContent" {
                try alternate(e) { branch in try c.children(of: branch) { try self.block($0, into: &out, carry: &carry) } }
            }
            return
        }
        guard e.ns == .w else { return }
        switch e.name {
        case "p":
            let (p, markDeleted, extra) = try paragraph(e)
            var para = p
            // `paragraph` hands its text over in NFC: only a run-on needs normalizing again.
            let runsOn = carry != nil
            if let previous = carry {
                // The previous paragraph's mark was deleted: it runs on into this one. Appended
                // in place (carry released first, so the text is not copied) and normalized once
                // the run-on ends: a chain of deleted marks costs linear time.
                var text = previous.text
                var fonts = previous.fonts
                carry = nil
                text += para.text
                for f in para.fonts where fonts.count < ParagraphState.maxFonts && !fonts.contains(f) { fonts.append(f) }
                para.text = text
                para.fonts = fonts
                para.location = previous.location
            }
            if markDeleted {
                if !para.text.isEmpty { carry = para }
            } else {
                if runsOn { para.text = para.text.nfc }
                finishList(&para)
                out.append(.paragraph(para))
            }
            out += extra
        case "tbl":
            flush(&carry, into: &out)
            out.append(.table(try table(e)))
        case "sdt":
            try c.children(of: e) { s in
                if s.name == "sdtContent" { try c.children(of: s) { try self.block($0, into: &out, carry: &carry) } }
            }
        case "customXml", "ins", "moveTo", "smartTag":
            try c.children(of: e) { try self.block($0, into: &out, carry: &carry) }
        case "altChunk":
            note(.warning, "unsupported-content",
                 "Tài liệu có nội dung nhúng từ tệp khác (altChunk) không đọc được; phần nội dung này bị bỏ qua.",
                 .paragraph(part: part, index: paragraphCount + 1))
        default:
            break  // del, moveFrom, sectPr, bookmarks, proofErr, …
        }
    }

    /// A paragraph whose mark was deleted but that nothing followed: kept as it is.
    private func flush(_ carry: inout Paragraph?, into out: inout [Block]) {
        guard var p = carry else { return }
        carry = nil
        p.text = p.text.nfc
        finishList(&p)
        out.append(.paragraph(p))
        carry = nil
    }

    /// Reads exactly one branch of mc:AlternateContent: the first mc:Choice, else mc:Fallback.
    private func alternate(_ e: XMLElement, _ read: (XMLElement) throws -> Void) throws {
        var taken = false
        try c.children(of: e) { b in
            guard !taken, b.ns == .mc, b.name == "Choice" || b.name == "Fallback" else { return }
            taken = true
            try read(b)
        }
    }

    // MARK: Paragraphs

    private struct Segment {
        var text: String
        var font: String?
        /// Struck through (w:strike, w:dstrike): words the writer crossed out, as a form's
        /// options that do not apply ("Hoàn thành / ~~Đang thực hiện~~ / ~~Chưa thực hiện~~").
        var struck = false
    }

    private struct ParagraphState {
        var segments: [Segment] = []
        var styleId: String?
        var numId: Int?
        var ilvl: Int?
        var outlineLevel: Int?
        var alignment: Alignment?
        var markDeleted = false
        var fonts: [String] = []
        var textRuns = 0
        var boldRuns = 0
        var italicRuns = 0
        var fields: [Bool] = []  // open complex fields: true once past "separate"
        /// Open fields still in their code part (false entries of `fields`), kept as a count:
        /// asked for every run, and a chain of unclosed fields made the scan quadratic.
        var fieldsInCode = 0
        var extra: [Block] = []  // text boxes anchored in the paragraph
        /// Footnote, endnote and comment marks in the paragraph, keyed as `noteTexts` is.
        var noteMarks: [String] = []
        var inFieldCode: Bool { fieldsInCode > 0 }

        /// Fonts are listed de-duplicated, up to this many per paragraph (a run per font would
        /// otherwise make the de-duplication quadratic); a paragraph in one of the legacy
        /// fonts names it among its first.
        static let maxFonts = 16
        mutating func addFont(_ font: String) {
            if fonts.count < Self.maxFonts, !fonts.contains(font) { fonts.append(font) }
        }
    }

    /// Counts `n` more paragraphs or line breaks, refusing the file past `maxParagraphs`.
    private func countLines(_ n: Int = 1) throws {
        totalParagraphs += n
        if totalParagraphs > pkg.options.maxParagraphs {
            throw MaterialisedLimit.paragraphs(pkg.options.maxParagraphs)
                .refusal("more than \(pkg.options.maxParagraphs) paragraphs and line breaks", part: part)
        }
    }

    private func paragraph(_ e: XMLElement) throws -> (Paragraph, Bool, [Block]) {
        paragraphCount += 1
        try countLines()
        let location: Location = cellStack.last.map { .tableCell(part: part, table: $0.table, row: $0.row, column: $0.column) }
            ?? .paragraph(part: part, index: paragraphCount)
        var st = ParagraphState()
        try c.children(of: e) { child in
            if child.ns == .w, child.name == "pPr" { try self.paragraphProperties(child, &st) } else { try self.inline(child, &st) }
        }
        let chain = styleChain(st.styleId)
        let styleFont = chain.lazy.compactMap(\.font).first ?? styles.defaultFont
        var text = ""
        for seg in Self.uncrossed(st.segments) {
            let font = seg.font ?? styleFont
            if let font, pkg.options.convertLegacyVietnamese, let legacy = LegacyVietnamese.encoding(forFont: font),
               LegacyVietnamese.looksEncoded(seg.text, legacy) {
                text += LegacyVietnamese.convert(seg.text, legacy)
                if !legacyNoted.contains(part) {
                    legacyNoted.insert(part)
                    note(.warning, "legacy-encoding",
                         "Văn bản dùng phông chữ mã cũ \(legacy.rawValue) (\(font)); đã chuyển sang Unicode, đề nghị kiểm tra lại nội dung.",
                         location)
                }
            } else if let font, font.lowercased() == "symbol" {
                // Word keeps Symbol-font characters typed as text in F020–F0FE.
                for u in seg.text.unicodeScalars {
                    if (0xF020...0xF0FE).contains(u.value), let v = SymbolFont.unicode(u.value - 0xF000), let m = Unicode.Scalar(v) {
                        text.unicodeScalars.append(m)
                    } else {
                        text.unicodeScalars.append(u)
                    }
                }
            } else {
                text += seg.text
            }
        }
        let style = ParagraphStyle(
            id: st.styleId, name: st.styleId.flatMap { styles.paragraph[$0]?.name },
            headingLevel: st.outlineLevel.map { (0..<9).contains($0) ? $0 + 1 : nil } ?? styleHeadingLevel(st.styleId))
        var numId = st.numId, ilvl = st.ilvl
        if numId == nil, let s = chain.first(where: { $0.numId != nil }) {
            numId = s.numId
            ilvl = ilvl ?? s.numLevel
        }
        var list: ListItem?
        if let numId, numId != 0 {
            list = ListItem(numberingId: numId, level: ilvl ?? 0, format: "")
        }
        let p = Paragraph(
            text: text.nfc, style: style, list: list,
            alignment: st.alignment ?? chain.lazy.compactMap(\.alignment).first,
            isBold: st.textRuns > 0 && st.boldRuns == st.textRuns,
            isItalic: st.textRuns > 0 && st.italicRuns == st.textRuns,
            fonts: st.fonts, location: location,
            notes: st.noteMarks.isEmpty ? nil : Self.nonEmpty(st.noteMarks.compactMap { noteTexts[$0] }))
        return (p, st.markDeleted, st.extra)
    }

    /// A paragraph's segments without the words crossed out: a form's options struck through
    /// are the ones that do not apply, and the separators beside them go with them ("Hoàn thành
    /// / ~~Đang thực hiện~~ / ~~Không phát sinh~~" reads "Hoàn thành"). A paragraph struck
    /// through as a whole is kept as written (there is nothing else to read).
    private static func uncrossed(_ segments: [Segment]) -> [Segment] {
        func isText(_ s: Segment) -> Bool { s.text.contains { $0.isLetter || $0.isNumber } }
        func crossed(_ s: Segment) -> Bool { s.struck && isText(s) }
        guard segments.contains(where: crossed), segments.contains(where: { !crossed($0) && isText($0) }) else { return segments }
        // One separator ("/", ",", " – ") goes with each option crossed out: the one before
        // it, or else the one after it ("A / ~~B~~ / C" reads "A / C").
        let separators: Set<Character> = ["/", "|", ",", ";", "-", "–", "—"]
        func dropSeparator(_ text: String, atEnd: Bool) -> String? {
            var chars = Array(text)
            func trim() { while let c = atEnd ? chars.last : chars.first, c == " " { if atEnd { chars.removeLast() } else { chars.removeFirst() } } }
            trim()
            guard let c = atEnd ? chars.last : chars.first, separators.contains(c) else { return nil }
            if atEnd { chars.removeLast() } else { chars.removeFirst() }
            trim()
            return String(chars)
        }
        var out = segments
        for i in out.indices where crossed(out[i]) {
            if let j = out[..<i].lastIndex(where: { !crossed($0) }), j == i - 1, let t = dropSeparator(out[j].text, atEnd: true) {
                out[j].text = t
            } else if i + 1 < out.count, !crossed(out[i + 1]), let t = dropSeparator(out[i + 1].text, atEnd: false) {
                out[i + 1].text = t
            }
        }
        return out.filter { !crossed($0) }
    }

    /// Computes the list label once the paragraph is known to be kept.
    private func finishList(_ p: inout Paragraph) {
        guard let item = p.list else { return }
        if let (format, label) = counters.label(numbering: numbering, numId: item.numberingId, ilvl: item.level) {
            p.list?.format = format
            p.list?.label = label?.nfc
        } else {
            p.list = nil  // numId not defined in numbering.xml: Word shows no number
        }
    }

    private func paragraphProperties(_ e: XMLElement, _ st: inout ParagraphState) throws {
        try c.children(of: e) { q in
            guard q.ns == .w else { return }
            switch q.name {
            case "pStyle": st.styleId = q.attr("val")
            case "outlineLvl": st.outlineLevel = q.attr("val").flatMap { Int($0) }
            case "jc": st.alignment = Alignment(ooxml: q.attr("val"))
            case "numPr":
                try c.children(of: q) { n in
                    if n.name == "numId" { st.numId = n.attr("val").flatMap { Int($0) } }
                    if n.name == "ilvl" { st.ilvl = n.attr("val").flatMap { Int($0) } }
                }
            case "rPr":
                try c.children(of: q) { r in
                    if r.ns == .w, r.name == "del" || r.name == "moveFrom" { st.markDeleted = true }
                }
            default: break
            }
        }
    }

    /// Paragraph content: runs and the wrappers around them.
    private func inline(_ e: XMLElement, _ st: inout ParagraphState) throws {
        if e.ns == .mc {
            if e.name == "AlternateContent" {
                try alternate(e) { b in try c.children(of: b) { try self.inline($0, &st) } }
            }
            return
        }
        guard e.ns == .w else { return }  // m:oMath and others carry no w:t
        switch e.name {
        case "r": try run(e, &st)
        case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir":
            try c.children(of: e) { try self.inline($0, &st) }
        case "sdt":
            try c.children(of: e) { s in
                if s.name == "sdtContent" { try c.children(of: s) { try self.inline($0, &st) } }
            }
        default: break  // del, moveFrom, bookmarks, commentRange…, proofErr
        }
    }

    private func run(_ e: XMLElement, _ st: inout ParagraphState) throws {
        var bold: Bool?, italic: Bool?, font: String?, struck = false
        var text = ""
        // Footnotes and endnotes whose marks the run holds, read into the text after it.
        var notesHere: [String] = []
        try c.children(of: e) { r in
            if r.ns == .mc, r.name == "AlternateContent" {
                try alternate(r) { b in try self.textBoxes(in: b, &st) }
                return
            }
            guard r.ns == .w else { return }
            switch r.name {
            case "rPr":
                try c.children(of: r) { p in
                    guard p.ns == .w else { return }
                    switch p.name {
                    case "b": bold = p.isOn
                    case "i": italic = p.isOn
                    case "strike", "dstrike": struck = p.isOn
                    case "rFonts": font = p.attr("ascii") ?? p.attr("hAnsi") ?? p.attr("cs")
                    default: break
                    }
                }
            case "t":
                let t = try c.text(of: r)
                if !st.inFieldCode {
                    try charge(t.utf8.count)
                    // A line feed in the text starts a line as w:br does.
                    let feeds = t.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
                    if feeds > 0 { try countLines(feeds) }
                    text += t
                }
            case "tab", "ptab": if !st.inFieldCode { try charge(1); text += "\t" }
            case "br", "cr": if !st.inFieldCode { try charge(1); try countLines(); text += "\n" }
            case "noBreakHyphen": if !st.inFieldCode { try charge(1); text += "-" }
            case "sym":
                if !st.inFieldCode, let hex = r.attr("char"), var v = UInt32(hex, radix: 16) {
                    if v >= 0xF000 && v <= 0xF0FF { v -= 0xF000 }  // symbol fonts map to F0xx
                    if r.attr("font")?.lowercased() == "symbol", let u = SymbolFont.unicode(v) { v = u }
                    if v >= 0x20, let u = Unicode.Scalar(v) { text.unicodeScalars.append(u) }
                }
            case "fldChar":
                switch r.attr("fldCharType") {
                case "begin":
                    st.fields.append(false)
                    st.fieldsInCode += 1
                case "separate":
                    if let last = st.fields.last, !last {
                        st.fields[st.fields.count - 1] = true
                        st.fieldsInCode -= 1
                    }
                case "end":
                    if let last = st.fields.popLast(), !last { st.fieldsInCode -= 1 }
                default: break
                }
            case "drawing", "pict", "object":
                try textBoxes(in: r, &st)
            case "footnoteReference", "endnoteReference", "commentReference":
                guard let id = r.attr("id") else { break }
                let key = Self.noteKey(r.name, id)
                st.noteMarks.append(key)
                // A footnote or an endnote is text of the report where its mark stands ("… tại
                // các cơ sở¹" with "¹ Tổng số 02 cuộc, 15 cơ sở …"), read as a parenthesis there:
                // a note breaking down the figure its mark follows stays that figure's breakdown. Not a comment
                // (a reviewer's remark, not the text), nor in a table cell (a note there would
                // change the cell: its status is the cell's through `Paragraph.notes`).
                if r.name != "commentReference", cellStack.isEmpty, !st.inFieldCode, !notesPlaced.contains(key),
                   let note = self.noteTexts[key], !note.isEmpty {
                    notesPlaced.insert(key)
                    notesHere.append(note)
                }
            default: break  // delText, instrText, lastRenderedPageBreak, …
            }
        }
        if let font { st.addFont(font) }
        if !text.isEmpty {
            if text.contains(where: { !$0.isWhitespace }) {
                st.textRuns += 1
                let inherited: (bold: Bool?, italic: Bool?) = bold == nil || italic == nil ? styleFormatting(st.styleId) : (nil, nil)
                if bold ?? inherited.bold ?? false { st.boldRuns += 1 }
                if italic ?? inherited.italic ?? false { st.italicRuns += 1 }
            }
            // No copy of the last segment is held while appending: it would make the append
            // copy the segment's text each time (quadratic in runs of one font).
            if !st.segments.isEmpty, st.segments[st.segments.count - 1].font == font, st.segments[st.segments.count - 1].struck == struck {
                st.segments[st.segments.count - 1].text += text
            } else {
                st.segments.append(Segment(text: text, font: font, struck: struck))
            }
        }
        for note in notesHere {
            var inner = Substring(note)
            while let last = inner.last, last == "." || last == ";" || last == "," { inner = inner.dropLast() }
            try charge(inner.utf8.count + 3)
            st.segments.append(Segment(text: " (" + inner + ")", font: nil))
        }
    }

    /// Finds w:txbxContent below a drawing, picture or object and reads its blocks as
    /// paragraphs following the anchoring one.
    private func textBoxes(in e: XMLElement, _ st: inout ParagraphState) throws {
        try c.children(of: e) { d in
            if d.ns == .w, d.name == "txbxContent" {
                st.extra += try self.blocks(in: d)
            } else if d.ns == .mc, d.name == "AlternateContent" {
                try self.alternate(d) { b in try self.textBoxes(in: b, &st) }
            } else if d.ns == .mc {
                return
            } else {
                try self.textBoxes(in: d, &st)
            }
        }
    }

    // MARK: Tables

    private enum VMerge { case none, restart, proceed }
    private struct RawCell {
        var column: Int
        var span: Int
        var vMerge: VMerge
        var blocks: [Block]
        /// Legacy horizontal merge (w:hMerge continue): the cell extends the one before it.
        var continuesLeft = false
        var fill: String? = nil
    }

    private func table(_ e: XMLElement) throws -> Table {
        tableCount += 1
        let number = tableCount
        let location: Location = cellStack.last.map { .tableCell(part: part, table: $0.table, row: $0.row, column: $0.column) }
            ?? .paragraph(part: part, index: paragraphCount + 1)
        var gridColumns = 0
        var raw: [(cells: [RawCell], header: Bool)] = []
        func rowContainer(_ x: XMLElement) throws {
            try c.children(of: x) { r in
                guard r.ns == .w else { return }
                switch r.name {
                case "tblGrid":
                    try c.children(of: r) { g in if g.name == "gridCol" { gridColumns = min(gridColumns + 1, Self.maxTableColumns) } }
                case "tr":
                    raw.append(try self.row(r, table: number, rowNumber: raw.count + 1))
                case "sdt", "sdtContent", "customXml", "ins", "moveTo":
                    try rowContainer(r)
                default: break
                }
            }
        }
        try rowContainer(e)
        // Resolve vertical merges into row spans.
        var rows: [TableRow] = []
        var openMerge: [Int: (row: Int, cell: Int)] = [:]  // grid column → origin
        var width = gridColumns
        for (ri, r) in raw.enumerated() {
            var cells: [TableCell] = []
            for rc in r.cells {
                width = max(width, rc.column + rc.span)
                if rc.vMerge == .proceed, let o = openMerge[rc.column],
                   o.row + rows[o.row].cells[o.cell].rowSpan == ri {
                    rows[o.row].cells[o.cell].rowSpan += 1
                    if rc.blocks.contains(where: { !$0.text.isEmpty }) { rows[o.row].cells[o.cell].blocks += rc.blocks }
                    continue
                }
                cells.append(TableCell(column: rc.column, columnSpan: rc.span, rowSpan: 1, blocks: rc.blocks, fill: rc.fill))
                for col in rc.column..<(rc.column + rc.span) { openMerge[col] = nil }
                if rc.vMerge == .restart || rc.vMerge == .proceed { openMerge[rc.column] = (ri, cells.count - 1 + 0) }
            }
            // Origins recorded above refer to this row's index once it is appended.
            rows.append(TableRow(cells: cells, isHeader: r.header))
        }
        return Table(rows: rows, columnCount: width, location: location)
    }

    /// Grid columns a table may span (Word stops at 63); offsets and spans beyond are clamped.
    static let maxTableColumns = 4_096

    private func row(_ e: XMLElement, table: Int, rowNumber: Int) throws -> (cells: [RawCell], header: Bool) {
        var cells: [RawCell] = []
        var column = 0
        var header = false
        func cellContainer(_ x: XMLElement) throws {
            try c.children(of: x) { t in
                guard t.ns == .w else { return }
                switch t.name {
                case "trPr":
                    try c.children(of: t) { p in
                        if p.name == "tblHeader" { header = p.isOn }
                        if p.name == "gridBefore" {
                            column = min(column + max(0, min(p.attr("val").flatMap { Int($0) } ?? 0, Self.maxTableColumns)), Self.maxTableColumns - 1)
                        }
                    }
                case "tc":
                    let cell = try self.cell(t, table: table, row: rowNumber, column: &column)
                    if cell.continuesLeft, !cells.isEmpty {
                        cells[cells.count - 1].span = min(cells[cells.count - 1].span + cell.span, Self.maxTableColumns - cells[cells.count - 1].column)
                        if cell.blocks.contains(where: { !$0.text.isEmpty }) { cells[cells.count - 1].blocks += cell.blocks }
                    } else {
                        cells.append(cell)
                    }
                case "sdt", "sdtContent", "customXml", "ins", "moveTo":
                    try cellContainer(t)
                default: break
                }
            }
        }
        try cellContainer(e)
        return (cells, header)
    }

    private func cell(_ e: XMLElement, table: Int, row: Int, column: inout Int) throws -> RawCell {
        tableCells += 1
        if tableCells > pkg.options.maxTableCells {
            throw MaterialisedLimit.tableCells(pkg.options.maxTableCells).refusal("more than \(pkg.options.maxTableCells) table cells", part: part)
        }
        var span = 1
        var vMerge = VMerge.none
        var hMergeContinue = false
        var fill: String?
        var blocks: [Block] = []
        var carry: Paragraph?
        let start = min(column, Self.maxTableColumns - 1)
        cellStack.append((table, row, start + 1))
        defer { cellStack.removeLast() }
        try c.children(of: e) { x in
            if x.ns == .w, x.name == "tcPr" {
                try c.children(of: x) { p in
                    switch p.name {
                    case "gridSpan": span = max(1, min(p.attr("val").flatMap { Int($0) } ?? 1, 1000))
                    case "vMerge": vMerge = p.attr("val") == "restart" ? .restart : .proceed
                    case "hMerge": hMergeContinue = p.attr("val") != "restart"
                    // Shading: the fill colour, as SpreadsheetML's keys ("rgb:92D050"); "auto"
                    // and white are no colour a person sees.
                    case "shd":
                        if let f = p.attr("fill"), f.count == 6, f.uppercased() != "FFFFFF", f.lowercased() != "auto" { fill = "rgb:" + f.uppercased() }
                        else if let t = p.attr("themeFill") { fill = "theme:\(t):\(p.attr("themeFillTint") ?? p.attr("themeFillShade") ?? "0")" }
                    default: break
                    }
                }
            } else {
                try self.block(x, into: &blocks, carry: &carry)
            }
        }
        flush(&carry, into: &blocks)
        span = min(span, Self.maxTableColumns - start)
        column = start + span
        return RawCell(column: start, span: span, vMerge: vMerge, blocks: blocks, continuesLeft: hMergeContinue, fill: fill)
    }
}
