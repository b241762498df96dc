import Foundation
import Plan

// The status recogniser: every way a passage or a cell states a task's status becomes a
// claim with its kind, its weight (`status_reading.weights` in vocabulary.yaml) and the
// tokens it rests on. The passage keeps its strongest claim; across passages and cells the
// extractor's resolver (`ExtractionRun.setStatus`) keeps, per task, the claim of greatest
// weight, the first among equals.

/// A status a passage or a cell states, how it was stated, and where in its tokens.
struct StatusClaim: Sendable {
    /// How a status was stated. Each kind has a weight in the pipeline's vocabulary.
    enum Kind: String, CaseIterable, Sendable {
        /// A share of the plan in a cell or a clause ("đạt 80% kế hoạch", a "% KH" column):
        /// yields to a status in words.
        case percentage
        /// A status verb opening a clause with what it applies to after it ("Chưa triển khai
        /// kiểm tra … do …", "Sở Công Thương đã hoàn thành việc góp ý …").
        case opener
        /// A clause that is a status ("Nhiệm vụ đang thực hiện.", "…, nhiệm vụ đã hoàn thành."),
        /// or a status verb with its object after a label ("Kết quả: Đã hoàn thành việc …").
        case clause
        /// An assessment that says a task is not done without saying whether it began
        /// ("Chưa đạt", `status_reading.vague`): a claim of not started outweighs it.
        case vague
        /// A cell of a status, assessment or note column, or a short cell beside a task.
        case cell
        /// A status verb with its object after a label ("Kết quả: Đã hoàn thành việc đăng 36
        /// tin …"): says less than a status alone after its label, more than a clause.
        case labelledClause = "labelled_clause"
        /// The heading a task's item stands under groups tasks by their status ("Các nội dung
        /// đã hoàn thành:"): the weakest claim, any words of the item's own outweigh it.
        case heading
        /// Alone in parentheses or brackets ("(Đã hoàn thành)", "[đang thực hiện]").
        case parenthesised
        /// A share of the plan after a status label ("Tiến độ: đạt 60%").
        case labelledPercentage = "labelled_percentage"
        /// A deadline still ahead said of the work ("Tình trạng: sẽ hoàn thành trước
        /// 20/12/2026", "Đợt 1 xong 15/9; đợt 2 sẽ xong trước 20/12"): work remains, so it is
        /// under way, over a part said done beside it (`status_reading.deadlines`).
        case deadline
        /// After a status label or mark ("Tiến độ: Hoàn thành", "Tự đánh giá: Đạt", "→ HT").
        case labelled
        /// A verdict closing a sentence's last part after a comma, with no other status in
        /// its passage ("… được 24 tin, xong"; `status_reading.comma_tail`): yields to any
        /// status stated otherwise in the task's other lines.
        case closingPart = "closing_part"
    }
    var value: TaskStatus
    var kind: Kind
    /// The kind's weight: a claim replaces another only when it weighs more.
    var confidence: Double
    /// Token range of the status words.
    var start: Int
    var end: Int
    /// Only a percentage: a status in words (in a note, another row) outweighs it.
    var isWeak: Bool { kind == .percentage }
}

extension Vocabulary {
    /// How statuses are read beyond a phrase of their own (`status_reading`).
    struct StatusReading: Sendable {
        /// Marks that introduce a status like a label ("→ HT", "=> Hoàn thành."), as written.
        var marks: [[Unicode.Scalar]] = []
        /// Marks between a heading's title and the status that ends it ("2.1. Góp ý dự thảo …
        /// – đã hoàn thành"), as written (`heading_tail`).
        var headingTail: Set<String> = []
        /// Status verbs stated of the task with what they apply to after them, opening a
        /// clause or a part between commas after a short subject.
        var openers = PhraseTable<TaskStatus>()
        /// The folded first words of `openers` and `waiting`: a cheap test before matching,
        /// looked up by the token's key at every word of a clause's subject.
        var openingWords = WordSet()
        /// How many words of a subject may stand before an opener ("Sở Công Thương đã …").
        var subjectWords = 6
        /// Waiting on someone else ("đang chờ kết quả thử nghiệm"): in progress after reported work.
        var waiting = PhraseTable<Bool>()
        /// Folded words that tell of work done ("đã"): waiting after them is in progress.
        var done: Set<String> = []
        /// Words before a percentage of progress ("đạt 80%").
        var percentLeads = PhraseTable<Bool>()
        /// What a percentage of progress is a share of ("80% kế hoạch").
        var percentOf = PhraseTable<Bool>()
        /// Words right before a status that make it a plan, a purpose or a condition
        /// ("phấn đấu hoàn thành", "dự kiến hoàn thành", "nếu phát sinh").
        var plans = PhraseTable<Bool>()
        /// Labels of when the work is due or how often ("thời gian theo KH: thường xuyên",
        /// "Thời hạn: Quý IV"): what follows them is the plan's schedule, not the progress.
        var schedules = PhraseTable<Bool>()
        /// The kind of a task in brackets after its title ("… (nhiệm vụ thường xuyên): Sở …",
        /// "(nhiệm vụ định kỳ)", "(theo yêu cầu)"): how often the work comes, not how far it
        /// came — a bracket holding only one is no status.
        var taskKinds = PhraseTable<Bool>()
        /// Labels of the period ahead ("Thời gian tới: tiếp tục thực hiện …", "Thời gian tiếp theo: …"):
        /// they open with a schedule's word but say how the work goes on, not when it is due.
        var outlooks = PhraseTable<Bool>()
        /// Labels of the day the work was finished ("Ngày xong: 15/9/2026", a "Ngày hoàn thành"
        /// column): a date alone after one states the task done.
        var doneDates = PhraseTable<Bool>()
        /// Labels of the day the work is expected to be finished ("Dự kiến hoàn thành" column,
        /// "Mốc hoàn thành | Dự kiến 18/12/2026"): a date after one says the work goes on.
        var expectedDates = PhraseTable<Bool>()
        /// Assessments that say a task is not done without saying whether it began ("Chưa
        /// đạt"): in progress, with the weight of a `vague` claim, below a claim of not
        /// started in the task's own words ("Chưa tổ chức được do …").
        var vague = PhraseTable<Bool>()
        /// A deadline still ahead (`deadlines`): a word of the future ("sẽ"), and within
        /// `deadlineWords` words a word of a limit ("trước", "đến") and a date; or the limit
        /// and its date first, the future word right after ("Trước 31/12/2026 sẽ xong").
        var deadlineFuture = PhraseTable<Bool>()
        var deadlineBefore = PhraseTable<Bool>()
        var deadlineWords = 0
        /// Words that may open the date after the limit ("ngày 20/12", "tháng 12/2026"), folded.
        var deadlineDateWords: Set<String> = []
        /// Each kind of claim's weight.
        var weights: [StatusClaim.Kind: Double] = [:]
        /// Brackets a status may stand alone in, opening → closing ("(" → ")", "[" → "]").
        var brackets: [String: String] = ["(": ")"]
        /// A status said as a short predicate about the work (`predicates`): a polarity word
        /// ("đã", "đang", "chưa") with what it says, work verbs ("làm", "tổ chức", "cử"), words
        /// that end the work ("xong", "rồi"), that leave it half done ("dở"), and "được" after
        /// a negated verb ("chưa cử được").
        var polarity = PhraseTable<TaskStatus>()
        var workVerbs = PhraseTable<Bool>()
        var completion = PhraseTable<Bool>()
        var partial = PhraseTable<Bool>()
        var able = PhraseTable<Bool>()
        /// How many work verbs may follow each other in one predicate ("đã đi học xong").
        var verbWords = 3
        /// People sent to an event, said of the sending done (`predicates.attendance`): "đã cử
        /// 02 công chức tham dự lớp tập huấn …" states the attendance done, where "đã cử 02
        /// công chức tham gia đoàn kiểm tra" narrates work. A sending verb, at most
        /// `attendanceObjectWords` words of whom, a verb of attending and, within two words,
        /// an event that ends when attended.
        var sendVerbs = PhraseTable<Bool>()
        var attendVerbs = PhraseTable<Bool>()
        var attendedEvents = PhraseTable<Bool>()
        var attendanceObjectWords = 8
        /// Labels of what is left of the work (`residual.labels`: "Tồn đọng: Không."), and
        /// their verdicts: nothing left is done, something left is being carried on.
        var residualLabels = PhraseTable<Bool>()
        var residualNothing = PhraseTable<Bool>()
        var residualRemaining = PhraseTable<Bool>()
        /// Labels of the task's next step (`next_steps`: "Mốc tiếp theo: …"): nothing next
        /// ("không còn") is done as after a `residual` label; a step named there leaves the work
        /// unfinished, so it turns a weaker claim of done into under way, or stands alone as a
        /// `vague` claim; a task said not started or not arisen stays so.
        var nextStepLabels = PhraseTable<Bool>()
        /// Labels of a numbered step of a task ("Bước 2: … (đang làm)", `steps`): the task
        /// stands where its last stated step stands, so a later step's claim replaces an
        /// earlier step's of the same weight.
        var stepLabels = PhraseTable<Bool>()
        /// Symbols that state a status alone at the start or the end of a line ("✅ Kiểm tra
        /// cân …", "2. Tuyên truyền … 🔄"), with no key in the document (`symbols`): the words
        /// each stands for.
        var symbols: [Character: String] = [:]
        /// Marks before a status that ends a line or a bullet ("… -- xong rồi.", "… – đang
        /// làm dở, …"), and how many words of a subject may stand between ("– phường không
        /// có việc này").
        /// Folded shortenings of "không" written with a dot before the word they negate
        /// ("K.phát sinh"), read in a cell.
        var negationShorthand: Set<String> = []
        var tailMarks: Set<String> = [] {
            // Looked for longest first, marks of one length in their own order: "--" before "-",
            // whichever order the Set has this run.
            didSet {
                tailMarksLongestFirst = tailMarks.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
                tailMarkLengthsLongestFirst = tailMarksLongestFirst.map(\.count)
            }
        }
        private(set) var tailMarksLongestFirst: [String] = []
        /// Each of `tailMarksLongestFirst`'s length in characters: `tailMarkStart` asks it at
        /// every punctuation token of every sentence read for a status (a character count
        /// walks the mark's grapheme clusters: 3.9 M on the speed33 sample).
        private(set) var tailMarkLengthsLongestFirst: [Int] = []
        /// Words typed short in a cell and what they stand for (`cell_shorthand`: "xg" →
        /// "xong", "đg" → "đang", "k/ps" → "không phát sinh"), read so only in a status or
        /// note cell: in prose "đg" may as well be "đường".
        var cellShorthand = PhraseTable<String>()
        /// An office's initials before a dash in a status or note cell ("KT - xg", "TP-HT -
        /// đang làm"): at most `initialsWords` words of capitals, each of at most
        /// `initialsLetters` letters (`performer_initials`); 0 words: none are dropped.
        var initialsWords = 0
        var initialsLetters = 0
        /// How many words may follow a heading's status after a dash and qualify it ("– đã
        /// xong đợt cuối năm"); 0: the status must end the heading.
        var headingTailWords = 0
        var tailSubjectWords = 2
        /// A verdict closing the last part of a sentence after a comma ("… được 24 tin, xong",
        /// "…, việc này coi như xong rồi"), read only when the passage states no status any
        /// other way (`comma_tail`): nil, never. Words that judge what was checked rather than
        /// the work ("…, đạt") are not such a verdict (`comma_tail.not`, folded).
        var commaTail: (subjectWords: Int, not: Set<String>)?
        /// Statuses that, taken first, yield to a later claim of the same weight stating one
        /// of theirs (`tie_yields`: "không phát sinh" in one month beside "Hoàn thành" at the
        /// period's end).
        var tieYields: [TaskStatus: Set<TaskStatus>] = [:]

