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
    /// When the files this run takes in count as received (nil: when the scan ends). Two runs
    /// over the same files with the same receipt time give byte-identical outputs.
    public var receivedAt: Date?
    /// Nightly backups of the ledger kept (one per day).
    public var backups: Int

    public init(inbox: URL, outbox: URL, ledger: URL, asOf: PlanDate, writers: [any OutboxWriter] = [JSONInputWriter()],
                concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, receivedAt: Date? = nil,
                backups: Int = 7) {
        self.inbox = inbox
        self.outbox = outbox
        self.ledger = ledger
        self.asOf = asOf
        self.writers = writers
        self.concurrency = max(1, concurrency)
        self.receivedAt = receivedAt
        self.backups = backups
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
    public var state: ConsolidatedState?
    public var digest: RunDigest
    /// The finished run whose state this run found unchanged.
    public var reusedFrom: Int64?
    public var outboxFiles: [URL]
    /// Files refused by this run (new ones), with their reasons.
    public var newlyRefused: [RefusedFile]
    /// Readings made again because the pipeline or the program changed.
    public var reread: Int
    public var seconds: Double
    /// Seconds per stage (scan, pre-check, read, state, outbox).
    public var timings: [(stage: String, seconds: Double)]
    /// Inbox entries not read (links, invalid names, hidden or non-report files), with reasons;
    /// those that need a person are also among the state's refused files.
    public var skipped: [SkippedEntry] = []
}

/// The catalogue version a submission was read against (before v3 ledgers): SHA-256 over
/// catalogue.yaml, the overlay and vocabulary.yaml. Now `Pipeline.readingVersion`.
public func catalogueVersion(pipelineDirectory dir: URL) -> String {
    (try? Pipeline(definition: PipelineDefinition.load(directory: dir)).readingVersion) ?? ""
}

/// The nightly run: inbox → ledger → outbox, once, safely.
///
/// 1. Take the run lock (a second run fails with `RunLock.Busy`); open the ledger (refused
///    when it is empty, not a ledger, or fails SQLite's quick check).
/// 2. Walk the inbox; a file whose path, size and mtime match the ledger is not opened.
/// 3. Read the others on every core (the inbox is only ever opened for reading), hash them;
///    content already in the ledger becomes a file row for the same submission, anything else
///    is extracted and committed with its rows in one transaction per file, in scan order.
/// 4. Read again every present file whose reading predates the pipeline's or the program's
///    version (both readings are kept).
/// 5. Reconcile (`Reconciliation.reconcile`): supersession, decisions, conflicts, validation,
///    completeness; store supersession and findings.
/// 6. Write the outbox as one set; mark the run finished; back the ledger up.
public final class NightlyRun: Sendable {
    public let pipeline: Pipeline
    public let options: NightlyOptions
    public let logger: Logger
    let events: (@Sendable (RunEvent) -> Void)?

