import Consolidation
import ReportWriters
import Testing

/// REVIEW42 #1: "Chi cục đã tổ chức 04 lớp … Trong đó, 08 cơ quan … đã phối hợp với Chi cục tổ
/// chức 21 lớp": the joint work written to follow the other units' sum ("Trong đó, …") was left
/// after the lead's own figures when the body's length rule moved that sum to Phụ lục I, and
/// read as 21 classes inside 04. Whatever the length rule moves, a "Trong đó, …" sentence of
/// joint work never follows a sentence of the lead's own figures.
@Suite(.enabled(if: Paths.hasDevCorpus))
struct Review42Tests {
    @Test func jointWorkIsNeverSaidInsideTheLeadsOwnFigures() throws {
        let report = Fixtures.report(DevCorpusTests.input)
        // REVIEW47 #7 (over this for ct38: the joint classes said in Phụ lục I's row, Review47Tests):
        // on the pipeline that keeps them in the body.
        let v = VietnameseRenderer(report, definition: Fixtures.jointFiguresInBody)
        let text = v.body().map(\.text).joined(separator: "\n")
        var checked = 0
        for paragraph in text.split(separator: "\n") {
            let sentences = paragraph.components(separatedBy: ". ")
            for (i, s) in sentences.enumerated() where i > 0 && s.hasPrefix("Trong đó, ") && s.contains("đã phối hợp với") {
                checked += 1
                #expect(!sentences[i - 1].hasPrefix("Chi cục"), "after the lead's own: \(sentences[i - 1]) | \(s)")
            }
        }
        // The dev corpus's joint classes are still said, on their own.
        #expect(text.contains("đã phối hợp với Chi cục tổ chức"))
        _ = checked
    }
}
