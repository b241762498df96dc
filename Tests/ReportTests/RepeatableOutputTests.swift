import Consolidation
import Extraction
import Foundation
import Intake
import OOXML
import Plan
import ReportWriters
import Testing

/// The same input gives the same output, every time: the reading of a file and the report
/// written from it. Swift seeds the order of every Set and Dictionary per process and per
/// instance, so anything that takes the first of a Set, breaks a tie in a dictionary's order or
/// joins a dictionary's values without sorting gives another output on another run (a held-out
/// workbook read three ways in six runs, session 36). Read several times in one process, each
/// reading builds its own sets with their own order. `scripts/check-repeatable.sh` runs the
/// built command several times over every corpus (another process each time).
@Suite(.serialized)
struct RepeatableOutputTests {
    static let corpus = Paths.packageRoot.appendingPathComponent("Tests/Corpus/independent")

    /// Files of many columns, sheets, labels and keys: sheets pointing at another sheet's rows
    /// (set103), eleven sheets of a year's months (set139, set16), twenty columns of a
    /// timeline (set21) or of answers (set74), a numbering column beside a percentage
    /// (set177), a Word table of thirteen columns (set112), a key to status marks (set17).
    static let files = [
        "set103/SCT_BieuKQ_CT38_2026.xlsx", "set103/SYT - bieu tong hop CT38.xlsx", "set103/BieuBC_CT38_SoNNMT.xlsx",
        "set139/ChicucTDC_TH_CT38_T01-T10_2026.xlsx", "set16/SCT_theo doi kiem tra XD-LPG 2026.xlsx",
        "set142/25747_ThuDauMot_TongHop_CT38.xlsx", "set21/TT-PTTN_KH38_tien-do.xlsx",
        "set74/Bao cao CT38 2026 (Cau tra loi) - Ho Tram.xlsx", "set177/NNMT - Phu luc bao cao CT38 (11 thang).xlsx",
        "set112/TanSonNhat BC T10.docx", "set17/D2-van-phong-so-bc-ct38.docx",
    ]

    /// Compared as `tonghop extract` writes them (the contract's JSON line): Swift's own
    /// encoding of a dictionary keyed by a struct is a list in the dictionary's order.
    @Test func aFileOfManyColumnsReadsTheSameEveryTime() throws {
        for name in Self.files {
            let url = Self.corpus.appendingPathComponent(name)
            try #require(FileManager.default.fileExists(atPath: url.path), "\(name)")
            var readings = Set<String>()
            for _ in 0..<5 {
                // A new intake each time: its vocabulary's sets are built again, in another order.
                let intake = try FileIntake(pipeline: Fixtures.pipeline)
                readings.insert(ContractJSON.line(intake.take(fileAt: url, displayPath: name)))
            }
            #expect(readings.count == 1, "\(name): \(readings.count) readings in 5")
        }
    }

    /// A value that itself holds a placeholder ("{b}" quoted from a report) is not filled in
    /// again: replaced key after key in a dictionary's order, it was in some runs; a
    /// placeholder with no value stays as written.
    @Test func aTemplateIsFilledInOnePass() {
        for _ in 0..<20 {
            #expect(ReportWording.fillKnown("{a} và {b}, {c}", ["a": "“{b}”", "b": "X"]) == "“{b}” và X, {c}")
        }
        #expect(ReportWording.fillKnown("{{n}} {n}", ["n": "5"]) == "{5} 5")
    }

    /// The report from one folder, made twice from the files up: the DOCX and the XLSX (each
    /// part, and the whole package: its parts are dated, once with the time they were
    /// written), the JSON and the HTML byte for byte the same.
    @Test(arguments: ["set103", "set177"])
    func theReportIsWrittenTheSameTwice(_ set: String) throws {
        var outputs: [[String: [UInt8]]] = []
        for run in 0..<2 {
            let intake = try FileIntake(pipeline: Fixtures.pipeline)
            let files = FileIntake.files(under: [Self.corpus.appendingPathComponent(set).path]).filter { !$0.url.path.contains("/truth/") }
            var taken: [TakenFile] = []
            for f in files {
                let s = intake.take(fileAt: f.url, displayPath: f.url.lastPathComponent)
                let received = Fixtures.date(s.document.date ?? "2026-11-20").addingTimeInterval(86_400)
                taken.append(TakenFile(submission: s, path: f.url.lastPathComponent, receivedAt: received))
            }
            let report = Fixtures.report(Fixtures.reconciled(taken, runID: 1))
            let dir = Paths.scratch("repeatable-\(set)-\(run)")
            defer { try? FileManager.default.removeItem(at: dir) }
            var parts: [String: [UInt8]] = [:]
            for url in try OutboxWriters.write(report, definition: Fixtures.definition, into: dir) {
                parts[url.pathExtension] = Array(try Data(contentsOf: url))
                if ["docx", "xlsx"].contains(url.pathExtension) {
                    for (name, bytes) in try XMLWellFormedness.parts(ofPackageAt: url) { parts[url.pathExtension + ":" + name] = bytes }
                }
            }
            outputs.append(parts)
            // (Written in another second: a part dated with the time of writing would show.)
            if run == 0 { Thread.sleep(forTimeInterval: 2.1) }
        }
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (name, bytes) in outputs[0].sorted(by: { $0.key < $1.key }) {
            #expect(outputs[1][name] == bytes, "\(set): \(name) differs between two reports of the same files")
        }
        #expect(outputs[0].keys.contains("docx:word/document.xml") && outputs[0].keys.contains("json") && outputs[0].keys.contains("html"))
    }
}
