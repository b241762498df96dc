import DocumentModel
import VietText

// A work diary or a log states its difficulty inside the entry that met it, not under a
// "Khó khăn" heading: "- Ngày 12/3/2026: phối hợp … kiểm tra 18 sạp …; vướng là nhiều tiểu
// thương không có mặt tại sạp.", a result cell "01 cuộc; 09 cơ sở; vướng: 02 cơ sở … đóng cửa
// khi Đoàn đến". The clause from such a cue (`items.inline_cues`, or a word of
// `items.inline_labels` and its colon) to the clause's end is an item of the report's difficulties; it is cut from the
// text before the lines and the grids are read, so its numbers ("02 cơ sở") are no results.

extension ItemWords {
    /// The difficulties stated inside `text` after a cue, and the text without them; nil when
    /// it holds none. A cue counts only after a clause of its own (at least
    /// `inline_min_words` words before it, a mark between: ";", "(", ",", a dash) in a line
    /// that does not itself open with a section's words ("Khó khăn, vướng mắc: …" is a heading).
    func inlineDifficulties(in text: String, sections: PhraseTable<SectionKind>) -> (kept: String, items: [String])? {
        guard !inlineCues.isEmpty || !inlineLabels.isEmpty, text.utf8.count <= 4000 else { return nil }
        // Most texts hold no cue word: a cheap folded test first.
        let folded = VietText.fold(text)
        guard inlineCueWords.contains(where: { folded.containsBytes($0) }) else { return nil }
        var current = text
        var items: [String] = []
        for _ in 0..<4 {
            guard let (kept, item) = firstInlineDifficulty(in: current, sections: sections) else { break }
            items.append(item)
            current = kept
        }
        return items.isEmpty ? nil : (current, items)
    }

    private func firstInlineDifficulty(in text: String, sections: PhraseTable<SectionKind>) -> (kept: String, item: String)? {
        // Through the document's readings: a paragraph left whole is read again as a line.
        let tokens = Tokenizer.tokenize(text)
        guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return nil }
        if let m = sections.match(tokens, at: first), m.value == .difficulties || m.value == .proposals { return nil }
        var words = 0
        for k in tokens.indices.dropFirst() {
            if tokens[k - 1].kind == .word { words += 1 }
            let mark = tokens[k - 1]
            guard mark.kind == .punct, Self.inlineMarks.contains(String(mark.raw)), words >= inlineMinWords else { continue }
            // A cue after the mark first: it is rare, and the clause's test below walks back to
            // the clause's start and asks the section phrases at each of its words (the order
            // of the two tests changes nothing, both only skip the mark).
            var start: Int
            if let m = inlineCues.match(tokens, at: k) {
                start = m.end
                if start < tokens.count, tokens[start].raw == ":" { start += 1 }
            } else if let m = inlineLabels.match(tokens, at: k), m.end < tokens.count, tokens[m.end].raw == ":" {
                start = m.end + 1
            } else { continue }
            // The clause before the mark names the section itself ("Quá trình triển khai còn
            // một số khó khăn, vướng mắc: (1) …", "Về khó khăn, vướng mắc: …"): a lead-in to
            // the report's items, read as such, not an entry's difficulty.
            let clauseStart = tokens[..<(k - 1)].lastIndex { $0.kind == .punct && Self.inlineMarks.contains(String($0.raw)) || $0.breakBefore } ?? 0
            if (clauseStart..<(k - 1)).contains(where: { i in
                sections.match(tokens, at: i).map { $0.value == .difficulties || $0.value == .proposals } ?? false
            }) { continue }
            // The clause ends at a sentence's end, a ";", a line's end, or the bracket the
            // cue was opened with.
            var end = start
            while end < tokens.count {
                let t = tokens[end]
                if end > start, t.breakBefore { break }
                if t.kind == .punct, t.raw == ";" || t.raw == "." || mark.raw == "(" && t.raw == ")" { break }
                end += 1
            }
            guard tokens[start..<end].filter({ $0.kind == .word }).count >= inlineMinWords else { continue }
            let item = Vocabulary.span(tokens, start, end)
            var kept = String(text[..<mark.raw.startIndex])
            while kept.last == " " { kept.removeLast() }
            if end < tokens.count {
                let resume = tokens[end].raw == ")" && mark.raw == "(" ? tokens[end].raw.endIndex : tokens[end].raw.startIndex
                kept += String(text[resume...])
            }
            return (kept, item)
        }
        return nil
    }

    static let inlineMarks: Set<String> = [";", "(", ",", "–", "-"]
}

extension ExtractionRun {
    /// Cuts the difficulties stated inside entries (`ItemWords.inlineDifficulties`) out of a
    /// document's paragraphs, table cells and sheet cells: the document without them, and the
    /// items with where they stood.
    static func cutInlineDifficulties(_ document: inout Document, _ v: Vocabulary) -> [Item] {
        guard !v.items.inlineCueWords.isEmpty else { return [] }
        var items: [Item] = []
        func paragraph(_ p: inout Paragraph) {
            guard let (kept, found) = v.items.inlineDifficulties(in: p.text, sections: v.sections) else { return }
            p.text = kept
            items += found.map { Item(text: $0, source: p.location.description) }
        }
        func blocks(_ bs: inout [Block]) {
            for i in bs.indices {
                switch bs[i] {
                case .paragraph(var p):
                    paragraph(&p)
                    bs[i] = .paragraph(p)
                case .table(var t):
                    for r in t.rows.indices {
                        for c in t.rows[r].cells.indices { blocks(&t.rows[r].cells[c].blocks) }
                    }
                    bs[i] = .table(t)
                }
            }
        }
        blocks(&document.body)
        for s in document.sheets.indices {
            for r in document.sheets[s].rows.indices {
                for c in document.sheets[s].rows[r].cells.indices {
                    guard case .text(let text) = document.sheets[s].rows[r].cells[c].value,
                          let (kept, found) = v.items.inlineDifficulties(in: text, sections: v.sections) else { continue }
                    document.sheets[s].rows[r].cells[c].value = .text(kept)
                    let cell = document.sheets[s].rows[r].cells[c]
                    let location = Location.sheetCell(sheet: document.sheets[s].name, row: document.sheets[s].rows[r].index, column: cell.column)
                    items += found.map { Item(text: $0, source: location.description) }
                }
            }
        }
        return items
    }
}
