import DocumentModel
import Foundation
import Plan
import Testing
@testable import Extraction

// Reports written by hand here, in words and layouts that are not those of the dev corpus,
// so that the rules are tested as rules. Each builder makes the shared document model
// directly: extraction sees nothing else.

/// REVIEW35 #5: a reviewer's Word comment left in a unit's file is kept with the submission,
/// placed at the paragraph it is anchored in (else the comments part), its spaces tidied; it
/// changes nothing the file yields under the extraction contract.
@Suite struct UnitCommentTests {
    @Test func aReviewersCommentIsKeptWithItsAnchorAndIsNoPartOfTheContract() throws {
        let plain = word([wardHeader, .p("Nhiệm vụ 5.c: xử phạt 15,5 triệu đồng. Hoàn thành.")])
        var d = plain
        let asked = "Đề nghị bộ phận chuyên môn kiểm tra lại số liệu trước khi trình ký."
        guard case .paragraph(var para) = d.body[1] else { Issue.record("no paragraph"); return }
        para.notes = [asked]
        d.body[1] = .paragraph(para)
        d.comments = [Comment(id: "0", author: "Lê Văn An", text: asked), Comment(id: "1", author: nil, text: "Bổ sung  kết quả\nđến hết tháng 10."),
                      Comment(id: "2", author: "X", text: " ")]
        let s = extract(d)
        #expect(s.comments == [UnitComment(text: asked, author: "Lê Văn An", source: "word/document.xml paragraph 1"),
                               UnitComment(text: "Bổ sung kết quả đến hết tháng 10.", author: nil, source: "word/comments.xml comment 1")])
        #expect(extract(plain).comments.isEmpty)
        #expect(ContractJSON.line(s) == ContractJSON.line(extract(plain)))
    }
}

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let pipeline = try! PipelineDefinition.load(directory: repoRoot.appendingPathComponent("Pipelines/ct38-2026"))
let extractor = try! Extractor(pipeline: pipeline)

/// A Word document: strings are paragraphs, arrays of rows are tables.
enum Piece {
    case p(String)
    case bold(String)
    case table([[String]])
}

func word(_ pieces: [Piece], title: String? = nil) -> Document {
    var blocks: [Block] = []
    var n = 0, t = 0
    for piece in pieces {
        switch piece {
        case .p(let text), .bold(let text):
            n += 1
            var para = Paragraph(text: text, location: .paragraph(part: "word/document.xml", index: n))
            if case .bold = piece { para.isBold = true }
            blocks.append(.paragraph(para))
        case .table(let rows):
            t += 1
            let width = rows.map(\.count).max() ?? 0
            let table = Table(rows: rows.enumerated().map { r, row in
                TableRow(cells: row.enumerated().map { c, text in
                    TableCell(column: c, blocks: text.split(separator: "\n", omittingEmptySubsequences: false).map {
                        .paragraph(Paragraph(text: String($0), location: .tableCell(part: "word/document.xml", table: t, row: r + 1, column: c + 1)))
                    })
                })
            }, columnCount: width, location: .paragraph(part: "word/document.xml", index: n))
            blocks.append(.table(table))
        }
    }
    return Document(kind: .wordprocessing, properties: DocumentProperties(title: title), body: blocks)
}

/// A workbook of one visible sheet; numbers are numeric cells, strings text cells.
func workbook(_ rows: [[Any?]], name: String = "Báo cáo") -> Document {
    Document(kind: .spreadsheet, sheets: [testSheet(name, rows, part: 1)])
}

/// One sheet of a test workbook, stored as `xl/worksheets/sheet<part>.xml`; numbers are
/// numeric cells, strings text cells.
func testSheet(_ name: String, _ rows: [[Any?]], part: Int) -> Sheet {
    let sheetRows = rows.enumerated().compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            case let date as CellDate: return SheetCell(column: c + 1, value: .date(date))
            case let b as Bool: return SheetCell(column: c + 1, value: .bool(b))
            case var cell as SheetCell: cell.column = c + 1; return cell
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r + 1, cells: cells)
    }
    return Sheet(name: name, rows: sheetRows, part: "xl/worksheets/sheet\(part).xml")
}

