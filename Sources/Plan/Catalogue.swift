// The plan's tasks as data (for 2026, section II: 24 tasks) with their lead, partners and schedule.

/// A programme, decision or plan a task refers to through a footnote of the plan,
/// e.g. "Chương trình 1322" with footnote 1 "Quyết định số 1322/QĐ-TTg …".
public struct PlanReference: Sendable, Hashable, Codable {
    /// The short name the task text uses ("Chương trình 1322", "Đề án 996"), or one derived
    /// from the footnote ("Kế hoạch 2339") when the text has only the marker.
    public var label: String
    /// The footnote number in the plan.
    public var footnote: Int?
    /// The footnote text, as written.
    public var footnoteText: String?

    public init(label: String, footnote: Int? = nil, footnoteText: String? = nil) {
        self.label = label
        self.footnote = footnote
        self.footnoteText = footnoteText
    }
}

/// Group tokens that stand for a set of units in `lead` and `partners`.
public enum UnitGroup: String, Sendable, CaseIterable, Codable {
    /// "Các phòng, đơn vị trực thuộc Sở".
    case internalUnits = "group:internal"
    /// "Các sở, ban, ngành".
    case departments = "group:departments"
    /// "Ủy ban nhân dân phường/xã và đặc khu", "các địa phương".
    case communes = "group:communes"
}

/// One task of section II.
public struct PlanTask: Sendable, Hashable, Codable {
    public var code: TaskCode
    /// The group number (the "1." … "6." heading of section II).
    public var group: Int
    /// The group heading's text, without its number.
    public var groupTitle: String
    /// The task text, as written (footnote markers removed, page breaks rejoined).
    public var text: String
    /// A few words naming the task (from the overlay; nil when nobody wrote one).
    public var shortTitle: String?
    /// The lead ("Cơ quan chủ trì" or "Cơ quan thực hiện"): unit ids or group tokens.
    public var lead: [String]
    /// The partners ("Cơ quan phối hợp"): unit ids or group tokens.
    public var partners: [String]
    /// The lead line as written.
    public var leadText: String
    /// Which label the plan used for the lead: "Cơ quan chủ trì" or "Cơ quan thực hiện".
    public var leadLabel: String
    /// The partner line as written, nil when the task has none.
    public var partnersText: String?
    public var schedule: Schedule
    public var references: [PlanReference]
    /// The expected product ("Sản phẩm: Báo cáo …"), when the plan names one.
    public var product: String?

    public init(
        code: TaskCode, group: Int, groupTitle: String, text: String, shortTitle: String? = nil,
        lead: [String], partners: [String], leadText: String, leadLabel: String = "Cơ quan chủ trì",
        partnersText: String? = nil, schedule: Schedule, references: [PlanReference] = [],
        product: String? = nil
    ) {
        self.code = code
        self.group = group
        self.groupTitle = groupTitle
        self.text = text
        self.shortTitle = shortTitle
        self.lead = lead
        self.partners = partners
        self.leadText = leadText
        self.leadLabel = leadLabel
        self.partnersText = partnersText
        self.schedule = schedule
        self.references = references
        self.product = product
    }

    /// The short title, or the start of the text when there is none.
    public var title: String {
        if let shortTitle, !shortTitle.isEmpty { return shortTitle }
        let words = text.split(separator: " ")
        return words.count <= 8 ? text : words.prefix(8).joined(separator: " ") + " …"
    }
}

/// The tasks of a plan, in plan order.
public struct Catalogue: Sendable, Hashable, Codable {
    public var tasks: [PlanTask]

    public init(tasks: [PlanTask]) {
        self.tasks = tasks
    }

    public func task(_ code: TaskCode) -> PlanTask? {
        tasks.first(where: { $0.code == code })
    }

    /// Looks a task up by any spelling `TaskCode(rawValue:)` accepts.
    public func task(_ code: String) -> PlanTask? {
        TaskCode(rawValue: code).flatMap { task($0) }
    }

    public var codes: [TaskCode] { tasks.map(\.code) }

    /// Group numbers with their titles, in plan order.
    public var groups: [(number: Int, title: String)] {
        var seen = Set<Int>()
        var out: [(Int, String)] = []
        for t in tasks where seen.insert(t.group).inserted { out.append((t.group, t.groupTitle)) }
        return out
    }
}
