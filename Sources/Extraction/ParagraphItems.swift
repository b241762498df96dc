import DocumentModel
import VietText

// Passages of plain paragraphs, one task each, with no heading of their own: results grouped
// under a heading that names the people they were for or a field ("1. Đối với hộ kinh doanh
// …", "2. Đối với doanh nghiệp …"), or set straight under the results' section. When the
// paragraphs of such a run, each read by its own words, name two tasks or more, the run is a
// list of items: each paragraph is its task's passage, and none runs into the next.

extension ExtractionRun {
    /// A plain paragraph of the body: one cell, no number, bullet or list label, not a heading
    /// (bold, a heading style, a section's title), no citation of the plan (an opening), and
    /// at least `paragraph_item_words` words.
    func isPlainParagraph(_ line: Line) -> Bool {
        guard line.container == .body, line.cells.count == 1, line.listLabel == nil, line.headingLevel == nil, !line.isBold else { return false }
        let text = line.text
        // It opens on a word: not a number, a bullet, a bracket or a quote.
        guard let first = text.first, first.isLetter, Self.itemMarker(text) == nil,
              Double(text.spaceSeparatedCount) >= x.profiles.weights.paragraphItemWords,
              !text.hasSuffix(":"), !text.hasSuffix("?") else { return false }
        // A labelled line ("Nhận xét: …", "Trả lời: …") and an outline's question or answer
        // are read by their own rules.
        // A status label of more words, a status after it ("Ý kiến chỉ đạo của Chủ tịch UBND
        // phường: Đã hoàn thành; …"), is the verdict on the paragraph above.
        if let colon = text.firstIndexAndOffset(ofASCII: ":")?.index {
            if text[..<colon].spaceSeparatedCount <= 6 { return false }
            if isPassageLabel(title: String(text[..<colon]), rest: String(text[text.index(after: colon)...])) { return false }
        }
        guard outlineQuestionTitle(text) == nil, outlineAnswer(text) == nil,
              sectionHeading(line) == nil, !citesThePlan(text) else { return false }
        return true
    }

    /// A paragraph read by its own words, the heading it stands under as context.
    func paragraphResolution(_ text: String, context: String) -> MeaningResolution {
        resolveByMeaning(heading: text, body: context, group: group)
    }

    /// The task of the plain paragraph at `lineIndex` when it is an item of a run of paragraphs
    /// that name tasks of their own (see above); nil when it is not (the passage rules read it).
    mutating func paragraphItem(_ line: Line) -> MeaningResolution? {
        guard section == .results || section == .appendix || section == nil, isPlainParagraph(line) else { return nil }
        if current == nil, let run = paragraphItems, run.lines.contains(lineIndex) {
            return run.resolutions[lineIndex - run.lines.lowerBound]
        }
        // The first paragraph of a run: the run is read ahead once.
        guard lineIndex > paragraphRunChecked else { return nil }
        var context = openHeading.map { $0.tried ? "" : $0.text } ?? ""
        // Right under a short heading of the unit's own that began a task's passage by its
        // words ("2. Đối với doanh nghiệp:") and holds nothing yet: the heading is the run's
        // context; the task it named stands only if its paragraphs say so.
        var headingTask: String?
        if let code = current {
            guard passageStartLine == lineIndex - 1, lineIndex > 0, isShortHeading(lines[lineIndex - 1]), let b = builders[code],
                  b.texts.isEmpty || b.texts.last == lines[lineIndex - 1].text,
                  b.figures.mapValues({ $0.sources.count }) == (b.passageStart ?? [:]) else { return nil }
            headingTask = code
            context = lines[lineIndex - 1].text
        }
        var end = lineIndex
        while end + 1 < lines.count, isPlainParagraph(lines[end + 1]) { end += 1 }
        paragraphRunChecked = end
        guard end > lineIndex else { return nil }
        // Each paragraph read once, by its own words; the run's items take these readings.
        let resolutions = (lineIndex...end).map { paragraphResolution(lines[$0].text, context: context) }
        var named = Set<String>()
        for case .task(let code) in resolutions { named.insert(code) }
        guard named.count >= 2 else { return nil }
        paragraphItems = (lineIndex...end, resolutions)
        if let code = headingTask {
            // The heading's passage never began: no entry of its own unless an item is its task.
            if let b = builders[code] {
                if b.texts.count <= 1, b.figures.isEmpty, b.status == nil, order.last == code { builders[code] = nil; order.removeLast() }
                else if b.texts.last == lines[lineIndex - 1].text { b.texts.removeLast(); if !b.sources.isEmpty { b.sources.removeLast() } }
            }
            current = nil
        }
        return resolutions.first
    }

    /// A heading line of the unit's own: one short cell with no figure, numbered, bold or
    /// ending in a colon.
    func isShortHeading(_ line: Line) -> Bool {
        guard line.cells.count == 1, line.text.spaceSeparatedCount <= 15, numberQuotes(line.text).isEmpty else { return false }
        return line.isBold || line.text.hasSuffix(":") || Self.itemMarker(line.text) != nil || line.listLabel != nil
    }

    /// Reads the plain paragraph `line` as an item of its own when it is one; true when done.
    mutating func readParagraphItem(_ line: Line) -> Bool {
        guard let resolution = paragraphItem(line) else { return false }
        switch resolution {
        case .task(let code):
            if var h = openHeading, !h.tried { h.tried = true; openHeading = h }
            begin(code)
            absorb(line.text, into: code, location: line.firstLocation)
            // The next paragraph is read afresh, not as more of this one.
            current = nil
            return true
        case .ambiguous(let a, let b):
            if var h = openHeading, !h.tried { h.tried = true; openHeading = h }
            noteAmbiguous(a, b, heading: line.text, quotes: numberQuotes(line.text), location: line.firstLocation)
            return true
        case .none:
            return false
        }
    }
}
