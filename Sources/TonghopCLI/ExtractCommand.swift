import ArgumentParser
import Consolidation
import Extraction
import Foundation
import Intake

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract each report: unit, number and date, tasks with status and figures, difficulties and proposals.",
        discussion: """
            PATH is a file or a folder (walked). One result per file; refused files get theirs too. \
            Exit codes: 0 every file got its result; 2 a path does not exist or cannot be read (nothing is printed).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @OptionGroup var pipelineOptions: PipelineOptions

    @Option(help: "Output format: text (for people) or jsonl (the extraction contract).")
    var format: Format = .text

    @Argument(help: "Files or folders.")
    var paths: [String]

    func run() throws {
        try runReportingProblems(work)
    }

    private func work() throws {
        let files = try reportFiles(under: paths, command: "extract", skipping: false)
        let (_, intake) = try pipelineOptions.loadIntake()
        // Files are independent: read them on every core, print in input order.
        for s in intake.takeAll(files) {
            switch format {
            case .jsonl: print(ContractJSON.line(s))
            case .text: print(TextReport.render(s))
            }
        }
    }
}

/// The human-readable form of a submission.
enum TextReport {
    static func render(_ s: Submission) -> String {
        var out = "== \(s.file)\n"
        if s.status == .rejected {
            out += "   TỪ CHỐI: \(s.reason ?? "")\n"
            return out
        }
        out += "   Đơn vị: \(s.unit.map { "\($0.name) (\($0.id))" } ?? "— chưa xác định —")\n"
        out += "   Số: \(s.document.number ?? "—")   Ngày: \(s.document.date.map(VietFormat.date(iso:)) ?? "—")\n"
        for e in s.entries {
            out += "   \(e.task)  [\(statusText(e.status))]"
            if !e.indicators.isEmpty {
                out += "  " + e.indicators.sorted { $0.key < $1.key }.map { "\($0.key)=\(VietFormat.number($0.value.value))" }.joined(separator: ", ")
            }
            out += "\n"
        }
        for d in s.difficulties { out += "   Khó khăn: \(d.text)\n" }
        for p in s.proposals { out += "   Kiến nghị: \(p.text)\n" }
        for f in s.findings { out += "   ! \(f.message)\(f.source.map { " [\($0)]" } ?? "")\n" }
        return out
    }

    static func statusText(_ s: TaskStatus) -> String {
        switch s {
        case .completed: return "hoàn thành"
        case .inProgress: return "đang thực hiện"
        case .notStarted: return "chưa thực hiện"
        case .notApplicable: return "không phát sinh"
        case .unknown: return "chưa rõ"
        }
    }

}
