import Consolidation
import Foundation
import Intake
import Ledger
import Logging
import Plan

/// `tonghop report --from-extract`: files taken into an in-memory ledger exactly as the nightly
/// run takes in its inbox, then the one reconciliation. The same files give the same state as
/// a run, except that a file counts as received at its modification time (there is no history
/// of when it arrived).
public enum ReportFromFiles {
    /// The files under `paths`: a folder is walked as the inbox is (hidden files, the folder's
    /// own README.md and anything not a regular file left out), each named relative to it; a
    /// file is named as given.
    public static func files(under paths: [String]) throws -> [ScannedFile] {
        var out: [ScannedFile] = []
        for p in paths {
            let url = URL(fileURLWithPath: p)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), isDir.boolValue {
                out += try InboxScanner.scan(url)
            } else {
                let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
                let size = (attributes?[.size] as? NSNumber)?.int64Value ?? 0
                let mtime = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                out.append(ScannedFile(path: p.precomposedStringWithCanonicalMapping, url: url, size: size, mtime: mtime))
            }
        }
        return out
    }

    public static func reconcile(paths: [String], pipeline: Pipeline, asOf: PlanDate,
                                 concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> ConsolidatedState {
        try reconcile(files: try files(under: paths), pipeline: pipeline, asOf: asOf, concurrency: concurrency)
    }

    /// - Parameter unreadable: entries the caller found but could not read (links, invalid names).
    public static func reconcile(files: [ScannedFile], pipeline: Pipeline, asOf: PlanDate,
                                 concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
                                 unreadable: [RefusedFile] = []) throws -> ConsolidatedState {
        let ledger = try Ledger(inMemory: ())
        let runID = try ledger.beginRun(asOf: asOf.description, pipeline: pipeline.definition.id, catalogueVersion: pipeline.readingVersion,
                                        inbox: "", at: Date())
        var logger = Logger(label: "tonghop.report")
        logger.logLevel = .error
        var summary = RunSummary()
        summary.filesSeen = files.count
        let taken = try NightlyRun.takeIn(files, known: [], into: ledger, intake: try FileIntake(pipeline: pipeline.definition, vocabulary: pipeline.vocabulary), runID: runID,
                                          pipeline: pipeline, summary: summary, concurrency: concurrency,
                                          receivedAt: { Date(timeIntervalSince1970: $0.mtime) }, logger: logger)
        return try Reconciliation.reconcile(ledger: ledger, pipeline: pipeline, asOf: asOf, runID: runID, presentRunID: runID,
                                            unreadable: taken.unreadable + unreadable)
    }
}
