// Report-like documents for the extraction benchmark: the shapes units send (ND 30 header,
// task paragraphs with codes and figures, an appendix task table, a spreadsheet task table),
// generated with varying units, tasks, figures and wording, so that extraction cost is
// measured on what it really reads.

import Extraction
import Foundation
import OOXML
import Plan

let statusWords = ["Hoàn thành", "Đã hoàn thành", "Đang thực hiện", "Đang triển khai thực hiện", "Chưa thực hiện", "Không phát sinh"]
let figurePhrases = [
    "tổ chức %d lớp tập huấn với %d lượt người tham dự", "đăng tải %d tin, bài tuyên truyền trên trang thông tin điện tử",
    "hướng dẫn %d doanh nghiệp, hộ kinh doanh công bố chất lượng sản phẩm", "thực hiện %d cuộc kiểm tra tại %d cơ sở kinh doanh",
    "phát hiện %d cơ sở vi phạm, xử phạt %d.500.000 đồng", "lấy %d mẫu sản phẩm để thử nghiệm", "góp ý %d dự thảo TCVN, QCVN",
    "kiểm định %d phương tiện đo", "kinh phí đã sử dụng %d,5 triệu đồng",
]

func paragraph(_ text: String, bold: Bool = false, center: Bool = false) -> String {
    let ppr = center ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : ""
    let rpr = bold ? "<w:rPr><w:b/></w:rPr>" : ""
    // Split the text over two runs mid-word, as Word does after edits.
    let cut = text.index(text.startIndex, offsetBy: text.count / 2)
    return "<w:p>\(ppr)<w:r>\(rpr)<w:t xml:space=\"preserve\">\(xmlEscape(String(text[..<cut])))</w:t></w:r><w:r>\(rpr)<w:t xml:space=\"preserve\">\(xmlEscape(String(text[cut...])))</w:t></w:r></w:p>"
}

func cell(_ text: String) -> String {
    "<w:tc>" + text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph(String($0)) }.joined() + "</w:tc>"
}

func figures(_ rng: inout Rng) -> String {
    (0..<(1 + rng.int(2))).map { _ in
        let phrase = figurePhrases[rng.int(figurePhrases.count)]
        return phrase.contains("%d lượt") || phrase.contains("tại %d") || phrase.contains("xử phạt %d")
            ? String(format: phrase, 1 + rng.int(20), 10 + rng.int(400)) : String(format: phrase, 1 + rng.int(60))
    }.joined(separator: "; ")
}

