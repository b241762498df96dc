import Extraction
import Foundation
import Plan
import VietText

// Section I and the opening from what the units' reports say (REVIEW16 #3.1, #3.8): the
// Department's plan and request letter as most units cite them when pipeline.yaml leaves them
// blank, the lead's reminder letters, the units that issued their own implementation plans.
// Words (the document kinds, verbs, nouns, thresholds) are report.yaml `rules.citations`.

extension ConsolidatedReport {
    /// A document of the issuer that most of the units citing one of its kind cite the same.
    public struct CitedDocument: Sendable, Codable, Equatable {
        /// "115/KH-SKHCN".
        public var number: String
        public var date: PlanDate
        /// Units citing it, and units citing any document of the kind.
        public var units: Int
        public var citing: Int
    }

    /// What the units report of the direction work (section I).
    public struct Direction: Sendable, Codable, Equatable {
        /// The plan as the units cite it (only when pipeline.yaml gives no number).
        public var plan: CitedDocument?
        /// The letter asking for the reports as the units cite it (only when pipeline.yaml lists none).
        public var request: CitedDocument?
        /// Reminder letters the consolidating unit reports the Department issued.
        public var reminders: Int?
        /// Units (outside the Department) that report issuing their own implementation plan, by group.
        public var ownPlans: [GroupCount] = []
    }

    public struct GroupCount: Sendable, Codable, Equatable {
        public var group: String
        public var count: Int
    }
}

/// report.yaml `rules.citations`.
public struct CitationRules: Sendable, Equatable {
    /// The plan's kind as cited ("Kế hoạch") and its symbol's prefix before the issuer's code ("KH").
    public var planKind: String = ""
    public var planSymbol: String = ""
    /// The request letter's kind ("Công văn").
    public var requestKind: String = ""
    /// The word between a document's kind and its number ("số").
    public var numberWord: String = ""
    /// A citation is taken when at least `minUnits` units cite it and they are more than
    /// `share` of the units citing any document of its kind.
    public var minUnits: Int = 3
    public var share: Double = 0.5
    /// Words before a unit's own plan ("đã ban hành"); nouns after a count of reminder letters.
    public var issuedVerbs: [String] = []
    public var reminderNouns: [String] = []
    public init() {}
}

enum Citations {
    /// Every "<kind> <numberWord> <n>/<symbol>" ("Kế hoạch số 115/KH-SKHCN") in a text (any
    /// case) with the date after it: (number, date).
    static func cited(_ kind: String, numberWord: String, symbol: (String) -> Bool, in text: String) -> [(number: String, date: PlanDate)] {
        var out: [(String, PlanDate)] = []
        var from = text.startIndex
        while let r = text.range(of: kind + " " + numberWord + " ", options: [.caseInsensitive], range: from..<text.endIndex) {
            from = r.upperBound
            let rest = text[r.upperBound...]
            guard let m = rest.prefixMatch(of: /(\d+)\/([\p{L}\d\-]+)/), symbol(String(m.2).uppercased()) else { continue }
            guard let d = citedDate(opening: rest[m.range.upperBound...]) else { continue }
            out.append((String(m.1) + "/" + String(m.2).uppercased(), d))
        }
        return out
    }

