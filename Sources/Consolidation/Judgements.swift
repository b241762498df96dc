import Extraction
import Foundation
import Plan
import VietText

/// A figure one unit gives under two tasks in the same words ("3026 mẫu hàng hóa" in its
/// passage on 5.a, "3.026 mẫu hàng hóa" in its table row for 5.b) is one figure: it counts once,
/// under the task its passage belongs to. Equal values in other words ("03 hội nghị",
/// "03 lớp tập huấn nội bộ") or in bare cells of two task rows are different figures.
enum Restatements {
    /// The words around a figure without its number: "mau hang hoa".
    static func phrase(_ s: FigureSource) -> String {
        var t = VietText.fold(s.text)
        // "02 (hai) lớp": the number in words is the number again.
        while let open = t.firstIndex(of: "("), let close = t[open...].firstIndex(of: ")") {
            t.removeSubrange(open...close)
        }
        t = String(t.map { $0.isNumber || $0 == "." || $0 == "," || $0 == "=" ? " " : $0 })
        return VietText.collapseWhitespace(t).trimmingCharacters(in: .whitespaces)
    }

    /// True for a table cell or a spreadsheet cell: where a unit writes a task's own figures.
    static func isTablePlace(_ location: String) -> Bool {
        location.contains("table") || location.contains("!")
    }

    /// `oneWork`: indicators of one piece of work (inspections, their cơ sở, violations and
    /// fines). A count of it restated under two tasks is the same work only when the unit's
    /// other figures of that work agree wherever both tasks give them: "03 cuộc kiểm tra" at 19
    /// cơ sở under one task and at 18 under another are two sets of inspections (REVIEW12 #7).
    static func find(_ rows: [Consolidator.UnitTaskFigures], oneWork: Set<String> = []) -> [ConsolidatedReport.Restatement] {
        var out: [ConsolidatedReport.Restatement] = []
        var dropped = Set<String>()
        let byUnit = Dictionary(grouping: rows.indices, by: { rows[$0].unitID })
        for unit in byUnit.keys.sorted() {
            let idx = byUnit[unit]!
            for (n, a) in idx.enumerated() {
                for b in idx[(n + 1)...] {
                    for (indicator, fa) in rows[a].figures.sorted(by: { $0.key < $1.key }) {
                        guard let fb = rows[b].figures[indicator], fa.0 == fb.0, fa.0 > 0 else { continue }
                        let pa = Set(fa.1.map(phrase).filter { !$0.isEmpty }), pb = Set(fb.1.map(phrase).filter { !$0.isEmpty })
                        guard !pa.isDisjoint(with: pb) else { continue }
                        if oneWork.contains(indicator), oneWork.contains(where: { k in
                            guard k != indicator, let x = rows[a].figures[k]?.0, let y = rows[b].figures[k]?.0, x != 0, y != 0 else { return false }
                            return x != y
                        }) { continue }
                        func score(_ i: Int, _ f: (Double, [FigureSource])) -> (Int, Double) {
                            let table = f.1.contains { isTablePlace($0.location) } ? 1 : 0
                            let words = TextMerge.tokens(f.1.map(\.text).joined(separator: " "))
                            let taskWords = TextMerge.tokens(rows[i].task.text)
                            return (table, words.isEmpty ? 0 : Double(words.intersection(taskWords).count) / Double(words.count))
                        }
                        let sa = score(a, fa), sb = score(b, fb)
                        let keepB = sb.0 > sa.0 || (sb.0 == sa.0 && sb.1 > sa.1)
                        let (keep, drop, f) = keepB ? (b, a, fa) : (a, b, fb)
                        let key = "\(unit)|\(rows[drop].task.code.rawValue)|\(indicator)"
                        guard dropped.insert(key).inserted else { continue }
                        out.append(.init(unitID: unit, unitName: rows[drop].unitName, indicator: indicator, value: f.0,
                                         keptUnder: rows[keep].task.code.rawValue, droppedFrom: rows[drop].task.code.rawValue,
                                         file: rows[drop].file, sources: f.1))
                    }
                }
            }
        }
        return out
    }
}

/// The units' own words, as whole sentences: a quote is a sentence that starts where the unit
/// started it and ends with its full stop, never a cut; otherwise the report paraphrases.
public enum Statements {
    /// At most this many sentences per entry.
    static let perEntry = 2
    static let maxLength = 400

