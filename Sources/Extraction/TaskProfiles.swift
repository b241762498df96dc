import Foundation
import DocumentModel
import Plan
import VietText
import Yams

/// Tasks by meaning: what each task of the plan is about in the words units use (the plan's
/// words and the domain's — "cân tại chợ", "truy xuất nguồn gốc", "TCVN ISO 9001"), and the
/// kinds of figures reported under it. Loaded from the pipeline's `task_profiles.yaml`, with
/// the resolver's weights and thresholds. A passage or a table row that names no task by
/// code or by title is scored against every profile: its heading's phrases, its body's
/// phrases, the kinds of its figures, and the plan group it stands under each add evidence.
public struct TaskProfiles: Sendable {
    /// The weights and thresholds of the resolver (`resolver:` in the file).
    public struct Weights: Sendable, Equatable {
        /// A profile phrase in the passage's heading (or a row's task cell), per word of the phrase.
        public var heading = 2.0
        /// A profile phrase in the passage's body, per word of the phrase.
        public var body = 0.5
        /// A figure of a kind the profile lists.
        public var figure = 1.0
        /// The title matcher's score (0…1) times this.
        public var title = 4.0
        /// A task of the plan group the passage stands under.
        public var group = 1.5
        /// A heading's phrase that opens it — the activity it names, "Tập huấn …", "Kiểm tra …" —
        /// counts this many times.
        public var lead = 1.5
        /// The least score that names a task.
        public var accept = 4.0
        /// Where a heading must name the task, the least its own words (phrases and title)
        /// must score for a task to be a candidate: a body alone names no task.
        public var headingMin = 1.5
        /// The top score must be at least this many times the second's, else the passage is
        /// ambiguous and both candidates are named in a finding.
        public var ratio = 1.4
        /// Scores of body phrases of one task are capped at this (a long passage repeats its words).
        public var bodyCap = 4.0
        /// A task whose profile names the kinds of units it is for, in a report of a unit of
        /// another kind, has its score multiplied by this.
        public var otherUnit = 0.5
        /// Below this title-matcher score a task the plan gives only to other kinds of units
        /// yields to its group's task for the unit's own kind (`ownKindSibling`).
        public var ownKindTitle = 0.3
        /// …and shares at least this many of the title's keywords with it (a heading of one or
        /// two words shares all of them with many titles).
        public var ownKindTitleKeywords = 3.0
        /// The most evidence of its own task's words (profile phrases, per word) an entry
        /// placed by meaning under a task of other kinds of units may hold and still be the
        /// unit's own task's (`settleTasksOfOtherUnits`).
        public var ownKindOtherWords = 4.0
        /// The title matcher's least score (0…1) for a line to be a task's own plan wording,
        /// copied: a task recognised with confidence (a report of another subject has none).
        public var confidentTitle = 0.8
        /// The least title-matcher score for a heading to be a task's plan wording copied, and
        /// how far it must lead the next task.
        public var planWording = 0.55
        public var planWordingMargin = 0.15
        /// An item lettered "b)" under a plan group's heading is that group's task b when the
        /// task's title scores at least this share of the best title's in the group; else the
        /// letter is the unit's own and the item is read by meaning.
        public var letterTitleShare = 0.5
        /// A figure of a kind its task never reports (`figures`) goes to the task its own
        /// sentence or row names (`FigureOwners`): that task must report the kind, its phrases
        /// in the figure's words must score at least `figureOwner`, and `figureOwnerRatio`
        /// times the next such task's. Zero turns the rule off.
        public var figureOwner = 2.0
        public var figureOwnerRatio = 1.5
        /// A plain paragraph of at least this many words may be an item of its own, when the
        /// paragraphs around it each name their own task (ParagraphItems.swift).
        public var paragraphItemWords = 12.0
        /// Switches (0 off): an entry of another kind of unit's task that restates its own-kind sibling's figures left out
        /// (`settleTasksOfOtherUnits`); a sheet laid out as one wide row or as a board of
        /// stages read as its works (`LineBuilder.oneWideRow`, `statusBoard`).
        public var restatedOtherKind = 0.0
        public var sheetBoards = 0.0
    }

    var weights = Weights()
    /// Phrase → the tasks it speaks of.
    var phrases = PhraseTable<[String]>()
    /// Task → the indicator kinds reported under it.
    var figures: [String: Set<IndicatorID>] = [:]
    /// Task → kinds its passages are read as but that are never its figures
    /// (`foreign_figures`: drafts of law under II.2.c read as drafts of standards): set aside
    /// and quoted in a finding, never counted.
    var foreignFigures: [String: Set<IndicatorID>] = [:]
    /// Task → the kinds of units it is for, when the plan makes it specific to some.
    var unitGroups: [String: Set<UnitGroup>] = [:]
    /// Task → the kinds of units whose figures it counts, when fewer than those it is for
    /// (`figure_units`): the Chi cục leads the wards' devolved inspections, but their counts
    /// are the wards'; its own inspections are its own task's. Absent: `unitGroups`.
    var figureUnitGroups: [String: Set<UnitGroup>] = [:]
    var codes: [String] = []
    /// Words a heading types short and the words they stand for (`shorthand`: "KT" →
    /// "kiểm tra", "ĐL" → "đo lường"), by the short word as written, lower-cased, marks kept
    /// ("KĐ", kiểm định, is not "KD", kinh doanh).
    var shorthand: [String: String] = [:] {
        didSet { shorthandLongestScalars = shorthand.keys.map { $0.unicodeScalars.count }.max() ?? 0 }
    }
    /// The longest short word of `shorthand`, in Unicode scalars.
    private(set) var shorthandLongestScalars = 0
    /// Pairs of tasks whose words are often close, with the words that tell them apart
    /// (`deciders` in the file): who a training was for, what a draft is of.
    struct Decider: Sendable {
        var first: String
        var second: String
        /// Phrase → the side (one of the two tasks) it speaks for.
        var words = PhraseTable<String>()
        /// The side taken when the words speak for neither (`otherwise`): one task is named by
        /// its own subject ("giải thưởng"), the other is what is left.
        var otherwise: String?
    }
    var deciders: [Decider] = []
    /// The kinds of legal documents a plan's task text may cite (`citations` in the file):
    /// the title matcher reads each task's text without its citations.
    public var citations = Citations()

