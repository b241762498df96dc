import DocumentModel
import Foundation
import OOXML
import Testing
@testable import Plan

/// Plans of other shapes than the 2026 one (written by Fixtures/plans/make_plans.py), each
/// with the tasks a reader lists (`<name>.expected.json`): every task must import with its
/// code, lead, partners and schedule, and no problem may be left unreported.
@Suite struct PlanShapeTests {
    struct Expected: Decodable {
        struct Task: Decodable {
            var code: String
            var lead: [String]
            var partners: [String]
            var schedule: String
            var kind: String
            var due: String?
        }
        var tasks: [Task]
    }

    static let directory = Paths.packageRoot.appendingPathComponent("Tests/PlanTests/Fixtures/plans")

    func load(_ file: String) throws -> Document {
        let url = Self.directory.appendingPathComponent(file)
        if url.pathExtension == "md" {
            return MarkdownDocument.parse(try String(contentsOf: url, encoding: .utf8), part: file)
        }
        return try DocumentReader().read(contentsOf: url)
    }

    func check(_ file: String, sourceLine: SourceLocation = #_sourceLocation) throws -> Catalogue {
        let name = (file as NSString).deletingPathExtension
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: Self.directory.appendingPathComponent(name + ".expected.json")))
        let (catalogue, diagnostics) = CatalogueImporter.importCatalogue(from: try load(file), units: Fixtures.pipeline.units, reading: Fixtures.reading)
        #expect(diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(file): \(diagnostics)", sourceLocation: sourceLine)
        #expect(catalogue.tasks.map(\.code.rawValue) == expected.tasks.map(\.code), "\(file)", sourceLocation: sourceLine)
        for e in expected.tasks {
            guard let t = catalogue.task(e.code) else { continue }
            #expect(t.lead == e.lead, "\(file) \(e.code) lead", sourceLocation: sourceLine)
            #expect(t.partners == e.partners, "\(file) \(e.code) partners", sourceLocation: sourceLine)
            #expect(t.schedule.raw == e.schedule, "\(file) \(e.code) schedule text", sourceLocation: sourceLine)
            #expect(t.schedule.kind == e.kind, "\(file) \(e.code) schedule \(t.schedule)", sourceLocation: sourceLine)
            #expect(t.schedule.dueDate?.description == e.due, "\(file) \(e.code) due", sourceLocation: sourceLine)
            #expect(!t.text.isEmpty && !t.text.lowercased().contains("chủ trì:"), "\(file) \(e.code) text '\(t.text)'", sourceLocation: sourceLine)
        }
        // The catalogue file it writes loads back to the same tasks.
        let yaml = CatalogueFile.yaml(catalogue, source: file)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(name)-\(UUID().uuidString).yaml")
        try Data(yaml.utf8).write(to: tmp)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let reloaded = try CatalogueFile.load(tmp, file: "catalogue.yaml", units: Fixtures.pipeline.units)
        #expect(reloaded.tasks == catalogue.tasks, "\(file) round trip", sourceLocation: sourceLine)
        return catalogue
    }

    @Test func sectionTwoReviewsLastYearTasksInSectionThree() throws {
        let c = try check("plan-tasks-in-section-iii.docx")
        // The review section's "a) … Cơ quan chủ trì" is last year's, not a task.
        #expect(c.tasks.count == 5)
        #expect(c.task("III.1.a")?.groupTitle.hasPrefix("Tuyên truyền") == true)
        #expect(c.task("III.2.b")?.text == "Rà soát, kiểm định chuẩn đo lường của Thành phố.")
    }

    @Test func tasksOnlyInAnAnnexTableWithMergedGroupRows() throws {
        let c = try check("plan-annex-table.docx")
        #expect(c.groups.map(\.title) == ["Tuyên truyền, nâng cao nhận thức", "Kiểm tra, giám sát"])
        #expect(c.task("PL.1.1")?.product == "Hội nghị")
        #expect(c.task("PL.1.1")?.leadLabel == "Cơ quan chủ trì")
    }

    @Test func dottedNumbersWithAllFieldsOnOneLine() throws {
        let c = try check("plan-dotted-one-line.docx")
        #expect(c.task("II.2.3")?.text == "Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.")
        #expect(c.task("II.1.1")?.leadLabel == "Đơn vị chủ trì")
    }

    @Test func bulletTasksWithFieldsInBrackets() throws {
        let c = try check("plan-bullets-inline.docx")
        #expect(c.task("III.a.1")?.text == "Tập huấn nghiệp vụ tiêu chuẩn, đo lường, chất lượng cho công chức.")
    }

    @Test func aTableInTheTasksSectionInAnotherColumnOrder() throws {
        let c = try check("plan-section-table.docx")
        #expect(c.task("II.1.2")?.leadLabel == "Đơn vị thực hiện")
    }

    @Test func markdownPlanWithNhiemVuItems() throws {
        _ = try check("plan-markdown-nhiem-vu.md")
    }

    @Test func aPlanWithoutTasksSaysWhereItLooked() throws {
        let md = "## I. MỤC ĐÍCH\n\nVăn bản.\n\n## II. TỔ CHỨC THỰC HIỆN\n\n1. Các đơn vị báo cáo.\n"
        let (c, d) = CatalogueImporter.importCatalogue(from: MarkdownDocument.parse(md), units: Fixtures.pipeline.units, reading: Fixtures.reading)
        #expect(c.tasks.isEmpty)
        let noTasks = try #require(d.first { $0.code == "no-tasks" })
        #expect(noTasks.severity == .error && noTasks.message.contains("TỔ CHỨC THỰC HIỆN"))
    }

    @Test func everyProblemHasItsPlace() throws {
        let md = """
        ## III. NHIỆM VỤ NĂM 2027

        1. Nhóm một

        a) Nhiệm vụ có chủ trì lạ.

        - Chủ trì: Phòng Không Có Thật.
        - Thời gian: Sớm nhất có thể.

        b) Nhiệm vụ không có chủ trì.

        - Thời gian: Quý I/2027.
        """
        let (c, d) = CatalogueImporter.importCatalogue(from: MarkdownDocument.parse(md, part: "p.md"), units: Fixtures.pipeline.units, reading: Fixtures.reading)
        #expect(c.tasks.map(\.code.rawValue) == ["III.1.a"])
        for code in ["unknown-unit", "unparsed-schedule", "missing-lead"] {
            let hit = d.first { $0.code == code }
            #expect(hit?.location != nil, "\(code): \(d)")
        }
    }
}

