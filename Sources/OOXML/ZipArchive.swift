import CZip
import DocumentModel
import Foundation

// libzip behind two small owners: `ZipArchive` (a zip_t opened read-only from memory) and
// `ZipEntryStream` (a zip_file_t being inflated). Sizes the archive declares are used only to
// refuse early; the limits are enforced on bytes actually inflated.

/// Limits shared by all entries read from one archive.
final class InflateBudget {
    let options: ReadOptions
    private(set) var totalInflated = 0
    private(set) var partsRead = 0
    init(options: ReadOptions) { self.options = options }

    func charge(_ n: Int, part: String) throws {
        totalInflated += n
        if totalInflated > options.maxTotalInflatedBytes {
            throw ReadRefusal.make(.sizeLimit, "more than \(options.maxTotalInflatedBytes) bytes inflated in total", part: part)
        }
    }
    func countPart() { partsRead += 1 }
}

/// One entry of the central directory.
struct ZipEntryInfo {
    var index: UInt64
    var name: String
    var declaredSize: UInt64
    var compressedSize: UInt64
    var compressionMethod: UInt16
}

/// A zip archive opened read-only over an in-memory copy of the file.
final class ZipArchive {
    private let handle: OpaquePointer  // zip_t*
    private(set) var entries: [ZipEntryInfo] = []
    /// Lower-cased entry name → index (OPC part names are case-insensitive).
    private var byName: [String: Int] = [:]
    let fileSize: Int
    let budget: InflateBudget
    /// Entries whose CRC did not match (tolerated when the options say so).
    private(set) var badCRCParts: [String] = []

    convenience init(bytes: Data, budget: InflateBudget) throws {
        try self.init(source: .data(bytes), budget: budget)
    }

    init(source packageSource: PackageSource, budget: InflateBudget) throws {
        self.budget = budget
        self.fileSize = packageSource.size
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }

