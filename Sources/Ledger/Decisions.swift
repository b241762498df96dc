import Extraction
import Foundation
import GRDB
import Plan

/// What an officer's decision is about. Targets name what stays stable across runs: a
/// submission by its ledger id, an entry by its position in that submission, a figure by its
/// entry and indicator, a finding by its submission, code and place.
public enum DecisionTarget: Sendable, Hashable {
    case submission(Int64)
    case entry(submissionID: Int64, entry: Int)
    case figure(submissionID: Int64, entry: Int, indicator: IndicatorID)
    /// A finding; `submissionID` nil for findings about a file without a submission.
    case finding(submissionID: Int64?, code: String, source: String?)
    case decision(Int64)

    public var submissionID: Int64? {
        switch self {
        case .submission(let s), .entry(let s, _), .figure(let s, _, _): return s
        case .finding(let s, _, _): return s
        case .decision: return nil
        }
    }
}

/// What the officer decided.
public enum DecisionAction: Sendable, Hashable {
    /// A finding is not a problem (target: finding).
    case dismissFinding
    /// A finding was dealt with (target: finding).
    case resolveFinding
    /// A figure's value is this (target: figure).
    case setFigureValue(Double)
    /// A figure counts this indicator instead (target: figure).
    case setFigureIndicator(IndicatorID)
    /// A figure belongs to this task instead (target: figure).
    case setFigureTask(TaskCode)
    /// An entry's status is this (target: entry).
    case setStatus(TaskStatus)
    /// The submission is this unit's (target: submission).
    case setUnit(String)
    /// The submission's own date (target: submission).
    case setDate(PlanDate)
    /// The submission's number (target: submission).
    case setNumber(String)
    /// A passage speaks of this task; nil: of nothing in this plan (target: entry).
    case assignPassage(TaskCode?)
    /// What extraction could not place (a row or passage without a task, an ambiguous task, an
    /// unrecognised figure) belongs to a task, with its figure, or to nothing in this plan
    /// (target: finding).
    case assignFinding(FindingAssignment)
    /// A refused file read by hand: the officer's reading stands as the submission's
    /// (target: submission).
    case acceptByHand(HandReading)
    /// Undoes an earlier decision (target: decision).
    case revert

    /// The stored kind.
    public var kind: String {
        switch self {
        case .dismissFinding: return "dismiss-finding"
        case .resolveFinding: return "resolve-finding"
        case .setFigureValue: return "figure-value"
        case .setFigureIndicator: return "figure-indicator"
        case .setFigureTask: return "figure-task"
        case .setStatus: return "status"
        case .setUnit: return "submission-unit"
        case .setDate: return "submission-date"
        case .setNumber: return "submission-number"
        case .assignPassage: return "assign-passage"
        case .assignFinding: return "assign-finding"
        case .acceptByHand: return "accept-by-hand"
        case .revert: return "revert"
        }
    }

    /// The stored new value.
    public var value: String? {
        switch self {
        case .dismissFinding, .resolveFinding, .revert: return nil
        case .setFigureValue(let v): return String(v)
        case .setFigureIndicator(let i): return i.rawValue
        case .setFigureTask(let t): return t.rawValue
        case .setStatus(let s): return s.rawValue
        case .setUnit(let u): return u
        case .setDate(let d): return d.description
        case .setNumber(let n): return n
        case .assignPassage(let t): return t?.rawValue ?? DecisionAction.notThisPlan
        case .assignFinding(let a): return DecisionAction.json(a)
        case .acceptByHand(let h): return DecisionAction.json(h)
        }
    }

