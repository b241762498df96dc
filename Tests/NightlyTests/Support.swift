import Foundation
import OOXML
import Ledger
import Logging
import Nightly
import Outbox
import Plan
import Testing

/// The package root, from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared development corpus (../shared/corpus/dev), when present.
let corpusDev = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev", isDirectory: true)
let corpusAvailable = FileManager.default.fileExists(atPath: corpusDev.path)

let pipelineDirectory = packageRoot.appendingPathComponent("Pipelines/ct38-2026", isDirectory: true)

/// Loaded once for all tests.
let sharedPipeline: Pipeline? = try? Pipeline.load(directory: pipelineDirectory)

/// The whole pipeline (definition, vocabulary, validation rules).
func pipeline() throws -> Pipeline {
    try #require(sharedPipeline, "the pipeline must load")
}

/// The pipeline without validation rules (tests of supersession and timeliness alone).
func pipelineWithoutRules() throws -> Pipeline {
    var p = try pipeline()
    p.validation = .none
    return p
}

/// A corpus file by its name (compared in NFC: names on disk may be NFD).
func corpusFile(_ name: String) throws -> URL {
    let want = name.precomposedStringWithCanonicalMapping
    let names = try FileManager.default.contentsOfDirectory(atPath: corpusDev.path)
    let found = try #require(names.first { $0.precomposedStringWithCanonicalMapping == want }, "corpus file \(name)")
    return corpusDev.appendingPathComponent(found)
}

/// A temporary Inbox, Outbox and ledger, removed at the end.
final class Workspace {
    let root: URL
    var inbox: URL { root.appendingPathComponent("Inbox", isDirectory: true) }
    var outbox: URL { root.appendingPathComponent("Outbox", isDirectory: true) }
    var ledgerURL: URL { root.appendingPathComponent("state/ledger.sqlite") }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-nightly-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Inbox"), withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Copies a corpus file into the inbox (optionally under another name or in a sub-folder).
    @discardableResult
    func add(_ corpusName: String, as name: String? = nil) throws -> URL {
        let to = inbox.appendingPathComponent(name ?? corpusName)
        try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: to.path) { try FileManager.default.removeItem(at: to) }
        try FileManager.default.copyItem(at: try corpusFile(corpusName), to: to)
        return to
    }

    func write(_ data: Data, as name: String) throws {
        let to = inbox.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: to)
    }

    func options(asOf: String = "2026-11-20", receivedAt: Date? = nil) -> NightlyOptions {
        NightlyOptions(inbox: inbox, outbox: outbox, ledger: ledgerURL, asOf: PlanDate(iso: asOf)!, receivedAt: receivedAt)
    }

    func run(asOf: String = "2026-11-20", receivedAt: Date? = nil, writers: [any OutboxWriter]? = nil,
             pipeline p: Pipeline? = nil) throws -> RunResult {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        var o = options(asOf: asOf, receivedAt: receivedAt)
        if let writers { o.writers = writers }
        return try NightlyRun(pipeline: try p ?? pipeline(), options: o, logger: logger).run()
    }

    func ledger() throws -> Ledger { try Ledger(url: ledgerURL) }

    /// What a run's result means, without ids and times: for comparing two ledgers.
    func fingerprint() throws -> [String] {
        let l = try #require(try Ledger(readOnlyAt: ledgerURL))
        let runs = try l.runs(limit: 1)
        let last = try #require(runs.first)
        let state = try Reconciliation.reconcile(ledger: l, pipeline: try pipeline(), asOf: PlanDate(iso: last.asOf)!, runID: last.id,
                                                 presentRunID: last.id)
        let i = state.input
        var out: [String] = []
        out += i.current.map { "current \($0.submission.sha256) \($0.submission.unit?.id ?? "-") \($0.path) supersedes \($0.supersedes.count)" }.sorted()
        out += i.superseded.map { "superseded \($0.submission.sha256) \($0.path)" }.sorted()
        out += i.reporters.filter { $0.state != .missing }.map { "reporter \($0.unitID) \($0.state.rawValue)" }.sorted()
        out += i.refused.map { "refused \($0.path) \($0.kind)" }.sorted()
        out += i.review.map { "review \($0.path) \($0.finding.code)" }.sorted()
        let counts = try l.counts()
        out.append("rows submission \(counts["submission"]!) entry \(counts["entry"]!) figure \(counts["figure"]!) figure_source \(counts["figure_source"]!)")
        return out
    }
}

/// The same zip package with another archive comment: different bytes (and hash), same
/// content for every reader. Nil when the data is not a zip.
func zipVariant(_ data: Data, comment: String) -> Data? { ZipBytes.withArchiveComment(data, comment) }

/// The built `tonghop` executable next to the test bundle (or in the usual build folders).
func tonghopExecutable() -> URL? { builtExecutable("tonghop") }

/// A built executable of the package next to the test bundle (or in the usual build folders).
func builtExecutable(_ name: String) -> URL? {
    var candidates: [URL] = []
    if let arg0 = CommandLine.arguments.first {
        var dir = URL(fileURLWithPath: arg0).deletingLastPathComponent()
        if dir.lastPathComponent.hasSuffix(".xctest") { dir = dir.deletingLastPathComponent() }
        candidates.append(dir.appendingPathComponent(name))
        candidates.append(dir.deletingLastPathComponent().appendingPathComponent(name))
    }
    for scratch in [".build-run", ".build"] {
        candidates.append(packageRoot.appendingPathComponent("\(scratch)/debug/\(name)"))
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// Starts `tonghop run` on a workspace as a child process.
func spawnRun(_ exe: URL, _ ws: Workspace) throws -> Process {
    try spawn(exe, ["run", "--pipeline", pipelineDirectory.path, "--inbox", ws.inbox.path, "--outbox", ws.outbox.path,
                    "--ledger", ws.ledgerURL.path, "--as-of", "2026-11-20"], ws)
}

/// Starts the test-only slow run (`TonghopSlowRun`: a pause after each committed file).
func spawnSlowRun(_ exe: URL, _ ws: Workspace, millis: Int) throws -> Process {
    try spawn(exe, [pipelineDirectory.path, ws.inbox.path, ws.outbox.path, ws.ledgerURL.path, "2026-11-20", String(millis)], ws)
}

private func spawn(_ exe: URL, _ arguments: [String], _ ws: Workspace) throws -> Process {
    let p = Process()
    p.executableURL = exe
    p.arguments = arguments
    p.currentDirectoryURL = ws.root
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
}
