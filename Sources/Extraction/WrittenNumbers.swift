/// A number as written in a passage, for a person who places it by hand (the review desk):
/// its words, its value, and the indicator the vocabulary would count it as.
public struct WrittenNumber: Sendable, Equatable {
    /// The number as written ("06", "15,5 triệu đồng").
    public var number: String
    /// The number with the words around it, to find and read it ("tổ chức 03 lớp tập huấn").
    public var phrase: String
    public var value: Double
    /// What the words after it (a counted noun) or, for an amount, the words before it name;
    /// nil when the vocabulary names nothing.
    public var indicator: IndicatorID?
}

extension Vocabulary {
    /// Every quantity a text writes, in order: dates, codes, references, years and
    /// percentages are left out as extraction leaves them out. Unlike extraction it keeps
    /// numbers it cannot name (indicator nil): a person decides what they count.
    public func writtenNumbers(in text: String) -> [WrittenNumber] {
        let tokens = Tokenizer.tokenize(text)
        var out: [WrittenNumber] = []
        var i = 0
        while i < tokens.count {
            defer { i += 1 }
            let tok = tokens[i]
            guard tok.kind == .number, !isReference(tokens, i) else { continue }
            let j = skipSpelledOut(tokens, from: i + 1)
            if let scale = moneyScales.match(tokens, at: j) {
                var factor = scale.value
                var end = scale.end
                if factor != 1, let unit = moneyScales.match(tokens, at: end), unit.value == 1 { end = unit.end }
                if factor == 1, let more = moneyScales.match(tokens, at: end) { factor = more.value; end = more.end }
                guard let amount = Vocabulary.amount(tok.raw, scaled: factor) else { continue }
                out.append(WrittenNumber(number: Vocabulary.span(tokens, i, end), phrase: Vocabulary.quote(tokens, around: i), value: amount,
                                         indicator: Self.nearestBefore(moneyContext, in: tokens, before: i, limit: 25)?.value))
                i = end - 1
                continue
            }
            guard let value = VietNumber.parse(tok.raw) else { continue }
            var indicator: IndicatorID?
            if ignoredCounts.match(tokens, at: j) == nil, unreadCounts.match(tokens, at: j) == nil, let noun = counts.match(tokens, at: j) {
                indicator = noun.value
                var bestDistance = Int.max
                for o in overrides {
                    guard let n = o.nouns.match(tokens, at: j) else { continue }
                    if !o.after.isEmpty, o.after.match(tokens, at: n.end) != nil { indicator = o.indicator; bestDistance = 0; continue }
                    if !o.before.isEmpty, let hit = Self.nearestBefore(o.before, in: tokens, before: i, limit: 12), i - hit.start < bestDistance {
                        bestDistance = i - hit.start
                        indicator = o.indicator
                    }
                }
            }
            out.append(WrittenNumber(number: String(tok.raw), phrase: Vocabulary.quote(tokens, around: i), value: value, indicator: indicator))
        }
        return out
    }

    /// The indicator a counted noun names as a whole ("lớp", "lượt người"): a table's unit
    /// column or a unit in a header's brackets.
    public func indicator(ofCountedNoun noun: String) -> IndicatorID? {
        let tokens = Tokenizer.tokenize(noun)
        guard let m = counts.match(tokens, at: 0), m.end == tokens.count else { return nil }
        return m.value
    }
}
