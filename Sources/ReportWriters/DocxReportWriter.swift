import Consolidation
import Foundation
import OOXML
import Plan
import VietText

/// The consolidated report as a Word document in the form of Nghị định 30/2020/NĐ-CP
/// (Phụ lục I): A4, Times New Roman 14, the two-column header block, number and date line,
/// "BÁO CÁO" with its trích yếu, "Kính gửi:", body sections I–IV, the signature block and
/// "Nơi nhận:", then the appendices each in its own landscape section. Page numbers are
/// centred in the top margin from page 2.
public struct DocxReportWriter: Sendable {
    public init() {}

    public func write(_ report: ConsolidatedReport, definition: ReportDefinition, to url: URL) throws {
        try writePackage(parts(VietnameseRenderer(report, definition: definition)), to: url)
    }

    /// Every part of the package, in the order written.
    public func parts(_ v: VietnameseRenderer) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", rootRels),
            ("docProps/core.xml", core(v)),
            ("docProps/app.xml", app),
            ("word/document.xml", document(v)),
            ("word/_rels/document.xml.rels", documentRels),
            ("word/styles.xml", styles),
            ("word/settings.xml", settings),
            ("word/fontTable.xml", fontTable),
            ("word/header1.xml", pageNumberHeader),
            ("word/header2.xml", emptyHeader),
        ]
    }

    // MARK: - Document body

    static let body = 28      // 14 pt
    static let small = 26     // 13 pt
    static let table = 22     // 11 pt

    func bodyPara(_ text: String) -> Para {
        var p = Para(text, style: "BodyText")
        p.align = .both
        return p
    }

    func heading(_ text: String, keep: Bool = true) -> Para {
        var p = Para(text, style: "BodyText", bold: true)
        p.keepNext = keep
        return p
    }

    /// Width in twips of a line of text in Times New Roman: an estimate from the character
    /// count (upper-case bold letters are wider), for sizing the rules under the header lines.
    /// The header table's inner cell margin, twips (0,05 cm).
    static let headerCellMargin = 28

    static func textWidth(_ text: String, halfPoints: Int, upperBold: Bool) -> Int {
        let em = Double(halfPoints) / 2 * 20
        let factor = upperBold ? 0.68 : 0.46
        return Int(Double(text.count) * em * factor)
    }

    func document(_ v: VietnameseRenderer) -> String {
        var x: [String] = []
        let page = PageSetup.portrait

        // Header block: a borderless two-column table.
        // The two columns of the 17,5 cm header, split so that the issuing body's name in bold
        // capitals and the place-and-date line each fit their column with room on both sides
        // (in LibreOffice's Times New Roman, 12 pt and 13 pt italic); the borderless cells keep
        // only a thin inner margin (`headerCellMargin`).
        let leftW = 4040, rightW = 5883
        func centered(_ text: String, bold: Bool = false, italic: Bool = false, size: Int = DocxReportWriter.small) -> Para {
            DocxReportWriter.headerLine(text, bold: bold, italic: italic, size: size)
        }
        func rule(cellWidth: Int, ruleWidth: Int) -> Para { DocxReportWriter.headerRule(cellWidth: cellWidth, ruleWidth: ruleWidth) }
        let issuer = v.issuerLines.last ?? ""
        let motto = v.definition.wording("header.motto")
        var leftTop = v.parentLines.map { centered($0, size: 24) }
        leftTop += v.issuerLines.map { centered($0, bold: true, size: 24) }
        leftTop.append(rule(cellWidth: leftW, ruleWidth: DocxReportWriter.textWidth(issuer, halfPoints: 24, upperBold: true) * 2 / 5))
        let rightTop = [
            centered(v.definition.wording("header.nation"), bold: true, size: 24),
            centered(motto, bold: true),
            rule(cellWidth: rightW, ruleWidth: DocxReportWriter.textWidth(motto, halfPoints: DocxReportWriter.small, upperBold: false)),
        ]
        var numberPara = centered(v.numberLine); numberPara.before = 120
        var datePara = centered(v.placeDate, italic: true); datePara.before = 120
        let headerTable = TableSpec(
            widths: [leftW, rightW],
            rows: [
                [Cell(paragraphs: leftTop, width: leftW, vCenter: false), Cell(paragraphs: rightTop, width: rightW, vCenter: false)],
                [Cell(paragraphs: [numberPara], width: leftW), Cell(paragraphs: [datePara], width: rightW)],
            ],
            borders: false, indent: -426, cellMargin: DocxReportWriter.headerCellMargin)
        x.append(headerTable.xml)

        // BÁO CÁO and the trích yếu.
        var title = Para(v.title, align: .center, bold: true); title.before = 240; title.after = 0
        x.append(title.xml)
        var subject = Para(v.subject, align: .center, bold: true); subject.after = 0
        x.append(subject.xml)
        x.append(rule(cellWidth: page.textWidth, ruleWidth: 2200).xml)

        // Kính gửi.
        let recipients = v.report.issuer.recipients
        if recipients.count == 1 {
            var p = Para(v.recipientsLabel + " " + recipients[0] + ".", align: .center); p.before = 180
            x.append(p.xml)
        } else if !recipients.isEmpty {
            for (i, rec) in recipients.enumerated() {
                let end = i == recipients.count - 1 ? "." : ";"
                var p = Para(i == 0 ? "\(v.recipientsLabel)\t- \(rec)\(end)" : "- \(rec)\(end)")
                p.left = 2835; p.hanging = i == 0 ? 1275 : nil; p.tabs = [2835]
                p.before = i == 0 ? 180 : 0; p.after = i == recipients.count - 1 ? 180 : 0
                x.append(p.xml)
            }
        }

        // Body.
        let blocks = v.body()
        for (i, b) in blocks.enumerated() {
            var p: Para
            switch b {
            case .section(let t): p = heading(t)
            case .item(let t): p = heading(t)
            case .paragraph(let t): p = bodyPara(t)
            case .dash(let t): p = bodyPara("- " + t)
            }
            // The closing paragraph stays with the signature block, and the paragraph before it
            // with the closing (the signature page carries body text, not just the formula);
            // an introduction ("… như sau:") stays with what it introduces.
            if i >= blocks.count - 2 || b.text.hasSuffix(":") { p.keepNext = true }
            x.append(p.xml)
        }

        // Signature block and Nơi nhận, kept together with the paragraph before.
        var nn = Para(v.copiesLabel, bold: true, italic: true, size: 24); nn.after = 0; nn.line = 240; nn.keepNext = true
        var left = [nn]
        for c in v.copies {
            // A wrapped recipient lines up after its dash (REVIEW12 #33).
            var p = Para("- \(c)", size: 22); p.after = 0; p.line = 240; p.keepNext = true; p.left = 113; p.hanging = 113
            left.append(p)
        }
        var right: [Para] = []
        let s = v.report.signer
        if let a = s.authority { right.append(centered(a, bold: true, size: DocxReportWriter.body)) }
        right.append(centered(s.title, bold: true, size: DocxReportWriter.body))
        for _ in 0..<max(1, v.definition.rules.signatureLines) { right.append(centered("", size: DocxReportWriter.body)) }
        right.append(centered(s.name, bold: true, size: DocxReportWriter.body))
        for i in right.indices { right[i].keepNext = true }
        let sig = TableSpec(widths: [4536, 4535], rows: [[Cell(paragraphs: left, width: 4536, vCenter: false), Cell(paragraphs: right, width: 4535, vCenter: false)]], borders: false)
        var gap = Para(""); gap.after = 0; gap.keepNext = true
        x.append(gap.xml)
        x.append(sig.xml)

        // End of the portrait section (first page without number: titlePg + empty first header).
        // Its mark 1 pt high: a signature block ending at the foot of a page leaves no blank
        // page after it.
        var end = Para([]); end.after = 0; end.before = 0; end.markSize = 2
        end.sectPr = page.sectPr(defaultHeader: "rIdHeader1", firstHeader: "rIdHeader2", titlePage: true)
        x.append(end.xml)

        // Appendices, each a landscape section numbered on its own from 1.
        let appendices = AppendixTables.all(v)
        let land = PageSetup.landscapeA4
        for (i, a) in appendices.enumerated() {
            var no = Para(v.definition.wording("appendix.number", ["roman": AppendixTables.roman(i + 1)]), align: .center, bold: true); no.after = 0
            x.append(no.xml)
            var t = Para(a.title.uppercased(), align: .center, bold: true); t.after = 0
            x.append(t.xml)
            var sub = Para(v.appendixOf, align: .center, italic: true)
            sub.after = 200
            x.append(sub.xml)
            x.append(docxTable(a, width: land.textWidth).xml)
            for note in a.notes {
                var n = Para(note, italic: true); n.after = 0
                x.append(n.xml)
            }
            if i < appendices.count - 1 {
                var close = Para([]); close.after = 0
                close.sectPr = land.sectPr(defaultHeader: "rIdHeader1", firstHeader: "rIdHeader2", titlePage: true, restartNumbering: true)
                x.append(close.xml)
            }
        }
        let finalSect = appendices.isEmpty
            ? page.sectPr(defaultHeader: "rIdHeader1", firstHeader: "rIdHeader2", titlePage: true)
            : land.sectPr(defaultHeader: "rIdHeader1", firstHeader: "rIdHeader2", titlePage: true, restartNumbering: true)

        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(x.joined())\(finalSect)</w:body></w:document>
        """
    }

    /// An appendix table with widths scaled to the text width; numbers right-aligned.
    func docxTable(_ a: AppendixTable, width: Int) -> TableSpec {
        let total = a.columns.map(\.weight).reduce(0, +)
        var widths = a.columns.map { $0.weight * width / total }
        widths[widths.count - 1] += width - widths.reduce(0, +)
        func cellPara(_ text: String, bold: Bool, align: Align) -> Para {
            var p = Para(text, align: align, bold: bold, size: DocxReportWriter.table)
            p.before = 20; p.after = 20; p.line = 240
            return p
        }
        var rows: [[Cell]] = []
        rows.append(a.columns.enumerated().map { i, c in
            Cell(paragraphs: [cellPara(c.title, bold: true, align: .center)], width: widths[i], shaded: true)
        })
        for row in a.rows {
            if row.heading, row.cells.count == 2 {
                let rest = widths.dropFirst().reduce(0, +)
                // A group's heading row stays with the row after it (REVIEW13 #18): never alone at
                // a page's foot.
                // A run of names (units that sent nothing) is plain text, not a heading.
                var label = cellPara(row.cells[0].display, bold: row.bold, align: .center), title = cellPara(row.cells[1].display, bold: row.bold, align: .left)
                label.keepNext = row.bold; title.keepNext = row.bold
                rows.append([Cell(paragraphs: [label], width: widths[0], shaded: row.bold),
                             Cell(paragraphs: [title], width: rest, span: widths.count - 1, shaded: row.bold)])
                continue
            }
            rows.append(row.cells.enumerated().map { i, v in
                let align: Align
                switch v {
                case .number, .money: align = .right
                case .text: align = a.columns[i].centered ? .center : .left
                }
                return Cell(paragraphs: [cellPara(v.display, bold: row.bold, align: align)], width: widths[i], shaded: row.bold)
            })
        }
        var table = TableSpec(widths: widths, rows: rows, headerRows: 1, borders: true)
        // A row is never split across pages (REVIEW20 §4: a date stranded on the next page);
        // the header row repeats on each.
        table.splitRows = false
        return table
    }

    // MARK: - Fixed parts

    var contentTypes: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """
    }

    var rootRels: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """
    }

    var documentRels: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdHeader2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>
        """
    }

    func core(_ v: VietnameseRenderer) -> String {
        let r = v.report
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>\(XMLEscaping.escape(v.title + " " + v.subject))</dc:title><dc:creator>\(XMLEscaping.escape(v.w("header.creator")))</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">\(r.asOf.description)T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">\(r.asOf.description)T00:00:00Z</dcterms:modified></cp:coreProperties>
        """
    }

    var app: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>tonghop</Application></Properties>
        """
    }

    var styles: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyText"><w:name w:val="Than van ban"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr></w:style><w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>
        """
    }

    var settings: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """
    }

    var fontTable: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>
        """
    }

    /// Page number, centred, 14 pt, as a PAGE field.
    var pageNumberHeader: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>
        """
    }

    var emptyHeader: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>
        """
    }
}

extension DocxReportWriter {
    /// A centred line of the Nghị định 30 header block (issuing body, motto, number, date).
    static func headerLine(_ text: String, bold: Bool = false, italic: Bool = false, size: Int = DocxReportWriter.small) -> Para {
        var p = Para(text, align: .center, bold: bold, italic: italic, size: size)
        p.after = 0; p.line = 240
        return p
    }

    /// A solid rule centred under a header line, clear of its letters (Nghị định 30: under the
    /// issuing body ⅓–½ of its width, under the motto as long as the motto).
    static func headerRule(cellWidth: Int, ruleWidth: Int, before: Int = 60) -> Para {
        var p = Para([], align: .center)
        let side = max(0, (cellWidth - 170 - ruleWidth) / 2)
        p.left = side; p.right = side; p.topRule = true; p.before = before; p.after = 0; p.line = 240; p.markSize = 8
        return p
    }
}
