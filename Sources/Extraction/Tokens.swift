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
    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        var pendingBreak = true
        @inline(__always) func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        // One buffer for every word's folded bytes: a String is made once per word.
        var folded: [UInt8] = []
        folded.reserveCapacity(32)
        while i < scalars.endIndex {
            let ch = scalars[i]
            if ScalarClass.isWordLetter(ch) {
                folded.removeAll(keepingCapacity: true)
                var j = i
                while j < scalars.endIndex, ScalarClass.isWordLetter(scalars[j]) || scalars[j].value == 0xAD {
                    VietText.appendFolded(scalars[j], to: &folded)
                    j = scalars.index(after: j)
                }
                tokens.append(Token(kind: .word, raw: text[i..<j], folded: String(decoding: folded, as: UTF8.self), breakBefore: pendingBreak))
                pendingBreak = false
                i = j
            } else if isDigit(ch) {
                var j = scalars.index(after: i)
                while j < scalars.endIndex {
                    let c = scalars[j]
                    if isDigit(c) { j = scalars.index(after: j); continue }
                    if c == "." || c == "," {
                        let k = scalars.index(after: j)
                        if k < scalars.endIndex, isDigit(scalars[k]) { j = k; continue }
                    }
                    break
                }
                let raw = text[i..<j]
                tokens.append(Token(kind: .number, raw: raw, folded: String(raw), breakBefore: pendingBreak))
                pendingBreak = false
                i = j
            } else if ScalarClass.isWhitespace(ch) || ch.value == 0xA0 || ch.value == 0x200B || ch.value == 0xFEFF {
                if ch == "\n" || ch == "\r" || ch.value == 0x2028 || ch.value == 0x2029 { pendingBreak = true }
                i = scalars.index(after: i)
            } else {
                let next = scalars.index(after: i)
                // ":" and "." between digits ("9001:2015") do not end a clause.
                let glued = next < scalars.endIndex && isDigit(scalars[next]) && tokens.last?.kind == .number
                let isBreak = ".;:!?…".unicodeScalars.contains(ch) && !glued
                tokens.append(Token(kind: .punct, raw: text[i..<next], folded: String(ch), breakBefore: pendingBreak))
                pendingBreak = isBreak
                i = next
            }
        }
        return tokens
    }
}

/// A set of phrases (folded word sequences) each with a value, matched longest-first at a
/// position of a token list. Soft punctuation (",", "-", "/", "&") inside a phrase's span
/// is skipped; a sentence break is not crossed.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstWord: [String: [(words: [String], value: Value, order: Int)]] = [:]
    private var count = 0

    init() {}

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { add(phrase, value) }
    }

    mutating func add(_ phrase: String, _ value: Value) {
        let words = VietText.words(phrase)
        guard let first = words.first else { return }
        // Longest first; among equal lengths the phrase added first wins, so the vocabulary's
        // order decides ties, never hashing.
        byFirstWord[first, default: []].append((words, value, count))
        count += 1
        byFirstWord[first]!.sort { ($0.words.count, -$0.order) > ($1.words.count, -$1.order) }
    }

    var isEmpty: Bool { byFirstWord.isEmpty }

    /// The folded first words of all phrases: a cheap test of whether a text can start with one.
    var firstWords: Set<String> { Set(byFirstWord.keys) }

    /// The longest phrase starting at token `start`: its value and the index just past it.
    /// Works on arrays and on slices of them (a sentence), without copying.
    func match<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> (value: Value, end: Int, words: Int)?
    where C.Element == Token, C.Index == Int {
        allMatches(tokens, at: start, first: true).first
    }

    /// Every phrase starting at token `start`, longest first (or only the longest).
    func allMatches<C: RandomAccessCollection>(_ tokens: C, at start: Int, first: Bool = false) -> [(value: Value, end: Int, words: Int)]
    where C.Element == Token, C.Index == Int {
        guard start >= tokens.startIndex, start < tokens.endIndex, tokens[start].kind == .word,
              let candidates = byFirstWord[tokens[start].folded] else { return [] }
        var out: [(value: Value, end: Int, words: Int)] = []
        for candidate in candidates {
            var t = start, w = 0
            var ok = true
            while w < candidate.words.count {
                guard t < tokens.endIndex else { ok = false; break }
                let tok = tokens[t]
                if w > 0 && tok.breakBefore { ok = false; break }
                if tok.kind == .punct {
                    // "," "-" "/" "&": a punctuation token is one scalar.
                    if w > 0, let c = tok.raw.utf8.first, c == 0x2C || c == 0x2D || c == 0x2F || c == 0x26 { t += 1; continue }
                    ok = false; break
                }
                if tok.folded != candidate.words[w] { ok = false; break }
                t += 1; w += 1
            }
            if ok {
                out.append((candidate.value, t, candidate.words.count))
                if first { return out }
            }
        }
        return out
    }

    /// Every non-overlapping match, scanning left to right.
    func matches<C: RandomAccessCollection>(in tokens: C) -> [(value: Value, start: Int, end: Int)]
    where C.Element == Token, C.Index == Int {
        var out: [(Value, Int, Int)] = []
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
