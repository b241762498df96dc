import Foundation

/// Vietnamese text as people type it: NFC or NFD, upper or lower case, with or without
/// diacritics, with non-breaking and zero-width spaces. These helpers bring all of that to
/// one comparable form so that matching rules can be written once, as data.
public enum VietText {
    /// Unicode NFC: the form every text the program shows or stores is in.
    public static func nfc(_ s: String) -> String {
        // Scalars below the combining marks, precomposed Vietnamese letters and common
        // punctuation never change under NFC nor compose with each other: most report text is
        // made of nothing else and needs no Foundation round trip. Checked on UTF-8 bytes
        // (the same ranges as `isSurelyNFC`).
        isSurelyNFC(bytes: s.utf8.span) ? s : s.precomposedStringWithCanonicalMapping
    }

    /// `isSurelyNFC` of every scalar of valid UTF-8, without decoding: two-byte sequences
    /// led by C2–CB are below U+0300; E1 B8–BB xx is U+1E00–U+1EFF; E2 80 90–A7 and
    /// E2 80 B0–BF, E2 81 80–9E are U+2010–U+2027 and U+2030–U+205E.
    static func isSurelyNFC(bytes: Span<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            if b >= 0xC2 && b <= 0xCB { i += 2; continue }
            guard i + 2 < n else { return false }
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b == 0xE1 && b1 >= 0xB8 && b1 <= 0xBB { i += 3; continue }
            if b == 0xE2 && b1 == 0x80 && ((b2 >= 0x90 && b2 <= 0xA7) || b2 >= 0xB0) { i += 3; continue }
            if b == 0xE2 && b1 == 0x81 && b2 <= 0x9E { i += 3; continue }
            return false
        }
        return true
    }

    /// A conservative check: scalars below the combining marks (U+0300), precomposed
    /// Vietnamese letters (U+1E00–U+1EFF) and common punctuation never change under NFC and
    /// never compose with a neighbour that is also in these ranges.
    static func isSurelyNFC(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    }

    /// Lower case, diacritics removed (đ → d), every run of white space (including NBSP and
    /// zero-width characters) collapsed to one space, trimmed; dashes and quotes made ASCII.
    /// "UBND P. Sài  Gòn" → "ubnd p. sai gon". Works on NFC and NFD input alike.
    public static func fold(_ s: String) -> String {
        // Built as UTF-8 bytes in one buffer: appending scalar by scalar to a String cost more
        // than the folding itself.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pendingSpace = false
        // Scalars decoded from the UTF-8 bytes, ASCII without decoding.
        let bytes = s.utf8.span
        var k = 0
        while k < bytes.count {
            let v: UInt32
            (v, k) = decode(bytes, k)
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
                continue
            }
            switch FoldTable.shared.map(v) {
            case .drop: continue
            case .space: pendingSpace = !out.isEmpty
            case .scalar(let f):
                if pendingSpace { out.append(0x20); pendingSpace = false }
                if f.value < 0x80 { out.append(UInt8(f.value)) } else { out.append(contentsOf: UTF8.encode(f)!) }
            case .keep:
                if pendingSpace { out.append(0x20); pendingSpace = false }
                for l in Unicode.Scalar(v)!.properties.lowercaseMapping.unicodeScalars { out.append(contentsOf: UTF8.encode(l)!) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the folded form of one letter scalar (lower case, no diacritics, đ → d) as
    /// UTF-8 bytes to `out`; combining marks and zero-width characters append nothing. For
    /// tokenizers that build a word in a reused buffer and make one String of it.
    @inlinable @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
            return
        }
        switch FoldTable.shared.map(v) {
        case .drop, .space: return
        case .scalar(let f):
            // The table folds to ASCII only; any other scalar is encoded in full.
            if f.value < 0x80 { out.append(UInt8(f.value)) } else { out.append(contentsOf: UTF8.encode(f)!) }
        case .keep:
            for l in scalar.properties.lowercaseMapping.unicodeScalars { out.append(contentsOf: UTF8.encode(l)!) }
        }
    }

    /// Folded words: letters and digits only, everything else a separator.
    /// "Sở KH&CN" → ["so", "kh", "cn"].
    public static func words(_ s: String) -> [String] {
        // Scalar by scalar, folding into one buffer (the same as splitting `fold(s)` on
        // everything but letters and digits, without the intermediate strings). What folding
        // drops (combining marks, soft hyphens, zero-width spaces) joins, as it does there.
        let bytes = s.utf8.span
        // Room for a word every six bytes, from the start: growing the array one word at a
        // time was a fifth of this function's cost (6.5 M of 32 M on the speed37 sample).
        var out: [String] = []
        out.reserveCapacity(bytes.count / 6 + 1)
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var k = 0
        while k < bytes.count {
            // ASCII letters and digits folded here, without decoding or the call.
            let b = bytes[k]
            if b < 0x80 {
                k += 1
                if b >= 0x30 && b <= 0x39 { word.append(b); continue }
                let lower = b | 0x20
                if lower >= 0x61 && lower <= 0x7A { word.append(lower); continue }
                if !word.isEmpty {
                    out.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
                continue
            }
            let v: UInt32
            (v, k) = decode(bytes, k)
            let scalar = Unicode.Scalar(v)!
            if case .drop = FoldTable.shared.map(v) { continue }
            if ScalarClass.isWordCharacter(scalar) {
                appendFolded(scalar, to: &word)
            } else if !word.isEmpty {
                out.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { out.append(String(decoding: word, as: UTF8.self)) }
        return out
    }

    /// The scalar value at byte `k` of valid UTF-8 and the byte after it (the one decoder of
    /// the byte-level loops, here and in extraction's tokenizer).
    @inlinable @inline(__always)
    public static func decode(_ bytes: Span<UInt8>, _ k: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[k])
        if b0 < 0x80 { return (b0, k + 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[k + 1]) & 0x3F, k + 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[k + 1]) & 0x3F) << 6 | UInt32(bytes[k + 2]) & 0x3F, k + 3)
        }
        return ((b0 & 0x07) << 18 | (UInt32(bytes[k + 1]) & 0x3F) << 12 | (UInt32(bytes[k + 2]) & 0x3F) << 6 | UInt32(bytes[k + 3]) & 0x3F, k + 4)
    }

    /// Collapses white space (NBSP, tabs, newlines, zero-width) to single spaces and trims,
    /// keeping case and diacritics; the result is NFC.
    public static func collapseWhitespace(_ s: String) -> String {
        // Most strings need nothing: no leading, trailing or doubled space, no tab, newline,
        // NBSP, zero-width character or BOM, and already NFC (all reader output is).
        if isCollapsedNFC(s) { return s }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc(s).unicodeScalars {
            let v = scalar.value
            if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF || v == 0x00AD { continue }
            if ScalarClass.isWhitespace(scalar) || v == 0x00A0 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(scalar)
        }
        return String(out)
    }
}

