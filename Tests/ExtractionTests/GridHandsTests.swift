import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of grid hands that are families, not files: one record card a task, a
// money column counted in thousands, numeric status codes explained by a key line or a
// lookup table, a software export with English column names. The words are this file's own.

private func sheet(_ name: String, _ rows: [[Any?]], part: Int, hidden: Set<Int> = []) -> Sheet {
    let sheetRows = rows.enumerated().compactMap { (r: Int, row: [Any?]) -> SheetRow? in
        let cells = row.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
            switch value {
            case let s as String: return SheetCell(column: c + 1, value: .text(s))
            case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
            case let d as Double: return SheetCell(column: c + 1, value: .number(d))
            case let date as CellDate: return SheetCell(column: c + 1, value: .date(date))
            default: return nil
            }
        }
        return cells.isEmpty ? nil : SheetRow(index: r + 1, cells: cells, isHidden: hidden.contains(r + 1))
    }
    return Sheet(name: name, rows: sheetRows, part: "xl/worksheets/sheet\(part).xml")
}

private let communeHeader: Piece = .table([["ỦY BAN NHÂN DÂN\nXÃ THÁI MỸ\nSố: 77/BC-UBND",
                                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThái Mỹ, ngày 05 tháng 11 năm 2026"]])

@Suite struct GridHandsTests {
    /// One two-column table per task, its fields named on the left in any order: the card is
    /// the task's row — its task by meaning, its "label = number" figures, its status — and its
    /// lines are not read again.
    @Test func aRecordCardPerTaskIsReadAsTheTasksRow() {
        let s = extract(word([
            communeHeader, .p("BÁO CÁO"),
            .p("Tình hình thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026"),
            .p("Thẻ 1"),
            .table([
                ["Tên công việc", "Phổ biến quy định ghi nhãn cho tiểu thương qua loa truyền thanh"],
                ["Người theo dõi", "Cán bộ văn hóa"],
                ["Số liệu", "Bản tin = 09; Buổi phổ biến = 02"],
                ["Tình trạng", "Đã xong"],
            ]),
            .p("Thẻ 2"),
            .table([
                ["Tình trạng", "Đang làm"],
                ["Tên công việc", "Phối hợp đoàn kiểm tra cân tại chợ theo phân cấp"],
                ["Số liệu", "Cuộc kiểm tra = 03; Cơ sở được kiểm tra = 14"],
                ["Ghi chú", "Còn 01 đợt trong tháng 12"],
            ]),
        ]))
        #expect(s.value("II.1.a", "communications") == 9)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 14)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        // The card's lines are not read again as figures without a task.
        #expect(!s.findings.contains { $0.message.contains("Bản tin") || $0.message.contains("Cuộc kiểm tra") })
    }

    /// A two-column table of results ("Chỉ tiêu | Số lượng") is no card: its left cells name
    /// what was counted, not the fields of a task.
    @Test func aTwoColumnTableOfResultsIsNoCard() {
        let table = Grid(source: .wordTable(1), rows: [
            ["Chỉ tiêu", "Số lượng"], ["Lượt kiểm tra", "2"], ["Cơ sở được kiểm tra", "7"], ["Tiền phạt (đồng)", "5.000.000"],
        ].enumerated().map { r, cells in
            GridRow(index: r + 1, cells: cells.enumerated().map { c, t in
                GridCell(column: c, span: 1, text: t, number: nil, location: .tableCell(part: "word/document.xml", table: 1, row: r + 1, column: c + 1), continued: false)
            }, isBold: false)
        })
        #expect(extractor.gridRecognisers!.card(table) == nil)
    }

    /// A money column headed "(1.000 đ)": its numbers are thousands of đồng.
    @Test func aMoneyColumnInThousandsIsScaled() {
        let r = extractor.gridRecognisers!
        #expect(r.headerRole("Số tiền xử phạt (1.000 đ)").scale == 1000)
        #expect(r.headerRole("Tiền phạt (đồng)").scale == 1)
        #expect(r.moneyScale("1.000.000 đồng") == 1_000_000)
        #expect(r.moneyScale("đồng") == 1)
        // A number before the unit that is no round thousand is no scale.
        #expect(r.headerRole("Mức phạt 250 đồng").scale == 1)
    }

    /// Status codes as small numbers under a status column, explained by a key line below the
    /// table ("Quy ước: 1 - …; 2 - …"): each code reads as its meaning; the thousand-đồng column
    /// is scaled.
    @Test func numericStatusCodesReadByTheKeyLine() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 78/BC-UBND", nil, nil, nil, "Thái Mỹ, ngày 06 tháng 11 năm 2026"],
            ["BIỂU THEO DÕI THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung công việc", "Số cuộc kiểm tra", "Tiền phạt (1.000 đ)", "Mã tình trạng"],
            [1, "Phối hợp kiểm tra cân tại chợ theo phân cấp", 2, 3500, 2],
            [2, "Tuyên truyền, phổ biến pháp luật cho hộ kinh doanh", nil, nil, 1],
            [3, "Khen thưởng người tố giác vi phạm", nil, nil, 4],
            [],
            [nil, "Quy ước mã tình trạng: 1 - Xong; 2 - Đang làm; 3 - Chưa làm; 4 - Không phát sinh"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet("Bieu", rows, part: 1)]), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "fines_vnd") == 3_500_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
    }

    /// A software export: English column names, the plan's group and letter at the end of a
    /// reference ("KH38-2026-5C"), status codes explained by a lookup sheet, the date on a
    /// key/value sheet.
    @Test func aSoftwareExportWithALookupSheet() {
        let meta = sheet("INFO", [
            ["FIELD", "VALUE"],
            ["UNIT_NAME", "Ủy ban nhân dân xã Thái Mỹ"],
            ["DOC_DATE", CellDate(serial: 46333, uses1904: false)],
            ["TITLE", "Báo cáo thực hiện Kế hoạch triển khai Chỉ thị 38-CT/TW năm 2026"],
        ], part: 1)
        let data = sheet("ROWS", [
            ["ROW_ID", "PLAN_REF", "TASK_DESC", "METRIC_NAME", "VALUE", "UOM", "STATUS_ID"],
            [1, "KH38-2026-5C", "Kiểm tra đo lường tại chợ", "Số cuộc kiểm tra", 4, "cuộc", 7],
            [2, "KH38-2026-5C", "Kiểm tra đo lường tại chợ", "Số cơ sở được kiểm tra", 31, "cơ sở", 7],
            [3, "KH38-2026-1A", "Phổ biến pháp luật cho hộ kinh doanh", "Số tin bài", 5, "tin bài", 8],
        ], part: 2)
        let lookup = sheet("CODES", [
            ["CODE", "NAME"],
            [7, "Đang thực hiện"],
            [8, "Hoàn thành"],
        ], part: 3)
        let s = extract(Document(kind: .spreadsheet, sheets: [meta, data, lookup]), fileName: "export.xlsx")
        #expect(s.value("II.5.c", "inspections") == 4)
        #expect(s.value("II.5.c", "establishments_inspected") == 31)
        #expect(s.value("II.1.a", "communications") == 5)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.document.date == "2026-11-07")
    }

    /// A table inside a cell of a task's row details that task: its rows are the task's
    /// results, whatever their words ("Tiền phạt" names no task of its own).
    @Test func aTableInsideATaskRowsCellIsThatTasksResults() {
        func para(_ text: String, _ t: Int, _ r: Int, _ c: Int) -> Block {
            .paragraph(Paragraph(text: text, location: .tableCell(part: "word/document.xml", table: t, row: r, column: c)))
        }
        func plain(_ rows: [[String]], table t: Int) -> Table {
            Table(rows: rows.enumerated().map { r, row in
                TableRow(cells: row.enumerated().map { c, text in TableCell(column: c, blocks: [para(text, t, r + 1, c + 1)]) })
            }, columnCount: rows.map(\.count).max() ?? 0, location: .paragraph(part: "word/document.xml", index: 3))
        }
        let header = word([communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]).body
        // Table 2 is the outer table; table 3 sits in its second row's result cell.
        let inner = plain([["Chỉ tiêu", "Số lượng"], ["Đoàn kiểm tra", "2"], ["Sạp được kiểm tra", "12"], ["Tiền phạt (đồng)", "3.000.000"]], table: 3)
        let outer = Table(rows: [
            TableRow(cells: [TableCell(column: 0, blocks: [para("TT", 2, 1, 1)]), TableCell(column: 1, blocks: [para("Nhiệm vụ", 2, 1, 2)]),
                             TableCell(column: 2, blocks: [para("Kết quả", 2, 1, 3)]), TableCell(column: 3, blocks: [para("Tiến độ", 2, 1, 4)])]),
            TableRow(cells: [TableCell(column: 0, blocks: [para("1", 2, 2, 1)]),
                             TableCell(column: 1, blocks: [para("Phối hợp kiểm tra cân tại chợ theo phân cấp", 2, 2, 2)]),
                             TableCell(column: 2, blocks: [para("Kiểm tra tại chợ Thái Mỹ.", 2, 2, 3), .table(inner)]),
                             TableCell(column: 3, blocks: [para("Đang làm", 2, 2, 4)])]),
        ], columnCount: 4, location: .paragraph(part: "word/document.xml", index: 4))
        let s = extract(Document(kind: .wordprocessing, body: header + [.table(outer)]))
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 12)
        #expect(s.value("II.5.c", "fines_vnd") == 3_000_000)
        #expect(s.entries.map(\.task) == ["II.5.c"])
    }

    /// A commune's row whose words are nearest the state inspection of goods, a task the plan
    /// gives the Chi cục and the departments: the commune's own inspection task is taken, and a
    /// finding names both with the figures, for an officer to move them if need be.
    @Test func aCommunesInspectionRowIsItsOwnTaskWithAFinding() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 79/BC-UBND", nil, nil, nil, "Thái Mỹ, ngày 07 tháng 11 năm 2026"],
            ["BIỂU KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung công việc", "Số cuộc kiểm tra", "Số cơ sở vi phạm", "Tiến độ"],
            [1, "Kiểm tra đo lường, chất lượng xăng dầu, khí hóa lỏng trên địa bàn xã", 3, 1, "Đang thực hiện"],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet("Bieu", rows, part: 1)]), fileName: "bieu.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.entry("II.5.a") == nil)
        #expect(s.findings.contains { $0.code == "task-close-call" && $0.message.contains("II.5.a") && $0.message.contains("= 3") })
    }

    /// Result rows folded (hidden) under their task's row are still what the unit wrote: read,
    /// and the table goes on after them.
    @Test func hiddenRowsAreRead() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 80/BC-UBND", nil, "Thái Mỹ, ngày 08 tháng 11 năm 2026"],
            ["BÁO CÁO THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["Nội dung", "Số liệu", "Đánh giá"],
            ["1. Phối hợp kiểm tra cân tại chợ theo phân cấp [mục 5.c]", nil, "Đang làm"],
            ["   Số đoàn kiểm tra (đoàn)", 3],
            ["   Số sạp được kiểm tra (sạp)", 40],
            ["2. Phổ biến pháp luật cho hộ kinh doanh [mục 1.a]", nil, "Đã xong"],
            ["   Số tin bài (bài)", 6],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet("BC", rows, part: 1, hidden: [6, 7])]), fileName: "bc.xlsx")
        #expect(s.value("II.5.c", "inspections") == 3)
        #expect(s.value("II.5.c", "establishments_inspected") == 40)
        #expect(s.value("II.1.a", "communications") == 6)
        #expect(s.entry("II.1.a")?.status == .completed)
    }

    /// A task's row whose words alone are ambiguous ("Tuyên truyền, vận động về TĐC") and whose figures
    /// stand in a table nested in its result cell: the nested table's kinds weigh for the task.
    /// A task's row that names one task's subject and no other ("ISO 9001:2015") is that task.
    @Test func nestedFiguresAndASoleSubjectNameTheTask() {
        func para(_ text: String, _ t: Int, _ r: Int, _ c: Int) -> Block {
            .paragraph(Paragraph(text: text, location: .tableCell(part: "word/document.xml", table: t, row: r, column: c)))
        }
        func cell(_ c: Int, _ text: String, _ r: Int, nested: Table? = nil) -> TableCell {
            TableCell(column: c, blocks: [para(text, 2, r, c + 1)] + (nested.map { [Block.table($0)] } ?? []))
        }
        let inner = Table(rows: [["Chỉ tiêu", "Số lượng"], ["Tin bài đăng tải", "8"], ["Buổi hội nghị", "2"], ["Lượt người dự", "95"]].enumerated().map { r, row in
            TableRow(cells: row.enumerated().map { c, text in TableCell(column: c, blocks: [para(text, 3, r + 1, c + 1)]) })
        }, columnCount: 2, location: .paragraph(part: "word/document.xml", index: 5))
        let outer = Table(rows: [
            TableRow(cells: [cell(0, "TT", 1), cell(1, "Nhiệm vụ", 1), cell(2, "Kết quả", 1), cell(3, "Tiến độ", 1)]),
            TableRow(cells: [cell(0, "1", 2), cell(1, "Tuyên truyền, vận động về TĐC", 2), cell(2, "Phát thanh và hội nghị tại chợ.", 2, nested: inner), cell(3, "Xong", 2)]),
            TableRow(cells: [cell(0, "2", 3), cell(1, "ISO 9001:2015", 3), cell(2, "Đã công bố lại.", 3), cell(3, "Xong", 3)]),
        ], columnCount: 4, location: .paragraph(part: "word/document.xml", index: 4))
        let header = word([communeHeader, .p("BÁO CÁO"), .p("Kết quả thực hiện Kế hoạch triển khai Chỉ thị số 38-CT/TW năm 2026")]).body
        let s = extract(Document(kind: .wordprocessing, body: header + [.table(outer)]))
        // The words alone lean elsewhere: the nested figures decide.
        #expect(extractor.gridRecognisers!.taskByMeaning("Tuyên truyền, vận động về TĐC").ranked.first?.code != "II.1.a")
        #expect(s.value("II.1.a", "communications") == 8)
        #expect(s.value("II.1.a", "participants") == 95)
        #expect(s.entry("II.2.đ")?.status == .completed)
    }

    /// A money column headed by what money usually is ("Kinh phí (đồng)"): a row whose own words
    /// name another amount ("Số tiền phạt đã thu") is that amount; a row about spending stays
    /// spending.
    @Test func aRowNamesItsAmountUnderAMoneyColumn() {
        let rows: [[Any?]] = [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 81/BC-UBND", nil, nil, nil, "Thái Mỹ, ngày 09 tháng 11 năm 2026"],
            ["BIỂU SỐ LIỆU THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["STT", "Nội dung công việc", "Chỉ tiêu", "ĐVT", "Số lượng", "Kinh phí (đồng)"],
            [1, "Phối hợp kiểm tra cân tại chợ theo phân cấp (II.5.c)", "Đoàn kiểm tra", "Đoàn", 2, nil],
            [nil, nil, "Số tiền phạt đã thu", "Đồng", nil, 2_500_000],
            [nil, nil, "Chi phí thuê xe đoàn kiểm tra", "Đồng", nil, 800_000],
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [sheet("SL", rows, part: 1)]), fileName: "sl.xlsx")
        #expect(s.value("II.5.c", "fines_vnd") == 2_500_000)
        #expect(s.value("II.5.c", "budget_spent_vnd") == 800_000)
        #expect(s.value("II.5.c", "inspections") == 2)
    }

    /// A sheet of typed items: a type column ("Loại | Nội dung": "Trở ngại | …", "Kiến nghị |
    /// …") or codes a key line explains ("TN = Khó khăn; KN = Đề xuất") make each row a
    /// difficulty or a proposal, one item a line of its cell; a heading alone on its row
    /// ("Khó khăn, vướng mắc:") is no item.
    @Test func aSheetOfTypedItemsGivesDifficultiesAndProposals() {
        let report = sheet("BC", [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 82/BC-UBND", nil, "Thái Mỹ, ngày 10 tháng 11 năm 2026"],
            ["BÁO CÁO THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung công việc", "Tiến độ"],
            [1, "Phối hợp kiểm tra cân tại chợ theo phân cấp", "Đang làm"],
        ], part: 1)
        let typed = sheet("Kien nghi", [
            ["Mã loại: TN = Khó khăn, vướng mắc; KN = Đề xuất, kiến nghị"],
            ["STT", "Mã loại", "Nội dung"],
            [1, "TN", "Chợ tạm ven đường thay đổi chỗ họp liên tục, khó theo dõi cân."],
            [2, "KN", "Đề nghị cấp thêm 02 quả cân chuẩn cho tổ kiểm tra của xã.\nĐề nghị mở lớp tập huấn ngắn ngày cho công chức."],
        ], part: 2)
        let s = extract(Document(kind: .spreadsheet, sheets: [report, typed]), fileName: "bc.xlsx")
        #expect(s.difficulties.map(\.text) == ["Chợ tạm ven đường thay đổi chỗ họp liên tục, khó theo dõi cân."])
        #expect(s.proposals.map(\.text) == ["Đề nghị cấp thêm 02 quả cân chuẩn cho tổ kiểm tra của xã.", "Đề nghị mở lớp tập huấn ngắn ngày cho công chức."])
        let r = extractor.gridRecognisers!
        let worded = Grid(source: .sheet("VM"), rows: [["Loại", "Nội dung"], ["Vướng mắc", "Thiếu cân đối chứng tại các chợ nhỏ."], ["Đề xuất", "Đề nghị hỗ trợ kinh phí mua cân đối chứng."]]
            .enumerated().map { r, cells in
                GridRow(index: r + 1, cells: cells.enumerated().map { c, t in
                    GridCell(column: c, span: 1, text: t, number: nil, location: .sheetCell(sheet: "VM", row: r + 1, column: c + 1), continued: false)
                }, isBold: false)
            })
        let items = r.typedItems(worded, keyLines: [])
        #expect(items[2]?.proposal == false)
        #expect(items[3]?.proposal == true)
        let heading = Grid(source: .sheet("H"), rows: [["*", "Khó khăn, vướng mắc:"], ["*", "Đề xuất, kiến nghị:"]].enumerated().map { r, cells in
            GridRow(index: r + 1, cells: cells.enumerated().map { c, t in
                GridCell(column: c, span: 1, text: t, number: nil, location: .sheetCell(sheet: "H", row: r + 1, column: c + 1), continued: false)
            }, isBold: false)
        })
        #expect(r.typedItems(heading, keyLines: []).isEmpty)
    }

    /// The rows under a typed one: a heading row of a numbering column and the type
    /// ("STT | Khó khăn, vướng mắc") types the numbered items under it in its column; a row
    /// right under a typed item ("Đề xuất: | …" then " | …") continues that type. An empty row
    /// or a row of other cells (the signature) ends the run.
    @Test func rowsUnderATypedRowKeepItsType() {
        let report = sheet("BC", [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 82/BC-UBND", nil, "Thái Mỹ, ngày 10 tháng 11 năm 2026"],
            ["BÁO CÁO THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung công việc", "Tiến độ"],
            [1, "Phối hợp kiểm tra cân tại chợ theo phân cấp", "Đang làm"],
        ], part: 1)
        let listed = sheet("KK", [
            ["STT", "Khó khăn, vướng mắc"],
            [1, "Chợ tạm ven đường thay đổi chỗ họp liên tục, khó theo dõi cân."],
            [2, "Tổ kiểm tra của xã chỉ có hai người kiêm nhiệm."],
            [],
            ["STT", "Kiến nghị, đề xuất"],
            [1, "Đề nghị cấp thêm 02 quả cân chuẩn cho tổ kiểm tra của xã."],
        ], part: 2)
        var s = extract(Document(kind: .spreadsheet, sheets: [report, listed]), fileName: "bc.xlsx")
        #expect(s.difficulties.map(\.text) == ["Chợ tạm ven đường thay đổi chỗ họp liên tục, khó theo dõi cân.", "Tổ kiểm tra của xã chỉ có hai người kiêm nhiệm."])
        #expect(s.proposals.map(\.text) == ["Đề nghị cấp thêm 02 quả cân chuẩn cho tổ kiểm tra của xã."])
        let labelled = sheet("BC", [
            ["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 82/BC-UBND", nil, "Thái Mỹ, ngày 10 tháng 11 năm 2026"],
            ["BÁO CÁO THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"],
            ["TT", "Nội dung công việc", "Tiến độ"],
            [1, "Phối hợp kiểm tra cân tại chợ theo phân cấp", "Đang làm"],
            [],
            ["Khó khăn:", "Chợ tạm ven đường thay đổi chỗ họp liên tục, khó theo dõi cân."],
            ["Đề xuất:", "Đề nghị cấp thêm 02 quả cân chuẩn cho tổ kiểm tra của xã."],
            [nil, "Đề nghị mở lớp tập huấn ngắn ngày cho công chức của xã."],
            [],
            ["Người lập biểu", nil, "KT. CHỦ TỊCH"],
        ], part: 1)
        s = extract(Document(kind: .spreadsheet, sheets: [labelled]), fileName: "bc.xlsx")
        #expect(s.difficulties.map(\.text) == ["Chợ tạm ven đường thay đổi chỗ họp liên tục, khó theo dõi cân."])
        #expect(s.proposals.map(\.text) == ["Đề nghị cấp thêm 02 quả cân chuẩn cho tổ kiểm tra của xã.", "Đề nghị mở lớp tập huấn ngắn ngày cho công chức của xã."])
    }
}
