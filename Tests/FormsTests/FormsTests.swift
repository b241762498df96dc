import DocumentModel
import Foundation
import OOXML
import Testing
@testable import Extraction
@testable import Forms
@testable import Plan

enum Fixtures {
    static let pipeline: PipelineDefinition = {
        do { return try PipelineDefinition.load(directory: Paths.pipeline) } catch { fatalError("\(error)") }
    }()
    static let spec: FormSpec = {
        do { return try FormSpec.load(Paths.pipeline.appendingPathComponent(FormSpec.fileName), catalogue: pipeline.catalogue) } catch { fatalError("\(error)") }
    }()
    static let extractor: Extractor = {
        do { return try Extractor(pipeline: pipeline) } catch { fatalError("\(error)") }
    }()
    static var writer: UnitFormWriter { UnitFormWriter(pipeline: pipeline, spec: spec) }
}

/// Writes a unit's form to a temporary file and reads it back as the reader sees it.
func writtenForm(_ unitID: String) throws -> (Document, FormMetadata, URL) {
    let unit = try #require(Fixtures.pipeline.units.unit(id: unitID))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("form-\(UUID().uuidString).xlsx")
    try Fixtures.writer.write(unit, to: url)
    let doc = try DocumentReader().read(contentsOf: url)
    return (doc, Fixtures.writer.metadata(for: unit), url)
}

/// The document with `value` put into cell `ref` of sheet `sheet` (as a unit filling the form).
func filling(_ doc: Document, _ values: [String: CellValue], sheet: String = UnitFormWriter.sheetName) -> Document {
    var d = doc
    guard let si = d.sheets.firstIndex(where: { $0.name == sheet }) else { return d }
    for (ref, value) in values {
        let c = CellReference(ref)!
        var rows = d.sheets[si].rows
        if let ri = rows.firstIndex(where: { $0.index == c.row }) {
            rows[ri].cells.removeAll { $0.column == c.column }
            rows[ri].cells.append(SheetCell(column: c.column, value: value))
            rows[ri].cells.sort { $0.column < $1.column }
        } else {
            rows.append(SheetRow(index: c.row, cells: [SheetCell(column: c.column, value: value)]))
            rows.sort { $0.index < $1.index }
        }
        d.sheets[si].rows = rows
    }
    return d
}

func extract(_ doc: Document, fileName: String = "form.xlsx") -> Submission {
    Fixtures.extractor.extract(doc, file: fileName, fileName: fileName, sha256: "0")
}

@Suite struct FormWriterTests {
    @Test func everyExpectedReporterGetsAFormWithTheTasksThePlanGivesIt() throws {
        let reporters = Fixtures.pipeline.expectedReporters
        #expect(reporters.count == 189)
        // Phòng Kiểm tra – Pháp chế is a partner of II.2.c, II.4.b, II.5.a … and of every
        // "group:internal" task; a commune is asked II.5.c (plan) and II.1.a, II.5.a (forms.yaml).
        let ktpc = Fixtures.spec.form(for: Fixtures.pipeline.units.unit(id: "SKHCN-KTPC")!, in: Fixtures.pipeline)
        #expect(ktpc.blocks.map(\.task.code.rawValue).contains("II.5.a"))
        #expect(ktpc.blocks.first { $0.task.code.rawValue == "II.5.a" }?.indicators.map(\.id) == ["inspections", "establishments_inspected", "violations", "fines_vnd", "samples_tested"])
        let commune = Fixtures.spec.form(for: Fixtures.pipeline.units.unit(id: "26740")!, in: Fixtures.pipeline)
        #expect(commune.blocks.map(\.task.code.rawValue) == ["II.1.a", "II.5.a", "II.5.c"])
        #expect(commune.rule?.deadline.description == "2026-11-15")
    }

