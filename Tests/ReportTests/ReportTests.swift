import Consolidation
import DocumentModel
import Extraction
import Foundation
import OOXML
import Plan
import ReportWriters
import Testing

@Suite struct VietFormatTests {
    @Test func numbersMoneyAndDates() {
        #expect(VietFormat.number(1_250_000) == "1.250.000")
        #expect(VietFormat.number(15.5) == "15,5")
        #expect(VietFormat.number(999) == "999")
        #expect(VietFormat.count(3) == "03")
        #expect(VietFormat.count(12.0) == "12")
        #expect(VietFormat.money(412_500_000) == "412.500.000 đồng")
        #expect(VietFormat.percent(18, of: 24) == "75%")
        #expect(VietFormat.percent(10, of: 24) == "41,7%")
        #expect(VietFormat.moneyInWords(349_000_000) == "Ba trăm bốn mươi chín triệu đồng")
        #expect(VietFormat.moneyInWords(1_205_000) == "Một triệu hai trăm lẻ năm nghìn đồng")
        #expect(VietFormat.longDate(PlanDate(iso: "2027-01-05")!) == "ngày 05 tháng 01 năm 2027")
        #expect(VietFormat.longDate(PlanDate(iso: "2026-11-24")!) == "ngày 24 tháng 11 năm 2026")
        #expect(VietFormat.quarter(PlanDate(iso: "2026-11-24")!) == "Quý IV/2026")
    }

    @Test func nearDuplicatesMergeButDifferentFiguresDoNot() {
        let texts = [
            "Nhân sự làm công tác tiêu chuẩn, đo lường, chất lượng tại cấp xã chủ yếu kiêm nhiệm",
            "Nhân sự làm công tác tiêu chuẩn đo lường chất lượng ở cấp xã chủ yếu là kiêm nhiệm.",
            "Kinh phí cho hoạt động kiểm tra còn hạn chế",
        ]
        #expect(TextMerge.cluster(texts, threshold: Consolidator.itemMergeThreshold) == [[0, 1], [2]])
        let quotes = ["UBND xã đã tổ chức 1 hội nghị với 318 lượt người", "UBND xã đã tổ chức 2 hội nghị với 115 lượt người"]
        #expect(TextMerge.cluster(quotes, threshold: 0.5, sameNumbers: true).count == 2)
    }

    @Test func numbersInUnitsSentencesAreWrittenTheVietnameseWay() {
        #expect(VietNumbers.reformat("Đã kiểm định 2241 phương tiện đo.") == "Đã kiểm định 2.241 phương tiện đo.")
        #expect(VietNumbers.reformat("Kinh phí 265.000.000 VNĐ.") == "Kinh phí 265.000.000 đồng.")
        #expect(VietNumbers.reformat("Chi 40.000.000đ cho tập huấn.") == "Chi 40.000.000 đồng cho tập huấn.")
        // Years, standards and document numbers stay as written.
        #expect(VietNumbers.reformat("Áp dụng TCVN ISO 9001:2015 từ năm 2026 theo Kế hoạch số 1150/KH-SKHCN.")
                == "Áp dụng TCVN ISO 9001:2015 từ năm 2026 theo Kế hoạch số 1150/KH-SKHCN.")
    }
}

@Suite struct ReportDefinitionTests {
    @Test func checkedInDefinitionLoads() {
        let d = Fixtures.tallyByKind52
        #expect(d.wording("header.title") == "BÁO CÁO")
        #expect(d.wording.list("closing.copies").last == "Lưu: VT, TĐC.")
        #expect(d.rules.addressees.contains { $0.id == "city" && $0.upward })
        #expect(d.indicatorOrder.first == "training_courses")
    }

    func problems(_ yaml: String) -> [PipelineProblem] {
        do { _ = try ReportDefinition.parse(yaml, file: "report.yaml"); return [] } catch { return error.problems }
    }

    var checkedIn: String {
        try! String(contentsOf: Paths.pipeline.appendingPathComponent("report.yaml"), encoding: .utf8)
    }

    @Test func unknownKeyIsAnErrorWithItsLine() throws {
        let yaml = checkedIn.replacingOccurrences(of: "  header:\n", with: "  header:\n    titel: \"BÁO CÁO\"\n")
        let found = problems(yaml)
        let p = try #require(found.first { $0.field == "wording.header.titel" })
        #expect(p.file == "report.yaml")
        let line = yaml.components(separatedBy: "\n").firstIndex { $0.contains("titel:") }.map { $0 + 1 }
        #expect(p.line == line)
        #expect(p.message.contains("unknown key"))
    }

    @Test func missingKeyAndUnknownPlaceholderAreErrors() {
        let noTitle = checkedIn.replacingOccurrences(of: "    title: \"BÁO CÁO\"\n", with: "")
        #expect(problems(noTitle).contains { $0.field == "wording.header.title" && $0.message.contains("missing") })
        let badPlaceholder = checkedIn.replacingOccurrences(of: "numberLine: \"Số: {number}\"", with: "numberLine: \"Số: {numbr}\"")
        #expect(problems(badPlaceholder).contains { $0.field == "wording.header.numberLine" && $0.message.contains("{numbr}") })
    }

