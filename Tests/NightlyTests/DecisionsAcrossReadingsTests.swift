import DocumentModel
import Extraction
import Foundation
import Ledger
import Nightly
import OOXML
import Plan
import Testing

/// A copy of the pipeline folder the test may change.
func pipelineCopy(in ws: Workspace) throws -> URL {
    let copy = ws.root.appendingPathComponent("pipeline", isDirectory: true)
    if !FileManager.default.fileExists(atPath: copy.path) { try FileManager.default.copyItem(at: pipelineDirectory, to: copy) }
    try? FileManager.default.removeItem(at: copy.appendingPathComponent(VocabularyOverlay.fileName))
    return copy
}

func append(_ line: String, to url: URL) throws {
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    try (text + "\n" + line + "\n").write(to: url, atomically: true, encoding: .utf8)
}

/// The state of the workspace's ledger as of its last run.
func lastState(_ ws: Workspace, _ p: Pipeline) throws -> ConsolidatedState {
    let l = try ws.ledger()
    let run = try #require(try l.runs(limit: 1).first)
    return try Reconciliation.reconcile(ledger: l, pipeline: p, asOf: PlanDate(iso: run.asOf)!, runID: run.id, presentRunID: run.id)
}

/// The JSON the last run wrote into the outbox.
func outboxJSON(_ ws: Workspace) throws -> String {
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: ws.outbox.path).first { $0.hasSuffix(".input.json") })
    return try String(contentsOf: ws.outbox.appendingPathComponent(name), encoding: .utf8)
}

@Suite("Pipeline reading version")
struct ReadingVersionTests {
    @Test("The desk's wording, the report's form and the checks do not change the reading version; what extraction reads does")
    func onlyWhatExtractionReadsCounts() throws {
        let ws = try Workspace()
        let dir = try pipelineCopy(in: ws)
        var last = try Pipeline.load(directory: dir)
        for name in ["findings.yaml", "reminder.yaml", "report.yaml", "validation.yaml", "forms.yaml", "plan-reading.yaml", "README.md"] {
            try append("# wording changed", to: dir.appendingPathComponent(name))
            let p = try Pipeline.load(directory: dir)
            #expect(p.readingVersion == last.readingVersion, "\(name) changed the reading version")
            #expect(p.version != last.version, "\(name) is part of the pipeline's version")
            #expect(!Pipeline.isRead(name))
            last = p
        }
        for name in ["vocabulary.yaml", "grids.yaml", "task_profiles.yaml", "catalogue.yaml", "catalogue.overlay.yaml",
                     "units/unit-aliases.yaml", "pipeline.yaml"] {
            try append("# read differently", to: dir.appendingPathComponent(name))
            let p = try Pipeline.load(directory: dir)
            #expect(p.readingVersion != last.readingVersion, "\(name) did not change the reading version")
            #expect(Pipeline.isRead(name))
            last = p
        }
        // The local overlay officers teach into is read like the vocabulary.
        try "statuses:\n  completed:\n    - \"đã xong hẳn\"\n".write(to: dir.appendingPathComponent(VocabularyOverlay.fileName),
                                                                     atomically: true, encoding: .utf8)
        #expect(try Pipeline.load(directory: dir).readingVersion != last.readingVersion)
    }
}

