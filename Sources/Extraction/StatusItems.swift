import DocumentModel
import Foundation
import VietText

extension ExtractionRun {
    /// A line of prose read in a task's passage (after the line that opened it) that states a
    /// status of its own — a clause ("Nội dung này đã xong."), a label, brackets — while its
    /// own words are nearest by meaning to another task, one the report names nowhere: a
    /// numbered or bulleted item of a list ("3. … việc lấy mẫu đã thực hiện xong", "- Phường đã
    /// công bố … Nội dung này đã hoàn thành.") that was read as more of the previous item. Its
    /// status would be lost without a word, so one finding quotes it with the task it is
    /// nearest to; the item's figures stay where the resolver put them (the finding does not
    /// guess). Which ways of stating a status count, and the message, are `silent_loss.yaml`
    /// (`item_status_kinds`, `status_other_task`).
    mutating func noteStatusesOfUnnamedTasks(_ entries: inout [Entry]) {
        guard let policy = x.silentLoss, !policy.itemStatusKinds.isEmpty, !x.profiles.isEmpty else { return }
        let named = Set(entries.map(\.task))
        var said = Set<String>()
        var ranks = 0
        // The lines found to be items of another task, by the task whose passage read them.
        var otherItems: [String: Set<Int>] = [:]
        var previous: String?
        for (index, line) in lines.enumerated() {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            defer { previous = context.task }
            guard let task = context.task, previous == task, !context.byGrid, !context.layout,
                  line.cells.count == 1, ranks < policy.nearestRanks else { continue }
            if let s = context.section, s == .plans || s == .closing || s.holdsItems { continue }
            guard Self.hasLetters(line.text, moreThan: 12) else { continue }
            let tokens = readings.tokensIfRead(line.text)
            guard let claim = v.statusClaim(in: tokens), policy.itemStatusKinds.contains(claim.kind.rawValue) else { continue }
            // A line that opens with its status ("- Chưa triển khai do …", "=> Đang thực hiện,
            // chờ …") tells of the item above it, by a reason, not of a task of its own.
            if claim.kind != .parenthesised, tokens.firstIndex(where: { $0.kind == .word }) == claim.start { continue }
            ranks += 1
            let ranked = rankByMeaning(heading: String(line.text.prefix(400)), body: "", group: nil)
            guard let top = ranked.first, top.score >= x.profiles.weights.accept, top.code != task else { continue }
            // An item of another task states no status of the task above it, whether or not
            // the report names that task elsewhere; only one it names nowhere is said.
            otherItems[task, default: []].insert(index)
            guard !named.contains(top.code), !said.contains(top.code) else { continue }
            said.insert(top.code)
            let passage = policy.passage(line.text)
            let stated = claim.start < claim.end && claim.end <= tokens.count
                ? tokens[claim.start..<claim.end].map(\.raw).joined(separator: " ") : line.text
            findings.append(Finding(severity: .warning, code: "task-close-call",
                message: policy.message("status_other_task", ["passage": passage, "quotes": "“\(stated)”", "task": task, "other": top.code,
                                                              "status": policy.statusLabels[claim.value.rawValue] ?? claim.value.rawValue]),
                source: line.firstLocation?.description))
        }
        // A task whose status was taken from such an item ("1. [Hoàn thành] …" then "2. [Đang
        // thực hiện] …" of another task, the last among equals) takes the weightiest status
        // its own lines state instead, when they state it as strongly; else it keeps what it
        // had (and the finding quotes the item).
        for (task, items) in otherItems {
            guard let k = entries.firstIndex(where: { $0.task == task }), let source = entries[k].statusSource,
                  let item = items.sorted().first(where: { lines[$0].firstLocation?.description == source }),
                  let taken = v.statusClaim(in: readings.tokensIfRead(lines[item].text)) else { continue }
            var best: (claim: StatusClaim, place: String?)?
            for i in lines.indices where !items.contains(i) && lineContexts.indices.contains(i) && lineContexts[i].task == task && !lineContexts[i].byGrid {
                guard let c = v.statusClaim(in: readings.tokensIfRead(lines[i].text)) else { continue }
                if best == nil || c.confidence > best!.claim.confidence { best = (c, lines[i].firstLocation?.description) }
            }
            // Only words of its own as strong as the item's replace it: a weaker verb of the
            // task's own ("đang hướng dẫn …") is no better evidence than what was taken.
            if let best, best.claim.confidence >= taken.confidence {
                entries[k].status = best.claim.value
                entries[k].statusSource = best.place
            }
        }
    }
}

