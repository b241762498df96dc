import Foundation
// Figures and statuses read from prose: "đã tổ chức 03 lớp tập huấn với 250 lượt người
// tham dự", "xử phạt 15,5 triệu đồng", "Tiến độ: Đã hoàn thành". All wording comes from the
// vocabulary; this file holds only the mechanics of reading numbers in context.

/// One figure found in a passage.
struct FoundFigure: Sendable {
    var indicator: IndicatorID
    var value: Double
    /// The words it was read from, e.g. "03 lớp tập huấn".
    var phrase: String
    /// Stated as a total ("Tổng cộng 06 lớp", "với tổng số 564 lượt người"): the other figures
    /// of its kind in the passage are its parts.
    var total = false
}

/// A number that could not be tied to an indicator: reported as doubtful when it looks like
/// a result (a count with a noun, or an amount of money).
struct UnplacedFigure: Sendable {
    var phrase: String
}

/// A number of a passage that became no figure and is not a reference, a date, a year, a
/// percentage, an enumerator or a phone number: quoted with its words so that a person can
/// read it (`figure-unrecognized`).
struct UnreadNumber: Sendable {
    var number: String
    /// The number with the words around it, e.g. "150 hộ gia đình được".
    var phrase: String
}

/// What a passage's numbers are: figures, amounts whose indicator is unclear, and numbers
/// that are neither figures nor references.
struct PassageNumbers: Sendable {
    var found: [FoundFigure] = []
    var unplaced: [UnplacedFigure] = []
    var unread: [UnreadNumber] = []
}

