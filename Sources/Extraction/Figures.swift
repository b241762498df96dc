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
    /// The token its number stands at, in the passage it was read from.
    var at = -1
    /// Counted by the noun of a place that holds what the indicator counts ("03 chợ").
    var container = false
    /// Read in a sentence opening with an estimate ("- Ước thực hiện đến 31/12/2026: …").
    var estimate = false
}

/// A number that could not be tied to an indicator: reported as doubtful when it looks like
/// a result (a count with a noun, or an amount of money).
struct UnplacedFigure: Sendable {
    var phrase: String
    /// The amount in đồng.
    var value: Double
    /// Met in a sentence opening with an estimate.
    var estimate = false
}

/// A number of a passage that became no figure and is not a reference, a date, a year, a
/// percentage, an enumerator or a phone number: quoted with its words so that a person can
/// read it (`figure-unrecognized`).
struct UnreadNumber: Sendable {
    var number: String
    /// The number with the words around it, e.g. "150 hộ gia đình được".
    var phrase: String
    /// Met in a sentence opening with an estimate.
    var estimate = false
}

/// What a passage's numbers are: figures, amounts whose indicator is unclear, and numbers
/// that are neither figures nor references.
struct PassageNumbers: Sendable {
    var found: [FoundFigure] = []
    var unplaced: [UnplacedFigure] = []
    var unread: [UnreadNumber] = []
    /// Numbers of a statement of what the area holds ("Trên địa bàn xã có 01 chợ, 09 cửa hàng
    /// xăng dầu"): background, no result and nothing to quote.
    var background: [Substring] = []
}