extension ExtractionRun {
    /// Whether a line opens with a bullet ("- ", "+ ", "• ").
    static func opensWithBullet(_ text: String) -> Bool {
        itemMarker(text).map(isBullet) ?? false
    }

    /// A line that is nothing but a status after its label or mark ("Đánh giá: Hoàn thành.",
    /// "Tình hình thực hiện: Đang thực hiện.", "=> Đang tiếp tục.") that the reading left under
    /// no task closes the item above it: the item's table, or lines the reading did not place
    /// ("- 6 tháng đầu năm: …", "- Lũy kế: …"), broke the item's passage before its status. The
    /// status is the task's whose lines stand nearest above it, going back over lines of no
    /// task only; an item heading of no task, a section heading, another status or a layout
    /// block stops the walk (the status is then that item's, and the sweep quotes it). It is
    /// taken only for a task that states no status of its own; one that states the same gains
    /// the line as its source; one that states another is left, and the line is quoted.
    mutating func placeClosingStatuses(_ entries: inout [Entry]) {
        guard let policy = x.silentLoss, !entries.isEmpty else { return }
        var taskAt: [String: String] = [:]
        for e in entries {
            for s in e.sources where taskAt[s] == nil { taskAt[s] = e.task }
            for f in e.indicators.values { for s in f.sources where taskAt[s.location] == nil { taskAt[s.location] = e.task } }
        }
        let places = linePlaces.ofLines(lines)
        func taskOf(_ j: Int) -> String? {
            places[j].lazy.compactMap { taskAt[$0] }.first ?? (lineContexts.indices.contains(j) ? lineContexts[j].task : nil)
        }
        func closingStatus(_ line: Line) -> StatusClaim? {
            guard line.cells.count == 1, line.text.spaceSeparatedCount <= policy.statusCellWords else { return nil }
            let tokens = readings.tokensIfRead(line.text)
            guard let first = tokens.indices.first(where: { tokens[$0].kind != .punct || v.statusMark(tokens, at: $0) != nil }) else { return nil }
            guard v.statusLabels.match(tokens, at: first) != nil || v.statusMark(tokens, at: first) != nil,
                  let claim = v.statusClaim(in: tokens), claim.kind == .labelled || claim.kind == .labelledPercentage else { return nil }
            return claim
        }
        for (index, line) in lines.enumerated() where index > 0 {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            guard context.task == nil, !context.byGrid, !context.layout, taskOf(index) == nil else { continue }
            if let s = context.section, s == .plans || s == .closing || s.holdsItems { continue }
            guard let claim = closingStatus(line) else { continue }
            var found: String?
            // Bulleted lines of no task ("- 6 tháng đầu năm: …") are parts of the item above
            // when that item opens with a number or a heading, not with a bullet of its own.
            var crossedBullet = false
            var j = index - 1
            walk: while j >= 0, index - j <= 80 {
                let above = lines[j]
                let c = lineContexts.indices.contains(j) ? lineContexts[j] : LineContext()
                if c.layout || above.container != line.container && !c.byGrid && above.cells.count == 1 { break }
                if let t = taskOf(j) {
                    if crossedBullet {
                        var top = j
                        while top > 0, taskOf(top - 1) == t { top -= 1 }
                        // A run of bullets under a numbered heading the reading gave no task
                        // of its own ("2. Phối hợp kiểm tra" then "- Kỳ này: …") is that item.
                        if Self.opensWithBullet(lines[top].text) {
                            guard top > 0, taskOf(top - 1) == nil, lines[top - 1].cells.count == 1,
                                  lines[top - 1].headingLevel != nil || startsWithHeadingNumber(lines[top - 1].text.trimmed()) else { break walk }
                        }
                    }
                    found = t
                    break
                }
                let text = above.text.trimmed()
                if !text.isEmpty {
                    if sectionHeading(above) != nil || closingStatus(above) != nil { break walk }
                    if above.headingLevel != nil || (above.cells.count == 1 && startsWithHeadingNumber(text)) { break walk }
                    // A bold line of no task ("Nhiệm vụ số 03: Cập nhật cam kết …") heads an item
                    // of its own, which the reading could not place: the status is that item's.
                    if above.cells.count == 1, above.isBold { break walk }
                    if above.cells.count == 1, Self.opensWithBullet(text) { crossedBullet = true }
                    else if above.cells.count == 1, looksLikeItemHeading(text) { break walk }
                }
                j -= 1
            }
            guard let task = found, let k = entries.firstIndex(where: { $0.task == task }) else { continue }
            let place = line.firstLocation?.description
            if entries[k].status == .unknown {
                entries[k].status = claim.value
                entries[k].statusSource = place
            } else if entries[k].status != claim.value {
                continue
            }
            if let place { entries[k].sources.append(place) }
        }
    }
}

