@testable import Consolidation
import Foundation
import Plan
@testable import ReportWriters
import Testing
import VietText

/// REVIEW52's findings answered in the report layer, each by a general rule
/// (report.yaml's rules and wording, the renderer's judgements), checked on the report made
/// from the dev corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review52Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review52Tests.report, definition: Fixtures.definition) }
    var text: String { body(v).replacingOccurrences(of: "\n", with: " ") }

    func section(_ text: String, from: String, to: String) -> String {
        guard let a = text.range(of: from) else { return "" }
        let rest = text[a.upperBound...]
        return String(rest[..<(rest.range(of: to)?.lowerBound ?? rest.endIndex)])
    }

    /// #2: the body states no counting rule Phụ lục III does not keep. The classes units held
    /// "phối hợp với Chi cục" (21 lớp against the Chi cục's own 04) cannot sit inside the
    /// lead's, so they are counted at the units that held them, as REVIEW51 #1 asked and Phụ
    /// lục I's note on the task says; III.1 no longer says that every partner's figure is
    /// counted at the lead.
    @Test func theBodyStatesNoCountingRuleTheAppendixDoesNotKeep() throws {
        // The rule before REVIEW54 (Fixtures.before54), which changed it (Review54Tests).
        let r = Fixtures.devBefore54, v = Fixtures.rendererBefore54
        let text = body(v).replacingOccurrences(of: "\n", with: " ")
        let t = try #require(r.tasks.first { $0.code == "II.1.a" })
        let f = try #require(t.figures.first { $0.indicator == "training_courses" })
        let joint = t.jointWithLead.filter { $0.indicator == f.indicator }
        let lead = f.contributions.filter { v.isLeadUnit($0.unitID, of: t) }.map(\.value).reduce(0, +)
        try #require(joint.map(\.value).reduce(0, +) > lead, "\(joint) \(lead)")
        let counted = Set(v.countedContributions(t, f).map(\.unitID))
        #expect(joint.allSatisfy { counted.contains($0.unitID) }, "\(joint)")
        #expect(!text.contains("số liệu các đơn vị phối hợp thực hiện được tính tại đơn vị chủ trì"), "\(text)")
    }

    /// #5: a difficulty several units wrote (rules.difficultySeveral), or several of the Sở's
    /// own units (rules.causeOwnSeveral), is stated in the body in the units' words — none
    /// capped away from III.2's causes (the 10 wards' "địa bàn quản lý rộng … nhân sự còn
    /// mỏng", the 03 sở's "ISO 9001:2015 chưa được tích hợp với hệ thống giải quyết thủ tục
    /// hành chính điện tử", the Sở's own units' survey funds, businesses wary of the national
    /// quality award, degraded equipment, inspectors too few) — and said once in III.2.
    @Test func aDifficultyManyUnitsOrTheSosOwnUnitsWroteIsStated() throws {
        let r = Review52Tests.report, v = v, text = text
        let several = max(2, Fixtures.definition.rules.difficultySeveral), ownSeveral = max(1, Fixtures.definition.rules.causeOwnSeveral)
        let assessed = section(text, from: "2. Hạn chế", to: "IV. PHƯƠNG HƯỚNG")
        var checked = 0
        for theme in r.difficulties {
            for it in theme.items where Set(it.units.map(\.unitID)).count >= several
                || Set(it.units.filter { v.isOwnUnit($0.unitID) }.map(\.unitID)).count >= ownSeveral {
                // The unit's words as the body gives them, short forms after their first use;
                // their opening words (a name may be given in full after them).
                let words = v.w.abbreviations.reduce(v.lowerFirst(v.trimEnd(v.ownWords(it.text, it.units)))) {
                    $0.replacingOccurrences(of: $1.full, with: $1.short)
                }
                let said = words.split(separator: " ").prefix(8).joined(separator: " ")
                #expect(text.contains(said), "\(theme.theme): \(said)")
                checked += 1
                // Said once in III.2: the causes do not repeat what the shortcomings say.
                #expect(assessed.components(separatedBy: said).count <= 2, "\(said)")
            }
        }
        #expect(checked >= 10)
        let causes = section(text, from: "Nguyên nhân:", to: "IV. PHƯƠNG HƯỚNG")
        for words in ["địa bàn quản lý rộng", "chưa được tích hợp với hệ thống giải quyết thủ tục hành chính điện tử",
                      "kinh phí được giao chưa đáp ứng nhu cầu khảo sát", "e ngại tham dự Giải thưởng Chất lượng Quốc gia",
                      "trang thiết bị thử nghiệm, kiểm định đã xuống cấp"] {
            #expect(causes.contains(words), "\(words)")
        }
    }

    /// #7: a lead's status cell merged down over several tasks' rows (the Chi cục's "Đang
    /// triển khai thực hiện" beside 4.a, 4.b and 4.c) is noted in Phụ lục I on every task whose
    /// row it spans, each naming all the others — the one the unit is only a partner of too.
    /// REVIEW55 #5 (over REVIEW45 #3): no layout note in Phụ lục I, the desk keeps the merged
    /// cell: the rule runs on the pipeline before it (`Fixtures.before55`).
    @Test func everyTaskSharingAMergedStatusCellNamesTheOthers() throws {
        let r = Review52Tests.report, v = VietnameseRenderer(Review52Tests.report, definition: Fixtures.before55)
        var checked = 0
        for t in r.tasks {
            guard let ls = t.leadStatus, let src = ls.source, !src.isEmpty else { continue }
            let sharing = r.tasks.filter { o in
                o.code != t.code && (o.leadStatus.map { $0.file == ls.file && $0.source == src } ?? false
                    || o.unitStatuses.contains { $0.unitID == ls.unitID && $0.file == ls.file && $0.source == src })
            }
            guard !sharing.isEmpty else { continue }
            let cell = v.taskStateCell(t)
            #expect(cell.contains(" (ô tiến độ gộp chung với nhiệm vụ " + sharing.map { "\($0.group).\($0.letter)" }.joined(separator: ", ") + ")"), "\(t.code): \(cell)")
            checked += 1
        }
        #expect(checked >= 4)
        let cell = { (code: String) in r.tasks.first { $0.code == code }.map(v.taskStateCell) ?? "" }
        #expect(cell("II.4.b").hasSuffix("(ô tiến độ gộp chung với nhiệm vụ 4.a, 4.c)"), "\(cell("II.4.b"))")
        #expect(cell("II.4.c").hasSuffix("(ô tiến độ gộp chung với nhiệm vụ 4.a, 4.b)"), "\(cell("II.4.c"))")
        #expect(cell("II.3.a").hasSuffix("(ô tiến độ gộp chung với nhiệm vụ 3.b)"), "\(cell("II.3.a"))")
    }

    /// #4: a partner's joint work that one unit reported is said in its own words, from its
    /// partner word on ("Phòng Kiểm tra – Pháp chế đã phối hợp với Chi cục tham gia 03 đoàn
    /// kiểm tra liên ngành tại 169 cơ sở, qua kiểm tra phát hiện 26 trường hợp vi phạm …"):
    /// never the figures' phrases that changed "tham gia" into "tổ chức" and "trường hợp"
    /// into "cơ sở".
    @Test func aPartnersJointWorkKeepsItsOwnWords() throws {
        let r = Review52Tests.report, v = v
        let t = try #require(r.tasks.first { $0.code == "II.5.a" })
        let j = try #require(v.partnerJointWork(t))
        let partner = try #require(t.notCounted.first { $0.reason == .participation })
        let own = try #require(t.statements.first { $0.unit.unitID == partner.unitID && $0.hasFigure })
        // Every word of the work is the unit's own.
        let words = Set(own.text.split(whereSeparator: { " ,;.".contains($0) }).map { VietText.fold(String($0)) })
        let work = j.work.split(whereSeparator: { " ,;.".contains($0) }).map { VietText.fold(String($0)) }
        #expect(work.allSatisfy(words.contains), "\(j.work) / \(own.text)")
        #expect(j.work.contains("tham gia 03 đoàn kiểm tra") && j.work.contains("26 trường hợp vi phạm"), "\(j.work)")
        let ii5 = section(text, from: "5. Tăng cường công tác kiểm tra", to: "6. Trao đổi")
        #expect(ii5.contains("Phòng Kiểm tra – Pháp chế đã phối hợp với Chi cục tham gia 03 đoàn kiểm tra"), "\(ii5)")
        #expect(!ii5.contains("phát hiện 26 cơ sở vi phạm"), "\(ii5)")
    }

    /// #8: III.1 states the headline the form asks — "N/24 nhiệm vụ đã hoàn thành (đạt …%)",
    /// N the tasks Phụ lục I says completed.
    @Test func theTallyHasTheHeadlineRatio() throws {
        let r = Review52Tests.report
        let done = r.tasks.filter { $0.state == .completed }.count
        let achieved = section(text, from: "1. Kết quả đạt được", to: "2. Hạn chế")
        // REVIEW54 #10: the half-line on the tasks done to date may follow inside the parenthesis.
        let said = "\(VietFormat.count(done))/\(VietFormat.count(r.tasks.count)) nhiệm vụ đã hoàn thành (đạt \(VietFormat.percent(done, of: r.tasks.count))"
        #expect(achieved.contains(said), "\(achieved)")
    }
}
