import DocumentModel
import Testing
@testable import Extraction

// Specifications of a workbook copied from another unit's that keeps that unit's filled report
// as a sheet (vocabulary.yaml header_vote.sheet_head_rows, refusals.sheet_of_other_unit). The
// units, numbers and words are this file's own.

private func report(_ unit: String, _ place: String, number: String, day: Int, courses: Int, people: Int) -> [[Any?]] { [
    ["ỦY BAN NHÂN DÂN", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    [unit, nil, "Độc lập - Tự do - Hạnh phúc"],
    ["Số: \(number)", nil, "\(place), ngày \(day) tháng 11 năm 2026"],
    ["BÁO CÁO TÌNH HÌNH THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026"],
    ["TT", "Công việc", "Số lớp", "Số người dự", "Tiến độ"],
    [1, "Tập huấn pháp luật về tiêu chuẩn, đo lường, chất lượng cho hộ kinh doanh", courses, people, "Đã xong"],
] }

@Suite struct SheetOfOtherUnitTests {
    /// The sender's sheet is read; the other unit's report beside it is set aside and said,
    /// its figures counted nowhere.
    @Test func anotherUnitsReportLeftInACopiedWorkbook() {
        let old = testSheet("Mẫu cũ", report("PHƯỜNG TÂN ĐỊNH", "Tân Định", number: "101/BC-UBND", day: 3, courses: 9, people: 333), part: 1)
        let own = testSheet("Của phường", report("PHƯỜNG VĨNH HỘI", "Vĩnh Hội", number: "77/BC-UBND", day: 12, courses: 2, people: 48), part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [old, own]), fileName: "bao-cao-ct38.xlsx")
        #expect(s.unit?.name == "Phường Vĩnh Hội")
        #expect(s.document.number == "77/BC-UBND")
        #expect(s.value("II.1.a", "participants") == 48)
        #expect(!s.entries.contains { $0.indicators.values.contains { $0.value == 333 } })
        let said = s.findings.first { $0.code == "sheet-other-unit" }
        #expect(said?.message.contains("“Mẫu cũ”") == true && said?.message.contains("Phường Tân Định") == true && said?.message.contains("03/11/2026") == true)
    }

    /// A run that only reads the header (a sheet's head, for its sender) builds no grid state:
    /// its header is the one a run with the grid state reads, for the sheets, the workbook and
    /// a Word report with a table.
    @Test func aHeaderReadWithoutGridsIsTheSame() {
        let old = testSheet("Mẫu cũ", report("PHƯỜNG TÂN ĐỊNH", "Tân Định", number: "101/BC-UBND", day: 3, courses: 9, people: 333), part: 1)
        let own = testSheet("Của phường", report("PHƯỜNG VĨNH HỘI", "Vĩnh Hội", number: "77/BC-UBND", day: 12, courses: 2, people: 48), part: 2)
        let table = Table(rows: [TableRow(cells: [TableCell(column: 0, blocks: [.paragraph(Paragraph(text: "Tiến độ", location: .paragraph(part: "word/document.xml", index: 4)))]),
                                                  TableCell(column: 1, blocks: [.paragraph(Paragraph(text: "Đã xong", location: .paragraph(part: "word/document.xml", index: 5)))])])],
                          columnCount: 2, location: .part("word/document.xml"))
        let word = Document(kind: .wordprocessing, body: [
            .paragraph(Paragraph(text: "ỦY BAN NHÂN DÂN PHƯỜNG VĨNH HỘI", location: .paragraph(part: "word/document.xml", index: 1))),
            .paragraph(Paragraph(text: "Số: 77/BC-UBND", location: .paragraph(part: "word/document.xml", index: 2))),
            .paragraph(Paragraph(text: "Ngày báo cáo: 12/11/2026", location: .paragraph(part: "word/document.xml", index: 3))),
            .table(table),
        ])
        for (document, name) in [(Document(kind: .spreadsheet, sheets: [old]), ""), (Document(kind: .spreadsheet, sheets: [own]), ""),
                                 (Document(kind: .spreadsheet, sheets: [old, own]), "bao-cao-ct38.xlsx"), (word, "bao-cao.docx")] {
            let with = ExtractionRun(extractor: extractor, document: document).header(fileName: name)
            let without = ExtractionRun(extractor: extractor, document: document, readsGrids: false).header(fileName: name)
            #expect(with.unit == without.unit && with.info == without.info && with.findings == without.findings)
        }
        #expect(ExtractionRun(extractor: extractor, document: Document(kind: .spreadsheet, sheets: [own]), readsGrids: false).header(fileName: "").info.number == "77/BC-UBND")
    }

    /// The file's name names the sender: its sheet is kept though the other is newer.
    @Test func theFileNameNamesTheSender() {
        let other = testSheet("Sheet2", report("PHƯỜNG TÂN ĐỊNH", "Tân Định", number: "101/BC-UBND", day: 20, courses: 9, people: 333), part: 2)
        let own = testSheet("Sheet1", report("PHƯỜNG VĨNH HỘI", "Vĩnh Hội", number: "77/BC-UBND", day: 12, courses: 2, people: 48), part: 1)
        let s = extract(Document(kind: .spreadsheet, sheets: [own, other]), fileName: "Phuong Vinh Hoi - BC CT38.xlsx")
        #expect(s.unit?.name == "Phường Vĩnh Hội")
        #expect(s.value("II.1.a", "participants") == 48)
    }

    /// A report whose other sheets are its own annexes (no header naming another unit) is read
    /// whole, with no finding.
    @Test func annexSheetsOfTheSameUnitStay() {
        let own = testSheet("Báo cáo", report("PHƯỜNG VĨNH HỘI", "Vĩnh Hội", number: "77/BC-UBND", day: 12, courses: 2, people: 48), part: 1)
        let annex = testSheet("Biểu 2", [
            ["BIỂU SỐ LIỆU KIỂM TRA"],
            ["TT", "Nội dung", "Số cuộc kiểm tra", "Số cơ sở", "Tiến độ"],
            [1, "Phối hợp kiểm tra đo lường tại chợ", 3, 41, "Đang làm"],
        ], part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [own, annex]), fileName: "bc.xlsx")
        #expect(s.unit?.name == "Phường Vĩnh Hội")
        #expect(!s.findingCodes.contains("sheet-other-unit"))
        #expect(s.entries.contains { $0.indicators[IndicatorID("establishments_inspected")]?.value == 41 })
    }
}
