@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// The rules the thirteenth blind review asked for (docs/reviews/review-13.md), each in words
/// other than the dev corpus's: the lead's joint work said once as not added, a partner's
/// larger figure explained, no act or deadline the report cannot vouch for, the budget's
/// disbursement or its absence, no "0" nobody gave, one outlier rule for every unit, upward
/// requests only when units outside the Department raised them, tasks counted by deadline kind.
@Suite struct Review13Tests {
    var body: String { VietnameseRenderer(Fixtures.report(JudgementTests.input), definition: Fixtures.definition).body().map(\.text).joined(separator: "\n") }

    /// A group of dated and recurring tasks counts them apart, the ratio over the dated ones;
    /// "quá hạn" is never doubled with "chưa hoàn thành" (REVIEW13 #13). The body states no
    /// group's progress while results.progress is empty (REVIEW17: Phụ lục I's column again).
    @Test func groupsCountDatedAndRecurringTasksApart() throws {
        let r = Fixtures.report(JudgementTests.input)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let text = body
        var mixed = 0
        for g in r.groups {
            let dated = g.tasks.filter { !$0.recurring }.count, recurring = g.tasks.filter(\.recurring).count
            // A group whose tasks all stand alike is said in one phrase.
            guard dated > 0, recurring > 0, Set(g.tasks.map { v.phase($0) }).count > 1 else { continue }
            mixed += 1
            let said = v.groupProgress(g.tasks)
            #expect(said.hasPrefix("Nhóm có \(VietFormat.count(g.tasks.count)) nhiệm vụ (\(VietFormat.count(dated)) nhiệm vụ có thời hạn, \(VietFormat.count(recurring)) nhiệm vụ thường xuyên): "), "group \(g.number)")
            #expect(text.contains(said) == !Fixtures.definition.wording("results.progress").isEmpty, "group \(g.number)")
        }
        try #require(mixed > 0)
        #expect(!text.contains("quá hạn nhưng chưa hoàn thành"))
        #expect(!text.contains("Trong 09 nhiệm vụ, đã hoàn thành 01/09"))
    }

