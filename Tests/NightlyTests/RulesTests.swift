import Consolidation
import Extraction
import Foundation
import Ledger
import Nightly
import Plan
import Testing

private func figure(_ v: Double) -> Figure { Figure(value: v, sources: [FigureSource(location: "test", text: "\(v)", value: v)]) }

private func submission(unit: String, name: String = "Đơn vị", date: String? = "2026-11-10", number: String? = "1/BC",
                        entries: [Entry]) -> Submission {
    Submission(file: "\(unit).docx", sha256: "sha-\(unit)-\(date ?? "-")-\(number ?? "-")", status: .extracted,
               unit: UnitRef(id: unit, name: name), document: DocumentInfo(number: number, date: date), entries: entries)
}

private func makeEntry(_ task: String, _ values: [String: Double], status: TaskStatus = .inProgress) -> Entry {
    Entry(task: task, status: status, indicators: Dictionary(uniqueKeysWithValues: values.map { (IndicatorID($0.key), figure($0.value)) }))
}

@Suite("Validation rules")
struct ValidationRulesTests {
    let rules: ValidationRules

    init() throws {
        rules = try ValidationRules.load(pipelineDirectory: pipelineDirectory)
    }

    @Test("The pipeline's validation.yaml loads")
    func loads() {
        #expect(rules.rules.count == 3)
        #expect(rules.expected?.tasks["II.5.b"] == [IndicatorID("samples_tested")])
        #expect(rules.outliers?.minUnits == 5)
        #expect(!rules.version.isEmpty)
        #expect(rules.declaresReplacement(path: "sub/25975_BC_CT38_2026 (Thay the).docx"))
        #expect(!rules.declaresReplacement(path: "25975_BC_CT38_2026.docx"))
    }

    @Test("Left side, operator, right side over an entry's indicators")
    func leftOperatorRight() {
        let s = submission(unit: "A", entries: [
            makeEntry("II.5.a", ["violations": 5, "establishments_inspected": 3]),           // violations > inspected
            makeEntry("II.5.c", ["fines_vnd": 2_500_000]),                                    // fines without violations
            makeEntry("II.3.a", ["participants": 2, "training_courses": 3]),                  // fewer people than courses
            makeEntry("II.5.d", ["violations": 1, "establishments_inspected": 4, "fines_vnd": 1_000_000, "participants": 50, "training_courses": 2]),
        ])
        let v = rules.check([s])
        let codes = v.map(\.finding.code).sorted()
        #expect(codes == ["rule:fines-need-violations", "rule:participants-at-least-courses", "rule:violations-within-inspected"])
        let m = v.first { $0.finding.code == "rule:violations-within-inspected" }!.finding.message
        #expect(m == "Nhiệm vụ II.5.a: số cơ sở vi phạm (5) lớn hơn số cơ sở được kiểm tra (3).")
        #expect(m == m.precomposedStringWithCanonicalMapping)
    }

    @Test("A completed task without the figures it is expected to have")
    func expectedFigures() {
        let s = submission(unit: "A", entries: [
            makeEntry("II.5.b", [:], status: .completed),
            makeEntry("II.5.b", [:], status: .inProgress),
            makeEntry("II.4.b", ["instruments_verified": 12], status: .completed),
        ])
        let v = rules.check([s])
        #expect(v.map(\.finding.code) == ["rule:expected-figure"])
        #expect(v.first?.finding.message == "Nhiệm vụ II.5.b được báo cáo “hoàn thành” nhưng không có số liệu (số mẫu).")
    }

    @Test("Outliers: more than 10× the median of at least 5 other units")
    func outliers() {
        var subs = (1...5).map { i in submission(unit: "U\(i)", entries: [makeEntry("II.5.a", ["samples_tested": Double(10 + i)])]) }
        subs.append(submission(unit: "BIG", entries: [makeEntry("II.5.a", ["samples_tested": 1_500])]))
        let v = rules.check(subs)
        #expect(v.count == 1)
        #expect(v.first?.index == 5)
        #expect(v.first?.finding.message == "Nhiệm vụ II.5.a: số mẫu là 1.500, gấp hơn 10 lần trung vị của 5 đơn vị khác (13); đề nghị kiểm tra lại.")
        // Four other units are not enough.
        #expect(rules.check(Array(subs.dropFirst())).isEmpty)
    }

