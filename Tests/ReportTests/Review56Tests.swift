@testable import Consolidation
import Extraction
import Foundation
import Plan
@testable import ReportWriters
import Testing

/// REVIEW56's finding answered in the report layer, checked on the report made from the dev
/// corpus as the reviewer read it.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review56Tests: ReviewOfTheBody {
    static let report = Fixtures.report(DevCorpusTests.input)
    var v: VietnameseRenderer { VietnameseRenderer(Review56Tests.report, definition: Fixtures.definition) }

    /// #2: two sides' joint figures that disagree are said to disagree — a fact of the files —
    /// never to be "đang được rà soát" or "đang được đối chiếu", a reconciliation no source
    /// reports and nobody was asked for; nor does the body promise to report them later. In the
    /// body, Phụ lục I's rows and its notes alike. (It reverses the "being reconciled" wording
    /// of REVIEW39 #1, REVIEW46 #4 and REVIEW48 #8; their rules — the figures kept out of the
    /// totals and said beside the lead's — stand.)
    @Test func disagreeingJointFiguresAreSaidToDisagreeNotToBeUnderReview() throws {
        let v = v
        let table = AppendixTables.taskProgress(v)
        let all = [body(v), table.rows.flatMap(\.cells).map(\.display).joined(separator: " "), table.notes.joined(separator: " ")]
            .joined(separator: "\n")
        for asserted in ["đang được rà soát", "đang được đối chiếu", "sẽ báo cáo bổ sung"] {
            #expect(!all.contains(asserted), "\(asserted)")
        }
        #expect(BodyLengthTests.rowText(v, "II.5.b").contains("số liệu này khác với số liệu của Chi cục"))
        #expect(table.notes.joined(separator: " ").contains("chưa thống nhất với số liệu của các đơn vị chủ trì, không cộng"))
    }
}
