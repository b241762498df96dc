import VietText

/// What extraction needs to know of a plan task: its code and the words of its title.
public struct TaskInfo: Sendable {
    public var code: String          // "II.2.đ"
    public var group: Int            // 2
    public var letter: String        // "đ"
    public var title: String
    public var groupTitle: String

    public init(code: String, group: Int, letter: String, title: String, groupTitle: String) {
        self.code = code
        self.group = group
        self.letter = letter
        self.title = title
        self.groupTitle = groupTitle
    }
}

/// A reference to a plan task found in text.
struct TaskReference: Sendable, Equatable {
    var group: Int
    var letter: String
    /// Character offset in the text where the reference starts (to tell a heading reference
    /// from a passing mention).
    var offset: Int
}

enum TaskReferenceParser {
    // Letters of the plan's items in Vietnamese order (no f).
    static let letters: Set<String> = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"]

    /// Explicit references in any written form: "II.2.h", "2.h", "2h" after "nhiệm vụ",
    /// "điểm h khoản 2 Mục II", "mục 2.h". `d` and `đ` are different tasks: the letter is
    /// read from the unfolded text.
    static func references(in text: String) -> [TaskReference] {
        var out: [TaskReference] = []
        let chars = Array(text.lowercased())
        let n = chars.count
        func isLetter(_ k: Int) -> Bool { k >= 0 && k < n && chars[k].isLetter }
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && chars[k].isASCIIDigit }
        func skipSpaces(_ k: Int) -> Int { var k = k; while k < n, chars[k] == " " || chars[k] == "\u{00A0}" { k += 1 }; return k }
        var k = 0
        while k < n {
            // Form 1: [II.]g.l  /  [II.]g.l)  — a digit 1–9, ".", a letter, then no letter.
            if isDigit(k), !isDigit(k - 1), !isDigit(k + 1) {
                let group = Int(String(chars[k]))!
                var j = k + 1
                var dotted = false
                if j < n, chars[j] == "." { j += 1; dotted = true }
                j = skipSpaces(j)
                if j < n, letters.contains(String(chars[j])), !isLetter(j + 1), dotted || precededByTaskWord(chars, k) {
                    // Not a decimal ("2.5") nor a date; the char before the digit must not be a
                    // letter or a "/" (codes like "38-CT/TW").
                    let before = k - 1
                    let prefixOK = before < 0 || !(chars[before].isLetter || chars[before] == "/" || chars[before] == "-" || chars[before] == ",")
                    if prefixOK {
                        var start = k
                        // Optional roman "II." prefix.
                        if k >= 3, chars[k - 1] == ".", chars[k - 2] == "i", chars[k - 3] == "i" { start = k - 3 }
                        out.append(TaskReference(group: group, letter: String(chars[j]), offset: start))
                        k = j + 1
                        continue
                    }
                }
            }
            // Form 2: "điểm h khoản 2" (mục II optional).
            if matchWord(chars, k, "điểm") || matchWord(chars, k, "diem") {
                var j = skipSpaces(k + 4 + (chars[k] == "đ" ? 0 : 0))
                j = skipSpaces(k + 4)
                if j < n, letters.contains(String(chars[j])), !isLetter(j + 1) {
                    let letter = String(chars[j])
                    var m = skipSpaces(j + 1)
                    if m < n, chars[m] == "," { m = skipSpaces(m + 1) }
                    if matchWord(chars, m, "khoản") || matchWord(chars, m, "khoan") {
                        let d = skipSpaces(m + 5)
                        if isDigit(d), !isDigit(d + 1) {
                            out.append(TaskReference(group: Int(String(chars[d]))!, letter: letter, offset: k))
                            k = d + 1
                            continue
                        }
                    }
                }
            }
            k += 1
        }
        return out
    }

    /// "nhiệm vụ 2h", "NV 2h": an undotted code only counts after a task word.
    private static func precededByTaskWord(_ chars: [Character], _ k: Int) -> Bool {
        var j = k - 1
        while j >= 0, chars[j] == " " { j -= 1 }
        let end = j + 1
        while j >= 0, chars[j].isLetter || chars[j] == " " { j -= 1; if end - j > 12 { break } }
        let word = VietText.fold(String(chars[(j + 1)..<end]))
        return word.hasSuffix("nhiem vu") || word.hasSuffix("nv") || word.hasSuffix("muc")
    }

    private static func matchWord(_ chars: [Character], _ k: Int, _ word: String) -> Bool {
        let w = Array(word)
        guard k + w.count <= chars.count else { return false }
        if k > 0, chars[k - 1].isLetter { return false }
        for (i, c) in w.enumerated() where chars[k + i] != c { return false }
        return k + w.count == chars.count || !chars[k + w.count].isLetter
    }
}

/// Matches a passage's words against the catalogue's task titles, for reports that name a
/// task by its title or a paraphrase instead of its code. Weighted word overlap: words that
/// occur in few task titles weigh more (inverse document frequency), so "Giải thưởng Chất
/// lượng Quốc gia" points at its task and "tiêu chuẩn, đo lường, chất lượng" at none.
struct TitleMatcher: Sendable {
    private var tasks: [(code: String, group: Int, weights: [String: Double], norm: Double)] = []
    private var idf: [String: Double] = [:]
    private static let stopWords: Set<String> = [
        "va", "cac", "cua", "ve", "trong", "cho", "voi", "tai", "theo", "de", "co", "la", "duoc", "nhung", "mot", "so",
        "tren", "dia", "ban", "thanh", "pho", "ho", "chi", "minh", "tieu", "chuan", "do", "luong", "chat", "nam", "hoac",
        "nhu", "nay", "khi", "thuc", "hien", "to", "chuc", "cong", "tac", "lien", "quan", "phu", "hop", "quy", "dinh",
    ]

    init(tasks: [TaskInfo]) {
        var df: [String: Int] = [:]
        let bags = tasks.map { Set(TitleMatcher.keywords($0.title)) }
        for bag in bags { for w in bag { df[w, default: 0] += 1 } }
        let n = Double(tasks.count)
        for (w, c) in df { idf[w] = log2(1 + n / Double(c)) }
        for (t, bag) in zip(tasks, bags) {
            var weights: [String: Double] = [:]
            for w in bag { weights[w] = idf[w]! }
            let norm = weights.values.reduce(0, +)
            self.tasks.append((t.code, t.group, weights, norm))
        }
    }

    static func keywords(_ text: String) -> [String] {
        VietText.words(text).filter { $0.count > 1 && !stopWords.contains($0) && !$0.allSatisfy(\.isNumber) }
    }

    /// Tasks ranked by how much of the passage's title words they cover; `group` restricts to
    /// one plan group when the report's own numbering says which.
    func rank(_ text: String, group: Int? = nil) -> [(code: String, score: Double)] {
        let words = Set(TitleMatcher.keywords(text))
        guard !words.isEmpty else { return [] }
        let textWeight = words.reduce(0.0) { $0 + (idf[$1] ?? 0) }
        guard textWeight > 0 else { return [] }
        var out: [(String, Double)] = []
        for t in tasks where group == nil || t.group == group {
            var shared = 0.0
            for w in words { if let wt = t.weights[w] { shared += wt } }
            // Dice-like: shared weight relative to both the passage and the task title.
            let score = 2 * shared / (textWeight + t.norm)
            out.append((t.code, score))
        }
        return out.sorted { $0.1 > $1.1 }
    }
}

import Foundation