extension Vocabulary {
    /// Whether the number at `i` is a reference rather than a quantity: a date or a code
    /// glued to "/", "-", ":" or "." ("15/3", "2.h", "9001:2015"), a number after a reference
    /// word ("số 76", "Nghị định 30", "đợt 2"), a year, a percentage, an enumerator ("1.",
    /// "(2)"), or a long run of digits (a telephone, an account).
    func isReference(_ tokens: [Token], _ i: Int) -> Bool {
        let tok = tokens[i]
        func gluedPunct(_ k: Int) -> Bool {
            k >= 0 && k < tokens.count && tokens[k].kind == .punct && "/-:.–".contains(tokens[k].raw.first!)
        }
        // Glued on the right to more digits or to a letter ("2.h", "15/3", "30/2020/NĐ-CP").
        // "15/3" glued: no space in the raw text between the number, the mark and what follows.
        if i + 2 < tokens.count, gluedPunct(i + 1), tokens[i + 1].raw.startIndex == tok.raw.endIndex,
           tokens[i + 2].raw.startIndex == tokens[i + 1].raw.endIndex,
           tokens[i + 2].kind == .number || (tokens[i + 2].kind == .word && tokens[i + 2].raw.count <= 3) { return true }
        // Glued to a letter on the right and not a money unit nor a counted noun ("5S",
        // "22000mAh"; not "15cs", "20tr"): a code.
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].raw.startIndex == tok.raw.endIndex,
           moneyScales.match(tokens, at: i + 1) == nil, counts.match(tokens, at: i + 1) == nil { return true }
        // Glued on the left ("QĐ-15", "15/3" second part, "II.2").
        if i > 1, gluedPunct(i - 1), tokens[i - 1].raw.endIndex == tok.raw.startIndex,
           tokens[i - 2].kind == .number || tokens[i - 2].kind == .word { return true }
        // "Tổng cộng 03 cuộc": "cộng" folds as "công" (of "công văn") but ends a total word.
        let afterTotal = (max(0, i - 3)..<i).contains { k in totalWords.match(tokens, at: k)?.end == i }
        if i > 0, !afterTotal, tokens[i - 1].kind == .word, numberReferences.before.contains(tokens[i - 1].folded) {
            // "số 76" is a reference, "tổng số 76 cơ sở" a count.
            if tokens[i - 1].folded != "so" || counts.match(tokens, at: skipSpelledOut(tokens, from: i + 1)) == nil { return true }
        }
        // On UTF-8 bytes: a number token is ASCII digits and marks.
        let bytes = tok.raw.utf8
        let marks = bytes.contains(UInt8(ascii: ".")) || bytes.contains(UInt8(ascii: ","))
        if !marks, bytes.count >= 8 { return true }
        if !marks, bytes.count == 4, let y = Int(tok.raw), numberReferences.years.contains(y) { return true }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.kind == .punct, next.raw == "%" { return true }
            if numberReferences.after.match(tokens, at: i + 1) != nil { return true }
            // An enumerator: "1." "2)" at the start of a line or item (not a value after a
            // label's colon), "(3)".
            let atItemStart = i == 0 || tok.breakBefore && tokens[i - 1].raw != ":"
            if atItemStart, i + 2 < tokens.count, next.kind == .punct, next.raw == "." || next.raw == ")" { return true }
            if i > 0, tokens[i - 1].raw == "(", next.raw == ")" {
                // "(3)" alone, not "(03 lớp)".
                return true
            }
        }
        return false
    }

    func figures(in tokens: [Token]) -> PassageNumbers {
        var reader = FigureReader(v: self, tokens: tokens)
        reader.read()
        return reader.out
    }

    /// The number at `i` with up to five words before it in its clause and four after: what
    /// a person needs to find and read it.
    static func quote(_ tokens: [Token], around i: Int) -> String {
        var from = i
        var words = 0
        while from > 0, words < 5, !tokens[from].breakBefore {
            from -= 1
            if tokens[from].kind == .word { words += 1 }
        }
        if tokens[from].kind == .punct, from < i { from += 1 }
        var to = i + 1
        words = 0
        while to < tokens.count, words < 4, !tokens[to].breakBefore {
            if tokens[to].kind == .word { words += 1 }
            to += 1
        }
        while to > i + 1, tokens[to - 1].kind == .punct, tokens[to - 1].raw != ")" { to -= 1 }
        return span(tokens, from, to)
    }

    /// Skips a spelled-out repetition right after a number: "02 (hai) lớp".
    func skipSpelledOut(_ tokens: [Token], from j: Int) -> Int {
        guard j < tokens.count, tokens[j].kind == .punct, tokens[j].raw == "(" else { return j }
        var k = j + 1
        while k < tokens.count, tokens[k].kind == .word, k - j < 12 { k += 1 }
        if k < tokens.count, tokens[k].raw == ")", k > j + 1 { return k + 1 }
        return j
    }

    /// The closest phrase of `table` ending before token `index`, within the same clause and
    /// at most `limit` tokens back.
    func nearestBefore<V>(_ table: PhraseTable<V>, in tokens: [Token], before index: Int, limit: Int) -> (value: V, start: Int)? {
        var k = index - 1
        var best: (V, Int)?
        while k >= 0, index - k <= limit {
            if let m = table.match(tokens, at: k), m.end <= index { best = (m.value, k); break }
            if tokens[k].breakBefore { break }
            if tokens[k].kind == .punct, tokens[k].raw == ";" { break }
            k -= 1
        }
        return best
    }

    static func amount(_ raw: Substring, scaled factor: Double) -> Double? {
        // With a scale word a lone comma is the decimal mark: "1,250 triệu" is 1,25 million.
        if factor > 1, !raw.utf8.contains(UInt8(ascii: ".")), raw.filter({ $0 == "," }).count == 1 {
            let parts = raw.split(separator: ",")
            guard parts.count == 2, let v = Double(parts[0] + "." + parts[1]) else { return nil }
            return (v * factor).rounded()
        }
        guard let v = VietNumber.parse(raw) else { return nil }
        return (v * factor).rounded()
    }

    static func span(_ tokens: [Token], _ from: Int, _ to: Int) -> String {
        guard from < to, to <= tokens.count else { return "" }
        let base = tokens[from].raw.base
        return String(base[tokens[from].raw.startIndex..<tokens[to - 1].raw.endIndex])
    }

    // MARK: Status

    /// The status a passage states: after a label ("Tiến độ: Hoàn thành", "Đánh giá: đạt")
    /// first, else a status standing alone in parentheses, else a clause that opens with a
    /// status and says no more than why or when ("Chưa triển khai do …", "Hiện đang thực
    /// hiện."), else a short sentence that is only a status ("Nhiệm vụ đang thực hiện."). Prose
    /// verbs such as "đã thực hiện 5 cuộc kiểm tra" are not a status. Assessment words ("đạt",
    /// "thường xuyên") count only after a label, in a cell, or as a whole clause.
    func status(in tokens: [Token]) -> TaskStatus? {
        statusClaim(in: tokens, verbs: false)?.status
    }

    /// How strongly a passage states its status: after a label or a mark, in a phrase of its
    /// own, or only by a status verb with its object (the weakest).
    enum StatusStrength: Int, Comparable, Sendable {
        case verb = 1, statement = 2, labelled = 3
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// The status a passage states and how strongly. `verbs`: also a status verb followed by
    /// its object ("đã hoàn thành việc góp ý", "không phát sinh trường hợp tố giác").
    func statusClaim(in tokens: [Token], verbs: Bool = true) -> (status: TaskStatus, strength: StatusStrength)? {
        var labelled: (status: TaskStatus, strength: StatusStrength)?
        var i = 0
        while i < tokens.count {
            var j: Int?
            if let label = statusLabels.match(tokens, at: i) {
                j = label.end
            } else if tokens[i].kind == .punct, let markEnd = statusMark(tokens, at: i) {
                // "… → HT", "=> Hoàn thành.": a mark introduces a status as a label does.
                j = markEnd
            }
            if var j {
                while j < tokens.count, tokens[j].kind == .punct, ":-–".contains(tokens[j].raw.first!) { j += 1 }
                if let s = labelledStatus(tokens, at: j) {
                    // "Kết quả: Đã hoàn thành việc đăng 36 tin …": a status verb with its object
                    // after a label states no more than a statement.
                    let ends = s.end >= tokens.count || tokens[s.end].breakBefore || tokens[s.end].kind == .punct
                        || statusTails.match(tokens, at: s.end) != nil
                    labelled = (s.value, ends ? .labelled : .statement)
                    i = s.end
                    continue
                }
            }
            i += 1
        }
        if let labelled { return labelled }
        if let s = statementStatus(in: tokens) { return (s, .statement) }
        guard verbs else { return nil }
        var verbStatus: TaskStatus?
        var k = 0
        while k < tokens.count {
            guard let m = statusReading.verbs.match(tokens, at: k) else { k += 1; continue }
            if !isBlocked(tokens, before: k) { verbStatus = m.value }
            k = m.end
        }
        return verbStatus.map { ($0, .verb) }
    }

    /// A status right after a label or a mark: a percentage of the plan ("đạt 60%"), else a
    /// status or an assessment phrase.
    func labelledStatus(_ tokens: [Token], at j: Int) -> (value: TaskStatus, end: Int)? {
        if let p = percentStatus(tokens, at: j) { return p }
        guard let m = statusOrAssessment(tokens, at: j) else { return nil }
        // An assessment word that opens a sentence of results ("Kết quả: Duy trì, cập nhật
        // các quy trình …") is a verb, not an assessment: after a label it must end its clause.
        if statuses.match(tokens, at: j).map({ $0.end >= m.end }) ?? false { return m }
        let ends = m.end >= tokens.count || tokens[m.end].breakBefore || statusTails.match(tokens, at: m.end) != nil
            || tokens[m.end].kind == .punct && ".;)!".contains(tokens[m.end].raw.first!)
        return ends ? m : nil
    }

    /// "đạt 60%", "Hoàn thành 100%", "75%": progress as a share of the plan. All of it is
    /// done, none of it not started, anything between under way.
    func percentStatus(_ tokens: [Token], at j: Int) -> (value: TaskStatus, end: Int)? {
        var k = j
        if let lead = statusReading.percentLeads.match(tokens, at: k) { k = lead.end }
        guard k + 1 < tokens.count, tokens[k].kind == .number, tokens[k + 1].raw == "%",
              let share = VietNumber.parse(tokens[k].raw) else { return nil }
        let status: TaskStatus = share >= 100 ? .completed : share <= 0 ? .notStarted : .inProgress
        return (status, k + 2)
    }

    /// The end of a status mark ("→", "=>") starting at punctuation token `i`.
    func statusMark(_ tokens: [Token], at i: Int) -> Int? {
        for mark in statusReading.marks {
            var k = i, m = 0
            while m < mark.count, k < tokens.count, tokens[k].kind == .punct, tokens[k].raw.unicodeScalars.first == mark[m] { k += 1; m += 1 }
            if m == mark.count { return k }
        }
        return nil
    }

    /// A blocker ("dự kiến", "để", "nếu") ends right before token `k`.
    func isBlocked(_ tokens: [Token], before k: Int) -> Bool {
        var b = k - 1
        while b >= 0, k - b <= 3 {
            if let m = statusReading.verbBlockers.match(tokens, at: b), m.end == k { return true }
            b -= 1
        }
        return false
    }

    /// A status stated in a phrase of its own: alone in parentheses, opening a clause, or a
    /// short sentence.
    private func statementStatus(in tokens: [Token]) -> TaskStatus? {
        var labelled: TaskStatus?
        // "(Đã hoàn thành)" after a title: a status standing alone in parentheses.
        var k = 0
        while k < tokens.count {
            if tokens[k].kind == .punct, tokens[k].raw == "(", let s = statusOrAssessment(tokens, at: k + 1),
               s.end < tokens.count, tokens[s.end].raw == ")" {
                labelled = s.value
            }
            k += 1
        }
        if let labelled { return labelled }
        var result: TaskStatus?
        for sentence in sentences(tokens) {
            // A clause that opens with a status: what follows is a reason, a plan or nothing.
            var start = sentence.startIndex
            while start < sentence.endIndex, sentence[start].kind == .punct { start += 1 }
            if let lead = statusLeads.match(sentence, at: start) { start = lead.end }
            if let m = statusOrAssessment(sentence, at: start) {
                if m.end >= sentence.endIndex || sentence[m.end].kind == .punct || statusTails.match(sentence, at: m.end) != nil {
                    result = m.value
                    continue
                }
            }
            let words = sentence.filter { $0.kind == .word }.count
            if words <= 14 {
                for m in statuses.matches(in: sentence) { result = m.value }
                continue
            }
            // "…, nhiệm vụ tuyên truyền năm 2026 đã hoàn thành.", "Phòng chưa thực hiện do …":
            // a status that ends its clause or is followed only by why or when.
            for m in statuses.matches(in: sentence) {
                if m.end >= sentence.endIndex || sentence[m.end].kind == .punct || statusTails.match(sentence, at: m.end) != nil {
                    result = m.value
                }
            }
        }
        return result
    }

    /// A short clause after a status label that the vocabulary does not know ("Tiến độ:
    /// Đang chờ kinh phí"): returned as written, for a finding that quotes it.
    func unrecognizedStatus(in tokens: [Token]) -> String? {
        var i = 0
        while i < tokens.count {
            guard let label = statusLabels.match(tokens, at: i), i == 0 || tokens[i].breakBefore || tokens[i - 1].kind == .punct else { i += 1; continue }
            var j = label.end
            guard j < tokens.count, tokens[j].raw == ":" else { i = label.end; continue }
            j += 1
            var end = j
            while end < tokens.count, end == j || !tokens[end].breakBefore { end += 1 }
            let clause = tokens[j..<end]
            let words = clause.filter { $0.kind == .word }.count
            if words >= 1, words <= 6, !clause.contains(where: { $0.kind == .number }),
               statusOrAssessment(tokens, at: j) == nil, statuses.matches(in: clause).isEmpty {
                return Vocabulary.span(tokens, j, end).trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".;,"))
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
        switch (s, a) {
        case let (s?, a?): return a.end > s.end ? (a.value, a.end) : (s.value, s.end)
        case let (s?, nil): return (s.value, s.end)
        case let (nil, a?): return (a.value, a.end)
        default: return nil
        }
    }

    /// The status of a cell that holds only a status (a "Tiến độ" or "Đánh giá" column): any
    /// phrase, assessments included.
    func cellStatus(_ text: String) -> TaskStatus? {
        let tokens = Tokenizer.tokenize(text)
        if let s = status(in: tokens) { return s }
        if let m = statuses.matches(in: tokens).first?.value { return m }
        return assessments.matches(in: tokens).first?.value
    }

    func sentences(_ tokens: [Token]) -> [ArraySlice<Token>] {
        var out: [ArraySlice<Token>] = []
        var start = 0
        for (k, t) in tokens.enumerated() where k > start && t.breakBefore {
            out.append(tokens[start..<k]); start = k
        }
        if start < tokens.count { out.append(tokens[start...]) }
        return out
    }
}
