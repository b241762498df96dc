import DocumentModel
import Foundation
import VietText

// Statuses stated away from their task's passage. A unit may give a task's status somewhere
// other than where it tells the task's work: in a closing assessment that points back at the
// items by their labels ("nội dung tại điểm a, c đã hoàn thành; điểm b đang tiếp tục"), in
// the name of the sheet the task's rows stand on (a sheet per state), in a code of a column
// decoded by a legend line ("A - Đã hoàn thành; B - Đang thực hiện"). Each such statement
// becomes one claim that carries a REFERENCE — item labels, or a scope of places (a sheet,
// a row) — and one resolver links every claim to the entries it refers to. What is read,
// and how much each way weighs, is `status_references` in vocabulary.yaml.

/// A status stated apart from its task's passage, and what it refers to.
struct DistantStatusClaim: Sendable {
    enum Reference: Sendable {
        /// Item labels ("a", "c", "2") of the items the statement points back at.
        case labels([String])
        /// The sheet a task's rows stand on, named by its state.
        case sheet(String)
        /// The places of one row: a code in a cell of it, decoded by a legend.
        case places(Set<String>)
        /// A title line that ends in its status ("1. Tuyên truyền<tab>Đã xong", a two-cell
        /// title row): the task of its own places, or, when the title names no task, the one
        /// task the passage under it (up to `under_lines` lines, before the next such title)
        /// is read for. With `under`, only the task under it, and only when no entry holds the
        /// title itself (a title of the unit's own that ends in its status after a dash or a
        /// colon, read into no passage or at the end of the passage above).
        case title(Set<String>, line: Int, under: Bool = false)
        /// The work named in the statement's subject, in the unit's own words ("việc tuyên
        /// truyền và cử cán bộ tập huấn đã hoàn thành", "- Tập huấn cho công chức: Hoàn thành"):
        /// each name resolved by meaning among the tasks the report states.
        case names([String])
        /// The plan's tasks a row names by their codes ("5a" in a "Mục KH" column of a sheet
        /// of statuses beside the sheet of figures keyed so).
        case tasks([String])
    }
    var value: TaskStatus
    var weight: Double
    var reference: Reference
    /// The unit's words the claim rests on, quoted in a finding.
    var quote: String
    var place: String?
}

/// How statuses stated away from their task's passage refer to it (`status_references`).
struct StatusReferenceWords: Sendable {
    /// Words that point at items by their labels ("điểm", "mục", "khoản"), folded.
    var labelWords = PhraseTable<Bool>()
    /// Words of a legal citation ("khoản", "Điều", "Nghị định"): labels they follow cite a
    /// legal text, not the report's items.
    var citationWords = PhraseTable<Bool>()
    /// Words that join labels in a list ("và"), folded.
    var labelJoins: Set<String> = []
    /// Marks between a code and its status in a legend line ("A - Đã hoàn thành").
    var legendMarks: [String] = []
    /// Characters between a legend's pairs (`legend_separators`); a line break always is one.
    var legendSeparators: [Character] = [";"]
    /// The longest a legend's code may be, in characters (`code_length`, required).
    var codeLength = 0
    /// The most words a legend's code may have (`code_words`, required): "Chưa mở = chưa làm".
    var codeWords = 0
    /// The least number of codes a legend line decodes (`legend_pairs`, required).
    var legendPairs = 0
    /// The longest a legend's code may be, in characters and in words, when the code stands
    /// whole in a row's cell of the same document (`cell_code_length`, `cell_code_words`,
    /// required): "Qua mốc giữa = đang làm" keys the cells that say "Qua mốc giữa".
    var cellCodeLength = 0
    var cellCodeWords = 0
    /// How much each kind of reference weighs against the claims of the task's own passage
    /// and cells (`status_reading.weights`): a claim is taken only where the task's own
    /// status is unknown or weighs less. Every weight is required in the file: no number here.
    struct Weights: Sendable {
        var labels = 0.0, sheet = 0.0, legend = 0.0, row = 0.0, names = 0.0, notes = 0.0, codes = 0.0
        /// The file's keys, each setting the field of its name.
        static let names = ["labels", "sheet", "legend", "row", "names", "notes", "codes"]
        mutating func set(_ name: String, _ value: Double) {
            switch name {
            case "codes": codes = value
            case "labels": labels = value
            case "names": names = value
            case "notes": notes = value
            case "sheet": sheet = value
            case "legend": legend = value
            default: row = value
            }
        }
    }
    var weights = Weights()
    /// A name resolves to the task it scores best for by meaning among those the report
    /// states, from `name_score` on and ahead of the next by `name_margin` (required).
    var nameScore = 0.0
    var nameMargin = 0.0
    /// How many lines under a title stating a status are searched for its task (required).
    var underLines = 0
    /// How many words a line that only states a status may have, to be said of the item
    /// right above it (required; `Extractor.taskOfFollowingStatus`).
    var followWords = 0
    /// Marks that open a reply threaded under an item in a chat pasted into a report ("↪
    /// a.Quang TP: ok xong"), folded off with the replier's name (`reply_marks`).
    var replyMarks: [String] = []
    /// The most words of the replier's name before the colon (`reply_label_words`).
    var replyLabelWords = 0
    /// Words of such a line that refer back to the item above (`back_references`: "việc
    /// này", "phần việc này"), folded: a short subject may stand before them ("Phường xác
    /// định việc này đã làm xong.", "Xã đánh giá việc này: còn tiếp tục.") and after them
    /// ("Việc này phường vẫn đang làm, …"), each of at most `status_reading.subject_words`
    /// words. Empty: the line must open with its leads.
    var backReferences = PhraseTable<Bool>()
    /// Words opening a line that states the status of the tasks the report names and leaves
    /// without one (`rest_openers`: "Các nội dung còn lại nêu tại mục II đã hoàn thành theo
    /// Kế hoạch."): said of the rest, never of the item above it.
    var restOpeners = PhraseTable<Bool>()
}

