import Extraction
import Foundation
import GRDB

// The ledger's schema, as migrations. A migration is never edited once released: ledgers made
// by earlier versions are carried forward by the later migrations
// (`Tests/NightlyTests/Fixtures/ledger-v2.sqlite` is one, made by the version before v3).

extension Ledger {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME,
                    as_of TEXT NOT NULL,
                    pipeline TEXT NOT NULL,
                    catalogue_version TEXT NOT NULL,
                    inbox TEXT NOT NULL,
                    files_seen INTEGER, files_new INTEGER, files_unchanged INTEGER, files_duplicate INTEGER,
                    files_refused INTEGER, submissions_new INTEGER, submissions_current INTEGER,
                    review_items INTEGER, reporters_on_time INTEGER, reporters_late INTEGER, reporters_missing INTEGER,
                    refused_open INTEGER, exit_code INTEGER, outbox TEXT
                );
                CREATE TABLE submission (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sha256 TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    unit_id TEXT,
                    unit_name TEXT,
                    document_number TEXT,
                    document_date TEXT,
                    rejection_kind TEXT,
                    reason TEXT,
                    path TEXT NOT NULL,
                    received_at DATETIME NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    catalogue_version TEXT NOT NULL,
                    superseded_by INTEGER REFERENCES submission(id),
                    json TEXT NOT NULL
                );
                CREATE INDEX submission_unit ON submission(unit_id);
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime DOUBLE NOT NULL,
                    first_seen DATETIME NOT NULL,
                    last_seen DATETIME NOT NULL,
                    first_run_id INTEGER NOT NULL REFERENCES run(id),
                    last_run_id INTEGER NOT NULL REFERENCES run(id),
                    outcome TEXT NOT NULL,
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    UNIQUE(path, sha256)
                );
                CREATE INDEX file_submission ON file(submission_id);
                CREATE TABLE entry (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    ordinal INTEGER NOT NULL,
                    task TEXT NOT NULL,
                    status TEXT NOT NULL,
                    status_source TEXT,
                    text TEXT NOT NULL,
                    sources TEXT NOT NULL
                );
                CREATE INDEX entry_submission ON entry(submission_id);
                CREATE TABLE figure (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    entry_id INTEGER NOT NULL REFERENCES entry(id),
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    task TEXT NOT NULL,
                    indicator TEXT NOT NULL,
                    value DOUBLE NOT NULL
                );
                CREATE INDEX figure_submission ON figure(submission_id);
                CREATE INDEX figure_task_indicator ON figure(task, indicator);
                CREATE TABLE figure_source (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    figure_id INTEGER NOT NULL REFERENCES figure(id),
                    ordinal INTEGER NOT NULL,
                    location TEXT NOT NULL,
                    text TEXT NOT NULL,
                    value DOUBLE NOT NULL
                );
                CREATE INDEX figure_source_figure ON figure_source(figure_id);
                CREATE TABLE finding (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submission_id INTEGER REFERENCES submission(id),
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    origin TEXT NOT NULL,
                    severity TEXT NOT NULL,
                    code TEXT NOT NULL,
                    message TEXT NOT NULL,
                    source TEXT,
                    path TEXT
                );
                CREATE INDEX finding_submission ON finding(submission_id);
                CREATE INDEX finding_run ON finding(run_id, origin);
                """)
        }
        m.registerMigration("v2-run-state") { db in
            // What a run's state was made from (to skip rebuilding it when nothing changed), and
            // the digest its summary prints.
            try db.execute(sql: "ALTER TABLE run ADD COLUMN state_key TEXT")
            try db.execute(sql: "ALTER TABLE run ADD COLUMN digest TEXT")
        }
        m.registerMigration("v3-records") { db in
            try migrateToRecords(db)
        }
        m.registerMigration("v4-document-text") { db in
            // The text of each reading's document, one row per paragraph, table row or sheet
            // row, so that the desk shows a finding in place without the inbox file. Readings
            // made before have none until the file is read again.
            try db.execute(sql: """
                CREATE TABLE document_text (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('p', 't', 's')),
                    part TEXT NOT NULL,
                    number INTEGER NOT NULL,
                    row INTEGER NOT NULL,
                    cells TEXT NOT NULL
                );
                CREATE INDEX document_text_submission ON document_text(submission_id, ordinal);
                """)
        }
        m.registerMigration("v5-figure-marks") { db in
            // What a report says of a figure beside it (FigureSource.marks, comma-separated:
            // "estimate", "other_funding"); readings made before have none.
            try db.execute(sql: "ALTER TABLE figure_source ADD COLUMN marks TEXT")
        }
        m.registerMigration("v6-submission-comments") { db in
            // The comments reviewers left in a unit's file (REVIEW35 #5), one row each, in the
            // file's order; readings made before have none until the file is read again.
            try db.execute(sql: """
                CREATE TABLE submission_comment (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    ordinal INTEGER NOT NULL,
                    author TEXT,
                    text TEXT NOT NULL,
                    source TEXT NOT NULL
                );
                CREATE INDEX submission_comment_submission ON submission_comment(submission_id, ordinal);
                """)
        }
        return m
    }

    /// v3: the normalized tables become the record of truth. What only the JSON copy of a
    /// submission held (its file name, where its unit, number and date were read, its
    /// difficulties and proposals, each entry's passages) moves into columns and tables; the
    /// JSON column goes. A content may now have several readings (one per pipeline and
    /// extraction version: `reread_by` links a reading to the next), so `sha256` is no longer
    /// unique. Officers' decisions get their own append-only table.
    static func migrateToRecords(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE submission_v3 (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                sha256 TEXT NOT NULL,
                status TEXT NOT NULL,
                file TEXT NOT NULL,
                unit_id TEXT,
                unit_name TEXT,
                unit_source TEXT,
                document_number TEXT,
                number_source TEXT,
                document_date TEXT,
                date_source TEXT,
                rejection_kind TEXT,
                reason TEXT,
                path TEXT NOT NULL,
                received_at DATETIME NOT NULL,
                run_id INTEGER NOT NULL REFERENCES run(id),
                catalogue_version TEXT NOT NULL,
                pipeline_version TEXT NOT NULL,
                extraction_version TEXT,
                superseded_by INTEGER REFERENCES submission(id),
                reread_by INTEGER REFERENCES submission(id)
            );
            CREATE TABLE submission_item (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                submission_id INTEGER NOT NULL REFERENCES submission(id),
                kind TEXT NOT NULL CHECK (kind IN ('difficulty', 'proposal')),
                ordinal INTEGER NOT NULL,
                text TEXT NOT NULL,
                source TEXT NOT NULL
            );
            CREATE TABLE entry_source (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                entry_id INTEGER NOT NULL REFERENCES entry(id),
                ordinal INTEGER NOT NULL,
                location TEXT NOT NULL
            );
            """)
        // Carry every submission forward, reading what only its JSON held with the v2 shape.
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(db, sql: "SELECT * FROM submission ORDER BY id")
        let insert = try db.makeStatement(sql: """
            INSERT INTO submission_v3 (id, sha256, status, file, unit_id, unit_name, unit_source, document_number, number_source,
              document_date, date_source, rejection_kind, reason, path, received_at, run_id, catalogue_version, pipeline_version,
              extraction_version, superseded_by, reread_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL)
            """)
        let item = try db.makeStatement(sql: "INSERT INTO submission_item (submission_id, kind, ordinal, text, source) VALUES (?, ?, ?, ?, ?)")
        while let r = try rows.next() {
            let json: String = r["json"]
            let v2 = try decoder.decode(V2Submission.self, from: Data(json.utf8))
            let id: Int64 = r["id"]
            let catalogue: String = r["catalogue_version"]
            try insert.execute(arguments: [
                id, r["sha256"], r["status"], v2.file ?? (r["path"] as String), r["unit_id"], r["unit_name"], v2.unit?.source,
                r["document_number"], v2.document?.numberSource, r["document_date"], v2.document?.dateSource, r["rejection_kind"],
                r["reason"], r["path"], r["received_at"], r["run_id"], catalogue, catalogue, r["superseded_by"],
            ])
            for (i, d) in (v2.difficulties ?? []).enumerated() { try item.execute(arguments: [id, "difficulty", i, d.text, d.source]) }
            for (i, p) in (v2.proposals ?? []).enumerated() { try item.execute(arguments: [id, "proposal", i, p.text, p.source]) }
        }
        try db.execute(sql: """
            DROP TABLE submission;
            ALTER TABLE submission_v3 RENAME TO submission;
            CREATE INDEX submission_unit ON submission(unit_id);
            CREATE INDEX submission_sha256 ON submission(sha256);
            CREATE INDEX submission_item_submission ON submission_item(submission_id);
            CREATE INDEX entry_source_entry ON entry_source(entry_id);
            """)
        // Each entry's passages, from its JSON list into rows.
        let source = try db.makeStatement(sql: "INSERT INTO entry_source (entry_id, ordinal, location) VALUES (?, ?, ?)")
        let entries = try Row.fetchCursor(db, sql: "SELECT id, sources FROM entry ORDER BY id")
        while let e = try entries.next() {
            let list = try decoder.decode([String].self, from: Data((e["sources"] as String).utf8))
            for (i, l) in list.enumerated() { try source.execute(arguments: [e["id"], i, l]) }
        }
        try db.execute(sql: "ALTER TABLE entry DROP COLUMN sources")
        try db.execute(sql: "CREATE INDEX finding_submission_origin ON finding(submission_id, origin)")

        // Officers' decisions: append-only (the triggers refuse UPDATE and DELETE); a decision
        // is undone by another one that reverts it.
        try db.execute(sql: """
            CREATE TABLE decision (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                made_at DATETIME NOT NULL,
                officer TEXT NOT NULL,
                kind TEXT NOT NULL,
                submission_id INTEGER REFERENCES submission(id),
                entry_ordinal INTEGER,
                indicator TEXT,
                finding_code TEXT,
                finding_source TEXT,
                old_value TEXT,
                new_value TEXT,
                note TEXT NOT NULL DEFAULT '',
                supersedes INTEGER REFERENCES decision(id),
                reverts INTEGER REFERENCES decision(id)
            );
            CREATE INDEX decision_submission ON decision(submission_id);
            CREATE TRIGGER decision_no_update BEFORE UPDATE ON decision
              BEGIN SELECT RAISE(ABORT, 'decisions are append-only: record a new decision instead'); END;
            CREATE TRIGGER decision_no_delete BEFORE DELETE ON decision
              BEGIN SELECT RAISE(ABORT, 'decisions are append-only: revert a decision instead'); END;
            """)
    }

    /// The JSON copy of a submission as v1/v2 wrote it (Swift's synthesized encoding of the
    /// `Submission` of that time): only the fields the tables lacked.
    private struct V2Submission: Decodable {
        struct Unit: Decodable { var source: String? }
        struct Document: Decodable { var numberSource: String?; var dateSource: String? }
        struct Item: Decodable { var text: String; var source: String }
        var file: String?
        var unit: Unit?
        var document: Document?
        var difficulties: [Item]?
        var proposals: [Item]?
    }
}
