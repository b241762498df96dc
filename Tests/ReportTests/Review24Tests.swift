@testable import Consolidation
import Extraction
import Foundation
import Intake
import OOXML
import Plan
@testable import ReportWriters
import Testing

/// REVIEW24 (blind review of the report made from the dev corpus, 5/10): figures copied right,
/// combined and said wrong. Each test states a rule in data of no corpus, in other words than
/// the corpus's, and fails without the fix.
@Suite struct Review24Tests: ReviewOfTheBody {
    // MARK: - F3, F4: work done together with the lead, counted once

    /// The lead says it reviewed its drafts together with a kind of unit ("cùng các sở, ngành
    /// liên quan"); a sở reports reviews of the same kind of work. They fit in the lead's own
    /// figure: counted once, in it — not added to the city-wide total — and the desk asks the
    /// lead to confirm.
    @Test func reviewsTheLeadDidWithAKindAreCountedOnceInTheLeads() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC"), dept = try index(input, "SO-TC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.2.e", status: .inProgress,
            indicators: [IndicatorID("standards_reviewed"): Fixtures.figure(30, "word/document.xml paragraph 50", "30 dự thảo")],
            text: "Chi cục đã chủ trì, phối hợp với các sở, ngành liên quan rà soát 30 dự thảo tiêu chuẩn quốc gia về an toàn điện.",
            sources: ["word/document.xml paragraph 50"]))
        input.current[dept].submission.entries.append(Entry(task: "II.2.e", status: .inProgress,
            indicators: [IndicatorID("standards_reviewed"): Fixtures.figure(3, "word/document.xml paragraph 9", "03 dự thảo")],
            // Its own words say the work was the lead's with it (REVIEW26 #4: never the lead's words alone).
            text: "Sở đã phối hợp với Chi cục cho ý kiến đối với 03 dự thảo tiêu chuẩn quốc gia thuộc lĩnh vực quản lý.", sources: ["word/document.xml paragraph 9"]))
        let r = Fixtures.report(input)
        let t = try #require(r.tasks.first { $0.code == "II.2.e" })
        #expect(t.jointWithLead.map(\.unitID) == ["SO-TC"] && t.jointWithLead.first?.heldBy == ["SKHCN-CCTDC"])
        #expect(t.notCounted.contains { $0.unitID == "SO-TC" && $0.indicator == "standards_reviewed" && $0.reason == .jointWork })
        let total = try #require(r.headline.totals.first { $0.indicator == "standards_reviewed" })
        #expect(total.value == 30, "\(total)")
        let finding = try #require(r.review.first { $0.code == "figure-joint-with-lead" && $0.params?["code"] == "II.2.e" })
        #expect(finding.params?["counted"] == "false")
        // REVIEW47 #2, #7 (over this for ct38: the figures left to Phụ lục I, Review47Tests): on the pipeline that keeps them in the body.
        let v = VietnameseRenderer(r, definition: Fixtures.jointFiguresInBody)
        #expect(v.reviewMessage(finding).contains("xác nhận"), "\(v.reviewMessage(finding))")
        #expect(!body(v).contains("33 dự thảo"), "\(body(v))")
        // Which is joint, said: the sở's part with the lead, not added.
        // Which is joint, said; how it is counted is section II's opening, not a note (REVIEW25 #8).
        #expect(body(v).contains("Sở Tài chính đã phối hợp với Chi cục") && !body(v).contains("(không cộng thêm vào tổng số)"), "\(body(v))")
    }

    /// Wards tell they held classes together with the lead, more than the lead's own count:
    /// they cannot all be inside it, so they are counted as the wards report them, the body says
    /// which of them were joint, and the desk asks the lead which its own figure includes.
    @Test func jointClassesBeyondTheLeadsAreCountedAndSaidToBeJoint() throws {
        var input = Fixtures.input()
        let ward = try index(input, "25771")
        let i = try #require(input.current[ward].submission.entries.firstIndex { $0.task == "II.1.a" })
        input.current[ward].submission.entries[i].indicators = [
            IndicatorID("training_courses"): Fixtures.figure(7, "xl/worksheets/sheet1.xml C4", "7"),
            IndicatorID("participants"): Fixtures.figure(510, "xl/worksheets/sheet1.xml D4", "510"),
        ]
        input.current[ward].submission.entries[i].text =
            "Ủy ban nhân dân phường đã phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng mở 07 lớp bồi dưỡng cho tiểu thương các chợ với 510 lượt người tham dự."
        let r = Fixtures.reportJointSum(input)
        let t = try #require(r.tasks.first { $0.code == "II.1.a" })
        #expect(Set(t.jointWithLead.map(\.indicator)) == ["training_courses", "participants"], "\(t.jointWithLead)")
        #expect(!t.notCounted.contains { $0.unitID == "25771" && $0.reason == .jointWork })
        // REVIEW25 #2: the lead's own classes are among those held with it, counted once —
        // in the ward's figure, the lead's not added on top; the desk asks the lead.
        // REVIEW33 #7 (over REVIEW25 #2): the lead's own classes are counted, not left out as
        // inside the ward's joint ones (Review33Tests.theLeadsOwnClassesAreCountedBesideJointOnes).
        #expect(!t.notCounted.contains { $0.unitID == "SKHCN-CCTDC" && $0.reason == .jointWork }, "\(t.notCounted)")
        // REVIEW47 #2, #7 (over this for ct38: the figures left to Phụ lục I, Review47Tests): on the pipeline that keeps them in the body.
        let v = VietnameseRenderer(r, definition: Fixtures.jointFiguresInBody)
        let said = Fixtures.definition.wording("results.jointWithLeadLeadInside", ["who": "Phường Chánh Hiệp", "lead": "Chi cục", "clauses": "\u{1}"])
            .components(separatedBy: "\u{1}")[0]
        #expect(body(v).contains(said), "\(body(v))")
    }

    /// A unit working together with another body than the lead ("phối hợp với Hội Liên hiệp
    /// Phụ nữ phường") did not do the lead's work: its figures are its own.
    @Test func workWithAnotherBodyIsNotTheLeads() throws {
        var input = Fixtures.input()
        let ward = try index(input, "25771")
        let i = try #require(input.current[ward].submission.entries.firstIndex { $0.task == "II.1.a" })
        input.current[ward].submission.entries[i].text =
            "Phường đã phối hợp với Hội Liên hiệp Phụ nữ phường mở 03 lớp tập huấn cho hộ kinh doanh với 1.250 lượt người."
        let r = Fixtures.report(input)
        #expect(r.tasks.first { $0.code == "II.1.a" }?.jointWithLead.isEmpty == true)
        #expect(!r.review.contains { $0.code == "figure-joint-with-lead" })
    }

    // MARK: - F2: the joint inspections' sentence is true of the numbers

    /// The lead took part in inspections the wards held with it; the sentence after the total
    /// says what the wards reported of them (their figures are in the total), never "trong đó"
    /// over the lead's own figures.
    @Test func theJointInspectionsSentenceStatesTheHoldersFigures() throws {
        var input = JudgementTests.input
        let chiCuc = try index(input, "SKHCN-CCTDC"), ward = try index(input, "25771")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.5.a", status: .inProgress,
            indicators: [IndicatorID("inspections"): Fixtures.figure(9, "word/document.xml paragraph 80", "09 đợt"),
                         IndicatorID("fines_vnd"): Fixtures.figure(70_000_000, "word/document.xml paragraph 80", "70.000.000")],
            text: "Chi cục đã tham gia 09 đợt kiểm tra hàng đóng gói sẵn tại các siêu thị, xử phạt 70.000.000 đồng.", sources: ["word/document.xml paragraph 80"]))
        let i = try #require(input.current[ward].submission.entries.firstIndex { $0.task == "II.5.a" })
        input.current[ward].submission.entries[i].text =
            "Ủy ban nhân dân phường đã chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 2 đợt hàng đóng gói sẵn, xử phạt 12.500.000 đồng."
        // Counted by the partners (REVIEW27 #3 counts it by the lead in the ct38 pipeline).
        let v = VietnameseRenderer(Fixtures.reportByPartners(input), definition: Fixtures.definition)
        let text = body(v)
        let sentence = try #require(text.components(separatedBy: "\n").first { $0.contains("09 đợt kiểm tra hàng đóng gói sẵn") }, "\(text)")
        #expect(!sentence.contains("trong đó, kết quả"), "\(sentence)")
        #expect(sentence.contains("12.500.000") && !sentence.contains("không cộng thêm vào tổng số"), "\(sentence)")
    }

    /// The lead's own row on one of the group's tasks was copied from another task, and its
    /// only inspections are the joint ones the wards count: the total is said to be without the
    /// inspections the lead held itself (REVIEW24 F1: never read as the city's whole result).
    @Test func aTotalWithoutTheLeadsOwnInspectionsSaysSo() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC"), ward = try index(input, "25771")
        let copied = "Chi cục đã lập dự thảo phương án và dự kiến triển khai trong quý cuối năm sau khi được phê duyệt."
        input.current[chiCuc].submission.entries += [
            Entry(task: "II.6.b", status: .inProgress, text: copied, sources: ["word/document.xml table 3 row 40 cell 2"]),
            Entry(task: "II.5.b", status: .notStarted, text: copied, sources: ["word/document.xml table 3 row 30 cell 2"]),
            Entry(task: "II.5.a", status: .inProgress,
                  indicators: [IndicatorID("inspections"): Fixtures.figure(9, "word/document.xml paragraph 80", "09 đợt")],
                  text: "Chi cục đã tham gia 09 đợt kiểm tra hàng đóng gói sẵn tại các siêu thị.", sources: ["word/document.xml paragraph 80"]),
        ]
        let i = try #require(input.current[ward].submission.entries.firstIndex { $0.task == "II.5.a" })
        input.current[ward].submission.entries[i].text =
            "Ủy ban nhân dân phường đã chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 2 đợt hàng đóng gói sẵn, xử phạt 12.500.000 đồng."
        let r = Fixtures.report(input)
        try #require(r.tasks.contains { $0.group == 5 && $0.basis == .leadCopied }, "\(r.tasks.filter { $0.group == 5 }.map { ($0.code, $0.basis) })")
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let g5 = try #require(r.groups.first { $0.number == 5 })
        let sentence = try #require(v.cityWide(g5))
        // REVIEW26 #2 and §4 strike the note ("Không có số liệu kiểm tra do Chi cục chủ trì"),
        // reversing this test's earlier expectation: the lead's own figure is stated apart
        // instead, beside the total, so the total is never read as including it.
        #expect(Fixtures.definition.wording("results.cityNoLead", ["lead": "Chi cục", "activity": "kiểm tra"]).isEmpty)
        #expect(!sentence.contains("Không có số liệu"), "\(sentence)")
        let text = body(v)
        let group5 = text[text.range(of: "\n5. ")!.upperBound..<text.range(of: "\n6. ")!.lowerBound]
        #expect(group5.contains("09 đợt"), "\(group5)")
    }

    // MARK: - F5: a figure left out as unverified is not stated as fact

    @Test func anUnverifiedFigureIsNotStatedInTheBody() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.3.b", status: .completed,
            indicators: [IndicatorID("training_courses"): Fixtures.figure(2, "word/document.xml paragraph 60", "02 khóa"),
                         IndicatorID("participants"): Fixtures.figure(1_800, "word/document.xml paragraph 60", "1.800")],
            text: "Chi cục đã mở 02 khóa đào tạo kỹ thuật viên đo lường cho 1.800 học viên của các doanh nghiệp.", sources: ["word/document.xml paragraph 60"]))
        let r = Fixtures.reportHolding(input)
        #expect(r.tasks.first { $0.code == "II.3.b" }?.notCounted.contains { $0.reason == .unverified && $0.value == 1_800 } == true)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        #expect(!body(v).contains("1.800"), "\(body(v))")
        #expect(r.review.contains { $0.code == "figure-unverified" && $0.params?["code"] == "II.3.b" })
    }

    // MARK: - F9, F14: money that is not the plan's; the list of work put off

    /// A sở's own money spent on its quality system is not the plan's budget: said with the
    /// work of its group, never in the paragraph "Kinh phí thực hiện Kế hoạch".
    @Test func otherUnitsMoneyIsNotUnderThePlansBudget() throws {
        var input = Fixtures.input()
        let dept = try index(input, "SO-TC")
        input.current[dept].submission.entries.append(Entry(task: "II.2.b", status: .completed,
            indicators: [IndicatorID("budget_spent_vnd"): Fixtures.figure(63_000_000, "word/document.xml paragraph 12", "63.000.000")],
            text: "Sở đã chi 63.000.000 đồng để đánh giá nội bộ hệ thống quản lý chất lượng của cơ quan.", sources: ["word/document.xml paragraph 12"]))
        let v = Fixtures.renderer(input)
        let blocks = v.body().map(\.text)
        let heading = try #require(blocks.firstIndex { $0.hasSuffix(Fixtures.definition.wording("sections.budget")) })
        let underBudget = blocks[heading...].prefix(2).joined(separator: "\n")
        #expect(!underBudget.contains("63.000.000"), "\(underBudget)")
        #expect(blocks[..<heading].joined(separator: "\n").contains("63.000.000"), "\(blocks[..<heading])")
    }

    /// Every unit outside the Department that wrote it puts work off for want of funds: III.2
    /// lists them; the Department's own phòng is for the review desk (REVIEW26 #5).
    @Test func thePostponedListLeavesTheDepartmentsOwnUnitsToTheDesk() throws {
        var input = Fixtures.input()
        let reason = "Chưa tổ chức được do kinh phí năm 2026 chưa được phân bổ, đề xuất chuyển nội dung này sang năm 2027."
        for id in ["SKHCN-KTPC", "SO-TC", "25771"] {
            let i = try index(input, id)
            input.current[i].submission.difficulties.append(Item(text: reason, source: "word/document.xml paragraph 77"))
        }
        // REVIEW48 #4 lists own units first in ct38; this spec runs on the desk rule.
        let text = body(Fixtures.rendererOwnDesk(input))
        // The reason stated, attributed; the units' proposal to move the work is theirs (REVIEW25 #4).
        let line = try #require(text.components(separatedBy: "\n").first { $0.contains("kinh phí năm 2026 chưa được phân bổ") }, "\(text)")
        // REVIEW28 #7 (reversing REVIEW25 #4 and REVIEW26 #5 here): the units' proposal to move
        // the work is a proposal the Director decides, said as theirs, every unit that made it
        // listed, the Department's own phòng too (REVIEW24 F14's "add it" again); IV answers it.
        #expect(line.contains("đề xuất chuyển") && line.contains("sang năm 2027"), "\(line)")
        // REVIEW29 #6 (back to REVIEW26 #5): the Sở's own phòng is the desk's, not named upward.
        // REVIEW36 #8 (over REVIEW29 #6): every group's units, the Sở's own phòng too.
        // REVIEW37 #9 (over REVIEW36 #8): the own phòng's for want of funds is the Giám đốc's.
        // REVIEW39 #7 (over REVIEW37 #9): named with the others.
        // REVIEW44 #3 (over REVIEW39 #7): the own phòng's is settled inside (the desk's).
        // REVIEW46 #7 (over REVIEW44 #3): the own phòng putting work off is named with the others.
        // REVIEW47 #5 (over REVIEW46 #7): the own phòng's is the desk's, never reported upward unfunded.
        #expect(!line.contains("Kiểm tra – Pháp chế") && line.contains("Sở Tài chính") && line.contains("Chánh Hiệp"), "\(line)")
        let outlook = String(text[text.range(of: "IV. PHƯƠNG HƯỚNG")!.upperBound...])
        #expect(outlook.contains("vào Kế hoạch năm 2027"), "\(outlook)")
        let r = Fixtures.report(input)
        let desk = try #require(r.review.first { $0.code == "own-units-postponed" })
        #expect(desk.params?["names"]?.contains("Kiểm tra – Pháp chế") == true, "\(desk.params ?? [:])")
    }

    // MARK: - F12, F13: the cut-off and the replacements sent late

    @Test func theCutoffIsTheReportsAndLateReplacementsAreSaid() throws {
        var input = Fixtures.input()
        let ward = try index(input, "25771")
        // A replacement dated after the wards' deadline (15/11), the first report on time.
        input.current[ward].submission.document.date = "2026-11-19"
        input.asOf = PlanDate(iso: "2026-12-05")!
        let r = Fixtures.report(input)
        #expect(r.headline.reportsThrough == PlanDate(iso: "2026-11-19"))
        #expect(r.headline.reporting.laterAfterDeadline == 1, "\(r.headline.reporting)")
        let text = body(VietnameseRenderer(r, definition: Fixtures.definition))
        #expect(text.contains("đến ngày 19/11/2026") && !text.contains("05/12/2026"), "\(text)")
        #expect(text.contains(Fixtures.definition.wording("assessment.laterAfterDeadline", ["n": "01"])), "\(text)")
    }

    // MARK: - F8: the lead's word against another unit's, one clear question

    @Test func aLeadsNotStartedAgainstAnotherUnitsCompletedIsAsked() throws {
        var input = Fixtures.input()
        let chiCuc = try index(input, "SKHCN-CCTDC"), dept = try index(input, "SO-TC")
        input.current[chiCuc].submission.entries.append(Entry(task: "II.6.b", status: .notStarted,
            text: "Chi cục đang chờ phê duyệt đề cương hợp tác với cơ sở đào tạo.", sources: ["word/document.xml paragraph 62"]))
        input.current[dept].submission.entries.append(Entry(task: "II.6.b", status: .completed, sources: ["word/document.xml table 2 row 9"]))
        let r = Fixtures.report(input)
        let rows = r.review.filter { $0.code == "status-conflict" && $0.params?["code"] == "II.6.b" }
        #expect(rows.count == 1, "\(r.review.map(\.code))")
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let message = v.reviewMessage(try #require(rows.first))
        #expect(message.contains("Sở Tài chính") && message.contains("chưa thực hiện"), "\(message)")
    }

    // MARK: - F11: a refused file whose own header names its sender

    /// A file refused for its DOCTYPE, named with no unit, whose header names a ward: Phụ lục
    /// II counts the ward as having sent a file that could not be read, not as "chưa gửi".
    @Test func aRefusedFileIsCountedForTheUnitItsHeaderNames() throws {
        var w = PackageWriter()
        w.add("[Content_Types].xml", string: #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
        w.add("_rels/.rels", string: #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        w.add("word/document.xml", string: #"<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY x "y">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p><w:p><w:r><w:t>PHƯỜNG CHÁNH HIỆP</w:t></w:r></w:p><w:p><w:r><w:t>Kính gửi: Chi cục Tiêu chuẩn Đo lường Chất lượng</w:t></w:r></w:p></w:body></w:document>"#)
        let data = try w.data()
        let intake = try FileIntake(pipeline: Fixtures.pipeline)
        let s = intake.take(data: data, fileName: "bao-cao-ban-cuoi.docx", displayPath: "bao-cao-ban-cuoi.docx")
        #expect(s.status == .rejected)
        #expect(FileIntake.senderUnitID(s) == "25771", "\(s.findings)")
        // Without the ward's own readable report, it is counted as sent and refused.
        let fixture = Fixtures.input()
        var taken = fixture.current.filter { $0.submission.unit?.id != "25771" }.map { TakenFile(submission: $0.submission, path: $0.path, receivedAt: $0.receivedAt) }
        taken.append(TakenFile(submission: s, path: "bao-cao-ban-cuoi.docx", receivedAt: Fixtures.date("2026-11-14")))
        let input = Fixtures.reconciled(taken)
        let row = try #require(input.reporters.first { $0.unitID == "25771" })
        #expect(row.state == .unreadable, "\(row.state)")
        #expect(Fixtures.report(input).refused.first { $0.path == "bao-cao-ban-cuoi.docx" }?.unitID == "25771")
    }

    /// A refused file that names no unit at all is the review page's (REVIEW30 #11, reversing
    /// F11's sentence under Phụ lục II): listed there, never a note upward.
    @Test func refusedFilesOfNoKnownUnitAreCountedInPhuLucII() throws {
        let v = Fixtures.renderer(Fixtures.input())
        let unknown = v.report.refused.filter { $0.unitID == nil }.count
        try #require(unknown > 0)
        let notes = AppendixTables.reporting(v).notes
        #expect(!notes.contains { $0.contains("không xác định được đơn vị gửi") }, "\(notes)")
        #expect(HTMLReviewWriter().html(v).contains("Tệp bị từ chối (\(v.report.refused.count))"))
    }
}