extension ExtractionRun {
    /// Links each status stated away from its task's passage to the entries it refers to.
    /// The task's own status stands when it weighs at least as much as the claim (a status in
    /// the task's own passage beats a distant one); claims of different statuses for one task,
    /// or a label that stands for several tasks, are quoted in a finding, not guessed.
    mutating func placeDistantStatuses(_ entries: inout [Entry]) {
        guard !entries.isEmpty else { return }
        let r = v.statusReferences
        let places = linePlaces.ofLines(lines)
        var sheetOf: [String: String] = [:]
        for line in lines {
            for cell in line.cells { if case .sheetCell(let sheet, _, _) = cell.location { sheetOf[cell.location.description] = sheet } }
        }
        var claims: [DistantStatusClaim] = []
        claims += sheetClaims(sheetOf: sheetOf, weight: r.weights.sheet)
        claims += codeSheetClaims(weight: r.weights.codes)
        claims += rowClaims(r, places: places)
        claims += noteClaims(r, places: places)
        claims += headingTitleClaims(r, places: places)
        let titleLines: Set<Int> = Set(claims.compactMap { if case .title(_, let line, _) = $0.reference { return line } else { return nil } })
        let labelled = labelClaims(r)
        claims += labelled
        claims += nameClaims(r)
        let present = Set(entries.map(\.task))

        // Which task each item label stands for: the label opening a line read in a task's
        // passage (a line's list label, or its typed "a)", "2.").
        var labelTasks: [String: [String]] = [:]
        if !labelled.isEmpty {
            for (j, line) in lines.enumerated() where line.cells.count == 1 {
                guard lineContexts.indices.contains(j), let task = lineContexts[j].task, !lineContexts[j].byGrid,
                      let label = Self.itemLabel(line) else { continue }
                if !(labelTasks[label]?.contains(task) ?? false) { labelTasks[label, default: []].append(task) }
            }
        }
        func placesOf(_ e: Entry) -> [String] { e.sources + e.indicators.values.flatMap { $0.sources.map(\.location) } }

        var taken: [String: [DistantStatusClaim]] = [:]
        for claim in claims {
            var tasks: [String] = []
            switch claim.reference {
            case .labels(let labels):
                for label in labels {
                    guard let t = labelTasks[label] else { continue }
                    if t.count > 1 {
                        noteAmbiguousReference(claim, label: label, tasks: t)
                        continue
                    }
                    tasks.append(t[0])
                }
                // The statement's line gave its status to the passage it was read in: when it
                // points at other items by their labels, that status is theirs, not its.
                if let place = claim.place {
                    for k in entries.indices where entries[k].statusSource == place && !tasks.contains(entries[k].task) && !tasks.isEmpty {
                        entries[k].status = .unknown
                        entries[k].statusSource = nil
                    }
                }
            case .tasks(let codes):
                tasks = codes.filter(present.contains)
            case .sheet(let sheet):
                tasks = entries.filter { e in placesOf(e).contains { sheetOf[$0] == sheet } }.map(\.task)
            case .places(let row):
                tasks = entries.filter { e in placesOf(e).contains { row.contains($0) } }.map(\.task)
            case .title(let row, let line, let underOnly):
                let own = entries.filter { e in placesOf(e).contains { row.contains($0) } }.map(\.task)
                // A title read into a task's passage is that passage's: its status is read
                // there, and it speaks for no task below it.
                if underOnly { guard own.isEmpty else { break } } else { tasks = own }
                guard tasks.isEmpty else { break }
                // A title of the unit's own speaks for the passage up to the next title marked
                // as it is ("1. … – đang làm" stops at "2. …", whether or not that one ends in a
                // status the reader reads).
                let sibling = underOnly ? Self.openingMarker(lines[line]) : nil
                var under = tasksUnder(line, until: titleLines, within: r.underLines, entries: entries, placesOf: placesOf, sibling: sibling)
                let gathered = under.count
                // A title of the unit's own speaks only for a task whose passage says nothing
                // of its status: a status read there, however weak, was said of the work itself.
                // Its status covers every task of the passage under it ("2. Kiểm tra … – đã
                // xong đợt cuối năm" over a paragraph of inspections and one of sampling): the
                // unit said it once for the work it groups there; a sentence of a task's own
                // ("Riêng … đã xử lý xong") stands.
                if underOnly { under.removeAll { t in entries.contains(where: { $0.task == t && $0.status != .unknown }) } }
                if under.count == 1 || (underOnly && !under.isEmpty) {
                    tasks = under
                    // The title is placed now, with its passage: a finding that it names no
                    // task would send a person looking for nothing.
                    // Only when it quotes no number, of the title or of lines it gathered:
                    // those must still be seen (its one quote is the title).
                    // A finding that quotes the title and the status it ends with quotes
                    // nothing else either.
                    let n = readings.numbers(lines[line].text, v)
                    if n.found.isEmpty && n.unplaced.isEmpty && n.unread.isEmpty {
                        let title = lines[line].text
                        findings.removeAll { f in
                            f.code == "task-unmatched" && f.source.map(row.contains) == true
                                && (f.message.filter { $0 == "“" }.count == 1 || Self.quotes(f.message).allSatisfy { title.contains($0) })
                        }
                    }
                } else if gathered > 1, !underOnly {
                    // A title of the unit's own read into no passage is quoted already, as
                    // content placed under no task: a second finding would only repeat it.
                    noteAmbiguousTitle(claim, tasks: under)
                }
            case .names(let names):
                for name in names {
                    // A closing list repeating the items' own titles ("IV. TỰ ĐÁNH GIÁ ⏎ 3. Về
                    // kiểm tra vật tư nông nghiệp: Đã hoàn thành.") points back at them by those
                    // titles, whatever tasks the titles are near by meaning.
                    if let task = taskTitled(name, except: claim.place), present.contains(task) {
                        tasks.append(task)
                        continue
                    }
                    let all = rankByMeaning(heading: name, body: "", group: nil, requireHeading: true).sorted { $0.score > $1.score }
                    guard let top = all.first, top.score >= r.nameScore else { continue }
                    // The work is nearest a task the report gives no passage to: its status is
                    // no other task's; the finding names the task, for a person to place it.
                    guard present.contains(top.code) else {
                        noteAbsentName(claim, name: name, task: top.code)
                        continue
                    }
                    if let second = all.dropFirst().first(where: { present.contains($0.code) }), top.score - second.score < r.nameMargin {
                        noteAmbiguousName(claim, name: name, tasks: [top.code, second.code])
                        continue
                    }
                    tasks.append(top.code)
                }
            }
            for t in Set(tasks) { taken[t, default: []].append(claim) }
        }
        for (task, list) in taken.sorted(by: { $0.key < $1.key }) {
            guard let k = entries.firstIndex(where: { $0.task == task }) else { continue }
            // The weight of the task's own status: its builder's claim, or, for a status a later
            // reading placed (a closing line, a summary), as much as any.
            let own: Double
            if entries[k].status == .unknown { own = 0 }
            else if let b = builders[task], b.status == entries[k].status, b.statusSource == entries[k].statusSource { own = b.statusConfidence }
            else { own = 1 }
            // The weightiest claims only: a legend's code in the task's row outweighs the
            // sheet the row stands on.
            let top = list.map(\.weight).max() ?? 0
            let best = list.filter { $0.weight == top }
            guard top > own || entries[k].status == .unknown else { continue }
            let values = Set(best.map(\.value))
            guard values.count == 1, let value = values.first else {
                noteConflictingReferences(task, best)
                continue
            }
            entries[k].status = value
            entries[k].statusSource = best[0].place
            for c in best { if let p = c.place, !entries[k].sources.contains(p) { entries[k].sources.append(p) } }
            // A code the legend decodes was read: the finding that quoted it as unknown goes.
            for c in best {
                guard case .places = c.reference else { continue }
                findings.removeAll { $0.code == "status-unrecognized" && $0.message.contains("“\(c.quote)”") && $0.message.contains(task) }
            }
        }
    }