@Suite("Decisions across readings", .serialized, .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct DecisionsAcrossReadingsTests {
    /// The An Phú Đông workbook's II.1.a entry and its first figure, as the latest reading has them.
    func anPhuDong(_ l: Ledger) throws -> (StoredSubmission, Int, IndicatorID) {
        let s = try #require(try l.submissions().first { $0.submission.unit?.id == "26767" })
        let e = try #require(s.submission.entries.firstIndex { $0.task == "II.1.a" && !$0.indicators.isEmpty })
        return (s, e, try #require(s.submission.entries[e].indicators.keys.sorted().first))
    }

    @Test("A decision on a file read again (pipeline changed) applies to the new reading at the same place")
    func decisionFollowsANightlyReread() throws {
        let ws = try Workspace()
        try ws.add("Báo cáo kết quả thực hiện Chỉ thị 38 - P.An Phú Đông.xlsx")
        let dir = try pipelineCopy(in: ws)
        let p1 = try Pipeline.load(directory: dir)
        _ = try ws.run(pipeline: p1)
        let l = try ws.ledger()
        let (old, e, indicator) = try anPhuDong(l)
        #expect(old.submission.entries[e].status == .unknown)
        let figure = try l.decide(.setFigureValue(77), on: .figure(submissionID: old.id, entry: e, indicator: indicator), by: "canbo")
        let status = try l.decide(.setStatus(.notStarted), on: .entry(submissionID: old.id, entry: e), by: "canbo")

        // The vocabulary learns the workbook's status phrase: the nightly run reads the file
        // again and the new reading differs (the status is now read).
        try "statuses:\n  in_progress:\n    - \"Thường xuyên\"\n".write(to: dir.appendingPathComponent(VocabularyOverlay.fileName),
                                                                      atomically: true, encoding: .utf8)
        let p2 = try Pipeline.load(directory: dir)
        let second = try ws.run(pipeline: p2)
        #expect(second.reread == 1)
        let readings = try l.readings(sha256: old.submission.sha256)
        #expect(readings.count == 2 && readings[0].rereadBy == readings[1].id)

        let st = try lastState(ws, p2)
        #expect(st.stale.isEmpty)
        #expect(Set(st.applied.map(\.id)) == [figure.id, status.id])
        let cur = try #require(st.input.current.first { $0.submission.unit?.id == "26767" })
        #expect(cur.id == readings[1].id)
        let entry = try #require(cur.submission.entries.first { $0.task == "II.1.a" && $0.indicators[indicator] != nil })
        #expect(entry.indicators[indicator]?.value == 77)
        #expect(entry.status == .notStarted)
        #expect(!st.input.review.contains { $0.finding.code == "decision-stale" })
        #expect(try outboxJSON(ws).contains("quyết định số \(figure.id)"))
    }

    @Test("A decision whose place is gone from the new reading, or whose file the unit replaced, is shown as stale")
    func decisionIsStaleWhenItsTargetIsGoneOrReplaced() throws {
        let ws = try Workspace()
        try ws.add("Báo cáo kết quả thực hiện Chỉ thị 38 - P.An Phú Đông.xlsx")
        let p = try pipeline()
        let first = try ws.run()
        let l = try ws.ledger()
        let (old, e, indicator) = try anPhuDong(l)
        let figure = try l.decide(.setFigureValue(77), on: .figure(submissionID: old.id, entry: e, indicator: indicator), by: "canbo")
        let status = try l.decide(.setStatus(.completed), on: .entry(submissionID: old.id, entry: e), by: "canbo")

        // The same file read again without that figure (as a changed reader would read it):
        // the figure decision has no place left; the entry's status decision still has one.
        var reread = old.submission
        reread.entries[e].indicators[indicator] = nil
        let newID = try l.recordReading(of: old.id, reread, runID: first.runID, pipelineVersion: p.readingVersion,
                                        extractionVersion: Pipeline.extractionVersion)
        #expect(newID != old.id)
        var st = try Reconciliation.reconcile(ledger: l, pipeline: p, asOf: PlanDate(iso: "2026-11-20")!, runID: first.runID,
                                              presentRunID: first.runID)
        #expect(st.stale.map(\.id) == [figure.id])
        #expect(st.applied.map(\.id) == [status.id])
        #expect(st.input.review.contains { $0.finding.code == "decision-stale" && $0.submissionID == newID })
        #expect(st.input.current.first { $0.id == newID }?.submission.entries[e].status == .completed)

        // The unit sends another file (a later version): the decision about what the old one
        // said is shown for review, not silently applied to the new file.
        var resent = reread
        resent.sha256 = "resent"
        resent.file = "An Phu Dong (gui lai).xlsx"
        resent.document.date = "2026-12-31"
        _ = try l.record(file: resent.file, sha256: "resent", size: 1, mtime: 1, runID: first.runID, at: Date(),
                         catalogueVersion: p.readingVersion, extractionVersion: Pipeline.extractionVersion) { resent }
        st = try Reconciliation.reconcile(ledger: l, pipeline: p, asOf: PlanDate(iso: "2026-11-20")!, runID: first.runID,
                                          presentRunID: first.runID)
        #expect(Set(st.stale.map(\.id)) == [figure.id, status.id])
        #expect(st.applied.isEmpty)
        #expect(st.input.review.filter { $0.finding.code == "decision-stale" }.count == 2)
    }

    @Test("What extraction could not place, assigned to a task, counts with its provenance; reverted, it does not")
    func anUnplacedFigureAssignedCounts() throws {
        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        let p = try pipeline()
        _ = try ws.run()
        let l = try ws.ledger()
        let s = try #require(try l.submissions().first)
        let f = try #require(s.submission.findings.first { $0.code == "figure-unrecognized" })
        let place = try #require(f.source)
        #expect(try lastState(ws, p).input.review.contains { $0.finding == f })

        let d = try l.decide(.assignFinding(FindingAssignment(task: TaskCode(rawValue: "II.5.c"), indicator: IndicatorID("inspections"), value: 6)),
                             on: .finding(submissionID: s.id, code: f.code, source: f.source), by: "canbo", note: "06 điểm cân")
        _ = try ws.run()
        var st = try lastState(ws, p)
        #expect(st.applied.map(\.id) == [d.id])
        #expect(!st.input.review.contains { $0.finding == f })
        #expect(st.settled.contains { $0.finding == f })
        let entry = try #require(st.input.current[0].submission.entries.first { $0.task == "II.5.c" })
        let figure = try #require(entry.indicators[IndicatorID("inspections")])
        let src = try #require(figure.sources.last)
        #expect(src.location == place && src.value == 6)
        #expect(src.text.contains("do canbo quyết định (quyết định số \(d.id))"))
        let json = try outboxJSON(ws)
        #expect(json.contains("do canbo quyết định"))

        // "Not this plan" settles the finding and counts nothing.
        try l.revert(d.id, by: "canbo")
        let none = try l.decide(.assignFinding(FindingAssignment(task: nil)), on: .finding(submissionID: s.id, code: f.code, source: f.source),
                                by: "canbo")
        _ = try ws.run()
        st = try lastState(ws, p)
        #expect(st.applied.map(\.id) == [none.id])
        #expect(!st.input.review.contains { $0.finding == f })
        #expect(st.input.current[0].submission == s.submission)
        #expect(!(try outboxJSON(ws)).contains("do canbo quyết định"))
    }

    @Test("One assignment places every number it carries; an assignment stored in the older one-figure shape still reads")
    func oneAssignmentPlacesSeveralNumbers() throws {
        // The shape assignments were stored in before: one indicator, one value.
        let legacy = try JSONDecoder().decode(FindingAssignment.self, from: Data(#"{"indicator":"inspections","task":"II.5.c","value":6}"#.utf8))
        #expect(legacy == FindingAssignment(task: TaskCode(rawValue: "II.5.c"), indicator: IndicatorID("inspections"), value: 6))
        #expect(legacy.figures == [.init(indicator: IndicatorID("inspections"), value: 6)])
        let bare = try JSONDecoder().decode(FindingAssignment.self, from: Data(#"{"task":"II.5.c"}"#.utf8))
        #expect(bare.figures.isEmpty && bare.taskCode == TaskCode(rawValue: "II.5.c"))

        let ws = try Workspace()
        try ws.add("27142_BC_CT38_2026.docx")
        let p = try pipeline()
        _ = try ws.run()
        let l = try ws.ledger()
        let s = try #require(try l.submissions().first)
        let f = try #require(s.submission.findings.first { $0.code == "figure-unrecognized" })
        let read = s.submission.entries.first { $0.task == "II.5.c" }?.indicators ?? [:]
        let several = FindingAssignment(task: TaskCode(rawValue: "II.5.c"), figures: [
            .init(indicator: IndicatorID("instruments_verified"), value: 6), .init(indicator: IndicatorID("inspections"), value: 2)])
        let d = try l.decide(.assignFinding(several), on: .finding(submissionID: s.id, code: f.code, source: f.source), by: "canbo")
        // Stored and read back whole.
        #expect(try l.decisions().last?.action == .assignFinding(several))
        var st = try lastState(ws, p)
        #expect(st.applied.map(\.id) == [d.id])
        #expect(st.settled.contains { $0.finding == f })
        let entry = try #require(st.input.current[0].submission.entries.first { $0.task == "II.5.c" })
        for (id, v) in [("instruments_verified", 6.0), ("inspections", 2.0)] {
            let fig = try #require(entry.indicators[IndicatorID(id)])
            #expect(fig.value == (read[IndicatorID(id)]?.value ?? 0) + v)
            #expect(fig.sources.contains { $0.location == f.source && $0.value == v && $0.text.contains("quyết định số \(d.id)") })
        }
        // Reverted: neither counts, the finding is open again.
        try l.revert(d.id, by: "canbo")
        st = try lastState(ws, p)
        #expect(st.input.current[0].submission == s.submission)
        #expect(st.input.review.contains { $0.finding == f })
    }

    @Test("A refused file read by hand keeps its hand reading across a nightly re-read after a version change")
    func aHandReadingSurvivesRereads() throws {
        let ws = try Workspace()
        try ws.add("Bao cao CT38 P.Chanh Hung.docx")
        let dir = try pipelineCopy(in: ws)
        let p1 = try Pipeline.load(directory: dir)
        _ = try ws.run(pipeline: p1)
        let l = try ws.ledger()
        let refused = try #require(try l.submissions().first)
        #expect(refused.submission.status == .rejected)
        let hand = HandReading(unit: "27418", date: "2026-11-10", task: "II.1.a", status: "completed", figures: ["participants": 1250])
        let d = try l.decide(.acceptByHand(hand), on: .submission(refused.id), by: "canbo", note: "bản giấy")

        func check(_ p: Pipeline) throws {
            let st = try lastState(ws, p)
            #expect(st.applied.map(\.id) == [d.id])
            #expect(st.input.refused.isEmpty)
            let cur = try #require(st.input.current.first { $0.submission.unit?.id == "27418" })
            #expect(cur.submission.entries.first?.indicators[IndicatorID("participants")]?.value == 1250)
            #expect(st.input.reporters.first { $0.unitID == "27418" }?.state == .onTime)
            #expect(try outboxJSON(ws).contains("nhập tay (quyết định số \(d.id), canbo)"))
        }
        _ = try ws.run(pipeline: p1)
        try check(p1)
        // A new pipeline version: the nightly run reads the file again (refused again).
        try append("# changed", to: dir.appendingPathComponent("vocabulary.yaml"))
        let p2 = try Pipeline.load(directory: dir)
        #expect(p2.readingVersion != p1.readingVersion)
        let again = try ws.run(pipeline: p2)
        #expect(again.reread == 1)
        #expect(try l.submissions().first?.catalogueVersion == p2.readingVersion)
        try check(p2)
        // Reverted, the file is refused again.
        try l.revert(d.id, by: "canbo")
        _ = try ws.run(pipeline: p2)
        #expect(try lastState(ws, p2).input.refused.count == 1)
    }

    @Test("A figure of a hand reading is corrected on it; a hand reading entered again leaves that correction stale")
    func aHandReadFigureIsCorrected() throws {
        let ws = try Workspace()
        try ws.add("Bao cao CT38 P.Chanh Hung.docx")
        let p = try pipeline()
        _ = try ws.run()
        let l = try ws.ledger()
        let refused = try #require(try l.submissions().first)
        let hand = HandReading(unit: "27418", date: nil, task: "II.1.a", status: "completed", figures: ["participants": 1250, "training_courses": 3])
        _ = try l.decide(.acceptByHand(hand), on: .submission(refused.id), by: "canbo")
        let fix = try l.decide(.setFigureValue(1520), on: .figure(submissionID: refused.id, entry: 0, indicator: IndicatorID("participants")), by: "canbo")
        var st = try lastState(ws, p)
        #expect(st.applied.contains { $0.id == fix.id } && st.stale.isEmpty)
        var entry = try #require(st.input.current.first?.submission.entries.first)
        #expect(entry.indicators[IndicatorID("participants")]?.value == 1520)
        #expect(entry.indicators[IndicatorID("participants")]?.sources.last?.location == "quyết định số \(fix.id)")
        #expect(entry.indicators[IndicatorID("training_courses")]?.value == 3)
        // The officer enters the reading again: it stands as typed, the earlier correction is shown for review.
        var again = hand
        again.figures["participants"] = 1300
        let second = try l.decide(.acceptByHand(again), on: .submission(refused.id), by: "canbo")
        st = try lastState(ws, p)
        #expect(st.stale.map(\.id) == [fix.id])
        #expect(st.applied.contains { $0.id == second.id })
        entry = try #require(st.input.current.first?.submission.entries.first)
        #expect(entry.indicators[IndicatorID("participants")]?.value == 1300)
    }
}

@Suite("Document text kept in the ledger", .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct DocumentTextTests {
    @Test("Every table row is kept as the table's grid (merged cells in every position), every body paragraph with its index")
    func tablesAndParagraphsAsTheReaderMadeThem() throws {
        for name in ["Chi cuc TDC - BC thuc hien KH CT38.docx", "27142_BC_CT38_2026.docx", "Báo cáo kết quả thực hiện Chỉ thị 38 - P.An Phú Đông.xlsx"] {
            let doc = try DocumentReader().read(data: Data(contentsOf: try corpusFile(name)), fileName: name)
            let text = DocumentText(doc)
            // Tables in reading order, nested ones after the table holding them.
            var tables: [Table] = []
            func walk(_ blocks: [Block]) {
                for b in blocks {
                    if case .table(let t) = b {
                        tables.append(t)
                        for r in t.rows { for c in r.cells { walk(c.blocks) } }
                    }
                }
            }
            walk(doc.body)
            for (i, t) in tables.enumerated() {
                let kept = text.blocks.filter { $0.kind == .tableRow && $0.part == "word/document.xml" && $0.number == i + 1 }
                #expect(kept.map(\.cells) == t.grid, "\(name) table \(i + 1)")
            }
            var paragraphs: [(Int, String)] = []
            for b in doc.body { if case .paragraph(let p) = b, case .paragraph(_, let n) = p.location { paragraphs.append((n, p.text)) } }
            let keptParagraphs = text.blocks.filter { $0.kind == .paragraph && $0.part == "word/document.xml" }
            #expect(keptParagraphs.map(\.number) == paragraphs.map(\.0), "\(name)")
            #expect(zip(keptParagraphs, paragraphs).allSatisfy { $0.cells[0].hasSuffix($1.1) }, "\(name)")
            for sheet in doc.sheets {
                let rows = text.blocks.filter { $0.kind == .sheetRow && $0.part == sheet.name }
                #expect(rows.map(\.row) == sheet.rows.filter { !$0.cells.isEmpty }.map(\.index), "\(name) \(sheet.name)")
            }
        }
    }
}
