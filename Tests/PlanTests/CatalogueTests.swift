import DocumentModel
import Foundation
import OOXML
import Testing
import VietText
@testable import Plan

/// The 24 tasks as the plan states them: lead, partners (after the reviewed overlay), schedule.
let expectedTasks: [(code: String, lead: [String], partners: [String], schedule: String, due: String?)] = [
    ("II.1.a", ["SKHCN-CCTDC"], ["group:internal"], "quarters 1,2,3/2026", "2026-09-30"),
    ("II.1.b", ["SKHCN-CCTDC"], [], "quarters 1,2/2026", "2026-06-30"),
    ("II.2.a", ["SKHCN-CCTDC"], ["group:internal"], "quarters 4/2026", "2026-12-31"),
    ("II.2.b", ["SKHCN-CCTDC"], [], "quarters 2,3,4/2026", "2026-12-31"),
    ("II.2.c", ["SKHCN-CCTDC"], ["SKHCN-KTPC", "group:internal"], "on-request", nil),
    ("II.2.d", ["SKHCN-CCTDC"], ["group:internal"], "ongoing", nil),
    ("II.2.đ", ["SKHCN-CCTDC"], ["SKHCN-VP", "group:internal"], "months 01/2026-11/2026", "2026-11-30"),
    ("II.2.e", ["SKHCN-CCTDC"], ["group:internal", "group:departments"], "quarters 4/2026", "2026-12-31"),
    ("II.2.g", ["SKHCN-CCTDC"], ["SKHCN-TTPTTN"], "ongoing", nil),
    ("II.2.h", ["SKHCN-CCTDC"], ["SKHCN-VP", "SKHCN-CDS"], "quarters 1/2026", "2026-03-31"),
    ("II.2.i", ["SKHCN-CCTDC"], ["SKHCN-CDS", "SKHCN-VP", "SKHCN-TTCNTT"], "ongoing", nil),
    ("II.3.a", ["SKHCN-CCTDC"], [], "quarters 2,3,4/2026", "2026-12-31"),
    ("II.3.b", ["SKHCN-CCTDC"], ["group:internal"], "quarters 2,3/2026", "2026-09-30"),
    ("II.3.c", ["SKHCN-QLKH"], ["SKHCN-CCTDC", "group:internal"], "ongoing", nil),
    ("II.3.d", ["SKHCN-CCTDC"], ["group:internal"], "quarters 2,3,4/2026", "2026-12-31"),
    ("II.4.a", ["SKHCN-TTPTTN"], ["SKHCN-VP", "SKHCN-CCTDC"], "ongoing", nil),
    ("II.4.b", ["SKHCN-CCTDC"], ["SKHCN-KTPC"], "ongoing", nil),
    ("II.4.c", ["SKHCN-CCTDC"], ["SKHCN-TTPTTN"], "ongoing", nil),
    ("II.5.a", ["SKHCN-CCTDC"], ["SKHCN-KTPC"], "ongoing", nil),
    ("II.5.b", ["SKHCN-CCTDC"], ["SKHCN-KTPC"], "ongoing", nil),
    ("II.5.c", ["SKHCN-CCTDC"], ["SKHCN-KTPC", "group:communes"], "ongoing", nil),
    ("II.5.d", ["SKHCN-CCTDC"], ["SKHCN-VP", "SKHCN-KTPC"], "ongoing", nil),
    ("II.6.a", ["SKHCN-CCTDC"], ["group:internal"], "ongoing", nil),
    ("II.6.b", ["SKHCN-CCTDC"], ["group:internal"], "ongoing", nil),
]

/// Tasks whose partners the overlay changes (the imported catalogue lacks these).
let overlayPartners: [String: [String]] = ["II.2.e": ["group:departments"], "II.5.c": ["group:communes"]]

func summary(_ s: Schedule) -> String {
    switch s {
    case .quarters(let qs, let year, _): return "quarters \(qs.map(String.init).joined(separator: ","))/\(year)"
    case .months(let from, let to, _): return "months \(from)-\(to)"
    default: return s.kind
    }
}

func withASCIIEllipsis(_ c: Catalogue) -> Catalogue {
    var c = c
    for i in c.tasks.indices { c.tasks[i].text = c.tasks[i].text.replacingOccurrences(of: "…", with: "...") }
    return c
}

