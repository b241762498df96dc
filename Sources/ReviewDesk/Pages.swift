import Consolidation
import Foundation
import Mustache
import Extraction

/// Who is looking at a page, and the token every form of it must carry.
struct SessionView: Sendable {
    var officer: String
    var csrf: String
    var loginRequired: Bool
    var flash: [String] = []
}

struct FindingFilter: Sendable, Equatable {
    var unit: String?
    var task: String?
    var kind: String?
    var severity: String?
    var state: String?

    func accepts(_ f: DeskFinding) -> Bool {
        if let unit, !unit.isEmpty, f.unitID != unit { return false }
        if let task, !task.isEmpty, f.task != task { return false }
        if let kind, !kind.isEmpty, f.kind != kind { return false }
        if let severity, !severity.isEmpty, f.severity.rawValue != severity { return false }
        if let state, !state.isEmpty, state != "all", f.state.rawValue != state { return false }
        return true
    }
}

/// The desk's pages: mustache templates (every value escaped; only the layout takes the
/// page's already-rendered body unescaped) over dictionaries built here, so that templates
/// never reach into domain types.
struct Pages: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in Templates.all { try library.register(text, named: name) }
        self.library = library
    }

    func render(_ name: String, _ object: [String: Any], session: SessionView, title: String) throws -> String {
        guard let body = library.render(object, withTemplate: name) else { throw DeskError(.invalid, "template \(name)") }
        let layout: [String: Any] = [
            "title": title, "body": body, "officer": session.officer, "csrf": session.csrf,
            "canLogout": session.loginRequired, "flash": session.flash, "hasFlash": !session.flash.isEmpty,
        ]
        return library.render(layout, withTemplate: "layout") ?? body
    }

    static func severityLabel(_ s: DeskSeverity) -> String {
        switch s {
        case .blocking: return "Chặn ký báo cáo"
        case .review: return "Cần xem"
        case .info: return "Để biết"
        }
    }

    static func stateLabel(_ s: DeskFindingState) -> String {
        switch s {
        case .open: return "Chưa xử lý"
        case .resolved: return "Đã xử lý"
        case .dismissed: return "Đã bỏ qua"
        }
    }

    static func number(_ v: Double) -> String {
        let negative = v < 0
        let a = abs(v)
        let whole = Int64(a.rounded(.down))
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 { grouped = "." + digits.suffix(3) + grouped; digits = String(digits.dropLast(3)) }
        grouped = digits + grouped
        let frac = a - Double(whole)
        if frac > 0.0000001 {
            var f = String(format: "%.3f", frac).dropFirst(2)
            while f.hasSuffix("0") { f = f.dropLast() }
            grouped += "," + f
        }
        return (negative ? "-" : "") + grouped
    }

    static func date(_ iso: String?) -> String {
        guard let iso, iso.count >= 10 else { return iso ?? "" }
        let p = iso.prefix(10).split(separator: "-")
        guard p.count == 3 else { return iso }
        return "\(p[2])/\(p[1])/\(p[0])"
    }

    /// A place in a file as the officer reads it: "đoạn 12", "bảng 3, dòng 5, cột 3", "ô C13 (trang tính “Báo cáo”)".
    static func place(_ location: String?) -> String {
        guard let location, !location.isEmpty else { return "" }
        switch PassageFinder.place(location) {
        case .paragraph(let part, let i)?: return "đoạn \(i)" + Self.partSuffix(part)
        case .tableCell(let part, let t, let r, let c)?: return "bảng \(t), dòng \(r), cột \(c)" + Self.partSuffix(part)
        case .sheetCell(let sheet, _, _)?:
            return "ô \(location.split(separator: "!").last ?? "") (trang tính “\(sheet)”)"
        case nil:
            return location.hasPrefix("quyết định số") || location.hasPrefix("nhập tay") ? location : "vị trí \(location)"
        }
    }

    static func query(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    static func partSuffix(_ part: String) -> String {
        if part == "word/document.xml" { return "" }
        if part.contains("header") { return " (đầu trang)" }
        if part.contains("footer") { return " (chân trang)" }
        if part.contains("footnote") || part.contains("endnote") { return " (chú thích)" }
        return ""
    }

    func findingRow(_ f: DeskFinding) -> [String: Any] {
        [
            "id": f.id, "unit": f.unitName, "unitID": f.unitID ?? "", "task": f.task ?? "", "kind": f.kindLabel,
            // swift-mustache renders a section for an empty string: presence is a Bool.
            "hasUnitID": !(f.unitID ?? "").isEmpty, "hasTask": !(f.task ?? "").isEmpty,
            "hasPlace": !Self.place(f.place).isEmpty,
            "severity": Self.severityLabel(f.severity), "severityClass": f.severity.rawValue,
            "message": f.message, "quote": f.quote ?? "", "hasQuote": f.quote != nil, "place": Self.place(f.place),
            "file": f.file ?? "", "state": Self.stateLabel(f.state), "isOpen": f.state == .open, "note": f.note ?? "",
            "hasNote": !(f.note ?? "").isEmpty,
        ]
    }

    // MARK: - Pages

    func login(error: String?) throws -> String {
        library.render(["error": error ?? "", "hasError": error != nil], withTemplate: "login") ?? ""
    }

    func error(_ e: DeskError) throws -> String {
        library.render(["message": e.message], withTemplate: "error") ?? e.message
    }

    /// The headline as the report states it: reports received upward, the Department's own,
    /// dated tasks completed and overdue.
    static func headlineLines(_ h: ConsolidatedReport.Headline) -> [String] {
        let r = h.reporting, o = h.ownReporting
        var lines = ["Cơ quan, địa phương đã gửi báo cáo: \(r.received)/\(r.expected) (trễ hạn \(r.late); gửi bản thay thế, bổ sung sau hạn \(r.laterAfterDeadline); tệp không đọc được \(r.unreadable); chưa gửi \(r.missing))."]
        if o.expected > 0 { lines.append("Phòng, đơn vị trực thuộc Sở đã gửi báo cáo: \(o.received)/\(o.expected).") }
        if h.datedTasks > 0 {
            lines.append("Nhiệm vụ có thời hạn đã hoàn thành: \(h.dated[ConsolidatedReport.Phase.completed.rawValue] ?? 0)/\(h.datedTasks); quá hạn: \(h.overdue.count).")
        }
        return lines
    }

    func overview(_ s: DeskSnapshot, session: SessionView) throws -> String {
        let open = s.findings.filter { $0.state == .open }
        let blocking = open.filter { $0.severity == .blocking }
        let late = s.units.filter { $0.reportingKind == .late || $0.reportingKind == .missing || $0.reportingKind == .unreadable }
        let object: [String: Any] = [
            "plan": s.planTitle, "asOf": Self.date(s.asOf),
            "blockingCount": blocking.count, "hasBlocking": !blocking.isEmpty,
            "blocking": blocking.prefix(20).map(findingRow),
            "reviewCount": open.filter { $0.severity == .review }.count,
            "infoCount": open.filter { $0.severity == .info }.count,
            // The report's headline figures, read from the consolidation (no count of the desk's own).
            "headlineLines": (s.headline.map(Self.headlineLines) ?? []).map { ["text": $0] },
            "groups": s.groups.map { g in
                ["label": g.label, "expected": g.expected, "onTime": g.onTime, "late": g.late,
                 "unreadable": g.unreadable, "missing": g.missing] as [String: Any]
            },
            // Grouped as the completeness table, files that could not be read first: a list of
            // 150 names is read a group at a time.
            "chasingGroups": Dictionary(grouping: late, by: \.group).sorted { $0.key < $1.key }.map { group, units in
                let ordered = units.sorted { a, b in
                    let rank: [DeskUnit.ReportingKind: Int] = [.unreadable: 0, .late: 1, .missing: 2]
                    return (rank[a.reportingKind] ?? 3, a.name) < (rank[b.reportingKind] ?? 3, b.name)
                }
                let counts = [(DeskUnit.ReportingKind.unreadable, "tệp không đọc được"), (.late, "trễ hạn"), (.missing, "chưa gửi")]
                    .compactMap { k, l -> String? in
                        let n = units.filter { $0.reportingKind == k }.count
                        return n > 0 ? "\(n) \(l)" : nil
                    }.joined(separator: ", ")
                return ["group": group, "summary": counts, "open": units.count <= 12,
                        "units": ordered.map { u in
                            ["id": u.id, "name": u.name, "state": u.reporting, "phone": u.phone ?? "", "email": u.email ?? "",
                             "hasContact": (u.phone ?? "").isEmpty == false || (u.email ?? "").isEmpty == false] as [String: Any]
                        }] as [String: Any]
            },
            "hasChasing": !late.isEmpty,
            "refused": s.refused.map { r in
                ["file": r.file, "reason": r.reason, "unit": r.suggestedUnit ?? "", "hasUnit": r.suggestedUnit != nil,
                 "submission": r.submissionID.map(String.init) ?? "", "canAccept": r.submissionID != nil] as [String: Any]
            },
            "hasRefused": !s.refused.isEmpty,
            "changes": s.changes, "hasChanges": !s.changes.isEmpty,
            "csrf": session.csrf,
        ]
        return try render("overview", object, session: session, title: "Tổng quan")
    }

    func findings(_ s: DeskSnapshot, filter: FindingFilter, session: SessionView) throws -> String {
        let shown = s.findings.filter(filter.accepts)
        // One section per kind (most severe first, as listed); within it, the same words
        // across files are one thing to settle and stand together.
        var kindsInOrder: [String] = []
        var byKind: [String: [DeskFinding]] = [:]
        for f in shown {
            if byKind[f.kindLabel] == nil { kindsInOrder.append(f.kindLabel) }
            byKind[f.kindLabel, default: []].append(f)
        }
        let sections: [[String: Any]] = kindsInOrder.map { label in
            let items = byKind[label]!
            var groups: [(quote: String?, items: [DeskFinding])] = []
            var index: [String: Int] = [:]
            for f in items {
                // Findings without the unit's words share one table; the same words, theirs.
                guard let q = f.quote else {
                    if let last = groups.indices.last, groups[last].quote == nil { groups[last].items.append(f) } else { groups.append((nil, [f])) }
                    continue
                }
                let key = q.lowercased()
                if let i = index[key] { groups[i].items.append(f) } else { index[key] = groups.count; groups.append((q, [f])) }
            }
            return ["kind": label, "count": items.count, "severity": Self.severityLabel(items[0].severity),
                    "severityClass": items[0].severity.rawValue,
                    "groups": groups.map { g in
                        ["many": g.items.count > 1 && g.quote != nil, "count": g.items.count, "quote": g.quote ?? "", "items": g.items.map(findingRow)] as [String: Any]
                    }]
        }
        func options(_ pairs: [(String, String)], selected: String?) -> [[String: Any]] {
            pairs.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == (selected ?? "")] }
        }
        // By label, then by id: two of one label keep one order every time.
        let kinds = Dictionary(s.findings.map { ($0.kind, $0.kindLabel) }, uniquingKeysWith: { a, _ in a })
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
        let units = Dictionary(s.findings.compactMap { f in f.unitID.map { ($0, f.unitName) } }, uniquingKeysWith: { a, _ in a })
            .sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
        let object: [String: Any] = [
            "count": shown.count, "sections": sections, "none": shown.isEmpty,
            "units": [["value": "", "label": "Tất cả đơn vị", "selected": false]] + options(units, selected: filter.unit),
            "tasks": [["value": "", "label": "Tất cả nhiệm vụ", "selected": false]]
                + options(s.tasks.map { ($0.code, $0.code) }, selected: filter.task),
            "kinds": [["value": "", "label": "Tất cả loại", "selected": false]] + options(kinds, selected: filter.kind),
            "severities": [["value": "", "label": "Mọi mức", "selected": false]]
                + options(DeskSeverity.allCases.map { ($0.rawValue, Self.severityLabel($0)) }, selected: filter.severity),
            "states": options([("open", "Chưa xử lý"), ("resolved", "Đã xử lý"), ("dismissed", "Đã bỏ qua"), ("all", "Tất cả")],
                              selected: filter.state),
        ]
        return try render("findings", object, session: session, title: "Phát hiện cần xem")
    }

    func finding(_ f: DeskFinding, passage: DeskPassage?, numbers found: [DeskNumber] = [], snapshot s: DeskSnapshot,
                 session: SessionView) throws -> String {
        // The unit's current entry this finding is about, when there is one: its status and
        // task can be corrected here.
        let unit = s.units.first { u in u.submissions.contains { $0.id == f.submissionID && $0.current } }
        let entry = unit?.entries.first { $0.task == f.task && $0.ordinal != nil }
        let kindIs = { (prefixes: [String]) in prefixes.contains { f.kind.hasPrefix($0) } }
        // What extraction could not place: offered to a task (the ones the finding names
        // first, the first of them chosen) or to nothing in this plan.
        let candidates = Self.namedTasks(in: f.message, codes: s.tasks.map(\.code))
        // Every number of the row or passage, each offered with its value and the indicator
        // the vocabulary suggests; without the document's text, the number the finding quotes.
        var numbers = found
        if numbers.isEmpty, let n = Self.firstNumber(in: Self.quotes(f.message), skippingFirst: kindIs(["task-"])) {
            numbers = [DeskNumber(number: Self.number(n), context: Self.quotes(f.message).last ?? "", value: n, indicator: nil, chosen: true)]
        }
        let numberRows: [[String: Any]] = numbers.enumerated().map { k, n in
            ["n": k, "number": n.number, "context": n.context, "value": Self.number(n.value), "chosen": n.chosen,
             "counted": n.countedAs != nil, "countedAs": n.countedAs ?? "",
             "indicators": s.indicators.map { ["id": $0.id, "label": $0.label, "selected": $0.id == n.indicator] }]
        }
        let assignTasks: [[String: Any]] = candidates.enumerated().map { i, c in
            ["code": c, "title": Self.shortTitle(s.tasks.first { $0.code == c }?.title ?? ""), "selected": i == 0]
        } + s.tasks.filter { !candidates.contains($0.code) }.map { ["code": $0.code, "title": Self.shortTitle($0.title), "selected": false] }
        let object: [String: Any] = [
            "f": findingRow(f), "csrf": session.csrf, "back": "/findings/\(f.id)",
            "findingID": f.id,
            "assign": Self.assignableKinds.contains(f.kind) && f.submissionID != nil && f.state == .open,
            "assignTasks": assignTasks, "hasCandidates": !candidates.isEmpty,
            "candidates": candidates.joined(separator: ", "),
            "numbers": numberRows, "hasNumbers": !numberRows.isEmpty, "extraNumber": numberRows.count,
            "passageKept": passage?.kept ?? true, "hasRows": !(passage?.rows.isEmpty ?? true),
            "hasPassage": passage != nil,
            "passageFile": passage?.file ?? "", "passagePlace": passage?.place ?? "",
            "rows": (passage?.rows ?? []).map { row in ["cells": row.map(Self.cell)] },
            // A table row read on a phone: each cell under its column's header, one per line.
            "hasPairs": Self.pairs(passage) != nil,
            "pairs": (Self.pairs(passage) ?? []).map { ["head": $0.head, "text": $0.text, "mark": $0.mark] },
            "tasks": s.tasks.map { ["code": $0.code, "title": Self.shortTitle($0.title), "selected": $0.code == f.task] },
            "statuses": s.statuses.map { ["id": $0.id, "label": $0.label] },
            "indicators": s.indicators.map { ["id": $0.id, "label": $0.label] },
            "submission": f.submissionID.map(String.init) ?? "", "hasSubmission": f.submissionID != nil,
            "units": s.units.filter { $0.reportingKind != .notExpected }.map { ["id": $0.id, "name": $0.name] },
            "hasEntry": entry != nil, "entry": entry?.ordinal.map(String.init) ?? "", "entryTask": entry?.task ?? "",
            "entryStatus": entry?.status ?? "",
            "unitPage": unit.map { "/units/\($0.id)" } ?? "", "hasUnitPage": unit != nil,
            "teachStatus": kindIs(["status"]), "teachIndicator": kindIs(["figure", "task-unmatched", "amount"]),
            "teachAlias": kindIs(["unit", "unknown-unit"]),
            "setUnit": kindIs(["unit", "unknown-unit"]) && f.submissionID != nil,
            "phrase": f.quote ?? "",
        ]
        return try render("finding", object, session: session, title: f.kindLabel)
    }

    /// A passage's cell for the template: its text, split around the words the finding is
    /// about when it holds them (those are shown marked inside the marked cell).
    static func cell(_ c: DeskPassage.Cell) -> [String: Any] {
        var out: [String: Any] = ["text": c.text, "mark": c.highlighted, "split": false]
        if let w = c.words, let r = c.text.range(of: w) {
            out["split"] = true
            out["before"] = String(c.text[..<r.lowerBound])
            out["words"] = w
            out["after"] = String(c.text[r.upperBound...])
        }
        return out
    }

    /// A task's title short enough for a picker on a phone (an option cannot wrap; a 390 px
    /// screen shows about 38 characters with the code): its first words up to 26 characters,
    /// "…" when cut. The code stands before it.
    static func shortTitle(_ title: String) -> String {
        let limit = 26
        guard title.count > limit else { return title }
        var out = ""
        for w in title.split(separator: " ") {
            if out.count + w.count + 1 > limit { break }
            out += out.isEmpty ? String(w) : " " + w
        }
        if out.isEmpty { out = String(title.prefix(limit)) }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: ",;:–- ")) + "…"
    }

    /// Kinds of findings about something extraction read but could not place under a task.
    static let assignableKinds: Set<String> = [
        "task-unmatched", "task-ambiguous", "task-unknown", "figure-without-task", "figure-unrecognized", "amount-unplaced",
        "task-close-call", "figure-odd-for-task",
    ]

    /// Task codes of the catalogue a message names, in the order it names them.
    static func namedTasks(in message: String, codes: [String]) -> [String] {
        let known = Set(codes)
        var out: [String] = []
        for raw in message.split(whereSeparator: { $0.isWhitespace }) {
            var w = raw.trimmingCharacters(in: CharacterSet(charactersIn: "(),;:“”"))
            if !known.contains(w), w.hasSuffix(".") { w.removeLast() }
            if known.contains(w), !out.contains(w) { out.append(w) }
        }
        return out
    }

    /// The words a message puts in “…”.
    static func quotes(_ message: String) -> [String] { Finding.quotes(in: message) }

    /// The first number the quoted words hold ("12 hộ" → 12, "1.250.000 đồng" → 1250000); the
    /// first quote skipped when it is a row's label rather than a figure.
    static func firstNumber(in quotes: [String], skippingFirst: Bool) -> Double? {
        for q in quotes.dropFirst(skippingFirst ? 1 : 0) {
            for w in q.split(whereSeparator: { $0.isWhitespace || $0 == ";" }) {
                let t = w.trimmingCharacters(in: CharacterSet(charactersIn: "(),:"))
                if t.first?.isNumber == true, let v = VietNumberInput.parse(t) { return v }
            }
        }
        return nil
    }

    /// A passage of a header row and one row (or one wide row) as header/value pairs.
    static func pairs(_ p: DeskPassage?) -> [(head: String, text: String, mark: Bool)]? {
        guard let p, let last = p.rows.last, last.count >= 3 else { return nil }
        let head = p.rows.count >= 2 ? p.rows[p.rows.count - 2] : []
        let out = last.enumerated().compactMap { i, c -> (String, String, Bool)? in
            let h = i < head.count ? head[i].text : ""
            guard !c.text.isEmpty || c.highlighted else { return nil }
            return (h.isEmpty ? "Cột \(i + 1)" : h, c.text, c.highlighted)
        }
        return out.isEmpty ? nil : out
    }

    func passage(_ p: DeskPassage?, place: String, back: String, session: SessionView) throws -> String {
        let object: [String: Any] = [
            "hasPassage": p != nil, "passageFile": p?.file ?? "", "passagePlace": p?.place ?? Self.place(place), "back": back,
            "passageKept": p?.kept ?? true,
            "rows": (p?.rows ?? []).map { row in ["cells": row.map(Self.cell)] },
            "hasPairs": Self.pairs(p) != nil,
            "pairs": (Self.pairs(p) ?? []).map { ["head": $0.head, "text": $0.text, "mark": $0.mark] },
        ]
        return try render("passage", object, session: session, title: "Trong văn bản")
    }

    func taught(_ t: DeskTeaching, session: SessionView) throws -> String {
        let object: [String: Any] = [
            "what": t.what, "officer": t.officer, "at": t.at, "reread": t.filesReread,
            "changes": t.changes, "hasChanges": !t.changes.isEmpty, "count": t.changes.count,
        ]
        return try render("taught", object, session: session, title: "Kết quả dạy chương trình")
    }

    func refused(_ r: DeskRefusedFile, snapshot s: DeskSnapshot, session: SessionView) throws -> String {
        let object: [String: Any] = [
            "file": r.file, "reason": r.reason, "submission": r.submissionID.map(String.init) ?? "", "csrf": session.csrf,
            "back": "/", "suggested": r.suggestedUnit ?? "",
            "units": s.units.filter { $0.reportingKind != .notExpected }.map { ["id": $0.id, "name": $0.name, "selected": $0.name == r.suggestedUnit] },
            "tasks": s.tasks.map { ["code": $0.code, "title": Self.shortTitle($0.title)] },
            "statuses": s.statuses.map { ["id": $0.id, "label": $0.label] },
            "indicators": s.indicators.map { ["id": $0.id, "label": $0.label] },
        ]
        return try render("refused", object, session: session, title: "Nhập tay tệp không đọc được")
    }

    func units(_ s: DeskSnapshot, session: SessionView) throws -> String {
        let object: [String: Any] = [
            "units": s.units.filter { $0.reportingKind != .notExpected || !$0.submissions.isEmpty }.map { u in
                ["id": u.id, "name": u.name, "state": u.reporting, "stateClass": u.reportingKind.rawValue,
                 "group": u.group, "count": u.submissions.count] as [String: Any]
            },
        ]
        return try render("units", object, session: session, title: "Đơn vị báo cáo")
    }

    func unit(_ u: DeskUnit, snapshot s: DeskSnapshot, session: SessionView) throws -> String {
        let current = u.submissions.first(where: \.current)
        let object: [String: Any] = [
            "id": u.id, "name": u.name, "state": u.reporting, "phone": u.phone ?? "", "email": u.email ?? "",
            "hasPhone": !(u.phone ?? "").isEmpty, "hasEmail": !(u.email ?? "").isEmpty,
            "csrf": session.csrf, "back": "/units/\(u.id)",
            "submissions": u.submissions.map { sub in
                ["id": String(sub.id), "file": sub.file, "received": Self.date(sub.receivedAt), "number": sub.number ?? "",
                 "date": Self.date(sub.date), "current": sub.current, "refused": sub.refusedReason ?? "",
                 "isRefused": sub.refusedReason != nil] as [String: Any]
            },
            "hasCurrent": current != nil,
            // A report of no known unit keeps "chưa rõ" unless the officer picks one.
            "unitOptions": (u.reportingKind == .notExpected && u.group == "Chưa rõ đơn vị"
                            ? [["id": "", "name": "Chưa rõ đơn vị", "selected": true] as [String: Any]] : [])
                + s.units.filter { $0.reportingKind != .notExpected || ($0.id == u.id && u.group != "Chưa rõ đơn vị") }.map {
                    ["id": $0.id, "name": $0.name, "selected": $0.id == u.id] as [String: Any]
                },
            "currentID": current.map { String($0.id) } ?? "",
            "currentNumber": current?.number ?? "", "currentDate": Self.date(current?.date),
            "entries": u.entries.map { e in
                ["task": e.task, "title": e.taskTitle, "status": e.status, "statusCorrected": e.statusCorrected,
                 "entry": e.ordinal.map(String.init) ?? "", "editable": e.ordinal != nil && current != nil,
                 "statusOptions": s.statuses.map { ["id": $0.id, "label": $0.label, "selected": $0.label == e.status] },
                 "taskOptions": s.tasks.map { ["code": $0.code, "title": Self.shortTitle($0.title), "selected": $0.code == e.task] },
                 "hasFigures": !e.figures.isEmpty,
                 "figures": e.figures.map { fig in
                     ["task": fig.task, "indicator": fig.indicator, "label": fig.indicatorLabel, "entry": fig.entry.map(String.init) ?? "",
                      "placeLink": fig.place.flatMap { p in PassageFinder.place(p) == nil ? nil : current.map { c in
                          "/passage?submission=\(c.id)&unit=\(Self.query(u.id))&at=\(Self.query(p))" } } ?? "",
                      "hasPlaceLink": fig.place.map { PassageFinder.place($0) != nil } == true && current != nil,
                      "editable": fig.entry != nil && current != nil,
                      "value": Self.number(fig.value), "place": Self.place(fig.place), "corrected": fig.corrected] as [String: Any]
                 }] as [String: Any]
            },
            "statuses": s.statuses.map { ["id": $0.id, "label": $0.label] },
            "indicators": s.indicators.map { ["id": $0.id, "label": $0.label] },
            "tasks": s.tasks.map { ["code": $0.code, "title": Self.shortTitle($0.title)] },
            "findings": s.findings.filter { $0.unitID == u.id }.map(findingRow),
        ]
        return try render("unit", object, session: session, title: u.name)
    }

    func decisions(_ list: [DeskDecision], session: SessionView) throws -> String {
        let object: [String: Any] = [
            "csrf": session.csrf,
            "decisions": list.map { d in
                ["id": String(d.id), "officer": d.officer, "at": d.at, "what": d.what, "old": d.oldValue ?? "",
                 "new": d.newValue ?? "", "note": d.note, "reverted": d.reverted, "stale": d.stale,
                 "canRevert": !d.reverted && d.revertible] as [String: Any]
            },
        ]
        return try render("decisions", object, session: session, title: "Nhật ký quyết định")
    }

    func report(_ s: DeskSnapshot, preview: [String], decisions: [DeskDecision], outbox: String, session: SessionView) throws -> String {
        let blocking = s.findings.filter { $0.state == .open && $0.severity == .blocking }.count
        // The log is newest first: what was decided after the last report was built.
        let lastBuild = decisions.firstIndex { $0.what.hasPrefix("Lập báo cáo") }
        let since = decisions[..<(lastBuild ?? decisions.count)].filter { !$0.reverted }
        func kind(_ line: String) -> String {
            if line.range(of: #"^[IVX]+\. "#, options: .regularExpression) != nil || line.hasPrefix("BÁO CÁO") { return "h1" }
            if line.range(of: #"^[0-9]+\. "#, options: .regularExpression) != nil { return "h2" }
            if line.range(of: #"^[a-zđ]\) "#, options: .regularExpression) != nil { return "h3" }
            return "p"
        }
        let object: [String: Any] = [
            "csrf": session.csrf, "blocking": blocking, "hasBlocking": blocking > 0, "outbox": outbox,
            "paragraphs": preview.map { line in [kind(line): true, "text": line] as [String: Any] },
            "lastBuilt": lastBuild.map { decisions[$0].at } ?? "", "hasLastBuilt": lastBuild != nil,
            "since": since.map { ["what": $0.what, "new": $0.newValue ?? "", "hasNew": !($0.newValue ?? "").isEmpty,
                                  "officer": $0.officer, "at": $0.at] as [String: Any] },
            "hasSince": !since.isEmpty,
        ]
        return try render("report", object, session: session, title: "Báo cáo")
    }
}
