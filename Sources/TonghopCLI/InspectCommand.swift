import ArgumentParser
import DocumentModel
import Foundation
import OOXML

/// `tonghop inspect FILE`: what the reader sees in one file.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Shows what the reader sees in a DOCX or XLSX file (or why it refuses it).",
        discussion: """
            Exit codes: 0 read; 1 the reader refuses the file (the reason is printed); 2 no such file, a folder, or no permission. \
            --format json follows docs/schemas/inspect.schema.json.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The file to read.")
    var file: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        try runReportingProblems(work)
    }

    private func work() throws {
        try PathCheck.readableFile(file, what: "inspect")
        let url = URL(fileURLWithPath: file)
        let document: Document
        do {
            document = try DocumentReader().read(contentsOf: url)
        } catch {
            switch format {
            case .json:
                print(String(decoding: InspectJSON.refusal(error, file: url.lastPathComponent), as: UTF8.self))
            case .text:
                print("REFUSED \(url.lastPathComponent)")
                print("  kind: \(error.kind.rawValue)")
                print("  lý do: \(error.message)")
                if let part = error.part { print("  part: \(part)") }
                if let detail = error.detail { print("  detail: \(detail)") }
            }
            throw ExitCode(ExitStatus.fileRefused)
        }
        switch format {
        case .json:
            print(String(decoding: InspectJSON.document(document, file: url.lastPathComponent), as: UTF8.self))
        case .text:
            print(InspectText.render(document, fileName: url.lastPathComponent))
        }
    }
}

enum InspectText {
    static func render(_ d: Document, fileName: String) -> String {
        var out: [String] = []
        out.append("\(fileName) [\(d.kind.rawValue)]")
        let p = d.properties
        let props: [(String, String?)] = [
            ("title", p.title), ("subject", p.subject), ("creator", p.creator), ("lastModifiedBy", p.lastModifiedBy),
            ("created", p.created), ("modified", p.modified), ("application", p.application), ("company", p.company),
        ]
        for (k, v) in props { if let v { out.append("  \(k): \(v)") } }
        if !d.body.isEmpty {
            out.append("BODY")
            blocks(d.body, indent: "  ", into: &out)
        }
        for sheet in d.sheets {
            out.append("SHEET \"\(sheet.name)\" (\(sheet.visibility.rawValue), \(sheet.part), \(sheet.rows.count) rows)")
            if !sheet.merges.isEmpty {
                out.append("  merges: " + sheet.merges.map { "\($0.first):\($0.last)" }.joined(separator: " "))
            }
            for row in sheet.rows {
                let cells = row.cells.map { c -> String in
                    let ref = CellReference(row: row.index, column: c.column)
                    var v: String
                    switch c.value {
                    case .text(let s): v = "\"\(s)\""
                    case .date(let dt): v = "date \(dt.isoText)"
                    default: v = c.value.displayText
                    }
                    if c.hasFormula { v += " (f)" }
                    return "\(ref)=\(v)"
                }
                out.append("  \(row.index)\(row.isHidden ? " hidden" : ""): " + cells.joined(separator: " | "))
            }
            for box in sheet.textBoxes {
                out.append("  TEXT BOX at \(box.anchor)")
                for p in box.paragraphs { out.append("    ¶ \(p.text)" + (p.isBold ? " (bold)" : "") + "  (\(p.location))") }
            }
        }
        for part in d.furniture {
            out.append("\(part.role.rawValue.uppercased()) \(part.name)")
            blocks(part.blocks, indent: "  ", into: &out)
        }
        if !d.comments.isEmpty {
            out.append("COMMENTS")
            for c in d.comments { out.append("  [\(c.id)] \(c.author ?? "?"): \(c.text)") }
        }
        if !d.diagnostics.isEmpty {
            out.append("DIAGNOSTICS")
            for g in d.diagnostics {
                out.append("  \(g.severity.rawValue) \(g.code): \(g.message)" + (g.location.map { " @ \($0)" } ?? ""))
            }
        }
        return out.joined(separator: "\n")
    }

    static func blocks(_ blocks: [Block], indent: String, into out: inout [String]) {
        for b in blocks {
            switch b {
            case .paragraph(let p):
                var tags: [String] = []
                if let id = p.style.id { tags.append(p.style.name.map { "\(id)/\($0)" } ?? id) }
                if let h = p.style.headingLevel { tags.append("H\(h)") }
                if let l = p.list { tags.append("list \(l.numberingId).\(l.level) \(l.format)" + (l.label.map { " \"\($0)\"" } ?? "")) }
                if p.isBold { tags.append("bold") }
                if p.isItalic { tags.append("italic") }
                if let a = p.alignment { tags.append(a.rawValue) }
                let label = p.list?.label.map { $0 + " " } ?? ""
                out.append("\(indent)¶ \(label)\(p.text.replacingOccurrences(of: "\n", with: "⏎"))")
                out.append("\(indent)    (\(p.location)\(tags.isEmpty ? "" : "; " + tags.joined(separator: ", ")))")
            case .table(let t):
                out.append("\(indent)TABLE \(t.rows.count)×\(t.columnCount) (\(t.location))")
                for (ri, row) in t.rows.enumerated() {
                    let cells = row.cells.map { c -> String in
                        var s = "[\(c.column + 1)"
                        if c.columnSpan > 1 { s += " ↔\(c.columnSpan)" }
                        if c.rowSpan > 1 { s += " ↕\(c.rowSpan)" }
                        return s + "] " + c.text.replacingOccurrences(of: "\n", with: "⏎")
                    }
                    out.append("\(indent)  row \(ri + 1)\(row.isHeader ? " (header)" : ""): " + cells.joined(separator: " | "))
                    for c in row.cells {
                        for case .table(let nested) in c.blocks {
                            Self.blocks([.table(nested)], indent: indent + "      ", into: &out)
                        }
                    }
                }
            }
        }
    }
}
