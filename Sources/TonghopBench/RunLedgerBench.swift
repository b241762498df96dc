import Foundation
import OOXML
import Ledger
import Logging
import Nightly
import Plan

/// `TonghopBench run-ledger [--files N] [--pipeline DIR] [--corpus DIR] [--keep DIR] [--exclude NAME-PART]…`:
/// the nightly run over N generated report files (first run: every file read, extracted and
/// committed), then a rerun with nothing changed (every file pre-checked by path, size, mtime).
///
/// The files are made distinct from the development corpus's DOCX/XLSX files by giving each
/// copy its own zip archive comment: different bytes and hashes, the same content to readers.
enum RunLedgerBench {
    static func main(_ args: [String]) {
        var files = 2000
        var pipelineDir = PipelineDefinition.defaultDirectory
        var corpus = "../shared/corpus/dev"
        var keep: String? = nil
        var exclude: [String] = []
        var generateOnly = false
        var i = 0
        while i < args.count {
            let a = args[i]
            let v = i + 1 < args.count ? args[i + 1] : ""
            switch a {
            case "--files": files = Int(v) ?? files; i += 2
            case "--pipeline": pipelineDir = v; i += 2
            case "--corpus": corpus = v; i += 2
            case "--keep": keep = v; i += 2
            case "--exclude": exclude.append(v); i += 2
            case "--generate-only": generateOnly = true; i += 1
            default:
                print("usage: tonghop-bench run-ledger [--files N] [--pipeline DIR] [--corpus DIR] [--keep DIR] [--exclude NAME-PART]… [--generate-only]")
                exit(2)
            }
        }
        do {
            try run(files: files, pipelineDir: pipelineDir, corpus: corpus, keep: keep, exclude: exclude, generateOnly: generateOnly)
        } catch {
            print("tonghop-bench run-ledger: \(error)")
            exit(2)
        }
    }

    static func run(files count: Int, pipelineDir: String, corpus: String, keep: String?, exclude: [String], generateOnly: Bool = false) throws {
        let fm = FileManager.default
        let pipeline = try Pipeline.load(directory: URL(fileURLWithPath: pipelineDir, isDirectory: true))
        let root = keep.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? fm.temporaryDirectory.appendingPathComponent("tonghop-bench-run-\(getpid())", isDirectory: true)
        try? fm.removeItem(at: root)
        let inbox = root.appendingPathComponent("Inbox", isDirectory: true)
        try fm.createDirectory(at: inbox, withIntermediateDirectories: true)
        defer { if keep == nil { try? fm.removeItem(at: root) } }

        // Sources: the corpus's zip packages (DOCX, XLSX).
        let corpusURL = URL(fileURLWithPath: corpus, isDirectory: true)
        var sources: [(name: String, data: Data)] = []
        for name in try fm.contentsOfDirectory(atPath: corpusURL.path).sorted()
        where !exclude.contains(where: { name.precomposedStringWithCanonicalMapping.contains($0.precomposedStringWithCanonicalMapping) }) {
            let url = corpusURL.appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue,
                  let data = fm.contents(atPath: url.path), zipVariant(data, comment: "x") != nil else { continue }
            sources.append((name, data))
        }
        guard !sources.isEmpty else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: corpusURL.path]) }
        var bytes = 0
        for k in 0..<count {
            let s = sources[k % sources.count]
            let folder = inbox.appendingPathComponent(String(format: "lo-%02d", k / sources.count), isDirectory: true)
            if k % sources.count == 0 { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
            let data = zipVariant(s.data, comment: "tonghop-bench \(k)")!
            bytes += data.count
            try data.write(to: folder.appendingPathComponent(s.name))
        }
        print("generated \(count) distinct files (\(sources.count) corpus packages, \(bytes / 1_000_000) MB) in \(inbox.path)")
        if generateOnly { return }

        var logger = Logger(label: "bench")
        logger.logLevel = .error
        let options = NightlyOptions(inbox: inbox, outbox: root.appendingPathComponent("Outbox", isDirectory: true),
                                     ledger: root.appendingPathComponent("state/ledger.sqlite"), asOf: PlanDate(iso: "2026-11-20")!)
        let nightly = NightlyRun(pipeline: pipeline, options: options, logger: logger)

        let t0 = Date()
        let first = try nightly.run()
        let firstSeconds = Date().timeIntervalSince(t0)
        report("first run", first, firstSeconds, count)

        var reruns: [Double] = []
        var last = first
        for _ in 0..<3 {
            let t = Date()
            last = try nightly.run()
            reruns.append(Date().timeIntervalSince(t))
        }
        report("rerun, no change (best of 3)", last, reruns.min()!, count)
        let size = (try? fm.attributesOfItem(atPath: options.ledger.path)[.size] as? Int) ?? 0
        print("ledger: \(size / 1_000_000) MB at \(options.ledger.path)")
        print(String(format: "RESULT first_run_s=%.2f rerun_s=%.3f files=%d", firstSeconds, reruns.min()!, count))
    }

    static func report(_ label: String, _ r: RunResult, _ seconds: Double, _ count: Int) {
        let s = r.summary
        print(String(format: "%@: %.3f s (%.1f files/s) — %d new, %d unchanged, %d duplicate, %d refused; %d current, %d superseded, %d review items",
                     label, seconds, Double(count) / seconds, s.filesNew, s.filesUnchanged, s.filesDuplicate, s.filesRefused,
                     r.digest.current, r.digest.superseded, r.digest.reviewCount))
        print("  " + r.timings.map { String(format: "%@ %.3f s", $0.stage, $0.seconds) }.joined(separator: ", "))
    }

    /// The same zip package with another archive comment (nil when not a zip).
    static func zipVariant(_ data: Data, comment: String) -> Data? { ZipBytes.withArchiveComment(data, comment) }
}

func zipVariant(_ data: Data, comment: String) -> Data? { RunLedgerBench.zipVariant(data, comment: comment) }
