import Foundation

// Pre-Unicode Vietnamese: TCVN3 (ABC, fonts ".VnTime", ".VnArial", … and the uppercase
// ".VnTimeH" family) and VNI (fonts "VNI-Times", …). Word stores such runs as the 8-bit codes
// read as Latin-1, so "Bảo" in .VnTime arrives as "B¶o". A font name alone proves nothing:
// a run is converted only when its characters show the encoding and no real Vietnamese
// Unicode letter is present.

enum LegacyVietnamese: String {
    case tcvn3 = "TCVN3"
    case tcvn3Upper = "TCVN3 (chữ hoa)"
    case vni = "VNI"

    static func encoding(forFont font: String) -> LegacyVietnamese? {
        // Asked for every run and every text cell: trimmed on scalars rather than through
        // Foundation (whose NSString round trip was some 8 % of reading), and done at once
        // for the names that cannot be legacy fonts, nearly all of them. Trimmed as
        // CharacterSet.whitespaces does: general category Zs and the tab.
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        var scalars = Substring(font).unicodeScalars
        while let first = scalars.first, isSpace(first) { scalars.removeFirst() }
        guard let first = scalars.first, first == "." || first == "v" || first == "V" else { return nil }
        while let last = scalars.last, isSpace(last) { scalars.removeLast() }
        let f = String(scalars)
        let lower = f.lowercased()
        if lower.hasPrefix(".vn") {
            return f.hasSuffix("H") || lower.hasSuffix("h") && f.last == "H" ? .tcvn3Upper : .tcvn3
        }
        if lower.hasPrefix("vni-") || lower.hasPrefix("vni ") { return .vni }
        return nil
    }