func extract(_ d: Document, fileName: String = "bao-cao.docx") -> Submission {
    extractor.extract(d, file: fileName, fileName: fileName, sha256: "0")
}

extension Submission {
    func entry(_ code: String) -> Entry? { entries.first { $0.task == code } }
    func value(_ code: String, _ indicator: String) -> Double? { entry(code)?.indicators[IndicatorID(indicator)]?.value }
    var findingCodes: Set<String> { Set(findings.map(\.code)) }
}

let wardHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nPHƯỜNG SÀI GÒN\n———\nSố: 125/BC-UBND",
                                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSài Gòn, ngày 28 tháng 10 năm 2026"]])

@Suite struct NarrativeReportTests {
    @Test func everyWayOfReferringToATask() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ II.1.a: Phường đã tổ chức 02 (hai) lớp tập huấn cho 1.250 lượt người. Tiến độ: Hoàn thành."),
            .p("Kết quả thực hiện nhiệm vụ 5c: kiểm tra 12 cửa hàng xăng dầu, phát hiện 2 trường hợp vi phạm, phạt tiền 7,5 triệu đồng. Tình hình thực hiện: đang thực hiện."),
            .p("Đối với nhiệm vụ tại điểm đ khoản 2 Mục II Kế hoạch, phường đã duy trì hệ thống quản lý chất lượng; kinh phí đã sử dụng 15.500.000đ. Nhiệm vụ đã hoàn thành."),
            .p("Về nhiệm vụ 2d, phường đã hướng dẫn 9 doanh nghiệp công bố chất lượng sản phẩm. Hiện nay nhiệm vụ đang triển khai."),
        ]))
        #expect(s.unit?.id == "26740")
        #expect(s.document.number == "125/BC-UBND")
        #expect(s.document.date == "2026-10-28")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.2.đ", "II.2.d"])
        #expect(s.value("II.1.a", "training_courses") == 2)
        #expect(s.value("II.1.a", "participants") == 1250)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "establishments_inspected") == 12)
        #expect(s.value("II.5.c", "violations") == 2)
        #expect(s.value("II.5.c", "fines_vnd") == 7_500_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.2.đ", "budget_spent_vnd") == 15_500_000)
        #expect(s.entry("II.2.đ")?.status == .completed)
        #expect(s.value("II.2.d", "enterprises_supported") == 9)
        #expect(s.entry("II.2.d")?.status == .inProgress)
    }

    /// A heading of the unit's own whose points are periods ("- 6 tháng đầu năm 2026: …",
    /// "- Từ tháng 7/2026 đến nay: …"): the heading names the task; the periods are its
    /// content, not items of their own (set133).
    @Test func periodBulletsUnderOwnHeading() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Cử công chức tham dự tập huấn nghiệp vụ"),
            .p("- 6 tháng đầu năm 2026: không phát sinh."),
            .p("- Từ tháng 7/2026 đến nay: cử 03 công chức tham dự lớp tập huấn do Chi cục tổ chức."),
            .p("Nội dung này đã hoàn thành."),
        ]))
        #expect(s.entries.map(\.task) == ["II.3.a"])
        #expect(s.value("II.3.a", "participants") == 3)
        #expect(!s.findingCodes.contains("task-unmatched"))
    }

    @Test func aSummaryOfTheWholeTotalsTheQuotedParts() {
        // Each sub-unit's figures quoted, then the department's own line of the whole
        // (`summary_words`): the whole stands for the parts it equals, once.
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
            .p("Trích Báo cáo số 167/BC-CCTTBVTV của Chi cục Trồng trọt và Bảo vệ thực vật:"),
            .p("“Đăng 07 tin, bài.”"),
            .p("Trích Báo cáo số 120/BC-CCCNTY của Chi cục Chăn nuôi và Thú y:"),
            .p("“Đăng 05 tin, bài.”"),
            .p("Sở tổng hợp: 12 tin, bài; đang tiếp tục thực hiện."),
        ]))
        #expect(s.value("II.1.a", "communications") == 12)
        // A line of the whole that does not equal its parts is a figure of its own.
        let t = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền về tiêu chuẩn, đo lường, chất lượng"),
            .p("- Khu vực 1: đăng 03 tin, bài."),
            .p("- Khu vực 2: đăng 02 tin, bài."),
            .p("- Toàn phường đăng thêm 04 tin, bài trên trang thông tin điện tử."),
        ]))
        #expect(t.value("II.1.a", "communications") == 9)
        // Every figure of the line of the whole stands for its own parts, past the ";" between
        // them: not only the first.
        let u = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Kiểm tra hàng hóa lưu thông trên thị trường"),
            .p("Trích báo cáo của Đội 1: “Kiểm tra 03 cuộc, 20 cơ sở; 02 cơ sở vi phạm, phạt 4.000.000 đồng.”"),
            .p("Trích báo cáo của Đội 2: “Kiểm tra 01 cuộc, 07 cơ sở; 01 cơ sở vi phạm, phạt 2.500.000 đồng.”"),
            .p("Đơn vị tổng hợp: 04 cuộc; 27 cơ sở; 03 cơ sở vi phạm; tiền phạt 6.500.000 đồng. Đang thực hiện."),
        ]))
        #expect(u.value("II.5.a", "inspections") == 4)
        #expect(u.value("II.5.a", "establishments_inspected") == 27)
        #expect(u.value("II.5.a", "violations") == 3)
        #expect(u.value("II.5.a", "fines_vnd") == 6_500_000)
    }

    @Test func planNumberingWithParaphrasedTitles() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("1. Tuyên truyền, nâng cao nhận thức về tiêu chuẩn, đo lường, chất lượng"),
            .p("b) Vận động doanh nghiệp tham gia Giải thưởng Chất lượng Quốc gia"),
            .p("Đã vận động 4 doanh nghiệp đăng ký tham dự. Chưa hoàn thành."),
            .p("5. Tăng cường công tác kiểm tra, giám sát"),
            .p("b) Khảo sát chất lượng sản phẩm, hàng hóa lưu thông trên thị trường"),
            .p("Đã lấy 30 mẫu xăng dầu để thử nghiệm; kinh phí thực hiện 1,2 tỷ đồng. Tiến độ thực hiện: chưa triển khai."),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.b", "II.5.b"])
        #expect(s.value("II.1.b", "enterprises_supported") == 4)
        #expect(s.entry("II.1.b")?.status == .inProgress)
        #expect(s.value("II.5.b", "samples_tested") == 30)
        #expect(s.value("II.5.b", "budget_spent_vnd") == 1_200_000_000)
        #expect(s.entry("II.5.b")?.status == .notStarted)
    }

    @Test func difficultiesAndProposalsInTheirUsualForms() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 6.a: đã phổ biến các điều ước quốc tế. Không phát sinh."),
            .p("II. TỒN TẠI, HẠN CHẾ"),
            .p("- Thiếu công chức chuyên trách;"),
            .p("+ Trang thiết bị kiểm tra còn thiếu."),
            .p("Đề xuất, kiến nghị: 1) Đề nghị Sở tổ chức tập huấn chuyên sâu; 2) Đề nghị bố trí kinh phí cho cấp xã."),
            .p("Trên đây là báo cáo của UBND phường Sài Gòn./."),
        ]))
        #expect(s.entry("II.6.a")?.status == .notApplicable)
        #expect(s.difficulties.map(\.text) == ["Thiếu công chức chuyên trách", "Trang thiết bị kiểm tra còn thiếu"])
        #expect(s.proposals.map(\.text) == ["Đề nghị Sở tổ chức tập huấn chuyên sâu", "Đề nghị bố trí kinh phí cho cấp xã"])
    }

    @Test func plansForNextYearAreNotResults() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 5.c: kiểm tra 4 cơ sở. Hoàn thành."),
            .p("II. NHỮNG KHÓ KHĂN, HẠN CHẾ"), .p("- Thiếu kinh phí."),
            .p("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
            .p("Tiếp tục thực hiện nhiệm vụ 5.c, kiểm tra 20 cơ sở kinh doanh; triển khai nhiệm vụ 2.đ."),
        ]))
        #expect(s.entries.map(\.task) == ["II.5.c"])
        #expect(s.value("II.5.c", "establishments_inspected") == 4)
        #expect(s.entry("II.5.c")?.status == .completed)
        #expect(s.difficulties.map(\.text) == ["Thiếu kinh phí"])
    }

    @Test func nothingToReportGivesNoItems() {
        let s = extract(word([
            wardHeader, .p("Nhiệm vụ 1.a: Đã hoàn thành."),
            .p("III. KIẾN NGHỊ, ĐỀ XUẤT"), .p("Không có kiến nghị."),
        ]))
        #expect(s.proposals.isEmpty)
    }
}

