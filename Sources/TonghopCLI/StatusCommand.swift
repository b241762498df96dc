import ArgumentParser
import Foundation
import Ledger
import Nightly
import Plan

/// `tonghop status`: the ledger's state, as the last run left it, without running.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the ledger's state (last runs, submissions, reporters, refused files) without running.",
        discussion: "Exit codes as for `run`: 0 done (also with items to review), 1 items need review with --fail-on-review, 2 no ledger or it cannot be read.")

    @OptionGroup var pipelineOptions: PipelineOptions
    @OptionGroup var locations: RunLocations

    @Flag(help: "Also list every unit that has not reported.")
    var verbose = false

    @Flag(help: "Exit 1 when items need review.")
    var failOnReview = false

    func run() throws {
        let pipeline = try pipelineOptions.loadPipeline()
        let paths = locations.resolve(pipeline.definition)
        let ledger: Ledger
        do {
            guard let l = try Ledger(readOnlyAt: paths.ledger) else {
                printError("tonghop: chưa có sổ cái (ledger) ở \(paths.ledger.path); lượt `tonghop run` đầu tiên sẽ tạo nó")
                throw ExitCode(2)
            }
            ledger = l
        } catch let e as ExitCode { throw e } catch {
            printError("tonghop: không đọc được sổ cái (ledger) \(paths.ledger.path): \(error)")
            throw ExitCode(2)
        }
        let runs = try ledger.runs(limit: 5)
        guard let last = runs.first(where: { $0.finishedAt != nil }) ?? runs.first else {
            printError("tonghop: sổ cái (ledger) \(paths.ledger.path) chưa có lượt chạy nào")
            throw ExitCode(2)
        }
        let asOf = locations.givenDate ?? PlanDate(iso: last.asOf) ?? vietnamDate(Date())
        let state = try Reconciliation.reconcile(ledger: ledger, pipeline: pipeline, asOf: asOf, runID: last.id, presentRunID: nil)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = vietnamTimeZone
        f.dateFormat = "dd/MM/yyyy HH:mm:ss"
        print("Ledger: \(paths.ledger.path) (schema \(try ledger.schemaVersion() ?? "?"))")
        print("Last runs:")
        for r in runs {
            let end = r.finishedAt.map { "finished \(f.string(from: $0))" } ?? "did not finish (interrupted; the next run completes it)"
            var line = "  run \(r.id) as of \(PlanDate(iso: r.asOf)?.displayText ?? r.asOf): started \(f.string(from: r.startedAt)), \(end)"
            if let s = r.summary { line += "; files \(s.filesSeen) (\(s.filesNew) new, \(s.filesRefused) refused), exit \(s.exitCode)" }
            print(line)
        }
        print("")
        let digest = RunDigest(state: state, outbox: [], catalogueVersion: pipeline.readingVersion)
        print(SummaryText.render(digest: digest, summary: last.summary, runID: last.id, seconds: nil, outbox: [], verbose: verbose))
        PipelineWarnings.summaryLines(pipeline.definition).forEach { print($0) }
        if failOnReview, !state.input.review.isEmpty || state.input.refused.contains(where: { $0.answered != true }) { throw ExitCode(ExitStatus.needsReview) }
    }
}
