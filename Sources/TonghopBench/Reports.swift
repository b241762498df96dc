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
    let wordMain = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    w.add("[Content_Types].xml", string: ct + "<Override PartName=\"/word/document.xml\" ContentType=\"\(wordMain).document.main+xml\"/><Override PartName=\"/word/styles.xml\" ContentType=\"\(wordMain).styles+xml\"/><Override PartName=\"/word/numbering.xml\" ContentType=\"\(wordMain).numbering+xml\"/><Override PartName=\"/word/header1.xml\" ContentType=\"\(wordMain).header+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>")
    w.add("_rels/.rels", string: relsHead + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>")
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    w.add("word/_rels/document.xml.rels", string: relsHead + "<Relationship Id=\"rId1\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/><Relationship Id=\"rId2\" Type=\"\(rel)/numbering\" Target=\"numbering.xml\"/><Relationship Id=\"rId3\" Type=\"\(rel)/header\" Target=\"header1.xml\"/></Relationships>")
    w.add("word/document.xml", string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(wNS)\" xmlns:r=\"\(rel)\"><w:body>\(body)<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId3\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
    w.add("word/styles.xml", string: wordStyles)
    w.add("word/numbering.xml", string: wordNumbering)
    w.add("word/header1.xml", string: "<w:hdr xmlns:w=\"\(wNS)\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>")
    w.add("docProps/core.xml", string: "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>Báo cáo CT38</dc:title><dc:creator>Văn thư</dc:creator><dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-05T08:00:00Z</dcterms:created></cp:coreProperties>")
    return w
}

/// A styles part the size Word writes (latent styles for every built-in style, a dozen used
/// styles), so that reading costs what it costs on real reports.
let wordStyles: String = {
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"\(wNS)\"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles w:defLockedState=\"0\" w:count=\"376\">"
    for i in 0..<376 { s += "<w:lsdException w:name=\"Style \(i)\" w:semiHidden=\"1\" w:uiPriority=\"\(i % 99)\" w:unhideWhenUsed=\"1\"/>" }
    s += "</w:latentStyles>"
    for (id, name) in [("Normal", "Normal"), ("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Heading3", "heading 3"), ("Title", "Title"),
                       ("ListParagraph", "List Paragraph"), ("TableGrid", "Table Grid"), ("Header", "header"), ("Footer", "footer"),
                       ("BodyText", "Body Text"), ("BodyTextIndent", "Body Text Indent"), ("NormalWeb", "Normal (Web)")] {
        s += "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"120\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr></w:style>"
    }
    return s + "</w:styles>"
}()

/// Two lists of nine levels each, as Word writes for a bulleted and a numbered list.
let wordNumbering: String = {
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering xmlns:w=\"\(wNS)\">"
    for (a, fmt) in [(0, "bullet"), (1, "decimal")] {
        s += "<w:abstractNum w:abstractNumId=\"\(a)\"><w:multiLevelType w:val=\"hybridMultilevel\"/>"
        for l in 0..<9 {
            s += "<w:lvl w:ilvl=\"\(l)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(fmt)\"/><w:lvlText w:val=\"\(fmt == "bullet" ? "-" : "%\(l + 1).")\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(720 * (l + 1))\" w:hanging=\"360\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr></w:lvl>"
        }
        s += "</w:abstractNum>"
    }
    return s + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>"
}()

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