@Suite struct TableReportTests {
    @Test func columnsFoundByTheirWordsInAnyOrder() {
        let s = extract(word([
            wardHeader, .p("PHỤ LỤC"),
            .table([
                ["Mức độ hoàn thành", "Nội dung nhiệm vụ", "Số tiền xử phạt (triệu đồng)", "Số cuộc kiểm tra", "TT", "Kết quả đạt được"],
                ["Đang thực hiện", "Kiểm tra đo lường tại chợ theo phân quyền", "12,5", "3", "II.5.c", "Kiểm tra 40 cơ sở kinh doanh."],
                ["Hoàn thành", "Giải thưởng Chất lượng Quốc gia", "-", "", "1.b", "Hướng dẫn 5 doanh nghiệp."],
                ["", "Tổng cộng", "12,5", "3", "", ""],
            ]),
        ]))
        #expect(s.entries.map(\.task) == ["II.5.c", "II.1.b"])
        #expect(s.value("II.5.c", "fines_vnd") == 12_500_000)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 40)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.1.b", "fines_vnd") == nil)   // "-" is no value
        #expect(s.value("II.1.b", "enterprises_supported") == 5)
        #expect(s.entry("II.1.b")?.status == .completed)
    }

    @Test func statusTickedInItsOwnColumn() {
        let s = extract(word([
            wardHeader, .p("PHỤ LỤC"),
            .table([
                ["TT", "Nội dung", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện"],
                ["1.a", "Tập huấn văn bản quy phạm pháp luật", "x", "", ""],
                ["5.c", "Phân quyền cho cấp xã", "", "x", ""],
                ["6.a", "Điều ước quốc tế", "", "", "X"],
            ]),
        ]))
        #expect(s.entries.map(\.task) == ["II.1.a", "II.5.c", "II.6.a"])
        #expect(s.entries.map(\.status) == [.completed, .inProgress, .notStarted])
    }

    @Test func aRowRestatingTheNarrativeIsCountedOnce() {
        let s = extract(word([
            wardHeader, .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 3.a: cử 8 lượt công chức tham gia tập huấn. Hoàn thành."),
            .p("PHỤ LỤC"),
            .table([["STT", "Nhiệm vụ", "Kết quả thực hiện", "Tiến độ"],
                    ["3.a", "Tập huấn cho công chức", "Cử 8 lượt công chức tham gia tập huấn.", "Hoàn thành"]]),
        ]))
        #expect(s.value("II.3.a", "participants") == 8)
        // Counted once, nothing lost: no note asks a person to look (issue #11).
        #expect(!s.findingCodes.contains("figures-restated"))
        #expect(!s.findings.contains { $0.message.contains("8") })
    }

    @Test func spreadsheetTaskTableWithMoneyInMillionsAndTextNumbers() {
        let s = extract(workbook([
            ["Đơn vị: UBND xã Bình Hưng"],
            ["BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW NĂM 2026"],
            ["Bình Hưng, ngày 05 tháng 11 năm 2026"],
            [],
            ["STT", "Nhiệm vụ", "Số lớp", "Số lượt người", "Kinh phí (triệu đồng)", "Tiến độ"],
            ["II.1.a", "Tập huấn văn bản quy phạm pháp luật", 3, "1.250", 12.5, "Đã hoàn thành"],
            ["II.3.a", "Cử cán bộ tham gia tập huấn", 0, 6, nil, "Đang triển khai"],
            [nil, "Tổng cộng", 3, 1256, 12.5],
        ], name: "Biểu 01"), fileName: "bieu.xlsx")
        #expect(s.unit?.id == "27619")
        #expect(s.document.date == "2026-11-05")
        #expect(s.entries.map(\.task) == ["II.1.a", "II.3.a"])
        #expect(s.value("II.1.a", "participants") == 1250)
        #expect(s.value("II.1.a", "budget_spent_vnd") == 12_500_000)
        #expect(s.value("II.3.a", "training_courses") == 0)   // a written 0 is a value
        #expect(s.entry("II.3.a")?.status == .inProgress)
    }

    @Test func indicatorSheetUnderTaskHeadings() {
        let s = extract(workbook([
            ["Đơn vị báo cáo: Sở Y tế"],
            ["Số báo cáo:", nil, "77/BC-SYT"],
            ["Ngày báo cáo:", nil, CellDate(serial: 46330, uses1904: false)],
            [],
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Ghi chú"],
            ["II.5.a", "Kiểm tra, giám sát chất lượng hàng hóa"],
            ["-", "Số đoàn kiểm tra", "Đoàn", 4],
            ["-", "Số tiền xử phạt", "Triệu đồng", 23.5],
            ["-", "Tình hình thực hiện", nil, "Hoàn thành"],
        ]), fileName: "so-y-te.xlsx")
        #expect(s.unit?.id == "SO-YT")
        #expect(s.document.number == "77/BC-SYT")
        #expect(s.document.date == "2026-11-04")
        #expect(s.value("II.5.a", "inspections") == 4)
        #expect(s.value("II.5.a", "fines_vnd") == 23_500_000)
        #expect(s.entry("II.5.a")?.status == .completed)
    }

    /// A report date typed as a bare serial number is read in the workbook's own date system:
    /// 44868 is 04/11/2026 counted from 1904 (and 1998 counted from 1900).
    @Test func bareSerialDateInA1904Workbook() {
        let rows: [[Any?]] = [
            ["Đơn vị báo cáo: Sở Y tế"],
            ["Ngày báo cáo:", nil, 44868],
            [],
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"],
            ["II.5.a", "Kiểm tra, giám sát chất lượng hàng hóa"],
            ["-", "Số đoàn kiểm tra", "Đoàn", 4],
        ]
        var mac = workbook(rows)
        mac.usesDateSystem1904 = true
        #expect(extract(mac, fileName: "so-y-te.xlsx").document.date == "2026-11-04")
        #expect(extract(workbook(rows), fileName: "so-y-te.xlsx").document.date != "2026-11-04")
    }
}

@Suite struct HeaderTests {
    @Test func numbersAndDatesInOtherHands() {
        #expect(HeaderReader.number(in: "Số: 125 /BC-UBND") == "125/BC-UBND")
        #expect(HeaderReader.number(in: "Số:07/BC-SYT") == "07/BC-SYT")
        #expect(HeaderReader.number(in: "Số:        /BC-UBND") == nil)
        #expect(HeaderReader.number(in: "Căn cứ Kế hoạch số 115/KH-SKHCN") == nil)
        #expect(HeaderReader.number(in: "(Kèm theo Báo cáo số 69/BC-TĐC ngày 6/11/2026)") == "69/BC-TĐC")
        #expect(HeaderReader.placeDate(in: "Thủ Đức, 28/10/2026")?.date == "2026-10-28")
        #expect(HeaderReader.placeDate(in: "Thủ Đức, ngày 28/10/2026")?.date == "2026-10-28")
        #expect(HeaderReader.placeDate(in: "TP. Hồ Chí Minh, ngày 05 tháng 01 năm 2027")?.date == "2027-01-05")
        #expect(HeaderReader.placeDate(in: "Phường An Khánh, ngày      tháng 10 năm 2026")?.date == nil)
        #expect(HeaderReader.placeDate(in: "Căn cứ Kế hoạch, ngày 20 tháng 01 năm 2026") == nil)
    }
}

@Suite struct DoubtfulCaseTests {
    @Test func everyDoubtIsAFinding() {
        let s = extract(word([
            .p("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 38-CT/TW"),
            .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Trong năm đã tổ chức 5 cuộc kiểm tra."),
            .p("Nhiệm vụ 7.a: đã thực hiện 3 lớp tập huấn."),
            // II.5.b reports no money: an amount with no money word is neither fine nor budget.
            .p("Nhiệm vụ 5.b: lấy 12 mẫu xăng dầu; tổng số tiền 3 triệu đồng."),
        ]), fileName: "bao-cao.docx")
        #expect(s.unit == nil)
        #expect(s.findingCodes.isSuperset(of: ["unit-unresolved", "figure-without-task", "task-unknown", "amount-unplaced", "date-missing"]))
        // The unknown status is said where the amount is, in the same finding (one per place).
        #expect(s.findings.contains { $0.message.contains("không nêu tiến độ của nhiệm vụ II.5.b") })
        #expect(s.entries.map(\.task) == ["II.5.b"])
        #expect(s.entry("II.5.b")?.status == .unknown)
    }