    public static func whole(_ text: String, taskTokens: Set<String>, ordinalWords: [String] = []) -> [String] {
        var s = TextMerge.droppingRestatement(VietText.collapseWhitespace(text), taskTokens: taskTokens)
        s = TextMerge.strippingLeadIn(s)
        var out: [String] = []
        for raw in sentences(s) {
            let sentence = droppingTaskHeading(raw, taskTokens: taskTokens)
            guard isWhole(sentence), !TextMerge.isStatusOnly(sentence), !isAboutTheReport(sentence),
                  TextMerge.similarity(TextMerge.tokens(sentence), taskTokens) < 0.6 else { continue }
            out.append(VietNumbers.reformat(sentence, ordinalWords: ordinalWords))
            if out.count == perEntry { break }
        }
        return out
    }

    /// A sentence that opens with the task's title, run in ("Kiểm tra … lưu thông Ủy ban nhân
    /// dân phường đã …") or before a colon ("Kiểm tra, giám sát …: Ủy ban nhân dân phường
    /// đã …"): the unit's sentence is what follows.
    /// How a unit's own sentence starts when it names itself: "Ủy ban nhân dân phường đã …",
    /// "UBND xã …", "Sở …", "Phòng …".
    public static let subjects = ["Ủy ban nhân dân", "UBND", "Sở", "Phòng", "Chi cục", "Trung tâm", "Văn phòng"]

