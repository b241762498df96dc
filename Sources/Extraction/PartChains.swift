import Foundation

extension GridResolver {
    /// A line that counts one thing by area, each area named by a number ("Cuộc KT — KV1: 2 ·
    /// KV2: 0 · KV3: 1 ⇒ 3", "Cơ sở — KV1: 6 · KV2: 4"), read as its label and the total the
    /// line gives after its total mark, or else the sum of its parts ("Cuộc KT: 3"): a merged
    /// ward counts its former wards apart, its result is the whole (grids.yaml `part_chains`).
    /// The parts' names must all be the same words but for their numbers, so that a line of
    /// different kinds ("Kiểm tra — cuộc: 3 · cơ sở: 13") is never added up. Other lines stay.
    func partChainTotals(_ text: String) -> String {
        let pc = r.g.partChains
        // Foundation's `contains` is asked only where it may find the mark (`mayFindPlain`):
        // it searched every cell's whole text for each mark.
        func holds(_ mark: String) -> Bool { FoundationSearchFilter.mayFindPlain(mark, in: text[...]) && text.contains(mark) }
        guard !pc.labelMarks.isEmpty, pc.separators.contains(where: holds) || pc.totals.contains(where: holds) else { return text }
        var changed = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            // Foundation is asked only where it may find the mark (`mayFindPlain`, exact): most
            // lines of a cell holding an arrow or a bullet hold no dash, and searching each
            // through Foundation cost a fifth of the grid reader's time.
            guard let mark = pc.labelMarks.compactMap({ m in FoundationSearchFilter.mayFindPlain(m, in: line) ? line.range(of: m).map { (m, $0) } : nil }).min(by: { $0.1.lowerBound < $1.1.lowerBound }) else { return String(line) }
            let label = line[..<mark.1.lowerBound].trimmedAsFoundationWhitespaces()
            guard label.contains(where: \.isLetter), !label.contains(":") else { return String(line) }
            var rest = String(line[mark.1.upperBound...])
            var total: String?
            if let t = pc.totals.compactMap({ m in rest.range(of: m) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                total = rest[t.upperBound...].trimmedAsFoundationWhitespaces()
                rest = String(rest[..<t.lowerBound])
            }
            var parts = [rest[...]]
            for sep in pc.separators { parts = parts.flatMap { $0.components(separatedBy: sep).map { $0[...] } } }
            var shape: String?
            var sum = 0.0
            var unit = ""
            for part in parts {
                guard let colon = part.lastIndex(of: ":") else { return String(line) }
                let name = part[..<colon].trimmedAsFoundationWhitespaces()
                guard name.contains(where: \.isNumber), name.count <= 24 else { return String(line) }
                let bare = String(name.filter { !$0.isNumber }).trimmedAsFoundationWhitespaces().lowercased()
                if shape == nil { shape = bare } else if shape != bare { return String(line) }
                let tokens = Tokenizer.tokenize(String(part[part.index(after: colon)...]))
                guard let first = tokens.first, first.kind == .number, let n = VietNumber.parse(first.raw) else { return String(line) }
                sum += n
                if unit.isEmpty, tokens.count > 1, tokens[1].raw != "(" { unit = String(tokens[1].raw) }
            }
            let value: String
            if let total, let t = Tokenizer.tokenize(total).first, t.kind == .number { value = total }
            else if total == nil, sum == sum.rounded(), sum < 1e15 { value = String(Int(sum)) + unit }
            else { return String(line) }
            changed = true
            return label + ": " + value
        }
        return changed ? lines.joined(separator: "\n") : text
    }
}
