import Foundation
import DocumentModel
import VietText

/// A report written in its writer's shorthand explains it once, in a list of abbreviations
/// after the signature or under the title ("Viết tắt dùng trong phiếu: ⏎ DN – doanh nghiệp ⏎
/// HV – học viên ⏎ KP – kinh phí  tr – triệu đồng ⏎ HT – hoàn thành"). Read as the words it
/// stands for: each abbreviation the list defines is replaced, as a whole word, by its meaning
/// everywhere else in the document ("03 khóa / 87 HV ⏎ → HT" reads "03 khóa / 87 học viên ⏎ →
/// hoàn thành"), and the list itself, which reports nothing, is taken out. Without it the
/// figures' nouns, the statuses and the words that tell the plan's subject were all unknown
/// and a whole report was refused as on another subject.
struct AbbreviationGlossary: Sendable {
    /// How the list's heading opens, folded ("viết tắt", "chữ viết tắt"): a short line, perhaps
    /// with pairs after its colon.
    var headings: [String] = []
    /// Marks between an abbreviation and its meaning ("–", "-", "=", ":").
    var marks: [String] = []
    /// The longest an abbreviation may be, in letters ("UB TĐC QG": 7).
    var abbreviationLetters = 0
    /// How many pairs the list must define to be one (0: never read).
    var leastPairs = 0
    /// The most words of the heading before its colon.
    var headingWords = 0

    /// What a document's list defined, and the texts it rewrote as they were written.
    struct Reading: Sendable {
        var pairs: [(short: String, long: String)]
        var originals: [String]

        /// An item cut from rewritten text, in the unit's own words again when the document
        /// holds them so ("DN ngại chi phí đối ứng …" rather than "doanh nghiệp ngại …"): the
        /// difficulties and proposals are quoted as written.
        func original(of text: String) -> String {
            var candidate = text
            for (short, long) in pairs.sorted(by: { $0.long.count > $1.long.count }) {
                candidate = AbbreviationGlossary.replaced(candidate, [long], [long: short])
            }
            guard candidate != text, originals.contains(where: { $0.contains(candidate) }) else { return text }
            return candidate
        }
    }

    /// The document rewritten in full words when it has such a list (and what the list
    /// defined); untouched otherwise (nil).
    @discardableResult
    func expand(_ document: inout Document) -> Reading? {
        guard leastPairs > 0, !headings.isEmpty, !marks.isEmpty, document.kind == .wordprocessing else { return nil }
        let body = document.body
        var i = 0
        var found: (range: Range<Int>, pairs: [(String, String)])?
        while i < body.count, found == nil {
            guard case .paragraph(let p) = body[i], let opening = headingRest(p.text) else { i += 1; continue }
            var pairs = opening.isEmpty ? [] : (self.pairs(in: opening) ?? [])
            var j = i + 1
            while j < body.count, case .paragraph(let q) = body[j] {
                let text = q.text.trimmed()
                if text.isEmpty { j += 1; continue }
                guard let more = self.pairs(in: text) else { break }
                pairs += more
                j += 1
            }
            if pairs.count >= leastPairs { found = (i..<j, pairs) } else { i += 1 }
        }
        guard let found else { return nil }
        document.body.removeSubrange(found.range)
        var meanings: [String: String] = [:]
        var pairs: [(short: String, long: String)] = []
        for (short, long) in found.pairs where meanings[short] == nil { meanings[short] = long; pairs.append((short, long)) }
        var originals: [String] = []
        // Longer abbreviations first: "UB TĐC QG" before "QG".
        let order = meanings.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        func rewrite(_ blocks: inout [Block]) {
            for k in blocks.indices {
                switch blocks[k] {
                case .paragraph(var p):
                    let text = Self.replaced(p.text, order, meanings)
                    if text != p.text { originals.append(p.text); p.text = text; blocks[k] = .paragraph(p) }
                case .table(var t):
                    for r in t.rows.indices { for c in t.rows[r].cells.indices { rewrite(&t.rows[r].cells[c].blocks) } }
                    blocks[k] = .table(t)
                }
            }
        }
        rewrite(&document.body)
        return Reading(pairs: pairs, originals: originals)
    }

