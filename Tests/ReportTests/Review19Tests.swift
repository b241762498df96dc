@testable import Consolidation
import Extraction
import Foundation
import Plan
import ReportWriters
import Testing

/// The rules the nineteenth blind review asked for (REVIEW19), in words other than the
/// corpus's.
@Suite struct Review19Tests: ReviewOfTheBody {
    /// Every date the body gives as the data's cut-off ("đến ngày …") is one date, the latest
    /// of the units' reports' own dates the JSON's headline states (REVIEW19 #10: one date;
    /// REVIEW24 F12: true of the reports, not the day the report is made).
    @Test func oneCutoffDateEverywhere() throws {
        for asOf in ["2026-11-24", "2026-12-15"] {
            var input = Fixtures.input()
            input.asOf = PlanDate(iso: asOf)!
            let r = Fixtures.report(input)
            let json = try JSONSerialization.jsonObject(with: JSONReportWriter().data(r)) as? [String: Any]
            #expect(json?["asOf"] as? String == asOf)
            let text = body(VietnameseRenderer(r, definition: Fixtures.tallyByKind52))
            let pattern = try NSRegularExpression(pattern: "(?:[Đđ]ến) ngày (\\d{2}/\\d{2}/\\d{4})")
            let ns = text as NSString
            let dates = Set(pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
            let through = try #require(r.headline.reportsThrough)
            #expect(through == PlanDate(iso: "2026-11-16")! && through <= r.asOf)
            #expect(dates == [VietFormat.date(through)], "\(dates) in \(text)")
        }
    }

    /// The task tally: a lead's "chưa thực hiện" on a task of the plan (its "không phát sinh" is no state, REVIEW20) is
    /// "chưa triển khai", counted and named alike in the JSON's stateCounts, III.1 and Phụ lục I,
    /// the lead's reason said with it (REVIEW19 #2, #8); a task past its deadline whose lead gave
    /// no status is "đã quá hạn nhưng chưa có báo cáo hoàn thành", never "đã triển khai"; the
    /// recurring tasks under way or done in one wording.
    @Test func theTallyCountsAndNamesTasksNotStartedAlikeEverywhere() throws {
        var input = Fixtures.input()
        let chiCuc = input.current.firstIndex { $0.submission.unit?.id == "SKHCN-CCTDC" }!
        let ward = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        input.current[chiCuc].submission.entries += [
            // Dated (Quý IV): "không phát sinh", with its reason.
            Entry(task: "II.2.a", status: .notApplicable, text: "Chi cục chưa nhận được văn bản hướng dẫn của Bộ về nội dung này trong năm.",
                  sources: ["word/document.xml paragraph 61"]),
            // Recurring: not carried out.
            Entry(task: "II.6.b", status: .notStarted, text: "Chi cục đang chờ phê duyệt đề cương hợp tác với cơ sở đào tạo.", sources: ["word/document.xml paragraph 62"]),
            // Recurring: done (one wording with those under way).
            Entry(task: "II.4.c", status: .completed, text: "Chi cục đã hiệu chuẩn 12 chuẩn đo lường chính của địa phương.", sources: ["word/document.xml paragraph 63"]),
            // Dated, past its deadline: no status from the lead.
            Entry(task: "II.1.b", status: .unknown),
        ]
        input.current[ward].submission.entries.append(Entry(task: "II.1.b", status: .completed,
            text: "Phường đã giới thiệu thể lệ giải thưởng tại hội nghị tiểu thương chợ đầu mối.", sources: ["xl/worksheets/sheet1.xml row 9"]))
        let r = Fixtures.report(input)
        let v = VietnameseRenderer(r, definition: Fixtures.tallyByKind52)
        let d = Fixtures.tallyByKind52
        let a = try #require(r.tasks.first { $0.code == "II.2.a" }), b = try #require(r.tasks.first { $0.code == "II.1.b" })
        // The lead's "không phát sinh" on a task of its plan: no state said upward (REVIEW20 #3.2).
        #expect(a.basis == .leadNotArisen && v.taskStateLabel(a) != d.wording("labels.state.not_started"))
        #expect(b.overdue != nil && v.phase(b) == .overdue, "\(b.state) \(b.basis)")
        // One count in the JSON, III.1 and Phụ lục I.
        let notStarted = r.stateCounts[ConsolidatedReport.Progress.notStarted.rawValue, default: 0]
        #expect(notStarted == r.tasks.filter { v.taskStateLabel($0) == d.wording("labels.state.not_started") }.count)
        let cells = AppendixTables.taskProgress(v).rows.flatMap { $0.cells.compactMap { c -> String? in if case .text(let x) = c { return x } else { return nil } } }
        // REVIEW44 #5: Phụ lục I says the ordinary status of the same state.
        // Several states map to one ordinary status there; those not started are among them.
        let ordinary = d.wording("appendix.ordinaryState.state.not_started")
        #expect(cells.filter { $0 == ordinary }.count == r.tasks.filter { v.appendixStateLabel($0) == ordinary }.count, "\(cells)")
        #expect(r.tasks.filter { v.phase($0) == .notStarted }.allSatisfy { v.appendixStateLabel($0) == ordinary })
        let tally = v.progressSentence()
        let counted = try NSRegularExpression(pattern: "(\\d+) nhiệm vụ (?:thường xuyên )?chưa triển khai")
        let ns = tally as NSString
        let sum = counted.matches(in: tally, range: NSRange(location: 0, length: ns.length)).compactMap { Int(ns.substring(with: $0.range(at: 1))) }.reduce(0, +)
        #expect(sum == notStarted, "\(tally)")
        // Named there by the plan's short titles, each with its deadline when it has one.
        for t in r.tasks where t.state == .notStarted { #expect(tally.contains(v.lowerFirst(v.expanded(t.title))), "\(t.code): \(tally)") }
        let overdue = VietFormat.count(r.tasks.filter { $0.overdue != nil }.count)
        #expect(tally.contains(d.wording("labels.progress.overdue", ["n": overdue])) && tally.contains(v.lowerFirst(v.expanded(b.title))), "\(tally)")
        #expect(!tally.contains("đã triển khai, có kết quả") && !tally.contains("không phát sinh") && !tally.contains("theo kế hoạch"), "\(tally)")
        let underWay = r.tasks.filter { $0.recurring && v.phase($0) == .recurring }.count
        #expect(tally.contains(d.wording("assessment.recurringActive", ["n": VietFormat.count(underWay), "total": VietFormat.count(r.tasks.filter(\.recurring).count), "preparing": ""])), "\(tally)")
        // Never "không phát sinh" as a task's state upward; the lead's reason said with it.
        let text = body(v)
        #expect(!text.contains("không phát sinh trong kỳ báo cáo") && !text.contains("khi phát sinh yêu cầu"), "\(text)")
        // Before its deadline, no shortcoming on the lead's word (REVIEW20 #3.3).
        #expect(!text.contains("chưa nhận được văn bản hướng dẫn của Bộ về nội dung này"), "\(text)")
        #expect(!cells.contains("Không phát sinh") && !cells.contains("Đã triển khai theo kế hoạch"), "\(cells)")
    }

    /// A unit's proposal that the Sở advise a body above ("Sở tham mưu Ủy ban nhân dân Thành
    /// phố ban hành …") is the Sở's own work: IV states it as "Nghiên cứu, tham mưu …", V does
    /// not ask it; V's headings are the report's recipients, a body that only has a copy asked
    /// through the one that directs it (REVIEW19 #7).
    @Test func adviceAskedOfTheSoIsItsOwnWorkAndVIsAddressedToTheRecipients() throws {
        for unit in ["SKHCN-KTPC", "25771"] {
            var input = Fixtures.input()
            let k = input.current.firstIndex { $0.submission.unit?.id == unit }!
            input.current[k].submission.proposals.append(Item(text: "Đề nghị Sở tham mưu Ủy ban nhân dân Thành phố ban hành quy định niêm yết giá cân đối chứng tại các chợ truyền thống.", source: "p 9"))
            let v = Fixtures.renderer(input)
            let text = body(v)
            let iv = String(text[text.range(of: "IV. PHƯƠNG HƯỚNG")!.upperBound..<text.range(of: "V. ĐỀ XUẤT")!.lowerBound])
            let v5 = String(text[text.range(of: "V. ĐỀ XUẤT")!.upperBound...])
            #expect(iv.contains("ghiên cứu, tham mưu Ủy ban nhân dân Thành phố ban hành quy định niêm yết giá cân đối chứng tại các chợ truyền thống"), "\(iv)")
            #expect(!v5.contains("cân đối chứng"), "\(v5)")
            let headings = v5.split(separator: "\n").filter { $0.range(of: #"^\d+\. Đối với "#, options: .regularExpression) != nil }
                .map { String($0.drop { $0 != " " }.dropFirst().dropFirst("Đối với ".count).dropLast()) }
            #expect(!headings.isEmpty)
            // REVIEW41 #3: or a body the Nơi nhận names (rules.askCopied).
            for h in headings { #expect(v.report.issuer.recipients.contains { $0.hasPrefix(h) } || v.copies.contains { $0.hasPrefix(h) }, "\(h) in \(v5)") }
            // The fixture's request to the national committee (a copy recipient): REVIEW41 #3
            // (over REVIEW19 #7's "through the Bộ"), asked of it in its own group.
            #expect(v5.contains("Đối với Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia") && v5.contains("hoàn thiện kết nối"), "\(v5)")
        }
    }

    /// Phụ lục II: an unreadable file said as what it was, no request claimed; the units of a
    /// kind that sent nothing named in one run, not a row each (REVIEW18 #6, REVIEW19 #12).
    @Test func phuLucIIListsNonReportersCompactly() throws {
        let v = Fixtures.renderer(Fixtures.input())
        let table = AppendixTables.reporting(v)
        let texts = { (row: AppendixRow) in row.cells.compactMap { c -> String? in if case .text(let x) = c { return x } else { return nil } } }
        let missing = v.report.reporters.filter { $0.state == .missing }
        try #require(missing.count > 3)
        #expect(!table.rows.filter { !$0.heading }.contains { texts($0).contains(v.reportingLabel(.missing)) })
        // The Department's own units that sent nothing are collected inside, not named upward
        // (REVIEW29 #6, appendix.missingRunOwn empty); every other kind's are named in one run.
        let ownGroups = v.definition.rules.ownGroups
        // REVIEW36 #6: the Department's own units too, in their own section (_ = ownGroups).
        _ = ownGroups
        for r in missing {
            #expect(table.rows.contains { $0.heading && !$0.bold && texts($0).contains { $0.contains(v.displayName(r.unitName)) } }, "\(r.unitName)")
        }
        let kinds = Set(v.report.reporters.map { $0.group ?? "" }).count
        #expect(table.rows.count <= v.report.reporters.filter { $0.state != .missing }.count + 3 * kinds)
        #expect(!v.reportingLabel(.unreadable).contains("đề nghị"))
        #expect(!body(v).contains("đã đề nghị gửi lại"))
    }
}
