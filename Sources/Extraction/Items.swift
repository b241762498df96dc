import VietText

/// What the items of a report's difficulties and proposals say, by their words
/// (vocabulary.yaml `items`): where a heading ends, which lines of an item section are no item,
/// what makes an item a proposal or a difficulty, and when one line holds several items.
struct ItemWords: Sendable {
    /// Words a heading may carry after its section's phrase ("… và nguyên nhân").
    var headingTails = PhraseTable<Bool>()
    /// Openings of lines that are no item (a cause given as such, who drew up the sheet).
    var notItemLeads = PhraseTable<Bool>()
    /// Words that close the letter ("kính báo cáo"), in a line of at most `closingMaxWords`.
    var closingWords = PhraseTable<Bool>()
    var closingMaxWords = 0
    /// An item of at most this many words needs a word of its kind.
    var shortWords = 0
    var requests = PhraseTable<Bool>()
    var requestSubjectWords = 0
    var requesters = PhraseTable<Bool>()
    var addressees = PhraseTable<Bool>()
    var addresseeGap = 0
    var actions = PhraseTable<Bool>()
    var shortages = PhraseTable<Bool>()
    /// The most words of a label alone on its line that names a section ("Phường đề xuất:").
    var labelMaxWords = 0
    /// Words that end a longer lead-in sentence before its items ("… còn gặp một số khó khăn,
    /// đó là:", "… xin đề xuất một số nội dung sau:"), and the most words of such a sentence.
    var leadInTails = PhraseTable<Bool>()
    var leadInMaxWords = 0
    /// Words that count an item before what it says ("Một là, …").
    var ordinalLeads = PhraseTable<Bool>()
    /// Words that open another item of the same kind inside a paragraph ("… . Một khó khăn
    /// nữa là …"): the sentence they open is an item of its own.
    var nextItemLeads = PhraseTable<Bool>()
    /// The fewest words of each part when one line's items are parted by ";" (0: never).
    var splitMinWords = 0
    /// Words that state a difficulty inside an entry of the results ("…; vướng là …", "…
    /// (vướng: …)"): `inline_cues` go on with the difficulty, `inline_labels` before a colon;
    /// at least `inline_min_words` words before the cue and in the difficulty
    /// (InlineItems.swift).
    var inlineCues = PhraseTable<Bool>()
    var inlineLabels = PhraseTable<Bool>()
    var inlineMinWords = 0
    /// The folded first words of the cues and labels: a cheap test of a text.
    var inlineCueWords: [String] = []
    /// The body that set the plan, named before its request is quoted ("Sở KH&CN đề nghị:
    /// phối hợp kiểm tra …", then what the unit did): the request is the plan's, a task to
    /// report on, not a proposal of the unit's.
    var quotedRequesters = PhraseTable<Bool>()
    /// Words that join a difficulty to what the unit asks because of it, inside one item
    /// ("…, nên đề nghị …", "…; vì vậy, đề nghị …"): the item is one of each.
    var requestJoins = PhraseTable<Bool>()
    /// How a submission (tờ trình) asks its superior ("Kính trình Giám đốc Sở xem xét …"):
    /// an item that opens with one asks; a lead-in that ends with one and a colon ("Từ những
    /// nội dung trên, Chi cục kính trình:") heads the proposals. Not `requests`: the closing
    /// formula ("Chi cục kính trình Giám đốc Sở xem xét, quyết định./.") opens with one too.
    var submissionLeads = PhraseTable<Bool>()

    static let keys = ["heading_tails", "not_item_leads", "closing_words", "closing_max_words", "short_words", "requests",
                       "request_subject_words", "requesters", "addressees", "addressee_gap", "actions", "shortages", "split_min_words", "label_max_words", "ordinal_leads",
                       "next_item_leads",
                       "lead_in_tails", "lead_in_max_words",
                       "inline_cues", "inline_labels", "inline_min_words", "quoted_requesters", "request_joins", "submission_leads"]

