import Foundation
import GRDB

/// What the desk records that the ledger's decision table has no kind for: a teaching (a
/// phrase written into the pipeline's reviewed overlay), a file read by hand, a report built
/// at the desk, and their reverts. Append-only, in its own table of the ledger file
/// (`desk_event`), each event one committed transaction — so the ledger's backups carry it.
/// The ledger's own migrations never see this table; it is created here if missing.
final class DeskLog: Sendable {
    struct Event: Sendable, Equatable {
        var id: Int64
        var madeAt: Date
        var officer: String
        /// teach-status, teach-indicator, teach-alias, accept-by-hand, report, revert.
        var kind: String
        /// What it is about: the phrase, the submission id…
        var subject: String
        var oldValue: String?
        var newValue: String?
        var note: String
        /// For a revert: the event it undoes.
        var reverts: Int64?
        /// What it changed, one line each (filled after the work it started is done).
        var result: [String]
    }

    private let db: DatabaseQueue

    init(ledgerURL: URL) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        db = try DatabaseQueue(path: ledgerURL.path, configuration: config)
        try db.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS desk_event (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  made_at DOUBLE NOT NULL,
                  officer TEXT NOT NULL,
                  kind TEXT NOT NULL,
                  subject TEXT NOT NULL,
                  old_value TEXT,
                  new_value TEXT,
                  note TEXT NOT NULL DEFAULT '',
                  reverts INTEGER REFERENCES desk_event(id),
                  result TEXT
                )
                """)
        }
    }

    /// Records an event; returns its id. One transaction.
    func record(kind: String, subject: String, by officer: String, old: String? = nil, new: String? = nil, note: String,
                reverts: Int64? = nil, at date: Date = Date()) throws -> Int64 {
        try db.write { db in
            if let r = reverts, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM desk_event WHERE id = ?", arguments: [r]) == 0 {
                throw DeskError(.notFound, "Không có quyết định mã e\(r).")
            }
            try db.execute(sql: """
                INSERT INTO desk_event (made_at, officer, kind, subject, old_value, new_value, note, reverts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [date.timeIntervalSince1970, officer, kind, subject, old, new, note, reverts])
            return db.lastInsertedRowID
        }
    }

    /// Stores what an event changed (a result, not a decision: written once the work is done).
    func setResult(_ id: Int64, _ lines: [String]) throws {
        let json = String(decoding: try JSONEncoder().encode(lines), as: UTF8.self)
        try db.write { db in try db.execute(sql: "UPDATE desk_event SET result = ? WHERE id = ?", arguments: [json, id]) }
    }

    func events() throws -> [Event] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM desk_event ORDER BY id").map { row in
                let result: [String] = (row["result"] as String?).flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
                return Event(id: row["id"], madeAt: Date(timeIntervalSince1970: row["made_at"]), officer: row["officer"], kind: row["kind"],
                             subject: row["subject"], oldValue: row["old_value"], newValue: row["new_value"], note: row["note"],
                             reverts: row["reverts"], result: result)
            }
        }
    }

    /// Events in force: not reverted (a revert of a revert restores).
    static func live(_ all: [Event]) -> (live: [Event], reverted: Set<Int64>) {
        var active: [Int64: Bool] = [:]
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })
        func set(_ id: Int64, _ on: Bool) {
            active[id] = on
            if let e = byID[id], let inner = e.reverts { set(inner, !on) }
        }
        for e in all.sorted(by: { $0.id < $1.id }) {
            active[e.id] = true
            if let r = e.reverts { set(r, false) }
        }
        let reverted = Set(active.filter { !$0.value }.map(\.key))
        return (all.filter { active[$0.id] == true && $0.kind != "revert" }, reverted)
    }
}