    /// The direction work the units' texts tell, for units whose texts the input has.
    static func direction(_ input: ConsolidationInput, rules c: CitationRules, ownGroups: [String], holder: String?) -> ConsolidatedReport.Direction? {
        guard !input.texts.isEmpty, !c.planKind.isEmpty else { return nil }
        let p = input.pipeline
        guard let issuer = p.issuer.unit?.uppercased() else { return nil }
        let year = p.plan.year
        var plans: [String: [(String, PlanDate)]] = [:], letters: [String: [(String, PlanDate)]] = [:]
        var ownPlan: [String: String] = [:]
        var reminders: Int?
        // Its own plan: issued ("đã ban hành") right before a plan of another symbol, of the year.
        func ownPlanCited(_ text: String) -> String? {
            for verb in c.issuedVerbs {
                guard let r = text.range(of: verb + " ", options: [.caseInsensitive]) else { continue }
                let tail = String(text[r.upperBound...])
                guard tail.range(of: c.planKind + " " + c.numberWord + " ", options: [.caseInsensitive, .anchored]) != nil else { continue }
                if let own = cited(c.planKind, numberWord: c.numberWord, symbol: { $0.hasPrefix(c.planSymbol + "-") && $0 != c.planSymbol + "-" + issuer }, in: tail).first,
                   own.date.year == year { return own.number }
            }
            return nil
        }
        // The current reports first; then the ones they replaced, for what the latest does not
        // state (REVIEW29 #13: a unit's own plan named only in its first report is still issued;
        // a plan the latest names wins). Citations of the Department's documents: current only.
        let currentIDs = Set(input.current.map(\.id))
        for s in input.current + input.superseded {
            guard let unit = s.submission.unit?.id, let blocks = input.texts[s.id] else { continue }
            let isCurrent = currentIDs.contains(s.id)
            for text in blocks {
                // An earlier report of the unit: only its own plan, when the latest names none.
                if !isCurrent {
                    guard ownPlan[unit] == nil, input.current.contains(where: { $0.submission.unit?.id == unit }) else { break }
                    if let own = ownPlanCited(text) { ownPlan[unit] = own }
                    continue
                }
                plans[unit, default: []] += cited(c.planKind, numberWord: c.numberWord, symbol: { $0 == c.planSymbol + "-" + issuer }, in: text).filter { $0.date.year == year }
                if !c.requestKind.isEmpty {
                    letters[unit, default: []] += cited(c.requestKind, numberWord: c.numberWord, symbol: { $0.hasPrefix(issuer + "-") }, in: text).filter { $0.date.year == year && $0.date <= input.asOf }
                }
                if ownPlan[unit] == nil, let own = ownPlanCited(text) { ownPlan[unit] = own }
                // The consolidating unit's count of reminder letters ("04 văn bản đôn đốc").
                if unit == holder, reminders == nil {
                    for noun in c.reminderNouns {
                        guard let r = text.range(of: " " + noun, options: [.caseInsensitive]) else { continue }
                        let digits = text[..<r.lowerBound].reversed().prefix { $0.isNumber }
                        if !digits.isEmpty { reminders = Int(String(digits.reversed())) }
                    }
                }
            }
        }
        func consensus(_ byUnit: [String: [(String, PlanDate)]]) -> ConsolidatedReport.CitedDocument? {
            var count: [String: (number: String, date: PlanDate, n: Int)] = [:]
            var citing = 0
            for (_, cs) in byUnit where !cs.isEmpty {
                citing += 1
                var seen = Set<String>()
                for (n, d) in cs where seen.insert(n + d.description).inserted {
                    count[n + d.description, default: (n, d, 0)].n += 1
                }
            }
            // Most units, then the lowest number, then the earliest date: one number cited with
            // two dates by as many units each was the dictionary's choice, which changed from run
            // to run.
            guard let best = count.values.max(by: { a, b in a.n != b.n ? a.n < b.n : a.number != b.number ? a.number > b.number : a.date > b.date }),
                  best.n >= c.minUnits, Double(best.n) > c.share * Double(citing) else { return nil }
            return .init(number: best.number, date: best.date, units: best.n, citing: citing)
        }
        var d = ConsolidatedReport.Direction()
        if p.plan.number == nil { d.plan = consensus(plans) }
        if p.report.requestLetters.isEmpty { d.request = consensus(letters) }
        d.reminders = reminders
        // Units outside the Department, by group in the registry's order of groups.
        var byGroup: [String: Int] = [:]
        var order: [String] = []
        for unit in ownPlan.keys.sorted() {
            guard let g = p.units.unit(id: unit)?.kind.group.rawValue, !ownGroups.contains(g) else { continue }
            if byGroup[g] == nil { order.append(g) }
            byGroup[g, default: 0] += 1
        }
        let groupOrder = UnitGroup.allCases.map(\.rawValue)
        d.ownPlans = order.sorted { (groupOrder.firstIndex(of: $0) ?? 99) < (groupOrder.firstIndex(of: $1) ?? 99) }.map { .init(group: $0, count: byGroup[$0]!) }
        return d == ConsolidatedReport.Direction() ? nil : d
    }
}
