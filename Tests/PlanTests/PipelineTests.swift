import Foundation
import Testing
@testable import Plan

@Suite struct PipelineTests {
    let pipeline = Fixtures.pipeline

    @Test func checkedInDefinition() {
        #expect(pipeline.id == "ct38-2026")
        // As the plan says them: its copy leaves number and date blank (REVIEW14 #4).
        #expect(pipeline.plan.number == nil)
        #expect(pipeline.plan.numberAsWritten == "Số: /KH-SKHCCN")
        #expect(pipeline.plan.date == nil)
        #expect(pipeline.plan.dateAsWritten == "ngày tháng năm 2026")
        #expect(pipeline.plan.year == 2026)
        #expect(pipeline.issuer.name == "Sở Khoa học và Công nghệ")
        #expect(pipeline.issuer.parent == "Ủy ban nhân dân Thành phố Hồ Chí Minh")
        #expect(pipeline.signer.authority == "KT. GIÁM ĐỐC")
        #expect(pipeline.signer.title == "PHÓ GIÁM ĐỐC")
        #expect(pipeline.signer.name == "Nguyễn Kỳ")
        #expect(pipeline.budget.amount == 349_000_000)
        #expect(pipeline.report.numberPattern == "…/BC-SKHCN")
        #expect(pipeline.report.recipients == ["Ủy ban nhân dân Thành phố Hồ Chí Minh", "Bộ Khoa học và Công nghệ"])
        #expect(pipeline.outputs == [.docx, .xlsx, .json, .html])
        #expect(pipeline.paths == .init(inbox: "Inbox", outbox: "Outbox", ledger: "state/ledger.sqlite"))
    }

    @Test func deadlines() throws {
        let units = pipeline.units
        let ktpc = try #require(units.unit(id: "SKHCN-KTPC"))
        let ward = try #require(units.unit(id: "26740"))
        let dept = try #require(units.unit(id: "SO-YT"))
        let internalRule = try #require(pipeline.reporterRule(for: ktpc))
        #expect(internalRule.deadline.description == "2026-11-01")
        #expect(internalRule.reportTo == "SKHCN-CCTDC")
        #expect(internalRule.rule == .before)
        #expect(!internalRule.isLate(PlanDate(year: 2026, month: 10, day: 31)!))
        #expect(internalRule.isLate(PlanDate(year: 2026, month: 11, day: 1)!))
        #expect(pipeline.reporterRule(for: ward)?.deadline.description == "2026-11-15")
        #expect(pipeline.reporterRule(for: dept)?.deadline.description == "2026-11-15")
        #expect(pipeline.reporterRule(for: units.unit(id: "SKHCN-CCTDC")!) == nil)   // consolidates
        #expect(pipeline.reporterRule(for: units.unit(id: "SKHCN")!) == nil)         // issuer
        #expect(pipeline.expectedReporters.count == 168 + 6 + 15)
    }

    // MARK: Broken definitions

