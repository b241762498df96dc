import Extraction
import Foundation
import GRDB

/// The ledger: one SQLite file holding every run, every file seen in the inbox, every
/// submission read from them (with its entries, figures and their provenance, difficulties,
/// proposals, findings), the review findings each run computed, and the officers' decisions.
/// Nothing is ever deleted: a superseded submission stays, marked with the submission that
/// supersedes it; a content read again under a new pipeline or program version keeps both
/// readings; decisions are append-only.
///
/// The record of truth is the normalized tables (`Records.swift`); there is no JSON copy of a
/// submission. Every write that takes in one file is one transaction, so a run killed at any
/// point leaves whole files or nothing; a run row without `finished_at` is a run that did not end.
public final class Ledger: Sendable {
    /// The file (nil for an in-memory ledger).
    public let url: URL?
    let db: DatabaseQueue

    /// Why a ledger cannot be opened. Each message is for the officer (Vietnamese) and the
    /// operator (English), and says what to do.
    public struct Failure: Error, CustomStringConvertible {
        public enum Kind: String, Sendable { case empty, notALedger, damaged, missingWithBackups, schema, unusable }
        public var kind: Kind
        public var message: String
        public var description: String { message }
    }

    /// Opens the ledger at `url` for writing, creating it only when there has never been one.
    ///
    /// Refuses (with `Failure`) instead of starting afresh when the file is empty (0 bytes), is
    /// not an SQLite database, fails SQLite's `quick_check`, or is missing while backups of it
    /// exist: a silently rebuilt ledger loses receipt times (an on-time unit turns late) and
    /// decisions. Before pending migrations run on an existing ledger, a copy is saved in the
    /// backup folder.
    public init(url: URL) throws {
        self.url = url
        let fm = FileManager.default
        let path = url.path
        if fm.fileExists(atPath: path) {
            let size = (try? fm.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size == 0 {
                throw Failure(kind: .empty, message: """
                    Sổ cái (ledger) tại \(path) là tệp rỗng (0 byte): không thể dùng, và tonghop không tự tạo lại để khỏi mất thời điểm nhận báo cáo. Hãy khôi phục bản sao lưu gần nhất (xem docs/nightly.md, mục “Sao lưu và khôi phục”).
                    The ledger at \(path) is an empty (0-byte) file. tonghop does not rebuild it silently (receipt times and decisions would be lost). Restore the latest backup (docs/nightly.md, "Backups and restoring").
                    """)
            }
        } else {
            let backups = LedgerBackups(ledger: url).existing()
            if let newest = backups.last {
                throw Failure(kind: .missingWithBackups, message: """
                    Không tìm thấy sổ cái (ledger) tại \(path), nhưng có bản sao lưu của nó (\(newest.path)). tonghop không tạo sổ cái mới khi sổ cái cũ đã từng tồn tại. Hãy khôi phục bản sao lưu (xem docs/nightly.md), hoặc chuyển thư mục sao lưu đi nơi khác nếu thật sự muốn bắt đầu sổ cái mới.
                    The ledger at \(path) is missing but backups of it exist (\(newest.path)). tonghop does not start a new ledger where one existed. Restore a backup (docs/nightly.md), or move the backup folder away to start afresh on purpose.
                    """)
            }
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        do {
            db = try DatabaseQueue(path: path, configuration: Ledger.configuration(readonly: false))
            try Ledger.checkIntegrity(db, path: path)
            let pending = try db.read { try !Ledger.migrator.hasCompletedMigrations($0) }
            let applied = try db.read { try Ledger.migrator.appliedIdentifiers($0) }
            if pending, !applied.isEmpty {
                try LedgerBackups(ledger: url).save(from: db, name: "before-\(Ledger.migrator.migrations.last ?? "migration")")
            }
            try Ledger.migrator.migrate(db)
        } catch let f as Failure {
            throw f
        } catch let e as DatabaseError where e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CORRUPT {
            throw Ledger.damaged(path, detail: "\(e.resultCode): \(e.message ?? "")", kind: e.resultCode == .SQLITE_NOTADB ? .notALedger : .damaged)
        } catch let e as DatabaseError {
            throw Failure(kind: .unusable, message: """
                Không mở được sổ cái (ledger) tại \(path) (\(e.resultCode): \(e.message ?? "")): kiểm tra quyền ghi và dung lượng ổ đĩa của thư mục.
                Cannot open the ledger at \(path) (\(e.resultCode): \(e.message ?? "")): check the folder's permissions and free space.
                """)
        }
    }

    /// A ledger in memory (nothing on disk): what `tonghop report --from-extract` takes files
    /// into, so that it reconciles them exactly as the nightly run does.
    public init(inMemory: Void = ()) throws {
        url = nil
        db = try DatabaseQueue(configuration: Ledger.configuration(readonly: false, wal: false))
        try Ledger.migrator.migrate(db)
    }

    /// Opens an existing ledger without writing to it (nil when there is none yet).
    public init?(readOnlyAt url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        self.url = url
        do {
            db = try DatabaseQueue(path: url.path, configuration: Ledger.configuration(readonly: true))
            let applied = try db.read { try Ledger.migrator.appliedMigrations($0) }
            let known = Ledger.migrator.migrations
            guard Set(applied) == Set(known) else {
                throw Failure(kind: .schema, message: """
                    Sổ cái tại \(url.path) có lược đồ \(applied.last ?? "(trống)"), phiên bản tonghop này cần \(known.last ?? ""): hãy chạy `tonghop run` một lần để nâng cấp.
                    The ledger at \(url.path) has schema \(applied.last ?? "none"); this tonghop expects \(known.last ?? "") — run `tonghop run` once to migrate it.
                    """)
            }
        } catch let f as Failure {
            throw f
        } catch let e as DatabaseError where e.resultCode == .SQLITE_NOTADB || e.resultCode == .SQLITE_CORRUPT {
            throw Ledger.damaged(url.path, detail: "\(e.resultCode): \(e.message ?? "")", kind: e.resultCode == .SQLITE_NOTADB ? .notALedger : .damaged)
        }
    }

    static func configuration(readonly: Bool, wal: Bool = true) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        if !readonly, wal {
            config.prepareDatabase { db in
                // WAL: readers (`tonghop status`) never block the run; synchronous=NORMAL is still
                // crash-safe for the database (a power loss may lose the last commits, never corrupt).
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
        return config
    }

    static func damaged(_ path: String, detail: String, kind: Failure.Kind = .damaged) -> Failure {
        Failure(kind: kind, message: """
            Sổ cái (ledger) tại \(path) bị hỏng (\(detail)). tonghop dừng lại và không ghi gì thêm vào đó. Hãy khôi phục bản sao lưu gần nhất (xem docs/nightly.md, mục “Sao lưu và khôi phục”), rồi chạy lại.
            The ledger at \(path) is damaged (\(detail)). tonghop stopped without writing to it. Restore the latest backup (docs/nightly.md, "Backups and restoring"), then run again.
            """)
    }

    /// SQLite's quick check (pages, records, indexes' order; not index contents): run before
    /// every write session, so a damaged ledger is never written to.
    static func checkIntegrity(_ db: DatabaseQueue, path: String) throws {
        let result: [String]
        do {
            result = try db.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }
        } catch let e as DatabaseError {
            throw damaged(path, detail: "\(e.resultCode): \(e.message ?? "")",
                          kind: e.resultCode == .SQLITE_NOTADB ? .notALedger : .damaged)
        }
        guard result == ["ok"] else {
            throw damaged(path, detail: "quick_check: " + result.prefix(3).joined(separator: "; "))
        }
    }

    /// Checks the ledger again (the run does it before its first write, after the scan).
    public func checkIntegrity() throws {
        try Ledger.checkIntegrity(db, path: url?.path ?? ":memory:")
    }

    /// The schema version (last migration applied).
    public func schemaVersion() throws -> String? {
        try db.read { try Ledger.migrator.appliedMigrations($0).last }
    }

    /// Copies the whole ledger with SQLite's online backup API (consistent even while other
    /// connections read it).
    public func backup(to destination: URL) throws {
        let target = try DatabaseQueue(path: destination.path)
        try db.backup(to: target)
        try target.close()
    }

    /// Saves tonight's backup into the backup folder next to the ledger, keeping the newest
    /// `keep` generations. One backup per calendar day (a later run the same day replaces it).
    @discardableResult
    public func saveNightlyBackup(day: String, keep: Int = 7) throws -> URL? {
        guard let url else { return nil }
        let backups = LedgerBackups(ledger: url)
        let saved = try backups.save(from: db, name: day)
        backups.prune(keep: keep)
        return saved
    }
}

/// The ledger's backup folder: `<ledger folder>/backups/<ledger name>-<label>.sqlite`.
public struct LedgerBackups: Sendable {
    public var ledger: URL
    public init(ledger: URL) { self.ledger = ledger }

    public var directory: URL { ledger.deletingLastPathComponent().appendingPathComponent("backups", isDirectory: true) }
    var stem: String { ledger.deletingPathExtension().lastPathComponent }

    /// Backups, oldest first (by name: labels are dates).
    public func existing() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasPrefix(stem + "-") && $0.hasSuffix(".sqlite") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Backs up into a temporary file, then renames it into place (a kill leaves the previous
    /// backup whole).
    @discardableResult
    func save(from db: DatabaseQueue, name: String) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(at: directory, withIntermediateDirectories: true)
        let final = directory.appendingPathComponent("\(stem)-\(name).sqlite")
        let tmp = directory.appendingPathComponent(".\(stem)-\(name).sqlite.tmp-\(getpid())")
        try? fm.removeItem(at: tmp)
        let target = try DatabaseQueue(path: tmp.path)
        try db.backup(to: target)
        // The copy as one file (no WAL beside it).
        try target.writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        try target.close()
        guard rename(tmp.path, final.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final.path])
        }
        return final
    }

    /// Keeps the newest `keep` dated backups; backups made before a migration are kept apart
    /// (the newest 2).
    func prune(keep: Int) {
        let all = existing()
        let before = all.filter { $0.lastPathComponent.hasPrefix(stem + "-before-") }
        let dated = all.filter { !before.contains($0) }
        for old in dated.dropLast(max(1, keep)) { try? FileManager.default.removeItem(at: old) }
        for old in before.dropLast(2) { try? FileManager.default.removeItem(at: old) }
    }
}
