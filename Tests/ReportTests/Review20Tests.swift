@testable import Consolidation
import Extraction
import Foundation
import Plan
import ReportWriters
import Testing

/// The rules the twentieth blind review asked for (REVIEW20), in words other than the corpus's.
@Suite struct Review20Tests {
    /// A sum's measure word is its indicator's: in every highlight phrase, the word after an
    /// indicator's placeholder is the word its clause puts after the number ("{n} dự thảo …"
    /// is never "… lượt góp ý", REVIEW20 #3.10).
    @Test func aSumsMeasureWordIsItsIndicators() throws {
        let w = Fixtures.definition.wording
        func wordAfter(_ text: String, _ placeholder: String) -> String? {
            guard let r = text.range(of: placeholder) else { return nil }
            return text[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "," }).first.map(String.init)
        }
        try #require(!w.highlights.isEmpty)
        for h in w.highlights {
            for name in ReportWording.placeholders(h.text) {
                let ind = try #require(w.indicators[name])
                guard let said = wordAfter(h.text, "{\(name)}") else { continue }
                // A non-additive indicator summed over units says what its sum counts (severalClause).
                let own = [wordAfter(ind.clause, "{n}"), ind.continued.flatMap { wordAfter($0, "{n}") },
                           ind.severalClause.flatMap { wordAfter($0, "{n}") }].compactMap { $0 }
                // Money carries its own "đồng".
                if own.isEmpty { continue }
                #expect(own.contains(said), "\(name): '\(said)' in \(h.text), its clause says \(own)")
            }
        }
    }

    /// No row of the document's appendix tables breaks across a page: every body row is
    /// cantSplit, the header row repeats (REVIEW20 §4).
    @Test func appendixRowsDoNotSplitAcrossPages() throws {
        let r = Fixtures.report(Fixtures.input())
        let v = VietnameseRenderer(r, definition: Fixtures.definition)
        let xml = try #require(DocxReportWriter().parts(v).first { $0.0 == "word/document.xml" }?.1)
        let rows = xml.components(separatedBy: "<w:tr>").dropFirst()
        try #require(rows.count > 10)
        for row in rows { #expect(row.hasPrefix("<w:trPr><w:cantSplit/>"), "\(row.prefix(200))") }
    }
}
