@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW39 (a new blind reviewer, a Phó Giám đốc, 6/10): each answer a general rule in the
/// pipeline's data, on a small hand-built consolidation, no corpus.
@Suite struct Review39Tests: ReviewOfTheBody {
    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    /// The lead "took part in" `lead` inspections at `leadPlaces` cơ sở; a ward held `ward` at
    /// `wardPlaces` with it (II.5.c).
    func joint(lead: Double, leadPlaces: Double, ward: Double, wardPlaces: Double, decided: Bool = false) throws -> ConsolidationInput {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC"), w = try index(input, "25771")
        input.current[chiCuc].submission.entries.removeAll { $0.task == "II.5.c" }
        input.current[w].submission.entries.removeAll { $0.task == "II.5.c" }
        let at = decided ? FigureSource.decision(12) : "word/document.xml table 3 row 31 cell 3"
        input.current[chiCuc].submission.entries.append(Entry(task: "II.5.c", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(lead, at, "\(Int(lead)) cuộc kiểm tra"),
                         IndicatorID("establishments_inspected"): Fixtures.figure(leadPlaces, at, "\(Int(leadPlaces)) cơ sở")],
            text: "Chi cục đã hướng dẫn các phường thực hiện nội dung phân cấp; tham gia \(VietFormat.count(lead)) cuộc kiểm tra tại \(VietFormat.count(leadPlaces)) cơ sở.",
            sources: ["word/document.xml table 3 row 31"]))
        input.current[w].submission.entries.append(Entry(task: "II.5.c", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(ward, "xl/worksheets/sheet1.xml C8", "\(Int(ward))"),
                         IndicatorID("establishments_inspected"): Fixtures.figure(wardPlaces, "xl/worksheets/sheet1.xml D8", "\(Int(wardPlaces))")],
            text: "Phường đã chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra \(VietFormat.count(ward)) cuộc tại \(VietFormat.count(wardPlaces)) cơ sở.",
            sources: ["xl/worksheets/sheet1.xml row 8"]))
        return input
    }

    // MARK: - #1: joint work counted once only when the two accounts agree

    /// The lead's 05 cuộc at 80 cơ sở beside a ward's 06 at 20 held with it: the accounts differ
    /// beyond rules.participation.agreeWithin, so they are not asserted to be the same work —
    /// the ward's (the reporting units') counted, the lead's left out and stated apart "đang rà
    /// soát trùng lặp" in plain sentences, Phụ lục III marks it so, the desk asks the officer.
    @Test func jointAccountsThatDisagreeAreStatedApartUnderReview() throws {
        // REVIEW43 #4 (over this for ct38: both accounts counted, the lead's share said,
        // Review44Tests): the rule runs on the pipeline that keeps it.
        let d = Fixtures.leadApartWhenDisagreeing
        let r = OutboxWriters.consolidate(try joint(lead: 5, leadPlaces: 80, ward: 6, wardPlaces: 20), d)
        let c = try #require(r.tasks.first { $0.code == "II.5.c" })
        #expect(d.rules.jointAgreeWithin != nil)
        #expect(Consolidator.jointAccountsDisagree(c, rules: d.rules))
        let left = c.notCounted.filter { $0.reason == .jointWork }
        #expect(left.contains { $0.unitID == "SKHCN-CCTDC" && $0.value == 80 } && !left.contains { $0.unitID == "25771" }, "\(left)")
        // REVIEW47 #2, #7 (over this for ct38: the figures left to Phụ lục I, Review47Tests): on the pipeline that keeps them in the body.
        let v = VietnameseRenderer(r, definition: Fixtures.withJointFiguresInBody(d))
        let told = v.taskResults(c, money: true).joined(separator: " ")
        // REVIEW40 #2, REVIEW42 #1: never "đang đối chiếu" upward: one neutral sentence of fact.
        // REVIEW44 #2: counted once at the chair, the lead's taking part apart, no hedge.
        // REVIEW46 #4: no working note "(không cộng vào tổng số nêu trên)"; III.1 says once
        // where joint work is counted.
        #expect(!told.contains("đang đối chiếu") && !told.contains("trùng lặp") && !told.contains("không cộng vào tổng số nêu trên") && !told.contains("không cộng thêm"), "\(told)")
        // REVIEW45 #2 (over REVIEW44 #2's second sentence): one neutral clause that the two
        // sides' joint figures differ and are being reconciled.
        #expect(told.contains("; số liệu phối hợp giữa ") && told.contains("chưa thống nhất."), "\(told)")
        let lead = try #require(c.notCounted.first { $0.unitID == "SKHCN-CCTDC" })
        #expect(v.notCountedMark(c, lead) == d.wording("appendix.notCounted.joint_review"))
        let item = try #require(r.review.first { $0.code == "figure-joint-with-lead" && $0.params?["code"] == "II.5.c" })
        #expect(item.params?["way"] == "review" && v.reviewMessage(item).contains("tại đơn vị chủ trì"), "\(item)")
    }

    /// The same accounts agreeing (06 cuộc at 20 cơ sở on both sides): one piece of work,
    /// counted once, nothing said to be under review. An officer's decision on the lead's
    /// figures (its own part) settles a disagreement: counted as decided, beside the ward's.
    @Test func agreeingAccountsAreCountedOnceAndADecisionSettlesADisagreement() throws {
        let d = Fixtures.tallyByKind52
        let agreeing = Fixtures.report(try joint(lead: 6, leadPlaces: 20, ward: 6, wardPlaces: 20))
        let a = try #require(agreeing.tasks.first { $0.code == "II.5.c" })
        #expect(!Consolidator.jointAccountsDisagree(a, rules: d.rules))
        #expect(a.notCounted.contains { $0.reason == .jointWork }, "\(a.notCounted)")
        let v = VietnameseRenderer(agreeing, definition: d)
        #expect(!v.taskResults(a, money: true).joined(separator: " ").contains("rà soát trùng lặp"))
        let decided = Fixtures.report(try joint(lead: 2, leadPlaces: 30, ward: 6, wardPlaces: 20, decided: true))
        let t = try #require(decided.tasks.first { $0.code == "II.5.c" })
        #expect(!t.notCounted.contains { $0.unitID == "SKHCN-CCTDC" && $0.reason == .jointWork }, "\(t.notCounted)")
        #expect(!Consolidator.jointAccountsDisagree(t, rules: d.rules))
    }

    // MARK: - #2: a blank status beside results is not "quá hạn"

    /// A dated task past its deadline (1.b, Quý II/2026), its own lead's status blank beside
    /// results: not overdue — III.1 counts it as having results and no stated status, no hạn
    /// chế line, no "đã quá hạn" in IV; Phụ lục I the same; the desk asks the lead.
    /// REVIEW40 #5 reverses this for ct38 ("Quá hạn" with what is known, Review40Tests); the
    /// rule it specifies runs on Fixtures.silentNotOverdue.
    @Test func aBlankStatusBesideResultsIsNotOverdue() throws {
        var input = Fixtures.input()
        input.asOf = PlanDate(iso: "2026-11-30")!
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.removeAll { $0.task == "II.1.b" }
        input.current[chiCuc].submission.entries.append(Entry(task: "II.1.b", status: .unknown,
            indicators: [IndicatorID("communications"): Fixtures.figure(15, "word/document.xml table 3 row 4 cell 3", "15 tin, bài")],
            text: "Chi cục đã đăng tải 15 tin, bài tuyên truyền về Giải thưởng Chất lượng Quốc gia.", sources: ["word/document.xml table 3 row 4 cell 3"]))
        let r = Fixtures.reportSilentNotOverdue(input)
        let t = try #require(r.tasks.first { $0.code == "II.1.b" })
        #expect(t.overdue == nil && !r.headline.overdue.contains("II.1.b"), "\(String(describing: t.overdue))")
        #expect(r.review.contains { $0.code == "lead-status-missing" && $0.params?["code"] == "II.1.b" })
        let d = Fixtures.silentNotOverdue
        let v = VietnameseRenderer(r, definition: d)
        #expect(v.taskStateLabel(t) == d.wording("labels.state.lead_silent_past_due_own"), "\(v.taskStateLabel(t))")
        let text = body(v)
        let iii1 = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        #expect(iii1.contains(d.wording("labels.progress.lead_silent_past_due_own", ["n": "01", "lead": "Chi cục"])), "\(iii1)")
        #expect(!text.contains("quá hạn"), "\(text)")
    }

    // MARK: - #3: "chưa phát sinh yêu cầu" only for tasks the plan makes on request

    /// The lead's "không phát sinh" for want of a request: on a scheduled task (2.a, Quý
    /// IV/2026) it is "chưa triển khai", named with its deadline in II; on a task the plan makes
    /// on request ("khi có yêu cầu", 2.c) it is "chưa phát sinh yêu cầu".
    @Test func notArisenForWantOfARequestIsAwaitingOnlyOnAnOnRequestTask() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        let lead = input.current[chiCuc].submission.entries
        let onRequest = try #require(Fixtures.report(Fixtures.input()).tasks.first { t in
            ["khi có yêu cầu", "nếu có yêu cầu"].contains { t.text.lowercased().contains($0) } && t.leadUnits.contains("SKHCN-CCTDC") },
            "a task of the plan made on request").code
        input.current[chiCuc].submission.entries = lead.filter { !["II.2.a", onRequest].contains($0.task) }
        for code in ["II.2.a", onRequest] {
            input.current[chiCuc].submission.entries.append(Entry(task: code, status: .notApplicable,
                text: "Trong kỳ, đơn vị chưa nhận được yêu cầu của cơ quan cấp trên về nội dung này.",
                sources: ["word/document.xml table 2 row 6 cell 3"]))
        }
        let r = Fixtures.report(input)
        let a = try #require(r.tasks.first { $0.code == "II.2.a" })
        // REVIEW41 #2 (over REVIEW39 #3's "chưa triển khai"): not arisen, counted apart.
        // REVIEW44 #4: its deadline ahead, the consolidation's one phase for it is not due yet (not_due).
        #expect(a.state == .notStarted && a.basis == .lead && a.phase == .notDue, "\(a.state) \(a.basis) \(a.phase)")
        let c = try #require(r.tasks.first { $0.code == onRequest })
        #expect(c.basis == .leadAwaitingRequest, "\(onRequest): \(c.basis)")
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        // REVIEW43 #6 (over REVIEW41 #2 while the deadline is ahead): a scheduled task is not
        // due yet, never "chưa phát sinh yêu cầu" (Review44Tests).
        #expect(v.taskStateLabel(a) == Fixtures.tallyByKind52.wording("labels.state.awaiting_request_not_due"))
        let results = section(body(v), from: "II. KẾT QUẢ THỰC HIỆN", to: "III. ĐÁNH GIÁ CHUNG")
        // REVIEW45 #3 (over REVIEW43 #6): said as the lead wrote it, not "chưa đến hạn".
        // REVIEW46 #5 (over REVIEW45 #3): the lead's "không phát sinh", with its reason.
        #expect(!results.contains("chưa đến hạn") && results.contains("không phát sinh (chưa nhận được yêu cầu của cơ quan cấp trên)"), "\(results)")
    }

    // MARK: - #4, #5: contradicting accounts said both, attributed

    /// A lead reporting a recurring task not started (with its basis note) while a partner
    /// reports it took part with the lead in 03 inspections at 169 cơ sở: both accounts, each
    /// attributed, the partner's with every figure it gave. An own partner reporting its part
    /// completed while raising a difficulty about the same work: said beside it.
    @Test func contradictingAccountsAreBothSaidAttributed() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC"), ktpc = try index(input, "SKHCN-KTPC")
        input.current[chiCuc].submission.entries.removeAll { ["II.5.a", "II.2.i", "II.5.c"].contains($0.task) }
        input.current[chiCuc].submission.entries += [
            Entry(task: "II.5.a", status: .notStarted, statusSource: "word/document.xml table 3 row 29 cell 4",
                  text: "Chi cục đã xây dựng dự thảo kế hoạch, dự kiến tổ chức thực hiện trong tháng 12/2026.", sources: ["word/document.xml table 3 row 29 cell 3"]),
            Entry(task: "II.2.i", status: .notStarted, statusSource: "word/document.xml table 3 row 17 cell 4",
                  text: "Chi cục đã xây dựng dự thảo kế hoạch, dự kiến tổ chức thực hiện trong tháng 12/2026.", sources: ["word/document.xml table 3 row 17 cell 2"]),
            Entry(task: "II.5.c", status: .inProgress,
                  indicators: [IndicatorID("inspections"): Fixtures.figure(5, "word/document.xml table 3 row 31 cell 3", "05 cuộc kiểm tra"),
                               IndicatorID("establishments_inspected"): Fixtures.figure(80, "word/document.xml table 3 row 31 cell 3", "80 cơ sở")],
                  text: "Chi cục đã hướng dẫn các phường thực hiện nội dung phân quyền; tham gia 05 cuộc kiểm tra tại 80 cơ sở.", sources: ["word/document.xml table 3 row 31 cell 2"]),
        ]
        input.rows[input.current[chiCuc].id] = [
            "word/document.xml table 3 row 1": ["STT", "Nội dung", "Kết quả thực hiện", "Tiến độ", "Ghi chú"],
            "word/document.xml table 3 row 29": ["II.5.a", "Kiểm tra …", "Chi cục đã xây dựng dự thảo kế hoạch …", "Chưa thực hiện", "Theo Kế hoạch số 18/KH-UBND"],
        ]
        input.current[ktpc].submission.entries.removeAll { $0.task == "II.5.a" }
        input.current[ktpc].submission.entries.append(Entry(task: "II.5.a", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(3, "word/document.xml paragraph 20", "3 đoàn kiểm tra"),
                         IndicatorID("establishments_inspected"): Fixtures.figure(169, "word/document.xml paragraph 20", "169 cơ sở")],
            text: "Phòng đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng tham gia 3 đoàn kiểm tra liên ngành tại 169 cơ sở.", sources: ["word/document.xml paragraph 20"]))
        var other = input.current[ktpc]
        other.id = 990
        other.submission.unit = UnitRef(id: "SKHCN-TTCNTT", name: "Trung tâm Công nghệ thông tin và Địa không gian Thành phố Hồ Chí Minh")
        other.submission.entries = [Entry(task: "II.2.i", status: .completed, statusSource: "'Tổng hợp'!C7")]
        other.submission.difficulties = [Item(text: "Việc kết nối, chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về tiêu chuẩn, đo lường và chất lượng còn gặp khó khăn về kỹ thuật.", source: "'Khó khăn'!B3")]
        input.current.append(other)
        // REVIEW43 #3 (over this item's 5.a for ct38: under way, Review44Tests): the rule runs on
        // the pipeline that keeps it.
        // REVIEW49 #10: the lead's bare-cited note said in the body on the rule that says it.
        var apart = Fixtures.partnerJointApart
        apart.rules.bareCitationsInAppendix = false
        let v = VietnameseRenderer(OutboxWriters.consolidate(input, apart), definition: apart)
        // REVIEW48 #1: said once, in II, as the lead's "chưa thực hiện" with the partner's work.
        let iii2 = body(v)
        let five = try #require(iii2.split(separator: "\n").first { $0.contains("theo Kế hoạch số 18/KH-UBND") && $0.contains("Phòng Kiểm tra") }, "\(iii2)")
        // REVIEW42 #3 (over this item's attribution): the Department's voice, each part said of its unit.
        #expect(five.contains("chưa thực hiện") && !five.contains("báo cáo chưa"), "\(five)")
        // REVIEW44 #1: the partner's account, "báo cáo".
        // REVIEW46 #8 (over REVIEW44 #1): the Department speaks, no "… báo cáo đã …".
        #expect(five.contains("Phòng Kiểm tra – Pháp chế đã phối hợp") && five.contains("169 cơ sở"), "\(five)")
        let two = try #require(iii2.split(separator: "\n").first { $0.contains("Trung tâm Công nghệ thông tin") && $0.contains("đã hoàn thành") }, "\(iii2)")
        #expect(two.contains("đã hoàn thành phần việc") && two.contains("do Chi cục chủ trì chưa triển khai"), "\(two)")
        #expect(two.contains("đồng thời phản ánh") && two.contains("khó khăn về kỹ thuật"), "\(two)")
    }

    // MARK: - #7, #10: the Sở's own units — postponing counted, causes subjective, non-reporting in Phụ lục II only

    /// An own phòng putting off its part for want of funds, as two units outside do: counted
    /// and named among them. "b) Chủ quan" names the own lead's tasks behind; the own units that
    /// sent nothing are not named in the body, Phụ lục II lists them.
    @Test func theSosOwnUnitsPostponingAndReportingAreSaidWhereTheyBelong() throws {
        var input = Fixtures.input()
        let ktpc = try index(input, "SKHCN-KTPC"), dept = try index(input, "SO-TC"), ward = try index(input, "25771")
        let cause = "Do kinh phí năm 2026 chưa được phân bổ, đơn vị đề xuất chuyển nội dung này sang năm 2027."
        for (i, code) in [(ktpc, "II.5.c"), (dept, "II.2.đ"), (ward, "II.5.c")] {
            input.current[i].submission.entries.removeAll { $0.task == code }
            input.current[i].submission.entries.append(Entry(task: code, status: .notStarted, text: cause, sources: ["word/document.xml paragraph 30"]))
        }
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.removeAll { $0.task == "II.2.i" }
        input.current[chiCuc].submission.entries.append(Entry(task: "II.2.i", status: .notStarted, statusSource: "word/document.xml table 3 row 17 cell 4",
            text: "Chi cục đã xây dựng dự thảo kế hoạch.", sources: ["word/document.xml table 3 row 17 cell 2"]))
        // REVIEW44 #3 reverses this for ct38 (Review45Tests): on the pipeline that keeps it.
        let r = OutboxWriters.consolidate(input, Fixtures.ownPostponementsNamed)
        let v = VietnameseRenderer(r, definition: Fixtures.ownPostponementsNamed)
        #expect(v.definition.rules.postponedOwnUnits == "named")
        let text = body(v)
        let iii2 = section(text, from: v.definition.wording("sections.shortcomings"), to: "IV. PHƯƠNG HƯỚNG")
        let line = try #require(iii2.split(separator: "\n").first { $0.contains("chưa được phân bổ") && $0.contains("chưa thực hiện một số nội dung") }, "\(iii2)")
        #expect(line.contains("Phòng Kiểm tra – Pháp chế"), "\(line)")
        let subjective = section(iii2, from: v.definition.wording("assessment.subjective"), to: "\u{0}")
        // REVIEW48 #2: as the lead wrote it — not started, never "còn chậm".
        // REVIEW53 #2: the cause the leads wrote (their plan not finished), the tasks not started.
        #expect(subjective.contains("do đơn vị thuộc Sở chủ trì") && subjective.contains("chưa triển khai") && subjective.contains("kết nối"), "\(iii2)")
        let missingOwn = r.reporters.filter { r in r.group.map { v.definition.rules.ownGroups.contains($0) } ?? false }.filter { $0.state == .missing }
        try #require(!missingOwn.isEmpty)
        #expect(!text.contains("phòng, đơn vị trực thuộc Sở chưa gửi báo cáo"), "\(text)")
        let appendix = AppendixTables.reporting(v).rows.flatMap(\.cells).compactMap { c -> String? in if case .text(let x) = c { return x } else { return nil } }.joined(separator: "\n")
        #expect(missingOwn.allSatisfy { m in appendix.contains(v.shortName(m.unitName)) || appendix.contains(m.unitName) }, "\(appendix)")
    }

    // MARK: - #8, #6: appendix cells and the budget said plainly

    /// A unit's sentence opening with its cause ("Do kinh phí …, Phòng đề xuất …") takes the
    /// unit's name where its subject stands, never "… đã do kinh phí …"; a note that is no basis
    /// ("Lồng ghép") is no tag in Phụ lục I's "Tiến độ" cell; the budget allocated with no
    /// disbursement reported says so plainly.
    @Test func appendixCellsReadAsSentencesAndTheBudgetSaysWhatIsNotReported() throws {
        var input = Fixtures.input()
        let ktpc = try index(input, "SKHCN-KTPC"), chiCuc = try index(input, "SKHCN-CCTDC")
        let s = ConsolidatedReport.Statement(text: "Do kinh phí năm 2026 chưa được phân bổ, Phòng đề xuất chuyển nội dung này sang năm 2027.",
                                             unit: .init(unitID: "SKHCN-KTPC", unitName: "Phòng Kiểm tra – Pháp chế", file: "a.docx", source: nil),
                                             isLead: false, relevance: 0.5, hasFigure: false)
        _ = ktpc
        input.current[chiCuc].submission.entries.removeAll { $0.task == "II.2.a" }
        input.current[chiCuc].submission.entries.append(Entry(task: "II.2.a", status: .inProgress, statusSource: "word/document.xml table 3 row 7 cell 4",
            text: "Chi cục đang triển khai.", sources: ["word/document.xml table 3 row 7 cell 3"]))
        input.rows[input.current[chiCuc].id] = [
            "word/document.xml table 3 row 1": ["STT", "Nội dung", "Kết quả thực hiện", "Tiến độ", "Ghi chú"],
            "word/document.xml table 3 row 7": ["II.2.a", "Triển khai …", "Chi cục đang triển khai.", "Đang thực hiện", "Lồng ghép"],
        ]
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        let told = v.account(s)
        #expect(told.hasPrefix("Do kinh phí") && told.contains(", Phòng Kiểm tra – Pháp chế đề xuất") && !told.contains("đã do"), "\(told)")
        let a = try #require(r.tasks.first { $0.code == "II.2.a" })
        #expect(a.leadStatus?.note != nil, "the note is kept in the data")
        #expect(!v.taskStateCell(a).lowercased().contains("lồng ghép"), "\(v.taskStateCell(a))")
        // REVIEW42 #3: no drafting note on the disbursement in the body (the desk asks for it).
        #expect(v.definition.wording("results.budgetNone_own").isEmpty)
        #expect(!body(v).contains("chưa được tổng hợp đến thời điểm báo cáo"), "\(body(v))")
    }
}