    static func json<T: Encodable>(_ v: T) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: (try? e.encode(v)) ?? Data("{}".utf8), as: UTF8.self)
    }

    /// The stored value of "not this plan".
    public static let notThisPlan = "none"

    init?(kind: String, value: String?) {
        switch kind {
        case "dismiss-finding": self = .dismissFinding
        case "resolve-finding": self = .resolveFinding
        case "figure-value": guard let v = value.flatMap(Double.init) else { return nil }; self = .setFigureValue(v)
        case "figure-indicator": guard let v = value, !v.isEmpty else { return nil }; self = .setFigureIndicator(IndicatorID(v))
        case "figure-task": guard let t = value.flatMap(TaskCode.init(rawValue:)) else { return nil }; self = .setFigureTask(t)
        case "status": guard let s = value.flatMap(TaskStatus.init(rawValue:)) else { return nil }; self = .setStatus(s)
        case "submission-unit": guard let u = value, !u.isEmpty else { return nil }; self = .setUnit(u)
        case "submission-date": guard let d = value.flatMap(PlanDate.init(iso:)) else { return nil }; self = .setDate(d)
        case "submission-number": guard let n = value else { return nil }; self = .setNumber(n)
        case "assign-passage":
            guard let v = value else { return nil }
            if v == DecisionAction.notThisPlan { self = .assignPassage(nil) } else {
                guard let t = TaskCode(rawValue: v) else { return nil }
                self = .assignPassage(t)
            }
        case "assign-finding":
            guard let v = value, let a = try? JSONDecoder().decode(FindingAssignment.self, from: Data(v.utf8)) else { return nil }
            self = .assignFinding(a)
        case "accept-by-hand":
            guard let v = value, let h = try? JSONDecoder().decode(HandReading.self, from: Data(v.utf8)) else { return nil }
            self = .acceptByHand(h)
        case "revert": self = .revert
        default: return nil
        }
    }

    /// Which targets the action applies to.
    func fits(_ target: DecisionTarget) -> Bool {
        switch (self, target) {
        case (.dismissFinding, .finding), (.resolveFinding, .finding): return true
        case (.setFigureValue, .figure), (.setFigureIndicator, .figure), (.setFigureTask, .figure): return true
        case (.setStatus, .entry), (.assignPassage, .entry): return true
        case (.assignFinding, .finding): return true
        case (.acceptByHand, .submission): return true
        case (.setUnit, .submission), (.setDate, .submission), (.setNumber, .submission): return true
        case (.revert, .decision): return true
        default: return false
        }
    }
}

/// Where an officer puts what extraction could not place: a task of the catalogue (nil: not
/// this plan), every number of the row or passage the officer chose with the indicator it
/// counts, and a status when the passage states one. One decision settles the finding with
/// all of them; reverting it undoes them all.
public struct FindingAssignment: Sendable, Hashable, Codable {
    /// One number placed: the indicator it counts and its value.
    public struct Placed: Sendable, Hashable, Codable {
        public var indicator: String
        public var value: Double
        public init(indicator: IndicatorID, value: Double) { self.indicator = indicator.rawValue; self.value = value }
        public var indicatorID: IndicatorID { IndicatorID(indicator) }
    }
    public var task: String?
    public var figures: [Placed]
    public var status: String?
    public init(task: TaskCode?, figures: [Placed] = [], status: TaskStatus? = nil) {
        self.task = task?.rawValue; self.figures = figures; self.status = status?.rawValue
    }
    /// One number (the shape decisions had before several could be placed at once).
    public init(task: TaskCode?, indicator: IndicatorID?, value: Double?, status: TaskStatus? = nil) {
        var placed: [Placed] = []
        if let indicator, let value { placed.append(Placed(indicator: indicator, value: value)) }
        self.init(task: task, figures: placed, status: status)
    }
    public var taskCode: TaskCode? { task.flatMap(TaskCode.init(rawValue:)) }
    public var taskStatus: TaskStatus? { status.flatMap(TaskStatus.init(rawValue:)) }

    enum CodingKeys: String, CodingKey { case task, figures, status, indicator, value }

    /// Reads both stored shapes: `figures` (a list), and the older single `indicator` and
    /// `value` that decisions recorded before.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        task = try c.decodeIfPresent(String.self, forKey: .task)
        status = try c.decodeIfPresent(String.self, forKey: .status)
        if let list = try c.decodeIfPresent([Placed].self, forKey: .figures) {
            figures = list
        } else if let i = try c.decodeIfPresent(String.self, forKey: .indicator), let v = try c.decodeIfPresent(Double.self, forKey: .value) {
            figures = [Placed(indicator: IndicatorID(i), value: v)]
        } else {
            figures = []
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(task, forKey: .task)
        try c.encode(figures, forKey: .figures)
        try c.encodeIfPresent(status, forKey: .status)
    }
}

/// A refused file as an officer read it by hand: the unit, the date on the paper, one task
/// with its status and figures (indicator id → value).
public struct HandReading: Sendable, Hashable, Codable {
    public var unit: String
    public var date: String?
    public var task: String
    public var status: String
    public var figures: [String: Double]
    public init(unit: String, date: String?, task: String, status: String, figures: [String: Double]) {
        self.unit = unit; self.date = date; self.task = task; self.status = status; self.figures = figures
    }
}

/// One decision as the ledger holds it.
public struct Decision: Sendable, Hashable, Identifiable {
    public var id: Int64
    public var madeAt: Date
    /// Who decided (the officer's account name).
    public var officer: String
    public var target: DecisionTarget
    public var action: DecisionAction
    /// The value before the decision, as the officer saw it (for the record).
    public var oldValue: String?
    public var note: String
    /// The earlier live decision of the same kind on the same target that this one replaces.
    public var supersedes: Int64?

    public init(id: Int64, madeAt: Date, officer: String, target: DecisionTarget, action: DecisionAction, oldValue: String? = nil,
                note: String = "", supersedes: Int64? = nil) {
        self.id = id; self.madeAt = madeAt; self.officer = officer; self.target = target; self.action = action
        self.oldValue = oldValue; self.note = note; self.supersedes = supersedes
    }
}