extension VietText {
    /// True when `collapseWhitespace` would return `s` unchanged: checked on UTF-8 bytes,
    /// without decoding. Non-ASCII text counts only when it has no combining marks (NFC
    /// Vietnamese is precomposed), so NFD input still takes the slow path.
    static func isCollapsedNFC(_ s: String) -> Bool {
        isCollapsedNFC(bytes: s.utf8.span)
    }

    private static func isCollapsedNFC(bytes: Span<UInt8>) -> Bool {
        var previousSpace = true
        var lastSpace = false
        var k = 0
        // The byte at `k`, stepping past it; nil at the end.
        @inline(__always) func next() -> UInt8? {
            guard k < bytes.count else { return nil }
            defer { k += 1 }
            return bytes[k]
        }
        while let b = next() {
            switch b {
            case 0x20:
                if previousSpace { return false }
                previousSpace = true; lastSpace = true
                continue
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return false
            case 0xC2:  // NBSP C2 A0, soft hyphen C2 AD
                guard let n = next() else { return false }
                if n == 0xA0 || n == 0xAD { return false }
            case 0xCC, 0xCD:  // U+0300–U+036F combining marks: NFD
                return false
            case 0xE2:  // U+2000–U+206F: spaces, zero-width, separators
                guard let n = next() else { return false }
                if n == 0x80 || n == 0x81 { return false }
            case 0xEF:  // BOM EF BB BF
                guard let n = next() else { return false }
                if n == 0xBB { return false }
            default: break
            }
            previousSpace = false; lastSpace = false
        }
        return !lastSpace
    }
}

/// A precomputed map from non-ASCII scalars to their folded form, built once by decomposing
/// the Latin ranges Vietnamese uses; avoids a Foundation normalization per string.
@usableFromInline final class FoldTable: Sendable {
    @usableFromInline enum Mapping: Sendable { case drop, space, keep, scalar(Unicode.Scalar) }

    @usableFromInline static let shared = FoldTable()
    @usableFromInline let latin: [Mapping]   // U+0080 ..< U+2000 and the Vietnamese block U+1E00 ..< U+1F00