        let source: OpaquePointer
        switch packageSource {
        case .data(let bytes):
            // libzip keeps the buffer: give it a malloc'd copy it frees itself (freep = 1).
            guard let copy = malloc(max(bytes.count, 1)) else {
                throw ReadRefusal.make(.corrupt, "out of memory copying \(bytes.count) bytes")
            }
            bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { memcpy(copy, base, raw.count) }
            }
            guard let s = zip_source_buffer_create(copy, UInt64(bytes.count), 1, &error) else {
                free(copy)
                throw ReadRefusal.make(.corrupt, "zip_source_buffer_create: \(String(cString: zip_error_strerror(&error)))")
            }
            source = s
        case .file(let url, _):
            guard let s = zip_source_file_create(url.path, 0, 0, &error) else {
                throw ReadRefusal.make(.corrupt, "zip_source_file_create: \(String(cString: zip_error_strerror(&error)))")
            }
            source = s
        }
        guard let za = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            let code = zip_error_code_zip(&error)
            let message = String(cString: zip_error_strerror(&error))
            switch code {
            case ZIP_ER_NOZIP, ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_SEEK, ZIP_ER_READ:
                // A zip whose end of central directory is missing or points past the end.
                throw ReadRefusal.make(.truncated, "libzip could not open the archive (\(code)): \(message)")
            default:
                throw ReadRefusal.make(.corrupt, "libzip could not open the archive (\(code)): \(message)")
            }
        }
        handle = za
        // From here on `deinit` owns `za` (zip_discard), also when the checks below throw.
        var list: [ZipEntryInfo] = []
        var names: [String: Int] = [:]
        let count = zip_get_num_entries(za, 0)
        guard count >= 0 else { throw ReadRefusal.make(.corrupt, "zip_get_num_entries failed") }
        if count > budget.options.maxEntries {
            throw ReadRefusal.make(.tooManyEntries, "\(count) entries, limit \(budget.options.maxEntries)")
        }
        for i in 0..<UInt64(count) {
            var st = zip_stat_t()
            zip_stat_init(&st)
            guard zip_stat_index(za, i, 0, &st) == 0, let cname = st.name else {
                throw ReadRefusal.make(.corrupt, "zip_stat_index(\(i)): \(String(cString: zip_strerror(za)))")
            }
            let name = String(cString: cname)
            if name.utf8.count > budget.options.maxPartNameBytes {
                // Part names are copied into the location of everything read from the part.
                throw ReadRefusal.make(.unsafePath, "entry name of \(name.utf8.count) bytes, limit \(budget.options.maxPartNameBytes)",
                                       part: String(decoding: name.utf8.prefix(64), as: UTF8.self) + "…")
            }
            if !ZipArchive.isSafe(name) {
                throw ReadRefusal.make(.unsafePath, "entry name \"\(name)\" is absolute or climbs out with ..", part: name)
            }
            let key = ZipArchive.key(name)
            if names[key] != nil {
                throw ReadRefusal.make(.duplicateEntry, "entry \"\(name)\" appears twice (names compared case-insensitively)", part: name)
            }
            names[key] = list.count
            list.append(ZipEntryInfo(
                index: i, name: name,
                declaredSize: st.valid & UInt64(ZIP_STAT_SIZE) != 0 ? st.size : 0,
                compressedSize: st.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? st.comp_size : 0,
                compressionMethod: st.valid & UInt64(ZIP_STAT_COMP_METHOD) != 0 ? st.comp_method : 0))
        }
        entries = list
        byName = names
    }

    deinit { zip_discard(handle) }

    /// Lookup key of a part name: case-insensitive, no leading slash, and backslashes read as
    /// slashes (some writers store "xl\\workbook.xml"; Excel and calamine accept them).
    static func key(_ name: String) -> String {
        // Asked for every part name looked up: the byte test spares Foundation's substring search.
        var n = name.utf8.contains(UInt8(ascii: "\\")) ? name.replacingOccurrences(of: "\\", with: "/") : name
        if n.hasPrefix("/") { n.removeFirst() }
        return n.lowercased()
    }

    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.hasPrefix("\\") { return false }
        if name.utf8.count >= 2, Array(name.utf8)[1] == UInt8(ascii: ":") { return false }  // C:\…
        if name.utf8.contains(0) { return false }
        for component in name.split(whereSeparator: { $0 == "/" || $0 == "\\" }) where component == ".." {
            return false
        }
        return true
    }

    func entry(named name: String) -> ZipEntryInfo? {
        byName[ZipArchive.key(name)].map { entries[$0] }
    }

    func contains(_ name: String) -> Bool { byName[ZipArchive.key(name)] != nil }

    /// Opens an entry for streaming inflation under the archive's limits.
    func open(_ name: String) throws -> ZipEntryStream {
        guard let info = entry(named: name) else {
            throw ReadRefusal.make(.notOfficeDocument, "part \(name) is missing", part: name)
        }
        let o = budget.options
        if info.compressionMethod != 0, info.declaredSize > UInt64(o.compressionRatioGraceBytes),
           Double(min(info.compressedSize, UInt64(fileSize))) / Double(info.declaredSize) < o.minCompressionRatio {
            throw ReadRefusal.make(.compressionRatio, "entry declares \(info.declaredSize) bytes from \(info.compressedSize) compressed", part: info.name)
        }
        if info.declaredSize > UInt64(o.maxEntryInflatedBytes) {
            throw ReadRefusal.make(.sizeLimit, "entry declares \(info.declaredSize) bytes, limit \(o.maxEntryInflatedBytes)", part: info.name)
        }
        guard let file = zip_fopen_index(handle, info.index, 0) else {
            let message = String(cString: zip_strerror(handle))
            var code: Int32 = 0
            zip_error_get(handle, &code, nil)
            if code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD {
                throw ReadRefusal.make(.encrypted, "zip entry is encrypted: \(message)", part: info.name)
            }
            throw ReadRefusal.make(.corrupt, "zip_fopen_index: \(message)", part: info.name)
        }
        budget.countPart()
        return ZipEntryStream(archive: self, file: file, info: info)
    }

    /// Reads a whole (small) entry.
    func readAll(_ name: String) throws -> [UInt8] {
        let stream = try open(name)
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try stream.read(into: $0) }
            if n == 0 { break }
            out.append(contentsOf: chunk[0..<n])
        }
        return out
    }

    /// Inflates `name` to its end to learn whether its CRC matches (after a parse failure).
    func hasBadCRC(_ name: String) -> Bool {
        guard let info = entry(named: name) else { return false }
        if badCRCParts.contains(info.name) { return true }
        guard let stream = try? open(name) else { return false }
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while let n = try? chunk.withUnsafeMutableBytes({ try stream.read(into: $0) }), n > 0 {}
        return badCRCParts.contains(info.name)
    }

    fileprivate func noteBadCRC(_ part: String) {
        if !badCRCParts.contains(part) { badCRCParts.append(part) }
    }
}

