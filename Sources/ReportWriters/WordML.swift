import OOXML

// A small WordprocessingML builder: paragraphs, runs, tables and section properties written
// as strings, with child elements in the order ECMA-376 requires (pPr: pStyle, keepNext,
// pageBreakBefore, pBdr, tabs, spacing, ind, jc, rPr, sectPr; rPr: rFonts, b, i, sz, szCs).

struct Run {
    var text: String
    var bold = false
    var italic = false
    /// Half-points; nil = the paragraph style's size.
    var size: Int? = nil

    init(_ text: String, bold: Bool = false, italic: Bool = false, size: Int? = nil) {
        self.text = text; self.bold = bold; self.italic = italic; self.size = size
    }

    var xml: String {
        var rPr = ""
        if bold { rPr += "<w:b/><w:bCs/>" }
        if italic { rPr += "<w:i/><w:iCs/>" }
        if let size { rPr += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        let props = rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>"
        // Tabs and line breaks become their own elements.
        var body = ""
        var chunk = ""
        func flush() {
            if !chunk.isEmpty { body += "<w:t xml:space=\"preserve\">\(XMLEscaping.escape(chunk))</w:t>"; chunk = "" }
        }
        for c in text {
            switch c {
            case "\t": flush(); body += "<w:tab/>"
            case "\n": flush(); body += "<w:br/>"
            default: chunk.append(c)
            }
        }
        flush()
        return "<w:r>\(props)\(body)</w:r>"
    }
}

enum Align: String { case left, center, right, both }

struct Para {
    var runs: [Run]
    var style: String? = nil
    var align: Align? = nil
    /// Twips.
    var firstLine: Int? = nil
    var left: Int? = nil
    var right: Int? = nil
    var hanging: Int? = nil
    var before: Int? = nil
    var after: Int? = nil
    /// Line spacing in 240ths (240 = single).
    var line: Int? = nil
    var keepNext = false
    var pageBreakBefore = false
    var topRule = false
    var tabs: [Int] = []
    var sectPr: String? = nil
    /// Size of the paragraph mark (half-points), for rule-only paragraphs.
    var markSize: Int? = nil

    init(_ runs: [Run], style: String? = nil, align: Align? = nil) {
        self.runs = runs; self.style = style; self.align = align
    }

    init(_ text: String, style: String? = nil, align: Align? = nil, bold: Bool = false, italic: Bool = false, size: Int? = nil) {
        self.init([Run(text, bold: bold, italic: italic, size: size)], style: style, align: align)
    }

    var xml: String {
        var p = ""
        if let style { p += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { p += "<w:keepNext/>" }
        if pageBreakBefore { p += "<w:pageBreakBefore/>" }
        if topRule { p += "<w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>" }
        if !tabs.isEmpty { p += "<w:tabs>" + tabs.map { "<w:tab w:val=\"left\" w:pos=\"\($0)\"/>" }.joined() + "</w:tabs>" }
        if before != nil || after != nil || line != nil {
            p += "<w:spacing"
            if let before { p += " w:before=\"\(before)\"" }
            if let after { p += " w:after=\"\(after)\"" }
            if let line { p += " w:line=\"\(line)\" w:lineRule=\"auto\"" }
            p += "/>"
        }
        if firstLine != nil || left != nil || right != nil || hanging != nil {
            p += "<w:ind"
            if let left { p += " w:left=\"\(left)\"" }
            if let right { p += " w:right=\"\(right)\"" }
            if let hanging { p += " w:hanging=\"\(hanging)\"" } else if let firstLine { p += " w:firstLine=\"\(firstLine)\"" }
            p += "/>"
        }
        if let align { p += "<w:jc w:val=\"\(align.rawValue)\"/>" }
        if let markSize { p += "<w:rPr><w:sz w:val=\"\(markSize)\"/><w:szCs w:val=\"\(markSize)\"/></w:rPr>" }
        if let sectPr { p += sectPr }
        let props = p.isEmpty ? "" : "<w:pPr>\(p)</w:pPr>"
        return "<w:p>\(props)\(runs.map(\.xml).joined())</w:p>"
    }
}

struct Cell {
    var paragraphs: [Para]
    var width: Int
    var span: Int = 1
    var shaded = false
    var vCenter = true
}

struct TableSpec {
    var widths: [Int]
    var rows: [[Cell]]
    /// Rows repeated at the top of each page.
    var headerRows = 0
    var borders = true
    /// Twips; negative pulls the table into the left margin.
    var indent = 0
    /// Left and right cell margins, twips.
    var cellMargin = 85
    /// Data rows may break across pages (appendix tables); header rows never do.
    var splitRows = false

