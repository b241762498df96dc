import DocumentModel
import Foundation
import Testing
import AmplificationShapes
@testable import OOXML

@Suite struct XlsxTests {
    typealias F = Fixtures

    static let styles = #"""
    <numFmts count="4"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0&quot; đ&quot;;[Red]-#,##0"/><numFmt numFmtId="166" formatCode="[h]:mm"/><numFmt numFmtId="167" formatCode="[$-409]#,##0.00;&quot;day&quot;"/></numFmts>
    <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="167"/></cellXfs>
    """#

    @Test func cellTypes() throws {
        let data = #"""
        <dimension ref="A1"/><sheetData>
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>nội tuyến</t></is></c><c r="C1"><v>1250</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c></row>
        <row r="3" hidden="1"><c r="A3"><f>SUM(C1:C2)</f><v>42.5</v></c><c r="B3" t="str"><f>A1&amp;""</f><v>chuỗi công thức</v></c><c r="C3" t="s"><v>1</v></c></row>
        <row><c><v>1</v></c><c><v>2</v></c><c r="E4"><v>5</v></c></row>
        </sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>
        """#
        let sst = #"<si><t>Tổng cộng</t></si><si><r><rPr><b/></rPr><t>Gi</t></r><r><t>àu</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>"#
        let doc = try F.read(F.xlsx(sheets: [("Biểu 1", nil, data)], sstXML: sst), name: "t.xlsx")
        let sheet = try #require(doc.sheets.first)
        #expect(sheet.rows.map(\.index) == [1, 3, 4])
        #expect(sheet.rows[0].cells.map(\.value) == [.text("Tổng cộng"), .text("nội tuyến"), .number(1250), .bool(true), .error("#DIV/0!")])
        #expect(sheet.rows[1].isHidden)
        #expect(sheet.rows[1].cells[0] == SheetCell(column: 1, value: .number(42.5), hasFormula: true))
        #expect(sheet.rows[1].cells[1].value == .text("chuỗi công thức"))
        #expect(sheet.rows[1].cells[2].value == .text("Giàu"))
        #expect(sheet.rows[2].cells.map(\.column) == [1, 2, 5])
        #expect(sheet.merges == [CellRange("A1:B2")!])
        #expect(sheet.value(row: 2, column: 2) == .text("Tổng cộng"))
    }

    /// Words typed after "=" that a program stored as a formula with no cached result ("=>
    /// Tình trạng: Đang làm (còn đợt cuối năm)", a status after an arrow) read as the words
    /// typed; a quoted string alone reads as the string. A real formula with no result stays
    /// no value.
    @Test func wordsStoredAsAFormulaReadAsTyped() throws {
        let data = #"""
        <sheetData><row r="1"><c r="A1"><f>&gt; Tình trạng: Đang làm (còn đợt cuối năm)</f><v></v></c><c r="B1" t="str"><f>"Đang làm"</f></c><c r="C1"><f>SUM(D1:D2)</f></c><c r="D1"><f>D2+D3</f></c></row></sheetData>
        """#
        let doc = try F.read(F.xlsx(sheets: [("TD", nil, data)]), name: "t.xlsx")
        let row = try #require(doc.sheets.first?.rows.first)
        #expect(row.cells.map(\.value) == [.text("=> Tình trạng: Đang làm (còn đợt cuối năm)"), .text("Đang làm")])
        #expect(row.cells.allSatisfy { $0.hasFormula })
    }

    /// Solid fills are kept per row by column, empty cells' too (a legend's swatch), as a key
    /// equal for equal colours; white, patterns and the automatic colour are no fill.
    @Test func cellFillsKeptAsColourKeys() throws {
        let styles = #"""
        <fills count="5"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor theme="5" tint="0.59"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/></patternFill></fill></fills>
        <cellXfs count="5"><xf numFmtId="0" fillId="0"/><xf numFmtId="0" fillId="1"/><xf numFmtId="0" fillId="2"/><xf numFmtId="0" fillId="3"/><xf numFmtId="0" fillId="4"/></cellXfs>
        """#
        let data = #"""
        <sheetData><row r="1"><c r="A1" s="2"/><c r="B1" t="inlineStr"><is><t>Xong</t></is></c></row>
        <row r="2"><c r="A2" s="3" t="inlineStr"><is><t>Việc hai</t></is></c><c r="B2" s="1"><v>3</v></c><c r="C2" s="4"><v>4</v></c><c r="D2" s="2"><v>5</v></c></row>
        <row r="3"><c r="A3" s="2"/></row></sheetData>
        """#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: styles), name: "t.xlsx")
        let rows = doc.sheets[0].rows
        #expect(rows.count == 2)  // a row of empty filled cells holds nothing
        #expect(rows[0].fills == [1: "rgb:00B050"])
        #expect(rows[1].fills == [1: "theme:5:0.59", 4: "rgb:00B050"])
    }

    /// The words a number format shows after the number ("#,##0\" mẫu\"") are kept with the
    /// cell: often its unit of measure. Money signs in brackets and plain formats show none.
    @Test func unitShownByTheNumberFormat() throws {
        #expect(NumberFormats.literalSuffix(#"#,##0" mẫu""#) == "mẫu")
        #expect(NumberFormats.literalSuffix(#"0\ "cơ sở";[Red]-0"#) == "cơ sở")
        #expect(NumberFormats.literalSuffix(#"[$-409]#,##0.00"#) == nil)
        #expect(NumberFormats.literalSuffix("0%") == nil)
        #expect(NumberFormats.literalSuffix(#"0" - ""#) == nil)
        let styles = #"""
        <numFmts count="1"><numFmt numFmtId="170" formatCode="#,##0&quot; lượt người&quot;"/></numFmts>
        <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="170"/></cellXfs>
        """#
        let data = #"<sheetData><row r="1"><c r="A1" s="1"><v>135</v></c><c r="B1"><v>7</v></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: styles), name: "t.xlsx")
        #expect(doc.sheets[0].rows[0].cells.map(\.formatText) == ["lượt người", nil])
    }

    /// A percentage format (built-in 9 and 10, or a code with "%" outside quotes) marks the
    /// cell as a percentage; a "%" in quoted text or in a later section does not.
    @Test func percentagesByNumberFormat() throws {
        #expect(NumberFormats.isPercentFormat("0.0%"))
        #expect(NumberFormats.isPercentFormat("#,##0.00%;[Red]-#,##0.00%"))
        #expect(!NumberFormats.isPercentFormat(#"0" %""#))
        #expect(!NumberFormats.isPercentFormat(#"0;"%""#))
        let styles = #"""
        <numFmts count="1"><numFmt numFmtId="171" formatCode="0.0%"/></numFmts>
        <cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="171"/><xf numFmtId="10"/></cellXfs>
        """#
        let data = #"<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" s="3"><v>1</v></c><c r="D1"><v>0.5</v></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: styles), name: "t.xlsx")
        #expect(doc.sheets[0].rows[0].cells.map(\.shownText) == ["50%", "12,5%", "100%", "0.5"])
    }

    @Test func datesByNumberFormatAndSystem() throws {
        let data = #"<sheetData><row r="1"><c r="A1" s="1"><v>46323</v></c><c r="B1" s="2"><v>46323</v></c><c r="C1" s="3"><v>46323</v></c><c r="D1" s="4"><v>1.5</v></c><c r="E1" s="5"><v>7</v></c><c r="F1" t="d"><v>2026-10-28T08:15:00</v></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: Self.styles), name: "t.xlsx")
        let cells = doc.sheets[0].rows[0].cells.map(\.value)
        #expect(cells[0] == .date(CellDate(serial: 46323, uses1904: false)))
        if case .date(let d) = cells[1] { #expect(d.isoText == "2026-10-28") } else { Issue.record("B1 not a date") }
        #expect(cells[2] == .number(46323))   // money format with a quoted "đ" and [Red]
        if case .date = cells[3] {} else { Issue.record("[h]:mm not a date") }
        #expect(cells[4] == .number(7))       // [$-409] and a quoted "day" are not date letters
        if case .date(let d) = cells[5] { #expect(d.isoText == "2026-10-28T08:15:00") } else { Issue.record("t=d not a date") }

        let d1904 = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: Self.styles, date1904: true), name: "t.xlsx")
        if case .date(let d) = d1904.sheets[0].rows[0].cells[0].value {
            #expect(d.uses1904)
            #expect(d.isoText == "2030-10-29")
        } else { Issue.record("1904 date") }
        if case .date(let d) = d1904.sheets[0].rows[0].cells[5].value { #expect(d.isoText == "2026-10-28T08:15:00") }
    }

    @Test func customDateFormatScanner() {
        for code in ["dd/mm/yyyy", "[$-42A]dd/mm/yyyy", "h:mm AM/PM", "[h]:mm:ss", "mmm-yy", "d\\-m", "[Blue]yyyy"] {
            #expect(NumberFormats.isDateFormat(code), "\(code)")
        }
        for code in ["General", "#,##0", "0.00E+00", "#,##0\" đồng\"", "[Red]#,##0", "\"ngày\" 0", "@", "#,##0_);(#,##0)", "[$-409]0.00"] {
            #expect(!NumberFormats.isDateFormat(code), "\(code)")
        }
    }

    @Test func hiddenSheetsAndEscapes() throws {
        let doc = try F.read(F.xlsx(sheets: [("Báo cáo", nil, #"<sheetData><row r="2"><c r="B2" t="s"><v>0</v></c></row></sheetData>"#),
                                             ("DanhMuc", "hidden", "<sheetData/>"), ("Ẩn", "veryHidden", "<sheetData/>")],
                                    sharedStrings: ["dòng 1_x000D_\ndòng 2"]), name: "t.xlsx")
        #expect(doc.sheets.map(\.visibility) == [.visible, .hidden, .veryHidden])
        #expect(doc.sheets.map(\.name) == ["Báo cáo", "DanhMuc", "Ẩn"])
        #expect(doc.sheets[0].rows[0].cells[0].value == .text("dòng 1\r\ndòng 2"))
    }

    @Test func cellLimitCountsAllSheets() throws {
        let data = #"<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData>"#
        let book = try F.xlsx(sheets: [("A", nil, data), ("B", nil, data)])
        var o = ReadOptions()
        o.maxSheetCells = 3
        #expect(F.refusal(book, name: "t.xlsx", options: o)?.kind == .tooLarge)
        o.maxSheetCells = 4
        #expect(F.refusal(book, name: "t.xlsx", options: o) == nil)
    }

    @Test func legacyFontCellsConverted() throws {
        let styles = #"<fonts count="2"><font><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/></cellXfs>"#
        let data = #"<sheetData><row r="1"><c r="A1" t="inlineStr" s="1"><is><t>B¸o c¸o</t></is></c><c r="B1" t="inlineStr" s="0"><is><t>B¸o</t></is></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: styles), name: "t.xlsx")
        #expect(doc.sheets[0].rows[0].cells.map(\.value) == [.text("Báo cáo"), .text("B¸o")])
        #expect(doc.diagnostics.map(\.code) == ["legacy-encoding"])
    }

    @Test func streamingRowsOneAtATime() throws {
        var rows = ""
        for r in 1...2000 { rows += "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r)</v></c><c r=\"B\(r)\" t=\"inlineStr\"><is><t>x\(r)</t></is></c></row>" }
        let data = try F.xlsx(sheets: [("S", nil, "<sheetData>\(rows)</sheetData>")])
        let reader = try SpreadsheetReader(data: data, fileName: "big.xlsx")
        var count = 0, sum = 0.0
        try reader.forEachRow(inSheet: 0) { row in
            count += 1
            if case .number(let n) = row.cells[0].value { sum += n }
        }
        #expect(count == 2000)
        #expect(sum == 2001000)
        #expect(reader.statistics.inflatedBytes > 0)
    }

    @Test func worldCalamineFiles() throws {
        guard let rich = F.world("calamine/tests__richtext-namespaced.xlsx"),
              let inline = F.world("calamine/tests__inlineStr_cdata.xlsx"),
              let x000d = F.world("calamine/tests__has_x000D_inline.xlsx"),
              let quoted = F.world("calamine/tests__date_quoted_format.xlsx"),
              let d1904 = F.world("calamine/tests__date_1904.xlsx") else { return }
        let r = try DocumentReader().read(contentsOf: rich)
        #expect(r.sheets[0].value(row: 1, column: 1) == .text("inline string\nLine 2\nLine 3"))
        #expect(r.sheets[0].value(row: 1, column: 8) == .text("shared string\nLine 2\nLine 3"))
        let i = try DocumentReader().read(contentsOf: inline)
        #expect(i.sheets[0].value(row: 1, column: 1) == .text("Hello CDATA"))
        let x = try DocumentReader().read(contentsOf: x000d)
        #expect(x.sheets[0].value(row: 1, column: 1) == .text("ABC\r\nDEF"))
        let q = try DocumentReader().read(contentsOf: quoted)
        #expect(q.sheets[0].rows.allSatisfy { if case .date = $0.cells[0].value { true } else { false } })
        let d = try DocumentReader().read(contentsOf: d1904)
        if case .date(let v) = d.sheets[0].value(row: 1, column: 1) {
            #expect(v.uses1904 && v.isoText == "2021-01-01")
        } else { Issue.record("1904 date") }
    }

    /// Without xml:space="preserve" the ends of a <t> are not content (calamine's whitespace_trim.xlsx).
    @Test func unpreservedWhitespaceIsTrimmed() throws {
        let sst = #"<si><t>  cắt hai đầu  </t></si><si><t xml:space="preserve">  giữ nguyên  </t></si><si><t> &#9;</t></si><si><r><t>a </t></r><r><t xml:space="preserve"> b</t></r></si>"#
        let data = #"<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="inlineStr"><is><t> </t></is></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], sstXML: sst), name: "t.xlsx")
        #expect(doc.sheets[0].rows[0].cells.map(\.value) == [.text("cắt hai đầu"), .text("  giữ nguyên  "), .text("a b")])
        #expect(doc.sheets[0].rows[0].cells.map(\.column) == [1, 2, 4])
    }

    /// t="d" with a time of day only is a fraction of a day (calamine's date_iso.xlsx).
    @Test func isoTimeOfDayAlone() throws {
        #expect(SpreadsheetReader.serial(iso: "10:10:10", uses1904: false) == 36_610.0 / 86_400)
        #expect(SpreadsheetReader.serial(iso: "00:00", uses1904: true) == 0)
        #expect(SpreadsheetReader.serial(iso: "2021-01-01T10:10:10", uses1904: false) == 44_197 + 36_610.0 / 86_400)
    }

    /// Serials no calendar holds stay numbers; odd ISO values stay text (never a trap).
    @Test func outOfRangeDatesAreNotDates() throws {
        let data = #"<sheetData><row r="1"><c r="A1" s="1"><v>1e300</v></c><c r="B1" s="1"><v>-1e300</v></c><c r="C1" s="1"><v>NaN</v></c><c r="D1" s="1"><v>inf</v></c><c r="E1" s="1"><v>2958465</v></c></row><row r="2"><c r="A2" t="d"><v></v></c><c r="B2" t="d"><v>99999999999999999-01-01</v></c><c r="C2" t="d"><v>2021-01-01T99999999999999999999:00</v></c><c r="D2" t="d"><v>T</v></c><c r="E2" t="d"><v>:</v></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)], styles: Self.styles), name: "t.xlsx")
        let cells = doc.sheets[0].rows.flatMap(\.cells)
        for c in cells { _ = c.value.displayText }
        #expect(cells[0].value == .number(1e300))
        #expect(cells[1].value == .number(-1e300))
        #expect(cells[3].value == .number(.infinity))
        if case .date(let d) = cells[4].value { #expect(d.isoText == "9999-12-31") } else { Issue.record("9999-12-31 is a date") }
        #expect(doc.sheets[0].rows[1].cells.map(\.value).allSatisfy { if case .date = $0 { return false } else { return true } })
    }

    /// References and row numbers out of Excel's range never overflow.
    @Test func absurdReferencesAndRowNumbers() throws {
        let data = #"<sheetData><row r="9223372036854775807"><c r="AAAAAAAAAAAAAAAAAAAAAAAAA1"><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c></row><row r="-5"><c><v>4</v></c></row></sheetData>"#
        let doc = try F.read(F.xlsx(sheets: [("S", nil, data)]), name: "t.xlsx")
        let rows = doc.sheets[0].rows
        #expect(rows.flatMap(\.cells).count == 4)
        #expect(SpreadsheetReader.column(of: "AAAAAAAAAAAAAAAAAAAAAAAAA1") == nil)
        #expect(SpreadsheetReader.column(of: "XFD1") == 16_384)
        #expect(SpreadsheetReader.column(of: "XFE1") == nil)
    }

    /// A long bracketed section in a format code is scanned in linear time.
    @Test func longFormatCodeScannedQuickly() throws {
        func code(_ n: Int) -> String { "[" + String(repeating: "x", count: n) + "]0" }
        #expect(!NumberFormats.isDateFormat(code(400_000)))
        #expect(NumberFormats.isDateFormat("[hh]:mm"))
        #expect(!NumberFormats.isDateFormat("[$-409]#,##0"))
        #expect(NumberFormats.isDateFormat("[$-409]dd/mm/yyyy"))
        // Four times the code costs at most eight times as much (linear 4, quadratic 16).
        let growth = CostGrowth.ratio(small: { _ = NumberFormats.isDateFormat(code(400_000)) },
                                      large: { _ = NumberFormats.isDateFormat(code(1_600_000)) })
        #expect(growth <= 8, "grows \(growth) × for 4 × the code")
    }

    /// A text box drawn on a sheet (xl/drawings, `xdr:sp` with `xdr:txBody`) is read where it
    /// stands: the cell of its anchor, its paragraphs located in the drawing part; a group's
    /// shapes too; a picture and a shape without text give nothing (set135, set141: a unit's
    /// difficulties and proposals only in a box under the table).
    @Test func sheetTextBoxesAreReadAtTheirAnchor() throws {
        let sheet = #"<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Việc</t></is></c></row></sheetData><drawing r:id="rD"/>"#
        let rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rD" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>"#
        let xdr = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing", a = "http://schemas.openxmlformats.org/drawingml/2006/main"
        func p(_ text: String, bold: Bool = false) -> String { #"<a:p><a:r><a:rPr lang="vi-VN"\#(bold ? #" b="1""# : "")/><a:t>\#(text)</a:t></a:r></a:p>"# }
        let drawing = #"<xdr:wsDr xmlns:xdr="\#(xdr)" xmlns:a="\#(a)">"#
            + #"<xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:row>22</xdr:row></xdr:to>"#
            + #"<xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/>"#
            + p("KHÓ KHĂN, VƯỚNG MẮC:", bold: true) + p("- Thiếu kinh phí lấy mẫu.") + "<a:p/>" + p("KIẾN NGHỊ &amp; ĐỀ XUẤT:", bold: true)
            + #"</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"#
            + #"<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:row>30</xdr:row></xdr:from><xdr:ext cx="1" cy="1"/><xdr:grpSp><xdr:sp><xdr:txBody>"#
            + p("- Đề nghị Chi cục hỗ trợ.") + #"</xdr:txBody></xdr:sp><xdr:sp><xdr:spPr/></xdr:sp></xdr:grpSp><xdr:clientData/></xdr:oneCellAnchor>"#
            + #"<xdr:oneCellAnchor><xdr:from><xdr:col>2</xdr:col><xdr:row>2</xdr:row></xdr:from><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="4" name="Logo"/></xdr:nvPicPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>"#
            + "</xdr:wsDr>"
        let data = try F.xlsx(sheets: [("BC", nil, sheet)],
                              extraParts: [("xl/worksheets/_rels/sheet1.xml.rels", rels), ("xl/drawings/drawing1.xml", drawing)])
        let doc = try F.read(data, name: "t.xlsx")
        let boxes = doc.sheets[0].textBoxes
        #expect(boxes.count == 2)
        #expect(boxes.first?.anchor == CellReference(row: 16, column: 2))
        #expect(boxes.first?.paragraphs.map(\.text) == ["KHÓ KHĂN, VƯỚNG MẮC:", "- Thiếu kinh phí lấy mẫu.", "KIẾN NGHỊ & ĐỀ XUẤT:"])
        #expect(boxes.first?.paragraphs.map(\.isBold) == [true, false, true])
        // Located in the drawing part, counting every paragraph of it (the empty one too).
        #expect(boxes.first?.paragraphs.last?.location == .paragraph(part: "xl/drawings/drawing1.xml", index: 4))
        #expect(boxes.last?.anchor == CellReference(row: 31, column: 1))
        #expect(boxes.last?.paragraphs.map(\.text) == ["- Đề nghị Chi cục hỗ trợ."])
        #expect(doc.sheets[0].rows.count == 1)
        #expect(doc.diagnostics.isEmpty)
        // A drawing part that does not parse is skipped with a diagnostic; the cells are read.
        let broken = try F.xlsx(sheets: [("BC", nil, sheet)],
                                extraParts: [("xl/worksheets/_rels/sheet1.xml.rels", rels), ("xl/drawings/drawing1.xml", "<xdr:wsDr><unclosed>")])
        let doc2 = try F.read(broken, name: "t.xlsx")
        #expect(doc2.sheets[0].textBoxes.isEmpty && doc2.sheets[0].rows.count == 1)
        #expect(doc2.diagnostics.map(\.code) == ["part-skipped"])
    }

    /// The notes left on cells (xl/commentsN.xml, named by the sheet's relationships) are read
    /// with their cell, author and text, runs joined (set244: a task's status only in a note on
    /// its cell). A comments part that does not parse is skipped with a diagnostic.
    @Test func cellNotesAreReadWithTheirCell() throws {
        let sheet = #"<sheetData><row r="8"><c r="B8" t="inlineStr"><is><t>Tuyên truyền</t></is></c></row></sheetData>"#
        let rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>"#
        let comments = #"<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Thảo</author></authors><commentList>"#
            + #"<comment ref="B8" authorId="0"><text><r><rPr><b/></rPr><t>Thảo:</t></r><r><t xml:space="preserve">"#
            + "\n" + #"Xong rồi, làm từ T3 đến T9.</t></r></text></comment>"#
            + #"<comment ref="C9" authorId="0"><text><t> </t></text></comment></commentList></comments>"#
        let data = try F.xlsx(sheets: [("BC", nil, sheet)], extraParts: [("xl/worksheets/_rels/sheet1.xml.rels", rels), ("xl/comments1.xml", comments)])
        let doc = try F.read(data, name: "t.xlsx")
        #expect(doc.sheets[0].notes == [SheetNote(cell: CellReference(row: 8, column: 2), author: "Thảo", text: "Thảo:\nXong rồi, làm từ T3 đến T9.")])
        #expect(doc.diagnostics.isEmpty)
        let broken = try F.xlsx(sheets: [("BC", nil, sheet)], extraParts: [("xl/worksheets/_rels/sheet1.xml.rels", rels), ("xl/comments1.xml", "<comments><unclosed>")])
        let doc2 = try F.read(broken, name: "t.xlsx")
        #expect(doc2.sheets[0].notes.isEmpty && doc2.sheets[0].rows.count == 1)
        #expect(doc2.diagnostics.map(\.code) == ["part-skipped"])
    }
}
