import Foundation
import VietText

extension String {
    /// Unicode NFC (VietText's, with its fast path for text that cannot change).
    var nfc: String { VietText.nfc(self) }

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

extension String {
    /// The first `limit` Unicode scalars followed by "…" when the string is longer; nil when it
    /// fits. Counts scalars, not characters: a run of a million combining marks is one
    /// character, and must not slip through as "short".
    func clipped(to limit: Int) -> String? {
        var i = unicodeScalars.startIndex
        var n = 0
        while i < unicodeScalars.endIndex {
            if n == limit { return String(unicodeScalars[..<i]) + "…" }
            unicodeScalars.formIndex(after: &i)
            n += 1
        }
        return nil
    }
}
