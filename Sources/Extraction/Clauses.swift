import DocumentModel
import VietText

// Several tasks in one paragraph: "… tổ chức hai lớp tập huấn cho 96 hộ kinh doanh (đã hoàn
// thành), đồng thời thành lập 03 đoàn kiểm tra … – nhiệm vụ này đang tiếp tục thực hiện."
// The clause recogniser splits a paragraph into clauses (vocabulary `clauses`) and claims a
// task for each by meaning, with its score; the resolver below decides what each clause's
// figures and status belong to: its own task when the claim is clear, the clause before it
// when the clause names no task (a status tail, a continuation), a finding naming both
// candidates when two tasks stay close.

/// One clause of a paragraph and the task its words claim.
struct ClauseClaim {
    /// The clause as written, the joining word ("đồng thời") left out.
    var text: String
    /// The clause's tokens, read once.
    var tokens: [Token]
    /// What its words say by meaning: a task, two close candidates, or none.
    var resolution: MeaningResolution
    /// Figures or numbers that may be figures, and a status phrase.
    var hasNumbers: Bool
    var hasStatus: Bool
    /// The clause opens on its topic like a heading ("Đối với việc kết nối …, Phòng đang …",
    /// "Về công tác tuyên truyền, …"): its words name its task even with no figure or status
    /// phrase of its own.
    var opensOnTopic: Bool
    /// The clause says what was done and the next clause only how far it got ("Cử công chức
    /// dự lớp tập huấn …; đã hoàn thành."): read together, the work is the status's subject.
    var subjectOfStatus = false
    /// Whether the clause claims a task: it reports something or opens on its topic.
    var claims: Bool { hasNumbers || hasStatus || opensOnTopic || subjectOfStatus }
}

