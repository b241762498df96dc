// Small native string helpers. Extraction runs on every line of every report; Foundation's
// NSString bridges (trimmingCharacters, range(of:)) cost more there than the work itself.

extension StringProtocol {
    /// Drops leading and trailing characters of `set` (default: white space).
    func trimmed(_ set: String = " \t\n\u{00A0}") -> String {
        var start = startIndex, end = endIndex
        while start < end, set.contains(self[start]) || (set.hasPrefix(" ") && self[start].isWhitespace) {
            start = index(after: start)
        }
        while end > start {
            let before = index(before: end)
            guard set.contains(self[before]) || (set.hasPrefix(" ") && self[before].isWhitespace) else { break }
            end = before
        }
        return String(self[start..<end])
    }

    /// Whether `needle` occurs, compared byte for byte in UTF-8.
    func containsBytes(_ needle: String) -> Bool { firstByteOffset(of: needle) != nil }

    /// Offset in UTF-8 bytes of the first occurrence of `needle` at or after `from`.
    func firstByteOffset(of needle: String, from: Int = 0) -> Int? {
        let pat = Array(needle.utf8)
        if let r = utf8.withContiguousStorageIfAvailable({ Self.search($0, pat, from) }) { return r }
        return Array(utf8).withUnsafeBufferPointer { Self.search($0, pat, from) }
    }

    private static func search(_ hay: UnsafeBufferPointer<UInt8>, _ pat: [UInt8], _ from: Int) -> Int? {
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
}

extension String {
    /// The text after UTF-8 byte offset `offset` (which must fall on a scalar boundary, as
    /// offsets found by searching for ASCII needles do).
    func suffix(fromByte offset: Int) -> String {
        String(decoding: Array(utf8)[offset...], as: UTF8.self)
    }
}
