import DocumentModel
import VietText

/// A report dictated by voice and barely corrected says its punctuation as words ("… đi được
/// 4 cuộc phẩy kiểm tra hai mươi sáu cơ sở …", "… như sau chấm") and has no capitals. Read as
/// the typed report it stands for: the words become the marks, and each paragraph opens with
/// a capital — without that every paragraph looked like the sentence above carried on (a
/// lower-case start after no full stop), and the whole body was read as one line.
struct SpokenPunctuation: Sendable {
    /// Words said for a comma, folded ("phẩy"); between two numbers, a decimal comma
    /// ("7 phẩy 5 triệu" is 7,5 triệu).
    var commas: Set<String> = []
    /// Words said for a full stop at a paragraph's end, folded ("chấm"); elsewhere they are
    /// words of their own ("tự chấm điểm").
    var stops: Set<String> = []
    /// Words before a spoken mark that make it the mark's name, not the mark ("dấu phẩy").
    var names: Set<String> = []
    /// How many paragraphs must say a comma so before the document is read as dictated
    /// (0: never).
    var leastParagraphs = 0

    /// The document rewritten as typed when it is dictated; untouched otherwise.
    func undictate(_ document: inout Document) {
        guard leastParagraphs > 0, !commas.isEmpty, document.kind == .wordprocessing else { return }
        var saying = 0
        // Every document is asked: the count stops as soon as it is enough.
        func count(_ blocks: [Block]) {
            for block in blocks where saying < leastParagraphs {
                switch block {
                case .paragraph(let p): if spokenMarks(in: p.text) > 0 { saying += 1 }
                case .table(let t): for row in t.rows { for cell in row.cells { count(cell.blocks) } }
                }
            }
        }
        count(document.body)
        guard saying >= leastParagraphs else { return }
        func rewrite(_ blocks: inout [Block]) {
            for i in blocks.indices {
                switch blocks[i] {
                case .paragraph(var p):
                    p.text = typed(p.text)
                    blocks[i] = .paragraph(p)
                case .table(var t):
                    for r in t.rows.indices { for c in t.rows[r].cells.indices { rewrite(&t.rows[r].cells[c].blocks) } }
                    blocks[i] = .table(t)
                }
            }
        }
        rewrite(&document.body)
    }

    /// How many spoken commas a text says.
    func spokenMarks(in text: String) -> Int {
        // Folded once per paragraph, not once per word (folding keeps the spaces).
        let words = VietText.fold(text).split(separator: " ", omittingEmptySubsequences: true)
        var n = 0
        for (i, w) in words.enumerated() where commas.contains(String(w)) {
            if i > 0, names.contains(String(words[i - 1])) { continue }
            n += 1
        }
        return n
    }

    /// One paragraph's text as typed: spoken marks as marks, the first letter a capital.
    func typed(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard !words.isEmpty else { return text }
        func isNumber(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }
        var out: [String] = []
        var i = 0
        while i < words.count {
            let folded = VietText.fold(words[i])
            let named = i > 0 && names.contains(VietText.fold(words[i - 1]))
            if commas.contains(folded), !named, let last = out.last {
                // "7 phẩy 5 triệu": a decimal comma joins the two numbers.
                if isNumber(last), i + 1 < words.count, isNumber(words[i + 1]) {
                    out[out.count - 1] = last + "," + words[i + 1]
                    i += 2
                    continue
                }
                if !last.hasSuffix(",") { out[out.count - 1] = last + "," }
                i += 1
                continue
            }
            if i == words.count - 1, stops.contains(folded), !named, let last = out.last {
                if !last.hasSuffix(".") { out[out.count - 1] = last + "." }
                i += 1
                continue
            }
            out.append(words[i])
            i += 1
        }
        words = out
        // The first letter after a bullet's mark ("- cán bộ …" → "- Cán bộ …").
        for w in words.indices {
            guard let first = words[w].unicodeScalars.first else { continue }
            if first.value >= 0x30 && first.value <= 0x39 { break }
            guard first.properties.isAlphabetic else { continue }
            if first.properties.isLowercase {
                words[w] = words[w].prefix(1).uppercased() + words[w].dropFirst()
            }
            break
        }
        return words.joined(separator: " ")
    }
}