@Suite struct PlanReadingTests {
    @Test func unknownKeysAreErrorsWithFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: Paths.pipeline.appendingPathComponent(PlanReading.fileName), encoding: .utf8)
        text = text.replacingOccurrences(of: "taskCodes:\n", with: "taskCodes:\n  sufix: x\n")
        let url = dir.appendingPathComponent(PlanReading.fileName)
        try Data(text.utf8).write(to: url)
        do {
            _ = try PlanReading.load(url)
            Issue.record("accepted an unknown key")
        } catch {
            let p = try #require(error.problems.first)
            #expect(p.file == "plan-reading.yaml" && p.line != nil && p.message.contains("sufix"))
        }
    }

    @Test func columnRolesByTheLongestWording() {
        let r = Fixtures.reading
        #expect(r.columnRole(header: "Thời gian thực hiện") == .schedule)
        #expect(r.columnRole(header: "Đơn vị thực hiện") == .lead)
        #expect(r.columnRole(header: "Cơ quan phối hợp thực hiện") == .partners)
        #expect(r.columnRole(header: "Nội dung nhiệm vụ") == .task)
        #expect(r.columnRole(header: "STT") == .number)
        #expect(r.columnRole(header: "Ghi chú") == nil)
    }
}

@Suite struct GeneralTaskCodeTests {
    @Test func otherNumberingsAreCodesToo() throws {
        let c = try #require(TaskCode(rawValue: "III.1.2"))
        #expect(c.prefix == "III" && c.path == ["1", "2"] && c.group == 1 && c.item == "2")
        #expect(TaskCode(rawValue: "PL.4")?.path == ["4"])
        #expect(TaskCode(rawValue: "1.1.3")?.prefix == "")
        #expect(TaskCode(rawValue: "III.a.2")?.group == 1)
        #expect(TaskCode(prefix: "II", path: ["2", "đ"]) == TaskCode(group: 2, letter: "đ"))
        #expect(TaskCode(group: 2, letter: "đ")!.isSectionIILetterCode)
        #expect(!c.isSectionIILetterCode)
        #expect(TaskCode(rawValue: "III.1.2")! < TaskCode(rawValue: "III.1.10")!)
        #expect(TaskCode(rawValue: "II.9.a")! < TaskCode(rawValue: "III.1.a")!)
        #expect(TaskCode(prefix: "A.B", path: ["1"]) == nil)
    }
}

