import Foundation

/// The first words of a refused package's main part, read without parsing it: the bytes of
/// `word/document.xml` (or a workbook's shared strings) inflated up to a small bound, tags
/// replaced by spaces, no entity expanded, no DTD read. A file refused for what its XML
/// declares (a DOCTYPE, an entity bomb) still shows who wrote it in its header ("ỦY BAN NHÂN
/// DÂN PHƯỜNG …"): Phụ lục II can then say that unit sent a file that could not be read,
/// rather than nothing (REVIEW24 F11). Nil when the package cannot be opened at all.
public enum LeadingText {
    /// At most `maxBytes` inflated bytes of the main part, as plain text.
    public static func of(_ data: Data, maxBytes: Int = 64 << 10) -> String? {
        var options = ReadOptions()
        options.maxEntryInflatedBytes = max(options.maxEntryInflatedBytes, maxBytes)
        guard let zip = try? ZipArchive(bytes: data, budget: InflateBudget(options: options)) else { return nil }
        for part in ["word/document.xml", "xl/sharedStrings.xml"] where zip.contains(part) {
            guard let stream = try? zip.open(part) else { continue }
            var bytes: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 16 << 10)
            while bytes.count < maxBytes {
                guard let n = try? chunk.withUnsafeMutableBytes({ try stream.read(into: $0) }), n > 0 else { break }
                bytes.append(contentsOf: chunk[0..<min(n, maxBytes - bytes.count)])
            }
            let xml = String(decoding: bytes, as: UTF8.self)
            // The DOCTYPE's internal subset is no text of the document.
            let body = xml.range(of: "]>").map { String(xml[$0.upperBound...]) } ?? xml
            let text = body.replacing(/<[^>]*>/, with: " ").replacing(/\s+/, with: " ")
            return text.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
        }
        return nil
    }
}
