@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW28 (blind review of the report made from the dev corpus, 5/10): its type-a items.
/// The body states results; questions about a unit's paperwork are the review desk's. Each
/// test states a rule in data of no corpus, in other words than the corpus's, and fails
/// without the fix.
@Suite struct Review28Tests: ReviewOfTheBody {
    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    // MARK: - #1: a copied row is the desk's, never a sentence of the body

    /// The lead answers an inspection task with the passage it wrote under another task, its
    /// status "chưa thực hiện": nothing about its report reaches the body (neither II nor III.2
    /// nor Phụ lục I); the review desk asks (lead-passage-copied); the partner's work stands.
    @Test func aCopiedLeadRowIsTheDesksNeverTheBodys() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        // REVIEW31 #1: a plan-only passage with no words of either task is the lead's own
        // account of both (its "chưa thực hiện" stands); this one names the other task's work
        // ("kết nối cơ sở dữ liệu"), so it is a row pasted under the wrong heading.
        let passage = "Đơn vị đang hoàn thiện đề cương kết nối cơ sở dữ liệu, sẽ trình lãnh đạo phê duyệt trong tháng cuối năm."
        input.current[chiCuc].submission.entries.append(Entry(task: "II.2.i", status: .notStarted, text: passage, sources: ["word/document.xml table 2 row 11"]))
        input.current[chiCuc].submission.entries.append(Entry(task: "II.5.a", status: .notStarted, text: passage, sources: ["word/document.xml table 2 row 21"]))
        let r = Fixtures.report(input)
        let t = try #require(r.tasks.first { $0.code == "II.5.a" })
        #expect(t.basis == .leadCopied, "\(t.basis)")
        #expect(r.review.contains { $0.code == "lead-passage-copied" && $0.params?["code"] == "II.5.a" })
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        let text = body(v)
        for words in ["chưa báo cáo kết quả", "chưa nêu tiến độ", "xác nhận tiến độ", "báo cáo chưa thực hiện nhiệm vụ"] {
            #expect(!text.contains(words), "\(words): \(text)")
        }
        #expect(v.leadNotDone(t) == nil)
        let appendix = AppendixTables.taskProgress(v)
        #expect(!appendix.rows.contains { row in row.cells.contains { $0.display.contains("chưa báo cáo kết quả") } })
    }

    // MARK: - #3: an overdue task keeps the cause the units gave

    /// The lead leaves a dated task's status blank beside its results, the deadline past; two
    /// units that did not report on the task write why firms hold back from the award: III.2
    /// says the task is not completed on time, with that cause — no word of the lead's paperwork;
    /// IV gives the step to finish it, not to "confirm its progress".
    @Test func anOverdueTaskKeepsTheCauseUnitsGave() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.1.b", status: .unknown,
            indicators: [IndicatorID("enterprises_supported"): Fixtures.figure(4, "word/document.xml paragraph 31", "04 doanh nghiệp")],
            text: "Chi cục đã giới thiệu thể lệ cho 04 doanh nghiệp.", sources: ["word/document.xml paragraph 31"]))
        let cause = "Các cơ sở sản xuất ngần ngại đăng ký tham dự Giải thưởng Chất lượng Quốc gia vì bộ hồ sơ dày, tốn nhiều thời gian chuẩn bị"
        for id in ["SO-TC", "SKHCN-KTPC"] {
            let i = try index(input, id)
            input.current[i].submission.difficulties.append(Item(text: cause, source: "word/document.xml paragraph 50"))
        }
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        let text = body(v)
        let shortcomings = section(text, from: "2. Hạn chế và nguyên nhân", to: "Nguyên nhân:")
        // REVIEW29 #1 (reversing this test's rule): not concluded overdue on the lead's blank
        // cell, and other units' difficulties are never its cause (they may still be listed,
        // as theirs, among the difficulties the units raised; the task's own cause is silentCause).
        #expect(!shortcomings.contains("chưa hoàn thành đúng hạn") && !shortcomings.contains("ngần ngại đăng ký tham dự Giải thưởng Chất lượng Quốc gia vì"), "\(shortcomings)")
        #expect(!text.contains("chưa nêu tiến độ") && !text.contains("chưa có báo cáo hoàn thành") && !text.contains("xác nhận tiến độ"), "\(text)")
        let task = try #require(r.tasks.first { $0.code == "II.1.b" })
        #expect(v.silentCause(task).isEmpty)
    }

    /// A difficulty that merely shares common syllables with a task ("văn bản hướng dẫn" and
    /// "vận động, hướng dẫn") is no cause of its delay.
    @Test func aCauseSharesTheTasksOwnWordsNotItsSyllables() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.1.b", status: .unknown,
            indicators: [IndicatorID("enterprises_supported"): Fixtures.figure(4, "word/document.xml paragraph 31", "04 doanh nghiệp")],
            text: "Chi cục đã giới thiệu thể lệ cho 04 doanh nghiệp.", sources: ["word/document.xml paragraph 31"]))
        let i = try index(input, "SO-TC")
        input.current[i].submission.difficulties.append(Item(text: "Văn bản hướng dẫn về vận hành tổ chức đánh giá còn chậm ban hành", source: "word/document.xml paragraph 50"))
        let v = Fixtures.renderer(input)
        let t = try #require(v.report.tasks.first { $0.code == "II.1.b" })
        #expect(v.silentCause(t).isEmpty, "\(v.silentCause(t))")
    }

    // MARK: - #2: spending against the allocation

    /// Within the allocation, the holder's spending (its source not said elsewhere) is given as
    /// a total against it with its share; above it, the amounts are not printed in section 7
    /// (the review desk has them), the other source's money named as such in both cases.
    @Test func spendingIsGivenAgainstTheAllocationOrLeftToTheDesk() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.5.b", status: .completed,
            indicators: [IndicatorID("budget_spent_vnd"): Fixtures.figure(60_000_000, "word/document.xml table 2 row 14 cell 5", "60.000.000")],
            text: "Chi cục đã lấy 40 mẫu để khảo sát chất lượng; chi phí 60.000.000 đồng.", sources: ["word/document.xml table 2 row 14"]))
        var r = Fixtures.report(input)
        // 150.000.000 (II.4.a) + 60.000.000 (II.5.b) within 420.000.000: 50%.
        r.budget.planned = 420_000_000
        // REVIEW43 #1 (over this for ct38, Review44Tests): on the pipeline that keeps it.
        let within = VietnameseRenderer(r, definition: Fixtures.unstatedOnAllocation).budgetParagraph()
        #expect(within.contains("210.000.000 đồng (đạt 50% dự toán)") && within.contains("60.000.000 đồng"), "\(within)")
        // Above it (210 > 200): neither the amounts nor a total in section 7.
        r.budget.planned = 200_000_000
        // REVIEW40 #3 names each amount in ct38; REVIEW28 #2's rule runs on budgetQuiet.
        let above = VietnameseRenderer(r, definition: Fixtures.budgetQuiet).budgetParagraph()
        #expect(!above.contains("60.000.000") && !above.contains("150.000.000") && !above.contains("210.000.000") && !above.contains("%"), "\(above)")
        #expect(above.contains("200.000.000 đồng"), "\(above)")
    }

    // MARK: - #7: deferral proposals answered

    /// A phòng of the Sở alone proposes to move work to next year for want of funds, with a
    /// ward: both are listed with the proposal, and IV answers it.
    @Test func deferralProposalsAreListedAndAnswered() throws {
        var input = Fixtures.input()
        let reason = "Vì chưa được bố trí kinh phí năm 2026, đơn vị xin lùi sang năm 2027 (đề xuất chuyển sang năm 2027)."
        // A sở too (REVIEW29 #6): the phòng's proposal is the desk's, a reason stated when at
        // least rules.causeUnitsMin units outside the Sở gave it.
        for id in ["SKHCN-KTPC", "25771", "SO-TC"] {
            let i = try index(input, id)
            input.current[i].submission.difficulties.append(Item(text: reason, source: "word/document.xml paragraph 70"))
        }
        // REVIEW48 #4 lists own units first in ct38; this spec runs on the desk rule.
        let v = Fixtures.rendererOwnDesk(input)
        let text = body(v)
        let limits = section(text, from: "2. Hạn chế và nguyên nhân", to: "Nguyên nhân:")
        let line = try #require(limits.components(separatedBy: "\n").first { $0.contains("sang năm 2027") }, "\(limits)")
        // REVIEW36 #6 (reversing REVIEW29 #6): the postponements name every group, the Sở's own
        // phòng too, beside the ward's; IV in a report's words, not a memo's.
        // REVIEW37 #9 (over REVIEW36 #8): the own phòng's is the Giám đốc's (review page).
        // REVIEW39 #7 (over REVIEW37 #9): every unit that put work off, the own phòng too.
        // REVIEW44 #3 (over REVIEW39 #7): the own phòng's is settled inside again (the desk's).
        // REVIEW46 #7 (over REVIEW44 #3): the own phòng putting work off is named with the others.
        // REVIEW47 #5 (over REVIEW46 #7): the own phòng's is the desk's, never reported upward unfunded.
        #expect(!line.contains("Kiểm tra – Pháp chế") && line.contains("Chánh Hiệp") && line.contains("đề xuất chuyển"), "\(line)")
        let outlook = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ")
        #expect(outlook.contains("vào Kế hoạch năm 2027") && !outlook.contains("Xem xét, quyết định"), "\(outlook)")
        #expect(v.proposedYear(["… đề xuất chuyển sang năm 2028; chuyển sang năm 2028", "chuyển sang năm 2027"]) == "2028")
        #expect(v.proposedYear(["chưa triển khai do thiếu kinh phí"]) == nil)
    }

    // MARK: - #15: difficulties several units raised are never dropped silently

    /// Beyond the most reported themes, a difficulty two units raised is stated in III.2,
    /// attributed; one a single unit raised may be left to the appendices.
    @Test func difficultiesSeveralUnitsRaisedAreStated() throws {
        var input = Fixtures.input()
        let add = { (id: String, text: String) in
            let i = try index(input, id)
            input.current[i].submission.difficulties.append(Item(text: text, source: "word/document.xml paragraph 80"))
        }
        for id in ["SO-TC", "25771", "SKHCN-KTPC"] {
            try add(id, "Hộ kinh doanh nhỏ lẻ chưa nhận thức được nghĩa vụ niêm yết chất lượng hàng hóa")
            try add(id, "Kinh phí chi cho hoạt động kiểm tra đo lường còn thấp so với nhu cầu")
        }
        let shared = "Việc trao đổi thông tin kết quả thanh tra, kiểm tra giữa các cơ quan chưa được chia sẻ thường xuyên"
        try add("SO-TC", shared)
        try add("25771", shared)
        try add("SO-TC", "Việc kết nối dữ liệu cấp phép với phần mềm một cửa còn gián đoạn")
        let v = Fixtures.renderer(input)
        let text = body(v)
        let causes = section(text, from: "Nguyên nhân:", to: "IV. PHƯƠNG HƯỚNG")
        let line = try #require(causes.components(separatedBy: "\n").first { $0.contains("chia sẻ thường xuyên") }, "\(causes)")
        #expect(line.contains("phản ánh của"), "\(line)")
    }

    /// A phòng of the Sở alone asks the Sở for more staff, which the City decides: IV takes it
    /// up as the Sở's advice to the City, never dropped silently.
    @Test func aStaffingRequestOfTheSosOwnUnitIsTakenUpInIV() throws {
        var input = Fixtures.input()
        let i = try index(input, "SKHCN-KTPC")
        input.current[i].submission.proposals.append(Item(text: "Đề nghị Ban Giám đốc Sở xem xét bổ sung biên chế cán bộ làm công tác kiểm tra đo lường tại các khu công nghiệp.",
                                                           source: "word/document.xml paragraph 44"))
        // REVIEW44 #7 (over this for ct38: asked of the City in V, Review45Tests): on the
        // pipeline that keeps it.
        let text = body(VietnameseRenderer(Fixtures.report(input), definition: Fixtures.ownCityRequestsInIV))
        let outlook = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ")
        let line = try #require(outlook.components(separatedBy: "\n").first { $0.contains("bổ sung biên chế cán bộ") }, "\(outlook)")
        // REVIEW39 #11 (over this item's "tham mưu Ủy ban nhân dân Thành phố"): answered as the
        // unit asked it, at the Sở's level, never escalated beyond the source.
        // REVIEW47 #6: the Sở's own step — arrange its staff, consider proposing the quota.
        #expect(line.lowercased().contains("xem xét, đề xuất cấp có thẩm quyền bổ sung biên chế cán bộ") && !line.contains("tham mưu Ủy ban nhân dân Thành phố") && !line.contains("Ban Giám đốc Sở"), "\(line)")
    }

    // MARK: - Cleanup: an empty phrase turns its sentence off

    @Test func saysTellsAnEmptyPhraseFromAPlaceholder() {
        var w = Fixtures.tallyByKind52.wording
        w.texts["a"] = ""
        w.texts["b"] = "{x}"
        w.texts["c"] = "Có {n} đơn vị."
        #expect(!w.says("a") && w.says("b") && w.says("c"))
    }
}
