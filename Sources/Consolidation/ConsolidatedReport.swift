import Extraction
import Foundation
import Plan

// The consolidated report's content, computed from a `ConsolidationInput` (pure: no files).
// Every writer (DOCX, XLSX, JSON, HTML) renders this one value, so they carry the same
// numbers. Its JSON form (with `schemaVersion`) is the machine-readable output.

public struct ConsolidatedReport: Sendable, Codable, Equatable {
    /// Bumped whenever the JSON shape changes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var pipeline: String
    public var runID: Int64
    /// The report's date (the run's date).
    public var asOf: PlanDate
    public var header: Header
    public var groups: [TaskGroup]
    public var assessment: Assessment
    public var difficulties: [MergedItem]
    public var proposals: [MergedItem]
    /// Every expected reporter and whether it reported (Phụ lục II).
    public var reporters: [ReporterRow]
    /// The current submission of each unit the report is made from.
    public var submissions: [SubmissionRow]
    public var refused: [RefusedRow]
    public var review: [ReviewRow]

    public var tasks: [TaskResult] { groups.flatMap(\.tasks) }

    /// The report's file name stem: "bao-cao-tong-hop-ct38-2026-2026-11-24".
    public var fileStem: String { "bao-cao-tong-hop-\(pipeline)-\(asOf.description)" }
}

extension ConsolidatedReport {
    public struct Header: Sendable, Codable, Equatable {
        /// "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HỒ CHÍ MINH".
        public var parentLines: [String]
        /// "SỞ KHOA HỌC VÀ CÔNG NGHỆ".
        public var issuerLines: [String]
        /// "Số: …/BC-SKHCN".
        public var numberLine: String
        /// "Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026".
        public var placeDate: String
        /// The trích yếu.
        public var subject: String
        public var recipients: [String]
        public var planTitle: String
        public var budgetPlanned: Int
        public var budgetText: String
        public var signerAuthority: String?
        public var signerTitle: String
        public var signerName: String
        /// "Nơi nhận:" lines.
        public var copies: [String]
        public var issuerName: String
    }

    public struct TaskGroup: Sendable, Codable, Equatable {
        public var number: Int
        public var title: String
        public var tasks: [TaskResult]
    }

    /// The consolidated progress of a task.
    public enum Progress: String, Sendable, Codable, CaseIterable {
        case completed, inProgress = "in_progress", notStarted = "not_started", noInformation = "no_information"

        public var label: String {
            switch self {
            case .completed: return "Hoàn thành"
            case .inProgress: return "Đang thực hiện"
            case .notStarted: return "Chưa thực hiện"
            case .noInformation: return "Chưa có thông tin"
            }
        }
    }

    public struct TaskResult: Sendable, Codable, Equatable {
        public var code: String
        public var group: Int
        /// "a", "đ".
        public var letter: String
        public var title: String
        public var text: String
        public var lead: String
        public var leadUnits: [String]
        public var schedule: String
        public var dueDate: PlanDate?
        public var progress: Progress
        public var overdue: Bool
        /// How many units gave each status (TaskStatus raw values).
        public var statusCounts: [String: Int]
        public var unitStatuses: [UnitStatus]
        public var figures: [FigureTotal]
        public var quotes: [Quote]
        /// Ids of the units that wrote about the task, in report order.
        public var contributingUnits: [String]
        /// The paragraphs of section I for this task, in Vietnamese.
        public var sentences: [String]
    }

    public struct UnitStatus: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var status: TaskStatus
        public var file: String
        public var source: String?
    }

    /// The sum of one indicator of one task over the units' current submissions.
    public struct FigureTotal: Sendable, Codable, Equatable {
        public var indicator: String
        public var label: String
        public var isMoney: Bool
        public var total: Double
        public var unitCount: Int
        public var contributions: [Contribution]
    }

    public struct Contribution: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var value: Double
        public var file: String
        public var sources: [FigureSource]
    }

    /// A unit's own words about a task, deduplicated across units.
    public struct Quote: Sendable, Codable, Equatable {
        public var text: String
        public var units: [UnitRef]
    }

    public struct UnitRef: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var file: String
        public var source: String?
    }

    /// A difficulty or proposal, near-duplicates merged, with every unit that wrote it.
    public struct MergedItem: Sendable, Codable, Equatable {
        public var text: String
        public var units: [UnitRef]
        /// The other wordings merged into this one.
        public var variants: [String]
    }

    public struct Assessment: Sendable, Codable, Equatable {
        public var taskCount: Int
        public var progressCounts: [String: Int]
        public var overdueTasks: [String]
        public var budgetPlanned: Int
        /// budget_spent_vnd summed over every unit and task.
        public var budgetReportedTotal: Double?
        public var budgetReportedUnits: Int
        /// budget_spent_vnd of the unit the plan's budget is assigned to (the Chi cục).
        public var budgetUsedByHolder: Double?
        public var budgetHolder: String?
        public var expectedReporters: Int
        public var received: Int
        public var onTime: Int
        public var late: Int
        public var missing: Int
        public var byGroup: [ReporterGroupCount]
        /// Paragraphs of section II, in Vietnamese.
        public var sentences: [String]
    }

    public struct ReporterGroupCount: Sendable, Codable, Equatable {
        public var group: String
        public var label: String
        public var expected: Int
        public var received: Int
        public var late: Int
    }

    public struct ReporterRow: Sendable, Codable, Equatable {
        public var unitID: String
        public var unitName: String
        public var kind: String
        public var deadline: PlanDate?
        public var state: ReporterStatus.State
        public var stateLabel: String
        public var documentNumber: String?
        public var documentDate: PlanDate?
        public var receivedAt: Date?
        public var file: String?
    }

    public struct SubmissionRow: Sendable, Codable, Equatable {
        public var id: Int64
        public var unitID: String
        public var unitName: String
        public var file: String
        public var sha256: String
        public var documentNumber: String?
        public var documentDate: String?
        public var receivedAt: Date
        public var supersedes: [Int64]
    }

    public struct RefusedRow: Sendable, Codable, Equatable {
        public var path: String
        public var kind: String
        public var reason: String
        public var firstSeen: Date
    }

    public struct ReviewRow: Sendable, Codable, Equatable {
        public var path: String
        public var unitID: String?
        public var unitName: String?
        public var severity: String
        public var code: String
        public var message: String
        public var source: String?
    }
}

extension TaskStatus {
    /// Vietnamese label for tables.
    public var label: String {
        switch self {
        case .completed: return "Hoàn thành"
        case .inProgress: return "Đang thực hiện"
        case .notStarted: return "Chưa thực hiện"
        case .notApplicable: return "Không phát sinh"
        case .unknown: return "Chưa nêu rõ"
        }
    }
}

extension ReporterStatus.State {
    public var label: String {
        switch self {
        case .onTime: return "Đúng hạn"
        case .late: return "Trễ hạn"
        case .unreadable: return "Gửi tệp không đọc được"
        case .missing: return "Chưa gửi"
        }
    }
}
