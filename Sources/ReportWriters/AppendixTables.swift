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
    /// Names listed in a DOCX cell before "và N đơn vị khác".
    static let namesInCell = 8

    /// `detailed` (the XLSX): every unit name, the file of each report, the verbatim source of
    /// each figure. Without it (the DOCX) cells stay short enough to print.
    public static func all(_ r: ConsolidatedReport, detailed: Bool = false) -> [AppendixTable] {
        [taskProgress(r, fullLists: detailed), reporting(r, detailed: detailed), figures(r, detailed: detailed)]
    }

    static func roman(_ n: Int) -> String { ["I", "II", "III", "IV", "V", "VI"][max(0, min(n - 1, 5))] }

    static func col(_ title: String, _ weight: Int, centered: Bool = false) -> AppendixColumn {
        AppendixColumn(title: title, weight: weight, centered: centered)
    }

    static func names(_ list: [String], full: Bool) -> String {
        if full || list.count <= namesInCell { return list.joined(separator: "; ") }
        return list.prefix(namesInCell).joined(separator: "; ") + " và \(list.count - namesInCell) đơn vị khác"
    }

    /// Phụ lục I: task × progress × lead × schedule × contributing units.
    public static func taskProgress(_ r: ConsolidatedReport, fullLists: Bool) -> AppendixTable {
        let columns = [
            col("TT", 5, centered: true), col("Mã nhiệm vụ", 8, centered: true), col("Nhiệm vụ", 25), col("Cơ quan chủ trì", 13),
            col("Thời gian thực hiện", 12), col("Tiến độ", 9, centered: true), col("Quá hạn", 6, centered: true),
            col("Số đơn vị báo cáo", 7, centered: true), col("Tình trạng theo báo cáo của đơn vị", 14), col("Đơn vị báo cáo", 22),
        ]
        var rows: [AppendixRow] = []
        for (i, t) in r.tasks.enumerated() {
            let order: [(TaskStatusKey, String)] = [
                ("completed", "hoàn thành"), ("in_progress", "đang thực hiện"), ("not_started", "chưa thực hiện"),
                ("not_applicable", "không phát sinh"), ("unknown", "chưa nêu rõ"),
            ]
            let breakdown = order.compactMap { k, label in t.statusCounts[k].map { "\($0) \(label)" } }.joined(separator: "; ")
            rows.append(AppendixRow(cells: [
                .number(Double(i + 1)), .text(t.code), .text(t.title), .text(t.lead), .text(t.schedule), .text(t.progress.label),
                .text(t.overdue ? "Quá hạn" : ""), .number(Double(t.unitStatuses.count)), .text(breakdown),
                .text(names(t.unitStatuses.map(\.unitName), full: fullLists)),
            ], bold: false))
        }
        return AppendixTable(title: "Tiến độ thực hiện các nhiệm vụ của Kế hoạch", sheetName: "PL I - Tiến độ nhiệm vụ", columns: columns, rows: rows)
    }

    typealias TaskStatusKey = String

    /// Phụ lục II: every expected reporter, received when, on time or late, missing.
    public static func reporting(_ r: ConsolidatedReport, detailed: Bool) -> AppendixTable {
        var columns = [
            col("TT", 5, centered: true), col("Đơn vị", 24), col("Loại đơn vị", 12), col("Hạn gửi báo cáo", 10, centered: true),
            col("Số văn bản", 11, centered: true), col("Ngày văn bản", 10, centered: true), col("Thời điểm tiếp nhận", 13, centered: true),
            col("Tình trạng", 10, centered: true),
        ]
        if detailed { columns.append(col("Tệp báo cáo", 22)) }
        var rows: [AppendixRow] = []
        for (i, s) in r.reporters.enumerated() {
            var cells: [AppendixValue] = [
                .number(Double(i + 1)), .text(s.unitName), .text(s.kind), .text(s.deadline.map(VietFormat.date) ?? ""),
                .text(s.documentNumber ?? ""), .text(s.documentDate.map(VietFormat.date) ?? ""),
                .text(s.receivedAt.map(VietFormat.dateTime) ?? ""), .text(s.stateLabel),
            ]
            if detailed { cells.append(.text(VietText.nfc(s.file ?? ""))) }
            rows.append(AppendixRow(cells: cells, bold: false))
        }
        return AppendixTable(title: "Tình hình gửi báo cáo của các đơn vị", sheetName: "PL II - Tình hình báo cáo", columns: columns, rows: rows)
    }

    /// Phụ lục III: figures per task, indicator and unit, with the total of each. Detailed
    /// (XLSX): one row per unit with the file, place and words each figure was read from, and
    /// a bold total row per indicator. Compact (DOCX): one row per task and indicator, the
    /// units' values listed in one cell.
    public static func figures(_ r: ConsolidatedReport, detailed: Bool) -> AppendixTable {
        var rows: [AppendixRow] = []
        if !detailed {
            let columns = [
                col("TT", 5, centered: true), col("Mã nhiệm vụ", 8, centered: true), col("Chỉ tiêu", 20), col("Tổng cộng", 11),
                col("Số đơn vị", 7, centered: true), col("Số liệu của từng đơn vị", 49),
            ]
            var n = 0
            for t in r.tasks {
                for f in t.figures {
                    n += 1
                    let each = f.contributions.map { "\($0.unitName): \(VietFormat.number($0.value))" }.joined(separator: "; ")
                    rows.append(AppendixRow(cells: [
                        .number(Double(n)), .text(t.code), .text(f.label), f.isMoney ? .money(f.total) : .number(f.total),
                        .number(Double(f.unitCount)), .text(each),
                    ], bold: false))
                }
            }
            return AppendixTable(title: "Số liệu của các đơn vị theo từng nhiệm vụ", sheetName: "PL III - Số liệu theo đơn vị", columns: columns, rows: rows)
        }
        let columns = [
            col("TT", 5, centered: true), col("Mã nhiệm vụ", 8, centered: true), col("Chỉ tiêu", 22), col("Đơn vị", 22),
            col("Số liệu", 11), col("Tệp", 20), col("Nguồn (vị trí: nguyên văn)", 32),
        ]
        var n = 0
        for t in r.tasks {
            for f in t.figures {
                for c in f.contributions {
                    n += 1
                    let src = c.sources.map { "\($0.location): \($0.text)" }.joined(separator: " | ")
                    rows.append(AppendixRow(cells: [
                        .number(Double(n)), .text(t.code), .text(f.label), .text(c.unitName),
                        f.isMoney ? .money(c.value) : .number(c.value), .text(VietText.nfc(c.file)), .text(src),
                    ], bold: false))
                }
                rows.append(AppendixRow(cells: [
                    .text(""), .text(t.code), .text(f.label), .text("Cộng (\(f.unitCount) đơn vị)"),
                    f.isMoney ? .money(f.total) : .number(f.total), .text(""), .text(""),
                ], bold: true))
            }
        }
        return AppendixTable(title: "Số liệu của các đơn vị theo từng nhiệm vụ", sheetName: "PL III - Số liệu theo đơn vị", columns: columns, rows: rows)
    }
}
