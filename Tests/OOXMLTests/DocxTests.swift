import DocumentModel
import Foundation
import Testing
@testable import OOXML

@Suite struct DocxTests {
    /// A table cell's shading is kept as its colour's key; "auto" and white are none.
    @Test func tableCellShading() throws {
        let body = #"""
        <w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="FFC000"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="auto"/></w:tcPr><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:shd w:val="clear" w:fill="FFFFFF"/></w:tcPr><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        """#
        let doc = try Fixtures.read(Fixtures.docx(body: body), name: "t.docx")
        guard case .table(let t)? = doc.body.first else { Issue.record("no table"); return }
        #expect(t.rows[0].cells.map(\.fill) == ["rgb:FFC000", nil, nil])
    }

    typealias F = Fixtures

    @Test func runsSplitMidWordJoinWithoutSpaces() throws {
        let doc = try F.read(F.docx(body: #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Báo c</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>áo </w:t></w:r><w:r><w:t xml:space="preserve">tổng </w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>hợp</w:t></w:r></w:p>"#))
        #expect(doc.body.first?.text == "Báo cáo tổng hợp")
        #expect(F.paragraphs(doc)[0].location == .paragraph(part: "word/document.xml", index: 1))
    }

    @Test func trackedChangesAccepted() throws {
        let body = #"""
        <w:p><w:r><w:t xml:space="preserve">Tổ chức </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>02</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>03</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> lớp</w:t></w:r></w:p>
        <w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr><w:del w:id="4" w:author="A"><w:r><w:delText>Gạch đầu dòng bị xóa</w:delText></w:r></w:del></w:p>
        <w:p><w:moveFrom w:id="5" w:author="A"><w:r><w:t>moved away</w:t></w:r></w:moveFrom><w:moveTo w:id="6" w:author="A"><w:r><w:t>moved here</w:t></w:r></w:moveTo></w:p>
        """#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Tổ chức 03 lớp", "moved here"])
    }

    /// A form's options printed together, the ones that do not apply struck through (issue
    /// #11, session 25): the paragraph reads as the option left, the separators beside the
    /// struck ones gone. A paragraph struck through as a whole is kept.
    @Test func struckOptionsAreCrossedOut() throws {
        let body = #"""
        <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Hoàn thành</w:t></w:r><w:r><w:t xml:space="preserve"> / </w:t></w:r><w:r><w:rPr><w:strike/></w:rPr><w:t>Đang thực hiện</w:t></w:r><w:r><w:t xml:space="preserve"> / </w:t></w:r><w:r><w:rPr><w:strike/></w:rPr><w:t>Không phát sinh</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:dstrike/></w:rPr><w:t>Hoàn thành</w:t></w:r><w:r><w:t xml:space="preserve"> / </w:t></w:r><w:r><w:t>Đang thực hiện</w:t></w:r><w:r><w:t xml:space="preserve"> / </w:t></w:r><w:r><w:rPr><w:strike w:val="1"/></w:rPr><w:t>Chưa thực hiện</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:strike/></w:rPr><w:t>Nội dung đã gạch cả đoạn</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:strike w:val="0"/></w:rPr><w:t>Không gạch</w:t></w:r></w:p>
        """#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Hoàn thành", "Đang thực hiện", "Nội dung đã gạch cả đoạn", "Không gạch"])
    }

    @Test func deletedParagraphMarkMergesParagraphs() throws {
        let body = #"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Tổ chức 03 </w:t></w:r></w:p><w:p><w:r><w:t>lớp tập huấn</w:t></w:r></w:p><w:p><w:r><w:t>Đoạn sau</w:t></w:r></w:p>"#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Tổ chức 03 lớp tập huấn", "Đoạn sau"])
        #expect(F.paragraphs(doc)[1].location == .paragraph(part: "word/document.xml", index: 3))
    }

    @Test func undefinedEntityIsMalformedNotDoctype() throws {
        #expect(F.refusal(try F.docx(body: "<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>"))?.kind == .malformedXML)
    }

    @Test func fieldCodesDroppedResultsKept() throws {
        let body = #"""
        <w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE \* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        <w:p><w:fldSimple w:instr=" DATE "><w:r><w:t>28/10/2026</w:t></w:r></w:fldSimple></w:p>
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>
        """#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Trang 3", "28/10/2026", "kết quả"])
    }

    @Test func alternateContentReadOnce() throws {
        let body = #"""
        <w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>Hộp văn bản</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
        """#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Trước", "Hộp văn bản"])
    }

    @Test func tabsBreaksHyphensSymbolsAndContentControls() throws {
        let body = #"""
        <w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r></w:p>
        <w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Trong điều khiển</w:t></w:r></w:p></w:sdtContent></w:sdt>
        """#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["a\tb\nc-d", "Trong điều khiển"])
    }

    @Test func tableGridWithSpansAndNestedTable() throws {
        let cell = { (text: String, props: String) in "<w:tc><w:tcPr>\(props)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
        let nested = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>\(cell("n1", ""))\(cell("n2", ""))</w:tr></w:tbl>"
        let body = """
        <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell("STT", "<w:vMerge w:val=\"restart\"/>"))\(cell("Nhiệm vụ", "<w:gridSpan w:val=\"2\"/>"))</w:tr>
        <w:tr>\(cell("", "<w:vMerge/>"))\(cell("a", ""))<w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p>\(nested)<w:p/></w:tc></w:tr>
        </w:tbl>
        """
        let doc = try F.read(F.docx(body: body))
        let t = try #require(F.tables(doc.body).first)
        #expect(t.columnCount == 3)
        #expect(t.rows[0].isHeader)
        #expect(t.rows[0].cells.map(\.rowSpan) == [2, 1])
        #expect(t.rows[0].cells[1].columnSpan == 2)
        #expect(t.rows[1].cells.map(\.column) == [1, 2])
        #expect(t.grid[1][0] == "STT")
        #expect(t.grid[0][2] == "Nhiệm vụ")
        let inner = try #require(F.tables(t.rows[1].cells[1].blocks).first)
        #expect(inner.grid == [["n1", "n2"]])
        // Paragraphs in cells know their table, grid row and column; the nested table is table 2.
        if case .paragraph(let p) = t.rows[1].cells[0].blocks.first {
            #expect(p.location == .tableCell(part: "word/document.xml", table: 1, row: 2, column: 2))
        } else { Issue.record("cell paragraph missing") }
        if case .paragraph(let p) = inner.rows[0].cells[0].blocks.first {
            #expect(p.location == .tableCell(part: "word/document.xml", table: 2, row: 1, column: 1))
        }
    }

    @Test func legacyHorizontalMerge() throws {
        let body = #"<w:tbl><w:tr><w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>Gộp</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        let t = try #require(F.tables(F.read(F.docx(body: body)).body).first)
        #expect(t.rows[0].cells.map(\.columnSpan) == [2, 1])
        #expect(t.grid == [["Gộp", "Gộp", "c"]])
    }

    @Test func stylesHeadingsListsAndFormatting() throws {
        let styles = #"""
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Mục"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        """#
        let numbering = #"""
        <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
        """#
        let li = { (n: Int, l: Int, t: String) in "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(l)\"/><w:numId w:val=\"\(n)\"/></w:numPr></w:pPr><w:r><w:t>\(t)</w:t></w:r></w:p>" }
        let body = #"<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t>I. KẾT QUẢ</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Muc"/></w:pPr><w:r><w:rPr><w:i/></w:rPr><w:t>Mục</w:t></w:r></w:p>"#
            + li(1, 0, "một") + li(1, 0, "hai") + li(1, 1, "con") + li(1, 0, "ba") + li(2, 0, "chấm")
        let doc = try F.read(F.docx(body: body, styles: styles, numbering: numbering))
        let ps = F.paragraphs(doc)
        #expect(ps[0].style == ParagraphStyle(id: "Heading1", name: "heading 1", headingLevel: 1))
        #expect(ps[0].isBold && ps[0].alignment == .center && ps[0].fonts == ["Times New Roman"])
        #expect(ps[1].style.headingLevel == 2 && ps[1].isItalic)
        #expect(ps[2...].map { $0.list?.label } == ["a)", "b)", "b.1.", "c)", "•"])
        #expect(ps[2].list?.format == "lowerLetter")
        #expect(ps[6].list?.format == "bullet")
    }

    @Test func furnitureAndCommentsKeptApart() throws {
        let doc = try F.read(F.docx(
            body: #"<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>Nội dung</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#,
            comments: #"<w:comment w:id="0" w:author="Nguyễn Văn A"><w:p><w:r><w:t>Xem lại số liệu</w:t></w:r></w:p></w:comment>"#,
            header: #"<w:p><w:r><w:t>Trang đầu</w:t></w:r></w:p>"#))
        #expect(doc.body.map(\.text) == ["Nội dung"])
        #expect(doc.comments == [Comment(id: "0", author: "Nguyễn Văn A", text: "Xem lại số liệu")])
        #expect(doc.furniture.map(\.role) == [.header])
        #expect(doc.furniture.first?.blocks.first?.text == "Trang đầu")
    }

    @Test func aParagraphKnowsTheNotesAnchoredInIt() throws {
        // A title carrying a footnote mark and a line carrying a reviewer's comment: each
        // paragraph lists the texts of its own notes; the notes stay furniture and comments.
        // The footnote is also read into the title where its mark stands (since session 28);
        // the comment never is.
        let doc = try F.read(F.docx(
            body: #"<w:p><w:r><w:t>2. Sửa chữa cân đối chứng</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r></w:p>"#
                + #"<w:p><w:r><w:t>Thay 02 quả cân.</w:t></w:r><w:r><w:commentReference w:id="7"/></w:r></w:p>"#
                + #"<w:p><w:r><w:t>Không có ghi chú</w:t></w:r></w:p>"#,
            comments: #"<w:comment w:id="7" w:author="Tổ trưởng"><w:p><w:r><w:t>Việc này xong rồi</w:t></w:r></w:p></w:comment>"#,
            footnotes: #"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"#
                + #"<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Đã sửa xong</w:t></w:r></w:p>"#
                + #"<w:p><w:r><w:t>từ tháng 5.</w:t></w:r></w:p></w:footnote>"#))
        let ps = doc.body.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
        #expect(ps.map(\.text) == ["2. Sửa chữa cân đối chứng (Đã sửa xong từ tháng 5)", "Thay 02 quả cân.", "Không có ghi chú"])
        #expect(ps.map(\.notes) == [["Đã sửa xong từ tháng 5."], ["Việc này xong rồi"], nil])
        #expect(doc.furniture.map(\.role) == [.footnote])
        #expect(doc.comments.map(\.text) == ["Việc này xong rồi"])
    }

    @Test func aFootnoteIsReadWhereItsMarkStands() throws {
        // set132 (Sở Y tế) and set5 (Sở Y tế): every figure of a task in its footnote. The
        // note's text is the report's, in parentheses at its mark (its last stop dropped), once
        // however often it is marked; a mark in a deleted run is no mark; a note marked in a
        // table cell stays out of the cell (the cell's text is its column's); a comment's
        // figures never enter the text.
        let doc = try F.read(F.docx(
            body: #"<w:p><w:r><w:t>Sở phối hợp kiểm tra tại các cơ sở khám bệnh</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r>"#
                + #"<w:r><w:t>; đã hoàn thành.</w:t></w:r><w:r><w:commentReference w:id="7"/></w:r></w:p>"#
                + #"<w:p><w:r><w:t>Xem lại</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r><w:del w:id="9" w:author="A"><w:r><w:footnoteReference w:id="5"/></w:r></w:del></w:p>"#
                + #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ô bảng</w:t></w:r><w:r><w:footnoteReference w:id="6"/></w:r></w:p></w:tc></w:tr></w:tbl>"#,
            comments: #"<w:comment w:id="7" w:author="Văn phòng"><w:p><w:r><w:t>Sửa thành 47 cơ sở?</w:t></w:r></w:p></w:comment>"#,
            footnotes: #"<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"#
                + #"<w:footnote w:id="4"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Tổng số 02 cuộc, 15 cơ sở.</w:t></w:r></w:p></w:footnote>"#
                + #"<w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Đã xóa 09 cơ sở.</w:t></w:r></w:p></w:footnote>"#
                + #"<w:footnote w:id="6"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Đang thực hiện.</w:t></w:r></w:p></w:footnote>"#))
        #expect(doc.body.map(\.text) == [
            "Sở phối hợp kiểm tra tại các cơ sở khám bệnh (Tổng số 02 cuộc, 15 cơ sở); đã hoàn thành.",
            "Xem lại",
            "Ô bảng",
        ])
        let ps = doc.body.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
        #expect(ps.map(\.notes) == [["Tổng số 02 cuộc, 15 cơ sở.", "Sửa thành 47 cơ sở?"], ["Tổng số 02 cuộc, 15 cơ sở."]])
        #expect(doc.furniture.map(\.role) == [.footnote])
    }

    @Test func nfdTextBecomesNFC() throws {
        let nfd = "Báo cáo kết quả".decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array("Báo cáo kết quả".unicodeScalars))
        let doc = try F.read(F.docx(body: "<w:p><w:r><w:t>\(nfd)</w:t></w:r></w:p>"))
        #expect(doc.body.first.map { Array($0.text.unicodeScalars) } == Array("Báo cáo kết quả".unicodeScalars))
        #expect(doc.body.first?.text.unicodeScalars.count == "Báo cáo kết quả".unicodeScalars.count)
    }

    @Test func legacyVietnameseFontsConverted() throws {
        let body = #"""
        <w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>B¸o c¸o kÕt qu¶ thùc hiÖn</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>Baùo caùo keát quaû</w:t></w:r></w:p>
        <w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>Đã là Unicode</w:t></w:r></w:p>
        """#
        let doc = try F.read(F.docx(body: body))
        #expect(doc.body.map(\.text) == ["Báo cáo kết quả thực hiện", "Báo cáo kết quả", "Đã là Unicode"])
        #expect(doc.diagnostics.contains { $0.code == "legacy-encoding" })
    }

    @Test func realReportFromTheDevCorpus() throws {
        guard let url = F.dev("138-BC-VP Van phong UBND TP.docx") else { return }
        let doc = try DocumentReader().read(contentsOf: url)
        #expect(doc.kind == .wordprocessing)
        #expect(doc.body.contains { $0.text == "Số: 138/BC-VP\t\t" })
        let bullets = F.paragraphs(doc).filter { $0.list?.format == "bullet" }
        #expect(bullets.count >= 4 && bullets.allSatisfy { $0.list?.label == "•" })
        #expect(doc.properties.creator == "Đỗ Văn Hà")
    }

    /// Grid offsets and spans out of all proportion are bounded (no overflow, no giant grid).
    @Test func absurdGridOffsetsAreBounded() throws {
        let cell = "<w:tc><w:p><w:r><w:t>ô</w:t></w:r></w:p></w:tc>"
        for before in ["9223372036854775807", "-9223372036854775808", "100000000"] {
            let body = "<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"\(before)\"/></w:trPr>\(cell)<w:tc><w:tcPr><w:gridSpan w:val=\"999999999999\"/></w:tcPr><w:p/></w:tc>\(cell)</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"\(before)\"/></w:trPr>\(cell)</w:tr></w:tbl>"
            let doc = try F.read(F.docx(body: body))
            let table = try #require(F.tables(doc.body).first)
            #expect(table.columnCount <= 4_096, "gridBefore \(before)")
            #expect(table.rows.allSatisfy { $0.cells.allSatisfy { $0.column >= 0 } })
            #expect(table.grid.count == 2)
        }
        let grid = "<w:tblGrid>" + (0..<10_000).map { "<w:gridCol w:w=\"\($0 * 7919 % 10_007)\"/>" }.joined() + "</w:tblGrid>"
        let gridded = try #require(F.tables(F.read(F.docx(body: "<w:tbl>\(grid)<w:tr>\(cell)</w:tr></w:tbl>")).body).first)
        #expect(gridded.columnCount == 4_096)
        let many = String(repeating: "<w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr><w:p/></w:tc>", count: 200)
        let wide = try #require(F.tables(F.read(F.docx(body: "<w:tbl><w:tr>\(many)</w:tr></w:tbl>")).body).first)
        #expect(wide.columnCount <= 4_096)
    }

    /// List start values out of Word's range (0…32767) are clamped: no counter overflow, no
    /// letter label of absurd length.
    @Test func absurdListStartsAreClamped() throws {
        let para = #"<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>mục</w:t></w:r></w:p>"#
        for (start, format) in [("9223372036854775807", "decimal"), ("-9223372036854775808", "decimal"), ("999999999999", "lowerLetter"), ("2000000", "upperLetter")] {
            let numbering = #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="\#(start)"/><w:numFmt w:val="\#(format)"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="\#(start)"/></w:lvlOverride></w:num>"#
            let doc = try F.read(F.docx(body: para + para + para, numbering: numbering))
            let labels = F.paragraphs(doc).compactMap { $0.list?.label }
            #expect(labels.count == 3, "\(start)")
            #expect(labels.allSatisfy { $0.count < 40 }, "\(start): \(labels)")
        }
    }

    /// Outline levels outside 0…8 make no heading (a negative level made a negative heading).
    @Test func outlineLevelsOutOfRange() throws {
        let body = #"<w:p><w:pPr><w:outlineLvl w:val="-9223372036854775808"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p><w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p><w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>c</w:t></w:r></w:p>"#
        let doc = try F.read(F.docx(body: body))
        #expect(F.paragraphs(doc).map(\.style.headingLevel) == [nil, 3, nil])
    }

    /// w:sym in the Symbol font is mapped to Unicode (pandoc's unicode.docx: F0DA is ∨).
    @Test func symbolFontCharacters() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">a </w:t><w:sym w:font="Symbol" w:char="F0DA"/><w:sym w:font="Symbol" w:char="00B3"/><w:sym w:font="Symbol" w:char="F061"/><w:sym w:font="Wingdings" w:char="F041"/></w:r><w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>\#u{F028}\#u{F0A5}</w:t></w:r></w:p>"#
        let text = try F.read(F.docx(body: body)).body.first?.text
        #expect(text == "a ∨≥αA(∞")
    }
}
