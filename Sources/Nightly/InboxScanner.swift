import Foundation
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
}

/// Walks the inbox (sub-folders too) in name order, skipping hidden files and folders, the
/// inbox's own README.md (it explains the folder in the repository) and anything that is not
/// a regular file. Only `stat` and directory reads: nothing is opened.
public enum InboxScanner {
    public static func scan(_ inbox: URL) throws -> [ScannedFile] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: inbox.path, isDirectory: &isDir), isDir.boolValue else {
            throw NightlyError.inboxMissing(inbox.path)
        }
        var out: [ScannedFile] = []
        walk(inbox.path, relative: "", into: &out)
        return out.sorted { $0.path < $1.path }
    }

    private static func walk(_ dir: String, relative: String, into out: inout [ScannedFile]) {
        guard let d = opendir(dir) else { return }
        defer { closedir(d) }
        while let ent = readdir(d) {
            let name = withUnsafePointer(to: ent.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") || (relative.isEmpty && name == "README.md") { continue }
            let full = dir + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard stat(full, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                walk(full, relative: rel, into: &out)
            case S_IFREG:
                #if canImport(Darwin)
                let mtime = Double(st.st_mtimespec.tv_sec) + Double(st.st_mtimespec.tv_nsec) / 1e9
                #else
                let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
                #endif
                out.append(ScannedFile(path: rel.precomposedStringWithCanonicalMapping, url: URL(fileURLWithPath: full), size: Int64(st.st_size), mtime: mtime))
            default:
                continue
            }
        }
    }
}

public enum NightlyError: Error, CustomStringConvertible {
    case inboxMissing(String)
    case badAsOf(String)
    case validationRules(String)

    public var description: String {
        switch self {
        case .inboxMissing(let p): return "the inbox \(p) does not exist or is not a folder"
        case .badAsOf(let s): return "--as-of '\(s)' is not a date (yyyy-mm-dd)"
        case .validationRules(let s): return s
        }
    }
}
