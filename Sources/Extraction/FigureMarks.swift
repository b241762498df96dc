import DocumentModel
import VietText

extension ExtractionRun {
    /// Marks the figures their report qualifies beside them, for the consolidation to keep
    /// apart (the figures themselves are read as before):
    /// - an estimate (`figure_reading.estimates`: "Số liệu ước đến hết năm", "ước thực hiện cả
    ///   năm") in the figure's table or sheet row, any cell of it (the note column), in the
    ///   header of its column ("Ước thực hiện cả năm", a row with no number), or in the
    ///   figure's own sentence of a paragraph — not a result at the report's date;
    /// - money from other sources (`figure_reading.other_funding`: a row's cell that says only
    ///   "Lồng ghép", "Nguồn kinh phí khác") — a money figure of that row is no spending of the
    ///   plan's allocation.
    /// An estimate phrase right after one of `figure_reading.estimate_not_after` ("điều ước",
    /// "công ước") is another word.
    func markFigures(_ entries: inout [Entry]) {
        guard !v.figureReading.estimates.isEmpty || !v.figureReading.otherFunding.isEmpty, !entries.isEmpty else { return }
        var rowMarks: [String: [String]] = [:]
        var sentencesAt: [String: [String]] = [:]
        // Columns a header row heads as estimates ("Ước thực hiện cả năm"), per table or sheet.
        // Keyed by the container itself: its description ("\(line.container)") went through
        // reflection, some 50,000 instructions a row.
        var estimateColumns: [Line.Container: Set<Int>] = [:]
        for line in lines where !line.cells.isEmpty {
            if line.cells.count > 1 {
                let container = line.container
                // A header: no cell holds a number (a year aside), and the estimate words stand
                // in a cell of a few words ("Ước thực hiện cả năm 2026"), not in a sentence.
                let headerLike = !line.cells.contains { c in
                    if case .some(.number(_)) = c.value { return true }
                    return Tokenizer.tokenize(c.text).contains { t in
                        t.kind == .number && !(t.raw.count == 4 && (t.raw.hasPrefix("19") || t.raw.hasPrefix("20")))
                    }
                }
                if headerLike {
                    let heads = line.cells.filter { c in
                        !c.continued && Tokenizer.tokenize(c.text).filter { $0.kind == .word }.count <= 12 && !estimateSentences(in: c.text).isEmpty
                    }.map(\.column)
                    if !heads.isEmpty { estimateColumns[container, default: []].formUnion(heads) }
                } else if let columns = estimateColumns[container] {
                    for c in line.cells where columns.contains(c.column) { rowMarks[c.location.description] = [FigureSource.estimateMark] }
                }
                var marks: [String] = []
                if line.cells.contains(where: { !estimateSentences(in: $0.text).isEmpty }) { marks.append(FigureSource.estimateMark) }
                if line.cells.contains(where: { saysOnlyOtherFunding($0.text) }) { marks.append(FigureSource.otherFundingMark) }
                guard !marks.isEmpty else { continue }
                for c in line.cells {
                    let key = c.location.description
                    rowMarks[key] = (rowMarks[key] ?? []) + marks.filter { !(rowMarks[key] ?? []).contains($0) }
                }
            } else {
                let found = estimateSentences(in: line.text)
                if !found.isEmpty { sentencesAt[line.cells[0].location.description, default: []] += found }
                if saysOnlyOtherFunding(line.text) { rowMarks[line.cells[0].location.description] = [FigureSource.otherFundingMark] }
            }
        }
        guard !rowMarks.isEmpty || !sentencesAt.isEmpty else { return }
        for i in entries.indices {
            for (id, figure) in entries[i].indicators {
                var f = figure
                var changed = false
                for j in f.sources.indices {
                    let src = f.sources[j]
                    var marks = (rowMarks[src.location] ?? []).filter { $0 != FigureSource.otherFundingMark || id.isMoney }
                    if !marks.contains(FigureSource.estimateMark), let sentences = sentencesAt[src.location] {
                        let said = VietText.fold(src.text)
                        if !said.isEmpty, sentences.contains(where: { $0.contains(said) }) { marks.append(FigureSource.estimateMark) }
                    }
                    guard !marks.isEmpty else { continue }
                    f.sources[j].marks = marks
                    changed = true
                }
                if changed { entries[i].indicators[id] = f }
            }
        }
    }

    /// The folded sentences of `text` that say their figures are estimates.
    private func estimateSentences(in text: String) -> [String] {
        guard !v.figureReading.estimates.isEmpty, !text.isEmpty else { return [] }
        let tokens = Tokenizer.tokenize(text)
        var out: [String] = []
        var start = 0
        var marked = false
        func close(_ end: Int) {
            if marked, start < end {
                out.append(tokens[start..<end].map(\.folded).joined(separator: " "))
            }
            marked = false
        }
        for i in tokens.indices {
            if tokens[i].breakBefore, i == 0 || tokens[i - 1].raw != ":" { close(i); start = i }
            guard !marked, tokens[i].kind == .word, v.figureReading.estimates.hasMatch(tokens, at: i) else { continue }
            // "điều ước", "công ước": another word.
            if i > 0, tokens[i - 1].kind == .word, v.figureReading.estimateNotAfter.contains(tokens[i - 1].folded) { continue }
            marked = true
        }
        close(tokens.count)
        return out
    }

    /// A cell that says only that its row's money came from other sources ("Lồng ghép").
    private func saysOnlyOtherFunding(_ text: String) -> Bool {
        guard !v.figureReading.otherFunding.isEmpty, !text.isEmpty, text.utf8.count < 80 else { return false }
        let words = Tokenizer.tokenize(text).filter { $0.kind == .word }
        guard !words.isEmpty, let m = v.figureReading.otherFunding.match(words, at: 0) else { return false }
        return m.end == words.count
    }
}
