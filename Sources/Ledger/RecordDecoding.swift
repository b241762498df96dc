import Foundation
import GRDB

// Rows decoded column by column for the records a run reads back by the thousand (every
// reading's entries, figures, sources, items and findings, `Ledger.assemble`). GRDB's
// Decodable path converts every column name from snake case on every row; reading them
// directly gives the same values (the same `DatabaseValueConvertible` conversions, NULL as
// nil, a missing optional column as nil) at a fraction of the cost. Encoding stays Codable.

extension SubmissionRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), sha256: try row.decode(forColumn: "sha256"),
            status: try row.decode(forColumn: "status"), file: try row.decode(forColumn: "file"),
            unitId: try row.decode(forColumn: "unit_id"), unitName: try row.decode(forColumn: "unit_name"),
            unitSource: try row.decode(forColumn: "unit_source"), documentNumber: try row.decode(forColumn: "document_number"),
            numberSource: try row.decode(forColumn: "number_source"), documentDate: try row.decode(forColumn: "document_date"),
            dateSource: try row.decode(forColumn: "date_source"), rejectionKind: try row.decode(forColumn: "rejection_kind"),
            reason: try row.decode(forColumn: "reason"), path: try row.decode(forColumn: "path"),
            receivedAt: try row.decode(forColumn: "received_at"), runId: try row.decode(forColumn: "run_id"),
            catalogueVersion: try row.decode(forColumn: "catalogue_version"),
            pipelineVersion: try row.decode(forColumn: "pipeline_version"),
            extractionVersion: try row.decode(forColumn: "extraction_version"),
            supersededBy: try row.decode(forColumn: "superseded_by"), rereadBy: try row.decode(forColumn: "reread_by"))
    }
}

extension EntryRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), submissionId: try row.decode(forColumn: "submission_id"),
            ordinal: try row.decode(forColumn: "ordinal"), task: try row.decode(forColumn: "task"),
            status: try row.decode(forColumn: "status"), statusSource: try row.decode(forColumn: "status_source"),
            text: try row.decode(forColumn: "text"))
    }
}

extension EntrySourceRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), entryId: try row.decode(forColumn: "entry_id"),
            ordinal: try row.decode(forColumn: "ordinal"), location: try row.decode(forColumn: "location"))
    }
}

extension FigureRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), entryId: try row.decode(forColumn: "entry_id"),
            submissionId: try row.decode(forColumn: "submission_id"), task: try row.decode(forColumn: "task"),
            indicator: try row.decode(forColumn: "indicator"), value: try row.decode(forColumn: "value"))
    }
}

extension FigureSourceRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), figureId: try row.decode(forColumn: "figure_id"),
            ordinal: try row.decode(forColumn: "ordinal"), location: try row.decode(forColumn: "location"),
            text: try row.decode(forColumn: "text"), value: try row.decode(forColumn: "value"),
            marks: row.hasColumn("marks") ? try row.decode(forColumn: "marks") : nil)
    }
}

extension SubmissionItemRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), submissionId: try row.decode(forColumn: "submission_id"),
            kind: try row.decode(forColumn: "kind"), ordinal: try row.decode(forColumn: "ordinal"),
            text: try row.decode(forColumn: "text"), source: try row.decode(forColumn: "source"))
    }
}

extension SubmissionCommentRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), submissionId: try row.decode(forColumn: "submission_id"),
            ordinal: try row.decode(forColumn: "ordinal"), author: try row.decode(forColumn: "author"),
            text: try row.decode(forColumn: "text"), source: try row.decode(forColumn: "source"))
    }
}

extension FindingRecord {
    public init(row: Row) throws {
        self.init(
            id: try row.decode(forColumn: "id"), submissionId: try row.decode(forColumn: "submission_id"),
            runId: try row.decode(forColumn: "run_id"), origin: try row.decode(forColumn: "origin"),
            severity: try row.decode(forColumn: "severity"), code: try row.decode(forColumn: "code"),
            message: try row.decode(forColumn: "message"), source: try row.decode(forColumn: "source"),
            path: try row.decode(forColumn: "path"))
    }
}
