import DocumentModel
import VietText

/// A small Markdown → `Document` converter, enough for plans kept as Markdown (pandoc's
/// output of the DOCX): ATX headings, paragraphs, "- " bullets, bold/italic markers,
/// thematic breaks, `<sup>n</sup>` footnote markers and hard line breaks. It produces what
/// the DOCX reader produces for the same text, so that one importer serves both.
public enum MarkdownDocument {
    /// Superscript digits used for `<sup>n</sup>` footnote markers in paragraph text.
    static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    public static func parse(_ markdown: String, part: String = "document.md") -> Document {
        var body: [Block] = []
        var pending: [String] = []
        var pendingBreaks: [Bool] = []
        var index = 0

        func flush(heading: Int? = nil, list: ListItem? = nil) {
            guard !pending.isEmpty else { return }
            var joined = ""
            for (i, line) in pending.enumerated() {
                if i > 0 { joined += pendingBreaks[i - 1] ? "\n" : " " }
                joined += line.trimmingSpaces()
            }
            pending = []
            pendingBreaks = []
            let (text, bold) = inline(joined)
            guard !VietText.collapseWhitespace(text).isEmpty else { return }
            index += 1
            var style = ParagraphStyle()
            if let heading { style = ParagraphStyle(id: "Heading\(heading)", name: "heading \(heading)", headingLevel: heading) }
            body.append(.paragraph(Paragraph(
                text: VietText.nfc(text), style: style, list: list, isBold: bold, location: .paragraph(part: part, index: index))))
        }

        var listItem: ListItem? = nil
        // Whether the previous line ended in a Markdown hard break (two spaces).
        var lastHardBreak = false
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            let hardBreak = line.hasSuffix("  ")
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                flush(list: listItem); listItem = nil
                continue
            }
            if trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" }) && trimmed.count >= 3 {
                flush(list: listItem); listItem = nil
                continue
            }
            if trimmed.hasPrefix("#") {
                let level = trimmed.prefix(while: { $0 == "#" }).count
                let rest = trimmed.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    flush(list: listItem); listItem = nil
                    pending = [String(rest)]
                    pendingBreaks = []
                    flush(heading: level)
                    continue
                }
            }
            if trimmed.hasPrefix("- ") || trimmed.hasPrefix("+ ") || (trimmed.hasPrefix("* ") && !trimmed.hasPrefix("**")) {
                flush(list: listItem)
                listItem = ListItem(numberingId: 1, level: 0, format: "bullet", label: "-")
                pending = [String(trimmed.dropFirst(2))]
                pendingBreaks = []
                continue
            }
            if !pending.isEmpty { pendingBreaks.append(lastHardBreak) }
            pending.append(trimmed)
            lastHardBreak = hardBreak
        }
        flush(list: listItem)
        return Document(kind: .wordprocessing, properties: DocumentProperties(), body: body)
    }

    /// Removes emphasis markers; `<sup>n</sup>` becomes superscript digits. Returns the text
    /// and whether all of it was bold.
    static func inline(_ s: String) -> (String, Bool) {
        let t = s.trimmingSpaces()
        let bold = t.hasPrefix("**") && t.hasSuffix("**") && t.count > 4
        var out = ""
        var rest = Substring(t)
        while !rest.isEmpty {
            if rest.hasPrefix("<sup>"), let end = rest.firstRange(of: "</sup>") {
                let inner = rest[rest.index(rest.startIndex, offsetBy: 5)..<end.lowerBound]
                if !inner.isEmpty, inner.allSatisfy({ $0.isASCII && $0.isNumber }) {
                    for d in inner { out.append(superscriptDigits[Int(String(d))!]) }
                } else {
                    out += inner
                }
                rest = rest[end.upperBound...]
                continue
            }
            let ch = rest.removeFirst()
            if ch == "*" { continue }
            if ch == "\\", let next = rest.first, "*_#-<>[]()".contains(next) { out.append(rest.removeFirst()); continue }
            out.append(ch)
        }
        return (out, bold)
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}
