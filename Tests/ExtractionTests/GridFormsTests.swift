import DocumentModel
import Foundation
import Testing
@testable import Extraction

// Specifications of grid forms seen in session 10's hands, as families: statuses written only
// as a task cell's colour explained by a legend, a "Đơn vị …" column that names how the unit
// took part (no unit of measure), an amount of zero spent, a result cell of short "number
// unit" parts, and a vertical form of several cards one under another. The words are this
// file's own.

private func row(_ index: Int, _ values: [Any?], fills: [Int: String] = [:]) -> SheetRow? {
    let cells = values.enumerated().compactMap { (c: Int, value: Any?) -> SheetCell? in
        switch value {
        case let s as String: return SheetCell(column: c + 1, value: .text(s))
        case let i as Int: return SheetCell(column: c + 1, value: .number(Double(i)))
        case let d as Double: return SheetCell(column: c + 1, value: .number(d))
        default: return nil
        }
    }
    return cells.isEmpty ? nil : SheetRow(index: index, cells: cells, fills: fills)
}

private func book(_ rows: [(values: [Any?], fills: [Int: String])]) -> Document {
    let sheetRows = rows.enumerated().compactMap { row($0.offset + 1, $0.element.values, fills: $0.element.fills) }
    return Document(kind: .spreadsheet, sheets: [Sheet(name: "Tong hop", rows: sheetRows, part: "xl/worksheets/sheet1.xml")])
}

