import Foundation

extension String {
    /// Unicode NFC; ASCII is returned as is.
    var nfc: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        if unicodeScalars.allSatisfy(\.isSurelyNFC) { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// Decodes the `_xHHHH_` escapes of SpreadsheetML strings (`_x000D_` → CR); `_x005F_` escapes an underscore.
    var decodingOOXMLEscapes: String {
        var found = false
        var previous: UInt8 = 0
        for u in utf8 {
            if previous == UInt8(ascii: "_"), u == UInt8(ascii: "x") { found = true; break }
            previous = u
        }
        guard found else { return self }
        var out = ""
        var scalars = Array(unicodeScalars)[...]
        while let u = scalars.first {
            if u == "_", scalars.count >= 7 {
                let candidate = scalars.prefix(7)
                let arr = Array(candidate)
                if arr[1] == "x", arr[6] == "_", let v = UInt32(String(String.UnicodeScalarView(arr[2..<6])), radix: 16),
                   let scalar = Unicode.Scalar(v) {
                    out.unicodeScalars.append(scalar)
                    scalars = scalars.dropFirst(7)
                    continue
                }
            }
            out.unicodeScalars.append(u)
            scalars = scalars.dropFirst()
        }
        return out
    }
}

extension Unicode.Scalar {
    /// A quick, conservative NFC check for the scripts reports use: scalars below the combining
    /// marks (U+0300), precomposed Vietnamese letters (U+1E00–U+1EFF) and common punctuation
    /// never change under NFC and never compose with a neighbour that is also in these ranges.
    var isSurelyNFC: Bool {
        let v = value
        return v < 0x300 || (0x1E00...0x1EFF).contains(v) || (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v)
    }
}