    @Test func wordingChangesWithoutARelease() throws {
        let yaml = checkedIn.replacingOccurrences(of: "- \"Lưu: VT, TĐC.\"", with: "- \"Lưu: VT, P.TĐC.\"")
        let d = try ReportDefinition.parse(yaml)
        let v = VietnameseRenderer(Fixtures.report(Fixtures.input()), definition: d)
        #expect(v.copies.last == "Lưu: VT, P.TĐC.")
    }
}

@Suite struct ConsolidationTests {
    let input = Fixtures.input()
    var report: ConsolidatedReport { Fixtures.report(input) }

    @Test func latestReportOfEachUnitIsCurrent() {
        #expect(input.current.count == 4)
        #expect(input.superseded.map(\.path) == ["Phuong Chanh Hiep (cu).xlsx"])
        #expect(input.refused.map(\.path) == ["scan.pdf"])
        #expect(report.reporters.first { $0.unitID == "25771" }?.state == .onTime)
        #expect(report.reporters.first { $0.unitID == "SO-TC" }?.state == .late)   // dated 16/11, due before 15/11
        // Timeliness is judged by the unit's first report; its number and date are shown
        // with it (the same submission), the latest report's figures are counted.
        let ward = report.reporters.first { $0.unitID == "25771" }
        #expect(ward?.documentNumber == "150/BC-UBND")
        #expect(ward?.documentDate == PlanDate(iso: "2026-10-20"))
        #expect(report.reporters.contains { $0.state == .missing })
    }

    @Test func everyFigureIsTheSumOverCurrentSubmissions() {
        let r = report
        let expected = Fixtures.expectedSums(input, restated: r.tasks.flatMap(\.restated))
        var got: [String: [String: Double]] = [:]
        for t in r.tasks { for f in t.figures { got[t.code, default: [:]][f.indicator] = f.total } }
        #expect(got == expected)
        let t = r.tasks.first { $0.code == "II.1.a" }!
        #expect(t.figures.first { $0.indicator == "training_courses" }?.total == 9)   // 5 + 3 + 1, not the superseded 99
        #expect(t.figures.first { $0.indicator == "training_courses" }?.unitCount == 3)
        #expect(t.state == .completed && t.basis == .lead)   // the lead (Chi cục) completed it
        // Group totals are the sums of the group's task totals.
        for g in r.groups {
            for f in g.figures {
                let sum = g.tasks.flatMap(\.figures).filter { $0.indicator == f.indicator }.map(\.total).reduce(0, +)
                #expect(f.total == sum)
            }
        }
    }

    @Test func aFigureRestatedUnderTwoTasksCountsOnce() {
        let r = report
        let restated = r.tasks.flatMap(\.restated)
        #expect(restated.count == 1)
        let s = restated[0]
        #expect(s.unitID == "SKHCN-KTPC" && s.indicator == "samples_tested" && s.value == 3026)
        // Kept under 5.b, where the unit's table row states it; not counted under 5.a.
        #expect(s.keptUnder == "II.5.b" && s.droppedFrom == "II.5.a")
        #expect(r.tasks.first { $0.code == "II.5.b" }!.figures.first { $0.indicator == "samples_tested" }?.total == 3026)
        #expect(r.tasks.first { $0.code == "II.5.a" }!.figures.first { $0.indicator == "samples_tested" } == nil)
        // Equal counts in other words are different figures: both inspections count.
        #expect(r.tasks.first { $0.code == "II.5.a" }!.figures.first { $0.indicator == "inspections" }?.total == 5)   // 2 + 3
        #expect(r.tasks.first { $0.code == "II.5.c" }!.figures.first { $0.indicator == "inspections" }?.total == 3)
        // A finding says so.
        #expect(r.review.contains { $0.code == "figure-restated" && $0.unitID == "SKHCN-KTPC" })
        let message = Fixtures.renderer(input).reviewMessage(r.review.first { $0.code == "figure-restated" }!)
        #expect(message.contains("II.5.a") && message.contains("II.5.b") && message.contains("3.026"))
    }

    func status(_ id: String, _ s: TaskStatus) -> ConsolidatedReport.UnitStatus {
        .init(unitID: id, unitName: id, status: s, file: "\(id).docx", source: nil)
    }

