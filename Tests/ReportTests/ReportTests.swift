import Consolidation
import DocumentModel
import Extraction
import Foundation
import OOXML
import Plan
import ReportWriters
import Testing

@Suite struct VietFormatTests {
    @Test func numbersMoneyAndDates() {
        #expect(VietFormat.number(1_250_000) == "1.250.000")
        #expect(VietFormat.number(15.5) == "15,5")
        #expect(VietFormat.number(999) == "999")
        #expect(VietFormat.count(3) == "03")
        #expect(VietFormat.count(12.0) == "12")
        #expect(VietFormat.money(412_500_000) == "412.500.000 đồng")
        #expect(VietFormat.percent(18, of: 24) == "75%")
        #expect(VietFormat.percent(10, of: 24) == "41,7%")
        #expect(VietFormat.moneyInWords(349_000_000) == "Ba trăm bốn mươi chín triệu đồng")
        #expect(VietFormat.moneyInWords(1_205_000) == "Một triệu hai trăm lẻ năm nghìn đồng")
        #expect(VietFormat.longDate(PlanDate(iso: "2027-01-05")!) == "ngày 05 tháng 01 năm 2027")
        #expect(VietFormat.longDate(PlanDate(iso: "2026-11-24")!) == "ngày 24 tháng 11 năm 2026")
    }

    @Test func nearDuplicatesMergeButDifferentFiguresDoNot() {
        let texts = [
            "Nhân sự làm công tác tiêu chuẩn, đo lường, chất lượng tại cấp xã chủ yếu kiêm nhiệm",
            "Nhân sự làm công tác tiêu chuẩn đo lường chất lượng ở cấp xã chủ yếu là kiêm nhiệm.",
            "Kinh phí cho hoạt động kiểm tra còn hạn chế",
        ]
        #expect(TextMerge.cluster(texts, threshold: Consolidator.itemMergeThreshold) == [[0, 1], [2]])
        let quotes = ["UBND xã đã tổ chức 1 hội nghị với 318 lượt người", "UBND xã đã tổ chức 2 hội nghị với 115 lượt người"]
        #expect(TextMerge.cluster(quotes, threshold: 0.5, sameNumbers: true).count == 2)
    }
}

@Suite struct ConsolidationTests {
    let input = Fixtures.input()
    var report: ConsolidatedReport { Consolidator.report(from: input) }

    @Test func latestReportOfEachUnitIsCurrent() {
        #expect(input.current.count == 3)
        #expect(input.superseded.map(\.path) == ["Phuong Chanh Hiep (cu).xlsx"])
        #expect(input.refused.map(\.path) == ["scan.pdf"])
        let ward = input.reporters.first { $0.unitID == "25771" }
        #expect(ward?.state == .onTime)
        #expect(input.reporters.first { $0.unitID == "SO-TC" }?.state == .late)   // dated 16/11, due before 15/11
        #expect(input.reporters.contains { $0.state == .missing })
    }

    @Test func everyFigureIsTheSumOverCurrentSubmissions() {
        let expected = Fixtures.expectedSums(input)
        var got: [String: [String: Double]] = [:]
        for t in report.tasks { for f in t.figures { got[t.code, default: [:]][f.indicator] = f.total } }
        #expect(got == expected)
        let t = report.tasks.first { $0.code == "II.1.a" }!
        #expect(t.figures.first { $0.indicator == "training_courses" }?.total == 9)   // 5 + 3 + 1, not the superseded 99
        #expect(t.figures.first { $0.indicator == "training_courses" }?.unitCount == 3)
        #expect(t.progress == .completed)   // the lead (Chi cục) completed it
        #expect(t.sentences.joined(separator: " ").contains("tổ chức 09 lớp tập huấn, hội nghị"))
    }