    static func parse(_ m: [String: Any], file: String) throws -> ItemWords {
        for key in m.keys where !keys.contains(key) {
            throw Vocabulary.LoadError(file: file, message: "items.\(key): unknown key (use \(keys.joined(separator: ", ")))")
        }
        func table(_ key: String) throws -> PhraseTable<Bool> {
            guard let any = m[key] else { return PhraseTable() }
            guard let list = any as? [Any] else { throw Vocabulary.LoadError(file: file, message: "items.\(key) must be a list") }
            var t = PhraseTable<Bool>()
            for p in list { t.add("\(p)", true) }
            return t
        }
        func count(_ key: String) throws -> Int {
            guard let any = m[key] else { return 0 }
            guard let n = any as? Int, n >= 0 else { throw Vocabulary.LoadError(file: file, message: "items.\(key) must be a whole number, 0 or more") }
            return n
        }
        var w = ItemWords()
        w.headingTails = try table("heading_tails")
        w.notItemLeads = try table("not_item_leads")
        w.closingWords = try table("closing_words")
        w.closingMaxWords = try count("closing_max_words")
        w.shortWords = try count("short_words")
        w.requests = try table("requests")
        w.requestSubjectWords = try count("request_subject_words")
        w.requesters = try table("requesters")
        w.addressees = try table("addressees")
        w.addresseeGap = try count("addressee_gap")
        w.actions = try table("actions")
        w.shortages = try table("shortages")
        w.splitMinWords = try count("split_min_words")
        w.labelMaxWords = try count("label_max_words")
        w.ordinalLeads = try table("ordinal_leads")
        w.nextItemLeads = try table("next_item_leads")
        w.leadInTails = try table("lead_in_tails")
        w.leadInMaxWords = try count("lead_in_max_words")
        w.inlineCues = try table("inline_cues")
        w.inlineLabels = try table("inline_labels")
        w.inlineMinWords = try count("inline_min_words")
        w.quotedRequesters = try table("quoted_requesters")
        w.requestJoins = try table("request_joins")
        w.submissionLeads = try table("submission_leads")
        w.inlineCueWords = Array(w.inlineCues.firstWords.union(w.inlineLabels.firstWords)).sorted()
        return w
    }

    // MARK: Reading an item

    /// The word tokens of a text (punctuation and numbers dropped), for matching phrases.
    static func words(_ text: String) -> [Token] {
        Tokenizer.tokenize(text).filter { $0.kind == .word }
    }

    /// The words of an item after the words that count it ("Một là, đề nghị …").
    func saying(_ text: String) -> [Token] {
        let ws = Self.words(text)
        if let m = ordinalLeads.match(ws, at: 0) { return Array(ws[m.end...]) }
        return ws
    }

    func contains(_ table: PhraseTable<Bool>, in words: [Token]) -> Bool {
        words.indices.contains { table.match(words, at: $0) != nil }
    }

    /// Where the heading's tail ends when `tokens` go on, from `k`, with one of its words
    /// (soft punctuation and "và" before it skipped); nil otherwise.
    func headingTailEnd(_ tokens: [Token], from k: Int) -> Int? {
        var i = k
        while i < tokens.count, tokens[i].kind == .punct, !tokens[i].breakBefore, tokens[i].raw != ":" { i += 1 }
        return headingTails.match(tokens, at: i)?.end
    }

    /// Whether `tokens` end at `k`, or go on from `k` (soft punctuation skipped) with one of
    /// `leadInTails` to their end: "… một số khó khăn[, đó là]".
    func endsLeadIn(_ tokens: [Token], at k: Int) -> Bool {
        var i = k
        while i < tokens.count, tokens[i].kind == .punct, tokens[i].raw != ":" { i += 1 }
        if i == tokens.count { return true }
        return leadInTails.match(tokens, at: i)?.end == tokens.count
    }

    /// A line that closes the letter: short, with a closing formula and no request in it.
    func isClosing(_ text: String) -> Bool {
        guard closingMaxWords > 0 else { return false }
        let ws = Self.words(text)
        guard !ws.isEmpty, ws.count <= closingMaxWords, contains(closingWords, in: ws) else { return false }
        return !opensWithRequest(ws)
    }

    /// Whether the words open with a request, perhaps after who asks (a requester's words, in
    /// at most `requestSubjectWords` words: "Đề nghị Sở …", "Xã đề nghị Chi cục …").
    func opensWithRequest(_ ws: [Token]) -> Bool {
        guard !ws.isEmpty else { return false }
        if requests.match(ws, at: 0) != nil { return true }
        guard let who = requesters.match(ws, at: 0) else { return false }
        for k in who.end..<min(ws.count, requestSubjectWords + 1) where requests.match(ws, at: k) != nil { return true }
        return false
    }

