import Consolidation
import Dispatch
import Extraction
import Foundation
import Intake
import Ledger
import Logging
import Outbox
import Plan

/// Where a run reads and writes, and as of which date.
public struct NightlyOptions: Sendable {
    public var inbox: URL
    public var outbox: URL
    public var ledger: URL
    /// The report's date.
    public var asOf: PlanDate
    public var writers: [any OutboxWriter]
    /// Files read at once.
    public var concurrency: Int

    public init(inbox: URL, outbox: URL, ledger: URL, asOf: PlanDate, writers: [any OutboxWriter] = [JSONInputWriter()],
                concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.inbox = inbox
        self.outbox = outbox
        self.ledger = ledger
        self.asOf = asOf
        self.writers = writers
        self.concurrency = max(1, concurrency)
    }

    /// The paths of a pipeline definition, relative to `workingDirectory` unless absolute.
    public static func paths(of pipeline: PipelineDefinition, workingDirectory: URL) -> (inbox: URL, outbox: URL, ledger: URL) {
        func url(_ p: String, dir: Bool) -> URL {
            p.hasPrefix("/") ? URL(fileURLWithPath: p, isDirectory: dir) : URL(fileURLWithPath: p, isDirectory: dir, relativeTo: workingDirectory).standardizedFileURL
        }
        return (url(pipeline.paths.inbox, dir: true), url(pipeline.paths.outbox, dir: true), url(pipeline.paths.ledger, dir: false))
    }

    /// The lock file next to the ledger.
    public var lockURL: URL { ledger.deletingLastPathComponent().appendingPathComponent(ledger.lastPathComponent + ".lock") }
}

/// What a run reports while it works (for a progress bar or log lines).
public enum RunEvent: Sendable {
    /// The inbox was walked: so many files, so many to read (new or changed).
    case scanned(files: Int, toRead: Int)
    /// One file read and committed.
    case file(done: Int, of: Int, path: String, outcome: FileOutcome)
    case stage(String)
}

public enum FileOutcome: String, Sendable {
    case new, unchanged, duplicate, refused, unreadable
}

/// What a run did and the state it left.
public struct RunResult: Sendable {
    public var runID: Int64
    public var summary: RunSummary
    /// The state built by this run; nil when nothing had changed since the last finished run
    /// (its state and outbox stand; `digest` is copied from it).
    public var state: LedgerState?
    public var digest: RunDigest
    /// The finished run whose state this run found unchanged.
    public var reusedFrom: Int64?
    public var outboxFiles: [URL]
    /// Files refused by this run (new ones), with their reasons.
    public var newlyRefused: [RefusedFile]
    public var seconds: Double
    /// Seconds per stage (scan, pre-check, read, state, outbox).
    public var timings: [(stage: String, seconds: Double)]
    /// Inbox entries not read (links, invalid names, hidden or non-report files), with reasons;
    /// those that need a person are also among the state's refused files.
    public var skipped: [SkippedEntry] = []
}

/// The catalogue version a submission was read against: SHA-256 over catalogue.yaml, the
/// overlay and vocabulary.yaml of the pipeline directory.
public func catalogueVersion(pipelineDirectory dir: URL) -> String {
    var d = SHA256Digest()
    for name in ["catalogue.yaml", "catalogue.overlay.yaml", "vocabulary.yaml"] {
        d.update(Data(name.utf8))
        d.update(FileManager.default.contents(atPath: dir.appendingPathComponent(name).path) ?? Data())
    }
    return d.finalizeHex()
}