    public init(pipeline: Pipeline, options: NightlyOptions, logger: Logger = Logger(label: "tonghop.run"),
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

        let definition = pipeline.definition
        let version = pipeline.readingVersion
        // A set of outbox files a killed run made ready is placed before anything else.
        if FileManager.default.fileExists(atPath: options.outbox.path) {
            try OutboxPublisher(outbox: options.outbox, writers: []).recover()
        }
        let inventory = try InboxScanner.inventory(options.inbox)
        let scanned = inventory.files
        let ledger = try Ledger(url: options.ledger)
        let runID = try ledger.beginRun(asOf: options.asOf.description, pipeline: definition.id, catalogueVersion: version,
                                        inbox: options.inbox.path, at: Date())
        logger.info("run \(runID): as of \(options.asOf), \(scanned.count) files in \(options.inbox.path)")
        lap("scan")

        // Pre-check: path + size + mtime as last seen → unchanged, not opened.
        let known = try ledger.files()
        var latestByPath: [String: FileRecord] = [:]
        for f in known {
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

        let intake = try FileIntake(pipeline: definition, vocabulary: pipeline.vocabulary)
        let seenAt = options.receivedAt ?? Date()
        let taken = try NightlyRun.takeIn(toRead, known: known, into: ledger, intake: intake, runID: runID, pipeline: pipeline,
                                          summary: summary, concurrency: options.concurrency,
                                          receivedAt: { _ in seenAt }, logger: logger) { done, total, f, outcome in
            self.events?(.file(done: done, of: total, path: f.path, outcome: outcome))
        }
        summary = taken.summary
        let newlyRefused = taken.newlyRefused
        var unreadable = taken.unreadable
        // Inbox entries not read that a person must see (links, names that are not UTF-8):
        // listed with the refused files, looked at again every run.
        unreadable += inventory.skipped.filter(\.needsAttention).map {
            RefusedFile(path: $0.path, sha256: "", kind: $0.reason.rawValue, reason: $0.message, firstSeen: seenAt)
        }
        for s in inventory.skipped { logger.info("not read: \(s.path): \(s.reason.rawValue)") }
        lap("read")
        if !toRead.isEmpty { timings.append(("of which ledger commits", taken.commitSeconds)) }

        // Readings older than the pipeline or the program: read again, both kept.
        let stale = try ledger.staleReadings(pipelineVersion: version, extractionVersion: Pipeline.extractionVersion, runID: runID)
        if !stale.isEmpty {
            events?(.stage("reading \(stale.count) files again (new pipeline or program version)"))
            logger.info("\(stale.count) readings predate the pipeline's or the program's version: reading them again")
            try NightlyRun.reread(stale, inbox: options.inbox, ledger: ledger, intake: intake, runID: runID, pipelineVersion: version)
            lap("re-read")
        }

        // Nothing new since the last finished run (same files, readings, decisions, date,
        // pipeline and writers, outbox files still there): its state and outbox stand.
        var keyHash = SHA256Digest()
        keyHash.update(Data("\(definition.id)|\(options.asOf)|\(pipeline.version)|\(Pipeline.extractionVersion)|\(options.writers.map(\.name))|".utf8))
        keyHash.update(Data(try ledger.stateInputs(runID: runID).utf8))
        keyHash.update(Data(unreadable.map { $0.path + "|" + $0.reason }.joined(separator: "\n").utf8))
        let stateKey = keyHash.finalizeHex()
        if let last = try ledger.lastFinishedState(), last.stateKey == stateKey, let json = last.digest, let digest = RunDigest.from(json: json),
           !digest.outbox.isEmpty, digest.outbox.allSatisfy({ FileManager.default.fileExists(atPath: options.outbox.appendingPathComponent($0).path) }) {
            summary.take(digest)
            try ledger.finishRun(runID, summary: summary, stateKey: stateKey, digest: json, at: Date())
            lap("state (unchanged since run \(last.runID))")
            logger.info("nothing new since run \(last.runID); outbox unchanged")
            try backup(ledger, onlyIfMissing: true)
            return RunResult(runID: runID, summary: summary, state: nil, digest: digest, reusedFrom: last.runID,
                             outboxFiles: digest.outbox.map { options.outbox.appendingPathComponent($0) }, newlyRefused: newlyRefused,
                             reread: stale.count, seconds: Date().timeIntervalSince(started), timings: timings,
                             skipped: inventory.skipped)
        }

        // The state as of this run.
        events?(.stage("consolidating"))
        let state = try Reconciliation.reconcile(ledger: ledger, pipeline: pipeline, asOf: options.asOf, runID: runID,
                                                 presentRunID: runID, unreadable: unreadable)
        try ledger.applySupersession(state.supersededBy)
        try ledger.recordReviewFindings(state.computedFindings, runID: runID)
        lap("state")

        events?(.stage("writing the outbox"))
        // The report is signed in the month the run makes it (REVIEW27 #8).
        var input = state.input
        input.madeOn = vietnamDate(Date())
        let placed = try OutboxPublisher(outbox: options.outbox, writers: options.writers).publish(input, runID: runID)
        for p in placed { logger.info("wrote \(p.path)") }
        lap("outbox")

        let digest = RunDigest(state: state, outbox: placed.map(\.lastPathComponent), catalogueVersion: version)
        summary.take(digest)
        // Unreadable files are retried every run: never part of a reusable state.
        try ledger.finishRun(runID, summary: summary, stateKey: unreadable.isEmpty ? stateKey : nil, digest: digest.json(), at: Date())
        try backup(ledger, onlyIfMissing: false)
        lap("backup")
        return RunResult(runID: runID, summary: summary, state: state, digest: digest, reusedFrom: nil, outboxFiles: placed,
                         newlyRefused: newlyRefused, reread: stale.count, seconds: Date().timeIntervalSince(started), timings: timings,
                         skipped: inventory.skipped)
    }

    /// Tonight's copy of the ledger (one per day in Viet Nam, `options.backups` kept). A
    /// failed backup is logged, not fatal: the ledger itself is whole.
    private func backup(_ ledger: Ledger, onlyIfMissing: Bool) throws {
        guard options.backups > 0 else { return }
        let day = vietnamDate(Date()).description
        if onlyIfMissing, LedgerBackups(ledger: options.ledger).existing().contains(where: { $0.lastPathComponent.hasSuffix("-\(day).sqlite") }) { return }
        do {
            if let url = try ledger.saveNightlyBackup(day: day, keep: options.backups) { logger.info("backup: \(url.path)") }
        } catch {
            logger.error("the ledger's backup could not be written: \(error)")
        }
    }

    // MARK: - Intake

    /// What taking in a set of files did.
    public struct Taken: Sendable {
        public var summary: RunSummary
        public var newlyRefused: [RefusedFile] = []
        public var unreadable: [RefusedFile] = []
        /// Seconds spent committing into the ledger (serialized; the rest of the intake is
        /// parallel reading and extraction).
        public var commitSeconds = 0.0
    }

    /// Reads, hashes and extracts `files` on `concurrency` cores, and commits each into the
    /// ledger — one transaction per file, in the order of `files` (so that ledger ids, and
    /// with them every output, do not depend on which core finished first). Used by the run
    /// and by `report --from-extract` (on an in-memory ledger).
    public static func takeIn(_ files: [ScannedFile], known: [FileRecord], into ledger: Ledger, intake: FileIntake, runID: Int64,
                              pipeline: Pipeline, summary: RunSummary, concurrency: Int, receivedAt: @Sendable (ScannedFile) -> Date,
                              logger: Logger, progress: (@Sendable (Int, Int, ScannedFile, FileOutcome) -> Void)? = nil) throws -> Taken {
        var versions: [String: [String: FileRecord]] = [:]
        var knownHashes = Set<String>()
        for f in known {
            versions[f.path, default: [:]][f.sha256] = f
            knownHashes.insert(f.sha256)
        }
        let work = IntakeWork(count: files.count, taken: Taken(summary: summary), knownHashes: knownHashes)
        let fileVersions = versions
        let workers = min(max(1, concurrency), max(1, files.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = work.next() {
                let r = read(files[i], intake: intake, knownHashes: work.hashes())
                // Commit whatever is next in order and ready (this file, or it waits for an
                // earlier one that another worker is still reading), several files per
                // transaction when several are ready.
                work.deliver(i, r) { batch, state in
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    defer { state.taken.commitSeconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9 }
                    try commit(batch.map { (files[$0.index], $0.result) }, state: &state, versions: fileVersions, ledger: ledger,
                               intake: intake, runID: runID, pipeline: pipeline, receivedAt: receivedAt, logger: logger) { f, outcome, done in
                        progress?(done, files.count, f, outcome)
                    }
                }
            }
        }
        if let error = work.error { throw error }
        return work.state.taken
    }

    /// Records read files, in order, in one transaction (called by one committer at a time).
    private static func commit(_ batch: [(ScannedFile, ReadResult)], state: inout IntakeState, versions: [String: [String: FileRecord]],
                               ledger: Ledger, intake: FileIntake, runID: Int64, pipeline: Pipeline,
                               receivedAt: (ScannedFile) -> Date, logger: Logger,
                               done: (ScannedFile, FileOutcome, Int) -> Void) throws {
        var writes: [Ledger.IntakeWrite] = []
        var writeOf: [Int: Int] = [:]          // batch index → write index
        var extracted: [Int: Submission] = [:]  // write index → submission
        var data: [Int: (Data, ScannedFile)] = [:]
        for (k, (f, r)) in batch.enumerated() {
            guard case .read(let sha, let bytes, let submission, let text) = r else { continue }
            let now = receivedAt(f)
            writeOf[k] = writes.count
            if let v = versions[f.path]?[sha] {
                writes.append(.stat(fileID: v.id, size: f.size, mtime: f.mtime, at: now))
            } else {
                if let submission { extracted[writes.count] = submission } else { data[writes.count] = (bytes, f) }
                writes.append(.record(path: f.path, sha256: sha, size: f.size, mtime: f.mtime, at: now, submission: submission, text: text))
            }
        }
        let outcomes = writes.isEmpty ? [] : try ledger.write(writes, runID: runID, pipelineVersion: pipeline.readingVersion,
                                                               extractionVersion: Pipeline.extractionVersion) { w in
            // Content thought known when read, new when committed (rare): extracted now.
            let (bytes, f) = data[w]!
            let r = intake.read(data: bytes, fileName: f.url.lastPathComponent, displayPath: f.path, sha256: SHA256Digest.hex(of: bytes))
            extracted[w] = r.submission
            return (r.submission, r.document.map(DocumentText.init))
        }
        for (k, (f, r)) in batch.enumerated() {
            let outcome: FileOutcome
            if case .unreadable(let reason) = r {
                state.taken.unreadable.append(RefusedFile(path: f.path, sha256: "", kind: "io", reason: reason, firstSeen: receivedAt(f)))
                logger.warning("cannot read \(f.path): \(reason)")
                outcome = .unreadable
            } else if let w = writeOf[k], let result = outcomes[w] {
                switch result {
                case .newSubmission(let id):
                    let s = extracted[w]!
                    if s.status == .rejected {
                        state.taken.summary.filesRefused += 1
                        state.taken.newlyRefused.append(RefusedFile(path: f.path, sha256: s.sha256, kind: s.rejectionKind ?? "refused",
                                                                    reason: s.reason ?? "", firstSeen: receivedAt(f)))
                        logger.warning("refused \(f.path): \(s.reason ?? "")")
                        outcome = .refused
                    } else {
                        state.taken.summary.filesNew += 1
                        state.taken.summary.submissionsNew += 1
                        logger.info("read \(f.path): submission \(id), unit \(s.unit.map { "\($0.id) \($0.name)" } ?? "unknown"), \(s.entries.count) entries, \(s.findings.count) findings")
                        outcome = .new
                    }
                case .duplicate(let of):
                    state.taken.summary.filesDuplicate += 1
                    logger.info("\(f.path): same content as submission \(of)")
                    outcome = .duplicate
                }
            } else {
                // Same content, touched on disk: the new size and mtime are remembered.
                state.taken.summary.filesUnchanged += 1
                outcome = .unchanged
            }
            state.done += 1
            done(f, outcome, state.done)
        }
    }

    /// Reads again the files of readings made under an older version; each new reading is
    /// committed in its own transaction, in ledger order.
    static func reread(_ stale: [StaleReading], inbox: URL, ledger: Ledger, intake: FileIntake, runID: Int64, pipelineVersion: String) throws {
        let slots = RereadSlots(count: stale.count)
        DispatchQueue.concurrentPerform(iterations: stale.count) { i in
            let r = stale[i]
            let url = inbox.appendingPathComponent(r.path)
            guard let data = try? Data(contentsOf: url, options: .mappedIfSafe), SHA256Digest.hex(of: data) == r.sha256 else { return }
            let read = intake.read(data: data, fileName: url.lastPathComponent, displayPath: r.path, sha256: r.sha256)
            slots.set(i, (read.submission, read.document.map(DocumentText.init)))
        }
        for (i, r) in stale.enumerated() {
            guard let (s, text) = slots.get(i) else { continue }
            try ledger.recordReading(of: r.submissionID, s, text: text, runID: runID, pipelineVersion: pipelineVersion,
                                     extractionVersion: Pipeline.extractionVersion)
        }
    }

    enum ReadResult: Sendable {
        case unreadable(String)
        /// `submission` is nil when the content is already in the ledger (not extracted again);
        /// `text` is the document's text the ledger keeps beside a new submission.
        case read(sha: String, data: Data, submission: Submission?, text: DocumentText? = nil)
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
        let r = intake.read(data: data, fileName: f.url.lastPathComponent, displayPath: f.path, sha256: sha)
        // The bytes are kept only for the rare case the content turns out new after all.
        return .read(sha: sha, data: Data(), submission: r.submission, text: r.document.map(DocumentText.init))
    }
}

struct IntakeState {
    var taken: NightlyRun.Taken
    var done = 0
}

/// The intake's shared state: the next file to read, the read files waiting for their turn to
/// be committed, and everything commits change, behind one lock. Reading and extraction run
/// outside it; commits are serialized and in file order.
final class IntakeWork: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var index = 0
    private var nextToCommit = 0
    private var ready: [Int: NightlyRun.ReadResult] = [:]
    private var committing = false
    /// Contents in the ledger (read by readers, so that known content is not extracted).
    private var known: Set<String>
    private(set) var state: IntakeState
    private(set) var error: (any Error)?

    init(count: Int, taken: NightlyRun.Taken, knownHashes: Set<String>) {
        self.count = count
        known = knownHashes
        state = IntakeState(taken: taken)
    }

    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard error == nil, index < count else { return nil }
        index += 1
        return index - 1
    }

