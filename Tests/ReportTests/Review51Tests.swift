@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW51's findings (a Phó Giám đốc's blind reading, 6/10, "sign after fixes"), answered by
/// general rules (report.yaml wording and switches, the consolidation's and the renderer's
/// judgements), checked on the report made from the dev corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review51Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review51Tests.report, definition: Fixtures.definition) }
    var text: String { body(v) }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    func isOwn(_ r: ConsolidatedReport.ReporterRow) -> Bool {
        r.group.map { Fixtures.definition.rules.ownGroups.contains($0) } == true
    }

    /// #1: units telling of work done "phối hợp với" the task's lead are inside the lead's
    /// figure only when, on every indicator, their figures together fit in it (16 lớp, 1.319
    /// lượt cannot sit inside the lead's 04 lớp, 404 lượt); otherwise every such unit is counted
    /// as it reports — the same words get the same treatment (Sở ATTP's 5 lớp "phối hợp với Chi
    /// cục" was counted while the others' were not). The body, Phụ lục I, the JSON and the desk
    /// read the one decision.
    @Test func jointFiguresTheLeadsFigureCannotHoldTogetherAreCountedForEveryUnitAlike() throws {
        // The rule before REVIEW54 (Fixtures.before54), which changed it (Review54Tests).
        let r = Fixtures.devBefore54, v = Fixtures.rendererBefore54
        let text = body(v)
        let t = try #require(r.tasks.first { $0.code == "II.1.a" })
        let lead = try #require(t.jointWithLead.first?.heldBy?.first)
        var ids: [String] = []
        for j in t.jointWithLead where !ids.contains(j.indicator) { ids.append(j.indicator) }
        // Together the joint figures exceed the lead's own on some indicator.
        let beyond = ids.contains { id in
            t.jointWithLead.filter { $0.indicator == id }.map(\.value).reduce(0, +) > (Consolidator.leadFigure(t, id) ?? 0)
        }
        #expect(beyond, "\(t.jointWithLead)")
        // Every unit telling of work with the lead is among the joint units, the one whose
        // figure alone exceeds the lead's too, and none of their figures is left out.
        let units = Set(t.jointWithLead.map(\.unitID))
        #expect(units.count >= 8, "\(t.jointWithLead.map(\.unitName))")
        #expect(t.jointWithLead.contains { $0.unitName.contains("An toàn thực phẩm") }, "\(t.jointWithLead.map(\.unitName))")
        #expect(!t.notCounted.contains { $0.reason == .jointWork && units.contains($0.unitID) && $0.heldBy == [lead] }, "\(t.notCounted)")
        // The body does not say them "not added", Phụ lục I's note not "counted at the Chi cục".
        let ii1 = section(text, from: "II. KẾT QUẢ THỰC HIỆN", to: "2. ")
        #expect(!ii1.contains("không cộng thêm để tránh trùng lặp"), "\(ii1)")
        let progress = AppendixTables.taskProgress(v)
        let appendix = (progress.rows.map { $0.cells.map(\.display).joined(separator: " | ") } + progress.notes).joined(separator: "\n")
        #expect(!appendix.contains("đã tính tại số liệu của Chi cục"), "\(appendix)")
        // III.1 states the headline's total, which counts them.
        let courses = try #require(r.headline.totals.first { $0.indicator == "training_courses" })
        #expect(text.contains("với \(VietFormat.count(courses.value)) lớp tập huấn, hội nghị"), "\(text)")
        // The JSON and the desk read the same decision.
        let json = try JSONReportReader.read(JSONReportWriter().data(r))
        let back = try #require(json.tasks.first { $0.code == "II.1.a" })
        #expect(!back.notCounted.contains { $0.reason == .jointWork && units.contains($0.unitID) })
        let desk = try #require(r.review.first { $0.code == "figure-joint-with-lead" && $0.params?["code"] == "II.1.a" })
        #expect(desk.params?["counted"] == "true", "\(desk.params ?? [:])")
    }

    /// #4: the lead's own figures of work it took part in (the Chi cục's "tham gia 25 cuộc
    /// kiểm tra tại 518 cơ sở … 800.500.000 đồng") are said as its report states them, with
    /// the plain note that they overlap the chairing units' and are not added — never replaced
    /// by a count of the units no source gives ("phối hợp với 10 phường, xã, đặc khu") and a
    /// promise to report later.
    /// REVIEW53 #3 leaves the Sở's own doubted fines to the appendices: on the rule before.
    @Test func theLeadsOwnFiguresOfJointWorkAreSaidWithTheirOverlap() throws {
        let r = Review51Tests.report
        let text = body(VietnameseRenderer(r, definition: Fixtures.ownDoubtedNoted51))
        let t = try #require(r.tasks.first { Consolidator.jointAccountsDisagree($0, rules: Fixtures.definition.rules) })
        let inspections = try #require(Consolidator.leadFigure(t, "inspections"))
        let fines = try #require(Consolidator.leadFigure(t, "fines_vnd"))
        let ii5 = section(text, from: "5. Tăng cường công tác kiểm tra", to: "6. Trao đổi")
        #expect(ii5.contains("tham gia \(VietFormat.count(inspections)) cuộc kiểm tra"), "\(ii5)")
        #expect(ii5.contains(VietFormat.money(fines)), "\(ii5)")
        #expect(ii5.contains("không cộng vào tổng số nêu trên"), "\(ii5)")
        let partners = Set(t.jointWithLead.map(\.unitID)).count
        #expect(!ii5.contains("phối hợp với \(VietFormat.count(partners)) phường"), "\(ii5)")
        #expect(!ii5.contains("sẽ báo cáo bổ sung"), "\(ii5)")
    }

    /// #3: the units putting work off for want of 2026 funds are one list for every unit: the
    /// Sở's own phòng that wrote the same is in it (first, "thuộc Sở"); the desk still raises it.
    /// REVIEW53 #8 (rules.postponement.ownUnits "remedy") reverses it for ct38 (Review53Tests):
    /// this spec runs on `Fixtures.ownPostponementsFirst51`.
    @Test func ownUnitsPuttingWorkOffForWantOfFundsAreListedWithTheOthers() throws {
        let r = Review51Tests.report
        let own = r.postponements.filter { p in r.reporters.first { $0.unitID == p.unit.unitID }.map(isOwn) == true }
        #expect(!own.isEmpty)
        let v = VietnameseRenderer(r, definition: Fixtures.ownPostponementsFirst51)
        let text = body(v)
        let limits = section(text, from: "2. Hạn chế và nguyên nhân", to: "Nguyên nhân:")
        let line = try #require(limits.split(separator: "\n").first { $0.contains("chuyển sang năm 2027") }, "\(limits)")
        for p in own {
            #expect(line.contains(v.shortName(p.unit.unitName) + " thuộc Sở"), "\(p.unit.unitName): \(line)")
        }
        let units = Set(r.postponements.map(\.unit.unitID)).count
        #expect(line.contains("- \(VietFormat.count(units)) cơ quan, đơn vị, địa phương (") || line.hasPrefix("\(VietFormat.count(units)) "), "\(line)")
        #expect(r.review.contains { $0.code == "own-units-postponed" })
    }

    /// #11: each total says the count of the units behind that figure — the fines from the 20
    /// units that reported them, not the 34 that reported inspections — in III.1 and in II.5.
    @Test func eachTotalSaysTheCountOfTheUnitsBehindIt() throws {
        // The rule before REVIEW54 (Fixtures.before54), which changed it (Review54Tests).
        let r = Fixtures.devBefore54, v = Fixtures.rendererBefore54
        let text = body(v)
        let inspections = try #require(r.headline.totals.first { $0.indicator == "inspections" })
        let fines = try #require(r.headline.totals.first { $0.indicator == "fines_vnd" })
        #expect(fines.units != inspections.units, "\(fines.units) \(inspections.units)")
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        #expect(achieved.contains("theo báo cáo của \(VietFormat.count(inspections.units)) cơ quan"), "\(achieved)")
        // REVIEW52 #5: III.1 no longer repeats II.5's fines (room for the causes); when it
        // states them, it says their own count.
        if achieved.contains(VietFormat.money(fines.value)) {
            #expect(achieved.contains("xử phạt vi phạm hành chính theo báo cáo của \(VietFormat.count(fines.units)) cơ quan, đơn vị, địa phương"), "\(achieved)")
        }
        let ii5 = section(text, from: "5. Tăng cường công tác kiểm tra", to: "6. Trao đổi")
        #expect(ii5.contains("xử phạt vi phạm hành chính theo báo cáo của \(VietFormat.count(fines.units)) cơ quan, đơn vị, địa phương"), "\(ii5)")
    }

    /// #10: III.2 counts and names the Sở's own units apart from the bodies outside — those that
    /// sent nothing by name — and a unit of the Sở is never among the "cơ quan, địa phương"
    /// (its late supplement said with its own units, not with the wards').
    @Test func ownUnitsReportingIsCountedAndNamedApartFromTheBodiesOutside() throws {
        let r = Review51Tests.report
        let limits = section(text, from: "Công tác báo cáo chưa đầy đủ", to: "Nguyên nhân:")
        let own = r.reporters.filter(isOwn)
        let sent = own.filter { ![.missing, .unreadable].contains($0.state) }.count
        let ownSentence = try #require(limits.range(of: "Có \(VietFormat.count(sent))/\(VietFormat.count(own.count)) phòng, đơn vị trực thuộc Sở gửi báo cáo"), "\(limits)")
        let outside = String(limits[..<ownSentence.lowerBound]), ownPart = String(limits[ownSentence.lowerBound...])
        for u in own {
            #expect(!outside.contains(v.shortName(u.unitName)), "\(u.unitName): \(outside)")
            if u.state == .missing { #expect(ownPart.contains(v.shortName(u.unitName)), "\(u.unitName): \(ownPart)") }
        }
    }

    /// #9: nothing attributed to a document that it does not say — the deadlines are the
    /// plan's, the letter asks for the reports by them; no date for a decree no source dates.
    @Test func documentsAreCitedForWhatTheySay() throws {
        var cited = Review51Tests.report
        cited.direction = .init(plan: nil, request: .init(number: "3944/SKHCN-TĐC", date: try #require(PlanDate(iso: "2026-10-04")), units: 5, citing: 5),
                                reminders: 4, ownPlans: cited.direction?.ownPlans ?? [])
        let direction = section(body(VietnameseRenderer(cited, definition: Fixtures.definition)), from: "I. CÔNG TÁC CHỈ ĐẠO", to: "II. KẾT QUẢ")
        #expect(direction.contains("Công văn số 3944/SKHCN-TĐC ngày 04 tháng 10 năm 2026 đề nghị các đơn vị báo cáo kết quả thực hiện theo thời hạn tại Kế hoạch (trước ngày 01/11/2026"), "\(direction)")
        #expect(!direction.contains("2026 đề nghị báo cáo kết quả trước ngày"), "\(direction)")
        let text = self.text
        #expect(text.contains("Nghị định số 133/2025/NĐ-CP"), "\(text)")
        #expect(!text.contains("133/2025/NĐ-CP ngày"), "\(text)")
    }

    /// #2: asking the Sở's own budget holder where its money came from is internal: no line in
    /// IV of the report to the City; the desk keeps the amounts, their sum and the question.
    @Test func theBudgetHoldersSourceIsAskedOnTheDeskNotInTheReport() throws {
        let r = Review51Tests.report
        let outlook = section(text, from: "IV. PHƯƠNG HƯỚNG", to: "V. ĐỀ XUẤT")
        #expect(!outlook.contains("nguồn kinh phí của các khoản chi"), "\(outlook)")
        #expect(!outlook.contains("dự toán 349.000.000 đồng"), "\(outlook)")
        #expect(r.review.contains { $0.code == "budget-over-plan" }, "\(r.review.map(\.code))")
    }

    /// #7: a unit whose file still carries a reviewer's unresolved "kiểm tra lại số liệu"
    /// comment, named with figures in the body, has them said as being confirmed ("(số liệu
    /// đang được đề nghị đơn vị xác nhận lại)"), not as plain results.
    @Test func figuresUnderAnUnresolvedCheckCommentAreSaidAsBeingConfirmed() throws {
        // The rule before REVIEW54 (Fixtures.before54), which changed it (Review54Tests).
        let r = Fixtures.devBefore54, v = Fixtures.rendererBefore54
        let text = body(v)
        let files = Set((r.comments ?? []).filter(\.unchecked).map(\.file))
        let names = r.submissions.filter { files.contains($0.file) }.map { v.shortName($0.unitName) }
        #expect(!names.isEmpty)
        let results = section(text, from: "II. KẾT QUẢ THỰC HIỆN", to: "III. ĐÁNH GIÁ CHUNG").replacingOccurrences(of: "\n", with: " ")
        var named = 0
        for n in names {
            guard let at = results.range(of: n + " đã ") else { continue }
            let rest = results[at.upperBound...]
            let end = [rest.range(of: "; ")?.lowerBound, rest.range(of: ". ")?.lowerBound].compactMap { $0 }.min() ?? rest.endIndex
            let clause = rest[..<end]
            guard clause.contains(where: \.isNumber) else { continue }
            named += 1
            #expect(clause.contains("(số liệu đang được đề nghị đơn vị xác nhận lại)"), "\(n): \(clause)")
        }
        #expect(named > 0, "\(names)")
    }
}
