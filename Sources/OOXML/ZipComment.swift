import Foundation

/// Zip bytes as bytes, without libzip: for making distinct copies of one package.
public enum ZipBytes {
    /// The same zip package with another archive comment: different bytes (and hash), the
    /// same content for every reader. Nil when the data is not a zip (no end-of-central-
    /// directory record in its last 64 KiB).
    public static func withArchiveComment(_ data: Data, _ comment: String) -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count >= 22 else { return nil }
        var i = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65535)
        while i >= lowest {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4b, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 { break }
            i -= 1
        }
        guard i >= lowest else { return nil }
        let c = [UInt8](comment.utf8.prefix(65535))
        var out = Array(bytes[..<(i + 20)])
        out.append(UInt8(c.count & 0xff))
        out.append(UInt8(c.count >> 8))
        out += c
        return Data(out)
    }
}