    static func droppingTaskHeading(_ s: String, taskTokens: Set<String>) -> String {
        var t = TextMerge.droppingRestatement(s, taskTokens: taskTokens)
        // A title run into the sentence without punctuation: the prefix before the unit naming
        // itself, with no tense and mostly the task's words.
        let words = t.split(separator: " ").map(String.init)
        if words.count > 6 {
            for k in 3..<min(words.count - 3, 50) {
                guard let last = words[k - 1].last, !".:;!?,".contains(last) else { continue }
                let rest = words[k...].joined(separator: " ")
                guard subjects.contains(where: { rest.hasPrefix($0 + " ") }) else { continue }
                let prefix = words[..<k].joined(separator: " ")
                let folded = VietText.words(prefix)
                if folded.contains(where: { ["da", "dang", "se"].contains($0) }) { break }
                let tokens = TextMerge.tokens(prefix)
                if !tokens.isEmpty, Double(tokens.intersection(taskTokens).count) / Double(tokens.count) >= 0.5 { t = rest }
                break
            }
        }
        if let colon = TextMerge.separator(in: t, ":", within: 220) {
            let headText = String(t[..<colon])
            let head = TextMerge.tokens(headText)
            let tail = String(t[t.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            // A label ("Tiến độ thực hiện: …", "Kết quả: …") or the task's title before the
            // unit's own sentence: keep the sentence when it stands on its own.
            let isLabel = VietText.words(headText).count <= 4
            let isTitle = !head.isEmpty && Double(head.intersection(taskTokens).count) / Double(head.count) >= 0.6
            if isLabel || isTitle { t = VietText.words(tail).count >= 8 ? tail : "" }
        }
        if let f = t.first, f.isLowercase { t = f.uppercased() + t.dropFirst() }
        return t
    }

    /// The share of a sentence's words that are the task's own, two decimals.
    public static func relevance(_ s: String, taskTokens: Set<String>) -> Double {
        let tokens = TextMerge.tokens(s)
        guard !tokens.isEmpty else { return 0 }
        return (Double(tokens.intersection(taskTokens).count) / Double(tokens.count) * 100).rounded() / 100
    }

    static let dateLike = try! NSRegularExpression(pattern: "(?:ngày|tháng|năm|quý)\\s+[0-9IVX]+|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{1,2}/[0-9]{4}|\\b(?:19|20)[0-9]{2}\\b|[0-9]+/[A-ZĐa-zđ]", options: [.caseInsensitive])

    /// A count or an amount in the sentence: a digit left once years, dates, quarters and
    /// document numbers ("2026", "tháng 12/2026", "Quý IV", "115/KH") are taken out.
    public static func hasFigure(_ s: String) -> Bool {
        let ns = s as NSString
        let stripped = dateLike.stringByReplacingMatches(in: s, range: NSRange(location: 0, length: ns.length), withTemplate: " ")
        // Standard numbers ("ISO 9001:2015", "TCVN 5699") are names, not figures.
        let words = stripped.split(separator: " ")
        for (i, w) in words.enumerated() where w.contains(where: \.isNumber) {
            let before = i > 0 ? VietText.fold(String(words[i - 1])) : ""
            if ["iso", "tcvn", "qcvn", "so"].contains(before) || w.contains(":") { continue }
            return true
        }
        return false
    }

    /// How much a sentence says about its task, for choosing what to quote: a figure, the
    /// task's own words, a whole thought of a fair length; routine follow-up (`filler`,
    /// folded keywords) says nothing.
    public static func score(_ s: String, taskTokens: Set<String>, filler: [String]) -> Double {
        let folded = VietText.fold(s)
        let figure = hasFigure(s)
        if !figure, filler.contains(where: { folded.contains($0) }) { return -1 }
        let words = VietText.words(s).count
        let length = words < 12 ? Double(words) / 12 : (words > 60 ? 60 / Double(words) : 1)
        return (figure ? 1.5 : 0) + 2 * relevance(s, taskTokens: taskTokens) + length
    }

    /// "Kết quả cụ thể … tại Phụ lục đính kèm": about the unit's report, not about the task.
    static func isAboutTheReport(_ s: String) -> Bool {
        let f = VietText.fold(s)
        return f.contains("phu luc") || f.contains("dinh kem") || f.contains("kem theo bao cao")
    }

    /// Sentences ending with ".", "!" or "?" followed by a space and a capital (or the end).
    /// The last piece counts only when it ends with one of them.
    static func sentences(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            current.append(c)
            if ".!?".contains(c) {
                let next = i + 1 < chars.count ? chars[i + 1] : nil
                let after = i + 2 < chars.count ? chars[i + 2] : nil
                // "3.026", "TCVN 5.1", "v.v." are not ends.
                let prevIsDigit = i > 0 && chars[i - 1].isNumber
                let listMark = after.map { "-+•–".contains($0) } ?? false
                // A bracket opening on a capital after the full stop is a sentence of its own
                // ("… 40.000.000 đồng. (Chi tiết tại Phụ lục kèm theo)"): the one before it
                // ends there (REVIEW32 #4: a ward's sentence lost to its appendix pointer).
                let bracketed = after == "(" && i + 3 < chars.count && chars[i + 3].isUppercase
                if next == nil || (next == " " && (after?.isUppercase == true || listMark || bracketed || (after?.isNumber == true && !prevIsDigit))) {
                    out.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                    i += 1
                    continue
                }
            }
            i += 1
        }
        // An unterminated tail is not a sentence.
        return out
    }

    static func isWhole(_ s: String) -> Bool {
        guard let first = s.first, first.isUppercase || first.isNumber, let last = s.last, ".!?".contains(last) else { return false }
        if s.hasSuffix("...") || s.contains("…") { return false }
        if s.count > maxLength || VietText.words(s).count < 6 { return false }
        let open = s.filter { $0 == "(" }.count, close = s.filter { $0 == ")" }.count
        let qo = s.filter { $0 == "“" }.count, qc = s.filter { $0 == "”" }.count
        if open != close || qo != qc || s.filter({ $0 == "\"" }).count % 2 != 0 { return false }
        // A sentence that is a heading, a label or a table's row: "Kết quả:", "Tiến độ: …".
        if s.contains(": ") && s.split(separator: ":").first.map({ VietText.words(String($0)).count <= 3 }) == true { return false }
        return true
    }
}

/// Numbers inside a unit's sentence written the Vietnamese way: "2241" → "2.241",
/// "265.000.000 VNĐ" → "265.000.000 đồng"; years, standard numbers ("ISO 9001:2015",
/// "TCVN 5699") and document numbers ("115/KH-SKHCN") are left as they are.
public enum VietNumbers {
    static let bare = try! NSRegularExpression(pattern: "(?<![\\d.,:/\\-])(\\d{4,})(?![\\d,:/\\-]|\\.\\d)")
    /// A lone digit before a word: a count, zero-padded as the report writes its own ("3 cuộc
    /// kiểm tra tại 8 cơ sở" → "03 cuộc … 08 cơ sở", REVIEW29 §4), unless an ordinal's word
    /// comes before it (a date, a quarter, an article: report.yaml `rules.numberOrdinalWords`,
    /// folded).
    static let loneDigit = try! NSRegularExpression(pattern: "(?<![\\d.,:/\\-\\p{L}])([1-9])(?= \\p{L})")
    static let currency = try! NSRegularExpression(pattern: "(\\d[\\d.]*(?:,\\d+)?)\\s*(?:VNĐ|VND|vnđ|vnd|đ|Đ)(?=[\\s.,;:)]|$)")

