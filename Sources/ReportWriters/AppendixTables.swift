import Consolidation
import Foundation
import Plan
import VietText

/// A value of an appendix cell: text stays text in every output; numbers are numbers.
public enum AppendixValue: Sendable, Equatable {
    case text(String)
    case number(Double)
    case money(Double)

    /// How the DOCX and HTML show it: "1.250.000".
    public var display: String {
        switch self {
        case .text(let s): return s
        case .number(let v), .money(let v): return VietFormat.number(v)
        }
    }
}

public struct AppendixColumn: Sendable {
    public var title: String
    /// Relative width in the DOCX.
    public var weight: Int
    public var centered: Bool
}

public struct AppendixRow: Sendable {
    public var cells: [AppendixValue]
    /// A total row.
    public var bold: Bool
}

/// One appendix as a table: the same rows go to the DOCX (Phụ lục I–III) and the XLSX.
public struct AppendixTable: Sendable {
    public var title: String
    public var sheetName: String
    public var columns: [AppendixColumn]
    public var rows: [AppendixRow]
}

public enum AppendixTables {
    /// Unit sentences per task in Phụ lục I: the DOCX's and the XLSX's (every sentence is in
    /// the JSON and on the review page).
    static let quotesInCell = 2
    static let quotesInSheet = 4

    /// `detailed` (the XLSX): every unit name, the file of each report, the verbatim source of
    /// each figure, every sentence. Without it (the DOCX) cells stay short enough to print.
    public static func all(_ v: VietnameseRenderer, detailed: Bool = false) -> [AppendixTable] {
        [taskProgress(v, detailed: detailed), reporting(v, detailed: detailed), figures(v, detailed: detailed)]
    }

    static func roman(_ n: Int) -> String { ["I", "II", "III", "IV", "V", "VI"][max(0, min(n - 1, 5))] }

    static func columns(_ v: VietnameseRenderer, _ key: String, _ spec: [(Int, Bool)]) -> [AppendixColumn] {
        let titles = v.definition.wording.list(key)
        return zip(titles, spec).map { AppendixColumn(title: $0, weight: $1.0, centered: $1.1) }
    }

    static func title(_ v: VietnameseRenderer, _ i: Int) -> (String, String) {
        let titles = v.definition.wording.list("appendix.titles"), sheets = v.definition.wording.list("appendix.sheetNames")
        return (i < titles.count ? titles[i] : "", i < sheets.count ? sheets[i] : "PL \(roman(i + 1))")
    }

    /// Phụ lục I: each task's state (the same value as the body's), the units' statuses,
    /// figures and the units' own sentences that say what was done. What the state rests on
    /// is the review page's (the Department does not comment on its own units upward).
    public static func taskProgress(_ v: VietnameseRenderer, detailed: Bool) -> AppendixTable {
        let columns = columns(v, "appendix.taskColumns", [(4, true), (23, false), (12, false), (10, false), (10, true), (15, false), (36, false)])
        var rows: [AppendixRow] = []
        for (i, t) in v.report.tasks.enumerated() {
            var state = v.taskStateLabel(t)
            if t.overdue != nil { state += "\n(" + v.definition.wording("labels.overdue").lowercased() + ")" }
            var result: [String] = []
            let figures = v.taskFiguresLine(t)
            if !figures.isEmpty { result.append(figures + ".") }
            let quotes = Array(t.statements.filter(v.hasContent).prefix(detailed ? quotesInSheet : quotesInCell))
            result += quotes.map(v.quote)
            let units = v.statusBreakdown(t)
            rows.append(AppendixRow(cells: [
                .number(Double(i + 1)), .text("\(t.code). \(t.title)"), .text(t.leadText), .text(t.schedule), .text(state),
                .text(units), .text(result.joined(separator: "\n")),
            ], bold: false))
        }
        let (title, sheet) = title(v, 0)
        return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows)
    }

    /// Phụ lục II: every expected reporter, its report's number and date (of the same
    /// submission), when it was received, and whether on time, late, unreadable or missing.
    public static func reporting(_ v: VietnameseRenderer, detailed: Bool) -> AppendixTable {
        var spec: [(Int, Bool)] = [(5, true), (24, false), (12, false), (10, true), (11, true), (10, true), (13, true), (10, true)]
        if detailed { spec.append((22, false)) }
        let columns = columns(v, "appendix.reportingColumns", spec)
        var rows: [AppendixRow] = []
        for (i, s) in v.report.reporters.enumerated() {
            var cells: [AppendixValue] = [
                .number(Double(i + 1)), .text(s.unitName), .text(s.kind), .text(s.deadline.map(VietFormat.date) ?? ""),
                .text(s.documentNumber ?? ""), .text(s.documentDate.map(VietFormat.date) ?? ""),
                .text(s.receivedAt.flatMap(v.meaningfulReceipt) ?? ""), .text(v.reportingLabel(s.state)),
            ]
            if detailed { cells.append(.text(VietText.nfc(s.file ?? ""))) }
            rows.append(AppendixRow(cells: cells, bold: false))
        }
        let (title, sheet) = title(v, 1)
        return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows)
    }

    /// Phụ lục III: figures per task, indicator and unit, with the total of each. Detailed
    /// (XLSX): one row per unit with the file, place and words each figure was read from, and
    /// a bold total row per indicator. Compact (DOCX): one row per task and indicator, the
    /// units' values listed in one cell.
    public static func figures(_ v: VietnameseRenderer, detailed: Bool) -> AppendixTable {
        var rows: [AppendixRow] = []
        let (title, sheet) = title(v, 2)
        if !detailed {
            let columns = columns(v, "appendix.figureColumns", [(5, true), (8, true), (20, false), (11, false), (7, true), (49, false)])
            var n = 0
            for t in v.report.tasks {
                for f in t.figures {
                    n += 1
                    // A reported zero is not a contribution (the workbook keeps every row).
                    let each = f.contributions.filter { $0.value != 0 }.map { "\(v.shortName($0.unitName)): \(VietFormat.number($0.value))" }.joined(separator: "; ")
                    rows.append(AppendixRow(cells: [
                        .number(Double(n)), .text(t.code), .text(v.indicatorLabel(f.indicator)), f.isMoney ? .money(f.total) : .number(f.total),
                        .number(Double(f.unitCount)), .text(each),
                    ], bold: false))
                }
            }
            return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows)
        }
        let columns = columns(v, "appendix.figureDetailColumns", [(5, true), (8, true), (22, false), (22, false), (11, false), (20, false), (32, false)])
        var n = 0
        for t in v.report.tasks {
            for f in t.figures {
                for c in f.contributions {
                    n += 1
                    let src = c.sources.map { "\($0.location): \($0.text)" }.joined(separator: " | ")
                    rows.append(AppendixRow(cells: [
                        .number(Double(n)), .text(t.code), .text(v.indicatorLabel(f.indicator)), .text(c.unitName),
                        f.isMoney ? .money(c.value) : .number(c.value), .text(VietText.nfc(c.file)), .text(src),
                    ], bold: false))
                }
                rows.append(AppendixRow(cells: [
                    .text(""), .text(t.code), .text(v.indicatorLabel(f.indicator)), .text(v.definition.wording("appendix.total", ["n": VietFormat.count(f.unitCount)])),
                    f.isMoney ? .money(f.total) : .number(f.total), .text(""), .text(""),
                ], bold: true))
            }
        }
        return AppendixTable(title: title, sheetName: sheet, columns: columns, rows: rows)
    }
}
