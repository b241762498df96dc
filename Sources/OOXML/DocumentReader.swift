import DocumentModel
import Foundation

/// Reads a DOCX or XLSX file into the shared `Document`, or refuses it with a specific reason.
///
///     let doc = try DocumentReader().read(contentsOf: url)
///
/// Sniffs the bytes first (empty, Office lock file, OLE2 .doc/.xls/encrypted package, PDF),
/// then opens the zip under `ReadOptions` limits and streams each XML part.
public struct DocumentReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = .init()) {
        self.options = options
    }

    public func read(contentsOf url: URL) throws(ReadRefusal) -> Document {
        var statistics = ReadStatistics()
        return try read(contentsOf: url, statistics: &statistics)
    }

    public func read(contentsOf url: URL, statistics: inout ReadStatistics) throws(ReadRefusal) -> Document {
        try read(source: fileSource(url, options: options), fileName: url.lastPathComponent, statistics: &statistics)
    }

    public func read(data: Data, fileName: String) throws(ReadRefusal) -> Document {
        var statistics = ReadStatistics()
        return try read(data: data, fileName: fileName, statistics: &statistics)
    }

    public func read(data: Data, fileName: String, statistics: inout ReadStatistics) throws(ReadRefusal) -> Document {
        try read(source: .data(data), fileName: fileName, statistics: &statistics)
    }

    func read(source: PackageSource, fileName: String, statistics: inout ReadStatistics) throws(ReadRefusal) -> Document {
        var archive: ZipArchive?
        do {
            let (pkg, main, kind) = try openPackage(source: source, fileName: fileName, options: options)
            archive = pkg.archive
            defer {
                statistics.inflatedBytes += pkg.archive.budget.totalInflated
                statistics.partsRead += pkg.archive.budget.partsRead
            }
            switch kind {
            case .wordprocessing:
                let rels = try pkg.relationships(of: "")
                var properties = DocumentProperties()
                var early: [Diagnostic] = []
                do { properties = try pkg.readProperties(rels) } catch {
                    let r = asRefusal(error)
                    guard r.kind == .malformedXML || r.kind == .corrupt else { throw r }
                    early.append(Diagnostic(severity: .warning, code: "part-skipped",
                                            message: "Không đọc được thuộc tính tài liệu (docProps); bỏ qua.", location: r.part.map { .part($0) }))
                }
                var doc = try DocxReader(pkg: pkg, mainPart: main).read(properties: properties)
                pkg.archiveDiagnostics()
                doc.diagnostics = early + doc.diagnostics + pkg.diagnostics
                return doc
            case .spreadsheet:
                let reader = try SpreadsheetReader(pkg: pkg, mainPart: main)
                var doc = Document(kind: .spreadsheet, properties: reader.properties)
                doc.usesDateSystem1904 = reader.uses1904
                for i in reader.sheets.indices {
                    doc.sheets.append(try reader.readSheet(i))
                }
                doc.furniture = reader.printFurniture
                doc.diagnostics = reader.finishDiagnostics()
                return doc
            }
        } catch {
            throw refineCorruption(asRefusal(error), archive)
        }
    }
}

/// A file as a package source (libzip reads it by path), refusing files larger than the options allow.
func fileSource(_ url: URL, options: ReadOptions) throws(ReadRefusal) -> PackageSource {
    let size: Int
    do {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    } catch {
        throw ReadRefusal.make(.corrupt, "cannot stat \(url.path): \(error.localizedDescription)")
    }
    if size > options.maxFileBytes {
        throw ReadRefusal.make(.sizeLimit, "file of \(size) bytes, limit \(options.maxFileBytes)")
    }
    return .file(url, size: size)
}

/// A part that does not parse and whose CRC does not match is damaged data, not bad XML.
func refineCorruption(_ refusal: ReadRefusal, _ archive: ZipArchive?) -> ReadRefusal {
    guard refusal.kind == .malformedXML, let archive, let part = refusal.part, archive.hasBadCRC(part) else { return refusal }
    return .make(.corrupt, "part has a bad CRC and does not parse: \(refusal.detail ?? "")", part: part)
}

func openPackage(source: PackageSource, fileName: String, options: ReadOptions) throws -> (OPCPackage, String, Document.Kind) {
    switch Sniffer.sniff(source, fileName: fileName) {
    case .refused(let kind, let detail): throw ReadRefusal.make(kind, detail)
    case .zip: break
    }
    if source.size > options.maxFileBytes {
        throw ReadRefusal.make(.sizeLimit, "file of \(source.size) bytes, limit \(options.maxFileBytes)")
    }
    let archive = try ZipArchive(source: source, budget: InflateBudget(options: options))
    let pkg = OPCPackage(archive: archive, options: options)
    guard pkg.exists("[Content_Types].xml") else {
        throw ReadRefusal.make(.notOfficeDocument, "the zip has no [Content_Types].xml")
    }
    try pkg.readContentTypes()
    var main = try pkg.relationships(of: "").first { $0.type == "officeDocument" && !$0.isExternal && pkg.exists($0.target) }?.target
    if main == nil {
        main = ["word/document.xml", "xl/workbook.xml"].first { pkg.exists($0) }
    }
    guard let main else {
        throw ReadRefusal.make(.notOfficeDocument, "no officeDocument relationship, word/document.xml or xl/workbook.xml")
    }
    let type = pkg.contentType(of: main)?.lowercased() ?? ""
    let kind: Document.Kind
    if type.contains("wordprocessingml") || type.contains("ms-word") {
        kind = .wordprocessing
    } else if type.contains("spreadsheetml") || type.contains("ms-excel") {
        kind = .spreadsheet
    } else if type.contains("presentationml") || type.contains("powerpoint") {
        throw ReadRefusal.make(.notOfficeDocument, "the package is a PowerPoint presentation (\(type))", part: main)
    } else if main.lowercased().hasSuffix("document.xml") {
        kind = .wordprocessing
    } else if main.lowercased().hasSuffix("workbook.xml") {
        kind = .spreadsheet
    } else {
        throw ReadRefusal.make(.notOfficeDocument, "main part \(main) has content type \"\(type)\"", part: main)
    }
    return (pkg, main, kind)
}