@Suite struct MoreScheduleTests {
    @Test func deadlinesInEveryFormAPlanWrites() {
        func due(_ s: String) -> String? { Schedule.parse(s).dueDate?.description }
        #expect(due("Trước ngày 30/6/2026") == "2026-06-30")
        #expect(due("chậm nhất ngày 15 tháng 11 năm 2026") == "2026-11-15")
        #expect(due("Hoàn thành trước 30/11/2026.") == "2026-11-30")
        #expect(due("tháng 6/2026") == "2026-06-30")
        #expect(due("Tháng 10 năm 2026") == "2026-10-31")
        #expect(due("Từ tháng 3 đến tháng 9 năm 2026") == "2026-09-30")
        #expect(due("6 tháng đầu năm 2026") == "2026-06-30")
        #expect(due("Năm 2026") == "2026-12-31")
        #expect(due("Quý 2/2026") == "2026-06-30")
        #expect(due("Quý I, II và III/2026") == "2026-09-30")
        #expect(Schedule.parse("Hằng năm").kind == "ongoing")
        #expect(Schedule.parse("Hàng năm").kind == "ongoing")
        #expect(Schedule.parse("Định kỳ hằng quý").kind == "ongoing")
        #expect(Schedule.parse("Trước ngày 31/2/2026").kind == "unparsed")
    }
}

@Suite struct PipelineDraftTests {
    func write(_ draft: PipelineDraft, template: URL) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("units"), withIntermediateDirectories: true)
        for (name, text) in draft.files { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        for name in draft.copies where FileManager.default.fileExists(atPath: template.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: template.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }

    @Test(.enabled(if: Paths.hasShared, "needs ../shared/seed"))
    func thisYearsPlanDraftsAPipelineThatLoads() throws {
        let docx = Paths.planMarkdown.deletingPathExtension().appendingPathExtension("docx")
        let draft = PipelineDraft.make(
            document: try DocumentReader().read(contentsOf: docx), source: "ke-hoach-ct38-2026.docx", id: "ct38-draft",
            template: Fixtures.pipeline, reading: Fixtures.reading)
        let dir = try write(draft, template: Paths.pipeline)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = try PipelineDefinition.load(directory: dir)
        #expect(p.importedCatalogue == Fixtures.pipeline.importedCatalogue)
        #expect(p.plan.year == 2026 && p.plan.title == Fixtures.pipeline.plan.title)
        #expect(p.signer == Fixtures.pipeline.signer)
        #expect(p.budget.amount == 349_000_000)
        // The two deadlines of section IV, for the same units as the reviewed pipeline.
        #expect(Set(p.reporters.map { "\($0.units.sorted()) \($0.deadline) \($0.rule.rawValue)" })
            == Set(Fixtures.pipeline.reporters.map { "\($0.units.sorted()) \($0.deadline) \($0.rule.rawValue)" }))
        #expect(p.expectedReporters.map(\.id) == Fixtures.pipeline.expectedReporters.map(\.id))
        // The header is not readable as a unit: copied, and said so.
        #expect(draft.files["pipeline.yaml"]!.contains("# REVIEW: the plan's header"))
    }

    @Test func aPlanWithoutBudgetOrSignerIsMarkedForReview() throws {
        let url = PlanShapeTests.directory.appendingPathComponent("plan-annex-table.docx")
        let draft = PipelineDraft.make(
            document: try DocumentReader().read(contentsOf: url), source: "plan-annex-table.docx", id: "annex",
            template: Fixtures.pipeline, reading: Fixtures.reading)
        #expect(draft.catalogue.tasks.count == 5)
        #expect(Set(draft.diagnostics.map(\.code)).isSuperset(of: ["review-signer", "review-budget"]))
        let dir = try write(draft, template: Paths.pipeline)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try PipelineDefinition.load(directory: dir)
            Issue.record("a pipeline without budget loaded")
        } catch {
            #expect(error.problems.contains { $0.field == "budget.amount" && $0.line != nil })
        }
        let p = draft.files["pipeline.yaml"]!
        #expect(p.contains("deadline: 2027-11-15") && p.contains("deadline: 2027-11-01"))
    }
}