        func weight(_ kind: StatusClaim.Kind) -> Double { weights[kind] ?? 0 }

        /// Whether a claim of `new` weighing `weight` replaces the one taken (`old`, `oldWeight`):
        /// it weighs more, or as much and `old` yields to it (`tie_yields`).
        func replaces(_ old: TaskStatus, _ oldWeight: Double, with new: TaskStatus, _ weight: Double) -> Bool {
            weight > oldWeight || (abs(weight - oldWeight) < 1e-9 && tieYields[old]?.contains(new) == true)
        }
    }

    /// "1 - Hoàn thành", "3. Chưa thực hiện": a status chosen from a numbered drop-down list —
    /// a number of one or two digits, a mark, then only a status's words. The number is the
    /// option's, no figure.
    func isNumberedStatusOption(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 3, tokens[0].kind == .number, tokens[0].raw.utf8.count <= 2,
              tokens[1].kind == .punct, ["-", "–", "—", ".", ")"].contains(String(tokens[1].raw)),
              !tokens[2...].contains(where: { $0.kind == .number }) else { return false }
        return status(in: Array(tokens[2...])) != nil
    }

    /// The status a passage states in a phrase of its own: after a label, in parentheses or
    /// as a clause; not a status verb opening a clause with its object (`statusClaim(in:)`
    /// takes those too). Used where a passage's words decide something other than the status
    /// (whether a clause reports something, a form's typed status, a conflicting cell).
    func status(in tokens: [Token]) -> TaskStatus? {
        guard let claim = strongestStatusClaim(in: tokens, openers: false) else { return nil }
        if claim.value == .notApplicable, reportsFigures(tokens) { return nil }
        return claim.value
    }

    /// The strongest status claim of a passage: after a label or a mark ("Tiến độ: Hoàn
    /// thành", "Đánh giá: đạt", "→ HT"), alone in parentheses, a clause that is a status
    /// ("Chưa triển khai do …", "Hiện đang thực hiện.", "…, nhiệm vụ đã hoàn thành."), a
    /// clause that opens with a status of what follows ("Sở đang tiếp tục phối hợp …"), a
    /// percentage of the plan. Prose verbs such as "đã thực hiện 5 cuộc kiểm tra" are not a
    /// status, nor one said of a plan ("phấn đấu hoàn thành trong Quý IV"). Assessment words
    /// ("đạt", "thường xuyên") count only after a label, in a cell, or as a whole clause.
    /// A passage that reports figures did not "not arise": a not-applicable claim there is
    /// no status (`unrecognizedStatus` quotes it).
    func statusClaim(in tokens: [Token]) -> StatusClaim? {
        guard let claim = strongestStatusClaim(in: tokens) else { return nil }
        if claim.value == .notApplicable, reportsFigures(tokens) { return nil }
        return claim
    }

    /// The status a heading's words group the items below it by (`status_headings` words, a
    /// status, at most a few words, no figures: "Các nội dung đã hoàn thành", "Những việc đang
    /// tiếp tục thực hiện", "CÁC NỘI DUNG KHÔNG PHÁT SINH"), the heading's number or mark left
    /// out; nil for any other words.
    func groupingStatus(_ tokens: [Token]) -> TaskStatus? {
        // Numbers only of the period the items were done in ("Những việc đã xong trong Quý
        // I/2026"), a period title (`clauses.period_titles`) a few tokens before them.
        guard let lead = statusHeadingLeads.match(tokens, at: 0), lead.end < tokens.count,
              !tokens.indices.contains(where: { i in
                  tokens[i].kind == .number && !(max(0, i - 3)..<i).contains { periodTitles.match(tokens, at: $0) != nil }
              }) else { return nil }
        var k = lead.end
        // "Các nội dung đã hoàn thành", "… đã được hoàn thành": a done-word may come first.
        var claim = statuses.match(tokens, at: k) ?? statusReading.openers.match(tokens, at: k)
        if claim == nil, statusReading.done.contains(tokens[k].folded), k + 1 < tokens.count {
            k += 1
            claim = statuses.match(tokens, at: k) ?? statusReading.openers.match(tokens, at: k)
        }
        // "Các việc còn đang làm", "Các việc chưa làm": the state said as a predicate of the
        // work (`status_reading.predicates`); "Các việc đã làm" narrates, no state.
        if claim == nil, let p = predicateStatus(tokens, at: lead.end), !p.bare || p.value != .completed {
            claim = (p.value, p.end, 0)
        }
        guard let claim, claim.value != .unknown else { return nil }
        let wordsAfter = tokens[claim.end...].filter { $0.kind == .word }.count
        return wordsAfter <= 8 ? claim.value : nil
    }

