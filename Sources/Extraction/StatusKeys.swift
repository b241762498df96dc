import Foundation
import VietText

// A document's own key of status words: a unit that rates its works in its own words
// ("Tốt / Khá / Đạt / Chưa đạt") says once what each word means — on one line ("Cách tự đánh
// giá: “Tốt” là việc đã làm xong …; “Đạt” là việc đang làm …") or one word a line under a
// lead-in ("Giải thích mức độ:" over "Khá: làm xong, đạt yêu cầu.", "Đạt: đang làm, …"). Its
// meanings, read with the vocabulary, replace the vocabulary's own for those words in that
// document: "Đạt" there is work going on, whatever it means elsewhere.

extension Vocabulary {
    /// How a document's key of status words is found (`status_keys`).
    struct StatusKeyWords: Sendable {
        /// Folded words of a lead-in line over a key of one word a line ("giải thích", "quy
        /// ước"); a key written with quotes needs none.
        var leads: [String] = []
        /// What stands between a word and its meaning, as written ("là", ":", "=", "–").
        var links: [String] = []
        /// The most words a lead-in line may have ("Giải thích mức độ:").
        var leadMaxWords = 8
        /// The most words a key's word may have ("Không đánh giá").
        var maxKeyWords = 0
        /// The least number of words a key defines, with at least two different meanings.
        var minKeys = 2
    }

    /// The document's key of status words, by folded word, from its lines (each a paragraph
    /// or a cell's line), in their order. Empty when the document has none.
    func statusKeys(_ lines: [String]) -> [String: TaskStatus] {
        let k = statusKeyWords
        guard k.maxKeyWords > 0, !k.links.isEmpty else { return [:] }
        var out: [String: TaskStatus] = [:]
        func accept(_ pairs: [(String, TaskStatus)]) {
            guard pairs.count >= k.minKeys, Set(pairs.map(\.1)).count >= 2 else { return }
            for (key, status) in pairs where out[key] == nil { out[key] = status }
        }
        // One line, the words in quotes: “Tốt” là …; “Khá” là …
        // (A line without a quote mark's bytes — '"', or the last byte of “ — is passed over
        // without walking its characters.)
        for line in lines where line.utf8.count <= 1200 && line.utf8.contains(where: { $0 == 0x22 || $0 == 0x9C }) {
            let quoted = quotedKeys(line)
            if !quoted.isEmpty { accept(quoted) }
        }
        // One word a line under a lead-in ending with a colon.
        var i = 0
        while i < lines.count {
            let lead = lines[i].trimmingCharacters(in: .whitespaces)
            guard lead.hasSuffix(":"), lead.spaceSeparatedCount(upTo: k.leadMaxWords) <= k.leadMaxWords,
                  case let f = VietText.fold(lead), k.leads.contains(where: { f.containsBytes($0) }) else { i += 1; continue }
            var pairs: [(String, TaskStatus)] = []
            var j = i + 1
            while j < lines.count, let pair = keyLine(lines[j]) { pairs.append(pair); j += 1 }
            accept(pairs)
            i = max(j, i + 1)
        }
        return out
    }

    /// "Khá: làm xong, đạt yêu cầu." — a short word, a link, and a meaning the vocabulary
    /// reads as a status.
    private func keyLine(_ line: String) -> (String, TaskStatus)? {
        let text = line.trimmingCharacters(in: .whitespaces)
        for link in statusKeyWords.links {
            let sep = link.count == 1 ? link : " \(link) "
            guard let r = text.range(of: sep) else { continue }
            let key = text[..<r.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " -–•+*“”\"'"))
            guard let pair = definition(key, String(text[r.upperBound...])) else { continue }
            return pair
        }
        return nil
    }

    /// “Tốt” là …; “Khá” là …: each word in quotes and the meaning after its link, up to the
    /// next clause mark or the next word in quotes.
    private func quotedKeys(_ line: String) -> [(String, TaskStatus)] {
        let opens: [Character] = ["“", "\""], closes: [Character: Character] = ["“": "”", "\"": "\""]
        var pairs: [(String, TaskStatus)] = []
        var i = line.startIndex
        while let o = line[i...].firstIndex(where: { opens.contains($0) }) {
            let close = closes[line[o]]!
            let afterOpen = line.index(after: o)
            guard afterOpen < line.endIndex, let c = line[afterOpen...].firstIndex(of: close) else { break }
            let key = String(line[afterOpen..<c])
            var rest = line[line.index(after: c)...].drop { $0 == " " }
            i = line.index(after: c)
            guard let link = statusKeyWords.links.first(where: { rest.hasPrefix($0) && (rest.count == $0.count || !rest[rest.index(rest.startIndex, offsetBy: $0.count)].isLetter) }) else { continue }
            rest = rest.dropFirst(link.count)
            let end = rest.firstIndex { $0 == ";" || opens.contains($0) } ?? rest.endIndex
            if let pair = definition(key, String(rest[..<end])) { pairs.append(pair) }
            i = end
        }
        return pairs
    }

    /// A key word and its meaning: the word short and no number, no status label; the meaning
    /// read as a status, its first clause first ("đang làm, đúng tiến độ, chưa kết thúc").
    private func definition(_ key: String, _ meaning: String) -> (String, TaskStatus)? {
        let key = key.trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, key.spaceSeparatedCount(upTo: statusKeyWords.maxKeyWords) <= statusKeyWords.maxKeyWords,
              !key.contains(where: \.isNumber) else { return nil }
        let keyTokens = Tokenizer.read(key)
        if let label = statusLabels.match(keyTokens, at: 0), label.end == keyTokens.count { return nil }
        let firstClause = meaning.split(whereSeparator: { $0 == "," || $0 == "/" }).first.map(String.init) ?? meaning
        guard let status = status(in: Tokenizer.read(firstClause)) ?? status(in: Tokenizer.read(meaning)) else { return nil }
        return (VietText.fold(key), status)
    }
}