    /// Whether the tokens after a label's topic are who speaks and at most `requestSubjectWords`
    /// words more ("chúng tôi thấy", "phường xin nêu"): the topic is what the speaker reports
    /// on, not a word in a clause about something else ("… khó khăn, doanh nghiệp được hỗ trợ").
    func speaks(after tokens: [Token]) -> Bool {
        let ws = tokens.filter { $0.kind == .word }
        guard !ws.isEmpty, tokens.allSatisfy({ $0.kind == .word || $0.raw == ":" }),
              let who = requesters.match(ws, at: 0) else { return false }
        return ws.count - who.end <= requestSubjectWords
    }

    /// Whether an item asks someone to do something: a request first, a body and what it
    /// should do, or what should be done when no shortage is stated.
    func asks(_ text: String) -> Bool {
        let ws = saying(text)
        guard !ws.isEmpty else { return false }
        if opensWithRequest(ws) { return true }
        if contains(shortages, in: ws) { return false }
        return namesWhatToDo(ws)
    }

    /// A body and what it should do ("Chi cục phối hợp …"), or what should be done first
    /// ("Mở lớp …").
    func namesWhatToDo(_ ws: [Token]) -> Bool {
        if let a = addressees.match(ws, at: 0) {
            for k in a.end..<min(ws.count, a.end + addresseeGap + 1) where actions.match(ws, at: k) != nil { return true }
            return false
        }
        return actions.match(ws, at: 0) != nil
    }

    /// Whether a line under a proposals heading can be a proposal: it requests, names a body
    /// and what it should do, or opens with what should be done (a shortage it mentions —
    /// "… nhãn không đúng quy định" — does not matter here).
    func canAsk(_ text: String) -> Bool {
        let ws = saying(text)
        return !ws.isEmpty && (opensWithRequest(ws) || namesWhatToDo(ws) || contains(requests, in: ws) || submissionLeads.match(ws, at: 0) != nil)
    }

    /// Whether an item opens with a submission's words ("Kính trình Giám đốc Sở …").
    func opensWithSubmission(_ text: String) -> Bool {
        let ws = saying(text)
        return !ws.isEmpty && submissionLeads.match(ws, at: 0) != nil
    }

