import VietText

/// One token of a passage: a word (folded for matching, raw for display), a number with its
/// written form, or a punctuation mark.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var kind: Kind
    /// The text as written (NFC).
    var raw: Substring
    /// Folded form for words ("Đoàn" → "doan"); the raw text for numbers and punctuation.
    let folded: String
    /// `WordKey.of(folded)`, made once with the token: the phrase tables and word sets find
    /// a word by this integer instead of hashing and comparing its `String` at every lookup.
    let key: UInt64
    /// A sentence or clause break (". ; : ! ?" or a line break) stands right before this token.
    var breakBefore: Bool

    init(kind: Kind, raw: Substring, folded: String, breakBefore: Bool) {
        self.init(kind: kind, raw: raw, folded: folded, key: WordKey.of(folded.utf8), breakBefore: breakBefore)
    }

    init(kind: Kind, raw: Substring, folded: String, key: UInt64, breakBefore: Bool) {
        self.kind = kind
        self.raw = raw
        self.folded = folded
        self.key = key
        self.breakBefore = breakBefore
    }
}

/// A folded word as one integer. A word of up to 7 bytes is its bytes themselves (first byte
/// lowest) with its length in the top byte, so two such keys are equal exactly when the words'
/// bytes are; a longer word is a 64-bit FNV-1a hash of its bytes with the top bit set, so equal
/// keys of long words still need the words compared (`isExact` says which). Most folded words
/// are short ASCII: most lookups compare one integer and no `String`.
enum WordKey {
    @inline(__always)
    static func of<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var packed: UInt64 = 0
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var n: UInt64 = 0
        for b in bytes {
            if n < 7 { packed |= UInt64(b) << (8 &* n) }
            hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            n &+= 1
        }
        return n <= 7 ? packed | n << 56 : hash | 1 << 63
    }

    /// Whether equal keys mean equal words (a word of up to 7 bytes).
    @inline(__always)
    static func isExact(_ key: UInt64) -> Bool { key >> 63 == 0 }
}

