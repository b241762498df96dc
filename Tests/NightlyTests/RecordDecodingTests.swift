import DocumentModel
import Extraction
import Foundation
import GRDB
@testable import Ledger
import Testing

/// `RecordDecoding.swift` names every column by hand for speed, while records are written
/// through Codable with snake-case keys. These round trips hold the two to the same columns:
/// a record with every optional field set, encoded the way the ledger writes it, must decode
/// to itself (a misspelt column reads as nil or fails, and the comparison catches it).
@Suite("Ledger records decoded column by column")
struct RecordDecodingTests {
    func roundTrip<R: LedgerRecord & Equatable>(_ record: R, _ decode: (Row) throws -> R) throws {
        let row = Row(try record.databaseDictionary)
        #expect(try decode(row) == record)
    }

    @Test func everyRecordDecodesWhatItsEncodingWrote() throws {
        try roundTrip(SubmissionRecord(
            id: 7, sha256: "ab", status: .extracted, file: "a.docx", unitId: "26662", unitName: "Xã Long Hải",
            unitSource: "p1", documentNumber: "12/BC-UBND", numberSource: "p2", documentDate: "2026-11-15",
            dateSource: "p3", rejectionKind: "kind", reason: "lý do", path: "Inbox/a.docx",
            receivedAt: Date(timeIntervalSince1970: 1_790_000_000), runId: 3, catalogueVersion: "c",
            pipelineVersion: "p", extractionVersion: "x", supersededBy: 9, rereadBy: 11), SubmissionRecord.init(row:))
        try roundTrip(EntryRecord(id: 1, submissionId: 7, ordinal: 2, task: "II.5.c", status: .inProgress,
                                  statusSource: "s", text: "t"), EntryRecord.init(row:))
        try roundTrip(EntrySourceRecord(id: 1, entryId: 2, ordinal: 3, location: "l"), EntrySourceRecord.init(row:))
        try roundTrip(FigureRecord(id: 1, entryId: 2, submissionId: 7, task: "II.5.c",
                                   indicator: IndicatorID("inspections"), value: 12.5), FigureRecord.init(row:))
        try roundTrip(FigureSourceRecord(id: 1, figureId: 2, ordinal: 3, location: "l", text: "12 cuộc", value: 12),
                      FigureSourceRecord.init(row:))
        try roundTrip(SubmissionItemRecord(id: 1, submissionId: 7, kind: .proposal, ordinal: 2, text: "t", source: "s"),
                      SubmissionItemRecord.init(row:))
        try roundTrip(FindingRecord(id: 1, submissionId: 7, runId: 3, origin: "extraction", severity: .warning,
                                    code: "c", message: "m", source: "s", path: "p"), FindingRecord.init(row:))
    }
}