    public init() {}

    /// Of two close tasks that a decider pairs, the one the text's telling words speak for
    /// when they speak for it alone (at least one of its phrases, none of the other's); nil
    /// when no decider pairs them, or the words say nothing or both.
    func decide(_ a: String, _ b: String, _ text: String) -> String? {
        guard deciders.contains(where: { [$0.first, $0.second] == [a, b] || [$0.first, $0.second] == [b, a] }) else { return nil }
        return decide(a, b, tokens: Tokenizer.tokenize(text)[...])
    }

    /// The same, on tokens the caller already has (a passage's, tokenized once for ranking).
    func decide(_ a: String, _ b: String, tokens: ArraySlice<Token>) -> String? {
        guard let d = deciders.first(where: { [$0.first, $0.second] == [a, b] || [$0.first, $0.second] == [b, a] }) else { return nil }
        var sides = Set<String>()
        var i = tokens.startIndex
        while i < tokens.endIndex {
            if let m = d.words.match(tokens, at: i) { sides.insert(m.value); i = m.end } else { i += 1 }
        }
        return sides.count == 1 ? sides.first : sides.isEmpty ? d.otherwise : nil
    }

    /// The task a decider pairs with `top` that a label's telling words name over it: `top`
    /// led by the plan title's likeness or by figures both report, while the unit's own words
    /// in the label (`label`, profile phrases) speak more for the partner, and the label's and
    /// its results' words (`text`) speak for the partner alone ("Tuyên truyền về tiêu chuẩn,
    /// đo lường, chất lượng | Tin trên loa …": the plan's II.1.b opens with "Tuyên truyền", but
    /// a propaganda of news items is II.1.a's). Nil when no such partner is among `ranked`.
    func overrule(_ top: String, ranked: [String], label: String, text: String) -> String? {
        let partners = deciders.compactMap { d -> String? in
            d.first == top ? d.second : d.second == top ? d.first : nil
        }.filter { ranked.contains($0) }
        guard !partners.isEmpty else { return nil }
        let own = phraseScores(label)
        let tokens = Tokenizer.tokenize(text)[...]
        for p in partners where (own[p] ?? 0) >= (own[top] ?? 0) && (own[p] ?? 0) > 0 && decide(top, p, tokens: tokens) == p { return p }
        return nil
    }

    /// The tasks other than `code` of its plan group (`inGroup`) that the plan gives units of
    /// `kind` and that report the `kinds` of figures — every one of them when `all`, some
    /// when not: where a passage, a row or an entry placed under a task of other kinds of
    /// units belongs for this unit (the resolver, the grid resolver and the last settling
    /// each ask it).
    func ownKindSiblings(of code: String, kind: UnitGroup, inGroup: (String) -> Bool, reporting kinds: Set<IndicatorID>, all: Bool) -> [String] {
        codes.filter { c in
            c != code && inGroup(c) && unitGroups[c]?.contains(kind) == true
                && (all ? kinds.isSubset(of: figures[c] ?? []) : !kinds.isDisjoint(with: figures[c] ?? []))
        }
    }