    /// The lead tells it took part in inspections the wards held with it by name: the city-wide
    /// total holds the wards' count, and one sentence says the lead's own count is not added
    /// (REVIEW13 #1).
    @Test func aLeadsJointWorkIsSaidOnceAsNotAdded() throws {
        var input = JudgementTests.input
        let chiCuc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" }!
        input.current[chiCuc].submission.entries.append(
            Entry(task: "II.5.a", status: .inProgress,
                  indicators: [IndicatorID("inspections"): Fixtures.figure(6, "word/document.xml paragraph 80", "06 đợt"),
                               IndicatorID("establishments_inspected"): Fixtures.figure(30, "word/document.xml paragraph 80", "30 cửa hàng")],
                  text: "Chi cục đã tham gia 6 đợt kiểm tra liên ngành tại 30 cửa hàng kinh doanh mũ bảo hiểm.", sources: ["word/document.xml paragraph 80"]))
        let ward = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        let i = input.current[ward].submission.entries.firstIndex { $0.task == "II.5.a" }!
        input.current[ward].submission.entries[i].text =
            "Ủy ban nhân dân phường đã chủ trì, phối hợp với Chi cục Tiêu chuẩn Đo lường Chất lượng kiểm tra 2 đợt tại các cửa hàng mũ bảo hiểm, xử phạt 12.500.000 đồng."
        // Counted by the partners (REVIEW27 #3 counts it by the lead in the ct38 pipeline).
        let r = Fixtures.reportByPartners(input)
        let a = try #require(r.tasks.first { $0.code == "II.5.a" })
        #expect(a.notCounted.contains { $0.unitID == "SKHCN-CCTDC" && $0.indicator == "inspections" && $0.reason == .jointWork && $0.heldBy == ["25771"] })
        let inspections = try #require(r.groups.first { $0.number == 5 }!.figures.first { $0.indicator == "inspections" })
        #expect(inspections.counted == inspections.total - 6)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let sentence = try #require(v.cityWide(r.groups.first { $0.number == 5 }!))
        // One statement of the total, no drafting note after it; the lead's part said once, on
        // its own sentence: not added, the wards' count (02) not covering its 06 (REVIEW16 #3.3).
        #expect(!sentence.contains("Số liệu trên"), "\(sentence)")
        let body = v.body().map(\.text).joined(separator: "\n")
        // Not added: its own sentence right after the total, no note on it (REVIEW22 #1).
        // Session 19: the ward that held it with the lead reported, so the sentence says which
        // part the total counts (results.jointApartHeld), never "Ngoài ra".
        let apart = Fixtures.definition.wording("results.jointApartHeld", ["text": "Chi cục đã tham gia 06 đợt kiểm tra liên ngành tại 30 cửa hàng kinh doanh mũ bảo hiểm",
                                                                           "held": "Phường Chánh Hiệp", "activity": "kiểm tra", "lead": "Chi cục", "figures": "\u{1}"])
            .components(separatedBy: "\u{1}")
        #expect(body.contains(sentence + " " + apart[0]) && body.contains(apart[1]), "\(body)")
        #expect(body.components(separatedBy: "6 đợt kiểm tra liên ngành").count == 2)
        // With inspections of its own counted, not.
        var own = input
        own.current[chiCuc].submission.entries.append(
            Entry(task: "II.5.b", status: .inProgress,
                  indicators: [IndicatorID("inspections"): Fixtures.figure(4, "word/document.xml paragraph 81", "04 cuộc")],
                  text: "Chi cục đã chủ trì 4 cuộc kiểm tra nhãn hàng hóa đồ chơi trẻ em.", sources: ["word/document.xml paragraph 81"]))
        let ownReport = Fixtures.reportByPartners(own)
        let ownSentence = try #require(VietnameseRenderer(ownReport, definition: Fixtures.definition).cityWide(ownReport.groups.first { $0.number == 5 }!))
        #expect(!ownSentence.contains("chưa gồm kết quả kiểm tra"), "\(ownSentence)")
        // Phụ lục III's note says the same, with no working note left in it (REVIEW13 #15).
        // The method notes are the review page's (REVIEW27 #12), not Phụ lục III's.
        let notes = AppendixTables.methodNotes(v)
        // One note of the rule, naming the task (REVIEW25 #2).
        #expect(notes.contains { $0.contains("chỉ tính một lần") && $0.contains("nhiệm vụ " + a.letter) })
        #expect(!notes.contains { $0.contains("đang được rà soát") || $0.contains("đang được xác minh") })
    }

    /// A partner's figure of work a lead held, larger than the lead's own: Phụ lục III's note
    /// says plainly it is not added, why, and that the two figures differ; the same figure told
    /// under two tasks is noted as listed once and not added there either (REVIEW13 #2).
    @Test func aPartnersLargerFigureIsExplainedAsNotAdded() throws {
        let input = JudgementTests.withLeadSurvey(samples: 25, paragraph: 61,
                                                  text: "Chi cục đã khảo sát chất lượng 25 mẫu sơn tường tại các đại lý vật liệu xây dựng.")
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let table = AppendixTables.figures(v)
        // The method notes are the review page's (REVIEW27 #12: Phụ lục III's legend one line).
        let methodNotes = AppendixTables.methodNotes(v)
        let note = try #require(methodNotes.first { $0.contains("báo cáo đã phối hợp lấy, thử nghiệm 3.026 mẫu") }, "\(methodNotes)")
        #expect(note.contains("không cộng vào cột “Tổng cộng”") && note.contains("25 mẫu") && !note.contains("chưa thống nhất"), "\(note)")
        // The table agrees: the samples' total is the lead's alone.
        let row = try #require(table.rows.first { $0.cells.count == 6 && $0.cells[2] == .text(v.indicatorLabel("samples_tested")) && $0.cells[0] == .text("b") })
        #expect(row.cells[3] == .number(25))
        // Told under 5.a as well, listed once at 5.b: the note does not say it is counted there.
        #expect(!methodNotes.contains { $0.contains("chỉ tính một lần, ở nhiệm vụ b") }, "\(methodNotes)")
        #expect(methodNotes.contains { $0.contains("chỉ ghi một lần, ở nhiệm vụ b, và không cộng vào cột “Tổng cộng”") }, "\(methodNotes)")
    }

