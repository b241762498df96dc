import CZip
import Foundation

/// Writes a zip package (DOCX, XLSX, or anything else) part by part over libzip.
///
///     var w = PackageWriter()
///     w.add("[Content_Types].xml", string: contentTypes)
///     w.add("word/document.xml", string: documentXML)
///     try w.write(to: url)      // atomically: a temporary file in the same folder, then rename
///
/// Parts are deflated unless added with `compress: false`; they are written in the order added.
public struct PackageWriter: Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var operation: String
        public var code: Int32
        public var message: String
        public var part: String?
        public var description: String {
            "\(operation)\(part.map { " [\($0)]" } ?? ""): \(message) (libzip \(code))"
        }
    }

    private struct Entry: Sendable {
        var name: String
        var bytes: [UInt8]
        var compress: Bool
    }

    private var entries: [Entry] = []

    public init() {}

    public var partNames: [String] { entries.map(\.name) }

    public mutating func add(_ name: String, bytes: [UInt8], compress: Bool = true) {
        entries.append(Entry(name: name, bytes: bytes, compress: compress))
    }

    public mutating func add(_ name: String, data: Data, compress: Bool = true) {
        add(name, bytes: [UInt8](data), compress: compress)
    }

    public mutating func add(_ name: String, string: String, compress: Bool = true) {
        add(name, bytes: Array(string.utf8), compress: compress)
    }

    /// Writes the package to `url` atomically (the file appears complete or not at all).
    public func write(to url: URL) throws(Failure) {
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        try writeZip(path: temp.path)
        if rename(temp.path, url.path) != 0 {
            let e = errno
            unlink(temp.path)
            throw Failure(operation: "rename", code: e, message: String(cString: strerror(e)), part: nil)
        }
    }

    /// The package as bytes (written through a temporary file).
    public func data() throws(Failure) -> Data {
        let temp = FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-\(UUID().uuidString).zip")
        try writeZip(path: temp.path)
        defer { unlink(temp.path) }
        guard let d = FileManager.default.contents(atPath: temp.path) else {
            throw Failure(operation: "read back", code: 0, message: "cannot read \(temp.path)", part: nil)
        }
        return d
    }

    private func writeZip(path: String) throws(Failure) {
        var code: Int32 = 0
        guard let za = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw Failure(operation: "zip_open", code: code, message: String(cString: zip_error_strerror(&error)), part: nil)
        }
        var closed = false
        defer { if !closed { zip_discard(za) } }
        for entry in entries {
            // libzip reads the buffer at zip_close: hand it a malloc'd copy it frees itself
            // (an empty entry gets no buffer: libzip would not free a zero-length one).
            let size = entry.bytes.count
            let copy: UnsafeMutableRawPointer?
            if size == 0 {
                copy = nil
            } else {
                guard let c = malloc(size) else {
                    throw Failure(operation: "malloc", code: ZIP_ER_MEMORY, message: "out of memory", part: entry.name)
                }
                entry.bytes.withUnsafeBytes { if let b = $0.baseAddress { memcpy(c, b, size) } }
                copy = c
            }
            guard let source = zip_source_buffer(za, copy, UInt64(size), copy == nil ? 0 : 1) else {
                free(copy)
                throw Failure(operation: "zip_source_buffer", code: 0, message: String(cString: zip_strerror(za)), part: entry.name)
            }
            let index = zip_file_add(za, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            if index < 0 {
                zip_source_free(source)
                throw Failure(operation: "zip_file_add", code: 0, message: String(cString: zip_strerror(za)), part: entry.name)
            }
            let method = entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE
            if zip_set_file_compression(za, UInt64(index), method, 0) != 0 {
                throw Failure(operation: "zip_set_file_compression", code: 0, message: String(cString: zip_strerror(za)), part: entry.name)
            }
            // Every part dated 1 January 1980 00:00 (the first day a zip can hold; the DOS
            // fields, so no time zone enters): libzip dated each with the moment it was written,
            // and the same report written twice was two different files.
            if zip_file_set_dostime(za, UInt64(index), 0, (0 << 9) | (1 << 5) | 1, 0) != 0 {
                throw Failure(operation: "zip_file_set_dostime", code: 0, message: String(cString: zip_strerror(za)), part: entry.name)
            }
        }
        if zip_close(za) != 0 {
            throw Failure(operation: "zip_close", code: 0, message: String(cString: zip_strerror(za)), part: nil)
        }
        closed = true
    }
}
