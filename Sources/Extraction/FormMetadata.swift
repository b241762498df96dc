import DocumentModel
import Foundation
import Plan
import VietText

/// What identifies a form tonghop sent to a unit, kept in the form itself on a very hidden
/// sheet (`_tonghop`): the pipeline and its version, the unit, the form version, the status
/// list, and where every input cell is with the label that must stand beside it; closed by a
/// SHA-256 over all of it. The writer (`Forms`) and the reader (`FormRecogniser`) share this
/// type, so that what is written is exactly what is read back.
///
/// The digest makes the metadata tamper-evident, not forgery-proof: anyone with the file and
/// this code can recompute it. It catches hand edits and damaged copies; a form whose
/// metadata does not match its digest is read as free text, with a finding.
public struct FormMetadata: Sendable, Equatable {
    public static let sheetName = "_tonghop"
    /// The first cell of the metadata sheet.
    public static let magic = "tonghop-form"
    /// The layout of this metadata (not of the form).
    public static let metadataVersion = 1

    public enum FieldKind: String, Sendable, CaseIterable {
        case unitName, number, date, status, indicator, result, difficulty, proposal
    }

    /// An input cell and the label that must stand at `labelRef` for the form to be intact.
    public struct Field: Sendable, Equatable {
        public var ref: String
        public var kind: FieldKind
        public var task: String
        public var indicator: String
        /// "count" or "money" for indicators; "" otherwise.
        public var valueKind: String
        public var labelRef: String
        public var label: String

        public init(ref: String, kind: FieldKind, task: String = "", indicator: String = "", valueKind: String = "", labelRef: String, label: String) {
            self.ref = ref; self.kind = kind; self.task = task; self.indicator = indicator
            self.valueKind = valueKind; self.labelRef = labelRef; self.label = label
        }
    }

    public var formVersion: Int
    public var pipeline: String
    /// A digest of what the form asks (catalogue and form spec), so that a form of last year's
    /// plan is told from this year's.
    public var pipelineVersion: String
    public var unitID: String
    public var unitName: String
    /// The visible sheet holding the form.
    public var formSheet: String
    /// The drop-down: contract status → label.
    public var statuses: [StatusOption]
    public var fields: [Field]

    public struct StatusOption: Sendable, Equatable {
        public var status: String
        public var label: String
        public init(status: String, label: String) { self.status = status; self.label = label }
    }

    public init(formVersion: Int, pipeline: String, pipelineVersion: String, unitID: String, unitName: String,
                formSheet: String, statuses: [StatusOption], fields: [Field]) {
        self.formVersion = formVersion; self.pipeline = pipeline; self.pipelineVersion = pipelineVersion
        self.unitID = unitID; self.unitName = unitName; self.formSheet = formSheet
        self.statuses = statuses; self.fields = fields
    }

    /// The rows of the metadata sheet, the digest row last.
    public var rows: [[String]] {
        let body = canonicalRows
        return body + [["sha256", digest(of: body)]]
    }

    var canonicalRows: [[String]] {
        var out: [[String]] = [
            [FormMetadata.magic, String(FormMetadata.metadataVersion)],
            ["formVersion", String(formVersion)],
            ["pipeline", pipeline, pipelineVersion],
            ["unit", unitID, unitName],
            ["sheet", formSheet],
        ]
        for s in statuses { out.append(["status", s.status, s.label]) }
        for f in fields { out.append(["field", f.ref, f.kind.rawValue, f.task, f.indicator, f.valueKind, f.labelRef, f.label]) }
        return out
    }

    func digest(of rows: [[String]]) -> String {
        let text = rows.map { $0.map { VietText.nfc($0) }.joined(separator: "\t") }.joined(separator: "\n")
        return SHA256Digest.hex(of: Data(text.utf8))
    }

    public var digest: String { digest(of: canonicalRows) }

    /// What reading a metadata sheet found.
    public enum Reading: Sendable, Equatable {
        /// No metadata sheet: not a tonghop form.
        case none
        /// Metadata whose digest does not match, or that does not parse: `reason` says which.
        case damaged(reason: String)
        case intact(FormMetadata)
    }

    /// Reads the metadata sheet of a workbook (whatever its visibility: a copy re-saved by
    /// another program may have made it only hidden).
    public static func read(_ document: Document) -> Reading {
        guard let sheet = document.sheets.first(where: { $0.name == sheetName }) else { return .none }
        var rows: [[String]] = []
        for r in sheet.rows {
            var cells: [String] = []
            for c in r.cells {
                while cells.count < c.column - 1 { cells.append("") }
                cells.append(c.value.displayText)
            }
            rows.append(cells)
        }
        func cell(_ row: [String], _ i: Int) -> String { i < row.count ? row[i] : "" }
        guard let first = rows.first, cell(first, 0) == magic else { return .damaged(reason: "ô A1 của trang \(sheetName) không phải “\(magic)”") }
        guard cell(first, 1) == String(metadataVersion) else { return .damaged(reason: "phiên bản siêu dữ liệu \(cell(first, 1)) không được hỗ trợ") }
        var m = FormMetadata(formVersion: 0, pipeline: "", pipelineVersion: "", unitID: "", unitName: "", formSheet: "", statuses: [], fields: [])
        var stated: String? = nil
        for row in rows.dropFirst() {
            switch cell(row, 0) {
            case "formVersion": m.formVersion = Int(cell(row, 1)) ?? 0
            case "pipeline": m.pipeline = cell(row, 1); m.pipelineVersion = cell(row, 2)
            case "unit": m.unitID = cell(row, 1); m.unitName = cell(row, 2)
            case "sheet": m.formSheet = cell(row, 1)
            case "status": m.statuses.append(StatusOption(status: cell(row, 1), label: cell(row, 2)))
            case "field":
                guard let kind = FieldKind(rawValue: cell(row, 2)) else { return .damaged(reason: "loại ô “\(cell(row, 2))” không rõ") }
                m.fields.append(Field(ref: cell(row, 1), kind: kind, task: cell(row, 3), indicator: cell(row, 4), valueKind: cell(row, 5),
                                      labelRef: cell(row, 6), label: cell(row, 7)))
            case "sha256": stated = cell(row, 1)
            case "": continue
            default: return .damaged(reason: "dòng “\(cell(row, 0))” không rõ")
            }
        }
        guard let stated else { return .damaged(reason: "thiếu mã kiểm tra sha256") }
        guard stated == m.digest else { return .damaged(reason: "mã kiểm tra sha256 không khớp: siêu dữ liệu đã bị sửa") }
        return .intact(m)
    }
}