/// The nightly run: inbox → ledger → outbox, once, safely.
///
/// 1. Take the run lock (a second run fails with `RunLock.Busy`).
/// 2. Walk the inbox; a file whose path, size and mtime match the ledger is not opened.
/// 3. Read the others (the inbox is only ever opened for reading), hash them; content already
///    in the ledger becomes a file row for the same submission, anything else is extracted and
///    committed with its entries, figures and findings in one transaction per file.
/// 4. Recompute supersession, conflicts, validation, completeness; store them.
/// 5. Write the outbox through a temporary folder; mark the run finished.
public final class NightlyRun: Sendable {
    public let pipeline: PipelineDefinition
    public let options: NightlyOptions
    public let logger: Logger
    let events: (@Sendable (RunEvent) -> Void)?

    public init(pipeline: PipelineDefinition, options: NightlyOptions, logger: Logger = Logger(label: "tonghop.run"),
                events: (@Sendable (RunEvent) -> Void)? = nil) {
        self.pipeline = pipeline
        self.options = options
        self.logger = logger
        self.events = events
    }

    public func run() throws -> RunResult {
        let started = Date()
        var timings: [(stage: String, seconds: Double)] = []
        var mark = started
        func lap(_ stage: String) { let now = Date(); timings.append((stage, now.timeIntervalSince(mark))); mark = now }
        let lock = try RunLock(url: options.lockURL)
        defer { lock.release() }

        let rules = try ValidationRules.load(pipelineDirectory: pipeline.directory)
        let version = catalogueVersion(pipelineDirectory: pipeline.directory)
        let inventory = try InboxScanner.inventory(options.inbox)
        let scanned = inventory.files
        let ledger = try Ledger(url: options.ledger)
        let runID = try ledger.beginRun(asOf: options.asOf.description, pipeline: pipeline.id, catalogueVersion: version,
                                        inbox: options.inbox.path, at: Date())
        logger.info("run \(runID): as of \(options.asOf), \(scanned.count) files in \(options.inbox.path)")
        lap("scan")

        // Pre-check: path + size + mtime as last seen → unchanged, not opened.
        let known = try ledger.files()
        var latestByPath: [String: FileRecord] = [:]
        var versions: [String: [String: FileRecord]] = [:]
        var knownHashes = Set<String>()
        for f in known {
            versions[f.path, default: [:]][f.sha256] = f
            knownHashes.insert(f.sha256)
            if let l = latestByPath[f.path], (l.lastRunID, l.id) > (f.lastRunID, f.id) { continue }
            latestByPath[f.path] = f
        }
        var summary = RunSummary()
        summary.filesSeen = scanned.count
        var unchangedIDs: [Int64] = []
        var toRead: [ScannedFile] = []
        for f in scanned {
            if let l = latestByPath[f.path], l.size == f.size, l.mtime == f.mtime { unchangedIDs.append(l.id) } else { toRead.append(f) }
        }
        try ledger.touch(fileIDs: unchangedIDs, runID: runID, at: Date())
        summary.filesUnchanged = unchangedIDs.count
        events?(.scanned(files: scanned.count, toRead: toRead.count))
        if !toRead.isEmpty { logger.info("\(toRead.count) new or changed files to read, \(unchangedIDs.count) unchanged") }
        lap("pre-check")

        // Read, hash and extract on every core, each worker taking the next file as it is free
        // (a slow file holds one core, not the run); commits are serialized, one transaction
        // per file. Every file of this scan counts as received at the scan's time.
        let intake = try FileIntake(pipeline: pipeline)
        let seenAt = Date()
        let work = IntakeWork(summary: summary, knownHashes: knownHashes)
        let files = toRead, fileVersions = versions
        let workers = min(options.concurrency, max(1, toRead.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = work.next(limit: files.count) {
                let f = files[i]
                let r = NightlyRun.read(f, intake: intake, knownHashes: work.hashes())
                do {
                    try work.commit { state in
                        let outcome = try self.commit(f, r, state: &state, versions: fileVersions, ledger: ledger, intake: intake,
                                                      runID: runID, version: version, at: seenAt)
                        state.done += 1
                        self.events?(.file(done: state.done, of: files.count, path: f.path, outcome: outcome))
                    }
                } catch {
                    work.fail(error)
                    return
                }
            }
        }
        if let error = work.error { throw error }
        summary = work.state.summary
        let newlyRefused = work.state.newlyRefused
        var unreadable = work.state.unreadable
        // Inbox entries not read that a person must see (links, names that are not UTF-8):
        // listed with the refused files, looked at again every run.
        unreadable += inventory.skipped.filter(\.needsAttention).map {
            RefusedFile(path: $0.path, sha256: "", kind: $0.reason.rawValue, reason: $0.message, firstSeen: seenAt)
        }
        for s in inventory.skipped { logger.info("not read: \(s.path): \(s.reason.rawValue)") }

        lap("read")

        // Nothing new since the last finished run (same files, same submissions, same date,
        // catalogue and rules, outbox files still there): its state and outbox stand.
        var keyHash = SHA256Digest()
        keyHash.update(Data("\(pipeline.id)|\(options.asOf)|\(version)|\(rules.version)|\(options.writers.map(\.name))|".utf8))
        keyHash.update(Data(try ledger.stateInputs(runID: runID).utf8))
        keyHash.update(Data(unreadable.map { $0.path + "|" + $0.reason }.joined(separator: "\n").utf8))
        let stateKey = keyHash.finalizeHex()
        if let last = try ledger.lastFinishedState(), last.stateKey == stateKey, let json = last.digest, let digest = RunDigest.from(json: json),
           !digest.outbox.isEmpty, digest.outbox.allSatisfy({ FileManager.default.fileExists(atPath: options.outbox.appendingPathComponent($0).path) }) {
            summary.take(digest)
            try ledger.finishRun(runID, summary: summary, stateKey: stateKey, digest: json, at: Date())
            lap("state (unchanged since run \(last.runID))")
            logger.info("nothing new since run \(last.runID); outbox unchanged")
            return RunResult(runID: runID, summary: summary, state: nil, digest: digest, reusedFrom: last.runID,
                             outboxFiles: digest.outbox.map { options.outbox.appendingPathComponent($0) }, newlyRefused: newlyRefused,
                             seconds: Date().timeIntervalSince(started), timings: timings, skipped: inventory.skipped)
        }

        // The state as of this run: supersession, conflicts, validation, completeness.
        events?(.stage("consolidating"))
        var state = try LedgerState.build(ledger: ledger, pipeline: pipeline, rules: rules, asOf: options.asOf, runID: runID, presentRunID: runID)
        state.input.refused += unreadable
        try ledger.applySupersession(state.supersededBy)
        try ledger.recordReviewFindings(state.computedFindings, runID: runID)
        lap("state")

        events?(.stage("writing the outbox"))
        let placed = try OutboxPublisher(outbox: options.outbox, writers: options.writers).publish(state.input, runID: runID)
        for p in placed { logger.info("wrote \(p.path)") }
        lap("outbox")

        let digest = RunDigest(state: state, outbox: placed.map(\.lastPathComponent), catalogueVersion: version)
        summary.take(digest)
        // Unreadable files are retried every run: never part of a reusable state.
        try ledger.finishRun(runID, summary: summary, stateKey: unreadable.isEmpty ? stateKey : nil, digest: digest.json(), at: Date())
        return RunResult(runID: runID, summary: summary, state: state, digest: digest, reusedFrom: nil, outboxFiles: placed,
                         newlyRefused: newlyRefused, seconds: Date().timeIntervalSince(started), timings: timings, skipped: inventory.skipped)
    }

    /// Records one read file (called with the intake state locked).
    private func commit(_ f: ScannedFile, _ r: ReadResult, state: inout IntakeState, versions: [String: [String: FileRecord]],
                        ledger: Ledger, intake: FileIntake, runID: Int64, version: String, at now: Date) throws -> FileOutcome {
        switch r {
        case .unreadable(let reason):
            state.unreadable.append(RefusedFile(path: f.path, sha256: "", kind: "io", reason: reason, firstSeen: now))
            logger.warning("cannot read \(f.path): \(reason)")
            return .unreadable
        case .read(let sha, let data, let submission):
            if let v = versions[f.path]?[sha] {
                // Same content, touched on disk: remember the new size and mtime.
                try ledger.updateStat(fileID: v.id, size: f.size, mtime: f.mtime, runID: runID, at: now)
                state.summary.filesUnchanged += 1
                return .unchanged
            }
            var extracted: Submission? = submission
            let result = try ledger.record(file: f.path, sha256: sha, size: f.size, mtime: f.mtime, runID: runID, at: now,
                                           catalogueVersion: version) {
                if extracted == nil { extracted = intake.take(data: data, fileName: f.url.lastPathComponent, displayPath: f.path) }
                return extracted!
            }
            state.knownHashes.insert(sha)
            switch result {
            case .newSubmission(let id):
                let s = extracted!
                if s.status == .rejected {
                    state.summary.filesRefused += 1
                    state.newlyRefused.append(RefusedFile(path: f.path, sha256: sha, kind: s.rejectionKind ?? "refused", reason: s.reason ?? "", firstSeen: now))
                    logger.warning("refused \(f.path): \(s.reason ?? "")")
                    return .refused
                }
                state.summary.filesNew += 1
                state.summary.submissionsNew += 1
                logger.info("read \(f.path): submission \(id), unit \(s.unit.map { "\($0.id) \($0.name)" } ?? "unknown"), \(s.entries.count) entries, \(s.findings.count) findings")
                return .new
            case .duplicate(let of):
                state.summary.filesDuplicate += 1
                logger.info("\(f.path): same content as submission \(of)")
                return .duplicate
            }
        }
    }

    enum ReadResult: Sendable {
        case unreadable(String)
        /// `submission` is nil when the content is already in the ledger (not extracted again).
        case read(sha: String, data: Data, submission: Submission?)
    }

    static func read(_ f: ScannedFile, intake: FileIntake, knownHashes: Set<String>) -> ReadResult {
        let data: Data
        do {
            // Opened read-only; nothing in the inbox is ever written.
            data = try Data(contentsOf: f.url, options: .mappedIfSafe)
        } catch {
            return .unreadable("Không đọc được tệp: \(FileProblem.describe(error, path: f.path)).")
        }
        let sha = SHA256Digest.hex(of: data)
        if knownHashes.contains(sha) { return .read(sha: sha, data: data, submission: nil) }
        var s = intake.take(data: data, fileName: f.url.lastPathComponent, displayPath: f.path)
        s.sha256 = sha
        return .read(sha: sha, data: data, submission: s)
    }
}

struct IntakeState {
    var summary: RunSummary
    var knownHashes: Set<String>
    var newlyRefused: [RefusedFile] = []
    var unreadable: [RefusedFile] = []
    var done = 0
}

/// The intake's shared state: the next file to take, and everything commits change, behind
/// one lock (commits are serialized; reading and extraction run outside it).
final class IntakeWork: @unchecked Sendable {
    private let lock = NSLock()
    private var index = 0
    private(set) var state: IntakeState
    private(set) var error: (any Error)?

    init(summary: RunSummary, knownHashes: Set<String>) {
        state = IntakeState(summary: summary, knownHashes: knownHashes)
    }

    func next(limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard error == nil, index < limit else { return nil }
        index += 1
        return index - 1
    }

    func hashes() -> Set<String> {
        lock.lock(); defer { lock.unlock() }
        return state.knownHashes
    }

    func commit(_ body: (inout IntakeState) throws -> Void) throws {
        lock.lock(); defer { lock.unlock() }
        guard error == nil else { return }
        try body(&state)
    }

    func fail(_ e: any Error) {
        lock.lock(); defer { lock.unlock() }
        if error == nil { error = e }
    }
}
