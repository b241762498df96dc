import Foundation

/// Figures that landed under a task whose kind of figures they are not.
///
/// A passage is placed under one task, but a unit's paragraph or row often tells of more than
/// one job: "… đăng 12 tin bài trên loa truyền thanh …" in a passage on inspections at the
/// market. The task profiles (task_profiles.yaml `figures`) say which kinds of figures each
/// task reports; a figure of a kind its task never reports is read again by its own words —
/// the sentence that holds it, or its table row — and goes to the task those words name, when
/// that task reports such figures and no other such task is as close. What no such task is
/// named for stays where it is (and `noteOddFigures` quotes it to a person), and so does
/// what stands under a task the unit named itself, by its code or the plan's words.
extension ExtractionRun {
    /// Figures of a kind the task profiles say is never the task's (`foreign_figures`: "04 dự
    /// thảo" of decrees under the task of commenting on laws, read as drafts of standards),
    /// left there after `settleOddFigures`: taken out of the entry and quoted in a finding, so
    /// that a person decides what they count. Without the findings' wording (silent_loss.yaml)
    /// nothing is taken out: a figure set aside must be quoted.
    mutating func setAsideForeignFigures(_ entries: [Entry]) -> [Entry] {
        guard !x.profiles.foreignFigures.isEmpty, let policy = x.silentLoss else { return entries }
        var out = entries
        for k in out.indices {
            guard let foreign = x.profiles.foreignFigures[out[k].task] else { continue }
            let ids = out[k].indicators.keys.filter { foreign.contains($0) }.sorted()
            guard !ids.isEmpty else { continue }
            let sources = ids.flatMap { out[k].indicators[$0]!.sources }
            for id in ids { out[k].indicators[id] = nil }
            let quotes = sources.map(\.text)
            let message = policy.message("foreign_figures", ["task": out[k].task, "quotes": policy.quoted(quotes)])
            findings.append(Finding(severity: .warning, code: "figure-odd-for-task", message: message, source: sources.first?.location))
        }
        return out
    }

    func settleOddFigures(_ entries: [Entry]) -> [Entry] {
        let p = x.profiles
        guard !p.isEmpty, p.weights.figureOwner > 0 else { return entries }
        let lineAt = linePlaces.lineAt(lines)
        var out = entries
        for k in entries.indices {
            // Where the unit named the task itself, by its code or the plan's words, what it
            // put under it is its own placement.
            if let policy = x.silentLoss, unitNamesTask(out[k], policy) { continue }
            let usual = p.figures[out[k].task] ?? []
            for id in out[k].indicators.keys.sorted() where !usual.contains(id) {
                guard let figure = out[k].indicators[id], !figure.sources.isEmpty else { continue }
                // Each place the figure was summed from, with the words it stands in and their
                // tasks' scores, read once; every place must be found and name the same task.
                let places = figure.sources.compactMap { src -> (source: FigureSource, words: String, scores: [String: Double])? in
                    guard let i = lineAt[src.location] else { return nil }
                    let words = Self.figureWords(lines[i].text, quote: src.text)
                    return (src, words, taskScores(words))
                }
                guard places.count == figure.sources.count else { continue }
                let owners = places.map { figureOwner(of: id, scores: $0.scores) }
                guard !owners.contains(nil), Set(owners).count == 1, let target = owners.first!, target != out[k].task else { continue }
                // The words must speak for the other task at least as much as for this one.
                let here = places.allSatisfy { $0.scores[target, default: 0] >= $0.scores[out[k].task, default: 0] }
                // A figure told in one sentence with figures its task does report is part of
                // that job ("kiểm tra 09 cơ sở, lấy 04 mẫu gửi thử nghiệm"): it stays.
                let partOfJob = places.contains { place in
                    out[k].indicators.contains { other in
                        usual.contains(other.key) && other.value.sources.contains { $0.location == place.source.location && place.words.contains($0.text) }
                    }
                }
                guard here, !partOfJob else { continue }
                if let j = out.firstIndex(where: { $0.task == target }) {
                    guard out[j].indicators[id] == nil else { continue }
                    out[j].indicators[id] = figure
                } else {
                    // A kind any task may report (money spent, a course, news items) names no
                    // task the report does not have otherwise.
                    if x.silentLoss?.anyTask.contains(id) ?? true { continue }
                    let places = figure.sources.map(\.location)
                    let text = figure.sources.compactMap { lineAt[$0.location].map { lines[$0].text } }.joined(separator: "\n")
                    out.append(Entry(task: target, indicators: [id: figure], text: text, sources: places))
                }
                out[k].indicators[id] = nil
            }
        }
        return out
    }

