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
}
