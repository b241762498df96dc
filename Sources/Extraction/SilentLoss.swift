import Foundation
import Plan
import DocumentModel
import VietText
import Yams

/// What extraction says about what it could not read, after the resolver has decided: the
/// last line of defence against silent loss. A number the unit wrote that became no figure
/// and that no finding quotes yet is quoted for a person, one finding per passage or row; a
/// task decided by meaning when another task was nearly as likely names that other task
/// with the figures it took. Its wording and thresholds are `silent_loss.yaml` in the
/// pipeline; without that file nothing is added.
public struct SilentLossPolicy: Sendable {
    /// A task decided by meaning is a close call when the next task scores at least this
    /// share of its score; the finding names both.
    public var closeCall = 0.6
    /// Least score (the resolver's scale) a second task needs to be named at all.
    public var closeCallMinimum = 3.0
    /// Longest cell (in words) read as a status of its own beside the status taken.
    public var statusCellWords = 12
    /// Ways of stating a status (`StatusClaim.Kind` raw values) that make a line of a task's
    /// passage an item with a status of its own (`item_status_kinds`); empty: not looked for.
    public var itemStatusKinds: Set<String> = []
    /// Ways of stating a status that make a line of prose under no task a stated status to
    /// quote with the task it is nearest to (`prose_status_kinds`), however long the line:
    /// "…, do trùng lịch nên phường chưa cử được công chức tham dự." Empty: only short lines.
    public var proseStatusKinds: Set<String> = []
    /// Two statuses stated in prose for one task that disagree, the one set aside weighing at
    /// least this share of the one taken (`status_conflict_share`): quoted for a person, not
    /// decided silently by which came first. nil: not looked for.
    public var statusConflictShare: Double?
    /// Cells that say only that the work is not finished ("chưa", "chưa xong" in a column of
    /// completion dates; `not_done_cells`, folded): beside work in progress they state no
    /// other status.
    var notDoneCells: Set<String> = []
    /// Cells that say only when the plan schedules the work ("Thường xuyên" in a "Thời hạn"
    /// column; `schedule_cells`, folded): no status of their own beside the one taken.
    var scheduleCells: Set<String> = []
    /// How a status is said to an officer ("hoàn thành", "đang thực hiện").
    var statusLabels: [String: String] = [:]
    /// How each kind of unit is said to an officer ("phường, xã, đặc khu"), by the plan's
    /// group ids ("group:communes").
    var unitLabels: [String: String] = [:]
    /// Least score of the plan's wording for a task (the title matcher's) for a passage to
    /// name it the plan's way.
    public var ownTitleScore = 0.3
    /// Kinds of figures any task may report (money spent, training, news items): never odd.
    var anyTask: Set<IndicatorID> = []
    /// Longest words of a passage quoted in a finding.
    public var passageWords = 14
    /// Most quotes in one finding; the rest are counted ("và 12 số liệu khác").
    public var maxQuotes = 30
    /// Least score (the resolver's scale) a task needs to be named as where a passage under
    /// no task likely belongs.
    public var nearestMinimum = 2.0
    /// Most lines of the document ranked by meaning to place what stands under no task (a
    /// long sheet on another subject is not ranked row by row).
    public var nearestRanks = 400
    /// Codes of findings said once per place (`one_place`), in order of precedence: two or
    /// more of them with the same source become one finding, of the first code among them,
    /// whose message says all they said. Empty: each finding stands alone.
    public var onePlace: [String] = []
    /// Codes of findings about a task's figures or placement that a task's missing status is
    /// said within (`joins_task`): the officer looks at the task once. Empty: it stands alone.
    public var joinsTask: [String] = []
    /// Messages, with {placeholders}.
    public var messages: [String: String] = [:]

    public init() {}

    static let messageKeys: Set<String> = ["unread_in_task", "unread_without_task", "close_call", "close_call_no_figures", "odd_figures", "foreign_figures", "more_quotes", "status_conflict", "status_other_task",
                                           "unread_near_task", "status_without_task", "status_near_task", "status_name_ambiguous", "status_name_absent", "status_title_ambiguous", "status_note", "nearest_task", "nearest_tasks", "nearest_suffix", "other_units_task", "other_units_figures", "contested_figures",
                                           "status_reference_ambiguous", "status_reference_conflict", "written_totals"]

    /// One finding per place: findings of the `onePlace` codes that share a source are said
    /// as one, where the first of them stood, with the code that comes first in `onePlace`,
    /// the gravest severity and every message (each a sentence of its own, none repeated) —
    /// an officer looks at a place once. Other findings, and those with no source, stand.
    func mergedByPlace(_ findings: [Finding]) -> [Finding] {
        guard !onePlace.isEmpty else { return findings }
        let rank = Dictionary(onePlace.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Finding] = []
        var at: [String: Int] = [:]
        for f in findings {
            guard let source = f.source, !source.isEmpty, let r = rank[f.code] else { out.append(f); continue }
            guard let k = at[source] else { at[source] = out.count; out.append(f); continue }
            var m = out[k]
            if !m.message.contains(f.message) { m.message += " " + f.message }
            if r < rank[m.code, default: Int.max] { m.code = f.code }
            if f.severity > m.severity { m.severity = f.severity }
            out[k] = m
        }
        return out
    }

    /// The first finding of a `joinsTask` code whose message is about `task` ("… của nhiệm vụ
    /// II.5.c …", "Nhiệm vụ II.5.c: …", "được xếp vào nhiệm vụ II.5.c") — not one naming it as
    /// a candidate only ("có thể thuộc nhiệm vụ …", "gần nhất với nhiệm vụ …").
    func taskFinding(for task: String, among findings: [Finding]) -> Int? {
        guard !joinsTask.isEmpty else { return nil }
        let subjects = ["của nhiệm vụ \(task)", "Nhiệm vụ \(task)", "được xếp vào nhiệm vụ \(task)", "cho nhiệm vụ \(task)"]
        return findings.firstIndex { f in
            joinsTask.contains(f.code) && subjects.contains { s in
                var from = f.message.startIndex
                while let r = f.message.range(of: s, range: from..<f.message.endIndex) {
                    // The whole code: "II.2.d" is not the start of "II.2.d.1" nor of another word.
                    if let next = f.message[r.upperBound...].first, next.isLetter || next.isNumber || next == "." && f.message[f.message.index(after: r.upperBound)...].first?.isLetter == true {
                        from = r.upperBound; continue
                    }
                    return true
                }
                return false
            }
        }
    }

    /// The unit's words, each in “…”, at most `maxQuotes` of them, the rest counted.
    func quoted(_ phrases: [String]) -> String {
        var out = phrases.prefix(maxQuotes).map { "“\($0)”" }.joined(separator: "; ")
        if phrases.count > maxQuotes { out += message("more_quotes", ["count": "\(phrases.count - maxQuotes)"]) }
        return out
    }

    public static func load(contentsOf url: URL, indicators: Set<IndicatorID>? = nil) throws -> SilentLossPolicy {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Vocabulary.LoadError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(yaml: text, file: url.path, indicators: indicators)
    }