    @Test func draftsOfLawAreNoStandardsReviewed() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 2c: Góp ý dự thảo Luật Chất lượng sản phẩm, hàng hóa (sửa đổi): đã góp ý 02 dự thảo. Đã hoàn thành."),
        ]))
        #expect(s.entry("II.2.c")?.status == .completed)
        #expect(s.value("II.2.c", "standards_reviewed") == nil)
        #expect(s.findings.contains { $0.code == "figure-odd-for-task" && $0.message.contains("02 dự thảo") })
    }

    @Test func anAmountNoWordNamesIsTheOneMoneyItsTaskReports() {
        let s = extract(word([
            wardHeader, .p("BÁO CÁO"), .p("I. KẾT QUẢ THỰC HIỆN"),
            .p("Nhiệm vụ 5c: kiểm tra cân tại chợ: 2 cuộc; 35 hộ; 4 hộ vi phạm; 6.000.000 đồng. Đã hoàn thành."),
            .p("Nhiệm vụ 1.a: tổ chức 2 lớp tập huấn, 120 lượt người; 8.500.000 đồng. Đã hoàn thành."),
        ]))
        #expect(s.value("II.5.c", "fines_vnd") == 6_000_000)
        #expect(s.value("II.1.a", "budget_spent_vnd") == 8_500_000)
        #expect(!s.findingCodes.contains("amount-unplaced"))
    }

    @Test func twoPlausibleUnitsAreNotGuessed() {
        let s = extract(word([
            .p("BÁO CÁO"),
            .p("UBND phường Bình Thạnh và UBND phường Gia Định báo cáo như sau:"),
            .p("Nhiệm vụ 1.a: Hoàn thành."),
        ]), fileName: "bc.docx")
        #expect(s.unit == nil)
        #expect(s.findingCodes.contains("unit-ambiguous"))
    }

    @Test func aCodeShapedHeadingWithNoSenderAndNothingSaidIsNoReport() {
        let s = extract(word([.p("1. A Short Heading."), .p("Some text of another project.")]), fileName: "heading.docx")
        #expect(s.status == .rejected)
        #expect(s.rejectionKind == "notAReport")
    }

    @Test func aSpreadsheetThatIsNotAReportIsRejected() {
        var rows: [[Any?]] = [["Mã hàng", "Tên hàng", "Số lượng"]]
        for i in 0..<400 { rows.append(["HH\(i)", "Giấy A4", i]) }
        let s = extract(workbook(rows, name: "TonKho"), fileName: "ton-kho.xlsx")
        #expect(s.status == .rejected)
        #expect(s.rejectionKind == "notAReport")
    }
}

@Suite struct ContractLineTests {
    @Test func jsonLineHasTheContractShape() throws {
        let s = extract(word([wardHeader, .p("Nhiệm vụ 5.c: xử phạt 15,5 triệu đồng. Hoàn thành.")]))
        let line = ContractJSON.line(s)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(Set(obj.keys) == ["file", "sha256", "status", "reason", "unit", "document", "entries", "difficulties", "proposals", "findings"])
        #expect(line.contains("\"fines_vnd\":15500000"))
        let entry = try #require((obj["entries"] as? [[String: Any]])?.first)
        #expect(entry["task"] as? String == "II.5.c")
        #expect(entry["status"] as? String == "completed")
        #expect((entry["source"] as? String)?.contains("word/document.xml") == true)
    }
}