func loadPlanMarkdown() throws -> Document {
    let text = try String(contentsOf: Paths.planMarkdown, encoding: .utf8)
    return MarkdownDocument.parse(text, part: "ke-hoach-ct38-2026.md")
}

@Suite struct CatalogueTests {
    let pipeline = Fixtures.pipeline

    func check(_ catalogue: Catalogue, overlayApplied: Bool) {
        #expect(catalogue.tasks.map(\.code.rawValue) == expectedTasks.map(\.code))
        for e in expectedTasks {
            guard let t = catalogue.task(e.code) else { Issue.record("missing \(e.code)"); continue }
            var partners = e.partners
            if !overlayApplied { partners.removeAll { overlayPartners[e.code]?.contains($0) ?? false } }
            #expect(t.lead == e.lead, "\(e.code) lead")
            #expect(t.partners == partners, "\(e.code) partners")
            #expect(summary(t.schedule) == e.schedule, "\(e.code) schedule")
            #expect(t.schedule.dueDate?.description == e.due, "\(e.code) due")
            #expect(!t.text.isEmpty && !t.groupTitle.isEmpty)
            #expect(t.text == VietText.nfc(t.text))
            if overlayApplied { #expect(t.shortTitle?.isEmpty == false, "\(e.code) short title") }
        }
    }

    @Test func checkedInCatalogueHasAll24Tasks() {
        check(pipeline.catalogue, overlayApplied: true)
        check(pipeline.importedCatalogue, overlayApplied: false)
        #expect(pipeline.catalogue.task("II.2.d")?.text.hasPrefix("Hỗ trợ doanh nghiệp") == true)
        #expect(pipeline.catalogue.task("II.2.đ")?.text.hasPrefix("Tổ chức triển khai xây dựng") == true)
        #expect(pipeline.catalogue.task("II.1.b")?.leadLabel == "Cơ quan thực hiện")
        #expect(pipeline.catalogue.task("II.1.a")?.leadLabel == "Cơ quan chủ trì")
        #expect(pipeline.catalogue.task("II.1.b")?.schedule.raw == "Quý I và II /2026")
        #expect(pipeline.catalogue.groups.count == 6)
    }

    @Test(.enabled(if: Paths.hasShared, "needs ../shared/seed"))
    func importFromPlanDocxReproducesTheCheckedInCatalogue() throws {
        let docx = Paths.planMarkdown.deletingPathExtension().appendingPathExtension("docx")
        let document = try DocumentReader().read(contentsOf: docx)
        let (catalogue, diagnostics) = CatalogueImporter.importCatalogue(from: document, units: pipeline.units, reading: Fixtures.reading)
        #expect(diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(diagnostics)")
        check(catalogue, overlayApplied: false)
        #expect(catalogue == pipeline.importedCatalogue)
        // Byte for byte: the checked-in file is what `tonghop catalogue import PLAN.docx` writes.
        let file = try String(contentsOf: Paths.pipeline.appendingPathComponent("catalogue.yaml"), encoding: .utf8)
        #expect(CatalogueFile.yaml(catalogue, source: "ke-hoach-ct38-2026.docx") == file)
    }

    @Test(.enabled(if: Paths.hasShared, "needs ../shared/seed"))
    func importFromPlanMarkdownGivesTheSameTasks() throws {
        let (catalogue, diagnostics) = CatalogueImporter.importCatalogue(from: try loadPlanMarkdown(), units: pipeline.units, reading: Fixtures.reading)
        #expect(diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(diagnostics)")
        check(catalogue, overlayApplied: false)
        // The DOCX has a typographic ellipsis "…" where the Markdown copy has "...".
        #expect(catalogue.tasks == withASCIIEllipsis(pipeline.importedCatalogue).tasks)
    }

    @Test func textsInterruptedByFootnotesAreRejoined() throws {
        let c = pipeline.catalogue
        let a = try #require(c.task("II.2.a"))
        #expect(a.text.contains("hội nhập quốc tế (Đề án 996), Kế hoạch triển khai"))
        #expect(a.text.hasSuffix("(Đề án 100)."))
        #expect(a.references.map(\.label) == ["Chương trình 1322", "Kế hoạch 36", "Đề án 996", "Đề án 100"])
        #expect(a.references.map(\.footnote) == [1, 1, 2, 3])
        #expect(a.references[0].footnoteText?.hasPrefix("Quyết định số 1322/QĐ-TTg") == true)
        #expect(a.references[2].footnoteText?.hasPrefix("Quyết định số 996/QĐ-TTg") == true)
        #expect(a.references[3].footnoteText?.hasPrefix("Quyết định số 100/QĐ-TTg") == true)
        let e = try #require(c.task("II.2.e"))
        #expect(e.text.contains("quy chuẩn kỹ thuật quốc gia do các Bộ, cơ quan ngang Bộ"))
        #expect(e.references.isEmpty)
        let a3 = try #require(c.task("II.3.a"))
        #expect(a3.text.contains("trong và ngoài nước, các lễ kỷ niệm"))
        let i = try #require(c.task("II.2.i"))
        #expect(i.text.hasSuffix("công khai, minh bạch."))
        #expect(i.references.map(\.label) == ["Kế hoạch 2339"])
        #expect(i.references.first?.footnoteText?.hasPrefix("Kế hoạch số 2339/KH-SKHCN") == true)
        for t in c.tasks {
            for bad in ["<sup>", "¹", "²", "³", "⁴", "---", "**", "Quyết định số 1322/QĐ-TTg"] {
                #expect(!t.text.contains(bad), "\(t.code) text contains \(bad)")
            }
        }
    }

    /// The same plan the way the DOCX reader sees it (python-docx/pandoc output): headings
    /// as heading styles or bold text without "**", items under Word numbering whose labels
    /// run a b c d e f (Word cannot number đ; đ) is typed), "- " lines as bullets with "•",
    /// footnote definitions as "1 Quyết định …" and markers as plain digits glued to the text.
    func docxShaped(_ md: Document) -> Document {
        var out: [Block] = []
        var counter = 0
        for case .paragraph(var p) in md.body {
            var text = p.text
            // Superscript markers → plain digits; definitions "¹ Quyết định" → "1 Quyết định".
            let sup = MarkdownDocument.superscriptDigits
            text = String(text.map { c in sup.firstIndex(of: c).map { Character(String($0)) } ?? c })
            if let h = p.style.headingLevel {
                p.style = ParagraphStyle(id: h <= 3 ? "Heading\(h)" : nil, headingLevel: h <= 3 ? h : nil)
                p.isBold = h > 3
            }
            if p.list?.format == "bullet" {
                p.list = ListItem(numberingId: 9, level: 0, format: "bullet", label: "•")
            } else if let m = text.wholeMatch(of: /([a-i])\)\s+(.+)/), text.first != "đ" {
                counter = m.1 == "a" ? 0 : counter + 1
                let wordLabel = Character(UnicodeScalar(UInt8(97 + counter)))
                p.list = ListItem(numberingId: 3, level: 0, format: "lowerLetter", label: "\(wordLabel))")
                text = String(m.2)
            }   // a typed "đ)" is not counted by Word: e, g, h, i show as e), f), g), h)
            p.text = text
            out.append(.paragraph(p))
            if text.hasSuffix("hội nhập quốc tế") { out.append(.paragraph(Paragraph(text: "", location: p.location))) }
        }
        return Document(kind: .wordprocessing, body: out)
    }

