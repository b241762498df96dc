@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing
import VietText

/// REVIEW55's findings answered in the report layer, each by a general rule (report.yaml's
/// rules and wording), checked on the report made from the dev corpus as the reviewer read it.
/// Each test was checked to fail on the code before its change (the rule's switch in
/// report.yaml set back: `Fixtures.before55`).
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review55Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review55Tests.report, definition: Fixtures.definition) }
    var text: String { body(v).replacingOccurrences(of: "\n", with: " ") }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    func cells(_ table: AppendixTable) -> [String] {
        table.rows.flatMap(\.cells).compactMap { c -> String? in if case .text(let x) = c { return x } else { return nil } }
    }

    /// #1 and #3: the Department's own units' figures are never withheld nor marked on a
    /// plausibility judgement alone (the Chi cục drafts the report; the desk keeps its
    /// finding): the Chi cục's 3.b học viên and 6.b đại biểu are stated in II.3 and II.6 and
    /// counted in III.1's total with their classes — every total of III.1 is the headline's
    /// computed total, nothing taken out. Phụ lục III marks only the units whose own file asks
    /// its figures re-checked, and its one note names them, with no request of the Sở.
    @Test func theOwnUnitsFiguresAreStatedAndCountedWithTheirClasses() throws {
        let r = Review55Tests.report, v = v, text = text
        let attendees = try #require(Fixtures.definition.rules.attendance?.attendees)
        var said: [(String, String)] = []
        for (code, from, to) in [("II.3.b", "3. Xây dựng, đào tạo", "4. Đầu tư"), ("II.6.b", "6. Trao đổi thông tin", "7. Kinh phí")] {
            let t = try #require(r.tasks.first { $0.code == code })
            let c = try #require(t.figures.first { $0.indicator == attendees }?.contributions.first { v.isOwnUnit($0.unitID) && $0.value > 0 })
            // The desk still holds the doubt.
            #expect(r.review.contains { $0.code == "figure-attendance-per-event" && $0.unitID == c.unitID && $0.params?["code"] == code }, "\(code)")
            #expect(!v.isDoubted(t, attendees, c))
            let part = section(text, from: from, to: to)
            #expect(part.contains(VietFormat.number(c.value)), "\(code): \(part)")
            said.append((code, VietFormat.number(c.value)))
        }
        try #require(said.count == 2)
        // III.1 states the computed totals, classes and participants alike.
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        #expect(v.withheldOwnDoubted(groups: []).isEmpty)
        var checked = 0
        for item in v.w.highlights {
            let totals = v.planTotals(groups: item.groups)
            for id in ReportWording.placeholders(item.text) {
                guard let total = totals[id], total > 0 else { continue }
                let stated = IndicatorID(id).isMoney ? VietFormat.money(total) : VietFormat.count(total)
                #expect(achieved.contains(stated + " "), "\(id) \(stated): \(achieved)")
                checked += 1
            }
        }
        #expect(checked >= 2)
        // Phụ lục III: the mark only beside units whose file asks a re-check, named in the note.
        let table = AppendixTables.figures(v)
        let mark = " (" + v.w("appendix.unconfirmedMark") + ")"
        let marked = Set(cells(table).flatMap { cell in
            cell.components(separatedBy: "; ").compactMap { item -> String? in
                guard let r = item.range(of: mark) else { return nil }
                return String(item[..<r.lowerBound])
            }
        })
        let asking = Set(r.submissions.filter { v.uncheckedFiles.contains($0.file) }.map { v.shortName($0.unitName) })
        #expect(!marked.isEmpty && marked.isSubset(of: asking), "\(marked) ⊄ \(asking)")
        #expect(!marked.contains { name in r.submissions.contains { v.shortName($0.unitName) == name && v.isOwnUnit($0.unitID) } })
        for name in ["Sở Tài chính", "Phường Chánh Hiệp", "Sở Giáo dục và Đào tạo"] { #expect(!marked.contains(name), "\(name)") }
        let notes = table.notes.joined(separator: " ")
        #expect(!notes.contains("Sở đang đề nghị"), "\(notes)")
        let note = try #require(table.notes.first { $0.contains(mark.trimmingCharacters(in: .whitespaces)) }, "\(notes)")
        for name in marked { #expect(note.contains(name), "\(name): \(note)") }
        for words in ["Sở đang đề nghị", "xác nhận lại"] { #expect(!text.contains(words), "\(words)") }
    }

    /// #2: a figure a unit wrote as its running total to a day ("Lũy kế đến 31/10/2026") is its
    /// figure when that day is inside this report's period, whatever its own report's date —
    /// never an estimate in its mouth: Bàn Cờ's 5.c and Phú Định's 2.đ are counted, and III.1's
    /// "số liệu ước thực hiện của N phường" counts only the units that wrote an estimate (Phú
    /// Định's 5.c "Số liệu ước đến hết năm" stays out, marked).
    @Test func aRunningTotalToADayInThePeriodIsTheUnitsFigure() throws {
        let r = Review55Tests.report, v = v, text = text
        for (code, unit) in [("II.5.c", "Phường Bàn Cờ"), ("II.2.đ", "Phường Phú Định")] {
            let t = try #require(r.tasks.first { $0.code == code })
            let given = t.figures.flatMap { f in f.contributions.filter { $0.unitName == unit && $0.value != 0 }.map { (f.indicator, $0) } }
            try #require(!given.isEmpty, "\(code) \(unit)")
            for (id, c) in given {
                #expect(!t.notCounted.contains { $0.unitID == c.unitID && $0.indicator == id }, "\(code) \(unit) \(id)")
            }
        }
        let c5 = try #require(r.tasks.first { $0.code == "II.5.c" })
        #expect(c5.notCounted.contains { $0.unitName == "Phường Phú Định" && $0.reason == .estimate })
        let estimators = Set(r.tasks.flatMap(\.notCounted).filter { $0.reason == .estimate }.map(\.unitID))
        #expect(text.contains("số liệu ước thực hiện của \(VietFormat.count(estimators.count)) phường"), "\(text)")
        // The rule on a unit's file as the reviewer read Bàn Cờ's: a report of 22/10/2026 whose
        // 5.c row says "Lũy kế đến 31/10/2026" (counted), or a day after this report's (not).
        func withCutOff(_ cutOff: String) throws -> ConsolidatedReport {
            var input = Fixtures.input()
            let w = try index(input, "25771")
            input.current[w].submission.document.date = "2026-10-22"
            input.current[w].submission.entries.removeAll { $0.task == "II.5.c" }
            input.current[w].submission.entries.append(Entry(task: "II.5.c", status: .inProgress,
                indicators: [IndicatorID("inspections"): Fixtures.figure(5, "Sheet1!E8", "Số đoàn kiểm tra = 5"),
                             IndicatorID("fines_vnd"): Fixtures.figure(43_000_000, "Sheet1!H8", "Tiền phạt VPHC (đồng) = 43000000")],
                sources: ["Sheet1!B8"]))
            input.rows[input.current[w].id] = [
                "'Sheet1'!3": ["STT", "Nhiệm vụ", "Số đoàn kiểm tra", "Tiền phạt", "Tiến độ", "Ghi chú"],
                "'Sheet1'!8": ["3", "Nhiệm vụ 5.c", "5", "43000000", "Đang thực hiện", "Lũy kế đến \(cutOff)"],
            ]
            return Fixtures.report(input)
        }
        let running = try withCutOff("31/10/2026")
        let rc = try #require(running.tasks.first { $0.code == "II.5.c" })
        #expect(running.asOf > (PlanDate(year: 2026, month: 10, day: 31) ?? running.asOf), "\(running.asOf)")
        #expect(!rc.notCounted.contains { $0.unitID == "25771" }, "\(rc.notCounted)")
        #expect(rc.figures.first { $0.indicator == "inspections" }?.contributions.contains { $0.unitID == "25771" && $0.value == 5 } == true)
        let next = running.asOf.year + 1
        let beyond = try withCutOff("31/01/\(next)")
        let bc = try #require(beyond.tasks.first { $0.code == "II.5.c" })
        #expect(bc.notCounted.contains { $0.unitID == "25771" && $0.indicator == "inspections" && $0.reason == .estimate }, "\(bc.notCounted)")
        let figures = cells(AppendixTables.figures(v)).joined(separator: "\n")
        #expect(!figures.contains("Phường Bàn Cờ (" + v.w("appendix.notCounted.estimate")), "\(figures)")
        let notesI = AppendixTables.taskProgress(v).notes.joined(separator: " ")
        #expect(!notesI.contains("Phường Bàn Cờ"), "\(notesI)")
    }

    /// #5: no layout note in Phụ lục I's "Tiến độ" (the merged cell is the desk's finding), and
    /// Phụ lục II does not name a counted unit again for an extra file it could not read (the
    /// review page lists every refused file).
    @Test func theAppendicesHoldNoLayoutOrFileNotes() throws {
        let r = Review55Tests.report, v = v
        try #require(r.review.contains { $0.code == "lead-status-merged" })
        for t in r.tasks {
            let cell = v.taskStateCell(t)
            #expect(!cell.contains("gộp chung") && !cell.contains("ô tiến độ"), "\(t.code): \(cell)")
        }
        // An extra file of a counted unit outside the Department that could not be read (as
        // Phường Phước Long's .xls beside its readable report, in the reviewer's inbox).
        var withExtra = r
        let unit = try #require(r.reporters.first { r2 in !v.isOwnUnit(r2.unitID) && r.submissions.contains { $0.unitID == r2.unitID } })
        withExtra.refused.append(.init(path: "Bieu tong hop CT38.xls", kind: "legacy", reason: "", firstSeen: Date(), unitID: unit.unitID, answered: true))
        let ii = AppendixTables.reporting(VietnameseRenderer(withExtra, definition: Fixtures.definition))
        let all = (cells(ii) + ii.notes).joined(separator: "\n")
        #expect(!all.contains("không đọc được của đơn vị đã gửi báo cáo đọc được"), "\(ii.notes)")
    }

    /// #8: II.7 says in one short clause that the holder has reported no disbursement of the
    /// allocation — only when no source ties any of its amounts to it (its 320.500.000 đồng
    /// "lồng ghép", its other amounts naming no fund).
    @Test func theBudgetSaysNoDisbursementWasReported() throws {
        let r = Review55Tests.report, v = v, text = text
        try #require(r.budget.planned > 0 && r.budget.holder != nil)
        let budget = section(text, from: "7. Kinh phí thực hiện Kế hoạch", to: "III. ĐÁNH GIÁ CHUNG")
        try #require(budget.contains(VietFormat.money(Double(r.budget.planned))), "\(budget)")
        let clause = (Fixtures.definition.wording.texts["results.budgetNone_own"] ?? "").replacingOccurrences(of: "{holder} ", with: "")
        #expect(!clause.isEmpty && budget.contains(clause), "\(clause) | \(budget)")
        // No amount said to come from the allocation beside it.
        #expect(!budget.contains("dự toán") && !budget.contains("từ nguồn kinh phí này"), "\(budget)")
    }
}
