import DocumentModel
import VietText

/// A log's closing: a block after its dated rows ("CHỐT THEO TỪNG VIỆC (đến ngày 20/10/2026)"
/// then one line per job, "- Tuyên truyền: 06 tin, bài – đang làm.") or a line ending one job's
/// rows ("Tổng kết: 11 cuộc, 214 cơ sở …"), whose words are `clauses.closing_titles`. The unit
/// restates there what its rows add up to: a figure of the closing stands for the task's
/// figures of its kind read before it, and replaces them; it is not one more part to add.
extension ExtractionRun {
    /// The folded words of a closing title, with what may follow it: nothing, the day the log
    /// was closed ("(đến ngày 20/10/2026)", "đến 25/10"), a colon.
    private func closingTitleRest(_ text: String) -> (title: String, rest: Substring)? {
        guard !v.closingTitles.isEmpty, text.utf8.count <= 160 else { return nil }
        // Parentheses say when the log was closed: no part of the title.
        var plain = ""
        var depth = 0
        for ch in VietText.fold(stripEnumerator(text)) {
            if ch == "(" { depth += 1; continue }
            if ch == ")" { depth = max(0, depth - 1); continue }
            if depth == 0 { plain.append(ch) }
        }
        let folded = plain.trimmed(" \t.–-")
        // The longest title first (the vocabulary keeps them so sorted).
        for t in v.closingTitles where folded.hasPrefix(t) {
            let rest = folded.dropFirst(t.count)
            // Whole words only: "chot" is not "chotx".
            if let c = rest.first, c.isLetter || c.isNumber { continue }
            return (t, rest.drop(while: { $0 == " " }))
        }
        return nil
    }

    /// The figures of a passage by indicator, to tell a restatement from new figures.
    func signature(of figures: [(id: IndicatorID, value: Double, location: Location?, text: String, total: Bool, summary: Bool)]) -> [IndicatorID: Double] {
        var s: [IndicatorID: Double] = [:]
        for f in figures { s[f.id, default: 0] += f.value }
        return s
    }

    /// Whether a line of one cell is only a closing title: the lines after it restate the
    /// log's totals, job by job.
    func isClosingTitle(_ line: Line) -> Bool {
        let cells = line.cells.filter { !$0.continued && !$0.text.trimmed().isEmpty }
        guard cells.count == 1, let (_, rest) = closingTitleRest(cells[0].text) else { return false }
        let words = String(rest).trimmed(" :").split(separator: " ")
        if words.isEmpty { return true }
        // "đến ngày 25/10/2026", "tính đến 30/9": the day the log was closed, a few words
        // around a date, no content.
        return words.count <= 5 && words.contains { w in w.contains("/") && w.allSatisfy { $0.isNumber || "/-.:".contains($0) } }
    }

    /// Whether a passage opens with a closing title before its colon and content ("Tổng kết:
    /// 03 buổi, 275 lượt người; đã hoàn thành.").
    func opensWithClosingLabel(_ text: String) -> Bool {
        guard let (_, rest) = closingTitleRest(text), rest.hasPrefix(":") else { return false }
        return rest.dropFirst().contains(where: { $0.isLetter || $0.isNumber })
    }

    /// Commits a closing's figures: each replaces the figures of its kind the task had before
    /// the closing (kept as the parts it stood for, read, so the sweep of unread numbers
    /// passes over them); more lines of the closing about the same task add to it.
    mutating func commitClosing(to b: EntryBuilder) {
        b.noteSignature(signature(of: pending))
        for f in pending {
            if b.closedIndicators.insert(f.id).inserted, let before = b.figures[f.id] {
                b.partsOfWholes += before.sources
                b.figures[f.id] = nil
            }
            addSource(f.id, FigureSource(location: f.location?.description ?? "", text: f.text, value: f.value), to: b)
            if b.passageStart != nil { b.passageStart?[f.id] = b.figures[f.id]?.sources.count ?? 0 }
        }
    }

    /// The day a log's row was written, when its first cell is only a date ("05/02",
    /// "20/10/2026", a date cell, "Thứ Năm, 26/3/2026"): year, month and day as one number to
    /// order by (no year: the rows of one year). Nil for any other row.
    func logRowDay(_ line: Line) -> Int? {
        guard line.cells.count >= 2, let first = line.cells.first(where: { !$0.text.trimmed().isEmpty }),
              first.column == line.cells[0].column else { return nil }
        let words = first.text.split(whereSeparator: { $0 == " " || $0 == "," })
        guard let last = words.last, words.count <= 3 else { return nil }
        let parts = last.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month) else { return nil }
        let year = parts.count == 3 ? Int(parts[2]) ?? 0 : 0
        return year * 10_000 + month * 100 + day
    }
}
