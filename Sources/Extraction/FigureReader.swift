import Foundation
// The figure recogniser: reads a passage's numbers with their words into figures (indicator,
// value), amounts whose indicator is unclear, and numbers quoted for a person. What a number
// counts comes from the noun after it ("03 lớp", "27 cơ sở được kiểm tra"), or from the label
// before it when nothing follows ("Số cuộc kiểm tra: 3"); money from its scale ("15,5 triệu
// đồng", "12,5tr", "7tr5") and the context before it. Numbers written in words ("mười hai
// (12) dự thảo", "mười lăm cơ sở"), thousands grouped by a space ("1 250") and achieved
// figures against a target ("3/5 lớp") are read; targets, comparisons and the breakdown of a
// figure in parentheses ("05 dự thảo (03 QCVN, 02 TCVN)", "(cùng kỳ: 21 cơ sở)") are not
// figures of their own. All wording is the vocabulary's.

struct FigureReader {
    let v: Vocabulary
    let tokens: [Token]
    var out = PassageNumbers()
    /// Tokens up to this index were read as part of an earlier number ("(12)" after "mười
    /// hai", "250" of "1 250").
    private var consumedThrough = -1
    /// Where the last figure's words ended, and its indicator: a parenthesis opening right
    /// after it breaks it down, restates it or compares it.
    private var lastFigure: (indicator: IndicatorID, end: Int)?
    /// Inside a parenthesis that follows a figure, or a breakdown after it ("…, trong đó …"):
    /// the figure's indicator, whether it compares (then nothing in it is a result), and
    /// whether it ends with its clause rather than at ")".
    private var paren: (owner: IndicatorID?, comparison: Bool, clause: Bool)?
    /// Inside the scope of a labelled total ("Lũy kế 9 tháng: …") until the sentence ends.
    private var totalScope = false
    /// Where the last total figure's words ended, in the current sentence: the figures listed
    /// right after it ("cộng dồn từ đầu năm tới giờ là 06 cuộc, 41 cơ sở") are totals too, however
    /// far the list runs from the total word.
    private var totalRunEnd: Int?
    /// The kinds of the total figures of that run: a second count of one kind ("07 doanh
    /// nghiệp được hướng dẫn, 03 doanh nghiệp nộp hồ sơ") is a part, no total.
    private var totalRunKinds: Set<IndicatorID> = []
    /// After a statement of what the area holds ("Trên địa bàn phường có …") until the
    /// sentence ends: no number there is a result.
    private var inventoryScope = false
    /// The statement opens its sentence ("Trên địa bàn xã có 01 chợ, …"): its numbers are
    /// background, not to be quoted; one met further on ("kiểm tra 5 cây xăng trên địa bàn,
    /// có 1 cây vi phạm") may hold what the unit did.
    private var inventoryOpensSentence = false
    /// After a sentence's opening label of another period ("Năm 2025:", "Năm trước:") until the
    /// sentence ends: its numbers are that period's, no result of the one reported.
    private var otherPeriodScope = false
    /// After a clause's opening target word ("Kế hoạch đề ra …", "Theo kế hoạch …") until the
    /// clause ends (";", the sentence's end): its numbers are the plan's, no result.
    private var targetScope = false
    /// The target opened the sentence as its label ("KH phường: 08 tin, bài; 04 lớp tập huấn."):
    /// the list after it, clause by clause, is the plan's.
    private var targetLabelled = false
    /// After a word of change right before a number ("tăng 01 cuộc", "giảm 01 cơ sở so với
    /// cùng kỳ", `figure_reading.changes`) until its clause ends: the numbers say by how much
    /// a figure changed against another period or the plan, no result — neither read nor quoted.
    private var changeScope = false
    /// The figures read so far in the current sentence, by indicator (the first one's index in
    /// `out.found`): a later count after a handling word is a part of it.
    private var sentenceFigures: [IndicatorID: Int] = [:]
    /// The first count of each indicator in the current sentence read by its noun: its value
    /// and its noun's first word. A smaller count of the same noun after a subset word is a
    /// part of it ("vận động 20 doanh nghiệp, có 01 doanh nghiệp đăng ký").
    private var sentenceNouns: [IndicatorID: (value: Double, noun: String)] = [:]
    /// The token the current sentence starts at.
    private var sentenceStart = 0
    /// Labels of labelled totals ("Cộng chung 03 đợt:"), as token ranges: a count inside one
    /// says what the total is over, when the total after its colon counts the same.
    private var totalLabels: [Range<Int>] = []
    /// Sentences opening with an estimate (`figure_reading.estimates`: "- Ước thực hiện đến
    /// 31/12/2026: 15 tin, bài (…)"), as token ranges, and where the open one started: beside
    /// the result said for the same kind ("- Thực hiện đến 20/11/2026: 13 tin, bài"), their
    /// numbers are no result of their own (see `settle()`).
    private var estimateSentences: [Range<Int>] = []
    private var estimateStart: Int?
    /// The unplaced and unread numbers met inside those sentences (indexes into `out`).
    private var estimateUnplaced = IndexSet()
    private var estimateUnread = IndexSet()

    init(v: Vocabulary, tokens: [Token]) {
        self.v = v
        self.tokens = tokens
    }