    /// A copy of the checked-in pipeline in a temporary directory, with edits.
    func brokenCopy(_ edits: [String: (String) -> String]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plan-tests-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Paths.pipeline, to: dir)
        for (file, edit) in edits {
            let url = dir.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let edited = edit(text)
            #expect(edited != text, "edit of \(file) changed nothing")
            try Data(edited.utf8).write(to: url)
        }
        return dir
    }

    func problems(_ dir: URL) -> [PipelineProblem] {
        do {
            _ = try PipelineDefinition.load(directory: dir)
            Issue.record("a broken pipeline loaded")
            return []
        } catch {
            return error.problems
        }
    }

    /// 1-based line of the first line containing `needle` (after `after`, when given).
    func line(_ dir: URL, _ file: String, _ needle: String, after: String? = nil) throws -> Int {
        let lines = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var start = 0
        if let after { start = try #require(lines.firstIndex { $0.contains(after) }) }
        return try #require(lines[start...].firstIndex { $0.contains(needle) }) + 1
    }

    func expectProblem(_ ps: [PipelineProblem], file: String, line: Int?, field: String, containing text: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let hit = ps.contains { $0.file == file && $0.line == line && $0.field == field && $0.message.contains(text) }
        #expect(hit, "no problem \(file):\(line.map(String.init) ?? "-"): \(field): …\(text)… in\n\(ps.map(\.description).joined(separator: "\n"))",
                sourceLocation: sourceLocation)
    }

    @Test func brokenDefinitionReportsEveryProblemWithFileLineAndField() throws {
        let dir = try brokenCopy([
            "pipeline.yaml": { s in
                s.replacing("deadline: 2026-11-15", with: "deadline: 15/11/2026")
                    .replacing("  title: \"Kế hoạch triển khai", with: "  titel: \"Kế hoạch triển khai")
                    .replacing("rule: before\n    source: \"IV.2", with: "rule: soon\n    source: \"IV.2")
                    .replacing("outputs: [docx, xlsx, json, html]", with: "outputs: [docx, pdf]")
            },
            "catalogue.yaml": { s in
                s.replacing("- code: \"II.2.e\"", with: "- code: \"II.2.d\"")
                    .replacing("units: [\"SKHCN-TTPTTN\"]\n    schedule:\n      text: \"Thường xuyên\"\n      kind: ongoing\n  - code: \"II.2.h\"",
                               with: "units: [\"SKHCN-TTPTT\"]\n    schedule:\n      text: \"Thường xuyên\"\n      kind: ongoing\n  - code: \"II.2.h\"")
                    .replacing("text: \"Quý I/2026\"", with: "text: \"Sớm nhất có thể\"")
                    .replacing("    lead:\n      label: \"Cơ quan chủ trì\"\n      text: \"Phòng Quản lý Khoa học\"\n      units: [\"SKHCN-QLKH\"]\n", with: "")
            },
            "catalogue.overlay.yaml": { s in s.replacing("  II.6.b:", with: "  II.6.c:") },
            "units/unit-aliases.yaml": { s in s.replacing("  SO-XD:", with: "  SO-XYZ:") },
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let ps = problems(dir)

        expectProblem(ps, file: "pipeline.yaml", line: try line(dir, "pipeline.yaml", "deadline: 15/11/2026"),
                      field: "reporters[1].deadline", containing: "expected a date yyyy-mm-dd")
        expectProblem(ps, file: "pipeline.yaml", line: try line(dir, "pipeline.yaml", "titel:"), field: "plan.titel", containing: "unknown field")
        expectProblem(ps, file: "pipeline.yaml", line: try line(dir, "pipeline.yaml", "number: null"), field: "plan.title", containing: "missing required field 'title'")
        expectProblem(ps, file: "pipeline.yaml", line: try line(dir, "pipeline.yaml", "rule: soon"), field: "reporters[0].rule", containing: "unknown rule 'soon'")
        expectProblem(ps, file: "pipeline.yaml", line: try line(dir, "pipeline.yaml", "outputs: [docx, pdf]"), field: "outputs[1]", containing: "unknown output 'pdf'")

        expectProblem(ps, file: "catalogue.yaml", line: try line(dir, "catalogue.yaml", "code: \"II.2.d\"", after: "code: \"II.2.đ\""),
                      field: "tasks[7] (II.2.d).code", containing: "duplicate task code II.2.d")
        expectProblem(ps, file: "catalogue.yaml", line: try line(dir, "catalogue.yaml", "SKHCN-TTPTT\""),
                      field: "tasks[8] (II.2.g).partners.units[0]", containing: "unknown unit 'SKHCN-TTPTT' (did you mean SKHCN-TTPTTN")
        expectProblem(ps, file: "catalogue.yaml", line: try line(dir, "catalogue.yaml", "Sớm nhất có thể"),
                      field: "tasks[9] (II.2.h).schedule.text", containing: "cannot understand the schedule")
        expectProblem(ps, file: "catalogue.yaml", line: try line(dir, "catalogue.yaml", "code: \"II.3.c\""),
                      field: "tasks[13] (II.3.c).lead", containing: "missing required field 'lead'")
        expectProblem(ps, file: "catalogue.overlay.yaml", line: try line(dir, "catalogue.overlay.yaml", "II.6.c:"),
                      field: "tasks.II.6.c", containing: "no task II.6.c")
        expectProblem(ps, file: "catalogue.overlay.yaml", line: try line(dir, "catalogue.overlay.yaml", "II.2.e:"),
                      field: "tasks.II.2.e", containing: "no task II.2.e")
        expectProblem(ps, file: "units/unit-aliases.yaml", line: try line(dir, "units/unit-aliases.yaml", "SO-XYZ:"),
                      field: "aliases.SO-XYZ", containing: "unknown unit id 'SO-XYZ'")
        #expect(ps.count == 12, "\(ps.map(\.description).joined(separator: "\n"))")
    }

    @Test func yamlSyntaxErrorsAndMissingFilesAreProblemsNotCrashes() throws {
        let dir = try brokenCopy([
            "catalogue.yaml": { s in s.replacing("  - code: \"II.4.a\"\n    group: 4", with: "  - code: \"II.4.a\"\n   group: [4") },
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("units/communes.csv"))
        let ps = problems(dir)
        #expect(ps.contains { $0.file == "catalogue.yaml" && $0.line != nil && $0.message.contains("YAML syntax error") }, "\(ps)")
        #expect(ps.contains { $0.file == "units/communes.csv" && $0.message.contains("not found") }, "\(ps)")

        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("plan-tests-empty-\(UUID().uuidString)")
        let p2 = problems(empty)
        #expect(p2.count == 1 && p2[0].file == "pipeline.yaml" && p2[0].message.contains("not found"))
    }

    @Test func brokenUnitData() throws {
        let dir = try brokenCopy([
            "units/communes.csv": { s in s.replacing("26740,Phường Sài Gòn,Phường", with: "2674,Phường Sài Gòn,Phường")
                .replacing("25975,Phường An Phú,Phường", with: "25975,Phường An Phú,Quận") },
            "units/agencies.csv": { s in s.replacing("SO-YT,Sở Y tế,department", with: "SO-TP,Sở Y tế,department") },
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let ps = problems(dir)
        expectProblem(ps, file: "units/communes.csv", line: try line(dir, "units/communes.csv", "2674,Phường Sài Gòn"), field: "code", containing: "5-digit")
        expectProblem(ps, file: "units/communes.csv", line: try line(dir, "units/communes.csv", "Quận"), field: "kind", containing: "unknown kind")
        expectProblem(ps, file: "units/agencies.csv", line: try line(dir, "units/agencies.csv", "SO-TP,Sở Y tế"), field: "id", containing: "duplicate unit id 'SO-TP'")
    }
}
