import Consolidation
import Foundation
import Ledger
import Nightly
import Outbox
import Plan
import Testing

/// What a state says, without how it was computed: for comparing the run with the report.
func stateLines(_ s: ConsolidatedState) -> [String] {
    let i = s.input
    var out: [String] = []
    out += i.current.map { "current \($0.id) \($0.path) \($0.submission.unit?.id ?? "-") supersedes \($0.supersedes)" }
    out += i.superseded.map { "superseded \($0.id) \($0.path)" }
    out += i.reporters.map { "reporter \($0.unitID) \($0.state.rawValue) \($0.documentDate?.description ?? "-") \($0.documentNumber ?? "-") \($0.judgedBy?.rawValue ?? "-")" }
    out += i.refused.map { "refused \($0.path) \($0.kind) \($0.unitID ?? "-")" }
    out += i.review.map { "review \($0.path) \($0.finding.code) \($0.finding.source ?? "-")" }
    return out
}

func counts(_ s: ConsolidatedState) -> String {
    let r = s.input.reporters
    return "\(r.filter { $0.state == .onTime }.count) on time, \(r.filter { $0.state == .late }.count) late, "
        + "\(r.filter { $0.state == .unreadable }.count) unreadable only, \(r.filter { $0.state == .missing }.count) missing; "
        + "\(s.input.review.count) findings, \(s.input.current.count) current, \(s.input.refused.count) refused"
}

/// Tests/Corpus/independent: reports written by people who never saw the program.
let independentCorpus = packageRoot.appendingPathComponent("Tests/Corpus/independent", isDirectory: true)

