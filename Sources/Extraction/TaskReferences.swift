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

    /// Explicit references in any written form: "II.2.h", "2.h", "2h" after "nhiệm vụ" or
    /// alone in parentheses ("(5c)"), "điểm h khoản 2 Mục II", "mục 2.h". `d` and `đ` are different tasks: the letter is
    /// read from the unfolded text.
    static func references(in text: String, within limit: Int = 400) -> [TaskReference] {
        // Every written form has a digit; most lines have none where it is looked for.
        // Both scans read the UTF-8 bytes directly: the prefix views' iterators cost ~100
        // instructions a byte or scalar.
        let bytes = text.utf8.span
        var hasDigit = false
        for i in 0..<min(bytes.count, limit * 3) where bytes[i] >= 0x30 && bytes[i] <= 0x39 { hasDigit = true; break }
        guard hasDigit else { return [] }
        var out: [TaskReference] = []
        // Scalars of the lower-cased NFC text: Vietnamese letters are one scalar each.
        // A reference that starts within the limit is read to its end ("điểm a khoản 5").
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(min(limit + 24, text.utf8.count))
        var at = 0
        while at < bytes.count, chars.count < limit + 24 {
            let (s, next) = Tokenizer.scalar(bytes, at)
            chars.append(ScalarClass.lowercased(s))
            at = next
        }
        let n = chars.count
        func isLetter(_ k: Int) -> Bool { k >= 0 && k < n && ScalarClass.isAlphabetic(chars[k]) }
        func isDigit(_ k: Int) -> Bool { k >= 0 && k < n && chars[k].value >= 0x30 && chars[k].value <= 0x39 }
        func isItemLetter(_ k: Int) -> Bool { k >= 0 && k < n && itemLetters.contains(chars[k]) }
        func skipSpaces(_ k: Int) -> Int { var k = k; while k < n, chars[k] == " " || chars[k] == "\u{00A0}" { k += 1 }; return k }
        var k = 0
        while k < n {
            // Form 1: [II.]g.l  /  [II.]g.l)  — a digit 1–9, ".", a letter, then no letter.
            if isDigit(k), !isDigit(k - 1), !isDigit(k + 1) {
                let group = Int(chars[k].value - 0x30)
                var j = k + 1
                var dotted = false
                if j < n, chars[j] == "." { j += 1; dotted = true }
                j = skipSpaces(j)
                // "(5c)", "(2đ)": a code alone in parentheses after a heading's words.
                let bracketed = !dotted && j == k + 1 && k > 0 && chars[k - 1] == "(" && j + 1 < n && chars[j + 1] == ")"
                // ("1. Đ/c Lan …": a letter glued to "/" and a letter is a word's abbreviation —
                // "Đ/c" for đồng chí — not a task's letter.)
                let abbreviation = j + 2 < n && chars[j + 1] == "/" && isLetter(j + 2)
                if isItemLetter(j), !isLetter(j + 1), !abbreviation, dotted || bracketed || precededByTaskWord(chars, k) {
                    // Not a decimal ("2.5") nor part of a code like "38-CT/TW".
                    let b = k - 1
                    var prefixOK = b < 0 || !(isLetter(b) || chars[b] == "/" || chars[b] == "-" || chars[b] == ",")
                    // "I.2.a", "III.1.b": a point of another outline (the report's own sections,
                    // an annex's), not the plan's, whose tasks are all under its Mục II.
                    if prefixOK, b >= 1, chars[b] == "." {
                        var w = b - 1
                        var roman = ""
                        while w >= 0, isLetter(w) { roman = String(chars[w]) + roman; w -= 1 }
                        if !roman.isEmpty, roman != "ii", roman.allSatisfy({ "ivx".contains($0) }) { prefixOK = false }
                    }
                    if prefixOK {
                        var start = k
                        if k >= 3, chars[k - 1] == ".", chars[k - 2] == "i", chars[k - 3] == "i" { start = k - 3 }
                        out.append(TaskReference(group: group, letter: String(chars[j]), offset: start))
                        k = j + 1
                        continue
                    }
                }
            }
            // Form 3: "nội dung 5.3", "ND 3.1", "nhiệm vụ 1.2" — the plan's items counted in
            // order within their group (1 → a, 5 → đ), as units write when they number the
            // plan's items themselves. Only after a word that names a task: "1.1" alone is a
            // heading's number.
            if isDigit(k), !isDigit(k - 1), k + 2 < n, chars[k + 1] == ".", isDigit(k + 2), chars[k].value > 0x30 {
                var j = k + 2, ordinal = 0
                while j < n, isDigit(j), j - k - 2 < 2 { ordinal = ordinal * 10 + Int(chars[j].value - 0x30); j += 1 }
                // "2.1." and "2.1)" number a heading ("các nhiệm vụ⏎2.1. Thực hiện …"), not an item.
                let ends = j >= n || !(isDigit(j) || isLetter(j) || chars[j] == "." || chars[j] == ")" || chars[j] == "/" || chars[j] == ",")
                if ends, ordinal >= 1, ordinal <= orderedLetters.count, precededByTaskWord(chars, k, ordinal: true) {
                    out.append(TaskReference(group: Int(chars[k].value - 0x30), letter: orderedLetters[ordinal - 1], offset: k))
                    k = j
                    continue
                }
            }
            // Form 4: "Mục 5, điểm c", "khoản 2 điểm đ" — the group first, then the letter
            // (a form letter's "Căn cứ: Mục 5, điểm c Phần II Kế hoạch").
            if chars[k] == "m" || chars[k] == "k", let afterGroup = word(chars, k, Self.muc) ?? word(chars, k, Self.mucPlain)
                ?? word(chars, k, Self.khoan) ?? word(chars, k, Self.khoanPlain) {
                let d = skipSpaces(afterGroup)
                if isDigit(d), !isDigit(d + 1) {
                    var m = skipSpaces(d + 1)
                    if m < n, chars[m] == "," { m = skipSpaces(m + 1) }
                    if let afterDiem = word(chars, m, Self.diem) ?? word(chars, m, Self.diemPlain) {
                        let j = skipSpaces(afterDiem)
                        if isItemLetter(j), !isLetter(j + 1) {
                            out.append(TaskReference(group: Int(chars[d].value - 0x30), letter: String(chars[j]), offset: k))
                            k = j + 1
                            continue
                        }
                    }
                }
            }
            // Form 2: "điểm h khoản 2" (mục II optional).
            if chars[k] == "đ" || chars[k] == "d", let afterDiem = word(chars, k, Self.diem) ?? word(chars, k, Self.diemPlain) {
                let j = skipSpaces(afterDiem)
                if isItemLetter(j), !isLetter(j + 1) {
                    var m = skipSpaces(j + 1)
                    if m < n, chars[m] == "," { m = skipSpaces(m + 1) }
                    if let afterKhoan = word(chars, m, Self.khoan) ?? word(chars, m, Self.khoanPlain) {
                        let d = skipSpaces(afterKhoan)
                        if isDigit(d), !isDigit(d + 1) {
                            out.append(TaskReference(group: Int(chars[d].value - 0x30), letter: String(chars[j]), offset: k))
                            k = d + 1
                            continue
                        }
                    }
                }
            }
            k += 1
        }
        return out.filter { $0.offset < limit }
    }

    private static let diem: [Unicode.Scalar] = ["đ", "i", "ể", "m"], diemPlain: [Unicode.Scalar] = ["d", "i", "e", "m"]
    private static let khoan: [Unicode.Scalar] = ["k", "h", "o", "ả", "n"], khoanPlain: [Unicode.Scalar] = ["k", "h", "o", "a", "n"]
    private static let muc: [Unicode.Scalar] = ["m", "ụ", "c"], mucPlain: [Unicode.Scalar] = ["m", "u", "c"]
    private static let itemLetters: Set<Unicode.Scalar> = Set(letters.map { $0.unicodeScalars.first! })

    /// The plan's item letters in their order ("a" is the first item of a group, "đ" the fifth).
    static let orderedLetters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"]

    /// "nhiệm vụ 2h", "NV 2h", "mục 2h": an undotted code only counts after a task word.
    /// `ordinal`: the words before an item counted in order ("nội dung 5.3", "ND 3.1").
    private static func precededByTaskWord(_ chars: [Unicode.Scalar], _ k: Int, ordinal: Bool = false) -> Bool {
        var j = k - 1
        while j >= 0, chars[j] == " " { j -= 1 }
        let end = j + 1
        while j >= 0, ScalarClass.isAlphabetic(chars[j]) || chars[j] == " " { j -= 1; if end - j > 12 { break } }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: chars[(j + 1)..<end])
        let word = VietText.fold(String(scalars))
        if ordinal {
            return word.hasSuffix("nhiem vu") || word == "nv" || word.hasSuffix(" nv") || word.hasSuffix("noi dung")
                || word == "nd" || word.hasSuffix(" nd")
        }
        return word.hasSuffix("nhiem vu") || word.hasSuffix("nv") || word.hasSuffix("muc")
    }

    /// The index after `word` when it stands as a whole word at `k`.
    private static func word(_ chars: [Unicode.Scalar], _ k: Int, _ word: [Unicode.Scalar]) -> Int? {
        guard k + word.count <= chars.count else { return nil }
        if k > 0, ScalarClass.isAlphabetic(chars[k - 1]) { return nil }
        for (i, c) in word.enumerated() where chars[k + i] != c { return nil }
        let after = k + word.count
        return after == chars.count || !ScalarClass.isAlphabetic(chars[after]) ? after : nil
    }
}