    @Test func theWorkbookIsProtectedValidatedPrintableAndCarriesHiddenMetadata() throws {
        let unit = Fixtures.pipeline.units.unit(id: "SO-YT")!
        let parts = Dictionary(uniqueKeysWithValues: Fixtures.writer.parts(for: unit))
        let workbook = try #require(parts["xl/workbook.xml"])
        #expect(workbook.contains(#"state="veryHidden""#) && workbook.contains(#"<workbookProtection lockStructure="1"/>"#))
        #expect(workbook.contains("_xlnm.Print_Titles"))
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(sheet.contains("<sheetProtection sheet=\"1\""))
        #expect(sheet.contains(#"<dataValidation type="list""#) && sheet.contains("Đã hoàn thành,Đang thực hiện,Chưa thực hiện,Không phát sinh"))
        #expect(sheet.contains(#"<dataValidation type="whole""#) && sheet.contains(#"<dataValidation type="date""#))
        #expect(sheet.contains(#"<pageSetup paperSize="9""#) && sheet.contains(#"fitToWidth="1""#))
        #expect(!sheet.contains("<f>"))
        let styles = try #require(parts["xl/styles.xml"])
        #expect(styles.contains(#"<protection locked="0"/>"#))

        let (doc, meta, url) = try writtenForm("SO-YT")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(doc.sheets.map(\.name) == [UnitFormWriter.sheetName, FormMetadata.sheetName])
        #expect(doc.sheets[1].visibility == .veryHidden)
        guard case .intact(let read) = FormMetadata.read(doc) else { Issue.record("metadata not intact"); return }
        #expect(read == meta && read.unitID == "SO-YT" && read.pipeline == "ct38-2026" && read.formVersion == 1)
    }

    @Test func theGuidanceLetterNamesDeadlinesAndStatuses() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("letter-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        try GuidanceLetter(pipeline: Fixtures.pipeline).write(to: url)
        let doc = try DocumentReader().read(contentsOf: url)
        let text = doc.body.map(\.text).joined(separator: "\n")
        #expect(text.contains("Kính gửi:") && text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        #expect(text.contains("trước ngày 01/11/2026") && text.contains("trước ngày 15/11/2026"))
        #expect(text.contains("“Đã hoàn thành”") && text.contains("Nguyễn Kỳ"))
        #expect(text.contains("Số: …/SKHCN"))
    }

    /// The drop-down labels are phrases of the vocabulary too, so that a form read as free text
    /// still gives its statuses.
    @Test func statusLabelsAreVocabularyPhrases() throws {
        for o in Fixtures.spec.statuses {
            let tokens = Tokenizer.tokenize(o.label)
            let found = (0..<tokens.count).lazy.compactMap { Fixtures.extractor.vocabulary.statuses.match(tokens, at: $0)?.value }.first
            #expect(found?.rawValue == o.status, "\(o.label)")
        }
    }

    @Test func formSpecIsStrict() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: Paths.pipeline.appendingPathComponent(FormSpec.fileName), encoding: .utf8)
        text = text.replacingOccurrences(of: "  II.2.c: { all: [standards_reviewed] }", with: "  II.2.c: { al: [standards_reviewed] }\n  II.9.a: { all: [inspection] }")
        let url = dir.appendingPathComponent(FormSpec.fileName)
        try Data(text.utf8).write(to: url)
        do {
            _ = try FormSpec.load(url, catalogue: Fixtures.pipeline.catalogue)
            Issue.record("accepted a broken forms.yaml")
        } catch {
            let messages = error.problems.map(\.description)
            #expect(messages.contains { $0.hasPrefix("forms.yaml:") && $0.contains("unknown field 'al'") })
            #expect(messages.contains { $0.contains("no task II.9.a") })
            #expect(messages.contains { $0.contains("unknown indicator 'inspection'") })
            #expect(error.problems.allSatisfy { $0.line != nil })
        }
    }
}

@Suite struct FormReadingTests {
    func field(_ m: FormMetadata, _ kind: FormMetadata.FieldKind, task: String = "", indicator: String = "") -> String {
        m.fields.first { $0.kind == kind && (task.isEmpty || $0.task == task) && (indicator.isEmpty || $0.indicator == indicator) }!.ref
    }

