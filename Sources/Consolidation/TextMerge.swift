import Foundation
import VietText

/// Near-duplicate detection for units' sentences: token-set (Jaccard) similarity on folded
/// words, ignoring the most common function words.
public enum TextMerge {
    static let stopwords: Set<String> = [
        "va", "cua", "cac", "cho", "trong", "tai", "voi", "la", "da", "duoc", "con", "nhung", "mot", "so", "nay",
        "do", "de", "theo", "tu", "den", "ve", "tren", "dia", "ban", "co", "khong", "chua", "nhieu",
    ]

    public static func tokens(_ s: String) -> Set<String> {
        Set(VietText.words(s).filter { !stopwords.contains($0) })
    }

    /// |A ∩ B| / |A ∪ B|; 1 for two empty sets.
    public static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let inter = a.intersection(b).count
        return Double(inter) / Double(a.union(b).count)
    }

    /// Groups texts whose similarity to a group's first member reaches `threshold`; groups
    /// keep the order of their first member. Returns indexes into `texts`.
    /// With `sameNumbers`, texts merge only when they state the same numbers: two units that
    /// write the same template with different figures are not one quote.
    public static func cluster(_ texts: [String], threshold: Double, sameNumbers: Bool = false) -> [[Int]] {
        var groups: [(tokens: Set<String>, numbers: [String], members: [Int])] = []
        for (i, t) in texts.enumerated() {
            let tk = tokens(t)
            let nums = sameNumbers ? numbers(t) : []
            if let g = groups.firstIndex(where: { similarity($0.tokens, tk) >= threshold && $0.numbers == nums }) {
                groups[g].members.append(i)
            } else {
                groups.append((tk, nums, [i]))
            }
        }
        return groups.map(\.members)
    }

    /// The digit runs of a text, in order.
    static func numbers(_ s: String) -> [String] {
        s.split(whereSeparator: { !$0.isNumber }).map(String.init)
    }

    /// A unit's passage about a task without what is not its substance: the lead-in naming
    /// the task ("Về nhiệm vụ 1.a (…):", "Thực hiện nhiệm vụ 3.a của Kế hoạch,"), a restated
    /// task before "Kết quả thực hiện:", a trailing status label ("- Tiến độ: …") and a
    /// leading enumerator copied from the plan ("a) ", "- ").
    public static func strippingLeadIn(_ text: String) -> String {
        var s = VietText.collapseWhitespace(text)
        // Lead-in up to a colon that closes a reference to the task ("Về nhiệm vụ 2.đ (… ISO
        // 9001:2015 …): …"): the first ": " outside parentheses.
        if let colon = separator(in: s, ":", within: 260) {
            let head = VietText.fold(String(s[..<colon]))
            if head.contains("nhiem vu") || head.hasPrefix("ve ") || head.contains("ke hoach") || head.contains("muc ii")
                || head.hasSuffix("ket qua thuc hien") || head.hasSuffix("ket qua") {
                s = String(s[s.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            }
        }
        // "… + Kết quả thực hiện: …": the result after the unit restated the task.
        if let r = s.range(of: "Kết quả thực hiện:"), s.distance(from: s.startIndex, to: r.lowerBound) < 400 {
            s = String(s[r.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
        // "Thực hiện nhiệm vụ 3.a (…, …) của Kế hoạch, …": up to the first comma outside parentheses.
        let folded = VietText.fold(s)
        if folded.hasPrefix("thuc hien nhiem vu") || folded.hasPrefix("doi voi nhiem vu") || folded.hasPrefix("ve nhiem vu"),
           let comma = separator(in: s, ",", within: 200) {
            s = String(s[s.index(after: comma)...]).trimmingCharacters(in: .whitespaces)
        }
        // A trailing "- Tiến độ: …" / "+ Tiến độ …" label: the status, stated elsewhere.
        for marker in [" - Tiến độ", " + Tiến độ", " - Tình hình thực hiện:", " Tiến độ:"] {
            if let r = s.range(of: marker) { s = String(s[..<r.lowerBound]).trimmingCharacters(in: .whitespaces) }
        }
        if let m = s.prefixMatch(of: /^(?:[a-zđA-ZĐ]\)|[-+•])\s+/) { s = String(s[m.range.upperBound...]) }
        if let first = s.first, first.isLowercase { s = first.uppercased() + s.dropFirst() }
        return s
    }

    /// A passage that starts by restating the task's title, run into the result without
    /// punctuation ("Khen thưởng, bảo vệ người tố giác … chất lượng Trong kỳ báo cáo, …"):
    /// the restatement is dropped when at least 80% of its words are the task's words.
    public static func droppingRestatement(_ s: String, taskTokens: Set<String>) -> String {
        let words = s.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count > 8 else { return s }
        for k in stride(from: min(45, words.count - 4), through: 4, by: -1) {
            // The unit's sentence starts with a capitalised word ("Ủy ban", "Phường"), not an
            // acronym of the title ("TCVN ISO 9001").
            guard let first = words[k].first, first.isUppercase, words[k].dropFirst().first?.isLowercase == true,
                  let last = words[k - 1].last, !".:;!?".contains(last) else { continue }
            let prefixWords = VietText.words(words[..<k].joined(separator: " "))
            // A title has no tense: "… đã phối hợp với Chi cục …" is the unit's sentence.
            guard !prefixWords.contains(where: { ["da", "dang", "se"].contains($0) }) else { continue }
            let prefix = tokens(words[..<k].joined(separator: " "))
            guard !prefix.isEmpty else { continue }
            let covered = Double(prefix.intersection(taskTokens).count) / Double(prefix.count)
            if covered >= 0.8 { return words[k...].joined(separator: " ") }
        }
        return s
    }

    /// The first `mark` outside parentheses within `limit` characters, followed by a space or
    /// the end (so "9001:2015" and "1,5" are not separators).
    static func separator(in s: String, _ mark: Character, within limit: Int) -> String.Index? {
        var depth = 0
        var i = s.startIndex
        var n = 0
        while i < s.endIndex, n < limit {
            let c = s[i]
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            let next = s.index(after: i)
            if c == mark, depth == 0, next == s.endIndex || s[next] == " " { return i }
            i = next
            n += 1
        }
        return nil
    }

    /// "Trên đây là báo cáo …", "Kính báo cáo": a report's closing formula, not an item.
    /// A proposal with the report's closing run on ("…; cung cấp tài liệu. Sở Công Thương kính
    /// báo cáo./"): the closing sentence cut off.
    public static func droppingClosingFormula(_ s: String) -> String {
        let t = VietText.nfc(s)
        guard let r = t.range(of: "kính báo cáo", options: .caseInsensitive) ?? t.range(of: "trên đây là", options: .caseInsensitive) else { return s }
        let head = String(t[..<r.lowerBound])
        // Back to the end of the sentence before the formula.
        guard let end = head.lastIndex(where: { ".;!?".contains($0) }) else { return "" }
        return String(head[...end])
    }

    public static func isClosingFormula(_ s: String) -> Bool {
        let f = VietText.fold(s)
        return f.hasPrefix("tren day la") || f.hasPrefix("kinh bao cao") || f.hasPrefix("noi nhan")
    }

    static func isStatusOnly(_ sentence: String) -> Bool {
        let f = VietText.fold(sentence)
        let words = f.split(separator: " ").count
        guard words <= 10 else { return false }
        let statusWords = ["hoan thanh", "dang thuc hien", "chua thuc hien", "dang trien khai", "chua trien khai", "khong phat sinh"]
        return f.contains("nhiem vu") && statusWords.contains { f.contains($0) }
    }
}
