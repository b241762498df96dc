import Foundation
import Intake
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file found in the inbox, with what the pre-check compares.
public struct ScannedFile: Sendable, Equatable {
    /// Relative to the inbox, "/"-separated, in NFC (names written on some systems are NFD):
    /// the file's name in the ledger and in everything an officer reads.
    public var path: String
    public var url: URL
    public var size: Int64
    /// Modification time, seconds since 1970 (with nanoseconds).
    public var mtime: Double

    public init(path: String, url: URL, size: Int64, mtime: Double) {
        self.path = path; self.url = url; self.size = size; self.mtime = mtime
    }
}

/// An inbox entry the run does not read, and why (in Vietnamese, for the officer).
public struct SkippedEntry: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// The name is not valid UTF-8 (written by an old archiver or another system).
        case invalidName = "invalid-name"
        /// A symbolic link: links are never followed (one to "." would read the inbox again
        /// under every name; one elsewhere would read outside the inbox).
        case symbolicLink = "link"
        /// A device, pipe or socket.
        case notRegularFile = "not-regular"
        /// A folder the run may not open.
        case unreadableFolder = "unreadable-folder"
        /// A hidden file or folder (".DS_Store", ".git").
        case hidden
        /// A lock or temporary file of an editor (`~$Báo cáo.docx`).
        case temporary
        /// A file type units do not send reports in (a note, a picture; see `ReportFileName`).
        case notAReport = "not-a-report"
    }

    /// Relative to the inbox, NFC; bytes of an invalid name shown as \xNN.
    public var path: String
    public var reason: Reason
    public var message: String

    /// True when a person should look: a report may be behind it (a link, a file whose
    /// name cannot be read, a report sent in the wrong format). Hidden and temporary files
    /// are only noted.
    public var needsAttention: Bool {
        switch reason {
        case .invalidName, .symbolicLink, .notRegularFile, .unreadableFolder, .notAReport: return true
        case .hidden, .temporary: return false
        }
    }
}

/// What a scan of the inbox found: the files to consider, and every other entry with its reason.
public struct InboxInventory: Sendable {
    public var files: [ScannedFile]
    public var skipped: [SkippedEntry]
}

/// Walks the inbox (sub-folders too) in name order. Only regular files whose names are
/// valid UTF-8 and that are report files are taken; symbolic links are not followed; every
/// other entry is listed with its reason, except the inbox's own README.md (it explains the
/// folder in the repository). Only `lstat` and directory reads: nothing is opened.
public enum InboxScanner {
    public static func scan(_ inbox: URL) throws -> [ScannedFile] {
        try inventory(inbox).files
    }

    public static func inventory(_ inbox: URL) throws -> InboxInventory {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox.path, isDirectory: &isDir), isDir.boolValue else {
            throw NightlyError.inboxMissing(inbox.path)
        }
        var out = InboxInventory(files: [], skipped: [])
        walk(Array(inbox.path.utf8), relative: "", into: &out)
        out.files.sort { $0.path < $1.path }
        out.skipped.sort { $0.path < $1.path }
        return out
    }

    /// A path's bytes as the C string the file system calls take (passed as an array: no
    /// pointer handling here).
    private static func cPath(_ bytes: [UInt8]) -> [CChar] { bytes.map { CChar(bitPattern: $0) } + [0] }

    private static func walk(_ dir: [UInt8], relative: String, into out: inout InboxInventory) {
        func skip(_ rel: String, _ reason: SkippedEntry.Reason, _ message: String) {
            out.skipped.append(SkippedEntry(path: rel, reason: reason, message: message))
        }
        guard let d = opendir(cPath(dir)) else {
            if !relative.isEmpty { skip(relative, .unreadableFolder, "Không mở được thư mục con này (không có quyền đọc); các tệp trong đó chưa được đọc.") }
            return
        }
        defer { closedir(d) }
        var entries: [[UInt8]] = []
        while let ent = readdir(d) {
            let bytes = withUnsafePointer(to: ent.pointee.d_name) { p in
                p.withMemoryRebound(to: UInt8.self, capacity: Int(NAME_MAX) + 1) { Array(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)))) }
            }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            entries.append(bytes)
        }
        for bytes in entries {
            let full = dir + [0x2F] + bytes
            guard let decoded = utf8(bytes) else {
                let shown = displayName(bytes)
                skip(relative.isEmpty ? shown : relative + "/" + shown, .invalidName,
                     "Tên tệp không phải là chữ Unicode (UTF-8) hợp lệ nên không đọc được; hãy đổi tên tệp (gõ lại tên có dấu) rồi để lại vào Inbox.")
                continue
            }
            let name = decoded.precomposedStringWithCanonicalMapping
            let rel = relative.isEmpty ? name : relative + "/" + name
            if relative.isEmpty && name == "README.md" { continue }
            var st = stat()
            guard lstat(cPath(full), &st) == 0 else { continue }  // gone since the directory was read
            if name.hasPrefix(".") {
                skip(rel, .hidden, (st.st_mode & S_IFMT) == S_IFDIR ? "Thư mục ẩn, không đọc." : "Tệp ẩn, không đọc.")
                continue
            }
            switch st.st_mode & S_IFMT {
            case S_IFLNK:
                skip(rel, .symbolicLink, "Là liên kết (symbolic link), không phải tệp: tonghop không đi theo liên kết; hãy chép chính tệp báo cáo vào Inbox.")
            case S_IFDIR:
                walk(full, relative: rel, into: &out)
            case S_IFREG:
                if let why = ReportFileName.skipReason(name) {
                    skip(rel, ReportFileName.isTemporary(name) ? .temporary : .notAReport, "Không đọc: \(why).")
                    continue
                }
                #if canImport(Darwin)
                let mtime = Double(st.st_mtimespec.tv_sec) + Double(st.st_mtimespec.tv_nsec) / 1e9
                #else
                let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
                #endif
                out.files.append(ScannedFile(path: rel, url: URL(fileURLWithPath: String(decoding: full, as: UTF8.self)),
                                             size: Int64(st.st_size), mtime: mtime))
            default:
                skip(rel, .notRegularFile, "Không phải tệp thường (thiết bị, đường ống hay socket), không đọc.")
            }
        }
    }

    /// The bytes as text when they are valid UTF-8, else nil.
    static func utf8(_ bytes: [UInt8]) -> String? {
        let s = String(decoding: bytes, as: UTF8.self)
        return s.utf8.elementsEqual(bytes) ? s : nil
    }

    /// A name that is not UTF-8, readable: valid runs as text, other bytes as \xNN.
    static func displayName(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            // The longest valid UTF-8 sequence starting here (1–4 bytes).
            var taken = false
            for len in stride(from: min(4, bytes.count - i), through: 1, by: -1) {
                if let s = utf8(Array(bytes[i..<i + len])), s.unicodeScalars.count == 1 {
                    out += s
                    i += len
                    taken = true
                    break
                }
            }
            if !taken {
                out += String(format: "\\x%02X", bytes[i])
                i += 1
            }
        }
        return out.precomposedStringWithCanonicalMapping
    }
}

public enum NightlyError: Error, CustomStringConvertible {
    case inboxMissing(String)
    case badAsOf(String)
    case validationRules(String)

    public var description: String {
        switch self {
        case .inboxMissing(let p): return "thư mục Inbox \(p) không tồn tại hoặc không phải là thư mục"
        case .badAsOf(let s): return "--as-of '\(s)' không phải là một ngày (dd/mm/yyyy hoặc yyyy-mm-dd)"
        case .validationRules(let s): return s
        }
    }
}