func makeReportDocx(_ rng: inout Rng, unit: ReportingUnit, tasks: [PlanTask]) -> PackageWriter {
    let chosen = (0..<(3 + rng.int(8))).map { _ in tasks[rng.int(tasks.count)] }
    var body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
    body += cell("ỦY BAN NHÂN DÂN\n\(unit.name.uppercased())\n———\nSố: \(1 + rng.int(900))/BC-UBND")
    body += cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\(unit.name), ngày \(1 + rng.int(28)) tháng \(10 + rng.int(2)) năm 2026")
    body += "</w:tr></w:tbl>"
    body += paragraph("BÁO CÁO", bold: true, center: true)
    body += paragraph("Kết quả triển khai thực hiện Kế hoạch thực hiện Chỉ thị số 38-CT/TW năm 2026", bold: true, center: true)
    body += paragraph("Kính gửi: Sở Khoa học và Công nghệ.", center: true)
    body += paragraph("Căn cứ Kế hoạch số 115/KH-SKHCN ngày 20 tháng 01 năm 2026 của Sở Khoa học và Công nghệ, \(unit.name) báo cáo như sau:")
    body += paragraph("I. KẾT QUẢ THỰC HIỆN", bold: true)
    let withTable = rng.int(2) == 0
    for t in chosen {
        let status = statusWords[rng.int(statusWords.count)]
        if !withTable {
            body += paragraph("Nhiệm vụ \(t.code.rawValue): \(t.text.prefix(120)): \(unit.name) đã \(figures(&rng)). Tiến độ: \(status).")
        }
    }
    body += paragraph("II. KHÓ KHĂN, VƯỚNG MẮC", bold: true)
    body += paragraph("- Kinh phí bố trí cho công tác tuyên truyền, tập huấn còn hạn chế;")
    body += paragraph("- Công chức phụ trách là kiêm nhiệm.")
    body += paragraph("III. ĐỀ XUẤT, KIẾN NGHỊ", bold: true)
    body += paragraph("- Đề nghị Sở Khoa học và Công nghệ tiếp tục tổ chức các lớp tập huấn chuyên sâu.")
    body += paragraph("Trên đây là báo cáo của \(unit.name)./.")
    if withTable {
        body += paragraph("PHỤ LỤC", bold: true, center: true)
        body += "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        body += "<w:tr>" + ["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tiến độ"].map(cell).joined() + "</w:tr>"
        for t in chosen {
            body += "<w:tr>" + [t.code.rawValue, String(t.text.prefix(100)), "Đã \(figures(&rng)).", statusWords[rng.int(statusWords.count)]].map(cell).joined() + "</w:tr>"
        }
        body += "</w:tbl>"
    }
    var w = PackageWriter()
    w.add("[Content_Types].xml", string: ct + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
    w.add("_rels/.rels", string: relsHead + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    w.add("word/document.xml", string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(wNS)\"><w:body>\(body)</w:body></w:document>")
    return w
}

func makeReportXlsx(_ rng: inout Rng, unit: ReportingUnit, tasks: [PlanTask]) -> PackageWriter {
    var strings: [String] = []
    func s(_ text: String) -> String {
        strings.append(text)
        return "t=\"s\"><v>\(strings.count - 1)</v>"
    }
    let headers = ["STT", "Nhiệm vụ", "Số lớp", "Số lượt người", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số tiền xử phạt (triệu đồng)", "Tiến độ"]
    var rows = ""
    rows += "<row r=\"1\"><c r=\"A1\" \(s("Đơn vị: UBND \(unit.name)"))</c></row>"
    rows += "<row r=\"2\"><c r=\"A2\" \(s("\(unit.name), ngày \(1 + rng.int(28)) tháng 11 năm 2026"))</c></row>"
    rows += "<row r=\"4\">" + headers.enumerated().map { "<c r=\"\(CellRefName($0.offset + 1))4\" \(s($0.element))</c>" }.joined() + "</row>"
    var r = 5
    for t in (0..<(3 + rng.int(8))).map({ _ in tasks[rng.int(tasks.count)] }) {
        var cells = "<c r=\"A\(r)\" \(s(t.code.rawValue))</c><c r=\"B\(r)\" \(s(String(t.text.prefix(100))))</c>"
        for c in 3...7 where rng.int(2) == 0 { cells += "<c r=\"\(CellRefName(c))\(r)\"><v>\(rng.int(50))</v></c>" }
        cells += "<c r=\"H\(r)\" \(s(statusWords[rng.int(statusWords.count)]))</c>"
        rows += "<row r=\"\(r)\">\(cells)</row>"
        r += 1
    }
    var w = PackageWriter()
    w.add("[Content_Types].xml", string: ct + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>")
    w.add("_rels/.rels", string: relsHead + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>")
    w.add("xl/workbook.xml", string: "<workbook xmlns=\"\(sNS)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Biểu 01\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
    w.add("xl/_rels/workbook.xml.rels", string: relsHead + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>")
    w.add("xl/worksheets/sheet1.xml", string: "<worksheet xmlns=\"\(sNS)\"><sheetData>\(rows)</sheetData></worksheet>")
    w.add("xl/sharedStrings.xml", string: "<sst xmlns=\"\(sNS)\">" + strings.map { "<si><t>\(xmlEscape($0))</t></si>" }.joined() + "</sst>")
    return w
}

func CellRefName(_ column: Int) -> String { String(UnicodeScalar(UInt8(64 + column))) }

func loadPipeline(_ args: [String]) throws -> PipelineDefinition {
    let dir = option("--pipeline", args) ?? "Pipelines/ct38-2026"
    return try PipelineDefinition.load(directory: URL(fileURLWithPath: dir))
}

/// Generates `files` report-like files (half DOCX, half XLSX) into DIR/reports.
func generateReports(dir: URL, files: Int, pipeline: PipelineDefinition) throws {
    let out = dir.appendingPathComponent("reports")
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    var rng = Rng(state: 2026)
    let units = pipeline.expectedReporters
    let tasks = pipeline.catalogue.tasks
    let t0 = now()
    for i in 0..<files {
        let unit = units[rng.int(units.count)]
        let isDocx = i % 2 == 0
        let w = isDocx ? makeReportDocx(&rng, unit: unit, tasks: tasks) : makeReportXlsx(&rng, unit: unit, tasks: tasks)
        try w.write(to: out.appendingPathComponent(String(format: "bc-ct38-%05d.%@", i, isDocx ? "docx" : "xlsx")))
    }
    say(String(format: "generated %d report files in %.1f s", files, now() - t0))
}

/// Reads every report once (read-only time), then extracts the same documents (extraction
/// time), in one process: the ratio (read + extract) / read is the figure the README states.
func extractReports(dir: URL, pipeline: PipelineDefinition) throws {
    let files = try FileManager.default.contentsOfDirectory(at: dir.appendingPathComponent("reports"), includingPropertiesForKeys: nil)
        .sorted { $0.path < $1.path }
    let reader = DocumentReader()
    let extractor = try Extractor(pipeline: pipeline)
    var readTime = 0.0, extractTime = 0.0, entries = 0, units = 0
    // CPU time of this thread: the ratio stays meaningful on a machine busy with other work.
    for url in files {
        let t0 = cpuNow()
        guard let doc = try? reader.read(contentsOf: url) else { continue }
        let t1 = cpuNow()
        let s = extractor.extract(doc, file: url.path, fileName: url.lastPathComponent, sha256: "")
        let t2 = cpuNow()
        readTime += t1 - t0
        extractTime += t2 - t1
        entries += s.entries.count
        if s.unit != nil { units += 1 }
    }
    say(String(format: "reports: %d files; CPU time: read %.2f s (%.0f files/s); extraction %.2f s; read+extract = %.2f × read; %d entries, %d units resolved; peak RSS %.1f MiB",
                 files.count, readTime, Double(files.count) / readTime, extractTime, (readTime + extractTime) / readTime, entries, units, peakRSSMiB()))
}

/// CPU seconds used by the calling thread.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
