@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW23 (blind review of the report made from the dev corpus, 5/10): the JSON and the
/// review page stated other headline figures than the DOCX (units reporting, task states,
/// late reports, totals summed over unrelated lines). One computation now
/// (`ConsolidatedReport.headline`), read by every writer; these tests fail when two outputs
/// disagree on a headline figure. In data of no corpus.
@Suite struct Review23Tests {
    struct Outputs {
        var report: ConsolidatedReport
        var renderer: VietnameseRenderer
        var body: String
        var html: String
        var json: ConsolidatedReport
        var appendixI: [String]
    }

    static func outputs(_ input: ConsolidationInput, _ definition: ReportDefinition = Fixtures.tallyByKind52) throws -> Outputs {
        let r = OutboxWriters.consolidate(input, definition)
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        let body = v.body().map(\.text).joined(separator: "\n")
        let html = HTMLReviewWriter().html(v)
        let json = try JSONReportReader.read(JSONReportWriter().data(r))
        let tasks = AppendixTables.taskProgress(v)
        var cells: [String] = []
        for row in tasks.rows { for c in row.cells { if case .text(let s) = c { cells.append(s) } } }
        return Outputs(report: r, renderer: v, body: body, html: html, json: json, appendixI: cells)
    }

    /// Every headline figure the body states is the one the review page and the JSON state.
    static func expectOneSetOfFigures(_ o: Outputs, _ label: String) {
        let h = o.report.headline
        let w = Fixtures.tallyByKind52.wording
        func n(_ x: Int) -> String { VietFormat.count(x) }
        func card(_ x: Int) -> String { HTMLReviewWriter.count(x) }
        // The JSON carries the same headline, and its lists are the headline's.
        #expect(o.json.headline == h, "\(label)")
        #expect(o.json.overdueTasks == h.overdue, "\(label)")
        #expect(h.overdue == o.report.tasks.filter { $0.phase == .overdue }.map(\.code), "\(label)")
        // Units reporting: the body's coverage, the page's card, Phụ lục II's rows.
        // The page counts every expected unit (the JSON's completeness); the body the units
        // outside the Department (REVIEW30 #5, reversing REVIEW26 #5 for the body).
        let received = h.reporting.received + h.ownReporting.received, expected = h.reporting.expected + h.ownReporting.expected
        let coverage = "\(n(received))/\(n(expected))"
        #expect(o.body.contains("\(n(h.reporting.received))/\(n(h.reporting.expected))"), "\(label)\n\(o.body)")
        #expect(o.report.completeness.received == received && o.report.completeness.expected == expected, "\(label)")
        #expect(o.html.contains("<b>\(card(received))/\(card(expected))</b>"), "\(label): the review page does not state \(coverage)")
        let own = Set(Fixtures.tallyByKind52.rules.ownGroups)
        let outside = o.report.reporters.filter { !own.contains($0.group ?? "") }
        #expect(outside.count == h.reporting.expected, "\(label)")
        #expect(outside.filter { [.onTime, .late].contains($0.state) }.count == h.reporting.received, "\(label)")
        // Late reports: the body says them when there are, the page's card gives the same count.
        if h.reporting.late > 0 {
            #expect(o.body.contains(w("assessment.late", ["n": n(h.reporting.late)])), "\(label): late count")
        }
        #expect(o.html.contains("<b>\(card(h.reporting.late + h.ownReporting.late))</b>\(w("page.late"))"), "\(label): late card")
        #expect(o.html.contains("<b>\(card(h.reporting.laterAfterDeadline + h.ownReporting.laterAfterDeadline))</b>\(w("page.laterAfterDeadline"))"), "\(label)")
        // Tasks: the dated tasks completed, as the body and the page count them.
        let done = h.dated[ConsolidatedReport.Phase.completed.rawValue] ?? 0
        if h.datedTasks > 0 {
            // REVIEW48 #2: the headline counts against the tasks due.
            _ = done
            if let sentence = Fixtures.dueHeadline(o.report) { #expect(o.body.contains(sentence), "\(label): \(sentence)\n\(o.body)") }
        }
        #expect(o.html.contains("<b>\(card(done))/\(card(h.datedTasks))</b>\(w("page.datedDone"))"), "\(label)")
        #expect(o.html.contains("<b>\(card(h.overdue.count))</b>\(w("page.overdue"))"), "\(label)")
        if !h.overdue.isEmpty {
            #expect(o.body.contains(w("labels.progress.overdue", ["n": n(h.overdue.count)])), "\(label): overdue count in the body")
            #expect(o.appendixI.filter { $0 == o.renderer.taskStateLabel(o.report.tasks.first { $0.code == h.overdue[0] }!) }.count >= 1, "\(label)")
        }
        // Totals: every figure the body's highlights state is the page's total of it.
        for t in h.totals where !t.isMoney {
            let value = VietFormat.count(t.value)
            let stated = w.highlights.contains { $0.groups.isEmpty && ReportWording.placeholders($0.text).contains(t.indicator) }
            guard stated else { continue }
            #expect(o.body.contains(value), "\(label): body lacks \(t.indicator) \(value)")
            #expect(o.html.contains(">" + o.renderer.pageText("page.total", ["label": o.renderer.indicatorLabel(t.indicator), "total": VietFormat.number(t.value),
                                                                            "units": VietFormat.count(t.units)])),
                    "\(label): page total of \(t.indicator)")
        }
        // The page never adds money spent over unrelated lines into one figure.
        #expect(!h.totals.contains { $0.indicator == Consolidator.budgetIndicator }, "\(label)")
    }

    @Test func everyOutputStatesTheHeadlineOfTheFixture() throws {
        Self.expectOneSetOfFigures(try Self.outputs(Fixtures.input()), "fixture")
        Self.expectOneSetOfFigures(try Self.outputs(JudgementTests.input), "judgements")
    }

    /// A unit outside the Department reporting late, another whose figures come partly from
    /// work others held (not counted): the page and the JSON count as the body does.
    @Test func lateReportsAndWorkCountedOnceAgreeEverywhere() throws {
        var input = JudgementTests.input
        input.asOf = PlanDate(iso: "2026-11-30")!
        let ward = try #require(input.reporters.firstIndex { $0.unitID == "25771" })
        input.reporters[ward].state = .late
        let o = try Self.outputs(input)
        Self.expectOneSetOfFigures(o, "late ward")
        // The page's totals are the counted ones (each piece of work once), not raw sums.
        // Over the groups the body's sentence sums it over (REVIEW25 #10).
        let scopes = Fixtures.tallyByKind52.wording.statedScopes
        for t in o.report.headline.totals {
            let scope = scopes[t.indicator] ?? []
            let counted = o.report.groups.filter { scope.isEmpty || scope.contains($0.number) }.flatMap(\.figures)
                .filter { $0.indicator == t.indicator }.map(\.counted).reduce(0, +)
            #expect(t.value == counted, "\(t.indicator)")
        }
    }

    /// The headline's reporting scope is the body's: the Department's own units apart.
    @Test func theOwnUnitsAreAScopeOfTheirOwn() throws {
        let o = try Self.outputs(Fixtures.input())
        let h = o.report.headline
        #expect(h.reporting.scope == "outside" && h.ownReporting.scope == "own")
        #expect(h.reporting.expected + h.ownReporting.expected == o.report.completeness.expected)
        #expect(h.reporting.received + h.ownReporting.received == o.report.completeness.received)
    }

    // MARK: - Phụ lục II: a file received and refused (REVIEW23 #9)

    /// A unit whose file was received but refused is no "Chưa gửi". Phụ lục II, which goes
    /// upward, says only that no valid report was received (REVIEW30 #11, REVIEW32, REVIEW33
    /// over REVIEW31 #11, reversing this test's per-kind cause there); the cause by the
    /// refusal's kind is the reminder letter's (refusalCause), a kind the wording does not name
    /// reading as the general one.
    @Test func aRefusedFileIsReceivedWithItsReasonNotMissing() throws {
        var input = Fixtures.input()
        let communes = input.reporters.indices.filter { i in
            input.reporters[i].state == .missing && Fixtures.pipeline.units.unit(id: input.reporters[i].unitID)?.kind.group.rawValue == "group:communes"
        }
        let kinds = ["encrypted", "empty", "truncated", "doctype", "tooLarge"]
        try #require(communes.count >= kinds.count)
        var names: [String: String] = [:]
        for (k, i) in zip(kinds, communes) {
            input.reporters[i].state = .unreadable
            var f = RefusedFile(path: "BC CT38 \(input.reporters[i].unitName).docx", sha256: k, kind: k, reason: "lý do", firstSeen: Fixtures.date("2026-11-14"))
            f.unitID = input.reporters[i].unitID
            input.refused.append(f)
            names[k] = input.reporters[i].unitName
        }
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        let w = Fixtures.tallyByKind52.wording
        let table = AppendixTables.reporting(v)
        func row(_ name: String) -> [String] {
            // REVIEW36 #10: a refused unit is named in its kind's run after the valid reports.
            let run = w("labels.reporting.unreadable") + " ("
            let found = table.rows.first { $0.cells.contains { if case .text(let s) = $0 { return s == name || (s.hasPrefix(run) && s.contains(name)) }; return false } }
            return found?.cells.compactMap { if case .text(let s) = $0 { return s }; return nil } ?? []
        }
        for k in kinds {
            let name = try #require(names[k])
            let cells = row(name)
            let expected = k == "tooLarge" ? w("labels.reportingRefused.other") : w("labels.reportingRefused.\(k)")
            #expect(cells.contains { $0.hasPrefix(w("labels.reporting.unreadable")) }, "\(k): \(cells)")
            #expect(!cells.contains(expected) && !cells.contains { $0.contains("tệp") }, "\(k): \(cells)")
            #expect(!cells.contains(w("labels.reporting.missing")), "\(k)")
            let reporter = try #require(r.reporters.first { $0.unitName == name })
            #expect(reporter.refusalKind == k && reporter.file?.contains(name) == true)
            #expect(v.refusalCause(reporter) == expected, "\(k)")
        }
        // No wording asks the unit for anything (REVIEW30 #11, reversing this test's "asks for
        // the file again"): the chasing is the Chi cục's, not the report's.
        for k in kinds.dropLast() { #expect(!w("labels.reportingRefused.\(k)").contains("gửi lại")) }
    }

    // MARK: - Copied wording (REVIEW23 #10)

    /// A sở, ngành's "tại Sở còn thiếu" is its own staff, not the Department's: said of the
    /// sở, ban, ngành; a name ("tại Sở Y tế") and another kind's words are left as written.
    @Test func aUnitsWordsAboutItselfAreSaidOfItsKind() throws {
        let v = VietnameseRenderer(Fixtures.report(Fixtures.input()), definition: Fixtures.tallyByKind52)
        let dept = ConsolidatedReport.UnitRef(unitID: "SO-TC", unitName: "Sở Tài chính", file: "a.docx", source: nil)
        let ward = ConsolidatedReport.UnitRef(unitID: "25771", unitName: "Phường Chánh Hiệp", file: "b.docx", source: nil)
        #expect(v.ownWords("Nguồn nhân lực làm công tác này tại Sở còn thiếu.", [dept]) == "Nguồn nhân lực làm công tác này tại các sở, ban, ngành còn thiếu.")
        #expect(v.ownWords("Phối hợp tại Sở Y tế còn chậm.", [dept]) == "Phối hợp tại Sở Y tế còn chậm.")
        #expect(v.ownWords("Nguồn nhân lực tại Sở còn thiếu.", [dept, ward]) == "Nguồn nhân lực tại Sở còn thiếu.")
        #expect(v.ownWords("Nhân lực tại đơn vị còn thiếu.", [ward]) == "Nhân lực tại cấp xã còn thiếu.")
    }

    /// The consolidating unit's staffing difficulty is an objective cause attributed to it
    /// (staffing is decided above it: rules.objectiveThemes), not the Sở's own failing.
    @Test func theHoldersStaffingIsAnObjectiveCauseAttributedToIt() throws {
        var input = Fixtures.input()
        let chiCuc = try #require(input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" })
        input.current[chiCuc].submission.difficulties.append(
            Item(text: "Biên chế công chức làm công tác thanh tra chuyên ngành còn thiếu so với khối lượng công việc.", source: "word/document.xml paragraph 77"))
        let v = VietnameseRenderer(Fixtures.report(input), definition: Fixtures.tallyByKind52)
        let w = Fixtures.tallyByKind52.wording
        let body = v.body().map(\.text).joined(separator: "\n")
        // REVIEW46 #4 (over this test): III.2 states one difficulty per cause, the one most units
        // raised; the holder's own, one unit's, stays in the JSON and on the review page.
        guard let at = body.range(of: "biên chế công chức làm công tác thanh tra chuyên ngành còn thiếu", options: .caseInsensitive) else {
            #expect(v.report.difficulties.flatMap(\.items).contains { $0.text.contains("thanh tra chuyên ngành còn thiếu") })
            return
        }
        let objective = try #require(body.range(of: w("assessment.objective")))
        #expect(objective.upperBound <= at.lowerBound)
        if let subjective = body.range(of: w("assessment.subjective")) { #expect(at.upperBound <= subjective.lowerBound, "\(body)") }
        // REVIEW31 #10 (over this test's "(phản ánh của Chi cục)"): the Sở's own unit is never
        // cited as a source upward; its difficulty is stated in the Sở's own voice.
        #expect(body[at.upperBound...].hasPrefix(" so với khối lượng công việc"), "\(body)")
        // REVIEW37 #6 (over REVIEW31 #10): who raised it is said, the Department's own too.
        #expect(body[at.upperBound...].hasPrefix(" so với khối lượng công việc (phản ánh của Chi cục)"), "\(body)")
    }

    // MARK: - Section IV (REVIEW23, structure)

    /// A proposal to the Sở that as many units as rules.ownWorkMinUnits made is taken up in IV,
    /// with who made it.
    @Test func proposalsToTheDepartmentAreTakenUpInIV() throws {
        var input = Fixtures.input()
        let text = "Đề nghị Sở tổ chức sơ kết, chia sẻ kinh nghiệm áp dụng hệ thống quản lý chất lượng giữa các cơ quan."
        let units = ["SO-TC", "25771"]
        try #require(Fixtures.tallyByKind52.rules.ownWorkMinUnits <= units.count)
        for id in units {
            let i = try #require(input.current.lastIndex { $0.submission.unit?.id == id })
            input.current[i].submission.proposals.append(Item(text: text, source: "word/document.xml paragraph 88"))
        }
        let v = VietnameseRenderer(Fixtures.report(input), definition: Fixtures.tallyByKind52)
        let body = v.body().map(\.text).joined(separator: "\n")
        let iv = try #require(body.range(of: Fixtures.tallyByKind52.wording("sections.outlook")))
        let vv = try #require(body.range(of: Fixtures.tallyByKind52.wording("sections.proposals")))
        let section = body[iv.upperBound..<vv.lowerBound]
        #expect(section.lowercased().contains("tổ chức sơ kết, chia sẻ kinh nghiệm áp dụng hệ thống quản lý chất lượng giữa các cơ quan"), "\(section)")
    }

    // MARK: - Task judgements (REVIEW23 #5)

    /// A dated task past its deadline whose lead stated no status beside its results: not
    /// concluded overdue (REVIEW29 #1 asks it, reversing REVIEW26 #3 and coming back to REVIEW24
    /// F7: the blank cell is the desk's question, the desk's note says "không kết luận quá hạn"),
    /// the same in the body, Phụ lục I and the JSON; the work is stated and the desk asks the lead.
    @Test func aSilentLeadPastItsDeadlineIsNotConcludedOverdueAndTheDeskAsks() throws {
        // REVIEW38 #2 supersedes this for ct38 (overdue): the option is kept, its spec runs on it.
        try #require(Fixtures.silentNotOverdue.rules.leadSilentPastDue != "overdue")
        var input = Fixtures.input()
        input.asOf = PlanDate(iso: "2026-11-30")!
        let chiCuc = try #require(input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" })
        input.current[chiCuc].submission.entries.append(Entry(task: "II.1.b", status: .unknown,
            indicators: [IndicatorID("communications"): Fixtures.figure(6, "word/document.xml paragraph 70", "06 bài")],
            text: "Chi cục đã đăng 06 bài giới thiệu giải thưởng trên cổng thông tin của Sở.", sources: ["word/document.xml paragraph 70"]))
        let o = try Self.outputs(input, Fixtures.silentNotOverdue)
        let t = try #require(o.report.tasks.first { $0.code == "II.1.b" })
        #expect(t.basis == .leadSilent && t.phase == .leadSilent && t.overdue == nil)
        #expect(!o.json.overdueTasks.contains("II.1.b") && !o.report.headline.overdue.contains("II.1.b"))
        // REVIEW34 #2 (over REVIEW33 #6): what is certain, never "quá thời hạn" on a blank cell.
        #expect(o.renderer.taskStateLabel(t) == Fixtures.tallyByKind52.wording("labels.state.lead_silent_past_due_own"))
        #expect(!o.appendixI.contains(Fixtures.tallyByKind52.wording("labels.overdue")))
        #expect(!o.body.contains("quá hạn") && !o.body.contains("chưa hoàn thành đúng hạn") && o.body.contains("06 bài"), "\(o.body)")
        #expect(o.report.review.contains { $0.code == "lead-status-missing" && $0.params?["code"] == "II.1.b" })
        Self.expectOneSetOfFigures(o, "silent lead past due")
    }

    /// A lead's "không phát sinh" on a recurring task others report work on: Phụ lục I says the
    /// lead's word beside "đang triển khai", never overrides it silently.
    @Test func aLeadsNotArisenIsSaidBesideTheOthersWork() throws {
        var input = Fixtures.input()
        let chiCuc = try #require(input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" })
        let ward = try #require(input.current.firstIndex { $0.submission.unit?.id == "25771" })
        // A recurring task the Chi cục leads: its "không phát sinh", the ward's work.
        let r0 = Fixtures.report(input)
        let code = try #require(r0.tasks.first { $0.recurring && $0.leadUnits == ["SKHCN-CCTDC"] && !$0.text.lowercased().contains("yêu cầu") && !$0.schedule.lowercased().contains("yêu cầu") }?.code)
        input.current[chiCuc].submission.entries.removeAll { $0.task == code }
        input.current[ward].submission.entries.removeAll { $0.task == code }
        input.current[chiCuc].submission.entries.append(Entry(task: code, status: .notApplicable, text: "Trong kỳ không phát sinh.", sources: ["word/document.xml paragraph 71"]))
        input.current[ward].submission.entries.append(Entry(task: code, status: .completed,
            text: "Phường đã phối hợp tổ chức 02 buổi hướng dẫn cho các hộ kinh doanh tại chợ.", sources: ["xl/worksheets/sheet1.xml row 12"]))
        let o = try Self.outputs(input)
        let t = try #require(o.report.tasks.first { $0.code == code })
        // REVIEW49 #7: its own phase, not counted under way (Review49Tests).
        try #require(t.basis == .leadNotArisen && t.phase == .notArisen, "\(t.basis) \(t.phase)")
        // REVIEW36 #3: the Department's own lead (lead_not_arisen_worked_own); REVIEW41 #6:
        // its "không phát sinh" and the partner's results, both attributed.
        let label = o.renderer.taskStateLabel(t)
        #expect(o.renderer.taskStateKey(t).key == "labels.state.lead_not_arisen_worked_own" && o.appendixI.contains(o.renderer.appendixStateLabel(t)))
        #expect(label.contains("không phát sinh") && label.contains("Phường"), "\(label)")
    }

    /// A partner whose file says "completed" and gives nothing on the task has not shown its part
    /// done: the report does not say it completed its part.
    @Test func aStatusWithoutContentIsNoPartDone() throws {
        var input = Fixtures.input()
        let chiCuc = try #require(input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" })
        let dept = try #require(input.current.firstIndex { $0.submission.unit?.id == "SO-TC" })
        let r0 = Fixtures.report(input)
        let task = try #require(r0.tasks.first { t in t.leadUnits == ["SKHCN-CCTDC"] && (t.partnerUnits.contains("group:departments") || t.partnerUnits.contains("SO-TC")) })
        for i in [chiCuc, dept] { input.current[i].submission.entries.removeAll { $0.task == task.code } }
        input.current[chiCuc].submission.entries.append(Entry(task: task.code, status: .notStarted, text: "Chi cục chưa triển khai nội dung này.", sources: ["word/document.xml paragraph 72"]))
        input.current[dept].submission.entries.append(Entry(task: task.code, status: .completed, statusSource: "table 1 row 9 cell 4"))
        let bare = try #require(Fixtures.report(input).tasks.first { $0.code == task.code })
        #expect(bare.partsDone.isEmpty, "\(bare.partsDone)")
        // With a sentence of its own, its part is done.
        let e = try #require(input.current[dept].submission.entries.lastIndex { $0.task == task.code })
        input.current[dept].submission.entries[e].text = "Sở đã rà soát, cập nhật quy trình nội bộ theo hướng dẫn của Chi cục trong tháng 9."
        input.current[dept].submission.entries[e].sources = ["word/document.xml paragraph 19"]
        let shown = try #require(Fixtures.report(input).tasks.first { $0.code == task.code })
        #expect(shown.partsDone == ["SO-TC"], "\(shown.partsDone) \(shown.statements.map(\.text))")
    }
}