    var xml: String {
        var x = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        if indent != 0 { x += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" }
        let edge = borders ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\""
        x += "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(edge)/>" }.joined() + "</w:tblBorders>"
        x += "<w:tblLayout w:type=\"fixed\"/>"
        x += "<w:tblCellMar><w:left w:w=\"\(cellMargin)\" w:type=\"dxa\"/><w:right w:w=\"\(cellMargin)\" w:type=\"dxa\"/></w:tblCellMar>"
        x += "<w:tblLook w:val=\"0000\" w:firstRow=\"0\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
        x += "</w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (i, row) in rows.enumerated() {
            x += "<w:tr>"
            // A data row may break across pages when the table allows it (a tall row left whole
            // leaves half a page empty before it).
            x += i < headerRows ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : (splitRows ? "" : "<w:trPr><w:cantSplit/></w:trPr>")
            for c in row {
                x += "<w:tc><w:tcPr><w:tcW w:w=\"\(c.width)\" w:type=\"dxa\"/>"
                if c.span > 1 { x += "<w:gridSpan w:val=\"\(c.span)\"/>" }
                if c.shaded { x += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" }
                if c.vCenter { x += "<w:vAlign w:val=\"center\"/>" }
                x += "</w:tcPr>"
                x += (c.paragraphs.isEmpty ? [Para("")] : c.paragraphs).map(\.xml).joined()
                x += "</w:tc>"
            }
            x += "</w:tr>"
        }
        return x + "</w:tbl>"
    }
}

/// Page geometry in twips (1 mm ≈ 56,7 twips).
struct PageSetup {
    var width = 11906, height = 16838
    // Nghị định 30's margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (the
    // body's 4–6 pages at their narrowest allowed: top 20, right 15).
    var top = 1134, bottom = 1134, left = 1701, right = 851
    var header = 567, footer = 567
    var landscape = false

    static let portrait = PageSetup()
    /// The appendices: landscape keeps Nghị định 30's minimum margins (left 30 mm, right 15 mm;
    /// REVIEW26 §4: 20 mm on every side put the left margin below the minimum).
    static let landscapeA4 = PageSetup(width: 16838, height: 11906, top: 1134, bottom: 1134, left: 1701, right: 851, landscape: true)

    var textWidth: Int { width - left - right }

    /// sectPr children in schema order: headerReference, type, pgSz, pgMar, pgNumType, cols, titlePg, docGrid.
    func sectPr(defaultHeader: String, firstHeader: String?, titlePage: Bool, restartNumbering: Bool = false) -> String {
        var x = "<w:sectPr>"
        x += "<w:headerReference w:type=\"default\" r:id=\"\(defaultHeader)\"/>"
        if let firstHeader { x += "<w:headerReference w:type=\"first\" r:id=\"\(firstHeader)\"/>" }
        x += "<w:type w:val=\"nextPage\"/>"
        x += "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"" + (landscape ? " w:orient=\"landscape\"" : "") + "/>"
        x += "<w:pgMar w:top=\"\(top)\" w:right=\"\(right)\" w:bottom=\"\(bottom)\" w:left=\"\(left)\" w:header=\"\(header)\" w:footer=\"\(footer)\" w:gutter=\"0\"/>"
        if restartNumbering { x += "<w:pgNumType w:start=\"1\"/>" }
        x += "<w:cols w:space=\"720\"/>"
        if titlePage { x += "<w:titlePg/>" }
        x += "<w:docGrid w:linePitch=\"360\"/>"
        return x + "</w:sectPr>"
    }
}
