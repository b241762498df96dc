import Consolidation
import DocumentModel
import Extraction
import Foundation
import Intake
import OOXML
import Plan
import ReportWriters
import Testing

/// The report end to end on the shared dev corpus (70 files), when it is there: the latest
/// report of each unit by document date is current; received the day after its date.
@Suite(.enabled(if: Paths.hasDevCorpus), .serialized)
struct DevCorpusTests {
    static let input: ConsolidationInput = {
        let intake = try! FileIntake(pipeline: Fixtures.pipeline)
        let files = FileIntake.files(under: [Paths.devCorpus.path]).filter { !$0.url.path.contains("/truth/") }
        var taken: [TakenFile] = []
        for f in files {
            let s = intake.take(fileAt: f.url, displayPath: f.url.lastPathComponent)
            let day = s.document.date ?? "2026-11-20"
            let received = Fixtures.date(day).addingTimeInterval(86_400)
            taken.append(TakenFile(submission: s, path: f.url.lastPathComponent, receivedAt: received))
        }
        return Fixtures.reconciled(taken, runID: 1)
    }()

    /// REVIEW37 #4 (superseding issue #13's holding out of this figure on this corpus, REVIEW24
    /// F5 and REVIEW27 #12 for it): the Chi cục's "04 khóa đào tạo chuyên sâu … cho 2.387 học
    /// viên" (about 597 a course) is counted as reported, like Sở Tài chính's 823 at one
    /// conference — one rule for every unit — and the review desk asks both; the body states
    /// the courses with their attendance, and nothing that goes out calls the figure
    /// implausible.
    @Test func aDoubtedFigureIsCountedAndAskedOnTheDesk() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        // REVIEW53 #3 leaves the Sở's own doubted figures to the appendices: the rule before.
        let v = VietnameseRenderer(report, definition: Fixtures.ownDoubtedNoted51)
        let b = try #require(report.tasks.first { $0.code == "II.3.b" })
        #expect(!b.notCounted.contains { $0.reason == .unverified }, "\(b.notCounted)")
        #expect(!report.review.contains { $0.code == "figure-unverified" })
        let asked = report.review.filter { $0.code == "figure-attendance-per-event" && $0.params?["code"] == "II.3.b" }
        #expect(asked.count == 1 && asked.first?.severity == "warning", "\(asked)")
        let body = v.body().map(\.text).joined(separator: "\n")
        #expect(body.contains("2.387"), "\(body)")
        let mark = Fixtures.definition.wording("appendix.notCounted.unverified")
        let figures = AppendixTables.figures(v)
        let all = (figures.rows.flatMap(\.cells).compactMap { c -> String? in if case .text(let x) = c { return x } else { return nil } } + figures.notes).joined(separator: "\n")
        #expect(!all.contains(mark) && !all.contains("vượt quy mô"), "\(all)")
    }

    /// REVIEW21 #2: Phụ lục I, the body and the JSON give the same state for every task of
    /// the dev corpus; REVIEW21 #1: no task is judged not started on a copied row.
    @Test func everyWriterStatesOneStatePerTask() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        try Review21Tests.expectOneState(report)
        for t in report.tasks where t.basis == .leadCopied { #expect(t.state != .notStarted, "\(t.code)") }
    }

    @Test func docxXlsxAndJsonCarryTheInputSums() throws {
        let input = DevCorpusTests.input
        let report = Fixtures.report(input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let expected = Fixtures.expectedSums(input, restated: report.tasks.flatMap(\.restated))
        var got: [String: [String: Double]] = [:]
        for t in report.tasks { for f in t.figures { got[t.code, default: [:]][f.indicator] = f.total } }
        #expect(got == expected)

        let dir = Paths.scratch("dev")
        let urls = try OutboxWriters.write(report, definition: Fixtures.definition, into: dir)
        for url in urls where ["docx", "xlsx"].contains(url.pathExtension) {
            for (name, bytes) in try XMLWellFormedness.parts(ofPackageAt: url) where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
                #expect(XMLWellFormedness.problem(in: bytes, part: name) == nil)
            }
        }
        // JSON.
        let back = try JSONReportReader.read(contentsOf: urls[2])
        #expect(back == report)
        // DOCX Phụ lục III: one row per task and indicator, in the JSON's order, under the
        // plan groups' heading rows (two cells).
        let doc = try DocumentReader().read(contentsOf: urls[0])
        let tables = doc.body.compactMap { b -> Table? in if case .table(let t) = b { return t } else { return nil } }
        // Every figure has its row, a figure a plausibility rule doubts too (issue #13: listed as
        // the unit reported it, marked, outside the total).
        let order = report.tasks.flatMap { t in t.figures.map { (t.code, $0.indicator) } }
        func sums(_ values: [Double]) -> [String: [String: Double]] {
            var out: [String: [String: Double]] = [:]
            for (i, v) in values.enumerated() where i < order.count { out[order[i].0, default: [:]][order[i].1] = v }
            return out
        }
        // Phụ lục III's totals leave out what the report does not count (marked in the row).
        let appendix = Fixtures.appendixSums(expected, report)
        #expect(appendix != expected)
        // "–": no unit's figure counted (never a "0" nobody gave, REVIEW13 #5); it sums to 0.
        let docxValues = tables.last!.grid.dropFirst().filter { $0.count == 6 && !isHeading($0) }.compactMap { $0[3] == "–" ? 0 : vietNumber($0[3]) }
        #expect(docxValues.count == order.count)
        #expect(sums(docxValues) == appendix)
        // XLSX Phụ lục III: the same rows (the total in column D).
        let book = try DocumentReader().read(contentsOf: urls[1])
        let sheet = book.sheets[2]
        var xlsxValues: [Double] = []
        for row in sheet.rows where row.index > 2 {
            if case .number(let value)? = sheet.value(row: row.index, column: 4) { xlsxValues.append(value) }
            if case .text("–")? = sheet.value(row: row.index, column: 4) { xlsxValues.append(0) }
        }
        #expect(xlsxValues.count == order.count)
        #expect(sums(xlsxValues) == appendix)
        // The samples a partner took under the lead's survey: marked, not in the total.
        if let b = report.tasks.first(where: { $0.code == "II.5.b" }), b.notCounted.contains(where: { $0.indicator == "samples_tested" }) {
            let row = tables.last!.grid.first { $0.count == 6 && $0[2] == v.indicatorLabel("samples_tested") && $0[1] == b.title }
            // REVIEW32 #12: the mark an officer writes, from the pipeline.
            // REVIEW33 #5: the mark as the table writes it (a part larger than the lead's own
            // figure is not "đã tính tại đơn vị chủ trì").
            let n = b.notCounted.first { $0.indicator == "samples_tested" }!
            #expect(row?[5].contains("(" + v.notCountedMark(b, n) + "):") == true)
            #expect(row.flatMap { vietNumber($0[3]) } == b.figures.first { $0.indicator == "samples_tested" }!.total - b.notCounted.filter { $0.indicator == "samples_tested" }.map(\.value).reduce(0, +))
        }
        // Phụ lục I and the JSON agree on every task's state (task rows: seven cells).
        // REVIEW50 #8: eight cells with Phụ lục I's "Ghi chú" column.
        let taskRows = tables[tables.count - 3].grid.dropFirst().filter { $0.count == AppendixTables.taskProgress(v).columns.count && !isHeading($0) }
        #expect(taskRows.count == report.tasks.count)
        for (i, row) in taskRows.enumerated() {
            // REVIEW44 #5: Phụ lục I's ordinary status of the JSON's state.
            #expect(row[4].hasPrefix(v.appendixStateLabel(report.tasks[i])))
        }
        // No unit's figure is counted under two tasks in the same words — unless it counts one
        // piece of work whose other figures differ between the two (two sets of inspections
        // with the same count, REVIEW12 #7).
        var phrases: [String: String] = [:]
        let oneWork = Fixtures.definition.rules.overlapIndicators
        func value(_ code: String, _ unit: String, _ id: String) -> Double? {
            report.tasks.first { $0.code == code }?.figures.first { $0.indicator == id }?.contributions.first { $0.unitID == unit }?.value
        }
        for t in report.tasks {
            for f in t.figures {
                for c in f.contributions {
                    for s in c.sources {
                        let key = "\(c.unitID)|\(f.indicator)|\(c.value)|" + s.text.filter { !$0.isNumber && $0 != "." && $0 != "," }.lowercased()
                        if let other = phrases[key], other != t.code, !s.text.filter(\.isLetter).isEmpty {
                            let twoWorks = oneWork.contains(f.indicator) && oneWork.contains { k in
                                guard k != f.indicator, let x = value(other, c.unitID, k), let y = value(t.code, c.unitID, k), x != 0, y != 0 else { return false }
                                return x != y
                            }
                            if !twoWorks { Issue.record("\(c.unitName) \(f.indicator) \(c.value) under \(other) and \(t.code)") }
                        }
                        phrases[key] = t.code
                    }
                }
            }
        }
        print("dev corpus outputs: \(dir.path)")
    }

    /// One reconciliation (REVIEW10 #5): Phụ lục I's figures per task are Phụ lục III's totals,
    /// and a reader adding them up over a group gets the body's city-wide figures; what they
    /// leave out (a partner's part, work counted under another task, people sent to others'
    /// classes) is said apart in the row, never added.
    @Test func phuLucIAddsUpToTheBodyAndPhuLucIII() {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let rows = AppendixTables.taskProgress(v).rows.filter { !$0.heading }
        let figureRows = AppendixTables.figures(v).rows.filter { !$0.heading }
        #expect(rows.count == report.tasks.count)
        var checked = 0, apart = 0
        let pl1Notes = AppendixTables.taskProgress(v).notes.joined(separator: " ")
        for (t, row) in zip(report.tasks, rows) {
            guard case .text(let cell) = row.cells[6] else { continue }
            let line = String(cell.split(separator: "\n").first ?? "")
            let head = line.components(separatedBy: " (không kể").first ?? line
            for f in t.figures {
                let counted = v.countedContributions(t, f)
                guard !counted.isEmpty else { continue }
                let total = counted.map(\.value).reduce(0, +)
                let text = f.isMoney ? VietFormat.money(total) : VietFormat.count(total)
                #expect(head.contains(text), "\(t.code) \(f.indicator): \(text) not in “\(head)”")
                #expect(head.contains("\(VietFormat.count(counted.count)) đơn vị"), "\(t.code) \(f.indicator)")
                // Phụ lục III's row for the same task and indicator has the same total.
                let title: AppendixValue = .text(v.expanded(t.title))
                let label: AppendixValue = .text(v.indicator(f.indicator, in: t).label)
                let pl3 = figureRows.first { (r: AppendixRow) -> Bool in r.cells[1] == title && r.cells[2] == label }
                #expect(pl3.map { $0.cells[3] == (f.isMoney ? .money(total) : .number(total)) } == true, "\(t.code) \(f.indicator)")
                // A partner's figure conflicting with the lead's is the review desk's, not a
                // bracket going up (REVIEW22 #3).
                let conflicting = t.notCounted.filter { n in n.indicator == f.indicator && report.review.contains { r in
                    r.code == "figure-partner-over-lead" && r.params?["code"] == t.code && r.unitID == n.unitID && r.params?["indicator"] == n.indicator } }
                if f.total != total, f.total - conflicting.map(\.value).reduce(0, +) != total {
                    apart += 1
                    // REVIEW28 #13: said in the table's one "Ghi chú", not in the cell.
                    #expect(pl1Notes.contains("nhiệm vụ \(t.group).\(t.letter) ("), "\(t.code) \(f.indicator)")
                    let raw = f.isMoney ? VietFormat.money(f.total) : VietFormat.count(f.total)
                    #expect(!head.contains(raw), "\(t.code) \(f.indicator): raw \(raw) in “\(head)”")
                }
                checked += 1
            }
        }
        #expect(checked > 20 && apart > 0)
        // Over each group, the tasks' counted totals are the body's city-wide figures.
        let body = v.body().map(\.text).joined(separator: "\n")
        for g in report.groups {
            for gf in g.figures where definition(v).rules.cityWideIndicators.contains(gf.indicator) && gf.counted > 0 {
                let sum = g.tasks.compactMap { t in t.figures.first { $0.indicator == gf.indicator }.map { v.countedContributions(t, $0).map(\.value).reduce(0, +) } }.reduce(0, +)
                #expect(sum == gf.counted, "group \(g.number) \(gf.indicator)")
                if v.cityWide(g) != nil {
                    #expect(body.contains(gf.isMoney ? VietFormat.money(sum) : VietFormat.count(sum)), "group \(g.number) \(gf.indicator)")
                }
            }
        }
    }

    func definition(_ v: VietnameseRenderer) -> ReportDefinition { v.definition }

    /// The body of the dev corpus report is short enough for 6 pages: measured in LibreOffice
    /// (30/11/2026, REVIEW4's fixes), a body of 3.338 words by this count (13 pt, single
    /// spacing, the header block, sections II–V with their lists) ends on page 6 with the
    /// signature block and about 14 lines to spare; 3.450 words is about the end of page 6.
    @Test func bodyIsShort() {
        let v = VietnameseRenderer(Fixtures.report(DevCorpusTests.input), definition: Fixtures.definition)
        let words = v.body().map { $0.text.split(separator: " ").count }.reduce(0, +)
        print("dev corpus body: \(words) words")
        // Measured again 01/12/2026 (REVIEW10's fixes, LibreOffice): 3.373 words end on page 6
        // with the signature block and about 3 lines to spare; 3.450 words no longer fit.
        // Session 10 (REVIEW12's fixes, margins top 20 / right 15 mm, LibreOffice 7.4 with
        // Liberation Serif and DejaVu Serif for the letters it lacks): 3.363 words, signature on
        // page 6 with about 5 lines to spare.
        // Session 11 (REVIEW13's fixes, same layout): 3.431 words, signature on page 6 with
        // about 5 lines to spare (the rendering looked at: /tmp page images of the dev run).
        // Session 23 (REVIEW26 reconciled with the earlier reviews; appendices' margins 30/15 mm,
        // LibreOffice 7.4.7): 3.470 words, the signature block on page 6 with about 5 lines to
        // spare; then 3.494 words (II.3 states the lead's 3.b courses, their attendance a blank)
        // with about 3 lines to spare (page images looked at). The bound keeps about 2 of them.
        // Session 25 (REVIEW28's fixes: fewer, longer dash lines in III.2 and IV, the budget
        // paragraph shorter): about 3.560 words, the signature block on page 6 with about 4
        // lines to spare (page images looked at). The bound keeps about 2 of them.
        // Session 28 (REVIEW31's fixes: the programme names written out in IV, the joint
        // inspections said in II.5, III.1's left-out classes): 3.606 words, the signature block
        // on page 6 with about 5 lines to spare (page image of the dev render looked at). The
        // bound keeps about 2 of them.
        // Session 32 (REVIEW34's fixes: the lead's schedule and joint work in III.2, the
        // overlap of joint inspections and classes, attributed requests): 3.677 words, the
        // signature block on page 6 with only about 1–2 lines to spare (pdftotext of the
        // LibreOffice render: 43 text lines on page 6 against 44 on page 5). The bound keeps
        // about one; the next words added must be paid for by words taken out.
        // Session 33 (REVIEW35's fixes: the deadlines cited to the plan's section, the
        // disbursement not reported, the partner's joint inspections in III.2; the overlap
        // notes gone): 3.682 words, the signature block still on page 6 (line count of the
        // LibreOffice render unchanged: the two notes' lines paid for the new ones).
        // Session 34 (REVIEW36's fixes: the own units' reporting and postponements named in
        // III.2, no sentence on the holder's disbursement, rules.paragraphWords 200 → 260):
        // about 3.716 words (pdftotext of the body: 3.886 → 3.920), the signature block on page
        // 6 with about 5 lines to spare (page image looked at; with paragraphWords 200 it went
        // to page 7).
        // Session 35 (REVIEW36 #1/#2 and REVIEW37 #2, #4, #6, #10, #12: both accounts of joint
        // work in II.5, the partner's completed part and the note beside 5.a in III.2, every own
        // unit's difficulty and proposal attributed by name, the opening citing the holder's
        // report): about 3.926 words, the signature block on page 7 (page 7 holds V's last item,
        // the closing and the signature, about 14 lines) after the TTCNTT's short name and
        // rules.paragraphWords 700 took back 13 lines. Not met, and known: margins, type and
        // spacing are already the form's minimum (20/20/30/15 mm, 13 pt, single, 6 pt), and what
        // is left to cut is what reviewers asked for; the README's "Not done yet" says so.
        // Session 36 (issue #13's length rule, rules.bodyLength: over its words, section II's
        // accounts without figures, units' own funds, other units' sums of no city-wide or
        // III.1 total, own units' figures on tasks they do not lead go to their task's row of
        // Phụ lục I, in that order, then the lead's figures on tasks outside its group's main
        // ones): 3.584 words, the signature block on page 6 with about 11 lines to spare (page
        // image of the dev render, 30/11/2026, looked at; pdftotext -bbox: page 6's last line at
        // y 614 pt against page 5's 779). The yaml's 3.620 words are the rule's limit; the bound
        // of 3.650 keeps about 6 of those lines.
        // The bound keeps the signature on page 6.
        // REVIEW48: 3.680 — the body states the budget's amounts and their gap, and the lead's
        // "chưa thực hiện" with its partner's work in II, the own phòng among those putting work
        // off: about 3.670 words, the signature on page 6 with body text and about 2 lines to
        // spare in LibreOffice (pages looked at).
        // REVIEW51 #6, #8: 3.720 — the Department's own lead named where it gave no status and
        // the request to confirm beside each figure a finding still doubts, everything movable
        // already moved: about 3.715 words; in LibreOffice (review52 inbox, 30/11/2026) the
        // signature on page 6 under body text (pages looked at, pdftotext -bbox measured).
        // REVIEW53 #6: 3.740 — the Trung tâm Phân tích's results on 2.g and 4.c kept, II.2 in
        // three paragraphs, III.1's note on joint classes, with everything movable moved: about
        // 3.727 words; in LibreOffice (review52 inbox, 30/11/2026) the signature on page 6, 43
        // lines as before (pages looked at).
        #expect(words <= Fixtures.definition.rules.bodyLengthWords)
        #expect(words <= 3_740)
    }

    /// On the dev corpus (53 of 189 units reported): no city-wide claim, no plan code, the
    /// Department's own units' proposals that only the City decides (staff numbers) not asked
    /// in V unless a unit outside it raised them (REVIEW13 #9), the
    /// holder's spending above the budget stated with its ratio and as a shortcoming.
    @Test func bodyReadsAsTheDepartmentWritesIt() {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let text = v.body().map(\.text).joined(separator: "\n")
        #expect(report.completeness.received < report.completeness.expected)
        #expect(!text.contains("Toàn Thành phố"))
        for t in report.tasks { #expect(!text.contains("nhiệm vụ \(t.code)")) }
        let iv = text.range(of: "IV. PHƯƠNG HƯỚNG")!, v5 = text.range(of: "V. ĐỀ XUẤT")!
        let own = report.proposals.filter { !$0.upward }.flatMap(\.items).map { $0.action ?? $0.text }
        // A staff request only the Department's own units raised is not asked upward: nothing
        // III reports grounds it (REVIEW13 #9); IV takes it up as the Sở's advice to the City
        // (REVIEW28 #15 asks the opposite of REVIEW13's "nor is it the Sở's own work to state").
        // REVIEW44 #7 (over REVIEW28 #15): IV never promises what the Department cannot decide —
        // asked of the City in V.
        // REVIEW47 #6 (over REVIEW44 #7): a request addressed to the Sở is the Sở's own step in
        // IV, never asked upward in V.
        for p in own where p.contains("biên chế") {
            let core = String(p.trimmingCharacters(in: CharacterSet(charactersIn: " .;")).suffix(40))
            #expect(!text[v5.upperBound...].contains(core) && text[iv.upperBound..<v5.lowerBound].contains(core))
        }
        #expect(!text[v5.upperBound...].contains("biên chế"))
        // "Nguyên nhân:" is the causes' heading alone, never a label inside a shortcoming too
        // (session 10, item 3).
        #expect(text.components(separatedBy: "Nguyên nhân:").count == 2)
        // No sentence that only counts events without what they were: a lead's sentence the
        // report cannot vouch for in full is not told in pieces (session 10, item 3).
        #expect(!text.split(separator: "\n").flatMap { $0.split(separator: ".") }.contains { $0.hasSuffix("đã tổ chức 04 lớp tập huấn, hội nghị") })
        #expect(text[v5.upperBound...].contains("bố trí kinh phí riêng cho công tác TĐC tại cấp xã"))
        // REVIEW26 #1: the holder's amounts are never summed; the block holds while they
        // together exceed the estimate.
        if let spent = report.budget.holderSpending, case let used = spent.map(\.amount).reduce(0, +), used > Double(report.budget.planned) {
            // Stated by activity, plainly (no excuse the appendices cannot support), never as a
            // ratio above the budget; the Department's voice, not "according to the Chi cục's report".
            // The source and the allocation's execution are blanks for the drafter.
            // "Ngoài dự toán" only with its source, which the figures do not give: neither is
            // written; the drafter supplies it (review page).
            // In official words (REVIEW14 #5): no "chưa có số liệu giải ngân", no "(không nêu
            // nguồn kinh phí)"; the spending groups 4–5 state not repeated.
            let budget = String(text[text.range(of: "Kinh phí thực hiện Kế hoạch\n")!.upperBound..<text.range(of: "III. ĐÁNH GIÁ CHUNG")!.lowerBound])
            // REVIEW43 #1 (over REVIEW14 #5 for amounts above the allocation): amounts whose
            // fund the holder does not name are said with one neutral clause of fact, never set
            // under the allocation as if drawn from it (Review44Tests).
            #expect(!budget.contains("chưa có số liệu giải ngân") && budget.components(separatedBy: "không nêu nguồn").count <= 2, "\(budget)")
            for c in report.tasks.flatMap({ $0.figures }).filter({ $0.indicator == "budget_spent_vnd" }).flatMap(\.contributions)
                where c.unitID == report.budget.holder && c.value != used {
                // Each amount with what it paid for: in its group's results and in section 7
                // (REVIEW26 #1), no more.
                #expect(text.components(separatedBy: VietFormat.money(c.value)).count <= 3, "\(c.value)")
                // REVIEW28 #2: above the allocation the amounts are not printed unreconciled.
                let onPlan = report.budget.holderSpending?.map(\.amount).reduce(0, +) ?? 0
                if onPlan <= Double(report.budget.planned) { #expect(budget.contains(VietFormat.money(c.value)), "\(c.value): \(budget)") }
            }
            // Never compared with the allocation (REVIEW22 #2): nothing says the units' spending
            // came from it; the review desk keeps the warning.
            #expect(!budget.contains("cao hơn") && !budget.contains(VietFormat.money(used)), "\(budget)")
            #expect(!text.contains("ngoài dự toán") && !text.contains("Ngoài dự toán") && !text.contains("từ nguồn …"))
            #expect(!budget.contains("…") && !text.contains("không có số liệu"))
            #expect(!text.contains("nguồn khác"))
            #expect(!text.contains(VietFormat.percent(used, of: Double(report.budget.planned))))
            #expect(!text.contains("Theo báo cáo của Chi cục"))
            #expect(report.review.contains { $0.code == "budget-over-plan" })
        }
    }

    /// The other units' figures on a task: each run of figures (a figure and those continuing
    /// it) is credited to exactly the units behind it, counted once (REVIEW5: a unit is never
    /// credited with classes it did not hold); the first run names them by kind, only once.
    @Test func unitCountsBesideFiguresAreTheirContributors() {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let body = v.body().map(\.text).joined(separator: "\n")
        var checked = 0
        for t in report.tasks {
            let isLead = { (c: ConsolidatedReport.Contribution) in t.leadUnits.contains(c.unitID) || t.leadStatus?.unitID == c.unitID }
            guard let sentence = v.othersResults(t, money: true) else { continue }
            // People sent to others' classes are said apart in Phụ lục I, not in the body.
            if let elsewhere = v.attendedElsewhere(t) { #expect(!sentence.contains(elsewhere), "\(t.code)") }
            let runs = v.othersRuns(t, money: true)
            // An estimate to the year's end is in no total either (session 19).
            let left = { (c: ConsolidatedReport.Contribution, id: String) in
                // Work done with the lead and counted in its figure is said in its own sentence (REVIEW24 F3).
                t.notCounted.contains { $0.unitID == c.unitID && $0.indicator == id && ($0.reason == .attendedElsewhere || $0.reason == .estimate || $0.reason == .jointWork) }
            }
            for run in runs {
                let contributors = Set(t.figures.filter { run.indicators.contains($0.indicator) }.flatMap { f in f.contributions.filter { !left($0, f.indicator) } }
                    .filter { $0.value != 0 && !isLead($0) }.map(\.unitID))
                #expect(run.units == contributors, "\(t.code) \(run.indicators)")
                // The run's first figure: its units are the run's, or most of them (a
                // continuation adds only units that did the same work).
                let first = Set(t.figures.first { $0.indicator == run.indicators[0] }!.contributions.filter { $0.value != 0 && !isLead($0) && !left($0, run.indicators[0]) }.map(\.unitID))
                #expect(first.isSubset(of: run.units))
            }
            if runs.count == 1, runs[0].units.count > 3 {
                #expect(sentence.components(separatedBy: " đã ").count == 2, "\(t.code): more than one attribution in “\(sentence)”")
            }
            // Kinds spelled out at most once per sentence.
            #expect(sentence.components(separatedBy: "phường, xã, đặc khu)").count <= 2, "\(t.code): “\(sentence)”")
            if body.contains(sentence.dropLast()) { checked += 1 }
        }
        #expect(checked > 0)
        // Wards are never said to coordinate with the wards; no task heading pasted as an opener.
        #expect(!body.contains("phối hợp các Ủy ban nhân dân phường"))
        #expect(!body.contains("Trong việc "))
        // REVIEW5's case: the units that held classes are not all the units on the task.
        #expect(!body.contains("40 cơ quan, đơn vị, địa phương (08 sở, ban, ngành và 32 phường, xã, đặc khu) đã tổ chức"))
    }

    /// The coverage sent upward is of the units outside the Department, by kind (REVIEW7 #5):
    /// its own units are not counted in the rate nor named in the body as not reported; section
    /// I counts them and Phụ lục II lists every expected reporter (REVIEW10 #8).
    /// Dev corpus: a password-protected file whose name carries only a ward's code is that
    /// ward's unreadable report (REVIEW14 #7), with a finding for the officer; the body's count
    /// of units that sent unreadable files and Phụ lục II agree.
    @Test func anUnreadableFileNamedByItsUnitsCodeIsThatUnits() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let unreadable = report.reporters.filter { $0.state == .unreadable }
        let byCode = report.review.filter { $0.code == "refused-file-unit-by-code" }
        #expect(!byCode.isEmpty)
        for f in byCode { #expect(unreadable.contains { $0.unitID == f.unitID }, "\(f.params ?? [:])") }
        // The units outside the Department counted (REVIEW30 #5, reversing REVIEW26 #10).
        let outside = report.headline.reporting.unreadable
        let body = v.body().map(\.text).joined(separator: "\n")
        // Said with the missing reports, as Phụ lục II says it (REVIEW18 #10), no file jargon
        // (REVIEW30 #11).
        let missing = report.headline.reporting.missing
        #expect(outside > 0 && body.contains("; còn \(VietFormat.count(missing + outside)) cơ quan, địa phương chưa gửi báo cáo hoặc chưa gửi báo cáo hợp lệ"), "\(body)")
        // Each row says what was received and why it was refused, by the refusal's kind
        // (REVIEW23 #9), never "Chưa gửi".
        let labels = Set(unreadable.map(v.reportingLabel))
        #expect(unreadable.allSatisfy { $0.refusalKind != nil && $0.file != nil })
        #expect(!labels.contains(Fixtures.definition.wording("labels.reporting.missing")))
        // REVIEW36 #10: in one run after the numbered valid reports, every such unit named.
        let runs = AppendixTables.reporting(v).rows.flatMap { $0.cells.map(\.display) }.filter { s in labels.contains { s.hasPrefix($0 + " (") } }.joined(separator: " ")
        #expect(unreadable.allSatisfy { runs.contains($0.unitName) }, "\(runs)")
    }

    @Test func reportingRateIsOfTheUnitsOutsideTheDepartment() {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let body = v.body().map(\.text).joined(separator: "\n")
        // The units outside the Department, the headline's `outside` scope (REVIEW30 #5:
        // "49/183 cơ quan, địa phương (09/15 sở, ban, ngành; 40/168 …)", reversing REVIEW26 #10).
        let received = report.headline.reporting.received, expected = report.headline.reporting.expected
        #expect(body.contains("\(VietFormat.count(received))/\(VietFormat.count(expected)) cơ quan, địa phương gửi báo cáo"))
        #expect(body.contains("báo cáo của \(VietFormat.count(received))/\(VietFormat.count(expected)) cơ quan, địa phương ("))
        for g in report.completeness.byGroup {
            let part = "\(VietFormat.count(g.received))/\(VietFormat.count(g.expected)) \(v.groupLabel(g.group)!)"
            // REVIEW35 #9 (over REVIEW30 #5): the Department's own units are counted once, as
            // the source of its results, outside the reporting rate's composition.
            if g.group == "group:internal" {
                // REVIEW42 #5: after the consolidating unit, named apart.
                #expect(body.contains("đơn vị tham mưu tổng hợp là ") && body.contains(", \(part) và báo cáo của"), "\(part)")
                // REVIEW51 #10: III.2 counts them again, apart from the bodies outside.
                let times = Fixtures.definition.rules.reportingOwnUnits == "named" ? 3 : 2
                #expect(body.components(separatedBy: part).count == times, "\(part)")
            } else {
                #expect(body.contains(part), "\(part)")
            }
        }
        let own = report.completeness.byGroup.first { $0.group == "group:internal" }!
        #expect(own.received < own.expected)
        // An interim report: said so, with the Department completing it later (no date the
        // signer did not set, REVIEW30 #13) — IV's step since REVIEW52 #5.
        #expect(body.contains("Số liệu trên mới phản ánh kết quả của các cơ quan, địa phương đã gửi báo cáo") && body.contains(Fixtures.definition.wording("outlook.reporting")))
        // Never named upward (REVIEW20 #3.5): Phụ lục II and the review page list them.
        let missing = report.reporters.filter { $0.group == "group:internal" && $0.state == .missing }
        // REVIEW36 #6 (over REVIEW20 #3.5): named in III.2 and in Phụ lục II's own section.
        // REVIEW39 #10 (over REVIEW36 #6 for the body): not named upward; Phụ lục II keeps them.
        // REVIEW40 #8 (over REVIEW39 #10): named once, in III.2.b's clause on the own units' reporting.
        // REVIEW44 #3 (over REVIEW40 #8): the Department's own shortcoming, its units not named.
        // REVIEW50 #4 (over REVIEW45 #5/#7 for ct38): settled on the desk (Review50Tests); the
        // clause on the rule that says it (Fixtures.ownMattersUpward).
        #expect(!body.contains("tổng hợp kết quả nội bộ của Sở"), "\(body)")
        let upward = VietnameseRenderer(report, definition: Fixtures.ownMattersUpward).body().map(\.text).joined(separator: "\n")
        let clause = upward.split(separator: "\n").first { $0.contains("tổng hợp kết quả nội bộ của Sở chưa kịp thời") } ?? ""
        #expect(!clause.isEmpty, "\(upward)")
        // REVIEW45 #5/#7 (over REVIEW44 #3): named, by number and name, in that clause.
        for r in missing { #expect(clause.contains(v.shortName(r.unitName)), "\(r.unitName): \(clause)") }
        let table = AppendixTables.reporting(v)
        // The Department's own units that sent nothing are not named in Phụ lục II either
        // (REVIEW29 #6: collected inside; appendix.missingRunOwn empty): the review page lists them.
        // Phụ lục II lists the units outside the Department only (REVIEW30 #5: no section A).
        for r in report.reporters where r.group != "group:internal" {
            // A row of its own, or named in its kind's run of units that sent nothing (REVIEW19 #12).
            #expect(table.rows.contains { $0.cells.contains { if case .text(let t) = $0 { let name = v.displayName(r.unitName); return t == name || ([.missing, .unreadable].contains(r.state) && t.contains(name + ",") || t.contains(name + ".")) } else { return false } } }, "\(r.unitName)")
        }
        #expect(report.review.contains { $0.code == "own-units-missing" })
    }

    /// Every task past its schedule that some unit reported on without completing it is
    /// overdue, and the body says "quá hạn" of it; the lead's results are stated in every
    /// group where the lead gave a figure.
    @Test func overdueTasksAndTheLeadsResults() {
        let report = Fixtures.report(DevCorpusTests.input)
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let body = v.body().map(\.text).joined(separator: "\n")
        for t in report.tasks {
            // Its lead's state (REVIEW17 #5): a lead that gave none is not judged overdue.
            if let due = t.dueDate, due < report.asOf, t.state != .completed, t.basis == .lead {
                #expect(t.overdue != nil, "\(t.code)")
            }
            if t.overdue != nil { #expect(body.contains("quá hạn")) }
        }
        let results = body[body.range(of: "II. KẾT QUẢ THỰC HIỆN")!.upperBound..<body.range(of: "III. ĐÁNH GIÁ CHUNG")!.lowerBound]
        var stated = 0
        for t in report.tasks {
            // The lead's own account of the task (its sentence or its figures): its first
            // figure is in section II.
            guard let lead = v.taskResults(t, money: false, others: false).first,
                  let figure = lead.split(separator: " ").first(where: { $0.first?.isNumber == true }).map({ String($0).trimmingCharacters(in: .punctuationCharacters) })
            else { continue }
            // Issue #13's length rule (rules.bodyLength): a lead's sentence moved out of the
            // body is said in its task's row of Phụ lục I instead.
            if v.movedToAppendix().contains(where: { $0.task == t.code && $0.text == lead }) {
                let rows = AppendixTables.taskProgress(v).rows.filter { !$0.heading }
                let row = report.tasks.firstIndex { $0.code == t.code }.map { rows[$0].cells.map(\.display).joined(separator: " ") } ?? ""
                #expect(row.contains(figure), "\(t.code): \(lead.prefix(80))")
                continue
            }
            #expect(results.contains(figure), "\(t.code): \(lead.prefix(80))")
            stated += 1
        }
        #expect(stated >= report.groups.count)
    }

    /// How far the report's sums are from truth/_corpus.json `consolidation`; printed (the
    /// gap measures extraction, which this branch does not change), not asserted.
    @Test func distanceFromTruth() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        let data = try Data(contentsOf: Paths.devCorpus.appendingPathComponent("truth/_corpus.json"))
        let root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let truth = root["consolidation"] as! [String: [String: Any]]
        var lines: [String] = ["task\tindicator\treport\ttruth\tdiff"]
        var exact = 0, total = 0
        for t in report.tasks {
            let tt = truth[t.code] ?? [:]
            let ind = (tt["indicators"] as? [String: Double]) ?? [:]
            let ours = Dictionary(uniqueKeysWithValues: t.figures.map { ($0.indicator, $0.total) })
            for key in Set(ind.keys).union(ours.keys).sorted() {
                let a = ours[key], b = ind[key]
                total += 1
                if a == b { exact += 1 }
                lines.append("\(t.code)\t\(key)\t\(a.map { VietFormat.number($0) } ?? "—")\t\(b.map { VietFormat.number($0) } ?? "—")\t\(VietFormat.number((a ?? 0) - (b ?? 0)))")
            }
            let units = tt["units"] as? Int ?? 0
            lines.append("\(t.code)\t(units)\t\(t.unitStatuses.count)\t\(units)\t\(t.unitStatuses.count - units)")
        }
        lines.append("exact task×indicator sums: \(exact)/\(total)")
        let text = lines.joined(separator: "\n")
        print(text)
        try? text.write(to: FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-report-truth-distance.tsv"), atomically: true, encoding: .utf8)
    }
}
