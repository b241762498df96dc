import DocumentModel
import Foundation
import VietText

// A segmenter piece: an activity log whose rows are tagged by the unit's own name of the work
// they belong to ("Ngày | Hoạt động | Kết quả | Thuộc việc"), with the unit's own summary of
// the work under a title ("TỔNG HỢP THEO VIỆC": "Việc | Cộng số liệu | Tình trạng") beside the
// log or below it. The summary states each work's totals and status; the log's rows of a work
// the summary totals are its parts, no second count of the totals: they are taken out of the
// sheet before it is read, the log's rows of works the summary does not total kept.

/// The words that mark such a log and its summary (`tagged_logs` in vocabulary.yaml).
struct TaggedLogWords: Sendable {
    /// How the log's tag column is headed, folded ("thuộc việc", "thuộc nội dung").
    var tagHeaders: [String] = []
    /// How the summary's title opens, folded ("tổng hợp theo việc").
    var summaryTitles: [String] = []

    /// Both lists are needed for the rewrite to run.
    var isEmpty: Bool { tagHeaders.isEmpty || summaryTitles.isEmpty }
}

/// Sheets rewritten so that a tagged log's summary is what is read (`taggedLogs`).
enum TaggedLogs {
    /// The document with, in each visible sheet holding a log tagged by a column of
    /// `words.tagHeaders` and a summary titled by one of `words.summaryTitles` whose rows name
    /// at least two of the log's tags, the log's rows of the works the summary totals taken
    /// out (the summary's own cells, beside them on the same rows, stay where they are: every
    /// place read is still the file's own).
    static func summarized(_ document: Document, _ words: TaggedLogWords) -> Document {
        guard !words.isEmpty, document.kind == .spreadsheet else { return document }
        var out = document
        for (i, sheet) in document.sheets.enumerated() where sheet.visibility == .visible {
            if let rows = summarized(sheet.rows, words) { out.sheets[i].rows = rows }
        }
        return out
    }

    /// A text cell of a header's or a title's length that opens with one of `starts`
    /// (folded). Asked of every cell of every sheet: numbers and long texts are never folded.
    private static func opens(_ cell: SheetCell, _ starts: [String]) -> Bool {
        guard case .text(let text) = cell.value, text.utf8.count <= 120 else { return false }
        let f = VietText.fold(text).trimmingCharacters(in: .whitespaces)
        return !f.isEmpty && starts.contains { f.hasPrefix($0) }
    }

    /// The rows from `start` on, through the rows that follow it without a gap and hold a
    /// cell `holds` accepts.
    private static func run(_ rows: [SheetRow], from start: Int, _ holds: (SheetCell) -> Bool) -> Range<Int> {
        var end = start + 1
        while end < rows.count, rows[end].index == rows[end - 1].index + 1, rows[end].cells.contains(where: holds) { end += 1 }
        return start..<end
    }

    private static func summarized(_ rows: [SheetRow], _ words: TaggedLogWords) -> [SheetRow]? {
        guard let t = rows.firstIndex(where: { $0.cells.contains { opens($0, words.summaryTitles) } }),
              let titleColumn = rows[t].cells.first(where: { opens($0, words.summaryTitles) })?.column,
              let h = rows.firstIndex(where: { $0.cells.contains { opens($0, words.tagHeaders) } }),
              let tagColumn = rows[h].cells.first(where: { opens($0, words.tagHeaders) })?.column else { return nil }
        func filled(_ c: SheetCell) -> Bool { !c.shownText.trimmingCharacters(in: .whitespaces).isEmpty }
        // The log: the rows under its header that hold a tag.
        let log = run(rows, from: h) { $0.column == tagColumn && filled($0) }
        guard log.count > 1 else { return nil }
        // The summary beside the log (its title to the right of the tag column) or below it:
        // its title, its header, then one row per work whose first cell names the work.
        let beside = titleColumn > tagColumn
        guard beside || t >= log.upperBound else { return nil }
        let block = run(rows, from: t) { filled($0) && (!beside || $0.column >= titleColumn) }
        guard block.count >= 3 else { return nil }
        // A work's tag stands in its summary label, word for word ("Kiểm tra" and "Cân đối
        // chứng" in "Kiểm tra + cân đối chứng (phân cấp cho phường)").
        let labelWords = rows[block.dropFirst(2)].compactMap { row in
            row.cells.first(where: { filled($0) && $0.column >= titleColumn }).map { VietText.words($0.shownText) }
        }
        func names(_ label: [String], _ tag: [String]) -> Bool {
            guard !tag.isEmpty, label.count >= tag.count else { return false }
            return (0...(label.count - tag.count)).contains { Array(label[$0..<($0 + tag.count)]) == tag }
        }
        func summarizes(_ tag: String) -> Bool { labelWords.contains { names($0, VietText.words(tag)) } }
        var tags: Set<String> = []
        var parts: [Int] = []
        for i in log.dropFirst() {
            guard let tag = rows[i].cells.first(where: { $0.column == tagColumn })?.shownText, summarizes(tag) else { continue }
            tags.insert(VietText.fold(tag).trimmingCharacters(in: .whitespaces))
            parts.append(i)
        }
        guard tags.count >= 2 else { return nil }
        // The log's header goes with its last row.
        if parts.count == log.count - 1 { parts.append(h) }
        var out = rows
        for i in parts {
            // Beside the log, a row keeps the summary's cells; below it, nothing stays.
            out[i].cells.removeAll { !beside || $0.column < titleColumn }
        }
        return out.filter { !$0.cells.isEmpty }
    }
}
