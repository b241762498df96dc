import Extraction
import Foundation
import Hummingbird
import HummingbirdTesting
import Ledger
import Nightly
import OOXML
import Plan
import Testing
@testable import ReviewDesk

/// Every cell text of every sheet of the outbox's XLSX files.
func outboxSheetTexts(_ outbox: URL) throws -> [String] {
    var out: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: outbox.path) where name.hasSuffix(".xlsx") {
        let doc = try DocumentReader().read(data: Data(contentsOf: outbox.appendingPathComponent(name)), fileName: name)
        for sheet in doc.sheets { for row in sheet.rows { for c in row.cells { out.append(c.value.displayText) } } }
    }
    return out
}

func outboxReviewPage(_ outbox: URL) throws -> String {
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: outbox.path).first { $0.hasSuffix("-ra-soat.html") })
    return try String(contentsOf: outbox.appendingPathComponent(name), encoding: .utf8)
}

func outboxInputJSON(_ outbox: URL) throws -> String {
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: outbox.path).first { $0.hasSuffix(".input.json") })
    return try String(contentsOf: outbox.appendingPathComponent(name), encoding: .utf8)
}

@Suite("Review desk: placing what extraction could not, passages from the ledger", .serialized,
       .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct DeskPlacementTests {
    /// Nhiêu Lộc's "bố trí 06 điểm cân đối chứng": a figure extraction could not name.
    func unplacedFigure(_ backend: LedgerDesk) throws -> DeskFinding {
        try #require(try backend.snapshot().findings.first { $0.unitID == "27142" && $0.kind == "figure-unrecognized" })
    }

    @Test func anUnplacedFigureIsAssignedFromItsPageAndCountsInEveryOutput() async throws {
        let ws = try DeskWorkspace()
        let backend = try ws.desk()
        let app = try ws.server(backend).application()
        let f = try unplacedFigure(backend)
        let place = try #require(f.place)

        try await app.test(.router) { client in
            let o = try await Officer.open(client)
            // The page offers the task the finding names first, chosen, and the number it quotes.
            let page = text(try await o.get(client, "/findings/\(f.id)").body)
            #expect(page.contains(#"action="/actions/assign-finding""#))
            #expect(page.contains(#"<option value="II.5.c" selected>"#))
            #expect(page.contains(#"name="value" value="6""#))
            #expect(page.contains("Không thuộc Kế hoạch này"))

            // Refused plainly: an unknown task, a value without its indicator, a finding that is
            // not about something unplaced, "not this plan" with a figure.
            var r = try await o.post(client, "/actions/assign-finding", [("finding", f.id), ("task", "IX.9.z")])
            #expect(r.status == .badRequest)
            r = try await o.post(client, "/actions/assign-finding", [("finding", f.id), ("task", "II.5.c"), ("value", "6")])
            #expect(r.status == .badRequest)
            r = try await o.post(client, "/actions/assign-finding", [("finding", f.id), ("task", "none"), ("indicator", "inspections"), ("value", "6")])
            #expect(r.status == .badRequest)
            let other = try #require(try backend.snapshot().findings.first { !Pages.assignableKinds.contains($0.kind) && $0.state == .open })
            r = try await o.post(client, "/actions/assign-finding", [("finding", other.id), ("task", "II.5.c")])
            #expect(r.status == .badRequest)
            r = try await o.post(client, "/actions/assign-finding", [("finding", "f0000000000000000"), ("task", "II.5.c")])
            #expect(r.status == .notFound)
            #expect(try ws.ledger().decisions().isEmpty)

            r = try await o.post(client, "/actions/assign-finding", [("finding", f.id), ("task", "II.5.c"), ("indicator", "inspections"),
                                                                      ("value", "6"), ("note", hostile), ("back", "/findings/\(f.id)")])
            #expect(r.status == .seeOther)
            let d = try #require(try ws.ledger().decisions().last)
            #expect(d.officer == "canbo" && d.note == hostile)
            #expect(d.action == .assignFinding(FindingAssignment(task: TaskCode(rawValue: "II.5.c"), indicator: IndicatorID("inspections"), value: 6)))

            // The finding is settled; the figure stands under the task, at its place.
            let s = try backend.snapshot()
            #expect(s.findings.first { $0.id == f.id }?.state == .resolved)
            let unit = try #require(s.units.first { $0.id == "27142" })
            let fig = try #require(unit.entries.first { $0.task == "II.5.c" }?.figures.first { $0.indicator == "inspections" })
            #expect(fig.value >= 6 && fig.place != nil)
            let log = text(try await o.get(client, "/decisions").body)
            #expect(log.contains("Gán vào nhiệm vụ nội dung chưa xếp được") && log.contains("nhiệm vụ II.5.c; "))
            #expect(!log.contains("<script>alert(1)</script>"))

            // The report: JSON and XLSX count it, saying who decided and where it was read.
            r = try await o.post(client, "/report/build", [])
            #expect(r.status == .seeOther)
            let json = try outboxInputJSON(ws.outbox)
            #expect(json.contains("do canbo quyết định (quyết định số \(d.id))"))
            #expect(json.contains(place))
            // Provenance is on the review page, not in the appendices that go out.
            #expect(try outboxReviewPage(ws.outbox).contains("do canbo quyết định (quyết định số \(d.id))"))

            // Reverted: the finding is open again and nothing is counted.
            r = try await o.post(client, "/actions/revert", [("decision", "d\(d.id)")])
            #expect(r.status == .seeOther)
            let back = try backend.snapshot()
            #expect(back.findings.first { $0.id == f.id }?.state == .open)
            #expect(back.units.first { $0.id == "27142" }?.entries.flatMap(\.figures).contains { $0.place == place && $0.indicator == "inspections" } == false)

            // "Not this plan": settled, nothing counted.
            r = try await o.post(client, "/actions/assign-finding", [("finding", f.id), ("task", "none")])
            #expect(r.status == .seeOther)
            #expect(try backend.snapshot().findings.first { $0.id == f.id }?.state == .resolved)
        }
    }

    @Test func anAmbiguousTaskPreselectsTheCandidatesItNames() throws {
        let ws = try DeskWorkspace()
        let backend = try ws.desk()
        let snap = try backend.snapshot()
        let f = DeskFinding(id: "f1", unitID: "27142", unitName: "Phường Nhiêu Lộc", task: nil, kind: "task-ambiguous",
                            kindLabel: "Chưa rõ nhiệm vụ", severity: .review,
                            message: "Không chắc nội dung “kiểm tra cân” thuộc nhiệm vụ nào: II.5.b (điểm 3,2) hay II.2.a (điểm 2,9); chưa được tổng hợp.",
                            quote: "kiểm tra cân", place: "word/document.xml paragraph 3", file: "a.docx", submissionID: 1)
        let html = try Pages().finding(f, passage: nil, snapshot: snap, session: SessionView(officer: "canbo", csrf: "t", loginRequired: false))
        let assign = try #require(html.range(of: "/actions/assign-finding"))
        let taskOptions = html[assign.upperBound...].components(separatedBy: "<option value=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(Array(taskOptions.prefix(2)) == ["II.5.b", "II.2.a"])
        #expect(html.contains(#"<option value="II.5.b" selected>"#))
        #expect(!html.contains(#"<option value="II.2.a" selected>"#))
        #expect(html.contains("phát hiện nêu nhiệm vụ II.5.b, II.2.a"))
        #expect(Pages.namedTasks(in: f.message, codes: snap.tasks.map(\.code)) == ["II.5.b", "II.2.a"])
    }

    @Test func theFindingsPassageComesFromTheLedgerWhenTheInboxFileIsGone() async throws {
        let ws = try DeskWorkspace()
        // The inbox file is deleted after the run: the ledger holds its text.
        try FileManager.default.removeItem(at: ws.inbox.appendingPathComponent("27142_BC_CT38_2026.docx"))
        try FileManager.default.removeItem(at: ws.inbox.appendingPathComponent("Báo cáo kết quả thực hiện Chỉ thị 38 - P.An Phú Đông.xlsx"))
        let backend = try ws.desk()
        let app = try ws.server(backend).application()
        let f = try unplacedFigure(backend)
        try await app.test(.router) { client in
            let o = try await Officer.open(client)
            let page = text(try await o.get(client, "/findings/\(f.id)").body)
            #expect(page.contains(#"<td class="mark">"#))
            // The words the finding quotes, marked in the paragraph (which writes a no-break space in them).
            #expect(page.contains("<mark>bố trí 06\u{A0}điểm cân đối chứng</mark>"))
            #expect(!page.contains("Văn bản chưa lưu trong sổ"))
            // A figure of a workbook, from its unit's page: the sheet row, the cell marked.
            let unitPage = text(try await o.get(client, "/units/26767").body)
            let link = try #require(unitPage.range(of: #"href="/passage\?[^"]+""#, options: .regularExpression).map {
                String(unitPage[$0].dropFirst(6).dropLast()).replacingOccurrences(of: "&amp;", with: "&")
            })
            let passage = text(try await o.get(client, link).body)
            #expect(passage.contains(#"class="mark""#))
            #expect(passage.contains("trang tính"))
        }
    }

    @Test func aLedgerMadeBeforeTextsWereKeptSaysSo() async throws {
        let ws = try DeskWorkspace()
        // A ledger of the version before texts were kept (migrated when the desk opens it).
        let old = packageRoot.appendingPathComponent("Tests/NightlyTests/Fixtures/ledger-v2.sqlite")
        let dir = ws.root.appendingPathComponent("old", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: old, to: dir.appendingPathComponent("ledger.sqlite"))
        let backend = try LedgerDesk(pipelineDirectory: ws.pipeline,
                                     paths: .init(inbox: ws.inbox, outbox: ws.outbox, ledger: dir.appendingPathComponent("ledger.sqlite")),
                                     asOf: DeskWorkspace.asOf)
        let f = try #require(try backend.snapshot().findings.first { $0.place.map { PassageFinder.place($0) != nil } ?? false })
        let p = try #require(try backend.context(ofFinding: f.id))
        #expect(!p.kept && p.rows.isEmpty)
        let app = try ws.server(backend).application()
        try await app.test(.router) { client in
            let o = try await Officer.open(client)
            #expect(text(try await o.get(client, "/findings/\(f.id)").body).contains("Văn bản chưa lưu trong sổ"))
        }
    }
}