/// A byte source that can be pulled in chunks (a zip entry, or memory in tests).
protocol ByteSource: AnyObject {
    var partName: String { get }
    /// Fills `buffer` from the start; returns 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// One entry being inflated; counts the bytes it actually produces.
final class ZipEntryStream: ByteSource {
    private let archive: ZipArchive  // keeps zip_t alive while the zip_file_t is open
    private let file: OpaquePointer  // zip_file_t*
    let info: ZipEntryInfo
    private(set) var inflated = 0
    private var finished = false
    var partName: String { info.name }

    fileprivate init(archive: ZipArchive, file: OpaquePointer, info: ZipEntryInfo) {
        self.archive = archive
        self.file = file
        self.info = info
    }

    deinit { zip_fclose(file) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if finished || buffer.count == 0 { return 0 }
        let o = archive.budget.options
        let n = zip_fread(file, buffer.baseAddress!, UInt64(buffer.count))
        if n < 0 {
            let error = zip_file_get_error(file)!
            let code = zip_error_code_zip(error)
            let message = String(cString: zip_error_strerror(error))
            if code == ZIP_ER_CRC, o.tolerateBadCRC {
                // libzip checks the CRC once the entry is fully inflated: the bytes are all here.
                archive.noteBadCRC(info.name)
                finished = true
                return 0
            }
            if code == ZIP_ER_COMPNOTSUPP || code == ZIP_ER_ENCRNOTSUPP {
                throw ReadRefusal.make(.unsupportedFormat, "zip_fread: \(message)", part: info.name)
            }
            throw ReadRefusal.make(.corrupt, "zip_fread (\(code)): \(message)", part: info.name)
        }
        if n == 0 { finished = true; return 0 }
        inflated += Int(n)
        try archive.budget.charge(Int(n), part: info.name)
        if inflated > o.maxEntryInflatedBytes {
            throw ReadRefusal.make(.sizeLimit, "entry inflates past \(o.maxEntryInflatedBytes) bytes", part: info.name)
        }
        if info.compressionMethod != 0, inflated > o.compressionRatioGraceBytes {
            let compressed = Double(min(info.compressedSize, UInt64(archive.fileSize)))
            if compressed / Double(inflated) < o.minCompressionRatio {
                throw ReadRefusal.make(
                    .compressionRatio,
                    "entry inflated \(inflated) bytes from \(info.compressedSize) compressed (ratio below \(o.minCompressionRatio))",
                    part: info.name)
            }
        }
        return Int(n)
    }
}

/// In-memory bytes as a `ByteSource`.
final class MemorySource: ByteSource {
    let partName: String
    private let bytes: [UInt8]
    private var offset = 0
    init(_ bytes: [UInt8], partName: String) {
        self.bytes = bytes
        self.partName = partName
    }
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        if n <= 0 { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.baseAddress!.copyMemory(from: src.baseAddress! + offset, byteCount: n)
        }
        offset += n
        return n
    }
}
