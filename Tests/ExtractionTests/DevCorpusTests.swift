import Foundation
import Intake
import Testing
@testable import Extraction

/// The dev corpus against its truth, measured the way `shared/tools/score` measures it (file
/// status, unit, date, task F1, status on matched tasks, indicator F1), as a regression guard
/// on the whole path: reader, extraction and the shipped vocabulary.
@Suite struct DevCorpusTests {
    static let corpus = repoRoot.appendingPathComponent("../shared/corpus/dev").standardizedFileURL
    static var available: Bool { FileManager.default.fileExists(atPath: corpus.appendingPathComponent("truth").path) }

    struct Truth: Decodable {
        struct Unit: Decodable { var id: String }
        struct Doc: Decodable { var date: String? }
        struct E: Decodable { var task: String; var status: String; var indicators: [String: Double] }
        var file: String
        var status: String
        var unit: Unit?
        var document: Doc?
        var entries: [E]?
    }

    @Test(.enabled(if: available, "needs ../shared/corpus/dev"))
    func scoresStayAboveTheBar() throws {
        let intake = FileIntake(reader: .init(), extractor: extractor)
        let truthDir = Self.corpus.appendingPathComponent("truth")
        var files = 0, statusOK = 0, units = 0, unitOK = 0, dates = 0, dateOK = 0
        var taskTP = 0, taskFP = 0, taskFN = 0, matched = 0, matchedStatusOK = 0
        var indTP = 0, indFP = 0, indFN = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: truthDir.path) where name.hasSuffix(".json") && !name.hasPrefix("_") {
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: truthDir.appendingPathComponent(name)))
            let fileURL = try #require(try FileManager.default.contentsOfDirectory(at: Self.corpus, includingPropertiesForKeys: nil)
                .first { $0.lastPathComponent.precomposedStringWithCanonicalMapping == truth.file.precomposedStringWithCanonicalMapping })
            let s = intake.take(fileAt: fileURL, displayPath: truth.file)
            files += 1
            if s.status.rawValue == truth.status { statusOK += 1 }
            guard truth.status == "extracted" else { continue }
            units += 1; dates += 1
            if s.unit?.id == truth.unit?.id { unitOK += 1 }
            if s.document.date == truth.document?.date { dateOK += 1 }
            let got = Dictionary(s.entries.map { ($0.task, $0) }, uniquingKeysWith: { a, _ in a })
            let want = Dictionary((truth.entries ?? []).map { ($0.task, $0) }, uniquingKeysWith: { a, _ in a })
            for (code, t) in want {
                guard let e = got[code] else { taskFN += 1; indFN += t.indicators.count; continue }
                taskTP += 1; matched += 1
                if e.status.rawValue == t.status { matchedStatusOK += 1 }
                for (id, value) in t.indicators {
                    if e.indicators[IndicatorID(id)]?.value == value { indTP += 1 } else { indFN += 1 }
                }
                for (id, f) in e.indicators where t.indicators[id.rawValue] != f.value { indFP += 1 }
            }
            for (code, e) in got where want[code] == nil { taskFP += 1; indFP += e.indicators.count }
        }
        func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double { tp == 0 ? 0 : 200.0 * Double(tp) / Double(2 * tp + fp + fn) }
        let measures = [
            "rejection": 100.0 * Double(statusOK) / Double(files),
            "unit": 100.0 * Double(unitOK) / Double(units),
            "date": 100.0 * Double(dateOK) / Double(dates),
            "task F1": f1(taskTP, taskFP, taskFN),
            "status": 100.0 * Double(matchedStatusOK) / Double(max(matched, 1)),
            "indicator F1": f1(indTP, indFP, indFN),
        ]
        #expect(files == 70)
        for (name, value) in measures { #expect(value >= 95, "\(name) = \(value)") }
    }
}
