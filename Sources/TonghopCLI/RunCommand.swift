import ArgumentParser
import Foundation
import ReportWriters
import Ledger
import Logging
import Nightly
import Outbox
import Plan
#if canImport(Glibc)
import Glibc
#endif

/// Inbox, outbox, ledger and report date: from the pipeline definition unless given.
struct RunLocations: ParsableArguments {
    @Option(help: "The inbox folder (default: the pipeline's paths.inbox).")
    var inbox: String?

    @Option(help: "The outbox folder (default: the pipeline's paths.outbox).")
    var outbox: String?

    @Option(help: "The ledger file (default: the pipeline's paths.ledger).")
    var ledger: String?

    @Option(name: .customLong("as-of"), help: "The report's date, yyyy-mm-dd (default: today in Asia/Ho_Chi_Minh).")
    var asOf: String?

    func validate() throws {
        if let asOf, PlanDate(iso: asOf) == nil { throw ValidationError("--as-of '\(asOf)' is not a date (yyyy-mm-dd)") }
    }

    var date: PlanDate { asOf.flatMap(PlanDate.init(iso:)) ?? vietnamDate(Date()) }

    func resolve(_ pipeline: PipelineDefinition) -> (inbox: URL, outbox: URL, ledger: URL) {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let d = NightlyOptions.paths(of: pipeline, workingDirectory: cwd)
        func url(_ p: String?, _ def: URL, dir: Bool) -> URL {
            guard let p else { return def }
            return URL(fileURLWithPath: p, isDirectory: dir, relativeTo: cwd).standardizedFileURL
        }
        return (url(inbox, d.inbox, dir: true), url(outbox, d.outbox, dir: true), url(ledger, d.ledger, dir: false))
    }
}

/// `tonghop run`: the nightly run.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The nightly run: take in what is new in the inbox, update the ledger, write the outbox.",
        discussion: """
            Files already in the ledger (same path, size and modification time, or same content) are not read again. \
            One run at a time: a second run exits with code 2. The inbox is never modified.
            Exit codes: 0 done; 1 done, with items needing review (findings, refused files); 2 could not run.
            """)

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var locations: RunLocations

    @Flag(help: "Also list every unit that has not reported.")
    var verbose = false

    func run() throws {
        let pipeline = try pipelineOptions.loadPipeline()
        let paths = locations.resolve(pipeline.definition)
        let interactive = isatty(STDERR_FILENO) == 1
        bootstrapLogging(level: interactive ? .warning : .info)
        var logger = Logger(label: "tonghop.run")
        logger.logLevel = interactive ? .warning : .info

        let slow = Int(ProcessInfo.processInfo.environment["TONGHOP_TEST_SLOW_MS"] ?? "") ?? 0
        let options = NightlyOptions(inbox: paths.inbox, outbox: paths.outbox, ledger: paths.ledger, asOf: locations.date,
                                     writers: [ConsolidatedReportWriter(inbox: paths.inbox, outbox: paths.outbox), JSONInputWriter()],
                                     slowMillis: slow)
        let bar = interactive ? ProgressBar() : nil
        var events: (@Sendable (RunEvent) -> Void)? = nil
        if let bar { events = { e in bar.handle(e) } }
        let result: RunResult
        do {
            result = try NightlyRun(pipeline: pipeline, options: options, logger: logger, events: events).run()
        } catch let busy as RunLock.Busy {
            bar?.finish()
            printError("tonghop: not started: \(busy)")
            throw ExitCode(2)
        } catch {
            bar?.finish()
            printError("tonghop: the run could not complete: \(error)")
            throw ExitCode(2)
        }
        bar?.finish()
        print(SummaryText.render(digest: result.digest, summary: result.summary, runID: result.runID, seconds: result.seconds,
                                 outbox: result.outboxFiles, reusedFrom: result.reusedFrom, verbose: verbose))
        if result.summary.exitCode != 0 {
            print("Done, with items needing review (exit 1).")
            throw ExitCode(Int32(result.summary.exitCode))
        }
        print("Done.")
    }
}

/// Plain log lines on standard error (swift-log), once per process.
func bootstrapLogging(level: Logger.Level) {
    LoggingBootstrap.once(level: level)
}

enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false
    static func once(level: Logger.Level) {
        guard !done else { return }
        done = true
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = level
            return h
        }
    }
}

/// A one-line progress bar on a terminal (standard error).
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var drawn = false

    func handle(_ e: RunEvent) {
        lock.lock(); defer { lock.unlock() }
        switch e {
        case .scanned(let files, let toRead):
            line("\(files) files in the inbox, \(toRead) to read")
            if toRead == 0 { end() }
        case .file(let done, let total, let path, _):
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let name = path.count > 40 ? "…" + path.suffix(39) : path
            line("[\(bar)] \(done)/\(total) \(name)")
            if done == total { end() }
        case .stage(let s):
            line(s + "…")
        }
    }

    private func line(_ s: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + s).utf8))
        drawn = true
    }

    private func end() {
        if drawn { FileHandle.standardError.write(Data("\n".utf8)); drawn = false }
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); drawn = false }
    }
}
