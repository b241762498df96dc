import DocumentModel
import Extraction
import Dispatch
import Foundation
import OOXML
import Plan

/// One input file taken in: read into the document model (or refused), then extracted
/// against the pipeline. The same path serves `tonghop extract` and the nightly run, so what
/// an operator sees from `extract` is what the ledger stores.
public struct FileIntake: Sendable {
    public let reader: DocumentReader
    public let extractor: Extractor

    /// Reading limits for unit reports, tighter than the reader's defaults so that no file
    /// costs more than 2 s of CPU and 256 MB to read and extract, in a debug build too (see
    /// README, "Reading DOCX and XLSX"). A report of the plan is a few pages: the largest of
    /// the dev corpus has 206 paragraphs, 166 table cells, 15 KB of text and under 1 MB of
    /// XML. Each limit leaves a margin of ten times or more; an inventory or a data export is
    /// not a report, and is refused with the limit it passed.
    public static var reportReadOptions: ReadOptions {
        var o = ReadOptions()
        o.maxSheetCells = 100_000
        o.maxSheetRows = 10_000
        o.maxTextBytes = 1 << 20
        o.maxParagraphs = 10_000
        o.maxTableCells = 50_000
        o.maxSheets = 255
        // XML is parsed at some 10 MB/s per core in a debug build, 2–3 times that in release.
        o.maxEntryInflatedBytes = 10 << 20
        o.maxTotalInflatedBytes = 10 << 20
        return o
    }

    /// `vocabulary`: the pipeline's, when already loaded (`Extractor.init(pipeline:vocabulary:)`).
    public init(pipeline: PipelineDefinition, vocabulary: Vocabulary? = nil, options: ReadOptions = FileIntake.reportReadOptions) throws {
        reader = DocumentReader(options: options)
        extractor = try Extractor(pipeline: pipeline, vocabulary: vocabulary)
    }

    public init(reader: DocumentReader, extractor: Extractor) {
        self.reader = reader
        self.extractor = extractor
    }

    /// The submission for a file; `displayPath` is how the file is named in the output.
    /// Never throws: an unreadable file becomes a rejected submission with its reason.
    public func take(fileAt url: URL, displayPath: String) -> Submission {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            return Submission(file: displayPath, sha256: "", status: .rejected,
                              reason: "Không đọc được tệp: \(FileProblem.describe(error, path: displayPath)).", rejectionKind: "io")
        }
        return take(data: data, fileName: url.lastPathComponent, displayPath: displayPath)
    }

    public func take(data: Data, fileName: String, displayPath: String) -> Submission {
        take(data: data, fileName: fileName, displayPath: displayPath, sha256: SHA256Digest.hex(of: data))
    }

    /// As `take(data:fileName:displayPath:)`, for a caller that has hashed the bytes already
    /// (the nightly run hashes every file before deciding to extract it).
    public func take(data: Data, fileName: String, displayPath: String, sha256 sha: String) -> Submission {
        read(data: data, fileName: fileName, displayPath: displayPath, sha256: sha).submission
    }

    /// As `take(data:fileName:displayPath:sha256:)`, with the document it was read into (nil
    /// when the file was refused): the ledger keeps its text.
    public func read(data: Data, fileName: String, displayPath: String, sha256 sha: String) -> (submission: Submission, document: Document?) {
        let document: Document
        do {
            document = try reader.read(data: data, fileName: fileName)
        } catch {
            var refused = Submission(file: displayPath, sha256: sha, status: .rejected, reason: error.message, rejectionKind: error.kind.rawValue,
                                     findings: [Finding(severity: .error, code: "file-refused", message: error.message, source: error.part)])
            // A report refused for how its XML is written (not for being no report, or too big
            // to be one): its header may still say who sent it.
            if Self.senderKinds.contains(error.kind), let unit = Self.sender(of: data, units: extractor.unitRegistry) {
                refused.findings.append(Self.senderFinding(unit))
            }
            return (refused, nil)
        }
        var submission = extractor.extract(document, file: displayPath, fileName: fileName, sha256: sha)
        for d in document.diagnostics where d.severity >= .warning {
            submission.findings.append(Finding(severity: d.severity, code: d.code, message: d.message, source: d.location?.description))
        }
        return (submission, document)
    }

    /// Refusals of a file that is a report written badly or with hostile XML, whose first words
    /// are worth reading for its sender (a file too large or of no report's shape is not).
    static let senderKinds: Set<ReadRefusal.Kind> = [.doctype, .xmlTooDeep, .malformedXML, .corrupt, .duplicateEntry, .unsafePath]

    /// The finding code that names the unit a refused file's own first words name.
    public static let senderCode = "refused-file-sender"
    /// How many characters of a refused file's text its sender's name is looked for in (the
    /// header block, before "Kính gửi").
    static let senderWindow = 300

    /// The unit a refused file's header names (the first unit named, alone, in its first
    /// words: LeadingText), for Phụ lục II to count it as received and refused (REVIEW24 F11).
    static func sender(of data: Data, units: UnitRegistry) -> ReportingUnit? {
        guard let text = LeadingText.of(data) else { return nil }
        let head = String(text.prefix(senderWindow))
        guard let first = units.mentions(in: head).first, first.units.count == 1 else { return nil }
        return first.units[0]
    }

    static func senderFinding(_ unit: ReportingUnit) -> Finding {
        Finding(severity: .info, code: senderCode,
                message: "Tệp không đọc được; phần đầu tệp ghi tên \(unit.name): tệp được tính là đơn vị này đã gửi văn bản không đọc được. Đề nghị xác nhận với đơn vị và đề nghị gửi lại.",
                source: "unit:\(unit.id)")
    }

    /// The unit `senderFinding` named, from a refused submission's findings.
    public static func senderUnitID(_ s: Submission) -> String? {
        guard let f = s.findings.first(where: { $0.code == senderCode }), let src = f.source, src.hasPrefix("unit:") else { return nil }
        return String(src.dropFirst(5))
    }

    /// The submissions of many files, read on every core, in the order of `files`.
    public func takeAll(_ files: [(url: URL, display: String)]) -> [Submission] {
        let slots = Slots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            slots.set(i, take(fileAt: files[i].url, displayPath: files[i].display))
        }
        return slots.values
    }

    /// Files under the given paths, folders walked in name order; hidden files and folders
    /// inside a walked folder are skipped (a path given by name is always taken).
    public static func files(under paths: [String]) -> [(url: URL, display: String)] {
        var out: [(URL, String)] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                out.append((URL(fileURLWithPath: path), path))
                continue
            }
            if !isDir.boolValue { out.append((URL(fileURLWithPath: path), path)); continue }
            let base = URL(fileURLWithPath: path, isDirectory: true)
            guard let walker = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                             options: [.skipsHiddenFiles]) else { continue }
            var found: [(URL, String)] = []
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let rel = url.path.hasPrefix(base.path + "/") ? String(url.path.dropFirst(base.path.count + 1)) : url.lastPathComponent
                let display = path.hasSuffix("/") ? path + rel : path + "/" + rel
                found.append((url, display))
            }
            out += found.sorted { $0.1 < $1.1 }
        }
        return out
    }
}

/// Result slots written once each from concurrent iterations.
private final class Slots: @unchecked Sendable {
    private var slots: [Submission?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ s: Submission) { lock.lock(); slots[i] = s; lock.unlock() }
    var values: [Submission] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}