extension ExtractionRun {
    /// A sentence that sums up several tasks' progress clause by clause ("Tình hình chung:
    /// việc tuyên truyền làm thường xuyên; việc cử công chức đi tập huấn đã xong; kiểm tra
    /// đo lường vẫn đang tiếp tục"): each clause between semicolons that states a status and
    /// whose own words name one task clearly by meaning (the top score at least `accept` and
    /// `ratio` times the next) states that task's status. It counts only when at least two
    /// clauses name two different tasks — one clause is the passage's own status, read as
    /// such. A task the report has, stating no status, takes it; one stating the same gains
    /// the line as a source; one the report does not have is named in a finding that quotes
    /// the clause (nothing is created by meaning alone here).
    mutating func placeStatusSummaries(_ entries: inout [Entry]) {
        guard let policy = x.silentLoss, !x.profiles.isEmpty, !entries.isEmpty else { return }
        // (Foundation's search for ";" answered on the bytes where the answer is certain.)
        for (index, line) in lines.enumerated() where line.cells.count == 1
            && FoundationSearchFilter.foundationContains(";", in: line.text) {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            guard !context.byGrid, !context.layout else { continue }
            if let s = context.section, s == .plans || s == .closing || s.holdsItems { continue }
            let tokens = readings.tokensIfRead(line.text)
            var clauses: [(text: String, claim: StatusClaim, task: String)] = []
            var start = 0
            for i in 0...tokens.count where i == tokens.count || (tokens[i].kind == .punct && tokens[i].raw == ";") {
                defer { start = i + 1 }
                guard i > start else { continue }
                let part = Array(tokens[start..<i])
                guard let claim = v.statusClaim(in: part), claim.kind != .percentage, claim.kind != .heading else { continue }
                let text = part.map(\.raw).joined(separator: " ")
                guard let code = taskClearlyNamed(by: String(text.prefix(400))) else { continue }
                clauses.append((text, claim, code))
            }
            guard Set(clauses.map(\.task)).count >= 2 else { continue }
            let place = line.firstLocation?.description
            var unnamed: [(String, String)] = []
            for c in clauses {
                guard let k = entries.firstIndex(where: { $0.task == c.task }) else { unnamed.append((c.text, c.task)); continue }
                if entries[k].status == .unknown {
                    entries[k].status = c.claim.value
                    entries[k].statusSource = place
                } else if entries[k].status != c.claim.value {
                    continue
                }
                if let place, !entries[k].sources.contains(place) { entries[k].sources.append(place) }
            }
            for (text, task) in unnamed {
                let passage = policy.passage(text)
                findings.append(Finding(severity: .warning, code: "task-unmatched",
                    message: policy.message("status_near_task", ["passage": passage, "quotes": "“\(text)”",
                                                                 "nearest": policy.message("nearest_task", ["task": task, "other": task])]),
                    source: place))
            }
        }
    }
}

