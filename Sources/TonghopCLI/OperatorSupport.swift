import ArgumentParser
import Foundation
import Intake
import Nightly
import Plan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The command's exit codes, as the README and `--help` document them.
enum ExitStatus {
    /// Done (also when items wait for review, unless `--fail-on-review`).
    static let done: Int32 = 0
    /// Done, with items needing review — only with `--fail-on-review`; `inspect`: the reader
    /// refused the file; `units find`: nothing found.
    static let needsReview: Int32 = 1
    static let fileRefused: Int32 = 1
    static let nothingFound: Int32 = 1
    /// Could not run: bad arguments, a missing or unusable path, a broken pipeline, a busy lock.
    static let couldNotRun: Int32 = 2
}

/// A reason the command cannot run, for the operator: printed as "tonghop: <message>" on
/// standard error, exit 2.
struct CannotRun: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Prints `CannotRun` and exits 2; any other error goes to ArgumentParser as before.
func runReportingProblems(_ body: () throws -> Void) throws {
    do { try body() } catch let e as CannotRun {
        printError("tonghop: \(e.message)")
        throw ExitCode(ExitStatus.couldNotRun)
    }
}

/// A report date as officers write it: dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or
/// ISO yyyy-mm-dd. Nil for anything else, including dates that do not exist (31/02/2026).
func parseReportDate(_ text: String) -> PlanDate? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let d = PlanDate(iso: t) { return d }
    for sep: Character in ["/", "-", "."] {
        let parts = t.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { continue }
        return PlanDate(year: y, month: m, day: d)
    }
    return nil
}

/// The ArgumentParser validation message for a bad `--as-of`.
func asOfProblem(_ text: String) -> String {
    "--as-of '\(text)' không phải là một ngày có thật; viết dd/mm/yyyy (30/11/2026) hoặc yyyy-mm-dd (2026-11-30)"
}

/// Checks on the paths a command is given, before any work: each says which path and what
/// is wrong with it, in Vietnamese.
enum PathCheck {
    enum Kind { case file, folder, missing, other }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// A file or folder to read (`extract`, `report --from-extract`).
    static func readable(_ path: String, what: String) throws {
        switch kind(path) {
        case .missing: throw CannotRun("\(what) \(path): không có tệp hay thư mục nào ở đường dẫn này")
        case .other: throw CannotRun("\(what) \(path): không phải tệp thường hay thư mục")
        case .file, .folder:
            if access(path, R_OK) != 0 { throw CannotRun("\(what) \(path): không có quyền đọc") }
        }
    }

    /// A file to read (`inspect`).
    static func readableFile(_ path: String, what: String) throws {
        switch kind(path) {
        case .missing: throw CannotRun("\(what) \(path): không có tệp nào ở đường dẫn này")
        case .folder: throw CannotRun("\(what) \(path): là một thư mục, không phải tệp (hãy chỉ ra một tệp .docx hoặc .xlsx)")
        case .other: throw CannotRun("\(what) \(path): không phải tệp thường")
        case .file:
            if access(path, R_OK) != 0 { throw CannotRun("\(what) \(path): không có quyền đọc") }
        }
    }

    /// A folder to read (the inbox).
    static func readableFolder(_ path: String, what: String) throws {
        switch kind(path) {
        case .missing: throw CannotRun("\(what) \(path) không tồn tại (tạo thư mục này, hoặc chỉ ra thư mục khác)")
        case .file, .other: throw CannotRun("\(what) \(path) không phải là thư mục (ở đó là một tệp)")
        case .folder:
            if access(path, R_OK | X_OK) != 0 { throw CannotRun("\(what) \(path): không có quyền đọc thư mục") }
        }
    }

    /// A folder to write into, made if missing (the outbox): it, or the nearest folder above
    /// it that exists, must be a writable folder.
    static func writableFolder(_ path: String, what: String) throws {
        switch kind(path) {
        case .folder:
            if access(path, W_OK | X_OK) != 0 { throw CannotRun("\(what) \(path): không có quyền ghi vào thư mục") }
        case .file, .other:
            throw CannotRun("\(what) \(path) không phải là thư mục (ở đó là một tệp); xóa hoặc đổi tên tệp đó, hoặc chỉ ra thư mục khác")
        case .missing:
            try creatable(path, what: what)
        }
    }

    /// A file to write (the ledger): a file that is writable, or one that can be made.
    static func writableFile(_ path: String, what: String) throws {
        switch kind(path) {
        case .file:
            if access(path, R_OK | W_OK) != 0 { throw CannotRun("\(what) \(path): không có quyền đọc và ghi tệp") }
            let dir = (path as NSString).deletingLastPathComponent
            if access(dir.isEmpty ? "." : dir, W_OK | X_OK) != 0 { throw CannotRun("\(what) \(path): không có quyền ghi vào thư mục \(dir)") }
        case .folder: throw CannotRun("\(what) \(path) là một thư mục, không phải tệp")
        case .other: throw CannotRun("\(what) \(path) không phải tệp thường")
        case .missing: try creatable(path, what: what)
        }
    }

    /// The nearest existing folder above a missing path is a writable folder.
    private static func creatable(_ path: String, what: String) throws {
        var up = (path as NSString).deletingLastPathComponent
        while !up.isEmpty, kind(up) == .missing { up = (up as NSString).deletingLastPathComponent }
        if up.isEmpty { up = "." }
        switch kind(up) {
        case .folder:
            if access(up, W_OK | X_OK) != 0 { throw CannotRun("\(what) \(path): chưa có, và không có quyền tạo trong thư mục \(up)") }
        default:
            throw CannotRun("\(what) \(path): không tạo được vì \(up) là một tệp, không phải thư mục")
        }
    }
}

/// Files under the given paths as `extract` and `report` take them; every path must exist. A
/// path named on the command line is always taken. With `skipping` (`report`), a folder is
/// walked as the nightly run walks the inbox (`InboxScanner`): links are not followed, and
/// entries that are not report files (notes, Office lock files, hidden files, links, names
/// that are not UTF-8) are passed over with a note on standard error, the folder's own
/// README.md silently. Without it (`extract`, whose contract gives every file its line),
/// every regular file found is taken, and refused with its reason when it is no report.
func reportFiles(under paths: [String], command: String, skipping: Bool) throws -> [(url: URL, display: String)] {
    try reportFilesAndSkipped(under: paths, command: command, skipping: skipping).files
}

/// `reportFiles`, with the entries passed over that need a person (links, names that are
/// not UTF-8): the nightly run lists those among the refused files, and so does `report`.
func reportFilesAndSkipped(under paths: [String], command: String, skipping: Bool) throws
    -> (files: [(url: URL, display: String)], attention: [SkippedEntry])
{
    for p in paths { try PathCheck.readable(p, what: "đường dẫn") }
    guard skipping else { return (FileIntake.files(under: paths), []) }
    var out: [(url: URL, display: String)] = []
    var attention: [SkippedEntry] = []
    for path in paths {
        guard PathCheck.kind(path) == .folder else { out.append((URL(fileURLWithPath: path), path)); continue }
        let inventory: InboxInventory
        do { inventory = try InboxScanner.inventory(URL(fileURLWithPath: path, isDirectory: true)) } catch {
            throw CannotRun("đường dẫn \(path): \(FileProblem.describe(error, path: path))")
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        for f in inventory.files { out.append((f.url, prefix + f.path)) }
        for s in inventory.skipped {
            printError("tonghop \(command): bỏ qua \(prefix + s.path): \(s.message)")
            if s.needsAttention { var e = s; e.path = prefix + s.path; attention.append(e) }
        }
    }
    return (out, attention)
}