    private init() {
        var table = [Mapping](repeating: .keep, count: 0x2000 - 0x80)
        for v in UInt32(0x80)..<0x2000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let i = Int(v - 0x80)
            if v == 0xA0 || scalar.properties.isWhitespace { table[i] = .space; continue }
            if (0x0300...0x036F).contains(v) || v == 0xAD { table[i] = .drop; continue }
            if v == 0x0110 || v == 0x0111 { table[i] = .scalar("d"); continue }
            guard scalar.properties.isAlphabetic else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            let lower = base.properties.lowercaseMapping.unicodeScalars
            if lower.count == 1, let l = lower.first, l.value < 0x80 { table[i] = .scalar(l) }
        }
        latin = table
    }

    @inlinable func map(_ v: UInt32) -> Mapping {
        if v < 0x2000 { return latin[Int(v - 0x80)] }
        switch v {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: return .drop
        case 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return .space
        case 0x2010...0x2015, 0x2212: return .scalar("-")
        case 0x2018, 0x2019, 0x201A, 0x2032: return .scalar("'")
        case 0x201C, 0x201D, 0x201E: return .scalar("\"")
        case 0x2026: return .scalar(".")
        default: return .keep
        }
    }
}

/// Character classes and lower-case forms of the scalars below U+2000 (Latin, combining
/// marks, Vietnamese letters), looked up in a table built once: the Unicode property
/// lookups they replace were the largest single cost of tokenizing report text.
public enum ScalarClass {
    // Visible to inlined callers in other modules: tokenizers classify every scalar.
    @inlinable static var letter: UInt8 { 1 }
    @inlinable static var mark: UInt8 { 2 }
    @inlinable static var numeric: UInt8 { 4 }
    @inlinable static var space: UInt8 { 8 }
    @inlinable static var lowerCase: UInt8 { 16 }
    @inlinable static var upperCase: UInt8 { 32 }
    @inlinable static var limit: UInt32 { 0x2000 }

    @usableFromInline static let table: (flags: [UInt8], lower: [UInt32]) = {
        var flags = [UInt8](repeating: 0, count: Int(limit))
        var lower = [UInt32](repeating: 0, count: Int(limit))
        for v in 0..<limit {
            lower[Int(v)] = v
            guard let s = Unicode.Scalar(v) else { continue }
            var f: UInt8 = 0
            if s.properties.isAlphabetic { f |= letter }
            if (0x0300...0x036F).contains(v) { f |= mark }
            if s.properties.numericType != nil { f |= numeric }
            if s.properties.isWhitespace { f |= space }
            if s.properties.changesWhenUppercased { f |= lowerCase }
            if s.properties.changesWhenLowercased { f |= upperCase }
            flags[Int(v)] = f
            let l = s.properties.lowercaseMapping.unicodeScalars
            if l.count == 1, let first = l.first { lower[Int(v)] = first.value }
        }
        return (flags, lower)
    }()

    @inlinable @inline(__always) static func flags(_ v: UInt32) -> UInt8 {
        table.flags[Int(v)]
    }

    /// Alphabetic (Unicode's `isAlphabetic`).
    @inlinable @inline(__always) public static func isAlphabetic(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return v < limit ? flags(v) & letter != 0 : s.properties.isAlphabetic
    }

    /// A letter of a word: alphabetic, or a combining mark (NFD diacritics) inside one.
    @inlinable @inline(__always) public static func isWordLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        return v < limit ? flags(v) & (letter | mark) != 0 : s.properties.isAlphabetic
    }

    /// A letter, a digit or a combining mark: what words of names are made of.
    @inlinable @inline(__always) public static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        if v < limit { return flags(v) & (letter | mark | numeric) != 0 }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// A scalar with a numeric value (Character's `isNumber` for one-scalar characters).
    @inlinable @inline(__always) public static func isNumeric(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return v < limit ? flags(v) & numeric != 0 : s.properties.numericType != nil
    }

    /// Written in capitals: `uppercased()` leaves it as it is and `lowercased()` does not
    /// ("II. KHÓ KHĂN, VƯỚNG MẮC"), decided scalar by scalar without building either.
    public static func isUpperCase(_ text: String) -> Bool {
        var hasUpper = false
        for s in text.unicodeScalars {
            let v = s.value
            let f: UInt8
            if v < limit { f = flags(v) } else {
                f = (s.properties.changesWhenUppercased ? lowerCase : 0) | (s.properties.changesWhenLowercased ? upperCase : 0)
            }
            if f & lowerCase != 0 { return false }
            if f & upperCase != 0 { hasUpper = true }
        }
        return hasUpper
    }

    /// Unicode white space (`isWhitespace`).
    @inlinable @inline(__always) public static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return v < limit ? flags(v) & space != 0 : s.properties.isWhitespace
    }

    /// The lower-case scalar when lower-casing maps to one scalar (all Vietnamese letters);
    /// the scalar itself otherwise.
    @inlinable @inline(__always) public static func lowercased(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v | 0x20)! : s }
        if v < limit { return Unicode.Scalar(table.lower[Int(v)])! }
        let l = s.properties.lowercaseMapping.unicodeScalars
        return l.count == 1 ? l.first! : s
    }
}