    /// A count of entities ("SL: 07 cơ sở", "hộ, HTX được hướng dẫn: 12") is read as
    /// establishments inspected or enterprises supported by the words around it; with none,
    /// by the noun alone. Under a task that reports only the other of such kindred kinds
    /// (`figure_reading.kindred`; "Hướng dẫn cơ sở … công bố hợp quy" reports enterprises
    /// supported), a figure its task never reports, which stayed after `settleOddFigures`,
    /// is that kind — unless its sentence holds the words that make a count its own kind
    /// (a count override's `before`/`after` words for it: "kiểm tra 07 cơ sở"), the task
    /// has such a figure already.
    func settleKindredFigures(_ entries: [Entry]) -> [Entry] {
        let p = x.profiles
        let kindred = v.figureReading.kindred
        guard !p.isEmpty, kindred.count > 1 else { return entries }
        let lineAt = linePlaces.lineAt(lines)
        var out = entries
        for k in out.indices {
            let usual = p.figures[out[k].task] ?? []
            for id in out[k].indicators.keys.sorted() where kindred.contains(id) && !usual.contains(id) {
                let targets = kindred.filter { $0 != id && usual.contains($0) }
                guard targets.count == 1, let target = targets.first, out[k].indicators[target] == nil,
                      let figure = out[k].indicators[id] else { continue }
                let own = v.overrides.filter { $0.indicator == id }
                let plain = figure.sources.allSatisfy { src in
                    guard let i = lineAt[src.location] else { return false }
                    let tokens = Tokenizer.tokenize(Self.figureWords(lines[i].text, quote: src.text))
                    return !tokens.indices.contains { t in own.contains { $0.before.match(tokens, at: t) != nil || $0.after.match(tokens, at: t) != nil } }
                }
                guard plain else { continue }
                out[k].indicators[target] = figure
                out[k].indicators[id] = nil
            }
        }
        return out
    }

    /// The one task that reports figures of kind `id` and that `words` name (profile phrases
    /// at least `figure_owner`, and `figure_owner_ratio` times the next such task's); a task
    /// the plan gives only other kinds of units counts `other_unit` times.
    func figureOwner(of id: IndicatorID, words: String) -> String? {
        figureOwner(of: id, scores: taskScores(words))
    }

    /// The same, from the tasks' scores of the figure's words (`taskScores`).
    func figureOwner(of id: IndicatorID, scores: [String: Double]) -> String? {
        let p = x.profiles
        let w = p.weights
        let ranked = scores.filter { p.figures[$0.key]?.contains(id) == true }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        guard let best = ranked.first, best.value >= w.figureOwner else { return nil }
        if ranked.count > 1, best.value < ranked[1].value * w.figureOwnerRatio { return nil }
        return best.key
    }

    /// Each task's evidence in a figure's words: profile phrases (a count inside an activity's
    /// words read past), a task the plan gives only other kinds of units `other_unit` times.
    func taskScores(_ words: String) -> [String: Double] {
        let p = x.profiles
        var scores = p.phraseScores(tokens: Tokenizer.tokenize(words), pastCounts: true)
        if let kind = reportingUnitGroup {
            for (code, groups) in p.unitGroups where !groups.contains(kind) && scores[code] != nil { scores[code]! *= p.weights.otherUnit }
        }
        return scores
    }

    /// The words a figure stands in: the sentence (or clause after a semicolon) of `text`
    /// that holds `quote`; a table's "label = value" quote with its row; the whole line
    /// when the quote is not found in it.
    static func figureWords(_ text: String, quote: String) -> String {
        guard let r = text.range(of: quote) else { return quote + "\n" + text }
        let isBreak: (String.Index) -> Bool = { i in
            let c = text[i]
            if c == "\n" || c == ";" { return true }
            guard c == "." else { return false }
            let next = text.index(after: i)
            return next == text.endIndex || text[next] == " "
        }
        var start = r.lowerBound
        while start > text.startIndex {
            let prev = text.index(before: start)
            if isBreak(prev) { break }
            start = prev
        }
        var end = r.upperBound
        while end < text.endIndex, !isBreak(end) { end = text.index(after: end) }
        return String(text[start..<end])
    }
}