    /// A sheet of statuses keyed by the plan's codes ("Mục KH | Tình hình thực hiện | Nhận
    /// xét", "5a | Hoàn thành kế hoạch năm"), beside a sheet of figures keyed so: its header
    /// has a code column and a status column and no column naming the work; each row's status
    /// (its first status column) is the task's its code names, as a status cell in that
    /// task's own row would say.
    func codeSheetClaims(weight: Double) -> [DistantStatusClaim] {
        guard let gr = x.gridRecognisers, weight > 0 else { return [] }
        var out: [DistantStatusClaim] = []
        var header: (container: Line.Container, code: Int, status: Int)?
        for line in lines {
            guard case .sheet = line.container else { header = nil; continue }
            if let h = header, h.container == line.container {
                if let code = line.cells.first(where: { $0.column == h.code && !$0.continued }),
                   let cell = line.cells.first(where: { $0.column == h.status && !$0.continued }),
                   code.text.utf8.count <= 12, let task = gr.taskCode(in: code.text.trimmed(), sequence: true),
                   let value = gr.status(cell.text).status {
                    out.append(DistantStatusClaim(value: value, weight: weight, reference: .tasks([task]),
                                                  quote: cell.text.trimmed(), place: cell.location.description))
                }
                continue
            }
            var code: Int?, status: Int?, names = false
            for cell in line.cells where !cell.continued && cell.text.utf8.count <= 60 {
                switch gr.g.columns.wholeMatch(cell.text) {
                case .code?: code = code ?? cell.column
                case .status?: status = status ?? cell.column
                case .label?, .task?: names = true
                default: break
                }
            }
            header = nil
            if let code, let status, !names { header = (line.container, code, status) }
        }
        return out
    }

    /// A sheet named by a state ("Đã hoàn thành", "Đang thực hiện", "Không phát sinh"): the
    /// status of every task whose rows stand on it, the weakest claim.
    func sheetClaims(sheetOf: [String: String], weight: Double) -> [DistantStatusClaim] {
        var out: [DistantStatusClaim] = []
        for sheet in Set(sheetOf.values).sorted() {
            guard let value = v.wholeCellStatus(Tokenizer.tokenize(sheet)) else { continue }
            out.append(DistantStatusClaim(value: value, weight: weight, reference: .sheet(sheet), quote: sheet, place: nil))
        }
        return out
    }

