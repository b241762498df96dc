// tonghop-bench: generates a corpus of DOCX/XLSX reports and one large sheet with the OOXML
// PackageWriter, then measures reading throughput and peak memory. Each read phase runs in
// its own child process so that its peak RSS (getrusage ru_maxrss) is its own.
//
//   swift run -c release --scratch-path .build-reader tonghop-bench [--dir DIR] [--files N] [--rows N]
//   tonghop-bench generate DIR [--files N] [--rows N]
//   tonghop-bench read-corpus DIR
//   tonghop-bench read-sheet FILE [--materialize]
//   tonghop-bench generate-reports DIR [--files N]; tonghop-bench extract-reports DIR (run from the repo root)
//   tonghop-bench floor DIR (the C floor: libzip + libxml2 SAX over every file below DIR)
//   tonghop-bench run-speed [--files N] (floor, extract and the first run on the 2,000-file scale corpus)
//   tonghop-bench amplification (each amplification shape and world file through `tonghop extract`: ≤ 2 s CPU, ≤ 256 MB)

import DocumentModel
import Foundation
import OOXML

func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // KiB on Linux
}

/// Unbuffered, so lines from the parent and its children appear in order.
func say(_ s: String) { FileHandle.standardOutput.write(Data((s + "\n").utf8)) }

func now() -> Double { Date().timeIntervalSince1970 }

func xmlEscape(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
}

let words = ["Ủy ban nhân dân", "phường", "Sài Gòn", "báo cáo", "kết quả", "thực hiện", "nhiệm vụ", "tiêu chuẩn", "đo lường",
             "chất lượng", "tập huấn", "lớp", "lượt người", "doanh nghiệp", "kiểm tra", "hoàn thành", "đang thực hiện", "đề xuất",
             "khó khăn", "vướng mắc", "Kế hoạch", "Chỉ thị 38", "năm 2026", "Sở Khoa học và Công nghệ", "triệu đồng"]

struct Rng {
    var state: UInt64
    mutating func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func sentence(_ n: Int) -> String { (0..<n).map { _ in words[int(words.count)] }.joined(separator: " ") }
}

let ct = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#
let relsHead = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
let wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
let sNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

