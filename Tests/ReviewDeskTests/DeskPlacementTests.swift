import Consolidation
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
            #expect(page.contains(#"name="pick.0" value="1" checked"#) && page.contains(#"name="value.0" value="6""#))
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
            // The workbook's Phụ lục (which names no places) counts it under II.5.c.
            let placedValue = try #require(try backend.snapshot().units.first { $0.id == "27142" }?.entries
                .first { $0.task == "II.5.c" }?.figures.first { $0.indicator == "inspections" }?.value)
            #expect(try outboxSheetTexts(ws.outbox).contains { $0.contains("Phường Nhiêu Lộc: \(VietFormat.number(placedValue))") })
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

    /// The Chi cục's row II.5.c: “Chi cục đã hướng dẫn, phối hợp với 43 Ủy ban nhân dân …; tham
    /// gia 25 cuộc kiểm tra tại 518 cơ sở, phát hiện 30 cơ sở vi phạm với số tiền xử phạt
    /// 800.500.000 VNĐ.” — extraction could not name the 43.
    @Test func everyNumberOfARowIsOfferedAndSeveralArePlacedByOneDecision() async throws {
        let ws = try DeskWorkspace(files: ["Chi cuc TDC - BC thuc hien KH CT38.docx"])
        let backend = try ws.desk()
        let app = try ws.server(backend).application()
        let before = try backend.snapshot()
        let f = try #require(before.findings.first { $0.kind == "figure-unrecognized" && $0.message.contains("43 Ủy ban") })
        let unitID = try #require(f.unitID)
        @Sendable func figures(_ s: DeskSnapshot) -> [String: Double] {
            Dictionary((s.units.first { $0.id == unitID }?.entries.filter { $0.task == "II.5.c" }.flatMap(\.figures) ?? []).map { ($0.indicator, $0.value) },
                       uniquingKeysWith: +)
        }
        let was = figures(before)

        // Every number of the row, each with the indicator the words after it name; only the one
        // the finding is about is ticked (the others extraction has read).
        let numbers = try backend.numbers(ofFinding: f.id)
        #expect(numbers.map(\.value) == [43, 25, 518, 30, 800_500_000])
        #expect(numbers.map(\.indicator) == [nil, "inspections", "establishments_inspected", "violations", "fines_vnd"])
        #expect(numbers.map(\.chosen) == [true, false, false, false, false])
        #expect(numbers.map(\.countedAs) == [nil, "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số cơ sở vi phạm", "Số tiền xử phạt (đồng)"])

        try await app.test(.router) { client in
            let o = try await Officer.open(client)
            let page = text(try await o.get(client, "/findings/\(f.id)").body)
            #expect(page.contains(#"name="pick.0" value="1" checked"#) && page.contains(#"name="value.0" value="43""#))
            #expect(page.contains(#"name="pick.1" value="1">"#) && page.contains(#"name="value.4" value="800.500.000""#))
            #expect(page.contains("đã tính vào “Số cuộc kiểm tra”"))
            let second = try #require(page.range(of: #"name="indicator.1""#))
            #expect(page[second.upperBound...].prefix(2000).contains(#"<option value="inspections" selected>"#))
            // A sixth, empty line for a number the officer types.
            #expect(page.contains(#"name="pick.5""#) && page.contains(#"name="value.5""#))

            let base = [("finding", f.id), ("task", "II.5.c")]
            // Three numbers at once (what they count is the officer's call; the test is about
            // one decision carrying them): two lines of the row, one typed in.
            let three = [("pick.0", "1"), ("indicator.0", "establishments_inspected"), ("value.0", "43"),
                         ("pick.1", "1"), ("indicator.1", "inspections"), ("value.1", "2"),
                         ("pick.5", "1"), ("indicator.5", "fines_vnd"), ("value.5", "1.250.000")]
            // Refused plainly, nothing recorded: an unknown indicator, a value that is not a
            // number, a task not in the catalogue, one indicator for two numbers, a ticked number
            // without an indicator, "not this plan" with figures.
            for bad in [[("task", "II.5.c"), ("pick.0", "1"), ("indicator.0", "bogus_indicator"), ("value.0", "43")],
                        [("task", "II.5.c"), ("pick.0", "1"), ("indicator.0", "enterprises_supported"), ("value.0", "bốn mươi ba")],
                        [("task", "IX.9.z")] + three,
                        [("task", "II.5.c"), ("pick.0", "1"), ("indicator.0", "inspections"), ("value.0", "43"),
                         ("pick.1", "1"), ("indicator.1", "inspections"), ("value.1", "25")],
                        [("task", "II.5.c"), ("pick.0", "1"), ("value.0", "43")],
                        [("task", "none")] + three] {
                let r = try await o.post(client, "/actions/assign-finding", [("finding", f.id)] + bad)
                #expect(r.status == .badRequest, "\(bad)")
            }
            // An unticked line is not placed, whatever it holds.
            #expect(try ws.ledger().decisions().isEmpty)

            var r = try await o.post(client, "/actions/assign-finding", base.dropLast() + [("task", "II.5.c")] + three
                                     + [("indicator.2", "bogus_indicator"), ("value.2", "x"), ("status", "in_progress"), ("note", hostile)])
            #expect(r.status == .seeOther)
            let decisions = try ws.ledger().decisions()
            #expect(decisions.count == 1)
            let d = try #require(decisions.last)
            #expect(d.action == .assignFinding(FindingAssignment(task: TaskCode(rawValue: "II.5.c"), figures: [
                .init(indicator: IndicatorID("establishments_inspected"), value: 43), .init(indicator: IndicatorID("inspections"), value: 2),
                .init(indicator: IndicatorID("fines_vnd"), value: 1_250_000)], status: .inProgress)))

            // One decision settles the finding and counts all three.
            let after = try backend.snapshot()
            #expect(after.findings.first { $0.id == f.id }?.state == .resolved)
            let now = figures(after)
            #expect(now["establishments_inspected"] == (was["establishments_inspected"] ?? 0) + 43)
            #expect(now["inspections"] == (was["inspections"] ?? 0) + 2)
            #expect(now["fines_vnd"] == (was["fines_vnd"] ?? 0) + 1_250_000)
            #expect(now["violations"] == was["violations"])
            let log = text(try await o.get(client, "/decisions").body)
            #expect(log.contains("Số tiền xử phạt") || log.contains("1.250.000"))

            // JSON and XLSX: three figures, each saying who decided and where it was read.
            r = try await o.post(client, "/report/build", [])
            #expect(r.status == .seeOther)
            let json = try outboxInputJSON(ws.outbox)
            let by = "do canbo quyết định (quyết định số \(d.id))"
            #expect(json.components(separatedBy: by).count - 1 >= 3)
            #expect(json.contains(try #require(f.place)))
            // The workbook's Phụ lục gives each unit's figure of a task (no places in it).
            let cells = try outboxSheetTexts(ws.outbox)
            for indicator in ["establishments_inspected", "inspections", "fines_vnd"] {
                let said = "Chi cục Tiêu chuẩn Đo lường Chất lượng: \(VietFormat.number(try #require(now[indicator])))"
                #expect(cells.contains { $0.contains(said) }, "\(said)")
            }

            // Reverted: all three go, the finding is open again.
            r = try await o.post(client, "/actions/revert", [("decision", "d\(d.id)")])
            #expect(r.status == .seeOther)
            let back = try backend.snapshot()
            #expect(back.findings.first { $0.id == f.id }?.state == .open)
            #expect(figures(back) == was)
            r = try await o.post(client, "/report/build", [])
            #expect(!(try outboxInputJSON(ws.outbox)).contains(by))
        }
    }

    /// A refused file read by hand: its figures are corrected on the unit page like any other.
    @Test func aFigureOfAHandReadingIsCorrectedInPlace() async throws {
        let ws = try DeskWorkspace()
        let backend = try ws.desk()
        let app = try ws.server(backend).application()
        let refused = try #require(try backend.snapshot().refused.first { $0.file == "Bao cao CT38 P.Chanh Hung.docx" })
        let sid = try #require(refused.submissionID)
        try await app.test(.router) { client in
            let o = try await Officer.open(client)
            var r = try await o.post(client, "/actions/accept", [("submission", "\(sid)"), ("unit", "27418"), ("task", "II.1.a"),
                                                                 ("status", "completed"), ("fig.participants", "1.250"), ("fig.training_courses", "3")])
            #expect(r.status == .seeOther)
            // The unit page offers the correction on the hand-read figures.
            let page = text(try await o.get(client, "/units/27418").body)
            #expect(page.contains(#"action="/actions/figure""#))
            #expect(page.contains(#"name="submission" value="\#(sid)"><input type="hidden" name="entry" value="0"><input type="hidden" name="indicator" value="participants""#))

            r = try await o.post(client, "/actions/figure", [("submission", "\(sid)"), ("entry", "0"), ("indicator", "participants"),
                                                             ("value", "1.520"), ("note", "gõ nhầm")])
            #expect(r.status == .seeOther)
            let d = try #require(try ws.ledger().decisions().last)
            #expect(d.action == .setFigureValue(1520) && d.oldValue == "1.250")
            var unit = try #require(try backend.snapshot().units.first { $0.id == "27418" })
            var fig = try #require(unit.entries.first?.figures.first { $0.indicator == "participants" })
            #expect(fig.value == 1520 && fig.corrected)
            #expect(unit.entries.first?.figures.first { $0.indicator == "training_courses" }?.value == 3)
            // An indicator the hand reading does not have, an entry it does not have: refused.
            r = try await o.post(client, "/actions/figure", [("submission", "\(sid)"), ("entry", "0"), ("indicator", "fines_vnd"), ("value", "5")])
            #expect(r.status == .notFound)
            r = try await o.post(client, "/actions/figure", [("submission", "\(sid)"), ("entry", "1"), ("indicator", "participants"), ("value", "5")])
            #expect(r.status == .notFound)

            r = try await o.post(client, "/report/build", [])
            #expect(try outboxInputJSON(ws.outbox).contains("quyết định số \(d.id)"))

            // Undone, the hand reading's value stands again.
            r = try await o.post(client, "/actions/revert", [("decision", "d\(d.id)")])
            #expect(r.status == .seeOther)
            unit = try #require(try backend.snapshot().units.first { $0.id == "27418" })
            fig = try #require(unit.entries.first?.figures.first { $0.indicator == "participants" })
            #expect(fig.value == 1250 && !fig.corrected)
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
