// A nightly run that pauses after each committed file: the kill -9 test needs a run it can
// stop half-way. Test-only (built for the tests, never part of the `tonghop` product), so the
// product carries no test hook.
//
//   tonghop-slow-run PIPELINE_DIR INBOX OUTBOX LEDGER AS_OF MILLIS
import Foundation
import Logging
import Nightly
import Plan

let args = CommandLine.arguments
guard args.count == 7, let asOf = PlanDate(iso: args[5]), let millis = UInt32(args[6]) else {
    FileHandle.standardError.write(Data("usage: tonghop-slow-run PIPELINE_DIR INBOX OUTBOX LEDGER AS_OF MILLIS\n".utf8))
    exit(2)
}
do {
    let pipeline = try Pipeline.load(directory: URL(fileURLWithPath: args[1], isDirectory: true))
    let options = NightlyOptions(inbox: URL(fileURLWithPath: args[2], isDirectory: true), outbox: URL(fileURLWithPath: args[3], isDirectory: true),
                                 ledger: URL(fileURLWithPath: args[4]), asOf: asOf, concurrency: 1)
    var logger = Logger(label: "tonghop-slow-run")
    logger.logLevel = .critical
    // A file event comes after its commit: sleeping there leaves committed files behind a kill.
    _ = try NightlyRun(pipeline: pipeline, options: options, logger: logger, events: { event in
        if case .file = event { usleep(millis * 1000) }
    }).run()
} catch {
    FileHandle.standardError.write(Data("tonghop-slow-run: \(error)\n".utf8))
    exit(2)
}