    public static func load(contentsOf url: URL, taskCodes: Set<String>, indicators: Set<IndicatorID>) throws -> TaskProfiles {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Vocabulary.LoadError(file: url.path, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(yaml: text, file: url.path, taskCodes: taskCodes, indicators: indicators)
    }

    /// Parses strictly: unknown keys, unknown tasks and unknown indicators are errors.
    public static func parse(yaml: String, file: String = "task_profiles.yaml", taskCodes: Set<String>,
                             indicators: Set<IndicatorID>) throws -> TaskProfiles {
        func fail(_ m: String) -> Vocabulary.LoadError { Vocabulary.LoadError(file: file, message: m) }
        let loaded: Any?
        do { loaded = try YAMLLoad.load(yaml: yaml) } catch { throw fail("\(error)") }
        guard let root = loaded as? [String: Any] else { throw fail("the top level must be a mapping") }
        for key in root.keys where !["resolver", "tasks", "neutral", "deciders", "citations", "shorthand"].contains(key) { throw fail("\(key): unknown key (use resolver, tasks, neutral, deciders, citations, shorthand)") }
        var p = TaskProfiles()
        if let r = root["resolver"] {
            guard let m = r as? [String: Any] else { throw fail("resolver must be a mapping") }
            let fields: [String: WritableKeyPath<Weights, Double>] = [
                "heading": \.heading, "body": \.body, "figure": \.figure, "title": \.title, "group": \.group,
                "accept": \.accept, "ratio": \.ratio, "body_cap": \.bodyCap, "other_unit": \.otherUnit, "own_kind_title": \.ownKindTitle, "own_kind_title_keywords": \.ownKindTitleKeywords, "own_kind_other_words": \.ownKindOtherWords, "heading_min": \.headingMin, "lead": \.lead,
                "confident_title": \.confidentTitle, "plan_wording_margin": \.planWordingMargin, "plan_wording": \.planWording,
                "letter_title_share": \.letterTitleShare, "figure_owner": \.figureOwner, "figure_owner_ratio": \.figureOwnerRatio, "paragraph_item_words": \.paragraphItemWords,
                "restated_other_kind": \.restatedOtherKind, "sheet_boards": \.sheetBoards,
            ]
            for (key, value) in m.sorted(by: { $0.key < $1.key }) {
                guard let path = fields[key] else { throw fail("resolver.\(key): unknown key") }
                guard let d = (value as? Double) ?? (value as? Int).map(Double.init) else { throw fail("resolver.\(key) must be a number") }
                p.weights[keyPath: path] = d
            }
        }
        guard let tasks = root["tasks"] as? [String: Any] else { throw fail("tasks must be a mapping of task codes") }
        var byPhrase: [String: [String]] = [:]
        var phraseOrder: [String] = []
        for code in tasks.keys.sorted() {
            guard taskCodes.contains(code) else { throw fail("tasks.\(code): not a task of the catalogue") }
            guard let spec = tasks[code] as? [String: Any] else { throw fail("tasks.\(code) must be a mapping") }
            for key in spec.keys where !["words", "figures", "foreign_figures", "units", "figure_units"].contains(key) { throw fail("tasks.\(code).\(key): unknown key (use words, figures, foreign_figures, units, figure_units)") }
            for key in ["units", "figure_units"] {
                guard let list = spec[key] else { continue }
                guard let names = list as? [Any] else { throw fail("tasks.\(code).\(key) must be a list") }
                var groups = Set<UnitGroup>()
                for any in names {
                    guard let g = UnitGroup(rawValue: "group:\(any)") else { throw fail("tasks.\(code).\(key): unknown kind \(any) (use internal, departments, communes)") }
                    groups.insert(g)
                }
                if key == "units" { p.unitGroups[code] = groups } else { p.figureUnitGroups[code] = groups }
            }
            if let f = p.figureUnitGroups[code], let u = p.unitGroups[code], !f.isSubset(of: u) {
                throw fail("tasks.\(code).figure_units: must be some of its units")
            }
            p.codes.append(code)
            for any in (spec["words"] as? [Any]) ?? [] {
                let phrase = VietText.words("\(any)").joined(separator: " ")
                guard !phrase.isEmpty else { continue }
                if byPhrase[phrase] == nil { phraseOrder.append(phrase) }
                if !(byPhrase[phrase]?.contains(code) ?? false) { byPhrase[phrase, default: []].append(code) }
            }
            var kinds = Set<IndicatorID>()
            for any in (spec["figures"] as? [Any]) ?? [] {
                let id = IndicatorID("\(any)")
                guard indicators.contains(id) else { throw fail("tasks.\(code).figures: unknown indicator \(id)") }
                kinds.insert(id)
            }
            p.figures[code] = kinds
            if let list = spec["foreign_figures"] {
                guard let names = list as? [Any] else { throw fail("tasks.\(code).foreign_figures must be a list") }
                var foreign = Set<IndicatorID>()
                for any in names {
                    let id = IndicatorID("\(any)")
                    guard indicators.contains(id) else { throw fail("tasks.\(code).foreign_figures: unknown indicator \(id)") }
                    guard !kinds.contains(id) else { throw fail("tasks.\(code).foreign_figures: \(id) is also one of its figures") }
                    foreign.insert(id)
                }
                p.foreignFigures[code] = foreign
            }
        }
        for phrase in phraseOrder { p.phrases.add(phrase, byPhrase[phrase]!) }
        if let any = root["shorthand"] {
            guard let m = any as? [String: Any] else { throw fail("shorthand must be a mapping of short words to the words they stand for") }
            for (key, value) in m {
                let short = key.trimmedAsFoundationWhitespaces().lowercased()
                let full = "\(value)".trimmedAsFoundationWhitespaces()
                guard !short.isEmpty, !short.contains(" "), !full.isEmpty else { throw fail("shorthand.\(key) must be one short word and the words it stands for") }
                p.shorthand[short] = full
            }
        }
        // The plan's whole subject names no task: read past it, so that a task's phrase inside
        // it ("chuẩn đo lường" in "tiêu chuẩn, đo lường") counts for nothing.
        if let list = root["neutral"] {
            guard let neutral = list as? [Any] else { throw fail("neutral must be a list of phrases") }
            for any in neutral {
                let phrase = VietText.words("\(any)").joined(separator: " ")
                guard !phrase.isEmpty else { throw fail("neutral: an empty phrase") }
                guard byPhrase[phrase] == nil else { throw fail("neutral: \(phrase) is also a task's phrase") }
                p.phrases.add(phrase, [])
            }
        }
        if let c = root["citations"] {
            guard let m = c as? [String: Any] else { throw fail("citations must be a mapping (kinds, laws, plans, words)") }
            for key in m.keys where !["kinds", "laws", "plans", "words"].contains(key) { throw fail("citations.\(key): unknown key (use kinds, laws, plans, words)") }
            func phrases(_ key: String) throws -> [String] {
                guard let any = m[key] else { return [] }
                guard let list = any as? [Any] else { throw fail("citations.\(key) must be a list of phrases") }
                return try list.map {
                    let phrase = "\($0)".trimmedAsFoundationWhitespaces()
                    guard !phrase.isEmpty else { throw fail("citations.\(key): an empty phrase") }
                    return phrase
                }
            }
            // The citation's grammar words: every one is needed once a kind or a law is given.
            var words = Citations.Words()
            let fields: [String: WritableKeyPath<Citations.Words, String>] = [
                "number": \.number, "day": \.day, "month": \.month, "year": \.year,
                "issuer": \.issuer, "subject": \.subject, "promulgates": \.promulgates,
            ]
            if let any = m["words"] {
                guard let w = any as? [String: Any] else { throw fail("citations.words must be a mapping (\(fields.keys.sorted().joined(separator: ", ")))") }
                for (key, value) in w.sorted(by: { $0.key < $1.key }) {
                    guard let path = fields[key] else { throw fail("citations.words.\(key): unknown key (use \(fields.keys.sorted().joined(separator: ", ")))") }
                    let word = "\(value)".trimmedAsFoundationWhitespaces()
                    guard !word.isEmpty else { throw fail("citations.words.\(key): an empty word") }
                    words[keyPath: path] = word
                }
            }
            let (kinds, laws) = (try phrases("kinds"), try phrases("laws"))
            if !kinds.isEmpty || !laws.isEmpty, let missing = fields.keys.sorted().first(where: { words[keyPath: fields[$0]!].isEmpty }) {
                throw fail("citations.words.\(missing): needed to read the citations of kinds and laws")
            }
            p.citations = Citations(kinds: kinds, laws: laws, plans: try phrases("plans"), words: words)
        }
        if let list = root["deciders"] {
            guard let items = list as? [Any] else { throw fail("deciders must be a list") }
            for (k, any) in items.enumerated() {
                guard let m = any as? [String: Any], let pair = m["tasks"] as? [Any], pair.count == 2 else {
                    throw fail("deciders[\(k)] must be a mapping with tasks: [two task codes] and each task's words")
                }
                let a = "\(pair[0])", b = "\(pair[1])"
                for c in [a, b] where !taskCodes.contains(c) { throw fail("deciders[\(k)].tasks: \(c) is not a task of the catalogue") }
                guard a != b else { throw fail("deciders[\(k)].tasks: two different tasks") }
                for key in m.keys where ![a, b, "tasks", "otherwise"].contains(key) {
                    throw fail("deciders[\(k)].\(key): unknown key (use tasks, \(a), \(b), otherwise)")
                }
                var d = Decider(first: a, second: b)
                if let o = m["otherwise"] {
                    guard ["\(o)"] == [a] || ["\(o)"] == [b] else { throw fail("deciders[\(k)].otherwise: \(o) is not one of the pair") }
                    d.otherwise = "\(o)"
                }
                for side in [a, b] {
                    guard let words = m[side] as? [Any], !words.isEmpty else { throw fail("deciders[\(k)].\(side) must be a list of phrases") }
                    for w in words {
                        let phrase = VietText.words("\(w)").joined(separator: " ")
                        guard !phrase.isEmpty else { throw fail("deciders[\(k)].\(side): an empty phrase") }
                        d.words.add(phrase, side)
                    }
                }
                p.deciders.append(d)
            }
        }
        return p
    }

    var isEmpty: Bool { codes.isEmpty }

    /// Each task's evidence from the profile phrases in `text`, per word of each phrase; a
    /// phrase counts once per text.
    /// The one task whose profile phrase is the whole of a short label's words ("Tin bài",
    /// "Loa, Zalo" no: two phrases), or nil: a phrase several tasks share names none.
    func wholePhraseTask(_ text: String) -> String? {
        let tokens = Tokenizer.tokenize(text).filter { $0.kind == .word }
        guard !tokens.isEmpty else { return nil }
        let whole = phrases.allMatches(tokens, at: 0).filter { $0.end == tokens.count }
        guard let m = whole.first, m.value.count == 1 else { return nil }
        return m.value[0]
    }

    func phraseScores(_ text: String, lead: Double = 1) -> [String: Double] {
        phraseScores(tokens: Tokenizer.tokenize(text), lead: lead)
    }

    /// A heading with its short words written out (`shorthand`: "KT ĐL tại CHXD" → "kiểm tra
    /// đo lường tại cửa hàng xăng dầu"); nil when it has none.
    func writtenOut<C: Collection>(_ tokens: C) -> String? where C.Element == Token {
        guard !shorthand.isEmpty else { return nil }
        // Every grid row's label and every heading comes here: a label with no word as short
        // as the longest short word is passed over without lower-casing each word (lower
        // casing maps each scalar to one or more: it never shortens a word in scalars).
        guard tokens.contains(where: { $0.kind == .word && $0.raw.unicodeScalars.count <= shorthandLongestScalars }) else { return nil }
        var changed = false
        let words = tokens.map { t -> String in
            if t.kind == .word, let full = shorthand[t.raw.lowercased()] { changed = true; return full }
            return String(t.raw)
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// The same of a text's tokens (`Tokenizer.tokenize(text)`, or a slice of tokens that
    /// reads as they do).
    /// With `pastCounts`, a count inside an activity's words ("lấy 18 mẫu", "kiểm tra 03 cơ
    /// sở", "cử 02 công chức") is read past too: each task keeps the better of its evidence
    /// with and without the numbers, so that a heading "Lấy 18 mẫu …" names sampling as "lấy
    /// mẫu" does, while phrases that hold a number ("đề án 100", "iso 9001") still count as
    /// written. (Headings only: in a body, "hỗ trợ 07 doanh nghiệp" is said of many tasks.)
    func phraseScores<C: RandomAccessCollection>(tokens: C, lead: Double = 1, pastCounts: Bool = false) -> [String: Double]
    where C.Element == Token, C.Index == Int {
        var out = writtenPhraseScores(tokens: tokens, lead: lead)
        guard pastCounts else { return out }
        var inside = false
        var previousWord = false
        for t in tokens {
            if t.kind == .number, previousWord { inside = true; break }
            previousWord = t.kind == .word
        }
        guard inside else { return out }
        let bare = tokens.filter { $0.kind != .number }
        for (code, score) in writtenPhraseScores(tokens: bare, lead: lead) where score > out[code, default: 0] { out[code] = score }
        return out
    }

    private func writtenPhraseScores<C: RandomAccessCollection>(tokens: C, lead: Double) -> [String: Double]
    where C.Element == Token, C.Index == Int {
        let firstWord = tokens.firstIndex { $0.kind == .word }
        var out: [String: Double] = [:]
        var i = tokens.startIndex
        while i < tokens.endIndex {
            // At each position every task takes its longest phrase there ("kiểm tra đo lường"
            // for one, "kiểm tra" for another); the longest phrase of all says where to go on.
            let all = phrases.allMatches(tokens, at: i)
            guard let longest = all.first else { i += 1; continue }
            // A neutral phrase, longest here, names no task and hides the phrases inside it.
            if longest.value.isEmpty { i = longest.end; continue }
            var taken = Set<String>()
            for m in all {
                let share = Double(min(m.words, 3)) / Double(m.value.count) * (i == firstWord ? lead : 1)
                for code in m.value where taken.insert(code).inserted { out[code, default: 0] += share }
            }
            i = longest.end
        }
        return out
    }
}

/// The tokens of `heading + "\n" + body`, and the parts of them that are exactly the tokens of
/// `heading` and of `body` alone. The line break ends every token of the heading and opens a
/// clause, so each part reads as its own text — except when the body opens with a mark glued
/// to a number the heading ends with ("… 12⏎:5"), which reads otherwise alone: then (and when
/// the parts cannot be told apart) a part is nil and its text is tokenized on its own.
struct PassageTokens {
    let all: [Token]
    let heading: ArraySlice<Token>?
    let body: ArraySlice<Token>?

    init(heading: String, body: String) {
        let text = heading + "\n" + body
        let tokens = Tokenizer.tokenize(text)
        all = tokens
        // Where the body starts in `text`: after the heading's bytes and the line break.
        let utf8 = text.utf8
        let split = utf8.index(utf8.startIndex, offsetBy: heading.utf8.count + 1)
        var k = tokens.startIndex
        while k < tokens.endIndex, tokens[k].raw.startIndex < split { k += 1 }
        // A token that spans the line break cannot be: the break ends every token.
        guard k == tokens.startIndex || tokens[k - 1].raw.endIndex < split else { self.heading = nil; self.body = nil; return }
        self.heading = tokens[..<k]
        let glued = k < tokens.endIndex && k > tokens.startIndex && tokens[k].kind == .punct && tokens[k - 1].kind == .number
        self.body = glued ? nil : tokens[k...]
    }
}

/// One task candidate of a passage, with its score.
struct TaskCandidate: Sendable {
    var code: String
    var score: Double
}

/// The outcome of resolving a passage's task by meaning.
enum MeaningResolution {
    case task(String)
    /// Two tasks remain close: both are named to a person, with their scores.
    case ambiguous(TaskCandidate, TaskCandidate)
    case none

    /// Whether a line so resolved starts a passage of its own below the task `current`'s: it
    /// names another task, or two close tasks neither of which is `current`.
    func starts(_ current: String?) -> Bool {
        switch self {
        case .task(let code): return code != current
        case .ambiguous(let a, let b): return a.code != current && b.code != current
        case .none: return false
        }
    }
}

extension ExtractionRun {
    /// Ranks the tasks for a passage: `heading` (its heading or a row's task cell), `body`
    /// (what follows), the kinds of figures read from it, and the plan group it stands under.
    func rankByMeaning(heading: String, body: String, group: Int?, requireHeading: Bool = false) -> [TaskCandidate] {
        guard !x.profiles.isEmpty else { return [] }
        return rankByMeaning(PassageTokens(heading: heading, body: body), heading: heading, body: body, group: group, requireHeading: requireHeading)
    }

    /// The same, on the passage's tokens (heading and body tokenized once, together, for the
    /// figures; each read from its part of the tokens), which the resolver keeps for a close
    /// call's deciding words.
    func rankByMeaning(_ passage: PassageTokens, heading: String, body: String, group: Int?, requireHeading: Bool = false) -> [TaskCandidate] {
        let p = x.profiles
        guard !p.isEmpty else { return [] }
        let w = p.weights
        var score: [String: Double] = [:]
        var headingScores = passage.heading.map { p.phraseScores(tokens: $0, lead: w.lead, pastCounts: true) }
            ?? p.phraseScores(tokens: Tokenizer.tokenize(heading), lead: w.lead, pastCounts: true)
        var titles = x.titles.rank(heading)
        // A heading typed in shorthand ("KT ĐL tại CHXD", "Hướng dẫn DN áp dụng TCCS") is read
        // also with its short words written out: each task keeps the better of the two readings.
        if !p.shorthand.isEmpty, let full = p.writtenOut(passage.heading.map { Array($0) } ?? Tokenizer.tokenize(heading)) {
            for (code, s) in p.phraseScores(tokens: Tokenizer.tokenize(full), lead: w.lead, pastCounts: true) where s > headingScores[code, default: 0] {
                headingScores[code] = s
            }
            var best: [String: Double] = [:]
            for r in titles + x.titles.rank(full) where r.score > best[r.code, default: -1] { best[r.code] = r.score }
            titles = best.map { (code: $0.key, score: $0.value) }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.code < $1.code }
        }
        for (code, s) in headingScores { score[code, default: 0] += s * w.heading }
        // A heading that says nothing of any task ("Công tác lãnh đạo, chỉ đạo") names none,
        // whatever its body mentions.
        if requireHeading, score.isEmpty, (titles.first?.score ?? 0) < 0.15 { return [] }
        if !body.isEmpty {
            let bodyScores = passage.body.map { p.phraseScores(tokens: $0) } ?? p.phraseScores(body)
            for (code, s) in bodyScores { score[code, default: 0] += min(s * w.body, w.bodyCap) }
        }
        // The figures the passage reports: each kind is evidence for the tasks that report it.
        let kinds = Set(v.figures(in: passage.all).found.map(\.indicator))
        if !kinds.isEmpty {
            for code in p.codes {
                let shared = p.figures[code].map { $0.intersection(kinds).count } ?? 0
                if shared > 0 { score[code, default: 0] += Double(shared) * w.figure }
            }
        }
        for r in titles where r.score > 0.05 { score[r.code, default: 0] += r.score * w.title }
        if requireHeading {
            // Only tasks the heading itself speaks of are candidates.
            var own: [String: Double] = [:]
            for (code, s) in headingScores { own[code, default: 0] += s * w.heading }
            for r in titles where r.score > 0.05 { own[r.code, default: 0] += r.score * w.title }
            score = score.filter { (own[$0.key] ?? 0) >= w.headingMin }
        }
        if let g = group {
            for code in score.keys where x.tasksByCode[code]?.group == g { score[code]! += w.group }
        }
        // A heading that cites its plan group in brackets ("… trong nhà trường (khoản 1 Mục
        // II)") is one of that group's tasks, when its words name any.
        if let cited = Self.citedGroup(heading), score.keys.contains(where: { x.tasksByCode[$0]?.group == cited }) {
            score = score.filter { x.tasksByCode[$0.key]?.group == cited }
        }
        // A task the plan makes specific to some kinds of units weighs less in a report of
        // another kind ("phối hợp các UBND phường, xã" in a department's report).
        if let kind = reportingUnitGroup {
            for (code, groups) in p.unitGroups where !groups.contains(kind) && score[code] != nil { score[code]! *= w.otherUnit }
        }
        return score.map { TaskCandidate(code: $0.key, score: $0.value) }
            .sorted { $0.score != $1.score ? $0.score > $1.score : $0.code < $1.code }
    }

    /// `judgeByMeaning`, with a close call it took recorded for `noteCloseCalls`: for lines
    /// whose resolution places a passage. Probes that only ask whether words name a task use
    /// `judgeByMeaning` itself, so asking leaves no trace.
    /// `ownKind`: whether a passage short of the bar only for its task's kind of units may be
    /// placed by the unit's own kind (`ownKindBelowBar`); not for a clause read alone.
    func resolveByMeaning(heading: String, body: String, group: Int?, requireHeading: Bool = false, ownKind: Bool = true) -> MeaningResolution {
        let (resolution, closeCall) = judgeByMeaning(heading: heading, body: body, group: group, requireHeading: requireHeading)
        if let closeCall { resolutions.closeCalls.append(closeCall) }
        if ownKind, case .none = resolution, let own = ownKindBelowBar(heading: heading, body: body, group: group, requireHeading: requireHeading) {
            return .task(own)
        }
        return resolution
    }

    /// A passage placed by no task only because the plan gives its top task to other kinds of
    /// units (its score weighed by `other_unit` fell below `accept`, which it reached before):
    /// a commune's "Phối hợp Chi cục kiểm tra tiệm vàng: 1 cuộc, 8 cơ sở" names the state
    /// inspection in the plain words of any inspection; for the commune it is the one task of
    /// that plan group given to its kind that reports those figures (`ownKindSibling`), as when
    /// its words are clearer. For placing passages only: probes that ask whether words name a
    /// task (`judgeByMeaning`) are not answered so.
    func ownKindBelowBar(heading: String, body: String, group: Int?, requireHeading: Bool) -> String? {
        let w = x.profiles.weights
        guard let kind = reportingUnitGroup, w.otherUnit > 0,
              let top = rankByMeaning(heading: heading, body: body, group: group, requireHeading: requireHeading).first,
              top.score < w.accept, top.score >= w.accept * w.otherUnit,
              let groups = x.profiles.unitGroups[top.code], !groups.contains(kind) else { return nil }
        return ownKindSibling(of: top.code, heading: heading, body: body)
    }

    /// The task a passage's words name by meaning, and the close call taken on the way (the
    /// top task chosen while the runner-up scored nearly as much), if any. Pure: it records
    /// nothing.
    func judgeByMeaning(heading: String, body: String, group: Int?, requireHeading: Bool = false) -> (MeaningResolution, CloseCall?) {
        guard !x.profiles.isEmpty else { return (.none, nil) }
        let passage = PassageTokens(heading: heading, body: body)
        let ranked = rankByMeaning(passage, heading: heading, body: body, group: group, requireHeading: requireHeading)
        let w = x.profiles.weights
        // The deciding words are read from the passage's own tokens ("heading\nbody").
        func decided(_ a: String, _ b: String) -> String? { x.profiles.decide(a, b, tokens: passage.all[...]) }
        guard let top = ranked.first, top.score >= w.accept else { return (.none, nil) }
        // The plan gives the top task to other kinds of units only, and the unit did not use
        // the plan's words for it (a ward's "Về kiểm tra: … 01 cuộc tại 05 cửa hàng" by meaning
        // is the state inspection the Chi cục does): the one task of the same plan group the
        // plan gives the unit's own kind that reports what the passage reports (the ward's
        // devolved inspections) is its task: the plan says so.
        if let own = ownKindSibling(of: top.code, heading: heading, body: body) { return (.task(own), nil) }
        // The other way round: the runner-up is given to other kinds of units only and the top
        // is the task its group gives the unit's own kind for what the passage reports (a
        // commune's "Phối hợp kiểm tra …" close to the Chi cục's inspections): the plan
        // settles the close call.
        if ranked.count > 1, top.score < ranked[1].score * w.ratio, ownKindLeads(top.code, over: ranked[1].code, heading: heading, body: body) {
            return (.task(top.code), nil)
        }
        // Two close tasks a decider pairs (task_profiles.yaml `deciders`): the passage's words
        // that tell them apart settle it when they speak for one alone.
        if ranked.count > 1, top.score < ranked[1].score * w.ratio {
            if let d = decided(top.code, ranked[1].code) { return (.task(d), nil) }
            return (.ambiguous(top, ranked[1]), nil)
        }
        if let policy = x.silentLoss, ranked.count > 1, ranked[1].score >= policy.closeCallMinimum,
           ranked[1].score >= top.score * policy.closeCall {
            // A close call the passage's telling words settle for the runner-up.
            if decided(top.code, ranked[1].code) == ranked[1].code { return (.task(ranked[1].code), nil) }
            // Taken, but the next task was nearly as likely: said to a person once the
            // passage's figures are known (`noteCloseCalls`).
            return (.task(top.code), CloseCall(chosen: top, other: ranked[1], heading: heading, line: lineIndex))
        }
        return (.task(top.code), nil)
    }

    /// The task of `code`'s plan group that the plan gives the reporting unit's kind (by
    /// `units` in task_profiles.yaml) and that reports the passage's kinds of figures (or, with
    /// none, `code`'s), when `code` is given to other kinds only and the passage does not use
    /// its plan wording (title score below `own_kind_title`); nil unless exactly one.
    func ownKindSibling(of code: String, heading: String, body: String) -> String? {
        let p = x.profiles
        guard let kind = reportingUnitGroup, let groups = p.unitGroups[code], !groups.contains(kind),
              let planGroup = x.tasksByCode[code]?.group else { return nil }
        // Named by the plan's words: the heading's title score for the task.
        // A heading of a word or two ("Kiểm tra:") shares all its words with many titles: with
        // fewer than `own_kind_title_keywords` of the title's keywords it is read with its body
        // ("Kiểm tra: 01 cuộc tại 05 cửa hàng xăng dầu …" is not the plan's wording).
        if let own = x.titles.rankWithShared(heading).first(where: { $0.code == code }), own.score >= p.weights.ownKindTitle {
            if Double(own.keywords) >= p.weights.ownKindTitleKeywords || body.isEmpty { return nil }
            if (x.titles.rank(heading + "\n" + body).first(where: { $0.code == code })?.score ?? 0) >= p.weights.ownKindTitle { return nil }
        }
        let found = Set(v.figures(in: Tokenizer.tokenize(heading + "\n" + body)).found.map(\.indicator))
        let kinds = found.isEmpty ? (p.figures[code] ?? []) : found
        guard !kinds.isEmpty else { return nil }
        let siblings = p.ownKindSiblings(of: code, kind: kind, inGroup: { x.tasksByCode[$0]?.group == planGroup }, reporting: kinds, all: false)
        guard siblings.count == 1 else { return nil }
        // The unit reported its own task already, in an item of its own, and this item's words
        // speak much of the other task's own subject (`own_kind_other_words`: "Đấu tranh hàng
        // giả, hàng kém chất lượng, nhãn hàng hóa" after "Kiểm tra đo lường tại chợ"): the unit
        // tells the two apart — as rows of one table do —, and the item keeps the task its
        // words name (the entry is then said as a task of other kinds of units, for a person).
        if order.contains(siblings[0]), p.phraseScores(heading + "\n" + body)[code, default: 0] > p.weights.ownKindOtherWords { return nil }
        return siblings[0]
    }

    /// Whether `top`, ahead of `other` by meaning, is the task of `other`'s plan group that the
    /// plan gives the reporting unit's kind (by `units` in task_profiles.yaml) while `other` is
    /// given to other kinds only, and `top` reports the passage's kinds of figures (any, when
    /// it states none).
    func ownKindLeads(_ top: String, over other: String, heading: String, body: String) -> Bool {
        let p = x.profiles
        guard let kind = reportingUnitGroup, let otherGroups = p.unitGroups[other], !otherGroups.contains(kind),
              p.unitGroups[top]?.contains(kind) == true,
              let g = x.tasksByCode[other]?.group, x.tasksByCode[top]?.group == g else { return false }
        let found = Set(v.figures(in: Tokenizer.tokenize(heading + "\n" + body)).found.map(\.indicator))
        return found.isEmpty || !(p.figures[top] ?? []).isDisjoint(with: found)
    }

    /// A finding naming both close candidates, with their scores, and the passage's numbers.
    mutating func noteAmbiguous(_ a: TaskCandidate, _ b: TaskCandidate, heading: String, quotes: [String], location: Location?) {
        let short = heading.count > 120 ? String(heading.prefix(117)) + "…" : heading
        let figures = quotes.isEmpty ? "" : " Số liệu: \(quotes.map { "“\($0)”" }.joined(separator: "; "))."
        func s(_ d: Double) -> String { String(format: "%.1f", d).replacingOccurrences(of: ".", with: ",") }
        findings.append(Finding(severity: .warning, code: "task-ambiguous",
            message: "Không chắc nội dung “\(short)” thuộc nhiệm vụ nào: \(a.code) (điểm \(s(a.score))) hay \(b.code) (điểm \(s(b.score))); chưa được tổng hợp, đề nghị chỉ định.\(figures)",
            source: location?.description))
    }
}

/// The legal documents a plan's task text cites ("Quyết định số 1383/QĐ-UBND ngày 25 tháng 4
/// năm 2024 của Ủy ban nhân dân Thành phố về ban hành Kế hoạch triển khai thực hiện …"): their
/// numbers, dates and issuers say nothing of the task, yet every report's opening cites
/// documents the same way ("Thực hiện Công văn số 2815/SKHCN-TĐC ngày 06/10/2026 của Sở …;
/// Kế hoạch ban hành kèm theo Quyết định số 76/QĐ-UBND …"), and a task whose text cites three
/// of them took such openings for its own. A citation is a kind (`kinds`), its number (after
/// "số", or a code with a slash), its date ("ngày 08 tháng 12 năm 2023", "ngày 31/12/2021"),
/// its issuer ("của …", up to "về" or a stop), and the plan it promulgates ("về ban hành" one
/// of `plans`, up to a colon or a semicolon). A law (`laws`: a resolution, a decree) cited by
/// its number names its task when a report cites the same ("theo Nghị định 135/2021/NĐ-CP"):
/// its kind and number stay, its date and issuer go. The subject that follows ("về mức thu
/// nhập chuyên gia …") stays.
public struct Citations: Sendable {
    /// The grammar words of a citation (`citations.words`): "số" before its number, "ngày …
    /// tháng … năm" of its date, "của" before its issuer, "về" before its subject, "ban hành"
    /// before the plan it promulgates.
    public struct Words: Sendable, Equatable {
        public var number = "", day = "", month = "", year = "", issuer = "", subject = "", promulgates = ""
        public init(number: String = "", day: String = "", month: String = "", year: String = "",
                    issuer: String = "", subject: String = "", promulgates: String = "") {
            (self.number, self.day, self.month, self.year) = (number, day, month, year)
            (self.issuer, self.subject, self.promulgates) = (issuer, subject, promulgates)
        }
    }
    public var kinds: [String] = []
    public var laws: [String] = []
    public var plans: [String] = []
    public var words = Words()
    private var pattern: NSRegularExpression?
    private var lawPattern: NSRegularExpression?

    public init(kinds: [String] = [], laws: [String] = [], plans: [String] = [], words: Words = Words()) {
        self.kinds = kinds
        self.laws = laws
        self.plans = plans
        self.words = words
        func escaped(_ phrase: String) -> String {
            NSRegularExpression.escapedPattern(for: phrase).replacingOccurrences(of: " ", with: "\\s+")
        }
        func alternatives(_ list: [String]) -> String { list.map(escaped).joined(separator: "|") }
        let w = words
        let number = "(?:\\s+\(escaped(w.number))\\s+\\d[^\\s,;:]*|\\s+\\d+/[^\\s,;:]*)"
        // "ngày 31/12/2021", "ngày 25 tháng 4 năm 2024" (a day written twice, "ngày 08 ngày 12 năm", read too).
        let date = "(?:\\s+\(escaped(w.day))\\s+\\d{1,2}(?:/\\d{1,2}/\\d{4}|\\s+(?:\(escaped(w.month))|\(escaped(w.day)))\\s+\\d{1,2}\\s+\(escaped(w.year))\\s+\\d{4}))?"
        let issuer = "(?:\\s+\(escaped(w.issuer))\\s+[^,;:.]*?(?=\\s+\(escaped(w.subject))\\s|[,;:.]|$))?"
        let promulgates = plans.isEmpty ? "" : "(?:\\s+\(escaped(w.subject))\\s+\(escaped(w.promulgates))\\s+(?:\(alternatives(plans)))[^;:]*)?"
        if !kinds.isEmpty {
            pattern = try? NSRegularExpression(pattern: "\\b(?:\(alternatives(kinds)))" + number + date + issuer + promulgates,
                                               options: [.caseInsensitive])
        }
        if !laws.isEmpty {
            lawPattern = try? NSRegularExpression(pattern: "(\\b(?:\(alternatives(laws)))" + number + ")" + date + issuer,
                                                  options: [.caseInsensitive])
        }
    }

    /// `text` without its citations (each replaced by a space; a law's by its kind and number).
    public func strip(_ text: String) -> String {
        var text = text
        if let lawPattern {
            text = lawPattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1")
        }
        if let pattern {
            text = pattern.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " ")
        }
        return text
    }
}