    func hashes() -> Set<String> {
        lock.lock(); defer { lock.unlock() }
        return known
    }

    /// Files committed in one transaction at most.
    static let batchLimit = 32

    /// Hands in file `i`'s result; whoever finds the next one in order ready commits it with
    /// the ones after it that are ready too (one transaction). Commits run outside the lock
    /// (readers go on handing in), one committer at a time.
    func deliver(_ i: Int, _ r: NightlyRun.ReadResult,
                 commit: ([(index: Int, result: NightlyRun.ReadResult)], inout IntakeState) throws -> Void) {
        lock.lock()
        ready[i] = r
        guard !committing, error == nil else { lock.unlock(); return }
        committing = true
        while ready[nextToCommit] != nil {
            var batch: [(index: Int, result: NightlyRun.ReadResult)] = []
            while batch.count < IntakeWork.batchLimit, let next = ready.removeValue(forKey: nextToCommit) {
                batch.append((nextToCommit, next))
                nextToCommit += 1
            }
            lock.unlock()
            var failed: (any Error)? = nil
            do { try commit(batch, &state) } catch { failed = error }
            lock.lock()
            if let failed { error = failed; break }
            for b in batch { if case .read(let sha, _, _, _) = b.result { known.insert(sha) } }
        }
        committing = false
        lock.unlock()
    }
}

final class RereadSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [(Submission, DocumentText?)?]
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ s: (Submission, DocumentText?)) { lock.lock(); values[i] = s; lock.unlock() }
    func get(_ i: Int) -> (Submission, DocumentText?)? { lock.lock(); defer { lock.unlock() }; return values[i] }
}