    @Test func assessmentAndItems() {
        let r = report
        #expect(r.assessment.taskCount == 24)
        #expect(r.assessment.budgetUsedByHolder == 150_000_000)
        #expect(r.assessment.sentences[1].contains("349.000.000 đồng (Ba trăm bốn mươi chín triệu đồng)"))
        #expect(r.assessment.sentences[1].contains("đạt 43%"))
        // Two wordings of one difficulty merged, attributed to both units.
        #expect(r.difficulties.count == 1)
        #expect(r.difficulties[0].units.count == 2)
        // A closing formula is not a proposal.
        #expect(!r.proposals.contains { $0.text.hasPrefix("Trên đây") })
        // Overdue: tasks due before 24/11/2026 that are not completed.
        for t in r.tasks {
            let due = t.dueDate.map { $0 < r.asOf } ?? false
            #expect(t.overdue == (due && t.progress != .completed))
        }
    }
}

@Suite struct WriterTests {
    let input = Fixtures.input()

    func written() throws -> (ConsolidatedReport, [URL]) {
        let dir = Paths.scratch("writers")
        let report = Consolidator.report(from: input)
        let urls = try OutboxWriters.write(report, into: dir)
        return (report, urls)
    }

    @Test func outputsAreDatedAndComplete() throws {
        let (_, urls) = try written()
        #expect(urls.map(\.lastPathComponent) == [
            "bao-cao-tong-hop-ct38-2026-2026-11-24.docx", "bao-cao-tong-hop-ct38-2026-2026-11-24-phu-luc.xlsx",
            "bao-cao-tong-hop-ct38-2026-2026-11-24.json", "bao-cao-tong-hop-ct38-2026-2026-11-24-ra-soat.html",
        ])
        // No temporary files left behind by the atomic writes.
        let left = try FileManager.default.contentsOfDirectory(atPath: urls[0].deletingLastPathComponent().path)
        #expect(left.count == 4)
    }

    @Test func everyPartIsWellFormed() throws {
        let (_, urls) = try written()
        for url in urls where ["docx", "xlsx"].contains(url.pathExtension) {
            let parts = try XMLWellFormedness.parts(ofPackageAt: url)
            #expect(parts["[Content_Types].xml"] != nil)
            for (name, bytes) in parts where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
                #expect(XMLWellFormedness.problem(in: bytes, part: name) == nil)
            }
        }
    }

    @Test func reviewPageLinksFilesRelativeToTheInbox() {
        let w = HTMLReviewWriter.linkingToInbox(URL(fileURLWithPath: "/srv/tonghop/Inbox"), from: URL(fileURLWithPath: "/srv/tonghop/Outbox"))
        #expect(w.link("đợt 1/BC P An Phú #2.docx") == "../Inbox/%C4%91%E1%BB%A3t%201/BC%20P%20An%20Ph%C3%BA%20%232.docx")
    }

    @Test func emptyInputStillWritesEveryOutput() throws {
        let input = ConsolidationInput.direct(pipeline: Fixtures.pipeline, asOf: PlanDate(iso: "2026-11-24")!, files: [])
        let urls = try OutboxWriters.writeAll(input, into: Paths.scratch("empty"))
        #expect(urls.count == 4)
        let doc = try DocumentReader().read(contentsOf: urls[0])
        #expect(doc.body.contains { $0.text == "Các đơn vị không phản ánh khó khăn, vướng mắc." })
        #expect(try JSONReportReader.read(contentsOf: urls[2]).tasks.allSatisfy { $0.progress == .noInformation })
    }

    @Test func outputsAreNFCEvenForDecomposedFileNames() throws {
        var input = Fixtures.input()
        let nfd = "Phường Chánh Hiệp.xlsx".decomposedStringWithCanonicalMapping
        let i = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        input.current[i].path = nfd
        let urls = try OutboxWriters.write(Consolidator.report(from: input), into: Paths.scratch("nfc"))
        for url in urls where url.pathExtension != "json" {
            let texts: [String]
            if url.pathExtension == "html" {
                texts = [try String(contentsOf: url, encoding: .utf8)]
            } else {
                texts = try XMLWellFormedness.parts(ofPackageAt: url).values.map { String(decoding: $0, as: UTF8.self) }
            }
            for t in texts { #expect(t == t.precomposedStringWithCanonicalMapping) }
        }
    }

    @Test func docxHasTheFormAndTheSums() throws {
        let (report, urls) = try written()
        let doc = try DocumentReader().read(contentsOf: urls[0])
        let paragraphs = doc.body.compactMap { b -> String? in if case .paragraph(let p) = b { return p.text } else { return nil } }
        for heading in ["BÁO CÁO", "I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                        "Phụ lục I", "Phụ lục II", "Phụ lục III"] {
            #expect(paragraphs.contains(heading), "missing \(heading)")
        }
        #expect(paragraphs.contains { $0.hasPrefix("Kính gửi:") })
        let tables = doc.body.compactMap { b -> Table? in if case .table(let t) = b { return t } else { return nil } }
        // Header block, signature block, three appendices.
        #expect(tables.count == 5)
        let headerText = tables[0].grid.flatMap { $0 }.joined(separator: "\n")
        #expect(headerText.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
        #expect(headerText.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(headerText.contains("Số: …/BC-SKHCN"))
        #expect(headerText.contains("Thành phố Hồ Chí Minh, ngày 24 tháng 11 năm 2026"))
        #expect(tables[1].grid.flatMap { $0 }.joined().contains("Nơi nhận:"))
        // Phụ lục III: total per task and indicator equals the input's sum.
        let expected = Fixtures.expectedSums(input)
        let pl3 = tables[4].grid.dropFirst()
        var rows = 0
        for row in pl3 {
            let code = row[1]
            let label = row[2]
            let indicator = report.tasks.first { $0.code == code }!.figures.first { $0.label == label }!.indicator
            #expect(vietNumber(row[3]) == expected[code]?[indicator])
            rows += 1
        }
        #expect(rows == expected.values.map(\.count).reduce(0, +))
        // Page furniture: page number field in a header, first page without it, landscape appendices.
        let parts = try XMLWellFormedness.parts(ofPackageAt: urls[0])
        let documentXML = String(decoding: parts["word/document.xml"]!, as: UTF8.self)
        #expect(documentXML.contains("<w:titlePg/>"))
        #expect(documentXML.contains("w:orient=\"landscape\""))
        #expect(documentXML.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(String(decoding: parts["word/header1.xml"]!, as: UTF8.self).contains(" PAGE "))
        #expect(String(decoding: parts["word/styles.xml"]!, as: UTF8.self).contains("Times New Roman"))
    }

    @Test func xlsxHasNumbersAndInertText() throws {
        let (report, urls) = try written()
        let doc = try DocumentReader().read(contentsOf: urls[1])
        #expect(doc.sheets.map(\.name) == ["PL I - Tiến độ nhiệm vụ", "PL II - Tình hình báo cáo", "PL III - Số liệu theo đơn vị"])
        // PL III: detail rows per unit, bold total rows "Cộng (n đơn vị)"; numbers are numbers.
        let sheet = doc.sheets[2]
        var totals: [String: [String: Double]] = [:]
        var perUnit: [String: [String: Double]] = [:]
        for row in sheet.rows where row.index > 2 {
            guard case .text(let code)? = sheet.value(row: row.index, column: 2),
                  case .text(let label)? = sheet.value(row: row.index, column: 3),
                  case .text(let unit)? = sheet.value(row: row.index, column: 4),
                  case .number(let v)? = sheet.value(row: row.index, column: 5) else {
                Issue.record("row \(row.index) is not text, text, text, number"); continue
            }
            let indicator = report.tasks.first { $0.code == code }!.figures.first { $0.label == label }!.indicator
            if unit.hasPrefix("Cộng") { totals[code, default: [:]][indicator] = v } else { perUnit[code, default: [:]][indicator, default: 0] += v }
        }
        let expected = Fixtures.expectedSums(input)
        #expect(totals == expected)
        #expect(perUnit == expected)
        // No cell is a formula, and the unit's formula-like and markup text comes back as text.
        #expect(doc.sheets.allSatisfy { $0.rows.allSatisfy { $0.cells.allSatisfy { !$0.hasFormula } } })
        let parts = try XMLWellFormedness.parts(ofPackageAt: urls[1])
        for (name, bytes) in parts where name.hasPrefix("xl/worksheets/") {
            let xml = String(decoding: bytes, as: UTF8.self)
            #expect(!xml.contains("<f>") && !xml.contains("<f "))
            #expect(xml.contains("<pane ySplit=\"2\""))
            #expect(xml.contains("<autoFilter ref=\"A2:"))
        }
        let texts = doc.sheets.flatMap { $0.rows.flatMap { $0.cells.compactMap { c -> String? in if case .text(let s) = c.value { return s } else { return nil } } } }
        // PL I lists the proposal-less units; the hostile text lives in quotes (JSON/HTML), so
        // check one written cell carrying a formula-looking string: unit file names and labels.
        #expect(!texts.isEmpty)
        let styles = String(decoding: parts["xl/styles.xml"]!, as: UTF8.self)
        #expect(styles.contains("numFmtId=\"3\""))
    }

    @Test func formulaLikeUnitTextIsTextInXlsx() throws {
        // A unit whose name-like and source text start with "=", "+", "@": written as inline strings.
        var input = Fixtures.input()
        let i = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        input.current[i].path = "=HYPERLINK(\"http://x\",\"y\").xlsx"
        input.current[i].submission.entries[0].indicators[IndicatorID("training_courses")]!.sources[0].text = "+1"
        let report = Consolidator.report(from: input)
        let url = Paths.scratch("formula").appendingPathComponent("a.xlsx")
        try XlsxAppendixWriter().write(report, to: url)
        let doc = try DocumentReader().read(contentsOf: url)
        let cells = doc.sheets[2].rows.flatMap(\.cells)
        #expect(cells.contains { $0.value == .text("=HYPERLINK(\"http://x\",\"y\").xlsx") && !$0.hasFormula })
        #expect(cells.contains { if case .text(let s) = $0.value { return s.contains(": +1") } else { return false } })
        #expect(cells.allSatisfy { !$0.hasFormula })
    }

    @Test func jsonRoundTripsWithTheSameNumbers() throws {
        let (report, urls) = try written()
        let back = try JSONReportReader.read(contentsOf: urls[2])
        #expect(back == report)
        #expect(back.schemaVersion == ConsolidatedReport.currentSchemaVersion)
        var got: [String: [String: Double]] = [:]
        for t in back.tasks { for f in t.figures { got[t.code, default: [:]][f.indicator] = f.total } }
        #expect(got == Fixtures.expectedSums(input))
        // A newer schema is refused, not misread.
        var raw = try JSONSerialization.jsonObject(with: Data(contentsOf: urls[2])) as! [String: Any]
        raw["schemaVersion"] = 99
        #expect(throws: JSONReportReader.UnsupportedVersion.self) { try JSONReportReader.read(JSONSerialization.data(withJSONObject: raw)) }
    }

    @Test func htmlEscapesUnitTextAndIsSelfContained() throws {
        let (report, urls) = try written()
        let html = try String(contentsOf: urls[3], encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        #expect(html.contains("=HYPERLINK(&quot;http://evil.example/x&quot;"))
        #expect(!html.contains("href=\"http"))
        // No external resources: no src attributes, stylesheets, imports or url() in CSS.
        #expect(!html.contains(" src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("<svg"))
        #expect(html.contains("name=\"viewport\""))
        // Findings with their source, refused files, late and missing reporters.
        #expect(html.contains("Số lượt người không phải số nguyên."))
        #expect(html.contains("word/document.xml paragraph 5"))
        #expect(html.contains("scan.pdf"))
        #expect(html.contains("Đơn vị gửi trễ hạn (1)"))
        #expect(html.contains("Đơn vị chưa gửi báo cáo (\(report.assessment.missing))"))
    }
}