    @Test(.enabled(if: Paths.hasShared, "needs ../shared/seed"))
    func importIsRobustToDocxShapedText() throws {
        let doc = docxShaped(try loadPlanMarkdown())
        let (catalogue, diagnostics) = CatalogueImporter.importCatalogue(from: doc, units: pipeline.units, reading: Fixtures.reading)
        #expect(diagnostics.filter { $0.severity >= .warning }.isEmpty, "\(diagnostics)")
        #expect(catalogue.tasks == withASCIIEllipsis(pipeline.importedCatalogue).tasks)
    }

    @Test func overlayIsSeparateAndReviewed() throws {
        #expect(pipeline.importedCatalogue.tasks.allSatisfy { $0.shortTitle == nil })
        #expect(pipeline.overlay.patches.count == 24)
        for (code, _) in overlayPartners {
            let p = try #require(pipeline.overlay.patches[TaskCode(rawValue: code)!])
            #expect(p.note?.isEmpty == false, "partner changes carry a note")
        }
    }
}

@Suite struct TaskCodeTests {
    @Test func parsesTheSpellingsPeopleUse() {
        let dd = TaskCode(group: 2, letter: "đ")!
        let d = TaskCode(group: 2, letter: "d")!
        for s in ["II.2.đ", "2.đ", "2đ", "2 đ", "II-2-đ", "2.đ)", "II.2.Đ", "ii.2.đ", " II.2.đ "] {
            #expect(TaskCode(rawValue: s) == dd, "\(s)")
        }
        for s in ["II.2.d", "2.d", "2d", "II.2.D"] {
            #expect(TaskCode(rawValue: s) == d, "\(s)")
        }
        #expect(d != dd)
        #expect(TaskCode(rawValue: "II.2.\u{0064}\u{0335}") == nil)   // "d" + combining stroke is not đ
        #expect(dd.rawValue == "II.2.đ")
        for bad in ["", "II.2.f", "II.2.ab", "2.w", "a", "II..a", "1.2.ab", "II 2"] {
            #expect(TaskCode(rawValue: bad) == nil, "\(bad)")
        }
        #expect(TaskCode(rawValue: "II.2.d")! < dd)
        #expect(dd < TaskCode(rawValue: "II.2.e")!)
        #expect(TaskCode(rawValue: "II.1.i")! < TaskCode(rawValue: "II.2.a")!)
    }
}

