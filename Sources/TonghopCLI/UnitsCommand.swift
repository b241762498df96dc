import ArgumentParser
import Foundation
import Plan

struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "The reporting units: list them, or find one by what people write.",
        subcommands: [List.self, Find.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the units (id, kind, name, deadline).")

        @OptionGroup var options: PipelineOptions

        @Option(help: "Only one kind: ward, commune, special-zone, internal, department.")
        var kind: String?

        @Flag(help: "Also print every alias.")
        var aliases = false

        func run() throws {
            let p = try options.load()
            let wanted = try kind.map { k -> ReportingUnit.Kind in
                guard let v = ReportingUnit.Kind(rawValue: k) else { throw ValidationError("không có loại đơn vị '\(k)' (ward, commune, special-zone, internal, department)") }
                return v
            }
            var count = 0
            for u in p.units.units where wanted == nil || u.kind == wanted {
                count += 1
                let deadline = p.reporterRule(for: u).map { "hạn \($0.rule == .before ? "trước" : "đến hết") \($0.deadline.displayText)" } ?? "không báo cáo"
                print("\(padded(u.id, 13)) \(padded(u.kind.displayName, 20)) \(padded(truncated(u.name, 60), 60)) \(deadline)")
                if aliases { for a in u.aliases { print("    \(a)") } }
            }
            print("\(count) đơn vị.")
        }
    }

    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find units by a name as people write it ('p sai gon', 'chi cuc', 'so y te', 'ubnd xa binh chanh').",
            discussion: "Best first, with a score (100: exactly one of the unit's names). Exit codes: 0 found; 1 nothing found; 2 could not run.")

        @OptionGroup var options: PipelineOptions

        @Argument(help: "What to look for.")
        var query: [String]

        @Option(help: "At most this many results.")
        var limit = 10

        func run() throws {
            let p = try options.load()
            let q = query.joined(separator: " ")
            let hits = p.units.search(q).prefix(limit)
            if hits.isEmpty {
                print("Không tìm thấy đơn vị nào cho “\(q)”. Thử tên khác, hoặc xem cả danh sách: tonghop units list.")
                throw ExitCode(ExitStatus.nothingFound)
            }
            for h in hits {
                print("\(padded(String(h.score), 4)) \(padded(h.unit.id, 13)) \(padded(h.unit.kind.displayName, 20)) \(h.unit.name)")
            }
        }
    }
}