    /// Phụ lục III's legend names only the marks the table uses (REVIEW13 #15).
    @Test func theLegendNamesOnlyTheMarksUsed() {
        let r = Fixtures.report(JudgementTests.input)
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let table = AppendixTables.figures(v)
        let legend = table.notes.first { $0.contains("không cộng vào cột “Tổng cộng”") && $0.contains("số liệu ghi") } ?? ""
        let cells = table.rows.flatMap(\.cells).compactMap { c -> String? in if case .text(let t) = c { return t } else { return nil } }.joined(separator: "\n")
        for reason in ConsolidatedReport.NotCountedReason.allCases {
            let mark = "(" + Fixtures.definition.wording("appendix.notCounted.\(reason.rawValue)") + ")"
            #expect(cells.contains(mark) == legend.contains("“" + mark + "”"), "\(reason)")
        }
    }

    /// A late task whose lead gives no cause says so; the step is IV's, in the future, with no
    /// month or quarter the Director has not decided (REVIEW13 #3, #11).
    @Test func nothingAssertedThatTheReportCannotVouchFor() {
        // 2.h reported under way past its deadline, no cause given.
        var input = JudgementTests.input
        let chiCuc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" }!
        let e = input.current[chiCuc].submission.entries.firstIndex { $0.task == "II.2.h" }!
        input.current[chiCuc].submission.entries[e].status = .inProgress
        let text = VietnameseRenderer(Fixtures.report(input), definition: Fixtures.definition).body().map(\.text).joined(separator: "\n")
        // REVIEW36 #3: the Chi cục is the Department's own unit; the body says nothing of its
        // reporting (the cause is asked in IV and on the review page).
        #expect(!text.contains("Đơn vị chủ trì chưa báo cáo nguyên nhân."))
        #expect(!text.contains("Sở đã chỉ đạo") && !text.contains("đã đề nghị gửi lại"))
        let iv = text[text.range(of: "IV. PHƯƠNG HƯỚNG")!.upperBound..<text.range(of: "V. ĐỀ XUẤT")!.lowerBound]
        // The lead named (REVIEW14 #11).
        #expect(iv.contains("Chỉ đạo Chi cục làm rõ nguyên nhân"))
        #expect(!iv.contains("Trong tháng") && !iv.contains("Trong Quý"))
        // A file that could not be read: no file jargon, no request (REVIEW30 #11 over
        // REVIEW18 #10's "tệp bị lỗi"; the review page lists the files; REVIEW32 and REVIEW33:
        // nothing of the file at all upward).
        #expect(Fixtures.definition.wording("labels.reporting.unreadable") == "Chưa nhận được báo cáo hợp lệ")
    }

