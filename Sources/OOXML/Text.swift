import Foundation

extension String {
    /// Unicode NFC; ASCII is returned as is.
    var nfc: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        return precomposedStringWithCanonicalMapping
    }

    /// Decodes the `_xHHHH_` escapes of SpreadsheetML strings (`_x000D_` → CR); `_x005F_` escapes an underscore.
    var decodingOOXMLEscapes: String {
        guard contains("_x") else { return self }
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