/// Matches a passage's words against the catalogue's task titles, for reports that name a
/// task by its title or a paraphrase instead of its code. Features are folded words and word
/// pairs weighted by rarity across the catalogue (inverse document frequency), so "Giải
/// thưởng Chất lượng Quốc gia" points at its task and "tiêu chuẩn, đo lường, chất lượng" at
/// none. The score mixes how much of the passage the task explains (containment: a short
/// paraphrase is fully explained by a long plan text) with Dice overlap.
struct TitleMatcher: Sendable {
    // The catalogue's features are numbered once, at pipeline load: a word has an id, a
    // feature is a key made of word ids (a single keyword or an adjacent pair), and each
    // feature lists the tasks it weighs in (an inverted index). Ranking a passage then folds
    // its words once, looks each up once, and adds weights per feature rather than per task
    // × feature in string-keyed dictionaries.
    private var wordIDs: [String: UInt32] = [:]
    /// The same ids by the words' keys (`WordKey`), and the words by id: a passage's words are
    /// looked up here, without hashing each `String` (`wordID`).
    private var wordIndex = WordIndex()
    private var idWords: [String] = []
    /// Per word id: a stop word (no single-keyword feature, and a pair of two is no feature).
    private var wordIsStop: [Bool] = []
    private var featureIndex: [UInt64: Int32] = [:]
    /// Per feature: its weight in a passage (the title idf; 1 for a feature only group
    /// headings have, as for one the catalogue does not know), whether it is a word pair, and
    /// (task index, weight in that task).
    private var featureTextWeight: [Double] = []
    private var featureIsPair: [Bool] = []
    private var postings: [[(task: Int32, weight: Double)]] = []
    private var tasks: [(code: String, group: Int, norm: Double)] = []
    private static let stopWords: Set<String> = [
        "va", "cac", "cua", "ve", "trong", "cho", "voi", "tai", "theo", "de", "co", "la", "duoc", "nhung", "mot",
        "tren", "dia", "ban", "thanh", "pho", "ho", "chi", "minh", "tieu", "chuan", "do", "luong", "chat", "nam", "hoac",
        "nhu", "nay", "khi", "thuc", "hien", "to", "chuc", "cong", "tac", "lien", "quan", "phu", "hop", "quy", "dinh", "so",
    ]
    /// The second half of a single keyword's key (no word has this id).
    private static let single: UInt64 = 0xFFFF_FFFF
    /// No key: a word id is below 0xFFFF_FFFF, so no key has all bits set.
    private static let emptyKey = UInt64.max
    private var featureKeys: [UInt64] = []
    private var featureSlots: [Int32] = []
    private var featureMask = 0

