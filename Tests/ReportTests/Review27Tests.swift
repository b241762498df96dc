@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW27 (blind review of the report made from the dev corpus, 5/10): its type-a items.
/// Each test states a rule in data of no corpus and fails without the fix.
@Suite struct Review27Tests: ReviewOfTheBody {
    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    // MARK: - #3: joint inspections counted once, by the lead's figure

    /// The lead tells it took part in inspections with the wards ("tham gia 12 cuộc kiểm tra");
    /// a ward tells it held 04 of them with the lead; a sở its own 05. The city total counts the
    /// joint work once, by the lead's figure (which covers every ward, reported or not): the
    /// lead never silently left out, the joint ward's 04 inside the lead's.
    @Test func jointInspectionsAreCountedOnceByTheLeadsFigure() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC"), ward = try index(input, "25771")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.5.c", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(12, "word/document.xml table 3 row 31 cell 3", "12 cuộc kiểm tra"),
                         IndicatorID("fines_vnd"): Fixtures.figure(310_000_000, "word/document.xml table 3 row 31 cell 3", "310.000.000 đồng")],
            text: "Chi cục đã hướng dẫn các phường, xã thực hiện nội dung phân cấp; tham gia 12 cuộc kiểm tra, xử phạt 310.000.000 đồng.",
            sources: ["word/document.xml table 3 row 31"]))
        input.current[ward].submission.entries.append(Entry(task: "II.5.c", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(4, "xl/worksheets/sheet1.xml C8", "4"),
                         IndicatorID("fines_vnd"): Fixtures.figure(20_000_000, "xl/worksheets/sheet1.xml E8", "20.000.000")],
            text: "Phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 4 cuộc, xử phạt 20.000.000 đồng.",
            sources: ["xl/worksheets/sheet1.xml row 8"]))
        let dept = try index(input, "SO-TC")
        input.current[dept].submission.entries.append(Entry(task: "II.5.c", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(5, "word/document.xml paragraph 9", "05 cuộc kiểm tra")],
            text: "Sở đã tổ chức 05 cuộc kiểm tra chuyên ngành.", sources: ["word/document.xml paragraph 9"]))
        // The rule before REVIEW54 (Fixtures.before54: "đã tính tại số liệu của Chi cục"), which
        // says such work "không cộng vào tổng số" whatever its size (Review54Tests).
        let r = Fixtures.reportBefore54(input)
        let t = try #require(r.tasks.first { $0.code == "II.5.c" })
        // The lead's figure counts; the ward's joint figure is inside it.
        #expect(!t.notCounted.contains { $0.unitID == "SKHCN-CCTDC" && $0.indicator == "inspections" }, "\(t.notCounted)")
        #expect(t.notCounted.contains { $0.unitID == "25771" && $0.indicator == "inspections" && $0.reason == .jointWork && $0.heldBy == ["SKHCN-CCTDC"] },
                "\(t.notCounted)")
        let all = try #require(t.figures.first { $0.indicator == "inspections" }).contributions
        let counted = all.filter { c in !t.notCounted.contains { $0.unitID == c.unitID && $0.indicator == "inspections" } }.map(\.value).reduce(0, +)
        #expect(counted == all.map(\.value).reduce(0, +) - 4, "\(counted)")
        let v = VietnameseRenderer(r, definition: Fixtures.before54)
        // The lead's money is in the body: never a total that leaves it out.
        let group5 = section(body(v), from: "\n5. ", to: "\n6. ")
        #expect(group5.contains("310.000.000 đồng"), "\(group5)")
        // Phụ lục I says the ward's joint part is not added to the lead's figure, asserting no
        // overlap no file states (REVIEW30 #7: no "đã tính trong số liệu …").
        let line = v.taskFiguresLine(t) + v.leftOutItems(t).joined(separator: "; ")
        // REVIEW32 #12: the method said once in the note, the item saying where it is counted.
        #expect(line.contains("đã tính tại số liệu của Chi cục") && !line.contains("tránh tính trùng") && !line.contains("đã tính trong số liệu"), "\(line)")
        // The desk asks the lead to confirm, the total being its figure.
        let finding = try #require(r.review.first { $0.code == "figure-joint-work" && $0.unitID == "SKHCN-CCTDC" && $0.params?["code"] == "II.5.c" })
        #expect(finding.params?["leadHeld"] == "01", "\(finding)")
        #expect(v.reviewMessage(finding).contains("Tổng tính theo số liệu của Chi cục"), "\(v.reviewMessage(finding))")
    }

    // MARK: - #4: a lead's blank status beside its results is said as such

    /// The lead leaves the status of a dated task blank beside its results, the deadline past:
    /// overdue (REVIEW26 #3, kept), but Hạn chế says the lead reported results without its
    /// progress, and IV asks it to confirm where the task stands — no cause of a delay nobody
    /// reported ("làm rõ nguyên nhân").
    @Test func aBlankLeadStatusBesideResultsIsSaidAsNotStated() throws {
        // REVIEW38 #2 supersedes this for ct38 (overdue by the schedule); the rule it specifies runs on Fixtures.silentNotOverdue.
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.1.b", status: .unknown,
            indicators: [IndicatorID("enterprises_supported"): Fixtures.figure(7, "word/document.xml table 3 row 6 cell 3", "07 doanh nghiệp")],
            text: "Chi cục đã hướng dẫn 07 doanh nghiệp chuẩn bị hồ sơ tham dự Giải thưởng Chất lượng Quốc gia.", sources: ["word/document.xml table 3 row 6"]))
        let r = Fixtures.reportSilentNotOverdue(input)
        // REVIEW29 #1 (reversing REVIEW26 #3 here): not concluded overdue on a blank cell.
        #expect(!r.headline.overdue.contains("II.1.b"), "\(r.headline.overdue)")
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let text = body(v)
        let shortcomings = section(text, from: "2. Hạn chế và nguyên nhân", to: "Nguyên nhân:")
        // REVIEW28 #3: the lead's blank status is the review desk's question, never a sentence
        // upward; REVIEW29 #1: nor a shortcoming of the task.
        #expect(!shortcomings.contains("chưa hoàn thành đúng hạn") && !shortcomings.contains("chưa nêu tiến độ"), "\(shortcomings)")
        #expect(r.review.contains { $0.code == "lead-status-missing" }, "\(r.review.map(\.code))")
        let outlook = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ")
        let line = outlook.components(separatedBy: "\n").first { $0.contains("Giải thưởng Chất lượng Quốc gia") } ?? ""
        #expect(!line.contains("xác nhận tiến độ") && !line.contains("làm rõ nguyên nhân") && !line.contains("quá hạn"), "\(outlook)")
    }

    // MARK: - #8: the month the report is signed in

    /// Data as of 30/11 in a report the run makes on 03/12: the header's and the appendices'
    /// date line say December, the day blank; without a run date, a month-end cut-off is
    /// signed the month after; the run's month is never before the cut-off's.
    @Test func theDateLineHasTheMonthTheReportIsSignedIn() throws {
        var input = Fixtures.input()
        input.asOf = PlanDate(iso: "2026-11-16")!
        input.madeOn = PlanDate(iso: "2026-12-03")
        let r = Fixtures.report(input)
        #expect(r.madeOn == PlanDate(iso: "2026-12-03"))
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let blank = Fixtures.definition.wording("header.dayBlank")
        #expect(v.placeDate.hasSuffix("ngày \(blank) tháng 12 năm 2026"), "\(v.placeDate)")
        #expect(v.appendixOf.contains("ngày \(blank) tháng 12 năm 2026"), "\(v.appendixOf)")
        input.madeOn = nil
        input.asOf = PlanDate(iso: "2026-11-30")!
        #expect(VietnameseRenderer(Fixtures.report(input), definition: Fixtures.definition).placeDate.hasSuffix("tháng 12 năm 2026"))
        input.asOf = PlanDate(iso: "2026-11-24")!
        input.madeOn = PlanDate(iso: "2026-10-30")
        #expect(VietnameseRenderer(Fixtures.report(input), definition: Fixtures.definition).placeDate.hasSuffix("tháng 11 năm 2026"))
    }

    // MARK: - #9: reporting coverage as counts

    /// Units that sent files that could not be read are counted in the body with the missing
    /// reports and pointed to Phụ lục II; their names are Phụ lục II's, not the body's.
    @Test func unreadableFilesAreCountedNotNamedInTheBody() throws {
        let fixture = Fixtures.input()
        let refused = Submission(file: "BC CT38 P Chanh Hiep.doc", sha256: "f9", status: .rejected,
                                 reason: "Tệp là văn bản Word định dạng cũ (.doc).", rejectionKind: "legacyWord")
        var taken = fixture.current.filter { $0.submission.unit?.id != "25771" }.map { TakenFile(submission: $0.submission, path: $0.path, receivedAt: $0.receivedAt) }
        taken.append(TakenFile(submission: refused, path: "BC CT38 P Chanh Hiep.doc", receivedAt: Fixtures.date("2026-11-14")))
        let input = Fixtures.reconciled(taken)
        try #require(input.reporters.first { $0.unitID == "25771" }?.state == .unreadable)
        let v = Fixtures.renderer(input)
        let shortcomings = section(body(v), from: "2. Hạn chế và nguyên nhân", to: "Nguyên nhân:")
        // REVIEW30 #11: no file jargon upward.
        #expect(shortcomings.contains("chưa gửi báo cáo hợp lệ (chi tiết tại Phụ lục II)"), "\(shortcomings)")
        #expect(!shortcomings.contains("Chánh Hiệp"), "\(shortcomings)")
    }

    // MARK: - #12: no drafting notes in the appendices

    /// A doubted attendance: Phụ lục I tells the lead's work as the body does — the clause cut,
    /// no "(chưa tổng hợp)", no subject said twice; Phụ lục III's legend is one line.
    @Test func theAppendicesCarryNoDraftingNotes() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.3.b", status: .completed,
            indicators: [IndicatorID("training_courses"): Fixtures.figure(3, "word/document.xml table 3 row 21 cell 3", "03 khóa"),
                         IndicatorID("participants"): Fixtures.figure(1_950, "word/document.xml table 3 row 21 cell 3", "1.950 học viên")],
            text: "Chi cục đã mở 03 khóa bồi dưỡng chuyên sâu về quản trị tinh gọn cho 1.950 học viên doanh nghiệp.",
            sources: ["word/document.xml table 3 row 21"]))
        let v = Fixtures.rendererHolding(input)
        let t = try #require(v.report.tasks.first { $0.code == "II.3.b" })
        try #require(t.notCounted.contains { $0.reason == .unverified })
        let table = AppendixTables.taskProgress(v)
        let row = try #require(table.rows.first { $0.cells.count > 6 && $0.cells[1].display == v.expanded(t.title) })
        let result = row.cells[6].display
        #expect(result.contains("03 khóa bồi dưỡng chuyên sâu về quản trị tinh gọn."), "\(result)")
        #expect(!result.contains(Fixtures.definition.wording("appendix.notCounted.unverified")) && !result.contains("Chất lượng: Chi cục"), "\(result)")
        // REVIEW51 #8: besides the note on figures being confirmed (appendix.unconfirmedNote).
        let notes = AppendixTables.figures(v).notes.filter { !$0.contains(Fixtures.definition.wording("appendix.unconfirmedMark")) }
        #expect(notes.count <= 1 && notes.allSatisfy { !$0.contains("\n") }, "\(notes)")
    }

    // MARK: - #13: a task's money with its task

    /// Wards' own spending on one task of a group is said in that task's sentences, before the
    /// next task's, never after the group's last task.
    @Test func aTasksMoneyStaysWithItsTask() throws {
        var input = Fixtures.input()
        let ward = try index(input, "25771"), chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[ward].submission.entries.append(Entry(task: "II.2.đ", status: .inProgress,
            indicators: [IndicatorID("training_courses"): Fixtures.figure(2, "xl/worksheets/sheet1.xml C10", "2"),
                         IndicatorID("budget_spent_vnd"): Fixtures.figure(45_000_000, "xl/worksheets/sheet1.xml F10", "45.000.000")],
            text: "Phường đã tổ chức 02 lớp tập huấn về hệ thống quản lý chất lượng; kinh phí 45.000.000 đồng.",
            sources: ["xl/worksheets/sheet1.xml row 10"]))
        input.current[chiCuc].submission.entries.append(Entry(task: "II.2.h", status: .completed,
            text: "Chi cục đã tiếp nhận 118 hồ sơ đăng ký kiểm tra nhà nước hàng nhập khẩu qua Cổng một cửa quốc gia.",
            sources: ["word/document.xml table 3 row 16"]))
        let text = body(Fixtures.renderer(input))
        let group2 = section(text, from: "\n2. ", to: "\n3. ")
        let money = try #require(group2.range(of: "45.000.000 đồng"), "\(group2)")
        let next = try #require(group2.range(of: "118 hồ sơ"), "\(group2)")
        #expect(money.lowerBound < next.lowerBound, "\(group2)")
    }

    // MARK: - #14: every received file accounted for

    /// A unit's file that could not be read, then its readable report: the unit has reported
    /// (not "unreadable"), the file is still in the JSON's refused list, marked answered, and
    /// Phụ lục II names the unit under the table.
    @Test func aRefusedFileOfAUnitThatReportedSinceIsStillAccountedFor() throws {
        let fixture = Fixtures.input()
        let refused = Submission(file: "Bieu tong hop P Chanh Hiep.xls", sha256: "f8", status: .rejected,
                                 reason: "Tệp là bảng tính Excel định dạng cũ (.xls).", rejectionKind: "legacyExcel")
        var taken = fixture.current.map { TakenFile(submission: $0.submission, path: $0.path, receivedAt: $0.receivedAt) }
        taken.append(TakenFile(submission: refused, path: "Bieu tong hop P Chanh Hiep.xls", receivedAt: Fixtures.date("2026-11-11")))
        let input = Fixtures.reconciled(taken)
        #expect(input.reporters.first { $0.unitID == "25771" }?.state != .unreadable)
        let v = Fixtures.renderer(input)
        let row = try #require(v.report.refused.first { $0.path == "Bieu tong hop P Chanh Hiep.xls" }, "\(v.report.refused)")
        #expect(row.answered == true && row.unitID == "25771", "\(row)")
        let notes = AppendixTables.reporting(v).notes
        #expect(notes.contains { $0.contains("Phường Chánh Hiệp") && $0.contains("không đọc được") }, "\(notes)")
    }

    // MARK: - TĐC defined at its first use

    /// The field's abbreviation is defined in the opening, where the report first names it.
    @Test func theFieldsAbbreviationIsDefinedInTheOpening() throws {
        let blocks = Fixtures.renderer(Fixtures.input()).body()
        let opening = try #require(blocks.first).text
        #expect(opening.contains("tiêu chuẩn, đo lường, chất lượng (sau đây viết tắt là TĐC)"), "\(opening)")
        #expect(blocks.dropFirst().allSatisfy { !$0.text.contains("sau đây viết tắt là TĐC") })
    }
}