@Suite("Review desk: hand readings of an earlier desk", .enabled(if: corpusAvailable, "needs ../shared/corpus/dev"))
struct LegacyHandReadingTests {
    @Test func aHandReadingKeptAsADeskEventIsCarriedIntoTheLedger() throws {
        let ws = try DeskWorkspace()
        let ledger = try ws.ledger()
        let refused = try #require(try ledger.submissions().first { $0.submission.status == .rejected && $0.path == "Bao cao CT38 P.Chanh Hung.docx" })
        // What the earlier desk did: an event, and a reading of the file's content written from it.
        let log = try DeskLog(ledgerURL: ws.ledgerURL)
        let json = #"{"date":"2026-11-10","figures":{"participants":1250},"sha256":"\#(refused.submission.sha256)","status":"completed","task":"II.1.a","unit":"27418"}"#
        let e = try log.record(kind: "accept-by-hand", subject: refused.path, by: "lan", new: json, note: "bản giấy")
        var written = refused.submission
        written.status = .extracted
        written.unit = UnitRef(id: "27418", name: "Phường Chánh Hưng", source: "nhập tay (e\(e), lan)")
        written.entries = [Entry(task: "II.1.a", status: .completed, indicators: [IndicatorID("participants"): Figure(value: 1250, sources: [])])]
        _ = try ledger.recordReading(of: refused.id, written, runID: refused.runID, pipelineVersion: "old", extractionVersion: "old")

        let backend = try ws.desk()
        let d = try #require(try ledger.decisions().first)
        let latest = try #require(try ledger.submissionID(sha256: refused.submission.sha256))
        #expect(d.officer == "lan" && d.note == "bản giấy" && d.target == .submission(latest))
        #expect(d.action == .acceptByHand(HandReading(unit: "27418", date: "2026-11-10", task: "II.1.a", status: "completed", figures: ["participants": 1250])))
        #expect(try ledger.submissions().first { $0.submission.sha256 == refused.submission.sha256 }?.submission.status == .rejected)
        #expect(DeskLog.live(try log.events()).live.isEmpty, "the event is closed as carried over")
        let unit = try #require(try backend.snapshot().units.first { $0.id == "27418" })
        #expect(unit.entries.first?.figures.first { $0.indicator == "participants" }?.value == 1250)
        // Opening the desk again carries nothing twice.
        _ = try ws.desk()
        #expect(try ledger.decisions().count == 1)
    }
}