    /// A row's own cell that states its status where no column says so: a code decoded by
    /// a legend line ("Ghi chú: A - Đã hoàn thành; B - Đang thực hiện; C - Chưa thực hiện"),
    /// or, on a line of prose split by tabs ("1. Tuyên truyền …<tab>Đã xong"), a last cell
    /// that is wholly a status. Each states that row's status as a status cell does. A row's
    /// first cell (its number or title) is never its status. Legend codes are letters or
    /// marks: a legend of digits is read where its column is a status column, not here, since
    /// a row's figures are digits too. A grid's status cells are the grid reader's.
    func rowClaims(_ r: StatusReferenceWords, places: [[String]]) -> [DistantStatusClaim] {
        var codes: [String: TaskStatus] = [:]
        // The short texts that stand whole in a row's cell after its first: a longer code a
        // legend decodes is one only when the rows write it so. Gathered only for a document
        // with a legend's longer code to check (most have none: it would cost every cell).
        var gathered: Set<String>?
        let lines = self.lines
        func cellTexts() -> Set<String> {
            if let gathered { return gathered }
            var out = Set<String>()
            for line in lines where line.cells.count >= 2 {
                for cell in line.cells.dropFirst() {
                    let text = cell.text.trimmed()
                    if !text.isEmpty, text.dropFirst(r.cellCodeLength).isEmpty { out.insert(VietText.fold(text)) }
                }
            }
            gathered = out
            return out
        }
        let longest = max(r.codeLength, r.cellCodeLength)
        // A legend kept in a footnote or an endnote ("¹ Cột TĐ: HT – hoàn thành; TTH – tiếp tục
        // thực hiện") decodes the rows as one in the body does.
        for part in document.furniture where part.role == .footnote || part.role == .endnote {
            for block in part.blocks {
                if let legend = legend(block.text, r, cells: cellTexts) { codes.merge(legend) { a, _ in a } }
            }
        }
        for line in lines {
            for cell in line.cells where FoundationSearchFilter.foundationContainsAny(r.legendSeparators, in: cell.text) || (cell.text.containsByte(0x0A) && cell.text.contains("\n")) {
                if let legend = legend(cell.text, r, cells: cellTexts) { codes.merge(legend) { a, _ in a } }
            }
        }
        var out: [DistantStatusClaim] = []
        for (i, line) in lines.enumerated() where line.cells.count >= 2 {
            let context = lineContexts.indices.contains(i) ? lineContexts[i] : LineContext()
            guard !context.layout else { continue }
            for (n, cell) in line.cells.enumerated().dropFirst() {
                let text = cell.text.trimmed()
                guard !text.isEmpty else { continue }
                // `text.count <= longest`, without counting every character of a long cell.
                if longest >= 0, text.dropFirst(longest).isEmpty, let value = codes[VietText.fold(text)] {
                    out.append(DistantStatusClaim(value: value, weight: r.weights.legend, reference: .places(Set(places[i])),
                                                  quote: text, place: cell.location.description))
                    break
                }
                // "(+) Kiểm tra cân ở chợ …": a cell opened by a bracketed mark the legend keys.
                if !codes.isEmpty, let (code, _) = Self.bracketedCode(text[...]), let value = codes[VietText.fold(code)] {
                    out.append(DistantStatusClaim(value: value, weight: r.weights.legend, reference: .places(Set(places[i])),
                                                  quote: code, place: cell.location.description))
                    break
                }
                if !context.byGrid, n == line.cells.count - 1, let value = v.wholeCellStatus(readings.tokensIfRead(text)) {
                    out.append(DistantStatusClaim(value: value, weight: r.weights.row, reference: .title(Set(places[i]), line: i),
                                                  quote: text, place: cell.location.description))
                }
            }
        }
        return out
    }

    /// A title line of the unit's own, opened by an item label, that ends in its status after
    /// a dash or a colon (`status_reading.heading_tail`: "c/ Tập huấn cho công chức – đã xong",
    /// "1. Đối với hộ kinh doanh: đang thực hiện"): as a tab-split title line (`rowClaims`),
    /// the status of the one task the passage under it is read for, even when the title's own
    /// line was read at the end of the passage above, when that passage says nothing of its
    /// status. A title a task was read from holds its status already; a line with figures is
    /// an item, no title.
    func headingTitleClaims(_ r: StatusReferenceWords, places: [[String]]) -> [DistantStatusClaim] {
        var out: [DistantStatusClaim] = []
        for (i, line) in lines.enumerated() where line.cells.count == 1 {
            let context = lineContexts.indices.contains(i) ? lineContexts[i] : LineContext()
            guard !context.byGrid, !context.layout else { continue }
            if let s = context.section, s == .plans || s.holdsItems { continue }
            guard Self.opensWithItemLabel(line) else { continue }
            let tokens = readings.tokensIfRead(line.text)
            guard let claim = v.headingTailStatus(tokens) else { continue }
            // A title names the work; a line that reports figures is an item of its own.
            let n = readings.numbersIfRead(line.text, v)
            guard n.found.isEmpty, n.unplaced.isEmpty, n.unread.isEmpty else { continue }
            // "2. Tiến độ: đang thực hiện": a status label, no title of the work.
            if let first = tokens.firstIndex(where: { $0.kind == .word }), let m = v.statusLabels.match(tokens, at: first), m.end >= claim.start - 1 { continue }
            out.append(DistantStatusClaim(value: claim.value, weight: r.weights.row, reference: .title(Set(places[i]), line: i, under: true),
                                          quote: line.text.trimmed(), place: line.firstLocation?.description))
        }
        return out
    }

    /// Whether a line opens with an item's label: its list label, or a number or an item
    /// letter followed by ".", ")" or "/" ("2.", "1.3.", "b)", "c/").
    static func opensWithItemLabel(_ line: Line) -> Bool {
        if line.listLabel.map({ !$0.isEmpty }) == true { return true }
        let head = line.text.trimmed().prefix(8)
        guard let first = head.first else { return false }
        if first.isNumber {
            let label = head.prefix { $0.isNumber || $0 == "." }
            return label.last == "." || head.dropFirst(label.count).first.map { ")/".contains($0) } == true
        }
        guard first.isLetter, TaskReferenceParser.letters.contains(String(first).lowercased()),
              let mark = head.dropFirst().first else { return false }
        return ".)/".contains(mark)
    }