    /// True when the text holds letters proper Unicode Vietnamese needs beyond Latin-1.
    private static func hasUnicodeVietnamese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x0100...0x024F).contains($0.value) || (0x1E00...0x1EFF).contains($0.value) || (0x0300...0x0323).contains($0.value) }
    }

    static func looksEncoded(_ text: String, _ encoding: LegacyVietnamese) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 }) || hasUnicodeVietnamese(text) { return false }
        switch encoding {
        case .tcvn3, .tcvn3Upper:
            // Codes that are not themselves letters of Unicode Vietnamese.
            let unicodeLatin1Letters = Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ".unicodeScalars.map(\.value))
            return text.unicodeScalars.contains { tcvn3Table[$0.value] != nil && !unicodeLatin1Letters.contains($0.value) }
        case .vni:
            let scalars = Array(text.unicodeScalars)
            let vowels = Set("aeiouyAEIOUY".unicodeScalars.map(\.value))
            let marks = Set("ùøûõïäëüÙØÛÕÏÄËÜ".unicodeScalars.map(\.value))
            for (i, u) in scalars.enumerated() {
                if u == "ñ" || u == "Ñ" { return true }
                if i > 0, marks.contains(u.value), vowels.contains(scalars[i - 1].value) { return true }
            }
            return false
        }
    }

    static func convert(_ text: String, _ encoding: LegacyVietnamese) -> String {
        switch encoding {
        case .tcvn3, .tcvn3Upper:
            var out = String.UnicodeScalarView()
            var previous: Unicode.Scalar?
            for u in text.unicodeScalars {
                guard let v = tcvn3Table[u.value], let s = Unicode.Scalar(v) else {
                    out.append(u)
                    previous = u
                    continue
                }
                // TCVN3 has no capital toned letters: "A¸" (A, á) is written for "Á", "¢Ê" (Â, ấ) for "Ấ".
                if encoding == .tcvn3, let p = previous, let capital = capitalToned(after: p, s) {
                    out.removeLast()
                    out.append(capital)
                    previous = capital
                    continue
                }
                out.append(s)
                previous = s
            }
            let s = String(out)
            return encoding == .tcvn3Upper ? s.uppercased() : s
        case .vni:
            var out = String.UnicodeScalarView()
            var previousIsLetter = false
            for u in text.unicodeScalars {
                if previousIsLetter, let marks = vniModifiers[u.value] {
                    for m in marks { out.append(Unicode.Scalar(m)!) }
                    continue
                }
                if let v = vniStandalone[u.value] {
                    out.append(Unicode.Scalar(v)!)
                    previousIsLetter = true
                    continue
                }
                out.append(u)
                previousIsLetter = u.properties.isAlphabetic
            }
            return String(out).precomposedStringWithCanonicalMapping
        }
    }

    /// The capital toned letter that a capital base `base` followed by the small toned letter
    /// `toned` stands for in TCVN3 ("A" + "á" → "Á", "Ư" + "ứ" → "Ứ"); nil when they do not pair.
    static func capitalToned(after base: Unicode.Scalar, _ toned: Unicode.Scalar) -> Unicode.Scalar? {
        guard base.properties.isUppercase else { return nil }
        let tones: Set<UInt32> = [0x300, 0x301, 0x303, 0x309, 0x323]
        let t = Array(String(toned).decomposedStringWithCanonicalMapping.unicodeScalars)
        let untoned = t.filter { !tones.contains($0.value) }  // a dot below sorts before a circumflex
        guard untoned.count == t.count - 1 else { return nil }
        let b = Array(String(base).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars)
        guard b == untoned else { return nil }
        let upper = String(toned).uppercased().precomposedStringWithCanonicalMapping.unicodeScalars
        return upper.count == 1 ? upper.first : nil
    }

    /// TCVN3 code (as a Latin-1 character) → Unicode.
    static let tcvn3Table: [UInt32: UInt32] = {
        let pairs: [(UInt32, Character)] = [
            (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
            (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
            (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
            (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
            (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
            (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
            (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
            (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
            (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
            (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
            (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
            (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
            (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
            (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
        ]
        var d: [UInt32: UInt32] = [:]
        for (k, c) in pairs { d[k] = c.unicodeScalars.first!.value }
        return d
    }()

    /// VNI letters that stand alone (ơ, ư, đ and the i/y forms).
    static let vniStandalone: [UInt32: UInt32] = {
        let pairs: [(Character, Character)] = [
            ("ô", "ơ"), ("Ô", "Ơ"), ("ö", "ư"), ("Ö", "Ư"), ("ñ", "đ"), ("Ñ", "Đ"),
            ("í", "í"), ("Í", "Í"), ("ì", "ì"), ("Ì", "Ì"), ("æ", "ỉ"), ("Æ", "Ỉ"),
            ("ó", "ĩ"), ("Ó", "Ĩ"), ("ò", "ị"), ("Ò", "Ị"), ("î", "ỵ"), ("Î", "Ỵ"),
        ]
        var d: [UInt32: UInt32] = [:]
        for (k, v) in pairs { d[k.unicodeScalars.first!.value] = v.unicodeScalars.first!.value }
        return d
    }()

    /// VNI modifiers following a letter → combining marks (composed by NFC afterwards).
    static let vniModifiers: [UInt32: [UInt32]] = {
        let acute: UInt32 = 0x301, grave: UInt32 = 0x300, hook: UInt32 = 0x309, tilde: UInt32 = 0x303, dot: UInt32 = 0x323
        let circ: UInt32 = 0x302, breve: UInt32 = 0x306
        let pairs: [(String, [UInt32])] = [
            ("ùÙ", [acute]), ("øØ", [grave]), ("ûÛ", [hook]), ("õÕ", [tilde]), ("ïÏ", [dot]),
            ("âÂ", [circ]), ("áÁ", [circ, acute]), ("àÀ", [circ, grave]), ("åÅ", [circ, hook]), ("ãÃ", [circ, tilde]), ("äÄ", [circ, dot]),
            ("êÊ", [breve]), ("éÉ", [breve, acute]), ("èÈ", [breve, grave]), ("úÚ", [breve, hook]), ("üÜ", [breve, tilde]), ("ëË", [breve, dot]),
        ]
        var d: [UInt32: [UInt32]] = [:]
        for (keys, marks) in pairs { for k in keys.unicodeScalars { d[k.value] = marks } }
        return d
    }()
}