    /// One rule for every unit's attendance: beyond rules.attendance.perEventMost per event of
    /// any kind — a class or a conference alike — the figure is listed, left out, and raised
    /// once (REVIEW13 #6); below it, a conference is counted.
    @Test func oneOutlierRuleForEveryUnit() throws {
        func report(_ people: Double, _ text: String) -> ConsolidatedReport {
            var input = JudgementTests.input
            let dept = input.current.firstIndex { $0.submission.unit?.id == "SO-TC" }!
            input.current[dept].submission.entries.append(
                Entry(task: "II.3.a", status: .completed,
                      indicators: [IndicatorID("training_courses"): Fixtures.figure(2, "word/document.xml paragraph 9", "02 hội nghị"),
                                   IndicatorID("participants"): Fixtures.figure(people, "word/document.xml paragraph 9", VietFormat.number(people))],
                      text: text, sources: ["word/document.xml paragraph 9"]))
            return Fixtures.reportHolding(input)
        }
        let most = try #require(Fixtures.definition.rules.attendance?.perEventMost)
        let big = report(Double(most * 2 + 200), "Sở đã tổ chức 02 hội nghị trực tuyến về ghi nhãn hàng hóa với \(VietFormat.number(Double(most * 2 + 200))) đại biểu.")
        let a = try #require(big.tasks.first { $0.code == "II.3.a" })
        #expect(a.notCounted.contains { $0.unitID == "SO-TC" && $0.reason == .unverified })
        let findings = big.review.filter { $0.unitID == "SO-TC" && ($0.code == "figure-unverified" || $0.code == "figure-attendance-per-event") && $0.params?["code"] == "II.3.a" }
        #expect(findings.count == 1 && findings.first?.code == "figure-unverified")
        let fair = report(Double(most), "Sở đã tổ chức 02 hội nghị trực tuyến về ghi nhãn hàng hóa với \(VietFormat.number(Double(most))) đại biểu.")
        #expect(!fair.tasks.first { $0.code == "II.3.a" }!.notCounted.contains { $0.unitID == "SO-TC" })
    }

    /// A request the units address to a body above is asked of it in V, whoever made it: the
    /// Department's own units are the Department and are not named as proposers; units outside
    /// it are, by kind and number (REVIEW14 #9). A proposal to the Department that only the City
    /// decides is asked of the City only when units outside raised it (REVIEW13 #9).
    @Test func upwardRequestsAreAskedAndAttributed() {
        func body(_ unit: String, _ proposal: String) -> String {
            var input = Fixtures.input()
            let k = input.current.firstIndex { $0.submission.unit?.id == unit }!
            input.current[k].submission.proposals.append(Item(text: proposal, source: "p 12"))
            let text = VietnameseRenderer(Fixtures.report(input), definition: Fixtures.definition).body().map(\.text).joined(separator: "\n")
            return String(text[text.range(of: "V. ĐỀ XUẤT")!.upperBound...])
        }
        let helmet = "Đề nghị Bộ Khoa học và Công nghệ sớm ban hành quy chuẩn kỹ thuật về mũ bảo hiểm cho trẻ em."
        let own = body("SKHCN-KTPC", helmet)
        #expect(own.contains("\nSớm ban hành quy chuẩn kỹ thuật về mũ bảo hiểm cho trẻ em"), "\(own)")
        // REVIEW34 #11 (over REVIEW14 #9, REVIEW18 #2): every request asked upward is
        // attributed to the units that made it, the Department's own by name, never counted.
        #expect(own.contains("mũ bảo hiểm cho trẻ em (kiến nghị của Phòng Kiểm tra – Pháp chế)"), "\(own)")
        #expect(!own.contains("phòng, đơn vị trực thuộc Sở)"), "\(own)")
        let outside = body("25771", helmet)
        #expect(outside.contains("mũ bảo hiểm cho trẻ em (kiến nghị của Phường Chánh Hiệp)"), "\(outside)")
        // A request ending with its own parenthesis: no "(…) (…)".
        let amended = body("25771", "Đề nghị Bộ Khoa học và Công nghệ sớm ban hành thông tư hướng dẫn Luật Đo lường (sửa đổi).")
        // One attribution format throughout V (REVIEW16 #3.9).
        #expect(amended.contains("Luật Đo lường (sửa đổi) (kiến nghị của Phường Chánh Hiệp)"), "\(amended)")
        // Addressed to the national committee, a copy recipient: REVIEW54 #9 (rules.askCopied
        // "through", over REVIEW41 #3's own group) asks it through the Bộ it sits under.
        let national = body("25771", "Kiến nghị Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia sớm công bố danh mục chuẩn đo lường cho phòng thử nghiệm cấp xã.")
        #expect(!national.contains("Đối với Ủy ban Tiêu chuẩn") && national.contains("Chỉ đạo Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia"), "\(national)")
        #expect(national.contains("công bố danh mục chuẩn đo lường cho phòng thử nghiệm cấp xã (kiến nghị của Phường Chánh Hiệp)"), "\(national)")
    }

