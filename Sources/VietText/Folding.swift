import Foundation

/// Vietnamese text as people type it: NFC or NFD, upper or lower case, with or without
/// diacritics, with non-breaking and zero-width spaces. These helpers bring all of that to
/// one comparable form so that matching rules can be written once, as data.
public enum VietText {
    /// Unicode NFC: the form every text the program shows or stores is in.
    public static func nfc(_ s: String) -> String {
        // Pure ASCII is already NFC; skip the Foundation round trip on the hot path.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    /// Lower case, diacritics removed (đ → d), every run of white space (including NBSP and
    /// zero-width characters) collapsed to one space, trimmed; dashes and quotes made ASCII.
    /// "UBND P. Sài  Gòn" → "ubnd p. sai gon". Works on NFC and NFD input alike.
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v == 0x20 || (v >= 0x09 && v <= 0x0D) { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
                continue
            }
            switch FoldTable.shared.map(v) {
            case .drop: continue
            case .space: pendingSpace = !out.isEmpty
            case .scalar(let f):
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(f)
            case .keep:
                if pendingSpace { out.append(" "); pendingSpace = false }
                for l in scalar.properties.lowercaseMapping.unicodeScalars { out.append(l) }
            }
        }
        return String(out)
    }

    /// Appends the folded form of one letter scalar (lower case, no diacritics, đ → d) to
    /// `out`; combining marks and zero-width characters append nothing. For tokenizers that
    /// fold word by word without building intermediate strings.
    @inline(__always)
    public static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
            return
        }
        switch FoldTable.shared.map(v) {
        case .drop, .space: return
        case .scalar(let f): out.append(f)
        case .keep: for l in scalar.properties.lowercaseMapping.unicodeScalars { out.append(l) }
        }
    }

    /// Folded words: letters and digits only, everything else a separator.
    /// "Sở KH&CN" → ["so", "kh", "cn"].
    public static func words(_ s: String) -> [String] {
        fold(s).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
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
            if scalar.properties.isWhitespace || v == 0x00A0 {
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
        var previousSpace = true
        var lastSpace = false
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            switch b {
            case 0x20:
                if previousSpace { return false }
                previousSpace = true; lastSpace = true
                continue
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D: return false
            case 0xC2:  // NBSP C2 A0, soft hyphen C2 AD
                guard let n = it.next() else { return false }
                if n == 0xA0 || n == 0xAD { return false }
            case 0xCC, 0xCD:  // U+0300–U+036F combining marks: NFD
                return false
            case 0xE2:  // U+2000–U+206F: spaces, zero-width, separators
                guard let n = it.next() else { return false }
                if n == 0x80 || n == 0x81 { return false }
            case 0xEF:  // BOM EF BB BF
                guard let n = it.next() else { return false }
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
final class FoldTable: Sendable {
    enum Mapping { case drop, space, keep, scalar(Unicode.Scalar) }

    static let shared = FoldTable()
    private let latin: [Mapping]   // U+0080 ..< U+2000 and the Vietnamese block U+1E00 ..< U+1F00

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

    func map(_ v: UInt32) -> Mapping {
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
