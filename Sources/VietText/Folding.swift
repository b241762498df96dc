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
    /// zero-width characters) collapsed to one space, trimmed. "UBND P. Sài  Gòn" → "ubnd p. sai gon".
    public static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x0300...0x036F).contains(v) { continue }        // combining marks
            if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF || v == 0x00AD { continue }  // zero-width, BOM, soft hyphen
            if scalar.properties.isWhitespace || v == 0x00A0 {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            switch v {
            case 0x0110, 0x0111: out.append("d")                 // Đ đ
            case 0x2013, 0x2014, 0x2212: out.append("-")         // en/em dash, minus
            case 0x2018, 0x2019: out.append("'")
            case 0x201C, 0x201D: out.append("\"")
            default:
                if v < 0x80 {
                    out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
                } else {
                    for l in scalar.properties.lowercaseMapping.unicodeScalars { out.append(l) }
                }
            }
        }
        return String(out)
    }

    /// Folded words: letters and digits only, everything else a separator.
    /// "Sở KH&CN" → ["so", "kh", "cn"].
    public static func words(_ s: String) -> [String] {
        fold(s).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// Collapses white space (NBSP, tabs, newlines, zero-width) to single spaces and trims,
    /// keeping case and diacritics; the result is NFC.
    public static func collapseWhitespace(_ s: String) -> String {
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