    @Test func everyValueIsReadExactlyAndEveryBadValueIsAFinding() throws {
        let (doc, m, url) = try writtenForm("26740")
        defer { try? FileManager.default.removeItem(at: url) }
        let filled = filling(doc, [
            field(m, .number): .text("125/BC-UBND"),
            field(m, .date): .text("28/10/2026"),
            field(m, .status, task: "II.5.c"): .text("Đã hoàn thành"),
            field(m, .indicator, task: "II.5.c", indicator: "inspections"): .number(4),
            field(m, .indicator, task: "II.5.c", indicator: "establishments_inspected"): .text("1.250"),
            field(m, .indicator, task: "II.5.c", indicator: "violations"): .text("khoảng 20"),
            field(m, .indicator, task: "II.5.c", indicator: "fines_vnd"): .number(15_500_000),
            field(m, .status, task: "II.1.a"): .text("đang triển khai"),
            field(m, .indicator, task: "II.1.a", indicator: "participants"): .number(2.5),
            field(m, .status, task: "II.5.a"): .text("xem báo cáo"),
            field(m, .difficulty): .text("- Thiếu cán bộ.\n- Thiếu kinh phí."),
            field(m, .proposal): .text("Đề nghị tập huấn."),
        ])
        let s = extract(filled)
        #expect(s.unit?.id == "26740")
        #expect(s.document.number == "125/BC-UBND" && s.document.date == "2026-10-28")
        let c = try #require(s.entries.first { $0.task == "II.5.c" })
        #expect(c.status == .completed)
        #expect(c.indicators.mapValues(\.value) == [IndicatorID("inspections"): 4, IndicatorID("establishments_inspected"): 1250, IndicatorID("fines_vnd"): 15_500_000])
        let a = try #require(s.entries.first { $0.task == "II.1.a" })
        #expect(a.status == .inProgress && a.indicators.isEmpty)
        #expect(s.entries.first { $0.task == "II.5.a" }?.status == .unknown)
        #expect(s.difficulties.map(\.text) == ["Thiếu cán bộ.", "Thiếu kinh phí."])
        #expect(s.proposals.map(\.text) == ["Đề nghị tập huấn."])
        let codes = s.findings.map(\.code)
        #expect(codes.filter { $0 == "form-bad-number" }.count == 2)
        #expect(s.findings.contains { $0.code == "form-bad-number" && $0.message.contains("“khoảng 20”") })
        #expect(s.findings.contains { $0.code == "form-bad-number" && $0.message.contains("“2.5”") })
        #expect(codes.contains("form-status-typed") && codes.contains("form-bad-status"))
    }

    @Test func aFormFilledForAnotherUnitIsFlagged() throws {
        let (doc, _, url) = try writtenForm("26740")
        defer { try? FileManager.default.removeItem(at: url) }
        let s = extract(doc, fileName: "26743_bieu-mau_ct38-2026.xlsx")
        #expect(s.unit?.id == "26743")
        #expect(s.findings.contains { $0.code == "form-other-unit" && $0.severity == .error })
        let byCell = extract(filling(doc, ["C5": .text("Sở Y tế")]))
        #expect(byCell.unit?.id == "SO-YT")
        #expect(byCell.findings.contains { $0.code == "form-other-unit" })
        // Its own name in the file name is no other unit; nor is the unit it is sent to.
        #expect(!extract(doc, fileName: "26740_bieu-mau_ct38-2026.xlsx").findings.contains { $0.code == "form-other-unit" })
        let sentTo = extract(doc, fileName: "Phuong Sai Gon gui Chi cuc TDC.xlsx")
        #expect(sentTo.unit?.id == "26740" && !sentTo.findings.contains { $0.code == "form-other-unit" })
    }

    @Test func aRearrangedOrTamperedFormFallsBackToFreeReadingWithAFinding() throws {
        let (doc, _, url) = try writtenForm("SKHCN-KTPC")
        defer { try? FileManager.default.removeItem(at: url) }
        // Every task block's code cleared: too little can be found again; read as free text.
        guard case .intact(let m) = FormMetadata.read(doc) else { Issue.record("no metadata"); return }
        let lost = filling(doc, Dictionary(uniqueKeysWithValues: m.fields.filter { $0.kind == .status }.map { ($0.labelRef, CellValue.text("")) }))
        let s = extract(lost)
        #expect(s.findings.first?.code == "form-rearranged")
        #expect(s.findings.first?.message.contains("đã đọc như báo cáo tự do") == true)
        // An edited metadata cell breaks the digest.
        let tampered = filling(doc, ["B4": .text("SO-YT")], sheet: FormMetadata.sheetName)
        let t = extract(tampered)
        #expect(t.findings.first?.code == "form-damaged")
    }
}

