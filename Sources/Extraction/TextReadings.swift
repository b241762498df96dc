import Foundation

/// What the recognisers read from each text of one document, kept for the document's run:
/// its tokens and its numbers. The same line is read by several recognisers (the task rules,
/// the figure recogniser, the clause recogniser) and again by the silent-loss layer after the
/// resolver; each now reads the tokens and numbers the first one computed instead of
/// tokenizing and reading the text again. A reference held by the run, since most readers
/// are non-mutating functions of it.
///
/// Only texts up to `longestText` bytes are kept, and at most `budget` bytes of text in all:
/// a document of huge paragraphs (the amplification shapes of the intake's limits) is read
/// without holding every token of it — only the last huge one (`largest`).
///
/// While a document is extracted its readings are bound to `current` (`Extractor.extract`),
/// and `Tokenizer.tokenize` reads through them: every recogniser, rule and helper that
/// tokenizes a text the document's run tokenized before gets the same tokens without reading
/// it again, whoever asked first. The readings are bound to one document's extraction on the
/// thread that runs it, and never shared between documents (hence `@unchecked Sendable`).
final class TextReadings: @unchecked Sendable {
    /// The readings of the document being extracted on this thread, if any.
    @TaskLocal static var current: TextReadings?

    static let longestText = 4096
    static let budget = 1 << 20

    /// The last text longer than `longestText` (up to `largest` bytes) read, kept alone
    /// beside the tables: a huge paragraph is read by one recogniser after another in a row
    /// (its figures, its status, the unaccounted numbers), and tokenizing it again for each
    /// was most of the cost of the paragraph-of-figures amplification shape.
    static let largest = 1 << 20

    private var tokens: [TextKey: [Token]]
    private var numbers: [TextKey: PassageNumbers]
    private var keptBytes = 0
    private var large: (key: TextKey, tokens: [Token], numbers: PassageNumbers?)?

    /// Room for a report's lines from the start: growing the tables cost as much as the
    /// tokenizing they save.
    init(lines: Int = 0) {
        tokens = Dictionary(minimumCapacity: min(4096, max(64, lines)))
        numbers = Dictionary(minimumCapacity: min(4096, max(64, lines / 2)))
    }

    /// Room for `lines` lines, when the readings were made before the lines were known.
    func reserve(lines: Int) {
        tokens.reserveCapacity(min(4096, max(64, lines)))
        numbers.reserveCapacity(min(4096, max(64, lines / 2)))
    }

    /// The tokens of `text` if a recogniser read it already, else read now and not kept: for
    /// the last readers of a document (the silent-loss layer), whose new texts no one reads after.
    func tokensIfRead(_ text: String) -> [Token] {
        if text.utf8.count <= Self.longestText, let t = tokens[TextKey(text)] { return t }
        if let l = large, l.key == TextKey(text) { return l.tokens }
        return Tokenizer.read(text)
    }

    /// The numbers of `text` if a recogniser read them already, else read now and not kept.
    func numbersIfRead(_ text: String, _ v: Vocabulary) -> PassageNumbers {
        if text.utf8.count <= Self.longestText, let n = numbers[TextKey(text)] { return n }
        if let l = large, let n = l.numbers, l.key == TextKey(text) { return n }
        return v.figures(in: tokensIfRead(text))
    }

    /// The entry for a text above `longestText`: the one kept if it is this text, else this
    /// text's (tokens read now) when it is within `largest`, replacing the one kept.
    private func largeEntry(_ text: String) -> (key: TextKey, tokens: [Token], numbers: PassageNumbers?)? {
        guard text.utf8.count <= Self.largest else { return nil }
        let key = TextKey(text)
        if let l = large, l.key == key { return l }
        large = nil
        large = (key, Tokenizer.read(text), nil)
        return large
    }

    /// The tokens of `text` for `Tokenizer.tokenize`: kept like `tokens(text)`, but a text
    /// above `longestText` only reads the one kept and never replaces it (readers of a huge
    /// paragraph keep it; a helper reading another huge text once does not evict it).
    func shared(_ text: String) -> [Token] {
        if text.utf8.count <= Self.longestText { return tokens(text) }
        if let l = large, l.key == TextKey(text) { return l.tokens }
        return Tokenizer.read(text)
    }

    /// The tokens of `text`: exactly `Tokenizer.read(text)`.
    func tokens(_ text: String) -> [Token] {
        let size = text.utf8.count
        guard size <= Self.longestText else { return largeEntry(text)?.tokens ?? Tokenizer.read(text) }
        if let t = tokens[TextKey(text)] { return t }
        let t = Tokenizer.read(text)
        if keptBytes + size <= Self.budget { tokens[TextKey(text)] = t; keptBytes += size }
        return t
    }

    /// The numbers of `text` as the figure recogniser reads them: exactly
    /// `v.figures(in: Tokenizer.tokenize(text))` (one vocabulary per run).
    func numbers(_ text: String, _ v: Vocabulary) -> PassageNumbers {
        let size = text.utf8.count
        guard size <= Self.longestText else {
            guard let l = largeEntry(text) else { return v.figures(in: Tokenizer.read(text)) }
            if let n = l.numbers { return n }
            let n = v.figures(in: l.tokens)
            large?.numbers = n
            return n
        }
        if let n = numbers[TextKey(text)] { return n }
        let n = v.figures(in: tokens(text))
        if keptBytes + size <= Self.budget { numbers[TextKey(text)] = n; keptBytes += size }
        return n
    }
}

/// A text as a table key by its UTF-8 bytes. String's own hashing and equality go through
/// canonical equivalence (an NFC pass over every non-ASCII key), which cost more than the
/// lookups they serve; the reader hands extraction NFC text, so equal texts have equal bytes.
struct TextKey: Hashable {
    let text: String

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    /// The length and at most the first and the last 32 UTF-8 bytes (the text's bytes, not
    /// its characters: no normalization on the way, as `String`'s own hashing does), mixed
    /// eight at a time into one word for the hasher. Not the whole text: the texts of a
    /// document that agree in length, head and tail are nearly always the same text, and
    /// equality still compares every byte; hashing every byte was half of the 29 M the
    /// readings' look-ups cost on the speed sample (26,000 look-ups of lines of ~300 bytes).
    /// (Safe span reads on purpose: unsafe pointers and C calls live only in the OOXML layer;
    /// speed24's unaligned loads and memcmp here saved ~10 M of 1,912 M instructions.)
    func hash(into hasher: inout Hasher) {
        let bytes = text.utf8.span
        let n = bytes.count
        var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        if n <= 64 {
            Self.mix(bytes, 0, n, &h)
        } else {
            Self.mix(bytes, 0, 32, &h)
            Self.mix(bytes, n - 32, n, &h)
        }
        hasher.combine(h)
    }

    /// Bytes `from..<to` mixed into `h`, eight at a time.
    @inline(__always)
    private static func mix(_ bytes: Span<UInt8>, _ from: Int, _ to: Int, _ h: inout UInt64) {
        var i = from
        while i + 8 <= to {
            var word: UInt64 = 0
            for k in 0..<8 { word |= UInt64(bytes[i + k]) << UInt64(8 * k) }
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < to { tail |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
        h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        let x = a.text.utf8.span, y = b.text.utf8.span
        guard x.count == y.count else { return false }
        // The same storage: a recogniser looking up the very line the table was filled from.
        if x.isIdentical(to: y) { return true }
        for i in x.indices where x[i] != y[i] { return false }
        return true
    }
}