func makeDocx(_ rng: inout Rng) -> PackageWriter {
    var body = ""
    body += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>BÁO CÁO</w:t></w:r></w:p>"
    for i in 0..<(30 + rng.int(40)) {
        let s = rng.sentence(20 + rng.int(30))
        let cut = s.index(s.startIndex, offsetBy: s.count / 2)
        body += "<w:p><w:r><w:t xml:space=\"preserve\">\(i + 1). \(s[..<cut])</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">\(s[cut...])</w:t></w:r>"
        if rng.int(5) == 0 { body += "<w:del w:id=\"\(i)\" w:author=\"A\"><w:r><w:delText>cũ</w:delText></w:r></w:del><w:ins w:id=\"\(i + 1000)\" w:author=\"A\"><w:r><w:t> mới</w:t></w:r></w:ins>" }
        body += "</w:p>"
    }
    body += "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
    for r in 0..<(5 + rng.int(15)) {
        body += "<w:tr>"
        for c in 0..<4 {
            let merge = c == 0 ? (r % 3 == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>") : ""
            body += "<w:tc><w:tcPr>\(merge)</w:tcPr><w:p><w:r><w:t>\(c == 3 ? String(rng.int(100000)) : rng.sentence(4))</w:t></w:r></w:p></w:tc>"
        }
        body += "</w:tr>"
    }
    body += "</w:tbl><w:sectPr/>"
    var w = PackageWriter()
    w.add("[Content_Types].xml", string: ct + #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"#)
    w.add("_rels/.rels", string: relsHead + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
    w.add("word/_rels/document.xml.rels", string: relsHead + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#)
    w.add("word/styles.xml", string: "<w:styles xmlns:w=\"\(wNS)\"><w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>")
    w.add("word/document.xml", string: "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"\(wNS)\"><w:body>\(body)</w:body></w:document>")
    return w
}

func makeXlsx(_ rng: inout Rng, rows: Int, columns: Int) -> PackageWriter {
    var strings: [String] = []
    for _ in 0..<200 { strings.append(rng.sentence(3)) }
    var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"\(sNS)\"><dimension ref=\"A1\"/><sheetData>"
    sheet.reserveCapacity(rows * columns * 40)
    for r in 1...rows {
        sheet += "<row r=\"\(r)\">"
        for c in 1...columns {
            let ref = CellReference(row: r, column: c).description
            switch c % 5 {
            case 1: sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(rng.int(strings.count))</v></c>"
            case 2: sheet += "<c r=\"\(ref)\" s=\"1\"><v>\(46000 + rng.int(700))</v></c>"
            case 3: sheet += "<c r=\"\(ref)\"><f>B\(r)*2</f><v>\(Double(rng.int(1_000_000)) / 100)</v></c>"
            case 4: sheet += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(rng.sentence(2))</t></is></c>"
            default: sheet += "<c r=\"\(ref)\"><v>\(rng.int(10_000_000))</v></c>"
            }
        }
        sheet += "</row>"
    }
    sheet += "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>"
    var w = PackageWriter()
    w.add("[Content_Types].xml", string: ct + #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#)
    w.add("_rels/.rels", string: relsHead + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
    w.add("xl/_rels/workbook.xml.rels", string: relsHead + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#)
    w.add("xl/workbook.xml", string: "<workbook xmlns=\"\(sNS)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Biểu 1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
    w.add("xl/sharedStrings.xml", string: "<sst xmlns=\"\(sNS)\">" + strings.map { "<si><t>\(xmlEscape($0))</t></si>" }.joined() + "</sst>")
    w.add("xl/styles.xml", string: "<styleSheet xmlns=\"\(sNS)\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>")
    w.add("xl/worksheets/sheet1.xml", string: sheet)
    return w
}

func generate(dir: URL, files: Int, rows: Int) throws {
    let corpus = dir.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    var rng = Rng(state: 38)
    let t0 = now()
    var bytes = 0
    for i in 0..<files {
        let isDocx = i % 2 == 0
        let w = isDocx ? makeDocx(&rng) : makeXlsx(&rng, rows: 20 + rng.int(200), columns: 6 + rng.int(6))
        let url = corpus.appendingPathComponent(String(format: "bao-cao-%05d.%@", i, isDocx ? "docx" : "xlsx"))
        try w.write(to: url)
        bytes += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    }
    say(String(format: "generated %d files (%.1f MB zipped) in %.1f s", files, Double(bytes) / 1e6, now() - t0))
    let t1 = now()
    let big = makeXlsx(&rng, rows: rows, columns: 10)
    let url = dir.appendingPathComponent("big-\(rows)x10.xlsx")
    try big.write(to: url)
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    say(String(format: "generated %@ (%.1f MB zipped) in %.1f s", url.lastPathComponent, Double(size) / 1e6, now() - t1))
}

func readCorpus(dir: URL) throws {
    let corpus = dir.appendingPathComponent("corpus")
    let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
    let reader = DocumentReader()
    var stats = ReadStatistics()
    var refused = 0, paragraphs = 0, cells = 0
    let t0 = now()
    for url in files {
        do {
            let doc = try reader.read(contentsOf: url, statistics: &stats)
            paragraphs += doc.body.count
            cells += doc.sheets.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count } }
        } catch {
            refused += 1
            if refused < 5 { say("refused \(url.lastPathComponent): \(error)") }
        }
    }
    let dt = now() - t0
    say(String(format: "corpus: %d files (%d refused) in %.2f s = %.0f files/s; %.1f MB XML inflated = %.1f MB/s; %d blocks, %d cells; peak RSS %.1f MiB",
                 files.count, refused, dt, Double(files.count) / dt, Double(stats.inflatedBytes) / 1e6,
                 Double(stats.inflatedBytes) / 1e6 / dt, paragraphs, cells, peakRSSMiB()))
}

func readSheet(file: URL, materialize: Bool) throws {
    let t0 = now()
    var rows = 0, cells = 0
    var inflated = 0
    if materialize {
        var stats = ReadStatistics()
        let doc = try DocumentReader().read(contentsOf: file, statistics: &stats)
        rows = doc.sheets[0].rows.count
        cells = doc.sheets[0].rows.reduce(0) { $0 + $1.cells.count }
        inflated = stats.inflatedBytes
    } else {
        let reader = try SpreadsheetReader(contentsOf: file)
        try reader.forEachRow(inSheet: 0) { row in
            rows += 1
            cells += row.cells.count
        }
        inflated = reader.statistics.inflatedBytes
    }
    let dt = now() - t0
    say(String(format: "sheet (%@): %d rows, %d cells in %.2f s = %.0f rows/s; %.1f MB XML inflated = %.1f MB/s; peak RSS %.1f MiB",
                 materialize ? "Document" : "streamed", rows, cells, dt, Double(rows) / dt, Double(inflated) / 1e6,
                 Double(inflated) / 1e6 / dt, peakRSSMiB()))
}

/// The `tonghop` executable a benchmark measures: `--tonghop PATH`, or the one built beside this
/// benchmark; a missing one ends the benchmark with exit 2, naming the command that needs it.
func tonghopExecutable(_ args: [String], for command: String) -> String {
    let self_ = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    let tonghop = option("--tonghop", args) ?? self_.deletingLastPathComponent().appendingPathComponent("tonghop").path
    guard FileManager.default.isExecutableFile(atPath: tonghop) else {
        say("tonghop-bench \(command): no tonghop executable at \(tonghop) (build it: swift build -c release --product tonghop)")
        exit(2)
    }
    return tonghop
}

func option(_ name: String, _ args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func runChild(_ arguments: [String]) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    if !FileManager.default.isExecutableFile(atPath: p.executableURL!.path) {
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }
    p.arguments = arguments
    try p.run()
    p.waitUntilExit()
}

let args = Array(CommandLine.arguments.dropFirst())
do {
    switch args.first {
    case "run-speed":
        // The nightly run against `tonghop extract` on the same files (RunSpeedBench.swift).
        RunSpeedBench.main(Array(args.dropFirst()))
    case "amplification":
        // Issue 12's cost target on the amplification shapes and the world corpus (AmplificationBench.swift).
        AmplificationBench.main(Array(args.dropFirst()))
    case "amplification-generate":
        AmplificationBench.generate(Array(args.dropFirst()))
    case "floor":
        // The C floor of reading: libzip + libxml2 SAX doing nothing (RunSpeedBench.swift).
        RunSpeedBench.floor(Array(args.dropFirst()))
    case "run-ledger":
        // The nightly run's benchmark (RunLedgerBench.swift).
        RunLedgerBench.main(Array(args.dropFirst()))
    case "generate":
        try generate(dir: URL(fileURLWithPath: args[1]), files: Int(option("--files", args) ?? "") ?? 2000, rows: Int(option("--rows", args) ?? "") ?? 200_000)
    case "read-corpus":
        try readCorpus(dir: URL(fileURLWithPath: args[1]))
    case "read-sheet":
        try readSheet(file: URL(fileURLWithPath: args[1]), materialize: args.contains("--materialize"))
    case "generate-reports":
        try generateReports(dir: URL(fileURLWithPath: args[1]), files: Int(option("--files", args) ?? "") ?? 2000, pipeline: loadPipeline(args))
    case "extract-reports":
        try extractReports(dir: URL(fileURLWithPath: args[1]), pipeline: loadPipeline(args))
    case "--help", "-h":
        say("usage: tonghop-bench [--dir DIR] [--files N] [--rows N] | generate DIR | read-corpus DIR | read-sheet FILE [--materialize] | generate-reports DIR [--files N] | extract-reports DIR [--pipeline DIR] | run-ledger … | run-speed [--files N] [--keep DIR] | floor DIR | amplification [--tonghop PATH] [--keep DIR] [--world DIR | --no-world]")
    default:
        let files = Int(option("--files", args) ?? "") ?? 2000
        let rows = Int(option("--rows", args) ?? "") ?? 200_000
        let dir = option("--dir", args).map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("tonghop-bench-\(getpid())")
        // Every phase in its own process: Linux keeps ru_maxrss across execve, so the parent stays small.
        try runChild(["generate", dir.path, "--files", String(files), "--rows", String(rows)])
        try runChild(["read-corpus", dir.path])
        let big = dir.appendingPathComponent("big-\(rows)x10.xlsx").path
        try runChild(["read-sheet", big])
        try runChild(["read-sheet", big, "--materialize"])
        try runChild(["generate-reports", dir.path, "--files", String(files)])
        try runChild(["extract-reports", dir.path])
        if option("--dir", args) == nil { try? FileManager.default.removeItem(at: dir) }
    }
} catch {
    say("error: \(error)")
    exit(1)
}