@Suite struct RearrangedFormTests {
    /// Rows inserted (a unit's own note above the tasks, an extra line inside a block) and a
    /// column inserted before the form: every value is still found beside its label.
    @Test func insertedRowsAndColumnsAreFoundAgainByTheirLabels() throws {
        let (doc, m, url) = try writtenForm("26740")
        defer { try? FileManager.default.removeItem(at: url) }
        func ref(_ kind: FormMetadata.FieldKind, _ task: String = "", _ indicator: String = "") -> String {
            m.fields.first { $0.kind == kind && (task.isEmpty || $0.task == task) && (indicator.isEmpty || $0.indicator == indicator) }!.ref
        }
        let filled = filling(doc, [
            ref(.status, "II.5.c"): .text("Đang thực hiện"),
            ref(.indicator, "II.5.c", "inspections"): .number(7),
            ref(.indicator, "II.5.c", "fines_vnd"): .text("khoảng 5 triệu"),
            ref(.proposal): .text("Đề nghị hỗ trợ thiết bị."),
            ref(.date): .text("05/11/2026"),
        ])
        // Insert one row after row 10 and one column before A.
        var moved = filled
        moved.sheets[0].rows = moved.sheets[0].rows.map { r in
            var r = r
            if r.index > 10 { r.index += 1 }
            r.cells = r.cells.map { c in var c = c; c.column += 1; return c }
            return r
        }
        moved.sheets[0].merges = moved.sheets[0].merges.map { m in
            var m = m
            if m.first.row > 10 { m.first.row += 1; m.last.row += 1 }
            m.first.column += 1; m.last.column += 1
            return m
        }
        let s = extract(moved)
        #expect(s.findings.first?.code == "form-rearranged")
        #expect(s.unit?.id == "26740" && !s.findings.contains { $0.code == "form-other-unit" })
        #expect(s.document.date == "2026-11-05")
        let c = try #require(s.entries.first { $0.task == "II.5.c" })
        #expect(c.status == .inProgress && c.indicators.mapValues(\.value) == [IndicatorID("inspections"): 7])
        #expect(s.findings.contains { $0.code == "form-bad-number" && $0.message.contains("khoảng 5 triệu") })
        #expect(s.proposals.map(\.text) == ["Đề nghị hỗ trợ thiết bị."])
    }
}

extension RearrangedFormTests {
    /// II.2.d and II.2.đ are different blocks: labels compare with their diacritics.
    @Test func blocksDAndDStrokeStayApartWhenRowsMove() throws {
        let (doc, m, url) = try writtenForm("SKHCN-CDS")
        defer { try? FileManager.default.removeItem(at: url) }
        let d = m.fields.first { $0.kind == .status && $0.task == "II.2.d" }!.ref
        let dd = m.fields.first { $0.kind == .status && $0.task == "II.2.đ" }!.ref
        var moved = filling(doc, [d: .text("Đã hoàn thành"), dd: .text("Chưa thực hiện")])
        moved.sheets[0].rows = moved.sheets[0].rows.map { r in var r = r; if r.index > 10 { r.index += 2 }; return r }
        moved.sheets[0].merges = moved.sheets[0].merges.map { g in
            var g = g
            if g.first.row > 10 { g.first.row += 2; g.last.row += 2 }
            return g
        }
        let s = extract(moved)
        #expect(s.findings.first?.code == "form-rearranged")
        #expect(s.entries.first { $0.task == "II.2.d" }?.status == .completed)
        #expect(s.entries.first { $0.task == "II.2.đ" }?.status == .notStarted)
    }
}