    /// `citations`: the legal documents the plan's texts cite (`Citations`). A feature only a
    /// title's citations have weighs nothing for its task; rarity and each title's length stay
    /// those of the plan's text as written, so that reading past a citation moves no other task.
    init(tasks: [TaskInfo], citations: Citations = Citations()) {
        var df: [String: Int] = [:]
        let bags = tasks.map { Set(TitleMatcher.features($0.title)) }
        let cited = tasks.map { t in
            let kept = Set(TitleMatcher.features(citations.strip(t.title)))
            return Set(TitleMatcher.features(t.title)).subtracting(kept)
        }
        for bag in bags { for w in bag { df[w, default: 0] += 1 } }
        let n = Double(tasks.count)
        var idf: [String: Double] = [:]
        for (w, c) in df { idf[w] = log2(1 + n / Double(c)) }
        var taskWeights: [[String: Double]] = []
        for (k, (t, bag)) in zip(tasks, bags).enumerated() {
            var weights: [String: Double] = [:]
            for w in bag where !cited[k].contains(w) { weights[w] = idf[w]! }
            // The group heading says what the task is about too ("Tuyên truyền …", "Tăng
            // cường công tác kiểm tra …"), at half weight.
            for w in Set(TitleMatcher.features(t.groupTitle)) where weights[w] == nil {
                weights[w] = 0.5 * (idf[w] ?? log2(1 + n))
            }
            taskWeights.append(weights)
            // Summed in the features' order: a Set's order changes from run to run, and a sum of
            // doubles in another order can differ in its last bits (and so a tie between tasks).
            self.tasks.append((t.code, t.group, bag.sorted().reduce(0.0) { $0 + idf[$1]! }))
        }
        // Number every word of every title and group heading, then every feature.
        for t in tasks {
            for w in TitleMatcher.significantWords(t.title) + TitleMatcher.significantWords(t.groupTitle) where wordIDs[w] == nil {
                let wordKey = WordKey.of(w.utf8)
                // Two catalogue words of one key (a 64-bit hash's collision between long
                // words): the second could never be found, so the catalogue is refused.
                precondition(wordIndex.find(wordKey) == nil, "two words of one WordKey: \(w)")
                wordIndex.insert(wordKey, wordIsStop.count)
                idWords.append(w)
                wordIDs[w] = UInt32(wordIsStop.count)
                wordIsStop.append(TitleMatcher.stopWords.contains(w))
            }
        }
        for (ti, weights) in taskWeights.enumerated() {
            for (feature, weight) in weights {
                let key = self.key(of: feature)
                let f: Int
                if let known = featureIndex[key] {
                    f = Int(known)
                } else {
                    f = postings.count
                    featureIndex[key] = Int32(f)
                    featureTextWeight.append(idf[feature] ?? 1)
                    featureIsPair.append(feature.utf8.contains(UInt8(ascii: "_")))
                    postings.append([])
                }
                postings[f].append((Int32(ti), weight))
            }
        }
        // A feature only citations have still weighs in a passage as the plan's rarity says.
        for feature in cited.reduce(into: Set<String>(), { $0.formUnion($1) }).sorted() where featureIndex[key(of: feature)] == nil {
            featureIndex[key(of: feature)] = Int32(postings.count)
            featureTextWeight.append(idf[feature] ?? 1)
            featureIsPair.append(feature.utf8.contains(UInt8(ascii: "_")))
            postings.append([])
        }
        buildFeatureTable()
    }

