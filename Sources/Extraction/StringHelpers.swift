import Foundation
import VietText

/// Foundation's white space set, made once (`CharacterSet.whitespaces` builds a value at each use).
private let foundationWhitespaces = CharacterSet.whitespaces

// Small native string helpers. Extraction runs on every line of every report; Foundation's
// NSString bridges (trimmingCharacters, range(of:)) cost more there than the work itself.

extension StringProtocol {
    /// The text's parts between `separator`s that stand outside round brackets ("a; b (c; d);
    /// e" → "a", " b (c; d)", " e"), untrimmed; empty parts kept.
    func partsOutsideBrackets(_ separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for ch in self {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = Swift.max(0, depth - 1) }
            if ch == separator, depth == 0 { parts.append(current); current = ""; continue }
            current.append(ch)
        }
        parts.append(current)
        return parts
    }

    /// The words in the text's closing parenthesis, after trimming `set` from its ends ("…
    /// (chuyển tiếp KH 2025)." → "chuyển tiếp KH 2025", "Số lớp (lớp)" → "lớp"); nil when the
    /// text does not end with one or is only a parenthesis.
    func closingParenthesis(trimming set: String) -> String? {
        let t = trimmed(set)
        guard t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex else { return nil }
        return String(t[t.index(after: open)..<t.index(before: t.endIndex)])
    }

    /// Drops leading and trailing characters of `set` (default: white space). Works on
    /// scalars: every character of the sets used is one scalar, and character iteration of
    /// non-ASCII text was a measurable part of extraction.
    func trimmed(_ set: String = " \t\n\u{00A0}") -> String {
        let scalars = unicodeScalars
        let whitespaceToo = set.utf8.first == 0x20
        @inline(__always) func drops(_ s: Unicode.Scalar) -> Bool {
            (whitespaceToo && ScalarClass.isWhitespace(s)) || set.unicodeScalars.contains(s)
        }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, drops(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard drops(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// Exactly `trimmingCharacters(in: .whitespaces)` (Foundation trims scalars of the set
    /// from both ends), without Foundation's bridge: ASCII scalars are tested here (the set
    /// holds only " " and tab of them), others against the same `CharacterSet`. A legend's
    /// parts were trimmed this way thousands of times a report at some 30,000 instructions each.
    func trimmedAsFoundationWhitespaces() -> String {
        let scalars = unicodeScalars
        @inline(__always) func drops(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? (s.value == 0x20 || s.value == 0x09) : foundationWhitespaces.contains(s)
        }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, drops(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard drops(scalars[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// `trimmed().isEmpty` (default set) without making the trimmed copy.
    var isBlank: Bool {
        unicodeScalars.allSatisfy { ScalarClass.isWhitespace($0) || $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" }
    }

    /// `count <= n` (characters), walking at most `n` characters rather than the whole text.
    func hasAtMostCharacters(_ n: Int) -> Bool {
        n >= 0 && (utf8.count <= n || dropFirst(n).isEmpty)
    }

    /// `split(separator: " ").count <= n` (characters, as the standard library splits),
    /// walking no further than the (n+1)th word and building no substrings.
    func hasAtMostWords(_ n: Int) -> Bool {
        var count = 0
        var inWord = false
        for ch in self {
            if ch == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > n { return false }
            }
        }
        return count <= n
    }
}

extension String {
    /// Whether a character of the text may be a newline (`Character.isNewline`: U+000A–U+000D,
    /// U+0085, U+2028, U+2029): false only when none of their UTF-8 bytes is there.
    var mayHoldNewline: Bool {
        let bytes = utf8.span
        for i in bytes.indices {
            let b = bytes[i]
            if b >= 0x0A && b <= 0x0D { return true }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 { return true }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 { return true }
        }
        return false
    }

    /// `utf8.contains(byte)`, on the contiguous bytes (the UTF-8 view's iterator costs
    /// several times more a byte).
    func containsByte(_ byte: UInt8) -> Bool {
        let bytes = utf8.span
        for i in bytes.indices where bytes[i] == byte { return true }
        return false
    }

    /// Whether `needle` occurs, compared byte for byte in UTF-8.
    func containsBytes(_ needle: String) -> Bool { firstByteOffset(of: needle) != nil }

    /// Offset in UTF-8 bytes of the first occurrence of `needle` at or after `from`.
    func firstByteOffset(of needle: String, from: Int = 0) -> Int? {
        byteOffset(of: needle.utf8.span, in: utf8.span, from: from)
    }
}

/// Offset of the first occurrence of `pat` in `hay` at or after `from`, byte for byte.
fileprivate func byteOffset(of pat: Span<UInt8>, in hay: Span<UInt8>, from: Int) -> Int? {
    guard !pat.isEmpty, hay.count >= pat.count, from <= hay.count - pat.count else { return nil }
    let first = pat[0]
    var i = from
    let last = hay.count - pat.count
    while i <= last {
        if hay[i] == first {
            var j = 1
            while j < pat.count, hay[i + j] == pat[j] { j += 1 }
            if j == pat.count { return i }
        }
        i += 1
    }
    return nil
}

extension String {
    /// The text after UTF-8 byte offset `offset` (which must fall on a scalar boundary, as
    /// offsets found by searching for ASCII needles do).
    func suffix(fromByte offset: Int) -> String {
        String(decoding: Array(utf8)[offset...], as: UTF8.self)
    }
}

extension StringProtocol {
    /// `split(separator: " ").count`, counted on UTF-8 bytes: the number of runs between spaces.
    var spaceSeparatedCount: Int { spaceSeparatedCount(upTo: .max) }

    /// `min(spaceSeparatedCount, limit + 1)`: walks no further than the word past `limit`
    /// (`spaceSeparatedCount(upTo: n) <= n` is `spaceSeparatedCount <= n`).
    func spaceSeparatedCount(upTo limit: Int) -> Int {
        // On the contiguous bytes of the two concrete types (the casts fold away where the
        // call is specialized); the generic byte sequence walked one at a time cost 3 times more.
        if let s = self as? String { return spaceSeparatedRuns(s.utf8.span, upTo: limit) }
        if let s = self as? Substring { return spaceSeparatedRuns(s.utf8.span, upTo: limit) }
        var count = 0
        var inRun = false
        for b in utf8 {
            if b == 0x20 { inRun = false } else if !inRun {
                inRun = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }
}

/// `spaceSeparatedCount(upTo:)` of UTF-8 bytes.
private func spaceSeparatedRuns(_ bytes: Span<UInt8>, upTo limit: Int) -> Int {
    var count = 0
    var inRun = false
    for i in bytes.indices {
        if bytes[i] == 0x20 { inRun = false } else if !inRun {
            inRun = true
            count += 1
            if count > limit { return count }
        }
    }
    return count
}

extension String {
    /// `split(separator: "\n")` on UTF-8 bytes: the non-empty lines of a cell's text.
    /// (Cell texts hold single "\n" separators only: the line builder collapses the rest.)
    var nonEmptyLines: [Substring] {
        guard containsByte(0x0A) else { return isEmpty ? [] : [self[...]] }
        var out: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i < utf8.endIndex {
            if utf8[i] == 0x0A {
                if i > start { out.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start < utf8.endIndex { out.append(self[start...]) }
        return out
    }
}

extension String {
    /// `Collection.prefix(_:)` for strings, with the same result: the first `maxLength`
    /// characters. The standard library finds each character's end by the grapheme-cluster
    /// rules, scalar by scalar; extraction cuts most lines it reads this way ("the first 300
    /// characters"), and that was a seventieth of its time. When every scalar up to the cut and
    /// the one after it is one that starts and ends a character whatever stands beside it
    /// (`startsAndEndsCharacter`), characters are scalars and the cut is found on the bytes.
    func prefix(_ maxLength: Int) -> Substring {
        if maxLength >= 0,
           let end = Self.scalarCut(utf8.span, maxLength) {
            return self[..<utf8.index(utf8.startIndex, offsetBy: end)]
        }
        return self[...].prefix(maxLength)
    }

    /// `firstIndex(of: character)` for an ASCII character with its distance in characters from
    /// the start (`distance(from: startIndex, to:)`), the same results. On the UTF-8 bytes when
    /// every scalar before the character's first byte and the one after it start and end a
    /// character (`startsAndEndsCharacter`: then characters are scalars, and that byte is the
    /// first such character), or when there is no such byte and every scalar is of that kind
    /// (none of them is canonically equivalent to an ASCII character); through the standard
    /// library's character walk otherwise.
    func firstIndexAndOffset(ofASCII character: Character) -> (index: Index, offset: Int)? {
        guard let byte = character.asciiValue, byte != 0x0D else {
            guard let i = firstIndex(of: character) else { return nil }
            return (i, distance(from: startIndex, to: i))
        }
        switch Self.scalarSearch(utf8.span, byte) {
        case .absent: return nil
        case .found(let offset, let characters): return (utf8.index(utf8.startIndex, offsetBy: offset), characters)
        case .unsure:
            guard let i = firstIndex(of: character) else { return nil }
            return (i, distance(from: startIndex, to: i))
        }
    }

    /// `firstIndex(of: character)` of a part of a text (a `Substring`), for an ASCII
    /// character, with the same result: on the bytes when certain, as `firstIndexAndOffset`.
    static func firstIndex(ofASCII character: Character, in text: Substring) -> Substring.Index? {
        guard let byte = character.asciiValue, byte != 0x0D else { return text.firstIndex(of: character) }
        switch scalarSearch(text.utf8.span, byte) {
        case .absent: return nil
        case .found(let offset, _): return text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        case .unsure: return text.firstIndex(of: character)
        }
    }

    /// Whether more than `n` characters pass `test` on their scalar, answered on the UTF-8
    /// bytes when characters are scalars there: every scalar looked at, and the one after
    /// the last counted, starts and ends a character (`startsAndEndsCharacter`); nil otherwise.
    /// (`Character.isLetter` and `isNumber` are properties of a character's first scalar.)
    func simpleScalarCount(moreThan n: Int, where test: (Unicode.Scalar) -> Bool) -> Bool? {
        let bytes = utf8.span
        let end = bytes.count
        var i = 0, count = 0
        while i < end {
            guard let length = Self.startsAndEndsCharacter(bytes, i) else { return nil }
            let v = VietText.decode(bytes, i).0
            i += length
            if test(Unicode.Scalar(v)!) {
                count += 1
                if count > n { return i < end && Self.startsAndEndsCharacter(bytes, i) == nil ? nil : true }
            }
        }
        return false
    }

    fileprivate enum ScalarSearch { case absent, unsure, found(offset: Int, characters: Int) }

    fileprivate static func scalarSearch(_ bytes: Span<UInt8>, _ byte: UInt8) -> ScalarSearch {
        var i = 0, scalars = 0
        let n = bytes.count
        var simple = true
        while i < n {
            if bytes[i] == byte {
                guard simple else { return .unsure }
                // The scalar after it must not join it (a combining mark would).
                if i + 1 < n, startsAndEndsCharacter(bytes, i + 1) == nil { return .unsure }
                return .found(offset: i, characters: scalars)
            }
            if simple, let length = startsAndEndsCharacter(bytes, i) { i += length } else {
                simple = false
                i += 1
            }
            scalars += 1
        }
        // Without the byte a character may still equal it when it is not a scalar of the
        // simple ranges ("\u{037E}", the Greek question mark, is ";" to the standard library).
        return simple ? .absent : .unsure
    }

    /// The byte offset after the first `count` scalars when they and the scalar after them
    /// each start and end a character; nil otherwise.
    private static func scalarCut(_ bytes: Span<UInt8>, _ count: Int) -> Int? {
        var i = 0, scalars = 0
        let n = bytes.count
        while i < n {
            guard let length = startsAndEndsCharacter(bytes, i) else { return nil }
            if scalars == count { return i }
            i += length
            scalars += 1
        }
        return i
    }

    /// The byte ranges of `split(separator:maxSplits:omittingEmptySubsequences:)` by the ASCII
    /// byte `separator` (not a carriage return), walked as the standard library walks
    /// characters; nil as soon as a scalar is met that may not be a character of its own
    /// (`startsAndEndsCharacter`), including the one that starts the last piece (it would join
    /// the separator before it). With every scalar walked of those ranges characters are
    /// scalars, and none of them is canonically equivalent to an ASCII character.
    fileprivate static func asciiCuts(_ bytes: Span<UInt8>, _ separator: UInt8, _ maxSplits: Int,
                                      _ omittingEmpty: Bool) -> [Range<Int>]? {
        let n = bytes.count
        var result: [Range<Int>] = []
        if maxSplits == 0 || n == 0 {
            if !(n == 0 && omittingEmpty) { result.append(0..<n) }
            return result
        }
        var start = 0, i = 0
        while i < n {
            guard let length = startsAndEndsCharacter(bytes, i) else { return nil }
            if bytes[i] == separator {
                var appended = false
                if !(start == i && omittingEmpty) { result.append(start..<i); appended = true }
                i += 1
                start = i
                if appended && result.count == maxSplits { break }
                continue
            }
            i += length
        }
        if start < n {
            guard startsAndEndsCharacter(bytes, start) != nil else { return nil }
            result.append(start..<n)
        } else if !omittingEmpty {
            result.append(start..<n)
        }
        return result
    }

    /// The length in bytes of the scalar at `i` if it is one no grapheme-cluster rule joins to
    /// a neighbour: ASCII but carriage return (CR LF is one character), U+0080–U+02FF (before
    /// the combining marks), the precomposed Latin letters U+1E00–U+1EFF and the punctuation
    /// U+2010–U+2027, U+2030–U+205E (no joiners, no format controls).
    @inline(__always)
    fileprivate static func startsAndEndsCharacter(_ bytes: Span<UInt8>, _ i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return b == 0x0D ? nil : 1 }
        if b >= 0xC2 && b <= 0xCB { return i + 1 < bytes.count ? 2 : nil }
        guard i + 2 < bytes.count else { return nil }
        let b1 = bytes[i + 1], b2 = bytes[i + 2]
        if b == 0xE1 && b1 >= 0xB8 && b1 <= 0xBB { return 3 }
        if b == 0xE2 && b1 == 0x80 && ((b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0) { return 3 }
        if b == 0xE2 && b1 == 0x81 && b2 <= 0x9E { return 3 }
        return nil
    }
}

/// A cheap, exact pre-test for Foundation's `range(of:options: .caseInsensitive)` (and the
/// `contains` that calls it) with an ASCII needle: Foundation compares canonically decomposed,
/// case-folded text and never matches part of a composed character, so a needle of ASCII
/// characters can only be found where the text holds the same ASCII bytes, up to ASCII case,
/// unless the text holds a character that folds or decomposes into ASCII letters or marks
/// (the Kelvin sign, long s, sharp s, the ligatures "ﬁ"…, the Greek question mark, …). Such
/// a text, or a needle that is not ASCII, is always handed to Foundation. Foundation itself
/// still decides every match: this only spares the calls that cannot find anything.
struct FoundationSearchFilter {
    /// The text's UTF-8 bytes with ASCII letters in lower case.
    private let folded: [UInt8]
    /// The text holds a scalar that might compare equal to ASCII text.
    private let unsure: Bool

    init(_ text: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var nonASCII = false
        for b in text.utf8 {
            if b >= 0x80 { nonASCII = true }
            bytes.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        folded = bytes
        unsure = nonASCII && FoundationSearchFilter.holdsASCIILookalike(text)
    }

    /// Whether a scalar of `text` is one of `mayCompareAsASCII`, decoded from the UTF-8 bytes
    /// (a Swift string's are valid) without the standard library's scalar view.
    static func holdsASCIILookalike(_ text: String) -> Bool {
        let u = text.utf8.span
        var i = 0
        while i < u.count {
            let b = u[i]
            if b < 0x80 { i += 1; continue }
            var value: UInt32
            var length: Int
            if b < 0xE0 { value = UInt32(b & 0x1F); length = 2 }
            else if b < 0xF0 { value = UInt32(b & 0x0F); length = 3 }
            else { value = UInt32(b & 0x07); length = 4 }
            guard i + length <= u.count else { return true }
            for k in 1..<length { value = value << 6 | UInt32(u[i + k] & 0x3F) }
            if let scalar = Unicode.Scalar(value), mayCompareAsASCII(scalar) { return true }
            i += length
        }
        return false
    }

    /// Scalars that case folding or canonical decomposition may turn into ASCII (Latin
    /// specials, the Greek blocks, letter-like symbols, alphabetic presentation forms): wider
    /// than needed, so that no match is ever ruled out wrongly.
    static func mayCompareAsASCII(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00DF, 0x0130, 0x0131, 0x0132, 0x0133, 0x0149, 0x017F, 0x01C4...0x01CC, 0x01F0...0x01F3,
             0x0370...0x03FF, 0x1E96...0x1E9E, 0x1F00...0x1FFF, 0x2100...0x218F, 0xFB00...0xFB4F:
            return true
        default:
            return false
        }
    }

    /// False only when Foundation's search for the ASCII character `byte` (not a letter)
    /// in `text` certainly finds nothing; builds no table.
    static func mayContain(_ byte: UInt8, in text: String) -> Bool {
        mayContain(byte, or: byte, in: text)
    }

    /// `mayContain(a, in: text) || mayContain(b, in: text)`, with one scan of the text.
    static func mayContain(_ a: UInt8, or b: UInt8, in text: String) -> Bool {
        // On the contiguous bytes: the UTF-8 view's iterator cost twice as much a byte.
        let u = text.utf8.span
        var nonASCII = false
        for i in u.indices {
            let c = u[i]
            if c == a || c == b { return true }
            if c >= 0x80 { nonASCII = true }
        }
        return nonASCII && holdsASCIILookalike(text)
    }

    /// False only when Foundation's case-sensitive search (no options) for `needle` certainly
    /// finds nothing in `text`: for a needle made only of scalars that no canonical
    /// decomposition produces and that have none themselves (ASCII space and punctuation but
    /// ";" "<" "=" ">" "`", the general punctuation U+2010–U+2027 and U+2030–U+205E: the
    /// dashes, quotes, bullets and ellipsis marks), a canonically equivalent stretch of text
    /// holds the needle's scalars themselves, in order, so its bytes. Any other needle: true.
    static func mayFindExactly(_ needle: String, in text: String) -> Bool {
        for b in needle.utf8 where b < 0x80 {
            if (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) { return true }
            if b == 0x3B || b == 0x3C || b == 0x3D || b == 0x3E || b == 0x60 || b < 0x20 || b == 0x7F { return true }
        }
        for s in needle.unicodeScalars where s.value >= 0x80 {
            guard (0x2010...0x2027).contains(s.value) || (0x2030...0x205E).contains(s.value) else { return true }
        }
        return text.firstByteOffset(of: needle) != nil
    }

    /// False only when Foundation's case-insensitive search for `needle` certainly finds nothing.
    func mayFind(_ needle: String) -> Bool { mayFind(needle, fromByte: 0) }

    /// False only when Foundation's plain search (no options) for `needle` certainly finds
    /// nothing in `text`. Certain when the needle is made of ASCII punctuation or spaces and
    /// general punctuation (U+2010–U+2027, U+2030–U+205E: dashes, quotes, bullets), the middle
    /// dot U+00B7 and the arrows U+2190–U+21FF but the six that decompose (an arrow with a
    /// stroke, "↛" = "→" + U+0338) — marks whose canonically equivalent spellings are
    /// themselves (the middle dot's other one, the Greek ano teleia U+0387, is a text scalar
    /// answered by Foundation) —, its bytes are not in the text, and every other scalar of the
    /// text is one whose canonical decomposition is letters and combining marks or nothing
    /// (Latin-1, Latin Extended-A/B, the combining diacritics, Latin Extended Additional with
    /// the Vietnamese letters), general punctuation or such an arrow: then no canonically
    /// equivalent stretch of the text can spell the needle. Any other needle or text: true
    /// (Foundation's to answer). Scans the bytes once; builds nothing.
    static func mayFindPlain(_ needle: String, in text: Substring) -> Bool {
        guard !needle.isEmpty else { return true }
        for s in needle.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                if v < 0x20 || v == 0x7F || (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) { return true }
            } else if !((0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) || v == 0xB7 || isPlainArrow(v)) {
                return true
            }
        }
        let pattern = Array(needle.utf8)
        let answer: Bool? = text.utf8.withContiguousStorageIfAvailable { u -> Bool in
            var i = 0
            while i < u.count {
                let b = u[i]
                if b == pattern[0], i + pattern.count <= u.count {
                    var j = 1
                    while j < pattern.count, u[i + j] == pattern[j] { j += 1 }
                    if j == pattern.count { return true }
                }
                if b < 0x80 { i += 1; continue }
                var value: UInt32
                var length: Int
                if b < 0xE0 { value = UInt32(b & 0x1F); length = 2 }
                else if b < 0xF0 { value = UInt32(b & 0x0F); length = 3 }
                else { value = UInt32(b & 0x07); length = 4 }
                guard i + length <= u.count else { return true }
                for k in 1..<length { value = value << 6 | UInt32(u[i + k] & 0x3F) }
                switch value {
                case 0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E: break
                default: if !isPlainArrow(value) { return true }
                }
                i += length
            }
            return false
        }
        return answer ?? true
    }

    /// An arrow (U+2190–U+21FF) with no canonical decomposition: all but "↚" "↛" "↮" "⇍" "⇎"
    /// "⇏" (an arrow and U+0338). No other scalar decomposes into one.
    @inline(__always)
    static func isPlainArrow(_ v: UInt32) -> Bool {
        guard v >= 0x2190 && v <= 0x21FF else { return false }
        return v != 0x219A && v != 0x219B && v != 0x21AE && v != 0x21CD && v != 0x21CE && v != 0x21CF
    }

    /// `text.contains(String(character))` as Foundation answers it (canonical equivalence:
    /// ";" finds the Greek question mark), for an ASCII character that is not a letter. Found
    /// on the bytes when certain: its byte standing as a character of its own (the scalars
    /// before it and the one after start and end a character) is a match; no byte and no
    /// scalar that may compare as ASCII, no match. Anything else is Foundation's to answer.
    static func foundationContains(_ character: Character, in text: String) -> Bool {
        guard let byte = character.asciiValue, byte != 0x0D, !character.isLetter else { return text.range(of: String(character)) != nil }
        switch String.scalarSearch(text.utf8.span, byte) {
        case .found: return true
        case .absent: if !mayContain(byte, in: text) { return false }
        case .unsure: break
        }
        return text.range(of: String(character)) != nil
    }

    /// `characters.contains { foundationContains($0, in: text) }`, the same answer, with the
    /// text scanned for scalars that may compare as ASCII at most once (a legend's separators
    /// are looked for in every cell: each scanned the whole cell again).
    static func foundationContainsAny(_ characters: [Character], in text: String) -> Bool {
        var lookalike: Bool?
        for character in characters {
            guard let byte = character.asciiValue, byte != 0x0D, !character.isLetter else {
                if text.range(of: String(character)) != nil { return true }
                continue
            }
            switch String.scalarSearch(text.utf8.span, byte) {
            case .found: return true
            case .absent:
                // `mayContain(byte, in: text)`: the byte is not in the text (`.absent`), so only
                // a scalar that may compare as ASCII could match, and one is not ASCII.
                if lookalike == nil { lookalike = holdsASCIILookalike(text) }
                if lookalike == false { continue }
            case .unsure: break
            }
            if text.range(of: String(character)) != nil { return true }
        }
        return false
    }

    /// `text.range(of: needle, options: .caseInsensitive, range: from..<text.endIndex)`, the
    /// same result, for the `text` this filter was made of. Found on the bytes when Foundation's
    /// answer is certain: the text holds no scalar that may compare as ASCII, the needle is
    /// ASCII (no carriage return), and its first occurrence up to ASCII case starts and ends a
    /// character (the scalars beside it are ones no grapheme rule joins to a neighbour —
    /// Foundation never matches part of a composed character); then that occurrence is the
    /// first match. Anything else is left to Foundation.
    func caseInsensitiveRange(of needle: String, in text: String, from: String.Index) -> Range<String.Index>? {
        if !unsure, let m = asciiMatch(needle, in: text.utf8.span, fromByte: text.utf8.distance(from: text.utf8.startIndex, to: from)) {
            guard let start = m else { return nil }
            let u = text.utf8
            let lower = u.index(u.startIndex, offsetBy: start)
            return lower..<u.index(lower, offsetBy: needle.utf8.count)
        }
        return text.range(of: needle, options: [.caseInsensitive], range: from..<text.endIndex)
    }

    /// The byte offset of the first ASCII-case-insensitive occurrence of `needle` at or after
    /// `start` (.some(nil) when there is none) when it certainly is Foundation's match; nil
    /// when unsure.
    private func asciiMatch(_ needle: String, in text: Span<UInt8>, fromByte start: Int) -> Int?? {
        var pattern: [UInt8] = []
        for b in needle.utf8 {
            if b >= 0x80 || b == 0x0D { return nil }
            pattern.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        guard !pattern.isEmpty, start >= 0 else { return nil }
        guard let p = byteOffset(of: pattern.span, in: folded.span, from: start) else { return .some(nil) }
        // The scalar before: back over continuation bytes to its lead byte.
        if p > 0 {
            var q = p - 1
            while q > 0, text[q] & 0xC0 == 0x80 { q -= 1 }
            guard String.startsAndEndsCharacter(text, q) != nil else { return nil }
        }
        let end = p + pattern.count
        if end < text.count, String.startsAndEndsCharacter(text, end) == nil { return nil }
        return .some(p)
    }

    /// As `mayFind(_:)`, for a search that starts at UTF-8 byte offset `start` of the text.
    func mayFind(_ needle: String, fromByte start: Int) -> Bool {
        if unsure { return true }
        var pattern: [UInt8] = []
        for b in needle.utf8 {
            if b >= 0x80 { return true }
            pattern.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        guard !pattern.isEmpty else { return true }
        return byteOffset(of: pattern.span, in: folded.span, from: max(0, start)) != nil
    }
}

extension String {
    /// `split(separator: separator, maxSplits:, omittingEmptySubsequences:)` for an ASCII
    /// separator: the same pieces, cut on the UTF-8 bytes when characters are surely scalars
    /// there (`asciiCuts`), by the standard library's character walk otherwise. Splitting
    /// lines and cells by characters cost 36 M of extraction's 1,066 M instructions on the
    /// speed sample (the speed37 round), nearly all of it in grapheme-cluster rules for texts
    /// whose characters are single scalars.
    func splitting(onASCII separator: Character, maxSplits: Int = .max,
                   omittingEmptySubsequences omittingEmpty: Bool = true) -> [Substring] {
        // A whole-text slice shares the text's indices, so its pieces are the text's.
        self[...].splitting(onASCII: separator, maxSplits: maxSplits,
                            omittingEmptySubsequences: omittingEmpty)
    }
}

extension Substring {
    /// `String.splitting(onASCII:maxSplits:omittingEmptySubsequences:)` of a part of a text.
    func splitting(onASCII separator: Character, maxSplits: Int = .max,
                   omittingEmptySubsequences omittingEmpty: Bool = true) -> [Substring] {
        guard let byte = separator.asciiValue, byte != 0x0D,
              let cuts = String.asciiCuts(utf8.span, byte, maxSplits, omittingEmpty) else {
            return split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmpty)
        }
        let u = utf8, start = u.startIndex
        return cuts.map { self[u.index(start, offsetBy: $0.lowerBound)..<u.index(start, offsetBy: $0.upperBound)] }
    }
}