    @Test("Rules as data: parse errors name the field")
    func parseErrors() {
        #expect(throws: NightlyError.self) {
            try ValidationRules.parse(yaml: "rules:\n  - left: a\n    operator: '=>'\n    right: b\n    message: x\n")
        }
        #expect(throws: NightlyError.self) { try ValidationRules.parse(yaml: "rulez: []\n") }
        let r = try? ValidationRules.parse(yaml: "rules:\n  - left: a + b\n    operator: '<='\n    right: 10\n    message: \"{left} > {right}\"\n")
        let s = submission(unit: "A", entries: [makeEntry("II.1.a", ["a": 6, "b": 5])])
        #expect(r?.check([s]).first?.finding.message == "11 > 10")
    }

    @Test("Vietnamese number format")
    func numbers() {
        #expect(VietFormat.number(1_250_000) == "1.250.000")
        #expect(VietFormat.number(15.5) == "15,5")
        #expect(VietFormat.number(7) == "7")
        #expect(VietFormat.date(iso: "2026-11-05") == "05/11/2026")
    }
}

@Suite("Completeness, timeliness, supersession")
struct CompletenessTests {
    func stored(_ id: Int64, _ s: Submission, received: String, path: String? = nil) -> StoredSubmission {
        let f = ISO8601DateFormatter()
        return StoredSubmission(id: id, submission: s, path: path ?? s.file, receivedAt: f.date(from: received)!, runID: 1,
                                catalogueVersion: "v", supersededBy: nil)
    }

    @Test("On time, late (rule before: the deadline day is late), undated by receipt, missing")
    func reporters() throws {
        let p = try pipelineWithoutRules()
        // Communes: deadline 2026-11-15, rule before.
        let subs = [
            stored(1, submission(unit: "25975", date: "2026-11-14", entries: []), received: "2026-11-16T01:00:00Z"),
            stored(2, submission(unit: "27094", date: "2026-11-15", entries: []), received: "2026-11-15T01:00:00Z"),
            // Undated, received 14/11 at 23:30 in Viet Nam (16:30 UTC): on time.
            stored(3, submission(unit: "27142", date: nil, entries: []), received: "2026-11-14T16:30:00Z"),
            // Undated, received 15/11 at 00:30 in Viet Nam (14/11 17:30 UTC): late.
            stored(4, submission(unit: "26740", date: nil, entries: []), received: "2026-11-14T17:30:00Z"),
        ]
        let state = Reconciliation.reconcile(submissions: subs, files: [], decisions: [], pipeline: p, asOf: PlanDate(iso: "2026-11-20")!,
                                             runID: 1)
        let r = Dictionary(uniqueKeysWithValues: state.input.reporters.map { ($0.unitID, $0) })
        #expect(r["25975"]?.state == .onTime)
        #expect(r["25975"]?.documentDate == PlanDate(iso: "2026-11-14"))
        #expect(r["27094"]?.state == .late)
        #expect(r["27142"]?.state == .onTime)
        #expect(r["26740"]?.state == .late)
        #expect(r["26506"]?.state == .missing)
        #expect(state.input.reporters.count == p.definition.expectedReporters.count)
    }

