import VietText

/// When a task is to be carried out, as the plan's "Thời gian thực hiện" line says it,
/// parsed into a typed value. The text as written is always kept (`raw`).
public enum Schedule: Sendable, Hashable {
    /// "Quý I, II và III/2026": quarters 1…4 of a year; due at the end of the last quarter.
    case quarters([Int], year: Int, raw: String)
    /// "Từ tháng 01/2026 đến tháng 11/2026" (or one month "Tháng 11/2026"); due at the end
    /// of the last month.
    case months(from: YearMonth, to: YearMonth, raw: String)
    /// "Trước ngày 30/6/2026", "Chậm nhất ngày 30 tháng 6 năm 2026": due on that day.
    case byDate(PlanDate, raw: String)
    /// "Thường xuyên": all year, no due date.
    case ongoing(raw: String)
    /// "Định kỳ hoặc đột xuất theo yêu cầu", "Khi có yêu cầu": no fixed due date.
    case periodicOrOnRequest(raw: String)
    /// Text no rule understood. Importing keeps it (with a diagnostic); loading a pipeline
    /// reports it as a problem.
    case unparsed(raw: String)

    /// The text as written in the plan (without the sentence's final period).
    public var raw: String {
        switch self {
        case .quarters(_, _, let raw), .months(_, _, let raw), .byDate(_, let raw), .ongoing(let raw), .periodicOrOnRequest(let raw), .unparsed(let raw):
            return raw
        }
    }

    /// The last day the task is due, when the schedule has one.
    public var dueDate: PlanDate? {
        switch self {
        case .quarters(let qs, let year, _):
            guard let last = qs.max() else { return nil }
            return PlanDate.endOfMonth(year: year, month: last * 3)
        case .months(_, let to, _):
            return PlanDate.endOfMonth(year: to.year, month: to.month)
        case .byDate(let d, _):
            return d
        case .ongoing, .periodicOrOnRequest, .unparsed:
            return nil
        }
    }

    /// The stable name of the case, as written in catalogue files.
    public var kind: String {
        switch self {
        case .quarters: return "quarters"
        case .months: return "months"
        case .byDate: return "by-date"
        case .ongoing: return "ongoing"
        case .periodicOrOnRequest: return "on-request"
        case .unparsed: return "unparsed"
        }
    }

    /// Vietnamese summary for tables: "Quý I, II, III/2026 (hạn 30/09/2026)".
    public var displayText: String {
        switch self {
        case .quarters(let qs, let year, _):
            let romans = qs.map { Schedule.roman[$0 - 1] }.joined(separator: ", ")
            return "Quý \(romans)/\(year)" + (dueDate.map { " (hạn \($0.displayText))" } ?? "")
        case .months(let from, let to, _):
            let span = from == to ? "Tháng \(to)" : "Tháng \(from) – \(to)"
            return span + (dueDate.map { " (hạn \($0.displayText))" } ?? "")
        case .byDate(let d, _): return "Hạn \(d.displayText)"
        case .ongoing: return "Thường xuyên"
        case .periodicOrOnRequest: return "Định kỳ / theo yêu cầu"
        case .unparsed(let raw): return raw
        }
    }

    static let roman = ["I", "II", "III", "IV"]

    /// Parses a "Thời gian thực hiện" text. Returns `.unparsed` when no rule applies.
    public static func parse(_ text: String) -> Schedule {
        let raw = Schedule.cleanRaw(text)
        let f = VietText.fold(raw)
        if let s = parseQuarters(f, raw: raw) { return s }
        if let s = parseMonths(f, raw: raw) { return s }
        if let s = parseDate(f, raw: raw) { return s }
        if let s = parseYear(f, raw: raw) { return s }
        if f.hasPrefix("thuong xuyen") || f == "ca nam" || f.hasPrefix("hang nam") || f.hasPrefix("lien tuc") || f.hasPrefix("hang quy")
            || f.hasPrefix("hang thang") || f.hasPrefix("dinh ky hang") { return .ongoing(raw: raw) }
        if f.contains("theo yeu cau") || f.contains("khi co yeu cau") || f.hasPrefix("dinh ky") || f.contains("dot xuat") {
            return .periodicOrOnRequest(raw: raw)
        }
        return .unparsed(raw: raw)
    }

    /// Collapses white space and drops the sentence's final period.
    static func cleanRaw(_ text: String) -> String {
        var s = VietText.collapseWhitespace(text)
        while s.hasSuffix(".") || s.hasSuffix(";") { s.removeLast() }
        return VietText.collapseWhitespace(s)
    }

    /// False when a pattern that must match `word` (lower-case ASCII letters, or "/") cannot
    /// match `f`: its bytes do not hold the word. Such a character is that one scalar alone (no
    /// other scalar is canonically equivalent to it), so a pattern matching characters finds
    /// it only where the bytes are. Each pattern literal is built into a program every time it
    /// is evaluated (some 2 M instructions): 13 of the catalogue's 24 schedules ("Thường
    /// xuyên") were tried against all eight, 180 M at every command's start.
    private static func mayMatch(_ f: String, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        let b = Array(f.utf8)
        guard b.count >= w.count else { return false }
        for i in 0...(b.count - w.count) where b[i] == w[0] {
            if (1..<w.count).allSatisfy({ b[i + $0] == w[$0] }) { return true }
        }
        return false
    }