private var top: [(values: [Any?], fills: [Int: String])] { [
    (["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [:]),
    (["Số: 91/BC-UBND", nil, nil, nil, "Thái Mỹ, ngày 07 tháng 11 năm 2026"], [:]),
    (["BẢNG KẾT QUẢ THỰC HIỆN CHỈ THỊ SỐ 38-CT/TW NĂM 2026"], [:]),
] }

@Suite struct GridFormsTests {
    /// No status column: each task's name cell is coloured, and a legend under the table pairs
    /// a swatch (an empty coloured cell) with a status; a legend line says what no colour
    /// means. Colours have no meaning of their own: the same colours mean what this legend says.
    @Test func statusByTheColourOfTheTaskCellAndTheLegend() {
        let orange = "rgb:F4B084", blue = "theme:8:0.4"
        let s = extract(book(top + [
            (["TT", "Công việc", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số tin, bài"], [:]),
            ([1, "Tuyên truyền pháp luật về đo lường trên loa xã", nil, nil, 6], [2: blue]),
            ([2, "Cùng đoàn liên ngành kiểm tra cân tại chợ theo phân cấp", 2, 11, nil], [2: orange]),
            ([3, "Khen thưởng người tố giác gian lận đo lường", nil, nil, nil], [:]),
            ([], [:]),
            ([nil, "Cách đọc màu của cột Công việc:"], [:]),
            ([nil, "Đang làm"], [1: orange]),
            ([nil, "Hoàn thành"], [1: blue]),
            ([nil, "Để trắng: không phát sinh"], [:]),
        ]), fileName: "tong-hop.xlsx")
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.value("II.5.c", "establishments_inspected") == 11)
        #expect(s.entry("II.5.d")?.status == .notApplicable)
        // The legend's lines are a key, not statuses said of no task.
        #expect(!s.findings.contains { $0.message.contains("Đang làm") || $0.message.contains("Hoàn thành") })
    }

    /// One colour alone is no legend (a highlighted row is emphasis): nothing is read from it.
    @Test func oneColourAloneIsNoLegend() {
        let r = extractor.gridRecognisers!
        let cell = { (row: Int, text: String) in
            GridCell(column: 1, span: 1, text: text, number: nil, location: .sheetCell(sheet: "S", row: row, column: 2), continued: false)
        }
        let grid = Grid(source: .sheet("S"), rows: [
            GridRow(index: 1, cells: [cell(1, "Hoàn thành")], isBold: false, fills: [0: "rgb:FFFF00"]),
        ])
        #expect(r.fillLegend([grid]).colours.isEmpty)
    }

    /// A column headed "Đơn vị …" whose cells say how the unit took part ("Chủ trì", "Phối
    /// hợp") is no unit of measure: the numbers are read by their own columns' headers.
    @Test func aColumnOfRolesIsNoUnitOfMeasure() {
        let s = extract(book(top + [
            (["TT", "Công việc", "Đơn vị thực hiện / phối hợp", "Số mẫu", "Số lượt người"], [:]),
            ([1, "Lấy mẫu xăng dầu để khảo sát chất lượng", "Phối hợp", 14, nil], [:]),
            ([2, "Tập huấn cho công chức xã về nghiệp vụ đo lường", "Cử người dự", nil, 3], [:]),
            ([3, "Tuyên truyền pháp luật về đo lường trên loa xã", "Tự làm", nil, nil], [:]),
        ]), fileName: "tong-hop.xlsx")
        #expect(s.value("II.5.b", "samples_tested") == 14)
        #expect(s.value("II.3.a", "participants") == 3)
    }

    /// "Đã chi | 0": nothing spent is no figure, and nothing to quote.
    @Test func nothingSpentIsNoFigure() {
        let s = extract(book(top + [
            (["STT", "Công việc", "Dự toán được giao", "Kinh phí đã sử dụng (đồng)", "Tình trạng"], [:]),
            ([1, "Tuyên truyền pháp luật về đo lường trên loa xã", 5_000_000, 0, "Đang làm"], [:]),
            ([2, "Cùng đoàn liên ngành kiểm tra cân tại chợ theo phân cấp", 9_000_000, 2_500_000, "Hoàn thành"], [:]),
        ]), fileName: "tong-hop.xlsx")
        #expect(s.entry("II.1.a")?.status == .inProgress)
        #expect(s.value("II.1.a", "budget_spent_vnd") == nil)
        #expect(s.value("II.5.c", "budget_spent_vnd") == 2_500_000)
        #expect(!s.findings.contains { $0.message.contains("5.000.000") || $0.message.contains(": 0") })
    }

    /// A result cell of short parts, each a number and a unit of measure ("2 khóa; 64 học
    /// viên"): each unit says what its number counts, as a unit-of-measure column would.
    @Test func shortPartsOfNumberAndUnitInAResultCell() {
        let s = extract(book(top + [
            (["STT", "Công việc", "Kết quả", "Tình trạng"], [:]),
            ([1, "Bồi dưỡng nghiệp vụ đo lường cho công chức xã", "2 khóa; 64 học viên", "Hoàn thành"], [:]),
        ]), fileName: "tong-hop.xlsx")
        #expect(s.value("II.3.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 64)
    }

    /// A vertical form: a heading row per card ("VIỆC 1"), then fields in two columns — the
    /// task's name, what was done, a figure on its own labelled row, the status. Each card is a
    /// task's row; the lines below (difficulties) are read as lines.
    @Test func aVerticalFormOfCardsOneUnderAnother() {
        let s = extract(book(top + [
            (["Đơn vị báo cáo:", "Ủy ban nhân dân xã Thái Mỹ"], [:]),
            ([], [:]),
            (["CÔNG VIỆC 1"], [:]),
            (["Tên nhiệm vụ:", "Tuyên truyền pháp luật về đo lường trên loa xã"], [:]),
            (["Việc đã làm:", "Phát trên loa truyền thanh vào buổi sáng các ngày chợ phiên."], [:]),
            (["Số tin, bài:", 12], [:]),
            (["Tình trạng:", "Hoàn thành"], [:]),
            ([], [:]),
            (["CÔNG VIỆC 2"], [:]),
            (["Tên nhiệm vụ:", "Cùng đoàn liên ngành kiểm tra cân tại chợ theo phân cấp"], [:]),
            (["Việc đã làm:", "Kiểm tra cân của tiểu thương tại chợ xã."], [:]),
            (["Số cuộc kiểm tra:", 2], [:]),
            (["Số cơ sở được kiểm tra:", 17], [:]),
            (["Tình trạng:", "Đang làm"], [:]),
            ([], [:]),
            (["Khó khăn, vướng mắc:"], [:]),
            (["-", "Xã chưa có cân đối chứng đặt tại chợ."], [:]),
        ]), fileName: "tong-hop.xlsx")
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entries.count == 2)
        #expect(s.difficulties.contains { $0.text.contains("cân đối chứng") })
        // A card's heading numbers the card: no figure to quote.
        #expect(!s.findings.contains { $0.message.contains("CÔNG VIỆC") })
    }

    /// Cards whose heading names the task and its status ("VIỆC 1: … — TÌNH TRẠNG: ĐANG
    /// LÀM"), or names it in the cell beside ("ĐỐI TƯỢNG 02: | …") over a small table of
    /// figures ("Đại lượng | Giá trị | Đơn vị") and a conclusion: each card a task's row, its
    /// labelled numbers its figures (the unit beside the number scales an amount), what was
    /// done a note; the heading's number is no figure.
    @Test func cardsWhoseHeadingNamesTheTask() {
        let s = extract(book(top + [
            (["Đơn vị báo cáo:", "Ủy ban nhân dân xã Thái Mỹ"], [:]),
            ([], [:]),
            (["VIỆC 1: Tuyên truyền pháp luật về đo lường trên loa truyền thanh xã — TÌNH TRẠNG: XONG"], [:]),
            (["Nội dung đã thực hiện", "Phát trên loa vào buổi sáng các ngày chợ phiên."], [:]),
            (["Số tin, bài", 12], [:]),
            ([], [:]),
            (["ĐỐI TƯỢNG 02:", "Cùng đoàn liên ngành kiểm tra cân tại chợ theo phân cấp"], [:]),
            (["Căn cứ thực hiện:", "Kế hoạch kiểm tra của xã"], [:]),
            ([nil, "Đại lượng", "Giá trị", "Đơn vị", "Ghi chú"], [:]),
            ([nil, "Số cuộc kiểm tra đo lường tại chợ", 2, "cuộc"], [:]),
            ([nil, "Cơ sở được kiểm tra", 17, "cơ sở", "chợ Thái Mỹ"], [:]),
            ([nil, "Tiền phạt", 1.5, "triệu đồng"], [:]),
            (["KẾT LUẬN:", "Chưa kết thúc - tiếp tục kiểm tra đến hết quý IV."], [:]),
            ([], [:]),
            (["GHI CHÚ – ĐỀ NGHỊ"], [:]),
            (["Khó khăn", "Xã chưa có cân đối chứng đặt tại chợ."], [:]),
        ]), fileName: "tong-hop.xlsx")
        #expect(s.value("II.1.a", "communications") == 12)
        #expect(s.entry("II.1.a")?.status == .completed)
        #expect(s.value("II.5.c", "inspections") == 2)
        #expect(s.value("II.5.c", "establishments_inspected") == 17)
        #expect(s.value("II.5.c", "fines_vnd") == 1_500_000)
        #expect(s.entry("II.5.c")?.status == .inProgress)
        #expect(s.entries.count == 2)
        // No finding quotes a card's heading number as a figure ("Số liệu “ĐỐI TƯỢNG 03” của
        // nhiệm vụ II.2.d chưa được tổng hợp …", set128; "VIỆC 3", set101's Côn Đảo sheet).
        #expect(!s.findings.contains { $0.message.contains("“VIỆC 1”") || $0.message.contains("“ĐỐI TƯỢNG 02”") })
    }

    /// A table on another subject whose annex line says to whom it goes ("… gửi Sở …, Chi cục
    /// Tiêu chuẩn Đo lường Chất lượng"): the recipient's name says nothing of the subject, and
    /// the file is refused as no report of this plan.
    @Test func aRecipientsNameIsNoSubject() {
        let s = extract(book([
            (["ỦY BAN NHÂN DÂN XÃ THÁI MỸ", nil, nil, nil, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], [:]),
            (["Số: 92/BC-UBND", nil, nil, nil, "Thái Mỹ, ngày 07 tháng 11 năm 2026"], [:]),
            (["BIỂU KẾT QUẢ CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY 10 THÁNG NĂM 2026"], [:]),
            (["(Đính kèm văn bản gửi Ủy ban nhân dân huyện và Chi cục Tiêu chuẩn Đo lường Chất lượng)"], [:]),
            (["STT", "Nội dung công việc", "Số cuộc kiểm tra", "Số cơ sở được kiểm tra", "Số lượt người", "Tình trạng"], [:]),
            ([1, "Kiểm tra an toàn cháy nổ tại chợ và nhà trọ", 3, 42, nil, "Hoàn thành"], [:]),
            ([2, "Diễn tập chữa cháy cho tiểu thương", nil, nil, 120, "Hoàn thành"], [:]),
        ]), fileName: "pccc.xlsx")
        #expect(s.status == .rejected)
    }

    /// No unit column: the unit of each number is shown by its cell's number format ("12 buổi",
    /// "340 lượt"), and says what the number counts.
    @Test func theUnitShownByANumberFormat() {
        func cell(_ c: Int, _ v: Double, _ shown: String) -> SheetCell { SheetCell(column: c, value: .number(v), formatText: shown) }
        let head = top.enumerated().compactMap { row($0.offset + 1, $0.element.values) }
        let rows = head + [
            row(4, ["STT", "Công việc", "Kết quả", "Tình trạng"])!,
            SheetRow(index: 5, cells: [SheetCell(column: 1, value: .number(1)), SheetCell(column: 2, value: .text("Bồi dưỡng nghiệp vụ đo lường cho công chức xã")),
                                       cell(3, 2, "khóa"), SheetCell(column: 4, value: .text("Hoàn thành"))]),
            SheetRow(index: 6, cells: [SheetCell(column: 2, value: .text("")), cell(3, 64, "học viên")]),
        ]
        let s = extract(Document(kind: .spreadsheet, sheets: [Sheet(name: "KQ", rows: rows, part: "xl/worksheets/sheet1.xml")]), fileName: "kq.xlsx")
        #expect(s.value("II.3.a", "training_courses") == 2)
        #expect(s.value("II.3.a", "participants") == 64)
    }
}