    @Test("Later document date supersedes, then later receipt; unknown units are current on their own")
    func supersession() throws {
        let p = try pipelineWithoutRules()
        let subs = [
            stored(1, submission(unit: "25975", date: "2026-11-12", number: "7/BC", entries: []), received: "2026-11-13T01:00:00Z", path: "a.docx"),
            // Received later but dated earlier: does not supersede.
            stored(2, submission(unit: "25975", date: "2026-11-10", number: "5/BC", entries: []), received: "2026-11-14T01:00:00Z", path: "b.docx"),
            // Same date, received later: supersedes.
            stored(3, submission(unit: "25975", date: "2026-11-12", number: "8/BC", entries: []), received: "2026-11-15T01:00:00Z", path: "c.docx"),
            stored(4, Submission(file: "x.docx", sha256: "x", status: .extracted), received: "2026-11-15T01:00:00Z"),
            stored(5, Submission(file: "y.docx", sha256: "y", status: .extracted), received: "2026-11-15T01:00:00Z"),
        ]
        let state = Reconciliation.reconcile(submissions: subs, files: [], decisions: [], pipeline: p, asOf: PlanDate(iso: "2026-11-20")!,
                                             runID: 1)
        #expect(state.input.current.map(\.id) == [3, 4, 5])
        #expect(state.input.current.first?.supersedes == [1, 2] || state.input.current.first?.supersedes == [2, 1])
        #expect(state.supersededBy[1] == .some(3) && state.supersededBy[2] == .some(3) && state.supersededBy[3] == .some(nil))
        #expect(state.input.review.filter { $0.finding.code == "unknown-unit" }.count == 2)
        #expect(!state.input.review.contains { $0.finding.code == "conflict" })
        // Timeliness by the first report (id 2, dated 10/11).
        #expect(state.input.reporters.first { $0.unitID == "25975" }?.documentDate == PlanDate(iso: "2026-11-10"))
    }
}

@Suite("Reporting status: dates and unreadable files")
struct ReportingStatusTests {
    let received = { (s: String) in ISO8601DateFormatter().date(from: s)! }

    func stored(_ id: Int64, _ s: Submission, received r: String, path: String? = nil) -> StoredSubmission {
        StoredSubmission(id: id, submission: s, path: path ?? s.file, receivedAt: received(r), runID: 1, catalogueVersion: "v")
    }

    func dayless(_ unit: String, month: Int) -> Submission {
        var s = submission(unit: unit, date: nil, entries: [])
        s.findings = [Finding(severity: .warning, code: "date-incomplete",
                              message: "Ngày của báo cáo không ghi đủ ngày, tháng, năm (“Phường X, ngày    tháng \(month) năm 2026”).",
                              source: "word/document.xml table 1 row 1 cell 2")]
        return s
    }

    @Test("A day-less date is judged by the month it names before the day the file arrived")
    func daylessMonth() throws {
        let p = try pipelineWithoutRules()
        // Communes: deadline 15/11/2026, rule before. All received 20/11 (late by receipt).
        let subs = [
            stored(1, dayless("25975", month: 10), received: "2026-11-20T02:00:00Z"),   // October: on time
            stored(2, dayless("27094", month: 12), received: "2026-11-20T02:00:00Z"),   // December: late
            stored(3, dayless("27142", month: 11), received: "2026-11-20T02:00:00Z"),   // November: the receipt decides (late)
            stored(4, dayless("26740", month: 11), received: "2026-11-12T02:00:00Z"),   // November, received 12/11: on time
        ]
        let s = Reconciliation.reconcile(submissions: subs, files: [], decisions: [], pipeline: p, asOf: PlanDate(iso: "2026-11-24")!, runID: 1)
        let r = Dictionary(uniqueKeysWithValues: s.input.reporters.map { ($0.unitID, $0) })
        #expect(r["25975"]?.state == .onTime && r["25975"]?.judgedBy == .documentMonth)
        #expect(r["27094"]?.state == .late && r["27094"]?.judgedBy == .documentMonth)
        #expect(r["27142"]?.state == .late && r["27142"]?.judgedBy == .received)
        #expect(r["26740"]?.state == .onTime && r["26740"]?.judgedBy == .received)
    }

    @Test("Number, date and receipt shown for a reporter come from the same (first) report")
    func sameSubmission() throws {
        let p = try pipelineWithoutRules()
        let subs = [
            stored(1, submission(unit: "25975", date: "2026-11-10", number: "7/BC-UBND", entries: []), received: "2026-11-11T02:00:00Z", path: "a.docx"),
            stored(2, submission(unit: "25975", date: "2026-11-18", number: "9/BC-UBND", entries: []), received: "2026-11-19T02:00:00Z", path: "a (bổ sung).docx"),
        ]
        let s = Reconciliation.reconcile(submissions: subs, files: [], decisions: [], pipeline: p, asOf: PlanDate(iso: "2026-11-24")!, runID: 1)
        let r = try #require(s.input.reporters.first { $0.unitID == "25975" })
        #expect(r.state == .onTime)
        #expect(r.submissionID == 2 && r.judgedSubmissionID == 1)
        #expect(r.documentNumber == "7/BC-UBND" && r.documentDate == PlanDate(iso: "2026-11-10"))
        #expect(r.receivedAt == received("2026-11-11T02:00:00Z"))
    }