    /// The status a heading that is wholly a status groups the items below it by, perhaps
    /// after the period they were done in ("4. Đang làm, chưa xong:", "5. Không có việc:",
    /// "2. Quý II/2026 đã xong:"): the period (`clauses.period_titles` with its numbers), then
    /// one status or assessment phrase opening the rest, and no more than further status
    /// phrases after it. Nil for a heading with words of its own.
    func statusAloneHeading(_ tokens: [Token]) -> TaskStatus? {
        var k = tokens.firstIndex(where: { $0.kind != .punct }) ?? tokens.count
        if k < tokens.count, let period = periodTitles.match(tokens, at: k) {
            // "Quý II/2026", "Tháng 9 – 10": the period's numbers, roman or not, and marks.
            k = period.end
            while k < tokens.count, tokens[k].kind == .number || tokens[k].kind == .punct
                    || tokens[k].raw == tokens[k].raw.uppercased() && TaskCode.romanValue(String(tokens[k].raw)) != nil { k += 1 }
        }
        guard k < tokens.count, let first = statusOrAssessment(tokens, at: k), first.value != .unknown else { return nil }
        // "Đang làm, chưa xong": further phrases of the same kind may follow, parted by marks.
        var i = first.end
        while i < tokens.count {
            if tokens[i].kind == .punct { i += 1; continue }
            guard let next = statusOrAssessment(tokens, at: i) else { return nil }
            i = next.end
        }
        return first.value
    }

    /// "Bước 2: …", "Giai đoạn 3 - …": a line opening with a numbered step of its task
    /// (`status_reading.steps`).
    func opensStep(_ tokens: [Token]) -> Bool {
        guard let m = statusReading.stepLabels.match(tokens, at: 0), m.end + 1 < tokens.count,
              tokens[m.end].kind == .number, tokens[m.end + 1].kind == .punct else { return false }
        return ":.)-–".contains(tokens[m.end + 1].raw.first!)
    }

    /// A passage's status claim, or else the status-like words it holds that no rule reads
    /// (`unrecognizedStatus`), the passage read once.
    func statusOrUnrecognized(in tokens: [Token]) -> (claim: StatusClaim?, unrecognized: String?) {
        let strongest = strongestStatusClaim(in: tokens)
        if let claim = strongest, !(claim.value == .notApplicable && reportsFigures(tokens)) { return (claim, nil) }
        return (nil, unrecognizedStatus(in: tokens, strongest: strongest))
    }

    /// The status a heading of the unit's own ends with, after its title and one of
    /// `status_reading.heading_tail` ("2.1. Phối hợp kiểm tra … – đang triển khai", "Góp ý
    /// dự thảo: đã hoàn thành") or of the status marks (`status_reading.marks`: "Tuyên truyền
    /// … ⏎→ Đã xong"), or alone in brackets: the status of the item the heading
    /// opens, said in the item's own status slot (a `labelled` claim). A status inside the
    /// title ("Kiểm tra việc hoàn thành …") or with words after it is none.
    func headingTailStatus(_ tokens: [Token]) -> StatusClaim? {
        var end = tokens.count
        while end > 0, tokens[end - 1].kind == .punct { end -= 1 }
        // The last mark of the heading, with words of a title before it.
        var k = end - 1
        while k >= 1 {
            if tokens[k].kind == .punct {
                let raw = String(tokens[k].raw)
                if statusReading.headingTail.contains(raw) || statusReading.brackets[raw] != nil
                    || statusReading.marks.contains(Array(raw.unicodeScalars)) { break }
            }
            k -= 1
        }
        guard k >= 1, tokens[..<k].contains(where: { $0.kind == .word }),
              let s = statusOrAssessment(tokens, at: k + 1) else { return nil }
        if s.end != end {
            // "… – đã xong đợt cuối năm", "… – đang làm, tháng 12 làm tiếp": after a dash (a
            // `tail_marks` mark, not a colon), a few words (`heading_tail_words`) that say when
            // or how far qualify the status, when they state no other one. So after a mark
            // that introduces a status ("→ Đang làm, còn đợt kiểm tra tháng 12").
            let mark = String(tokens[k].raw)
            guard statusReading.tailMarks.contains(mark) || statusReading.marks.contains(Array(mark.unicodeScalars)),
                  tokens[s.end..<end].filter({ $0.kind == .word }).count <= statusReading.headingTailWords else { return nil }
            if let other = strongestStatusClaim(in: Array(tokens[s.end..<end])), other.value != s.value { return nil }
        }
        // "(…; thời gian theo KH: thường xuyên)": the schedule the plan set, not a status.
        if followsSchedule(tokens, at: k + 1) { return nil }
        return StatusClaim(value: s.value, kind: .labelled, confidence: statusReading.weight(.labelled), start: k + 1, end: s.end)
    }

    /// Whether the words at `start` follow a label of when the work is due and its colon
    /// ("thời gian theo KH: thường xuyên", "Thời hạn: Quý IV"): the plan's schedule, not the
    /// progress (`status_reading.schedules`).
    func followsSchedule(_ tokens: [Token], at start: Int) -> Bool {
        let k = start - 1
        guard k >= 1, k < tokens.count, tokens[k].kind == .punct, tokens[k].raw == ":" else { return false }
        var j = k - 1
        while j >= 0, tokens[j].kind != .punct { j -= 1 }
        // "Thời gian tới: đã thực hiện xong, chuyển sang theo dõi": the period ahead, whose
        // line says how far the work came and whether it goes on (`status_reading.outlooks`).
        if (j + 1..<k).contains(where: { statusReading.outlooks.match(tokens, at: $0) != nil }) { return false }
        // "Đánh giá so với thời gian Kế hoạch: đã xong trong Quý II": a label that opens as a
        // status label assesses the work against its schedule; what follows is the status.
        if j + 1 < k, statusLabels.match(tokens, at: j + 1) != nil { return false }
        return (j + 1..<k).contains { statusReading.schedules.match(tokens, at: $0) != nil }
    }