    /// One rule (REVIEW17 #5): the task's state is its lead's stated status, whatever the
    /// other units report; a lead that stated none gives no state, none is borrowed.
    @Test func theLeadsStatedStatusIsTheTasksStateAndNoneIsBorrowed() {
        // The lead completed: completed whatever the partners say.
        #expect(Consolidator.judge([status("L", .completed), status("A", .inProgress)], leadStatus: .completed) == (.completed, .lead))
        // The lead in progress: in progress even when partners completed their part.
        #expect(Consolidator.judge([status("L", .inProgress), status("A", .completed)], leadStatus: .inProgress) == (.inProgress, .lead))
        // The lead has not started: not started, however much other units did.
        #expect(Consolidator.judge([status("L", .notStarted)], leadStatus: .notStarted) == (.notStarted, .lead))
        #expect(Consolidator.judge([status("L", .notStarted), status("A", .completed), status("B", .inProgress)], leadStatus: .notStarted)
                == (.notStarted, .lead))
        // "Does not arise" on a task of the plan contradicts it: no state (REVIEW20 #3.2); on a
        // task done on request it is the lead's word.
        #expect(Consolidator.judge([status("L", .notApplicable), status("A", .completed)], leadStatus: .notApplicable) == (.noInformation, .leadNotArisen))
        #expect(Consolidator.judge([status("L", .notApplicable)], leadStatus: .notApplicable, onRequest: true) == (.notStarted, .lead))
        // The lead left its cell empty, or did not write on the task: no state borrowed from
        // the others, however many completed.
        #expect(Consolidator.judge([status("L", .unknown), status("A", .completed), status("B", .completed), status("C", .inProgress)],
                                   leadStatus: .unknown) == (.noInformation, .leadSilent))
        #expect(Consolidator.judge([status("A", .inProgress), status("B", .notStarted)], leadStatus: nil) == (.noInformation, .leadSilent))
        #expect(Consolidator.judge([], leadStatus: nil) == (.noInformation, .none))
    }

    /// A task due on 30/06 whose lead left the status empty while other units completed it has
    /// no state (its lead's is missing) and is overdue, no completion reported (REVIEW19 #2); one
    /// whose lead says "đang thực hiện" after its due date is overdue, with the reason on the
    /// review page.
    @Test func overdueOnlyWhenTheScheduleHasPassedAndTheLeadDoesNotReportItCompleted() throws {
        var input = Fixtures.input()
        let chiCuc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" }!
        let ward = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        input.current[chiCuc].submission.entries.append(Entry(task: "II.1.b", status: .unknown, statusSource: "table 2 row 4 cell 4"))
        input.current[ward].submission.entries.append(Entry(task: "II.1.b", status: .completed))
        input.current[chiCuc].submission.entries.append(Entry(task: "II.2.h", status: .inProgress, statusSource: "table 2 row 12 cell 4"))
        let r = Fixtures.report(input)
        let b = try #require(r.tasks.first { $0.code == "II.1.b" })
        // Its lead gave no status: none, not borrowed from the ward's (REVIEW17 #5); past its
        // deadline with no completion reported, overdue (REVIEW19 #2).
        #expect(b.state == .noInformation && b.overdue?.basis == .leadSilent && b.basis == .leadSilent)
        #expect(r.review.contains { $0.code == "lead-status-missing" && $0.params?["code"] == "II.1.b" })
        let h = try #require(r.tasks.first { $0.code == "II.2.h" })
        #expect(h.state == .inProgress)
        #expect(h.overdue?.due == PlanDate(iso: "2026-03-31"))
        #expect(h.overdue?.leadStatus == "in_progress" && h.overdue?.basis == .lead)
        #expect(r.overdueTasks == ["II.1.b", "II.2.h"])
        let row = try #require(r.review.first { $0.code == "task-overdue" && $0.params?["code"] == "II.2.h" })
        let message = Fixtures.renderer(input).reviewMessage(row)
        #expect(message.contains("31/03/2026") && message.contains("đang thực hiện"))
        // Every overdue task is past due and not completed.
        for t in r.tasks where t.overdue != nil { #expect(t.dueDate! < r.asOf && t.state != .completed) }
    }

    @Test func statementsAreWholeSentencesOfOneUnit() {
        let r = report
        let all = r.tasks.flatMap(\.statements)
        #expect(!all.isEmpty)
        for s in all {
            #expect(s.text.first!.isUppercase || s.text.first!.isNumber)
            #expect(s.text.hasSuffix("."))
            #expect(!s.text.contains("…"))
        }
        // The unfinished tail "Kinh phí 40.000.000đ từ nguồn sự nghiệp" (no full stop) is not quoted;
        // the whole sentence before it is, its number regrouped.
        let ktpc = r.tasks.first { $0.code == "II.5.a" }!.statements.filter { $0.unit.unitID == "SKHCN-KTPC" }
        #expect(ktpc.map(\.text) == ["Phòng đã phối hợp tổ chức 03 cuộc kiểm tra tại 45 cơ sở kinh doanh xăng dầu, lấy 3.026 mẫu hàng hóa."])
        // The formula-like text the ward wrote is never a sentence start.
        #expect(!all.contains { $0.text.hasPrefix("=") })
    }

    /// Titles run into a sentence, labels before a colon, acronyms of a title, list items after
    /// a full stop and sentences about the report itself are not quoted as the unit's words.
    @Test func aQuoteStartsWhereTheUnitsSentenceStarts() {
        let task = Fixtures.pipeline.catalogue.task("II.2.đ")!
        let tokens = TextMerge.tokens(task.text)
        #expect(Statements.whole("Hệ thống quản lý chất lượng TCVN ISO 9001:2015 trong hoạt động của cơ quan hành chính Ủy ban nhân dân phường đã tổ chức 2 lớp đào tạo cho 84 lượt cán bộ.", taskTokens: tokens)
                == ["Ủy ban nhân dân phường đã tổ chức 02 lớp đào tạo cho 84 lượt cán bộ."])  // counts zero-padded (REVIEW29 §4)
        #expect(Statements.whole("Tiến độ thực hiện: Đang thực hiện.", taskTokens: tokens).isEmpty)
        #expect(Statements.whole("Phòng đã duy trì hệ thống tại 12 đơn vị trực thuộc. - Kiểm tra, giám sát về tiêu chuẩn", taskTokens: tokens)
                == ["Phòng đã duy trì hệ thống tại 12 đơn vị trực thuộc."])
        #expect(Statements.whole("Kết quả cụ thể từng nhiệm vụ được tổng hợp tại Phụ lục đính kèm báo cáo này.", taskTokens: tokens).isEmpty)
        // "… đã phối hợp với Chi cục …" is the unit's sentence, not a title to cut.
        let c = Fixtures.pipeline.catalogue.task("II.5.c")!
        let s = "Ủy ban nhân dân phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tổ chức 2 cuộc kiểm tra tại 29 cơ sở."
        #expect(Statements.whole(s, taskTokens: TextMerge.tokens(c.text)) == [s.replacingOccurrences(of: " 2 cuộc", with: " 02 cuộc")])
    }

    @Test func proposalsAreSortedByWhoIsAsked() throws {
        let r = report
        let national = try #require(r.proposals.first { $0.addressee == "national" })
        #expect(national.upward)
        #expect(national.items[0].action == "Hoàn thiện kết nối Cơ sở dữ liệu quốc gia với hệ thống của địa phương")
        // Asked of the Sở: the Department's own work, not a request upward.
        let own = try #require(r.proposals.first { $0.addressee == "department" })
        #expect(!own.upward)
        #expect(own.items.contains { $0.action == "Tham mưu Ủy ban nhân dân Thành phố ban hành cơ chế hỗ trợ doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia" })
        // Difficulties by theme: two wordings of one difficulty merged, attributed to both units.
        let staff = try #require(r.difficulties.first { $0.theme == "staff" })
        #expect(staff.items.count == 1 && staff.items[0].units.count == 2)
        #expect(!r.proposals.flatMap(\.items).contains { $0.text.hasPrefix("Trên đây") })
    }
}