    @Test("A unit that sent only files that cannot be read is not 'not sent'")
    func unreadableOnly() throws {
        let p = try pipelineWithoutRules()
        let refused = Submission(file: "BC CT38 P Bình Thạnh (scan).pdf", sha256: "pdf", status: .rejected, reason: "Tệp là PDF.", rejectionKind: "pdf")
        let subs = [stored(1, refused, received: "2026-11-12T02:00:00Z", path: "BC CT38 P Bình Thạnh (scan).pdf")]
        let file = FileRecord(id: 1, path: "BC CT38 P Bình Thạnh (scan).pdf", sha256: "pdf", size: 1, mtime: 1, firstSeen: received("2026-11-12T02:00:00Z"),
                              lastSeen: received("2026-11-12T02:00:00Z"), firstRunID: 1, lastRunID: 1, outcome: .refused, submissionID: 1)
        let s = Reconciliation.reconcile(submissions: subs, files: [file], decisions: [], pipeline: p, asOf: PlanDate(iso: "2026-11-24")!, runID: 1)
        let binhThanh = try #require(p.definition.units.units.first { $0.name == "Phường Bình Thạnh" })
        #expect(s.input.reporters.first { $0.unitID == binhThanh.id }?.state == .unreadable)
        #expect(s.input.refused.first?.unitID == binhThanh.id)
        #expect(s.input.reporters.filter { $0.state == .unreadable }.count == 1)
    }

    /// A file whose content cannot be read and whose name carries no unit's name but a unit's
    /// registry code ("<code>_…"): that unit sent an unreadable file, never "not sent"
    /// (REVIEW14 #7); a run of digits that is no unit's code, or codes of two units, names none.
    @Test("A refused file is its unit's by the registry code in its name")
    func unreadableByCode() throws {
        let p = try pipelineWithoutRules()
        let units = p.definition.units
        let ward = try #require(units.units.first { $0.name == "Phường Tân Định" })
        let other = try #require(units.units.first { $0.name == "Xã Cần Giờ" })
        #expect(Reconciliation.namedUnit("\(ward.id)_BC_nam.docx", units: units) == ward.id)
        #expect(Reconciliation.namedUnit("Gui lai \(ward.id) (mat khau).xlsx", units: units) == ward.id)
        #expect(Reconciliation.namedUnit("2026 bao cao 31.docx", units: units) == nil)
        #expect(Reconciliation.namedUnit("\(ward.id)_\(other.id).docx", units: units) == nil)
        #expect(Reconciliation.namedUnit("1\(ward.id).docx", units: units) == nil)
        let name = "\(ward.id)_BC_nam.docx"
        let refused = Submission(file: name, sha256: "enc", status: .rejected, reason: "Tệp được bảo vệ bằng mật khẩu.", rejectionKind: "encrypted")
        let file = FileRecord(id: 1, path: name, sha256: "enc", size: 1, mtime: 1, firstSeen: received("2026-11-12T02:00:00Z"),
                              lastSeen: received("2026-11-12T02:00:00Z"), firstRunID: 1, lastRunID: 1, outcome: .refused, submissionID: 1)
        let s = Reconciliation.reconcile(submissions: [stored(1, refused, received: "2026-11-12T02:00:00Z", path: name)], files: [file], decisions: [],
                                         pipeline: p, asOf: PlanDate(iso: "2026-11-24")!, runID: 1)
        #expect(s.input.reporters.first { $0.unitID == ward.id }?.state == .unreadable)
        #expect(s.input.refused.first?.unitID == ward.id)
    }
}
