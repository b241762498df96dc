import Consolidation
import Extraction
import Foundation
import Ledger
import Nightly
import Outbox
import Plan
import Testing

let fixtures = packageRoot.appendingPathComponent("Tests/NightlyTests/Fixtures", isDirectory: true)

/// A temporary folder, removed at the end.
final class TempFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-ledger-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

/// The input.json that version wrote (schema 1: Swift's synthesized encoding).
private struct V2Input: Decodable {
    var asOf: PlanDate
    var current: [ReceivedSubmission]
    var superseded: [ReceivedSubmission]
    var reporters: [ReporterStatus]
    var review: [ReviewItem]
}

@Suite("Ledger as records: migration")
struct LedgerMigrationTests {
    @Test("A ledger made by the version before records (v2) opens, migrates and reads the same")
    func v2LedgerReadsTheSame() throws {
        let tmp = try TempFolder()
        let url = tmp.url.appendingPathComponent("state/ledger.sqlite")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("ledger-v2.sqlite"), to: url)

        // What that version read back from its own ledger (its run's input.json).
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let before = try decoder.decode(V2Input.self, from: Data(contentsOf: fixtures.appendingPathComponent("ledger-v2.input.json")))
        #expect(before.current.count == 6 && before.superseded.count == 2)

        let ledger = try Ledger(url: url)
        #expect(try ledger.schemaVersion() == "v6-submission-comments")
        // A copy was saved before migrating.
        #expect(LedgerBackups(ledger: url).existing().contains { $0.lastPathComponent == "ledger-before-v6-submission-comments.sqlite" })

        let stored = Dictionary(uniqueKeysWithValues: try ledger.submissions().map { ($0.id, $0) })
        #expect(stored.count == 10)
        for r in before.current + before.superseded {
            let s = try #require(stored[r.id], "submission \(r.id)")
            #expect(s.submission == r.submission, "submission \(r.id) \(r.path) reads differently after migration")
            #expect(s.path == r.path)
            #expect(Int(s.receivedAt.timeIntervalSince1970) == Int(r.receivedAt.timeIntervalSince1970))
        }
        // Supersession as that version recorded it.
        for r in before.current { #expect(try ledger.supersededBy(r.id) == nil) }
        for r in before.current { for old in r.supersedes { #expect(try ledger.supersededBy(old) == r.id) } }
        // The two refused files keep their reasons.
        let refused = stored.values.filter { $0.submission.status == .rejected }
        #expect(refused.count == 2 && refused.allSatisfy { !($0.submission.reason ?? "").isEmpty })
        let counts = try ledger.counts()
        #expect(counts["file"] == 11 && counts["run"] == 2)
        #expect(counts["submission_item"]! > 0 && counts["entry_source"]! > 0)

        // Reconciled as of that run's date: the same reporters on time and late, the same
        // findings to review.
        let runs = try ledger.runs()
        let state = try Reconciliation.reconcile(ledger: ledger, pipeline: try pipeline(), asOf: before.asOf, runID: runs[0].id,
                                                 presentRunID: runs[0].id)
        func states(_ list: [ReporterStatus]) -> [String] {
            list.filter { $0.state == .onTime || $0.state == .late }.map { "\($0.unitID) \($0.state.rawValue)" }.sorted()
        }
        #expect(states(state.input.reporters) == states(before.reporters))
        #expect(state.input.review.map { "\($0.path) \($0.finding.code)" }.sorted() == before.review.map { "\($0.path) \($0.finding.code)" }.sorted())
        #expect(state.input.current.map(\.id) == before.current.map(\.id))
    }

    @Test("The migrated ledger is read again by the next run under today's versions, and ends the same")
    func migratedLedgerRuns() throws {
        let tmp = try TempFolder()
        let ws = try Workspace()
        try FileManager.default.createDirectory(at: ws.ledgerURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("ledger-v2.sqlite"), to: ws.ledgerURL)
        _ = tmp
        // An empty inbox: nothing present, so nothing to read again; the state stands.
        let r = try ws.run(asOf: "2026-11-24")
        #expect(r.reread == 0)
        #expect(r.state?.input.current.count == 6)
        #expect(r.state?.input.superseded.count == 2)
    }
}

@Suite("Ledger safety")
struct LedgerSafetyTests {
    @Test("A 0-byte ledger is an error, not a fresh start")
    func emptyFile() throws {
        let tmp = try TempFolder()
        let url = tmp.url.appendingPathComponent("ledger.sqlite")
        FileManager.default.createFile(atPath: url.path, contents: Data())
        let error = try #require(throws: Ledger.Failure.self) { try Ledger(url: url) }
        #expect(error.kind == .empty)
        #expect(error.message.contains("tệp rỗng") && error.message.contains("empty"))
        #expect(try Data(contentsOf: url).isEmpty)   // left as it was
    }

    @Test("A file that is not SQLite is an error")
    func garbage() throws {
        let tmp = try TempFolder()
        let url = tmp.url.appendingPathComponent("ledger.sqlite")
        try Data((0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }).write(to: url)
        let error = try #require(throws: Ledger.Failure.self) { try Ledger(url: url) }
        #expect(error.kind == .notALedger || error.kind == .damaged)
        #expect(error.message.contains("bị hỏng") && error.message.contains("damaged"))
    }

    @Test("A ledger with garbage in its middle fails the quick check before anything is written")
    func damagedMiddle() throws {
        let tmp = try TempFolder()
        let url = tmp.url.appendingPathComponent("state/ledger.sqlite")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("ledger-v2.sqlite"), to: url)
        var data = try Data(contentsOf: url)
        let middle = data.count / 2
        for i in 0..<8192 { data[middle + i] = UInt8(truncatingIfNeeded: i &* 131 &+ 17) }
        try data.write(to: url)
        let error = try #require(throws: Ledger.Failure.self) { try Ledger(url: url) }
        #expect(error.kind == .damaged || error.kind == .notALedger)
        #expect(try Data(contentsOf: url) == data)   // not written to
    }

    @Test("A missing ledger whose backups exist is not silently rebuilt; a backup restores it")
    func missingWithBackups() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        let first = try ws.run()
        let backups = LedgerBackups(ledger: ws.ledgerURL).existing()
        #expect(backups.count == 1)
        try FileManager.default.removeItem(at: ws.ledgerURL)
        let error = try #require(throws: Ledger.Failure.self) { try ws.run() }
        #expect(error.kind == .missingWithBackups)
        // Restoring is copying the backup into place (docs/nightly.md).
        try FileManager.default.copyItem(at: backups[0], to: ws.ledgerURL)
        let again = try ws.run()
        #expect(again.reusedFrom == first.runID)
        #expect(try ws.ledger().submissions().count == 1)
    }

