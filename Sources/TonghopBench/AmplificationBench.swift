import AmplificationShapes
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `tonghop-bench amplification [--tonghop PATH] [--pipeline DIR] [--keep DIR] [--world DIR | --no-world]`:
/// issue 12's cost target — no input of up to 10 MB costs more than 2 s of CPU or 256 MB — on the
/// release build. The amplification shapes (the `AmplificationShapes` target, the same that
/// `AmplificationTests` checks for outcome and growth) are written by a child process (the
/// parent stays small: a spawned child's peak RSS starts from its parent's), then the built
/// `tonghop extract --format jsonl` (next to this executable unless `--tonghop`) runs as a child
/// on each, and on each file of `../shared/corpus/world` when present. Each child's CPU and peak
/// RSS are its own (`wait4`); start-up is included, as an office's run pays it.
enum AmplificationBench {
    static let maxCPUSeconds = 2.0
    static let maxRSSMiB = 256.0

    static func main(_ args: [String]) {
        let pipeline = option("--pipeline", args) ?? "Pipelines/ct38-2026"
        let self_ = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let tonghop = tonghopExecutable(args, for: "amplification")
        let root = option("--keep", args) ?? FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-bench-amplification-\(getpid())").path
        var over = 0, measured = 0
        var worstCPU = 0.0, worstRSS = 0.0
        func measure(_ label: String, _ path: String) throws {
            let m = try RunSpeedBench.spawn(tonghop, ["extract", "--format", "jsonl", "--pipeline", pipeline, path], quiet: true)
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let ok = m.status == 0 && m.cpu <= maxCPUSeconds && m.maxRSSMiB <= maxRSSMiB
            measured += 1
            if !ok { over += 1 }
            worstCPU = max(worstCPU, m.cpu)
            worstRSS = max(worstRSS, m.maxRSSMiB)
            say(label.padding(toLength: max(label.count, 34), withPad: " ", startingAt: 0)
                + String(format: " %6.2f MB %6.2f s CPU %5.0f MB RSS  exit %d  %@", Double(size) / 1e6, m.cpu, m.maxRSSMiB,
                         m.status, ok ? "ok" : "OVER"))
        }
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            let gen = try RunSpeedBench.spawn(self_.path, ["amplification-generate", root], quiet: false)
            guard gen.status == 0 else { say("generation failed"); exit(2) }
            say(String(format: "shapes (release tonghop extract; target ≤ %.0f s CPU, ≤ %.0f MB):", maxCPUSeconds, maxRSSMiB))
            try measure("tiny.docx (start-up)", root + "/tiny.docx")
            for shape in Amplification.shapes { try measure(shape.name, root + "/" + shape.name) }
            let shapeCount = measured, shapesOver = over
            let shapeCPU = worstCPU, shapeRSS = worstRSS
            var worldCount = 0, worldOver = 0
            let world = option("--world", args) ?? "../shared/corpus/world"
            if !args.contains("--no-world"), let walker = FileManager.default.enumerator(atPath: world) {
                let files = walker.compactMap { $0 as? String }
                    .filter { ["docx", "xlsx", "xlsm", "docm"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                say("world corpus (\(files.count) files, listed when over a bound):")
                worstCPU = 0; worstRSS = 0
                for f in files {
                    let m = try RunSpeedBench.spawn(tonghop, ["extract", "--format", "jsonl", "--pipeline", pipeline, world + "/" + f], quiet: true)
                    worldCount += 1
                    worstCPU = max(worstCPU, m.cpu)
                    worstRSS = max(worstRSS, m.maxRSSMiB)
                    if m.status != 0 || m.cpu > maxCPUSeconds || m.maxRSSMiB > maxRSSMiB {
                        worldOver += 1
                        say(String(format: "  OVER %@: %.2f s CPU, %.0f MB, exit %d", f, m.cpu, m.maxRSSMiB, m.status))
                    }
                }
                say(String(format: "world corpus: worst %.2f s CPU, %.0f MB peak RSS", worstCPU, worstRSS))
            }
            say(String(format: "RESULT shapes=%d shapes_over=%d shapes_max_cpu_s=%.2f shapes_max_rss_mb=%.0f world=%d world_over=%d world_max_cpu_s=%.2f world_max_rss_mb=%.0f: %@",
                       shapeCount, shapesOver, shapeCPU, shapeRSS, worldCount, worldOver, worstCPU, worstRSS,
                       shapesOver + worldOver == 0 ? "met" : "NOT met"))
        } catch {
            say("tonghop-bench amplification: \(error)")
            exit(2)
        }
        if option("--keep", args) == nil { try? FileManager.default.removeItem(atPath: root) }
        if over > 0 { exit(1) }
    }

    /// `tonghop-bench amplification-generate DIR`: every shape at full size, and the tiny report.
    static func generate(_ args: [String]) {
        guard let dir = args.first else { say("usage: tonghop-bench amplification-generate DIR"); exit(2) }
        do {
            try Amplification.tiny().write(to: URL(fileURLWithPath: dir + "/tiny.docx"))
            for shape in Amplification.shapes {
                try shape.make().write(to: URL(fileURLWithPath: dir + "/" + shape.name))
            }
        } catch {
            say("tonghop-bench amplification-generate: \(error)")
            exit(2)
        }
    }
}