    /// Parses strictly: an unknown key, a missing message or a value of the wrong kind is an
    /// error naming the file and the key.
    public static func parse(yaml: String, file: String = "silent_loss.yaml", indicators: Set<IndicatorID>? = nil) throws -> SilentLossPolicy {
        func fail(_ m: String) -> Vocabulary.LoadError { Vocabulary.LoadError(file: file, message: m) }
        let loaded: Any?
        do { loaded = try YAMLLoad.load(yaml: yaml) } catch { throw fail("\(error)") }
        guard let root = loaded as? [String: Any] else { throw fail("the top level must be a mapping") }
        var p = SilentLossPolicy()
        func number(_ key: String) throws -> Double? {
            guard let any = root[key] else { return nil }
            guard let d = (any as? Double) ?? (any as? Int).map(Double.init) else { throw fail("\(key) must be a number") }
            return d
        }
        let keys = ["close_call", "close_call_minimum", "nearest_minimum", "nearest_ranks", "passage_words", "max_quotes", "any_task", "status_labels", "unit_labels", "own_title_score", "status_cell_words", "item_status_kinds", "prose_status_kinds", "status_conflict_share", "not_done_cells", "schedule_cells", "one_place", "joins_task", "messages"]
        for key in root.keys where !keys.contains(key) {
            throw fail("\(key): unknown key (use \(keys.joined(separator: ", ")))")
        }
        if let d = try number("close_call") {
            guard d > 0, d <= 1 else { throw fail("close_call must be between 0 and 1") }
            p.closeCall = d
        }
        if let d = try number("close_call_minimum") { p.closeCallMinimum = d }
        if let d = try number("nearest_minimum") { p.nearestMinimum = d }
        if let d = try number("nearest_ranks") { p.nearestRanks = max(0, Int(d)) }
        if let d = try number("passage_words") { p.passageWords = max(4, Int(d)) }
        if let d = try number("max_quotes") { p.maxQuotes = max(1, Int(d)) }
        if let d = try number("status_cell_words") { p.statusCellWords = max(1, Int(d)) }
        if let d = try number("status_conflict_share") {
            guard d > 0, d <= 1 else { throw fail("status_conflict_share must be between 0 and 1") }
            p.statusConflictShare = d
        }
        /// A list of ways of stating a status (`StatusClaim.Kind` raw values) under `key`.
        func statusKinds(_ key: String) throws -> Set<String> {
            guard let any = root[key] else { return [] }
            guard let list = any as? [Any] else { throw fail("\(key) must be a list of ways of stating a status") }
            return try Set(list.map { kind in
                guard StatusClaim.Kind(rawValue: "\(kind)") != nil else {
                    throw fail("\(key): unknown way \(kind) (use \(StatusClaim.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                return "\(kind)"
            })
        }
        if let any = root["joins_task"] {
            guard let list = any as? [Any], list.allSatisfy({ $0 is String }) else { throw fail("joins_task must be a list of finding codes") }
            p.joinsTask = list.map { "\($0)" }
        }
        if let any = root["one_place"] {
            guard let list = any as? [Any], list.allSatisfy({ $0 is String }) else { throw fail("one_place must be a list of finding codes") }
            p.onePlace = list.map { "\($0)" }
        }
        func phrases(_ key: String) throws -> Set<String>? {
            guard let any = root[key] else { return nil }
            guard let list = any as? [Any], list.allSatisfy({ $0 is String }) else { throw fail("\(key) must be a list of phrases") }
            return Set(list.map { VietText.words("\($0)".precomposedStringWithCanonicalMapping).joined(separator: " ") })
        }
        if let set = try phrases("not_done_cells") { p.notDoneCells = set }
        if let set = try phrases("schedule_cells") { p.scheduleCells = set }
        p.itemStatusKinds = try statusKinds("item_status_kinds")
        p.proseStatusKinds = try statusKinds("prose_status_kinds")
        if let any = root["any_task"] {
            guard let list = any as? [Any] else { throw fail("any_task must be a list of indicator ids") }
            for id in list {
                let indicator = IndicatorID("\(id)")
                if let known = indicators, !known.contains(indicator) { throw fail("any_task: unknown indicator \(id)") }
                p.anyTask.insert(indicator)
            }
        }
        if let any = root["status_labels"] {
            guard let m = any as? [String: Any] else { throw fail("status_labels must be a mapping of statuses") }
            for (k, v) in m.sorted(by: { $0.key < $1.key }) {
                guard TaskStatus(rawValue: k) != nil else { throw fail("status_labels.\(k): unknown status") }
                p.statusLabels[k] = "\(v)".precomposedStringWithCanonicalMapping
            }
        }
        if let d = try number("own_title_score") { p.ownTitleScore = d }
        if let any = root["unit_labels"] {
            guard let m = any as? [String: Any] else { throw fail("unit_labels must be a mapping of kinds of units") }
            for (k, v) in m.sorted(by: { $0.key < $1.key }) {
                guard UnitGroup(rawValue: "group:\(k)") != nil else { throw fail("unit_labels.\(k): unknown kind of unit (use internal, departments, communes)") }
                p.unitLabels["group:\(k)"] = "\(v)".precomposedStringWithCanonicalMapping
            }
        }
        guard let messages = root["messages"] as? [String: Any] else { throw fail("messages must be a mapping") }
        for key in messages.keys.sorted() where !messageKeys.contains(key) { throw fail("messages.\(key): unknown key") }
        for key in messageKeys.sorted() {
            guard let m = messages[key] as? String, !m.isEmpty else { throw fail("messages.\(key): missing") }
            p.messages[key] = m.precomposedStringWithCanonicalMapping
        }
        return p
    }

    /// The message `key` with each `{name}` of `values` filled in, in one pass over the
    /// template (a replacement per placeholder over the whole message — Swift's generic
    /// `replacing` — was a twentieth of extraction on reports with long quotes). A value is
    /// never read for placeholders; an unknown `{name}` is left as written.
    /// A passage as a finding quotes it: its first `passageWords` words, "…" when cut.
    func passage(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.count > passageWords ? words.prefix(passageWords).joined(separator: " ") + " …" : text
    }

    func message(_ key: String, _ values: [String: String]) -> String {
        let template = messages[key] ?? ""
        var out = ""
        out.reserveCapacity(template.utf8.count + values.values.reduce(0) { $0 + $1.utf8.count })
        var rest = template[...]
        while let close = rest.utf8.firstIndex(of: UInt8(ascii: "}")) {
            let head = rest[..<close]
            guard let open = head.utf8.lastIndex(of: UInt8(ascii: "{")),
                  let value = values[String(head[head.utf8.index(after: open)...])] else {
                out += rest[...close]
                rest = rest[rest.utf8.index(after: close)...]
                continue
            }
            out += head[..<open]
            out += value
            rest = rest[rest.utf8.index(after: close)...]
        }
        out += rest
        return out
    }
}

extension SilentLossPolicy {
    /// Every number written in the findings' messages, read the Vietnamese way ("1.250" is
    /// 1250, "18,5" is 18.5) and the English way: what a person is already shown.
    static func quotedNumbers(_ findings: [Finding]) -> Set<Double> {
        var out = Set<Double>()
        for f in findings {
            for token in Tokenizer.tokenize(f.message) where token.kind == .number {
                let raw = token.raw
                if let d = VietNumber.parse(raw) { out.insert(d) }
                // (Foundation's replacement only where there is a comma to drop.)
                let english = raw.utf8.contains(UInt8(ascii: ",")) ? Double(raw.replacingOccurrences(of: ",", with: "")) : Double(raw)
                if let d = english { out.insert(d) }
            }
        }
        return out
    }

    /// Whether `value` (as written) is `used`, also scaled by a thousand, a million or a
    /// billion (money written "18,5 triệu đồng").
    static func matches(_ value: Double, in used: Set<Double>) -> Bool {
        for k in scales where used.contains((value * k * 1e6).rounded() / 1e6) { return true }
        return false
    }

    /// A number as written and scaled by a thousand, a million or a billion.
    static let scales: [Double] = [1, 1e3, 1e6, 1e9]
}

extension ExtractionRun {
    /// What stands under no task, gathered line by line until its passage or row ends: one
    /// finding for it, naming the tasks it is nearest to by meaning.
    struct UnplacedPassage {
        var container: Line.Container
        var lastLine: Int
        var source: String?
        /// The first words (the heading, a row's label), then the rest, for ranking.
        var heading = ""
        var body = ""
        var quotes: [String] = []
        /// Numbers of lines of a list of difficulties: said only when the passage also states
        /// a status or reads two figures the plan counts — a results passage misread as
        /// difficulties — never for one difficulty's count ("01 người phụ trách").
        var itemQuotes: [String] = []
        var statuses: [String] = []
        /// The task the passage's first confidently ranked line is nearest to, once ranked.
        var lead: String?
        /// The passage's lines given a ranking while `lead` is still unknown, in order: each is
        /// ranked only when a decision needs the lead (`lead` is the first of them that ranks).
        var pendingLeads: [Int] = []
    }

    /// Numbers of the report that became no figure and that no finding quotes: one finding
    /// per passage or row, quoting each with its words. Lines of the layout blocks, of the
    /// closing, of the plans for next year hold no results; in the difficulties and proposals
    /// only figures of the kinds the plan counts and stated progress ("→ Tiến độ: Đã xong")
    /// are quoted — they say the part was misread, whatever its heading said. References
    /// (dates, decree numbers, enumerators, years, percentages, phone numbers) are no figures;
    /// a number whose noun this plan never counts is passed over. What stands under no task —
    /// numbers or a stated status — is said once per passage or row, with the tasks it is
    /// nearest to by meaning, so that a person can place it.
    mutating func sweepUnaccountedNumbers(_ entries: [Entry]) {
        guard let policy = x.silentLoss else { return }
        func key(_ d: Double) -> Double { (d * 1e6).rounded() / 1e6 }
        // What each line gave: the values of figures read from its cells, by place.
        var used: [String: Set<Double>] = [:]
        var kinds: [String: Set<IndicatorID>] = [:]
        var taskAt: [String: String] = [:]
        // The words of every figure read anywhere, by value: a passage's figures are placed
        // at its first line, a restated figure at its first mention.
        var readWords: [Double: Set<Substring>] = [:]
        for e in entries {
            for (id, f) in e.indicators {
                for s in f.sources {
                    kinds[s.location, default: []].insert(id)
                    used[s.location, default: []].insert(key(s.value)); taskAt[s.location] = taskAt[s.location] ?? e.task
                    for t in Tokenizer.tokenize(s.text) where t.kind == .number { readWords[key(s.value), default: []].insert(t.raw) }
                }
            }
            for s in e.sources { taskAt[s] = taskAt[s] ?? e.task }
            // The line that gave the task its status ("2. Tuyên truyền / hoàn thành" over the
            // passage it titles) was placed with it: its status is not one stated under no task.
            if let s = e.statusSource { taskAt[s] = taskAt[s] ?? e.task }
        }
        // The text's figures a table restated value for value were read (the table's count them).
        // So were the parts a line of the whole stood for.
        for s in restatedSources + order.compactMap({ builders[$0] }).flatMap(\.partsOfWholes) {
            used[s.location, default: []].insert(key(s.value))
            for t in Tokenizer.tokenize(s.text) where t.kind == .number { readWords[key(s.value), default: []].insert(t.raw) }
        }
        var quoted = SilentLossPolicy.quotedNumbers(findings)
        // Lines a finding already places under no task (a row naming no task, two close tasks).
        let spokenOf = Set(findings.filter { ["task-unmatched", "task-ambiguous", "task-unknown"].contains($0.code) }.compactMap(\.source))
        /// Read as a figure somewhere else in words that hold the same number.
        func readAnywhere(_ d: Double, _ raw: Substring) -> Bool {
            for k in SilentLossPolicy.scales where readWords[key(d * k)]?.contains(raw) == true { return true }
            return false
        }
        var added: [Finding] = []
        var open: UnplacedPassage?
        var ranks = 0
        // A line's own task by meaning is ranked only when a decision reads it (a passage
        // that never quotes a figure or a status needs none); the ranking budget is counted
        // where the line is met, as if it were ranked there.
        var ownRanks: [Int: String?] = [:]
        func own(_ index: Int) -> String? {
            if let known = ownRanks[index] { return known }
            let ranked = ownNearestTask(lines[index])
            ownRanks[index] = ranked
            return ranked
        }
        func resolveLead() {
            while open!.lead == nil, !open!.pendingLeads.isEmpty { open!.lead = own(open!.pendingLeads.removeFirst()) }
        }
        func close() {
            if let p = open, let f = unplacedFinding(p, policy, ranks: &ranks) { added.append(f) }
            open = nil
        }
        for (index, line) in lines.enumerated() {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            // A part judged to be about another subject is swept too: this is what catches
            // a misjudged part, and its numbers are then said under no task.
            if context.layout { close(); continue }
            // A sheet set aside whole (the plan's task list copied for a form's lookups, a
            // sheet of parts another sheet adds up) holds no result of its own to lose.
            if context.byGrid, grids.setAside(line) { close(); continue }
            if let s = context.section, s == .plans || s == .closing { close(); continue }
            let inItems = context.section?.holdsItems == true
            let places = linePlaces.ofLines(lines)[index]
            // A total row restates the rows above it.
            if let first = line.cells.first(where: { $0.value == nil && $0.text.contains(where: \.isLetter) }),
               first.text.utf8.count <= 40, v.totalRows.contains(VietText.words(first.text).joined(separator: " ")) { close(); continue }
            let task = places.lazy.compactMap { taskAt[$0] }.first ?? context.task
            if task == nil, let source = line.firstLocation?.description, spokenOf.contains(source) { close(); continue }
            let kindsHere = places.reduce(into: Set<IndicatorID>()) { $0.formUnion(kinds[$1] ?? []) }
            let usedHere = places.reduce(into: Set<Double>()) { $0.formUnion(used[$1] ?? []) }
            var phrases: [String] = []
            // A sheet's number cells in rows no grid reader made out (a header in the unit's
            // own shorthand, "c | cs | vp | đ"): no reader reads them, so each number not read
            // is quoted with the row's words. A row's first cell is its number; a year is a date.
            if !context.byGrid, !inItems, line.cells.count >= 2, case .sheet = line.container,
               let label = line.cells.first(where: { $0.value == nil && $0.text.contains(where: \.isLetter) }) {
                let short = policy.passage(label.text.trimmed())
                let numbers: [(Double, String)] = line.cells.dropFirst().compactMap { cell in
                    guard !cell.continued, case .number(let d)? = cell.value else { return nil }
                    return (d, cell.text.trimmed())
                }
                // The parts of a total read on the same row ("2 | 1 | 1 | 2 | Cộng 6") were read with it.
                let sum = numbers.reduce(0) { $0 + $1.0 }
                let partsOfTotal = numbers.contains { n in SilentLossPolicy.matches(n.0, in: usedHere) && abs(sum - 2 * n.0) < 0.5 }
                for (d, text) in numbers where !partsOfTotal {
                    guard d != 0, !VietNumber.isYear(d) else { continue }
                    if SilentLossPolicy.matches(d, in: usedHere) || SilentLossPolicy.matches(d, in: quoted) { continue }
                    phrases.append("\(short): \(text)")
                }
            }
            // Number cells are the grid reader's: it quotes what it does not read and knows
            // which columns hold targets and rates. Here, numbers written in words.
            // Only cells with an ASCII digit can hold a number token: the byte test spares
            // tokenizing every cell of every line a second time on the extraction path.
            for cell in line.cells where !cell.continued && cell.value == nil && cell.text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                let tokens = readings.tokensIfRead(cell.text)
                // A cell that is one number ("3", "1.1") is a sequence or a number cell.
                guard tokens.contains(where: { $0.kind == .number }), tokens.contains(where: { $0.kind == .word }) else { continue }
                // Every number that is not a reference, a percentage, a year, an enumerator or
                // a count of what no plan counts ("03 văn bản", "6 tháng"): the figure reader's
                // own classification is not trusted here, since this is what catches its slips.
                // A number the reader took for a figure of a kind the line gave a figure of is
                // a part or the total of that figure ("05 lớp … Tổng cộng 06 lớp").
                var candidates: [(value: Double, raw: Substring, phrase: String)] = []
                // "NHIỆM VỤ 2", "VIỆC 3" heading a card of a vertical form: the card's number.
                let cardHead = x.gridRecognisers.map { r in
                    tokens.count >= 2 && tokens.last?.kind == .number && r.g.cardBlockHeads.match(tokens, at: 0)?.end == tokens.count - 1
                } ?? false
                // "Mặt công tác 2: Kiểm tra cân tại chợ" counts the unit's own areas of work, and
                // "VIỆC 1: Tuyên truyền …", "ĐỐI TƯỢNG 02:" head a card of a vertical form: the
                // heading's first number is its place in the count, no figure.
                // (Not in a closure: one that calls a method of the run from this mutating
                // method copies the whole run at each call.)
                var countingNumber: Int?
                if let first = tokens.firstIndex(where: { $0.kind == .number }) {
                    if let r = x.gridRecognisers, first > 0, r.g.cardBlockHeads.match(tokens, at: 0)?.end == first,
                       first + 1 == tokens.count || [":", ".", "-", "–", "—"].contains(tokens[first + 1].raw) {
                        countingNumber = first
                    } else if ordinalHeadingTitle(cell.text) != nil {
                        countingNumber = first
                    } else if first == 0, v.isNumberedStatusOption(tokens) {
                        // "1 - Hoàn thành": a status chosen from a numbered drop-down list, its
                        // number the option's.
                        countingNumber = first
                    }
                }
                for i in tokens.indices where tokens[i].kind == .number {
                    if cardHead || i == countingNumber || v.isReference(tokens, i) { continue }
                    let j = v.skipSpelledOut(tokens, from: i + 1)
                    if v.ignoredCounts.match(tokens, at: j) != nil { continue }
                    // What is still awaited ("còn chờ 08 kết quả thử nghiệm") is no result; a
                    // count of what the plan counts after "còn" ("còn 04 cuộc") is still quoted.
                    if v.isRemainder(tokens, i), !v.counts.hasMatch(tokens, at: j) { continue }
                    guard let d = VietNumber.parse(tokens[i].raw) else { continue }
                    let raw = tokens[i].raw
                    if SilentLossPolicy.matches(d, in: usedHere) || SilentLossPolicy.matches(d, in: quoted) || readAnywhere(d, raw) { continue }
                    candidates.append((d, raw, Vocabulary.quote(tokens, around: i)))
                }
                guard !candidates.isEmpty else { continue }
                // The kind the reader gave each number it took for a figure, by its digits
                // (read only for cells that still hold an unaccounted number).
                var kindOf: [Substring: IndicatorID] = [:]
                let read = readings.numbersIfRead(cell.text, v)
                for f in read.found {
                    if let t = Tokenizer.tokenize(f.phrase).first(where: { $0.kind == .number }), kindOf[t.raw] == nil { kindOf[t.raw] = f.indicator }
                }
                candidates.removeAll { c in kindOf[c.raw].map { kindsHere.contains($0) } ?? false }
                // A year-end estimate the reader found and the passage's reading set aside
                // beside a result of its kind ("- Ước thực hiện đến 31/12: 12 tin, bài") is
                // no lost result: an estimate alone is read, so its kind would be here.
                let estimates = Set(read.found.filter(\.estimate).compactMap { f in Tokenizer.tokenize(f.phrase).first(where: { $0.kind == .number })?.raw })
                if !estimates.isEmpty { candidates.removeAll { estimates.contains($0.raw) } }
                // What the area holds, stated as background ("Trên địa bàn xã có 01 chợ, 09 cửa
                // hàng xăng dầu"), is no result: nothing to quote.
                if !read.background.isEmpty {
                    let background = Set(read.background.map { String($0) })
                    candidates.removeAll { background.contains(String($0.raw)) }
                }
                // In a list of difficulties, only what reads as a figure the plan counts.
                if inItems { candidates.removeAll { kindOf[$0.raw] == nil } }
                for c in candidates {
                    if SilentLossPolicy.matches(c.value, in: quoted) { continue }
                    phrases.append(c.phrase)
                    if !inItems { quoted.insert(key(c.value)) }
                }
            }
            if let task {
                close()
                guard !phrases.isEmpty else { continue }
                added.append(Finding(severity: .warning, code: "figure-unrecognized",
                                     message: policy.message("unread_in_task", ["quotes": policy.quoted(phrases), "task": task]),
                                     source: line.firstLocation?.description))
                continue
            }
            // A grid's rows are the grid reader's to read for a status: a row it left out (a
            // task of the plan copied with its schedule, "Thường xuyên") states none.
            var status = context.byGrid ? nil : statedStatus(line, labelled: inItems, policy)
            // A question ("2. Việc gì chưa làm được? Vì sao?", an outline's point) asks; it
            // states no status, nor does a short answer right under it ("- Không có.").
            if status != nil, line.text.trimmed().hasSuffix("?")
                || open.map({ $0.lastLine == index - 1 && $0.heading.trimmed().hasSuffix("?") }) == true && line.text.spaceSeparatedCount <= 4 {
                status = nil
            }
            // A heading grouping the items below by status ("C. Các việc chưa làm") names the
            // group; the items took its status unless they state their own.
            if status != nil, statusHeadingLines.contains(index) { status = nil }
            // A part's own heading ("I. KẾT QUẢ ĐÃ LÀM") names the part; it states no task's status.
            if status != nil, line.cells.count == 1, let (_, rest) = sectionHeading(line), rest?.isEmpty ?? true { status = nil }
            // A key of marks ("Quy ước màu: XANH – đã hoàn thành; VÀNG – đang thực hiện; ĐỎ –
            // chưa thực hiện; …") names three statuses or more, one a part: it states none.
            if status != nil, line.cells.count == 1 {
                let parts = line.text.split(whereSeparator: { $0 == ";" })
                if parts.count >= 3, Set(parts.compactMap { v.status(in: readings.tokensIfRead(String($0))) }).count >= 3 { status = nil }
            }
            // A line of a list of difficulties that holds neither stays an item.
            if inItems && phrases.isEmpty && status == nil { close(); continue }
            // A line with a task of its own by meaning, other than the passage's, starts a
            // passage of its own ("C.2. Hướng dẫn …" after "C.1. Tuyên truyền …").
            let ranked = ranks < policy.nearestRanks && Self.hasLetters(line.text, moreThan: 12)
            if ranked { ranks += 1 }
            if let p = open, p.container != line.container || p.lastLine != index - 1 {
                close()
            } else if let p = open, ranked, !(p.quotes.isEmpty && p.itemQuotes.isEmpty && p.statuses.isEmpty), let mine = own(index) {
                resolveLead()
                if let lead = open!.lead, lead != mine { close() }
            }
            if open == nil { open = UnplacedPassage(container: line.container, lastLine: index, source: line.firstLocation?.description) }
            open!.lastLine = index
            if ranked, open!.lead == nil { open!.pendingLeads.append(index) }
            if open!.heading.isEmpty { open!.heading = line.text } else if open!.body.utf8.count < 1200 { open!.body += (open!.body.isEmpty ? "" : "\n") + line.text }
            if open!.source == nil || (open!.quotes.isEmpty && open!.itemQuotes.isEmpty && !phrases.isEmpty) { open!.source = line.firstLocation?.description ?? open!.source }
            if inItems { open!.itemQuotes += phrases } else { open!.quotes += phrases }
            if let status { open!.statuses.append(status) }
        }
        close()
        findings += added
    }

    /// Findings of the readers about a line under no task (a row whose label names no task,
    /// numbers under none) that name no task: each gains the task the line is nearest to by
    /// meaning, so that a person knows where it likely belongs.
    mutating func nameNearestTasks() {
        guard let policy = x.silentLoss, !x.profiles.isEmpty else { return }
        let codes = x.profiles.codes
        var ranks = 0
        for (k, f) in findings.enumerated() where ["figure-without-task", "task-unmatched"].contains(f.code) {
            guard ranks < policy.nearestRanks, let source = f.source, !codes.contains(where: { f.message.contains($0) }) else { continue }
            guard let i = linePlaces.lineAt(lines)[source], Self.hasLetters(lines[i].text, moreThan: 12) else { continue }
            ranks += 1
            let ranked = rankByMeaning(heading: String(lines[i].text.prefix(400)), body: "", group: nil)
            guard let top = ranked.first, top.score >= policy.nearestMinimum else { continue }
            var nearest = [top.code]
            if ranked.count > 1, ranked[1].score >= policy.nearestMinimum, ranked[1].score >= top.score * policy.closeCall { nearest.append(ranked[1].code) }
            let tasks = policy.message(nearest.count > 1 ? "nearest_tasks" : "nearest_task", ["task": nearest[0], "other": nearest.last!])
            findings[k].message += policy.message("nearest_suffix", ["nearest": tasks])
        }
    }

    /// The words stating a status in `line`, if it states one: a short cell right of a
    /// row's label, or a short line of prose ("→ Tiến độ: Đã xong", "Đang làm"). With
    /// `labelled`, only after a status label ("Tiến độ: …"): in a list of difficulties
    /// "Chưa có kinh phí" is an item, not a status.
    func statedStatus(_ line: Line, labelled: Bool, _ policy: SilentLossPolicy) -> String? {
        func quote(_ t: String) -> String { t.count > 80 ? String(t.prefix(77)) + "…" : t }
        func startsWithLabel(_ tokens: [Token]) -> Bool {
            guard let first = tokens.firstIndex(where: { $0.kind == .word }) else { return false }
            return v.statusLabels.match(tokens, at: first) != nil
        }
        if line.cells.count == 1 {
            let text = line.cells[0].text
            let tokens = readings.tokensIfRead(text)
            if text.spaceSeparatedCount <= policy.statusCellWords {
                let isLabelled = startsWithLabel(tokens)
                if isLabelled || (!labelled && text.spaceSeparatedCount <= 4) { return v.status(in: tokens) != nil ? quote(text) : nil }
            }
            // A sentence of prose stating a status in one of `prose_status_kinds` ("…, do trùng
            // lịch nên phường chưa cử được công chức tham dự."): its clause is quoted, from the
            // status to the end of its sentence.
            guard !labelled, !policy.proseStatusKinds.isEmpty, let claim = v.statusClaim(in: tokens),
                  policy.proseStatusKinds.contains(claim.kind.rawValue) else { return nil }
            var from = claim.start
            while from > 0, !tokens[from].breakBefore, claim.start - from < 6 { from -= 1 }
            var end = claim.end
            while end < tokens.count, !tokens[end].breakBefore, end - claim.end < 8 { end += 1 }
            let clause = Vocabulary.span(tokens, from, end).trimmedAsFoundationWhitespaces().trimmingCharacters(in: CharacterSet(charactersIn: ".;,"))
            return clause.isEmpty ? nil : quote(clause)
        }
        let label = line.cells.first { Self.hasLetters($0.text, moreThan: 3) }?.column
        for cell in line.cells where !cell.continued && cell.column != label {
            if cell.text.spaceSeparatedCount > policy.statusCellWords || Self.holdsTickBox(cell.text) { continue }
            let tokens = readings.tokensIfRead(cell.text)
            if labelled && !startsWithLabel(tokens) { continue }
            if v.status(in: tokens) != nil { return quote(cell.text) }
        }
        // A label cell and its value ("Tình trạng | Đã hoàn tất").
        if let first = line.cells.first(where: { !$0.continued }), startsWithLabel(readings.tokensIfRead(first.text)),
           let value = line.cells.first(where: { !$0.continued && $0.column > first.column }),
           value.text.spaceSeparatedCount <= policy.statusCellWords, v.status(in: readings.tokensIfRead(value.text)) != nil {
            return quote(first.text + ": " + value.text)
        }
        return nil
    }

    /// The task a line is nearest to by meaning on its own words, when it clearly is.
    func ownNearestTask(_ line: Line) -> String? {
        let ranked = rankByMeaning(heading: String(line.text.prefix(400)), body: "", group: nil)
        guard let top = ranked.first, top.score >= x.profiles.weights.accept else { return nil }
        return top.code
    }

    /// The finding for a passage under no task: its numbers, its stated status, and the tasks
    /// it is nearest to by meaning (the second only when nearly as near as the first).
    func unplacedFinding(_ passage: UnplacedPassage, _ policy: SilentLossPolicy, ranks: inout Int) -> Finding? {
        var p = passage
        if !p.statuses.isEmpty || p.itemQuotes.count >= 2 { p.quotes += p.itemQuotes }
        guard !p.quotes.isEmpty || !p.statuses.isEmpty else { return nil }
        var nearest: [String] = []
        if ranks < policy.nearestRanks {
            ranks += 1
            let ranked = rankByMeaning(heading: String(p.heading.prefix(400)), body: p.body, group: nil)
            if let top = ranked.first, top.score >= policy.nearestMinimum {
                nearest.append(top.code)
                if ranked.count > 1, ranked[1].score >= policy.nearestMinimum, ranked[1].score >= top.score * policy.closeCall { nearest.append(ranked[1].code) }
            }
        }
        let tasks = nearest.isEmpty ? "" : policy.message(nearest.count > 1 ? "nearest_tasks" : "nearest_task", ["task": nearest[0], "other": nearest.last!])
        let statuses = p.statuses.map { "“\($0)”" }.joined(separator: "; ")
        let passage = policy.passage(p.heading)
        if !p.quotes.isEmpty {
            var values = ["quotes": policy.quoted(p.quotes), "nearest": tasks]
            values["status"] = statuses.isEmpty ? "" : policy.message("status_note", ["quotes": statuses])
            return Finding(severity: .warning, code: "figure-without-task",
                           message: policy.message(nearest.isEmpty ? "unread_without_task" : "unread_near_task", values), source: p.source)
        }
        return Finding(severity: .warning, code: "task-unmatched",
                       message: policy.message(nearest.isEmpty ? "status_without_task" : "status_near_task",
                                               ["passage": passage, "quotes": statuses, "nearest": tasks]),
                       source: p.source)
    }
}

/// A task taken by meaning when the next task scored nearly as much.
struct CloseCall {
    var chosen: TaskCandidate
    var other: TaskCandidate
    var heading: String
    var line: Int
}

/// What the resolver decided by meaning that a person should hear about; a reference held by
/// the run, since the resolver's functions do not mutate it.
final class ResolutionLog {
    var closeCalls: [CloseCall] = []
}

extension ExtractionRun {
    /// A task taken by meaning when another task scored nearly as much: one finding per
    /// passage, naming both tasks with their scores and quoting the figures counted for the
    /// first, so that an officer can move them (the desk's assign action offers both tasks).
    mutating func noteCloseCalls(_ entries: [Entry]) {
        guard let policy = x.silentLoss else { return }
        let byTask = Dictionary(entries.map { ($0.task, $0) }, uniquingKeysWith: { a, _ in a })
        var said = Set<String>()
        func s(_ d: Double) -> String { String(format: "%.1f", d).replacingOccurrences(of: ".", with: ",") }
        for call in resolutions.closeCalls {
            guard let entry = byTask[call.chosen.code], said.insert("\(call.chosen.code) \(call.line)").inserted else { continue }
            // The figures of the passage: those read at or after its heading, up to the next
            // passage decided by meaning.
            let next = resolutions.closeCalls.map(\.line).filter { $0 > call.line }.min() ?? Int.max
            let lineOf = passageLines(from: call.line, to: next)
            var quotes: [String] = []
            for (_, f) in entry.indicators.sorted(by: { $0.key < $1.key }) {
                for src in f.sources where lineOf.contains(src.location) { quotes.append(src.text) }
            }
            let passage = policy.passage(call.heading)
            var values = ["passage": passage, "task": call.chosen.code, "other": call.other.code,
                          "score": s(call.chosen.score), "other_score": s(call.other.score)]
            values["quotes"] = policy.quoted(quotes)
            let message = policy.message(quotes.isEmpty ? "close_call_no_figures" : "close_call", values)
            findings.append(Finding(severity: .warning, code: "task-close-call", message: message,
                                    source: lines.indices.contains(call.line) ? lines[call.line].firstLocation?.description : nil))
        }
    }