    // "quy i, ii va iii/2026", "quy i va ii /2026", "quy iv/2026", "quy i - iii nam 2026"
    private static func parseQuarters(_ f: String, raw: String) -> Schedule? {
        guard mayMatch(f, "quy"), let m = f.wholeMatch(of: /(?:trong\s+|truoc\s+het\s+|het\s+)?quy\s+([ivxaden,&\s\-–1-4]+?)\s*(?:\/|nam)\s*(\d{4})/) else { return nil }
        guard let year = Int(m.2) else { return nil }
        let spec = String(m.1)
        var quarters: [Int] = []
        var rangeStart: Int? = nil
        var pendingRange = false
        for token in spec.split(whereSeparator: { $0 == "," || $0 == " " }) {
            let t = String(token)
            if t == "va" || t == "&" { continue }
            if t == "den" || t == "-" || t == "–" { pendingRange = true; continue }
            // "i-iii" written without spaces.
            let pieces = t.split(separator: "-").map(String.init)
            for (i, p) in pieces.enumerated() {
                guard let q = roman.firstIndex(of: p.uppercased()).map({ $0 + 1 }) ?? Int(p).flatMap({ (1...4).contains($0) ? $0 : nil }) else { return nil }
                if (pendingRange || i > 0), let start = rangeStart, q > start {
                    quarters.append(contentsOf: (start + 1)...q)
                } else {
                    quarters.append(q)
                }
                rangeStart = q
                pendingRange = false
            }
        }
        let sorted = Array(Set(quarters)).sorted()
        guard !sorted.isEmpty, !pendingRange else { return nil }
        return .quarters(sorted, year: year, raw: raw)
    }

    // "truoc ngay 30/6/2026", "cham nhat ngay 30 thang 6 nam 2026", "hoan thanh truoc 30/06/2026", "ngay 15/11/2026"
    private static func parseDate(_ f: String, raw: String) -> Schedule? {
        // Each pattern holds "/" or "thang".
        guard mayMatch(f, "/") || mayMatch(f, "thang") else { return nil }
        let patterns: [Regex<(Substring, Substring, Substring, Substring)>] = [
            /(?:hoan\s+thanh\s+)?(?:truoc|cham\s+nhat(?:\s+la)?|den(?:\s+het)?|han|trong)?\s*(?:ngay\s+)?(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/,
            /(?:hoan\s+thanh\s+)?(?:truoc|cham\s+nhat(?:\s+la)?|den(?:\s+het)?|han|trong)?\s*(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/,
        ]
        for p in patterns {
            if let m = f.wholeMatch(of: p), let d = Int(m.1), let mo = Int(m.2), let y = Int(m.3), let date = PlanDate(year: y, month: mo, day: d) {
                return .byDate(date, raw: raw)
            }
        }
        return nil
    }

    // "nam 2026", "trong nam 2026", "ca nam 2026", "6 thang dau nam 2026", "6 thang cuoi nam 2026"
    private static func parseYear(_ f: String, raw: String) -> Schedule? {
        guard mayMatch(f, "nam") else { return nil }
        if let m = f.wholeMatch(of: /(?:trong\s+|ca\s+|suot\s+)?nam\s+(\d{4})/), let y = Int(m.1) {
            return .months(from: YearMonth(year: y, month: 1), to: YearMonth(year: y, month: 12), raw: raw)
        }
        if let m = f.wholeMatch(of: /(?:trong\s+)?(\d{1,2})\s+thang\s+(dau|cuoi)\s+nam\s+(\d{4})/), let n = Int(m.1), (1...12).contains(n), let y = Int(m.3) {
            let first = m.2 == "dau"
            return .months(from: YearMonth(year: y, month: first ? 1 : 13 - n), to: YearMonth(year: y, month: first ? n : 12), raw: raw)
        }
        return nil
    }

    // "tu thang 01/2026 den thang 11/2026", "thang 11/2026", "tu thang 01 den thang 11/2026"
    private static func parseMonths(_ f: String, raw: String) -> Schedule? {
        guard mayMatch(f, "thang") else { return nil }
        if let m = f.wholeMatch(of: /(?:tu\s+)?thang\s+(\d{1,2})(?:\s*(?:\/|nam)\s*(\d{4}))?\s*(?:den|-|–)\s*(?:het\s+)?thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/) {
            guard let m1 = Int(m.1), let m2 = Int(m.3), let y2 = Int(m.4), (1...12).contains(m1), (1...12).contains(m2) else { return nil }
            let y1 = m.2.flatMap { Int($0) } ?? y2
            let from = YearMonth(year: y1, month: m1), to = YearMonth(year: y2, month: m2)
            guard from <= to else { return nil }
            return .months(from: from, to: to, raw: raw)
        }
        if let m = f.wholeMatch(of: /(?:trong\s+|hoan\s+thanh\s+(?:trong\s+)?|truoc\s+het\s+|het\s+|cuoi\s+)?thang\s+(\d{1,2})\s*(?:\/|nam)\s*(\d{4})/) {
            guard let mo = Int(m.1), let y = Int(m.2), (1...12).contains(mo) else { return nil }
            let ym = YearMonth(year: y, month: mo)
            return .months(from: ym, to: ym, raw: raw)
        }
        return nil
    }
}

/// JSON/YAML shape: {"kind": "quarters", "text": "Quý I, II và III/2026", "year": 2026,
/// "quarters": [1, 2, 3], "due": "2026-09-30"}; months as "from"/"to" "01/2026".
extension Schedule: Codable {
    private enum Key: String, CodingKey { case kind, text, year, quarters, from, to, due }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(raw, forKey: .text)
        switch self {
        case .quarters(let qs, let year, _):
            try c.encode(year, forKey: .year)
            try c.encode(qs, forKey: .quarters)
        case .months(let from, let to, _):
            try c.encode(from.description, forKey: .from)
            try c.encode(to.description, forKey: .to)
        default: break
        }
        try c.encodeIfPresent(dueDate, forKey: .due)
    }

    /// Decoding re-parses the text (the typed fields are derived from it).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self = Schedule.parse(try c.decode(String.self, forKey: .text))
    }
}