    /// `wordIDs[w]`, by the word's key: one integer compared for a word of up to 7 bytes, the
    /// word itself only for a longer one whose key is found.
    @inline(__always)
    private func wordID(_ w: String) -> UInt32? {
        let wordKey = WordKey.of(w.utf8)
        guard let id = wordIndex.find(wordKey) else { return nil }
        return WordKey.isExact(wordKey) || idWords[id] == w ? UInt32(id) : nil
    }

    /// The key of a catalogue feature ("giai" or "giai_thuong"); its words all have ids.
    private func key(of feature: String) -> UInt64 {
        let parts = feature.split(separator: "_", omittingEmptySubsequences: false)
        let a = UInt64(wordIDs[String(parts[0])]!)
        return parts.count == 1 ? a << 32 | Self.single : a << 32 | UInt64(wordIDs[String(parts[1])]!)
    }

    /// Folded words without the all-digit ones: what features are made of.
    static func significantWords(_ text: String) -> [String] {
        var words = VietText.words(text)
        words.removeAll(where: isAllNumber)
        return words
    }

    /// `word.allSatisfy(\.isNumber)`, read on the bytes when the word is ASCII (a folded word
    /// nearly always is): character by character it was a visible part of ranking.
    private static func isAllNumber(_ word: String) -> Bool {
        var digits = true
        for b in word.utf8 {
            if b >= 0x80 { return word.allSatisfy(\.isNumber) }
            if b < 0x30 || b > 0x39 { digits = false }
        }
        return digits
    }

