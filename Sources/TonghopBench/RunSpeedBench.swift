import Foundation
import Intake
import OOXML
#if canImport(Glibc)
import Glibc
#endif

/// `tonghop-bench run-speed [--files N] [--corpus DIR] [--pipeline DIR] [--keep DIR] [--tonghop PATH] [--exclude NAME-PART]…`:
/// the nightly run against the extraction it does, in one invocation, on the same files. The
/// 2,000-file scale corpus is generated (as `run-ledger` does, in a child process), then the
/// built `tonghop` (next to this executable unless `--tonghop`) runs as a child twice:
/// `tonghop extract` over the inbox (output to /dev/null), then a first `tonghop run` on a
/// fresh ledger. Before them, the C floor (`tonghop-bench floor`: libzip + libxml2 SAX over every
/// part the readers parse, doing nothing with the events) runs as a child on the same inbox.
/// Each child's wall time, CPU time and peak RSS are its own (`wait4`).
/// Targets (issue 12): run wall ≤ 1.5 × extract wall; extract CPU ≤ 2.5 × floor CPU; run peak
/// RSS ≤ 150 MB.
enum RunSpeedBench {
    struct Measure {
        var wall: Double
        var cpu: Double
        var maxRSSMiB: Double
        var status: Int32
    }

    static func main(_ args: [String]) {
        let files = Int(option("--files", args) ?? "") ?? 2000
        let corpus = option("--corpus", args) ?? "../shared/corpus/dev"
        let pipeline = option("--pipeline", args) ?? "Pipelines/ct38-2026"
        let self_ = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let tonghop = tonghopExecutable(args, for: "run-speed")
        let root = option("--keep", args) ?? FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-bench-speed-\(getpid())").path
        do {
            // Generate in a child (the parent stays small: a spawned child's peak RSS starts from its parent's).
            var excluded: [String] = []
            for (i, a) in args.enumerated() where a == "--exclude" && i + 1 < args.count { excluded += ["--exclude", args[i + 1]] }
            let gen = try spawn(self_.path, ["run-ledger", "--files", String(files), "--corpus", corpus, "--pipeline", pipeline,
                                            "--keep", root, "--generate-only"] + excluded, quiet: false)
            guard gen.status == 0 else { say("generation failed"); exit(2) }
            let inbox = root + "/Inbox"
            let floor = try spawn(self_.path, ["floor", inbox], quiet: false)
            let extract = try spawn(tonghop, ["extract", "--pipeline", pipeline, inbox], quiet: true)
            let run = try spawn(tonghop, ["run", "--pipeline", pipeline, "--inbox", inbox, "--outbox", root + "/Outbox",
                                          "--ledger", root + "/state/ledger.sqlite", "--as-of", "2026-11-20"], quiet: true)
            let rerun = try spawn(tonghop, ["run", "--pipeline", pipeline, "--inbox", inbox, "--outbox", root + "/Outbox",
                                            "--ledger", root + "/state/ledger.sqlite", "--as-of", "2026-11-20"], quiet: true)
            func line(_ label: String, _ m: Measure) -> String {
                String(format: "%@ %6.2f s wall, %6.2f s CPU, peak RSS %5.0f MB (exit %d)", label, m.wall, m.cpu, m.maxRSSMiB, m.status)
            }
            say(line("C floor (libzip + SAX): ", floor))
            say(line("tonghop extract:        ", extract))
            say(line("tonghop run (first):    ", run))
            say(line("tonghop run (no change):", rerun))
            let ratio = run.wall / extract.wall
            let floorRatio = extract.cpu / floor.cpu
            func verdict(_ ok: Bool) -> String { ok ? "met" : "NOT met" }
            say(String(format: "first run wall / extract wall = %.2f (target ≤ 1.50): %@", ratio, verdict(ratio <= 1.5)))
            say(String(format: "extract CPU / floor CPU = %.2f (target ≤ 2.50): %@", floorRatio, verdict(floorRatio <= 2.5)))
            say(String(format: "first run peak RSS = %.0f MB (target ≤ 150): %@", run.maxRSSMiB, verdict(run.maxRSSMiB <= 150)))
            say(String(format: "RESULT files=%d floor_cpu_s=%.2f extract_wall_s=%.2f extract_cpu_s=%.2f extract_rss_mb=%.0f run_wall_s=%.2f run_cpu_s=%.2f run_rss_mb=%.0f rerun_wall_s=%.3f ratio=%.2f extract_floor_ratio=%.2f",
                       files, floor.cpu, extract.wall, extract.cpu, extract.maxRSSMiB, run.wall, run.cpu, run.maxRSSMiB, rerun.wall, ratio, floorRatio))
        } catch {
            say("tonghop-bench run-speed: \(error)")
            exit(2)
        }
        if option("--keep", args) == nil { try? FileManager.default.removeItem(atPath: root) }
    }

    /// posix_spawn + wait4: the child's own rusage.
    static func spawn(_ path: String, _ arguments: [String], quiet: Bool) throws -> Measure {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for a in argv { free(a) } }
        var pid: pid_t = 0
        let start = Date()
        let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard rc == 0 else { throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: path]) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Date().timeIntervalSince(start)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Measure(wall: wall, cpu: cpu, maxRSSMiB: Double(usage.ru_maxrss) / 1024, status: exit)
    }

    /// `tonghop-bench floor DIR`: the C floor over every file below DIR (`OOXMLFloor.walk`).
    static func floor(_ args: [String]) {
        guard let dir = args.first else { say("usage: tonghop-bench floor DIR"); exit(2) }
        var paths: [String] = []
        let base = URL(fileURLWithPath: dir, isDirectory: true)
        if let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(url.path)
            }
        }
        paths.sort()
        let t0 = Date()
        var result = OOXMLFloor.Result()
        // The limits `tonghop extract` reads reports under.
        let options = FileIntake.reportReadOptions
        for p in paths {
            if let size = try? FileManager.default.attributesOfItem(atPath: p)[.size] as? Int, size > options.maxFileBytes { continue }
            OOXMLFloor.walk(path: p, options: options, into: &result)
        }
        say(String(format: "C floor: %d files (%d not opened, %d stopped at a size limit), %d parts, %.1f MB XML inflated, %d malformed parts, %.2f s",
                   result.files, result.unopened, result.stopped, result.parts, Double(result.inflatedBytes) / 1e6, result.malformed,
                   Date().timeIntervalSince(t0)))
    }
}