extension ExtractionRun {
    /// A conclusion that closes two jobs at once ("3. Công tác tuyên truyền và cử công chức
    /// tập huấn: đã hoàn thành."): a line under no task whose title, before its colon, joins
    /// two or more topics with a word of `clauses.joint_titles` ("và"), each of which alone
    /// names one task clearly by meaning (the top score at least `accept` and `ratio` times
    /// the next), and whose words after the colon state a status. Each of those tasks the
    /// report has takes the status when it states none (nothing is created by meaning alone);
    /// the line is then a source of each, so it is not said to be under no task. A title whose
    /// parts do not each name a task is left as it was.
    mutating func placeJointStatuses(_ entries: inout [Entry]) {
        guard !v.jointTitles.isEmpty, !x.profiles.isEmpty, !entries.isEmpty else { return }
        for (index, line) in lines.enumerated() where line.cells.count == 1 {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            guard context.task == nil, !context.byGrid, !context.layout else { continue }
            if let s = context.section, s == .plans || s == .closing || s.holdsItems { continue }
            let body = stripEnumerator(line.text)
            guard body.utf8.count <= 400, let colon = Self.headingColon(in: body) else { continue }
            let title = String(body[..<colon])
            let said = String(body[body.index(after: colon)...])
            guard let claim = v.statusClaim(in: readings.tokens(said)), claim.kind != .percentage else { continue }
            // The title's topics, split at the joining words.
            var parts: [String] = []
            var part: [Substring] = []
            for word in title.split(separator: " ") {
                if v.jointTitles.contains(VietText.fold(String(word))), !part.isEmpty {
                    parts.append(part.joined(separator: " ")); part = []
                } else {
                    part.append(word)
                }
            }
            if !part.isEmpty { parts.append(part.joined(separator: " ")) }
            guard parts.count >= 2 else { continue }
            var tasks: [String] = []
            for p in parts {
                guard let code = taskClearlyNamed(by: p) else { tasks = []; break }
                if !tasks.contains(code) { tasks.append(code) }
            }
            guard tasks.count >= 2, tasks.count == parts.count,
                  tasks.allSatisfy({ t in entries.contains { $0.task == t } }) else { continue }
            let place = line.firstLocation?.description
            for t in tasks {
                guard let k = entries.firstIndex(where: { $0.task == t }) else { continue }
                if entries[k].status == .unknown {
                    entries[k].status = claim.value
                    entries[k].statusSource = place
                } else if entries[k].status != claim.value {
                    continue
                }
                if let place, !entries[k].sources.contains(place) { entries[k].sources.append(place) }
            }
        }
    }

    /// The task a short text names clearly by meaning alone: the top score at least `accept`
    /// and `ratio` times the next (task_profiles.yaml's resolver weights); nil otherwise.
    func taskClearlyNamed(by text: String) -> String? {
        let w = x.profiles.weights
        let ranked = rankByMeaning(heading: text, body: "", group: nil)
        guard let top = ranked.first, top.score >= w.accept, ranked.count < 2 || top.score >= ranked[1].score * w.ratio else { return nil }
        return top.code
    }
}

extension ExtractionRun {
    /// A status said of a whole group of works: a heading of the unit's own, its works as
    /// items each read by its own words, then one line that opens with a label of the
    /// group's status (`clauses.group_status_titles`: "→ Tình trạng chung của mục 1°: đã hoàn
    /// thành."). The passage that read the line took the status; every other task read in the
    /// lines above it, up to the heading (a line of no task that is no item of its own) or the
    /// group's status line before, takes it too when it states none of its own.
    mutating func placeGroupStatuses(_ entries: inout [Entry]) {
        guard !v.groupStatusTitles.isEmpty, !entries.isEmpty else { return }
        var taskAt: [String: String] = [:]
        for e in entries {
            for src in e.sources where taskAt[src] == nil { taskAt[src] = e.task }
        }
        func taskOf(_ j: Int) -> String? {
            if lineContexts.indices.contains(j), let t = lineContexts[j].task { return t }
            return lines[j].firstLocation.flatMap { taskAt[$0.description] }
        }
        func groupStatus(_ line: Line) -> StatusClaim? {
            guard line.cells.count == 1, line.text.utf8.count <= 300 else { return nil }
            let folded = VietText.fold(stripEnumerator(line.text))
            guard v.groupStatusTitles.contains(where: { folded.hasPrefix($0) }) else { return nil }
            return v.statusClaim(in: readings.tokens(line.text))
        }
        for (index, line) in lines.enumerated() {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            guard !context.byGrid, !context.layout else { continue }
            if let s = context.section, s == .plans || s == .closing || s.holdsItems { continue }
            guard let claim = groupStatus(line), claim.value != .unknown else { continue }
            var tasks: [String] = []
            var j = index - 1
            while j >= 0, index - j <= 40, lines[j].container == line.container {
                if groupStatus(lines[j]) != nil { break }
                if let t = taskOf(j) {
                    if !tasks.contains(t) { tasks.append(t) }
                } else if !lines[j].text.trimmed().isEmpty, !Self.opensWithBullet(lines[j].text) {
                    break
                }
                j -= 1
            }
            let place = line.firstLocation?.description
            for t in tasks {
                guard let k = entries.firstIndex(where: { $0.task == t }), entries[k].status == .unknown else { continue }
                entries[k].status = claim.value
                entries[k].statusSource = place
                if let place, !entries[k].sources.contains(place) { entries[k].sources.append(place) }
            }
        }
    }
}