@Suite struct RendererTests {
    let input = Fixtures.input()
    var v: VietnameseRenderer { Fixtures.renderer(input) }

    @Test func bodyHasTheStructureAndNoLeftovers() throws {
        let body = v.body()
        let sections = body.compactMap { b -> String? in if case .section(let s) = b { return s } else { return nil } }
        #expect(sections == ["I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                             "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ"])
        let text = body.map(\.text).joined(separator: "\n")
        // The opening states its bases; the plan's number and date only as the plan says them
        // (REVIEW14 #4): its copy leaves them blank (pipeline.yaml gives none), so the opening
        // leaves blanks for the văn thư in the plan's symbol, and the review page asks for them.
        #expect(text.hasPrefix("Thực hiện "))
        #expect(v.report.plan.number == nil && v.report.plan.date == nil)
        #expect(text.contains("; Kế hoạch số …/KH-SKHCN ngày … tháng … năm 2026 của Sở Khoa học và Công nghệ"))
        #expect(!text.contains("SKHCCN") && !text.contains("Kế hoạch số 115"))
        let blank = try #require(v.report.review.first { $0.code == "plan-number-blank" })
        #expect(v.reviewMessage(blank).contains("sổ đăng ký văn bản"))
        // A number and a date given: stated; a date before a decision the plan cites cannot be
        // the plan's (a plan cannot cite a later decision): the date left blank, the number kept,
        // and the văn thư asked to check it (REVIEW10 #2, REVIEW14 #4).
        var early = Fixtures.pipeline
        early.plan.date = PlanDate(iso: "2026-01-20")
        #expect(Consolidator.planDateContradiction(early)?.date == PlanDate(iso: "2026-02-04"))
        #expect(Consolidator.planDateContradiction(early)?.text == "05/2026/QĐ-UBND")
        var later = Fixtures.pipeline
        later.plan.date = PlanDate(iso: "2026-02-10")
        #expect(Consolidator.planDateContradiction(later) == nil)
        var numbered = v.report
        numbered.plan.number = "17/KH-SKHCN"
        numbered.plan.date = PlanDate(iso: "2026-02-10")
        let dated = VietnameseRenderer(numbered, definition: Fixtures.tallyByKind52).body().map(\.text).joined(separator: "\n")
        #expect(dated.contains("; Kế hoạch số 17/KH-SKHCN ngày 10 tháng 02 năm 2026 của Sở Khoa học và Công nghệ"))
        numbered.plan.date = PlanDate(iso: "2026-01-20")
        numbered.review.append(try JSONDecoder().decode(ConsolidatedReport.ReviewRow.self, from: Data(#"{"path": "", "severity": "warning", "code": "plan-date-contradicted", "params": {"date": "20/01/2026", "cited": "05/2026/QĐ-UBND", "citedDate": "04/02/2026"}}"#.utf8)))
        let contradicted = VietnameseRenderer(numbered, definition: Fixtures.tallyByKind52)
        let undated = contradicted.body().map(\.text).joined(separator: "\n")
        #expect(undated.contains("; Kế hoạch số 17/KH-SKHCN ngày … tháng … năm 2026 của Sở Khoa học và Công nghệ"))
        #expect(!undated.contains("20 tháng 01 năm 2026"))
        #expect(contradicted.reviewMessage(numbered.review.last!).contains("đối chiếu với sổ đăng ký văn bản"))
        // Only the plan's number, date and the report's own are blank: no "…" elsewhere.
        #expect(text.components(separatedBy: "…").count == 4)
        #expect(!text.contains("Căn cứ"))
        #expect(!text.contains("{") && !text.contains("}"))
        // No drafting notes, no "according to the Chi cục's report" voice.
        #expect(!text.contains("cần rà soát") && !text.contains("theo báo cáo của Chi cục"))
        #expect(!text.contains("Đánh giá:"))
        // Abbreviations written out at first use, short after; "UBND" always in full.
        let direction = text.range(of: "I. CÔNG TÁC CHỈ ĐẠO")!
        // Not inside a document's symbol ("Công văn số …/SKHCN-TĐC").
        // REVIEW27 asks the opposite of the earlier rule (introduced after section I's first
        // "về …"): the field's abbreviation is defined at its first use, in the opening.
        let tdc = text.range(of: " TĐC")
        if let tdc { #expect(text[..<tdc.upperBound].hasSuffix("tiêu chuẩn, đo lường, chất lượng (sau đây viết tắt là TĐC") && tdc.upperBound < direction.lowerBound) }
        #expect(!text.contains(" UBND ") && text.contains("76/QĐ-UBND"))
        // Upward proposals in V ("Xem xét, …"), the Sở's own in IV, no attributions.
        let iv = text.range(of: "IV. PHƯƠNG HƯỚNG")!, v5 = text.range(of: "V. ĐỀ XUẤT")!
        // Advice to the City a unit asked for: what would go to the City, under "nghiên cứu, đề
        // xuất", with no period the Director has not decided (REVIEW13 #11), never a promise to
        // "tham mưu" the addressee (REVIEW10 #9).
        // (Every proposal answered: rules.ownWorkMinUnits 1; the plan's pipeline answers the
        // most reported ones only.)
        // Advice a unit asks the Sở to give the City is the Sở's own work, taken up however few
        // asked it (REVIEW19 #7).
        #expect(text[iv.upperBound..<v5.lowerBound].contains("Nghiên cứu, tham mưu Ủy ban nhân dân Thành phố ban hành cơ chế hỗ trợ doanh nghiệp tham dự Giải thưởng Chất lượng Quốc gia"), "\(text)")
        #expect(!text[v5.upperBound...].contains("cơ chế hỗ trợ doanh nghiệp tham dự Giải thưởng"))
        #expect(!text[iv.upperBound..<v5.lowerBound].contains("Trong Quý"))
        #expect(!text[iv.upperBound..<v5.lowerBound].contains("Tham mưu Ủy ban nhân dân Thành phố"))
        // The national committee's request, raised by the Department's own unit, is the
        // Department's own request: asked of the Bộ that directs the committee, a copy
        // recipient (REVIEW19 #7), in the Sở's own name, no proposer named or counted
        // (REVIEW14 #9, REVIEW18 #2).
        // REVIEW41 #3 (rules.askCopied, over REVIEW19 #7): asked of the committee, a body the
        // Nơi nhận names, in its own group.
        #expect(text[v5.upperBound...].contains("Đối với Ủy ban Tiêu chuẩn"))
        #expect(text[v5.upperBound...].contains("hoàn thiện kết nối Cơ sở dữ liệu quốc gia với hệ thống của địa phương"), "\(text[v5.upperBound...])")
        #expect(!text[v5.upperBound...].contains("Tham mưu Ủy ban"))
        // REVIEW34 #11 (over REVIEW14 #9, REVIEW18 #2): a request upward names the units that
        // made it, the Department's own included, so the Bộ knows whose need it is.
        #expect(text[v5.upperBound...].contains("(kiến nghị của Phòng Kiểm tra – Pháp chế)"), "\(text[v5.upperBound...])")
        // The closing asks for consideration of the proposals.
        #expect(text.hasSuffix("xem xét, chỉ đạo./."))
    }

    @Test func numberAndDayAreLeftBlank() {
        #expect(v.numberLine == "Số:       /BC-SKHCN")
        #expect(v.placeDate == "Thành phố Hồ Chí Minh, ngày       tháng 11 năm 2026")
        // REVIEW27 #8 asks the opposite of REVIEW25 #9 (the as-of month): the month the report
        // is signed in — the run's own (Review27Tests), or, with no run date, the month after a
        // month-end cut-off: data as of 30/11 are signed in December, as of 31/12 in January.
        var r = v.report
        r.asOf = PlanDate(iso: "2026-11-30")!
        #expect(VietnameseRenderer(r, definition: Fixtures.tallyByKind52).placeDate == "Thành phố Hồ Chí Minh, ngày       tháng 12 năm 2026")
        #expect(VietnameseRenderer(r, definition: Fixtures.tallyByKind52).appendixOf.contains("tháng 12 năm 2026"))
        r.asOf = PlanDate(iso: "2026-12-31")!
        #expect(VietnameseRenderer(r, definition: Fixtures.tallyByKind52).placeDate == "Thành phố Hồ Chí Minh, ngày       tháng 01 năm 2027")
    }

    /// The budget and reporting figures of the body are the JSON's.
    @Test func budgetAndCompletenessInTheBodyAreTheJSONs() {
        let r = v.report
        let text = v.body().map(\.text).joined(separator: "\n")
        #expect(text.contains(VietFormat.money(Double(r.budget.planned))))
        // Each of the holder's amounts, never their sum (REVIEW26 #1).
        for s in r.budget.holderSpending ?? [] { #expect(text.contains(VietFormat.money(s.amount))) }
        // Every unit outside the Department the plan expects a report from (REVIEW30 #5,
        // reversing REVIEW26 #5: the headline's `outside` scope), counted the same way in the
        // opening, the achievements' caveat (by kind) and the shortcoming.
        let all = r.completeness.byGroup.filter { !Fixtures.tallyByKind52.rules.ownGroups.contains($0.group) }
        let received = r.headline.reporting.received, expected = r.headline.reporting.expected
        let missing = r.headline.reporting.missing
        let ratio = "\(VietFormat.count(received))/\(VietFormat.count(expected))"
        #expect(text.contains("mới có \(ratio) cơ quan, địa phương gửi báo cáo (đạt \(VietFormat.percent(received, of: expected))"))
        for g in all where g.received > 0 { #expect(text.contains("\(VietFormat.count(g.received))/\(VietFormat.count(g.expected)) ")) }
        #expect(text.contains("còn \(VietFormat.count(missing)) cơ quan, địa phương chưa gửi báo cáo"))
        #expect(text.contains("báo cáo của \(ratio) cơ quan, địa phương ("))
        #expect(text.contains("mới phản ánh kết quả của các cơ quan, địa phương đã gửi báo cáo"))
        // Incomplete reporting is a shortcoming, not an achievement.
        let achieved = text.range(of: "1. Kết quả đạt được")!, short = text.range(of: "2. Hạn chế và nguyên nhân")!
        #expect(!text[achieved.upperBound..<short.lowerBound].contains("Công tác báo cáo"))
        #expect(text[short.upperBound...].contains("Công tác báo cáo chưa đầy đủ"))
    }

    /// Partial data is never "Toàn Thành phố": the sentence opens with how many units reported.
    @Test func noCityWideClaimOnPartialData() {
        let r = v.report
        let text = v.body().map(\.text).joined(separator: "\n")
        #expect(r.completeness.received < r.completeness.expected)
        #expect(!text.contains("Toàn Thành phố"))
    }

    /// Plan codes ("nhiệm vụ II.1.a") and database statuses stay out of the body.
    @Test func noPlanCodesOrDatabaseWordsInTheBody() {
        let text = v.body().map(\.text).joined(separator: "\n")
        for t in v.report.tasks {
            for form in ["nhiệm vụ \(t.code)", " \(t.code))", " \(t.code);", " \(t.code),"] { #expect(!text.contains(form), "code in the body: \(form)") }
        }
        for word in ["chưa có thông tin", "Nhóm có", "của nhóm"] { #expect(!text.contains(word), "in the body: \(word)") }
        // "thu hút N lượt": promotional, not a count (a task title may say "thu hút").
        #expect(text.range(of: #"thu hút [0-9]"#, options: .regularExpression) == nil)
    }

    /// A task's results: the lead's account once, then the other units' share (the total
    /// less the lead's), never a total next to an equal "trong đó" nor the lead left out.
    @Test func taskResultsSplitTheLeadAndTheOthers() {
        var checked = 0
        for t in v.report.tasks {
            let sentences = v.taskResults(t, money: true)
            let others = t.figures.compactMap { f -> (ConsolidatedReport.FigureTotal, Double)? in
                let rest = f.contributions.filter { !t.leadUnits.contains($0.unitID) && $0.value != 0 }.map(\.value).reduce(0, +)
                return rest == 0 ? nil : (f, rest)
            }
            let leadGave = t.figures.contains { f in f.contributions.contains { t.leadUnits.contains($0.unitID) && $0.value != 0 } }
            if leadGave, let lead = t.figures.flatMap(\.contributions).first(where: { t.leadUnits.contains($0.unitID) }) {
                let name = lead.unitName.split(separator: " ").prefix(2).joined(separator: " ")
                #expect(!sentences.isEmpty && sentences[0].contains(name), "\(t.code): the lead's share is left out")
            }
            guard let last = sentences.last, !others.isEmpty else {
                if leadGave { #expect(sentences.count == 1, "\(t.code): the lead alone, said once") }
                continue
            }
            for (f, rest) in others {
                let n = f.isMoney ? VietFormat.money(rest) : VietFormat.count(rest)
                #expect(last.contains(n), "\(t.code): \(f.indicator) of the other units (\(n)) missing in “\(last)”")
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    /// After "; " a word is lower case unless it is a name.
    @Test func lowerCaseAfterSemicolons() {
        for b in v.body() {
            for part in b.text.components(separatedBy: "; ").dropFirst() {
                let word = part.split(separator: " ").first.map(String.init) ?? ""
                // "; Kế hoạch số 115/KH-SKHCN …": a document's name among the bases.
                let allowed = ["Sở", "Bộ", "Chi", "Ủy", "Thành", "Nhà", "Quốc", "Phường", "Xã", "Đặc", "Trung", "Ban", "Cục", "Viện", "Tổ", "Chương", "Đề", "Giải", "Kế"]
                if let f = word.first, f.isUppercase, !allowed.contains(word), !word.dropFirst().contains(where: \.isUppercase) {
                    Issue.record("capital after semicolon: \(part.prefix(40))")
                }
            }
        }
    }

    /// Spending above the plan's budget is stated by activity, never as a bare ratio above
    /// 100% nor as a shortcoming (the review page asks the drafter to split it by source).
    @Test func budgetOverPlanIsStatedByActivity() {
        var r = v.report
        r.budget.planned = 100_000_000
        // REVIEW48 #3 states amounts above the allocation with their gap in ct38; this spec
        // (never compared) runs on the pipeline keeping REVIEW47 #1's wording.
        let text = VietnameseRenderer(r, definition: Fixtures.budgetUnderReview47).body().map(\.text).joined(separator: "\n")
        // Beside the allocation, spending above it is stated by activity, without a total or a
        // ratio that would read as overspending (REVIEW8 #2) and without an excuse the
        // appendices cannot support; the Department speaks of its Chi cục's spending as its own.
        // No disbursement figure: nothing said, no working note (REVIEW14 #5: "chưa có số liệu
        // giải ngân", "(không nêu nguồn kinh phí)" read as the Sở not knowing its books); the
        // spending group 4 states is not repeated in the budget paragraph.
        let budget = String(text[text.range(of: "Kinh phí thực hiện Kế hoạch\n")!.upperBound..<text.range(of: "III. ĐÁNH GIÁ CHUNG")!.lowerBound])
        #expect(!budget.contains("chưa có số liệu giải ngân") && !budget.contains("không nêu nguồn"), "\(budget)")
        // Above the plan's budget: never compared with it (REVIEW22 #2: nothing says the
        // spending came from the allocation); the review desk keeps the warning.
        #expect(!budget.contains("cao hơn") && !budget.contains("vượt"), "\(budget)")
        #expect(text.contains("150.000.000 đồng"))
        #expect(!text.contains("Tổng kinh phí"))
        // Never "ngoài dự toán" without the source the figures do not give (REVIEW7 #6).
        #expect(!text.lowercased().contains("ngoài dự toán") && !text.contains("từ nguồn …"))
        // The execution of the allocation is the Department's own books, not a unit's figure:
        // not stated, never blanks (REVIEW8 #1), never "không có số liệu".
        #expect(!budget.contains("giải ngân …") && !budget.contains("…") && !text.contains("không có số liệu") && !text.contains("thuộc Kế hoạch ("))
        #expect(!text.contains("nguồn khác") && !text.contains("do bao gồm"))
        #expect(!text.contains("150%") && !text.contains("Theo báo cáo của Chi cục"))
        // Within the budget, the source not said ("kinh phí sự nghiệp"): not measured against
        // the budget either (REVIEW10 #1).
        r.budget.planned = 300_000_000
        // REVIEW43 #1 (over REVIEW28 #2 for ct38, Review44Tests): on the pipeline that keeps it.
        let within = VietnameseRenderer(r, definition: Fixtures.unstatedOnAllocation).body().map(\.text).joined(separator: "\n")
        // REVIEW28 #2 (reversing REVIEW10 #1 here): within the allocation, the holder's spending
        // not said to come from elsewhere is given as a total against it with its share.
        #expect(!within.contains("không nêu nguồn") && within.contains("đạt 50% dự toán"), "\(within)")
    }

    @Test func unitNamesWithVaAreJoinedWithCommas() {
        #expect(VietFormat.list(["Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường"]) == "Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường")
        #expect(VietFormat.list(["Phường A", "Phường B"]) == "Phường A và Phường B")
        #expect(VietFormat.percentOneDecimal(53, of: 189) == "28,0%")
    }

    /// III.1's task arithmetic: every task in exactly one bucket, the buckets adding up to the
    /// plan's tasks, each bucket's count in the sentence.
    @Test func everyTaskInExactlyOneBucket() {
        let buckets = v.progressBuckets()
        let codes = buckets.flatMap { $0.tasks.map(\.code) }
        #expect(codes.count == v.report.tasks.count && Set(codes).count == codes.count)
        let text = v.body().map(\.text).joined(separator: "\n")
        #expect(text.contains("Kế hoạch có \(VietFormat.count(v.report.tasks.count)) nhiệm vụ"))
        // REVIEW48 #2: the sentence counts the dated tasks due and those not yet due apart.
        let tasks = v.report.tasks
        let isDue = { (t: ConsolidatedReport.TaskResult) in !t.recurring && (t.dueDate.map { $0 <= v.report.asOf } ?? false) }
        let stated = Fixtures.tallyByKind52.wording.says("assessment.dueCompleted")
            ? v.progressBuckets(of: tasks.filter(isDue)) + v.progressBuckets(of: tasks.filter { !$0.recurring && !isDue($0) }) + v.progressBuckets(of: tasks.filter(\.recurring))
            : buckets
        for b in stated where b.phase != .completed && !(b.recurring && b.phase == .recurring) {
            #expect(text.contains(VietFormat.count(b.tasks.count) + " nhiệm vụ"), "\(b.phase) \(b.tasks.count): \(text)")
        }
    }

    /// A lead's "completed" with no figure and no sentence counts as completed, as the lead
    /// reports it (REVIEW14 #2, the issue's rule), its basis saying no result was stated; the
    /// state label and the result cell agree.
    @Test func completedWithoutAnyResultIsCompletedAsReported() {
        let s = [ConsolidatedReport.UnitStatus(unitID: "L", unitName: "Chi cục", status: .completed, file: "a.docx", source: nil)]
        #expect(Consolidator.judge(s, leadStatus: .completed, leadShowsResult: false) == (.completed, .leadWithoutResult))
        #expect(Consolidator.judge(s, leadStatus: .completed, leadShowsResult: true) == (.completed, .lead))
        for t in v.report.tasks where t.basis == .leadWithoutResult {
            #expect(v.taskStateLabel(t) == v.stateLabel(.completed) || t.recurring)
            #expect(t.overdue == nil)
            #expect(v.noResult(t).contains("chưa nêu kết quả cụ thể"))
        }
    }

    /// A unit's sentence written word for word under two tasks is kept under one of them —
    /// except a lead's own word on a task it reports not started (REVIEW34 #1: when it will).
    @Test func aSentenceCopiedUnderTwoTasksIsKeptUnderOne() {
        var seen: [String: String] = [:]
        for t in v.report.tasks {
            let notStartedLead = t.leadStatus.map { [.notStarted, .notApplicable].contains($0.status) } == true
            for s in t.statements where !(notStartedLead && s.isLead && s.unit.unitID == t.leadStatus?.unitID) {
                let key = s.unit.unitID + "|" + s.text
                #expect(seen[key] == nil, "\(t.code) repeats \(seen[key] ?? ""): \(s.text)")
                seen[key] = t.code
            }
        }
    }

    /// "TCVN ISO 9001:2015" is a standard's designation; "TCVN" alone is the abbreviation,
    /// written out at its first use.
    @Test func abbreviationsAreWrittenOutButNotDesignations() {
        let blocks: [BodyBlock] = [.paragraph("Áp dụng TCVN ISO 9001:2015 tại các sở."), .paragraph("Góp ý 66 dự thảo TCVN, QCVN.")]
        let text = v.abbreviate(blocks).map(\.text)
        #expect(text[0] == "Áp dụng TCVN ISO 9001:2015 tại các sở.")
        #expect(text[1] == "Góp ý 66 dự thảo tiêu chuẩn quốc gia (TCVN), quy chuẩn kỹ thuật quốc gia (QCVN).")
    }

    /// Money a unit wrote in "tỷ"/"triệu" is written in full.
    @Test func scaledMoneyIsWrittenInFull() {
        #expect(VietNumbers.reformat("Tổng kinh phí đã giải ngân 5,3 tỷ đồng.") == "Tổng kinh phí đã giải ngân 5.300.000.000 đồng.")
        #expect(VietNumbers.reformat("Kinh phí 15,5 triệu đồng.") == "Kinh phí 15.500.000 đồng.")
        #expect(VietNumbers.reformat("Kinh phí 1.500 triệu đồng.") == "Kinh phí 1.500.000.000 đồng.")
    }

    /// Recurring tasks ("Thường xuyên") are never counted among the dated tasks completed;
    /// done or under way, each is said in one wording, in the body and in Phụ lục I alike
    /// (REVIEW18 #11: never "completed"; REVIEW19 #2: not "đã triển khai theo kế hoạch" for
    /// some and "đang được triển khai" for others).
    @Test func recurringTasksAreNotCompleted() {
        let r = v.report
        let text = v.body().map(\.text).joined(separator: "\n")
        for t in r.tasks where t.recurring {
            #expect(v.phase(t) != .completed)
            #expect(v.taskStateLabel(t) != v.stateLabel(.completed), "\(t.code)")
            if [.completed, .inProgress].contains(t.state) {
                // REVIEW32 #16: its lead's "completed" is this year's part done, said so.
                let label = v.yearDone(t) ? Fixtures.tallyByKind52.wording("labels.state.recurring_completed", ["year": String(r.plan.year)])
                    // REVIEW38 #1: its lead's status blank beside results: what is known.
                    : Fixtures.tallyByKind52.wording(t.basis == .leadSilent ? "labels.state.recurring_lead_silent" : "labels.state.recurring")
                #expect(v.taskStateLabel(t) == label && v.phase(t) == .recurring, "\(t.code)")
            }
        }
        let underWay = r.tasks.filter { $0.recurring && v.phase($0) == .recurring }.count
        let recurring = VietFormat.count(r.tasks.filter(\.recurring).count)
        let yearDone = r.tasks.filter { v.phase($0) == .recurring && v.yearDone($0) }.count
        let completed = yearDone == 0 ? "" : Fixtures.tallyByKind52.wording("assessment.recurringYearDone", ["n": VietFormat.count(yearDone), "year": String(r.plan.year)])
        if underWay > 0 { #expect(text.contains(Fixtures.tallyByKind52.wording("assessment.recurringActive", ["n": VietFormat.count(underWay), "total": recurring, "preparing": "", "completed": completed])), "\(text)") }
        #expect(!text.contains("theo kế hoạch;") && !text.contains("đã triển khai theo kế hoạch"), "\(text)")
        let dated = r.tasks.filter { !$0.recurring }
        let done = dated.filter { $0.state == .completed }.count
        // REVIEW48 #2: the headline counts against the tasks due.
        _ = done
        #expect(Fixtures.dueHeadline(r).map { text.contains($0) } ?? true, "\(text)")
    }
}