    static let inWords = try! NSRegularExpression(pattern: "(\\d)\\s+\\(([^()0-9]{2,80})\\)")
    static let numberWords: Set<String> = ["mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "muoi",
                                           "mot", "mươi", "tram", "nghin", "ngan", "trieu", "ty", "le", "linh", "khong", "dong"]

    /// "04 (bốn) lớp" → "04 lớp": the number written again in words adds nothing in a quote.
    static func droppingNumbersInWords(_ s: String) -> String {
        let ns = s as NSString
        var out = s
        for m in inWords.matches(in: s, range: NSRange(location: 0, length: ns.length)).reversed() {
            let words = VietText.words(ns.substring(with: m.range(at: 2)))
            guard !words.isEmpty, words.allSatisfy({ numberWords.contains($0) }) else { continue }
            let whole = Range(m.range, in: out)!, digit = ns.substring(with: m.range(at: 1))
            out.replaceSubrange(whole, with: digit)
        }
        return out
    }

    /// "5,3 tỷ đồng" → "5.300.000.000 đồng": money always in full, the Vietnamese way.
    static let scaledMoney = try! NSRegularExpression(pattern: "(?<![\\d.,])(\\d+(?:[.,]\\d+)?)\\s*(tỷ|tỉ|triệu|nghìn|ngàn)\\s*(?:đồng|VNĐ|VND|đ)(?=[\\s.,;:)]|$)")

    static func expandingScaledMoney(_ s: String) -> String {
        let ns = s as NSString
        var out = s
        for m in scaledMoney.matches(in: s, range: NSRange(location: 0, length: ns.length)).reversed() {
            // "1.500 triệu": "." groups thousands; "5,3 tỷ": "," is the decimal mark.
            let raw = ns.substring(with: m.range(at: 1))
            let parts = raw.split(separator: ".")
            let grouped = parts.count > 1 && parts.dropFirst().allSatisfy { $0.count == 3 }
            let digits = (grouped ? raw.replacingOccurrences(of: ".", with: "") : raw).replacingOccurrences(of: ",", with: ".")
            guard let v = Double(digits) else { continue }
            let scale: Double
            switch ns.substring(with: m.range(at: 2)) {
            case "tỷ", "tỉ": scale = 1_000_000_000
            case "triệu": scale = 1_000_000
            default: scale = 1_000
            }
            guard let r = Range(m.range, in: out) else { continue }
            out.replaceSubrange(r, with: VietFormat.money(v * scale))
        }
        return out
    }