    /// Figures of a kind the task never reports ("Số cơ sở vi phạm" under a training task), as
    /// the task profiles say: the passage was likely placed under the wrong task, or the
    /// figure read as the wrong kind. One finding per task, quoting the figures and naming
    /// the tasks that do report such figures, the likeliest by the passage's words first.
    mutating func noteOddFigures(_ entries: [Entry]) {
        guard let policy = x.silentLoss, !x.profiles.isEmpty else { return }
        for e in entries {
            let usual = x.profiles.figures[e.task] ?? []
            let odd = e.indicators.keys.filter { !usual.contains($0) && !policy.anyTask.contains($0) }.sorted()
            guard !odd.isEmpty else { continue }
            let owners = Set(x.profiles.codes.filter { code in code != e.task && odd.contains { x.profiles.figures[code]?.contains($0) == true } })
            // Ranked only when other tasks report these kinds: the ranking keeps only those.
            // With one such task there is nothing to order.
            let ranked = owners.count < 2 ? [] : rankByMeaning(heading: e.text.split(separator: "\n").first.map(String.init) ?? "", body: e.text, group: nil)
                .map(\.code).filter { owners.contains($0) }
            let others = Array((ranked + owners.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.prefix(2))
            let quotes = policy.quoted(odd.flatMap { id in e.indicators[id]!.sources.map(\.text) })
            findings.append(Finding(severity: .warning, code: "figure-odd-for-task",
                message: policy.message("odd_figures", ["task": e.task, "quotes": quotes, "other": others.joined(separator: ", ")]),
                source: e.indicators[odd[0]]!.sources.first?.location))
        }
    }

    /// Figures under a task the plan gives only other kinds of units (a ward's inspections
    /// under the Chi cục's own inspection task), when the unit did not name that task — by
    /// its code or the plan's words for it — but the passage was placed there by meaning:
    /// the task the plan gives this unit, which reports the same kinds of figures, was as
    /// likely, and is then missing. One finding per task, quoting its figures and naming
    /// those tasks, the likeliest by the passage's words first.
    mutating func noteTasksOfOtherUnits(_ entries: [Entry]) {
        guard let policy = x.silentLoss, let kind = reportingUnitGroup, let unit = policy.unitLabels[kind.rawValue], !x.profiles.isEmpty else { return }
        for e in entries where !e.indicators.isEmpty {
            // A task of the unit's kind whose figures are other kinds' (`figure_units`: the
            // wards' inspections of the devolved task the Chi cục leads) is said so.
            let figuresOnly = x.profiles.unitGroups[e.task]?.contains(kind) == true
            guard let groups = figuresOnly ? x.profiles.figureUnitGroups[e.task] : x.profiles.unitGroups[e.task],
                  !groups.contains(kind) else { continue }
            let owners = ownKindOwners(of: e, kind: kind)
            guard !owners.isEmpty else { continue }
            if unitNamesTask(e, policy) { continue }
            let ranked = owners.count < 2 ? [] : rankByMeaning(heading: e.text.split(separator: "\n").first.map(String.init) ?? "", body: e.text, group: nil)
                .map(\.code).filter { owners.contains($0) }
            let others = Array((ranked + owners.sorted()).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.prefix(2))
            let quotes = policy.quoted(e.indicators.sorted { $0.key < $1.key }.flatMap { $0.value.sources.map(\.text) })
            findings.append(Finding(severity: .warning, code: "figure-odd-for-task",
                message: policy.message(figuresOnly ? "other_units_figures" : "other_units_task", ["task": e.task, "unit": unit, "quotes": quotes, "other": others.joined(separator: ", ")]),
                source: e.indicators.sorted { $0.key < $1.key }.first?.value.sources.first?.location ?? e.sources.first))
        }
    }

    /// The tasks the plan gives the reporting unit's kind (`units` in task_profiles.yaml) that
    /// report some of `e`'s kinds of figures.
    func ownKindOwners(of e: Entry, kind: UnitGroup) -> Set<String> {
        let reported = Set(e.indicators.keys)
        return Set(x.profiles.codes.filter { code in
            code != e.task && x.profiles.unitGroups[code]?.contains(kind) == true && x.profiles.figures[code]?.isDisjoint(with: reported) == false
        })
    }

    /// Whether any line of the document names `code` by its code or quotes the plan's words
    /// for it (a heading copied from the plan, `plan_wording`): the unit named the task.
    func documentNamesTask(_ code: String) -> Bool {
        lines.contains { line in
            let text = line.text
            if TaskReferenceParser.references(in: text).contains(where: { self.code($0.group, $0.letter) == code }) { return true }
            guard text.spaceSeparatedCount >= 8, let top = x.titles.rank(String(text.prefix(400))).first else { return false }
            return top.code == code && top.score >= x.profiles.weights.planWording
        }
    }

    /// The lines `e`'s passages and rows stand on (a row's label cells with them).
    func entryLabels(_ e: Entry) -> [String] {
        let lineAt = linePlaces.lineAt(lines)
        return Set(e.sources.compactMap { lineAt[$0] }).sorted().map { lines[$0].text }
    }

    /// Whether the unit named `e`'s task itself: by its code, or by the plan's words for it
    /// (the title matcher's score at least `own_title_score`) in the passage or the label
    /// cells of its rows.
    func unitNamesTask(_ e: Entry, _ policy: SilentLossPolicy) -> Bool {
        ([String(e.text.prefix(400))] + entryLabels(e)).contains { text in
            if TaskReferenceParser.references(in: text, within: 120).contains(where: { code($0.group, $0.letter) == e.task }) { return true }
            guard let top = x.titles.rank(String(text.prefix(400))).first else { return false }
            return top.code == e.task && top.score >= policy.ownTitleScore
        }
    }

    /// The resolver's last word on tasks of other kinds of units: an entry under a task the
    /// plan gives only other kinds of units (a ward's inspections placed by meaning under the
    /// Chi cục's own inspection task), which the unit named neither by its code nor by the
    /// plan's words, is the one task of the same plan group that the plan gives the unit's
    /// kind and that reports all its kinds of figures, when the unit reports nothing under that task
    /// otherwise — the plan says so, as `ownKindSibling` says it of a passage resolved by
    /// meaning — unless its words speak much of the other task's own subject (its profile
    /// phrases score more than `own_kind_other_words`: "kiểm tra chất lượng sản phẩm, hàng
    /// hóa lưu thông", "ghi nhãn"): hands differ on a ward's checks of goods' quality, and
    /// those stay, named to a person (`noteTasksOfOtherUnits`).
    ///
    /// When the unit reports that task already and every figure of the entry is one the task's
    /// entry holds, equal ("Tóm tắt: kiểm tra 3 cuộc tại 19 cơ sở …" above the biểu whose row
    /// counts the same under the ward's own task), the entry restates it: it is left out, its
    /// figures counted once.
    func settleTasksOfOtherUnits(_ entries: [Entry]) -> [Entry] {
        guard let policy = x.silentLoss, let kind = reportingUnitGroup, !x.profiles.isEmpty else { return entries }
        var out = entries
        var restated = Set<Int>()
        for k in out.indices {
            let e = out[k]
            guard !e.indicators.isEmpty, let groups = x.profiles.unitGroups[e.task], !groups.contains(kind),
                  let planGroup = x.tasksByCode[e.task]?.group else { continue }
            let owners = x.profiles.ownKindSiblings(of: e.task, kind: kind, inGroup: { x.tasksByCode[$0]?.group == planGroup },
                                                    reporting: Set(e.indicators.keys), all: true)
            guard owners.count == 1, let owner = owners.first,
                  !unitNamesTask(e, policy), !documentNamesTask(e.task) else { continue }
            if let own = out.first(where: { $0.task == owner }) {
                if x.profiles.weights.restatedOtherKind > 0, e.indicators.allSatisfy({ id, f in own.indicators[id]?.value == f.value }) { restated.insert(k) }
                continue
            }
            let words = ([e.text] + entryLabels(e)).joined(separator: "\n")
            guard x.profiles.phraseScores(words)[e.task, default: 0] <= x.profiles.weights.ownKindOtherWords else { continue }
            out[k].task = owner
        }
        return restated.isEmpty ? out : out.indices.filter { !restated.contains($0) }.map { out[$0] }
    }

    /// Figures of a table or sheet whose row label names another indicator than the one the
    /// figure was counted as ("Tiền xử phạt" with its amount in a "Kinh phí" column): the
    /// column and the row disagree, and the claim taken is a weak one. One finding per task,
    /// quoting those figures with their labels.
    mutating func noteContestedFigures(_ entries: [Entry]) {
        guard let policy = x.silentLoss, let grids = x.gridRecognisers else { return }
        for e in entries {
            var quotes: [String] = []
            var source: String?
            for (id, f) in e.indicators.sorted(by: { $0.key < $1.key }) {
                for src in f.sources {
                    guard FoundationSearchFilter.mayContain(0x3D, in: src.text), let eq = src.text.range(of: " = ") else { continue }
                    let label = String(src.text[..<eq.lowerBound]).trimmed()
                    guard Self.hasLetters(label, moreThan: 3) else { continue }
                    let named = grids.indicator(label: label, unit: "", money: nil)
                    guard !named.excluded, let best = named.best, best != id, e.indicators[best] == nil else { continue }
                    quotes.append(src.text)
                    source = source ?? src.location
                }
            }
            guard !quotes.isEmpty else { continue }
            findings.append(Finding(severity: .warning, code: "figure-unrecognized",
                message: policy.message("contested_figures", ["task": e.task, "quotes": policy.quoted(quotes)]), source: source))
        }
    }

    /// A task whose passage or row states, in a cell or a sentence of its own, a status other
    /// than the one taken ("đạt 80% kế hoạch" beside "Đang thực hiện"): one finding per task,
    /// quoting the words of each, so that a person settles it instead of a silent first-wins.
    mutating func noteConflictingStatuses(_ entries: [Entry]) {
        guard let policy = x.silentLoss, entries.contains(where: { $0.status != .unknown }) else { return }
        let lineAt = linePlaces.lineAt(lines)
        for e in entries where e.status != .unknown {
            let places = Set(e.sources + [e.statusSource].compactMap { $0 })
            let rows = Set(places.compactMap { lineAt[$0] }).sorted()
            var other: (TaskStatus, String)?
            var taken: String?
            // Rows of tables and sheets, where a status column and a note or rate column each
            // state one; in prose a later sentence often tells of a part of the task.
            // Only short cells right of the row's label (the label names the task, "Duy trì,
            // cải tiến HTQLCL …"); tick boxes are the grid reader's, which reads the ticked one.
            for i in rows where lines[i].cells.count > 1 {
                let label = lines[i].cells.first { Self.hasLetters($0.text, moreThan: 3) }?.column
                for cell in lines[i].cells where !cell.continued && cell.column != label {
                    // A log's earlier row: the job's past state, overridden by its latest row.
                    if !pastStatusPlaces.isEmpty, pastStatusPlaces.contains(cell.location.description) { continue }
                    if cell.text.spaceSeparatedCount > policy.statusCellWords || Self.holdsTickBox(cell.text) { continue }
                    guard let st = v.status(in: readings.tokensIfRead(cell.text)) else { continue }
                    // "chưa" in a column of completion dates beside "Đang làm": not finished, as said.
                    let folded = VietText.words(cell.text).joined(separator: " ")
                    if e.status == .inProgress, st == .notStarted, policy.notDoneCells.contains(folded) { continue }
                    // "Thường xuyên" in the plan's schedule column: when, not how far.
                    if policy.scheduleCells.contains(folded) { continue }
                    let words = cell.text.count > 80 ? String(cell.text.prefix(77)) + "…" : cell.text
                    if st == e.status { if taken == nil { taken = words } } else if other == nil { other = (st, words) }
                }
            }
            // In prose: another passage of the task states another status about as strongly as
            // the one taken ("… việc này đã xong." and "… vẫn đang làm, chưa xong."): the first
            // stated stood among equals; a person decides.
            if other == nil, let share = policy.statusConflictShare, let b = builders[e.task], b.status == e.status,
               b.statusSource == e.statusSource,
               let c = b.statusClaims.first(where: { $0.value != e.status && $0.weight >= b.statusConfidence * share && $0.source != e.statusSource }),
               let src = c.source, let i = lineAt[src] {
                other = (c.value, Self.statusSentence(lines[i].text, c.value, v))
                if taken == nil, let src = e.statusSource, let j = lineAt[src] { taken = Self.statusSentence(lines[j].text, e.status, v) }
            }
            guard let (_, words) = other else { continue }
            let chosen = taken ?? e.statusSource.flatMap { src in lineAt[src].flatMap { i in lines[i].cells.first { $0.location.description == src }?.text } }
            findings.append(Finding(severity: .warning, code: "status-conflict",
                message: policy.message("status_conflict", ["task": e.task, "quotes": "“\(words)”",
                                                            "taken": chosen.map { "“\($0.count > 80 ? String($0.prefix(77)) + "…" : $0)”" } ?? "",
                                                            "status": policy.statusLabels[e.status.rawValue] ?? e.status.rawValue]),
                source: e.statusSource))
        }
    }

    /// The sentence of `text` that states `value` ("…; việc này đã xong"), at most 80
    /// characters; else the text's first 77.
    static func statusSentence(_ text: String, _ value: TaskStatus, _ v: Vocabulary) -> String {
        func short(_ t: String) -> String { t.count > 80 ? String(t.prefix(77)) + "…" : t }
        for part in text.split(whereSeparator: { $0 == "." || $0 == ";" }) {
            let sentence = String(part).trimmed()
            if !sentence.isEmpty, v.status(in: Tokenizer.tokenize(sentence)) == value { return short(sentence) }
        }
        return short(text.trimmed())
    }

    /// Whether `text` has more than `n` letters (characters), counted only as far as needed.
    static func hasLetters(_ text: String, moreThan n: Int) -> Bool {
        // On the bytes where characters are scalars (`isLetter` is its first scalar's `isAlphabetic`).
        if let answer = text.simpleScalarCount(moreThan: n, where: ScalarClass.isAlphabetic) { return answer }
        var count = 0
        for ch in text where ch.isLetter {
            count += 1
            if count > n { return true }
        }
        return false
    }

    /// Whether `text` holds a tick box ("☐☒☑✓✔□■"). All of them are three UTF-8 bytes led by
    /// 0xE2: a text without that byte has none, and is not walked character by character.
    static func holdsTickBox(_ text: String) -> Bool {
        guard text.utf8.contains(0xE2) else { return false }
        return text.contains(where: { "☐☒☑✓✔□■".contains($0) })
    }

    /// The places of the lines from `start` up to (not including) `end`.
    func passageLines(from start: Int, to end: Int) -> Set<String> {
        var out = Set<String>()
        var i = max(0, start)
        while i < lines.count, i < end {
            for p in linePlaces.ofLines(lines)[i] { out.insert(p) }
            i += 1
        }
        return out
    }
}

/// What the main loop knew of a line when it read it: the section it stood in, whether it
/// was part of a layout block, and the task whose passage it was read in.
struct LineContext: Sendable {
    var section: SectionKind?
    var layout = false
    /// The task whose passage the line stands in, when the line was read as prose (a
    /// grid's rows are placed by their own sources).
    var task: String?
    /// Read by the grid reader.
    var byGrid = false
}

/// The places of the document's cells (`Location.description`), made once for the run's
/// later readers: each of them (the silent-loss sweep, the notes of conflicting statuses and
/// of other units' tasks, the nearest tasks) made its own before. The run's lines do not
/// change once read; a reference held by the run.
final class LinePlaces {
    private var byLine: [[String]]?
    private var first: [String: Int]?

    /// Each line's cells' places, in order.
    func ofLines(_ lines: [Line]) -> [[String]] {
        if let p = byLine { return p }
        let p = lines.map { $0.cells.map { $0.location.description } }
        byLine = p
        return p
    }

    /// The first line holding each place.
    func lineAt(_ lines: [Line]) -> [String: Int] {
        if let m = first { return m }
        var m: [String: Int] = [:]
        for (i, places) in ofLines(lines).enumerated() {
            for p in places where m[p] == nil { m[p] = i }
        }
        first = m
        return m
    }
}