extension Vocabulary {
    /// Whether the number at `i` is a reference rather than a quantity: a date or a code
    /// glued to "/", "-", ":", "." or "+" ("15/3", "2.h", "9001:2015", "đợt 1+2"), a number after a reference
    /// word ("số 76", "Nghị định 30", "đợt 2"), a year, a percentage, an enumerator ("1.",
    /// "(2)"), or a long run of digits (a telephone, an account).
    func isReference(_ tokens: [Token], _ i: Int) -> Bool {
        let tok = tokens[i]
        func gluedPunct(_ k: Int) -> Bool {
            // "+" too: "đợt 1+2", "(Q1+Q2+Q3)" add periods or batches up, no count.
            k >= 0 && k < tokens.count && tokens[k].kind == .punct && "/-:.–+".contains(tokens[k].raw.first!)
        }
        // Glued on the right to more digits or to a letter ("2.h", "15/3", "30/2020/NĐ-CP").
        // "15/3" glued: no space in the raw text between the number, the mark and what follows.
        if i + 2 < tokens.count, gluedPunct(i + 1), tokens[i + 1].raw.startIndex == tok.raw.endIndex,
           tokens[i + 2].raw.startIndex == tokens[i + 1].raw.endIndex,
           tokens[i + 2].kind == .number || (tokens[i + 2].kind == .word && tokens[i + 2].raw.count <= 3) { return true }
        // A document's number: glued to "/" and a code of capitals ("302/TTCNTT-HT",
        // "44/BC-ĐKT3"), however long the code.
        if i + 2 < tokens.count, tokens[i + 1].raw == "/", tokens[i + 1].raw.startIndex == tok.raw.endIndex,
           tokens[i + 2].raw.startIndex == tokens[i + 1].raw.endIndex, tokens[i + 2].kind == .word,
           tokens[i + 2].raw.count >= 2, tokens[i + 2].raw.allSatisfy({ $0.isUppercase }) { return true }
        // A part by period inside a parenthesis after a number of its sentence ("412 hồ sơ
        // (Quý I: 128, Quý II: 139)"): the number's parts, no count of their own.
        if isPeriodPart(tokens, i) || isSummedPart(tokens, i) { return true }
        // Glued to a letter on the right and not a money unit nor a counted noun ("5S",
        // "22000mAh"; not "15cs", "20tr"): a code.
        if i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].raw.startIndex == tok.raw.endIndex,
           !moneyScales.hasMatch(tokens, at: i + 1), !counts.hasMatch(tokens, at: i + 1) { return true }
        // Glued to a letter on the left ("K03" in "TĐC-K03", "V01", "HT38"): an item's code,
        // no count.
        if i > 0, tokens[i - 1].kind == .word, tokens[i - 1].raw.endIndex == tok.raw.startIndex { return true }
        // Glued on the left ("QĐ-15", "15/3" second part, "II.2").
        if i > 1, gluedPunct(i - 1), tokens[i - 1].raw.endIndex == tok.raw.startIndex,
           tokens[i - 2].kind == .number || tokens[i - 2].kind == .word { return true }
        // "ĐT 0903 118 260", "0938.552.104": a telephone number written in groups — after a
        // first group of a "0" and two or three more digits, each group of three or four digits
        // is the number's, no count.
        if tok.raw.utf8.first == UInt8(ascii: "0"), tok.raw.utf8.count >= 3, tok.raw.utf8.count <= 4, i + 1 < tokens.count,
           tokens[i + 1].kind == .number, tokens[i + 1].raw.utf8.count >= 3, tokens[i + 1].raw.utf8.count <= 4,
           tok.raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), tokens[i + 1].raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
           tok.raw.endIndex < tokens[i + 1].raw.startIndex, tok.raw.base[tok.raw.endIndex..<tokens[i + 1].raw.startIndex] == " " { return true }
        if i > 0 {
            var k = i
            while k > 0, tokens[k - 1].kind == .number, tokens[k].raw.utf8.count >= 3, tokens[k].raw.utf8.count <= 4,
                  tokens[k].raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  tokens[k - 1].raw.endIndex < tokens[k].raw.startIndex,
                  tokens[k].raw.base[tokens[k - 1].raw.endIndex..<tokens[k].raw.startIndex] == " " {
                k -= 1
                let lead = tokens[k].raw.utf8
                if lead.first == UInt8(ascii: "0"), lead.count >= 3, lead.count <= 4, lead.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
            }
        }
        // "Tổng cộng 03 cuộc": "cộng" folds as "công" (of "công văn") but ends a total word.
        // The closure captures the one table: capturing `self` copied the whole vocabulary at
        // every number in debug builds.
        let totals = totalWords
        // "…: cộng 03 cuộc, 36 cơ sở" — a total label (`total_labels`, by its raw word: "cộng"
        // folds as "công") right before the number, inside the line too.
        let afterTotal = (max(0, i - 3)..<i).contains { k in totals.matchEnd(tokens, at: k) == i }
            || i > 0 && tokens[i - 1].kind == .word && totalLabels.contains(tokens[i - 1].raw.lowercased())
        // (A number opening its line is no reference of the last word of the line before.)
        if i > 0, !afterTotal, !tok.breakBefore, tokens[i - 1].kind == .word, numberReferences.before.contains(tokens[i - 1].folded),
           // "lũy kế từ đầu năm 41": the running total's value (`period_starts`), asked only
           // of a number after a reference word.
           !(max(0, i - 3)..<i).contains(where: { numberReferences.periodStarts.matchEnd(tokens, at: $0) == i }) {
            // "số 76" is a reference, "tổng số 76 cơ sở" a count; so is "trong kỳ 01 cuộc"
            // (`counted_after`).
            if !numberReferences.countedAfter.contains(tokens[i - 1].folded) || !counts.hasMatch(tokens, at: skipSpelledOut(tokens, from: i + 1)) { return true }
        }
        // An item's label opening its line, right before the number ("Ý 3", "–– Trang chiếu
        // 5", "Slide 2"; `number_references.labels`): the item's own number, no count. Only at the line's start (after marks alone): "góp ý 02 dự thảo"
        // counts drafts.
        if i > 0, !tok.breakBefore {
            for k in stride(from: i - 1, through: max(0, i - 4), by: -1) where numberReferences.labels.matchEnd(tokens, at: k) == i {
                var s = k
                while s > 0, !tokens[s].breakBefore, tokens[s - 1].kind == .punct { s -= 1 }
                if s == 0 || tokens[s].breakBefore { return true }
            }
        }
        // On UTF-8 bytes: a number token is ASCII digits and marks.
        let bytes = tok.raw.utf8
        let marks = bytes.contains(UInt8(ascii: ".")) || bytes.contains(UInt8(ascii: ","))
        if !marks, bytes.count >= 8 { return true }
        if !marks, bytes.count == 4, let y = Int(tok.raw), numberReferences.years.contains(y) { return true }
        if i + 1 < tokens.count {
            let next = tokens[i + 1]
            if next.kind == .punct, next.raw == "%" { return true }
            if numberReferences.after.hasMatch(tokens, at: i + 1) { return true }
            // An enumerator: "1." "2)" at the start of a line or item (not a value after a
            // label's colon), "(3)".
            let atItemStart = i == 0 || tok.breakBefore && tokens[i - 1].raw != ":"
            if atItemStart, i + 2 < tokens.count, next.kind == .punct, next.raw == "." || next.raw == ")" { return true }
            if i > 0, tokens[i - 1].raw == "(", next.raw == ")" {
                // "(3)" alone, not "(03 lớp)", is an enumerator where it opens an item or a
                // cell. Inside a clause a number in its own brackets is a count: before what it
                // counts ("tổ chức (03) cuộc kiểm tra", "(8.000.000) đồng") or as the value of
                // the label before it, its clause ending with it ("Cuộc KT (3); Cơ sở (26)").
                if i == 1 || tokens[i - 1].breakBefore { return true }
                let after = i + 2
                if after < tokens.count, counts.hasMatch(tokens, at: after) || unreadCounts.hasMatch(tokens, at: after)
                    || moneyScales.hasMatch(tokens, at: after) { return false }
                let clauseEnds = after >= tokens.count || tokens[after].breakBefore || tokens[after].kind == .punct
                return !(clauseEnds && tokens[i - 2].kind == .word)
            }
        }
        return isProductFactor(tokens, i)
    }

    /// Whether the number at `i` is a "label: N" part by period (`figure_reading.period_parts`:
    /// "Quý I: 128", "tháng 10: 01") inside a parenthesis that a number of the same sentence
    /// stands before: a part of that number.
    func isPeriodPart(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 3, tokens[i - 1].kind == .punct, tokens[i - 1].raw == ":" else { return false }
        // A sentence ends before `k` ("." or a line's end; ":" and ";" end only a clause).
        func sentenceBreak(_ k: Int) -> Bool {
            tokens[k].breakBefore && !(k > 0 && tokens[k - 1].kind == .punct && (tokens[k - 1].raw == ":" || tokens[k - 1].raw == ";"))
        }
        // The label: back to "(", "," or ";" within a few tokens.
        var k = i - 2
        while k > 0, i - k <= 5, !tokens[k].breakBefore, !(tokens[k - 1].kind == .punct && tokens[k - 1].raw.first.map { "(,;".contains($0) } == true) { k -= 1 }
        guard k > 0, tokens[k].kind == .word, i - k <= 5, let m = figureReading.periodParts.match(tokens, at: k), m.end < i else { return false }
        // The parenthesis it stands in, and a number before it in the sentence.
        var j = k - 1
        var open: Int?
        while j >= 0 {
            if tokens[j].kind == .punct, tokens[j].raw == ")" { return false }
            if tokens[j].kind == .punct, tokens[j].raw == "(" { open = j; break }
            if sentenceBreak(j) { return false }
            j -= 1
        }
        guard let open else { return false }
        j = open - 1
        while j >= 0 {
            if tokens[j].kind == .number { return true }
            if sentenceBreak(j) { return false }
            j -= 1
        }
        return false
    }

    /// Whether the number at `i` is a "label: N" part inside a parenthesis right after a
    /// number whose labelled parts — two or more, and no other number — add up to it ("kiểm
    /// tra 29 cơ sở (Tân Định cũ: 18 | Đa Kao cũ: 11)", "11 tin, bài (trang phường: 06, loa:
    /// 05)"): the number broken down by place or channel, no count of its own.
    func isSummedPart(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 3, tokens[i - 1].kind == .punct, tokens[i - 1].raw == ":" else { return false }
        // A sentence ends before `k` ("." or a line's end; ":" and ";" end only a clause).
        func sentenceBreak(_ k: Int) -> Bool {
            tokens[k].breakBefore && !(k > 0 && tokens[k - 1].kind == .punct && (tokens[k - 1].raw == ":" || tokens[k - 1].raw == ";"))
        }
        func isMark(_ k: Int, _ mark: String) -> Bool { tokens[k].kind == .punct && tokens[k].raw == mark }
        // The parenthesis the part stands in; its parts may stand on lines of their own
        // ("(Tân Định cũ: 18⏎Đa Kao cũ: 11)"), but no sentence ends inside it.
        func fullStop(_ k: Int) -> Bool { k > 0 && isMark(k - 1, ".") }
        var j = i - 2
        var open: Int?
        while j >= 0, i - j <= 40 {
            if isMark(j, ")") || fullStop(j + 1) { return false }
            if isMark(j, "(") { open = j; break }
            j -= 1
        }
        guard let open, open >= 1, !sentenceBreak(open) else { return false }
        // The number it breaks down: right before the parenthesis, at most a few words of what
        // it counts between ("29 cơ sở (").
        var whole: Double?
        var k = open - 1
        while k >= 0, open - k <= 4 {
            if tokens[k].kind == .number { whole = VietNumber.parse(tokens[k].raw); break }
            if tokens[k].kind == .punct || sentenceBreak(k) { break }
            k -= 1
        }
        guard let whole else { return false }
        // Every number of the parenthesis is a labelled part, and they add up to the whole.
        var parts: [Double] = []
        var m = open + 1
        while m < tokens.count, m - open <= 40, !isMark(m, ")") {
            if isMark(m, ".") { return false }
            if tokens[m].kind == .number {
                guard isMark(m - 1, ":"), let value = VietNumber.parse(tokens[m].raw) else { return false }
                parts.append(value)
            }
            m += 1
        }
        guard m < tokens.count, isMark(m, ")"), parts.count >= 2 else { return false }
        return abs(parts.reduce(0, +) - whole) < 0.0001
    }

    /// Whether a remainder phrase (`figure_reading.remainders`: "còn", "còn chờ") ends right
    /// before the number at `i`, in its clause: what is left to do, never a result. So does
    /// the value a correction replaces (`figure_reading.superseded`: "sửa 420 lượt thành 512
    /// lượt", "đã ghi là 05 lớp").
    func isRemainder(_ tokens: [Token], _ i: Int) -> Bool {
        isSuperseded(tokens, i) || phrase(of: figureReading.remainders, endsRightBefore: i, in: tokens)
    }

    /// Whether a correction's phrase (`figure_reading.superseded`: "sửa", "đã ghi là") ends
    /// right before the number at `i`, in its clause: the value the correction replaces.
    func isSuperseded(_ tokens: [Token], _ i: Int) -> Bool {
        phrase(of: figureReading.superseded, endsRightBefore: i, in: tokens)
    }

    /// Whether a phrase of `table` ends right at the number at `i`, starting at most three words
    /// back and within the number's clause (words only, no line break between).
    private func phrase(of table: PhraseTable<Bool>, endsRightBefore i: Int, in tokens: [Token]) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 3 {
            if let m = table.match(tokens, at: k), m.end == i { return true }
            if tokens[k].kind != .word || tokens[k].breakBefore { break }
            k -= 1
        }
        return false
    }

    /// "03 đợt × 12 cơ sở = 36 cơ sở", "02 lớp x 60 người = 120 lượt": a number right after a
    /// multiplication sign, its product written after "=" in the same clause, is a factor —
    /// what each batch or class held —, no count of its own: the product counts it once. (The
    /// number before the sign, the batches or classes, is a count.)
    func isProductFactor(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 2, !tokens[i].breakBefore else { return false }
        let sign = tokens[i - 1]
        let times = sign.kind == .punct ? sign.raw == "×" || sign.raw == "*" : sign.kind == .word && sign.folded == "x"
        guard times, tokens[i - 2].kind != .punct else { return false }
        var k = i + 1
        while k + 1 < tokens.count, k - i <= 8, !tokens[k].breakBefore {
            if tokens[k].kind == .punct {
                if tokens[k].raw == "=" { return tokens[k + 1].kind == .number }
                if tokens[k].raw == ";" || tokens[k].raw == "," { return false }
            }
            k += 1
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

    // Static: it reads no vocabulary of its own, and an instance method copied the whole
    // vocabulary at every call in debug builds (the amplification shapes' bound is checked there).
    /// The closest phrase of `table` ending before token `index`, within the same clause and
    /// at most `limit` tokens back.
    static func nearestBefore<V>(_ table: PhraseTable<V>, in tokens: [Token], before index: Int, limit: Int,
                                 except names: PhraseTable<Bool>? = nil) -> (value: V, start: Int)? {
        var k = index - 1
        var best: (V, Int)?
        while k >= 0, index - k <= limit {
            // The end first: the value (and its tuple) only for the one match kept. A phrase
            // that only opens a longer name (`names`: "chi" of "Chi cục") is none.
            if let end = table.matchEnd(tokens, at: k), end <= index, !(names.map { n in (n.matchEnd(tokens, at: k) ?? 0) > end } ?? false),
               let m = table.match(tokens, at: k) { best = (m.value, k); break }
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