    /// `ordinalWords`: folded words after which a lone digit is an ordinal, not a count.
    public static func reformat(_ s: String, ordinalWords: [String] = []) -> String {
        var t = expandingScaledMoney(droppingNumbersInWords(s))
        let ns = t as NSString
        var result = ""
        var last = 0
        for m in bare.matches(in: t, range: NSRange(location: 0, length: ns.length)) {
            let r = m.range(at: 1)
            let digits = ns.substring(with: r)
            let before = ns.substring(with: NSRange(location: max(0, r.location - 8), length: min(8, r.location)))
            let foldedBefore = VietText.fold(before)
            let isYear = digits.count == 4 && (1900...2100).contains(Int(digits) ?? 0)
            let isCode = ["iso ", "tcvn ", "qcvn ", "so ", "nam "].contains { foldedBefore.hasSuffix($0) }
            result += ns.substring(with: NSRange(location: last, length: r.location - last))
            result += isYear || isCode ? digits : VietFormat.number(Double(digits) ?? 0)
            last = r.location + r.length
        }
        result += ns.substring(from: last)
        t = result
        let nsLone = t as NSString
        result = ""
        last = 0
        for m in loneDigit.matches(in: t, range: NSRange(location: 0, length: nsLone.length)) {
            let r = m.range(at: 1)
            let before = VietText.fold(nsLone.substring(with: NSRange(location: max(0, r.location - 12), length: min(12, r.location))))
                .trimmingCharacters(in: .whitespaces)
            let ordinal = ordinalWords.contains { before == $0 || before.hasSuffix(" " + $0) }
            result += nsLone.substring(with: NSRange(location: last, length: r.location - last))
            result += ordinal ? nsLone.substring(with: r) : VietFormat.count(Int(nsLone.substring(with: r)) ?? 0)
            last = r.location + r.length
        }
        result += nsLone.substring(from: last)
        t = result
        let ns2 = t as NSString
        t = currency.stringByReplacingMatches(in: t, range: NSRange(location: 0, length: ns2.length), withTemplate: "$1 đồng")
        return t
    }
}

/// Difficulties by theme and proposals by addressee, from the rules in report.yaml.
enum Items {
    static func byTheme(_ items: [ConsolidatedReport.MergedItem], rules: ReportRules) -> [ConsolidatedReport.ThemeGroup] {
        var order: [String] = []
        var groups: [String: [ConsolidatedReport.MergedItem]] = [:]
        for it in items {
            let folded = VietText.fold(([it.text] + it.variants).joined(separator: " "))
            let theme = rules.themes.first { t in t.keywords.contains { !$0.isEmpty && folded.contains($0) } }?.id
                ?? rules.themes.last?.id ?? "other"
            if groups[theme] == nil { order.append(theme) }
            groups[theme, default: []].append(it)
        }
        return order.map { id in
            let list = groups[id]!
            return .init(theme: id, items: list, unitCount: Set(list.flatMap { $0.units.map(\.unitID) }).count)
        }
        .enumerated().sorted { a, b in
            a.element.unitCount != b.element.unitCount ? a.element.unitCount > b.element.unitCount : a.offset < b.offset
        }.map(\.element)
    }

    static func byAddressee(_ items: [ConsolidatedReport.MergedItem], rules: ReportRules) -> [ConsolidatedReport.AddresseeGroup] {
        var groups: [String: [ConsolidatedReport.MergedItem]] = [:]
        for var it in items {
            let (addressee, action) = parse(it.text, rules: rules)
            it.action = action
            groups[addressee, default: []].append(it)
        }
        return rules.addressees.compactMap { a in
            groups[a.id].map { .init(addressee: a.id, upward: a.upward, items: $0) }
        }
    }

    /// "Đề nghị Ủy ban nhân dân Thành phố bố trí kinh phí …" → ("city", "Bố trí kinh phí …").
    static func parse(_ text: String, rules: ReportRules) -> (String, String) {
        var words = text.split(separator: " ").map(String.init)
        func lower(_ w: [String]) -> [String] { w.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ",:;")) } }
        func startsWith(_ phrase: String) -> Int? {
            let p = lower(phrase.split(separator: " ").map(String.init))
            guard !p.isEmpty, words.count > p.count, Array(lower(Array(words.prefix(p.count)))) == p else { return nil }
            return p.count
        }
        var hadVerb = false
        if let n = rules.requestVerbs.sorted(by: { $0.count > $1.count }).compactMap(startsWith).first {
            words.removeFirst(n)
            hadVerb = true
        }
        var addressee = rules.defaultAddressee
        if hadVerb {
            let names = rules.addressees.flatMap { a in a.names.map { (a.id, $0) } }.sorted { $0.1.count > $1.1.count }
            var matched = false
            for (id, name) in names {
                // "Bộ Nông nghiệp và Môi trường" is not "Bộ": a name followed by a capitalised
                // word is the start of another body's name.
                if let n = startsWith(name), !(words.count > n && words[n].first?.isUppercase == true) {
                    words.removeFirst(n); addressee = id; matched = true; break
                }
            }
            // A body the rules do not know, named after the request verb: asked of neither the
            // Department nor its superiors (rules.otherAddressee).
            if !matched, !rules.otherAddressee.isEmpty, let first = words.first?.first, first.isUppercase,
               let w = words.first, rules.bodyWords.contains(VietText.fold(w)) {
                addressee = rules.otherAddressee
            }
        }
        var action = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,:;."))
        if let f = action.first { action = f.uppercased() + action.dropFirst() }
        return (addressee, action)
    }
}