/// The decision table's row.
struct DecisionRow: LedgerRecord {
    static let databaseTableName = "decision"
    var id: Int64?
    var madeAt: Date
    var officer: String
    var kind: String
    var submissionId: Int64?
    var entryOrdinal: Int?
    var indicator: String?
    var findingCode: String?
    var findingSource: String?
    var oldValue: String?
    var newValue: String?
    var note: String
    var supersedes: Int64?
    var reverts: Int64?

    var decision: Decision? {
        guard let id, let action = DecisionAction(kind: kind, value: newValue) else { return nil }
        let target: DecisionTarget
        if let r = reverts {
            target = .decision(r)
        } else if let c = findingCode {
            target = .finding(submissionID: submissionId, code: c, source: findingSource)
        } else if let s = submissionId, let e = entryOrdinal, let i = indicator {
            target = .figure(submissionID: s, entry: e, indicator: IndicatorID(i))
        } else if let s = submissionId, let e = entryOrdinal {
            target = .entry(submissionID: s, entry: e)
        } else if let s = submissionId {
            target = .submission(s)
        } else {
            return nil
        }
        return Decision(id: id, madeAt: madeAt, officer: officer, target: target, action: action, oldValue: oldValue, note: note,
                        supersedes: supersedes)
    }
}

extension Ledger {
    public struct DecisionRefused: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Records a decision (append-only). Refuses an action that does not fit its target, a
    /// target submission or decision that does not exist, and an empty officer name. The
    /// decision supersedes the latest live decision of the same kind on the same target.
    @discardableResult
    public func decide(_ action: DecisionAction, on target: DecisionTarget, by officer: String, note: String = "",
                       oldValue: String? = nil, at date: Date = Date()) throws -> Decision {
        let who = officer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !who.isEmpty else { throw DecisionRefused(message: "a decision needs the officer's name") }
        guard action.fits(target) else { throw DecisionRefused(message: "\(action.kind) does not apply to \(target)") }
        return try db.write { db in
            if let s = target.submissionID, try !SubmissionRecord.exists(db, key: s) {
                throw DecisionRefused(message: "no submission \(s) in the ledger")
            }
            var row = DecisionRow(id: nil, madeAt: date, officer: who, kind: action.kind, submissionId: target.submissionID,
                                  entryOrdinal: nil, indicator: nil, findingCode: nil, findingSource: nil, oldValue: oldValue,
                                  newValue: action.value, note: note, supersedes: nil, reverts: nil)
            switch target {
            case .submission: break
            case .entry(_, let e): row.entryOrdinal = e
            case .figure(_, let e, let i): row.entryOrdinal = e; row.indicator = i.rawValue
            case .finding(_, let c, let src): row.findingCode = c; row.findingSource = src
            case .decision(let d):
                guard try DecisionRow.exists(db, key: d) else { throw DecisionRefused(message: "no decision \(d) in the ledger") }
                row.reverts = d
            }
            if case .decision = target {} else {
                let live = try Ledger.liveDecisions(db)
                row.supersedes = live.last { $0.target == target && $0.action.kind == action.kind }?.id
            }
            try row.insert(db)
            row.id = db.lastInsertedRowID
            return row.decision!
        }
    }

    /// Undoes a decision by recording one that reverts it.
    @discardableResult
    public func revert(_ decisionID: Int64, by officer: String, note: String = "", at date: Date = Date()) throws -> Decision {
        try decide(.revert, on: .decision(decisionID), by: officer, note: note, at: date)
    }

    /// Every decision ever made, in order (reverts included).
    public func decisions() throws -> [Decision] {
        try db.read { db in try DecisionRow.order(Column("id")).fetchAll(db).compactMap(\.decision) }
    }

    static func liveDecisions(_ db: Database) throws -> [Decision] {
        DecisionLog(try DecisionRow.order(Column("id")).fetchAll(db).compactMap(\.decision)).live
    }
}

/// The decisions in force: every decision not reverted (a revert of a revert restores).
public struct DecisionLog: Sendable {
    public var all: [Decision]
    public init(_ all: [Decision]) { self.all = all.sorted { $0.id < $1.id } }

    public var live: [Decision] {
        var active: [Int64: Bool] = [:]
        var byID: [Int64: Decision] = [:]
        func setActive(_ id: Int64, _ on: Bool) {
            active[id] = on
            // Reverting a revert brings its target back.
            if let d = byID[id], case .decision(let inner) = d.target { setActive(inner, !on) }
        }
        for d in all {
            byID[d.id] = d
            active[d.id] = true
            if case .decision(let target) = d.target { setActive(target, false) }
        }
        return all.filter { active[$0.id] == true && $0.action != .revert }
    }
}