    /// `word.count > 1` for a word of at least two bytes: an ASCII word has as many
    /// characters as bytes.
    private static func hasTwoCharacters(_ word: String) -> Bool {
        for b in word.utf8 where b >= 0x80 { return word.count > 1 }
        return true
    }

    /// Keywords (stop words dropped) and adjacent word pairs of all words ("tap huan",
    /// "giai thuong"), which carry more meaning than single syllables in Vietnamese.
    static func features(_ text: String) -> [String] {
        let words = significantWords(text)
        var out = words.filter { $0.count > 1 && !stopWords.contains($0) }
        if words.count > 1 {
            for i in 0..<(words.count - 1) where !(stopWords.contains(words[i]) && stopWords.contains(words[i + 1])) {
                out.append(words[i] + "_" + words[i + 1])
            }
        }
        return out
    }

    /// Tasks ranked by score; `group` restricts to one plan group when the report's own
    /// numbering says which.
    func rank(_ text: String, group: Int? = nil) -> [(code: String, score: Double)] {
        rankWithShared(text, group: group).map { ($0.code, $0.score) }
    }

    /// `rank(text)` for a text whose `significantWords` are `words`.
    func rank(words: [String], group: Int? = nil) -> [(code: String, score: Double)] {
        rankWithShared(words: words, group: group).map { ($0.code, $0.score) }
    }

    /// Scores with the number of shared single keywords, so that a short line sharing one
    /// or two common words ("Đơn vị: …") is not taken for a task.
    func rankWithShared(_ text: String, group: Int? = nil) -> [(code: String, score: Double, keywords: Int)] {
        rankWithShared(words: TitleMatcher.significantWords(text), group: group)
    }

