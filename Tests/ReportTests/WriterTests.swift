import Consolidation
import DocumentModel
import Extraction
import Foundation
import OOXML
import Plan
import ReportWriters
import Testing

@Suite struct WriterTests {
    let input = Fixtures.input()

    func written() throws -> (ConsolidatedReport, [URL]) {
        let dir = Paths.scratch("writers")
        let report = Fixtures.report(input)
        let urls = try OutboxWriters.write(report, definition: Fixtures.definition, into: dir)
        return (report, urls)
    }

    @Test func outputsAreDatedAndComplete() throws {
        let (_, urls) = try written()
        #expect(urls.map(\.lastPathComponent) == [
            "bao-cao-tong-hop-ct38-2026-2026-11-24.docx", "bao-cao-tong-hop-ct38-2026-2026-11-24-phu-luc.xlsx",
            "bao-cao-tong-hop-ct38-2026-2026-11-24.json", "bao-cao-tong-hop-ct38-2026-2026-11-24-ra-soat.html",
        ])
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
        let input = Fixtures.reconciled([])
        let urls = try OutboxWriters.writeAll(input, into: Paths.scratch("empty"))
        #expect(urls.count == 4)
        let doc = try DocumentReader().read(contentsOf: urls[0])
        #expect(doc.body.contains { $0.text == "Sở Khoa học và Công nghệ không có đề xuất, kiến nghị." })
        #expect(try JSONReportReader.read(contentsOf: urls[2]).tasks.allSatisfy { $0.state == .noInformation && $0.overdue == nil })
    }

    @Test func outputsAreNFCEvenForDecomposedFileNames() throws {
        var input = Fixtures.input()
        let nfd = "Phường Chánh Hiệp.xlsx".decomposedStringWithCanonicalMapping
        let i = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        input.current[i].path = nfd
        let urls = try OutboxWriters.write(Fixtures.report(input), definition: Fixtures.definition, into: Paths.scratch("nfc"))
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

    func paragraphs(_ doc: Document) -> [String] {
        doc.body.compactMap { b -> String? in if case .paragraph(let p) = b { return p.text } else { return nil } }
    }

    func tables(_ doc: Document) -> [Table] {
        doc.body.compactMap { b -> Table? in if case .table(let t) = b { return t } else { return nil } }
    }

    /// The Nghị định 30 form: header block, number and day blank, BÁO CÁO, Kính gửi, the
    /// sections, signature and Nơi nhận, appendices on landscape pages numbered on their own.
    @Test func docxHasTheForm() throws {
        let (_, urls) = try written()
        let doc = try DocumentReader().read(contentsOf: urls[0])
        let paras = paragraphs(doc)
        for heading in ["BÁO CÁO", "I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "V. ĐỀ XUẤT, KIẾN NGHỊ", "Phụ lục I", "Phụ lục II", "Phụ lục III"] {
            #expect(paras.contains(heading), "missing \(heading)")
        }
        #expect(paras.contains { $0.hasPrefix("Kính gửi:") })
        let t = tables(doc)
        // Header block, signature block, three appendices.
        #expect(t.count == 5)
        let headerText = t[0].grid.flatMap { $0 }.joined(separator: "\n")
        #expect(headerText.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))
        #expect(headerText.contains("Độc lập - Tự do - Hạnh phúc"))
        #expect(headerText.contains("Số:       /BC-SKHCN"))
        #expect(headerText.contains("Thành phố Hồ Chí Minh, ngày       tháng 11 năm 2026"))
        #expect(!headerText.contains("24 tháng 11"))
        let sig = t[1].grid.flatMap { $0 }.joined(separator: "\n")
        #expect(sig.contains("Nơi nhận:") && sig.contains("- Lưu: VT, TĐC.") && sig.contains("KT. GIÁM ĐỐC"))

        let parts = try XMLWellFormedness.parts(ofPackageAt: urls[0])
        let xml = String(decoding: parts["word/document.xml"]!, as: UTF8.self)
        #expect(xml.contains("<w:titlePg/>"))
        #expect(xml.contains("w:orient=\"landscape\""))
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        // Each of the three appendices restarts its page numbers.
        #expect(xml.components(separatedBy: "<w:pgNumType w:start=\"1\"/>").count - 1 == 3)
        // The closing paragraph is kept with the signature block that follows it.
        let closing = try #require(xml.range(of: "Trên đây là báo cáo kết quả"))
        let pStart = xml[..<closing.lowerBound].range(of: "<w:p>", options: .backwards)!
        #expect(xml[pStart.lowerBound..<closing.lowerBound].contains("<w:keepNext/>"))
        #expect(String(decoding: parts["word/header1.xml"]!, as: UTF8.self).contains(" PAGE "))

        // Page 1's header columns hold their longest lines (REVIEW7 #7): the issuing body's
        // name in 12 pt bold capitals and the place-and-date line in 13 pt italic, at the
        // widths LibreOffice's Times New Roman gives them (about 0,63 and 0,42 em a letter).
        let table = String(xml[xml.range(of: "<w:tbl>")!.lowerBound..<xml.range(of: "</w:tbl>")!.upperBound])
        let grid = table.matches(of: /<w:gridCol w:w="(\d+)"\/>/).map { Int($0.output.1)! }
        let margin = Int(table.firstMatch(of: /<w:left w:w="(\d+)"/)!.output.1)!
        #expect(grid.count == 2)
        let issuer = "SỞ KHOA HỌC VÀ CÔNG NGHỆ", date = "Thành phố Hồ Chí Minh, ngày       tháng 11 năm 2026"
        #expect(Double(grid[0] - 2 * margin) >= Double(issuer.count) * 12 * 20 * 0.63 * 1.05, "\(grid)")
        #expect(Double(grid[1] - 2 * margin) >= Double(date.count) * 13 * 20 * 0.42 * 1.02, "\(grid)")
    }

    /// Every figure of Phụ lục III equals the JSON's sum; no figure sits under two tasks; the
    /// body's and Phụ lục I's state of each task are the JSON's state.
    @Test func docxAgreesWithTheJSON() throws {
        let (report, urls) = try written()
        let back = try JSONReportReader.read(contentsOf: urls[2])
        #expect(back == report)
        let v = VietnameseRenderer(back, definition: Fixtures.definition)
        let doc = try DocumentReader().read(contentsOf: urls[0])
        let t = tables(doc)
        // Phụ lục III: a row per task and indicator in the JSON's order (heading rows have
        // two cells).
        let order = back.tasks.flatMap { t in t.figures.map { (t.code, $0.indicator) } }
        let values = t[4].grid.dropFirst().filter { $0.count == 6 && !isHeading($0) }.compactMap { vietNumber($0[3]) }
        #expect(values.count == order.count)
        var fromDocx: [String: [String: Double]] = [:]
        for (i, value) in values.enumerated() where i < order.count { fromDocx[order[i].0, default: [:]][order[i].1] = value }
        var fromJSON: [String: [String: Double]] = [:]
        for task in back.tasks { for f in task.figures { fromJSON[task.code, default: [:]][f.indicator] = f.total } }
        #expect(fromDocx == fromJSON)
        #expect(fromJSON == Fixtures.expectedSums(input, restated: back.tasks.flatMap(\.restated)))
        #expect(fromDocx["II.5.a"]?["samples_tested"] == nil)
        // Phụ lục I: the state column is the JSON state's label, task by task.
        // REVIEW50 #8: eight cells with Phụ lục I's "Ghi chú" column.
        let taskRows = t[2].grid.dropFirst().filter { $0.count == Fixtures.definition.wording.list("appendix.taskColumns").count && !isHeading($0) }
        #expect(taskRows.count == back.tasks.count)
        for (i, row) in taskRows.enumerated() {
            let task = back.tasks[i]
            #expect(row[0] == task.letter && row[1] == v.expanded(task.title))
            #expect(row[4].hasPrefix(v.appendixStateLabel(task)))
            #expect(row[4].lowercased().contains("quá hạn") == (task.overdue != nil))
        }
        // The body's counts of tasks per state are the JSON's.
        let body = paragraphs(doc).joined(separator: "\n")
        let dated = back.tasks.filter { !$0.recurring }
        let done = dated.filter { $0.state == .completed }.count
        // REVIEW48 #2: the headline counts against the tasks due.
        // REVIEW53 #7 (assessment.progressPlain): the plain headline over all the plan's tasks,
        // those whose state is completed.
        _ = done
        if Fixtures.definition.wording.says("assessment.progressPlain") {
            let all = back.tasks.filter { $0.state == .completed }.count
            #expect(body.contains("\(VietFormat.count(all))/\(VietFormat.count(back.tasks.count)) nhiệm vụ đã hoàn thành"), "\(body)")
        } else {
            #expect(Fixtures.dueHeadline(back).map { body.contains($0) } ?? true, "\(body)")
        }
    }

    @Test func xlsxHasNumbersInertTextAndPrintSetup() throws {
        let (report, urls) = try written()
        let v = VietnameseRenderer(report, definition: Fixtures.definition)
        let doc = try DocumentReader().read(contentsOf: urls[1])
        #expect(doc.sheets.map(\.name) == ["PL I - Tiến độ nhiệm vụ", "PL II - Tình hình báo cáo", "PL III - Số liệu theo đơn vị"])
        // Phụ lục III: the same rows as the document's; each total is the sum of the units'
        // values listed beside it.
        let sheet = doc.sheets[2]
        let order = report.tasks.flatMap { t in t.figures.map { (t.code, $0.indicator) } }
        var totals: [String: [String: Double]] = [:]
        var perUnit: [String: [String: Double]] = [:]
        var k = 0
        for row in sheet.rows where row.index > 2 {
            guard case .text(let label)? = sheet.value(row: row.index, column: 3), case .number(let n)? = sheet.value(row: row.index, column: 4),
                  case .text(let each)? = sheet.value(row: row.index, column: 6), k < order.count else { continue }
            #expect(label == v.indicatorLabel(order[k].1))
            totals[order[k].0, default: [:]][order[k].1] = n
            perUnit[order[k].0, default: [:]][order[k].1] = each.isEmpty ? 0 : each.components(separatedBy: "; ").compactMap { vietNumber(String($0.split(separator: " ").last ?? "")) }.reduce(0, +)
            k += 1
        }
        let expected = Fixtures.expectedSums(input, restated: report.tasks.flatMap(\.restated))
        #expect(k == order.count)
        #expect(totals == expected)
        #expect(perUnit == expected)
        #expect(doc.sheets.allSatisfy { $0.rows.allSatisfy { $0.cells.allSatisfy { !$0.hasFormula } } })
        let parts = try XMLWellFormedness.parts(ofPackageAt: urls[1])
        for (name, bytes) in parts where name.hasPrefix("xl/worksheets/") {
            let xml = String(decoding: bytes, as: UTF8.self)
            #expect(!xml.contains("<f>") && !xml.contains("<f "))
            #expect(xml.contains("<pane ySplit=\"2\""))
            // Printable: landscape, one page wide, every row as tall as its wrapped text.
            #expect(xml.contains("orientation=\"landscape\"") && xml.contains("fitToWidth=\"1\"") && xml.contains("fitToHeight=\"0\""))
            let rows = xml.components(separatedBy: "<row ").count - 1
            #expect(xml.components(separatedBy: "customHeight=\"1\"").count - 1 == rows)
        }
        let workbook = String(decoding: parts["xl/workbook.xml"]!, as: UTF8.self)
        #expect(workbook.components(separatedBy: "_xlnm.Print_Titles").count - 1 == 3)
        // Numbers print the Vietnamese way ("2.882.500.000") whatever the reader's locale: the
        // number formats carry the Vietnamese locale, and no cell uses a built-in one.
        let styles = String(decoding: parts["xl/styles.xml"]!, as: UTF8.self)
        #expect(styles.contains("formatCode=\"[$-42A]#,##0\""))
        #expect(!styles.contains("numFmtId=\"3\"") && !styles.contains("numFmtId=\"4\""))
        // Each appendix numbered on its own.
        for (name, bytes) in parts where name.hasPrefix("xl/worksheets/sheet") {
            #expect(String(decoding: bytes, as: UTF8.self).contains("useFirstPageNumber=\"1\""))
        }
    }

    @Test func wrappedRowsAreTallEnough() {
        #expect(XlsxAppendixWriter.lines("một hai ba", width: 40) == 1)
        // "chữ" is 2,89 digits wide, a space 0,5: 4 words in 14,5 digits, 8 in 28,5.
        #expect(XlsxAppendixWriter.lines(String(repeating: "chữ ", count: 30), width: 16) == 8)
        #expect(XlsxAppendixWriter.lines(String(repeating: "chữ ", count: 30), width: 30) == 4)
        // Narrow letters hold more a line than wide ones (REVIEW21 §4: rows measured at a fixed
        // count per width left a third of Phụ lục III blank).
        #expect(XlsxAppendixWriter.lines(String(repeating: "lít ", count: 40), width: 30) < XlsxAppendixWriter.lines(String(repeating: "MWM ", count: 40), width: 30))
        // A long run of "đơn vị: số" (about 520 characters) in a 61-wide column: about 72 a line.
        let run = (1...24).map { "Phường Số \($0): \($0 * 7)" }.joined(separator: "; ")
        #expect((6...8).contains(XlsxAppendixWriter.lines(run, width: 61)), "\(XlsxAppendixWriter.lines(run, width: 61))")
        // Phụ lục II's longest state in its column (REVIEW16: it was cut to one line).
        #expect(XlsxAppendixWriter.lines("Chưa gửi (văn bản không đọc được)", width: 30) == 2)
        #expect(XlsxAppendixWriter.lines("a\nb\nc", width: 40) == 3)
    }

    @Test func formulaLikeUnitTextIsTextInXlsx() throws {
        var input = Fixtures.input()
        let i = input.current.firstIndex { $0.submission.unit?.id == "25771" }!
        input.current[i].submission.unit?.name = "=HYPERLINK(\"http://x\",\"y\")"
        let j = input.current.firstIndex { $0.submission.unit?.id == "SO-TC" }!
        input.current[j].submission.unit?.name = "+1"
        let url = Paths.scratch("formula").appendingPathComponent("a.xlsx")
        try XlsxAppendixWriter().write(Fixtures.report(input), definition: Fixtures.definition, to: url)
        let doc = try DocumentReader().read(contentsOf: url)
        let cells = doc.sheets[2].rows.flatMap(\.cells)
        #expect(cells.contains { if case .text(let s) = $0.value { return s.contains("=HYPERLINK(\"http://x\",\"y\"): 3") } else { return false } })
        #expect(cells.contains { if case .text(let s) = $0.value { return s.contains("+1: 1") } else { return false } })
        #expect(cells.allSatisfy { !$0.hasFormula })
    }

    @Test func htmlEscapesUnitTextAndIsSelfContained() throws {
        let (report, urls) = try written()
        let html = try String(contentsOf: urls[3], encoding: .utf8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        #expect(!html.contains("href=\"http"))
        #expect(!html.contains(" src=\""))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(html.contains("<svg"))
        #expect(html.contains("name=\"viewport\""))
        #expect(html.contains("Số lượt người không phải số nguyên."))
        #expect(html.contains("word/document.xml paragraph 5"))
        #expect(html.contains("scan.pdf"))
        #expect(html.contains("Đơn vị gửi trễ hạn (1)"))
        #expect(html.contains("Đơn vị chưa gửi báo cáo (\(report.completeness.missing))"))
        // Consolidation's findings are worded for the officer.
        #expect(html.contains("chỉ tính một lần, ở nhiệm vụ II.5.b"))
    }
}
