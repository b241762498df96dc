import DocumentModel
import Foundation

// What a file is, by its first bytes and its name, before any zip or XML parsing.

enum SniffResult: Equatable {
    case zip
    case refused(ReadRefusal.Kind, String)
}

enum Sniffer {
    static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func sniff(_ bytes: Data, fileName: String) -> SniffResult {
        sniff(PackageSource.data(bytes), fileName: fileName)
    }

    static func sniff(_ source: PackageSource, fileName: String) -> SniffResult {
        if source.size == 0 { return .refused(.empty, "the file has 0 bytes") }
        let head = source.head(1024)
        let baseName = (fileName as NSString).lastPathComponent
        let isZip = head.count >= 4 && head[0] == 0x50 && head[1] == 0x4B
            && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8))
        let isOLE = head.starts(with: ole2Magic)
        if baseName.hasPrefix("~$"), !isZip, !isOLE, source.size <= 64 << 10 {
            return .refused(.lockFile, "\"~$\" owner file of \(source.size) bytes written by Office while the document is open")
        }
        if isZip { return .zip }
        if isOLE { return sniffOLE2(oleSample(source) ?? Data(head), fileName: baseName) }
        if let i = find(Array("%PDF-".utf8), in: head) {
            return .refused(.pdf, "PDF signature at byte \(i)")
        }
        if head.count >= 2, head[0] == 0x50, head[1] == 0x4B {
            return .refused(.truncated, "zip signature without a valid local header")
        }
        let prefix = String(decoding: head.prefix(16), as: UTF8.self)
        if prefix.hasPrefix("{\\rtf") {
            return .refused(.unsupportedFormat, "RTF document")
        }
        return .refused(.unsupportedFormat, "unknown signature \(head.prefix(8).map { String(format: "%02X", $0) }.joined(separator: " "))")
    }

    /// The parts of an OLE2 file where its directory entries are: the whole file up to 32 MB;
    /// beyond, the first 8 MB, 64 KB at the first directory sector the header names, and the
    /// last 8 MB (Office writes the directory after the streams). Each piece keeps its 128-byte
    /// alignment, so the record walk of `sniffOLE2` reads them as one buffer. A 500 MB file is
    /// thus never held whole just to learn that it is an old .doc.
    static func oleSample(_ source: PackageSource) -> Data? {
        let size = source.size
        if size <= 32 << 20 { return source.wholeData() }
        let head = source.read(offset: 0, count: 8 << 20)
        var out = head
        if head.count >= 0x34 {
            let shift = Int(head[0x1E]) | Int(head[0x1F]) << 8
            let sector = shift >= 7 && shift <= 16 ? 1 << shift : 512
            let first = Int(head[0x30]) | Int(head[0x31]) << 8 | Int(head[0x32]) << 16 | Int(head[0x33]) << 24
            let offset = (first + 1) * sector
            if first >= 0, first < 0xFFFF_FFFA, offset > 8 << 20, offset < size {
                out += source.read(offset: offset, count: 64 << 10)
                out = out.prefix(out.count / 128 * 128)
            }
        }
        let tail = max(8 << 20, (size - (8 << 20)) / 512 * 512)
        out += source.read(offset: tail, count: size - tail)
        return out
    }

    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    /// A minimal walk of an OLE2 compound file's directory: directory entries are 128-byte
    /// records at 128-byte aligned offsets after the 512-byte header; each starts with its
    /// UTF-16LE name, its name length at 0x40 and its type (2 = stream) at 0x42. Looking at
    /// every aligned record for the stream names that matter avoids trusting the FAT chains.
    static func sniffOLE2(_ bytes: Data, fileName: String) -> SniffResult {
        var streams = Set<String>()
        let interesting: Set<String> = ["EncryptedPackage", "EncryptionInfo", "WordDocument", "Workbook", "Book", "PowerPoint Document"]
        bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let p = raw.bindMemory(to: UInt8.self)
            var offset = 512
            while offset + 128 <= p.count {
                let nameLength = Int(p[offset + 0x40]) | Int(p[offset + 0x41]) << 8
                let type = p[offset + 0x42]
                if (type == 1 || type == 2), nameLength >= 4, nameLength <= 64, nameLength % 2 == 0 {
                    var units: [UInt16] = []
                    for k in stride(from: 0, to: nameLength - 2, by: 2) {
                        units.append(UInt16(p[offset + k]) | UInt16(p[offset + k + 1]) << 8)
                    }
                    let name = String(decoding: units, as: UTF16.self)
                    if interesting.contains(name) { streams.insert(name) }
                }
                offset += 128
            }
        }
        if streams.contains("EncryptedPackage") || streams.contains("EncryptionInfo") {
            return .refused(.encrypted, "OLE2 compound file with an EncryptedPackage stream (password-protected OOXML)")
        }
        if streams.contains("WordDocument") { return .refused(.legacyWord, "OLE2 compound file with a WordDocument stream (Word 97-2003)") }
        if streams.contains("Workbook") || streams.contains("Book") {
            return .refused(.legacyExcel, "OLE2 compound file with a Workbook stream (Excel 97-2003)")
        }
        if streams.contains("PowerPoint Document") { return .refused(.unsupportedFormat, "OLE2 PowerPoint presentation") }
        // A directory we cannot make sense of: the name is the best remaining witness.
        switch (fileName as NSString).pathExtension.lowercased() {
        case "doc", "dot":
            return .refused(.legacyWord, "OLE2 compound file named .doc whose directory names no known stream")
        case "xls", "xlt":
            return .refused(.legacyExcel, "OLE2 compound file named .xls whose directory names no known stream")
        default:
            return .refused(.unsupportedFormat, "OLE2 compound file without a Word, Excel or encrypted package stream")
        }
    }
}

/// Where a package's bytes come from: memory, or a file libzip reads itself (so a large
/// workbook is not held in memory while its sheets stream).
enum PackageSource {
    case data(Data)
    case file(URL, size: Int)

    var size: Int {
        switch self {
        case .data(let d): return d.count
        case .file(_, let size): return size
        }
    }

    func head(_ n: Int) -> [UInt8] {
        switch self {
        case .data(let d): return [UInt8](d.prefix(n))
        case .file(let url, _):
            guard let h = try? FileHandle(forReadingFrom: url) else { return [] }
            defer { try? h.close() }
            return [UInt8]((try? h.read(upToCount: n)) ?? Data())
        }
    }

    /// Up to `count` bytes from `offset` (fewer at the end; empty when unreadable).
    func read(offset: Int, count: Int) -> Data {
        switch self {
        case .data(let d):
            guard offset < d.count, count > 0 else { return Data() }
            return Data(d[(d.startIndex + offset)..<(d.startIndex + min(d.count, offset + count))])
        case .file(let url, _):
            guard let h = try? FileHandle(forReadingFrom: url) else { return Data() }
            defer { try? h.close() }
            guard (try? h.seek(toOffset: UInt64(offset))) != nil else { return Data() }
            return (try? h.read(upToCount: count)) ?? Data()
        }
    }

    func wholeData() -> Data? {
        switch self {
        case .data(let d): return d
        case .file(let url, _): return try? Data(contentsOf: url)
        }
    }
}