    /// `rankWithShared(text)` for a text whose `significantWords` are `words`: a line ranked
    /// against the tasks and against the groups folds its words once.
    func rankWithShared(words: [String], group: Int? = nil) -> [(code: String, score: Double, keywords: Int)] {
        // The same features as `features(text)`, as keys: words the catalogue does not know
        // get ids past its own, for this passage only, so that distinct unknown features are
        // still counted once each.
        guard !words.isEmpty else { return [] }
        var unknown: [String: UInt32] = [:]
        var ids: [UInt32] = []
        var stop: [Bool] = []
        ids.reserveCapacity(words.count)
        stop.reserveCapacity(words.count)
        for w in words {
            if let id = wordID(w) {
                ids.append(id); stop.append(wordIsStop[Int(id)])
            } else {
                let id: UInt32
                if let u = unknown[w] { id = u } else { id = UInt32(wordIsStop.count + unknown.count); unknown[w] = id }
                ids.append(id); stop.append(TitleMatcher.stopWords.contains(w))
            }
        }
        // The passage's distinct feature keys: sorted, each counted once (a hashed set cost
        // more than the ranking it fed, and its order changed from run to run).
        var keys: [UInt64] = []
        keys.reserveCapacity(2 * words.count)
        for (i, w) in words.enumerated() where !stop[i] && w.utf8.count > 1 && Self.hasTwoCharacters(w) {
            keys.append(UInt64(ids[i]) << 32 | Self.single)
        }
        if words.count > 1 {
            for i in 0..<(words.count - 1) where !(stop[i] && stop[i + 1]) {
                keys.append(UInt64(ids[i]) << 32 | UInt64(ids[i + 1]))
            }
        }
        guard !keys.isEmpty else { return [] }
        keys.sort()
        // Features unknown to the catalogue still count against containment, at a low weight.
        var textWeight = 0.0
        var shared = [Double](repeating: 0, count: tasks.count)
        var keywords = [Int](repeating: 0, count: tasks.count)
        var previous: UInt64?
        for key in keys where key != previous {
            previous = key
            guard let f = feature(key) else { textWeight += 1; continue }
            textWeight += featureTextWeight[f]
            let pair = featureIsPair[f]
            for p in postings[f] {
                shared[Int(p.task)] += p.weight
                if !pair { keywords[Int(p.task)] += 1 }
            }
        }
        guard textWeight > 0 else { return [] }
        // Labelled as returned: an unlabelled array was converted element by element.
        var out: [(code: String, score: Double, keywords: Int)] = []
        out.reserveCapacity(tasks.count)
        for (i, t) in tasks.enumerated() where group == nil || t.group == group {
            let containment = shared[i] / textWeight
            let dice = 2 * shared[i] / (textWeight + t.norm)
            out.append((t.code, 0.6 * containment + 0.4 * dice, keywords[i]))
        }
        return out.sorted { $0.1 > $1.1 }
    }

    /// The feature of a key, from an open-addressed table of the catalogue's keys (a
    /// multiplicative hash of the key's bits instead of the standard library's seeded one).
    private func feature(_ key: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & featureMask
        while true {
            let k = featureKeys[i]
            if k == key { return Int(featureSlots[i]) }
            if k == Self.emptyKey { return nil }
            i = (i + 1) & featureMask
        }
    }

    /// Fills the open-addressed table from `featureIndex`, at most half full.
    private mutating func buildFeatureTable() {
        var size = 16
        while size < 2 * featureIndex.count + 2 { size *= 2 }
        featureKeys = [UInt64](repeating: Self.emptyKey, count: size)
        featureSlots = [Int32](repeating: -1, count: size)
        featureMask = size - 1
        for (key, f) in featureIndex {
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & featureMask
            while featureKeys[i] != Self.emptyKey { i = (i + 1) & featureMask }
            featureKeys[i] = key
            featureSlots[i] = f
        }
    }

    /// The best task when it is clearly better than the next one.
    func best(_ text: String, group: Int? = nil, threshold: Double, margin: Double = 0.06) -> String? {
        let ranked = rankWithShared(text, group: group)
        guard let top = ranked.first, top.score >= threshold, top.keywords >= 3 else { return nil }
        if ranked.count > 1, top.score - ranked[1].score < margin { return nil }
        return top.code
    }
}

import Foundation