    /// The texts a finding's message quotes (between “ and ”).
    static func quotes(_ message: String) -> [Substring] {
        var out: [Substring] = []
        var rest = message[...]
        while let open = rest.firstIndex(of: "“") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "”") else { break }
            out.append(after[..<close])
            rest = after[after.index(after: close)...]
        }
        return out
    }

    /// A footnote, an endnote or a comment anchored in a line ("4. Tiếp nhận tin báo, tố giác¹"
    /// with "¹ Không phát sinh."): a status the note states is the status of the line it is
    /// anchored in — of the task whose passage holds the line, or, when the line is a title
    /// that names no task of its own, of the one task the passage under it is read for. A
    /// note that states no status (a document cited, a figure explained) claims nothing.
    func noteClaims(_ r: StatusReferenceWords, places: [[String]]) -> [DistantStatusClaim] {
        var notesAt: [String: [String]] = [:]
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let p):
                    if let notes = p.notes { notesAt[p.location.description, default: []] += notes }
                case .table(let t):
                    for row in t.rows { for cell in row.cells { collect(cell.blocks) } }
                }
            }
        }
        collect(document.body)
        // A note left on a sheet's cell ("Thảo:⏎Xong rồi, làm từ T3 đến T9"), read without
        // the name line Excel puts first.
        for sheet in document.sheets where sheet.visibility == .visible {
            for note in sheet.notes {
                let place = Location.sheetCell(sheet: sheet.name, row: note.cell.row, column: note.cell.column).description
                notesAt[place, default: []].append(Self.withoutAuthorLine(note.text))
            }
        }
        guard !notesAt.isEmpty else { return [] }
        var out: [DistantStatusClaim] = []
        for (i, line) in lines.enumerated() {
            guard !notesAt.isEmpty else { break }
            for cell in line.cells {
                guard let notes = notesAt.removeValue(forKey: cell.location.description) else { continue }
                for note in notes {
                    // A note that keys the marks of a column ("HT – đã hoàn thành; TTH – …") is a
                    // legend, read as one (`rowClaims`), no status of the line it hangs on.
                    guard legend(note, r) == nil,
                          let claim = v.statusClaim(in: Tokenizer.tokenize(note)), claim.kind != .heading else { continue }
                    out.append(DistantStatusClaim(value: claim.value, weight: r.weights.notes, reference: .title(Set(places[i]), line: i),
                                                  quote: note, place: cell.location.description))
                }
            }
        }
        return out
    }

    /// A cell note's text without the line naming who wrote it ("Phương - KTPC:⏎…"): a first
    /// line of at most five words that ends with a colon, when more lines follow.
    static func withoutAuthorLine(_ text: String) -> String {
        guard let br = text.firstIndex(of: "\n") else { return text }
        let first = text[..<br].trimmingCharacters(in: .whitespaces)
        guard first.hasSuffix(":"), first.split(separator: " ").count <= 5 else { return text }
        return String(text[text.index(after: br)...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The codes a legend line decodes, folded, when it decodes at least `legendPairs` codes
    /// into at least two different statuses. A code longer than `codeLength` characters or
    /// `codeWords` words is one only when it stands whole in a cell (`cells`, folded) and
    /// within `cellCodeLength` and `cellCodeWords`: a sentence with a dash is no legend.
    func legend(_ text: String, _ r: StatusReferenceWords, cells: () -> Set<String> = { [] }) -> [String: TaskStatus]? {
        var out: [String: TaskStatus] = [:]
        // Foundation's search for a mark is what costs here: a text, or a part, that certainly
        // holds no mark (`mayFindPlain`, on its bytes) decodes nothing and is not searched.
        func mayHoldMark(_ s: Substring) -> Bool { r.legendMarks.contains { FoundationSearchFilter.mayFindPlain($0, in: s) } }
        // (Marks in brackets need no mark between code and meaning: "(+) xong; (−) chưa làm".)
        let bracketed = text.utf8.contains(UInt8(ascii: "(")) || text.utf8.contains(UInt8(ascii: "["))
        guard bracketed || mayHoldMark(text[...]) else { return nil }
        func pair(_ part: Substring) -> (String, TaskStatus)? {
            if bracketed {
                // The key's first pair after its label ("Ký hiệu: (+) xong").
                var p = part.trimmedAsFoundationWhitespaces()
                if let colon = p.firstIndex(of: ":"), !p.hasPrefix("("), !p.hasPrefix("[") {
                    p = p[p.index(after: colon)...].trimmedAsFoundationWhitespaces()
                }
                if let (code, rest) = Self.bracketedCode(p[...]), let value = meaning(rest) { return (VietText.fold(code), value) }
            }
            guard mayHoldMark(part) else { return nil }
            let p = part.trimmedAsFoundationWhitespaces()
            for mark in r.legendMarks {
                guard FoundationSearchFilter.mayFindPlain(mark, in: p[...]), let range = p.range(of: mark) else { continue }
                let code = p[..<range.lowerBound].trimmedAsFoundationWhitespaces()
                guard !code.isEmpty, !code.allSatisfy(\.isNumber) else { continue }
                let words = code.split(separator: " ").count
                let short = code.count <= r.codeLength && words <= r.codeWords
                guard short || (code.count <= r.cellCodeLength && words <= r.cellCodeWords && cells().contains(VietText.fold(code))),
                      let value = meaning(p[range.upperBound...]) else { continue }
                return (VietText.fold(code), value)
            }
            return nil
        }
        // What a code stands for, said once or in synonyms of one status ("IP = in progress,
        // đang thực hiện"; "HT – hoàn thành/đã xong").
        func meaning(_ s: Substring) -> TaskStatus? {
            if let value = v.wholeCellStatus(Tokenizer.tokenize(String(s))) { return value }
            // A key's short words as a status cell's ("(+) xong", "Đ = đạt").
            if let value = x.gridRecognisers?.wholeAssessment(Tokenizer.tokenize(String(s).trimmingCharacters(in: .punctuationCharacters))) { return value }
            let words = s.split(whereSeparator: { $0 == "," || $0 == "/" }).map { $0.trimmedAsFoundationWhitespaces() }.filter { !$0.isEmpty }
            guard words.count >= 2 else { return nil }
            let values = words.map { v.wholeCellStatus(Tokenizer.tokenize($0)) }
            guard let first = values.first ?? nil, values.allSatisfy({ $0 == first }) else { return nil }
            return first
        }
        // (A part's ":" found on its bytes when certain: the character walk of every part
        // that is no pair was a third of a legend's cost.)
        for part in Self.legendParts(text, separators: r.legendSeparators) {
            if let (code, value) = pair(part) ?? String.firstIndex(ofASCII: ":", in: part).flatMap({ pair(part[part.index(after: $0)...]) }) {
                out[code] = value
            }
        }
        guard out.count >= r.legendPairs, Set(out.values).count >= 2 else { return nil }
        return out
    }

    /// A short mark in brackets that opens a text ("(+)", "(±)", "[x]", "(0)"), brackets
    /// included, and the text after it; nil when the text opens otherwise or nothing follows.
    static func bracketedCode(_ text: Substring) -> (code: String, rest: Substring)? {
        guard let open = text.first, open == "(" || open == "[" else { return nil }
        let close: Character = open == "(" ? ")" : "]"
        let inner = text.dropFirst().prefix(4)
        guard let end = inner.firstIndex(of: close), end > inner.startIndex,
              !text[text.index(after: text.startIndex)..<end].contains(where: { $0.isLetter && !$0.isASCII || $0 == " " }) else { return nil }
        let rest = text[text.index(after: end)...].trimmedAsFoundationWhitespaces()
        guard !rest.isEmpty else { return nil }
        return (String(text[...end]), rest[...])
    }

    /// The parts of a legend text: exactly `text.split(whereSeparator: { separators.contains($0)
    /// || $0 == "\n" })`, which steps through every character of the text (most of a legend
    /// line's cost, and the rows' cells that hold a ";" or a line break are all tried). Split
    /// on the bytes when every separator is one ASCII scalar other than CR, the text holds no
    /// scalar canonically equal to one (`holdsASCIILookalike`: U+037E is ";") and each
    /// separator found stands between scalars that cannot join it into a larger character
    /// (ASCII, Latin, Vietnamese letters, general punctuation; a CR before a line break joins
    /// it: CR LF is one character, no separator); any other text is split as before.
    static func legendParts(_ text: String, separators: [Character]) -> [Substring] {
        func slow() -> [Substring] { text.split(whereSeparator: { separators.contains($0) || $0 == "\n" }) }
        var isSeparator = [Bool](repeating: false, count: 128)
        isSeparator[0x0A] = true
        for c in separators {
            guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, v < 0x80, v != 0x0D else { return slow() }
            isSeparator[Int(v)] = true
        }
        // Scalars next to which an ASCII scalar is a character by itself: none of them is a
        // prepended mark, an extending mark, a joiner or a spacing mark.
        @inline(__always) func standsApart(_ v: UInt32) -> Bool {
            v < 0x300 || (v >= 0x1E00 && v <= 0x1EFF) || (v >= 0x2010 && v <= 0x2027) || (v >= 0x2030 && v <= 0x205E)
        }
        let bytes = text.utf8.span
        let n = bytes.count
        var cuts: [Int] = []
        var k = 0
        while k < n {
            let b = bytes[k]
            guard b < 0x80, isSeparator[Int(b)] else { k += 1; continue }
            if b == 0x0A {
                // A line break is a character by itself but after a CR.
                if k > 0, bytes[k - 1] == 0x0D { k += 1; continue }
            } else {
                if k > 0, bytes[k - 1] >= 0x80 {
                    var p = k - 1
                    while p > 0, bytes[p] & 0xC0 == 0x80 { p -= 1 }
                    guard standsApart(VietText.decode(bytes, p).0) else { return slow() }
                }
                if k + 1 < n, bytes[k + 1] >= 0x80, !standsApart(VietText.decode(bytes, k + 1).0) { return slow() }
            }
            cuts.append(k)
            k += 1
        }
        if FoundationSearchFilter.holdsASCIILookalike(text) { return slow() }
        let utf8 = text.utf8
        var parts: [Substring] = []
        var start = 0
        var startIndex = utf8.startIndex
        for cut in cuts + [n] {
            let end = utf8.index(startIndex, offsetBy: cut - start)
            if cut > start { parts.append(text[startIndex..<end]) }
            start = cut + 1
            if cut < n { startIndex = utf8.index(after: end) }
        }
        return parts
    }

    /// Statements that point back at items by their labels ("nội dung tại điểm a, c, d đã
    /// hoàn thành theo kế hoạch", "Mục 2 đang tiếp tục thực hiện"): each clause with a status
    /// and a list of labels after one of `label_words` is a claim on those items.
    func labelClaims(_ r: StatusReferenceWords) -> [DistantStatusClaim] {
        var out: [DistantStatusClaim] = []
        for (index, line) in lines.enumerated() where line.cells.count == 1 {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            guard !context.byGrid, !context.layout else { continue }
            if let s = context.section, s == .plans || s.holdsItems { continue }
            let tokens = readings.tokensIfRead(line.text)
            var start = 0
            for i in 0...tokens.count where i == tokens.count || (tokens[i].kind == .punct && (tokens[i].raw == ";" || tokens[i].raw == ".")) {
                defer { start = i + 1 }
                guard i > start else { continue }
                let part = Array(tokens[start..<i])
                let labels = Self.labelList(part, r)
                guard !labels.isEmpty, let claim = v.statusClaim(in: part), claim.kind != .percentage, claim.kind != .heading else { continue }
                out.append(DistantStatusClaim(value: claim.value, weight: r.weights.labels, reference: .labels(labels),
                                              quote: part.map(\.raw).joined(separator: " "), place: line.firstLocation?.description))
            }
        }
        return out
    }

    /// The task of the one item of the report whose numbered title, before its colon and after
    /// its number or letter, on the line opening the item's passage, is `name` word for word
    /// ("2. Kiểm tra đo lường tại chợ, vựa hải sản: Tổ công tác …"); nil when no line read into
    /// a task's passage has that title, or several tasks'. The statement's own line (at
    /// `except`) is none of them; a status label or an item's field ("Tình hình: …", "Tiến độ:
    /// …") titles no item: every item has one.
    func taskTitled(_ name: String, except: String?) -> String? {
        let key = VietText.words(name)
        guard key.count >= 2, !isFieldTitle(name) else { return nil }
        var found: Set<String> = []
        for (i, line) in lines.enumerated() where line.cells.count == 1 {
            guard lineContexts.indices.contains(i), let task = lineContexts[i].task, !lineContexts[i].byGrid,
                  let colon = line.text.firstIndex(of: ":"), line.firstLocation?.description != except else { continue }
            // The item's own title opens its passage: a later line of it is no title.
            if i > 0, lineContexts[i - 1].task == task { continue }
            let title = VietText.words(String(line.text[..<colon]))
            // The item's number or letter, then the name: a title a field's label repeats on
            // each item ("Tình hình: …") has no number of its own.
            guard title.count == key.count + 1, Array(title.suffix(key.count)) == key,
                  title[0].allSatisfy(\.isNumber) || title[0].count == 1 else { continue }
            found.insert(task)
        }
        return found.count == 1 ? found.first : nil
    }

    /// Statements that name the work they assess in the unit's own words, outside the work's
    /// own passage: a line "Tên công việc: Hoàn thành" (a title, a colon, and a status that is
    /// the rest of the line), or an assessment of several pieces of work, clause by clause
    /// ("việc tuyên truyền và cử cán bộ tập huấn đã hoàn thành; công tác phối hợp kiểm tra đang
    /// thực hiện"): each clause's subject before its status names the work, its parts joined
    /// by commas or `label_joins` each a name. A single clause in a task's own passage is that
    /// passage's status, not a reference.
    func nameClaims(_ r: StatusReferenceWords) -> [DistantStatusClaim] {
        var out: [DistantStatusClaim] = []
        for (index, line) in lines.enumerated() where line.cells.count == 1 {
            let context = lineContexts.indices.contains(index) ? lineContexts[index] : LineContext()
            guard !context.byGrid, !context.layout, context.section != .plans else { continue }
            let tokens = readings.tokensIfRead(line.text)
            guard tokens.count <= 120 else { continue }
            // A line of one clause names a task only as "Tên công việc: Hoàn thành", with a
            // ":" before its claim: without one (most lines: one sentence) no claim it holds
            // is read, and its status claim, the cost of this reader, is not looked for.
            if !tokens.contains(where: { $0.raw == ":" }) {
                var parts = 0, from = 0
                for i in 0...tokens.count where i == tokens.count || (tokens[i].kind == .punct && (tokens[i].raw == ";" || tokens[i].raw == ".")) {
                    if i > from { parts += 1 }
                    from = i + 1
                }
                if parts < 2 { continue }
            }
            var clauses: [(subject: ArraySlice<Token>, claim: StatusClaim, quote: String, end: Int)] = []
            var start = 0
            for i in 0...tokens.count where i == tokens.count || (tokens[i].kind == .punct && (tokens[i].raw == ";" || tokens[i].raw == ".")) {
                defer { start = i + 1 }
                guard i > start else { continue }
                let part = Array(tokens[start..<i])
                guard let claim = v.statusClaim(in: part), claim.kind != .percentage, claim.kind != .heading, claim.kind != .opener,
                      claim.start > 0, part[..<claim.start].contains(where: { $0.kind == .word }) else { continue }
                clauses.append((part[..<claim.start], claim, part.map(\.raw).joined(separator: " "), start + claim.end))
            }
            guard !clauses.isEmpty else { continue }
            // "Tên công việc: Hoàn thành": the whole subject is one name. (The claim's end is
            // counted on the line: an item's number "1." before the name is a clause of its own.)
            if clauses.count == 1, let c = clauses.first, c.subject.last?.raw == ":", c.end >= tokens.count - 1 {
                let name = c.subject.dropLast().filter { $0.kind != .punct || $0.raw == "," }.map(\.raw).joined(separator: " ")
                out.append(DistantStatusClaim(value: c.claim.value, weight: r.weights.names, reference: .names([name]),
                                              quote: c.quote, place: line.firstLocation?.description))
                continue
            }
            // Several clauses, each naming its own work.
            guard clauses.count >= 2, Set(clauses.map(\.claim.value)).count >= 2 else { continue }
            for c in clauses {
                var names: [String] = []
                var current: [Substring] = []
                for t in c.subject {
                    if t.kind == .punct && (t.raw == "," || t.raw == ":") || t.kind == .word && r.labelJoins.contains(t.folded) {
                        if current.count >= 2 { names.append(current.joined(separator: " ")) }
                        current = []
                    } else if t.kind == .word { current.append(t.raw) }
                }
                if current.count >= 2 { names.append(current.joined(separator: " ")) }
                guard !names.isEmpty else { continue }
                out.append(DistantStatusClaim(value: c.claim.value, weight: r.weights.names, reference: .names(names),
                                              quote: c.quote, place: line.firstLocation?.description))
            }
        }
        return out
    }

    /// The labels listed after a label word in a clause ("điểm a, c và d" → a, c, d): single
    /// item letters or numbers, joined by commas, slashes or a joining word.
    static func labelList(_ tokens: [Token], _ r: StatusReferenceWords) -> [String] {
        var out: [String] = []
        var k = 0
        while k < tokens.count {
            guard tokens[k].kind == .word, let m = r.labelWords.match(tokens, at: k) else { k += 1; continue }
            var j = m.end
            var found: [String] = []
            while j < tokens.count {
                let t = tokens[j]
                if t.kind == .punct, t.raw == "," || t.raw == "/" || t.raw == "-" { j += 1; continue }
                if t.kind == .word, r.labelJoins.contains(t.folded), !found.isEmpty { j += 1; continue }
                if let label = label(t) { found.append(label); j += 1; continue }
                break
            }
            // A label word followed by a word that is no label ("điểm bán", "mục tiêu") points at
            // nothing; labels followed by a citation's words ("điểm a khoản 2 Điều 5 Nghị định
            // …") cite a legal text, not the report's items.
            let cites = (j..<min(tokens.count, j + 2)).contains { tokens[$0].kind == .word && r.citationWords.match(tokens, at: $0) != nil }
            if !cites { out += found }
            k = max(j, k + 1)
        }
        return out
    }

    /// A token that is an item label: one item letter ("a", "đ") or a number ("2", "1.3").
    static func label(_ t: Token) -> String? {
        let raw = t.raw.lowercased()
        if t.kind == .word, TaskReferenceParser.letters.contains(raw) { return raw }
        if t.kind == .number, raw.allSatisfy({ $0.isNumber || $0 == "." }), raw.first?.isNumber == true {
            return raw.hasSuffix(".") ? String(raw.dropLast()) : raw
        }
        return nil
    }

    /// The label an item's line opens with ("a)", "b.", "2.", "1.3."), without its mark, or
    /// its list label.
    static func itemLabel(_ line: Line) -> String? {
        let text = (line.listLabel.map { $0 + " " } ?? "") + line.text.trimmed()
        let head = text.prefix(8)
        guard let first = head.first else { return nil }
        if first.isLetter {
            let letter = String(first).lowercased()
            guard TaskReferenceParser.letters.contains(letter), let mark = head.dropFirst().first, mark == ")" || mark == "." else { return nil }
            return letter
        }
        if first.isNumber {
            let label = head.prefix { $0.isNumber || $0 == "." }
            let rest = head.dropFirst(label.count)
            guard label.last == "." || rest.first == ")" else { return nil }
            let trimmed = label.hasSuffix(".") ? label.dropLast() : label
            return trimmed.isEmpty ? nil : String(trimmed)
        }
        return nil
    }

    mutating func noteAmbiguousReference(_ claim: DistantStatusClaim, label: String, tasks: [String]) {
        guard let policy = x.silentLoss else { return }
        findings.append(Finding(severity: .warning, code: "status-reference",
            message: policy.message("status_reference_ambiguous", ["quotes": "“\(claim.quote)”", "label": label, "tasks": tasks.joined(separator: ", ")]),
            source: claim.place))
    }

    /// The tasks the passage under line `line` is read for: the lines after it, in its
    /// section, up to `within` lines and before the next title in `titles`, each by the task
    /// its passage was read in or the entry its places went to; in the order met.
    /// The mark a line opens with (`itemMarker`: "1.", "a)", "-"), by its list label or as typed.
    static func openingMarker(_ line: Line) -> String? {
        if let label = line.listLabel, !label.isEmpty, let m = itemMarker(label + " ") { return m }
        return itemMarker(line.text.trimmed())
    }

    func tasksUnder(_ line: Int, until titles: Set<Int>, within: Int, entries: [Entry], placesOf: (Entry) -> [String], sibling: String? = nil) -> [String] {
        let places = linePlaces.ofLines(lines)
        let section = lineContexts.indices.contains(line) ? lineContexts[line].section : nil
        var byPlace: [String: String] = [:]
        for e in entries { for p in placesOf(e) where byPlace[p] == nil { byPlace[p] = e.task } }
        var out: [String] = []
        var j = line + 1
        while j < lines.count, j - line <= within, !titles.contains(j) {
            let context = lineContexts.indices.contains(j) ? lineContexts[j] : LineContext()
            if context.section != section || context.layout { break }
            if let sibling, lines[j].cells.count == 1, Self.openingMarker(lines[j]) == sibling { break }
            if let t = context.task ?? places[j].lazy.compactMap({ byPlace[$0] }).first, !out.contains(t) { out.append(t) }
            j += 1
        }
        return out
    }

    mutating func noteAmbiguousTitle(_ claim: DistantStatusClaim, tasks: [String]) {
        guard let policy = x.silentLoss else { return }
        findings.append(Finding(severity: .warning, code: "status-reference",
            message: policy.message("status_title_ambiguous", ["quotes": "“\(claim.quote)”", "tasks": tasks.joined(separator: ", ")]),
            source: claim.place))
    }

    mutating func noteAbsentName(_ claim: DistantStatusClaim, name: String, task: String) {
        guard let policy = x.silentLoss else { return }
        findings.append(Finding(severity: .warning, code: "status-reference",
            message: policy.message("status_name_absent", ["quotes": "“\(claim.quote)”", "label": name, "task": task]),
            source: claim.place))
    }

    mutating func noteAmbiguousName(_ claim: DistantStatusClaim, name: String, tasks: [String]) {
        guard let policy = x.silentLoss else { return }
        findings.append(Finding(severity: .warning, code: "status-reference",
            message: policy.message("status_name_ambiguous", ["quotes": "“\(claim.quote)”", "label": name, "tasks": tasks.joined(separator: ", ")]),
            source: claim.place))
    }

    mutating func noteConflictingReferences(_ task: String, _ claims: [DistantStatusClaim]) {
        guard let policy = x.silentLoss else { return }
        findings.append(Finding(severity: .warning, code: "status-reference",
            message: policy.message("status_reference_conflict", ["task": task, "quotes": policy.quoted(claims.map(\.quote))]),
            source: claims.first?.place))
    }
}
