import Foundation
import Intake
import Plan
import Testing
@testable import Extraction

// The speed38 round: the same answers by cheaper paths. Each test holds a new path to what it
// replaced.

@Suite struct Speed38Tests {
    /// Every shape of schedule, and texts that hold a pattern's word without matching it, parse
    /// as they did before the patterns were guarded by their words (`Schedule.mayMatch`).
    @Test func schedulesParseAsBefore() {
        let cases: [(String, Schedule)] = [
            ("Quý I, II và III/2026", .quarters([1, 2, 3], year: 2026, raw: "Quý I, II và III/2026")),
            ("Quý II và III/2026", .quarters([2, 3], year: 2026, raw: "Quý II và III/2026")),
            ("QUÝ I - III NĂM 2026", .quarters([1, 2, 3], year: 2026, raw: "QUÝ I - III NĂM 2026")),
            ("Từ tháng 01/2026 đến tháng 11/2026",
             .months(from: YearMonth(year: 2026, month: 1), to: YearMonth(year: 2026, month: 11), raw: "Từ tháng 01/2026 đến tháng 11/2026")),
            ("Tháng 11/2026", .months(from: YearMonth(year: 2026, month: 11), to: YearMonth(year: 2026, month: 11), raw: "Tháng 11/2026")),
            ("Trước ngày 30/6/2026", .byDate(PlanDate(year: 2026, month: 6, day: 30)!, raw: "Trước ngày 30/6/2026")),
            ("Chậm nhất ngày 30 tháng 6 năm 2026", .byDate(PlanDate(year: 2026, month: 6, day: 30)!, raw: "Chậm nhất ngày 30 tháng 6 năm 2026")),
            ("Năm 2026", .months(from: YearMonth(year: 2026, month: 1), to: YearMonth(year: 2026, month: 12), raw: "Năm 2026")),
            ("6 tháng đầu năm 2026", .months(from: YearMonth(year: 2026, month: 1), to: YearMonth(year: 2026, month: 6), raw: "6 tháng đầu năm 2026")),
            ("Thường xuyên", .ongoing(raw: "Thường xuyên")),
            ("Cả năm", .ongoing(raw: "Cả năm")),
            ("Hằng quý", .ongoing(raw: "Hằng quý")),
            ("Định kỳ hoặc đột xuất theo yêu cầu", .periodicOrOnRequest(raw: "Định kỳ hoặc đột xuất theo yêu cầu")),
            // The words are there, the patterns still do not match.
            ("Quý sau", .unparsed(raw: "Quý sau")),
            ("Tháng tới", .unparsed(raw: "Tháng tới")),
            ("Năm sau nữa", .unparsed(raw: "Năm sau nữa")),
            ("1/2", .unparsed(raw: "1/2")),
            ("", .unparsed(raw: "")),
        ]
        for (text, expected) in cases {
            #expect(Schedule.parse(text) == expected, "\(text)")
        }
    }

    /// An extractor given the vocabulary the pipeline loaded reads a file exactly as one that
    /// loads it again from the folder.
    @Test func anExtractorGivenTheLoadedVocabularyReadsTheSame() throws {
        let loaded = try Vocabulary.load(contentsOf: pipeline.directory.appendingPathComponent("vocabulary.yaml"))
        let given = FileIntake(reader: .init(), extractor: try Extractor(pipeline: pipeline, vocabulary: loaded))
        let own = FileIntake(reader: .init(), extractor: try Extractor(pipeline: pipeline))
        let dev = repoRoot.appendingPathComponent("../shared/corpus/dev").standardizedFileURL
        let files = ((try? FileManager.default.contentsOfDirectory(at: dev, includingPropertiesForKeys: nil)) ?? [])
            .filter { ["docx", "xlsx"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .prefix(6)
        for file in files {
            #expect(ContractJSON.line(given.take(fileAt: file, displayPath: file.lastPathComponent))
                    == ContractJSON.line(own.take(fileAt: file, displayPath: file.lastPathComponent)), "\(file.lastPathComponent)")
        }
        let d = word([.p("BÁO CÁO"), .p("1. Tuyên truyền pháp luật – đã xong, 12 buổi.")])
        #expect(ContractJSON.line(given.extractor.extract(d, file: "a.docx", fileName: "a.docx", sha256: ""))
                == ContractJSON.line(own.extractor.extract(d, file: "a.docx", fileName: "a.docx", sha256: "")))
    }

    /// The tail marks' lengths, counted once, are their lengths in characters, longest first;
    /// a status after a mark of one token and after one of two ("//") is still found.
    @Test func tailMarksAreFoundByTheirCountedLengths() {
        let v = extractor.vocabulary
        #expect(v.statusReading.tailMarkLengthsLongestFirst == v.statusReading.tailMarksLongestFirst.map(\.count))
        #expect(v.statusReading.tailMarksLongestFirst.first.map { $0.count >= 2 } == true)
        let dash = Tokenizer.tokenize("Đưa 7 tin lên loa – xong rồi.")
        #expect(v.dashTailStatus(dash[...])?.value == .completed)
        let slashes = Tokenizer.tokenize("Đã rà soát hồ sơ // đang làm dở")
        #expect(v.dashTailStatus(slashes[...])?.value == .inProgress)
        let none = Tokenizer.tokenize("Đưa tin/bài lên loa")
        #expect(v.dashTailStatus(none[...]) == nil)
    }
}
