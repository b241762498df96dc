import DocumentModel
import VietText

// Notes typed as footnotes: a mark glued to a word of the body ("… với doanh nghiệp nhập
// khẩu(1). Nhiệm vụ đã hoàn thành.") and, after the body, a paragraph opened by the same mark
// ("(1) Trong đó: 04 lớp tập huấn …, với 620 lượt đại biểu tham dự."). A clerk who does not
// use Word's footnotes types them so, often under "Ghi chú số liệu:" below the signature's
// line, and the figures of the item are in the note only. Word's own footnotes are read into
// the paragraph where their mark stands (the reader puts their text there in parentheses);
// typed ones are read the same way, so that a note's figures belong to the item that points
// to it rather than to the closing part where they stand.
extension ExtractionRun {
    /// Moves each typed note into the body paragraph that holds its mark, in parentheses
    /// where the mark stood, and takes the note's own paragraph out. A note is a top-level
    /// paragraph opened by "(n)" or "[n]"; its mark must stand glued to the end of a word
    /// (no space before it: "(1) …" opening a sentence, or " (2) " between the items of a
    /// list, is numbering, not a mark) exactly once, in one paragraph before the note. A
    /// document whose notes do not all find their marks keeps its text as written.
    static func inlineTypedNotes(_ document: inout Document) {
        guard document.kind == .wordprocessing else { return }
        // The notes: top-level paragraphs opened by a bracketed number, by number.
        var notes: [Int: (block: Int, text: String)] = [:]
        var repeated = Set<Int>()
        for (b, block) in document.body.enumerated() {
            guard case .paragraph(let p) = block, let (n, rest) = noteOpening(p.text) else { continue }
            if notes[n] != nil { repeated.insert(n) }
            notes[n] = (b, rest)
        }
        for n in repeated { notes[n] = nil }
        guard !notes.isEmpty else { return }
        // The marks: glued bracketed numbers in paragraphs before the note's, each found once.
        var marks: [Int: [(block: Int, path: [Int]?)]] = [:]
        func scan(_ text: String, block: Int, path: [Int]?) {
            for n in gluedMarks(in: text) where notes[n] != nil { marks[n, default: []].append((block, path)) }
        }
        for (b, block) in document.body.enumerated() {
            switch block {
            case .paragraph(let p):
                if noteOpening(p.text) != nil { continue }
                scan(p.text, block: b, path: nil)
            case .table(let t):
                for (r, row) in t.rows.enumerated() {
                    for (c, cell) in row.cells.enumerated() {
                        for (k, inner) in cell.blocks.enumerated() {
                            if case .paragraph(let p) = inner { scan(p.text, block: b, path: [r, c, k]) }
                        }
                    }
                }
            }
        }
        var placed: [(n: Int, block: Int, path: [Int]?)] = []
        for (n, note) in notes {
            guard let found = marks[n], found.count == 1, found[0].block < note.block else { return }
            placed.append((n, found[0].block, found[0].path))
        }
        // Every note found its one mark: read each note where its mark stands.
        func inlined(_ text: String, _ n: Int) -> String {
            guard let note = notes[n], let range = gluedRange(of: n, in: text) else { return text }
            return text.replacingCharacters(in: range, with: " (" + note.text + ")")
        }
        // In the notes' order: two marks in one paragraph are replaced one after the other.
        for mark in placed.sorted(by: { $0.n < $1.n }) {
            switch document.body[mark.block] {
            case .paragraph(var p):
                p.text = inlined(p.text, mark.n)
                document.body[mark.block] = .paragraph(p)
            case .table(var t):
                guard let path = mark.path, case .paragraph(var p) = t.rows[path[0]].cells[path[1]].blocks[path[2]] else { continue }
                p.text = inlined(p.text, mark.n)
                t.rows[path[0]].cells[path[1]].blocks[path[2]] = .paragraph(p)
                document.body[mark.block] = .table(t)
            }
        }
        let taken = Set(notes.values.map(\.block))
        document.body = document.body.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
    }

    /// "(1) Trong đó: …", "[2] …": the note's number and its text.
    static func noteOpening(_ text: String) -> (Int, String)? {
        let chars = Array(text.prefix(6))
        guard let open = chars.first, open == "(" || open == "[" else { return nil }
        let close: Character = open == "(" ? ")" : "]"
        var digits = ""
        var i = 1
        while i < chars.count, chars[i].isASCII, chars[i].isNumber { digits.append(chars[i]); i += 1 }
        guard !digits.isEmpty, digits.count <= 2, i < chars.count, chars[i] == close, let n = Int(digits) else { return nil }
        let rest = VietText.collapseWhitespace(String(text.dropFirst(i + 1)))
        return rest.isEmpty ? nil : (n, rest)
    }

    /// The numbers of the bracketed marks glued to a word ("khẩu(1)", "đồng[2]").
    static func gluedMarks(in text: String) -> [Int] {
        guard LineBuilder.hasByte(text, 0x28) || LineBuilder.hasByte(text, 0x5B) else { return [] }
        var out: [Int] = []
        let chars = Array(text)
        var i = 1
        while i < chars.count {
            if chars[i] == "(" || chars[i] == "[", chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "." || chars[i - 1] == "”" {
                let close: Character = chars[i] == "(" ? ")" : "]"
                var j = i + 1
                var digits = ""
                while j < chars.count, chars[j].isASCII, chars[j].isNumber { digits.append(chars[j]); j += 1 }
                if !digits.isEmpty, digits.count <= 2, j < chars.count, chars[j] == close, let n = Int(digits) { out.append(n); i = j }
            }
            i += 1
        }
        return out
    }

    static func gluedRange(of n: Int, in text: String) -> Range<String.Index>? {
        for open in ["(", "["] {
            let mark = open + String(n) + (open == "(" ? ")" : "]")
            var start = text.startIndex
            while let r = text.range(of: mark, range: start..<text.endIndex) {
                if r.lowerBound > text.startIndex {
                    let before = text[text.index(before: r.lowerBound)]
                    if before.isLetter || before.isNumber || before == "." || before == "”" { return r }
                }
                start = r.upperBound
            }
        }
        return nil
    }
}
