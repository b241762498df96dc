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
        let r = Review52Tests.report, v = v
        let t = try #require(r.tasks.first { $0.code == "II.1.a" })
        let f = try #require(t.figures.first { $0.indicator == "training_courses" })
        let joint = t.jointWithLead.filter { $0.indicator == f.indicator }
        let lead = f.contributions.filter { v.isLeadUnit($0.unitID, of: t) }.map(\.value).reduce(0, +)
        try #require(joint.map(\.value).reduce(0, +) > lead, "\(joint) \(lead)")
        let counted = Set(v.countedContributions(t, f).map(\.unitID))
        #expect(joint.allSatisfy { counted.contains($0.unitID) }, "\(joint)")
        #expect(!text.contains("số liệu các đơn vị phối hợp thực hiện được tính tại đơn vị chủ trì"), "\(text)")
    }
}