extension ExtractionRun {
    /// The clauses of a paragraph. `withinTask`: inside a task's passage only a joining word
    /// or a sentence on a new topic starts a clause; otherwise every sentence end and ";" do.
    func clauseTexts(_ text: String, withinTask: Bool) -> [String] {
        let tokens = readings.tokens(text)
        guard tokens.count > 1 else { return [text] }
        var starts: [(token: Int, content: Int)] = [(0, 0)]
        for k in 1..<tokens.count {
            let previous = tokens[k - 1]
            let sentenceStart = tokens[k].breakBefore && previous.raw != ":"
            if let join = v.clauseJoins.match(tokens, at: k), sentenceStart || previous.kind == .punct {
                // "Song song," "đồng thời": the clause's words start after the join.
                var content = join.end
                while content < tokens.count, tokens[content].kind == .punct, tokens[content].raw == "," { content += 1 }
                starts.append((k, content))
            } else if sentenceStart, !withinTask || v.clauseTopics.match(tokens, at: k) != nil || opensItems(tokens, at: k) {
                starts.append((k, k))
            }
        }
        var out: [String] = []
        for (n, s) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1].token : tokens.count
            guard s.content < end else { continue }
            var last = end
            // The ";" or "," that ends a clause belongs to no clause.
            while last > s.content + 1, tokens[last - 1].kind == .punct, ";,".contains(tokens[last - 1].raw.first!) { last -= 1 }
            out.append(Vocabulary.span(tokens, s.content, last))
        }
        return out
    }

    /// The claim of each clause of a paragraph.
    func clauseClaims(_ clauses: [String]) -> [ClauseClaim] {
        clauses.map { clause in
            let tokens = readings.tokens(clause)
            let numbers = readings.numbers(clause, v)
            let hasNumbers = !numbers.found.isEmpty || !numbers.unplaced.isEmpty || !numbers.unread.isEmpty
            let hasStatus = v.status(in: tokens) != nil
            let opensOnTopic = v.clauseTopics.match(tokens, at: 0) != nil
            // A clause is its own heading: the activity it opens with names its task. Only a
            // clause that reports something, or opens on its topic, claims one (`readClauses`):
            // the others are not ranked. A clause is too little to be placed by the plan's
            // giving its task to the unit's kind alone (`ownKindBelowBar`).
            let resolution = hasNumbers || hasStatus || opensOnTopic ? resolveByMeaning(heading: clause, body: "", group: group, ownKind: false) : .none
            return ClauseClaim(text: clause, tokens: tokens, resolution: resolution, hasNumbers: hasNumbers, hasStatus: hasStatus, opensOnTopic: opensOnTopic)
        }
    }

    /// Reads a paragraph clause by clause when its clauses name tasks of their own. Returns
    /// false when it does not (one clause, or none claims a task other than the passage's),
    /// leaving the paragraph to the ordinary reading.
    mutating func readClauses(_ line: Line) -> Bool {
        // A paragraph of dozens of figures is a list, not tasks sharing sentences: reading it
        // clause by clause would rank every piece (`clauses.most`).
        if line.text.utf8.count > v.clauseLimit * 400 { return false }
        // "Trên địa bàn phường hiện có 64 cơ sở …; 412 hộ kinh doanh … và 01 chợ …": a sentence
        // of what the area holds, read whole, counts nothing; its clauses are not read apart.
        let whole = readings.numbers(line.text, v)
        if !whole.background.isEmpty, whole.found.isEmpty, whole.unplaced.isEmpty, whole.unread.isEmpty { return false }
        let withinTask = current != nil
        var texts = clauseTexts(line.text, withinTask: withinTask)
        // A preamble that cites the plan or the directive ("đã ban hành Kế hoạch … triển khai
        // Chỉ thị số 38-CT/TW") reports no task; the sentences after it in the same paragraph
        // may ("… theo Biểu đính kèm. Trong năm, phường đã phối hợp kiểm định 64 cân …").
        // A clause that reports figures before it names the directive ("tuyên truyền 16 tin,
        // bài về Chỉ thị 38") is work, not a preamble; one that names it first ("P. Bình Tây
        // bc CT38: phối hợp … 2c/18cs …") opens the report.
        if namesThePlan(line.text) {
            let all = texts.count
            texts = texts.filter { !namesThePlan($0) || reportsBeforeNamingPlan($0) }
            guard !texts.isEmpty, texts.count < all || texts.count == 1 && !readings.numbers(texts[0], v).found.isEmpty
                    || texts.count > 1, !withinTask else { return false }
        }
        guard texts.count <= v.clauseLimit, !withinTask || texts.count > 1 else { return false }
        var claims = clauseClaims(texts)
        // Only clauses that report something claim a task: words alone in a narrative
        // are weak evidence.
        func claimed(_ c: ClauseClaim) -> String? {
            guard c.claims, case .task(let code) = c.resolution else { return nil }
            return code
        }
        // "Cử công chức dự lớp tập huấn …; đã hoàn thành.": a clause that reports neither a
        // figure nor a status, then one that states only a status and names no task. The
        // status is said of the work before it: the two are read as one item, the work as its
        // heading (its own words must name the task), the status as its body.
        if !withinTask, claims.count > 1 {
            for k in 1..<claims.count {
                let work = claims[k - 1], status = claims[k]
                guard !work.claims, status.hasStatus, !status.hasNumbers, claimed(status) == nil,
                      case .task(let code) = resolveByMeaning(heading: work.text, body: status.text, group: group, requireHeading: true)
                else { continue }
                claims[k - 1].resolution = .task(code)
                claims[k - 1].subjectOfStatus = true
            }
        }
        // A paragraph that ends in the report's items ("… Khó khăn: … Kiến nghị: …") is read
        // clause by clause, whatever its clauses claim.
        let endsInItems = claims.count > 1 && claims.dropFirst().contains { inlineItemSection($0.tokens) != nil }
        if !endsInItems {
            if withinTask {
                guard claims.count > 1, claims.contains(where: { claimed($0).map { $0 != current } ?? false }) else { return false }
            } else if claims.count == 1 {
                // A lone sentence under no task stays a figure without a task: one clause is too
                // little to name a task by meaning alone — unless it opens on its topic like a
                // heading ("Đối với việc kết nối …, Phòng đang phối hợp …", "Về công tác …: …").
                guard claims[0].opensOnTopic, claimed(claims[0]) != nil else { return false }
            } else {
                guard claims.contains(where: { claimed($0) != nil || ($0.hasNumbers && { if case .ambiguous = $0.resolution { return true } else { return false } }($0)) })
                else { return false }
            }
        }
        var running = current
        // Right under a short heading of the unit's own that named no task ("Về công tác
        // tuyên truyền" in bold), the first clause is read with that heading.
        if !withinTask, lineIndex > 0, case let h = lines[lineIndex - 1], h.isBold || h.text.hasSuffix(":"),
           h.container == line.container, h.text.spaceSeparatedCount <= 15, numberQuotes(h.text).isEmpty,
           case .task(let code) = resolveByMeaning(heading: h.text, body: claims[0].text, group: group, requireHeading: true) {
            claims[0].resolution = .task(code)
        }
        // "… Khó khăn: … Kiến nghị: …" at the end of a paragraph (a letter's reply): from the
        // first sentence that opens with a section's word and a colon, the sentences are
        // items of the report, not task content.
        var items: SectionKind?
        for (n, c) in claims.enumerated() {
            // The paragraph's own number ("2.1.", "3)") split off as a sentence reports nothing.
            if n == 0, c.text.utf8.count <= 8, !c.tokens.contains(where: { $0.kind == .word }) { continue }
            if let kind = inlineItemSection(c.tokens) {
                items = kind.kind
                addItems(from: kind.rest, source: line.firstLocation, as: kind.kind)
                continue
            }
            if let kind = items {
                addItems(from: c.text, source: line.firstLocation, as: isProposal(c.text) ? .proposals : kind)
                continue
            }
            if let code = claimed(c) {
                running = code
            } else if case .ambiguous(let a, let b) = c.resolution, c.hasNumbers,
                      running.map({ a.code != $0 && b.code != $0 }) ?? true {
                noteAmbiguous(a, b, heading: c.text, quotes: numberQuotes(c.text), location: line.firstLocation)
                running = nil
                continue
            }
            // A clause close between the task being read and another ("1. Đối với việc tuyên
            // truyền …, …; phối hợp Chi cục tổ chức 01 buổi phổ biến quy định về đo lường …":
            // II.1.a or II.5.c) goes on with the task being read, as one that names none does.
            // A clause that names no task continues the one before it (a status tail, more
            // figures of the same work).
            guard let code = running else {
                if c.hasNumbers { noteUnplacedFigures(c.text, line) }
                continue
            }
            if builders[code] == nil { builders[code] = EntryBuilder(code: code); order.append(code) }
            absorb(c.text, into: code, location: line.firstLocation)
        }
        // The paragraph's tasks end with it when it had none of its own to continue.
        if !withinTask { current = nil }
        return true
    }

    /// Whether a clause states a figure before any mention of the plan or the directive.
    func reportsBeforeNamingPlan(_ clause: String) -> Bool {
        let tokens = readings.tokens(clause)
        guard let first = readings.numbers(clause, v).found.map(\.at).min(), first < tokens.count else { return false }
        let raw = tokens[first].raw
        let offset = raw.base.utf8.distance(from: raw.base.startIndex, to: raw.startIndex)
        return !namesThePlan(String(decoding: clause.utf8.prefix(offset), as: UTF8.self))
    }

    /// Whether a difficulties or proposals word and a colon stand at `k` ("Khó khăn: …").
    func opensItems(_ tokens: [Token], at k: Int) -> Bool {
        guard let m = v.sections.match(tokens, at: k), m.value == .difficulties || m.value == .proposals else { return false }
        return m.end < tokens.count && tokens[m.end].raw == ":"
    }

    /// A clause that opens with a difficulties or proposals word and a colon ("Khó khăn: …",
    /// "Kiến nghị: …"): its kind and what follows the colon.
    func inlineItemSection(_ tokens: [Token]) -> (kind: SectionKind, rest: String)? {
        guard let first = tokens.firstIndex(where: { $0.kind == .word }), first <= 1,
              let m = v.sections.match(tokens, at: first), m.value == .difficulties || m.value == .proposals,
              m.end < tokens.count, tokens[m.end].raw == ":" else { return nil }
        let rest = m.end + 1 < tokens.count ? Vocabulary.span(tokens, m.end + 1, tokens.count) : ""
        return rest.isEmpty ? nil : (m.value, rest)
    }

    /// What a speaker said, when an item opens with who speaks rather than a task's title:
    /// "1. Đ/c Đoàn Văn K., Phó Trưởng phòng Kinh tế báo cáo: Phường đã …" (`clauses.speakers`,
    /// `clauses.speech`, `clauses.lead_ins`). Nil for any other line.
    func speechRemainder(_ text: String) -> String? {
        guard !v.speakerLeads.isEmpty || !v.speechEnds.isEmpty else { return nil }
        let body = stripEnumerator(text)
        guard let colon = Self.headingColon(in: body) else { return nil }
        let lead = VietText.fold(String(body[..<colon])).trimmed()
        guard lead.spaceSeparatedCount <= 30 else { return nil }
        let words = lead.splitting(onASCII: " ")
        let opensWithSpeaker = v.speakerLeads.contains { s in
            let sw = s.splitting(onASCII: " ")
            return words.count > sw.count && Array(words.prefix(sw.count)) == sw
        }
        let endsWithSpeech = (v.speechEnds + v.clauseLeadIns).contains { lead.hasSuffix(" " + $0) }
        guard opensWithSpeaker || endsWithSpeech else { return nil }
        let rest = String(body[body.unicodeScalars.index(after: colon)...]).trimmed()
        // "Ý kiến chỉ đạo của Chủ tịch UBND phường: Đã hoàn thành; kết thúc, lưu hồ sơ.": a
        // status label before a status is the verdict on the item above, not a speech.
        guard rest.spaceSeparatedCount >= 5, !isPassageLabel(title: String(body[..<colon]), rest: rest) else { return nil }
        return rest
    }

    /// What a diary's entry says, when an item opens with only its date before the colon:
    /// "- Ngày 12/3/2026: phối hợp Đoàn kiểm tra …", "Thứ Ba, 17/3/2026: …" (the words before
    /// the date are `clauses.entry_dates`). The date names no task: the entry is read by its
    /// own words. Nil for any other line.
    func datedEntryRemainder(_ text: String) -> String? {
        // A numbered item ("2. Ngày 09/4/2026: …") is an item of its own already, resolved
        // by its own words: only a bulleted or bare entry is a diary's.
        guard !v.entryDateWords.isEmpty, !startsWithHeadingNumber(text) else { return nil }
        let body = stripEnumerator(text)
        guard let colon = Self.headingColon(in: body) else { return nil }
        let lead = body[..<colon]
        guard lead.utf8.count <= 48 else { return nil }
        var words = VietText.fold(String(lead)).split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // The words before the date, longest first ("thu ba", then "ngay").
        var stripped = true
        while stripped, words.count > 1 {
            stripped = false
            for w in v.entryDateWords.sorted(by: { $0.count > $1.count }) {
                let ws = w.split(separator: " ").map(String.init)
                if words.count > ws.count, Array(words.prefix(ws.count)) == ws { words.removeFirst(ws.count); stripped = true; break }
            }
        }
        // What is left is one date: "12/3/2026", "17/3", "02-10-2026".
        guard words.count == 1 else { return nil }
        let parts = words[0].split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }),
              let day = Int(parts[0]), let month = Int(parts[1]), (1...31).contains(day), (1...12).contains(month) else { return nil }
        let rest = String(body[body.unicodeScalars.index(after: colon)...]).trimmed()
        return rest.spaceSeparatedCount >= 3 ? rest : nil
    }

    /// Reads a diary's dated entry (`datedEntryRemainder`) as a paragraph with no heading: the
    /// job it names by its own words, clause by clause. The entries of a diary are written in
    /// order: a status an entry states is the job's at that date, and replaces the one an
    /// earlier entry stated ("vẫn đang làm" in March, "đến nay đã làm xong" in September).
    mutating func readDatedEntry(_ rest: String, _ line: Line) {
        readSpeech(rest, line)
        guard let here = line.firstLocation?.description else { return }
        for (code, b) in builders {
            // The status this entry claimed of the task, if any.
            guard let taken = b.statusClaims.last(where: { $0.source == here }) else { continue }
            if let earlier = datedClaims[code] {
                // The earlier entries' claims are the job's past, not a conflict with today's;
                // a status an earlier entry set yields to this one's.
                b.statusClaims.removeAll { $0.source.map(earlier.contains) ?? false }
                if b.statusSource.map(earlier.contains) ?? true {
                    b.status = taken.value; b.statusSource = here; b.statusConfidence = taken.weight
                }
            }
            datedClaims[code, default: []].insert(here)
        }
    }

    /// Reads what a speaker said (`speechRemainder`) as a paragraph with no heading: clause by
    /// clause when its clauses name tasks; a single statement by its own words.
    mutating func readSpeech(_ rest: String, _ line: Line) {
        current = nil
        openHeading = nil
        var body = line
        body.cells = [Line.Cell(column: line.cells[0].column, span: 1, text: rest, value: nil, location: line.cells[0].location, continued: false)]
        if readClauses(body) { return }
        switch resolveByMeaning(heading: rest, body: "", group: group) {
        case .task(let code):
            begin(code)
            absorb(rest, into: code, location: line.firstLocation)
        case .ambiguous(let a, let b):
            noteAmbiguous(a, b, heading: rest, quotes: numberQuotes(rest), location: line.firstLocation)
        case .none:
            noteUnplacedFigures(rest, line)
        }
    }
}