@Suite struct ScheduleTests {
    @Test func parsesThePlansWordings() {
        #expect(summary(Schedule.parse("Quý I, II và III/2026.")) == "quarters 1,2,3/2026")
        #expect(Schedule.parse("Quý I, II và III/2026.").raw == "Quý I, II và III/2026")
        #expect(summary(Schedule.parse("Quý I và II /2026")) == "quarters 1,2/2026")
        #expect(summary(Schedule.parse("Quý IV/2026")) == "quarters 4/2026")
        #expect(summary(Schedule.parse("QUÝ I - III NĂM 2026")) == "quarters 1,2,3/2026")
        #expect(Schedule.parse("Quý IV/2026").dueDate == PlanDate(year: 2026, month: 12, day: 31))
        #expect(Schedule.parse("Quý I/2026").dueDate == PlanDate(year: 2026, month: 3, day: 31))
        let m = Schedule.parse("Từ tháng 01/2026 đến tháng 11/2026.")
        #expect(summary(m) == "months 01/2026-11/2026")
        #expect(m.dueDate == PlanDate(year: 2026, month: 11, day: 30))
        #expect(summary(Schedule.parse("Tháng 02/2028")) == "months 02/2028-02/2028")
        #expect(Schedule.parse("Tháng 02/2028").dueDate == PlanDate(year: 2028, month: 2, day: 29))
        #expect(Schedule.parse("Thường xuyên.") == .ongoing(raw: "Thường xuyên"))
        #expect(Schedule.parse("Định kỳ hoặc đột xuất theo yêu cầu.") == .periodicOrOnRequest(raw: "Định kỳ hoặc đột xuất theo yêu cầu"))
        for bad in ["Quý V/2026", "Sớm nhất có thể", "Từ tháng 11/2026 đến tháng 01/2026", "Quý/2026"] {
            #expect(Schedule.parse(bad).kind == "unparsed", "\(bad)")
        }
    }
}

@Suite struct CodableTests {
    @Test func catalogueRoundTripsThroughJSON() throws {
        let c = Fixtures.pipeline.catalogue
        let data = try JSONEncoder().encode(c)
        #expect(try JSONDecoder().decode(Catalogue.self, from: data) == c)
        let json = String(decoding: try JSONEncoder().encode(c.task("II.1.a")!.schedule), as: UTF8.self)
        #expect(json.contains("\"due\":\"2026-09-30\"") && json.contains("\"quarters\":[1,2,3]"))
        #expect(String(decoding: try JSONEncoder().encode(c.task("II.2.đ")!.code), as: UTF8.self) == "\"II.2.đ\"")
    }
}