    /// A result with figures of one of the Department's own units on a task it does not lead
    /// is the Sở's own: stated in the body, not only in the phụ lục (REVIEW13 #17).
    @Test func theDepartmentsOwnUnitsResultsAreInTheBody() throws {
        var input = JudgementTests.input
        let ktpc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-KTPC" }!
        input.current[ktpc].submission.entries.append(
            Entry(task: "II.2.g", status: .inProgress,
                  indicators: [IndicatorID("instruments_verified"): Fixtures.figure(17, "word/document.xml paragraph 33", "17 đồng hồ đo nước")],
                  text: "Phòng đã phối hợp kiểm định 17 đồng hồ đo nước tại các khu chung cư.", sources: ["word/document.xml paragraph 33"]))
        let text = VietnameseRenderer(Fixtures.report(input), definition: Fixtures.definition).body().map(\.text).joined(separator: "\n")
        let ii = text[text.range(of: "II. KẾT QUẢ THỰC HIỆN")!.upperBound..<text.range(of: "III. ĐÁNH GIÁ CHUNG")!.lowerBound]
        #expect(ii.contains("17 đồng hồ đo nước") || ii.contains("kiểm định, hiệu chuẩn 17 phương tiện đo"), "\(ii)")
    }

    /// A short form is introduced where its full form names the field ("về …"), not inside
    /// another phrase that happens to end with it (REVIEW13 #12).
    @Test func anAbbreviationIsIntroducedWhereItNamesTheField() {
        let v = VietnameseRenderer(Fixtures.report(JudgementTests.input), definition: Fixtures.definition)
        let out = v.abbreviate([.paragraph("Phường đã phát tờ rơi pháp luật tiêu chuẩn, đo lường, chất lượng cho tiểu thương; tọa đàm về tiêu chuẩn, đo lường, chất lượng với hộ kinh doanh."),
                                .paragraph("Hội thi tìm hiểu về tiêu chuẩn, đo lường, chất lượng.")])
        #expect(out[0].text == "Phường đã phát tờ rơi pháp luật tiêu chuẩn, đo lường, chất lượng cho tiểu thương; tọa đàm về tiêu chuẩn, đo lường, chất lượng (sau đây viết tắt là TĐC) với hộ kinh doanh.", "\(out[0].text)")
        #expect(out[1].text == "Hội thi tìm hiểu về TĐC.")
    }

    /// The opening cites the plan as the plan says it (REVIEW14 #4: blanks for the văn thư while
    /// its copy leaves number and date blank), and every unit's data cut-off is true of it: one
    /// phrase when the consolidating unit's own date lies within the other units' dates.
    @Test func theOpeningCitesThePlanAsItSaysAndATrueCutoff() throws {
        let r = Fixtures.report(JudgementTests.input)
        let opening = try #require(VietnameseRenderer(r, definition: Fixtures.definition).body().first?.text)
        #expect(opening.contains("Kế hoạch số …/KH-SKHCN ngày … tháng … năm 2026"))
        #expect(!opening.contains("các đơn vị thuộc Sở tính đến ngày"))
        // One cut-off date, true of the reports: the latest of their dates (REVIEW24 F12).
        #expect(opening.contains("đến ngày " + VietFormat.date(r.headline.reportsThrough ?? r.asOf)), "\(opening)")
        #expect(!opening.contains("từ ngày"), "\(opening)")
    }
}