    @Test("Nightly backups keep a few generations, one per day")
    func generations() throws {
        let tmp = try TempFolder()
        let url = tmp.url.appendingPathComponent("ledger.sqlite")
        let ledger = try Ledger(url: url)
        for day in 1...9 { try ledger.saveNightlyBackup(day: "2026-11-0\(day)", keep: 3) }
        let names = LedgerBackups(ledger: url).existing().map(\.lastPathComponent)
        #expect(names == ["ledger-2026-11-07.sqlite", "ledger-2026-11-08.sqlite", "ledger-2026-11-09.sqlite"])
        // A backup is a whole ledger.
        let copy = try #require(try Ledger(readOnlyAt: LedgerBackups(ledger: url).existing()[2]))
        #expect(try copy.schemaVersion() == "v6-submission-comments")
    }
}

@Suite("Readings")
struct ReadingTests {
    @Test("A reading's comments (reviewers' Word comments in the unit's file) are kept and read back in order")
    func commentsKept() throws {
        let ledger = try Ledger(inMemory: ())
        let run = try ledger.beginRun(asOf: "2026-11-20", pipeline: "p", catalogueVersion: "v1", inbox: "", at: Date())
        let comments = [UnitComment(text: "Đề nghị bộ phận chuyên môn kiểm tra lại số liệu trước khi trình ký.", author: "Lê Văn An",
                                    source: "word/document.xml paragraph 12"),
                        UnitComment(text: "Bổ sung kết quả đến hết tháng 10.", author: nil, source: "word/comments.xml comment 1")]
        let s = Submission(file: "a.docx", sha256: "aaa", status: .extracted, unit: UnitRef(id: "25975", name: "Phường An Phú"),
                           entries: [Entry(task: "II.1.a", status: .unknown, text: "Đã quán triệt.", sources: ["p1"])], comments: comments)
        _ = try ledger.record(file: "a.docx", sha256: "aaa", size: 1, mtime: 1, runID: run, at: Date(), catalogueVersion: "v1",
                              extractionVersion: "e1") { s }
        #expect(try ledger.submissions().map(\.submission) == [s])
        #expect(try ledger.submissions().first?.submission.comments == comments)
    }

    @Test("A content read again differently keeps both readings; the latest is the one reconciled")
    func bothReadingsKept() throws {
        let ledger = try Ledger(inMemory: ())
        let run = try ledger.beginRun(asOf: "2026-11-20", pipeline: "p", catalogueVersion: "v1", inbox: "", at: Date())
        let first = Submission(file: "a.docx", sha256: "aaa", status: .extracted, unit: UnitRef(id: "25975", name: "Phường An Phú"),
                               document: DocumentInfo(number: "1/BC", date: "2026-11-10"),
                               entries: [Entry(task: "II.1.a", status: .unknown, text: "Đã quán triệt.", sources: ["p1"])])
        let r = try ledger.record(file: "a.docx", sha256: "aaa", size: 1, mtime: 1, runID: run, at: Date(), catalogueVersion: "v1",
                                  extractionVersion: "e1") { first }
        guard case .newSubmission(let id) = r else { Issue.record("not new"); return }
        #expect(try ledger.staleReadings(pipelineVersion: "v1", extractionVersion: "e1", runID: run).isEmpty)
        let stale = try ledger.staleReadings(pipelineVersion: "v2", extractionVersion: "e1", runID: run)
        #expect(stale.map(\.submissionID) == [id] && stale.map(\.path) == ["a.docx"])

        // The same reading under the new version: stamped, not duplicated.
        #expect(try ledger.recordReading(of: id, first, runID: run, pipelineVersion: "v2", extractionVersion: "e1") == id)
        #expect(try ledger.readings(sha256: "aaa").count == 1)

        // A different reading under a newer version: added; the first stays, pointing at it.
        var second = first
        second.entries[0].status = .completed
        let newID = try ledger.recordReading(of: id, second, runID: run, pipelineVersion: "v3", extractionVersion: "e1")
        #expect(newID != id)
        let all = try ledger.readings(sha256: "aaa")
        #expect(all.map(\.id) == [id, newID])
        #expect(all[0].rereadBy == newID && all[0].submission.entries[0].status == .unknown)
        #expect(all[1].submission.entries[0].status == .completed && all[1].receivedAt == all[0].receivedAt)
        #expect(try ledger.submissions().map(\.id) == [newID])
        #expect(try ledger.files(of: newID).map(\.path) == ["a.docx"])
    }
}