    /// What follows a glossary's heading on its line ("" when nothing), or nil when the line
    /// is no such heading.
    func headingRest(_ text: String) -> String? {
        let trimmed = text.trimmed(" \t*-–•(")
        let colon = trimmed.firstIndex(of: ":")
        let head = colon.map { String(trimmed[..<$0]) } ?? trimmed
        guard head.spaceSeparatedCount <= headingWords else { return nil }
        let folded = VietText.fold(head).trimmed(" .)")
        guard headings.contains(where: { folded == $0 || folded.hasPrefix($0 + " ") }) else { return nil }
        return colon.map { String(trimmed[trimmed.index(after: $0)...]).trimmed(" )") } ?? ""
    }

    /// The pairs a line defines ("DN – doanh nghiệp", "KP – kinh phí  tr – triệu đồng", "HT =
    /// hoàn thành; ĐTK = đang triển khai"), or nil when it is not a line of pairs.
    func pairs(in text: String) -> [(String, String)]? {
        // Cut at every mark standing between spaces (a colon right after its abbreviation).
        var parts: [String] = []
        var rest = Substring(text)
        while let (range, _) = nextMark(in: rest) {
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        guard parts.count >= 2 else { return nil }
        var result: [(String, String)] = []
        var short = parts[0].trimmed(" ;,•-*")
        for k in 1..<parts.count {
            guard isAbbreviation(short) else { return nil }
            var meaning = parts[k].trimmed()
            var next = ""
            if k < parts.count - 1 {
                // "kinh phí  tr": the next pair's abbreviation closes this part, after a ";" or
                // "," or as its last word.
                if let sep = meaning.lastIndex(where: { $0 == ";" || $0 == "," }) {
                    next = String(meaning[meaning.index(after: sep)...])
                    meaning = String(meaning[..<sep])
                } else {
                    let words = meaning.split(separator: " ")
                    var take = 0
                    while take < min(3, words.count - 1), isAbbreviation(words[(words.count - take - 1)...].joined(separator: " ")) { take += 1 }
                    guard take > 0 else { return nil }
                    next = words.suffix(take).joined(separator: " ")
                    meaning = words.dropLast(take).joined(separator: " ")
                }
            }
            meaning = meaning.trimmed(" ;,.")
            guard !meaning.isEmpty, meaning.contains(where: \.isLowercase) else { return nil }
            // "CSKD – cơ sở sản xuất, kinh doanh": read in the sentence as one name ("08 CSKD vi
            // phạm" is 08 violations, not 08 establishments and a clause after a comma).
            meaning = meaning.replacingOccurrences(of: ", ", with: " ")
            result.append((short, meaning))
            short = next.trimmed(" ;,")
        }
        return result
    }

    /// The first mark between an abbreviation and its meaning in `text`: a dash or "=" with
    /// spaces around it, or a colon.
    private func nextMark(in text: Substring) -> (Range<Substring.Index>, String)? {
        var best: (Range<Substring.Index>, String)?
        for mark in marks {
            let pattern = mark == ":" ? ":" : " " + mark + " "
            if let r = text.range(of: pattern), best == nil || r.lowerBound < best!.0.lowerBound { best = (r, mark) }
        }
        return best
    }

    /// Letters in capitals (one to three words: "DN", "UB TĐC QG", "KH&CN"), or one short word
    /// in lower case ("tr"), at most `abbreviationLetters` letters.
    func isAbbreviation(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...3).contains(words.count) else { return false }
        let letters = text.filter(\.isLetter)
        guard letters.count >= 2, letters.count <= abbreviationLetters,
              text.allSatisfy({ $0.isLetter || $0 == " " || $0 == "&" || $0 == "." || $0 == "/" }) else { return false }
        if letters.allSatisfy(\.isUppercase) { return true }
        return words.count == 1 && letters.count <= 3 && letters.allSatisfy(\.isLowercase)
    }

    /// `text` with each abbreviation standing as a whole word replaced by its meaning.
    static func replaced(_ text: String, _ order: [String], _ meanings: [String: String]) -> String {
        var text = text
        for short in order {
            guard let long = meanings[short], text.contains(short) else { continue }
            var out = ""
            var rest = Substring(text)
            while let r = rest.range(of: short) {
                let before = r.lowerBound == rest.startIndex ? (out.last) : rest[rest.index(before: r.lowerBound)]
                let after = r.upperBound < rest.endIndex ? rest[r.upperBound] : nil
                let whole = !(before.map { $0.isLetter || $0.isNumber } ?? false) && !(after.map { $0.isLetter || $0.isNumber } ?? false)
                out += rest[..<r.lowerBound]
                out += whole ? long : String(rest[r])
                rest = rest[r.upperBound...]
            }
            out += rest
            text = out
        }
        return text
    }
}
