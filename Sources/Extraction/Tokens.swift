import VietText

/// One token of a passage: a word (folded for matching, raw for display), a number with its
/// written form, or a punctuation mark.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var kind: Kind
    /// The text as written (NFC).
    var raw: Substring
    /// Folded form for words ("Đoàn" → "doan"); the raw text for numbers and punctuation.
    var folded: String
    /// A sentence or clause break (". ; : ! ?" or a line break) stands right before this token.
    var breakBefore: Bool
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
                tokens.append(Token(kind: .word, raw: text[index(i)..<index(j)], folded: String(decoding: folded, as: UTF8.self), breakBefore: pendingBreak))
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
                tokens.append(Token(kind: .number, raw: raw, folded: String(raw), breakBefore: pendingBreak))
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
    var slot: Int
}

struct PhraseTable<Value: Sendable>: Sendable {
    // Phrases and values are kept apart, and the lookups below return slots, so that asking
    // for a match builds no (value, end, words) tuple until one is found: in debug builds the
    // generic tuple's metadata was looked up at every token of every line.
    private var byFirstWord: [String: [Phrase]] = [:]
    private var values: [Value] = []
    /// The shapes of the first words, by first byte: bit `min(length, 63)` of entry `b` is set
    /// when a first word starts with byte `b` and has that many bytes. A word whose shape is
    /// not there starts no phrase: most words are ruled out without hashing them.
    private var firstWordShapes = [UInt64](repeating: 0, count: 256)

    @inline(__always) private static func shapeBit(_ word: String) -> (Int, UInt64)? {
        guard let b = word.utf8.first else { return nil }
        return (Int(b), 1 << UInt64(min(word.utf8.count, 63)))
    }

    init() {}

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { add(phrase, value) }
    }

    mutating func add(_ phrase: String, _ value: Value) {
        let words = VietText.words(phrase)
        guard let first = words.first else { return }
        // Longest first; among equal lengths the phrase added first wins, so the vocabulary's
        // order decides ties, never hashing.
        byFirstWord[first, default: []].append(Phrase(words: words, slot: values.count))
        if let (b, bit) = Self.shapeBit(first) { firstWordShapes[b] |= bit }
        values.append(value)
        byFirstWord[first]!.sort { ($0.words.count, -$0.slot) > ($1.words.count, -$1.slot) }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// The folded first words of all phrases: a cheap test of whether a text can start with one.
    var firstWords: Set<String> { Set(byFirstWord.keys) }

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
        guard let candidates = candidates(tokens, at: start) else { return nil }
        for candidate in candidates {
            if let end = Self.end(of: candidate.words, in: tokens, at: start) { return (candidate.slot, end, candidate.words.count) }
        }
        return nil
    }

    /// Every phrase starting at token `start`, longest first (or only the longest).
    func allMatches<C: RandomAccessCollection>(_ tokens: C, at start: Int, first: Bool = false) -> [(value: Value, end: Int, words: Int)]
    where C.Element == Token, C.Index == Int {
        guard let candidates = candidates(tokens, at: start) else { return [] }
        var out: [(value: Value, end: Int, words: Int)] = []
        for candidate in candidates {
            if let end = Self.end(of: candidate.words, in: tokens, at: start) {
                out.append((values[candidate.slot], end, candidate.words.count))
                if first { return out }
            }
        }
        return out
    }

    /// The phrases whose first word is the word at `start`, longest first.
    private func candidates<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> [Phrase]?
    where C.Element == Token, C.Index == Int {
        guard start >= tokens.startIndex, start < tokens.endIndex, tokens[start].kind == .word else { return nil }
        let word = tokens[start].folded
        guard let (b, bit) = Self.shapeBit(word), firstWordShapes[b] & bit != 0 else { return nil }
        return byFirstWord[word]
    }

    /// The index just past `words` read from token `start`, skipping soft punctuation inside;
    /// nil when they are not there.
    private static func end<C: RandomAccessCollection>(of words: [String], in tokens: C, at start: Int) -> Int?
    where C.Element == Token, C.Index == Int {
        var t = start, w = 0
        while w < words.count {
            guard t < tokens.endIndex else { return nil }
            let tok = tokens[t]
            if w > 0 && tok.breakBefore { return nil }
            if tok.kind == .punct {
                // "," "-" "/" "&", and "_" of a software export's "TASK_DESC": a punctuation
                // token is one scalar.
                if w > 0, let c = tok.raw.utf8.first, c == 0x2C || c == 0x2D || c == 0x2F || c == 0x26 || c == 0x5F { t += 1; continue }
                return nil
            }
            if tok.folded != words[w] { return nil }
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