extension PlanShapeTests {
    @Test func wordNumberedGroupsAndBulletTasks() throws {
        let c = try check("plan-word-numbering.docx")
        #expect(c.task("III.1.1")?.groupTitle == "Hỗ trợ doanh nghiệp")
        #expect(c.task("III.2.1")?.product == "Biên bản kiểm tra")
    }
}

extension PipelineDraftTests {
    /// The drafted forms.yaml fits the new catalogue: every new task, indicators borrowed from
    /// the most similar task of the template and marked for review.
    @Test func theDraftedFormsFitTheNewCatalogue() throws {
        let url = PlanShapeTests.directory.appendingPathComponent("plan-dotted-one-line.docx")
        let draft = PipelineDraft.make(
            document: try DocumentReader().read(contentsOf: url), source: "plan-dotted-one-line.docx", id: "dotted",
            template: Fixtures.pipeline, reading: Fixtures.reading)
        let forms = try #require(draft.files[FormSpec.fileName])
        #expect(!draft.copies.contains(FormSpec.fileName))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(forms.utf8).write(to: dir.appendingPathComponent(FormSpec.fileName))
        let spec = try FormSpec.load(dir.appendingPathComponent(FormSpec.fileName), catalogue: draft.catalogue)
        #expect(Set(spec.tasks.keys) == Set(draft.catalogue.codes))
        #expect(spec.statuses.map(\.label) == ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không phát sinh"])
        // "Rà soát, kiến nghị sửa đổi văn bản …" is like II.2.c, "Kết nối cơ sở dữ liệu …" like
        // II.2.i, "Duy trì hệ thống quản lý chất lượng …" like II.2.đ.
        #expect(forms.contains("II.1.1: { all: [standards_reviewed] }   # REVIEW: as II.2.c"))
        #expect(forms.contains("II.2.1: { all: [] }   # REVIEW: as II.2.i"))
        #expect(forms.contains("II.2.3: { all: [budget_spent_vnd] }   # REVIEW: as II.2.đ"))
    }
}

extension PlanShapeTests {
    /// No Roman sections: the plan's top level is "1.", "2."; codes are the numbering itself.
    @Test func aPlanWithArabicTopLevelSections() throws {
        let md = """
        ## 1. MỤC ĐÍCH, YÊU CẦU

        Triển khai có hiệu quả.

        ## 2. NHIỆM VỤ VÀ GIẢI PHÁP

        ### 2.1. Tuyên truyền

        a) Tổ chức hội nghị phổ biến pháp luật.

        - Chủ trì: Chi cục Tiêu chuẩn Đo lường Chất lượng; thời gian: Quý II/2027.

        b) Phát hành tài liệu tuyên truyền (phụ lục kèm theo).

        - Chủ trì: Văn phòng Sở; phối hợp: Phòng Chuyển đổi số; thời gian: tháng 9/2027.
        """
        let (c, d) = CatalogueImporter.importCatalogue(from: MarkdownDocument.parse(md, part: "p.md"), units: Fixtures.pipeline.units, reading: Fixtures.reading)
        #expect(d.filter { $0.severity >= .warning }.isEmpty, "\(d)")
        #expect(c.tasks.map(\.code.rawValue) == ["2.1.a", "2.1.b"])
        #expect(c.task("2.1.b")?.partners == ["SKHCN-CDS"])
        #expect(c.task("2.1.a")?.schedule.dueDate?.description == "2027-06-30")
    }
}