    private func reportsFigures(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.kind == .number } && figures(in: tokens).found.contains { $0.value > 0 }
    }

    /// After a task's code written at `k` and followed by a colon ("II.5.a:", "5.a:", "(2.đ):"),
    /// the colon's index; else `k`.
    static func afterTaskCode(_ tokens: [Token], at k: Int) -> Int {
        var j = k, sawNumber = false, sawLetter = false
        while j < tokens.count, j - k < 8 {
            let t = tokens[j]
            if t.kind == .number, t.raw.count == 1 { sawNumber = true }
            else if t.kind == .word, t.raw.count <= 2, sawNumber || t.raw.uppercased() == "II" { if sawNumber { sawLetter = true } }
            else if t.kind == .punct, t.raw == "." || t.raw == "(" || t.raw == ")" {}
            else { break }
            j += 1
        }
        guard sawNumber, sawLetter, j < tokens.count, tokens[j].raw == ":" else { return k }
        return j
    }

    /// After a label of the day the work was finished ("Ngày xong", at `k` its end): the end of
    /// the date that follows it alone ("…: 15/9/2026.", "…: tháng 9/2026"), ending its line or its
    /// clause; else nil (words after the label are no date: "Ngày xong: chưa; còn tiếp").
    func doneDateEnd(_ tokens: [Token], at k: Int) -> Int? {
        var j = k
        while j < tokens.count, tokens[j].kind == .punct, ":-–".contains(tokens[j].raw.first!) { j += 1 }
        if j < tokens.count, tokens[j].kind == .word, ["ngay", "thang"].contains(tokens[j].folded) { j += 1 }
        var parts = 0
        while j < tokens.count, tokens[j].kind == .number, !tokens[j].breakBefore || parts == 0 {
            parts += 1; j += 1
            guard j + 1 < tokens.count, tokens[j].kind == .punct, "/.-".contains(tokens[j].raw.first!), tokens[j].raw.count == 1,
                  tokens[j + 1].kind == .number, !tokens[j + 1].breakBefore else { break }
            j += 1
        }
        guard parts >= 2, parts <= 3 else { return nil }
        if j >= tokens.count || tokens[j].breakBefore { return j }
        guard tokens[j].kind == .punct, ".;)".contains(tokens[j].raw.first!) else { return nil }
        return j
    }

    /// After the date a status is said as of, written between a label and its colon ("Chốt
    /// số liệu 25/10: đã xong", "Tiến độ đến ngày 30/9: đang thực hiện"): numbers and slashes,
    /// and words of when (`status_tails`: "đến", "ngày"), a number among them. The colon's
    /// index; else `k`.
    func afterLabelDate(_ tokens: [Token], at k: Int) -> Int {
        var j = k, sawNumber = false
        while j < tokens.count, j - k < 8 {
            let t = tokens[j]
            if t.kind == .number { sawNumber = true; j += 1 }
            else if t.kind == .punct, t.raw == "/" || t.raw == "." { j += 1 }
            else if t.kind == .word, let w = statusTails.match(tokens, at: j) { j = w.end }
            else { break }
        }
        guard sawNumber, j < tokens.count, tokens[j].raw == ":" else { return k }
        return j
    }

    private func strongestStatusClaim(in tokens: [Token], openers readOpeners: Bool = true) -> StatusClaim? {
        var best: StatusClaim?
        // Reading the figures costs most: once, and only when a waiting opener asks.
        var figuresReported: Bool?
        // The local function captures only the weights: capturing `self` would copy the
        // whole vocabulary.
        let weights = statusReading.weights
        func offer(_ value: TaskStatus, _ kind: StatusClaim.Kind, _ start: Int, _ end: Int) {
            let w = weights[kind] ?? 0
            // "đã xong 2/3 nội dung", "đạt 6/8 cuộc": done said of some of the parts only.
            let value = value == .completed ? Self.partsDone(tokens, at: end) ?? value : value
            // Among claims of one weight the last stated stands ("Đang thực hiện. … Đã hoàn thành.").
            if best == nil || w >= best!.confidence { best = StatusClaim(value: value, kind: kind, confidence: w, start: start, end: end) }
        }
        // After a label or a mark.
        var namedNextStep: (start: Int, end: Int)?
        var i = 0
        while i < tokens.count {
            // "Mốc tiếp theo: không còn." — nothing next, done; "Mốc tiếp theo: kiểm tra giữa
            // kỳ trong tháng 11" — a step still to come (weighed after all claims are read).
            if let r = statusReading.nextStepLabels.match(tokens, at: i), i == 0 || tokens[i].breakBefore || tokens[i - 1].kind == .punct,
               r.end < tokens.count, tokens[r.end].kind == .punct, ":-–".contains(tokens[r.end].raw.first!) {
                var j = r.end
                while j < tokens.count, tokens[j].kind == .punct, ":-–".contains(tokens[j].raw.first!) { j += 1 }
                // Only "nothing next" is a verdict here: "chưa xác định" (not yet settled) is no
                // "chưa" of work not begun.
                if let n = statusReading.residualNothing.match(tokens, at: j), endsClause(tokens, at: n.end) {
                    offer(.completed, .labelled, j, n.end); i = n.end; continue
                }
                var end = j
                while end < tokens.count, !tokens[end].breakBefore || end == j { end += 1 }
                if tokens[j..<end].contains(where: { $0.kind == .word }), statuses.matches(in: tokens[j..<end]).isEmpty {
                    namedNextStep = (j, end)
                }
                i = end
                continue
            }
            // "Tồn đọng: Không.", "Còn lại: tiếp tục …": what is left of the work, opening a
            // line or a clause.
            // "Từ nay đến 31/12: không còn; xong.", "Từ nay đến 31/12 còn 01 cuộc …": the time
            // left before a date, what remains of the work in it, the colon optional after the date.
            if let r = statusReading.residualLabels.match(tokens, at: i), i == 0 || tokens[i].breakBefore || tokens[i - 1].kind == .punct {
                let dated = Self.afterDate(tokens, at: r.end)
                if dated < tokens.count, dated > r.end || tokens[dated].kind == .punct && ":-–".contains(tokens[dated].raw.first!) {
                    var j = dated
                    while j < tokens.count, tokens[j].kind == .punct, ":-–".contains(tokens[j].raw.first!) { j += 1 }
                    if let v = residualVerdict(tokens, at: j) { offer(v.value, .labelled, j, v.end); i = v.end; continue }
                }
            }
            // "– Ngày xong: 15/9/2026.": the day the work was finished, alone after its label
            // (`status_reading.done_dates`), states it done.
            if let d = statusReading.doneDates.match(tokens, at: i), i == 0 || tokens[i].breakBefore || tokens[i - 1].kind == .punct,
               let end = doneDateEnd(tokens, at: d.end) {
                offer(.completed, .labelled, i, end); i = end; continue
            }
            let labelEnd = statusLabels.match(tokens, at: i)?.end ?? statusMark(tokens, at: i)
            if let labelEnd {
                var j = labelEnd
                // "Tiến độ II.5.a: chưa kết thúc", "Đánh giá 5.a: Đã hoàn thành": the task's code
                // between the label and its colon.
                j = Self.afterTaskCode(tokens, at: j)
                j = afterLabelDate(tokens, at: j)
                // "Mức độ hoàn thành. Đang thực hiện.": a label opening its line, set off by a
                // full stop as a form's run-in heading is, is a label all the same.
                if j < tokens.count, tokens[j].raw == ".", i == 0 || tokens[i].breakBefore { j += 1 }
                while j < tokens.count, tokens[j].kind == .punct, ":-–".contains(tokens[j].raw.first!) { j += 1 }
                if let p = percentStatus(tokens, at: j, labelled: true) { offer(p.value, .labelledPercentage, j, p.end); i = p.end; continue }
                // An assessment word after a label is the assessment when its clause ends
                // there ("Đánh giá: Đạt."), not a verb of what follows ("Kết quả: Duy trì,
                // cập nhật các quy trình …"); a status verb with its object after a label
                // ("Kết quả: Đã hoàn thành việc đăng 36 tin …") states no more than a clause.
                if let s = statusOrAssessment(tokens, at: j) {
                    let isPhrase = statuses.match(tokens, at: j)?.end == s.end
                    if endsClause(tokens, at: s.end) { offer(s.value, .labelled, j, s.end); i = s.end; continue }
                    if isPhrase { offer(s.value, .labelledClause, j, s.end); i = s.end; continue }
                }
            }
            i += 1
        }
        // "(Đã hoàn thành)", "[đang thực hiện]" after a title: a status standing alone in
        // parentheses or brackets (`status_reading.brackets`).
        let brackets = statusReading.brackets
        var k = 0
        while k < tokens.count {
            if tokens[k].kind == .punct, let close = brackets[String(tokens[k].raw)],
               let s = statusOrAssessment(tokens, at: k + 1), s.end < tokens.count {
                if let kind = statusReading.taskKinds.match(tokens, at: k + 1), kind.end < tokens.count, tokens[kind.end].raw == close {
                    k += 1
                    continue
                }
                if tokens[s.end].raw == close {
                    offer(s.value, .parenthesised, k + 1, s.end)
                } else if statusTails.match(tokens, at: s.end) != nil, !followsPlan(tokens, at: k + 1) {
                    // "(hoàn thành tháng 7/2026)", "(đã hoàn thành ngày 15/8)": when or why
                    // follows the status, up to the parenthesis's end a few words on.
                    var e = s.end
                    while e < tokens.count, e - s.end <= 8, tokens[e].raw != close, tokens[e].raw != tokens[k].raw { e += 1 }
                    if e < tokens.count, tokens[e].raw == close { offer(s.value, .parenthesised, k + 1, s.end) }
                }
            }
            k += 1
        }
        let hasPercent = tokens.contains { $0.kind == .punct && $0.raw == "%" }
        for sentence in sentences(tokens) {
            // "… -- xong rồi.": a status ending its line after a dash, as a bracketed one.
            if let t = dashTailStatus(sentence) { offer(t.value, .parenthesised, t.start, t.end) }
            // "(…; thời gian theo KH: thường xuyên)", "Thời hạn: hoàn thành trong Quý IV": the
            // schedule the plan set, not how far the work came.
            if followsSchedule(tokens, at: sentence.startIndex) { continue }
            // "sẽ hoàn thành trước 20/12/2026", "Trước 31/12/2026 sẽ xong": a deadline ahead.
            if let d = deadline(in: sentence) { offer(.inProgress, .deadline, d.start, d.end) }
            // A clause that opens with a status: what follows is a reason, a plan or nothing.
            var start = sentence.startIndex
            while start < sentence.endIndex, sentence[start].kind == .punct { start += 1 }
            // A sentence that is only a status label ("Mức độ hoàn thành.") names what follows;
            // it states nothing itself.
            if let label = statusLabels.match(sentence, at: start),
               sentence[label.end...].allSatisfy({ $0.kind == .punct }) { continue }
            // Leads may follow one another ("năm nay xem như xong", "hiện vẫn đang làm").
            // A lead that begins a status of its own ("còn làm", "vẫn đang làm") is the status.
            while statusOrAssessment(sentence, at: start) == nil, let lead = statusLeads.match(sentence, at: start), lead.end > start { start = lead.end }
            if hasPercent, let p = percentStatus(sentence, at: start, labelled: false) { offer(p.value, .percentage, start, p.end) }
            // "…, vượt tiến độ, đạt 117% kế hoạch năm": a share of the plan opening a part
            // between commas, or a parenthesis ("… 12.250.000 đồng (đạt 120% kế hoạch năm)").
            for c in sentence.indices where hasPercent && sentence[c].kind == .punct && (sentence[c].raw == "," || sentence[c].raw == "(") && c + 1 < sentence.endIndex {
                if let p = percentStatus(sentence, at: c + 1, labelled: false, ofThePlan: true) {
                    offer(p.value, .percentage, c + 1, p.end)
                }
            }
            if let m = statusOrAssessment(sentence, at: start), !followsPlan(sentence, at: start),
               // "- Trong năm đã làm: Sở phát hành 04 bản tin …", "Đã thực hiện: Phối hợp …": a
               // status before a colon with the line's words after it titles what follows (the
               // work done), it is no verdict on the task.
               !titlesWhatFollows(sentence, colonAt: m.end) {
                if m.end >= sentence.endIndex || sentence[m.end].kind == .punct || statusTails.match(sentence, at: m.end) != nil {
                    offer(m.value, .clause, start, m.end)
                    continue
                }
            }
            var words = 0
            for t in sentence where t.kind == .word { words += 1; if words > 14 { break } }
            if words <= 14 {
                for m in statuses.matches(in: sentence) where !followsPlan(sentence, at: m.start) {
                    offer(underPolarity(sentence, m.value, m.start), .clause, m.start, m.end)
                }
            } else {
                // "…, nhiệm vụ tuyên truyền năm 2026 đã hoàn thành.", "Phòng chưa thực hiện do …":
                // a status that ends its clause or is followed only by why or when.
                for m in statuses.matches(in: sentence) where !followsPlan(sentence, at: m.start) {
                    if m.end >= sentence.endIndex || sentence[m.end].kind == .punct || statusTails.match(sentence, at: m.end) != nil {
                        offer(underPolarity(sentence, m.value, m.start), .clause, m.start, m.end)
                    }
                }
            }
            if !readOpeners { continue }
            if let b = best, b.confidence > statusReading.weight(.opener) { continue }
            for opener in openers(in: sentence) {
                if opener.waiting, !narratesWork(tokens, before: opener.start) {
                    if figuresReported == nil { figuresReported = reportsFigures(tokens) }
                    if !figuresReported! { continue }
                }
                offer(opener.value, .opener, opener.start, opener.end)
            }
        }
        // "… được 24 tin, xong": with no other status, the verdict closing a sentence's last part
        // (the last sentence's that has one), looked for only then.
        if best == nil, statusReading.commaTail != nil,
           let t = sentences(tokens).reversed().lazy.compactMap({ self.commaTailStatus($0) }).first {
            offer(t.value, .closingPart, t.start, t.end)
        }
        // A step still to come: the work is not finished unless a label said so outright.
        if let step = namedNextStep {
            if best == nil {
                best = StatusClaim(value: .inProgress, kind: .vague, confidence: weights[.vague] ?? 0, start: step.start, end: step.end)
            } else if let b = best, b.value == .completed, b.confidence < weights[.labelled] ?? 0 {
                best = StatusClaim(value: .inProgress, kind: b.kind, confidence: b.confidence, start: step.start, end: step.end)
            }
        }
        return best
    }

    /// "đã xong 2/3 nội dung", "đạt 14/16 cuộc", "xong 0/1 nội dung": a done word followed by
    /// the parts done out of all, and a count noun (so "xong 3/10", a date, is none). Some
    /// parts left: under way; none done: not started; all done: nil (the word stands).
    static func partsDone(_ tokens: [Token], at k: Int) -> TaskStatus? {
        guard k >= 0, k + 3 < tokens.count, tokens[k].kind == .number, tokens[k + 1].raw == "/",
              tokens[k + 2].kind == .number, tokens[k + 3].kind == .word,
              let done = Int(tokens[k].raw), let all = Int(tokens[k + 2].raw), all > 0, done < all else { return nil }
        return done == 0 ? .notStarted : .inProgress
    }

    /// After a date written at `k` ("31/12", "31/12/2026"), of numbers parted by "/" or ".",
    /// on the line: the index past it; else `k`.
    static func afterDate(_ tokens: [Token], at k: Int) -> Int {
        var j = k, parts = 0
        while j < tokens.count, tokens[j].kind == .number, !tokens[j].breakBefore {
            parts += 1; j += 1
            guard j + 1 < tokens.count, tokens[j].kind == .punct, tokens[j].raw == "/" || tokens[j].raw == ".",
                  tokens[j + 1].kind == .number, !tokens[j + 1].breakBefore else { break }
            j += 1
        }
        return parts >= 2 && parts <= 3 ? j : k
    }

    /// A deadline still ahead in a clause (`status_reading.deadlines`): "sẽ hoàn thành trước
    /// 20/12/2026", "đợt cuối sẽ kết thúc trước 15/12/2026", "sẽ xong trước ngày 20/12",
    /// "Trước 31/12/2026 sẽ xong". The future word, at most `deadlineWords` words, a word of a
    /// limit and a date (day and month at least); or the limit and its date, then the future
    /// word. Its token range, or nil.
    func deadline(in s: ArraySlice<Token>) -> (start: Int, end: Int)? {
        guard statusReading.deadlineWords > 0, s.contains(where: { $0.kind == .number }) else { return nil }
        // The end of a date at `k` ("20/12/2026", "ngày 20/12", "tháng 12/2026"), or nil.
        func dateEnd(_ k: Int) -> Int? {
            var j = k
            if j < s.endIndex, s[j].kind == .word, statusReading.deadlineDateWords.contains(s[j].folded) { j += 1 }
            var parts = 0
            while j < s.endIndex, s[j].kind == .number {
                parts += 1; j += 1
                guard j + 1 < s.endIndex, s[j].kind == .punct, s[j].raw == "/", s[j + 1].kind == .number, !s[j + 1].breakBefore else { break }
                j += 1
            }
            return parts >= 2 && parts <= 3 ? j : nil
        }
        for i in s.indices where s[i].kind == .word {
            if let f = statusReading.deadlineFuture.match(s, at: i) {
                var j = f.end, words = 0
                while j < s.endIndex, words <= statusReading.deadlineWords, !(s[j].kind == .punct && s[j].raw != "/" && s[j].raw != "(") {
                    if let b = statusReading.deadlineBefore.match(s, at: j), let e = dateEnd(b.end) { return (i, e) }
                    if s[j].kind == .word { words += 1 }
                    j += 1
                }
            }
            if let b = statusReading.deadlineBefore.match(s, at: i), let e = dateEnd(b.end) {
                var j = e
                while j < s.endIndex, s[j].kind == .punct, s[j].raw == "," { j += 1 }
                if j < s.endIndex, let f = statusReading.deadlineFuture.match(s, at: j) { return (i, f.end) }
            }
        }
        return nil
    }

    /// Whether a colon stands at `k` with words of the line after it: the words before it are
    /// a title of what follows ("Trong năm đã làm: …"), not a clause of their own.
    private func titlesWhatFollows(_ sentence: ArraySlice<Token>, colonAt k: Int) -> Bool {
        guard k < sentence.endIndex, sentence[k].kind == .punct, sentence[k].raw == ":" else { return false }
        return sentence[(k + 1)...].contains { $0.kind == .word }
    }

    /// Whether the passage tells of work done before `end` ("Đã hoàn chỉnh hồ sơ …, gửi lãnh
    /// đạo Sở …; hiện đang chờ phê duyệt"): waiting after it is waiting on the next step.
    private func narratesWork(_ tokens: [Token], before end: Int) -> Bool {
        tokens[..<end].contains { $0.kind == .word && statusReading.done.contains($0.folded) }
    }

    /// Status openers of a sentence: at the start of the sentence or of a part between commas,
    /// after a lead and at most `subjectWords` words of a subject ("Văn phòng Sở và 02 chi cục
    /// trực thuộc").
    /// A not-applicable opener ("Không phát sinh …") is left to the caller's figure check.
    /// `waiting`: waiting on someone else, in progress only after work the passage reports.
    private func openers(in sentence: ArraySlice<Token>) -> [(value: TaskStatus, start: Int, end: Int, waiting: Bool)] {
        guard !statusReading.openers.isEmpty || !statusReading.waiting.isEmpty else { return [] }
        var out: [(TaskStatus, Int, Int, Bool)] = []
        var segment = sentence.startIndex
        while segment < sentence.endIndex {
            var p = segment
            while p < sentence.endIndex, sentence[p].kind == .punct { p += 1 }
            while statusReading.openers.match(sentence, at: p) == nil, let lead = statusLeads.match(sentence, at: p), lead.end > p { p = lead.end }
            var subject = 0
            while p < sentence.endIndex, subject <= statusReading.subjectWords {
                let t = sentence[p]
                if t.kind == .punct && t.raw == "," { break }
                // Numbers and marks start no phrase; most words start none either.
                if t.kind != .word { p += 1; continue }
                if !statusReading.openingWords.contains(t) { subject += 1; p += 1; continue }
                if let m = statusReading.openers.match(sentence, at: p) {
                    // Said of a plan ("dự kiến đã hoàn thành việc …"): this part states nothing.
                    if !followsPlan(sentence, at: p) { out.append((m.value, p, m.end, false)) }
                    break
                }
                if let m = statusReading.waiting.match(sentence, at: p) { out.append((.inProgress, p, m.end, true)); break }
                // A predicate of the unit's own verbs ("đã làm xong việc …", "chưa cử được …");
                // one that only narrates work done ("đã cử 02 công chức") is none.
                if let m = predicateStatus(sentence, at: p), !m.bare {
                    if !followsPlan(sentence, at: p) { out.append((m.value, p, m.end, false)) }
                    break
                }
                if t.kind == .word { subject += 1 }
                p += 1
            }
            // The next part between commas.
            var q = p
            while q < sentence.endIndex, !(sentence[q].kind == .punct && sentence[q].raw == ",") { q += 1 }
            segment = q + 1
        }
        return out
    }

    /// The end of a status mark ("→", "=>") starting at punctuation token `i`.
    func statusMark(_ tokens: [Token], at i: Int) -> Int? {
        guard i < tokens.count, tokens[i].kind == .punct else { return nil }
        for mark in statusReading.marks {
            var k = i, m = 0
            while m < mark.count, k < tokens.count, tokens[k].kind == .punct, tokens[k].raw.unicodeScalars.first == mark[m] { k += 1; m += 1 }
            if m == mark.count { return k }
        }
        return nil
    }

    /// Whether a plan word stands right before `i` ("phấn đấu hoàn thành", "sẽ tiếp tục",
    /// "dự kiến đã hoàn thành").
    func followsPlan<C: RandomAccessCollection>(_ tokens: C, at i: Int) -> Bool where C.Element == Token, C.Index == Int {
        var k = i - 1
        while k >= tokens.startIndex, i - k <= 3 {
            if tokens[k].kind != .word { return false }
            if statusReading.plans.match(tokens, at: k)?.end == i { return true }
            k -= 1
        }
        return false
    }

    /// Whether a clause ends at `i`: the end, a break, a mark other than a comma, or a reason
    /// or a plan ("do …", "dự kiến …").
    func endsClause<C: RandomAccessCollection>(_ tokens: C, at i: Int) -> Bool where C.Element == Token, C.Index == Int {
        if i >= tokens.endIndex || tokens[i].breakBefore { return true }
        if tokens[i].kind == .punct { return tokens[i].raw != "," }
        return statusTails.match(tokens, at: i) != nil
    }

    /// Progress as a share of the plan at `start`: "đạt 80% kế hoạch", "100%", "0%". All of
    /// it is done, none of it is not started, anything between is in progress. After a
    /// label any share is the task's ("Tiến độ: đạt 60%, …"); elsewhere it must be of the
    /// plan (`percent_of`) or end its clause or its part.
    /// `ofThePlan`: only a share named as of the plan ("đạt 117% kế hoạch năm").
    func percentStatus<C: RandomAccessCollection>(_ tokens: C, at start: Int, labelled: Bool, ofThePlan: Bool = false) -> (value: TaskStatus, end: Int)?
    where C.Element == Token, C.Index == Int {
        var i = start
        if let lead = statusReading.percentLeads.match(tokens, at: i) { i = lead.end }
        guard i + 1 < tokens.endIndex, tokens[i].kind == .number, tokens[i + 1].raw == "%",
              let share = VietNumber.parse(tokens[i].raw) else { return nil }
        var end = i + 2
        if let of = statusReading.percentOf.match(tokens, at: end) { end = of.end }
        else if ofThePlan || !labelled && !(endsClause(tokens, at: end) || tokens[end].raw == ",") { return nil }
        let value: TaskStatus = share >= 100 ? .completed : share <= 0 ? .notStarted : .inProgress
        return (value, end)
    }

    /// A short clause after a status label that the vocabulary does not know ("Tiến độ:
    /// Đang chờ kinh phí"), or a not-applicable status in a passage that reports figures
    /// ("Đơn vị không được giao chủ trì. Tuy nhiên, … đã phối hợp tổ chức 01 buổi tọa đàm"):
    /// returned as written, for a finding that quotes it.
    func unrecognizedStatus(in tokens: [Token]) -> String? {
        unrecognizedStatus(in: tokens, strongest: strongestStatusClaim(in: tokens))
    }

    private func unrecognizedStatus(in tokens: [Token], strongest: StatusClaim?) -> String? {
        if let claim = strongest, claim.value == .notApplicable, reportsFigures(tokens) {
            var end = claim.end
            while end < tokens.count, !tokens[end].breakBefore, end - claim.end < 12 { end += 1 }
            var from = claim.start
            while from > 0, !tokens[from].breakBefore, claim.start - from < 8 { from -= 1 }
            return Vocabulary.span(tokens, from, end).trimmedAsFoundationWhitespaces().trimmingCharacters(in: CharacterSet(charactersIn: ".;,"))
        }
        var i = 0
        while i < tokens.count {
            guard let label = statusLabels.match(tokens, at: i) ?? statusReading.residualLabels.match(tokens, at: i),
                  i == 0 || tokens[i].breakBefore || tokens[i - 1].kind == .punct else { i += 1; continue }
            var j = afterLabelDate(tokens, at: label.end)
            guard j < tokens.count, tokens[j].raw == ":" else { i = label.end; continue }
            j += 1
            var end = j
            while end < tokens.count, end == j || !tokens[end].breakBefore { end += 1 }
            let clause = tokens[j..<end]
            let words = clause.filter { $0.kind == .word }.count
            if words >= 1, words <= 6, !clause.contains(where: { $0.kind == .number }),
               statusOrAssessment(tokens, at: j) == nil, statuses.matches(in: clause).isEmpty {
                return Vocabulary.span(tokens, j, end).trimmedAsFoundationWhitespaces().trimmingCharacters(in: CharacterSet(charactersIn: ".;,"))
            }
            i = end
        }
        return nil
    }

    /// A status or an assessment phrase at `start`, the longer of the two.
    func statusOrAssessment<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> (value: TaskStatus, end: Int)?
    where C.Element == Token, C.Index == Int {
        let s = statuses.match(tokens, at: start)
        let a = assessments.match(tokens, at: start)
        var best: (value: TaskStatus, end: Int)?
        switch (s, a) {
        case let (s?, a?): best = a.end > s.end ? (a.value, a.end) : (s.value, s.end)
        case let (s?, nil): best = (s.value, s.end)
        case let (nil, a?): best = (a.value, a.end)
        default: break
        }
        // A predicate said in the unit's own verbs ("đã đi học xong", "đang làm dở", "chưa
        // cử được"), when it says more than a phrase of the tables; one that only narrates work
        // done ("đã tổ chức") states a status only when its clause ends with it.
        if let p = predicateStatus(tokens, at: start), p.end > (best?.end ?? start), !p.bare || endsClause(tokens, at: p.end) {
            best = (p.value, p.end)
        }
        return best
    }

    /// A status said as a predicate about the work (`status_reading.predicates`): polarity ×
    /// work verbs × what ends them. "Đã V xong", "V xong rồi": done; "chưa V xong": under
    /// way; "đang V", "V dở": under way; "chưa V (được)": not started; "đã V" with nothing
    /// after it is `bare` (done only when it ends its clause: "Đã tổ chức."). Nothing without
    /// a work verb: "đã phát hiện", "chưa có" are not statuses of the work.
    func predicateStatus<C: RandomAccessCollection>(_ tokens: C, at start: Int) -> (value: TaskStatus, end: Int, bare: Bool)?
    where C.Element == Token, C.Index == Int {
        guard !statusReading.workVerbs.isEmpty, start >= tokens.startIndex, start < tokens.endIndex else { return nil }
        var i = start
        let polarity = statusReading.polarity.match(tokens, at: i)
        if let polarity { i = polarity.end }
        var verbs = 0
        while verbs < statusReading.verbWords, i < tokens.endIndex, let v = statusReading.workVerbs.match(tokens, at: i) { i = v.end; verbs += 1 }
        guard verbs > 0 else { return nil }
        let said = polarity?.value
        if let c = statusReading.completion.match(tokens, at: i) {
            return (said == .notStarted || said == .inProgress ? .inProgress : .completed, c.end, false)
        }
        if let p = statusReading.partial.match(tokens, at: i) { return (said == .notStarted ? .notStarted : .inProgress, p.end, false) }
        if let a = statusReading.able.match(tokens, at: i) {
            switch said {
            case .notStarted?: return (.notStarted, a.end, false)
            case .completed?: return (.completed, a.end, true)
            case .inProgress?: return (.inProgress, a.end, false)
            default: return nil
            }
        }
        if said == .completed, let e = attendance(tokens, sendAt: i - 1, start: start) { return (.completed, e, false) }
        switch said {
        case .notStarted?: return (.notStarted, i, false)
        case .inProgress?: return (.inProgress, i, false)
        case .completed?: return (.completed, i, true)
        default: return nil
        }
    }

    /// After a sending verb ending at `sendAt` ("đã cử"), whom and the event they attended
    /// ("… 02 công chức tham dự lớp tập huấn"): the end of the event's word.
    private func attendance<C: RandomAccessCollection>(_ tokens: C, sendAt last: Int, start: Int) -> Int?
    where C.Element == Token, C.Index == Int {
        guard !statusReading.sendVerbs.isEmpty else { return nil }
        // The sending verb is the predicate's last verb.
        guard (start...last).contains(where: { statusReading.sendVerbs.match(tokens, at: $0)?.end == last + 1 }) else { return nil }
        var i = last + 1, words = 0
        while i < tokens.endIndex, words <= statusReading.attendanceObjectWords {
            let t = tokens[i]
            if t.kind == .punct, t.raw != "(" && t.raw != ")" && t.raw != "," { return nil }
            if let a = statusReading.attendVerbs.match(tokens, at: i), words > 0 {
                var j = a.end
                while j < tokens.endIndex, j - a.end <= 2, tokens[j].kind == .word {
                    if let e = statusReading.attendedEvents.match(tokens, at: j) { return e.end }
                    j += 1
                }
                return nil
            }
            if t.kind == .word { words += 1 }
            i += 1
        }
        return nil
    }

    /// A status phrase found inside a sentence read with the polarity word right before it
    /// ("chưa" + "làm xong" is work not yet finished, under way; not done): the predicate
    /// from the polarity word on, when it covers the phrase.
    func underPolarity(_ sentence: ArraySlice<Token>, _ value: TaskStatus, _ start: Int) -> TaskStatus {
        var k = start - 1
        while k >= sentence.startIndex, start - k <= 2, sentence[k].kind == .word {
            if statusReading.polarity.match(sentence, at: k)?.end == start, let p = predicateStatus(sentence, at: k) { return p.value }
            k -= 1
        }
        return value
    }

    /// The verdict after a label of what is left of the work ("Tồn đọng: Không." — nothing
    /// left, done; "Tồn đọng: còn 01 đối tượng chưa nộp phạt" — under way; "Tồn đọng: chưa
    /// thực hiện …", "Tồn đọng: Không phát sinh." as said).
    func residualVerdict(_ tokens: [Token], at j: Int) -> (value: TaskStatus, end: Int)? {
        let said = statusOrAssessment(tokens, at: j)
        let nothing = statusReading.residualNothing.match(tokens, at: j)
        if let said, said.end > (nothing?.end ?? j) { return said }
        if let nothing, endsClause(tokens, at: nothing.end) { return (.completed, nothing.end) }
        // "Chưa làm được: không, việc này đã hoàn thành.": nothing left, then a comma and the
        // words that say why — done, unless they state the work is not (yet) done.
        if let nothing, nothing.end < tokens.count, tokens[nothing.end].raw == ",", said.map({ $0.end <= nothing.end }) ?? true {
            let rest = Array(tokens[(nothing.end + 1)...].prefix { !$0.breakBefore && $0.raw != "." && $0.raw != ";" })
            let after = statusClaim(in: rest)?.value
            if after == nil || after == .completed { return (.completed, nothing.end) }
        }
        if let said, said.value != .notApplicable { return said }
        if let r = statusReading.residualRemaining.match(tokens, at: j) { return (.inProgress, r.end) }
        return nil
    }

    /// A status ending a line or a bullet after a dash (`status_reading.tail_marks`): "Đưa 7
    /// tin lên loa -- xong rồi.", "… – đang làm dở, còn …", "… – phường không có việc này",
    /// after at most `tail_subject_words` words of a subject. The dash must follow words of
    /// the line, and the status end it or its clause.
    func dashTailStatus(_ sentence: ArraySlice<Token>) -> (value: TaskStatus, start: Int, end: Int)? {
        guard !statusReading.tailMarks.isEmpty else { return nil }
        var k = sentence.endIndex - 1
        while k > sentence.startIndex {
            if let from = tailMarkStart(sentence, endingAt: k),
               sentence[sentence.startIndex..<from].contains(where: { $0.kind == .word }) { break }
            k -= 1
        }
        guard k > sentence.startIndex else { return nil }
        var p = k + 1
        while p < sentence.endIndex, sentence[p].kind == .punct, statusReading.tailMarks.contains(String(sentence[p].raw)) { p += 1 }
        var subject = 0
        while p < sentence.endIndex, subject <= statusReading.tailSubjectWords {
            guard sentence[p].kind == .word else { return nil }
            if let s = statusOrAssessment(sentence, at: p), !followsPlan(sentence, at: p) {
                let e = s.end
                if e >= sentence.endIndex || sentence[e].kind == .punct || statusTails.match(sentence, at: e) != nil { return (s.value, p, e) }
            }
            subject += 1; p += 1
        }
        return nil
    }

    /// A verdict closing a sentence's last part after its last comma (`status_reading.comma_tail`):
    /// "Tuyên truyền trên loa xã được 24 tin, xong", "…, việc này coi như xong rồi cho năm nay",
    /// after at most `subjectWords` words of a subject, the status ending the sentence or
    /// followed only by why or when. Not a word that judges what was checked ("…, đạt").
    func commaTailStatus(_ sentence: ArraySlice<Token>) -> (value: TaskStatus, start: Int, end: Int)? {
        guard let rule = statusReading.commaTail,
              let comma = sentence.lastIndex(where: { $0.kind == .punct && $0.raw == "," }), comma > sentence.startIndex,
              sentence[sentence.startIndex..<comma].contains(where: { $0.kind == .word }) else { return nil }
        var p = comma + 1
        var subject = 0
        while p < sentence.endIndex, subject <= rule.subjectWords {
            guard sentence[p].kind == .word else { return nil }
            if let s = statusOrAssessment(sentence, at: p), !followsPlan(sentence, at: p) {
                let e = s.end
                // Before a colon it titles what follows ("Dự thảo TCVN, QCVN đã góp ý: 14 dự thảo").
                guard e >= sentence.endIndex || sentence[e].kind == .punct && sentence[e].raw != ":" || statusTails.match(sentence, at: e) != nil else { return nil }
                let said = sentence[p..<e].map(\.folded).joined(separator: " ")
                return rule.not.contains(said) ? nil : (s.value, p, e)
            }
            subject += 1; p += 1
        }
        return nil
    }

    /// The first token of a tail mark (`status_reading.tail_marks`) that ends at token `k`: a
    /// mark of several characters ("//" in "Đã làm // tình hình") is as many punctuation
    /// tokens in a row, so a lone "/" ("tin/bài", "Đã / Chưa") is no part of it.
    func tailMarkStart(_ sentence: ArraySlice<Token>, endingAt k: Int) -> Int? {
        guard sentence[k].kind == .punct else { return nil }
        for (mark, length) in zip(statusReading.tailMarksLongestFirst, statusReading.tailMarkLengthsLongestFirst) {
            let from = k - length + 1
            guard from >= sentence.startIndex,
                  sentence[from...k].allSatisfy({ $0.kind == .punct }) else { continue }
            // A mark of one token is compared in place (the same comparison as its joined text's,
            // without making it): most marks are one dash.
            guard from == k ? sentence[k].raw == mark : sentence[from...k].map({ String($0.raw) }).joined() == mark else { continue }
            return from
        }
        return nil
    }

    /// Whether a cell's words are only a vague assessment ("Chưa đạt", "chưa đạt.").
    func isVague(_ tokens: [Token]) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), let m = statusReading.vague.match(tokens, at: first) else { return false }
        return !tokens[m.end...].contains { $0.kind == .word || $0.kind == .number }
    }

    /// A cell's text as a reader takes it: words typed short written out
    /// (`status_reading.cell_shorthand`: "KT - xg" → "KT - xong", "k/ps" → "không phát sinh"),
    /// and, when the cell opens with an office's initials and a dash (`performer_initials`:
    /// "KT - xong", "TP-HT - đang"), the words after the dash as its verdict: the initials say
    /// who did the work, not how far it came ("HT" would read as done, "TC" as a work verb).
    func cellVerdict(_ text: String) -> (text: String, verdict: Substring?) {
        var full = text
        // The cell is tokenized once; again only when a short word was written out.
        var read: [Token]?
        if !statusReading.cellShorthand.isEmpty {
            let tokens = Tokenizer.read(text)
            read = tokens
            var out = "", last = text.startIndex, i = 0, changed = false
            while i < tokens.count {
                if let m = statusReading.cellShorthand.match(tokens, at: i) {
                    out += text[last..<tokens[i].raw.startIndex]
                    out += m.value
                    last = tokens[m.end - 1].raw.endIndex
                    i = m.end
                    changed = true
                } else { i += 1 }
            }
            if changed { full = out + text[last...]; read = nil }
        }
        guard statusReading.initialsWords > 0 else { return (full, nil) }
        let tokens = read ?? Tokenizer.read(full)
        var i = 0, words = 0
        while i < tokens.count {
            let t = tokens[i]
            if t.kind == .word, isInitials(t.raw) { words += 1; i += 1; continue }
            // Joins inside or between initials ("TP-HT", "P.KT", "KT, VH -") and the dash after them.
            if t.kind == .punct, ["-", "/", ".", ",", "+"].contains(t.raw) || statusReading.tailMarks.contains(String(t.raw)) { i += 1; continue }
            break
        }
        guard words >= 1, words <= statusReading.initialsWords, i > 0, i < tokens.count, tokens[i].kind == .word,
              tokens[i - 1].kind == .punct, statusReading.tailMarks.contains(String(tokens[i - 1].raw)) else { return (full, nil) }
        return (full, full[tokens[i].raw.startIndex...])
    }

    /// Whether a word is an office's initials: capitals only, at most `initialsLetters` of them.
    private func isInitials(_ word: Substring) -> Bool {
        var letters = 0
        for u in word.unicodeScalars {
            guard u.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 1 && letters <= statusReading.initialsLetters
    }

    /// A note cell that is wholly a status or an assessment ("Đã xong", "Đang làm", "Chưa
    /// làm"): a note in other words ("… mẫu chưa đạt …") states none.
    func wholeCellStatus(_ tokens: [Token]) -> TaskStatus? {
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), let m = statusOrAssessment(tokens, at: first) else { return nil }
        return tokens[m.end...].contains { $0.kind == .word || $0.kind == .number } ? nil : m.value
    }

    /// The status of a cell that holds only a status (a "Tiến độ" or "Đánh giá" column): any
    /// phrase, assessments included.
    func cellStatus(_ text: String) -> TaskStatus? { cellStatusClaim(text)?.value }

    /// The same as a claim of a cell (`cell`), or of a percentage of the plan ("đạt 80% kế
    /// hoạch"), which a status in words elsewhere for the task outweighs.
    func cellStatusClaim(_ text: String) -> StatusClaim? {
        // "KT - xg": the verdict after an office's initials, typed short.
        let (text, verdict) = cellVerdict(text)
        if let verdict, let claim = cellStatusClaim(String(verdict)) { return claim }
        var tokens = Tokenizer.tokenize(text)
        // "K.phát sinh", "Ko. thực hiện": "không" cut short with a dot (`negation_shorthand`).
        if let first = tokens.firstIndex(where: { $0.kind == .word }), first + 2 < tokens.count,
           statusReading.negationShorthand.contains(tokens[first].folded), tokens[first + 1].raw == ".", tokens[first + 2].kind == .word {
            tokens = Tokenizer.tokenize("không " + text[tokens[first + 2].raw.startIndex...])
        }
        func cell(_ value: TaskStatus) -> StatusClaim {
            let kind: StatusClaim.Kind = isVague(tokens) ? .vague : .cell
            return StatusClaim(value: value, kind: kind, confidence: statusReading.weight(kind), start: 0, end: tokens.count)
        }
        if let s = statusClaim(in: tokens) {
            if s.kind == .percentage || s.kind == .labelledPercentage {
                return StatusClaim(value: s.value, kind: .percentage, confidence: statusReading.weight(.percentage), start: s.start, end: s.end)
            }
            return cell(s.value)
        }
        if let m = statuses.matches(in: tokens).first?.value { return cell(m) }
        if let m = assessments.matches(in: tokens).first?.value { return cell(m) }
        return nil
    }
}