@Suite("One state for every command", .serialized, .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct SameStateTests {
    /// The dev corpus's files, copied with one modification time (the report's stand-in for
    /// the receipt time), and that time.
    func corpusInbox(_ ws: Workspace, from corpus: URL = corpusDev) throws -> Date {
        let received = ISO8601DateFormatter().date(from: "2026-11-16T03:00:00Z")!
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: corpus.path) {
            var isDir: ObjCBool = false
            let from = corpus.appendingPathComponent(name)
            guard fm.fileExists(atPath: from.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let to = ws.inbox.appendingPathComponent(name)
            try fm.copyItem(at: from, to: to)
            try fm.setAttributes([.modificationDate: received], ofItemAtPath: to.path)
        }
        return received
    }

    /// The dev corpus and every set of the independent corpus (reports in other hands).
    static let corpora: [String] = ["dev"] + ((try? FileManager.default.contentsOfDirectory(atPath: independentCorpus.path)) ?? [])
        .filter { $0.hasPrefix("set") }.sorted()

    @Test("run and report --from-extract give the same state", arguments: corpora)
    func runEqualsReport(_ corpus: String) throws {
        let ws = try Workspace()
        let received = try corpusInbox(ws, from: corpus == "dev" ? corpusDev : independentCorpus.appendingPathComponent(corpus))
        let run = try #require(try ws.run(asOf: "2026-11-24", receivedAt: received).state)
        let report = try ReportFromFiles.reconcile(paths: [ws.inbox.path], pipeline: try pipeline(), asOf: PlanDate(iso: "2026-11-24")!)
        print("run:    \(counts(run))")
        print("report: \(counts(report))")
        let a = stateLines(run), b = stateLines(report)
        #expect(a == b)
        for (x, y) in zip(a, b) where x != y { Issue.record("first difference: run «\(x)» report «\(y)»"); break }
        if corpus == "dev" {
            #expect(run.input.reporters.filter { $0.state == .onTime }.count > 40)
            #expect(run.input.reporters.contains { $0.state == .unreadable })
            #expect(run.input.review.count > 10)
        } else {
            // Every unit that sent a report of this plan has a current submission (a unit may
            // send several reports: the latest is current).
            let units = try reportingUnitsInTruth(independentCorpus.appendingPathComponent(corpus))
            // Not vacuous: every set has reports from at least six units (set17 and set76 key
            // the Chi cục's divisions to the Chi cục as one unit: eleven and seven; set90 keys nine
            // of the Chi cục's divisions and teams and three of the inspectors' to two units: six;
            // set93 keys all fifteen of its divisions, teams and inspection groups to the Chi cục
            // and Phòng Kiểm tra – Pháp chế: two).
            #expect(units >= (corpus == "set93" ? 2 : 6))
            #expect(run.input.current.count >= units, "the set's reports are current submissions")
        }
        // `status` reconciles the ledger the run left, the same way.
        let l = try #require(try Ledger(readOnlyAt: ws.ledgerURL))
        let status = try Reconciliation.reconcile(ledger: l, pipeline: try pipeline(), asOf: PlanDate(iso: "2026-11-24")!,
                                                  runID: run.input.runID, presentRunID: nil)
        #expect(stateLines(status) == a)
    }

    /// The number of distinct units whose files the answer key accepts as reports of the plan.
    func reportingUnitsInTruth(_ set: URL) throws -> Int {
        let truth = set.appendingPathComponent("truth")
        var units = Set<String>()
        for name in try FileManager.default.contentsOfDirectory(atPath: truth.path) where name.hasSuffix(".json") {
            let data = try Data(contentsOf: truth.appendingPathComponent(name))
            let key = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            guard (key["status"] as? String) != "rejected", let unit = key["unit"] else { continue }
            let id = try JSONSerialization.data(withJSONObject: unit, options: [.sortedKeys])
            units.insert(String(decoding: id, as: UTF8.self))
        }
        return units.count
    }

    @Test("Identical inputs give byte-identical JSON outputs")
    func identicalJSON() throws {
        let one = try Workspace(), two = try Workspace()
        let received = try corpusInbox(one)
        _ = try corpusInbox(two)
        _ = try one.run(asOf: "2026-11-24", receivedAt: received)
        _ = try two.run(asOf: "2026-11-24", receivedAt: received)
        let names = try FileManager.default.contentsOfDirectory(atPath: one.outbox.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(!names.isEmpty)
        for n in names {
            let a = try Data(contentsOf: one.outbox.appendingPathComponent(n))
            let b = try Data(contentsOf: two.outbox.appendingPathComponent(n))
            #expect(a == b, "\(n) differs between two identical runs")
        }
    }
}

@Suite("The outbox as one set", .serialized, .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct OutboxSetTests {
    /// Writes one file, then fails (a writer that breaks half-way).
    struct FailingWriter: OutboxWriter {
        var name: String { "failing" }
        func write(_ input: ConsolidationInput, into directory: URL) throws {
            try Data("partial".utf8).write(to: directory.appendingPathComponent("partial.txt"))
            throw CocoaError(.fileWriteOutOfSpace)
        }
    }

    @Test("A failing writer leaves the previous set whole; a new set replaces the old one, officers' files stay")
    func allOrNothing() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        _ = try ws.run(asOf: "2026-11-20")
        let fm = FileManager.default
        func visible() throws -> [String] { try fm.contentsOfDirectory(atPath: ws.outbox.path).filter { !$0.hasPrefix(".") }.sorted() }
        #expect(try visible() == ["tong-hop-ct38-2026-2026-11-20.input.json"])
        try Data("ghi chú của cán bộ".utf8).write(to: ws.outbox.appendingPathComponent("ghi-chu.txt"))

        try ws.add("SO-YT_BC_CT38_2026.docx")
        #expect(throws: (any Error).self) { try ws.run(asOf: "2026-11-21", writers: [JSONInputWriter(), FailingWriter()]) }
        #expect(try visible() == ["ghi-chu.txt", "tong-hop-ct38-2026-2026-11-20.input.json"])
        #expect(try fm.contentsOfDirectory(atPath: ws.outbox.path).allSatisfy { !$0.hasPrefix(".tonghop-tmp") && !$0.hasPrefix(".tonghop-ready") })

        // The next set (another date) replaces the previous one entirely.
        _ = try ws.run(asOf: "2026-11-21")
        #expect(try visible() == ["ghi-chu.txt", "tong-hop-ct38-2026-2026-11-21.input.json"])
    }

    @Test("A set made ready by a killed run is placed by the next run")
    func rollForward() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        _ = try ws.run(asOf: "2026-11-20")
        let fm = FileManager.default
        // As a run killed after making its set ready and before placing it leaves the outbox.
        let ready = ws.outbox.appendingPathComponent(".tonghop-ready-9-1", isDirectory: true)
        try fm.createDirectory(at: ready, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: ready.appendingPathComponent("a.json"))
        try Data("{}".utf8).write(to: ready.appendingPathComponent("b.json"))
        try Data("a.json\nb.json\n".utf8).write(to: ready.appendingPathComponent(".tonghop-set"))
        try OutboxPublisher(outbox: ws.outbox, writers: []).recover()
        let names = try fm.contentsOfDirectory(atPath: ws.outbox.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == ["a.json", "b.json"])
        #expect(!fm.fileExists(atPath: ready.path))
    }
}