    mutating func read() {
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let tok = tokens[i]
            // A sentence ends at "." or a line's end; ":" and ";" only end a clause.
            if tok.breakBefore, i > 0, !(tokens[i - 1].kind == .punct && (tokens[i - 1].raw == ":" || tokens[i - 1].raw == ";")) {
                if let start = estimateStart { estimateSentences.append(start..<i) }
                estimateStart = nil
                totalScope = false
                totalRunEnd = nil
                totalRunKinds = []
                inventoryScope = false
                otherPeriodScope = false
                targetScope = false
                targetLabelled = false
                changeScope = false
                paren = nil
                sentenceFigures = [:]
                sentenceNouns = [:]
                sentenceStart = i
            }
            if tok.breakBefore {
                // What follows a figure in its clause is read against it; a new clause is not.
                lastFigure = nil
                if paren?.clause == true { paren = nil }
            }
            if i <= consumedThrough { continue }
            if inventoryScope {
                if inventoryOpensSentence, tok.kind == .number { out.background.append(tok.raw) }
                continue
            }
            if otherPeriodScope {
                if tok.kind == .word, namesPlanYear(at: i) { otherPeriodScope = false } else { continue }
            }
            if targetScope {
                // A labelled target's list goes on past ";" while each clause is a number and
                // its noun ("; 04 lớp tập huấn"); a clause of other words ("; đã thực hiện 12
                // cuộc") is the result beside it.
                if tok.kind == .punct, tok.raw == ";" {
                    if !(targetLabelled && i + 1 < tokens.count && tokens[i + 1].kind == .number) { targetScope = false }
                } else { continue }
            }
            if changeScope {
                if tok.breakBefore || tok.kind == .punct && [",", ";", ":"].contains(tok.raw) { changeScope = false }
                else if tok.kind == .number { continue }
            }
            if tok.kind == .word, let m = v.figureReading.changes.match(tokens, at: i), m.end < tokens.count,
               tokens[m.end].kind == .number, !tokens[m.end].breakBefore {
                changeScope = true
                i = m.end - 1
                continue
            }
            if tok.kind == .word, i - sentenceStart <= 1, let end = otherPeriodLabel(at: i) {
                otherPeriodScope = true
                i = end - 1
                continue
            }
            if tok.kind == .word, estimateStart == nil, i - sentenceStart <= 1,
               tokens[sentenceStart..<i].allSatisfy({ $0.kind == .punct }), v.figureReading.estimates.hasMatch(tokens, at: i) {
                estimateStart = i
            }
            if tok.kind == .word, let end = targetOpening(at: i) {
                targetScope = true
                targetLabelled = tokens[sentenceStart..<i].allSatisfy { $0.kind == .punct }
                    && (end..<min(tokens.count, end + 3)).contains { tokens[$0].raw == ":" }
                i = end - 1
                continue
            }
            // "… cho doanh nghiệp trên địa bàn, có 80 lượt người tham dự": a comma inside the
            // lead parts the place of the work from what it came to — no inventory.
            if tok.kind == .word, let lead = v.figureReading.inventoryLeads.match(tokens, at: i),
               !tokens[i..<lead.end].contains(where: { $0.kind == .punct }) {
                inventoryScope = true
                inventoryOpensSentence = i - sentenceStart <= 2
                i = lead.end - 1
                continue
            }
            if tok.kind == .word, let end = inventoryOpening(at: i) {
                inventoryScope = true
                inventoryOpensSentence = true
                i = end - 1
                continue
            }
            let (unplacedBefore, unreadBefore, foundBefore) = (out.unplaced.count, out.unread.count, out.found.count)
            defer {
                if estimateStart != nil {
                    estimateUnplaced.insert(integersIn: unplacedBefore..<max(unplacedBefore, out.unplaced.count))
                    estimateUnread.insert(integersIn: unreadBefore..<max(unreadBefore, out.unread.count))
                    for k in unplacedBefore..<max(unplacedBefore, out.unplaced.count) { out.unplaced[k].estimate = true }
                    for k in unreadBefore..<max(unreadBefore, out.unread.count) { out.unread[k].estimate = true }
                    for k in foundBefore..<max(foundBefore, out.found.count) { out.found[k].estimate = true }
                }
            }
            switch tok.kind {
            case .punct:
                if tok.raw == "(" { openParen(at: i) } else if tok.raw == ")", paren?.clause == false { paren = nil }
                else if tok.raw == ":", !totalScope, let start = labelledTotalStart(colon: i) {
                    totalScope = true
                    totalLabels.append(start..<i)
                }
            case .word:
                if !totalScope, let label = openingTotal(at: i) {
                    totalScope = true
                    if let label { totalLabels.append(label) }
                }
                if paren == nil, let last = lastFigure, last.end <= i, let b = v.figureReading.breakdowns.match(tokens, at: i),
                   !tokens[last.end...i].contains(where: \.breakBefore) {
                    paren = (last.indicator, false, true)
                    i = b.end - 1
                    continue
                }
                readSpelled(at: i)
            case .number:
                readNumber(at: i)
            }
        }
        if let start = estimateStart { estimateSentences.append(start..<tokens.count) }
        estimateStart = nil
        settle()
    }

    /// What only the whole passage tells: a count in a labelled total's label that the total
    /// after its colon counts again ("Cộng chung 03 đợt: 19 đoàn kiểm tra" — the rounds the
    /// total is over), and a place that holds what its indicator counts, when the passage
    /// counts that indicator by another noun too ("tại 03 chợ …, kiểm tra 87 hộ kinh doanh").
    private mutating func settle() {
        var drop = IndexSet()
        // A year-end review's item gives its result to a date, then the estimate to the year's
        // end ("- Thực hiện đến 20/11/2026: 13 tin, bài …" / "- Ước thực hiện đến 31/12/2026: 15
        // tin, bài (đang thực hiện)"): where the passage states the result of a kind, the
        // estimate's figure of that kind is no result and not added; its other numbers are not
        // quoted when the passage has a result outside the estimates at all. An estimate alone
        // stays a figure, marked as one (`markFigures`).
        if !estimateSentences.isEmpty {
            func inEstimate(_ at: Int) -> Bool { estimateSentences.contains { $0.contains(at) } }
            let results = out.found.filter { !inEstimate($0.at) }
            for (n, f) in out.found.enumerated() where inEstimate(f.at) && results.contains(where: { $0.indicator == f.indicator }) {
                drop.insert(n)
            }
            if !results.isEmpty {
                out.unplaced = out.unplaced.enumerated().filter { !estimateUnplaced.contains($0.offset) }.map(\.element)
                out.unread = out.unread.enumerated().filter { !estimateUnread.contains($0.offset) }.map(\.element)
            }
        }
        // A correction after a figure ("… tại 46 cơ sở (sửa 38 cơ sở thành 46 cơ sở)"): its new
        // value, equal to a figure of its kind read before it in the passage, is that figure
        // said again.
        let corrections = tokens.indices.filter { tokens[$0].kind == .number && v.isSuperseded(tokens, $0) }
        for (n, f) in out.found.enumerated()
        where corrections.contains(where: { $0 < f.at && sameSentence($0, f.at) })
            && out.found[..<n].contains(where: { $0.indicator == f.indicator && $0.value == f.value && $0.at < f.at }) {
            drop.insert(n)
        }
        for (n, f) in out.found.enumerated() {
            if let label = totalLabels.first(where: { $0.contains(f.at) }),
               out.found.contains(where: { $0.indicator == f.indicator && $0.at > label.upperBound && sameSentence(label.upperBound, $0.at) }) {
                drop.insert(n)
            }
            if f.container, out.found.contains(where: { $0.indicator == f.indicator && !$0.container }) { drop.insert(n) }
        }
        guard !drop.isEmpty else { return }
        out.found = out.found.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
    }

    /// "Địa bàn xã có …", "Trên địa bàn phường hiện có …": a place of the area among the
    /// sentence's first words, then a verb of having within a few words (no number between).
    /// Where the opening ends, nil when none starts at `i`.
    private func inventoryOpening(at i: Int) -> Int? {
        guard i - sentenceStart <= 2, let place = v.figureReading.inventoryPlaces.match(tokens, at: i) else { return nil }
        var k = place.end
        while k < tokens.count, k - place.end <= 4, tokens[k].kind == .word, k == place.end || !tokens[k].breakBefore {
            if let verb = v.figureReading.inventoryVerbs.match(tokens, at: k) { return verb.end }
            k += 1
        }
        return nil
    }

    /// "Năm 2025:", "Năm trước:", "Cùng kỳ năm 2025:": a label opening its sentence that names
    /// another period than the plan's year (`figure_reading.earlier_periods`, or one of
    /// `period_years` before a year or a range of years ending earlier than the plan's), then
    /// ":" — or, for a year, a comma or the sentence's words. Where the label ends.
    private func otherPeriodLabel(at i: Int) -> Int? {
        func colonAfter(_ k: Int) -> Int? {
            k + 1 < tokens.count && tokens[k].kind == .punct && tokens[k].raw == ":" ? k + 1 : nil
        }
        // "Cùng kỳ năm 2025:" starts with an earlier period's words ("cùng kỳ") but names its
        // year after them: both readings are tried.
        if let m = v.figureReading.earlierPeriods.match(tokens, at: i), let end = colonAfter(m.end) { return end }
        guard let m = v.figureReading.periodYears.match(tokens, at: i), let years = yearsAfter(m.end),
              let planYear = v.figureReading.planYear, years.last < planYear, years.last >= planYear - 20 else { return nil }
        if let end = colonAfter(years.end) { return end }
        // Without its colon ("Năm 2025, phường tổ chức 11 cuộc …", "Cả nhiệm kỳ 2020 – 2025, …",
        // "Năm 2024 kiểm tra 07 cuộc"): the sentence tells that period before the plan's year's.
        guard years.end < tokens.count, !tokens[years.end].breakBefore,
              tokens[years.end].kind == .word || tokens[years.end].raw == "," else { return nil }
        return tokens[years.end].raw == "," ? years.end + 1 : years.end
    }

    /// A year after a period word ("năm 2025"), or a range of years ("2021 – 2025",
    /// "2020-2025"): its last year and where it ends; nil when no year of four digits stands there.
    private func yearsAfter(_ k: Int) -> (last: Int, end: Int)? {
        func year(_ k: Int) -> Int? {
            guard k < tokens.count, tokens[k].kind == .number, tokens[k].raw.utf8.count == 4, let y = Int(tokens[k].raw) else { return nil }
            return y
        }
        guard let first = year(k) else { return nil }
        if k + 2 < tokens.count, tokens[k + 1].kind == .punct, ["-", "–", "—"].contains(tokens[k + 1].raw),
           let second = year(k + 2), second > first { return (second, k + 3) }
        return (first, k + 1)
    }

    /// Whether a period word before the plan's year or a later one starts at `i` ("năm
    /// 2026"): a sentence of an earlier period that turns to it ("Năm 2025 đạt 18 tin, năm
    /// 2026 đạt 24 tin") tells the plan's year from there.
    private func namesPlanYear(at i: Int) -> Bool {
        guard let planYear = v.figureReading.planYear, let m = v.figureReading.periodYears.match(tokens, at: i),
              let years = yearsAfter(m.end) else { return false }
        return years.last >= planYear
    }

    /// "Kế hoạch đề ra 04 đợt kiểm tra", "Theo kế hoạch phường vận động ít nhất 02 doanh
    /// nghiệp", "…; kế hoạch năm là 05 buổi": a clause opening with a target word
    /// (`figure_reading.target_openings`) at its sentence's start, after ";" or after a run-in
    /// label's ":" ("Kết quả cụ thể: Kế hoạch đề ra 02 cuộc …; đã thực hiện …") states the
    /// plan, not a result, to the clause's end. A plan cited by its number ("Kế hoạch số
    /// 45/KH-UBND …", "Kế hoạch 45/KH-UBND") is a document, no target.
    private func targetOpening(at i: Int) -> Int? {
        guard let m = v.figureReading.targetOpenings.match(tokens, at: i) else { return nil }
        let opensClause = tokens[sentenceStart..<i].allSatisfy { $0.kind == .punct && $0.raw != "(" }
            || i > 0 && tokens[i - 1].kind == .punct && (tokens[i - 1].raw == ";" || tokens[i - 1].raw == ":"
                || tokens[i - 1].raw == "," && v.figureReading.forecastOpenings.hasMatch(tokens, at: i))
        guard opensClause, m.end < tokens.count, tokens[m.end].kind != .number, tokens[m.end].folded != "so" else { return nil }
        return m.end
    }

    /// Whether token `i` opens its line, or follows only a bullet mark there ("- 09 – tin").
    private func opensLine(_ i: Int) -> Bool {
        if i == 0 || tokens[i].breakBefore { return true }
        return tokens[i - 1].kind == .punct && (i - 1 == 0 || tokens[i - 1].breakBefore)
    }

    /// "09 – tin, bài", "6 triệu đồng – tiền phạt": after a number opening its line, a mark
    /// (`figure_reading.noun_marks`) then words on the same line. Where the words start.
    /// "02 (cuộc); 26 (cơ sở); 5.250.000 (đồng)", "07 (tin, bài)": the unit of measure in round
    /// brackets right after the number, the bracket closing within its clause — where what it
    /// counts starts (not a spelled-out repetition, "02 (hai) lớp", "05 (năm)", which is
    /// skipped: only a counted noun or a money unit opens such a bracket).
    private func bracketedUnit(after last: Int) -> Int? {
        let open = last + 1
        guard open + 2 < tokens.count, tokens[open].raw == "(", !tokens[open + 1].breakBefore,
              v.counts.hasMatch(tokens, at: open + 1) || v.moneyScales.hasMatch(tokens, at: open + 1) else { return nil }
        var k = open + 1
        while k < tokens.count, k - open <= 8, !tokens[k].breakBefore {
            if tokens[k].raw == ")" { return open + 1 }
            if tokens[k].kind == .number || tokens[k].raw == "(" { return nil }
            k += 1
        }
        return nil
    }

    private func afterNounMark(_ number: Int, mark j: Int) -> Int? {
        guard j + 1 < tokens.count, j > number, tokens[j].kind == .punct, v.figureReading.nounMarks.contains(String(tokens[j].raw)),
              !tokens[j].breakBefore, tokens[j + 1].kind == .word, !tokens[j + 1].breakBefore, opensLine(number) else { return nil }
        return j + 1
    }

    /// "số cuộc kiểm tra, số cơ sở được kiểm tra và số cơ sở vi phạm lần lượt là 02, 09 và
    /// 01": a list of numbers right after a word of `figure_reading.respectively`, the values
    /// of as many labels listed before it in its clause, each opened by a label lead ("số",
    /// "số lượt") at the clause's start or after a comma or a joining word. Reads them in order
    /// and returns true; false when the lists do not pair one to one.
    private mutating func readRespectively(at i: Int) -> Bool {
        guard !v.figureReading.respectively.isEmpty else { return false }
        var lead: Int?
        var k = i - 1
        while k >= 0, i - k <= 4 {
            if tokens[k].kind == .word, let m = v.figureReading.respectively.match(tokens, at: k), m.end == i { lead = k }
            if tokens[k].breakBefore { break }
            k -= 1
        }
        guard let lead else { return false }
        // The values: numbers joined by commas and a joining word, on one line.
        var values: [(at: Int, value: Double)] = []
        var p = i
        while p < tokens.count, tokens[p].kind == .number, p == i || !tokens[p].breakBefore, let value = VietNumber.parse(tokens[p].raw) {
            values.append((p, value))
            var q = p + 1
            if q < tokens.count, !tokens[q].breakBefore, tokens[q].raw == "," { q += 1 }
            if q < tokens.count, !tokens[q].breakBefore, let j = v.figureReading.listJoins.match(tokens, at: q) { q = j.end }
            guard q > p + 1, q < tokens.count, tokens[q].kind == .number, !tokens[q].breakBefore else { break }
            p = q
        }
        guard values.count >= 2 else { return false }
        // The clause before the lead: back to ";", ":" or the sentence's start.
        var start = lead
        while start > 0, !tokens[start].breakBefore, !(tokens[start - 1].kind == .punct && (tokens[start - 1].raw == ";" || tokens[start - 1].raw == ":")) {
            start -= 1
        }
        var labels: [Int] = []
        for s in start..<lead where tokens[s].kind == .word && v.figureReading.labelLeads.hasMatch(tokens, at: s) {
            let opens = s == start || tokens[s - 1].kind == .punct && tokens[s - 1].raw == ","
                || (max(start, s - 3)..<s).contains { v.figureReading.listJoins.match(tokens, at: $0)?.end == s }
            if opens { labels.append(s) }
        }
        guard labels.count == values.count else { return false }
        for (n, s) in labels.enumerated() {
            let end = n + 1 < labels.count ? labels[n + 1] : lead
            var labelEnd = end
            while labelEnd > s + 1, tokens[labelEnd - 1].kind == .punct || v.figureReading.listJoins.match(tokens, at: labelEnd - 1)?.end == end { labelEnd -= 1 }
            let value = values[n]
            let raw = tokens[value.at].raw
            if value.value == value.value.rounded(), let id = labelIndicator(s) {
                append((id, s), value: value.value, phrase: Vocabulary.span(tokens, s, labelEnd) + ": " + raw, at: value.at, end: value.at + 1)
            } else if paren?.comparison != true {
                out.unread.append(UnreadNumber(number: String(raw), phrase: Vocabulary.span(tokens, s, labelEnd) + ": " + raw))
            }
        }
        consumedThrough = max(consumedThrough, values.last!.at)
        return true
    }

    /// What a label starting at `s` counts ("Số cuộc kiểm tra", "số cơ sở vi phạm"): a whole
    /// column label's indicator (not money), else the counted noun after a label lead, as a
    /// count override following it reads it.
    private func labelIndicator(_ s: Int) -> IndicatorID? {
        if let m = v.indicatorColumns.match(tokens, at: s), !m.value.isMoney { return m.value }
        return labelNoun(s)
    }

    /// The counted noun a label starting at `s` names after its lead ("Số lượng", "Tổng số"),
    /// as a count override following it reads it. A longer noun counting nothing
    /// (`ignored_counts`) wins over the count it folds into: "Hồ sơ tiếp nhận: 1.284" ("hồ"
    /// folds as "hộ").
    private func labelNoun(_ s: Int) -> IndicatorID? {
        var p = s
        if let lead = v.figureReading.labelLeads.match(tokens, at: p) { p = lead.end }
        guard let noun = v.counts.match(tokens, at: p) else { return nil }
        if let ignored = v.ignoredCounts.matchEnd(tokens, at: p), ignored > noun.end { return nil }
        var id: IndicatorID? = noun.value
        for o in v.overrides where !o.after.isEmpty {
            guard let n = o.nouns.match(tokens, at: p), o.after.hasMatch(tokens, at: n.end) else { continue }
            id = o.indicator
        }
        return id
    }

    /// Whether a place preposition (`figure_reading.places`) opens the count at `i` in its
    /// clause, with no number and no action word of a count override between: "kiểm tra cân
    /// tại chợ A, chợ B và 05 cửa hàng xăng dầu" (where), not "tại chợ A, kiểm tra 87 hộ" (what).
    /// A count right after another figure and the preposition ("02 cuộc kiểm tra tại 11 cơ sở")
    /// is what that work was done at, not a place: only a preposition no figure stands close
    /// before opens a place. The next count of a list the place opened ("tại 03 cửa hàng xăng
    /// dầu và 14 quầy vàng bạc") is a place too.
    private func opensAtPlace(_ i: Int) -> Bool {
        guard !v.figureReading.places.isEmpty else { return false }
        var k = i - 1
        while k >= 0, i - k <= 12 {
            if tokens[k].kind == .number { return out.found.last.map { $0.at == k && $0.container } ?? false }
            if tokens[k].kind == .punct, tokens[k].raw == ";" || tokens[k].raw == ":" { return false }
            if tokens[k].kind == .word {
                if let m = v.figureReading.places.match(tokens, at: k), m.end <= i {
                    var b = k - 1
                    while b >= 0, k - b <= 6, !tokens[b + 1].breakBefore {
                        if tokens[b].kind == .number { return false }
                        b -= 1
                    }
                    return true
                }
                if v.overrides.contains(where: { $0.before.matchEnd(tokens, at: k).map { $0 <= i } ?? false }) { return false }
            }
            if tokens[k].breakBefore { return false }
            k -= 1
        }
        return false
    }

    /// Whether a subset word (`figure_reading.subsets`) ends right before token `i`, in its clause.
    private func endsWithSubset(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 3 {
            if let m = v.figureReading.subsets.match(tokens, at: k), m.end == i { return true }
            if tokens[k].kind != .word || tokens[k].breakBefore { break }
            k -= 1
        }
        return false
    }

    /// No sentence ends between tokens `a` and `b` (":" and ";" end only a clause).
    private func sameSentence(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return true }
        return !tokens[(a + 1)...b].indices.contains { k in
            tokens[k].breakBefore && !(tokens[k - 1].kind == .punct && (tokens[k - 1].raw == ":" || tokens[k - 1].raw == ";"))
        }
    }

    /// A label of a few words ending with this ":" that a total word opens ("Lũy kế 9 tháng:",
    /// "Tổng cộng:"; two words at least: "Tổng hợp:" is no total). Looked for at a colon, which
    /// is rare, rather than at every word.
    /// Where the label starts (its total word), nil when no such label ends here.
    private func labelledTotalStart(colon: Int) -> Int? {
        var start = colon
        while start > 0, colon - start < 8, !tokens[start].breakBefore { start -= 1 }
        for k in start..<colon where tokens[k].kind == .word {
            guard let t = v.totalWords.match(tokens, at: k), t.words >= 2, t.end <= colon else { continue }
            return tokens[t.end..<colon].contains { $0.kind == .punct && $0.raw != "/" } ? nil : k
        }
        return nil
    }

    /// A total opening its sentence, after a bullet's mark at most: a total word of two words
    /// or more ("Tính chung, phường đã tham gia 03 cuộc với 40 cơ sở", "Cộng chung hai hoạt
    /// động nêu trên: 05 cuộc, 59 cơ sở") or a total label (`total_labels`, with its marks)
    /// ended by a colon in its clause ("+ Cộng: 02 cuộc kiểm tra; 41 cơ sở", "Cộng hai loại
    /// cơ sở: 03 cuộc, 66 cơ sở"): every figure of the sentence is a total. `.some(label)`
    /// when such a total opens here (the label's range up to its colon, if any).
    private func openingTotal(at i: Int) -> Range<Int>?? {
        guard i >= sentenceStart, tokens[sentenceStart..<i].allSatisfy({ $0.kind == .punct && $0.raw != "(" }) else { return nil }
        func colon(within limit: Int) -> Int? {
            var k = i + 1
            while k < tokens.count, k - i <= limit {
                if tokens[k].kind == .punct, tokens[k].raw == ":" { return k }
                // A count inside the label ("Cộng chung 04 đợt: 11 đoàn kiểm tra") is the
                // label's own: `settle` drops it when the total after the colon counts it again.
                if tokens[k].breakBefore { return nil }
                k += 1
            }
            return nil
        }
        if let t = v.totalWords.match(tokens, at: i), t.words >= 2 {
            return .some(colon(within: 12).map { i..<$0 })
        }
        if v.totalLabels.contains(tokens[i].raw.lowercased()), let c = colon(within: 10) { return .some(i..<c) }
        return nil
    }

    private mutating func openParen(at i: Int) {
        // A number's own brackets ("kiểm tra (33) cơ sở") break nothing down.
        if i + 2 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 2].raw == ")" { return }
        // "vượt 20% chỉ tiêu (30 tin, bài)", "so với kế hoạch (05 lớp)": a parenthesis right
        // after a target or comparison word states that target; nothing in it is a result.
        if endsWithComparison(before: i) { paren = (nil, true, false); return }
        var first = i + 1
        while first < tokens.count, tokens[first].kind == .punct { first += 1 }
        // "(kế hoạch cả năm khoảng 450 lượt)", "(cùng kỳ: 04 cuộc)": a parenthesis opening with
        // a comparison states the plan or another period, after a figure or not.
        if v.figureReading.comparisons.hasMatch(tokens, at: first) { paren = (lastFigure?.indicator, true, false); return }
        // "trong kỳ 15 mẫu được lấy (lũy kế từ đầu năm 42 mẫu)": a parenthesis opening with a
        // total word gives the running total, no part of the figure before it: its figures are
        // read as the clause's, totals by that word.
        if v.totalWords.hasMatch(tokens, at: first) { paren = nil; return }
        // "15 tin, bài trên Trang thông tin điện tử của Sở (trong đó: Sở chủ trì 09 tin, bài; …)":
        // a parenthesis that says it breaks down (`breakdowns`) breaks down the clause's figure
        // however far after it; any other, only one right after it.
        let breaksDown = v.figureReading.breakdowns.hasMatch(tokens, at: first)
        guard let last = lastFigure, i >= last.end, i - last.end <= 6 || breaksDown,
              !(last.end...i).contains(where: { $0 > last.end && tokens[$0].breakBefore }),
              !tokens[last.end..<i].contains(where: { $0.kind == .number }) else { paren = nil; return }
        paren = (last.indicator, false, false)
    }

    /// Whether a comparison or target phrase (`figure_reading.comparisons`) ends right before
    /// token `i`, in the same clause.
    private func endsWithComparison(before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 4 {
            if let m = v.figureReading.comparisons.match(tokens, at: k), m.end == i { return true }
            if tokens[k].breakBefore || tokens[k].kind != .word { break }
            k -= 1
        }
        return false
    }

    // MARK: Numbers in words

    /// "mười hai (12) dự thảo", "hai mươi lăm cơ sở": a number in words, with its digits in
    /// parentheses (then the digits are the value) or right before a counted noun.
    private mutating func readSpelled(at i: Int) {
        // A cheap test first (short strings compared inline, no hashing: this runs on every word),
        // and before it the length and the first byte, which rule out most words without one.
        let length = tokens[i].folded.utf8.count
        guard length >= 2, length <= 4 else { return }
        switch tokens[i].folded.utf8.first {
        case UInt8(ascii: "m"), UInt8(ascii: "h"), UInt8(ascii: "b"), UInt8(ascii: "n"), UInt8(ascii: "s"),
             UInt8(ascii: "t"), UInt8(ascii: "c"): break
        default: return
        }
        switch tokens[i].folded {
        case "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi": break
        default: return
        }
        var words: [Substring] = []
        var k = i
        while k < tokens.count, tokens[k].kind == .word, k == i || !tokens[k].breakBefore, words.count < 8 {
            words.append(Substring(tokens[k].raw.lowercased())); k += 1
        }
        guard let s = VietNumber.spelled(words) else { return }
        let end = i + s.words
        // The number's later words ("hai" of "mười hai") start no number of their own.
        consumedThrough = max(consumedThrough, end - 1)
        if end + 2 < tokens.count, tokens[end].raw == "(", tokens[end + 1].kind == .number, tokens[end + 2].raw == ")",
           let digits = VietNumber.parse(tokens[end + 1].raw) {
            consumedThrough = end + 2
            place(value: digits, raw: tokens[end + 1].raw, at: end + 1, quoteFrom: i, nounFrom: end + 3)
            return
        }
        // "năm 2026" is a year, no five.
        if end < tokens.count, tokens[end].kind == .number, !tokens[end].breakBefore { return }
        // "2.500.000 đồng (hai triệu năm trăm nghìn đồng)": the figure before written again in
        // words, in its brackets — nothing of its own.
        if i > 1, tokens[i - 1].raw == "(",
           lastFigure?.end == i - 1 || tokens[i - 2].kind == .number || v.moneyScales.match(tokens, at: i - 2)?.end == i - 1 {
            var k = end
            while k < tokens.count, k - i <= 12, !tokens[k].breakBefore, tokens[k].raw != ")" { k += 1 }
            consumedThrough = max(consumedThrough, k)
            return
        }
        let value = Double(s.value)
        // "ba triệu đồng", "bốn triệu năm trăm nghìn đồng": an amount in words.
        if let scale = v.moneyScales.match(tokens, at: end), scale.value > 1 {
            readSpelledAmount(value * scale.value, at: i, scale: scale.value, from: scale.end)
            return
        }
        // A field's value in words, as in digits: "– Số cuộc: ba.", "– Cơ sở được kiểm tra:
        // mười bảy.", "– Vi phạm: một cơ sở (cân sai số)" — the label before the colon says
        // what is counted.
        // Words after it other than a counted noun ("Vụ tố giác vi phạm: Năm nay không có …",
        // "Doanh nghiệp: một số …") make it no value: only a counted noun or the clause's end
        // may follow.
        if i > 0, v.figureReading.fieldMarks.contains(String(tokens[i - 1].raw)),
           let label = (v.counts.hasMatch(tokens, at: end) ? labelBefore(i, value: value, fieldUnitAfter: true) : nil)
               ?? labelBefore(i, value: value, end: end - 1) {
            append(label, value: value, phrase: Vocabulary.span(tokens, label.start, end), at: i, end: end)
            return
        }
        // Alone, a single "một" is an article ("một số", "một lớp"): only longer numbers count.
        guard s.words > 1 || words[0] != "một", v.counts.hasMatch(tokens, at: end) else { return }
        place(value: value, raw: Substring(String(s.value)), at: end - 1, quoteFrom: i, nounFrom: end)
    }

    /// The rest of an amount in words after its first scale (`amount`, `scale` of "bốn
    /// triệu"): smaller parts with their own scale ("năm trăm nghìn", "hai trăm triệu") and
    /// "đồng"; then placed as an amount in digits is. Written again in digits right after
    /// ("tám mươi bảy triệu … đồng (87.500.000 đồng)"), the digits are read instead.
    private mutating func readSpelledAmount(_ amount: Double, at i: Int, scale: Double, from start: Int) {
        var amount = amount, factor = scale, k = start
        func wordsFrom(_ k: Int) -> [Substring] {
            var w: [Substring] = []
            var p = k
            while p < tokens.count, tokens[p].kind == .word, !tokens[p].breakBefore, w.count < 8 { w.append(Substring(tokens[p].raw.lowercased())); p += 1 }
            return w
        }
        while k < tokens.count, let part = VietNumber.spelled(wordsFrom(k)) {
            let after = k + part.words
            if let next = v.moneyScales.match(tokens, at: after), next.value > 1, next.value < factor {
                amount += Double(part.value) * next.value; factor = next.value; k = next.end
            } else if ["nghìn", "ngàn"].contains(tokens[after - 1].raw.lowercased()), Double(part.value) < factor {
                amount += Double(part.value); k = after; break
            } else { break }
        }
        if let unit = v.moneyScales.match(tokens, at: k), unit.value == 1 { k = unit.end }
        consumedThrough = max(consumedThrough, k - 1)
        if k + 1 < tokens.count, tokens[k].raw == "(", tokens[k + 1].kind == .number { return }
        if isNoResult(at: i, end: k) { return }
        let phrase = Vocabulary.span(tokens, i, k)
        if let id = Vocabulary.nearestBefore(v.moneyContext, in: tokens, before: i, limit: 25, except: v.figureReading.contextNames)?.value {
            if let p = paren, p.comparison || p.owner == id { return }
            let total = isTotal(at: i, kind: id)
            out.found.append(FoundFigure(indicator: id, value: amount.rounded(), phrase: phrase, total: total, at: i))
            lastFigure = (id, k)
            if total { totalRunEnd = k; totalRunKinds.insert(id) }
        } else if paren?.comparison != true {
            out.unplaced.append(UnplacedFigure(phrase: phrase, value: amount.rounded()))
        }
    }

    // MARK: Numbers in digits

    private mutating func readNumber(at i: Int) {
        let tok = tokens[i]
        if readRespectively(at: i) { return }
        // "3/5 lớp", "120/150 người": the achieved number over its target ("2/2 chợ", all of
        // them, says how many of a whole, not what was done).
        // Not the month and year of a date ("Thứ Năm, 26/3/2026 Lớp tập huấn …": glued after
        // its day and "/"), nor a number over a year.
        if i + 2 < tokens.count, tokens[i + 1].raw == "/", glued(i, i + 1), glued(i + 1, i + 2), tokens[i + 2].kind == .number,
           !(i >= 2 && tokens[i - 1].raw == "/" && glued(i - 1, i) && tokens[i - 2].kind == .number),
           !(tokens[i + 2].raw.utf8.count == 4 && Int(tokens[i + 2].raw).map({ v.numberReferences.years.contains($0) }) == true),
           let n = VietNumber.parse(tok.raw), let m = VietNumber.parse(tokens[i + 2].raw), n < m || n == m && wholeDone(around: i), n == n.rounded(),
           v.counts.hasMatch(tokens, at: v.skipSpelledOut(tokens, from: i + 3)),
           !(i + 4 < tokens.count && tokens[i + 3].raw == "/") {
            consumedThrough = i + 2
            // "Lấy 48 mẫu …; 45/48 mẫu đạt": a share of a figure already read is none of its own.
            if out.found.contains(where: { $0.value == m }) { return }
            place(value: n, raw: tok.raw, at: i, nounFrom: v.skipSpelledOut(tokens, from: i + 3))
            return
        }
        // "ISO 9001: 2015", "TCVN 5699:2010": the year of a standard's designation, after its
        // number and a colon, is no count.
        if i >= 2, tokens[i - 1].raw == ":", tokens[i - 2].kind == .number, tok.raw.utf8.count == 4,
           let year = Int(tok.raw), year >= 1900, year <= 2100 { return }
        // "03 lớp/120 lượt người": a count glued after another figure's noun is no code.
        let afterFigure = i >= 2 && tokens[i - 1].raw == "/" && lastFigure?.end == i - 1
        if !afterFigure, !inSlashList(i), v.isReference(tokens, i) { return }
        // "1 250 lượt người": thousands grouped by a space.
        var raw = tok.raw
        var value: Double? = nil
        var last = i
        if tok.raw.utf8.count <= 3, tok.raw.first != "0", !tok.raw.contains(where: { $0 == "." || $0 == "," }) {
            var n = Int(tok.raw) ?? 0
            var k = i
            while k + 1 < tokens.count, tokens[k + 1].kind == .number, tokens[k + 1].raw.utf8.count == 3,
                  tokens[k + 1].raw.allSatisfy(\.isASCIIDigit), spaceBetween(k, k + 1), let g = Int(tokens[k + 1].raw) {
                n = n * 1000 + g; k += 1
            }
            if k > i, v.counts.hasMatch(tokens, at: v.skipSpelledOut(tokens, from: k + 1)) || v.moneyScales.hasMatch(tokens, at: k + 1) {
                value = Double(n); last = k
                raw = tok.raw.base[tok.raw.startIndex..<tokens[k].raw.endIndex]
                consumedThrough = k
            }
        }
        // A number in its own brackets inside a clause ("tổ chức (03) cuộc kiểm tra", "Cuộc KT
        // (3)"; an enumerator "(3)" is a reference): what it counts starts after ")", and its
        // words are quoted from "(".
        var quoteFrom: Int? = nil
        if i > 0, last == i, i + 1 < tokens.count, tokens[i - 1].raw == "(", tokens[i + 1].raw == ")" {
            quoteFrom = i - 1
            last = i + 1
            consumedThrough = max(consumedThrough, i + 1)
        }
        var j = v.skipSpelledOut(tokens, from: last + 1)
        if let unit = bracketedUnit(after: last) { j = unit }
        if let after = afterNounMark(i, mark: j) { j = after }
        // A money scale that is only the first word of a longer counted noun ("12 đồng hồ
        // nước", "3 đồng chí") is no amount: the longest reading wins.
        if let scale = v.moneyScales.match(tokens, at: j),
           max(v.counts.matchEnd(tokens, at: j) ?? 0, v.unreadCounts.matchEnd(tokens, at: j) ?? 0, v.ignoredCounts.matchEnd(tokens, at: j) ?? 0) <= scale.end {
            readAmount(raw: raw, at: i, last: last, scale: scale)
            return
        }
        guard let value = value ?? VietNumber.parse(tok.raw) else { return }
        // "Phạt (8.000.000)", "Tiền phạt: 2.000.000": an amount without its unit after a label
        // naming a kind of money is in đồng, when large enough to be money
        // (`figure_reading.bare_amount_least`).
        if let least = v.figureReading.bareAmountLeast, value >= least, !v.counts.hasMatch(tokens, at: j),
           !v.ignoredCounts.hasMatch(tokens, at: j), !v.unreadCounts.hasMatch(tokens, at: j),
           let money = moneyLabelBefore(i, last: last) {
            if isNoResult(at: i, end: last + 1) { return }
            append(money, value: value.rounded(), phrase: Vocabulary.span(tokens, money.start, last + 1), at: i, end: last + 1)
            return
        }
        place(value: value, raw: raw, at: i, last: last, quoteFrom: quoteFrom, nounFrom: j)
    }

    private func glued(_ a: Int, _ b: Int) -> Bool { tokens[a].raw.endIndex == tokens[b].raw.startIndex }

    /// Whether the clause around the number at `i` says the work was done
    /// (`figure_reading.whole_done`): from the clause's start to its end (";", ".", a line).
    private func wholeDone(around i: Int) -> Bool {
        let table = v.figureReading.wholeDone
        guard !table.isEmpty else { return false }
        func ends(_ k: Int) -> Bool { tokens[k].kind == .punct && (tokens[k].raw == ";" || tokens[k].raw == ".") }
        var from = i
        while from > 0, !tokens[from].breakBefore, !ends(from - 1) { from -= 1 }
        var to = i + 1
        while to < tokens.count, !tokens[to].breakBefore, !ends(to) { to += 1 }
        return (from..<to).contains { table.hasMatch(tokens, at: $0) }
    }

    /// Figures written one after another with "/" between them, each before what it counts
    /// ("đặc khu 03 cuộc/24 cơ sở/03 VP", "01 hội nghị cho hộ kinh doanh/62 người dự"): a
    /// number glued after a word's "/", or whose counted noun is glued to "/" and another
    /// number, and that counts what follows it, is a figure of the list — not a code ("QĐ/15")
    /// nor a place's number ("khu 03").
    private func inSlashList(_ i: Int) -> Bool {
        let after = v.skipSpelledOut(tokens, from: i + 1)
        guard let noun = v.counts.match(tokens, at: after) else { return false }
        if i >= 2, tokens[i - 1].raw == "/", glued(i - 1, i), glued(i - 2, i - 1), tokens[i - 2].kind == .word { return true }
        return noun.end + 1 < tokens.count && tokens[noun.end].raw == "/" && glued(noun.end - 1, noun.end)
            && glued(noun.end, noun.end + 1) && tokens[noun.end + 1].kind == .number
    }

    /// One space (or a no-break or thin space) between two tokens, as in "1 250".
    private func spaceBetween(_ a: Int, _ b: Int) -> Bool {
        let base = tokens[a].raw.base
        let gap = base[tokens[a].raw.endIndex..<tokens[b].raw.startIndex]
        return gap.unicodeScalars.count == 1 && [" ", "\u{A0}", "\u{202F}", "\u{2009}"].contains(gap.unicodeScalars.first!)
    }

    /// "15,5 triệu đồng", "20.500.000đ", "12,5tr", "7tr5" (7,5 triệu).
    private mutating func readAmount(raw: Substring, at i: Int, last: Int, scale: (value: Double, end: Int, words: Int)) {
        var factor = scale.value
        var end = scale.end
        let scaleStart = end - 1
        // "triệu" alone then "đồng": take the longest.
        if factor != 1, let unit = v.moneyScales.match(tokens, at: end), unit.value == 1 { end = unit.end }
        if factor == 1, let more = v.moneyScales.match(tokens, at: end) { factor = more.value; end = more.end }
        guard var amount = Vocabulary.amount(raw, scaled: factor) else { return }
        // "7tr5": the digits glued after the scale are its fraction.
        if factor > 1, end == scale.end, end < tokens.count, tokens[end].kind == .number, glued(scaleStart, end), glued(last, scaleStart),
           tokens[end].raw.allSatisfy(\.isASCIIDigit), let fraction = Double("0." + tokens[end].raw),
           !raw.contains(where: { $0 == "." || $0 == "," }) {
            amount = ((Double(raw) ?? 0) + fraction) * factor
            consumedThrough = end; end += 1
        }
        // Said as spoken: "7 triệu rưỡi" (a half more), "12 triệu 800 ngàn" (a part with its
        // own smaller scale), "1 tỷ 2" (the next digits, alone before the clause ends, are the
        // scale's fraction, as in "7tr5"). A count after the digits ("7 triệu 2 cơ sở") is one
        // of its own.
        if factor > 1, end == scale.end || v.moneyScales.match(tokens, at: scale.end)?.value == 1, end < tokens.count {
            // The amount read on to `through`, a trailing "đồng" with it.
            func readThrough(_ through: Int) {
                end = through
                if let unit = v.moneyScales.match(tokens, at: end), unit.value == 1 { end = unit.end }
                consumedThrough = end - 1
            }
            if let half = v.figureReading.spokenHalves.match(tokens, at: end) {
                amount += factor / 2
                end = half.end; consumedThrough = end - 1
            } else if tokens[end].kind == .number, !glued(end - 1, end), tokens[end].raw.utf8.count <= 3,
                      tokens[end].raw.allSatisfy(\.isASCIIDigit), let n = Double(tokens[end].raw) {
                let after = end + 1
                let part = v.figureReading.spokenParts.match(tokens, at: after).map { (value: $0.value, end: $0.end) }
                    ?? v.moneyScales.match(tokens, at: after).flatMap { $0.value > 1 ? (value: $0.value, end: $0.end) : nil }
                if let part, part.value < factor {
                    amount += n * part.value
                    readThrough(part.end)
                } else if part == nil, after == tokens.count || tokens[after].kind == .punct
                            || v.moneyScales.match(tokens, at: after)?.value == 1,
                          let fraction = Double("0." + tokens[end].raw) {
                    amount += fraction * factor
                    readThrough(after)
                }
            }
        }
        let phrase = Vocabulary.span(tokens, i, end)
        if isNoResult(at: i, end: end) { return }
        // "6 triệu đồng – tiền phạt": an amount opening its line says its kind after a mark.
        var after: IndicatorID? = nil
        if opensLine(i) {
            var k = end
            if let a = afterNounMark(i, mark: k) { k = a }
            after = k < tokens.count && !tokens[k].breakBefore ? v.moneyContext.match(tokens, at: k)?.value : nil
        }
        if let id = Vocabulary.nearestBefore(v.moneyContext, in: tokens, before: i, limit: 25, except: v.figureReading.contextNames)?.value ?? after {
            if let p = paren, p.comparison || p.owner == id { return }
            let total = isTotal(at: i, kind: id)
            out.found.append(FoundFigure(indicator: id, value: amount.rounded(), phrase: phrase, total: total, at: i))
            lastFigure = (id, end)
            if total { totalRunEnd = end; totalRunKinds.insert(id) }
        } else if paren?.comparison != true {
            out.unplaced.append(UnplacedFigure(phrase: phrase, value: amount.rounded()))
        }
    }

    /// A target or a comparison: "kế hoạch vốn 3.400.000.000 đồng", "… đồng kế hoạch vốn".
    private func isNoResult(at i: Int, end: Int) -> Bool {
        if Vocabulary.nearestBefore(v.figureReading.targetsBefore, in: tokens, before: i, limit: 4) != nil { return true }
        // "đạt 90% KH năm (40 cuộc)": the number opening a parenthesis right after the plan's name.
        if i >= 2, tokens[i - 1].raw == "(", !tokens[i - 1].breakBefore,
           (max(0, i - 5)..<(i - 1)).contains(where: { v.figureReading.targetsBracketed.matchEnd(tokens, at: $0) == i - 1 }) { return true }
        // "còn 03 thiết bị chờ thay thế": what is left, right before the number.
        if v.isRemainder(tokens, i) { return true }
        return v.figureReading.targetsAfter.hasMatch(tokens, at: end)
    }

    private func isTotal(at i: Int, kind: IndicatorID) -> Bool {
        totalScope || Vocabulary.nearestBefore(v.totalWords, in: tokens, before: i, limit: 10) != nil
            || !totalRunKinds.contains(kind) && continuesTotalList(at: i)
    }

    /// Whether the number at `i` follows the last total figure with only list marks between
    /// ("06 cuộc, 41 cơ sở", "06 cuộc và 41 cơ sở").
    private func continuesTotalList(at i: Int) -> Bool {
        guard let e = totalRunEnd, e < i, i - e <= 2 else { return false }
        var k = e
        while k < i {
            if tokens[k].kind == .punct, tokens[k].raw == "," { k += 1; continue }
            if let j = v.figureReading.listJoins.match(tokens, at: k), j.end <= i { k = j.end; continue }
            return false
        }
        return true
    }

    // MARK: What a count counts

    /// A count of `value` whose noun may start at `j`: a figure by its noun, else by the label
    /// before it, else a number quoted for a person.
    private mutating func place(value: Double, raw: Substring, at i: Int, last: Int? = nil, quoteFrom: Int? = nil, nounFrom j: Int) {
        let quoteAt = quoteFrom ?? i
        func unread() {
            if paren?.comparison == true { return }
            // "còn chờ 08 kết quả thử nghiệm": what is left to do is no result to quote.
            if v.isRemainder(tokens, quoteAt) { return }
            out.unread.append(UnreadNumber(number: String(raw), phrase: Vocabulary.quote(tokens, around: quoteAt)))
        }
        // Counts of documents, plans, days: known not to be indicators. A classifier among them
        // ("lần") that opens a longer noun of a count ("4 lần kiểm tra", "9 lần phát thanh"),
        // or stands before one of its nouns ("1 lần hội nghị"), counts what that noun names.
        // A count's noun that goes on past the ignored words names what was counted ("5 văn bản
        // góp ý", an indicator's noun, beyond "văn bản"). Not past one ignored word: folded,
        // a syllable is several ("quý" is "quy" of "01 quy chuẩn … đang xây dựng").
        if let ignored = v.ignoredCounts.matchEnd(tokens, at: j), ignored - j < 2 || (v.counts.matchEnd(tokens, at: j) ?? 0) <= ignored {
            let counted = v.figureReading.classifiers.match(tokens, at: j).map { c in
                (v.counts.matchEnd(tokens, at: j) ?? 0) > ignored
                    || v.counts.match(tokens, at: c.end).map { c.value.contains($0.value) } ?? false
            } ?? false
            if !counted { return }
        }
        // Counts of things no indicator counts ("150 hộ gia đình"): quoted, never a figure.
        if v.unreadCounts.hasMatch(tokens, at: j) { unread(); return }
        // A form's field "Số cơ sở vi phạm: ……02…… cơ sở": the label before the colon says what
        // is counted; the noun after the number is only its unit.
        if quoteFrom == nil, let label = labelBefore(i, value: value, fieldUnitAfter: true) {
            append(label, value: value, phrase: Vocabulary.span(tokens, label.start, (last ?? i) + 1), at: i, end: (last ?? i) + 1)
            return
        }
        // "24 lượt tin", "12 cái đồng hồ": a measure word alone before a noun of what was
        // counted; the noun says which indicator ("24 lượt" alone still counts people; "cái"
        // alone counts nothing).
        var j = j
        var nounMatch = v.counts.match(tokens, at: j)
        if let c = v.figureReading.classifiers.match(tokens, at: j), nounMatch == nil || c.end == nounMatch!.end,
           let next = v.counts.match(tokens, at: c.end), c.value.contains(next.value) {
            j = c.end; nounMatch = next
        }
        // "2 buổi/tuần", "3 lượt/tháng": a rate, not a result — quoted.
        if let n = nounMatch, n.end + 1 < tokens.count, tokens[n.end].raw == "/", glued(n.end - 1, n.end),
           v.ignoredCounts.hasMatch(tokens, at: n.end + 1) { unread(); return }
        guard let noun = nounMatch else {
            if let label = labelBefore(i, value: value) {
                append(label, value: value, phrase: Vocabulary.span(tokens, label.start, (last ?? i) + 1), at: i, end: (last ?? i) + 1)
            } else { unread() }
            return
        }
        var indicator: IndicatorID? = noun.value
        var bestDistance = Int.max
        var ruledOut = false
        for o in v.overrides {
            guard let n = o.nouns.match(tokens, at: j) else { continue }
            if !o.after.isEmpty, o.after.hasMatch(tokens, at: n.end) {
                indicator = o.indicator; bestDistance = 0
                ruledOut = o.indicator == nil
                continue
            }
            if !o.qualifiers.isEmpty, qualified(after: n.end, by: o.qualifiers) {
                indicator = o.indicator; bestDistance = 0
                ruledOut = o.indicator == nil
                continue
            }
            if !o.before.isEmpty, let hit = Vocabulary.nearestBefore(o.before, in: tokens, before: quoteAt, limit: 12) {
                let distance = quoteAt - hit.start
                if distance < bestDistance { bestDistance = distance; indicator = o.indicator; ruledOut = o.indicator == nil }
            }
            if let last = lastFigure, o.afterFigure.contains(last.indicator), last.end <= quoteAt,
               !tokens[last.end...quoteAt].contains(where: \.breakBefore) {
                let distance = quoteAt - last.end
                if distance < bestDistance { bestDistance = distance; indicator = o.indicator; ruledOut = o.indicator == nil }
            }
        }
        guard var id = indicator else {
            // An override that says the count is no indicator ("góp ý 3 đơn vị") is read.
            if !ruledOut { unread() }
            return
        }
        // In a parenthesis breaking a figure down, a bare count of a kindred indicator (the
        // same nouns) is a part of it: "18 cơ sở (05 cửa hàng, 13 hộ kinh doanh)".
        if bestDistance == Int.max, let p = paren, !p.comparison, let owner = p.owner, owner != id,
           v.figureReading.kindred.contains(owner), v.figureReading.kindred.contains(id) { id = owner }
        if isNoResult(at: quoteAt, end: noun.end) { return }
        // "…, nhắc nhở 03 trường hợp, xử phạt 02 trường hợp" after "phát hiện 05 trường hợp":
        // how the counted were handled, parts of the figure already read in the sentence.
        if sentenceFigures[id] != nil, let words = v.figureReading.handlings[id],
           Vocabulary.nearestBefore(words, in: tokens, before: quoteAt, limit: 3) != nil { return }
        // "vận động 20 doanh nghiệp …, có 01 doanh nghiệp đăng ký": a smaller count of the same
        // noun after a subset word is a part of the figure before it — quoted, not added.
        if let prior = sentenceNouns[id], prior.value > value, prior.noun == tokens[j].folded, endsWithSubset(before: quoteAt) {
            unread(); return
        }
        let container = bestDistance == Int.max && (v.figureReading.containers[id]?.hasMatch(tokens, at: j) == true || v.figureReading.containers[id] != nil && opensAtPlace(quoteAt))
        append((id, quoteAt), value: value, phrase: Vocabulary.span(tokens, quoteAt, noun.end), at: quoteAt, end: noun.end, container: container)
        if paren == nil, sentenceNouns[id] == nil { sentenceNouns[id] = (value, tokens[j].folded) }
    }

    /// Whether one of `words` qualifies the noun ending at `end`: further on in its clause,
    /// within `qualifier_reach` words, before a preposition (`qualifier_stops`), a number or a
    /// mark, and not denied by the word before it ("chưa phát hiện vi phạm").
    private func qualified(after end: Int, by words: PhraseTable<Bool>) -> Bool {
        guard !words.isEmpty else { return false }
        var k = end
        var seen = 0
        while k < tokens.count, seen < v.figureReading.qualifierReach {
            let t = tokens[k]
            if k > end, t.breakBefore { return false }
            if t.kind != .word { return false }
            if v.figureReading.qualifierStops.hasMatch(tokens, at: k) { return false }
            if words.hasMatch(tokens, at: k) {
                var b = k - 1
                while b >= end, k - b <= 2 {
                    if let m = v.figureReading.negations.match(tokens, at: b), m.end == k { return false }
                    b -= 1
                }
                return true
            }
            seen += 1; k += 1
        }
        return false
    }

    private mutating func append(_ what: (id: IndicatorID, start: Int), value: Double, phrase: String, at i: Int, end: Int, container: Bool = false) {
        // A breakdown, restatement or comparison of the figure before the parenthesis.
        if let p = paren, p.comparison || p.owner == what.id { return }
        let total = isTotal(at: i, kind: what.id)
        out.found.append(FoundFigure(indicator: what.id, value: value, phrase: phrase, total: total, at: i, container: container))
        if sentenceFigures[what.id] == nil { sentenceFigures[what.id] = out.found.count - 1 }
        lastFigure = (what.id, end)
        if total { totalRunEnd = end; totalRunKinds.insert(what.id) }
    }

    /// "Số cuộc kiểm tra: 3", "- Cơ sở được kiểm tra 15": a number that ends its clause after
    /// a label naming what it counts, read as if the label's noun followed it. Of "Số cuộc
    /// kiểm tra 02 06" (a quarter and the year to date) the last is read, the other quoted.
    /// `fieldUnitAfter`: the label ends with a field mark (`figure_reading.field_marks`: a
    /// colon, an equals sign) right before the number and a unit may follow the number ("Số
    /// cuộc kiểm tra: 03 cuộc"). In a run of fields ("số cuộc = 02, cơ sở = 14") a label
    /// starts after the previous field's value.
    private func labelBefore(_ i: Int, value: Double, fieldUnitAfter: Bool = false, end: Int? = nil) -> (id: IndicatorID, start: Int)? {
        guard value == value.rounded(), let s = labelStart(i, fieldUnitAfter: fieldUnitAfter, end: end) else { return nil }
        // "Số lượng", "Tổng số" lead the noun; a whole column label may name it too.
        if let m = v.indicatorColumns.match(tokens, at: s), !m.value.isMoney, m.end >= i - 1 { return (m.value, s) }
        guard let id = labelNoun(s) else { return nil }
        return (id, s)
    }

    /// "Phạt (8.000.000)", "Tiền phạt: 2.000.000": the kind of money a label before a number
    /// ending its clause names — a whole money column's words ("tiền phạt", "kinh phí") or a
    /// money context that reaches the number ("phạt") — and where the label starts.
    private func moneyLabelBefore(_ i: Int, last: Int) -> (id: IndicatorID, start: Int)? {
        guard let s = labelStart(i, fieldUnitAfter: false, end: last) else { return nil }
        var p = s
        if let lead = v.figureReading.labelLeads.match(tokens, at: p) { p = lead.end }
        for k in [s, p] {
            if let m = v.indicatorColumns.match(tokens, at: k), m.value.isMoney, m.end >= i - 1 { return (m.value, s) }
            if let m = v.moneyContext.match(tokens, at: k), m.end >= i - 1 { return (m.value, s) }
        }
        return nil
    }

    /// Where the label of a number ending its clause starts ("Số cuộc kiểm tra: 3", "Cuộc KT
    /// (3)", "- Cơ sở được kiểm tra 15"): its first word, nil when no label of one to ten words
    /// stands right before the number. `end`: the number's last token (")" of its brackets).
    private func labelStart(_ i: Int, fieldUnitAfter: Bool, end: Int? = nil) -> Int? {
        let marks = v.figureReading.fieldMarks
        // A mark, or a word that links a label to its value as one does ("… là 02").
        func isFieldMark(_ k: Int) -> Bool {
            marks.contains(String(tokens[k].raw)) || tokens[k].kind == .word && v.figureReading.fieldWords.contains(tokens[k].folded)
        }
        if fieldUnitAfter {
            // The value on the label's own line: a colon ending a line introduces what follows.
            // ("… đã ghi là 05 lớp": after a word, a number with its own noun is read by its
            // noun, as a sentence's figure is.)
            if i > 0, tokens[i - 1].kind == .word, i + 1 < tokens.count, v.counts.hasMatch(tokens, at: i + 1) { return nil }
            guard i > 0, isFieldMark(i - 1), tokens[i - 1].raw.base == tokens[i].raw.base,
                  !tokens[i - 1].raw.base[tokens[i - 1].raw.endIndex..<tokens[i].raw.startIndex].contains(where: \.isNewline) else { return nil }
        }
        // Nothing after the number but the clause's end.
        let next = (end ?? i) + 1
        // A run of fields in parentheses ends at ")" ("(… số cơ sở: 74 | vi phạm: 06)").
        if !fieldUnitAfter, next < tokens.count, !tokens[next].breakBefore {
            guard tokens[next].kind == .punct, ".;,|)".contains(tokens[next].raw.first!),
                  next + 1 >= tokens.count || tokens[next + 1].breakBefore || tokens[next].raw == ")" && tokens[next + 1].kind == .punct else { return nil }
        }
        // The clause's start: past a colon right before the number and any bullet marks; a
        // field opening a parenthesis starts there ("… năm 2026 (chuẩn đã hiệu chuẩn: 12)").
        var s = i
        if s > 0, isFieldMark(s - 1) { s -= 1 }
        // The number in its own brackets right after its label ("Cuộc KT (3)", "Phạt (8.000.000)").
        else if s > 1, tokens[s - 1].raw == "(", s + 1 < tokens.count, tokens[s + 1].raw == ")", !tokens[s - 1].breakBefore {
            s -= 1
            if marks.contains(String(tokens[s - 1].raw)) { s -= 1 }
        }
        var words = 0
        // The previous field's value ends at a "," or ";" within three tokens of its number
        // ("… = 02, cơ sở = 14", "… = 2.000.000 đ; …").
        func endsAField(_ k: Int) -> Bool {
            guard tokens[k].kind == .punct, tokens[k].raw == "," || tokens[k].raw == ";" else { return false }
            return (max(0, k - 3)..<k).contains { tokens[$0].kind == .number }
        }
        while s > 0, !tokens[s].breakBefore, tokens[s - 1].raw != "(", !endsAField(s - 1), words <= 10 { s -= 1; if tokens[s].kind == .word { words += 1 } }
        guard words >= 1, words <= 10 else { return nil }
        while s < i, tokens[s].kind == .punct { s += 1 }
        guard s < i, tokens[s].kind == .word else { return nil }
        return s
    }
}