/// Word keys to small integers in one open-addressed array (a multiply, a shift and a compare
/// or two per lookup). Key 0 (the empty word) marks a free place and is never stored.
struct WordIndex: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var count = 0
    private var shift: UInt64 = 64

    @inline(__always) private func place(_ key: UInt64) -> Int {
        // Fibonacci hashing: the multiply spreads packed bytes (alike in their low bits) over the table.
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored under `key`.
    @inline(__always)
    func find(_ key: UInt64) -> Int? {
        guard count > 0 else { return nil }
        let mask = keys.count - 1
        var i = place(key)
        while true {
            let k = keys[i]
            if k == key { return Int(values[i]) }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` under `key` (not yet stored, not 0), growing the array at half full.
    mutating func insert(_ key: UInt64, _ value: Int) {
        precondition(key != 0)
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, values).filter { $0.0 != 0 }
            var size = 16
            while size < (count + 1) * 2 { size *= 2 }
            keys = [UInt64](repeating: 0, count: size)
            values = [Int32](repeating: 0, count: size)
            shift = 64 - UInt64(size.trailingZeroBitCount)
            for (k, v) in old { put(k, v) }
        }
        put(key, Int32(value))
        count += 1
    }

    private mutating func put(_ key: UInt64, _ value: Int32) {
        let mask = keys.count - 1
        var i = place(key)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
    }
}

/// A set of folded words looked up by a token's key (`Token.key`) without hashing a `String`.
struct WordSet: Sendable {
    private var index = WordIndex()
    private var words: [String] = []

    init() {}

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { insert(w) }
    }

    var isEmpty: Bool { words.isEmpty }

    mutating func insert(_ word: String) {
        let key = WordKey.of(word.utf8)
        guard key != 0, !contains(word, key: key) else { return }
        // Two vocabulary words of one key (a 64-bit hash's collision between long words):
        // the second could never be found, so the vocabulary is refused where it is built.
        precondition(index.find(key) == nil, "two words of one WordKey: \(word)")
        index.insert(key, words.count)
        words.append(word)
    }

    func contains(_ word: String) -> Bool { contains(word, key: WordKey.of(word.utf8)) }

    /// Whether the token's folded word is in the set.
    @inline(__always)
    func contains(_ token: Token) -> Bool { contains(token.folded, key: token.key) }

    @inline(__always)
    private func contains(_ word: @autoclosure () -> String, key: UInt64) -> Bool {
        guard let i = index.find(key) else { return false }
        return WordKey.isExact(key) || words[i] == word()
    }
}

enum Tokenizer {
    /// Splits NFC text into tokens. Numbers keep their internal "." and "," when digits
    /// follow ("15.500.000", "15,5"); a trailing "." ends the sentence. Works on Unicode
    /// scalars (NFC Vietnamese letters are one scalar each), folding words as it goes.
    ///
    /// During a document's extraction the tokens come from its readings (`TextReadings
    /// .current`): a text is tokenized once per document, whichever reader asks first.
    static func tokenize(_ text: String) -> [Token] {
        if let readings = TextReadings.current { return readings.shared(text) }
        return read(text)
    }

    /// `tokenize` without the document's readings: the text read now.
    static func read(_ text: String) -> [Token] {
        // Decode scalars from the UTF-8 bytes directly, which costs less than stepping
        // String.UnicodeScalarView indices.
        tokenize(text, bytes: text.utf8.span)
    }

    /// The scalar at byte `k` of valid UTF-8 and the byte after it.
    @inline(__always)
    static func scalar(_ bytes: Span<UInt8>, _ k: Int) -> (Unicode.Scalar, Int) {
        let (v, next) = VietText.decode(bytes, k)
        return (Unicode.Scalar(v)!, next)
    }

    private static func tokenize(_ text: String, bytes: Span<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let n = bytes.count
        let utf8 = text.utf8
        @inline(__always) func index(_ k: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: k) }
        var i = 0
        var pendingBreak = true
        @inline(__always) func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        @inline(__always) func isDigitByte(_ k: Int) -> Bool { k < n && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        // One buffer for every word's folded bytes: a String is made once per word.
        var folded: [UInt8] = []
        folded.reserveCapacity(32)
        while i < n {
            let (ch, next) = scalar(bytes, i)
            if ScalarClass.isWordLetter(ch) {
                folded.removeAll(keepingCapacity: true)
                VietText.appendFolded(ch, to: &folded)
                var j = next
                while j < n {
                    // ASCII letters folded here, without the call: most letters of a word are.
                    let b = bytes[j]
                    if b < 0x80 {
                        let lower = b | 0x20
                        guard lower >= 0x61 && lower <= 0x7A else { break }
                        folded.append(lower)
                        j += 1
                        continue
                    }
                    let (c, after) = scalar(bytes, j)
                    guard ScalarClass.isWordLetter(c) || c.value == 0xAD else { break }
                    VietText.appendFolded(c, to: &folded)
                    j = after
                }
                tokens.append(Token(kind: .word, raw: text[index(i)..<index(j)], folded: String(decoding: folded, as: UTF8.self), key: WordKey.of(folded), breakBefore: pendingBreak))
                pendingBreak = false
                i = j
            } else if isDigit(ch) {
                var j = next
                while j < n {
                    let c = bytes[j]
                    if c >= 0x30 && c <= 0x39 { j += 1; continue }
                    if (c == 0x2E || c == 0x2C) && isDigitByte(j + 1) { j += 1; continue }
                    break
                }
                let raw = text[index(i)..<index(j)]
                tokens.append(Token(kind: .number, raw: raw, folded: String(raw), key: WordKey.of(raw.utf8), breakBefore: pendingBreak))
                pendingBreak = false
                i = j
            } else if ScalarClass.isWhitespace(ch) || ch.value == 0xA0 || ch.value == 0x200B || ch.value == 0xFEFF {
                if ch == "\n" || ch == "\r" || ch.value == 0x2028 || ch.value == 0x2029 { pendingBreak = true }
                i = next
            } else if let end = leaderEnd(bytes, from: i) {
                // A leader of dots filling a form's blank ("……02…… lớp", "Số cuộc: ........ 03")
                // stands for space: the number in it is the field's value, not a new sentence.
                i = end
            } else {
                // ":" and "." between digits ("9001:2015") do not end a clause; "|" parts the
                // fields of a run ("số cuộc: 09 | số cơ sở: 74") as ";" does.
                let glued = isDigitByte(next) && tokens.last?.kind == .number
                let v = ch.value
                let isBreak = (v == 0x2E || v == 0x3B || v == 0x3A || v == 0x21 || v == 0x3F || v == 0x2026 || v == 0x7C) && !glued
                tokens.append(Token(kind: .punct, raw: text[index(i)..<index(next)], folded: String(ch), breakBefore: pendingBreak))
                pendingBreak = isBreak
                i = next
            }
        }
        return tokens
    }

    /// Where a leader of dots starting at byte `k` ends: two ellipses ("……") or four full
    /// stops ("....") at least, in any mix; nil for a sentence's "." or a lone "…".
    private static func leaderEnd(_ bytes: Span<UInt8>, from k: Int) -> Int? {
        var j = k
        var dots = 0
        while j < bytes.count {
            if bytes[j] == 0x2E { dots += 1; j += 1 }
            else if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0xA6 { dots += 3; j += 3 }
            else { break }
        }
        return dots >= 4 ? j : nil
    }
}

/// A set of phrases (folded word sequences) each with a value, matched longest-first at a
/// position of a token list. Soft punctuation (",", "-", "/", "&") inside a phrase's span
/// is skipped; a sentence break is not crossed.
/// A phrase's words and the place of its value in its `PhraseTable` (the order it was added
/// in). Outside the generic table: a nested type would be generic too, its metadata looked up
/// at every lookup in debug builds.
private struct Phrase: Sendable {
    var words: [String]
    /// The words' `WordKey`s, compared before the words (most comparisons end there).
    var keys: [UInt64]
    var slot: Int
}

struct PhraseTable<Value: Sendable>: Sendable {
    // Phrases and values are kept apart, and the lookups below return slots, so that asking
    // for a match builds no (value, end, words) tuple until one is found: in debug builds the
    // generic tuple's metadata was looked up at every token of every line.
    //
    // The phrases sharing a first word are one group; a token finds its group by its key
    // (`Token.key`, `WordIndex`), not by hashing its folded `String` as a dictionary of first
    // words did at every token of every line.
    //
    // All of it in one object: recognisers copy a table out of the vocabulary at every token
    // they ask (`statusReading.openers.match(…)`), and a copy is then one retain, not one per
    // array. Its fields are constants (no exclusivity checks on reading them); `add` makes a
    // new one from the old one's arrays.
    private final class Storage: Sendable {
        let groups: [[Phrase]]
        let groupWords: [String]
        let index: WordIndex
        let values: [Value]

        init(groups: [[Phrase]] = [], groupWords: [String] = [], index: WordIndex = WordIndex(), values: [Value] = []) {
            self.groups = groups
            self.groupWords = groupWords
            self.index = index
            self.values = values
        }
    }

    private var storage = Storage()
    private var groups: [[Phrase]] { storage.groups }
    private var groupWords: [String] { storage.groupWords }
    private var index: WordIndex { storage.index }
    private var values: [Value] { storage.values }

    init() {}

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { add(phrase, value) }
    }

    /// `phrase` means `value` from now on: its value replaced when the table has it (a
    /// document's own key of status words over the vocabulary's), added when not.
    mutating func set(_ phrase: String, _ value: Value) {
        let words = VietText.words(phrase)
        guard let first = words.first else { return }
        if let g = index.find(WordKey.of(first.utf8)), let slot = groups[g].first(where: { $0.words == words })?.slot {
            var values = storage.values
            values[slot] = value
            storage = Storage(groups: groups, groupWords: groupWords, index: index, values: values)
        } else {
            add(phrase, value)
        }
    }

    mutating func add(_ phrase: String, _ value: Value) {
        let words = VietText.words(phrase)
        guard let first = words.first else { return }
        // The arrays are taken out and the old object let go, so that they are grown in place
        // when this table was their only owner (copied on write when it was not).
        var groups = storage.groups, groupWords = storage.groupWords, index = storage.index, values = storage.values
        storage = Storage()
        defer { storage = Storage(groups: groups, groupWords: groupWords, index: index, values: values) }
        let key = WordKey.of(first.utf8)
        let g: Int
        if let found = index.find(key) {
            // Two first words of one key (a 64-bit hash's collision between long words): the
            // second's phrases could never be found, so the vocabulary is refused where it is built.
            precondition(groupWords[found] == first, "two first words of one WordKey: \(first)")
            g = found
        } else {
            g = groups.count
            index.insert(key, g)
            groups.append([])
            groupWords.append(first)
        }
        // Longest first; among equal lengths the phrase added first wins, so the vocabulary's
        // order decides ties, never hashing.
        groups[g].append(Phrase(words: words, keys: words.map { WordKey.of($0.utf8) }, slot: values.count))
        values.append(value)
        groups[g].sort { ($0.words.count, -$0.slot) > ($1.words.count, -$1.slot) }
    }

    var isEmpty: Bool { groups.isEmpty }

    /// The folded first words of all phrases: a cheap test of whether a text can start with one.
    var firstWords: Set<String> { Set(groupWords) }

    /// The longest phrase starting at token `start`: its value and the index just past it.
    /// Works on arrays and on slices of them (a sentence), without copying.
    func match<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> (value: Value, end: Int, words: Int)?
    where C.Element == Token, C.Index == Int {
        guard let m = longest(tokens, at: start) else { return nil }
        return (values[m.slot], m.end, m.words)
    }

    /// Whether a phrase starts at token `start`: `match(tokens, at: start) != nil`.
    func hasMatch<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> Bool
    where C.Element == Token, C.Index == Int {
        longest(tokens, at: start) != nil
    }

    /// The index just past the longest phrase starting at token `start`: `match(tokens, at: start)?.end`.
    func matchEnd<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> Int?
    where C.Element == Token, C.Index == Int {
        longest(tokens, at: start)?.end
    }

    /// The longest phrase starting at token `start`: its value's slot, its end and its length in words.
    private func longest<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> (slot: Int, end: Int, words: Int)?
    where C.Element == Token, C.Index == Int {
        // Asked at every token of every line: no list is built for the one match wanted.
        guard let g = group(tokens, at: start) else { return nil }
        for candidate in groups[g] {
            if let end = Self.end(of: candidate, in: tokens, at: start) { return (candidate.slot, end, candidate.words.count) }
        }
        return nil
    }

    /// Every phrase starting at token `start`, longest first (or only the longest).
    func allMatches<C: RandomAccessCollection>(_ tokens: C, at start: Int, first: Bool = false) -> [(value: Value, end: Int, words: Int)]
    where C.Element == Token, C.Index == Int {
        guard let g = group(tokens, at: start) else { return [] }
        var out: [(value: Value, end: Int, words: Int)] = []
        for candidate in groups[g] {
            if let end = Self.end(of: candidate, in: tokens, at: start) {
                out.append((values[candidate.slot], end, candidate.words.count))
                if first { return out }
            }
        }
        return out
    }

    /// The group of the phrases whose first word is the word at `start`.
    @inline(__always)
    private func group<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> Int?
    where C.Element == Token, C.Index == Int {
        guard start >= tokens.startIndex, start < tokens.endIndex, tokens[start].kind == .word else { return nil }
        let key = tokens[start].key
        guard let g = index.find(key) else { return nil }
        if !WordKey.isExact(key) && tokens[start].folded != groupWords[g] { return nil }
        return g
    }

    /// The index just past the phrase's words read from token `start`, skipping soft
    /// punctuation inside; nil when they are not there.
    private static func end<C: RandomAccessCollection>(of phrase: Phrase, in tokens: C, at start: Int) -> Int?
    where C.Element == Token, C.Index == Int {
        var t = start, w = 0
        let count = phrase.keys.count
        while w < count {
            guard t < tokens.endIndex else { return nil }
            if w > 0 && tokens[t].breakBefore { return nil }
            if tokens[t].kind == .punct {
                // "," "-" "/" "&", and "_" of a software export's "TASK_DESC": a punctuation
                // token is one scalar.
                if w > 0, let c = tokens[t].raw.utf8.first, c == 0x2C || c == 0x2D || c == 0x2F || c == 0x26 || c == 0x5F { t += 1; continue }
                return nil
            }
            let key = tokens[t].key
            if key != phrase.keys[w] || !WordKey.isExact(key) && tokens[t].folded != phrase.words[w] { return nil }
            t += 1; w += 1
        }
        return t
    }

    /// Every non-overlapping match, scanning left to right.
    func matches<C: RandomAccessCollection>(in tokens: C) -> [(value: Value, start: Int, end: Int)]
    where C.Element == Token, C.Index == Int {
        var out: [(value: Value, start: Int, end: Int)] = []
        var i = tokens.startIndex
        while i < tokens.endIndex {
            if let m = match(tokens, at: i) { out.append((m.value, i, m.end)); i = m.end } else { i += 1 }
        }
        return out
    }

    /// The value when the whole of `text` is one phrase of the table.
    func wholeMatch(_ text: String) -> Value? {
        let tokens = Tokenizer.tokenize(text).filter { $0.kind != .punct }
        guard !tokens.isEmpty, let m = match(tokens, at: 0), m.end == tokens.count else { return nil }
        return m.value
    }
}