extension RearrangedFormTests {
    /// A deleted indicator row is named in the finding; every other value is still read.
    @Test func aDeletedRowIsNamedAndTheRestIsRead() throws {
        let (doc, m, url) = try writtenForm("26740")
        defer { try? FileManager.default.removeItem(at: url) }
        let violations = m.fields.first { $0.kind == .indicator && $0.task == "II.5.c" && $0.indicator == "violations" }!
        let inspections = m.fields.first { $0.kind == .indicator && $0.task == "II.5.c" && $0.indicator == "inspections" }!
        let filled = filling(doc, [inspections.ref: .number(9)])
        let gone = CellReference(violations.ref)!.row
        var cut = filled
        cut.sheets[0].rows = cut.sheets[0].rows.compactMap { r in
            if r.index == gone { return nil }
            var r = r
            if r.index > gone { r.index -= 1 }
            return r
        }
        cut.sheets[0].merges = cut.sheets[0].merges.map { g in
            var g = g
            if g.first.row > gone { g.first.row -= 1; g.last.row -= 1 }
            return g
        }
        let s = extract(cut)
        let f = try #require(s.findings.first)
        #expect(f.code == "form-rearranged" && f.message.contains("không còn tìm thấy: “Số cơ sở vi phạm” (nhiệm vụ II.5.c)"))
        #expect(s.entries.first { $0.task == "II.5.c" }?.indicators[IndicatorID("inspections")]?.value == 9)
    }
}

/// Next year as an officer would do it: a plan of another shape → `pipeline new` → review →
/// forms → a returned form read exactly under the new plan's own codes.
@Suite struct NextYearTests {
    @Test func aNewPlansFormsAreReadBackUnderItsOwnCodes() throws {
        let plan = Paths.packageRoot.appendingPathComponent("Tests/PlanTests/Fixtures/plans/plan-dotted-one-line.docx")
        let reading = try PlanReading.load(Paths.pipeline.appendingPathComponent(PlanReading.fileName))
        let draft = PipelineDraft.make(document: try DocumentReader().read(contentsOf: plan), source: plan.lastPathComponent,
                                       id: "dotted-2027", template: Fixtures.pipeline, reading: reading)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("next-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("units"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, text) in draft.files {
            // The review: the plan gives no budget; the officer fills it in.
            let reviewed = name == "pipeline.yaml" ? text.replacingOccurrences(of: "amount: null", with: "amount: 100000000") : text
            try Data(reviewed.utf8).write(to: dir.appendingPathComponent(name))
        }
        for name in draft.copies where FileManager.default.fileExists(atPath: Paths.pipeline.appendingPathComponent(name).path) {
            try FileManager.default.copyItem(at: Paths.pipeline.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        let pipeline = try PipelineDefinition.load(directory: dir)
        let spec = try FormSpec.load(dir.appendingPathComponent(FormSpec.fileName), catalogue: pipeline.catalogue)
        let writer = UnitFormWriter(pipeline: pipeline, spec: spec)
        // Sở Y tế is a partner of II.1.2 ("Xây dựng quy chuẩn … nước sạch").
        let unit = try #require(pipeline.units.unit(id: "SO-YT"))
        let form = spec.form(for: unit, in: pipeline)
        #expect(form.blocks.map(\.task.code.rawValue) == ["II.1.2"])
        #expect(form.rule?.deadline.description == "2027-11-15")
        let url = dir.appendingPathComponent(writer.fileName(for: unit))
        try writer.write(unit, to: url)
        let doc = try DocumentReader().read(contentsOf: url)
        guard case .intact(let m) = FormMetadata.read(doc) else { Issue.record("metadata"); return }
        #expect(m.pipeline == "dotted-2027")
        let status = m.fields.first { $0.kind == .status }!.ref
        let figure = try #require(m.fields.first { $0.kind == .indicator })
        let filled = filling(doc, [status: .text("Đã hoàn thành"), figure.ref: .number(3)])
        let s = try Extractor(pipeline: pipeline).extract(filled, file: "x.xlsx", fileName: "x.xlsx", sha256: "0")
        #expect(s.unit?.id == "SO-YT" && s.findings.isEmpty)
        #expect(s.entries.map(\.task) == ["II.1.2"])
        #expect(s.entries.first?.status == .completed && s.entries.first?.indicators[IndicatorID(figure.indicator)]?.value == 3)
    }
}