    /// A lead-in alone on its line that ends with a submission's words and a colon ("Từ những
    /// nội dung trên, Chi cục kính trình:"), of at most `leadInMaxWords` words: it heads the
    /// proposals.
    func isSubmissionLeadIn(_ text: String) -> Bool {
        // Asked of every line: its last byte but spaces tells before any copy.
        guard !submissionLeads.isEmpty, text.utf8.last(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }) == 0x3A else { return false }
        let ws = Self.words(text)
        guard !ws.isEmpty, ws.count <= leadInMaxWords else { return false }
        return ws.indices.contains { submissionLeads.match(ws, at: $0)?.end == ws.count }
    }

    /// Whether an item states a shortage or an obstacle.
    func statesShortage(_ text: String) -> Bool { contains(shortages, in: Self.words(text)) }

    /// A line of an item section that is no item: a cause given as such, who drew up the sheet,
    /// the letter's closing, or a few words, or only capitalized ones, that neither ask nor
    /// state a shortage (a signer's title, a name).
    func isNoItem(_ text: String) -> Bool {
        let ws = Self.words(text)
        if ws.isEmpty { return true }
        if notItemLeads.match(ws, at: 0) != nil { return true }
        if isClosing(text) { return true }
        let says = contains(shortages, in: ws) || contains(requests, in: ws) || contains(actions, in: ws)
        if ws.count <= shortWords, !says { return true }
        // Every word capitalized and nothing said: names and titles ("Lâm Thị Hoa", "PHÓ
        // GIÁM ĐỐC") of a signature beside another.
        if !says, ws.allSatisfy({ $0.raw.unicodeScalars.first.map { ScalarClass.isUpperCase(String($0)) } ?? false }) { return true }
        return false
    }

    /// Where a paragraph of several sentences starts another item (token indexes, ascending):
    /// a sentence after a full stop that opens with a request, perhaps after who asks ("… mất
    /// nhiều thời gian. Xã kiến nghị Chi cục …", "Đề nghị Sở … . Đề nghị Sở …"), or with
    /// words that count another item of the kind (`next_item_leads`: "Một khó khăn nữa là …").
    /// The second reason tells whether the sentence asks.
    func sentenceItemStarts(_ tokens: [Token]) -> [(index: Int, asks: Bool)] {
        var starts: [(index: Int, asks: Bool)] = []
        for k in tokens.indices.dropFirst() where tokens[k - 1].raw == "." && tokens[k].kind == .word {
            // A sentence starts with a capital: "TP. Hồ Chí Minh" goes on with its name,
            // which opens with no request.
            guard let first = tokens[k].raw.unicodeScalars.first, ScalarClass.isUpperCase(String(first)) else { continue }
            // Words before the stop: a stop after a lone number or letter ("1.", "a.") numbers
            // an item and is no sentence's end.
            guard tokens[..<(k - 1)].contains(where: { $0.kind == .word }) else { continue }
            // The sentence's words, to its full stop: a short one, or one with a closing
            // formula ("Xin trân trọng cảm ơn."), goes on with the item before it.
            let end = tokens[k...].firstIndex(where: { $0.raw == "." }) ?? tokens.count
            let ws = tokens[k..<end].filter { $0.kind == .word }
            guard ws.count > shortWords, !contains(closingWords, in: ws) else { continue }
            if opensWithRequest(ws) { starts.append((k, true)) } else if nextItemLeads.match(ws, at: 0) != nil { starts.append((k, false)) }
        }
        return starts
    }

    /// One item that states a difficulty and then, after a join (`request_joins`), what is
    /// asked because of it ("Lực lượng kiểm tra mỏng, nên đề nghị Chi cục cử cán bộ …"): the
    /// difficulty, and the request from its first word. When the first part states no
    /// shortage ("Để đợt kiểm tra cuối năm đạt kết quả, nên đề nghị …") the item is one
    /// proposal, whole, and no difficulty. Nil when no join is followed by a request (a comma
    /// between them allowed) or either part has fewer than `splitMinWords` words.
    func causeAndRequest(_ text: String) -> (difficulty: String?, proposal: String)? {
        guard !requestJoins.isEmpty, splitMinWords > 0 else { return nil }
        let tokens = Tokenizer.tokenize(text)
        for j in tokens.indices.dropFirst() {
            guard let join = requestJoins.match(tokens, at: j) else { continue }
            var k = join.end
            while k < tokens.count, tokens[k].kind == .punct, tokens[k].raw == "," { k += 1 }
            guard requests.match(tokens, at: k) != nil else { continue }
            var before = Vocabulary.span(tokens, 0, j)
            // "… thường xuyên => nên đề nghị …": the marks before the join belong to neither.
            while let l = before.unicodeScalars.last, ",;:-–—=>→⇒ ".unicodeScalars.contains(l) { before.unicodeScalars.removeLast() }
            let after = Vocabulary.span(tokens, k, tokens.count)
            guard Self.words(before).count >= splitMinWords, Self.words(after).count >= splitMinWords else { continue }
            return statesShortage(before) ? (before, after) : (nil, text)
        }
        return nil
    }

    /// The items of one line parted by ";", when every part says something of the kind on its
    /// own (asks, for proposals; states a shortage, for difficulties) and is long enough; the
    /// line whole otherwise. A ";" inside brackets parts nothing.
    func split(_ text: String, proposal: Bool) -> [String] {
        // Foundation's `contains(";")` answered on the bytes when certain (it walked the whole
        // line through Foundation for every item).
        guard splitMinWords > 0, FoundationSearchFilter.foundationContains(";", in: text) else { return [text] }
        let parts = text.partsOutsideBrackets(";").map { $0.trimmed() }.filter { !$0.isEmpty }
        guard parts.count >= 2 else { return [text] }
        for p in parts {
            guard Self.words(p).count >= splitMinWords else { return [text] }
            if proposal ? !asks(p) : !statesShortage(p) { return [text] }
        }
        return parts
    }
}
